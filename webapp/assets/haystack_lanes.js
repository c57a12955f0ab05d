// Straight lines end where the app says, the same way at every drawing. A drawing of many lines
// draws them as Cytoscape "haystack" lines (webapp/graphview.py), whose ends Cytoscape puts at a
// random angle inside each company, new at every drawing, so the same view looked different each
// time and lines crossed at random. Here both ends of such a line sit across it, at the fraction
// of the end's haystack radius its data's "lane" gives (webapp/network_view.lanes): the lines of
// one pair side by side, a lone line through the centres. The placing follows the companies if
// they are dragged. dash-cytoscape hands every instance it mounts to window.cy (see
// cytoscape_guard.js, which defines that property first); the first one lets us reach the
// renderer that places haystack ends.
(function () {
    function place(edges) {
        for (var i = 0; i < edges.length; i++) {
            var edge = edges[i], scratch = edge._private.rscratch;
            var a = edge.source().position(), b = edge.target().position();
            var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
            var lane = Number(edge.data("lane")) || 0;
            scratch.source = {x: -dy / length * lane, y: dx / length * lane};
            scratch.target = {x: scratch.source.x, y: scratch.source.y};
            scratch.haystack = true;    // placed: Cytoscape draws no random angle for it
        }
    }

    function laneRenderer(cy) {
        var owner = cy && typeof cy.renderer === "function" ? cy.renderer() : null;
        while (owner && !Object.prototype.hasOwnProperty.call(owner, "findHaystackPoints")) {
            owner = Object.getPrototypeOf(owner);
        }
        if (!owner || owner.dealgraphLanes) { return; }
        var original = owner.findHaystackPoints;
        owner.findHaystackPoints = function (edges) {
            place(edges);
            return original.call(this, edges);
        };
        owner.dealgraphLanes = true;
    }

    var handed = Object.getOwnPropertyDescriptor(window, "cy");
    var current;
    Object.defineProperty(window, "cy", {
        configurable: true,
        get: function () { return handed && handed.get ? handed.get() : current; },
        set: function (cy) {
            if (handed && handed.set) { handed.set(cy); } else { current = cy; }
            laneRenderer(cy);
        }
    });
})();

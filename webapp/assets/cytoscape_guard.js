// A drawing replaced mid-refresh must not throw. dash-cytoscape lays a graph out again 100 ms
// (debounced) after elements are added or removed; when the page is replaced within those 100 ms
// (Back, Forward or a nav link right after a drawing arrived), the refresh runs on the destroyed
// Cytoscape instance and reaches the renderer destroy removed: "Cannot read properties of null
// (reading 'notify')". dash-cytoscape hands every instance it mounts to window.cy; the first one
// handed over lets us make a destroyed instance's layout and batch end do nothing.
(function () {
    var current;
    var idle = {};
    ["run", "start", "stop", "on", "one", "removeListener", "emit"].forEach(function (name) {
        idle[name] = function () { return idle; };
    });
    idle.promiseOn = function () { return Promise.resolve(); };

    function unlessDestroyed(core, name, fallback) {
        var original = core[name];
        if (typeof original !== "function") { return; }
        core[name] = function () {
            return this.destroyed() ? fallback(this) : original.apply(this, arguments);
        };
    }

    function guard(core) {
        if (!core || core.dealgraphGuarded || typeof core.makeLayout !== "function") { return; }
        unlessDestroyed(core, "layout", function () { return idle; });
        unlessDestroyed(core, "makeLayout", function () { return idle; });
        unlessDestroyed(core, "createLayout", function () { return idle; });
        unlessDestroyed(core, "endBatch", function (cy) { cy._private.batchCount = 0; return cy; });
        core.dealgraphGuarded = true;
    }

    Object.defineProperty(window, "cy", {
        configurable: true,
        get: function () { return current; },
        set: function (cy) { current = cy; if (cy) { guard(Object.getPrototypeOf(cy)); } }
    });
})();

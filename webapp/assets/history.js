// Back and Forward: the URL holds the view, so a history step tells the app which view to show.
// dcc.Location re-renders the page itself when a step changes the path. A step that changes only
// the query string (the same page with other filters) it leaves alone, so that step is handed to
// the app as the "url-popped" store's data. Handing it over on a path change as well would render
// the page twice, and the second render would destroy the first one's Cytoscape while its debounced
// layout refresh is pending ("Cannot read properties of null (reading 'notify')").
window.addEventListener("popstate", function () {
    var shown = document.getElementById("page-path");   // the page drawn now (webapp/app.py: route)
    var samePage = shown && shown.dataset.path === window.location.pathname;
    if (samePage && window.dash_clientside && window.dash_clientside.set_props) {
        window.dash_clientside.set_props("url-popped",
            {data: {path: window.location.pathname, search: window.location.search, at: Date.now()}});
    }
});

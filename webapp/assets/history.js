// Back and Forward: the URL holds the view, so a history step tells the app which view to show.
// dcc.Location only notices a new path; a new query string on the same page would leave the
// view as it was, so the step is handed to the app as the "url-popped" store's data.
window.addEventListener("popstate", function () {
    if (window.dash_clientside && window.dash_clientside.set_props) {
        window.dash_clientside.set_props("url-popped",
            {data: {path: window.location.pathname, search: window.location.search, at: Date.now()}});
    }
});

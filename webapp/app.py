"""The Dash explorer: network, loops, concentration, Cypher console, articles.

Reads only through graph/. Ingesting a pasted article needs the extraction
pipeline, which the CLI passes in as ``preview``/``ingest`` callables, so
this package never imports ingest/. Each page is a module of ``webapp.pages``
with its layout and its callbacks; this module builds the shell around them
(nav bar, URL, the page container) and routes a path to its page.
"""
from __future__ import annotations

import threading

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html

from graph.errors import StoreError
from graph.store import GraphStore

from . import reviewed
from .context import AppContext, Extract
from .data import Data
from .filters import empty_store_hint
from .pages import page_for, served
from .plotly_bundle import serve_basic_bundle
from .state import parse_state, shared_search

# pages whose charts are empty until something is ingested, and say so
HINT_EMPTY = frozenset({"/network", "/paths", "/loops", "/concentration", "/timeline"})


def _shell() -> html.Div:
    """The page around every page (built per page load: the reviewed-only switch reads the request)."""
    nav = dbc.Nav([dbc.NavLink(p.LABEL, href=p.PATH, id=f"nav-{p.PATH.strip('/')}", active="exact")
                   for p in served(reviewed.locked())])
    return html.Div([
        dcc.Location(id="url", refresh=False), dcc.Store(id="url-popped"),   # see assets/history.js
        dbc.Navbar(dbc.Container([dbc.NavbarBrand("dealgraph", href="/network"), nav, reviewed.switch()], fluid=True),
                   color="dark", dark=True, className="mb-2"),
        dbc.Container([html.Div(id="reviewed-note", className="small text-muted mb-2"),
                       html.Div(id="reviewed-toggled", hidden=True)], fluid=True),
        dbc.Container(id="page", fluid=True),
    ])


def route(ctx: AppContext, path: str | None, search: str | None):
    """The page's layout for a URL, with the filters set from its query string."""
    page = page_for(path)
    if page is None or page not in served(reviewed.locked()):
        return dbc.Alert(f"No page at {path}", color="warning")
    try:
        companies = ctx.data.companies()
    except StoreError as exc:
        return dbc.Alert(f"The graph store is unavailable: {exc}", color="danger")
    hint = [empty_store_hint()] if not companies and page.PATH in HINT_EMPTY else []
    shown = html.Div(id="page-path", hidden=True, **{"data-path": path or "/"})   # read by assets/history.js
    return [shown, *hint, *page.layout(ctx, parse_state(search), companies)]


def create_app(store: GraphStore, preview: Extract | None = None, ingest: Extract | None = None,
               reviewed_only: bool = False) -> dash.Dash:
    """The explorer over ``store``; ``preview``/``ingest`` extract a pasted article (None: disabled);
    ``reviewed_only`` shows reviewed facts only, to everyone (the switch is locked on), and serves
    no page or button that writes: a view to publish."""
    ctx = AppContext(store, Data(store), preview, None if reviewed_only else ingest)
    threading.Thread(target=ctx.data.warm, daemon=True).start()
    app = dash.Dash(__name__, external_stylesheets=[], suppress_callback_exceptions=True, title="dealgraph")
    app.server.config[reviewed.LOCK_KEY] = reviewed_only
    app.layout = _shell
    serve_basic_bundle(app)   # the charts need bars and lines only: a quarter of plotly.js to load
    reviewed.register(app, ctx)

    @app.callback(Output("page", "children"), Input("url", "pathname"), Input("url-popped", "data"),
                  State("url", "search"))
    def show_page(path, popped, search):
        if dash.ctx.triggered_id == "url-popped" and popped:   # Back/Forward: the view the URL held then
            path, search = popped["path"], popped["search"]
        return route(ctx, path, search)

    pages = served(reviewed_only)

    @app.callback(*[Output(f"nav-{p.PATH.strip('/')}", prop) for p in pages for prop in ("href", "active")],
                  Input("url", "pathname"), Input("url", "search"))
    def nav_links(path, search):
        """Every nav link carries the date range (brushed on the Timeline or picked on any page),
        so the page it opens follows it; the link of the page shown is marked."""
        shown, carried = page_for(path), shared_search(search)
        return [x for p in pages for x in (p.PATH + carried, p is shown)]

    for page in pages:
        page.register(app, ctx)
    return app

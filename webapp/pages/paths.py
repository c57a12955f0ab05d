"""The paths page: how money gets from one company to another, the path of fewest hops and the
largest one (whose smallest hop carries the most), each drawn left to right with its deals and
sources, under the shared filters."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html

from graph.flow import build_flow_graph
from graph.paths import MAX_HOPS, MoneyPath, money_paths

from ..context import AppContext
from ..data import filter_key
from ..filters import filter_bar, filter_inputs, to_filter
from ..formatting import hop_panels, money
from ..graphview import graph_canvas
from ..network_view import edge_element, merge_links, node_element, resolve_company
from ..state import search_if_changed, state_from_filters

PATH = "/paths"
LABEL = "Paths"
STEP = 220          # px between companies along a drawn path
WHICH = {"shortest": "Fewest hops", "largest": "Largest (its smallest hop carries the most)"}


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    ends = dbc.Row([
        dbc.Col([dbc.Label("From (payer)", className="small mb-0"),
                 dcc.Dropdown(id="path-from", options=companies, value=resolve_company(state.get("source"), companies),
                              placeholder="company…")], md=3),
        dbc.Col([dbc.Label("To (paid)", className="small mb-0"),
                 dcc.Dropdown(id="path-to", options=companies, value=resolve_company(state.get("target"), companies),
                              placeholder="company…")], md=3)], className="g-2 mb-2")
    panes = [dbc.Col([html.H6(title), graph_canvas(f"path-{key}", "28vh", preset=True),
                      html.Div(id=f"path-{key}-deals", className="small mt-2",
                               style={"maxHeight": "40vh", "overflowY": "auto"})], md=6)
             for key, title in WHICH.items()]
    return [filter_bar("path", state, companies, with_company=False), ends,
            html.P(f"Money paths follow payments from payer to payee (at most {MAX_HOPS} hops); a path carries "
                   "what its smallest hop carries.", className="small text-muted mb-1"),
            dcc.Loading(html.Div(id="path-note", className="small mb-2"), type="circle", delay_show=300),
            dbc.Row(panes)]


def path_elements(data, path: MoneyPath) -> list[dict]:
    """The path's companies in a row, left to right, and each hop's deals merged per kind."""
    by_id = data.by_id()
    links = merge_links([by_id[i] for h in path.hops for i in h["commitments"] if i in by_id])
    top_edge = max((l.amount_usd for l in links), default=0.0)
    nodes = [node_element(n, (STEP * k, 0.0), 0.0, 0, 0.0, "company named highlight")
             for k, n in enumerate(path.companies)]
    return nodes + [edge_element(l, top_edge, True, True) for l in links]


def path_deals(data, path: MoneyPath) -> list:
    """Each hop with its kinds, amount and the deals behind it, with their sources."""
    by_id = data.by_id()
    parts = [html.P(f"{len(path.hops)} hop(s); "
                    + (f"{money(path.amount_usd)} can flow the whole way" if path.amount_usd else
                       "a hop states no amount"), className="text-muted path-summary")]
    return parts + hop_panels(path.hops, by_id, "path-hop")


def _note(source: str | None, target: str | None, found: dict) -> str:
    if not source or not target:
        return "Choose the company money leaves and the one it reaches."
    if source == target:
        return "Choose two different companies."
    if not found["shortest"]:
        return f"No money path from {source} to {target} under these filters (within {MAX_HOPS} hops)."
    if not found["largest"]:
        return (f"From {source} to {target}: every path has a hop without a stated amount, so none can be "
                "called the largest.")
    return f"From {source} to {target}: {len(found['shortest'].hops)} hop(s) at the fewest."


def register(app: dash.Dash, ctx: AppContext) -> None:
    outputs = [o for key in WHICH for o in (Output(f"path-{key}", "elements"), Output(f"path-{key}-deals", "children"))]

    @app.callback(Output("path-note", "children"), *outputs, Output("url", "search", allow_duplicate=True),
                  *filter_inputs("path"), Input("path-from", "value"), Input("path-to", "value"),
                  State("url", "search"), prevent_initial_call="initial_duplicate")
    def paths(kinds, start, end, min_b, rumoured, source, target, search):
        state = {**state_from_filters(kinds, start, end, min_b, rumoured), "source": source, "target": target}
        found = {key: None for key in WHICH}
        if source and target and source != target:
            found = ctx.data.cached(("paths", filter_key(state), source, target), lambda rows: money_paths(
                build_flow_graph(rows, to_filter(state)), source, target))
        drawn = [x for key in WHICH for x in ((path_elements(ctx.data, found[key]), path_deals(ctx.data, found[key]))
                                             if found[key] else ([], None))]
        return _note(source, target, found), *drawn, search_if_changed(state, search)


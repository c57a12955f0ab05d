"""The network page: companies and their commitments drawn as a graph, details on click."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, html, no_update

from ..context import AppContext
from ..data import commitment_details, company_details, network_elements
from ..filters import filter_bar, filter_inputs
from ..formatting import commitment_card, kind_text
from ..graphview import graph_canvas, legend
from ..state import encode_state, state_from_filters

PATH = "/network"
LABEL = "Network"


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    depth = dbc.RadioItems(id="net-depth", options=[{"label": "neighbours", "value": 1},
                                                    {"label": "2 hops", "value": 2}],
                           value=state["depth"], inline=True, className="small mb-2")
    details = html.Div(id="details", className="small", style={"maxHeight": "66vh", "overflowY": "auto"},
                       children=html.P("Click a company or a deal to see its commitments and the sentences "
                                       "they come from.", className="text-muted"))
    return [filter_bar("net", state, companies), depth, legend(),
            html.Div(id="net-note", className="small text-muted"),
            dbc.Row([dbc.Col(graph_canvas("network"), md=8), dbc.Col(details, md=4)])]


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("network", "elements"), Output("net-note", "children"), Output("url", "search"),
                  *filter_inputs("net"), Input("net-company", "value"), Input("net-depth", "value"),
                  Input("network", "id"))
    def network(kinds, start, end, min_b, rumoured, company, depth, _page):
        state = state_from_filters(kinds, start, end, min_b, rumoured, company, depth)
        elements, note = network_elements(ctx.data, state)
        return elements, note, encode_state(state)

    @app.callback(Output("details", "children"), Input("network", "tapNodeData"), Input("network", "tapEdgeData"),
                  State("net-kinds", "value"), State("net-rumoured", "value"), prevent_initial_call=True)
    def details(node, edge, kinds, rumoured):
        trigger = dash.ctx.triggered_id and dash.ctx.triggered[0]["prop_id"]
        state = {"kinds": kinds, "rumoured": bool(rumoured)}
        if trigger and trigger.endswith("tapEdgeData") and edge:
            rows = commitment_details(ctx.data, [edge["id"]])
            title = kind_text(edge["kind"])
        elif node:
            rows = company_details(ctx.data, node["company"], state)
            title = node["company"]
        else:
            return no_update
        return [html.H5(title), *[commitment_card(c) for c in rows]]

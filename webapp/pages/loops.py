"""The loops page: where money goes round, the largest first, and the selected loop drawn."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dash_table, dcc, html

from ..context import AppContext
from ..data import loops_page
from ..network_view import network_view
from ..filters import filter_bar, filter_inputs
from ..graphview import graph_canvas
from ..state import encode_state, state_from_filters

PATH = "/loops"
LABEL = "Loops"
COLUMNS = [("#", "rank"), ("loop", "loop"), ("companies", "length"), ("can go round", "amount"),
           ("of which 'up to'", "upper"), ("hops", "hops")]


def _loop_options(state: dict) -> dbc.Row:
    return dbc.Row([
        dbc.Col([dbc.Label("Max loop length", className="small mb-0"),
                 dbc.Input(id="loops-maxlen", type="number", min=2, max=8, value=state["maxlen"])], md=2),
        dbc.Col(dbc.Checklist(id="loops-ties", options=[
            {"label": "count partnerships and distribution as hops", "value": "1"}],
            value=["1"] if state["ties"] else [], switch=True, className="small mt-4"), md=4)],
        className="mb-2")


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    table = dash_table.DataTable(
        id="loops-table", columns=[{"name": n, "id": i} for n, i in COLUMNS], data=[], row_selectable="single",
        page_size=10, export_format="csv", export_headers="display",
        style_cell={"whiteSpace": "normal", "height": "auto", "fontSize": 13, "textAlign": "left"})
    return [filter_bar("loops", state, companies), _loop_options(state),
            html.P("Loops where money goes round: a company pays another that, directly or through others, "
                   "pays it back. Ranked by the smallest amount on the loop.", className="small text-muted"),
            dcc.Loading([table, html.Div(id="loops-note", className="small text-muted mt-2")], type="circle",
                        delay_show=300),
            graph_canvas("loops-network", "45vh")]


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("loops-table", "data"), Output("loops-note", "children"),
                  Output("loops-table", "selected_rows"), Output("url", "search", allow_duplicate=True),
                  *filter_inputs("loops"), Input("loops-company", "value"), Input("loops-maxlen", "value"),
                  Input("loops-ties", "value"), Input("loops-table", "id"), prevent_initial_call="initial_duplicate")
    def loops(kinds, start, end, min_b, rumoured, company, maxlen, ties, _page):
        state = state_from_filters(kinds, start, end, min_b, rumoured, company, maxlen=maxlen, ties=ties)
        rows, note = loops_page(ctx.data, state)
        return rows, note, [], encode_state(state)   # a new table: the old selection means another loop

    @app.callback(Output("loops-network", "elements"), Input("loops-table", "selected_rows"),
                  State("loops-table", "data"), State("loops-kinds", "value"), State("loops-rumoured", "value"))
    def loop_highlight(selected, rows, kinds, rumoured):
        state = state_from_filters(kinds, None, None, None, rumoured)
        highlight = rows[selected[0]]["companies"].split("|") if selected and rows else None
        return network_view(ctx.data, state, highlight, only=set(highlight) if highlight else None).elements

"""The loops page: where money goes round, the largest first, with the loops drawn beside the
table, the selected one round a circle with its amounts and the deals behind each hop."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dash_table, dcc, html, no_update

from graph.kinds import ALWAYS_MONEY_KINDS

from ..context import AppContext
from ..data import loops_page, loops_report, returning_line, returning_table
from ..filters import filter_bar, filter_inputs
from ..formatting import deals_panel, hop_panels, kind_text, money
from ..graphview import graph_canvas
from ..loop_view import find_loop, loop_elements
from ..network_view import link_commitments
from ..state import parse_state, search_if_changed, state_from_filters

PATH = "/loops"
LABEL = "Loops"
PAGE_SIZE = 10
COLUMNS = [{"name": "#", "id": "rank", "type": "numeric"}, {"name": "loop", "id": "loop"},
           {"name": "companies", "id": "length", "type": "numeric"},
           {"name": "can go round $B", "id": "amount_b", "type": "numeric"},
           {"name": "of which 'up to'", "id": "upper"}, {"name": "hops", "id": "hops"}]
RETURNING_COLUMNS = [{"name": "company", "id": "company"}, {"name": "paid to it $B", "id": "inbound_b", "type": "numeric"},
                     {"name": "from companies it pays $B", "id": "returning_b", "type": "numeric"},
                     {"name": "returning %", "id": "share_pct", "type": "numeric"}]
DETAILS_HINT = "Select a loop to draw it alone with the deals behind each hop; click a line for its deals."
CELL = {"whiteSpace": "normal", "height": "auto", "fontSize": 13, "textAlign": "left"}


def _loop_options(state: dict) -> dbc.Row:
    return dbc.Row([
        dbc.Col([dbc.Label("Max loop length", className="small mb-0"),
                 dbc.Input(id="loops-maxlen", type="number", min=2, max=8, value=state["maxlen"])], md=2),
        dbc.Col(dbc.Checklist(id="loops-ties", options=[
            {"label": "count partnerships and distribution as hops (no money moves on them)", "value": "1"}],
            value=["1"] if state["ties"] else [], switch=True, className="small mt-4"), md=6)],
        className="mb-2")


def _tables() -> list:
    table = dash_table.DataTable(
        id="loops-table", columns=COLUMNS, data=[], row_selectable="single", page_size=PAGE_SIZE,
        sort_action="native", filter_action="native", filter_options={"case": "insensitive",
                                                                       "placeholder_text": "search…"},
        hidden_columns=["hops"], export_columns="all", export_format="csv", export_headers="display",
        css=[{"selector": ".show-hide", "rule": "display: none"}], style_cell=CELL)
    # folded, and built only once unfolded: a second table drawn folded cost the page's opening
    returning = html.Details([
        html.Summary("Money returning to each company (paid by companies it pays)", id="loops-returning-open"),
        html.Div(id="loops-returning-box"), dcc.Store(id="loops-returning-wanted", data=False)],
        className="small mt-3")
    return [dcc.Loading([table, html.Div(id="loops-note", className="small text-muted mt-2"),
                         html.Div(id="loops-returning-line", className="small mt-1")], type="circle", delay_show=300),
            returning]


def _returning_table(rows: list[dict]) -> dash_table.DataTable:
    return dash_table.DataTable(id="loops-returning", columns=RETURNING_COLUMNS, data=rows, page_size=PAGE_SIZE,
                                sort_action="native", filter_action="native",
                                filter_options={"case": "insensitive", "placeholder_text": "search…"},
                                export_format="csv", export_headers="display", style_cell=CELL)


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    canvas = graph_canvas("loops-network", "52vh", preset=True)
    picked = dcc.Store(id="loops-picked")     # a loop picked in the table, for the drawing
    details = html.Div(id="loops-details", className="small mt-2", style={"maxHeight": "30vh", "overflowY": "auto"},
                       children=html.P(DETAILS_HINT, className="text-muted"))
    return [filter_bar("loops", state, companies), _loop_options(state),
            html.P("A loop: a company pays another that, directly or through others, pays it back. Ranked by the "
                   "smallest amount on the loop (what can go round). Payments only unless the switch is on.",
                   className="small text-muted mb-2"),
            dbc.Row([dbc.Col(_tables(), md=6), dbc.Col([canvas, details, picked], md=6)])]


def _state(kinds, start, end, min_b, rumoured, company, maxlen, ties) -> dict:
    return state_from_filters(kinds, start, end, min_b, rumoured, company, maxlen=maxlen, ties=ties)


def _hop_panel(ctx: AppContext, loop) -> list:
    """Each hop of the selected loop: its kinds, amount and the deals behind it with their sources."""
    by_id = ctx.data.by_id()
    parts = [html.H5(" → ".join(loop.companies + loop.companies[:1])),
             html.P(f"can go round: {money(loop.amount_usd)}" if loop.amount_usd else
                    "a hop has no stated amount", className="text-muted", id="loops-details-summary")]
    return parts + hop_panels(loop.edges, by_id, "hop")


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("loops-table", "data"), Output("loops-note", "children"),
                  Output("loops-table", "selected_rows"), Output("loops-table", "page_current"),
                  Output("loops-returning-line", "children"), Output("loops-returning-box", "children"),
                  *filter_inputs("loops"), Input("loops-company", "value"), Input("loops-maxlen", "value"),
                  Input("loops-ties", "value"), Input("loops-table", "id"), State("url", "search"),
                  State("loops-returning-wanted", "data"))
    def loops(kinds, start, end, min_b, rumoured, company, maxlen, ties, _page, search, returning_wanted):
        state = _state(kinds, start, end, min_b, rumoured, company, maxlen, ties)
        rows, note = loops_page(ctx.data, state)
        selected, page = [], 0    # a new table: the old selection means another loop
        if dash.ctx.triggered_id in (None, "loops-table"):   # the page opened: select the loop its URL names
            wanted = parse_state(search)["loop"]
            found = [i for i, r in enumerate(rows) if r["id"] == wanted]
            selected, page = (found, found[0] // PAGE_SIZE) if found else ([], 0)
        line = returning_line(loops_report(ctx.data, state)) if rows or state["company"] else None
        return rows, note, selected, page, line, _returning(state) if returning_wanted else None

    def _returning(state: dict) -> dash_table.DataTable:
        return _returning_table(returning_table(ctx.data, state) if state["maxlen"] >= 2 else [])

    @app.callback(Output("loops-returning-box", "children", allow_duplicate=True),
                  Output("loops-returning-wanted", "data"), Input("loops-returning-open", "n_clicks"),
                  State("loops-returning-wanted", "data"),
                  *[State(i.component_id, i.component_property) for i in filter_inputs("loops")],
                  State("loops-maxlen", "value"), State("loops-ties", "value"), prevent_initial_call=True)
    def unfold_returning(clicks, wanted, kinds, start, end, min_b, rumoured, maxlen, ties):
        """The returning table, built when first unfolded and kept up to date from then on."""
        if not clicks or wanted:
            return no_update, no_update
        return _returning(_state(kinds, start, end, min_b, rumoured, None, maxlen, ties)), True

    # a loop picked in the table, handed to the drawing: the table's own selection (``selected_rows``)
    # is an output of the table's callback, so a drawing that read it would wait for the table at
    # every opening and filter change; ``derived_virtual_selected_row_ids`` is set by the table
    # itself. The loop the URL holds is drawn already, and a table's selection dropped by new
    # filters hands nothing (the filters redraw the graph); each pick is new, even of the same loop.
    app.clientside_callback(
        """function(ids, search) {
            var id = ids && ids.length ? ids[0] : null;
            if (id === null || id === new URLSearchParams(search || "").get("loop")) {
                return window.dash_clientside.no_update;
            }
            return {id: id, at: Date.now()};
        }""",
        Output("loops-picked", "data"), Input("loops-table", "derived_virtual_selected_row_ids"),
        State("url", "search"), prevent_initial_call=True)

    @app.callback(Output("loops-network", "elements"), Output("loops-network", "layout"),
                  Output("loops-details", "children"), Output("url", "search", allow_duplicate=True),
                  Input("loops-picked", "data"), *filter_inputs("loops"), Input("loops-company", "value"),
                  Input("loops-maxlen", "value"), Input("loops-ties", "value"), Input("loops-network", "id"),
                  State("url", "search"), prevent_initial_call="initial_duplicate")
    def loop_graph(picked, kinds, start, end, min_b, rumoured, company, maxlen, ties, _page, search):
        """The loops drawn, computed beside the table rather than after it: when the page opens
        (the drawing's id is among what changed), the loop its URL names; after a pick in the
        table, that loop; after a filter change, none (a new table has no selection)."""
        state = _state(kinds, start, end, min_b, rumoured, company, maxlen, ties)
        if dash.ctx.triggered_id is None or "loops-network.id" in dash.ctx.triggered_prop_ids:
            key = parse_state(search)["loop"]
        else:
            key = picked["id"] if dash.ctx.triggered_id == "loops-picked" else None
        if (state["maxlen"] or 0) < 2:
            return [], no_update, html.P(DETAILS_HINT, className="text-muted"), search_if_changed(state, search)
        report = loops_report(ctx.data, state)
        loop = find_loop(report, key)
        elements, layout = loop_elements(ctx.data, report, loop)
        details = _hop_panel(ctx, loop) if loop else html.P(DETAILS_HINT, className="text-muted")
        return elements, layout, details, search_if_changed({**state, "loop": key if loop else None}, search)

    @app.callback(Output("loops-details", "children", allow_duplicate=True), Input("loops-network", "tapEdgeData"),
                  *[State(i.component_id, i.component_property) for i in filter_inputs("loops")],
                  State("loops-ties", "value"), prevent_initial_call=True)
    def line_details(edge, kinds, start, end, min_b, rumoured, ties):
        if not edge:
            return no_update
        state = _state(kinds, start, end, min_b, rumoured, None, None, ties)
        if not state["ties"]:
            state["kinds"] = [k for k in state["kinds"] or ALWAYS_MONEY_KINDS if k in ALWAYS_MONEY_KINDS]
        rows = link_commitments(ctx.data, state, edge["from"], edge["to"], edge["kind"])
        stated = sum(c.get("amount_usd") or 0 for c in rows)
        return deals_panel(f"{edge['from']} → {edge['to']}: {kind_text(edge['kind'])}",
                           f"{len(rows)} deal(s), {money(stated) if stated else 'no amount stated'}", rows,
                           summary_id="loops-details-summary")


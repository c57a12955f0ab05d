"""The concentration page: how much each company depends on its counterparties (HHI), per category,
each chart with the table behind it (downloadable as CSV)."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import MATCH, Input, Output, State, dash_table, dcc, html, no_update

from graph.kinds import KINDS

from ..context import AppContext
from ..data import concentration
from ..filters import filter_bar, filter_inputs
from ..formatting import money
from ..state import search_if_changed, state_from_filters

PATH = "/concentration"
LABEL = "Concentration"
BANDS = ((1500, "moderately concentrated"), (2500, "highly concentrated"))
TOP = 25                     # companies charted per category (the table has them all)
FLAGGED = "#b0b7c3"          # bars resting on only part of the deals
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
KIND_OF = {"compute": "compute_purchase", "chips": "hardware_purchase", "capital": "investment"}
DEPENDENT = {"compute": "buyer", "chips": "buyer", "capital": "company raising money"}
TABLE_COLUMNS = [("company", "company"), ("HHI", "hhi"), ("band", "band"), ("committed $B", "committed_b"),
                 ("counterparties", "counterparties"), ("top counterparty", "top"), ("top share %", "top_pct"),
                 ("deals without an amount", "missing")]


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    return [filter_bar("conc", state, companies, with_company=False),
            html.P("Herfindahl–Hirschman index of each company's counterparties by committed USD "
                   "(0–10,000). Bands from the 2010 US merger guidelines are context only. Grey bars with a "
                   "count rest on part of the deals only: the others state no amount.",
                   className="small text-muted"),
            dcc.Loading(html.Div(id="conc-charts"), type="circle", delay_show=300)]


def _figure(trace: dict, title: str, x_title: str, y_title: str, shapes=(), notes=(), **y) -> dict:
    """A one-bar-trace figure as the plain dict plotly.js reads (building ``go.Figure`` objects
    took 0.8 s of validation per page at 2,000 commitments)."""
    return {"data": [{"type": "bar", **trace}], "layout": {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 14}}, "height": 340,
        "margin": {"l": 60, "r": 40, "t": 50, "b": 90}, "modebar": {"orientation": "v"}, "showlegend": False,
        "xaxis": {"title": {"text": x_title}, "tickangle": -40}, "yaxis": {"title": {"text": y_title}, **y},
        "shapes": list(shapes), "annotations": list(notes)}}


def _band_lines() -> tuple[list[dict], list[dict]]:
    """Dotted lines across the plot at the bands' thresholds, each named at its left end."""
    shapes = [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": y, "y1": y,
               "line": {"dash": "dot", "color": "#999"}} for y, _ in BANDS]
    notes = [{"xref": "paper", "x": 0, "xanchor": "left", "yref": "y", "y": y, "yanchor": "bottom", "text": label,
              "showarrow": False} for y, label in BANDS]
    return shapes, notes


def _dependence_chart(cat: str, rows: list[dict]) -> dict:
    trace = dict(x=[d["company"] for d in rows], y=[d["hhi"] for d in rows],
                 marker={"color": [FLAGGED if d["missing_amounts"] else KINDS[KIND_OF[cat]].colour for d in rows]},
                 text=[f"{d['missing_amounts']} w/o $" if d["missing_amounts"] else "" for d in rows],
                 textposition="outside", cliponaxis=False,
                 customdata=[[money(d["committed_usd"]), d["counterparties"], d["top_counterparty"],
                              (d["top_share"] or 0) * 100, d["band"], d["missing_amounts"]] for d in rows],
                 hovertemplate="<b>%{x}</b>: HHI %{y:,.0f} (%{customdata[4]})<br>%{customdata[0]} committed with "
                               "%{customdata[1]} counterparties<br>largest: %{customdata[2]} (%{customdata[3]:.0f}%)"
                               "<br>deals without an amount (not in the index): %{customdata[5]}<extra></extra>")
    shapes, notes = _band_lines()
    return _figure(trace, f"{cat}: how much each {DEPENDENT[cat]} rests on its largest counterparties",
                   f"{DEPENDENT[cat]} (most money first)", "HHI (0–10,000)", shapes, notes, range=[0, 11000])


def _market_chart(cat: str, m: dict) -> dict:
    shares = m["shares"][:12]
    trace = dict(x=[s["provider"] for s in shares], y=[s["share"] * 100 for s in shares],
                 marker={"color": KINDS[KIND_OF[cat]].colour}, customdata=[money(s["committed_usd"]) for s in shares],
                 hovertemplate="<b>%{x}</b>: %{y:.1f}% of committed USD (%{customdata})<extra></extra>")
    hhi = "—" if m["hhi"] is None else f"{m['hhi']:,.0f}"
    return _figure(trace, f"{cat}: {m['role']}s' share of {money(m['total_usd'])} (HHI {hhi}, "
                          f"{m['band'] or 'no amounts'})", m["role"], "% of committed USD")


def _table(cat: str, companies: list[dict]) -> dash_table.DataTable:
    data = [{"company": d["company"], "hhi": round(d["hhi"]) if d["hhi"] is not None else None,
             "band": d["band"] or "no amounts", "committed_b": round(d["committed_usd"] / 1e9, 3),
             "counterparties": d["counterparties"], "top": d["top_counterparty"] or "",
             "top_pct": round(d["top_share"] * 100, 1) if d["top_share"] is not None else None,
             "missing": d["missing_amounts"]} for d in companies]
    return dash_table.DataTable(id=f"table-{cat}", columns=[{"name": n, "id": i} for n, i in TABLE_COLUMNS],
                                data=data, page_size=10, sort_action="native", export_format="csv",
                                export_headers="display", style_cell={"fontSize": 13, "textAlign": "left"})


def _folded_table(cat: str, companies: list[dict]) -> html.Details:
    """The table behind a chart, folded; it is built when first unfolded (the six tables drawn
    folded took the browser a third of the page's time at 2,000 commitments)."""
    summary = html.Summary(f"Table: {len(companies)} {DEPENDENT[cat]}s (download as CSV)",
                           id={"type": "conc-table-open", "cat": cat})
    return html.Details([summary, html.Div(id={"type": "conc-table", "cat": cat})], className="mb-3 small")


def _empty(cat: str, m: dict) -> dbc.Alert:
    kind = KINDS[KIND_OF[cat]].label
    why = f"; {m['missing_amounts']} without an amount" if m["missing_amounts"] else ""
    return dbc.Alert(f"{cat}: no {kind} with a stated amount under these filters{why}.", color="secondary",
                     id=f"empty-{cat}", className="py-2")


def _block(cat: str, res: dict) -> list:
    m = res["market"]
    rows = [d for d in res["companies"] if d["hhi"] is not None][:TOP]
    if not rows:
        return [_empty(cat, m)]
    note = f"{m['missing_amounts']} {KINDS[KIND_OF[cat]].label}(s) without an amount are counted apart." \
        if m["missing_amounts"] else ""
    return [dbc.Row([dbc.Col(dcc.Graph(figure=_dependence_chart(cat, rows), id=f"hhi-{cat}", config=CHART_CONFIG),
                             lg=6),
                     dbc.Col(dcc.Graph(figure=_market_chart(cat, m), id=f"market-{cat}", config=CHART_CONFIG),
                             lg=6)]),
            html.Div(note, className="small text-muted"), _folded_table(cat, res["companies"])]


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("conc-charts", "children"), Output("url", "search", allow_duplicate=True),
                  *filter_inputs("conc"), Input("conc-charts", "id"), State("url", "search"),
                  prevent_initial_call="initial_duplicate")
    def conc(kinds, start, end, min_b, rumoured, _page, search):
        state = state_from_filters(kinds, start, end, min_b, rumoured)
        blocks = [part for cat, res in concentration(ctx.data, state).items() for part in _block(cat, res)]
        return blocks, search_if_changed(state, search)

    @app.callback(Output({"type": "conc-table", "cat": MATCH}, "children"),
                  Input({"type": "conc-table-open", "cat": MATCH}, "n_clicks"),
                  State({"type": "conc-table", "cat": MATCH}, "children"),
                  *[State(i.component_id, i.component_property) for i in filter_inputs("conc")],
                  prevent_initial_call=True)
    def unfold(clicks, shown, kinds, start, end, min_b, rumoured):
        if not clicks or shown:
            return no_update
        cat = dash.ctx.triggered_id["cat"]
        state = state_from_filters(kinds, start, end, min_b, rumoured)
        return _table(cat, concentration(ctx.data, state)[cat]["companies"])

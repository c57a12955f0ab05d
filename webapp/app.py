"""The Dash explorer: network, loops, concentration, Cypher console, articles.

Reads only through graph/. Ingesting a pasted article needs the extraction
pipeline, which the CLI passes in as ``preview``/``ingest`` callables, so
this package never imports ingest/.
"""
from __future__ import annotations

import json
from typing import Callable

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
import plotly.graph_objects as go
from dash import Input, Output, State, dash_table, dcc, html, no_update

from graph.errors import StoreError
from graph.kinds import KINDS
from graph.output import usd
from graph.store import GraphStore
from graph.values import display

from .data import Data, commitment_details, company_details, concentration, encode_state, \
    loops_page, network_elements, parse_state

PAGES = [("/network", "Network"), ("/loops", "Loops"), ("/concentration", "Concentration"),
         ("/console", "Cypher console"), ("/articles", "Articles")]
EXAMPLES = {
    "Biggest commitments": "MATCH (a:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(b:Company)\n"
                           "RETURN a.name AS from, c.kind AS kind, b.name AS to, c.amount_usd AS usd\n"
                           "ORDER BY usd DESC LIMIT 25",
    "Who invests in a company": "MATCH (i:Company)-[:COMMITS]->(c:Commitment {kind: 'investment'})-[:TO]->"
                                "(t:Company {name: $name})\nRETURN i.name AS investor, c.amount_usd AS usd, c.status",
    "Two-company loops": "MATCH (a:Company)-[:COMMITS]->(:Commitment)-[:TO]->(b:Company)"
                         "-[:COMMITS]->(:Commitment)-[:TO]->(a)\nWHERE a.name < b.name RETURN DISTINCT a.name, b.name",
    "Sources of a deal": "MATCH (c:Commitment)-[s:REPORTED_IN]->(a:Article)\n"
                         "RETURN c.kind, s.sentence, a.title, a.outlet LIMIT 20",
    "Companies by number of deals": "MATCH (a:Company)-[:COMMITS|TO]-(c:Commitment)\n"
                                    "RETURN a.name AS company, count(c) AS deals ORDER BY deals DESC LIMIT 20",
}
STYLESHEET = [
    {"selector": "node", "style": {"label": "data(label)", "font-size": 11, "background-color": "#34495e",
                                   "color": "#222", "text-valign": "bottom", "text-margin-y": 4,
                                   "width": 18, "height": 18}},
    {"selector": "node.focus", "style": {"background-color": "#e67e22", "width": 26, "height": 26}},
    {"selector": "edge", "style": {"width": "data(width)", "line-color": "data(colour)", "curve-style": "bezier",
                                   "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)",
                                   "arrow-scale": 0.8, "opacity": 0.8}},
    {"selector": "edge.partnership", "style": {"target-arrow-shape": "none", "line-style": "dashed"}},
    {"selector": "edge.rumour", "style": {"line-style": "dotted", "opacity": 0.5}},
    {"selector": ".highlight", "style": {"line-color": "#e8112d", "target-arrow-color": "#e8112d",
                                         "background-color": "#e8112d", "opacity": 1, "z-index": 10}},
    {"selector": ":selected", "style": {"border-width": 3, "border-color": "#f1c40f"}},
]


def _legend():
    items = [html.Span([html.Span(style={"display": "inline-block", "width": 18, "height": 4,
                                         "background": kind.colour, "marginRight": 4, "verticalAlign": "middle"}),
                        kind.label], className="me-3 small") for kind in KINDS.values()]
    items.append(html.Span("dotted: rumoured/in talks · width: amount", className="small text-muted"))
    return html.Div(items, id="legend", className="mb-2")


def _filters(p: str, state: dict, companies: list[str], with_company: bool = True, loops: bool = False):
    cols = [
        dbc.Col([dbc.Label("Kinds", className="small mb-0"),
                 dcc.Dropdown(id=f"{p}-kinds", options=[{"label": k.label, "value": k.name} for k in KINDS.values()],
                              value=state["kinds"], multi=True)], md=4),
        dbc.Col([dbc.Label("Dates", className="small mb-0"),
                 dcc.DatePickerRange(id=f"{p}-dates", start_date=state["since"], end_date=state["until"],
                                     clearable=True, display_format="YYYY-MM-DD")], md=3),
        dbc.Col([dbc.Label("Min $B", className="small mb-0"),
                 dbc.Input(id=f"{p}-min", type="number", min=0, step=0.5, value=state["min"], debounce=True)], md=1),
        dbc.Col([dbc.Label("Status", className="small mb-0"),
                 dbc.Checklist(id=f"{p}-rumoured", options=[{"label": "include rumoured", "value": "1"}],
                               value=["1"] if state["rumoured"] else [], switch=True)], md=2),
    ]
    if with_company:
        cols.append(dbc.Col([dbc.Label("Company", className="small mb-0"),
                             dcc.Dropdown(id=f"{p}-company", options=companies, value=state["company"],
                                          placeholder="centre on…")], md=2))
    row = dbc.Row(cols, className="g-2 mb-2")
    extra = []
    if loops:
        extra = [dbc.Row([dbc.Col([dbc.Label("Max loop length", className="small mb-0"),
                                   dbc.Input(id=f"{p}-maxlen", type="number", min=2, max=8, value=state["maxlen"])],
                                  md=2),
                          dbc.Col(dbc.Checklist(id=f"{p}-ties", options=[
                              {"label": "count partnerships and distribution as hops", "value": "1"}],
                              value=["1"] if state["ties"] else [], switch=True, className="small mt-4"), md=4)],
                         className="mb-2")]
    else:
        extra = [dcc.Store(id=f"{p}-maxlen", data=state["maxlen"])]
    depth = dcc.Store(id=f"{p}-depth", data=state["depth"]) if not with_company else dbc.RadioItems(
        id=f"{p}-depth", options=[{"label": "neighbours", "value": 1}, {"label": "2 hops", "value": 2}],
        value=state["depth"], inline=True, className="small mb-2")
    return html.Div([row, depth, *extra])


def _empty_hint():
    return dbc.Alert(["The graph is empty. Ingest articles with ", html.Code("dealgraph ingest PATH"),
                      ", paste one on the Articles page, or start with ", html.Code("dealgraph serve --demo"), "."],
                     color="info", id="empty-hint")


def _cyto(cid: str, height: str = "62vh"):
    return cyto.Cytoscape(id=cid, elements=[], stylesheet=STYLESHEET, layout={"name": "cose", "animate": False},
                          style={"width": "100%", "height": height, "border": "1px solid #dee2e6"},
                          minZoom=0.2, maxZoom=3)


def create_app(store: GraphStore, preview: Callable[[str, dict], dict] | None = None,
               ingest: Callable[[str, dict], dict] | None = None) -> dash.Dash:
    data = Data(store)
    app = dash.Dash(__name__, external_stylesheets=[], suppress_callback_exceptions=True,
                    title="dealgraph")
    app.layout = html.Div([
        dcc.Location(id="url", refresh=False),
        dbc.Navbar(dbc.Container([
            dbc.NavbarBrand("dealgraph", href="/network"),
            dbc.Nav([dbc.NavLink(label, href=path, id=f"nav-{path.strip('/')}") for path, label in PAGES]),
        ], fluid=True), color="dark", dark=True, className="mb-3"),
        dbc.Container(id="page", fluid=True),
    ])

    @app.callback(Output("page", "children"), Input("url", "pathname"), State("url", "search"))
    def route(path, search):
        state = parse_state(search)
        try:
            companies = data.companies()
        except StoreError as exc:
            return dbc.Alert(f"The graph store is unavailable: {exc}", color="danger")
        empty = [_empty_hint()] if not companies else []
        if path in (None, "/", "/network"):
            return [*empty, _filters("net", state, companies), _legend(), html.Div(id="net-note", className="small text-muted"),
                    dbc.Row([dbc.Col(_cyto("network"), md=8),
                             dbc.Col(html.Div(id="details", className="small",
                                              style={"maxHeight": "66vh", "overflowY": "auto"},
                                              children=html.P("Click a company or a deal to see its commitments "
                                                              "and the sentences they come from.",
                                                              className="text-muted")), md=4)])]
        if path == "/loops":
            return [*empty, _filters("loops", state, companies, loops=True),
                    html.P("Loops where money goes round: a company pays another that, directly or through others, "
                           "pays it back. Ranked by the smallest amount on the loop.", className="small text-muted"),
                    dash_table.DataTable(id="loops-table", columns=[
                        {"name": "#", "id": "rank"}, {"name": "loop", "id": "loop"}, {"name": "companies", "id": "length"},
                        {"name": "can go round", "id": "amount"}, {"name": "of which 'up to'", "id": "upper"},
                        {"name": "hops", "id": "hops"}], data=[], row_selectable="single", page_size=10,
                        style_cell={"whiteSpace": "normal", "height": "auto", "fontSize": 13, "textAlign": "left"}),
                    html.Div(id="loops-note", className="small text-muted mt-2"), _cyto("loops-network", "45vh")]
        if path == "/concentration":
            return [*empty, _filters("conc", state, companies, with_company=False),
                    html.P("Herfindahl–Hirschman index of each company's counterparties by committed USD "
                           "(0–10,000). Bands from the 2010 US merger guidelines are context only.",
                           className="small text-muted"), html.Div(id="conc-charts")]
        if path == "/console":
            return [dbc.Row([dbc.Col([
                dbc.Label("Example"), dcc.Dropdown(id="q-example", options=list(EXAMPLES), placeholder="start from…"),
                dbc.Label("Cypher (read-only)", className="mt-2"),
                dbc.Textarea(id="q-text", rows=6, value=EXAMPLES["Biggest commitments"],
                             style={"fontFamily": "monospace"}),
                dbc.Label("Parameters (JSON)", className="mt-2"),
                dbc.Input(id="q-params", value='{"name": "Anthropic"}'),
                dbc.Row([dbc.Col([dbc.Label("Row limit"), dbc.Input(id="q-limit", type="number", value=200, min=1,
                                                                     max=5000)]),
                         dbc.Col([dbc.Label("Time limit (ms)"), dbc.Input(id="q-timeout", type="number",
                                                                          value=5000, min=100, max=60000)])],
                        className="mt-2"),
                dbc.Button("Run", id="q-run", color="primary", className="mt-2")], md=4),
                dbc.Col([html.Div(id="q-error"), html.Div(id="q-result")], md=8)])]
        if path == "/articles":
            return [dbc.Row([
                dbc.Col([html.H5("Ingested articles"), html.Div(id="articles-list"),
                         html.Div(id="article-facts", className="mt-3 small")], md=7),
                dbc.Col([html.H5("Add an article"),
                         dbc.Input(id="a-title", placeholder="title", className="mb-1"),
                         dbc.Input(id="a-outlet", placeholder="outlet", className="mb-1"),
                         dbc.Input(id="a-url", placeholder="url", className="mb-1"),
                         dbc.Input(id="a-published", placeholder="published (YYYY-MM-DD)", className="mb-1"),
                         dbc.Textarea(id="a-text", rows=8, placeholder="paste the article's text"),
                         dbc.Button("Preview extraction", id="a-preview", className="mt-2 me-2", color="secondary",
                                    disabled=preview is None),
                         dbc.Button("Ingest", id="a-ingest", className="mt-2", color="primary",
                                    disabled=ingest is None),
                         html.Div(id="a-result", className="mt-2 small")], md=5)])]
        return dbc.Alert(f"No page at {path}", color="warning")

    def _state(kinds, dates_start, dates_end, min_b, rumoured, company, depth, maxlen):
        return {"kinds": kinds or [], "since": dates_start, "until": dates_end, "min": min_b,
                "rumoured": bool(rumoured), "company": company, "depth": depth or 1, "maxlen": maxlen or 4}

    # ---- network ------------------------------------------------------------------
    @app.callback(Output("network", "elements"), Output("net-note", "children"), Output("url", "search"),
                  Input("net-kinds", "value"), Input("net-dates", "start_date"), Input("net-dates", "end_date"),
                  Input("net-min", "value"), Input("net-rumoured", "value"), Input("net-company", "value"),
                  Input("net-depth", "value"), Input("network", "id"))
    def network(kinds, start, end, min_b, rumoured, company, depth, _page):
        state = _state(kinds, start, end, min_b, rumoured, company, depth, 4)
        elements, note = network_elements(data, state)
        return elements, note, encode_state(state)

    @app.callback(Output("details", "children"), Input("network", "tapNodeData"), Input("network", "tapEdgeData"),
                  State("net-kinds", "value"), State("net-rumoured", "value"), prevent_initial_call=True)
    def details(node, edge, kinds, rumoured):
        trigger = dash.ctx.triggered_id and dash.ctx.triggered[0]["prop_id"]
        state = {"kinds": kinds, "rumoured": bool(rumoured)}
        if trigger and trigger.endswith("tapEdgeData") and edge:
            rows = commitment_details(data, [edge["id"]])
            title = f"{edge['kind'].replace('_', ' ')}"
        elif node:
            rows = company_details(data, node["company"], state)
            title = node["company"]
        else:
            return no_update
        return [html.H5(title), *[_commitment_card(c) for c in rows]]

    # ---- loops ----------------------------------------------------------------------
    @app.callback(Output("loops-table", "data"), Output("loops-note", "children"), Output("url", "search",
                                                                                          allow_duplicate=True),
                  Input("loops-kinds", "value"), Input("loops-dates", "start_date"), Input("loops-dates", "end_date"),
                  Input("loops-min", "value"), Input("loops-rumoured", "value"), Input("loops-company", "value"),
                  Input("loops-maxlen", "value"), Input("loops-ties", "value"), Input("loops-table", "id"),
                  prevent_initial_call="initial_duplicate")
    def loops(kinds, start, end, min_b, rumoured, company, maxlen, ties, _page):
        state = {**_state(kinds, start, end, min_b, rumoured, company, 1, maxlen), "ties": bool(ties)}
        rows, note = loops_page(data, state)
        return rows, note, encode_state(state)

    @app.callback(Output("loops-network", "elements"), Input("loops-table", "selected_rows"),
                  State("loops-table", "data"), State("loops-kinds", "value"), State("loops-rumoured", "value"))
    def loop_highlight(selected, rows, kinds, rumoured):
        state = _state(kinds, None, None, None, rumoured, None, 1, 4)
        highlight = rows[selected[0]]["companies"].split("|") if selected and rows else None
        if highlight:
            state["company"], state["depth"] = highlight[0], len(highlight)
        elements, _ = network_elements(data, state, highlight)
        if highlight:
            elements = [e for e in elements if "source" not in e["data"] or
                        (e["data"]["source"][2:] in highlight and e["data"]["target"][2:] in highlight)]
            elements = [e for e in elements if "source" in e["data"] or e["data"]["company"] in highlight]
        return elements

    # ---- concentration --------------------------------------------------------------------
    @app.callback(Output("conc-charts", "children"), Output("url", "search", allow_duplicate=True),
                  Input("conc-kinds", "value"), Input("conc-dates", "start_date"), Input("conc-dates", "end_date"),
                  Input("conc-min", "value"), Input("conc-rumoured", "value"), Input("conc-charts", "id"),
                  prevent_initial_call="initial_duplicate")
    def conc(kinds, start, end, min_b, rumoured, _page):
        state = _state(kinds, start, end, min_b, rumoured, None, 1, 4)
        result = concentration(data, state)
        blocks = []
        for cat, res in result.items():
            rows = [d for d in res["companies"] if d["hhi"] is not None][:25]
            fig = go.Figure()
            fig.add_bar(x=[d["company"] for d in rows], y=[d["hhi"] for d in rows], name="HHI",
                        customdata=[[d["top_counterparty"], (d["top_share"] or 0) * 100, d["missing_amounts"]]
                                    for d in rows],
                        hovertemplate="%{x}: HHI %{y:,.0f}<br>top: %{customdata[0]} (%{customdata[1]:.0f}%)"
                                      "<br>without amount: %{customdata[2]}<extra></extra>")
            for y, label in ((1500, "moderately concentrated"), (2500, "highly concentrated")):
                fig.add_hline(y=y, line_dash="dot", line_color="#999", annotation_text=label,
                              annotation_position="top left")
            fig.update_layout(title=f"{cat}: dependence per company", height=320, margin=dict(l=40, r=10, t=40, b=80),
                              yaxis=dict(range=[0, 10500], title="HHI"))
            m = res["market"]
            pie = go.Figure(go.Bar(x=[s["provider"] for s in m["shares"][:12]],
                                   y=[s["share"] * 100 for s in m["shares"][:12]],
                                   marker_color="#e07b00"))
            pie.update_layout(title=f"{cat}: {m['role']}s' share of committed USD (HHI "
                                    f"{'—' if m['hhi'] is None else f'{m['hhi']:,.0f}'}, {m['band'] or 'no amounts'})",
                              height=320, margin=dict(l=40, r=10, t=40, b=80), yaxis=dict(title="% of USD"))
            note = f"{m['missing_amounts']} commitment(s) without an amount are counted apart." \
                if m["missing_amounts"] else ""
            blocks.append(dbc.Row([dbc.Col(dcc.Graph(figure=fig, id=f"hhi-{cat}"), md=6),
                                   dbc.Col(dcc.Graph(figure=pie, id=f"market-{cat}"), md=6),
                                   html.Div(note, className="small text-muted mb-3")]))
        return blocks, encode_state(state)

    # ---- console ----------------------------------------------------------------------
    @app.callback(Output("q-text", "value"), Input("q-example", "value"), prevent_initial_call=True)
    def example(name):
        return EXAMPLES.get(name, no_update)

    @app.callback(Output("q-result", "children"), Output("q-error", "children"), Input("q-run", "n_clicks"),
                  State("q-text", "value"), State("q-params", "value"), State("q-limit", "value"),
                  State("q-timeout", "value"), prevent_initial_call=True)
    def run_query(_, text, params, limit, timeout):
        try:
            values = json.loads(params) if params and params.strip() else {}
            if not isinstance(values, dict):
                raise ValueError("parameters must be a JSON object")
        except ValueError as exc:
            return None, dbc.Alert(f"Parameters: {exc}", color="danger", id="q-alert")
        try:
            res = store.query(text or "", values, limit=int(limit or 200), timeout_ms=int(timeout or 5000))
        except StoreError as exc:
            return None, dbc.Alert(str(exc), color="danger", id="q-alert")
        cols = [str(c) for c in res.columns]
        rows = [{c: display(v) for c, v in zip(cols, r)} for r in res.rows]
        note = f"{len(rows)} row(s)" + (" (row limit reached)" if res.truncated else "")
        return [html.Div(note, className="small text-muted", id="q-count"),
                dash_table.DataTable(id="q-table", columns=[{"name": c, "id": c} for c in cols], data=rows,
                                     page_size=20, style_cell={"whiteSpace": "normal", "height": "auto",
                                                               "fontSize": 13, "textAlign": "left"})], None

    # ---- articles ----------------------------------------------------------------------
    @app.callback(Output("articles-list", "children"), Input("url", "pathname"), Input("a-result", "children"))
    def articles(path, _):
        rows = store.articles()
        if not rows:
            return _empty_hint()
        return dash_table.DataTable(
            id="articles-table", row_selectable="single", page_size=12,
            columns=[{"name": n, "id": i} for n, i in (("title", "title"), ("outlet", "outlet"),
                                                       ("published", "published"), ("deals", "commitments"))],
            data=[{"id": a["id"], "title": a.get("title") or a["id"][:12], "outlet": a.get("outlet") or "",
                   "published": a.get("published") or "", "commitments": a["commitments"]} for a in rows],
            style_cell={"whiteSpace": "normal", "height": "auto", "fontSize": 13, "textAlign": "left"})

    @app.callback(Output("article-facts", "children"), Input("articles-table", "selected_rows"),
                  State("articles-table", "data"), prevent_initial_call=True)
    def article_facts(selected, rows):
        if not selected:
            return None
        facts = store.article_facts(rows[selected[0]]["id"])
        return [html.H6("Entities"), html.P(", ".join(f"{e['name']} ({e['type']})" for e in facts["entities"])),
                html.H6("Commitments"),
                *[html.Div([html.B(f"{c['from']} → {c['to']}: {c['kind'].replace('_', ' ')} "
                                   f"{usd(c.get('amount_usd'))} [{c.get('status')}]"),
                            html.Blockquote(c.get("sentence"), className="border-start ps-2 text-muted")])
                  for c in facts["commitments"]]]

    @app.callback(Output("a-result", "children"), Input("a-preview", "n_clicks"), Input("a-ingest", "n_clicks"),
                  State("a-text", "value"), State("a-title", "value"), State("a-outlet", "value"),
                  State("a-url", "value"), State("a-published", "value"), prevent_initial_call=True)
    def add_article(_p, _i, text, title, outlet, url, published):
        meta = {k: v for k, v in {"title": title, "outlet": outlet, "url": url, "published": published}.items() if v}
        action = ingest if dash.ctx.triggered_id == "a-ingest" else preview
        try:
            res = action(text or "", meta)
        except (ValueError, StoreError) as exc:
            return dbc.Alert(str(exc), color="danger", id="a-alert")
        if dash.ctx.triggered_id == "a-ingest":
            data.invalidate()
        lines = [html.Li(f"{c['kind'].replace('_', ' ')}: {c['from']} → {c['to']} {usd(c.get('amount_usd'))}"
                         f" [{c.get('status', 'announced')}]") for c in res.get("commitments", [])]
        return dbc.Alert([html.Div(res.get("message", "")),
                          html.Div("Entities: " + ", ".join(e["name"] for e in res.get("entities", []))),
                          html.Ul(lines)], color="success", id="a-alert")

    return app


def _commitment_card(c: dict):
    figures = " · ".join(x for x in [
        usd(c.get("amount_usd")) + (" (up to)" if c.get("upper_bound") else "") if c.get("amount_usd") else "",
        f"{c['capacity_gw']:g} GW" if c.get("capacity_gw") else "", c.get("status", ""), c.get("date") or ""] if x)
    conflict = "reported figures differ: " + ", ".join(usd(a) for a in c.get("amount_usd_reported", [])) \
        if c.get("figures_conflict") else None
    sources = [html.Li([html.Blockquote(s.get("sentence") or "", className="mb-1"),
                        html.Div([html.A(s.get("title") or s["article_id"][:12], href=s["url"], target="_blank")
                                  if s.get("url") else html.Span(s.get("title") or s["article_id"][:12]),
                                  f" — {s.get('outlet') or 'unknown outlet'}, {s.get('published') or 'undated'}"],
                                 className="text-muted")], className="mb-2 source") for s in c.get("sources", [])]
    return dbc.Card(dbc.CardBody([
        html.B(f"{c['from_name']} → {c['to_name']}: {c['kind'].replace('_', ' ')}"),
        html.Div(figures), html.Div(conflict, className="text-danger") if conflict else None,
        html.Ul(sources, className="ps-3 mt-2")]), className="mb-2 commitment-card")

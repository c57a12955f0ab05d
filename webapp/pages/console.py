"""The Cypher console: read-only queries with parameters, a row limit and a time limit."""
from __future__ import annotations

import json

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dash_table, dcc, html, no_update

from graph.errors import StoreError
from graph.values import display

from ..context import AppContext
from ..formatting import money

PATH = "/console"
LABEL = "Cypher console"
EXAMPLES = {
    "Biggest commitments": "MATCH (a:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(b:Company)\n"
                           "WHERE c.amount_usd IS NOT NULL\n"
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


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    limits = dbc.Row([
        dbc.Col([dbc.Label("Row limit"), dbc.Input(id="q-limit", type="number", value=200, min=1, max=5000)]),
        dbc.Col([dbc.Label("Time limit (ms)"), dbc.Input(id="q-timeout", type="number", value=5000, min=100,
                                                         max=60000)])], className="mt-2")
    form = [dbc.Label("Example"), dcc.Dropdown(id="q-example", options=list(EXAMPLES), placeholder="start from…"),
            dbc.Label("Cypher (read-only)", className="mt-2"),
            dbc.Textarea(id="q-text", rows=6, value=EXAMPLES["Biggest commitments"], style={"fontFamily": "monospace"}),
            dbc.Label("Parameters (JSON)", className="mt-2"), dbc.Input(id="q-params", value='{"name": "Anthropic"}'),
            limits, dbc.Button("Run", id="q-run", color="primary", className="mt-2")]
    result = dcc.Loading(html.Div(id="q-result"), type="circle", delay_show=300)
    return [dbc.Row([dbc.Col(form, md=4), dbc.Col([html.Div(id="q-error"), result], md=8)])]


def parse_params(text: str | None) -> dict:
    """The query's parameters from the JSON box; a ValueError says what is wrong.

    >>> parse_params(' {"name": "Oracle"} '), parse_params("")
    ({'name': 'Oracle'}, {})
    """
    values = json.loads(text) if text and text.strip() else {}
    if not isinstance(values, dict):
        raise ValueError("parameters must be a JSON object")
    return values


def cell(column: str, value) -> str:
    """A result value as the table shows it: numbers in a column named for dollars or amounts as $.

    >>> cell("usd", 3e11), cell("amount_usd", None), cell("deals", 12), cell("name", "Oracle")
    ('$300B', '', '12', 'Oracle')
    """
    name = column.lower()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and ("usd" in name or "amount" in name):
        return money(value)
    return display(value)


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("q-text", "value"), Input("q-example", "value"), prevent_initial_call=True)
    def example(name):
        return EXAMPLES.get(name, no_update)

    @app.callback(Output("q-result", "children"), Output("q-error", "children"), Input("q-run", "n_clicks"),
                  State("q-text", "value"), State("q-params", "value"), State("q-limit", "value"),
                  State("q-timeout", "value"), prevent_initial_call=True)
    def run_query(_, text, params, limit, timeout):
        try:
            values = parse_params(params)
        except ValueError as exc:
            return None, dbc.Alert(f"Parameters: {exc}", color="danger", id="q-alert")
        try:
            # the store checks and clamps both limits, whatever the form sends
            res = ctx.store.query(text or "", values, limit=200 if limit in (None, "") else limit,
                                  timeout_ms=5000 if timeout in (None, "") else timeout)
        except StoreError as exc:
            return None, dbc.Alert(str(exc), color="danger", id="q-alert")
        cols = [str(c) for c in res.columns]
        rows = [{c: cell(c, v) for c, v in zip(cols, r)} for r in res.rows]
        note = f"{len(rows)} row(s)" + (" (row limit reached)" if res.truncated else "")
        return [html.Div(note, className="small text-muted", id="q-count"),
                dash_table.DataTable(id="q-table", columns=[{"name": c, "id": c} for c in cols], data=rows,
                                     page_size=20, export_format="csv", export_headers="display",
                                     style_cell={"whiteSpace": "normal", "height": "auto", "fontSize": 13,
                                                 "textAlign": "left"})], None

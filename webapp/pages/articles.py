"""The articles page: what has been ingested, the facts of one article, and pasting a new one."""
from __future__ import annotations

import csv
import io
from typing import Callable

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dash_table, dcc, html, no_update

from graph.errors import StoreError

from ..context import AppContext
from ..filters import empty_store_hint
from ..formatting import kind_text, money
from ..jobs import Jobs

PATH = "/articles"
LABEL = "Articles"
POLL_MS = 500   # how often the page asks whether a pasted article has been read
# "source" is where the article was read from (a file, feed entry, JSONL line, URL or "pasted text")
COLUMNS = (("title", "title"), ("outlet", "outlet"), ("published", "published"), ("source", "source"),
           ("deals", "commitments"))
PAGE_SIZE = 12   # articles per page of the list; only that page is sent to the browser


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    form = [html.H5("Add an article"),
            dbc.Input(id="a-title", placeholder="title", className="mb-1"),
            dbc.Input(id="a-outlet", placeholder="outlet", className="mb-1"),
            dbc.Input(id="a-url", placeholder="url", className="mb-1"),
            dbc.Input(id="a-published", placeholder="published (YYYY-MM-DD)", className="mb-1"),
            dbc.Textarea(id="a-text", rows=8, placeholder="paste the article's text"),
            dbc.Button("Preview extraction", id="a-preview", className="mt-2 me-2", color="secondary",
                       disabled=ctx.preview is None),
            dbc.Button("Ingest", id="a-ingest", className="mt-2", color="primary", disabled=ctx.ingest is None),
            html.Div(id="a-status", className="mt-2 small text-muted", role="status"),
            dcc.Store(id="a-job"), dcc.Interval(id="a-poll", interval=POLL_MS, disabled=True),
            html.Div(id="a-result", className="mt-2 small")]
    listing = dcc.Loading(html.Div(id="articles-list"), type="circle", delay_show=300)
    download = [dbc.Button("Download all as CSV", id="articles-csv-button", size="sm", color="light",
                           className="mb-1"), dcc.Download(id="articles-csv")]
    return [dbc.Row([dbc.Col([html.H5("Ingested articles"), *download, listing,
                              html.Div(id="article-facts", className="mt-3 small")], md=7),
                     dbc.Col(form, md=5)])]


def _row(a: dict) -> dict:
    return {"id": a["id"], "title": a.get("title") or a["id"][:12], "outlet": a.get("outlet") or "",
            "published": a.get("published") or "", "source": a.get("source") or a.get("url") or "",
            "commitments": a["commitments"]}


def _page(rows: list[dict], page: int) -> list[dict]:
    """One page of the list, as table rows."""
    return [_row(a) for a in rows[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]]


def _articles_table(rows: list[dict]) -> dash_table.DataTable:
    """The list, paged on the server: the browser holds one page at a time."""
    return dash_table.DataTable(
        id="articles-table", row_selectable="single", page_action="custom", page_current=0, page_size=PAGE_SIZE,
        page_count=max(1, -(-len(rows) // PAGE_SIZE)), columns=[{"name": n, "id": i} for n, i in COLUMNS],
        data=_page(rows, 0),
        style_cell={"whiteSpace": "normal", "height": "auto", "fontSize": 13, "textAlign": "left"})


def articles_csv_text(rows: list[dict]) -> str:
    """The whole list as CSV, with the table's headers.

    >>> articles_csv_text([{"id": "x1", "title": "A, B", "source": "news/a.txt", "commitments": 2}]).splitlines()
    ['title,outlet,published,source,deals', '"A, B",,,news/a.txt,2']
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in COLUMNS])
    for row in map(_row, rows):
        writer.writerow([row[key] for _, key in COLUMNS])
    return out.getvalue()


def _facts(facts: dict) -> list:
    return [html.H6("Entities"), html.P(", ".join(f"{e['name']} ({e['type']})" for e in facts["entities"])),
            html.H6("Commitments"),
            *[html.Div([html.B(f"{c['from']} → {c['to']}: {kind_text(c['kind'])} "
                               f"{money(c.get('amount_usd'))} [{c.get('status')}]"),
                        html.Blockquote(c.get("sentence"), className="border-start ps-2 text-muted")])
              for c in facts["commitments"]]]


def register(app: dash.Dash, ctx: AppContext) -> None:
    store, data, preview, ingest = ctx.store, ctx.data, ctx.preview, ctx.ingest

    @app.callback(Output("articles-list", "children"), Input("url", "pathname"), Input("a-result", "children"))
    def articles(path, _):
        rows = data.articles()
        return _articles_table(rows) if rows else empty_store_hint()

    @app.callback(Output("articles-table", "data"), Output("articles-table", "selected_rows"),
                  Input("articles-table", "page_current"), prevent_initial_call=True)
    def articles_page(page):
        return _page(data.articles(), page or 0), []

    @app.callback(Output("articles-csv", "data"), Input("articles-csv-button", "n_clicks"), prevent_initial_call=True)
    def articles_csv(_):
        return dcc.send_string(articles_csv_text(data.articles()), "articles.csv")

    @app.callback(Output("article-facts", "children"), Input("articles-table", "selected_rows"),
                  State("articles-table", "data"), prevent_initial_call=True)
    def article_facts(selected, rows):
        if not selected:
            return None
        return _facts(store.article_facts(rows[selected[0]]["id"]))

    # ---- paste and ingest: the extraction runs off the request thread ------------------
    # A click only starts the job and disables the buttons; the page polls
    # until the job is done. A long paste never holds a request open.
    jobs = Jobs()
    busy = ("a-preview", "a-ingest", "a-poll")

    @app.callback(Output("a-job", "data"), Output("a-status", "children"),
                  *[Output(c, "disabled") for c in busy],
                  Input("a-preview", "n_clicks"), Input("a-ingest", "n_clicks"),
                  State("a-text", "value"), State("a-title", "value"), State("a-outlet", "value"),
                  State("a-url", "value"), State("a-published", "value"), prevent_initial_call=True)
    def add_article(_p, _i, text, title, outlet, url, published):
        meta = {k: v for k, v in {"title": title, "outlet": outlet, "url": url, "published": published}.items() if v}
        storing = dash.ctx.triggered_id == "a-ingest"
        job = jobs.submit(_paste, ingest if storing else preview, text or "", meta)
        return {"id": job, "ingest": storing}, _running(0.0, storing), True, True, False

    @app.callback(Output("a-result", "children"), Output("a-status", "children", allow_duplicate=True),
                  *[Output(c, "disabled", allow_duplicate=True) for c in busy],
                  Input("a-poll", "n_intervals"), State("a-job", "data"), prevent_initial_call=True)
    def paste_progress(_n, job):
        state, value = jobs.outcome((job or {}).get("id"))
        if state == "running":
            return no_update, _running(value, job["ingest"]), True, True, False
        idle = (preview is None, ingest is None, True)
        if state == "unknown":
            return no_update, "", *idle
        if job["ingest"]:
            data.invalidate()
        return _paste_result(state, value), "", *idle


def _paste(action: Callable[[str, dict], dict], text: str, meta: dict) -> dict:
    """A pasted article's preview or ingest, run by the paste worker."""
    return action(text, meta)


def _running(seconds: float, storing: bool) -> str:
    what = "Reading and storing the article" if storing else "Reading the article"
    return f"{what}… {seconds:.0f} s (a long text takes a minute or more; the other pages stay usable)"


def _paste_result(state: str, value):
    """The alert that ends a paste: what was found (and stored), or why nothing was."""
    if state == "failed":
        message = str(value) if isinstance(value, (ValueError, StoreError)) else \
            f"The article could not be read: {type(value).__name__}"
        return dbc.Alert(message, color="danger", id="a-alert")
    lines = [html.Li(f"{kind_text(c['kind'])}: {c['from']} → {c['to']} {money(c.get('amount_usd'))}"
                     f" [{c.get('status', 'announced')}]") for c in value.get("commitments", [])]
    return dbc.Alert([html.Div(value.get("message", "")),
                      html.Div("Entities: " + ", ".join(e["name"] for e in value.get("entities", []))),
                      html.Ul(lines)], color="success", id="a-alert")

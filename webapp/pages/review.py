"""The review page: the review queue (graph/review_queue.py), most consequential first,
each item with its reasons, its sentences (parties and figure marked), Accept and Reject
buttons and an edit form. A decision is recorded through ``GraphStore.record_decision``
and the item says so at once; the queue is ranked again on the next visit."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import MATCH, Input, Output, State, dcc, html

from graph.errors import StoreError
from graph.kinds import KINDS, STATUSES
from graph.review_queue import Evidence, ReviewItem, company_aliases, review_queue, unreviewed

from ..context import AppContext
from ..formatting import money

PATH = "/review"
LABEL = "Review"
WRITES = True              # records people's decisions: not served in a published view
MAX_ITEMS = 25
WRITE_TIMEOUT_S = 30.0     # how long a decision waits for another writer (an ingest) before saying so
BUTTONS = {"review-accept": "accept", "review-reject": "reject", "review-save": "edit"}


def _id(kind: str, cid: str) -> dict:
    return {"type": kind, "cid": cid}


def marked(ev: Evidence) -> html.Div:
    """A source sentence with its parties and its figure marked, then where it comes from."""
    parts, at = [], 0
    for m in ev.marks:
        parts += [ev.sentence[at:m.start], html.Mark(ev.sentence[m.start:m.end], className=f"mark-{m.role}")]
        at = m.end
    parts.append(ev.sentence[at:])
    where = " · ".join(x for x in (ev.outlet or ev.title or ev.article_id, ev.published,
                                   None if ev.status in (None, "announced") else ev.status) if x)
    return html.Div([html.Blockquote(parts, className="mb-0 evidence"), html.Div(where, className="text-muted")],
                    className="mb-2")


def edit_form(item: ReviewItem) -> dbc.Collapse:
    """The fields an edit may change, set to the extracted values."""
    def field(label, control, md=3):
        return dbc.Col([dbc.Label(label, className="small mb-0"), control], md=md)

    return dbc.Collapse(dbc.Row([
        field("Kind", dcc.Dropdown(id=_id("review-kind", item.id), value=item.kind, clearable=False,
                                   options=[{"label": k.label, "value": k.name} for k in KINDS.values()])),
        field("From", dbc.Input(id=_id("review-from", item.id), value=item.from_name)),
        field("To", dbc.Input(id=_id("review-to", item.id), value=item.to_name)),
        field("Amount $B", dbc.Input(id=_id("review-amount", item.id), type="number", min=0,
                                     value=None if item.amount_usd is None else item.amount_usd / 1e9), md=2),
        field("Capacity GW", dbc.Input(id=_id("review-gw", item.id), type="number", min=0, value=item.capacity_gw),
              md=2),
        field("Status", dcc.Dropdown(id=_id("review-status-field", item.id), value=item.status, clearable=False,
                                     options=list(STATUSES)), md=2),
        field("Date", dbc.Input(id=_id("review-date", item.id), value=item.date or "", placeholder="YYYY-MM-DD"), md=2),
        field("", dbc.Checklist(id=_id("review-upper", item.id), options=[{"label": "up to (a ceiling)", "value": "1"}],
                                value=["1"] if item.upper_bound else [], className="mt-4"), md=2),
        dbc.Col(dbc.Button("Save edit", id=_id("review-save", item.id), color="primary", size="sm",
                           className="mt-4"), md=2),
    ], className="g-2 mt-1"), id=_id("review-edit-form", item.id), is_open=False)


def item_card(n: int, item: ReviewItem) -> dbc.Card:
    reasons = [html.Li(r.text) for r in item.reasons] or [html.Li("no doubt found; not yet reviewed")]
    buttons = html.Div([
        dbc.Button("Accept", id=_id("review-accept", item.id), color="success", size="sm", className="me-2"),
        dbc.Button("Reject", id=_id("review-reject", item.id), color="danger", size="sm", className="me-2"),
        dbc.Button("Edit…", id=_id("review-edit", item.id), color="secondary", size="sm", outline=True,
                   className="me-2"),
        dbc.Input(id=_id("review-note", item.id), placeholder="note (why)", size="sm",
                  style={"display": "inline-block", "width": "22em"})])
    return dbc.Card(dbc.CardBody([
        html.Div([html.B(f"{n}. {item.headline()}"),
                  html.Span(f"  score {item.score:g} · {item.id}", className="text-muted small")]),
        html.Ul(reasons, className="small mb-1"),
        html.Div([marked(ev) for ev in item.evidence], className="small"),
        buttons, edit_form(item),
        html.Div(id=_id("review-result", item.id), className="small mt-2")]),
        className="mb-2 review-item", id=f"review-item-{item.id}")


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    try:
        rows = ctx.data.commitments()
        queue, total = review_queue(rows, company_aliases(ctx.store.entities("Company")), MAX_ITEMS), unreviewed(rows)
    except StoreError as exc:
        return [dbc.Alert(f"The graph store is unavailable: {exc}", color="danger")]
    intro = (f"{len(queue)} of {total} unreviewed commitment(s), the most consequential "
             "first. Parties are marked in blue, the figure in yellow." if queue else
             "Nothing to review: every stored commitment has been reviewed, or none is stored yet.")
    who = dbc.Row([dbc.Col([dbc.Label("Your name (kept with each decision)", className="small mb-0"),
                            dbc.Input(id="review-by", persistence=True, size="sm", placeholder="e.g. ana")], md=3)],
                  className="mb-2")
    return [html.H4("Review queue"), html.P(intro, className="small text-muted", id="review-intro"), who,
            html.Div([item_card(n, item) for n, item in enumerate(queue, 1)], id="review-items")]


def edit_changes(item: dict, kind, src, dst, amount_b, gw, status, date, upper) -> dict:
    """The fields the form changes from the stored commitment (amount typed in $B).

    >>> edit_changes({"kind": "investment", "from_name": "A", "to_name": "B", "amount_usd": 2e9,
    ...               "status": "announced"}, "investment", "A", "B", 3, None, "announced", "", [])
    {'amount_usd': 3000000000.0}
    """
    typed = {"kind": kind, "from": (src or "").strip(), "to": (dst or "").strip(),
             "amount_usd": None if amount_b in (None, "") else float(amount_b) * 1e9,
             "capacity_gw": None if gw in (None, "") else float(gw), "status": status,
             "date": (date or "").strip() or None, "upper_bound": bool(upper)}
    stored = {"kind": item.get("kind"), "from": item.get("from_name"), "to": item.get("to_name"),
              "amount_usd": item.get("amount_usd"), "capacity_gw": item.get("capacity_gw"),
              "status": item.get("status"), "date": item.get("date"), "upper_bound": bool(item.get("upper_bound"))}
    return {k: v for k, v in typed.items() if v is not None and v != stored[k]}


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output(_id("review-edit-form", MATCH), "is_open"), Input(_id("review-edit", MATCH), "n_clicks"),
                  State(_id("review-edit-form", MATCH), "is_open"), prevent_initial_call=True)
    def toggle_edit(_clicks, is_open):
        return not is_open

    @app.callback(Output(_id("review-result", MATCH), "children"),
                  Output(_id("review-accept", MATCH), "disabled"), Output(_id("review-reject", MATCH), "disabled"),
                  Output(_id("review-save", MATCH), "disabled"),
                  Input(_id("review-accept", MATCH), "n_clicks"), Input(_id("review-reject", MATCH), "n_clicks"),
                  Input(_id("review-save", MATCH), "n_clicks"),
                  State(_id("review-note", MATCH), "value"), State("review-by", "value"),
                  State(_id("review-kind", MATCH), "value"), State(_id("review-from", MATCH), "value"),
                  State(_id("review-to", MATCH), "value"), State(_id("review-amount", MATCH), "value"),
                  State(_id("review-gw", MATCH), "value"), State(_id("review-status-field", MATCH), "value"),
                  State(_id("review-date", MATCH), "value"), State(_id("review-upper", MATCH), "value"),
                  prevent_initial_call=True)
    def decide(_a, _r, _s, note, by, *form):
        trigger = dash.ctx.triggered_id
        if not trigger:
            return dash.no_update, dash.no_update, dash.no_update, dash.no_update
        cid, action = trigger["cid"], BUTTONS[trigger["type"]]
        try:
            changes = None
            if action == "edit":
                current = next((c for c in ctx.data.commitments() if c["id"] == cid), None) or {}
                changes = edit_changes(current, *form)
                if not changes:
                    return dbc.Alert("Nothing changed: edit a field first.", color="warning", className="py-1 mb-0"), \
                        False, False, False
            with ctx.store.writing(WRITE_TIMEOUT_S):
                decision = ctx.store.record_decision(cid, action, changes=changes, by=(by or "").strip() or None,
                                                     note=(note or "").strip() or None)
        except (StoreError, ValueError) as exc:
            return dbc.Alert(f"Not recorded: {exc}", color="danger", className="py-1 mb-0"), False, False, False
        ctx.data.invalidate()
        done = {"accept": "Accepted", "reject": "Rejected: hidden from every analysis",
                "edit": "Edited: " + ", ".join(f"{k} = {money(v) if k == 'amount_usd' else v}"
                                               for k, v in (changes or {}).items())}[action]
        return dbc.Alert(f"{done} (decision {decision.id} by {decision.who}).", color="success",
                         className="py-1 mb-0 review-done"), True, True, True

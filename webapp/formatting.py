"""How kinds, amounts and commitments read on every page.

>>> kind_text("compute_purchase")
'compute purchase'
>>> money(3e11), money(None)
('$300B', '—')
"""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from graph.kinds import KINDS
from graph.output import usd as money

__all__ = ["money", "kind_text", "commitment_card", "figures_line", "deals_panel", "reviewed_text"]
MAX_CARDS = 40   # deals listed in a details panel, the largest first


def kind_text(kind: str) -> str:
    """The label a person reads for a kind name."""
    return KINDS[kind].label if kind in KINDS else kind.replace("_", " ")


def figures_line(c: dict) -> str:
    """Amount, capacity, status and date of a commitment on one line.

    >>> figures_line({"amount_usd": 2e9, "upper_bound": True, "status": "announced", "date": "2025-01-02"})
    '$2B (up to) · announced · 2025-01-02'
    """
    return " · ".join(x for x in [
        money(c.get("amount_usd")) + (" (up to)" if c.get("upper_bound") else "") if c.get("amount_usd") else "",
        f"{c['capacity_gw']:g} GW" if c.get("capacity_gw") else "", c.get("status", ""), c.get("date") or ""] if x)


def source_line(s: dict) -> str:
    """Outlet, date and where the article was read from, after its title.

    >>> source_line({"outlet": "Our Wire", "published": None, "source": "news/quill.txt"})
    ' — Our Wire, undated · read from news/quill.txt'
    """
    read_from = f" · read from {s['source']}" if s.get("source") else ""
    return f" — {s.get('outlet') or 'unknown outlet'}, {s.get('published') or 'undated'}{read_from}"


def _source(s: dict):
    name = s.get("title") or s["article_id"][:12]
    link = html.A(name, href=s["url"], target="_blank") if s.get("url") else html.Span(name)
    return html.Li([html.Blockquote(s.get("sentence") or "", className="mb-1"),
                    html.Div([link, source_line(s)], className="text-muted")], className="mb-2 source")


def reviewed_text(c: dict) -> str | None:
    """What a person decided about a commitment, in a few words (None: not reviewed).

    >>> reviewed_text({"review": "edited", "review_by": "ana", "edited": ["amount_usd"]})
    '✓ reviewed: edited (amount_usd) by ana'
    """
    if not c.get("review"):
        return None
    edited = f" ({', '.join(c['edited'])})" if c.get("edited") else ""
    who = f" by {c['review_by']}" if c.get("review_by") else ""
    return f"✓ reviewed: {c['review']}{edited}{who}"


def reviewed_mark(c: dict):
    """The mark a reviewed commitment carries in its provenance card; unreviewed ones say so."""
    text = reviewed_text(c)
    return html.Span(f"  {text}" if text else "  not reviewed", className="reviewed-mark" if text else
                     "text-muted small unreviewed-mark")


def commitment_card(c: dict) -> dbc.Card:
    """A commitment with its figures, any conflicting reports and the sentences it comes from."""
    conflict = "reported figures differ: " + ", ".join(money(a) for a in c.get("amount_usd_reported", [])) \
        if c.get("figures_conflict") else None
    return dbc.Card(dbc.CardBody([
        html.B(f"{c['from_name']} → {c['to_name']}: {kind_text(c['kind'])}"), reviewed_mark(c),
        html.Div(figures_line(c)), html.Div(conflict, className="text-danger") if conflict else None,
        html.Ul([_source(s) for s in c.get("sources", [])], className="ps-3 mt-2")]),
        className="mb-2 commitment-card")


def deals_panel(title: str, summary: str, rows: list[dict], summary_id: str, limit: int = MAX_CARDS) -> list:
    """A heading, a summary line and the cards of ``rows``, the largest first (at most ``limit``)."""
    rows = sorted(rows, key=lambda c: -(c.get("amount_usd") or 0))
    more = [html.P(f"The {limit} largest shown; narrow the filters for the other {len(rows) - limit}.",
                   className="text-muted")] if len(rows) > limit else []
    return [html.H5(title), html.P(summary, className="text-muted", id=summary_id),
            *[commitment_card(c) for c in rows[:limit]], *more]


def hop_panels(hops: list[dict], by_id: dict, id_prefix: str) -> list:
    """One deals panel per hop of a loop or a path: its kinds, its amount and its three largest deals."""
    parts = []
    for hop in hops:
        rows = [by_id[c] for c in hop["commitments"] if c in by_id]
        kinds = ", ".join(kind_text(k) for k in hop["kinds"])
        amount = money(hop["amount_usd"]) if hop["amount_usd"] else "no amount stated"
        parts += deals_panel(f"{hop['from']} → {hop['to']}", f"{kinds}: {amount} in {len(rows)} deal(s)", rows,
                             summary_id=f"{id_prefix}-{hop['from']}-{hop['to']}", limit=3)
    return parts

"""The filter controls the Network, Loops and Concentration pages share, and what they mean
for the graph (a :class:`graph.flow.FlowFilter`).

Each page prefixes the controls' ids with its own short name (``net``, ``loops``, ``conc``),
so ``filter_inputs("net")`` lists the Dash inputs of the network page's filters.
"""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, dcc, html

from graph.flow import FlowFilter
from graph.kinds import KINDS

from .reviewed import reviewed_requested

# How the time filter treats a deal no source dates (graph.flow.commitment_date is None).
UNDATED_NOTE = "A date range leaves out undated deals."


def reviewed_only(state: dict) -> bool:
    """Whether a page state shows reviewed facts only: the state's own ``reviewed`` if it has one,
    else the nav bar's switch for this request.

    >>> reviewed_only({"reviewed": True}), reviewed_only({})
    (True, False)
    """
    return bool(state["reviewed"]) if state.get("reviewed") is not None else reviewed_requested()


def to_filter(state: dict) -> FlowFilter:
    """The graph's filter for a page state (amounts in the state are $B); the reviewed-only
    switch is the nav bar's (:mod:`webapp.reviewed`) unless the state says.

    >>> to_filter({"kinds": ["investment"], "min": 2}).min_amount
    2000000000.0
    """
    return FlowFilter(kinds=set(state["kinds"]) if state.get("kinds") else None, since=state.get("since"),
                      until=state.get("until"),
                      min_amount=state["min"] * 1e9 if state.get("min") is not None else None,
                      include_rumoured=bool(state.get("rumoured")), reviewed_only=reviewed_only(state))


def filter_inputs(p: str) -> list[Input]:
    """The inputs every filtered page's callback takes, in the order of
    :func:`webapp.state.state_from_filters`: kinds, since, until, min $B, rumoured."""
    return [Input(f"{p}-kinds", "value"), Input(f"{p}-dates", "start_date"), Input(f"{p}-dates", "end_date"),
            Input(f"{p}-min", "value"), Input(f"{p}-rumoured", "value")]


def filter_bar(p: str, state: dict, companies: list[str], with_company: bool = True) -> dbc.Row:
    """Kinds, dates, minimum $B, rumoured and (optionally) the company to centre on."""
    cols = [
        dbc.Col([dbc.Label("Kinds", className="small mb-0"),
                 dcc.Dropdown(id=f"{p}-kinds", options=[{"label": k.label, "value": k.name} for k in KINDS.values()],
                              value=state["kinds"], multi=True)], md=4),
        dbc.Col([dbc.Label("Dates", className="small mb-0"),
                 dcc.DatePickerRange(id=f"{p}-dates", start_date=state["since"], end_date=state["until"],
                                     clearable=True, display_format="YYYY-MM-DD"),
                 html.Div(UNDATED_NOTE, className="small text-muted", id=f"{p}-undated-note")], md=3),
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
    return dbc.Row(cols, className="g-2 mb-2")


def empty_store_hint() -> dbc.Alert:
    """What to do when nothing has been ingested yet."""
    return dbc.Alert(["The graph is empty. Ingest articles with ", html.Code("dealgraph ingest PATH"),
                      ", paste one on the Articles page, or start with ", html.Code("dealgraph serve --demo"), "."],
                     color="info", id="empty-hint")

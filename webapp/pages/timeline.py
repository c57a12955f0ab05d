"""The timeline page: commitments by month and kind, the money each top company commits added up
month by month, and the undated ones counted. Brushing months on the bar chart sets the date
filter every page follows (the nav bar's links carry it); "clear dates" drops it.

The charts show every month whatever the date filter: they are how it is picked, and the period
picked is shaded on them.
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html, no_update

from graph.kinds import KINDS
from graph.timeline import CumulativeMoney, MonthlyKinds, cumulative_money, month_bounds, monthly_kinds

from ..context import AppContext
from ..data import filter_key
from ..filters import filter_bar, filter_inputs, to_filter
from ..formatting import money
from ..state import search_if_changed, state_from_filters

PATH = "/timeline"
LABEL = "Timeline"
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"]}
PERIOD_FILL = "rgba(255, 193, 7, 0.18)"    # the picked period, behind the bars and lines
HOW = ("Drag across months on the bar chart to set the date range every page follows; "
       "“clear dates” drops it.")


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    period = html.Div([html.Span(id="tl-period", className="me-2"),
                       dbc.Button("clear dates", id="tl-clear", size="sm", color="secondary", outline=True)],
                      className="small mb-2")
    charts = html.Div([
        dcc.Graph(id="tl-months", config=CHART_CONFIG),
        html.Div(id="tl-undated", className="small mb-2"),
        dcc.Graph(id="tl-money", config=CHART_CONFIG),
        html.Div(id="tl-money-note", className="small text-muted")], id="tl-charts")
    return [filter_bar("tl", state, companies, with_company=False), html.P(HOW, className="small text-muted"),
            period, html.Div(id="tl-empty"), dcc.Loading(charts, type="circle", delay_show=300)]


def _frame(title: str, y_title: str, months: list[str], period: dict | None, **extra) -> dict:
    """The layout both charts share: months across (every one, as categories), the period shaded."""
    return {"title": {"text": title, "x": 0, "xanchor": "left", "y": 0.97, "yanchor": "top", "font": {"size": 14}},
            "height": 360, "margin": {"l": 70, "r": 40, "t": 80, "b": 50}, "modebar": {"orientation": "v"},
            "xaxis": {"title": {"text": "month"}, "type": "category", "categoryorder": "array",
                      "categoryarray": months},
            "yaxis": {"title": {"text": y_title}, "rangemode": "tozero"},
            "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
                       "traceorder": "normal"},
            "shapes": [period] if period else [], **extra}


def period_shape(months: list[str], since: str | None, until: str | None) -> dict | None:
    """A band behind the months the date range covers (None without a range or outside the months).

    >>> period_shape(["2025-01", "2025-02", "2025-03"], "2025-02-01", None)["x0"]
    0.5
    >>> period_shape(["2025-01"], "2026-01-01", None) is None
    True
    """
    if not months or not (since or until):
        return None
    inside = [i for i, m in enumerate(months) if (not since or m >= since[:7]) and (not until or m <= until[:7])]
    if not inside:
        return None
    return {"type": "rect", "xref": "x", "yref": "paper", "x0": inside[0] - 0.5, "x1": inside[-1] + 0.5,
            "y0": 0, "y1": 1, "fillcolor": PERIOD_FILL, "line": {"width": 0}, "layer": "below"}


def months_chart(by: MonthlyKinds, period: dict | None) -> dict:
    """Stacked bars: commitments per month, one colour per kind (the kinds table's)."""
    data = [{"type": "bar", "name": KINDS[kind].label, "x": by.months, "y": counts,
             "marker": {"color": KINDS[kind].colour},
             "hovertemplate": "%{x}: %{y} " + KINDS[kind].label + "<extra></extra>"}
            for kind, counts in by.counts.items()]
    return {"data": data, "layout": _frame("Commitments made each month, by kind", "commitments", by.months, period,
                                           barmode="stack", dragmode="select", selectdirection="h",
                                           hovermode="closest")}


def money_chart(cum: CumulativeMoney, period: dict | None) -> dict:
    """One line per top company: the money it commits to pay, added up month by month ($B)."""
    data = [{"type": "scatter", "mode": "lines+markers", "name": line.company, "x": cum.months,
             "y": [round(v / 1e9, 3) for v in line.cumulative_usd],
             "customdata": [money(v) if v else "$0" for v in line.cumulative_usd],
             "hovertemplate": f"<b>{line.company}</b>: %{{customdata}} committed by the end of %{{x}}<extra></extra>"}
            for line in cum.companies]
    title = f"Money committed by the {len(cum.companies)} largest payers, added up month by month"
    return {"data": data, "layout": _frame(title, "committed so far ($B)", cum.months, period, dragmode="zoom")}


def undated_text(by: MonthlyKinds) -> str:
    """How many commitments the timeline cannot place.

    >>> undated_text(MonthlyKinds([], {}, 12, 3))
    '12 commitments have no date: no source gives one, so they are in no month.'
    >>> undated_text(MonthlyKinds([], {}, 1, 3))
    '1 commitment has no date: no source gives one, so it is in no month.'
    >>> undated_text(MonthlyKinds([], {}, 0, 3))
    'Every commitment has a date.'
    """
    if not by.undated:
        return "Every commitment has a date."
    if by.undated == 1:
        return "1 commitment has no date: no source gives one, so it is in no month."
    return f"{by.undated:,} commitments have no date: no source gives one, so they are in no month."


def money_note(cum: CumulativeMoney) -> str:
    """What the money lines leave out."""
    parts = []
    if cum.other_companies:
        parts.append(f"{cum.other_companies:,} other companies commit money and are not drawn")
    if cum.without_amount:
        parts.append(f"{cum.without_amount:,} dated payments state no amount")
    if cum.undated_usd:
        parts.append(f"{money(cum.undated_usd)} is committed in undated deals")
    return ("Money is counted for the payer, in the month the deal was made. " +
            ("; ".join(parts) + "." if parts else "")).strip()


def period_text(since: str | None, until: str | None) -> str:
    """The date range every page follows, in words.

    >>> period_text("2025-09-01", "2025-10-31"), period_text(None, None)
    ('Dates: 2025-09-01 to 2025-10-31 (every page follows them).', 'Dates: all (undated deals included).')
    """
    if not (since or until):
        return "Dates: all (undated deals included)."
    return f"Dates: {since or 'the start'} to {until or 'now'} (every page follows them)."


def empty_text(by: MonthlyKinds) -> str | None:
    """What the page says when it has nothing to chart (None: something to chart)."""
    if by.dated:
        return None
    if by.undated:
        return f"None of the {by.undated:,} commitments under these filters has a date: nothing to place in time."
    return "No commitments under these filters: widen the kinds, the minimum amount or include rumoured deals."


def picked_months(selected: dict | None) -> tuple[str, str] | None:
    """The first and last month of the bars a brush selected (None: nothing selected).

    >>> picked_months({"points": [{"x": "2025-10"}, {"x": "2025-09"}, {"x": "2025-10"}]})
    ('2025-09', '2025-10')
    >>> picked_months({"points": []}), picked_months(None)
    (None, None)
    """
    months = sorted({p["x"] for p in (selected or {}).get("points", []) if p.get("x")})
    return (months[0], months[-1]) if months else None


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("tl-months", "figure"), Output("tl-money", "figure"), Output("tl-undated", "children"),
                  Output("tl-money-note", "children"), Output("tl-period", "children"), Output("tl-empty", "children"),
                  Output("tl-charts", "hidden"), Output("url", "search", allow_duplicate=True),
                  *filter_inputs("tl"), Input("tl-charts", "id"), State("url", "search"),
                  prevent_initial_call="initial_duplicate")
    def timeline(kinds, start, end, min_b, rumoured, _page, search):
        state = state_from_filters(kinds, start, end, min_b, rumoured)
        every_date = {**state, "since": None, "until": None}   # the charts are how a period is picked
        flt = to_filter(every_date)
        by, cum = ctx.data.cached(("timeline", filter_key(every_date)),
                                  lambda rows: (monthly_kinds(rows, flt), cumulative_money(rows, flt)))
        period = period_shape(by.months, start, end)
        empty = empty_text(by)
        alert = dbc.Alert(empty, color="info", id="tl-empty-alert", className="py-2") if empty else None
        return (months_chart(by, period), money_chart(cum, period), undated_text(by), money_note(cum),
                period_text(start, end), alert, bool(empty), search_if_changed(state, search))

    @app.callback(Output("tl-dates", "start_date"), Output("tl-dates", "end_date"),
                  Input("tl-months", "selectedData"), Input("tl-clear", "n_clicks"), prevent_initial_call=True)
    def pick(selected, _clear):
        if dash.ctx.triggered_id == "tl-clear":
            return None, None
        months = picked_months(selected)
        return month_bounds(*months) if months else (no_update, no_update)

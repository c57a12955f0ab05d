"""The one "reviewed facts only" switch: it limits every analysis (network, loops,
concentration, details) to commitments a person accepted or edited, and a line under
the nav bar says how much of the money in view rests on facts nobody has reviewed.

The switch sits in the nav bar and is kept in a cookie, so it holds on every page and
across reloads; flipping it reloads the page, whose filters stay in its URL. Every page
builds its graph filter with :func:`webapp.filters.to_filter`, which reads the switch
through :func:`reviewed_requested`. ``dealgraph serve --reviewed-only`` turns it on for
everyone and locks it (a published, reviewed-only view).
"""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, html

from graph.flow import unreviewed_money

from .formatting import money

COOKIE = "dealgraph_reviewed"
LOCK_KEY = "DEALGRAPH_REVIEWED_ONLY"   # the Flask config key ``serve --reviewed-only`` sets

# flip the cookie and reload: the page's filters are in its URL, so the same view comes back
TOGGLE_JS = """
function(value) {
    var on = value && value.length > 0;
    var was = document.cookie.split('; ').indexOf('%s=1') >= 0;
    if (on === was) { return window.dash_clientside.no_update; }
    document.cookie = '%s=' + (on ? '1' : '0') + '; path=/; SameSite=Strict';
    window.location.reload();
    return window.dash_clientside.no_update;
}
""" % (COOKIE, COOKIE)


def locked() -> bool:
    """Whether the app serves reviewed facts only, whatever the switch says."""
    try:
        return bool(dash.get_app().server.config.get(LOCK_KEY))
    except Exception:  # no app yet (doctests, the CLI)
        return False


def reviewed_requested() -> bool:
    """Whether the current request asks for reviewed facts only (False outside a request)."""
    if locked():
        return True
    try:
        import flask

        return flask.request.cookies.get(COOKIE) == "1"
    except RuntimeError:   # outside a request
        return False


def switch() -> html.Div:
    """The nav bar's switch, set from the request's cookie (disabled when the app is locked)."""
    on = reviewed_requested()
    return html.Div(dbc.Checklist(id="reviewed-only", options=[{"label": "reviewed facts only", "value": "1",
                                                                 "disabled": locked()}],
                                  value=["1"] if on else [], switch=True, className="text-light small mb-0"),
                    className="ms-auto")


def money_note(commitments: list[dict], flt) -> str:
    """How much of the money under these filters rests on unreviewed facts, in one line.

    >>> from graph.flow import FlowFilter
    >>> rows = [{"kind": "investment", "from_name": "A", "to_name": "B", "amount_usd": 3e9, "review": "edited"},
    ...         {"kind": "investment", "from_name": "B", "to_name": "C", "amount_usd": 1e9}]
    >>> money_note(rows, FlowFilter())
    '$1B of the $4B in view (25%) rests on facts nobody has reviewed.'
    >>> money_note(rows, FlowFilter(reviewed_only=True))
    'Reviewed facts only: $3B shown; $1B (25%) resting on unreviewed facts is left out.'
    """
    total, unreviewed = unreviewed_money(commitments, flt)
    if not total:
        return "No stated money in view."
    share = f"{unreviewed / total:.0%}"
    if flt.reviewed_only:
        return (f"Reviewed facts only: {money(total - unreviewed)} shown; {money(unreviewed) if unreviewed else '$0'} "
                f"({share}) resting on unreviewed facts is left out.")
    return f"{money(unreviewed) if unreviewed else '$0'} of the {money(total)} in view ({share}) rests on facts " \
           "nobody has reviewed."


def register(app: dash.Dash, ctx) -> None:
    """The switch's toggle (in the browser) and the money line, which follows each page's filters
    (every filtered page writes them into the URL's query string)."""
    from .data import filter_key
    from .filters import to_filter
    from .state import parse_state

    app.clientside_callback(TOGGLE_JS, Output("reviewed-toggled", "children"), Input("reviewed-only", "value"),
                            prevent_initial_call=True)

    @app.callback(Output("reviewed-note", "children"), Input("url", "pathname"), Input("url", "search"))
    def note(path, search):
        if path not in ("/", "/network", "/paths", "/loops", "/concentration"):
            return ""
        state = parse_state(search)
        return ctx.data.cached(("money-note", filter_key(state)), lambda rows: money_note(rows, to_filter(state)))

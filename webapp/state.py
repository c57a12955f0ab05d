"""What a page shows, as a dict, and its round trip through the URL's query string.

The filters of every page write their values here and the URL keeps them, so a
link or a reload shows the same view.

>>> encode_state(parse_state("?kinds=investment&min=5&company=Oracle"))
'?kinds=investment&company=Oracle&min=5'
>>> parse_state("")["kinds"] == list(ALL_KINDS)
True
"""
from __future__ import annotations

from urllib.parse import parse_qs, urlencode

from graph.flow import ALL_KINDS

DEFAULT_DEPTH = 1
DEFAULT_MAXLEN = 4


def parse_state(search: str | None) -> dict:
    """The state a query string asks for; unknown kinds and malformed numbers fall back to defaults.

    >>> parse_state("?min=abc&depth=2&kinds=bogus")["min"], parse_state("?depth=2")["depth"]
    (None, 2)
    """
    q = parse_qs((search or "").lstrip("?"))
    one = lambda k: (q.get(k) or [None])[0]  # noqa: E731
    kinds = [k for k in (one("kinds") or "").split(",") if k in ALL_KINDS]
    return {"kinds": kinds or list(ALL_KINDS), "since": one("since"), "until": one("until"),
            "min": _number(one("min"), float), "rumoured": one("rumoured") == "1", "company": one("company"),
            "depth": _or(_number(one("depth"), int), DEFAULT_DEPTH),
            "maxlen": _or(_number(one("maxlen"), int), DEFAULT_MAXLEN), "ties": one("ties") == "1",
            "loop": one("loop"), "source": one("from"), "target": one("to"), "top": _top(one("top"))}


def _top(text: str | None) -> int | None:
    """The network overview's size: ``all`` is every company (0), a whole number that many, else the default.

    >>> _top("all"), _top("50"), _top("x"), _top(None)
    (0, 50, None, None)
    """
    return 0 if text == "all" else _number(text, int)


def _or(value, default):
    return default if value is None else value


def _number(text: str | None, kind: type):
    try:
        return kind(text) if text and text.replace(".", "", 1).isdigit() else None
    except ValueError:  # "1.5" asked for as a whole number
        return None


def encode_state(state: dict) -> str:
    """The shortest query string for ``state``: defaults are left out.

    >>> encode_state({"kinds": list(ALL_KINDS), "min": 0.5, "ties": True})
    '?min=0.5&ties=1'
    """
    q = {}
    if state.get("kinds") and set(state["kinds"]) != set(ALL_KINDS):
        q["kinds"] = ",".join(state["kinds"])
    for key in ("since", "until", "company"):
        if state.get(key):
            q[key] = state[key]
    if state.get("min") is not None:
        q["min"] = f"{state['min']:g}"
    if state.get("rumoured"):
        q["rumoured"] = "1"
    if state.get("depth", DEFAULT_DEPTH) != DEFAULT_DEPTH:
        q["depth"] = str(state["depth"])
    if state.get("maxlen", DEFAULT_MAXLEN) != DEFAULT_MAXLEN:
        q["maxlen"] = str(state["maxlen"])
    if state.get("ties"):
        q["ties"] = "1"
    if state.get("loop"):
        q["loop"] = state["loop"]
    for key, name in (("source", "from"), ("target", "to")):
        if state.get(key):
            q[name] = state[key]
    if state.get("top") is not None:
        q["top"] = str(state["top"] or "all")
    return ("?" + urlencode(q)) if q else ""


def search_if_changed(state: dict, search: str | None):
    """What a callback writes into the URL's query string for ``state``: nothing (Dash's
    ``no_update``) when the URL already says it. Writing the same string again still counts as a
    change for Dash, and every callback that reads the URL (the nav links, the reviewed-money
    line) would run again while the page is still drawing.

    >>> from dash import no_update
    >>> search_if_changed({"kinds": ["investment"]}, "?kinds=investment") is no_update
    True
    >>> search_if_changed({"kinds": ["investment"]}, "")
    '?kinds=investment'
    """
    from dash import no_update   # imported here: the rest of this module needs no Dash

    wanted = encode_state(state)
    return no_update if wanted == (search or "") else wanted


def state_from_filters(kinds, since, until, min_b, rumoured, company=None, depth=None, maxlen=None,
                       ties=None, top=None) -> dict:
    """The state the filter controls hold (the values Dash passes a callback).

    >>> state_from_filters(["investment"], None, None, 2, ["1"])["rumoured"]
    True
    """
    return {"kinds": kinds or [], "since": since, "until": until, "min": min_b, "rumoured": bool(rumoured),
            "company": company, "depth": depth or DEFAULT_DEPTH, "maxlen": maxlen or DEFAULT_MAXLEN,
            "ties": bool(ties), "top": top}


# what every page follows from the page it was reached from: the date range
SHARED_KEYS = ("since", "until")


def shared_search(search: str | None) -> str:
    """The part of a query string the nav bar's links carry to every page: the date range.

    >>> shared_search("?kinds=investment&since=2025-09-01&until=2025-10-31&min=5")
    '?since=2025-09-01&until=2025-10-31'
    >>> shared_search("?company=Oracle")
    ''
    """
    state = parse_state(search)
    return encode_state({key: state[key] for key in SHARED_KEYS})

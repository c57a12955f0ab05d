"""The company overview of a large network: the companies with the most money named, every
other company gathered into one node, and the lines to the gathered ones merged per kind.

A company's money is what it commits or receives on the lines in view (a line counts for
both its ends). The gathered node's money is every line that touches a gathered company,
each counted once, including the lines between two gathered companies, which are drawn
nowhere (they would join the node to itself) and are counted in ``inside``.

>>> from webapp.network_view import Link
>>> links = [Link("A", "B", "investment", 5e9, 1), Link("C", "B", "investment", 1e9, 2),
...          Link("D", "B", "investment", 2e9, 1), Link("C", "D", "partnership", 0.0, 1, 1)]
>>> o = gather(links, 2)
>>> o.top, sorted(o.others), o.money_usd, o.deals, o.inside
(['B', 'A'], ['C', 'D'], 3000000000.0, 4, 1)
>>> [(l.source, l.target, l.kind, l.amount_usd, l.count) for l in o.links]
[('A', 'B', 'investment', 5000000000.0, 1), ('(other companies)', 'B', 'investment', 3000000000.0, 3)]
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from graph.kinds import UNDIRECTED_KINDS

OTHERS = "(other companies)"   # the gathered node's name on its lines (no extracted name has parentheses round it)
OVERVIEW_TOP = 25              # companies the overview names, and how many more a click on the gathered node shows
OVERVIEW_AT = 50               # the network opens on the overview when more companies than this are in view
ALL = 0                        # ``top`` meaning every company (no overview)


@dataclass
class Overview:
    """The top companies, the gathered rest, and the lines between them."""

    top: list[str]                      # the companies named, the most money first
    others: frozenset[str]              # the companies gathered into one node
    links: list                         # webapp.network_view.Link, the gathered companies as OTHERS
    money_usd: float = 0.0              # stated money on lines touching a gathered company, each once
    deals: int = 0                      # commitments on those lines
    inside: int = 0                     # of which between two gathered companies (drawn nowhere)
    inside_usd: float = 0.0
    names: dict = field(default_factory=dict)   # the name each end is shown by

    @property
    def label(self) -> str:
        """What the gathered node is called.

        >>> Overview([], frozenset({"X", "Y"}), []).label
        '2 other companies'
        """
        n = len(self.others)
        return f"{n:,} other compan{'y' if n == 1 else 'ies'}"


def company_money(links: list) -> tuple[dict[str, float], dict[str, int]]:
    """Each company's stated money and deal count on ``links`` (a line counts for both ends).

    >>> from webapp.network_view import Link
    >>> company_money([Link("A", "B", "investment", 2e9, 3)])
    ({'A': 2000000000.0, 'B': 2000000000.0}, {'A': 3, 'B': 3})
    """
    money: dict[str, float] = {}
    deals: dict[str, int] = {}
    for link in links:
        for name in (link.source, link.target):
            money[name] = money.get(name, 0.0) + link.amount_usd
            deals[name] = deals.get(name, 0) + link.count
    return money, deals


def ranked(links: list) -> list[str]:
    """Every company on ``links``, the most money first (then the most deals, then by name)."""
    money, deals = company_money(links)
    return sorted(money, key=lambda n: (-money[n], -deals[n], n))


def wanted(top: int | None, companies: int, centred: bool) -> int:
    """How many companies the overview names (``ALL``: no overview) for the ``top`` the page
    asks (None: the default) with ``companies`` in view.

    >>> wanted(None, 187, False), wanted(None, 40, False), wanted(None, 187, True), wanted(50, 187, False)
    (25, 0, 0, 50)
    >>> wanted(200, 187, False), wanted(ALL, 187, False)
    (0, 0)
    """
    if centred:
        return ALL
    if top is None:
        return OVERVIEW_TOP if companies > OVERVIEW_AT else ALL
    return top if 0 < top < companies else ALL


def gather(links: list, top: int, order: list[str] | None = None) -> Overview:
    """The ``top`` companies by money with every line between them, and the rest as one node:
    lines between a top company and gathered ones merged per kind (amounts and counts summed).
    ``order``: the companies :func:`ranked` gives for ``links``, when the caller has them already."""
    from .network_view import Link   # the line type is the network's

    order = ranked(links) if order is None else order
    named = order[:top]
    keep = set(named)
    view = Overview(named, frozenset(order[top:]), [])
    merged: dict[tuple[str, str, str], Link] = {}
    for link in links:
        a = link.source if link.source in keep else OTHERS
        b = link.target if link.target in keep else OTHERS
        if OTHERS in (a, b):
            view.money_usd += link.amount_usd
            view.deals += link.count
        if a == b == OTHERS:
            view.inside += link.count
            view.inside_usd += link.amount_usd
            continue
        if link.kind in UNDIRECTED_KINDS:
            a, b = min(a, b), max(a, b)
        merged.setdefault((a, b, link.kind), Link(a, b, link.kind)).merge(link)
    view.links = sorted(merged.values(), key=lambda l: (-l.amount_usd, -l.count, l.source, l.target, l.kind))
    return view


def circle(names: list[str], spacing: float = 80.0, wider: float = 1.6) -> dict[str, tuple[float, float]]:
    """Positions for the overview: ``names`` round an ellipse (wider than tall, like the canvas),
    the first at the top and on clockwise, so the gathered node at the centre reaches each alike.

    >>> circle(["A", "B", "C", "D"])
    {'A': (0.0, -200.0), 'B': (320.0, 0.0), 'C': (0.0, 200.0), 'D': (-320.0, 0.0)}
    """
    radius = max(200.0, len(names) * spacing / (2 * math.pi))
    turn = [2 * math.pi * i / max(len(names), 1) - math.pi / 2 for i in range(len(names))]
    return {n: (round(wider * radius * math.cos(a), 1) + 0.0, round(radius * math.sin(a), 1) + 0.0)
            for n, a in zip(names, turn)}


def gathered_ends(c: dict, others: frozenset[str]) -> tuple[str, str]:
    """The overview line a commitment belongs to: a gathered company is ``OTHERS``.

    >>> gathered_ends({"kind": "investment", "from_name": "C", "to_name": "B"}, frozenset({"C"}))
    ('(other companies)', 'B')
    """
    a = OTHERS if c["from_name"] in others else c["from_name"]
    b = OTHERS if c["to_name"] in others else c["to_name"]
    return (min(a, b), max(a, b)) if c["kind"] in UNDIRECTED_KINDS else (a, b)

"""The network as drawn: commitments merged into one link per pair of companies and kind,
companies sized by the money they commit or receive, each at the position the layout gave
it once, and a note that reconciles what is drawn with what is stored.

>>> rows = [{"kind": "investment", "from_name": "A", "to_name": "B", "amount_usd": 2e9},
...         {"kind": "investment", "from_name": "A", "to_name": "B", "amount_usd": None},
...         {"kind": "partnership", "from_name": "B", "to_name": "A", "amount_usd": None}]
>>> [(l.source, l.target, l.kind, l.amount_usd, l.count, l.missing) for l in merge_links(rows)]
[('A', 'B', 'investment', 2000000000.0, 2, 1), ('A', 'B', 'partnership', 0.0, 1, 1)]
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from graph.flow import FlowFilter, commitment_date
from graph.kinds import KINDS, UNDIRECTED_KINDS
from graph.lookup import resolve_company, suggest  # noqa: F401  (the pages import them from here)
from graph.review_queue import is_reviewed

from .filters import to_filter
from .formatting import money
from .overview import (ALL, OTHERS, OVERVIEW_TOP, Overview, circle, company_money, gather, gathered_ends, ranked,
                       wanted)

MAX_LINKS = 150          # links drawn at most, the largest by money first (each costs the browser drawing time)
LABELLED_LINKS = 20      # links whose amount is written on them (the rest: on hover and selection)
CURVED_UP_TO = 50        # lines drawn curved round each other at most; more are drawn straight (cheaper)
NAMED_COMPANIES = 30     # companies named on the drawing, the most money first (the rest: hover, click)
NODE_PX = (14, 48)       # smallest and largest company, by money
EDGE_PX = (1.2, 9.0)


@dataclass
class Link:
    """Every commitment of one kind between two companies (either way round for undirected kinds)."""

    source: str
    target: str
    kind: str
    amount_usd: float = 0.0     # sum of the stated amounts
    count: int = 0
    missing: int = 0            # commitments without a stated amount
    announced: int = 0
    reviewed: int = 0           # commitments a person accepted or edited

    @property
    def key(self) -> str:
        return f"l:{self.source}|{self.target}|{self.kind}"

    def add(self, c: dict) -> None:
        self.count += 1
        if c.get("amount_usd") is None:
            self.missing += 1
        else:
            self.amount_usd += c["amount_usd"]
        self.announced += c.get("status", "announced") == "announced"
        self.reviewed += is_reviewed(c)

    def merge(self, other: "Link") -> None:
        """Take in every commitment of ``other`` (the overview merges lines into one)."""
        self.amount_usd += other.amount_usd
        self.count += other.count
        self.missing += other.missing
        self.announced += other.announced
        self.reviewed += other.reviewed


def link_ends(c: dict) -> tuple[str, str]:
    """The link a commitment belongs to: undirected kinds in name order."""
    a, b = c["from_name"], c["to_name"]
    return (min(a, b), max(a, b)) if c["kind"] in UNDIRECTED_KINDS else (a, b)


def merge_links(rows: list[dict]) -> list[Link]:
    """One link per pair and kind, the largest amount first (then the most deals)."""
    links: dict[tuple[str, str, str], Link] = {}
    for c in rows:
        a, b = link_ends(c)
        links.setdefault((a, b, c["kind"]), Link(a, b, c["kind"])).add(c)
    return sorted(links.values(), key=lambda l: (-l.amount_usd, -l.count, l.source, l.target, l.kind))


def neighbourhood(rows: list[dict], company: str, depth: int) -> set[str]:
    """``company`` and the companies within ``depth`` commitments of it. Centred on a company,
    the network draws the commitments of this set at ``depth - 1``: its own deals for its
    neighbours, and theirs too for two hops."""
    keep, frontier = {company}, {company}
    for _ in range(max(depth, 1)):
        nxt = {c["to_name"] for c in rows if c["from_name"] in frontier} | \
              {c["from_name"] for c in rows if c["to_name"] in frontier}
        frontier = nxt - keep
        keep |= nxt
    return keep


# ---- what the filters hide ----------------------------------------------------------------

def hidden_by(rows: list[dict], flt: FlowFilter, min_b: float | None) -> dict[str, int]:
    """How many of ``rows`` each filter hides, each counted under the first filter that hides it,
    so the counts add up to all that is hidden.

    >>> hidden_by([{"kind": "investment", "amount_usd": 1e9, "date": "2025-01-01"},
    ...            {"kind": "partnership", "amount_usd": None, "date": "2025-01-01"}],
    ...           FlowFilter(kinds={"investment"}, min_amount=2e9), 2)
    {'of other kinds': 1, 'under $2B or without an amount': 1}
    >>> hidden_by([{"kind": "investment", "date": None, "sources": []}, {"kind": "investment", "date": "2024-05-01"}],
    ...           FlowFilter(since="2025-01-01"), None)
    {'undated (no source gives a date)': 1, 'outside the dates': 1}
    """
    dated = bool(flt.since or flt.until)
    reasons = [("of other kinds", FlowFilter(kinds=flt.kinds, include_rumoured=True).keep),
               ("denied" if flt.include_rumoured else "not announced (rumoured, in talks or denied)",
                FlowFilter(include_rumoured=flt.include_rumoured).keep),
               ("undated (no source gives a date)",
                lambda c: not dated or commitment_date(c) is not None),
               ("outside the dates", FlowFilter(since=flt.since, until=flt.until, include_rumoured=True).keep),
               (f"under {money((min_b or 0) * 1e9)} or without an amount",
                FlowFilter(min_amount=flt.min_amount, include_rumoured=True).keep),
               ("not reviewed", FlowFilter(reviewed_only=flt.reviewed_only, include_rumoured=True).keep)]
    counts = dict.fromkeys((reason for reason, _ in reasons), 0)
    for c in rows:
        for reason, keep in reasons:
            if not keep(c):
                counts[reason] += 1
                break
    return {reason: n for reason, n in counts.items() if n}


# ---- the drawing ------------------------------------------------------------------------

@dataclass
class NetworkView:
    """What the network page draws and the numbers its note states."""

    elements: list[dict]
    stored: int = 0                  # commitments between two different companies
    matching: int = 0                # of which the filters keep
    around: int = 0                  # of which are around the centred company (= matching if none)
    links: int = 0                   # links those make (in the overview: its merged lines)
    drawn_links: int = 0
    drawn_commitments: int = 0
    companies: int = 0               # nodes drawn (the overview's gathered node is one)
    in_view: int = 0                 # companies the matching lines join (before any overview)
    hidden: dict[str, int] = field(default_factory=dict)
    unknown_company: str | None = None
    expanded_links: int = 0          # lines drawn beyond the largest because a company was expanded
    overview: Overview | None = None  # the top companies and the rest gathered, when drawn so


def _scale(value: float, top: float, px: tuple[float, float]) -> float:
    return round(px[0] + (px[1] - px[0]) * math.sqrt(value / top), 1) if top > 0 and value > 0 else px[0]


def node_id(name: str) -> str:
    """A company's node id; the overview's gathered node has one of its own.

    >>> node_id("Arc"), node_id(OTHERS)
    ('n:Arc', 'g:others')
    """
    return "g:others" if name == OTHERS else f"n:{name}"


def node_element(name: str, pos: tuple[float, float], money_usd: float, deals: int, top: float, classes: str) -> dict:
    size = _scale(money_usd, top, NODE_PX)
    return {"data": {"id": node_id(name), "label": name, "company": name, "size": size,
                     "font": round(16 + size / 4, 1), "money": money(money_usd) if money_usd else "no amount",
                     "deals": deals},
            "position": {"x": pos[0], "y": pos[1]}, "classes": classes}


def edge_element(link: Link, top: float, labelled: bool, highlight: bool = False,
                 shown: dict[str, str] | None = None, straight: bool = False, lane: float = 0.0) -> dict:
    """One line; ``shown`` names an end differently (the overview's gathered node by its label);
    ``straight``: one of many lines, drawn straight (see ``CURVED_UP_TO``) in its ``lane`` (see
    ``lanes``)."""
    text = money(link.amount_usd) if link.amount_usd else ""
    if link.count > 1:
        text = f"{text} ×{link.count}".strip()
    if link.reviewed == link.count:     # every deal on the line checked by a person
        text = f"✓ {text}".strip()
    classes = [link.kind] + (["rumour"] if not link.announced else []) + (["labelled"] if labelled else []) \
        + (["highlight"] if highlight else []) + (["reviewed"] if link.reviewed == link.count else []) \
        + (["straight"] if straight else [])
    shown = shown or {}
    data = {"id": link.key, "source": node_id(link.source), "target": node_id(link.target),
            "from": shown.get(link.source, link.source), "to": shown.get(link.target, link.target),
            "kind": link.kind, "label": text,
            "amount": money(link.amount_usd) if link.amount_usd else "no amount stated",
            "count": link.count, "missing": link.missing, "reviewed": link.reviewed,
            "width": _scale(link.amount_usd, top, EDGE_PX)}
    if straight:
        data["lane"] = lane
    if OTHERS in (link.source, link.target):
        data["gathered"] = "from" if link.source == OTHERS else "to"
    return {"data": data, "classes": " ".join(classes)}


def lanes(links: list[Link]) -> dict[str, float]:
    """Where each straight line runs between its two companies: from -1 to 1 across the line, in
    units of the end's radius as drawn (``assets/haystack_lanes.js`` places both ends there), the
    lines of one pair spread evenly in kind order and a lone line through the centres. A lane is
    measured across the line's own direction, so a line drawn the other way round the pair has
    its lane's sign turned to keep its side.

    >>> lines = [Link("A", "B", "investment"), Link("B", "A", "compute_purchase"), Link("A", "C", "investment")]
    >>> lanes(lines)
    {'l:A|B|investment': -1.0, 'l:B|A|compute_purchase': -1.0, 'l:A|C|investment': 0.0}
    """
    order = {kind: i for i, kind in enumerate(KINDS)}
    pairs: dict[tuple[str, str], list[Link]] = {}
    for link in links:
        pairs.setdefault(tuple(sorted((link.source, link.target))), []).append(link)
    placed = {}
    for (first, _), ways in pairs.items():
        ways.sort(key=lambda l: (order.get(l.kind, len(order)), l.source != first))
        for i, link in enumerate(ways):
            lane = (2 * i - (len(ways) - 1)) / max(len(ways) - 1, 1)
            placed[link.key] = lane if link.source == first else -lane
    return placed


def network_view(data, state: dict, max_links: int = MAX_LINKS, expanded: tuple[str, ...] = ()) -> NetworkView:
    """The links and companies to draw for a page state; every line of the ``expanded`` companies
    is drawn too, even beyond the ``max_links`` largest. With many companies in view and none
    centred, the overview is drawn instead (``state["top"]``: how many companies it names, ``ALL``
    for none; see :mod:`webapp.overview`)."""
    stored = [c for c in data.commitments() if c["from_name"] != c["to_name"]]
    flt = to_filter(state)
    rows, hidden = [], []
    for c in stored:
        (rows if flt.keep(c) else hidden).append(c)
    matching = rows
    view = NetworkView([], stored=len(stored), matching=len(rows), hidden=hidden_by(hidden, flt, state.get("min")))
    company = state.get("company")
    if company:
        if company not in data.companies():
            view.unknown_company = company
            return view
        depth = state.get("depth", 1)
        inner = neighbourhood(rows, company, depth - 1) if depth > 1 else {company}
        rows = [c for c in rows if c["from_name"] in inner or c["to_name"] in inner]
    view.around = len(rows)
    links = merge_links(rows)
    order = ranked(links)
    view.in_view = len(order)
    top = wanted(state.get("top"), view.in_view, bool(company))
    if top != ALL:
        view.overview = gather(links, top, order)
        links, expanded = view.overview.links, ()     # the overview draws no single company's lines
    drawn = links[:max_links]
    view.links, view.drawn_links, view.drawn_commitments = len(links), len(drawn), sum(l.count for l in drawn)
    if expanded:
        keys = {l.key for l in drawn}
        around = [c for c in matching if c["from_name"] in expanded or c["to_name"] in expanded]
        extra = [l for l in merge_links(around) if l.key not in keys]
        drawn += extra
        view.expanded_links = len(extra)
    view.elements = _elements(data, drawn, company, view.overview)
    view.companies = sum(1 for e in view.elements if "source" not in e["data"])
    return view


def _elements(data, drawn: list[Link], company: str | None, overview: Overview | None = None) -> list[dict]:
    money_of, deals_of = company_money(drawn)
    if company:
        money_of.setdefault(company, 0.0)
        deals_of.setdefault(company, 0)
    companies = [n for n in money_of if n != OTHERS]
    # the overview's few companies round a circle, the most money first; else the kept layout
    positions = circle([n for n in overview.top if n in money_of]) if overview else data.layout()
    top_node = max((money_of[n] for n in companies), default=0.0)
    top_edge = max((l.amount_usd for l in drawn), default=0.0)
    named = set(sorted(companies, key=lambda n: (-money_of[n], -deals_of[n], n))[:NAMED_COMPANIES]) | {company}
    nodes = [node_element(n, positions.get(n, (0.0, 0.0)), money_of[n], deals_of[n], top_node,
                          "company" + (" named" if n in named else "") + (" focus" if n == company else ""))
             for n in sorted(companies)]
    shown = {}
    if overview:
        for node in nodes:
            node["data"]["mode"] = "overview"     # a click offers no "Draw all its lines" there
    if overview and OTHERS in money_of:
        shown = {OTHERS: overview.label}
        nodes.append(gathered_element(overview))
    ranked_links = sorted(range(len(drawn)), key=lambda i: -drawn[i].amount_usd)[:LABELLED_LINKS]
    labelled = {i for i in ranked_links if drawn[i].amount_usd > 0}
    straight = len(drawn) > CURVED_UP_TO
    placed = lanes(drawn) if straight else {}
    edges = [edge_element(link, top_edge, i in labelled, shown=shown, straight=straight,
                          lane=placed.get(link.key, 0.0)) for i, link in enumerate(drawn)]
    return nodes + edges


def gathered_element(overview: Overview) -> dict:
    """The overview's node of gathered companies, at the centre of the circle, as large as the
    largest company; clicking it draws the next ``OVERVIEW_TOP`` (``data.next``)."""
    element = node_element(OTHERS, (0.0, 0.0), overview.money_usd, overview.deals, overview.money_usd,
                           "company named group")
    element["data"].update(label=overview.label, company=overview.label, group=len(overview.others), size=NODE_PX[1],
                           next=len(overview.top) + OVERVIEW_TOP, step=min(OVERVIEW_TOP, len(overview.others)))
    return element


def link_commitments(data, state: dict, source: str, target: str, kind: str,
                     others: frozenset[str] = frozenset()) -> list[dict]:
    """The commitments behind one drawn link, under the page's filters, largest first; an end
    named ``OTHERS`` stands for every company in ``others`` (the overview's gathered node)."""
    flt = to_filter(state)
    ends = (lambda c: gathered_ends(c, others)) if others else link_ends
    rows = [c for c in data.commitments() if c["kind"] == kind and ends(c) == (source, target) and flt.keep(c)]
    return sorted(rows, key=lambda c: -(c.get("amount_usd") or 0))

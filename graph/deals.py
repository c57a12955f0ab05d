"""From reports to deals: the same-deal rule applied in one defined order.

A *report* is one article's account of a commitment (its figures, status,
date and sentence); a *deal* (a ``Commitment`` node) is the reports the
same-deal rule of ``graph/schema.py`` puts together. The deals of one pair
key are a function of the set of its reports alone, never of the order in
which articles arrived or of how they were batched:

- reports are taken in the canonical order of :func:`report_order` (dated
  before undated, earliest first, then article id);
- each joins the deal it fits best (closest figures, then closest date,
  then the earliest deal), or starts a new one;
- a deal's id comes from its first report, its figure from the first report
  that states one, its status is the strongest any report gives, its date
  the earliest.

>>> a = Report("investment|lumen|quill", "art-b", 0, amount_usd=2e9, date="2025-03-01")
>>> b = Report("investment|lumen|quill", "art-a", 0, amount_usd=2.1e9, date="2025-02-01")
>>> [d.reports[0].article for d in cluster([a, b])] == [d.reports[0].article for d in cluster([b, a])]
True
>>> [deal] = cluster([a, b]); deal.props()["amount_usd"], deal.props()["date"]
(2100000000.0, '2025-02-01')
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import schema
from .kinds import STATUS_RANK

# Properties of a report kept on its REPORTED_IN relationship; the fields
# a report takes as they are from the facts and from the stored relationship.
REPORT_PROPS = ("sentence", "start", "end", "amount_usd", "capacity_gw", "upper_bound", "status", "confidence",
                "amount_original", "currency", "date", "involves", "ordinal")
REPORT_FIELDS = ("amount_usd", "capacity_gw", "currency", "amount_original", "confidence", "sentence", "start", "end")


@dataclass
class Report:
    """One article's account of a commitment of ``key`` (kind|from|to)."""

    key: str
    article: str
    ordinal: int = 0       # the n-th report of this key in its article (almost always 0)
    amount_usd: float | None = None
    capacity_gw: float | None = None
    upper_bound: bool = False
    status: str = "announced"
    date: str | None = None
    currency: str | None = None
    amount_original: float | None = None
    confidence: float | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    involves: tuple[str, ...] = ()     # "Label|id" of the models, chips, products it names
    stored_in: str | None = field(default=None, compare=False)  # the Commitment it is stored under, if any

    @property
    def seed(self) -> str:
        return f"{self.article}|{self.ordinal}"

    def relationship_props(self) -> dict:
        """What REPORTED_IN keeps (no None values; ``involves`` only when it names something)."""
        props = {name: getattr(self, name) for name in REPORT_PROPS}
        props["involves"] = sorted(self.involves)   # kept even when empty: absent means an older store
        props["ordinal"] = self.ordinal or None
        return {k: v for k, v in props.items() if v is not None}


def report_order(r: Report) -> tuple:
    """The canonical order: dated reports first, earliest first, then by article."""
    return (r.date is None, r.date or "", r.article, r.ordinal)


@dataclass
class Deal:
    """Reports of one pair key that the same-deal rule puts together."""

    key: str
    reports: list[Report] = field(default_factory=list)

    @property
    def id(self) -> str:
        return schema.commitment_id(self.key, self.reports[0].seed)

    def _first(self, attr: str) -> Report | None:
        return next((r for r in self.reports if getattr(r, attr) is not None), None)

    def reported(self, attr: str) -> list[float]:
        """Distinct figures the reports give, in canonical order."""
        out: list[float] = []
        for r in self.reports:
            value = getattr(r, attr)
            if value is not None and value not in out:
                out.append(value)
        return out

    @property
    def date(self) -> str | None:
        dates = [r.date for r in self.reports if r.date]
        return min(dates) if dates else None

    def rule_view(self) -> dict:
        """What :func:`schema.same_deal` reads of a deal."""
        return {"amount_usd_reported": self.reported("amount_usd"),
                "capacity_gw_reported": self.reported("capacity_gw"), "date": self.date}

    def props(self) -> dict:
        """The Commitment node's properties (None for what no report states)."""
        kind, from_id, to_id = self.key.split("|")
        money = self._first("amount_usd") or self._first("amount_original")
        power = self._first("capacity_gw")
        bound_from = money or power
        status = max((r.status for r in self.reports), key=lambda s: STATUS_RANK.get(s, 0))
        amounts, capacities = self.reported("amount_usd"), self.reported("capacity_gw")
        return {"id": self.id, "pair_key": self.key, "kind": kind, "from_id": from_id, "to_id": to_id,
                "amount_usd": money.amount_usd if money else None,
                "amount_original": money.amount_original if money else None,
                "currency": money.currency if money else None,
                "capacity_gw": power.capacity_gw if power else None,
                "upper_bound": bool(bound_from and bound_from.upper_bound),
                "status": status, "date": self.date,
                "amount_usd_reported": amounts, "capacity_gw_reported": capacities,
                "figures_conflict": len(amounts) > 1 or len(capacities) > 1}


def _distance(view: dict, r: Report) -> tuple:
    """How far a report is from a deal it fits (the deal's rule_view): figure ratios, then days."""
    out = []
    for attr in ("amount_usd", "capacity_gw"):
        value, known = getattr(r, attr), view[attr + "_reported"]
        out.append(min(schema.figure_ratio(value, k) for k in known) if value is not None and known else 1.0)
    out.append(schema.days_apart(view["date"], r.date) if view["date"] and r.date else 0)
    return tuple(out)


def _joined(view: dict, r: Report) -> dict:
    """A deal's rule_view once ``r`` has joined it, without reading all its reports again.

    >>> view = _joined(_joined({"amount_usd_reported": [], "capacity_gw_reported": [], "date": None},
    ...                        Report("k", "a", amount_usd=2e9, date="2025-03-01")),
    ...                Report("k", "b", amount_usd=2e9, capacity_gw=1.0, date="2025-02-01"))
    >>> view == Deal("k", [Report("k", "a", amount_usd=2e9, date="2025-03-01"),
    ...                    Report("k", "b", amount_usd=2e9, capacity_gw=1.0, date="2025-02-01")]).rule_view()
    True
    """
    for attr in ("amount_usd", "capacity_gw"):
        value, known = getattr(r, attr), view[attr + "_reported"]
        if value is not None and value not in known:
            known.append(value)
    if r.date and (view["date"] is None or r.date < view["date"]):
        view["date"] = r.date
    return view


def cluster(reports: list[Report]) -> list[Deal]:
    """The deals of reports of one pair key (or several keys), order-independent.

    Each deal's rule_view is kept up to date as reports join it (the same
    view, built once per report instead of once per report and deal)."""
    deals: dict[str, list[tuple[Deal, dict]]] = {}
    for r in sorted(reports, key=report_order):
        new = _rule_input(r)
        fits = [(d, view) for d, view in deals.get(r.key, []) if schema.same_deal(view, new)]
        if fits:
            best = min(range(len(fits)), key=lambda i: (_distance(fits[i][1], r), i))
            deal, view = fits[best]
            deal.reports.append(r)
            _joined(view, r)
        else:
            view = _joined({"amount_usd_reported": [], "capacity_gw_reported": [], "date": None}, r)
            deals.setdefault(r.key, []).append((Deal(r.key, [r]), view))
    return [d for key in sorted(deals) for d, _ in deals[key]]


def _rule_input(r: Report) -> dict:
    return {"amount_usd": r.amount_usd, "capacity_gw": r.capacity_gw, "date": r.date}

"""The one table of commitment kinds: what each end is, which way money goes,
whether the kind has a direction, and how it is shown.

Every part of dealgraph reads kinds from here: the extraction JSON
(``ingest/models.py``), the facts contract (``graph/facts.py``), the
same-deal key (``graph/schema.py``), the money-flow graph and its analyses
(``graph/flow.py``) and the app's colours and legend (``webapp/``).

>>> KINDS["compute_purchase"].payer_payee("OpenAI", "Oracle", has_amount=False)
('OpenAI', 'Oracle')
>>> KINDS["distribution"].payer_payee("Anthropic", "Amazon", has_amount=True)
('Amazon', 'Anthropic')
>>> KINDS["partnership"].payer_payee("A", "B", has_amount=True) is None
True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Kind:
    """One kind of commitment; see the table below."""

    name: str
    label: str                  # shown to people ("compute purchase")
    from_role: str              # what the "from" company is
    to_role: str                # what the "to" company is
    payer: Literal["from", "to"] | None   # which end pays; None: no money moves
    money_needs_amount: bool    # money moves only where an amount is stated
    undirected: bool            # "from" and "to" are interchangeable
    colour: str                 # the colour of its edges and legend entry

    def payer_payee(self, from_name: str, to_name: str, has_amount: bool) -> tuple[str, str] | None:
        """(payer, payee) of a commitment of this kind, or None where no money moves."""
        if self.payer is None or (self.money_needs_amount and not has_amount):
            return None
        return (from_name, to_name) if self.payer == "from" else (to_name, from_name)


# The kinds and directions of ../shared/eval/GUIDELINES.md.
KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("investment", "investment", "investor", "investee", "from", False, False, "#2f6fde"),
    Kind("compute_purchase", "compute purchase", "buyer", "cloud provider", "from", False, False, "#e07b00"),
    Kind("hardware_purchase", "hardware purchase", "buyer", "chip/system vendor", "from", False, False, "#2a9d55"),
    Kind("partnership", "partnership", "party", "party", None, False, True, "#8a8f98"),
    # the distributor (to) pays the model provider (from) where a figure is stated
    Kind("distribution", "distribution", "model/product provider", "distributor", "to", True, False, "#9b4dca"),
    Kind("acquisition", "acquisition", "acquirer", "acquired", "from", False, False, "#c0392b"),
)}

KIND_NAMES: tuple[str, ...] = tuple(KINDS)
UNDIRECTED_KINDS = frozenset(k.name for k in KINDS.values() if k.undirected)
# kinds that can carry money (distribution only with a stated figure)
MONEY_KINDS = frozenset(k.name for k in KINDS.values() if k.payer is not None)
# kinds where money always moves
ALWAYS_MONEY_KINDS = frozenset(k.name for k in KINDS.values() if k.payer is not None and not k.money_needs_amount)
KIND_COLOURS = {k.name: k.colour for k in KINDS.values()}

# The status of a report; a source that says "announced" outranks one that
# only reported talks.
STATUSES = ("announced", "rumoured", "in_talks", "denied")
STATUS_RANK = {"announced": 3, "in_talks": 2, "rumoured": 1, "denied": 0}

KindName = Literal[KIND_NAMES]  # type: ignore[valid-type]
StatusName = Literal[STATUSES]  # type: ignore[valid-type]

"""The graph model: labels, relationship types, ids, and the same-deal rule.

Nodes (each keyed by ``id``):
  Company, Model, Hardware, Product  -- entities; id derived from the
                                        canonical name, aliases kept on the node
  Commitment                         -- one deal (kind, figures, status, date)
  Article                            -- one source (content hash, url, title, ...)
  AliasRule                          -- a user's ``entities merge`` decision
  Decision                           -- a person's decision about a fact (graph/decisions.py)
  RejectedCommitment                 -- a commitment a person rejected: kept with its
                                        REPORTED_IN sources, seen by no read or analysis

Relationships:
  (from:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(to:Company)
  (c:Commitment)-[:INVOLVES]->(Model|Hardware|Product)
  (c:Commitment)-[:REPORTED_IN {sentence, start, end, amount_usd, ...}]->(a:Article)
  (a:Article)-[:MENTIONS]->(Company|Model|Hardware|Product)
  (Company)-[:DEVELOPS]->(Model), -[:MAKES]->(Hardware), -[:OFFERS]->(Product)
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from .kinds import UNDIRECTED_KINDS

ENTITY_LABELS = ("Company", "Model", "Hardware", "Product")
NODE_LABELS = ENTITY_LABELS + ("Commitment", "Article", "AliasRule", "Decision", "RejectedCommitment")
# What `export` writes and the analyses read: the graph without the review's bookkeeping.
EXPORTED_LABELS = ENTITY_LABELS + ("Commitment", "Article", "AliasRule")
# The labels a deal is stored under: as read, or rejected by a person.
DEAL_LABELS = ("Commitment", "RejectedCommitment")
OWNERSHIP = {"Model": "DEVELOPS", "Hardware": "MAKES", "Product": "OFFERS"}
REL_TYPES = ("COMMITS", "TO", "INVOLVES", "REPORTED_IN", "MENTIONS", *OWNERSHIP.values())

# The same-deal rule: two reports are one Commitment when kind and parties
# agree (partnership in either order) and their figures and dates do not
# contradict: amounts (and capacities) both stated and more than
# FIGURE_TOLERANCE apart in ratio, or dates both stated and more than
# DATE_TOLERANCE_DAYS apart, make a distinct deal. Figures that differ within
# the tolerance stay visible: every source keeps its own on REPORTED_IN and
# the node lists every distinct figure reported.
FIGURE_TOLERANCE = 1.5
DATE_TOLERANCE_DAYS = 183

INDEX_STATEMENTS = [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in NODE_LABELS] + [
    "CREATE INDEX FOR (n:Commitment) ON (n.pair_key)",
    "CREATE INDEX FOR (n:RejectedCommitment) ON (n.pair_key)",
    "CREATE INDEX FOR (n:Decision) ON (n.pair_key)",
    "CREATE INDEX FOR (n:Decision) ON (n.target)",
]

SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
    "limited", "llc", "plc", "ag", "sa", "se", "nv", "holdings", "group",
}


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Case-folded, accents and punctuation removed, company suffixes dropped."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.sub(r"[^\w]+", " ", text.casefold()).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def entity_id(name: str) -> str:
    """Stable id of an entity from its canonical name: 'NVIDIA Corp.' -> 'nvidia'.

    A name with no letters or digits (emoji, symbols) gets an id from its
    own characters, so two such companies are never merged:

    >>> entity_id("NVIDIA Corp."), entity_id("🦊🦊") != entity_id("🐙")
    ('nvidia', True)
    """
    plain = normalise_name(name).replace(" ", "-")
    if plain:
        return plain
    return "unnamed-" + hashlib.sha1(unicodedata.normalize("NFC", str(name).strip()).encode()).hexdigest()[:12]


def settle_name(names: set[str], aliases: set[str], stored_name: str | None = None,
                stored_aliases: list[str] = ()) -> tuple[str, list[str]]:
    """The name an entity is shown by and its other forms, from every form seen.

    The shortest name wins (ties: the first in code-point order), whatever
    the order the forms were seen in; the others become aliases:

    >>> settle_name({"Nvidia Corp."}, {"Nvidia"}, "NVIDIA", [])
    ('NVIDIA', ['Nvidia', 'Nvidia Corp.'])
    """
    forms = set(names) | ({stored_name} if stored_name else set())
    name = min(forms, key=lambda n: (len(n), n))
    return name, sorted((forms | set(aliases) | set(stored_aliases or ())) - {name})


def pair_key(kind: str, from_id: str, to_id: str) -> str:
    if kind in UNDIRECTED_KINDS:
        from_id, to_id = sorted((from_id, to_id))
    return f"{kind}|{from_id}|{to_id}"


def commitment_id(key: str, seed: str) -> str:
    return "c-" + hashlib.sha1(f"{key}|{seed}".encode()).hexdigest()[:16]


def figure_ratio(a: float, b: float) -> float:
    """How many times larger the larger figure is: figure_ratio(10, 15) == 1.5."""
    lo, hi = sorted((abs(a), abs(b)))
    return float("inf") if lo == 0 else hi / lo


def days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (or datetimes); a malformed date counts as no distance."""
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def same_deal(existing: dict, new: dict) -> bool:
    """Whether a newly reported commitment is the existing one (same pair assumed)."""
    for fig in ("amount_usd", "capacity_gw"):
        known = [v for v in existing.get(fig + "_reported") or [existing.get(fig)] if v is not None]
        value = new.get(fig)
        if value is not None and known and min(figure_ratio(value, k) for k in known) > FIGURE_TOLERANCE:
            return False
    a, b = existing.get("date"), new.get("date")
    if a and b and days_apart(a, b) > DATE_TOLERANCE_DAYS:
        return False
    return True

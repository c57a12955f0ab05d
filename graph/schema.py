"""The graph model: labels, relationship types, ids, and the same-deal rule.

Nodes (each keyed by ``id``):
  Company, Model, Hardware, Product  -- entities; id derived from the
                                        canonical name, aliases kept on the node
  Commitment                         -- one deal (kind, figures, status, date)
  Article                            -- one source (content hash, url, title, ...)
  AliasRule                          -- a user's ``entities merge`` decision

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

ENTITY_LABELS = ("Company", "Model", "Hardware", "Product")
NODE_LABELS = ENTITY_LABELS + ("Commitment", "Article", "AliasRule")
OWNERSHIP = {"Model": "DEVELOPS", "Hardware": "MAKES", "Product": "OFFERS"}
REL_TYPES = ("COMMITS", "TO", "INVOLVES", "REPORTED_IN", "MENTIONS", *OWNERSHIP.values())

# kind -> (what "from" is, what "to" is); see ../shared/eval/GUIDELINES.md
KINDS = {
    "investment": ("investor", "investee"),
    "compute_purchase": ("buyer", "cloud provider"),
    "hardware_purchase": ("buyer", "chip/system vendor"),
    "partnership": ("party", "party"),
    "distribution": ("model/product provider", "distributor"),
    "acquisition": ("acquirer", "acquired"),
}
UNDIRECTED_KINDS = {"partnership"}
STATUSES = ("announced", "rumoured", "in_talks", "denied")
# a source that says "announced" outranks one that only reported talks
STATUS_RANK = {"announced": 3, "in_talks": 2, "rumoured": 1, "denied": 0}

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
    """Stable id of an entity from its canonical name: 'NVIDIA Corp.' -> 'nvidia'."""
    return normalise_name(name).replace(" ", "-") or "unnamed"


def pair_key(kind: str, from_id: str, to_id: str) -> str:
    if kind in UNDIRECTED_KINDS:
        from_id, to_id = sorted((from_id, to_id))
    return f"{kind}|{from_id}|{to_id}"


def commitment_id(key: str, seed: str) -> str:
    return "c-" + hashlib.sha1(f"{key}|{seed}".encode()).hexdigest()[:16]


def _ratio(a: float, b: float) -> float:
    lo, hi = sorted((abs(a), abs(b)))
    return float("inf") if lo == 0 else hi / lo


def _days_apart(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def same_deal(existing: dict, new: dict) -> bool:
    """Whether a newly reported commitment is the existing one (same pair assumed)."""
    for fig in ("amount_usd", "capacity_gw"):
        known = [v for v in existing.get(fig + "_reported") or [existing.get(fig)] if v is not None]
        value = new.get(fig)
        if value is not None and known and min(_ratio(value, k) for k in known) > FIGURE_TOLERANCE:
            return False
    a, b = existing.get("date"), new.get("date")
    if a and b:
        try:
            if _days_apart(a, b) > DATE_TOLERANCE_DAYS:
                return False
        except ValueError:
            pass
    return True

"""A sentence's status from its hedges: announced, in talks, rumoured or denied
(GUIDELINES "Status"); a deal agreed and reported through sources still counts.

>>> status("acme is in advanced talks to buy beta")
'in_talks'
>>> status("acme denied it would buy beta"), status("acme bought beta, people familiar said")
('denied', 'announced')
"""
from __future__ import annotations

import re

# Each status with its hedge words, the first that matches wins. The words
# are lower case: callers pass the lower-cased sentence.
HEDGES = [
    ("denied", re.compile(r"\b(denied|denies|deny|no plans to|not in talks|dismissed reports?|rejected reports?)\b", re.I)),
    ("in_talks", re.compile(r"\b(in (?:[\w-]+ ){0,2}(?:talks|discussions|negotiations)|"
                            r"pursu(?:e|es|ing) an? (?:[\w$.,-]+ ){0,3}"
                            r"(?:deal|partnership|agreement|investment|acquisition)|negotiating|considering|"
                            r"exploring|weighing|mulling|mulled|pending|nearing a deal|could (?:invest|buy|acquire|pour|inject|put (?:in |up )?(?:another |an extra |a further )?"
                            r"(?:up to |as much as |about |around |roughly |nearly |more than |over )?(?:\$|€|£|US\$|\d+|money|cash|funds|capital)|"
                            r"take (?:an? |its )?(?:[\w-]+ )?stake|purchase|sign|commit)|may (?:invest|buy|acquire|take|purchase)|would (?:invest|"
                            r"buy|acquire)|potential (?:deal|investment|acquisition)|proposed (?:deal|investment))\b", re.I)),
    ("rumoured", re.compile(r"\b(rumou?red|speculat\w+|unconfirmed)\b", re.I)),
]
# the hedges' words are all lower case: one case-sensitive pass over the
# lower-cased sentence first (much cheaper than case-blind matching)
_ANY_HEDGE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in HEDGES))


def status(lower: str) -> str:
    """The status the hedges of a lower-cased sentence give."""
    if not _ANY_HEDGE.search(lower):
        return "announced"
    for name, pattern in HEDGES:
        if pattern.search(lower):
            return name
    return "announced"

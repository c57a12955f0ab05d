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
    # a refusal is a denial: "A refused (declined) to buy B"; not "declined to comment"
    ("denied", re.compile(r"\b(denied|denies|deny|no plans to|not in talks|dismissed reports?|rejected reports?|"
                          r"refus(?:ed|es|e|ing) to|declin(?:ed|es|e|ing) to (?!comment))\b", re.I)),
    ("in_talks", re.compile(r"\b(in (?:[\w-]+ ){0,2}(?:talks|discussions|negotiations)|"
                            r"pursu(?:e|es|ing) an? (?:[\w$.,-]+ ){0,3}"
                            r"(?:deal|partnership|agreement|investment|acquisition|alliance|collaboration|tie-up|venture|merger|takeover)|negotiating|considering|"
                            r"exploring|weighing|mulling|mulled|pending|nearing a deal|could (?:invest|buy|acquire|pour|inject|put (?:in |up )?(?:another |an extra |a further )?"
                            r"(?:up to |as much as |about |around |roughly |nearly |more than |over )?(?:\$|€|£|US\$|\d+|money|cash|funds|capital)|"
                            r"take (?:an? |its )?(?:[\w-]+ )?stake|purchase|sign|commit)|may (?:invest|buy|acquire|take|purchase)|would (?:invest|"
                            r"buy|acquire)|"
                            # the same hedges in the passive: "$1 billion could be invested in B by A"
                            r"(?:could|may|might) be (?:invested|put|poured|committed|bought|acquired|purchased|taken over)|potential (?:deal|investment|acquisition)|proposed (?:deal|investment))\b", re.I)),
    ("rumoured", re.compile(r"\b(rumou?red|speculat\w+|unconfirmed)\b", re.I)),
]
# the hedges' words are all lower case: one case-sensitive pass over the
# lower-cased sentence first (much cheaper than case-blind matching)
_ANY_HEDGE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in HEDGES))


# "would" in a company's own reported speech is the future of what it said, not a condition:
# "Acme said (on Monday) (that) it would buy Beta" announces the deal as "Acme will buy Beta"
# does; what others say a company would do ("people familiar said Acme would buy Beta") stays talk
REPORTED_WOULD = re.compile(r"\b((?:said|says|announced|confirmed|disclosed|stated)(?: on \w+)?(?: that)?"
                            r" (?:it|they|the company|the firm|both|each) )would\b")


def status(lower: str) -> str:
    """The status the hedges of a lower-cased sentence give.

    >>> status("acme said on monday that it would buy beta"), status("acme would buy beta if asked")
    ('announced', 'in_talks')
    """
    lower = REPORTED_WOULD.sub(r"\1will", lower)
    if not _ANY_HEDGE.search(lower):
        return "announced"
    for name, pattern in HEDGES:
        if pattern.search(lower):
            return name
    return "announced"

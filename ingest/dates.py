"""Dates a source states, read as ISO dates (YYYY-MM-DD). Nothing here ever
makes a date up: what cannot be read is None, and the article stays undated.

>>> stated_date("2025-11-18"), stated_date("2025-11-18T09:30:00Z"), stated_date("November 18, 2025")
('2025-11-18', '2025-11-18', '2025-11-18')
>>> stated_date("18 Nov 2025"), stated_date("Tuesday"), stated_date("2025-02-30")
('2025-11-18', None, None)
>>> dateline_date("Published 2025-11-18 by the sample desk.")
'2025-11-18'
>>> dateline_date("Posted on March 3, 2024"), dateline_date("Published by the sample desk.")
('2024-03-03', None)
"""
from __future__ import annotations

import re
from datetime import date, datetime

# How a date is written in a dateline or a metadata field: ISO first, then English forms.
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])")
_WRITTEN_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y")
_WRITTEN = re.compile(r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})")
# Page metadata that says when a page was changed, not when it was published (property, name,
# itemprop or http-equiv, lower case): never an article's date.
CHANGE_DATE_META = frozenset({"article:modified_time", "og:updated_time", "last-modified", "lastmod",
                              "modified", "datemodified", "dc.date.modified", "dcterms.modified", "revised"})
# A plain-text article's dateline: a first-lines word that says the date is the article's own.
DATELINE = re.compile(r"^(?:published|posted|updated|date|dated)\b[:\s]*(?:on\s+)?(?P<date>.+)$", re.I)


def stated_date(value: str | None) -> str | None:
    """``value`` as an ISO date when it is one written date (ISO date or
    date-time, "November 18, 2025", "18 Nov 2025"); None otherwise."""
    text = (value or "").strip()
    iso = _ISO.match(text)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    written = _WRITTEN.fullmatch(text.rstrip("."))
    return _written(written.group(0)) if written else None


def dateline_date(line: str) -> str | None:
    """The date of a dateline such as "Published 2025-11-18 by ..." or
    "Date: November 18, 2025"; None when the line is no dateline."""
    found = DATELINE.match(line.strip())
    if not found:
        return None
    rest = found["date"]
    iso = _ISO.match(rest)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    written = _WRITTEN.match(rest)
    return _written(written.group(0)) if written else None


def _written(text: str) -> str | None:
    text = text.replace(".", "")
    for fmt in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None

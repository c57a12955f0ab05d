"""Defined terms of filings, exchange announcements and agreements: a name
given in quotes right after a company's name stands for that company
wherever the text writes it later ("Harrowgate Holdings Limited (the
"Company") ... the Company will hold 7.5%"), as the document itself says.

>>> [(m.group("term"), m.group("term2")) for m in DEFINITION.finditer('Acme Ltd. ("Acme" or the "Company")')]
[('Acme', 'Company')]
>>> [m.group("term") for m in DEFINITION.finditer('Merger Sub, Inc., as "Merger Sub", and')]
['Merger Sub']
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .names import load_cues
from .pipeline import Mention

# a term defined in quotes (double or single), in parentheses or after "as": '(the "Company")', '("Sorami")',
# '(together, the "Group")', '(hereinafter "the Purchaser")', '("Acme" or the "Company")', 'as "Parent"' (not a
# name given: 'a venture known as "Stargate"')
_QUOTED = r"[\"“'‘](?:the )?(?P<{0}>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}})[\"”'’]"
DEFINITION = re.compile(
    r"(?:\((?:(?:together|collectively|hereinafter|each),? )?(?:referred to as )?(?:the |an? )?|(?<!known),? as (?:the )?)"
    + _QUOTED.format("term")
    + r"(?: (?:or|and) (?:the )?" + _QUOTED.format("term2") + r")?\)?")
# what may stand between a company's name and its definition: its legal form, or a short description
# ("Acme Inc., a Delaware corporation (the "Company")", "Kitano Co., Ltd. (the "Company")", "Pellmoor plc"),
# and its ticker ("Acme Corp. (NASDAQ: ACME) (the "Company")")
_BETWEEN = re.compile(r"[\s,.]*(?:(?:(?:[A-Z][\w.&]*\.?|and|de|of|" + "|".join(map(re.escape, load_cues().suffixes))
                      + r")[\s,]*){0,4}|,? an? [^()\"“”;.]{0,80}?)\s*"
                      + r"(?:\((?:[A-Z][\w.&-]*\s?){1,3}:\s?[A-Z][A-Z0-9.-]{0,7}\)\s*)?")


def defined_terms(text: str, mentions: list[Mention]) -> dict[str, tuple[int, Mention]]:
    """Each term the text defines for a company: the term, with where its
    definition ends and the company's mention.

    >>> from ingest.gazetteer import Known
    >>> text = 'Kovix Ltd (the "Company") agreed. The Company will pay.'
    >>> found = defined_terms(text, [Mention(0, 5, 0, 1, "Kovix", Known("Company", "Kovix"))])
    >>> {term: (end, m.company) for term, (end, m) in found.items()}
    {'Company': (25, 'Kovix')}
    """
    companies = [m for m in mentions if m.company and m.known.type == "Company"]
    out: dict[str, tuple[int, Mention]] = {}
    for match, company in _definitions(text, companies):
        if company is None:
            continue    # a term of something else: '(the "Board")', '(the "Subscription Agreement")'
        for term in _terms(match):
            out[term] = (match.end(), company)
    return out


def _definitions(text: str, mentions: list[Mention]):
    """Each definition in the text, with the mention right before it that it
    defines (its legal form or a short description may stand between), or
    None where no mention is so placed."""
    ordered = sorted(mentions, key=lambda m: m.end)
    ends = [m.end for m in ordered]
    for match in DEFINITION.finditer(text):
        k = bisect_right(ends, match.start()) - 1
        yield match, ordered[k] if k >= 0 and _BETWEEN.fullmatch(text, ordered[k].end, match.start()) else None


def _terms(match: re.Match) -> list[str]:
    """The one or two terms a definition gives ('("Acme" or the "Company")')."""
    return [t for t in (match.group("term"), match.group("term2")) if t]


def term_mentions(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the company for each later use of a term defined for it
    that no name already covers ("the Company", "Parent", "the Target
    Company")."""
    out = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for term, (after, company) in defined_terms(text, mentions).items():
        for use in re.finditer(r"(?<![\w\"“])" + re.escape(term) + r"(?![\w\"”])", text[after:]):
            start, end = after + use.start(), after + use.end()
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(i in taken for i in range(start, end)):
                continue
            out.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text, company.known,
                               via_reference=True))
    return out


def without_term_names(text: str, mentions: list[Mention], english: frozenset[str]) -> list[Mention]:
    """The mentions less those that are a defined term's words rather than a
    name: 'Lumora Inc. (the "Target Company")' does not name the retailer
    Target, in the definition, later or in a heading in capitals ("IN A
    TARGET COMPANY"), nor does '(the "Board")'. Only a term of ordinary
    English words that is no short form of the name before it counts:
    'Amazon Web Services ("AWS")', 'Microsoft Azure ("Azure")', 'a venture
    known as "Stargate"' and 'the "Oracle Agreement"' keep their names.

    >>> from ingest.gazetteer import Known
    >>> text = 'IN A TARGET COMPANY. Kovix Ltd agreed terms with the board (the "Target Company").'
    >>> found = [Mention(5, 11, 2, 3, "TARGET", Known("Company", "Target")), Mention(21, 26, 5, 6, "Kovix", Known("Company", "Kovix"))]
    >>> [m.surface for m in without_term_names(text, found, frozenset({"target", "company"}))]
    ['Kovix']
    """
    worded = {t for match in DEFINITION.finditer(text) for t in _terms(match)
              if all(w in english for w in t.lower().split())}
    terms = {t.lower() for t in worded - _named_terms(text, mentions)} if worded else set()
    if not terms:
        return mentions
    # where the terms are written, in any case ("the Target Company", "TARGET COMPANY")
    spans = [(u.start(), u.end()) for t in terms for u in re.finditer(r"\b" + re.escape(t) + r"\b", text, re.I)]
    return [m for m in mentions if m.surface.lower() not in terms
            and not any(start <= m.start and m.end <= end for start, end in spans)]


def _named_terms(text: str, mentions: list[Mention]) -> set[str]:
    """The terms the text defines as a short form of the name written right
    before them, of any kind ('Microsoft Azure ("Azure")', 'Ulverby Group plc
    ("Ulverby")'; not 'Acme Ltd (the "Company")')."""
    out = set()
    for match, named in _definitions(text, mentions):
        if named is not None:
            names = (named.surface.lower(), named.known.name.lower())
            out |= {t for t in _terms(match) if any(t.lower() in n for n in names)}
    return out

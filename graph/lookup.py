"""Names a user typed (a company, a kind, an entity type, a category), matched
against the names dealgraph knows: the stored spelling when only the case
differs, otherwise one error line that offers the nearest names.

>>> resolve("nvidia", ["NVIDIA", "OpenAI"], "company")
'NVIDIA'
>>> resolve("Nvidea", ["NVIDIA", "Nebius", "OpenAI"], "company")
Traceback (most recent call last):
...
graph.lookup.UnknownName: unknown company 'Nvidea'; nearest: NVIDIA
"""
from __future__ import annotations

import difflib
from typing import Iterable

SUGGESTIONS = 3          # nearest names offered at most
SCORE_CUTOFF = 70        # rapidfuzz WRatio below this is not offered as "nearest"
DIFFLIB_CUTOFF = 0.6     # ... unless difflib's ratio (for short names) reaches this
LISTED_IN_FULL = 12      # a vocabulary this small is listed whole when nothing is near


class UnknownName(ValueError):
    """A name that matches nothing the graph or dealgraph knows; its message is one line."""


def suggest(name: str, known: Iterable[str], limit: int = SUGGESTIONS) -> list[str]:
    """Known names that look like ``name`` (case-blind, fuzzy), best first.

    >>> suggest("nvidea", ["NVIDIA", "Nebius", "OpenAI"]), suggest("Arx", ["Arc", "Bolt"])
    (['NVIDIA'], ['Arc'])
    """
    from rapidfuzz import fuzz, process, utils  # here: importing this module stays cheap for the CLI

    known = list(known)
    found = process.extract(name, known, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=SCORE_CUTOFF)
    if found:
        return [match for match, _score, _i in found]
    # short names score low on WRatio ("Arx" and "Arc": 67); a plain edit ratio still sees them
    folded = {k.casefold(): k for k in known}
    return [folded[k] for k in difflib.get_close_matches(name.casefold(), list(folded), limit, DIFFLIB_CUTOFF)]


def resolve_company(name: str | None, companies: list[str]) -> str | None:
    """The stored spelling of ``name`` when it differs only in case, else ``name`` itself.

    >>> resolve_company("nvidia", ["NVIDIA", "OpenAI"]), resolve_company("Zeta", ["NVIDIA"])
    ('NVIDIA', 'Zeta')
    """
    if not name or name in companies:
        return name
    folded = {c.casefold(): c for c in companies}
    return folded.get(name.casefold(), name)


def resolve(name: str, known: Iterable[str], what: str, hint: str = "") -> str:
    """``name`` as ``known`` spells it (exact, else the one case-blind match); an
    unknown name raises :class:`UnknownName` naming the nearest known names, or
    every known name when there are few, or ``hint`` (where to look them up).

    >>> resolve("investmnt", ["investment", "acquisition"], "kind")
    Traceback (most recent call last):
    ...
    graph.lookup.UnknownName: unknown kind 'investmnt'; nearest: investment
    >>> resolve("Zeta", [], "company", "the store holds no companies")
    Traceback (most recent call last):
    ...
    graph.lookup.UnknownName: unknown company 'Zeta'; the store holds no companies
    """
    known = list(dict.fromkeys(known))
    if name in known:
        return name
    folded = [k for k in known if k.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise UnknownName(f"unknown {what} {name!r}; {offer(name, known, hint)}")


def offer(name: str, known: list[str], hint: str = "") -> str:
    """The nearest known names, in words; every known name when there are few
    and none is near; else ``hint``.

    >>> offer("Qux", ["Alpha", "Beta"])
    'choose from Alpha, Beta'
    """
    near = suggest(name, known)
    if near:
        return "nearest: " + ", ".join(near)
    if known and len(known) <= LISTED_IN_FULL:
        return "choose from " + ", ".join(known)
    return hint or "nothing known is near it"

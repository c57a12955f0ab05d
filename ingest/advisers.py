"""Advisers on a deal: banks, law firms and accountants the article shows
advising one of its parties ("Lazard advised Acme on the sale", "Acme hired
Qatalyst to handle takeover interest", "Acme's financial adviser,
Rothschild"). They are named companies, so they stay entities, but they are
no party to the deals they advise on (GUIDELINES "Entity scope": only the
parties' commitments count).

>>> from ingest.pipeline import load_nlp
>>> doc = load_nlp()("Lazard and Kirkland advised Zeta on its sale to Acme.")
>>> [t.text for t in doc if advising(t)]
['Lazard', 'Kirkland']
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .patterns.vocab import LEMMAS
from .pipeline import Mention

if TYPE_CHECKING:
    from .relations import Candidate

ADVISE_VERBS = frozenset(LEMMAS["advise_verb"])
ADVISER_NOUNS = frozenset(LEMMAS["adviser_noun"])
# verbs of advising only with a deal after "on" or "in" ("represented B in the sale", "counselled B on
# the deal"; not "Nvidia represents 20% of its revenue", "counsels customers on AI adoption")
ON_DEAL_VERBS = frozenset({"represent", "counsel"})
# what an adviser acts "on" ("acted on the sale"; not "acted on its plan to buy B") and for ("acted for
# the seller", "acted for B"; not "acted for years", "on behalf of")
DEAL_WORK = frozenset({"sale", "takeover", "acquisition", "purchase", "merger", "transaction", "deal", "financing",
                       "offering", "listing", "ipo", "buyout", "disposal", "divestiture", "spin-off", "bid"})
PARTY_NOUNS = frozenset({"seller", "buyer", "target", "bidder", "acquirer", "purchaser", "vendor", "board",
                         "company", "consortium", "lender", "lenders", "underwriters", "investors"})
# verbs that take an adviser on, with "as" its role or an infinitive of its work ("hired B as its
# adviser", "retained B to advise it", "tapped B to handle takeover interest")
HIRE_VERBS = frozenset({"hire", "retain", "appoint", "mandate", "engage", "use", "tap", "name", "pick", "choose",
                        "select", "bring"})
# ... and the work an adviser is hired for: advising, or handling a sale ("to handle takeover interest",
# "to run the sale process", "to explore options"; not "chose B to run its models")
SALE_WORK = frozenset({"handle", "run", "explore", "manage", "lead"})
SALE_NOUNS = frozenset({"sale", "takeover", "interest", "offer", "process", "bid", "approach", "option", "listing",
                        "ipo", "auction", "review", "alternative"})


def advising(tok: Token) -> bool:
    """Whether a name's head word is shown advising: the subject of a verb of
    advising or of acting "on" (for, as adviser on) a deal, the agent of one
    ("advised by B"), one hired as adviser, or named so ("adviser B", "B, its
    adviser"); the first of its conjuncts stands for all ("A and B advised")."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep == "nsubj" and _advises(head):
        return True
    if dep == "pobj" and head.dep_ == "agent" and _advises(head.head, passive=True):
        return True
    if dep == "dobj" and head.lemma_ in HIRE_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "as" and _adviser_word(c)
            or c.dep_ in ("xcomp", "advcl") and _adviser_work(c) for c in head.children):
        return True
    if dep == "appos" and head.lemma_ in ADVISER_NOUNS or any(
            c.dep_ in ("appos", "compound") and c.lemma_ in ADVISER_NOUNS for c in tok.children):
        return True
    return False


def _advises(verb: Token, passive: bool = False) -> bool:
    """A verb that says its subject (or agent) advises: "advised", "represented B on the sale", "acted for
    the seller", "acted on Acme's purchase", "served as its adviser"."""
    lemma = verb.lemma_
    if lemma in ON_DEAL_VERBS:
        return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and _object_in(c, DEAL_WORK) for c in verb.children)
    if lemma in ADVISE_VERBS:
        return True
    if passive or lemma not in ("act", "serve"):
        return False
    return any(c.dep_ == "prep" and (c.lower_ == "as" and _adviser_word(c) or lemma == "act" and (
        c.lower_ == "on" and _object_in(c, DEAL_WORK) or c.lower_ == "for" and _party_named(c)))
        for c in verb.children)


def _object_in(prep: Token, nouns: frozenset[str]) -> bool:
    """ "on the sale", "on Acme's $2 billion purchase": the preposition's object is one of `nouns`."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in nouns for c in prep.children)


def _party_named(prep: Token) -> bool:
    """ "for the seller", "for Acme": a party's noun or a name (not "for years", "for the first time")."""
    return any(c.dep_ == "pobj" and (c.lemma_.lower() in PARTY_NOUNS or c.pos_ == "PROPN") for c in prep.children)


def _adviser_work(verb: Token) -> bool:
    """ "to advise it", "to handle takeover interest", "to run a sale process"."""
    return verb.lemma_ in ADVISE_VERBS or verb.lemma_ in SALE_WORK and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SALE_NOUNS for c in verb.children)


def _adviser_word(prep: Token) -> bool:
    """ "as (its financial) adviser": the preposition's object is an adviser noun."""
    return any(c.dep_ == "pobj" and c.lemma_ in ADVISER_NOUNS for c in prep.children)


def advisers(mentions: list[Mention], doc: Doc) -> dict[str, set[int]]:
    """Each company the article shows advising, with the starts of the
    sentences where it does, as it names it (not "the firm advises on chip deals", which
    may stand for another company than the one a reference is read as)."""
    out: dict[str, set[int]] = {}
    for m in mentions:
        if m.company and m.known.type == "Company" and not m.via_reference:
            tok = m.head(doc)
            if advising(tok):
                out.setdefault(m.company, set()).add(tok.sent.start)
    return out


def without_advisers(found: list[Candidate], mentions: list[Mention], doc: Doc) -> list[Candidate]:
    """The deals less those of an adviser the article shows advising (a bank or law firm is
    no party to the deal it advises on), but for a deal of its own that a sentence where it
    does not advise names it in: a pattern's, or an investment of its ("Goldman Sachs also
    put $50 million into the round"; not "the company", which may be read as the adviser)."""
    advising = advisers(mentions, doc)
    if not advising:
        return found
    named = {(m.company, m.head(doc).sent.start) for m in mentions if m.company in advising and not m.via_reference}

    def own_deal(c: Candidate, end: str) -> bool:
        return c.sent.start not in advising[end] and (end, c.sent.start) in named and (
            c.source != "rules" or c.kind == "investment" and end == c.src)
    return [c for c in found if not any(end in advising and not own_deal(c, end) for end in (c.src, c.dst))]

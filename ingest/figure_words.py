"""What a figure's own words in the parse say it is, read the same way by the
patterns' deals (`ingest/proposals.py`) and the older rules
(`ingest/relations.py`): a lesser deal's figure beside the main one, a sum
paid for shares, the investor a figure's own "from" names.

Each takes the figure's head token (the number word: "billion" in "$5
billion"). The words are data in `ingest/patterns/vocab.py`.

>>> from ingest.pipeline import load_nlp
>>> doc = load_nlp(None)("Meta could buy up to $3 billion of additional capacity.")
>>> secondary(doc[7])
True
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .patterns.vocab import LEMMAS
from .roles import anchor

SECONDARY = set(LEMMAS["secondary_word"])
SITES = set(LEMMAS["site_word"])
# words that make a site ("campus", "facility") a data-centre site: "a data center", "a 1 GW campus", "an AI campus"
SITE_HINTS = {"data", "ai", "gigawatt", "megawatt", "gw", "mw", "compute", "computing", "gpu", "supercomputer",
              "supercomputing", "hyperscale"}
FLEET_VERBS = frozenset(LEMMAS["fleet_verb"])
SHARES = set(LEMMAS["share_word"])
SPEND = set(LEMMAS["spend_verb"])
# words that set a figure on top of a base one: "a further $2 billion"
ON_TOP = {"further"}
ROUND = set(LEMMAS["round_noun"])
# how much less a lesser deal's figure ranks than the main deal's (ranks are
# parse depths, 0-4, or tree distances, under 40)
SECONDARY_RANK = 50
# how much less a running total ranks than the figure of a deal newly agreed
# (GUIDELINES "headline figure"), below a lesser deal's too ("$3 billion so far
# and $1 billion more": the $1 billion is the new deal's)
RUNNING_TOTAL_RANK = 60
# the words that make a figure what has gone in up to now: "to date", "so far", "thus far"
RUNNING_TOTAL = {"date": {"to"}, "far": {"so", "thus"}}
# how much less the figure of an older deal of the pair ranks ("a $1 billion initial
# investment" beside "$13 billion to date"): below the running total it is part of
OLDER_DEAL_RANK = 70
OLDER = {"initial", "original", "first", "earlier", "previous", "prior"}
# how much better a tranche on top of an earlier deal of the pair ranks ("another $2
# billion", "a further $2.75 billion"): the newly agreed deal, over the earlier figure it
# adds to (GUIDELINES "headline figure"); ranks may go below 0
TRANCHE_RANK = -20
TRANCHE = set(LEMMAS["tranche_word"])


def measured(tok: Token) -> tuple[Token, ...]:
    """The noun a figure measures, its modifiers, and what it is "of":
    "a separate $200 million agreement" -> agreement, separate;
    "$350 million of equity" -> equity. Read once per figure, for every reader here."""
    return _once(tok, "measured", lambda: tuple(_measured(tok)))


def _measured(tok: Token) -> list[Token]:
    phrase = tok
    for _ in range(3):      # up from the figure to the noun it measures
        if phrase.pos_ == "NOUN" and phrase != tok or phrase.head == phrase:
            break
        phrase = phrase.head
    words = [phrase] + [t for t in phrase.children if t.dep_ in ("amod", "compound", "advmod")]
    for holder in (tok,) if phrase is tok else (tok, phrase):
        words += [t for ch in holder.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children
                  for t in [g, *g.children] if t.dep_ in ("pobj", "amod", "compound")]
    return words


def site_size(tok: Token) -> bool:
    """A capacity that sizes a site, not what a deal contracts (GUIDELINES
    "Capacity"): "at a 1.4 gigawatt campus", "a 2 GW data-centre campus";
    or what a company runs of its own: "B operates 40 megawatts of capacity"
    (not "B will operate 40 megawatts for A", a deal).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Meta will rent capacity at a 1.4 gigawatt campus in Texas.")
    >>> site_size(doc[7]), site_size(doc[2])
    (True, False)
    >>> doc = load_nlp(None)("Kovix operates 40 megawatts of capacity and counts Acme among its customers.")
    >>> site_size(doc[2]), site_size(doc[3])
    (True, True)
    """
    cur = tok
    for _ in range(3):
        if _runs_own(cur):
            return True
        if cur.dep_ not in ("compound", "nummod", "amod", "quantmod") or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in SITES:
            return True
    return _runs_own(cur)


def _runs_own(noun: Token) -> bool:
    """Whether a noun is what its clause's subject runs for no one named: "operates 40 MW" (not "operates 40
    MW of capacity for A")."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in FLEET_VERBS and not any(
        ch.dep_ == "prep" and ch.lower_ == "for" for ch in (*verb.children, *noun.subtree))


def secondary(tok: Token) -> bool:
    """A figure of a lesser deal beside the main one: "a separate $200
    million agreement", "$3 billion of additional capacity"."""
    return _once(tok, "secondary", lambda: any(t.lemma_.lower() in SECONDARY for t in measured(tok)))


@lru_cache(maxsize=4)
def _answers(doc: Doc) -> dict[tuple[str, int], object]:
    """What this module's readers answered for one doc, by (reader, word)."""
    return {}


def _once(tok: Token, reader: str, read):
    """A reader's answer for one figure, worked out once per article: each is
    a function of the parse, asked of the same figure by every deal of its
    sentence (the patterns' and the rules')."""
    answers, key = _answers(tok.doc), (reader, tok.i)
    if key not in answers:
        answers[key] = read()
    return answers[key]


def on_top(tok: Token) -> bool:
    """A figure stated on top of a deal's base: a lesser deal's ("a separate
    $200 million agreement"), or one an option or a "further" governs ("an
    option on a further $1 billion of capacity")."""
    governing = [tok, *list(tok.ancestors)[:3]]
    return secondary(tok) or any(t.lower_ in ON_TOP for t in measured(tok)) or \
        any(t.lemma_.lower() in SECONDARY for t in governing[1:] if t.pos_ == "NOUN")


def spent_clause(tok: Token) -> Token | None:
    """The verb of a relative clause about paying out the sum a figure heads:
    "the $400 million (that) A spent on B's chips" -> spent. Also where the
    parse hangs the figure on the payer's name ("the $674 million A spent
    buying ...": the figure a modifier of A, "spent" a clause on A or the
    verb A is the subject of).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("It follows the $400 million that Acme spent on chips.")
    >>> spent_clause(doc[5]).text
    'spent'
    """
    heads = [tok]
    if tok.dep_ in ("nummod", "compound", "nmod", "quantmod") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        payer = tok.head
        if payer.dep_ == "nsubj" and payer.head.i > payer.i and payer.head.lemma_.lower() in SPEND:
            return payer.head   # "... on the $674 million A spent ...", A parsed as the verb's subject
        heads.append(payer)
    for head in heads:
        for ch in head.children:
            if ch.dep_ in ("relcl", "acl") and ch.i > head.i and ch.lemma_.lower() in SPEND:
                return ch
    return None


def rank_by_age(tok: Token) -> int:
    """How much lower a figure ranks for being a running total or an older
    deal's (0 for a figure of the deal being reported), or higher for being
    a tranche on top of an earlier one: "another $600 million" beats "$1
    billion" invested last year and "$3 billion to date", which beats "a $1
    billion initial investment"."""
    return _once(tok, "age", lambda: RUNNING_TOTAL_RANK if running_total(tok) else
                 OLDER_DEAL_RANK if any(t.lower_ in OLDER for t in measured(tok)) else
                 TRANCHE_RANK if tranche(tok) else 0)


def tranche(tok: Token) -> bool:
    """A figure stated as money on top of an earlier deal of the pair:
    "another $2 billion", "an additional (a further, a fresh) $1 billion",
    "$4 billion more"; not where it is an option's or a lesser deal's ("an
    option to buy a further $2 billion", `secondary`).

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> [tranche(next(t for t in nlp(s) if t.text == "billion")) for s in (
    ...     "Acme put another $2 billion into Zeta.", "Acme will invest $4 billion more in Zeta.",
    ...     "Acme invested $2 billion in Zeta.", "Acme holds an option to buy a further $2 billion of shares.")]
    [True, True, False, False]
    """
    more = tok.head if tok.dep_ == "npadvmod" and tok.head.lower_ == "more" else None
    said = more is not None or any(ch.lower_ in TRANCHE and ch.dep_ in ("det", "amod", "advmod") for ch in tok.children)
    return said and not any(t.lemma_.lower() in SECONDARY and t != more for t in measured(tok))


def running_total(tok: Token) -> bool:
    """A figure its clause states as what has gone in up to now: "To date, B
    has received over $3 billion from A", "A has invested $3 billion in B so
    far". It is the headline figure only where the article gives the pair no
    newer deal's (GUIDELINES "Stakes and warrants").

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> [running_total(next(t for t in nlp(s) if t.text == "billion")) for s in (
    ...     "To date, Zeta has received $3 billion from Acme.", "Acme will invest $3 billion in Zeta.")]
    [True, False]
    """
    holders, cur = [tok], tok
    while cur.head != cur and cur.pos_ not in ("VERB", "AUX") and len(holders) < 5:
        cur = cur.head
        holders.append(cur)
    return any(word.lower_ in RUNNING_TOTAL and any(ch.lower_ in RUNNING_TOTAL[word.lower_] for ch in
                                                   [*word.children, word.head])
               for holder in holders for prep in holder.children for word in [prep, *prep.children])


def of_shares(tok: Token) -> bool:
    """A sum paid for shares: "a $350 million slice of its equity", "$2
    billion of stock". Never a purchase of compute or chips."""
    return any(t.lemma_.lower() in SHARES for t in measured(tok))


def from_whom(tok: Token, company_at: dict[int, str]) -> str | None:
    """"$500 million from Orbit Capital": the company the figure's own "from"
    names (`company_at`: token index -> company), so that in "$30 billion from
    A, $50 billion from B" each investor keeps its own figure and never
    another's. "$500 million in funding from Orbit" is Orbit's sum too, and
    so is "draws $30 billion from Orbit"; "from A and B" names no one's own."""
    holders = [tok] + [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "in"
                       for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() in ROUND | {"investment"}]
    if tok.dep_ == "conj" and tok.like_num and tok.head.pos_ in ("VERB", "AUX"):
        # "... and $5 billion from B", the second figure hung on the verb: the verb's "from" after it
        return next((company_at[anchor(g).i] for ch in tok.head.children if ch.dep_ == "prep" and ch.lower_ == "from"
                     and ch.i > tok.i for g in ch.children if g.dep_ == "pobj" and anchor(g).i in company_at
                     and not _listed(g)), None)
    if tok.dep_ == "dobj":
        holders.append(tok.head)
    for holder in holders:
        for ch in holder.children:
            if ch.dep_ == "prep" and ch.lower_ == "from" and (holder is tok or tok.dep_ != "dobj" or _nearest_from(tok, ch)):
                for g in ch.children:
                    if g.dep_ == "pobj" and anchor(g).i in company_at:
                        return None if _listed(g) else company_at[anchor(g).i]
    return None


def _nearest_from(tok: Token, prep: Token) -> bool:
    """Whether a verb's "from" is the one after its object figure, where
    the verb has a second figure ("drew $2 billion from A and $5 billion
    from B": the parser hangs both figures and both "from"s on the verb)."""
    later = [f for f in tok.head.children if f.dep_ == "conj" and f.like_num and f.i > tok.i]
    return not later or prep.i < later[0].i


def _listed(tok: Token) -> bool:
    """A word heading a list of names: "A and B", or two names the parser
    read as one, the first a modifier of the second with the "and" under it
    ("Sequoia Capital and Kleiner Perkins": Capital an nmod of Perkins)."""
    return any(c.dep_ == "conj" or c.dep_ in ("nmod", "compound") and any(x.dep_ == "cc" for x in c.children)
               for c in tok.children)


def data_site(noun: Token) -> bool:
    """Whether a site noun names a data-centre site: "a campus", "a data
    centre", "an AI facility"; not "a research center", "an office campus"."""
    words = {noun.lemma_.lower()} | {w for ch in noun.children if ch.dep_ in ("compound", "amod")
                                      for w in (ch.lemma_.lower(), ch.lower_)}
    return noun.lemma_.lower() == "campus" and not words & NOT_DATA_CAMPUS or names_site(words)


# what a campus is where it holds no data centre: "an office campus", "its research campus"
NOT_DATA_CAMPUS = frozenset(("office", "corporate", "research", "university", "college", "school", "headquarters",
                             "hospital", "medical", "retail", "residential", "manufacturing", "factory", "film"))


def names_site(words: set[str]) -> bool:
    """Whether some words name a data-centre site ("data center", "datacentre",
    "a 1.2 gigawatt campus", "an AI campus").

    >>> [names_site(set(w.split())) for w in ("data center", "1.2 gigawatt campus", "campus", "research center")]
    [True, True, False, False]
    """
    return bool(words & SITES and words & SITE_HINTS) or bool(words & {"datacenter", "datacentre"})

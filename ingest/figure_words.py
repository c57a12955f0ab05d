"""What a figure's own words in the parse say it is, read the same way by the
patterns' deals (`ingest/proposals.py`) and the older rules
(`ingest/relations.py`): a lesser deal's figure beside the main one, a sum
paid for shares.

Each takes the figure's head token (the number word: "billion" in "$5
billion"). The words are data in `ingest/patterns/vocab.py`.

>>> from ingest.pipeline import load_nlp
>>> doc = load_nlp(None)("Meta could buy up to $3 billion of additional capacity.")
>>> secondary(doc[6])
True
"""
from __future__ import annotations

from spacy.tokens import Token

from .patterns.vocab import LEMMAS

SECONDARY = set(LEMMAS["secondary_word"])
SHARES = set(LEMMAS["share_word"])
# how much less a lesser deal's figure ranks than the main deal's (ranks are
# parse depths, 0-4, or tree distances, under 40)
SECONDARY_RANK = 50


def measured(tok: Token) -> list[Token]:
    """The noun a figure measures, its modifiers, and what it is "of":
    "a separate $200 million agreement" -> agreement, separate;
    "$350 million of equity" -> equity."""
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


def secondary(tok: Token) -> bool:
    """A figure of a lesser deal beside the main one: "a separate $200
    million agreement", "$3 billion of additional capacity"."""
    return any(t.lemma_.lower() in SECONDARY for t in measured(tok))


def of_shares(tok: Token) -> bool:
    """A sum paid for shares: "a $350 million slice of its equity", "$2
    billion of stock". Never a purchase of compute or chips."""
    return any(t.lemma_.lower() in SHARES for t in measured(tok))

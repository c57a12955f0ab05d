"""What an article's sentences leave unsaid: which company a funding round
is about, so that "Orbit Capital led the round" names its investee.

The round's company is the last one the article shows raising money
("Zeta raised $2 billion", "the startup closed a round", "Zeta's Series B"),
else the investee of the last investment stated ("Amazon invested in
Zeta. Google has committed $2 billion." joins the second to Zeta);
where none is shown, a sentence that itself speaks of a round or of
backers takes the company the article names most.

>>> RoundTarget.RAISE[:3]
['raise', 'secure', 'receive']
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from .patterns.vocab import LEMMAS
from .pipeline import Mention
from .roles import anchor


class RoundTarget:
    RAISE = LEMMAS["raise_verb"]
    ROUND = set(LEMMAS["round_noun"])
    FUNDING = ROUND | set(LEMMAS["investor_noun"])

    def __init__(self, mentions: list[Mention]):
        companies = Counter(m.company for m in mentions if m.company and not m.via_reference
                            and m.known.type == "Company")
        self.focus = companies.most_common(1)[0][0] if companies else None
        self.current: str | None = None
        self.recent: str | None = None      # the investee of the last sentence that stated an investment

    def read(self, sent: Span, here: list[Mention]) -> None:
        """Note the company this sentence shows raising a round, if any."""
        named = {m.company for m in here if not m.via_reference}
        for m in here:
            if not m.company or m.via_reference and m.company in named:
                continue    # "the startup" is not a company its own sentence names as an investor
            tok = anchor(sent.doc[m.token_start:m.token_end].root)
            if self._raises(tok) or tok.dep_ == "poss" and tok.head.lemma_.lower() in self.ROUND:
                self.current = m.company
                return

    def _raises(self, tok: Token) -> bool:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = tok.head
        if verb.lemma_.lower() not in self.RAISE or any(ch.lower_ == "part" for ch in verb.children):
            return False    # "took part in the round" is an investor's, not the raiser's
        return any(t.like_num or t.lower_ in ("$", "€", "£") or t.lemma_.lower() in self.ROUND
                   or t.lemma_.lower() in ("money", "fund", "capital", "cash")
                   for ch in verb.children if ch.dep_ in ("dobj", "prep") for t in ch.subtree)

    def target(self, sent: Span) -> str | None:
        """The round's company for a sentence that names only investors."""
        if self.current or self.recent:
            return self.current or self.recent
        if any(t.lemma_.lower() in self.FUNDING for t in sent):
            return self.focus
        return None

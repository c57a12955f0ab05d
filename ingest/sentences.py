"""What the deal rules read of a sentence, worked out once per article:
its text, lower-cased text, words, status, and its money and capacity
figures with the token each hangs from. The patterns' proposals and the
older rules both read them; each is computed on first use.

>>> from ingest.pipeline import load_nlp
>>> text = "Acme is in talks to invest $2 billion in Beta."
>>> doc = load_nlp()(text)
>>> facts = Sentences(text).of(next(doc.sents))
>>> facts.status, [(f.value, facts.token(f).text) for f in facts.money]
('in_talks', [(2000000000.0, 'billion')])
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from spacy.tokens import Span, Token

from . import figures
from .pipeline import PRO_FORMS, Mention
from .status import answered_yes, status
from .walker import parse_of


# a string's hash -> the string lower-cased, for every word and lemma seen
_LOWER: dict[int, str] = {}


class SentenceFacts:
    """One sentence's text and what is read from it (each computed once)."""

    def __init__(self, sent: Span, text: str):
        self.sent = sent
        self.text = text        # the sentence's own characters (Span.text rebuilds them from tokens)
        self._tokens: dict[int, Token | None] = {}     # by id() of a figure of this sentence's own lists
        self._amounts: dict[int, bool] = {}            # the same

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def status(self) -> str:
        found = status(self.lower)
        if found == "rumoured" and answered_yes(self.lower, self.sent.doc.text, self.sent.end_char):
            return "announced"  # "Q: Is B your cloud provider?" "A: Yes, since 2023."
        return found

    @cached_property
    def words(self) -> set[str]:
        """The sentence's words, lower-cased, and their lemmas."""
        sent = self.sent
        lemmas, lowers = parse_of(sent.doc).columns[:2]
        hashes = set(lowers[sent.start:sent.end])
        hashes.update(lemmas[sent.start:sent.end])
        return self._lowered(hashes)

    def words_outside(self, inside: set[int]) -> set[str]:
        """The sentence's words less those found only at the token positions
        `inside` (the words of company names: "Lightspeed Venture Partners"
        is no word "partners" where no other word of the sentence is one)."""
        if not inside:
            return self.words
        sent = self.sent
        start, end = sent.start, sent.end
        named = [i - start for i in inside if start <= i < end]
        if not named:
            return self.words
        lemmas, lowers = parse_of(sent.doc).columns[:2]
        lemmas, lowers = lemmas[start:end], lowers[start:end]
        within = {lowers[i] for i in named}
        within.update([lemmas[i] for i in named])
        for i in named:     # the words at the other positions, in C: blank the named ones out
            lowers[i] = lemmas[i] = None
        without = set(lowers)
        without.update(lemmas)
        without.discard(None)
        # the words less those found only inside names are the words found outside them
        outside = self._lowered(without)
        if "words" not in self.__dict__:    # all the sentence's words, from the same two halves
            self.__dict__["words"] = outside | self._lowered(within)
        return outside

    def _lowered(self, hashes: set[int]) -> set[str]:
        """The words of some string hashes, lower-cased."""
        return lowered(self.sent.doc.vocab.strings, hashes)

    @cached_property
    def money(self) -> list[figures.Figure]:
        return figures.money(self.text)

    @cached_property
    def capacity(self) -> list[figures.Figure]:
        """Capacity figures (GW)."""
        return figures.capacity(self.text)

    def deal_amount(self, f: figures.Figure) -> bool:
        """`figures.deal_amount` of one of this sentence's figures, read once
        for the patterns and the older rules (both ask of every figure)."""
        key = id(f)
        known = self._amounts.get(key)
        if known is None:
            known = self._amounts[key] = figures.deal_amount(self.text, f)
        return known

    def token(self, f: figures.Figure) -> Token | None:
        """The token one of this sentence's figures hangs from (None where no token spans it)."""
        key = id(f)
        if key not in self._tokens:
            self._tokens[key] = figure_token(self.sent, f)
        return self._tokens[key]


class Sentences:
    """The SentenceFacts of one article's sentences, by sentence."""

    def __init__(self, text: str):
        self.text = text
        self._facts: dict[int, SentenceFacts] = {}

    def of(self, sent: Span) -> SentenceFacts:
        facts = self._facts.get(sent.start)
        if facts is None:
            facts = self._facts[sent.start] = SentenceFacts(sent, self.text[sent.start_char:sent.end_char])
        return facts


def lowered(strings, hashes: set[int]) -> set[str]:
    """The words of some string hashes, lower-cased."""
    known = _LOWER
    words = set(map(known.get, hashes))     # in C: every word seen before (nearly all) is known
    if None in words:   # (not `hashes - known.keys()`: that walks every key known)
        for h in hashes:
            if h not in known:
                known[h] = strings[h].lower()
        words = set(map(known.__getitem__, hashes))
    return words


def phrase_words(tok: Token) -> frozenset[str]:
    """The words of the phrase a word heads (the word and its subtree),
    lower-cased, and their lemmas; read once per word of an article.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme signed two cloud contracts.")
    >>> sorted(phrase_words(doc[4]))
    ['cloud', 'contract', 'contracts', 'two']
    """
    parse = parse_of(tok.doc)
    words = parse.phrase_words.get(tok.i)
    if words is None:
        lemmas, lowers = parse.columns[:2]
        at = [tok.i, *parse.descendants(tok.i)]
        pro_forms = tok.doc.user_data.get(PRO_FORMS)
        if pro_forms:   # "signed one with B" after "a cloud contract": "one"'s words are the contract's
            at += [ch.i for i in at if i in pro_forms for ch in tok.doc[pro_forms[i]].children
                   if ch.dep_ in ("compound", "amod")]
        words = parse.phrase_words[tok.i] = frozenset(
            lowered(tok.doc.vocab.strings, {lemmas[i] for i in at} | {lowers[i] for i in at}))
    return words


def figure_token(sent: Span, f: figures.Figure) -> Token | None:
    """The root of the tokens a figure (offsets within the sentence) covers,
    less a full stop the figure's text ends with ("worth $4 billion." at a
    sentence's end is "billion", not the stop the parse hangs from the verb)."""
    span = sent.doc.char_span(sent.start_char + f.start, sent.start_char + f.end, alignment_mode="expand")
    if span is None:
        return None
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span.root


def by_sentence(mentions: list[Mention], starts: list[int]) -> dict[int, list[Mention]]:
    """Mentions grouped by the start token of their sentence (`starts`: each sentence's first token, in order)."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(starts[bisect_right(starts, m.token_start) - 1], []).append(m)
    return out

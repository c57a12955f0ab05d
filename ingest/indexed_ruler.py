"""The attribute ruler's matching, indexed: the same matches as spaCy's
`AttributeRuler.match`, found faster.

The ruler's patterns (the English pipeline's tag map and exceptions, and
ours in `pipeline.py`) are fixed runs of words, nearly all of one word
tested for equality: its tag, its lower-case form, its text. spaCy's
`Matcher` tries every pattern at every word, which made the ruler about a
sixth of the whole parse. Here each pattern is filed under the values of
one of its equality tests (a dict lookup per word and attribute) and its
other tests (more equalities, NOT_IN, REGEX, LIKE_NUM) are checked only
where a lookup finds it. A pattern this cannot express (operators such as
"?" or "+") still goes through a `Matcher`. The matches are the ruler's
own, in its order (by pattern number, later ones winning), so what the
ruler writes on the words is the same.

>>> from ingest.pipeline import load_nlp
>>> nlp = load_nlp()
>>> ruler = nlp.get_pipe("attribute_ruler")
>>> doc = nlp("Acme led the Series B in Zeta. Y'all gonna see 60pc of it.")
>>> IndexedRules(ruler).match(doc) == AttributeRuler.match(ruler, doc)
True
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LIKE_NUM, LOWER, NORM, ORTH, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler

# the word attributes a test may read, by the Matcher's names, as columns of one doc.to_array call
COLUMNS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE,
           "LIKE_NUM": LIKE_NUM}
# (in the order a pattern is filed by one of its equality tests: the most selective first)
_ORDER = (ORTH, LOWER, NORM, TAG, DEP, IS_SPACE, LIKE_NUM)
_AT = {attr: i for i, attr in enumerate(_ORDER)}
FLAGS = {"IS_SPACE", "LIKE_NUM"}        # tested with True or False


class Test:
    """One test of one word: its column's value in a set (or not), or matching a regular expression."""
    __slots__ = ("column", "values", "negated", "regex", "seen", "strings")

    def __init__(self, column: int, values: frozenset = frozenset(), negated: bool = False,
                 regex: re.Pattern | None = None, strings=None):
        self.column, self.values, self.negated, self.regex = column, values, negated, regex
        self.seen: dict[int, bool] = {}     # a regular expression's verdict by string id, once each
        self.strings = strings

    def holds(self, value: int) -> bool:
        if self.regex is None:
            return (value in self.values) != self.negated
        verdict = self.seen.get(value)
        if verdict is None:
            verdict = self.seen[value] = self.regex.search(self.strings[value]) is not None
        return verdict


def _test(vocab, name: str, value) -> Test | None:
    """A Matcher token test as a `Test`, or None where it is none of those this index reads."""
    column = _AT[COLUMNS[name]]
    if name in FLAGS:
        return Test(column, frozenset({int(value)})) if isinstance(value, bool) else None
    if isinstance(value, str):
        return Test(column, frozenset({vocab.strings.add(value)}))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        return Test(column, frozenset(vocab.strings.add(v) for v in arg), negated=op == "NOT_IN")
    if op == "REGEX" and isinstance(arg, str):
        return Test(column, regex=re.compile(arg), strings=vocab.strings)
    return None


def _tests(vocab, pattern: list[dict]) -> list[list[Test]] | None:
    """A pattern's tests, word by word, or None where it has an operator or a test not read here."""
    out = []
    for token in pattern:
        tests = [_test(vocab, name, value) if name in COLUMNS else None for name, value in token.items()]
        if not tests or None in tests:
            return None
        out.append(tests)
    return out


def _filing(words: list[list[Test]]) -> tuple[int, Test] | None:
    """The word and equality test to file a pattern by (the most selective attribute), or None."""
    options = [(t.column, offset, t) for offset, tests in enumerate(words)
               for t in tests if t.regex is None and not t.negated]
    if not options:
        return None
    _, offset, test = min(options, key=lambda o: o[:2])
    return offset, test


class IndexedRules:
    """The ruler's patterns filed by one test's values, and a Matcher for those that cannot be."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.size = len(ruler.attrs)
        vocab = ruler.vocab
        filed: dict[tuple[int, int], list[tuple]] = {}     # (column, value) -> rules
        self.scanned: list[tuple] = []      # rules with no equality test, tried at every word
        self.rest = Matcher(vocab)
        for number in range(self.size):
            key = vocab.strings.add(str(number))
            others = []
            for pattern in ruler.matcher.get(str(number))[1]:
                words = _tests(vocab, pattern)
                if words is None:
                    others.append(pattern)
                    continue
                filing = _filing(words)
                offset, by = filing if filing else (0, None)
                # a one-word rule found by its filing test needs only its other tests checked
                alone = tuple(t for t in words[0] if t is not by) if len(words) == 1 and by else None
                rule = (number, key, offset, words, alone)
                if by is None:
                    self.scanned.append(rule)
                for value in (by.values if by else ()):
                    filed.setdefault((by.column, value), []).append(rule)
            if others:
                self.rest.add(key, others)
        by_column: dict[int, dict[int, list[tuple]]] = {}
        for (column, value), rules in filed.items():
            by_column.setdefault(column, {})[value] = rules
        self.columns = sorted(by_column.items())

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches: (pattern number, match id, start, end), sorted as the ruler sorts them."""
        if len(self.ruler.attrs) != self.size:      # patterns added since: file them all again
            self.__init__(self.ruler)
        found = [(int(self.ruler.vocab.strings[m]), m, s, e)
                 for m, s, e in self.rest(doc, allow_missing=True, as_spans=False)] if len(self.rest) else []
        rows = doc.to_array(list(_ORDER)).tolist()
        columns, scanned, n, add = self.columns, self.scanned, len(rows), found.append
        for i, row in enumerate(rows):
            for column, filed in columns:
                rules = filed.get(row[column])
                if rules is None:
                    continue
                for rule in rules:
                    alone = rule[4]
                    if alone is None:
                        _try(rule, rows, i, n, found)
                        continue
                    for test in alone:
                        if not test.holds(row[test.column]):
                            break
                    else:
                        add((rule[0], rule[1], i, i + 1))
            for rule in scanned:
                _try(rule, rows, i, n, found)
        found.sort()
        return found


def _try(rule: tuple, rows: list[list[int]], i: int, n: int, found: list) -> None:
    """Add the rule's match where its words, lined up on word `i`, pass all their tests."""
    number, key, offset, words, _ = rule
    start = i - offset
    end = start + len(words)
    if start < 0 or end > n:
        return
    for row, tests in zip(rows[start:end], words):
        for test in tests:
            if not test.holds(row[test.column]):
                return
    found.append((number, key, start, end))


def index_ruler(ruler: AttributeRuler) -> None:
    """Make the ruler find its matches through `IndexedRules` (the same matches, in less time)."""
    ruler.match = IndexedRules(ruler).match

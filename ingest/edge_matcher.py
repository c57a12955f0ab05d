"""Token patterns matched only where they touch a name: ending on the word
just before it, or starting on the word just after it.

The patterns are spaCy ``Matcher`` patterns (one dict per token) using
ORTH, LOWER, LEMMA and POS (each a value or ``{"IN": [...]}``), the flags
IS_ALPHA, IS_PUNCT, IS_UPPER and LIKE_NUM, token tests given by name as
``{"_": {"place": true}}``, and the quantifier ``"OP": "?"``. Where a
pattern touches the given positions, the matches are exactly those spaCy's
Matcher finds over the whole text (each distinct start and end once);
``tests/ingest/test_edge_matcher.py`` holds the two side by side. Only the
words around each name are looked at, so the cost follows the number of
names, not the length of the text, and no ``IN`` list is tested in Python
for every word of it, as the Matcher does.

>>> from ingest.pipeline import load_nlp
>>> nlp = load_nlp()
>>> m = EdgeMatcher([("after", [{"ORTH": ","}, {"LOWER": {"IN": ["who", "whom"]}}])])
>>> doc = nlp("We met Dana Reyes, who runs Acme.")
>>> m.matches(doc, before=set(), after={4})       # after "Dana Reyes" (tokens 2 and 3)
[(0, 4, 6)]
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

_VALUES = {"ORTH": "text", "LOWER": "lower_", "LEMMA": "lemma_", "POS": "pos_"}
_FLAGS = {"IS_ALPHA": "is_alpha", "IS_PUNCT": "is_punct", "IS_UPPER": "is_upper", "LIKE_NUM": "like_num"}


@dataclass(frozen=True, slots=True)
class _Spec:
    """One token of a pattern: the tests it must pass, and whether it may be absent."""
    tests: tuple[tuple[str, object], ...]      # (token attribute, frozenset of values | bool)
    named: tuple[Callable[[Token], bool], ...]
    optional: bool
    values: tuple[tuple[str, frozenset], ...] = ()    # the tests of values and of flags, apart
    flags: tuple[tuple[str, bool], ...] = ()

    def holds(self, word: _Word) -> bool:
        for attr, want in self.values:
            if word[attr] not in want:
                return False
        for attr, want in self.flags:
            if word[attr] != want:
                return False
        return all(test(word.token) for test in self.named)


class _Word(dict):
    """One word's attributes (``word["lower_"]``), each read from its Token
    once however many patterns test it."""

    __slots__ = ("token",)

    def __init__(self, token: Token):
        super().__init__()
        self.token = token

    def __missing__(self, attr: str):
        value = self[attr] = getattr(self.token, attr)
        return value


class _Words(dict):
    """The words of one doc as _Word by position, made when first looked at."""

    def __init__(self, doc: Doc):
        super().__init__()
        self.doc = doc
        self.length = len(doc)

    def __missing__(self, i: int) -> _Word:
        word = self[i] = _Word(self.doc[i])
        return word


class EdgeMatcher:
    """Patterns, each with its side: "before" (ending just before a name) or "after"."""

    def __init__(self, patterns: list[tuple[str, list[dict]]],
                 named: dict[str, Callable[[Token], bool]] | None = None):
        """`named`: the token tests a pattern may name in ``{"_": {name: true}}``."""
        self.named = named or {}
        self.patterns: list[tuple[str, tuple[_Spec, ...]]] = []
        for side, pattern in patterns:
            if side not in ("before", "after"):
                raise ValueError(f"a pattern's side is 'before' or 'after', not {side!r}")
            self.patterns.append((side, tuple(self._spec(tok) for tok in pattern)))
        # each pattern's words that can stand next to the name: from that end
        # inwards, the optional ones and the first it needs
        self._edges: list[tuple[_Spec, ...]] = []
        for side, specs in self.patterns:
            inward = specs[::-1] if side == "before" else specs
            needed = next((n for n, spec in enumerate(inward) if not spec.optional), len(inward) - 1)
            self._edges.append(inward[:needed + 1])
        # A pattern whose words next to the name each need one of some
        # values ("a company such as" before a name: its last word's LOWER)
        # is tried only where the word next to the name has one of them;
        # the others are tried at every name.
        self._by_edge: dict[str, dict[tuple[str, object], list[int]]] = {"before": {}, "after": {}}
        self._everywhere: dict[str, list[int]] = {"before": [], "after": []}
        for index, (side, _) in enumerate(self.patterns):
            edge = self._edges[index]
            if not all(spec.tests and isinstance(spec.tests[0][1], frozenset) for spec in edge):
                self._everywhere[side].append(index)
                continue
            keys = {(spec.tests[0][0], value) for spec in edge for value in spec.tests[0][1]}
            for key in sorted(keys):
                self._by_edge[side].setdefault(key, []).append(index)
        self._edge_attrs = {side: sorted({attr for attr, _ in keys}) for side, keys in self._by_edge.items()}

    def _spec(self, token: dict) -> _Spec:
        tests, named, optional = [], [], False
        for key, value in token.items():
            if key == "OP":
                if value != "?":
                    raise ValueError(f"unsupported quantifier {value!r}")
                optional = True
            elif key in _VALUES:
                if isinstance(value, dict):
                    if set(value) != {"IN"}:
                        raise ValueError(f"unsupported predicate {value!r}")
                    tests.append((_VALUES[key], frozenset(value["IN"])))
                else:
                    tests.append((_VALUES[key], frozenset([value])))
            elif key in _FLAGS:
                tests.append((_FLAGS[key], bool(value)))
            elif key == "_":
                for name, want in value.items():
                    if name not in self.named or want is not True:
                        raise ValueError(f"unknown token test {name!r}")
                    named.append(self.named[name])
            else:
                raise ValueError(f"unsupported token attribute {key!r}")
        return _Spec(tuple(tests), tuple(named), optional, tuple(t for t in tests if isinstance(t[1], frozenset)),
                     tuple(t for t in tests if not isinstance(t[1], frozenset)))

    def matches(self, doc: Doc, before: set[int], after: set[int]) -> list[tuple[int, int, int]]:
        """(pattern index, start, end) of every match of a "before" pattern
        ending at a position in `before` and of an "after" pattern starting
        at a position in `after`, each distinct match once."""
        out = []
        words = _Words(doc)
        tries = sorted({(index, at) for side, places in (("before", before), ("after", after)) for at in places
                        for index in self._candidates(words, side, at - 1 if side == "before" else at)})
        for index, at in tries:     # pattern by pattern, each at its places in order
            side, specs = self.patterns[index]
            # the word next to the name is matched by one of the pattern's
            # words there (the optional ones and the first it needs): where
            # none holds, no match, without walking the pattern
            edge = self._edges[index]
            if side == "before":
                if at > 0 and any(spec.holds(words[at - 1]) for spec in edge):
                    out += [(index, start, at) for start in sorted(_starts(words, specs, len(specs), at)) if start < at]
            elif at < words.length and any(spec.holds(words[at]) for spec in edge):
                out += [(index, at, end) for end in sorted(_ends(words, specs, 0, at)) if end > at]
        return out

    def _candidates(self, words: _Words, side: str, edge: int) -> list[int]:
        """The patterns of one side that may match with word `edge` next to the name."""
        found = list(self._everywhere[side])
        if 0 <= edge < words.length:
            word, by_edge = words[edge], self._by_edge[side]
            for attr in self._edge_attrs[side]:
                found += by_edge.get((attr, word[attr]), ())
        return found


def _ends(words: _Words, specs: tuple[_Spec, ...], k: int, i: int) -> set[int]:
    """Where specs[k:] can end when they start at word i."""
    if k == len(specs):
        return {i}
    spec = specs[k]
    out = _ends(words, specs, k + 1, i) if spec.optional else set()
    if i < words.length and spec.holds(words[i]):
        out |= _ends(words, specs, k + 1, i + 1)
    return out


def _starts(words: _Words, specs: tuple[_Spec, ...], k: int, i: int) -> set[int]:
    """Where specs[:k] can start when they end just before word i."""
    if k == 0:
        return {i}
    spec = specs[k - 1]
    out = _starts(words, specs, k - 1, i) if spec.optional else set()
    if i > 0 and spec.holds(words[i - 1]):
        out |= _starts(words, specs, k - 1, i - 1)
    return out

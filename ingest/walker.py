"""Dependency patterns matched by walking the parse out from their trigger word.

The patterns are spaCy ``DependencyMatcher`` patterns (lists of node dicts
with RIGHT_ID, LEFT_ID, REL_OP and RIGHT_ATTRS) using the operators ``>``
(a child), ``<`` (the head) and ``>>`` (a descendant), and the token
attributes LEMMA, LOWER, POS and DEP, each a value or ``{"IN": [...]}``.
The first node is the trigger and must name its lemmas.

A pattern is tried only from the words that can trigger it, and each step
looks only at the words next to the last one in the tree, so a sentence
without a trigger costs nothing. Every node must bind a word of the
sentence, so a pattern is not walked at all in a sentence that holds no word
with a value one of its nodes demands (its needs, `_needs`): a pattern with
a node ``{"LOWER": "in"}`` is skipped in "Acme bought Zorb." without looking
at the tree. For a sentence the walker gives exactly the
matches that ``DependencyMatcher`` gives over ``sentence.as_doc()``, in the
same order (each node's token in document order, earlier nodes first);
``tests/ingest/test_walker.py`` holds the two side by side.

>>> from ingest.pipeline import load_nlp
>>> nlp = load_nlp()
>>> walker = PatternWalker(nlp.vocab)
>>> walker.add([{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["invest"]}}},
...             {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "who", "RIGHT_ATTRS": {"DEP": "nsubj"}}])
0
>>> doc = nlp("Acme invested in Zorb.")
>>> walker.matches(Parse(doc), next(doc.sents), [0])
[(0, [1, 0])]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span

_ATTRS = {"LEMMA": 0, "LOWER": 1, "POS": 2, "DEP": 3}     # columns of Parse.columns
_OPS = (">", "<", ">>")
_SIGN, _WRAP = 1 << 63, 1 << 64     # Doc.to_array's values are uint64


@dataclass(frozen=True, slots=True)
class _Node:
    """One pattern node: how it is reached from an earlier node, and what it must be."""
    left: int                                   # index of the node it is reached from (-1: the trigger)
    op: str
    tests: tuple[tuple[int, frozenset[int]], ...]   # (column, allowed values)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One compiled pattern: its trigger lemmas, its nodes, and its needs
    (bit n: `PatternWalker.needs[n]`): the values a sentence must hold for it to match."""
    triggers: frozenset[int]
    nodes: tuple[_Node, ...]
    needs: int


@dataclass(frozen=True, slots=True)
class _Plan:
    """A list of pattern indices as `matches` reads it: the indices, each
    one's place in the list, and all their trigger lemmas."""
    members: frozenset[int]
    position: dict[int, int]
    triggers: frozenset[int]


class Parse:
    """One parsed Doc as plain lists (lemma, lower, POS and dependency ids,
    heads, children), read once and shared by every pattern and sentence."""

    def __init__(self, doc: Doc):
        self.doc = doc
        # plain lists from one read (numpy's slices over a doc's few dozen words cost more);
        # HEAD is each word's offset to its head, unsigned: one above 2**63 is negative
        rows = doc.to_array([LEMMA, LOWER, POS, DEP, HEAD]).tolist()
        lemma, lower, pos, dep, head = map(list, zip(*rows)) if rows else ([], [], [], [], [])
        self.columns = [lemma, lower, pos, dep]
        self.heads = [i + (h if h < _SIGN else h - _WRAP) for i, h in enumerate(head)]
        self._children: list[list[int]] | None = None
        self._inside: dict[int, Parse] = {}
        self._walled: dict[int, bool] = {}     # by sentence start: every word's head and children inside it
        self._lemma_at: dict[int, dict[int, list[int]]] = {}   # by sentence start: each lemma's positions
        self.phrase_words: dict[int, frozenset[str]] = {}     # by word: its phrase's words (sentences.phrase_words)
        self._sents: list[Span] | None = None
        self._hanging: frozenset[int] | None = None

    @property
    def sents(self) -> list[Span]:
        """The doc's sentences, found once for every reader (each `doc.sents` finds them again)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    @property
    def hanging_hyphens(self) -> frozenset[int]:
        """Positions of the hyphens left hanging before "and"/"or" ("Acme- and
        Zeta-owned X"; not a dash between spaces, "A, B and C - and ..."),
        found once for every role bound in the doc.

        >>> from ingest.pipeline import load_nlp
        >>> sorted(Parse(load_nlp()("Acme- and Zeta-owned Vexo, a well-known lab")).hanging_hyphens)
        [1]
        """
        if self._hanging is None:
            lower, strings = self.columns[1], self.doc.vocab.strings
            hyphen, joins = strings["-"], (strings["and"], strings["or"])
            self._hanging = frozenset(
                i for i, word in enumerate(lower[:-1])
                if word == hyphen and lower[i + 1] in joins and self.doc[i].whitespace_
                and i and not self.doc[i - 1].whitespace_) if hyphen in lower else frozenset()
        return self._hanging

    def where(self, lemmas: frozenset[int], start: int, end: int) -> list[int]:
        """Positions of the words from `start` to `end` (a sentence) whose
        lemma is one of `lemmas`, in document order; each sentence's words
        are indexed by lemma once, for every trigger class tried there."""
        at = self.lemma_index(start, end)
        hits = [at[lemma] for lemma in lemmas & at.keys()]
        return sorted(i for positions in hits for i in positions) if len(hits) > 1 else list(hits[0]) if hits else []

    def lemma_index(self, start: int, end: int) -> dict[int, list[int]]:
        """Each lemma of the words from `start` to `end` (a sentence) -> its
        positions, in document order; built once per sentence."""
        at = self._lemma_at.get(start)
        if at is None:
            at = self._lemma_at[start] = {}
            for i, lemma in enumerate(self.columns[0][start:end], start):
                at.setdefault(lemma, []).append(i)
        return at

    def children(self, i: int) -> list[int]:
        """Token indices of i's children, in document order."""
        if self._children is None:
            self._children = [[] for _ in self.heads]
            for child, head in enumerate(self.heads):
                if head != child:
                    self._children[head].append(child)
        return self._children[i]

    def descendants(self, i: int) -> list[int]:
        """Token indices of i's subtree without i, in document order."""
        self.children(i)    # (the lists, made once)
        children = self._children
        out = list(children[i])
        for t in out:       # (the list grows as it is read: each word's children join it)
            out.extend(children[t])
        return sorted(out)

    def dominates(self, top: int, i: int) -> bool:
        """Whether word i is `top` or below it in the tree (is in ``doc[top].subtree``),
        found by climbing i's heads rather than walking top's subtree.

        >>> from ingest.pipeline import load_nlp
        >>> parse = Parse(load_nlp()("Acme bought Zorb chips."))
        >>> parse.dominates(1, 2), parse.dominates(3, 0)
        (True, False)
        """
        heads = self.heads
        for _ in range(len(heads)):
            if i == top:
                return True
            if heads[i] == i:
                return False
            i = heads[i]
        return False

    def of_sentence(self, sent: Span) -> tuple[Parse, int]:
        """The parse to walk for one sentence, and the offset of its tokens.

        A sentence whose words all hang inside it and hold no word outside
        it (every parser-made sentence) is walked in place; one with a word
        whose head or child lies outside it is walked over
        ``sent.as_doc()``, as DependencyMatcher would see it."""
        walled = self._walled.get(sent.start)
        if walled is None:
            start, end = sent.start, sent.end
            walled = self._walled[start] = all(start <= h < end for h in self.heads[start:end]) and all(
                start <= kids[0] and kids[-1] < end for kids in map(self.children, range(start, end)) if kids)
        if walled:
            return self, 0
        if sent.start not in self._inside:
            self._inside[sent.start] = Parse(sent.as_doc())
        return self._inside[sent.start], sent.start


@lru_cache(maxsize=4)
def parse_of(doc: Doc) -> Parse:
    """The Parse of a doc, read once for every rule that walks it."""
    return Parse(doc)


class PatternWalker:
    """DependencyMatcher patterns, matched by walking the parse from their triggers."""

    def __init__(self, vocab):
        self.strings = vocab.strings
        self.patterns: list[_Pattern] = []
        # every (column, allowed values) that a pattern's later node demands,
        # once: patterns share them, and a sentence meets each or not once
        self.needs: list[tuple[int, frozenset[int]]] = []
        self._need_ids: dict[tuple[int, frozenset[int]], int] = {}
        # by column, each value -> the needs it meets (bits, as in `_Pattern.needs`): a
        # sentence meets the needs of its words' values, all worked out in one pass
        self._meeting: tuple[dict[int, int], ...] = tuple({} for _ in _ATTRS)
        # the patterns whose trigger node a word satisfies, by the word's
        # (lemma, lower, POS, dependency): a pure function of those four ids,
        # worked out once per run for each such word instead of per pattern and word
        self._triggered: dict[tuple[int, int, int, int], frozenset[int]] = {}
        # each trigger lemma -> the patterns whose trigger node allows it (every trigger names its lemmas):
        # a word new to the run is tested against those patterns only, not all of them
        self._by_lemma: dict[int, list[int]] = {}
        self._plans: dict[tuple[int, ...], _Plan] = {}
        self._by_identity: dict[int, tuple[object, _Plan]] = {}   # id of a list asked with -> (the list, its plan)
        self._pattern_needs: list[int] = []     # each pattern's needs, by index (read for every pattern triggered)

    def add(self, nodes: list[dict]) -> int:
        """Add one pattern; returns its index (the id its matches carry)."""
        ids = {node["RIGHT_ID"]: n for n, node in enumerate(nodes)}
        compiled = []
        for n, node in enumerate(nodes):
            if n == 0:
                if "REL_OP" in node:
                    raise ValueError("a pattern's first node is its trigger and has no REL_OP")
                left, op = -1, ""
            else:
                left, op = ids[node["LEFT_ID"]], node["REL_OP"]
                if op not in _OPS or left >= n:
                    raise ValueError(f"unsupported step {node!r}")
            compiled.append(_Node(left, op, self._tests(node["RIGHT_ATTRS"])))
        triggers = dict(compiled[0].tests).get(_ATTRS["LEMMA"])
        if triggers is None:
            raise ValueError("a pattern's trigger must name its lemmas")
        self.patterns.append(_Pattern(triggers, tuple(compiled), self._needs(compiled)))
        self._pattern_needs.append(self.patterns[-1].needs)
        for lemma in triggers:
            self._by_lemma.setdefault(lemma, []).append(len(self.patterns) - 1)
        self._triggered.clear()
        self._plans.clear()
        self._by_identity.clear()
        return len(self.patterns) - 1

    def _needs(self, nodes: list[_Node]) -> int:
        """The tests of the nodes after the trigger (whose own are the
        trigger's business), as bits of an int (bit n: `self.needs[n]`):
        each node binds a word of the sentence, so the sentence must hold a
        word passing each test."""
        tests = sorted({test for node in nodes[1:] for test in node.tests}, key=lambda test: (test[0], sorted(test[1])))
        wanted = 0
        for test in tests:
            if test not in self._need_ids:
                self._need_ids[test] = len(self.needs)
                self.needs.append(test)
                column, allowed = test
                for value in allowed:
                    self._meeting[column][value] = self._meeting[column].get(value, 0) | 1 << self._need_ids[test]
            wanted |= 1 << self._need_ids[test]
        return wanted

    def _tests(self, attrs: dict) -> tuple[tuple[int, frozenset[int]], ...]:
        out = []
        for name, value in attrs.items():
            if name not in _ATTRS:
                raise ValueError(f"unsupported token attribute {name!r}")
            values = value["IN"] if isinstance(value, dict) else [value]
            if isinstance(value, dict) and set(value) != {"IN"}:
                raise ValueError(f"unsupported predicate {value!r}")
            out.append((_ATTRS[name], frozenset(self.strings.add(v) for v in values)))
        return tuple(out)

    def matches(self, parse: Parse, sent: Span, indices: list[int]) -> list[tuple[int, list[int]]]:
        """(pattern index, token index per node) of every match in one
        sentence, pattern by pattern in the order given; token indices are
        the Doc's.

        Only the patterns that a word of the sentence triggers and whose
        needs the sentence meets are walked, each from those of its trigger
        words that trigger it."""
        inner, offset = parse.of_sentence(sent)
        start, end = sent.start - offset, sent.end - offset
        plan = self._plan(indices)
        # the words that can trigger some of the patterns, each with the patterns it triggers
        lemma, lower, pos, dep = columns = inner.columns
        known, triggered = self._triggered, self.triggered
        words = [(t, known.get((lemma[t], lower[t], pos[t], dep[t])) or triggered(columns, t))
                 for t in inner.where(plan.triggers, start, end)]
        triggered = plan.members.intersection(frozenset().union(*(first for _, first in words)))
        if not triggered:
            return []
        met = self.met(columns, start, end)
        needs = self._pattern_needs
        # else a node of the pattern has no word to bind (`|` of two non-negative ints: cheaper than `& ~met`)
        walked = [index for index in triggered if needs[index] | met == met]
        out: list[tuple[int, list[int]]] = []
        for index in sorted(walked, key=plan.position.__getitem__) if len(walked) > 1 else walked:
            self._walk_from(inner, offset, index, words, out)
        return out

    def met(self, columns: list[list[int]], start: int, end: int) -> int:
        """The needs (bits, as in `_Pattern.needs`) that the words from `start`
        to `end` (a sentence) meet: those of each word's value in each column.

        >>> from ingest.pipeline import load_nlp
        >>> nlp = load_nlp()
        >>> walker = PatternWalker(nlp.vocab)
        >>> walker.add([{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "invest"}},
        ...             {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "in", "RIGHT_ATTRS": {"LOWER": {"IN": ["in", "into"]}}},
        ...             {"LEFT_ID": "in", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {"DEP": "pobj"}}])
        0
        >>> [bin(walker.met(Parse(doc).columns, 0, len(doc))) for doc in nlp.pipe(["Acme invested in Zorb.", "Acme rose."])]
        ['0b11', '0b0']
        """
        met = 0
        for column, meeting in zip(columns, self._meeting):
            for value in meeting.keys() & column[start:end]:   # (the few values that meet any, in C)
                met |= meeting[value]
        return met

    def _walk_from(self, inner: Parse, offset: int, index: int, words: list[tuple[int, frozenset[int]]],
                   out: list[tuple[int, list[int]]]) -> None:
        """Pattern `index`'s matches from each of `words` (in document order)
        that triggers it, added to `out`."""
        nodes = self.patterns[index].nodes
        for t, first in words:
            if index in first:
                found: list[list[int]] = []
                _walk(inner, nodes, [t], found)
                out += [(index, [offset + i for i in bound]) for bound in found]

    def _plan(self, indices: list[int]) -> _Plan:
        """What `matches` needs to know of a list of pattern indices, worked
        out once per list (the deal patterns ask with one list per set of
        trigger classes a sentence holds, so a run sees a few dozen lists)."""
        # the list object asked with before (DealRoles asks with a few dozen, each kept for the
        # run): found by identity, without hashing its hundreds of indices again
        seen = self._by_identity.get(id(indices))
        if seen is not None and seen[0] is indices:
            return seen[1]
        key = tuple(indices)
        plan = self._plans.get(key)
        if plan is None:
            if len(set(key)) < len(key):
                raise ValueError("each pattern is asked for once")
            plan = self._plans[key] = _Plan(frozenset(key), {index: n for n, index in enumerate(key)},
                                            frozenset().union(*(self.patterns[i].triggers for i in key)))
        if len(self._by_identity) >= 1000:     # (a caller making a new list per call: keep none for long)
            self._by_identity.clear()
        self._by_identity[id(indices)] = (indices, plan)     # (held: its id is not reused while here)
        return plan

    def triggered(self, columns: list[list[int]], t: int) -> frozenset[int]:
        """The indices of the patterns whose trigger node word `t` satisfies."""
        key = (columns[0][t], columns[1][t], columns[2][t], columns[3][t])
        hit = self._triggered.get(key)
        if hit is None:
            patterns = self.patterns
            hit = self._triggered[key] = frozenset(
                n for n in self._by_lemma.get(key[0], ())
                if all(key[col] in allowed for col, allowed in patterns[n].nodes[0].tests))
        return hit


def _reach(parse: Parse, op: str, i: int) -> list[int]:
    if op == ">":
        return parse.children(i)
    if op == "<":
        head = parse.heads[i]
        return [] if head == i else [head]
    return parse.descendants(i)


def _walk(parse: Parse, nodes: tuple[_Node, ...], bound: list[int], out: list[list[int]]) -> None:
    """Every way to bind the nodes after `bound`, in DependencyMatcher's order, added to `out`."""
    depth = len(bound)
    if depth == len(nodes):
        out.append(list(bound))
        return
    node = nodes[depth]
    last = depth + 1 == len(nodes)
    columns, tests = parse.columns, node.tests
    for i in _reach(parse, node.op, bound[node.left]):
        for col, allowed in tests:      # every test holds (inline: this runs for each word reached)
            if columns[col][i] not in allowed:
                break
        else:
            bound.append(i)
            if last:
                out.append(list(bound))
            else:
                _walk(parse, nodes, bound, out)
            bound.pop()

"""The pattern walker (`ingest/walker.py`) beside spaCy's own DependencyMatcher:
over the sentences of half the case corpus and the sample articles, both given
the deal patterns, they must give the same matches in the same order (the
walker replaced the matcher for speed; the roles bound must not change)."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher

from ingest.extract import Extractor
from ingest.roles import _compile
from ingest.walker import Parse, PatternWalker
from tests.ingest.texts import our_texts

ROOT = Path(__file__).resolve().parents[2]



def _trigger_lemmas(nodes: list[dict]) -> frozenset[str]:
    """The lemmas a compiled pattern's first node (its trigger) accepts."""
    lemma = nodes[0]["RIGHT_ATTRS"]["LEMMA"]
    return frozenset(lemma["IN"] if isinstance(lemma, dict) else [lemma])


@pytest.fixture(scope="module")
def setup():
    ex = Extractor(scorer=False)
    roles = ex.proposer.roles
    matcher = DependencyMatcher(ex.nlp.vocab)
    for index, pattern in enumerate(roles.patterns):
        matcher.add(str(index), [_compile(pattern)])
    return ex, roles, matcher


@pytest.fixture(scope="module")
def matchers_by_trigger(setup):
    """spaCy's matcher split by the patterns' trigger lemmas. A pattern binds
    a word to every node, so in a sentence without any of its trigger's
    lemmas spaCy finds nothing for it: only the matchers whose lemmas occur
    need running. One matcher over all ~11,000 compiled patterns takes a
    third of a second a sentence (twenty minutes over the corpus); the split
    takes a fiftieth, and `test_split_matchers_give_what_one_matcher_gives`
    holds it to the single matcher's answer."""
    ex, roles, _ = setup
    groups: dict[frozenset[str], DependencyMatcher] = {}
    for index, pattern in enumerate(roles.patterns):
        nodes = _compile(pattern)
        groups.setdefault(_trigger_lemmas(nodes), DependencyMatcher(ex.nlp.vocab)).add(str(index), [nodes])
    return groups


def _theirs(ex, matchers, sent) -> list[tuple[int, list[int]]]:
    """spaCy's matches over the sentence read alone, pattern by pattern (as the walker gives them)."""
    doc = sent.as_doc()
    present = {token.lemma_ for token in doc}
    found = [(int(ex.nlp.vocab.strings[key]), [sent.start + i for i in ids])
             for lemmas, matcher in matchers if lemmas & present for key, ids in matcher(doc)]
    return sorted(found, key=lambda m: m[0])    # stable: each pattern's matches keep spaCy's order


def test_walker_gives_what_the_dependency_matcher_gives(setup, matchers_by_trigger):
    """Over every second text of the samples and the case corpus (the same
    ones in every run: spaCy's matcher takes a fiftieth of a second a
    sentence, and every text would take CI two minutes of its twenty)."""
    ex, roles, _ = setup
    every = list(range(len(roles.patterns)))
    compared = matched = 0
    for doc in ex.nlp.pipe(our_texts()[::2]):
        parse = Parse(doc)
        for sent in doc.sents:
            theirs = _theirs(ex, matchers_by_trigger.items(), sent)
            ours = roles.walker.matches(parse, sent, every)
            assert ours == theirs, sent.text
            compared += 1
            matched += len(ours)
    # the comparison is about something: many sentences, many matches
    assert compared > 400 and matched > 300, (compared, matched)


def test_split_matchers_give_what_one_matcher_gives(setup, matchers_by_trigger):
    """Over four sample articles (dense with deals), the matchers split by
    trigger give exactly what one matcher over every pattern gives."""
    ex, _, matcher = setup
    samples = sorted((ROOT / "ingest" / "samples").glob("*.txt"))[:4]
    compared = matched = 0
    for doc in ex.nlp.pipe(path.read_text("utf-8") for path in samples):
        for sent in doc.sents:
            one = sorted(((int(ex.nlp.vocab.strings[key]), [sent.start + i for i in ids])
                          for key, ids in matcher(sent.as_doc())), key=lambda m: m[0])
            assert _theirs(ex, matchers_by_trigger.items(), sent) == one, sent.text
            compared += 1
            matched += len(one)
    assert compared > 15 and matched > 40, (compared, matched)


def test_walker_reads_a_sentence_whose_words_hang_outside_it(setup):
    """A span cut out of its parse (words whose heads lie outside it) is read
    as spaCy reads it on its own (`as_doc`): the first cut-off word becomes
    the root, the others hang from it with the relation "dep"."""
    ex, _, _ = setup
    doc = ex.nlp("Acme invested in Zorb, and Quell backed Vantor.")
    assert [t.head.i for t in doc] == [1, 1, 1, 2, 1, 1, 7, 1, 7, 7]    # the parse this test is about
    cut = doc[2:]                       # "in Zorb, and Quell backed Vantor."
    patterns = [
        [{"RIGHT_ID": "p", "RIGHT_ATTRS": {"LEMMA": {"IN": ["in"]}}},
         {"LEFT_ID": "p", "REL_OP": "<", "RIGHT_ID": "v", "RIGHT_ATTRS": {}}],
        [{"RIGHT_ID": "p", "RIGHT_ATTRS": {"LEMMA": {"IN": ["in"]}}},
         {"LEFT_ID": "p", "REL_OP": ">", "RIGHT_ID": "c", "RIGHT_ATTRS": {"DEP": "dep"}}],
        [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["back"]}}},
         {"LEFT_ID": "v", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": {}}],
        [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["back"]}}},
         {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "d", "RIGHT_ATTRS": {"POS": {"IN": ["PROPN", "PUNCT"]}}}],
    ]
    walker, matcher = PatternWalker(ex.nlp.vocab), DependencyMatcher(ex.nlp.vocab)
    for index, nodes in enumerate(patterns):
        assert walker.add(nodes) == index
        matcher.add(str(index), [nodes])
    ours = walker.matches(Parse(doc), cut, [0, 1, 2, 3])
    assert ours == [(1, [2, 4]), (1, [2, 5]), (1, [2, 7]), (2, [7, 2]), (3, [7, 6]), (3, [7, 8]), (3, [7, 9])]
    theirs = sorted((int(ex.nlp.vocab.strings[k]), [cut.start + i for i in ids]) for k, ids in matcher(cut.as_doc()))
    assert ours == theirs


def test_walker_stays_inside_a_span_whose_words_head_words_outside_it(setup):
    """A span cut before the end of its phrase ("Acme invested in" of
    "... in Zorb") holds "in" but not its object: its words all hang inside
    it, yet "Zorb" hangs from one of them. The walker must not bind that
    word (spaCy's matcher, reading the span alone, never sees it); a pattern
    that needs a word the span lacks gives nothing either."""
    ex, _, _ = setup
    doc = ex.nlp("Acme invested in Zorb, and Quell backed Vantor.")
    assert [t.head.i for t in doc][:4] == [1, 1, 1, 2]      # the parse this test is about
    cut = doc[0:3]
    patterns = [
        [{"RIGHT_ID": "p", "RIGHT_ATTRS": {"LEMMA": {"IN": ["in"]}}},
         {"LEFT_ID": "p", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {}}],
        [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["invest"]}}},
         {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "p", "RIGHT_ATTRS": {"LOWER": "in"}}],
        [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["invest"]}}},
         {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "o", "RIGHT_ATTRS": {"LOWER": "zorb"}}],
    ]
    walker, matcher = PatternWalker(ex.nlp.vocab), DependencyMatcher(ex.nlp.vocab)
    for index, nodes in enumerate(patterns):
        walker.add(nodes)
        matcher.add(str(index), [nodes])
    ours = walker.matches(Parse(doc), cut, [0, 1, 2])
    assert ours == [(1, [1, 2])]
    assert ours == sorted((int(ex.nlp.vocab.strings[k]), [cut.start + i for i in ids]) for k, ids in matcher(cut.as_doc()))
    # over the whole sentence the same patterns reach "Zorb"
    assert walker.matches(Parse(doc), next(doc.sents), [0, 1, 2]) == [(0, [2, 3]), (1, [1, 2]), (2, [1, 3])]


def test_walker_refuses_what_it_cannot_match(setup):
    ex, _, _ = setup
    walker = PatternWalker(ex.nlp.vocab)
    trigger = {"RIGHT_ID": "t", "RIGHT_ATTRS": {"LEMMA": {"IN": ["buy"]}}}
    with pytest.raises(ValueError, match="unsupported step"):
        walker.add([trigger, {"LEFT_ID": "t", "REL_OP": ".", "RIGHT_ID": "n", "RIGHT_ATTRS": {}}])
    with pytest.raises(ValueError, match="unsupported token attribute 'SHAPE'"):
        walker.add([trigger, {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "n", "RIGHT_ATTRS": {"SHAPE": "Xxxx"}}])
    with pytest.raises(ValueError, match="must name its lemmas"):
        walker.add([{"RIGHT_ID": "t", "RIGHT_ATTRS": {"POS": "VERB"}}])
    walker.add([trigger])
    doc = ex.nlp("Acme will buy Zorb.")
    with pytest.raises(ValueError, match="each pattern is asked for once"):
        walker.matches(Parse(doc), doc[:], [0, 0])


def test_commitments_come_in_the_same_order_whatever_the_hash_seed():
    """Trigger classes are walked in the patterns' order, not a set's: the
    order of an article's commitments (and so `extract --json`) is the same
    in every run (it followed Python's string hashing, which changes per process)."""
    import os
    import subprocess
    import sys

    code = ("from ingest.extract import Extractor; from ingest.loaders import RawArticle; "
            "ex = Extractor(); t = 'SoftBank bought Ampere Computing from Carlyle for $6.5 billion and ordered servers from Oracle.'; "
            "print([(c.kind, c.from_, c.to) for c in ex.extract(RawArticle(t, 't')).commitments])")
    outs = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1")}
    assert outs == {"[('acquisition', 'SoftBank', 'Ampere Computing'), ('compute_purchase', 'SoftBank', 'Oracle')]\n"}

"""The name cues' matcher (`ingest/edge_matcher.py`) beside spaCy's own Matcher:
over the case corpus and the sample articles, asked for the matches
ending or starting at every position (the finder asks only at the edges
of candidate names), both must find the same matches (the edge matcher replaced the Matcher
for speed; the weights the names get must not change)."""
from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Token

from ingest.edge_matcher import EdgeMatcher
from ingest.extract import Extractor
from ingest.names import token_tests
from tests.ingest.texts import our_texts


@pytest.fixture(scope="module")
def ex():
    return Extractor(scorer=False)


def test_edge_matcher_finds_what_the_matcher_finds_around_names(ex):
    finder = ex.recognizer.names
    tests = token_tests(finder.cues)
    for name, test in tests.items():
        Token.set_extension(f"cue_{name}", getter=test, force=True)
    matcher = Matcher(ex.nlp.vocab)
    for index, (_, cue_pattern) in enumerate(finder.patterns):     # the cues', then those they need after a name
        pattern = [{**{k: v for k, v in tok.items() if k != "_"},
                    **({"_": {f"cue_{n}": w for n, w in tok["_"].items()}} if "_" in tok else {})}
                   for tok in cue_pattern]
        matcher.add(str(index), [pattern])
    found = 0
    for doc in ex.nlp.pipe(our_texts()):
        everywhere = set(range(len(doc) + 1))
        theirs = sorted((int(ex.nlp.vocab.strings[k]), s, e) for k, s, e in matcher(doc))
        ours = sorted(finder.matcher.matches(doc, before=everywhere, after=everywhere))
        assert ours == theirs, doc.text
        found += len(ours)
    assert found > 1000, found       # the comparison is about something


def test_optional_words_give_each_distinct_match_once(ex):
    """ "Acme's chips shares": the optional word may be taken or skipped,
    so two matches start after "Acme"; ", , who" style repeats are one."""
    m = EdgeMatcher([("after", [{"LOWER": "'s"}, {"IS_ALPHA": True, "OP": "?"}, {"LOWER": {"IN": ["chips", "shares"]}}]),
                     ("before", [{"LOWER": "backed"}, {"IS_ALPHA": True, "OP": "?"}, {"IS_ALPHA": True, "OP": "?"},
                                 {"LOWER": "by"}])])
    doc = ex.nlp.make_doc("Acme's chips shares rose after being backed mostly by Zorb.")
    assert [t.text for t in doc][:4] == ["Acme", "'s", "chips", "shares"]
    assert m.matches(doc, before={10}, after={1}) == [(0, 1, 3), (0, 1, 4), (1, 7, 10)]


def test_edge_matcher_refuses_what_it_cannot_match():
    with pytest.raises(ValueError, match="unsupported quantifier"):
        EdgeMatcher([("after", [{"ORTH": ",", "OP": "*"}])])
    with pytest.raises(ValueError, match="unsupported token attribute 'SHAPE'"):
        EdgeMatcher([("after", [{"SHAPE": "Xxxx"}])])
    with pytest.raises(ValueError, match="unknown token test 'planet'"):
        EdgeMatcher([("after", [{"_": {"planet": True}}])])
    with pytest.raises(ValueError, match="side is 'before' or 'after'"):
        EdgeMatcher([("around", [{"ORTH": ","}])])

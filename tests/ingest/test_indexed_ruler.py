"""The attribute ruler's indexed matching finds what spaCy's Matcher finds."""
import pytest
from spacy.pipeline import AttributeRuler

from ingest.indexed_ruler import IndexedRules
from ingest.pipeline import load_nlp

# our own sentences, chosen for the ruler's kinds of pattern: the tag map (every word), words
# with their tags ("ai n't"), two-word runs ("gon na", "let 's"), regular expressions ("Series
# B", "nothin'"), a number before "pc", NOT_IN tests (auxiliaries, determiners), spaces
TEXTS = [
    "Acme led the Series B in Zeta, and it ain't over: they're gonna raise more.",
    "Let's see: Harbor AI took 60pc of the round.  Nothin' else was sold.",
    "Y'all know that which was bought is theirs; there were two bids.\n\nThe Series C-1 closed.",
    "Zeta's GPUs, which Acme co-designed, were pre-ordered by Orvane in March 2025.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _before_ruler(nlp, text):
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("attribute_ruler")]):
        return nlp(text)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_matcher(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    doc = _before_ruler(nlp, text)
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert len(ruler.match(doc)) >= len(doc)       # the tag map alone matches every word


def test_same_words_written(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    for text in TEXTS:
        ours, theirs = _before_ruler(nlp, text), _before_ruler(nlp, text)
        ruler.set_annotations(ours, ruler.match(ours))
        ruler.set_annotations(theirs, AttributeRuler.match(ruler, theirs))
        assert [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in ours] == \
               [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in theirs]


def test_a_pattern_added_later_is_found():
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    rules = IndexedRules(ruler)
    ruler.add([[{"LOWER": "zorblat"}]], {"LEMMA": "zorb"})
    doc = _before_ruler(nlp, "Acme bought Zorblat.")
    assert rules.match(doc) == AttributeRuler.match(ruler, doc)
    assert nlp("Acme bought Zorblat.")[2].lemma_ == "zorb"

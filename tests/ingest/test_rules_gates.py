"""The older relation rules (ingest/relations.py) that are tried only where
their sentence holds one of their nouns still read every sentence that
does: a unit and its parent, a stated supply tie, the members of a venture
and a model's owner, each from the rules alone (not the patterns), with the
exact deals each gives; a sentence whose words lack those nouns gives none."""
import pytest

from ingest.extract import Extractor
from ingest.relations import _walled
from ingest.sentences import Sentences
from ingest.walker import parse_of


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def rule_deals(ex, text):
    """The older rules' deals of a text, read as the extractor reads them
    (mentions, then references resolved), without the patterns."""
    doc = ex.nlp(text)
    mentions = ex.recognizer.mentions(doc, text)
    sents = parse_of(doc).sents
    resolved = sorted(mentions + ex.references.resolve(doc, mentions, text, sents), key=lambda m: m.start)
    found = ex.relations.extract_resolved(doc, resolved, sents, text, Sentences(text))
    return sorted((c.kind, c.src, c.dst) for c in found)


CASES = [
    # a unit named as its parent's ("unit", "division")
    ("Graphcore, a unit of SoftBank, signed a lease in Ohio.", [("investment", "SoftBank", "Graphcore")]),
    ("SoftBank's chip design division, Graphcore, will move to Tokyo.", [("investment", "SoftBank", "Graphcore")]),
    # a supply tie stated as fact ("provider")
    ("CoreWeave serves as Mistral's primary cloud provider.", [("compute_purchase", "Mistral AI", "CoreWeave")]),
    # the members of one venture ("initiative", "venture")
    ("The initiative announced by Microsoft and Oracle will train doctors.", [("partnership", "Microsoft", "Oracle")]),
    ("Microsoft's venture with Oracle will build a data center.", [("partnership", "Microsoft", "Oracle")]),
    # a model's owner, named as the possessor of "models"
    ("Mistral's models are available through Amazon Bedrock.", [("distribution", "Mistral AI", "Amazon")]),
    # none of those nouns: none of those deals
    ("Graphcore and SoftBank met in Ohio last week.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_rule_reads_its_sentence(ex, text, expected):
    assert rule_deals(ex, text) == expected


def test_sentences_that_are_trees_of_their_own(ex):
    doc = ex.nlp("Graphcore signed a lease. SoftBank opened an office in Tokyo.")
    sents = list(doc.sents)
    assert _walled(doc, sents)
    assert not _walled(doc, sents[:1])                      # the doc not covered
    assert not _walled(doc, [doc[0:2], doc[2:]])            # a word's head outside its part

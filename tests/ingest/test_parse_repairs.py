"""A parse repair that breaks the tree is undone: the article is still read, not lost (E039);
and the repairs that need a test of their own beside their docstrings."""
import pytest
from spacy.language import Language

from ingest.pipeline import load_nlp, rooted

TEXT = "Meta to acquire chip startup Rivos for $2 billion\n\nMeta will pay cash for Rivos, a chip designer."


@Language.component("test_cycle_maker")
def cycle_maker(doc):
    """A repair gone wrong: the first two words each other's head."""
    doc[0].head, doc[1].head = doc[1], doc[0]
    return doc


@pytest.fixture(scope="module")
def broken_nlp():
    nlp = load_nlp.__wrapped__(None)     # a copy of its own: the shared pipeline stays as it is
    nlp.add_pipe("test_cycle_maker", before="dealgraph_rooted_tree")
    return nlp


def test_a_headline_with_a_descriptor_read_as_its_root_keeps_a_rooted_tree():
    doc = load_nlp(None)(TEXT)
    assert rooted(doc)
    assert [s.text.strip() for s in doc.sents][0] == "Meta to acquire chip startup Rivos for $2 billion"
    assert [(t.text, t.dep_, t.head.text) for t in doc[4:6]] == [("startup", "compound", "Rivos"),
                                                                  ("Rivos", "dobj", "acquire")]


def test_a_repair_that_leaves_a_cycle_is_undone_and_the_others_kept(broken_nlp):
    doc = broken_nlp(TEXT)
    good = load_nlp(None)(TEXT)
    assert rooted(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in good]
    assert len(list(doc.sents)) == 2


def test_a_description_with_a_participle_heads_its_phrase():
    """"a start-up designing inference chips", read by the parser as one noun
    headed by "chips", is the start-up's phrase: the article called the
    company a start-up."""
    nlp = load_nlp(None)
    doc = nlp("Zeta, a Santa Clara start-up designing inference chips, raised $50 million.")
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("start", "designing", "chips")] == \
        [("start", "appos", "Zeta"), ("designing", "acl", "start"), ("chips", "dobj", "designing")]
    doc = nlp("Zeta runs a startup funding platform in Ohio.")     # a noun in -ing is no participle
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("startup", "funding")] == \
        [("startup", "compound", "platform"), ("funding", "compound", "platform")]


def test_a_verb_in_s_read_as_the_head_of_its_subject_is_a_verb_again():
    """"A's $400 million investment anchors the round": the small model reads
    "investment anchors" as one noun; the noun before it becomes the
    subject, taking the possessive and the figure, and "the round" the object."""
    doc = load_nlp(None)("Orbit Capital's $400 million investment anchors the round, the company said.")
    assert [(t.text, t.dep_, t.head.text, t.pos_) for t in doc if t.text in ("investment", "anchors", "round")] == \
        [("investment", "nsubj", "anchors", "NOUN"), ("anchors", "ccomp", "said", "VERB"),
         ("round", "dobj", "anchors", "NOUN")]
    assert [t.head.text for t in doc if t.text in ("Capital", "million")] == ["investment", "investment"]
    doc = load_nlp(None)("The headline numbers: 800 megawatts of capacity.")    # a heading before a colon stays
    assert [(t.dep_, t.pos_) for t in doc if t.text == "numbers"] == [("ROOT", "NOUN")]


def test_a_round_letter_that_ends_a_sentence_is_split_from_its_full_stop():
    doc = load_nlp(None)("Tamsin AI raised $80 million in a Series B. Orbit Capital led the round.")
    assert [s.text for s in doc.sents] == ["Tamsin AI raised $80 million in a Series B.", "Orbit Capital led the round."]
    assert [t.text for t in doc][9:12] == ["B", ".", "Orbit"]
    doc = load_nlp(None)("The Series B. was led by Orbit.")    # no capital after it: left as it is
    assert len(list(doc.sents)) == 1 and "B." in [t.text for t in doc]

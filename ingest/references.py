"""Who a mention stands for: the company an article means by "it", "the
startup", "the chipmaker" or "the ChatGPT maker", and the companies a
sentence names only in passing ("OpenAI rival Anthropic", the speaker of
"X said"), which are no party to its deals.

>>> REFERENCE.match("the chip maker") is not None, DESCRIBED_ROLE["hyperscaler"]
(True, 'cloud_providers')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.strings import hash_string
from spacy.symbols import nsubj, nsubjpass, pobj
from spacy.tokens import Doc, Span, Token

from .defined_terms import term_mentions
from .discourse import (INVESTOR_NOUNS, SPEECH_LEMMAS, VENTURE_NOUNS, RoundTarget, article_homes, described,
                        descriptions, event_pronoun, exemplified, investing_companies, party_pronoun,
                        phrasal_rivalry, places_in, receives_money, subject_companies)
from .figure_words import ROUND, SHARES
from .gazetteer import Gazetteer, Known
from .interviews import (ASKING_LABELS, ASKING_LINE, INTERVIEW_LABEL, answers, in_answer, paragraph_end,
                         paragraph_start, question_before)
from .names import MONTH_WORDS, SPEAKER_LABEL, UNIT_NOUNS
from .parties import FORMER, HOLDINGS, RENT_VERBS, _governing, _mroot
from .patterns.rule_words import (ADVERSARIAL, NOT_A_PARTY_PREP, OWNING_PARTICIPLES, PEOPLE, RELIANCE, RELIANCE_VERBS,
                                  RIVALS, SAY_VERBS, SOURCE_CITING)
from .patterns.vocab import LEMMAS
from .pipeline import Mention
from .roles import JOINTLY, MODEL_NOUNS, RELATIVE_PRONOUNS, STAFF_NOUNS, complemented, distributes, relative_subject
from .sentences import by_sentence
from .status import not_taken
from .walker import parse_of

# trades a company may be called by in a later sentence, which stand only for one the article called so
# ("Orbis, the largest online marketplace, ... The marketplace is also buying ...")
TRADES = ("the marketplace", "the bank", "the lender", "the drugmaker", "the miner", "the publisher", "the studio",
          "the utility", "the consultancy", "the airline", "the broadcaster",
          # a unit, by any of its nouns ("A, the AI subsidiary of B, ... The unit signed ...": A)
          "the unit", "the subsidiary", "the division", "the affiliate")
REFERENCE_PHRASES = ("it", "its", "the company", "the firm", "the startup", "the start-up", "the lab", "the chipmaker",
                     "the chip maker", "the chip giant", "the chip designer", "the software giant", "the software maker",
                     "the tech giant", "the search giant", "the cloud giant", "the cloud provider", "the cloud company",
                     "the hyperscaler", "the e-commerce giant", "the ai lab", "the ai startup", "the ai company",
                     "the ai developer", "the developer", "the neocloud", "the venture", "the joint venture",
                     "the vehicle", "the retailer", "the group", "the giant", "the social network",
                     "the social media company", "the software company", "the software firm", "the software group",
                     "the chip company", "the chip firm", "the cloud firm",   # "the online retailer"
                     "the operator", "the provider",     # "the data-centre operator", "the Amsterdam-based provider"
                     "the maker", "the manufacturer", "the supplier", "the vendor", "the builder", "the designer",
                     "the specialist",      # "the website builder", "the server maker"
                     "the conglomerate", "the carrier", "the telco", "the automaker", "the carmaker", "the insurer",
                     "the search company", "the search group", "the search firm", "the e-commerce group",
                     "the e-commerce company", "the memory giant", "the social-media group", "the social media group",
                     "the social-media company", "the model developer", "the model maker",
                     # trades named only where the article described a company so (`TRADE_FORMS`)
                     *TRADES)
# references to a venture, which stand only for a company the article called one ("Zeta, a joint venture")
VENTURE_FORMS = frozenset({"the venture", "the joint venture", "the vehicle"})
# ... and to a trade no role of the gazetteer's names, likewise ("Stellhaus, the German carmaker, ... the carmaker";
# "Great Lakes Ventures, the insurer's venture arm": an insurer never named, not the startup the round is for)
TRADE_FORMS = frozenset({"the insurer", "the automaker", "the carmaker", "the conglomerate", *TRADES})
REFERENCE = re.compile("^(" + "|".join(map(re.escape, REFERENCE_PHRASES)) + ")$", re.I)
# the last word of each ("provider"; "up" of "start-up", which the tokenizer splits)
_REFERENCE_HEADS = {p.split()[-1].split("-")[-1] for p in REFERENCE_PHRASES}
# A description that says what kind of company it means resolves to the last
# company of that kind named ("... in OpenAI. The software giant ..." -> Microsoft).
DESCRIBED_ROLE = {"chipmaker": "chip_vendors", "chip maker": "chip_vendors", "chip giant": "chip_vendors",
                  "chip designer": "chip_vendors", "software giant": "software", "software maker": "software",
                  "cloud giant": "cloud_providers", "cloud provider": "cloud_providers",
                  "cloud company": "cloud_providers", "hyperscaler": "cloud_providers", "neocloud": "cloud_providers",
                  "startup": "model_labs", "start-up": "model_labs", "lab": "model_labs", "ai lab": "model_labs",
                  "ai startup": "model_labs", "ai company": "model_labs", "ai developer": "model_labs",
                  "retailer": "retailers", "e-commerce giant": "retailers", "search giant": "search_engines",
                  "social network": "social_networks", "social media company": "social_networks",
                  "software company": "software", "software firm": "software", "software group": "software",
                  "chip company": "chip_vendors", "chip firm": "chip_vendors", "cloud firm": "cloud_providers",
                  "gpu maker": "chip_vendors", "gpu giant": "chip_vendors", "graphics chipmaker": "chip_vendors",
                  "memory maker": "chip_vendors", "memory chipmaker": "chip_vendors",
                  "semiconductor giant": "chip_vendors", "semiconductor company": "chip_vendors",
                  "semiconductor group": "chip_vendors", "search company": "search_engines",
                  "search group": "search_engines", "search firm": "search_engines", "e-commerce group": "retailers",
                  "e-commerce company": "retailers", "memory giant": "chip_vendors",
                  "social-media group": "social_networks", "social media group": "social_networks",
                  "social-media company": "social_networks", "model developer": "model_labs",
                  "model maker": "model_labs", "carrier": "telcos", "telco": "telcos", "mobile operator": "telcos",
                  "telecom operator": "telcos", "telecoms operator": "telcos", "telecoms group": "telcos",
                  "telecom group": "telcos", "mobile carrier": "telcos", "wireless carrier": "telcos",
                  "carmaker": "carmakers", "car maker": "carmakers", "automaker": "carmakers",
                  "auto maker": "carmakers", "car giant": "carmakers"}
MAKER_WORDS = ("maker", "developer", "creator", "owner", "parent")
STARTUP_WORDS = frozenset({"startup", "start-up"})
MAKER = re.compile(r"\b[Tt]he (?:(?P<thing>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?:" + "|".join(MAKER_WORDS) + r")\b|(?:"
                   + "|".join(MAKER_WORDS) + r") of (?P<of>[A-Z](?:[\w.-]*\w)?(?: [A-Z](?:[\w.-]*\w)?)?))")
_THE = hash_string("the")
_REFERENCE_STARTS = {hash_string(w) for w in ("it", "its", "the")}


def _backed_by_subject(i: int, doc: Doc, here: list[Mention]) -> str | None:
    """The company an earlier subject is described as backing, in apposition:
    "A, an investor in Zeta," -> Zeta; "A, a backer of Zeta," -> Zeta. A
    description of a startup after it is about that company, not its backer."""
    for ap in doc[i].children:
        if ap.dep_ != "appos" or ap.lemma_.lower() not in INVESTOR_NOUNS:
            continue
        for obj in (o for p in ap.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for o in p.children if o.dep_ == "pobj"):
            named = [m.company for m in here if m.company and m.token_start <= obj.i < m.token_end]
            if named:
                return named[0]
    return None


def named_in_passing(root: Token) -> bool:
    """A company named only to describe another party or a contrast, not as
    a party: "OpenAI rival Anthropic", "trailed rivals AWS and Azure",
    "reduce dependence on Nvidia", "unlike Google", "rather than buying from
    Nvidia", the speaker of "X said"."""
    first = root
    while first.dep_ == "conj" and first.head != first:
        first = first.head      # (one of a list of them: "former Duolingo and Argo AI engineers")
    if first.dep_ in ("compound", "poss", "nmod") and (first.head.lemma_.lower() in PEOPLE or _co_title(first.head)) \
            and not _staff_acting(first.head):
        return True     # "former OpenAI executive Mira Murati", "an OpenAI co-founder"
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and not_taken(verb):
        return True     # "made its own chips rather than buying them from B"
    tok, seen = root, 0
    while tok.dep_ in ("compound", "conj", "appos", "flat") and tok.head != tok and seen < 8:
        if tok.head.lower_ in RIVALS and (tok.dep_ == "compound" or tok.dep_ == "appos" and not _acting(tok.head)):
            return True     # "rivals AWS and Azure"; not "Its rival, Kovix, agreed to buy B" (the rival acts)
        tok, seen = tok.head, seen + 1
    if tok.dep_ == "poss" and tok.head.dep_ == "pobj" and _against(tok.head.head):
        return True     # "another alternative to OpenAI's models"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAY_VERBS and _speaks(tok.head):
        return True     # the speaker of "X said (that) ..."; "it" in the reported clause still stands for X
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in ("from", "at") and prep.head.lemma_.lower() in PEOPLE and not _staff_acting(prep.head):
            return True     # "founded by researchers from A and B", "engineers at A": where people worked
        noun = exemplified(tok)     # "take on incumbents such as A and B": what the examples are
        if noun is not None and (noun.lemma_.lower() in RIVALS or named_in_passing(noun) or noun.dep_ == "pobj"
                                 and noun.head.head.lemma_.lower() in RELIANCE_VERBS):
            return True
        return prep.lower_ in NOT_A_PARTY_PREP or prep.head.lemma_.lower() in RELIANCE | ADVERSARIAL \
            or prep.lower_ == "to" and prep.head.lower_ in SOURCE_CITING or _against(prep) or _contested(prep)
    return tok.dep_ == "dobj" and (tok.head.lemma_.lower() in ADVERSARIAL or phrasal_rivalry(tok.head))


def _in_persons_apposition(root: Token) -> bool:
    """Whether a name only says where a person described by apposition
    worked: "B" in "A's chief executive, a former B executive, said".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta's chief executive, a former Acme executive, said the company grew.")
    >>> _in_persons_apposition(doc[7]), _in_persons_apposition(doc[0])
    (True, False)
    """
    tok = root
    while tok.dep_ in ("compound", "conj") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "appos" and tok.lemma_.lower() in PEOPLE


def _staff_acting(people: Token) -> bool:
    """A company's people who act for it now, as their clause's subject or
    whom one works with: "NVIDIA engineers will work with A", "researchers
    at B are building ...", "A will work with NVIDIA engineers" (not "former
    OpenAI researchers", nor "founded by engineers from B")."""
    acting = people.dep_ in ("nsubj", "conj") or people.dep_ == "pobj" and people.head.lower_ == "with" \
        and people.head.head.lemma_.lower() in _WORKING_WITH
    return people.lemma_.lower() in STAFF_NOUNS and acting and not any(ch.lower_ in FORMER for ch in people.children)


# working alongside another's people: "A will work with B engineers"
_WORKING_WITH = frozenset({"work", "collaborate", "partner", "team", "research"})


def _contested(prep: Token) -> bool:
    """A "with" phrase in what a verb of rivalry contests: "A competes for
    contracts with B and C" names B and C as rivals, not as parties.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme competes for similar contracts with Zorb and Vexa.")
    >>> _contested(doc[5])
    True
    >>> doc = load_nlp(None)("Acme competes with a field of specialists, including Zorb.")
    >>> _contested(doc[6])      # "of"
    True
    """
    tok, contested = prep, prep.lower_ == "with"
    while tok.dep_ in ("prep", "pobj") and tok.head.i != tok.i:
        tok = tok.head
        contested |= tok.dep_ == "prep" and tok.lower_ == "with"    # "competes with a field of B and C"
    return contested and tok.lemma_.lower() in ADVERSARIAL


def _against(prep: Token) -> bool:
    """"an alternative to ...", "a rival to (of) ...": what follows is compared with, no party."""
    return prep.lower_ in ("to", "of") and prep.head.lemma_.lower() in RIVALS and prep.head.pos_ == "NOUN"


def _acting(noun: Token) -> bool:
    """A noun that is its clause's subject: "Its rival, Kovix, agreed to buy B"."""
    return noun.dep_ in ("nsubj", "nsubjpass")


def mention_in_passing(m: Mention, doc: Doc) -> bool:
    """`named_in_passing` of a mention's head, worked out once per mention
    (the patterns ask it of every pair a mention is in, the rules of every sentence's party)."""
    if m.passing is None:
        m.passing = named_in_passing(m.head(doc))
    return m.passing


def _speaks(verb: Token) -> bool:
    """A verb of saying used as one: "X added that ...", not "X added
    OpenAI's models to its platform" (an object and no reported clause)."""
    deps = {ch.dep_ for ch in verb.children}
    return "dobj" not in deps or bool(deps & {"ccomp", "parataxis"})


def _co_title(tok: Token) -> bool:
    """"co" of a title the tokenizer split ("co-founder" as co / - / founder)."""
    return tok.lower_ == "co" and tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "-" \
        and tok.nbor(2).lemma_.lower() in PEOPLE


def _relative_antecedent(tok: Token, mentions: list[Mention], doc: Doc) -> str | None:
    """The company a relative clause hangs from, where the nearest clause
    above `tok` is a relative one with a pronoun subject: in "Google invested
    in Anthropic, which counts Amazon as its cloud partner", "its" is
    Anthropic, not the sentence's subject.

    >>> from ingest.extract import Extractor
    >>> ex, text = Extractor(), "Google invested in Anthropic, which counts Amazon as its cloud partner."
    >>> doc = ex.nlp(text)
    >>> doc[9].text, _relative_antecedent(doc[9], ex.recognizer.mentions(doc, text), doc)
    ('its', 'Anthropic')
    """
    for verb in (t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")):
        subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        if verb.dep_ != "relcl" or subjects[0].lower_ not in RELATIVE_PRONOUNS:
            return None
        return next((m.company for m in mentions if m.company and (m.token_start <= verb.head.i < m.token_end
                     or _governing(_mroot(doc, m)) == verb.head)), None)
    return None


def _reporting_company(it: Token, mentions: list[Mention], doc: Doc) -> str | None:
    """The company that reports the clause an "it" is the object of, where
    the clause's own subject is another: "A said B would pay it $2 billion",
    "A says B has chosen it" -> A; None where no company reports it.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme said Zeta would pay it $2 billion.")
    >>> found = [Mention(0, 4, 0, 1, "Acme", Known("Company", "Acme")),
    ...          Mention(10, 14, 2, 3, "Zeta", Known("Company", "Zeta"))]
    >>> _reporting_company(doc[5], found, doc)
    'Acme'
    """
    own = _clause_subject(it, mentions, doc)
    for verb in it.head.ancestors:
        if verb.lemma_.lower() in SAY_VERBS:
            speaker = next((_clause_subject(ch, mentions, doc) for ch in verb.children if ch.dep_ == "nsubj"), None)
            return speaker if speaker != own else None
    return None


def _clause_subject(tok: Token, mentions: list[Mention], doc: Doc) -> str | None:
    """The company that is the subject of the clause a token sits in
    (climbing "plans to invest" to the verb that has the subject)."""
    for verb in (t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")):
        subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        for m in mentions:
            if m.company and any(m.token_start <= ch.i < m.token_end or
                                 _governing(_mroot(doc, m)) == ch for ch in subjects):
                return m.company
        return None
    return None


def _reference_phrases(doc: Doc) -> list[Span]:
    """"it", "its", and "the ..." phrases up to their head noun ("the cloud
    provider" also in "the cloud provider's offering") whose head can end a
    reference: found from the parse's LOWER column rather than a walk of every token."""
    out = []
    lowers = parse_of(doc).columns[1]      # (the LOWER column, read once for every reader)
    starts = _REFERENCE_STARTS
    for i in [i for i, word in enumerate(lowers) if word in starts]:
        word = lowers[i]
        tok = doc[i]
        if word != _THE:
            out.append(doc[i:i + 1])
        elif tok.dep_ == "det":
            head = tok.head
            if head.i > i and head.lower_ in _REFERENCE_HEADS and head.pos_ in ("NOUN", "PROPN"):
                out.append(doc[i:head.i + 1])
    return out


# the words a long description may add before its noun: "the artificial
# intelligence infrastructure company", "the data labeling startup" (a hyphen is no word)
DESCRIPTION_DEPS = ("compound", "amod", "nmod")
LONGEST_DESCRIPTION = 6
# words by which a description says it is NOT the company just named: "the rival company", "the
# other startup", "the former chipmaker"
NOT_THE_ONE = set(LEMMAS["not_the_one_word"]) | RIVALS


def reference_form(np: Span) -> str | None:
    """What a phrase reads as when it may stand for a company: a reference
    phrase itself ("the startup"), or a long description made of such a
    phrase's noun and words that describe it ("the artificial intelligence
    infrastructure company" reads as "the company"); None otherwise.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme put $2 billion into the data labeling startup and the startup's rival.")
    >>> reference_form(doc[6:10]), reference_form(doc[11:13]), reference_form(doc[0:1])
    ('the startup', 'the startup', None)
    >>> doc = load_nlp(None)("Acme then put $1 billion into the rival AI company.")
    >>> reference_form(doc[6:10]) is None
    True
    """
    text = np.text.strip().lower()
    if REFERENCE.match(text):
        return text
    head, words = np[-1], np[1:-1]
    if not 0 < sum(t.lower_ != "-" for t in words) < LONGEST_DESCRIPTION or np[0].lower_ != "the":
        return None
    if any(not _describes(t) or t.lemma_.lower() in NOT_THE_ONE for t in words):
        return None
    form = "the " + _noun_word(head)
    return form if REFERENCE.match(form) else None


def described_role(np: Span, form: str) -> str | None:
    """The kind of company a description names (`DESCRIBED_ROLE`), by its
    own last words first: "the GPU maker" is a chipmaker, not any maker.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Days earlier, the GPU maker said so.")
    >>> described_role(doc[3:6], "the maker")
    'chip_vendors'
    """
    return DESCRIBED_ROLE.get(" ".join(np.text.lower().split()[-2:])) or DESCRIBED_ROLE.get(form.removeprefix("the "))


def _describes(tok: Token) -> bool:
    """A word of a description before its noun: "data labeling", "AI", and
    the parts of a hyphenated place ("Toronto-based", which the parser splits
    into a name, a hyphen and a participle)."""
    if tok.dep_ in DESCRIPTION_DEPS and tok.pos_ in ("NOUN", "ADJ", "PROPN"):
        return True
    if tok.pos_ == "NUM" and tok.dep_ == "nummod" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "-":
        return True     # "the 40-person company"
    if tok.dep_ == "amod" and tok.tag_ == "VBG" or tok.dep_ in ("npadvmod", "advmod") and tok.head.dep_ == "amod" \
            and tok.head.tag_ == "VBG" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "-":
        return True     # "the struggling chipmaker", "the loss-making startup", "the fast-growing firm"
    return tok.lower_ == "-" or _describing_participle(tok) and tok.dep_ == "amod" or \
        tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and _describing_participle(tok.head)


def _describing_participle(tok: Token) -> bool:
    """"based" or a participle of owning in a hyphenated description: "the
    Toronto-based company", "the Nvidia-backed cloud provider"."""
    return tok.lower_ == "based" or tok.lemma_.lower() in OWNING_PARTICIPLES


def _backer_in_description(m: Mention, doc: Doc) -> bool:
    """Whether a name is the backer or owner inside a description ("the
    Nvidia-backed cloud provider"), which does not make the description that
    name's own title."""
    tok = m.head(doc)
    return tok.dep_ in ("npadvmod", "compound") and tok.head.lemma_.lower() in OWNING_PARTICIPLES \
        and tok.head.dep_ == "amod"


def _placed(np: Span) -> bool:
    """Whether a description adds to its noun only where the company is:
    "the Paris lab", "the French startup", "the Toronto-based company".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("The Paris lab said the French startup and the data labeling startup grew.")
    >>> _placed(doc[0:3]), _placed(doc[4:7]), _placed(doc[8:12])
    (True, True, False)
    >>> doc = load_nlp(None)("Acme has committed $8 billion to the San Francisco start-up.")
    >>> _placed(doc[7:13])
    True
    """
    words = np[1:-3] if _noun_word(np[-1]) == "start-up" else np[1:-1]    # "the Paris start-up"
    return all(t.ent_type_ in ("GPE", "NORP", "LOC") or t.lower_ in ("-", "based") for t in words)


def _money_goes_into(tok: Token) -> bool:
    """"put $2 billion into the data labeling startup", "an investment going
    into ...", "invested in the ... company", "an investor in the
    Toronto-based company", "a stake in the Paris company", "agreed to buy
    the Santa Clara-based chip designer": where a long description is read
    as the company it stands for."""
    return tok.dep_ == "pobj" and (tok.head.lower_ == "into" or tok.head.lower_ == "in"
                                   and tok.head.head.lemma_.lower() in INVESTOR_NOUNS) or receives_money(tok) \
        or tok.head.lower_ == "in" and _holding_in(tok) \
        or tok.dep_ == "dobj" and tok.head.lemma_.lower() in ACQUIRE_VERBS and _typed_description(tok)


def _typed_description(noun: Token) -> bool:
    """Whether a description's last words name a kind of company
    (`DESCRIBED_ROLE`: "the Santa Clara-based chip designer", not "the New
    Jersey server builder")."""
    before = noun.doc[noun.i - 1] if noun.i else noun
    return f"{before.lower_} {noun.lower_}" in DESCRIBED_ROLE or _noun_word(noun) in DESCRIBED_ROLE


def _noun_word(tok: Token) -> str:
    """A description's noun as the reference phrases spell it ("up" of a split "start-up" is "start-up").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Orrin joined for the top-up and the start-up grew.")
    >>> [_noun_word(t) for t in doc if t.lower_ == "up"]
    ['up', 'start-up']
    """
    return "start-up" if tok.lower_ == "up" and tok.i > 1 and tok.nbor(-1).lower_ == "-" \
        and tok.nbor(-2).lower_ == "start" else tok.lower_     # (not "top-up", "scale-up")


@dataclass(slots=True)
class _Seen:
    """What the sentences read so far show of the companies: those the last
    sentence naming any says own or back another ("B is majority-owned by
    A": A), and those any has as a clause's subject."""
    owners: set[str] = field(default_factory=set)
    acting: set[str] = field(default_factory=set)

    def read(self, firms: list, owners: set[str]) -> None:
        """Take in a sentence's companies and the owners among them (`_owners`)."""
        if firms:
            self.owners = owners
        self.acting |= {m.company for m, _, dep in firms if dep in ("nsubj", "nsubjpass")}


class References:
    """Resolves an article's references to the companies they stand for."""

    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer

    def resolve(self, doc: Doc, mentions: list[Mention], text: str, sents: list[Span]) -> list[Mention]:
        """Mentions for "the ChatGPT maker", "the company", "it" where the article makes them clear."""
        out = self._makers(doc, text) + term_mentions(doc, text, mentions)
        made = {i: m.company for m in out for i in range(m.token_start, m.token_end)}   # a maker's phrase's words
        self._homes = None      # where the article says its companies are based: read where a place is named
        self._article = (doc, mentions)
        self._order = [(m.token_end, m.company) for m in mentions if m.company and m.known.type == "Company"]
        last_subject: str | None = None
        backed_last = False     # the last sentence's subject put money into the round ("A also took part")
        backer_backed = False   # ... and was described as backed itself
        recent: list[str] = []
        starts = [sent.start for sent in sents]
        by_sent = by_sentence(mentions, starts)
        chunks: dict[int, list[Span]] = {}   # phrases that may be references, by sentence
        for np in _reference_phrases(doc):
            chunks.setdefault(starts[bisect_right(starts, np.start) - 1], []).append(np)
        rounds = RoundTarget(mentions, doc)
        descs = descriptions(doc, mentions)
        last_group: list[str] = []      # the companies of the last sentence's subject, where two or more
        last_named: list[str] = []      # the companies the last sentence names
        last_companies: list[str] = []  # ... and those its references stand for ("A bought B from the chipmaker")
        called: dict[str, str] = {}     # the company each description last stood for ("the group": A)
        last_pair: list[str] = []       # the last two companies the last sentence lists together
        last_duo: list[str] = []        # the last two companies a group phrase stood for
        group_words = _group_words(doc)
        seen = _Seen()
        subject_at = -1     # the sentence that set last_subject (none yet)
        named_at = -1       # the sentence that set last_named
        for k, sent in enumerate(sents):
            here = by_sent.get(sent.start, [])
            rounds.read(sent, here)
            # the names of companies and their units, each with its phrase's governing word (read once);
            # the companies named (and units speaking for them), each with its phrase's role
            phrases = [(m, _governing(_mroot(doc, m))) for m in here
                       if m.company and m.known.type in ("Company", "Product")]
            firms = [(m, g, g.dep_) for m, g in phrases if m.known.type == "Company" or _unit_speaks(g)]
            owners = _owners(firms)
            now = _Seen(seen.owners | owners, seen.acting)     # with what this sentence says too
            # (a name opening a line the parser left verbless; not one describing a subject's person: "A's chief
            # executive, a former B executive, said the company ...")
            subjects = [(g.i, m.company) for m, g, dep in firms if (dep in ("nsubj", "nsubjpass")
                        or dep == "ROOT" and g.i == sent.start) and not _in_persons_apposition(_mroot(doc, m))]
            for np in chunks.get(sent.start, []):
                form = reference_form(np)
                if form is None or any(m.token_start < np.end and m.token_end > np.start
                                       and not _backer_in_description(m, doc)
                                       or m.token_start == np.end and np.root.dep_ != "poss" for m in here):
                    continue    # a name's own title ("the tech giant Microsoft") is no reference; a possessive
                    #             before a name is ("its Lumen-2 model")
                if np.root.i in made:   # "the maker of Claude", read already: the subject it may be, no more
                    if np.root.dep_ in ("nsubj", "nsubjpass"):
                        subjects = sorted([*subjects, (np.root.i, made[np.root.i])], key=lambda s: s[0])
                    continue
                mover = _price_mover(np.root, here) if np.root.pos_ != "PRON" else None
                if mover is not None:
                    # "A jumped 17% after the chip designer agreed to be bought by B": the company whose shares moved
                    out.append(Mention(np.start_char, np.end_char, np.start, np.end, np.text,
                                       Known("Company", mover), via_reference=True))
                    continue
                if form != np.text.strip().lower() and not _money_goes_into(np.root) and not _placed(np) \
                        and not ((np.start == sent.start or described_role(np, form))
                                 and np.root.dep_ in ("nsubj", "nsubjpass")) and _buying_what_it_sells(np.root) is None:
                    continue    # a long description is read only where money goes into it, or as the
                    #             subject that opens a sentence ("The social media company also rents ..."),
                    #             or a subject of a known kind ("Days earlier, the GPU maker said ..."),
                    #             or where it adds only a place ("the Paris lab's new model"), or as the
                    #             seller of what is bought ("buy any capacity the Nvidia-backed provider fails to sell")
                # one of a list that was the last subject ("A and B also invested") is no "the company", nor
                # is a backer that was ("Existing shareholder A also took part. The Oslo-based company will ...")
                single = last_subject if len(last_group) < 2 or form == "it" else None
                just_named = None
                if form.startswith("the ") and backed_last and rounds.current:
                    single = rounds.current
                elif backed_last and not backer_backed and rounds.current and _owns_backers(np.root):
                    single = rounds.current     # "A raised $58 million. B led its Series A. Its seed investors
                    #                             were C and D": the raiser's backers, not the backer's
                elif form == "it" and len(last_group) > 1 and backed_last and rounds.current:
                    single = rounds.current     # "A and B came in as investors ... It will use the cash": the raiser
                elif k - subject_at > 1 and named_at == k - 1 and len(last_named) == 1 and _opens_clause(np, here):
                    # ... right after a sentence that names one company and no subject: that company ("Take
                    # A. The Paris lab ...", "Then there is A. The fund ...", "Now add A. In March it ...")
                    single = just_named = last_named[0]
                elif form in _EMPLOYERS and (employer := _speakers_employer(np.root, here, mentions, rounds.focus)):
                    # "Intrator said the company had added A as a customer": the company a person speaks
                    # for ("Amazon chief executive Andy Jassy ... Jassy said the company"), else the one an
                    # article quoting its people is about
                    single = employer
                elif form.startswith("the ") and k - subject_at > 1 and np.start == sent.start and rounds.focus:
                    # "The company ..." opening a sentence long after the last company subject: the article's
                    # (the company raising, where that was the last subject: "A raised $95 million, with B taking
                    # part. B's contribution came to $15 million. The company builds ..." is A, however often
                    # the article names B)
                    single = last_subject if last_subject == rounds.current else rounds.focus
                target = self._target(np, form, sent, here, firms, subjects, recent, single, out, rounds,
                                      descs, now) or just_named
                if form in _EMPLOYERS and rounds.focus and in_answer(text, np.start_char) \
                        and rounds.focus not in subject_companies(np.root, here):
                    target = rounds.focus   # "A: Zorb put $50 million into the company": the one interviewed
                if target and form.startswith("the ") and not described_role(np, form) \
                        and _backs_owners_round(np.root):
                    target = _not_a_backer(target, np, sent, here, firms, subjects, last_subject, rounds)
                if np.root.pos_ != "PRON" and target in last_group and called.get(form) in last_group:
                    # after "A and B will jointly build agents", "the group" is the one the article called so
                    target = called[form]
                if target and np.root.pos_ != "PRON":
                    called[form] = target
                places = set()
                if form != np.text.strip().lower():     # (a backer's name in it is no place)
                    named_in = {i for m in here if m.token_start < np.end and m.token_end > np.start
                                for i in range(m.token_start, m.token_end)}
                    places = places_in([t for t in np[1:-1] if t.i not in named_in])
                if places and not (target and places & self._home(target)):
                    # "the Amsterdam-based company": the company based there, never one known to be based elsewhere
                    target = self._placed_target(np, form, places, here, target) or (
                        target if target and not self._home(target) else None)
                if target:
                    out.append(Mention(np.start_char, np.end_char, np.start, np.end, np.text,
                                       Known("Company", target), via_reference=True))
                    if np.root.dep_ in ("nsubj", "nsubjpass"):  # "The startup said it would ...": "it" is the startup
                        subjects = sorted([*subjects, (np.root.i, target)], key=lambda s: s[0])
                    elif np.root.dep_ == "poss" and np.root.head.dep_ in ("nsubj", "nsubjpass"):
                        # ... and so does its possessive: "The startup's costs have grown faster than its revenue"
                        subjects = sorted([*subjects, (np.root.head.i, target)], key=lambda s: s[0])
            groups = _subject_groups(firms)
            pairs = _listed_pairs(firms)
            two = last_named if len(last_named) == 2 else last_companies
            products = [m for m, g in phrases if m.known.type == "Product" and _mroot(doc, m).dep_ != "compound"]
            found = _group_mentions(sent, groups, last_group, two, firms, group_words, (pairs, last_pair), last_duo,
                                    products)
            out += found
            topic = next((m.company for m, g, dep in firms
                          if dep == "pobj" and _for_whom(g) and g.head.i == sent.start), None)
            if topic is not None or subjects:
                subject_at = k
            if topic is not None:   # "For A, the venture adds to a growing portfolio": the sentence is about A
                last_subject, last_group, backed_last = topic, [], False
            elif subjects and sent.text[:1] not in _QUOTE_MARKS:
                # (a quote's subject is the speaker's words: "'B lets us serve faster,' A's chief said.
                # The company ..." is A)
                last_subject = _main_subject(subjects, sent)
                last_group = next((g for _, g in groups if last_subject in g), [])
                backed_last = last_subject != rounds.current and any(
                    c == last_subject and _backs(doc[i]) for i, c in subjects)
                # (a backer described as backed itself: "A, itself backed by B, led the round. Its other backers
                # include C" are A's)
                backer_backed = any(c == last_subject and _described_backed(doc[i]) for i, c in subjects)
            elif (named := _named_by_copula(firms, sent)) is not None:
                # a sentence that names its company after "is": "The British one is A, spun out in 2024. In
                # October it signed ..." ("it" is A)
                last_subject, last_group, backed_last, subject_at = named, [], False, k
            elif (owner := _subject_owner(phrases, sent)) is not None:
                # a sentence whose subject a company owns, or is its unit: "A's chips are built for
                # inference. B is one of the company's customers" (A); "A Web Services said ... It is
                # pitching them on price" (A)
                last_subject, last_group, backed_last, subject_at = owner, [], False, k
            elif len(named_here := {m.company for m, _, _ in firms}) == 1 and all(_for_whom(g) for _, g, _ in firms):
                # a sentence with no company as subject, about the one company it says it is "for": "For
                # A, the deal is about spreading its bets. B remains its primary cloud provider" ("its" is A)
                last_subject, last_group, backed_last, subject_at = next(iter(named_here)), [], False, k
            # ("Kestrel will buy a cluster from the chipmaker. The two companies will also ...": Kestrel and Nvidia)
            referred = [m.company for m in out if sent.start <= m.token_start < sent.end and m not in found]
            # (a company's product stands for it among those named where the sentence states money or a deal:
            # "A will spend $90 million on Amazon Web Services. The two companies will also ..." are A and
            # Amazon; not "A's app runs on Azure", a product named in passing between a deal and "the two")
            products = [m.company for m, g in phrases if m.known.type != "Company" and (m, g, g.dep_) not in firms]
            if products and not any(t.ent_type_ == "MONEY" or t.lemma_.lower() in _DEAL_NOUNS for t in sent):
                products = []
            # (a sentence likening the deal to another names a background pair: "The structure resembles the
            # warrant A granted B. The two companies will also ..." are not A and B)
            compared = _compares(sent)
            if (firms or products) and not compared:
                # (not an investor named for its part of a round: "A's contribution came to $15 million"; nor
                # one named in passing, though a reference to it counts: "A said it had bought a stake in B,
                # the lab founded by former C researchers. The two will ..." are A and B)
                last_named, named_at = list(dict.fromkeys([*(m.company for m, g, _ in firms if not (
                    g.dep_ == "poss" and g.head.lemma_.lower() in _INVESTOR_PART_NOUNS or mention_in_passing(m, doc))),
                    *products, *referred])), k
            if firms or referred:
                last_companies = list(dict.fromkeys([*(m.company for m, _, _ in firms), *referred]))
            if not compared:
                last_pair = pairs[-1][1] if pairs else []
            # (the last pair a group phrase stood for, which whom one deals with may stand for again: "the
            # two companies will ... C will run trials with both companies")
            duo = list(dict.fromkeys(m.company for m in found))
            last_duo = duo if len(duo) == 2 else last_duo
            # (a company named in passing is no one's antecedent: "labs outside A, B and C")
            # (and the companies its references stand for: "A has put $1 billion into the ChatGPT maker.
            # B signed a contract with the company" is OpenAI's contract)
            # (nor one listed as another's customers or backers: "A, whose customers include B, is growing. C
            # holds a stake in the company" is A)
            named_now = [(m.token_start, m.company) for m, _, _ in firms
                         if not mention_in_passing(m, doc) and not _listed_in_relative(m.head(doc))]
            named_now += [(m.token_start, m.company) for m in out if sent.start <= m.token_start < sent.end]
            recent = (recent + [c for _, c in sorted(named_now)])[-6:]
            seen.read(firms, owners)
        out += _first_person(doc, mentions + out, sents, rounds.focus) + _asked_second_person(doc, mentions) \
            + _asked_about(doc, mentions)
        return sorted(out, key=lambda m: m.token_start)

    def _makers(self, doc: Doc, text: str) -> list[Mention]:
        """"the ChatGPT maker", "the maker of Claude": the owner of a product the gazetteer knows."""
        out = []
        makers = MAKER.finditer(text) if any(w in text for w in MAKER_WORDS) else ()
        for mm in makers:
            known = self.g.forms.get(mm.group("thing") or mm.group("of"))     # (or "the maker of ChatGPT")
            if known and known.owner and known.owner in self.g.companies:
                span = doc.char_span(mm.start(), mm.end(), alignment_mode="expand")
                if span is not None:
                    out.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text,
                                       self.g.forms[known.owner], via_reference=True))
        return out

    def _target(self, np: Span, form: str, sent: Span, here: list[Mention], firms: list,
                subjects: list[tuple[int, str]], recent: list[str], last_subject: str | None, out: list[Mention],
                rounds: RoundTarget, descs: list, seen: _Seen) -> str | None:
        """The company one reference phrase (`form`: what it reads as, see
        `reference_form`) stands for, or None."""
        doc = sent.doc
        earlier = [c for i, c in subjects if i < np.start]
        # "X, in which Y holds a stake, counts A among its customers":
        # "its" is X, the subject of the clause "its" sits in
        chain = set(t.i for t in np.root.ancestors)
        own = [c for i, c in subjects if i < np.start and doc[i].head.i in chain]
        clause: set[str] = set()
        if np.root.pos_ != "PRON" and np.root.dep_ in ("poss", "pobj", "dobj"):
            # "B announced that A signed a lease at the company's campus": a description inside a
            # clause is not that clause's own subject (which "its" would name): B
            verb = next((t for t in np.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
            clause = {c for i, c in subjects if verb is not None and doc[i].head == verb}
            if verb is not None and np.root.dep_ == "poss" and np.root.head.lemma_.lower() in RoundTarget.ROUND:
                # ... nor, for a round, the owner of that subject's fund: "A, B's growth fund, led the company's
                # Series C" is neither A's nor B's (B's arm invests in others)
                clause |= {m.company for m in here if m.company and _owns_subject_unit(m.head(doc), verb)}
            if verb is not None and verb.dep_ == "relcl" and any(relative_subject(ch) for ch in verb.children):
                # ... nor a relative clause's antecedent: "B is owned by A, a fund that holds 60% of the company"
                # (nor any of a list it hangs from: "A and B, both of which backed the company's Series B")
                antecedent = verb.head.head if verb.head.dep_ == "appos" else verb.head
                first = min([antecedent.left_edge.i, *(t.left_edge.i for t in antecedent.conjuncts)])
                clause |= {m.company for m in here if m.company and first <= m.token_start < verb.left_edge.i}
            own = [c for c in own if c not in clause]
            earlier = [c for c in earlier if c not in clause]
        if np.root.pos_ == "PRON" and np.root.dep_ == "nsubj" and np.root.head.dep_ == "relcl" \
                and any(ch.dep_ == "dobj" and ch.lower_ in RELATIVE_PRONOUNS for ch in np.root.head.children):
            # "Jais, which it developed with B": the subject of a relative clause on its object is not that object
            antecedent = np.root.head.head
            clause = {m.company for m in here if m.company and m.token_start <= antecedent.i < m.token_end}
            own, earlier = [c for c in own if c not in clause], [c for c in earlier if c not in clause]
        buyers: set[str] | None = None
        if np.root.lower_ == "its" and _bought_from_owner(np.root):
            # "A agreed to buy any of its unused capacity": one buys from another, not from oneself
            buyers = subject_companies(np.root, here)
        elif (buying := _buying_what_it_sells(np.root)) is not None:
            # "A agreed to buy any capacity the provider fails to sell": the seller, never the buyer
            chain = {buying.i, *(t.i for t in complemented(buying))}
            buyers = {c for i, c in subjects if doc[i].head.i in chain} | subject_companies(buying, here)
        if buyers is not None:
            own, earlier = [c for c in own if c not in buyers], [c for c in earlier if c not in buyers]
            last_subject = last_subject if last_subject not in buyers else None
            if not own and not earlier:
                before = [*recent, *(m.company for m, _, _ in firms if m.token_end <= np.start)]
                return next((c for c in reversed(before) if c not in buyers), last_subject)
        if np.root.lower_ == "its" and _taken_at_owners_site(np.root):
            # "A said B agreed to lease capacity at its campus": the site is A's, the one who says so, not the taker's
            takers = subject_companies(np.root, here)
            if any(c not in takers for c in own):
                own, earlier = [c for c in own if c not in takers], [c for c in earlier if c not in takers]
        if np.root.lower_ == "its" and _backs_owners_round(np.root):
            # "A, which invested in its Series A, ...": one backs another's round, not its own; nor is it the
            # round of one the sentence has backing a company before ("B took a stake in C, and A took part in
            # its round": C's)
            backers = _round_backers(np, sent, here, subjects)
            own, earlier = [c for c in own if c not in backers], [c for c in earlier if c not in backers]
            last_subject = last_subject if last_subject not in backers else None
            if not own and not earlier:
                return rounds.current if rounds.current not in backers else \
                    next((c for c in reversed(recent) if c not in backers), last_subject)
        # (the names of the sentence and the references read in it before this one: "the cloud company is one
        # of its customers" describes the company "the cloud company" stands for)
        read_here = here + [m for m in out if sent.start <= m.token_start < sent.end]
        if np.root.lower_ == "its" and len(pair := _coordinated_subjects(np.root, here)) > 1 \
                and _coordinated_owner(np.root, here) is None and not _in_subject(np.root) \
                and not _described_companies(np.root, read_here):
            # "A and B each committed $19 billion to its funding": neither ("their" would be theirs)
            # (not "A said its unit and B would invest", where "its" is in the subject; nor "A and B
            # will be its partners", which `_described_companies` reads)
            own, earlier = [c for c in own if c not in pair], [c for c in earlier if c not in pair]
            if not own and not earlier:     # (else the last sentence's subject, never a company further back,
                #                             nor where the clause names a venture: "A and B own parts of the
                #                             venture and supply its chips": the venture's)
                ventured = any(t.lemma_.lower() in VENTURE_NOUNS for t in doc[sent.start:np.start])
                return None if last_subject in pair or ventured else last_subject
        if np.root.lower_ == "its":     # "A raised $5 million as B and C join its cap table": not B's nor C's
            listed = {c for _, names in _subject_groups(firms) for c in names}
            own = [c for c in own if c not in listed] or own
            earlier = [c for c in earlier if c not in listed] or earlier
        # "A, B and C are its partners", "A is named as its supplier": "its" is never
        # its own clause's subject, the company the clause says it is to
        predicated = _described_companies(np.root, read_here)
        if predicated:
            earlier = [c for c in earlier if c not in predicated]
            last_subject = None if last_subject in predicated else last_subject
            own = []
        if np.root.lower_ == "its" and (owner := _coordinated_owner(np.root, here)) is not None:
            return owner    # "A and its energy affiliate B": A
        # ("B, which ranks as its supplier,": "its" describing the relative's own subject is not it)
        # (nor is it where what the clause holds is its shares: "A and B, which together hold 35% of its shares")
        relative = _relative_antecedent(np.root, here, doc) \
            if np.root.lower_ == "its" and not predicated and not _shares_held(np.root) else None
        earlier = ([relative] if relative else own) or earlier
        role = described_role(np, form)
        if role == "model_labs" and form != np.text.strip().lower():
            role = None     # "the data labeling startup": its own words say what kind of startup
        named = [c for c in recent + [m.company for m, _, _ in firms if m.token_end <= np.start] if c not in clause]
        # "the startup" is none of the established companies the gazetteer knows, nor is a description that
        # is backed or funded ("The company is backed by A and B", after a paragraph on Meta's chip orders)
        # (nor one that raised a round: "The company raised 4.5 billion yen in a round led by A", after a
        # paragraph on what an incumbent licensed from it)
        funded_or_raising = np.root.pos_ != "PRON" and (
            np.root.dep_ == "nsubjpass" and np.root.head.lemma_.lower() in RoundTarget.BACK
            or np.root.dep_ == "nsubj" and _raises_round(np.root.head))
        # (its noun, or "start-up", which the tokenizer splits and whose root is "up")
        if np.root.lower_ in STARTUP_WORDS or form.removeprefix("the ") in STARTUP_WORDS or funded_or_raising:
            earlier, named = [c for c in earlier if self._may_be_startup(c)], [c for c in named if self._may_be_startup(c)]
            last_subject = last_subject if last_subject and self._may_be_startup(last_subject) else \
                next(reversed(named), None)     # (else the last that may be one: "Cisco will buy Zeta. The startup ...")
            firms = [f for f in firms if self._may_be_startup(f[0].company)]
        typed = [c for c in named if self.g.role(c, role)] if role else []
        said = [c for c in described(descs, np.root) if np.root.dep_ != "pobj"
                or c not in subject_companies(np.root, here)] if np.root.pos_ != "PRON" else []
        if form in VENTURE_FORMS:   # "their Zeta venture": a venture, never an incumbent ("its Microsoft venture")
            said = [c for c in said if not self.g.role(c, "incumbents")]
        if said:    # "Zeta, a robotics startup, ... the startup": what the article called it
            return said[-1]
        if form in VENTURE_FORMS or form in TRADE_FORMS and not any(c in seen.acting for c in typed):
            return None     # "A and B formed a joint venture. A owns 60% of the venture": one never named
            #                 (a trade's form stands for a company known to be in that trade that the article
            #                 has shown acting: "BMW is putting money in. The carmaker ...", not "a deal by Honda")
        if typed and role != "model_labs":
            # the last so typed that the article has shown acting: "the chipmaker" is A ("A said it would
            # ..."), not B, named since only as one of a startup's backers
            return ([c for c in typed if c in seen.acting] or typed)[-1]
        if role == "model_labs" and earlier and np.root.dep_ in ("nsubj", "nsubjpass", "poss"):
            backed = _backed_by_subject([i for i, _ in subjects if i < np.start][-1], doc, here)
            if backed is not None:
                return backed   # "A, an investor in Zeta, said the startup had agreed ...": Zeta
        if role == "model_labs" and rounds.current and np.root.dep_ in ("nsubj", "nsubjpass", "poss") \
                and rounds.current not in subject_companies(np.root, here):
            return rounds.current   # "A put $16 million into Zeta ... the startup's models": the company raising
        if event_pronoun(np.root):
            return None     # "It comes on top of the supply deals with A": the news, not a company
        if rounds.current and _attributes_backing(np.root, subjects, doc) \
                and rounds.current not in {c for _, c in subjects}:
            return rounds.current   # "A led the round, and B took part, the company said": the company raising
        if np.root.dep_ == "poss" and _owns_round_or_backers(np.root):
            # "Its latest raise was a Series B led by A", "C and D, two of the company's earliest investors": the
            # company raising, never one the gazetteer knows as an investor, unless that one is raising money of
            # its own ("B agreed to buy $250 million of the stock. No money goes into Zeta. Its last raise ..." is
            # Zeta's, not B's; "B closed its tenth fund. Its investors include C" is B's)
            backers = {c for c in [*earlier, last_subject, *named]
                       if c and c != rounds.current and self.g.role(c, "investors")}
            earlier = [c for c in earlier if c not in backers]
            if last_subject in backers:
                last_subject = next((c for c in reversed(named) if c not in backers), None)
        if np.root.dep_ in ("nsubj", "nsubjpass", "poss"):
            # "X said it will ...", "... with Y, its cloud partner"; where
            # the parse found no subject, the first company named before
            # it outside a prepositional phrase
            # ("For A, whose backers include B, ... its customers": A, the company the sentence is
            # for, not B, named inside a relative clause that does not hold "its")
            # (a passive's doer first, the clause's logical subject: "A's models are distributed by B, a
            # tie dating from when the group invested in it" is B)
            leading = [m.company for m, g, dep in sorted(firms, key=lambda f: f[1].head.dep_ != "agent")
                       if m.token_end <= np.start and m.company not in clause
                       and (dep != "pobj" or _subject_is_its_own(g) or _for_whom(g) and g.head.i == sent.start
                            or g.head.dep_ == "agent")
                       and not _in_relative_apart(g, np.root) and not _in_preposed_clause(g, np.root)]
            if predicated:      # what its predicate is to: a company named before it in the sentence
                #                 ("A, which owns 27% of B, remains its largest shareholder"), else a subject before
                # (not one named inside a relative clause on another company it is not predicated of: "For
                # A, whose backers include B, ... C has been its biggest client" is A's; "A, which owns
                # 27% of B, remains its largest shareholder" is B's)
                # (a reference before it counts as its company's name: "A, which led the lab's round, remains
                # its cloud provider" is the lab's)
                before = sorted([(m, g) for m, g, _ in firms] + [(m, _governing(_mroot(doc, m))) for m in out
                                                              if sent.start <= m.token_start < np.start],
                                key=lambda f: f[0].token_start)
                inside = [m.company for m, g in before if m.token_end <= np.start and m.company not in predicated
                          and not (_in_relative_apart(g, np.root)
                                   and _company_at(_relative_head(g), firms) not in (None, *predicated))]
                # (not one listed as another's backers or customers: "Its investors include A and B, and C is
                # its cloud provider" is the company "Its" names)
                listed = {m.company for m, _ in before if m.token_end <= np.start and _listed_as_possessed(m.head(doc))}
                inside = [c for c in inside if c not in listed] or inside
                leading = inside[-1:] or [c for c in [last_subject, *reversed(named)] if c and c not in predicated][:1]
            # (with nothing before it, a description is the company the article's money goes to)
            if predicated and leading:  # (a subject before it may be another clause's: "A made up 62% of B's
                return leading[0]       #  revenue, and C owns part of B and ranks as its supplier" is B's)
            if earlier or leading:
                return earlier[-1] if earlier else leading[0]
            # (a description is not its own clause's subject, here either: "A will rent capacity at the
            # cloud provider's site", after "A signed a deal with B", is B's)
            fallback = [*reversed([m.company for m, _, _ in firms if m.token_end <= np.start]), last_subject,
                        rounds.current if form.startswith("the ") else None, *reversed(named)]
            return next((c for c in fallback if c and c not in clause), None) if clause else \
                last_subject or (rounds.current if form.startswith("the ") else None)
        if np.root.dep_ == "pobj" and np.root.pos_ != "PRON" and _backed_description(np.root) \
                and rounds.current and rounds.current not in {c for _, c in subjects}:
            return rounds.current   # "C, a fund that was an early backer of the company": the company raising
        if np.root.dep_ == "pobj":
            if np.root.pos_ != "PRON" and (receives_money(np.root) or _holding_in(np.root)):
                # "B is majority-owned by A. C holds a stake in the company": B, not its owner
                named = [c for c in named if c not in seen.owners] or named
            return self._object_target(np, sent, here, out, rounds, earlier, last_subject, typed or named)
        if np.root.dep_ == "dobj" and np.root.head.lemma_.lower() == "value" and rounds.current:
            return rounds.current   # "..., valuing the company at $4 billion": the company raising, not a backer
        if np.root.dep_ == "dobj" and np.root.pos_ != "PRON" and np.root.head.lemma_.lower() in RoundTarget.BACK:
            # "A, which backed the company last year, followed on": the company raising, not a backer
            if rounds.current and rounds.current not in {c for _, c in subjects}:
                return rounds.current
            named = [c for c in named if c not in seen.owners] or named
        if np.root.dep_ == "dobj" and np.root.lower_ == "it" and np.root.head.lemma_.lower() in SOLD_VERBS \
                and np.root.head.dep_ == "conj":
            return _coordinated_object_sold(np.root, here)
        if np.root.dep_ in ("dobj", "dative") and np.root.lower_ == "it":
            reporting = _reporting_company(np.root, here, doc)
            # (a company sold is one named before: "B was bought by A. A sold it to C")
            if reporting is not None or np.root.dep_ == "dobj" and np.root.head.lemma_.lower() not in SOLD_VERBS:
                return reporting
        if np.root.dep_ in ("dobj", "dative"):
            # "A agreed to buy the company", "A issued the developer a warrant": a company named before that no
            # clause of the sentence has as subject; "A granted it a warrant": the last subject before, where
            # the verb is no relative clause's ("warrants that would give it 8%" are the subject's own)
            acting = {c for _, c in subjects} | {_clause_subject(np.root, here, doc)}
            if np.root.pos_ == "PRON":
                if np.root.head.dep_ in ("relcl", "acl"):
                    return None
                named = [*named, last_subject] if last_subject else named
            return next((c for c in reversed(named) if c not in acting), None)
        return None

    def _placed_target(self, np: Span, form: str, places: set[str], here: list[Mention],
                       meant: str | None) -> str | None:
        """The company a description that names a place stands for: the last
        named before it that the article or the gazetteer places there ("the
        Amsterdam-based company", "the Japanese group"), of the kind the
        description names where there are several ("the US chipmaker"); not
        its own clause's subject ("A took a stake in the French company").
        None where the company the context points to (`meant`), based nowhere
        the article or the gazetteer says, is of that kind and none placed
        there is ("the Toronto-based carrier" is the carrier named before, not
        a lab the gazetteer places in Toronto)."""
        own = subject_companies(np.root, here) if np.root.dep_ not in ("nsubj", "nsubjpass") else set()
        homed = [c for end, c in self._order if end <= np.start and c not in own and places & self._home(c)]
        role = described_role(np, form)
        typed = [c for c in homed if self.g.role(c, role)] if role else []
        if role and not typed and meant and self.g.role(meant, role) and not self._home(meant):
            return None
        return (typed or homed or [None])[-1]

    def _home(self, company: str) -> set[str] | frozenset[str]:
        """Where the article or the gazetteer says a company is based (the
        article's homes read once, the first time a description names a place)."""
        if self._homes is None:
            self._homes = article_homes(*self._article)
        return self._homes.get(company, set()) | self.g.homes.get(company, frozenset())

    def _may_be_startup(self, company: str) -> bool:
        """Whether "the startup" may stand for a company: any but the
        established ones the gazetteer lists as incumbents (Lambda and
        Anthropic are called startups; Cisco and Nvidia never are) and the
        investors, listed or named so ("Vexo Equity Partners" buys or backs
        startups and is never called one).

        >>> from ingest.gazetteer import load_gazetteer
        >>> refs = References(load_gazetteer())
        >>> [refs._may_be_startup(c) for c in ("Lumenfield", "Lambda", "Anthropic", "Cisco", "Vexo Capital")]
        [True, True, True, False, False]
        """
        return not self.g.role(company, "incumbents") and not self.g.role(company, "investors")

    @staticmethod
    def _object_target(np: Span, sent: Span, here: list[Mention], out: list[Mention], rounds: RoundTarget,
                       earlier: list[str], last_subject: str | None, named: list[str]) -> str | None:
        """"... invest $10 billion in the startup": the company last named
        before, other than the clause's own subject."""
        resolved = here + [m for m in out if m.token_start >= sent.start]    # "it" of "it holds 23% of the company"
        # (a participle's clause has a subject of its own, the noun it describes: in "A is the tenant of
        # a campus built for it by B" "it" may be A)
        own = set() if _in_participle(np.root) else \
            subject_companies(np.root, resolved) | {_clause_subject(np.root, here, sent.doc)}
        if receives_money(np.root):     # nor one the sentence shows putting money in
            own |= investing_companies(sent, here)
        # (the company raising, where the money or a stake goes in: "a stake in the company" after "B has
        # raised $45 million from C" is B's)
        funded = rounds.current if (receives_money(np.root) or _holding_in(np.root)) and rounds.current not in own \
            else None
        if np.root.pos_ != "PRON":
            return funded or next((c for c in reversed(named) if c not in own), None)
        if party_pronoun(np.root):   # "B invested in it": a subject named before, never B; else the company
            #                            its sentence named last ("A holds a stake in B and will buy capacity from it")
            this = [m.company for m in reversed(here) if m.company and m.token_end <= np.start]
            # "A committed $8 billion to the startup, and B has also invested in it": the startup
            funded_before = [m.company for m in reversed(resolved) if m.company and m.token_end <= np.start
                             and _money_to(_mroot(sent.doc, m))] if receives_money(np.root) else []
            # ("B's largest shareholder, A, has agreed to put $200 million into it": B, whose holder acts)
            held = [m.company for m in resolved if m.company and m.token_end <= np.start and _holder_possessor(
                _mroot(sent.doc, m))]
            return next((c for c in [*held, *funded_before, *reversed(earlier), last_subject, *this]
                         if c and c not in own), None)
        return None


ROUND_JOINING = frozenset(LEMMAS["lead_verb"] + LEMMAS["join_verb"])


def _owns_subject_unit(owner: Token, verb: Token) -> bool:
    """Whether a name owns a verb's subject, being the possessor of a fund,
    an arm or another unit (`UNIT_NOUNS`): "B's venture arm" (the subject),
    "A, B's growth fund," (its apposition).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Orbit, Acme's growth fund, led the company's round.")
    >>> _owns_subject_unit(doc[2], doc[7]), _owns_subject_unit(doc[0], doc[7])
    (True, False)
    """
    unit = owner.head
    if owner.dep_ != "poss" or unit.lemma_.lower() not in OWNED_UNIT_NOUNS:
        return False
    subject = unit.head if unit.dep_ == "appos" else unit
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head == verb


# what a company owns and invests through: "B's venture arm", "B's growth fund", "B's subsidiary"
OWNED_UNIT_NOUNS = UNIT_NOUNS | {"fund"}


def _owns_round_or_backers(poss: Token) -> bool:
    """Whether a possessor names the owner of a funding round ("its last
    raise") or, as a description, of backers ("the company's earliest
    investors"; "its investors" may be a fund's own)."""
    noun = poss.head.lemma_.lower()
    return noun in ROUND or poss.pos_ != "PRON" and noun in INVESTOR_NOUNS


def _described_backed(subject: Token) -> bool:
    """Whether a subject's phrase describes it as backed ("A, itself backed
    by B,", "A, a fund manager backed by B,")."""
    return any(t.tag_ == "VBN" and t.lemma_.lower() in RoundTarget.BACK and t.i != subject.i
               for t in subject.subtree)


def _owns_backers(poss: Token) -> bool:
    """Whether a possessive pronoun owns backers or a round ("its seed
    investors", "its backers", "its Series A").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Its seed investors were B and C, and its chips are new.")
    >>> _owns_backers(doc[0]), _owns_backers(doc[7])
    (True, False)
    """
    noun = poss.head.lemma_.lower()
    if poss.head.lower_ in ("lps", "partners"):
        return False    # "its limited partners", "its LPs": a fund's own investors
    return poss.lower_ == "its" and poss.dep_ == "poss" and (noun in ROUND or noun in INVESTOR_NOUNS)


def _backed_description(noun: Token) -> bool:
    """Whether a description is what a backer noun is of ("an early backer
    of the company", "an investor in the startup")."""
    prep = noun.head
    return prep.dep_ == "prep" and prep.lower_ in ("of", "in") and prep.head.lemma_.lower() in INVESTOR_NOUNS


def _in_preposed_clause(g: Token, it: Token) -> bool:
    """A company named in a clause with no subject of its own that opens the
    sentence before the reference's clause: "After failing to buy B, it put
    $14 billion into C", "Founded by former B researchers, the company ..."
    (neither is B: such a clause's subject is the reference itself)."""
    if it.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = next((t for t in [g, *g.ancestors] if t.dep_ in ("advcl", "prep") and t.head == it.head), None)
    if clause is None or clause.i > it.i:
        return False
    verbs = [t for t in clause.subtree if t.pos_ in ("VERB", "AUX") and t.i < it.i]
    return bool(verbs) and not any(ch.dep_ in ("nsubj", "nsubjpass") for v in verbs for ch in v.children)


def _opens_clause(np: Span, here: list[Mention]) -> bool:
    """A description or "it" that is its sentence's subject, with no company named before it."""
    return (np.root.lower_ == "it" or np[0].lower_ == "the") and np.root.dep_ in ("nsubj", "nsubjpass") \
        and np.root.head.dep_ == "ROOT" and not any(m.token_start < np.start for m in here)


def _not_a_backer(target: str, np: Span, sent: Span, here: list[Mention], firms: list, subjects: list[tuple[int, str]],
                  last_subject: str | None, rounds: RoundTarget) -> str | None:
    """The company whose round a description possesses, where the reading found names one of its backers ("B
    took a stake in C, and A took part in the company's round": C's, not B's): the company the sentence named
    last that backs nothing, else the last sentence's subject, else the one raising."""
    backers = _round_backers(np, sent, here, subjects)
    if target not in backers:
        return target
    named = [m.company for m, _, _ in firms if m.token_end <= np.start]
    return next((c for c in [*reversed(named), last_subject, rounds.current] if c and c not in backers), None)


def _round_backers(np: Span, sent: Span, here: list[Mention], subjects: list[tuple[int, str]]) -> set[str]:
    """The companies that back a round a possessor ("its", "the company's") owns: its clause's subject, a
    relative clause's antecedent, and the subjects before it in the sentence that put money in ("B took a
    stake in C, and A took part in its round": A and B)."""
    doc = sent.doc
    return subject_companies(np.root, here) | {_relative_antecedent(np.root, here, doc)} | {
        c for i, c in subjects if sent.start <= i < np.start and _backs_in_clause(doc[i].head)}


# what a verb's object says it puts into a company: "took a stake (part, a share) in ..."
_TAKEN_PART = frozenset(LEMMAS["holding_noun"]) | {"part"}


def _backs_in_clause(verb: Token) -> bool:
    """Whether a verb puts its subject's money into a company or a round: "A led (joined, invested in) ...",
    "A took a stake (part) in ..."."""
    return verb.lemma_.lower() in BACKING_VERBS or any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in _TAKEN_PART for ch in verb.children)


def _backs_owners_round(owner: Token) -> bool:
    """Whether a possessor ("its", "the company's") owns a round its clause
    puts money into or leads ("A, which invested in its Series A", "A led
    its seed round", "A took part in the company's round").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme, which invested in its Series A, led its seed round and sold its chips.")
    >>> _backs_owners_round(doc[5]), _backs_owners_round(doc[10]), _backs_owners_round(doc[15])
    (True, True, False)
    >>> doc = load_nlp(None)("Zeta took part in the company's funding round.")
    >>> _backs_owners_round(doc[5])
    True
    """
    noun = owner.head   # "its seed round", "its Series A" (a round noun or its compound)
    if owner.dep_ != "poss" or not any(t.lemma_.lower() in RoundTarget.ROUND for t in [noun, *noun.children]
                                       if t is noun or t.dep_ == "compound"):
        return False
    return receives_money(noun) or noun.dep_ == "dobj" and noun.head.lemma_.lower() in ROUND_JOINING \
        or noun.dep_ == "pobj" and noun.head.lower_ == "in" and _backs_in_clause(noun.head.head)     # "took part in"


# a round of equity, not any money raised ("financing" is as often a loan's)
EQUITY_ROUNDS = RoundTarget.ROUND - {"financing"}


def _raises_round(verb: Token) -> bool:
    """A verb of raising money whose clause names a round or investors: "raised $40
    million in a round led by A", "closed a Series B", "raised $52 million from investors" (not "raised its
    prices", nor "raised $10 billion in a bond sale" or "in financing",
    which incumbents do, nor "took part in B's Series A", which a backer does).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("The company raised $40 million in a round led by Accel.")
    >>> other = load_nlp()("The firm also took part in Zeta's Series A.")
    >>> _raises_round(doc[2]), _raises_round(doc[0]), _raises_round(other[3])
    (True, False, False)
    """
    if verb.lemma_.lower() not in RoundTarget.RAISE or any(ch.dep_ == "dobj" and ch.lower_ == "part" for ch in verb.children):
        return False    # "The firm also took part in B's Series A": a backer
    clause = [t for t in verb.subtree if t.dep_ not in ("nsubj", "nsubjpass")]
    if any(t.lemma_.lower() in RoundTarget.DEBT for t in clause):
        return False    # "secured $38 billion in debt financing": what incumbents raise too
    if any(t.dep_ == "pobj" and t.head.lower_ == "from" and t.lemma_.lower() in INVESTOR_NOUNS for t in clause):
        # "had raised $52 million from investors including A and B" (not "for its latest fund": a fund manager's)
        return not any(t.lemma_.lower() == "fund" for t in clause)
    return any(t.lemma_.lower() in EQUITY_ROUNDS and not any(ch.dep_ == "poss" and ch.lower_ not in ("its", "their")
                                                             for ch in t.children) for t in clause)


def _money_to(tok: Token) -> bool:
    """Whether a company's phrase is where money goes: "invested in A",
    "committed $8 billion to A".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme committed $8 billion to Zeta and talked to Orbo.")
    >>> _money_to(doc[6]), _money_to(doc[10])
    (True, False)
    """
    return receives_money(tok) or tok.dep_ == "pobj" and tok.head.lower_ == "to" \
        and tok.head.head.lemma_.lower() in RoundTarget.PLEDGE


COMPUTE_WORDS = frozenset(LEMMAS["compute_word"])
ACQUIRE_VERBS = frozenset(LEMMAS["acquire_verb"])
BUYING_VERBS = frozenset(LEMMAS["buy_verb"] + LEMMAS["rent_verb"])


def _bought_from_owner(its: Token) -> bool:
    """Whether "its" owns compute its clause's subject buys or rents ("A
    agreed to buy any of its unused capacity", "A rents its servers"):
    the owner is then the seller, someone else (not in "A won a pledge from
    B to buy its services", where B buys).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Nvidia agreed to buy any of its unused capacity, and its chips sell well.")
    >>> _bought_from_owner(doc[6]), _bought_from_owner(doc[11])
    (True, False)
    """
    noun = its.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head   # "any of its capacity"
    return its.dep_ == "poss" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in BUYING_VERBS \
        and noun.head.dep_ != "acl" and its.head.lemma_.lower() in COMPUTE_WORDS


# selling what is left: "capacity B cannot sell (place, fill)"
_PLACING = frozenset({"sell", "place", "fill", "offload"})


def _buying_what_it_sells(tok: Token) -> Token | None:
    """The verb of buying whose goods a word is the seller of, as the subject
    of a relative clause on them: "A agreed to buy any capacity the provider
    fails to sell" (buy); else None.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Nvidia agreed to buy any of the capacity the provider cannot sell.")
    >>> _buying_what_it_sells(doc[9]).text
    'buy'
    """
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.lemma_.lower() not in COMPUTE_WORDS \
            or not any(t.lemma_.lower() in _PLACING for t in clause.subtree):
        return None     # (not "renting the clusters it already uses")
    goods = clause.head
    if goods.dep_ == "pobj" and goods.head.lower_ == "of":
        goods = goods.head.head     # "any of the capacity", "$6 billion of capacity"
    return goods.head if goods.dep_ == "dobj" and goods.head.lemma_.lower() in BUYING_VERBS else None


# the places capacity is taken at or on: "lease 120 MW at its campus", "take capacity on its cable"
_CAPACITY_SITES = frozenset(LEMMAS["site_word"]) | {"site", "cable", "network"}
_CAPACITY_TAKING = BUYING_VERBS | {"take"}


def _taken_at_owners_site(its: Token) -> bool:
    """Whether "its" owns the site where its clause's subject leases or takes capacity ("A said B agreed to lease
    120 megawatts of capacity at its campus", "A said B would take capacity on its cable"): the owner provides it,
    the taker is someone else; not where the subject lets it to another ("B leases 48 MW at its campus to C",
    "B will rent out capacity at its site").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("A said B agreed to lease capacity at its campus. B leases capacity at its site to C.")
    >>> _taken_at_owners_site(doc[8]), _taken_at_owners_site(doc[15])
    (True, False)
    """
    site = its.head
    if its.dep_ != "poss" or site.lemma_.lower() not in _CAPACITY_SITES or site.dep_ != "pobj" \
            or site.head.lower_ not in ("at", "on", "in", "inside"):
        return False
    verb = next((t for t in site.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _CAPACITY_TAKING or verb.dep_ == "acl" or any(
            ch.dep_ == "prt" or ch.dep_ in ("prep", "dative") and ch.lower_ in ("to", "for")
            and verb.lemma_.lower() in RENT_VERBS for ch in verb.children):
        return False    # (a landlord's words: "leases 48 MW at its campus to C", "rents out capacity at its site")
    return any(ch.dep_ == "dobj" and any(t.lemma_.lower() in COMPUTE_WORDS or t.lemma_.lower() in _POWER_UNITS
                                         for t in ch.subtree) for ch in verb.children)


_POWER_UNITS = frozenset(unit.lower() for unit in LEMMAS["capacity_unit"])


# the nouns of a deal: a sentence with one states a deal ("under a multiyear cloud contract")
_DEAL_NOUNS = frozenset(LEMMAS["deal_noun"])
# phrases that stand for several companies at once: "they", "the two companies", "both firms"
GROUP_NOUNS = set(LEMMAS["group_noun"])
SOLD_VERBS = frozenset(LEMMAS["sell_verb"])
PAIR_NOUNS = frozenset(LEMMAS["pair_noun"])
_GROUP_WORDS = GROUP_NOUNS | PAIR_NOUNS


def _unit_speaks(g: Token) -> bool:
    """Whether a company's unit, its phrase governed by `g`, speaks for it
    ("Amazon Web Services said it would ...": "it" is Amazon)."""
    return g.dep_ == "nsubj" and g.head.lemma_.lower() in SAY_VERBS and _speaks(g.head)


def _shares_held(its: Token) -> bool:
    """Whether a possessive owns shares its clause's subject holds part of:
    "35% of its shares", "a third of its equity" (one holds part of
    another's; not "which sold its stake in C", its own).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("A and B, which together hold 35% of its shares, grew.")
    >>> _shares_held(doc[10])
    True
    """
    noun = its.head
    if noun.lemma_.lower() not in HOLDINGS:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in HOLDINGS


def _holder_possessor(tok: Token) -> bool:
    """A company named as whose holder a subject is: "B's largest shareholder"."""
    return tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in INVESTOR_NOUNS


# the descriptions a person's employer goes by in reported speech ("Smith said the company would ...")
_EMPLOYERS = frozenset({"the company", "the firm", "the group"})
FIRST_PERSON = frozenset({"we", "our", "us"})
_FIRST_PERSON_IDS = frozenset(map(hash_string, FIRST_PERSON))


def _first_person(doc: Doc, mentions: list[Mention], sents: list[Span], focus: str | None) -> list[Mention]:
    """"we", "our" and "us" in quoted speech stand for the company its
    speaker speaks for: the one the paragraph's speaker is (or is named
    beside: "said Ana Ruiz, Acme's chief executive", "Acme CEO Ana Ruiz
    said"), else, for a speaker named with no company, the article's
    (`focus`, the company an article quoting its people is about). A
    speaker named as an analyst, or by a title with no company, speaks for
    none; outside quotes, see `_unquoted_first_person`.

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)('"We signed with Zorb last year," said Ana Ruiz, chief executive of Acme.')
    >>> acme = Mention(0, 0, 16, 17, "Acme", Known("Company", "Acme"))
    >>> [(m.surface, m.company) for m in _first_person(doc, [acme], list(doc.sents), None)]
    [('We', 'Acme')]
    """
    # the pronouns' places, from the parse's LOWER column (most articles quote no one in the first person)
    found = [i for i, word in enumerate(parse_of(doc).columns[1]) if word in _FIRST_PERSON_IDS]
    if not found:
        return []
    text, out = doc.text, []
    starts = [sent.start for sent in sents]
    by_sent: dict[int, list[Token]] = {}
    unquoted: list[Token] = []
    for t in (doc[i] for i in found):
        k = bisect_right(starts, t.i) - 1
        if k < 0 or t.i >= sents[k].end or t.is_upper:
            continue    # (a pronoun, never the country: "sold US buyers 10,000 GPUs")
        if _quoted(text, t.idx):
            by_sent.setdefault(k, []).append(t)
        else:
            unquoted.append(t)
    out += _unquoted_first_person(doc, unquoted, mentions, _own_company(text, mentions, unquoted))
    if not by_sent:
        return out
    names = {i: m.company for m in mentions if m.company and m.known.type == "Company"
             for i in range(m.token_start, m.token_end)}
    for k, words in by_sent.items():
        sent = sents[k]
        speaker = _quote_speaker(sent) or _paragraph_speaker(sent, sents)
        company = None if speaker is None else _speaks_for(speaker, names, mentions, focus)
        if company is not None:
            out += [_standing_for(t, company) for t in words]
    return out


def _standing_for(t: Token, company: str) -> Mention:
    """A pronoun read as the company it stands for ("we", "you", "them")."""
    return Mention(t.idx, t.idx + len(t), t.i, t.i + 1, t.text, Known("Company", company), via_reference=True)


def _interview_words(doc: Doc, word_ids: frozenset[int]) -> list[Token]:
    """The words of an interview (an article with an asker's line) whose
    lower-case forms are among `word_ids` ("you", "they"); none elsewhere."""
    if not ASKING_LINE.search(doc.text):
        return []
    return [doc[i] for i, word in enumerate(parse_of(doc).columns[1]) if word in word_ids]


SECOND_PERSON = frozenset({"you", "your"})
_SECOND_PERSON_IDS = frozenset(map(hash_string, SECOND_PERSON))


def _asked_second_person(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"you" and "your" in an interviewer's paragraph ("Q: You signed with
    Zorb in March. Why?") stand for the company the interview is with: the
    first the article names (`_own_company`).

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme grew." + chr(10) + chr(10) + "Q: Your backers?" + chr(10) + "A: Zorb.")
    >>> acme = Mention(0, 4, 0, 1, "Acme", Known("Company", "Acme"))
    >>> [(m.surface, m.company) for m in _asked_second_person(doc, [acme])]
    [('Your', 'Acme')]
    """
    text, out, own = doc.text, [], None
    for t in _interview_words(doc, _SECOND_PERSON_IDS):
        label = INTERVIEW_LABEL.match(text, paragraph_start(text, t.idx))
        if label is None or label.group(1) not in ASKING_LABELS:
            continue
        own = own or _own_company(text, mentions, [])
        if own is None:
            return []
        out.append(_standing_for(t, own))
    return out


THIRD_PERSON = frozenset({"they", "them", "their"})
_THIRD_PERSON_IDS = frozenset(map(hash_string, THIRD_PERSON))


def _asked_about(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"they", "them" and "their" in an interview's answer stand for the one
    company the question before and the answer up to them name ("Q: Why
    Harlow Cloud?" then "A: We have a three-year contract with them"),
    other than the one interviewed.

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme grew." + chr(10) + chr(10) + "Q: Why Zorb?" + chr(10) + "A: We like them.")
    >>> acme = Mention(0, 4, 0, 1, "Acme", Known("Company", "Acme"))
    >>> zorb = Mention(19, 23, 6, 7, "Zorb", Known("Company", "Zorb"))
    >>> [(m.surface, m.company) for m in _asked_about(doc, [acme, zorb])]
    [('them', 'Zorb')]
    """
    words = _interview_words(doc, _THIRD_PERSON_IDS)
    text, out = doc.text, []
    own = _own_company(text, mentions, []) if words else None
    for t in words:
        asked = question_before(text, t.idx)
        if asked is None:
            continue
        named = {m.company for m in mentions if m.company and m.known.type == "Company" and not m.via_reference
                 and asked[0] <= m.start < t.idx} - {own}
        if len(named) == 1:
            out.append(_standing_for(t, named.pop()))
    return out


def _own_company(text: str, mentions: list[Mention], first_person: list[Token]) -> str | None:
    """The company a transcript of its call or its own post speaks for: the
    first one named, in the title or the first paragraph that names one
    ("Castellan Systems Q3 earnings call", "Castellan Systems held its call
    on Tuesday"); None where that paragraph speaks in the first person itself
    ("Why we bet our cloud on AMD", "we raised $40 million in a round led by
    B" name whom the narrator chose, not the narrator).

    >>> from ingest.gazetteer import Known
    >>> acme = Mention(6, 10, 1, 2, "Acme", Known("Company", "Acme"))
    >>> _own_company("Title" + chr(10) + "Acme held its call.", [acme], [])
    'Acme'
    """
    named = sorted((m for m in mentions if m.company and m.known.type == "Company" and not m.via_reference),
                   key=lambda m: m.start)
    if not named:
        return None
    start, end = paragraph_start(text, named[0].start), paragraph_end(text, named[0].start)
    if any(start <= t.idx < end for t in first_person):
        return _byline_company(text, named)
    return named[0].company


def _byline_company(text: str, named: list[Mention]) -> str | None:
    """The company a post's byline names, under a title in the first person:
    a short line near the top that opens with the company's name and says
    nothing more than where and when ("Halyard Ventures | Portfolio | March
    12, 2024", "Acme Capital — January 28, 2025"); None where no line does.

    >>> from ingest.gazetteer import Known
    >>> acme = Mention(45, 49, 10, 11, "Acme", Known("Company", "Acme"))
    >>> _byline_company(chr(10).join(["Why we backed Zorb", "", "Acme Capital | May 2, 2024", "Acme led."]), [acme])
    'Acme'
    """
    companies = {m.company for m in named}
    for line in text[:_BYLINE_REACH].splitlines():
        byline = _BYLINE.fullmatch(line.strip()) if _DATED.search(line) else None
        head = byline and byline.group(1).strip()
        company = head and next((c for c in companies if head == c or head.startswith(c + " ")), None)
        if company:
            return company
    return None


# how far into a text a byline may stand, and what it says: a name, then places and dates parted by bars or dashes
# (a date among them: not a title's "Acme picks Zorb Cloud — our view")
_BYLINE_REACH = 300
_DATED = re.compile(r"\b(?:(?:19|20)\d\d|" + "|".join(sorted((w.title() for w in MONTH_WORDS), key=len, reverse=True))
                    + r")\b")
_BYLINE = re.compile(r"([\w&.' ]{2,60}?)(?:\s*[|\u2014\u2013\u00b7]\s*[\w ,.]{1,40}){1,3}")


# a speaker's words given after a colon, unquoted: "its chief executive told us: we ..."
_SPEECH_COLON = re.compile(r"\b(?:said|says|told(?: \w+)?|tells(?: \w+)?|added|explained|wrote|writes)\s*:\s*$")

# the words of a label's title that make its speaker one of the company's own people
_OWN_TITLE_WORDS = frozenset({"chief", "ceo", "cfo", "cto", "coo", "founder", "co-founder", "president", "chair",
                              "chairman", "chairwoman", "officer", "executive"})


def _unquoted_first_person(doc: Doc, words: list[Token], mentions: list[Mention], focus: str | None) -> list[Mention]:
    """"we", "our" and "us" outside quotation marks: in a transcript, the
    company of the speaker whose label opens the paragraph (one the label
    names, or the article's, `focus`, for the company's own officers: "RACHEL
    DUNMORE, CHIEF EXECUTIVE OFFICER: we signed a lease with B"; an
    analyst's or a host's label names none); in an article that tells its
    own story in the first person (a company's post, twice or more outside
    any label), the article's company.

    >>> from ingest.pipeline import load_nlp
    >>> text = chr(10).join(["Acme results", "", "JO LEE, CHIEF EXECUTIVE OFFICER: We signed with Zorb.", "",
    ...                      "KIM: Did we?"])
    >>> doc = load_nlp(None)(text)
    >>> [(m.surface, m.company) for m in _unquoted_first_person(doc, [t for t in doc if t.lower_ == "we"], [], "Acme")]
    [('We', 'Acme')]
    """
    text, out, narrated = doc.text, [], []
    titled = {name for name, title in SPEAKER_LABEL.findall(text) if set(title.lower().split()) & _OWN_TITLE_WORDS}
    for t in words:
        start = paragraph_start(text, t.idx)
        label = SPEAKER_LABEL.match(text, start)
        if label is None and (asked := INTERVIEW_LABEL.match(text, start)) is not None:
            if focus is not None and answers(asked, text):
                out.append(_standing_for(t, focus))
            continue
        if label is None:
            if not _SPEECH_COLON.search(text[max(0, t.idx - 60):t.idx]) \
                    and not (t.dep_ == "dobj" and t.head.lemma_.lower() in SPEECH_LEMMAS):
                narrated.append(t)  # (not a speaker's words after a colon, nor the one told: "its CEO told us: we
                #                     signed ...")
            continue
        named = next((m.company for m in mentions if m.company and m.known.type == "Company" and not m.via_reference
                      and label.start(2) >= 0 and label.start(2) <= m.start < label.end(2)), None)
        name = label.group(1).strip()
        own = name in titled or any(n.split()[-1] == name for n in titled)
        company = named or (focus if own else None)
        if company is not None:
            out.append(_standing_for(t, company))
    if focus is not None and len(narrated) >= 2:
        out += [_standing_for(t, focus) for t in narrated]
    return out


def _quoted(text: str, at: int) -> bool:
    """Whether a place in the text is inside quotation marks opened in its paragraph."""
    before = text[paragraph_start(text, at):at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def _quote_speaker(sent: Span) -> Token | None:
    """Who a sentence says speaks, outside its quotation marks ("..., Ana
    Ruiz said"; not "As Nvidia said last week" inside the quote); None
    where no one does."""
    text = sent.doc.text
    for verb in sent:
        if verb.lemma_.lower() not in SPEECH_LEMMAS or verb.pos_ != "VERB" or _quoted(text, verb.idx):
            continue
        speaker = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if speaker is not None and speaker.lower_ not in FIRST_PERSON:
            return speaker
    return None


# speakers who speak for no company of the story's ("said Jane Doe, an analyst at Bernstein")
_OUTSIDE_SPEAKERS = frozenset({"analyst", "economist", "strategist", "consultant", "professor", "researcher",
                               "rival", "competitor", "critic", "investor"})


def _speaks_for(speaker: Token, names: dict[int, str], mentions: list[Mention], focus: str | None) -> str | None:
    """The company a speaker is, or is named beside; for a person named with
    no company ("Ruiz said", "she said"), the article's (`focus`); None for
    an outside speaker or a title alone ("an executive at a rival lab")."""
    phrase = list(speaker.subtree)
    if any(t.lemma_.lower() in _OUTSIDE_SPEAKERS for t in phrase):
        return None
    named = next((names[t.i] for t in phrase if t.i in names), None) or _named_beside(speaker, mentions)
    if named is not None:
        return named
    return focus if speaker.pos_ == "PROPN" or speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she") \
        else None


def _paragraph_speaker(sent: Span, sents: list[Span]) -> Token | None:
    """The speaker of the nearest other sentence of the same paragraph that names one."""
    text = sent.doc.text
    start, end = paragraph_start(text, sent.start_char), paragraph_end(text, sent.end_char)
    near = sorted((s for s in sents if s != sent and start <= s.start_char and s.end_char <= end),
                  key=lambda s: abs(s.start - sent.start))
    return next((who for s in near if (who := _quote_speaker(s)) is not None), None)


def _speakers_employer(noun: Token, here: list[Mention], mentions: list[Mention], focus: str | None) -> str | None:
    """The company a person speaks for, where a description is the subject
    of what that person (no company) is reported to have said: the one the
    article named beside the person before ("Amazon chief executive Andy
    Jassy ... Jassy said the company would invest"), else the article's
    (`focus`: "Intrator said the company had added A"); None where the
    speaker is no named person or title."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    speakers = [ch for ch in verb.head.children if ch.dep_ == "nsubj"]
    companies = {i for m in here if m.company for i in range(m.token_start, m.token_end)}
    # (a name that is no company's is a person's: "Intrator", which the tagger may leave untyped)
    if len(speakers) != 1 or not (speakers[0].ent_type_ == "PERSON" or speakers[0].pos_ == "PROPN"
                                  or speakers[0].lower_ in _PERSON_SPEAKERS):
        return None
    if any(t.i in companies for t in speakers[0].subtree):
        # "A's chief executive, a former B executive, said the company ...": A, whose title the speaker holds
        return next((m.company for m in here if m.company for ch in speakers[0].children if ch.dep_ == "poss"
                     and m.token_start <= ch.i < m.token_end), None) if speakers[0].lower_ in _PERSON_SPEAKERS else None
    return _named_beside(speakers[0], mentions) or focus


def _named_beside(person: Token, mentions: list[Mention]) -> str | None:
    """The company named in the phrase of a person's earlier mention
    ("Amazon chief executive Andy Jassy", "Jassy, Amazon's chief
    executive,"), or None."""
    at = {i: m.company for m in mentions if m.company and m.known.type == "Company"
          for i in range(m.token_start, m.token_end)}
    for earlier in (t for t in person.doc[:person.i] if t.text == person.text and t.pos_ == "PROPN"):
        named = [at[t.i] for t in earlier.subtree if t.i in at]
        if named:
            return named[0]
    return None


# who may speak for a company without naming it: "a spokeswoman said", "the chief executive said"
_PERSON_SPEAKERS = frozenset({"executive", "spokesperson", "spokesman", "spokeswoman", "officer",
                              "president", "founder", "chairman", "chairwoman", "ceo", "cfo", "director"})


_INVESTOR_PART_NOUNS = frozenset(LEMMAS["portion_noun"]) | frozenset(LEMMAS["invest_noun"])


def _subject_owner(phrases: list[tuple[Mention, Token]], sent: Span) -> str | None:
    """For a sentence with no company as its subject, the company its main
    clause's subject belongs to: a unit's owner ("Acme Web Services said
    ...": Acme), or the one company owning it ("Acme's chips are built for
    inference"); None otherwise. `phrases`: the sentence's names of
    companies and units, each with its governing word."""
    owners = set()
    for m, g in phrases:
        if g.head != sent.root and g.head.head != sent.root:
            continue
        if m.known.type == "Product" and g.dep_ in ("nsubj", "nsubjpass") and g.head == sent.root:
            return m.company
        if m.known.type == "Company" and g.dep_ == "poss" and g.head.dep_ in ("nsubj", "nsubjpass") \
                and g.head.head == sent.root and g.head.lemma_.lower() not in _INVESTOR_PART_NOUNS:
            owners.add(m.company)   # (not an investor's part of a round: "A's contribution came to $15 million")
    return owners.pop() if len(owners) == 1 else None


def _subject_groups(firms: list) -> list[tuple[int, list[str]]]:
    """The subject phrases of a sentence that name two or more companies
    ("Acme and Beta signed ..."), as (the phrase's head, its companies), in order."""
    groups: dict[int, list[str]] = {}
    for m, g, dep in firms:
        if dep in ("nsubj", "nsubjpass") and m.company not in groups.get(g.i, []):
            groups.setdefault(g.i, []).append(m.company)
    return [(i, names) for i, names in sorted(groups.items()) if len(names) > 1]


def _listed_pairs(firms: list) -> list[tuple[int, list[str]]]:
    """The phrases of a sentence that list exactly two companies together
    ("a deal with A and B"), as (the phrase's head, its two companies), in order."""
    groups: dict[int, list[str]] = {}
    for m, g, _ in firms:
        if m.company not in groups.get(g.i, []):
            groups.setdefault(g.i, []).append(m.company)
    return [(i, names) for i, names in sorted(groups.items()) if len(names) == 2]


def _group_phrase(tok: Token) -> bool:
    """"they", "the two companies", "both firms", "each parent", "the two", "both", "each", "the companies" as a
    clause's subject;
    "the two sides", "both partners" as a passive's doer ("owned equally by the two sides") or as
    whom one deals with ("C will run trials with both companies")."""
    if _doer(tok) or _dealt_with(tok):
        return tok.lemma_.lower() in GROUP_NOUNS and _says_two(tok)
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ in ("they", "both", "each"):
        return True
    if COUNT_WORDS.get(tok.lower_, 2) > 2 \
            and not any(ch.lower_ == "each" for ch in (*tok.children, *tok.head.children)):
        return False    # "each of the four", "the four will each invest": each one of them, not what they do
        #                 together ("the four will jointly run the clusters")
    if tok.lower_ in COUNT_WORDS or tok.lemma_.lower() in PAIR_NOUNS:     # "the two", "the pair", "the four"
        return any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children)
    # "the two companies", "both firms", and a plain plural "the companies" opening its sentence (the pair
    # the sentence before spoke of; inside a clause, "said the companies will ..." may mean any of them)
    # ("each parent will contribute $750 million": each of the pair the sentence before spoke of)
    return tok.lemma_.lower() in GROUP_NOUNS and any(
        ch.lower_ in ("two", "both", "each") or ch.lower_ == "the" and tok.tag_ == "NNS" and _opens_sentence(tok)
        for ch in tok.children if ch.dep_ in ("nummod", "det", "predet"))


def _dealt_with(tok: Token) -> bool:
    """Whom one deals with: "with both companies" in "C will run trials with both companies"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _doer(tok: Token) -> bool:
    """A passive's doer: "by the two sides" in "owned by the two sides"."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


PRICE_MOVE_VERBS = frozenset(LEMMAS["price_move_verb"])
_MOVE_MARKS = ("after", "as", "when", "on")


def _price_mover(tok: Token, here: list[Mention]) -> str | None:
    """The company whose share price moved on the news a description sits in:
    "A rose 8% after the robot maker said ..." (A), "Shares of A jumped as
    B agreed to buy the designer of chips" (A); None where the description
    is no part of such a clause, or its clause's own subject is A.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Zeta Robotics rose 31% after Orin Systems agreed to buy the robot maker.")
    >>> here = [Mention(0, 13, 0, 2, "Zeta Robotics", Known("Company", "Zeta Robotics"))]
    >>> _price_mover(doc[12], here), _price_mover(doc[0], here)
    ('Zeta Robotics', None)
    """
    clause = next((t for t in tok.ancestors if t.dep_ == "advcl" and t.head.lemma_.lower() in PRICE_MOVE_VERBS
                   and any(ch.dep_ == "mark" and ch.lower_ in _MOVE_MARKS for ch in t.children)), None)
    if clause is None or tok.dep_ in ("nsubj", "nsubjpass") and tok.head != clause \
            or any(ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "PRON" for ch in clause.children):
        return None     # (a subject of a clause within: "A rose after B said the firm would buy C" is B's; nor
        #                 where the clause's own subject is a pronoun: "A fell after it said it would invest in
        #                 the chip designer" may be A's deal with another)
    subject = next((ch for ch in clause.head.children if ch.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lemma_.lower() in ("share", "stock"):     # "Shares of A", "A shares", "A's stock"
        words = [t for t in subject.subtree if t.dep_ in ("pobj", "compound", "poss")]
    else:
        words = [subject]
    movers = {m.company for m in here if m.company and m.known.type == "Company"
              and any(m.token_start <= w.i < m.token_end for w in words)}
    actors = {m.company for m in here if m.company and any(
        m.token_start <= ch.i < m.token_end for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass"))}
    return next(iter(movers)) if len(movers) == 1 and not movers & actors else None


def _for_whom(tok: Token) -> bool:
    """A name that says for whom something is: "For A, the deal ...", "a strong run for A's chip arm"."""
    if tok.dep_ == "poss":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "for"


def _each_of(each: Token) -> int | None:
    """How many "each of the four" (4) or "each of them" (0: any number)
    counts; None for a bare "each".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Each of them agreed. Each holds 40%.")
    >>> [_each_of(doc[i]) for i in (0, 5)]
    [0, None]
    """
    for prep in each.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in ("them", "these", "those"):
                    return 0
                number = obj if obj.lower_ in COUNT_WORDS else next(
                    (ch for ch in obj.children if ch.dep_ == "nummod" and ch.lower_ in COUNT_WORDS), None)
                if number is not None:
                    return COUNT_WORDS[number.lower_]
    return None


# the numbers of companies a group phrase may count
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _says_two(tok: Token) -> bool:
    """Whether a group phrase counts two: "the two companies", "both firms", "the two", "both"."""
    return tok.lower_ in ("two", "both") or tok.lemma_.lower() in PAIR_NOUNS or any(
        ch.lower_ in ("two", "both") for ch in tok.children if ch.dep_ in ("nummod", "det", "predet"))


def _opens_sentence(tok: Token) -> bool:
    """Whether a word's phrase is the first of its sentence."""
    start = tok.left_edge.i
    return start == 0 or tok.doc[start].is_sent_start


def _group_words(doc: Doc) -> list[int]:
    """Positions of the words `_group_phrase` may hold for (a subject, or a
    passive's doer, whose LOWER is "they" or whose lemma is a group or pair noun), read once per doc
    from the parse's columns: no Token made for the other words."""
    parse = parse_of(doc)
    lemmas, lowers, deps = parse.columns[0], parse.columns[1], parse.columns[3]
    strings = doc.vocab.strings
    return [i for i, dep in enumerate(deps) if (dep in _SUBJECT_IDS or dep == _POBJ_ID)
            and (lowers[i] in _GROUP_PRONOUNS or strings[lemmas[i]].lower() in _GROUP_WORDS)]


_SUBJECT_IDS = frozenset((nsubj, nsubjpass))     # dependency labels are spaCy symbols in the DEP column
_POBJ_ID = pobj     # ... and a passive's doer after "by" (`_doer`)
_GROUP_PRONOUNS = frozenset(map(hash_string, ("they", "both", "each", *COUNT_WORDS)))


def _group_mentions(sent: Span, groups: list[tuple[int, list[str]]], last_group: list[str],
                    last_named: list[str], firms: list, group_words: list[int],
                    listed: tuple[list[tuple[int, list[str]]], list[str]] = ([], []),
                    last_duo: list[str] | None = None, products: list[Mention] = ()) -> list[Mention]:
    """Mentions, one per company, for a subject that stands for several:
    "A and B said they would invest" (the subject phrase before it in the
    sentence), "A and B signed a deal. They will also ..." (the previous
    sentence's), "A signed a deal with B and C, and the two (both) will
    invest in it" (the last two companies listed together before it, in its
    sentence or the one before: `listed`, this sentence's pairs and the last
    sentence's last), "A is working with B: the two companies will ..." (the
    two its sentence names before it), "A will offer B's models. The two companies will also
    ..." (the two companies the previous sentence names); "C will run trials
    with both companies", where nothing nearer names two, the last pair a
    group phrase stood for (`last_duo`). A "they" with no such group before
    it stands for no company ("Analysts said they ...")."""
    pairs, last_pair = listed
    out = []
    before = dict(groups)
    doc = sent.doc
    for i in group_words[bisect_left(group_words, sent.start):bisect_left(group_words, sent.end)]:
        tok = doc[i]
        if not _group_phrase(tok) or any(m.token_start <= tok.i < m.token_end for m, _, _ in firms):
            continue
        nearest = None if _doer(tok) or _dealt_with(tok) else \
            next((t for t in reversed(sent.doc[sent.start:tok.i]) if t.dep_ in ("nsubj", "nsubjpass")), None)
        if nearest is not None:     # "A smaller investor said they ...": the subject before it, if not companies
            names = before.get(_governing(nearest).i, [])
        else:
            names = last_group
        if tok.lower_ == "each" and nearest is None:
            counted = _each_of(tok)
            if counted is None or counted and len(last_group) != counted:
                continue    # "A and B are its backers, and each holds 40%": only a list its own sentence names,
                #             or the last sentence's subjects counted ("A, B, C and D back Zeta. Each of the
                #             four will invest $75 million")
        if len(names) != 2 and _says_two(tok):
            names = []      # "the two companies" after a list of six investors is none of them
        if COUNT_WORDS.get(tok.lower_, 2) > 2 and len(names) != COUNT_WORDS[tok.lower_]:
            continue        # "the four" (also "each of the four") is the last subjects if four, or no one
        if not names and tok.lower_ != "they":
            before_it = [names for i, names in pairs if i < tok.i]
            # (not a company naming a thing: "A signed on as B's partner for the Oracle sites, with the two ...")
            # (a company's product named before it stands for the company, as a unit named as a party does: "A
            # entered into an agreement with Amazon Web Services under which the two companies will ...")
            parties = [*(m for m, _, _ in firms if _mroot(doc, m).dep_ != "compound"), *products]
            named = list(dict.fromkeys(m.company for m in sorted(parties, key=lambda m: m.token_start)
                                       if m.token_end <= tok.i))
            if before_it:
                names = before_it[-1]
            elif len(named) == 2 and _says_two(tok):
                names = named   # "A is working with B: the two companies will ...": the two named before it
            elif tok.lemma_.lower() in PAIR_NOUNS and _people_before(sent):
                names = []      # "A and B left C and D. The pair ...": the pair is the people
            else:
                names = last_pair or (last_named if len(last_named) == 2 else []) or \
                    (last_duo or [] if _dealt_with(tok) else [])
        before[tok.i] = names    # "Both companies said they would ...": "they" is what "both companies" is
        span = sent.doc[tok.left_edge.i if tok.lower_ != "they" else tok.i:tok.i + 1]
        out += [Mention(span.start_char, span.end_char, span.start, span.end, span.text, Known("Company", name),
                        via_reference=True) for name in names]
    return out


# verbs that liken a deal to an earlier one: "The structure resembles (echoes) the warrant A granted B"
COMPARING_VERBS = frozenset({"resemble", "echo", "mirror", "recall", "parallel", "evoke", "copy", "emulate"})


def _compares(sent: Span) -> bool:
    """A sentence whose main verb is one of likening ("The structure closely
    resembles the warrant A granted B"): its companies are not what "the two
    companies" in the next one stand for (read by the verb alone, whatever is
    likened: "The rise echoed gains at A and B" too).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("The terms echo the warrant Acme granted Zeta. Acme signed a deal with Zeta.")
    >>> [_compares(s) for s in doc.sents]
    [True, False]
    """
    return sent.root.lemma_.lower() in COMPARING_VERBS


def _coordinated_object_sold(it: Token, here: list[Mention]) -> str | None:
    """The company an "it" sold is: the object of the verb the selling verb
    is coordinated with, where that object is a company ("A founded B and sold
    it to C", "A bought B in 2019 and sold it in 2024"; not "A built a chip for B and sold it to C").

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> text = "Rhea Okafor founded Brindle Labs, a Lisbon startup, and sold it to Cisco."
    >>> doc = ex.nlp(text)
    >>> doc[12].text, _coordinated_object_sold(doc[12], ex.recognizer.mentions(doc, text))
    ('it', 'Brindle Labs')
    """
    verb = it.head
    if verb.dep_ != "conj":
        return None
    objects = [ch for ch in verb.head.children if ch.dep_ == "dobj"]
    for m in here:
        word = m.head(it.doc)
        while word.dep_ in ("compound", "appos", "flat") and word.head != word:
            word = word.head    # "the security startup Adallom"
        if m.known.type == "Company" and word in objects:
            return m.company
    return None


def _people_before(sent: Span) -> bool:
    """Whether the sentence before `sent` has people as its subject ("Ana Silva and Tom Berg left A and B")."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "PERSON" and t.head == before.root for t in before)


def _in_participle(tok: Token) -> bool:
    """Whether the first verb above a word heads a participle's clause
    that describes a noun: "built for it" in "a campus built for it by B"
    (which the parser may also hang from the sentence's verb, with its doer
    after "by": "A trains on a cluster run for it by B")."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        verb = verb.head    # "a campus built and run for it"
    if verb is None or any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return False
    return verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") \
        and any(ch.dep_ == "agent" for ch in verb.children)


def _relative_head(tok: Token) -> Token:
    """The word the first relative clause above a word describes ("A" in "A, whose backers include B")."""
    return next((a.head for a in tok.ancestors if a.dep_ == "relcl"), tok)


def _company_at(tok: Token, firms: list) -> str | None:
    """The company of the sentence's mentions whose phrase a word heads."""
    return next((m.company for m, g, _ in firms if g == tok), None)


def _holding_in(tok: Token) -> bool:
    """Whether a phrase is what a holding is in: "a stake in the company", "20% of the startup"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.lemma_.lower() in HOLDINGS


def _owners(firms: list) -> set[str]:
    """The companies a sentence names as owning or backing another by a
    passive: "B is majority-owned (backed) by A" names A, and so does "a
    round led by A"."""
    return {m.company for m, g, dep in firms if dep == "pobj" and g.head.dep_ == "agent"
            and ((verb := g.head.head).lemma_.lower() in RoundTarget.BACK
                 or verb.lemma_.lower() == "lead" and verb.head.lemma_.lower() in RoundTarget.ROUND)}


INCLUDE_VERBS = frozenset(LEMMAS["include_verb"])
_LISTED_TIES = INVESTOR_NOUNS | frozenset(LEMMAS["user_noun"])     # "backers (customers) including A and B"


def _listed_as_possessed(word: Token) -> bool:
    """Whether a name is listed as what a possessed noun includes: "Acme"
    and "Beta" in "Its investors include Acme and Beta", "Zeta's customers,
    including Acme and Beta," or "backers including Acme and Beta" (another
    company's backers or customers, never what a later "its" stands for).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Its investors include Acme and Beta, and Zeta is its cloud provider.")
    >>> [_listed_as_possessed(doc[i]) for i in (3, 5, 8)]
    [True, True, False]
    """
    while word.dep_ == "conj":
        word = word.head
    head = word.head
    if word.dep_ == "dobj" and head.lemma_.lower() in INCLUDE_VERBS:
        return any(ch.dep_ == "nsubj" and any(p.dep_ == "poss" for p in ch.children) for ch in head.children)
    return word.dep_ == "pobj" and head.lower_ == "including" and (
        head.head.lemma_.lower() in _LISTED_TIES or any(p.dep_ == "poss" for p in head.head.children))


def _listed_in_relative(word: Token) -> bool:
    """Whether a name is listed in a relative clause as what another company's possessed noun includes: "B" in "A,
    whose customers include B, is growing" (not in "A's customers include B. The startup ...", which may be B).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Helix, whose customers include Acme, grew. Zeta's customers include Beta.")
    >>> _listed_in_relative(doc[5]), _listed_in_relative(doc[13])
    (True, False)
    """
    return _listed_as_possessed(word) and any(a.dep_ == "relcl" for a in word.ancestors)


def _in_relative_apart(tok: Token, other: Token) -> bool:
    """Whether a word sits in a relative clause that does not hold `other`:
    "B" in "For A, whose backers include B, the deal widens its base".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("For Acme, whose backers include Beta, the deal widens its base.")
    >>> _in_relative_apart(doc[6], doc[11]), _in_relative_apart(doc[1], doc[11])
    (True, False)
    """
    held = {t.i for t in other.ancestors}
    return any(a.dep_ == "relcl" and a.i not in held for a in tok.ancestors)


# what a subject "of" a company may be and still stand for it: its shares, its people
_OWNED_SUBJECTS = frozenset(SHARES | PEOPLE)


def _subject_is_its_own(tok: Token) -> bool:
    """A company whose shares or head are the subject: "Shares of A rose
    once the company said ...", "The chief executive of A said the company
    ...", "B, chief executive of A, said ..." are about A."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _OWNED_SUBJECTS \
        and (prep.head.dep_ in ("nsubj", "nsubjpass") or prep.head.dep_ == "appos" and prep.head.head.dep_ == "nsubj")


def _subject_phrase_companies(verb: Token, here: list[Mention]) -> set[str]:
    """The companies named in a verb's subject phrase ("A, B and C are ..."),
    or, for a relative clause's pronoun, the word the clause hangs from ("A,
    which ranks as ...", and, for a coordinated verb with no subject of its own, the first verb's: "A
    owns a stake in B and is its cloud provider")."""
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    # (a clause has one subject: of two the parser gives a verb, the nearer: "the chipmaker invested in B,
    # and the cloud company is one of its customers", where "invested" is read as the first noun's modifier)
    subjects = subjects[-1:]
    if verb.dep_ == "relcl" and subjects and subjects[0].lower_ in RELATIVE_PRONOUNS:
        return {m.company for m in here if m.company and m.token_start <= verb.head.i < m.token_end}
    span = {t.i for ch in subjects for t in _phrase_proper(ch)}
    return {m.company for m in here if m.company and m.token_start in span}


def _attributes_backing(tok: Token, subjects: list[tuple[int, str]], doc: Doc) -> bool:
    """Whether a reference is the speaker of an attribution after news of
    backers only: in "A led the round, and B also took part, the company
    said", every company subject before "the company" puts money in, and
    the company speaking is the one raising."""
    verb = tok.head
    # (the parser hangs the saying on what is said, or what is said on the saying)
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_LEMMAS \
            or not (any(ch.dep_ == "ccomp" and ch.i < tok.i for ch in verb.children)
                    or verb.dep_ == "parataxis" and verb.head.i < tok.i):
        return False
    before = [i for i, _ in subjects if i < tok.i]
    return bool(before) and all(_backs(doc[i]) for i in before)


def _backs(subject: Token) -> bool:
    """Whether a subject's verb puts money into a round: "A invested", "A
    also took part (participated) in the round", "A led the round", "A came in as an investor"."""
    verb = subject.head
    lemma = verb.lemma_.lower()
    return lemma in BACKING_VERBS or lemma == "take" and any(ch.lower_ == "part" for ch in verb.children) \
        or lemma == "come" and any(ch.dep_ == "prt" and ch.lower_ == "in" for ch in verb.children)


BACKING_VERBS = frozenset(LEMMAS["invest_verb"] + LEMMAS["pledge_verb"] + LEMMAS["lead_verb"] + LEMMAS["join_verb"]
                          + ["participate"])


def _coordinated_subjects(tok: Token, here: list[Mention]) -> set[str]:
    """The companies named as the coordinated subject of the clause a word
    sits in ("A and B each committed ..."), not those named inside it ("A,
    set up by alumni of B and C, sells ...")."""
    verb = next((t for t in tok.ancestors if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in t.children)), None)
    if verb is None:
        return set()
    # (a relative clause's pronoun stands for the list it hangs from, where the clause is every name's: "A and B,
    # which together hold 35% of its shares"; not "A, which counts C among its backers, and B")
    whole = verb.dep_ == "relcl" and any(t.lower_ in JOINTLY or distributes(t) for t in verb.subtree)
    heads = {w.i for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")
             for w in ((ch.head.head, *ch.head.head.conjuncts) if whole and relative_subject(ch)
                       else (ch, *ch.conjuncts))}
    return {m.company for m in here if m.company and any(m.token_start <= i < m.token_end for i in heads)}


def _in_subject(tok: Token) -> bool:
    """Whether a word is inside its clause's subject ("its unit and B would invest")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _coordinated_owner(tok: Token, here: list[Mention]) -> str | None:
    """The company named just before "and its ...", or owning what is: in
    "with SoftBank and its energy affiliate SB Energy" "its" is SoftBank's,
    in "Nordkyl's founders and its largest shareholder" Nordkyl's."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i > tok.i:
        return None
    first = [noun.head, *(ch for ch in noun.head.children if ch.dep_ == "poss")]
    return next((m.company for w in first for m in here if m.company and m.token_start <= w.i < m.token_end), None)


def _phrase_proper(tok: Token) -> list[Token]:
    """A noun phrase's own words, without the clauses and phrases hung on it:
    in "A, which owns 27% of B, remains its largest shareholder" the subject
    is A alone ("its" is B)."""
    out, todo = [], [tok]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [ch for ch in cur.children if ch.dep_ not in _HUNG_ON_PHRASE]
    return out


_HUNG_ON_PHRASE = ("relcl", "acl", "prep", "appos", "advcl", "punct")


def _described_companies(tok: Token, here: list[Mention]) -> set[str]:
    """The companies a possessive's noun describes, which "its" is not: "A
    is its partner", "A, which ranks as its supplier,", "A, its supplier,"."""
    verb = _predicate_verb(tok)
    if verb is not None:
        return _subject_phrase_companies(verb, here)
    if tok.dep_ == "poss" and tok.head.dep_ == "appos":
        head = tok.head.head
        return {m.company for m in here if m.company and m.token_start <= head.i < m.token_end}
    verb = _share_verb(tok)
    return _subject_phrase_companies(verb, here) if verb is not None else set()


def _share_verb(tok: Token) -> Token | None:
    """The verb of "A accounted for 62% of its revenue" (of which A is no
    part: "its" is the seller's), from the possessive of the revenue."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    share = noun.head.head
    verb = share.head.head if share.dep_ == "pobj" else share.head     # "accounted for 62%", "made up 40%"
    return verb if verb.lemma_.lower() in SHARE_VERBS and verb.pos_ == "VERB" else None


SHARE_VERBS = frozenset(LEMMAS["share_verb"])


def _predicate_verb(tok: Token) -> Token | None:
    """The verb of the clause whose subject a possessive's noun describes:
    "A is its partner" (attr, or listed after a possessed one: "A is B's
    provider and its investor"), "A was named as its partner", "A ranks as its
    supplier", "A is among its investors" ("as" or "among" with no object:
    "Zeta lists A as its backer" describes A, and "its" is Zeta); None elsewhere."""
    if tok.dep_ != "poss":
        return None
    noun = tok.head
    while noun.dep_ in ("nmod", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head    # "A is its primary cloud and training partner" (the parse: "its cloud" modifies "partner")
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") \
            and any(ch.dep_ == "poss" for ch in noun.head.children):
        noun = noun.head    # "A is B's provider and its largest investor" ("its" is B, as "B's" is)
    if noun.dep_ == "attr":
        return noun.head
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("as", "among") and verb.pos_ in ("VERB", "AUX") \
            and not any(ch.dep_ == "dobj" or ch.dep_ == "prep" and ch.lower_ == "with" and ch.i < noun.i
                        for ch in verb.children):
        return verb     # (and "A, which is among its largest investors,": not A's; "B was unveiled with A as
        #                 its funder" describes A, the parser hanging "as" from the verb)
    one = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and one.dep_ == "attr" and one.lower_ == "one":
        return one.head     # "A is one of its biggest customers"
    return None


_QUOTE_MARKS = ('"', "“", "'", "‘")


def _named_by_copula(firms: list, sent: Span) -> str | None:
    """The one company a sentence with no company as subject names after
    its main verb "be" ("The British one is A", "The first to sign was A")."""
    root = sent.root
    if root.lemma_ != "be" or any(ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ in ("PRON", "PROPN")
                                  for ch in root.children):
        return None
    named = {m.company for m, g, dep in firms if dep == "attr" and g.head == root}
    return next(iter(named)) if len(named) == 1 else None


def _main_subject(subjects: list[tuple[int, str]], sent: Span) -> str:
    """The company a sentence is about: the subject of its main verb ("After
    its Zeta bid failed, Acme moved on" is about Acme), else its first subject."""
    doc = sent.doc
    main = [c for i, c in subjects if doc[i].head == sent.root
            or doc[i].head.dep_ == "conj" and doc[i].head.head == sent.root]
    return (main or [c for _, c in subjects])[0]


# the words before a model's noun that make it a reference to a model named before: "the model", "both models"
MODEL_REFERENCE_WORDS = frozenset({"the", "both", "these", "those", "this", "that"})
MODEL_REACH = 150   # at most this many words back


def _speakers_model(noun: Token, mentions: list[Mention]) -> str | None:
    """The company that says what becomes of "the model" where no model is
    named before: "A said the model would be sold through B" is A's model.

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta said the model would be sold through Bedrock.")
    >>> _speakers_model(doc[3], [Mention(0, 4, 0, 1, "Zeta", Known("Company", "Zeta"))])
    'Zeta'
    """
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    said = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return next((m.company for m in mentions for s in said
                 if m.company and m.known.type == "Company" and m.token_start <= s.i < m.token_end), None)


def model_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions for "the model", "the new models", "both models", "the
    assistant": the last model the article named before (within
    MODEL_REACH words), with its maker, so that "Lingua 2 is out. The model
    is available on Amazon Bedrock" is Lingua 2 offered there. A model noun
    with a name or an owner of its own ("the Claude model", "the company's
    model") is none; nor one before any model is named, nor one after a
    model of no known maker. Before any model is named, "the model" a
    company speaks of is its own (`_speakers_model`).

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta released Vexa 2. The model is on Bedrock.")
    >>> vexa = Mention(14, 20, 2, 4, "Vexa 2", Known("Model", "Vexa 2", "Zeta"))
    >>> [(m.surface, m.known.name) for m in model_references(doc, [vexa])]
    [('The model', 'Vexa 2')]
    """
    models = sorted((m for m in mentions if m.known.type == "Model"), key=lambda m: m.token_start)
    named = {i for m in mentions for i in range(m.token_start, m.token_end)}
    out = []
    for t in doc:
        if t.lemma_.lower() not in MODEL_NOUNS or t.pos_ != "NOUN" or t.i in named \
                or t.dep_ not in ("nsubj", "nsubjpass", "dobj") or t.dep_ == "dobj" and t.head.lemma_.lower() == "have":
            continue    # (not "Google has the models and the distribution": models of its own)
        words = [c for c in t.children if c.i < t.i]
        if not any(c.lower_ in MODEL_REFERENCE_WORDS for c in words) \
                or any(c.dep_ in ("compound", "poss", "nmod") or c.i in named for c in words):
            continue
        if not models or t.i < models[0].token_end:
            speaker = _speakers_model(t, mentions)
            if speaker is not None:
                span = doc[min(c.i for c in words):t.i + 1]
                out.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text,
                                   Known("Model", span.text, speaker), via_reference=True))
            continue
        last = [m for m in models if m.token_end <= t.i][-1]
        if not last.known.owner or t.i - last.token_end > MODEL_REACH:
            continue    # the last model named is one of no known maker (its own, not an earlier one's), or far back
        span = doc[min(c.i for c in words):t.i + 1]
        out.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text, last.known,
                           via_reference=True))
    return out


"""Company names the gazetteer lacks: candidate names from the parse, cues
from their shape and the words around them (ingest/data/name_cues.json, as
spaCy Matcher patterns), and one verdict per name per article.

A name is a run of proper-noun tokens ("Ampere Computing", "io", "Run:ai").
Every occurrence of it in the article adds weight to one of four readings:
company ("acquired X", "X, a startup", "X-backed", "X's shares", a
company-name ending such as Labs or Capital), person (a title before it,
", who" after it, the tagger's PERSON), place (the places list, "in X"), or
source ("according to X"). A name whose company weight reaches COMPANY_AT
and beats the others is a company everywhere in the article; names in a
list with a company take its weight (coordination).

>>> from ingest.pipeline import load_nlp
>>> from ingest.gazetteer import load_gazetteer
>>> nlp = load_nlp(); finder = NameFinder(nlp, load_gazetteer())
>>> doc = nlp("Zephyrix Labs said it bought Quorble, a robotics startup, in Ohio.")
>>> sorted(k.name for _, k in finder.companies(doc, doc.text, set()))
['Quorble', 'Zephyrix Labs']
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, LEMMA, LOWER, ORTH, SENT_START, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from graph.schema import normalise_name

from .edge_matcher import EdgeMatcher
from .figures import CURRENCY_CODES
from .gazetteer import Gazetteer, Known, normalised
from .lead_ins import FINITE_TAGS, list_items, listed_party
from .loaders import BULLETS, text_meta
from .patterns.vocab import LEMMAS
from .walker import parse_of

_HARDWARE_NOUNS = frozenset(LEMMAS["hardware_word"])    # what a chip's name may modify ("Maia AI accelerator")
# the endings a known company's name may take and stay that company ("Acme Group", "Acme Investment Company")
_SAME_COMPANY_ENDINGS = frozenset({"Group", "Company", "Holdings", "Holding", "Corporation"})
COMPANY_AT = 2          # company weight a name needs
ORG_WEIGHT = 2          # the tagger's ORG label, once per article
ORG_MORE = 0.5         # each of the next two ORG labels
PERSON_VOTES = 2
APPOSITION_OPENERS = {",", "—", "–", "("}
TITLE_APPOSITION = 4    # person weight of a name in apposition to a person's title ("its founder, Maren Holt,")
PLACE_LABELS = {"LOC", "FAC"}   # not GPE: the tagger gives it to many unknown companies (entities cut 0.966 -> 0.957)
PLACE_SHAPE = 2         # place weight of a name that ends as places' names do ("Harlan County")
STRONG_THING = 3        # thing weight an ordinary word needs: a cue on both sides of it, or two cues
HEADING_WORDS = 3       # this many ordinary words, none a company-name ending, make a heading, not a name
ACTS_AT = 2             # a name the subject of this many verbs (not of saying) is a company's
SPEECH_VERBS = {"say", "tell", "add", "note", "write", "argue", "believe", "think", "explain", "want",
                "describe", "call", "ask", "recall", "joke", "insist", "claim", "suggest", "feel", "know"}
NAME_TAGS = {"NNP", "NNPS"}
# how a people's or a nation's word ends ("Emirati", "Nordic", "Dutch", "Javanese"); the tagger's NORP on
# any other word ("Fluxgrid") is a misreading of an unknown name, no cue of a place
_DEMONYM_SHAPE = re.compile(r"(an|ans|ese|ish|i|ic|ch|ss|ean|ek|ern)$")
NOT_NAME_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}
JOINERS = {"&", "-", ":", "."}
# the lower-case particles inside a name of another language: "Banco do Brasil", "Ventos do Sul Energia"
NAME_PARTICLES = {"de", "do", "da", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den"}
# ... and those inside a person's ("Alwaleed bin Talal", "Mohammed bin Zayed")
PERSON_PARTICLES = NAME_PARTICLES | {"bin", "bint", "ibn", "al", "el", "ben"}
# the verbs whose agent founded a company ("founded in 2018 by A and B")
FOUNDING_VERBS = frozenset({"found", "co-found", "cofound"})
DATELINE_DASHES = {"-", "--", "—", "–", "---"}
# a dateline's dash comes within this many tokens of its line's start ("OSLO, Norway, and AUSTIN, Texas, May 2, 2025 -")
DATELINE_TOKENS = 24
# the endings of a university's or an institute's name, which is a company where it is party to a deal (GUIDELINES
# "Entity scope": "Brennan University", "the Kestrel Institute"), never alone ("the University of ...")
INSTITUTIONS = frozenset({"university", "institute"})
NEVER_ALONE = INSTITUTIONS | {"school", "college", "faculty"}     # "its new School of Computing": a unit
NOT_COMPANY_ENDINGS = {"act", "agreement", "initiative", "project", "summit", "conference", "index", "program",
                       "programme", "plan", "report", "award",
                       "law", "policy", "center", "centre", "campus", "street", "exchange", "commission",
                       "department", "ministry", "government", "council", "committee", "office", "agency",
                       "administration", "bureau", "authority", "directorate", "court", "parliament", "senate", "house",
                       "foundation", "overview", "summary", "outlook", "update", "highlights", "takeaways", "analysis",
                       "recap", "explainer", "timeline", "roundup", "series", "round", "week", "day", "year",
                       "quarter", "gigawatts", "megawatts", "campus", "site", "cluster", "region", "state", "city",
                       "photo", "photos", "image", "images", "illustration", "graphic", "chart",
                       "news", "times", "journal", "herald", "tribune", "gazette", "telegraph", "magazine",   # outlets
                       "euv", "lithography"}   # chipmaking tools ("High-NA EUV")


# what an apposition calls a site, not a company ("the Frontier Site, a 1 GW data-centre site built by B")
SITE_APPOSITIONS = frozenset({"site", "campus", "cluster", "facility", "centre", "center", "park", "hub", "plant",
                              "complex", "project", "supercomputer", "building", "hall", "location", "region"})
# the endings of names that name no company alone but may end a company's where its context says so ("Veridian
# Campus", "the Halden Foundation", "Laurentide Pension Plan", "Backlist Exchange"): not a public body's, an
# outlet's, a programme's or a place's ("Department", "Times", "Initiative", "Site")
COMPANY_CAPABLE_ENDINGS = frozenset({"campus", "centre", "center", "foundation", "exchange", "house", "plan"})


def _taken_whole(tok: Token, taken: set[int]) -> bool:
    """Whether the tagger's entity around a word is all the gazetteer's: "Andreessen Horowitz", tagged a
    person, is a company it knows (not "Michael Dell", of which it knows only "Dell")."""
    start = end = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(tok.doc) and tok.doc[end + 1].ent_iob_ == "I":
        end += 1
    return all(i in taken for i in range(start, end + 1))


@dataclass(frozen=True)
class Cues:
    heads: frozenset[str]
    weak_heads: frozenset[str]
    suffixes: frozenset[str]
    descriptors: frozenset[str]
    titles: frozenset[str]
    given_names: frozenset[str]
    unit_endings: frozenset[str]
    places: frozenset[str]
    context: tuple[dict, ...]
    heading_openers: frozenset[str] = frozenset()
    label_openers: frozenset[str] = frozenset()
    kind_codes: frozenset[str] = frozenset()
    goods_endings: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()      # normalised: "japanese", "middle eastern", and languages: "urdu"
    shared_titles: frozenset[str] = frozenset()     # titles a company holds too: "investor", "partner"
    arm_endings: frozenset[str] = frozenset()       # "Ventures", "Capital": an arm of its own beside the bare name
    apposition_nouns: frozenset[str] = frozenset()  # "cloud": a company's only in an apposition it closes
    tier_endings: frozenset[str] = frozenset()      # "Pro", "Plus": a paid tier of a maker's product


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = json.loads(resources.files("ingest").joinpath("data/name_cues.json").read_text("utf-8"))
    places = json.loads(resources.files("ingest").joinpath("data/places.json").read_text("utf-8"))
    return Cues(
        heads=frozenset(data["company_heads"]), weak_heads=frozenset(data["not_heads_alone"]),
        suffixes=frozenset(data["suffixes"]), descriptors=frozenset(data["descriptors"]),
        titles=frozenset(data["person_titles"]), given_names=frozenset(data["given_names"]),
        unit_endings=frozenset(data["unit_endings"]),
        places=frozenset(normalise_name(p) for key in ("countries", "states", "cities", "regions")
                         for p in places[key]),
        context=tuple(data["context"]),
        heading_openers=frozenset(data["heading_openers"]),
        label_openers=frozenset(data.get("label_openers", ())),
        kind_codes=frozenset(data["kind_codes"]),
        goods_endings=frozenset(data["goods_endings"]),
        place_heads=frozenset(data.get("place_heads", ())),
        demonyms=frozenset(normalise_name(d) for d in (*places.get("demonyms", ()), *places.get("languages", ()))),
        shared_titles=frozenset(data.get("shared_titles", ())),
        arm_endings=frozenset(normalise_name(h) for h in data.get("arm_endings", ())),
        apposition_nouns=frozenset(data.get("apposition_nouns", ())),
        tier_endings=frozenset(data.get("tier_endings", ())),
    )


def token_tests(cues: Cues) -> dict[str, Callable[[Token], bool]]:
    """The token tests a context pattern names as `{"_": {"descriptor": true}}`."""
    place = lru_cache(maxsize=65536)(lambda text: normalise_name(text) in cues.places)
    # (a title that is also a company's descriptor is no person's cue: "Zeta, a designer of inference chips")
    tests = {name: (lambda t, words=words: t.lower_ in words) for name, words in
             (("descriptor", cues.descriptors), ("suffix", cues.suffixes), ("title", cues.titles - cues.descriptors),
              ("apposition_noun", cues.apposition_nouns))}
    descriptor = tests["descriptor"]
    tests["descriptor"] = lambda t: descriptor(t) or _split_start_up(t)
    return {**tests, "place": lambda t: place(t.text), "version": _version, "bare_version": bare_version}


def _split_start_up(t: Token) -> bool:
    """The "up" of "start-up", which the tokenizer splits into three words:
    the descriptor "start-up" ("Zeta, an AI start-up, ...") ends there."""
    return t.lower_ in ("up", "ups") and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "start"


def _version(t: Token) -> bool:
    """A model's version number: "4", "2.5", "3.1" (not a year, not a figure)."""
    return bool(_VERSION.fullmatch(t.text))


def bare_version(t: Token) -> bool:
    """A version number straight after a name, not a figure with its unit
    ("Vexa 4", "Vexa 4.5 is out"; not "Acme 4 billion", "Acme 10 GW")."""
    if not _BARE_VERSION.fullmatch(t.text):
        return False        # "Conference 31": models count their versions in ones
    doc = t.doc
    follower = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return follower is None or not (follower.like_num or follower.lower_ in _UNITS or follower.ent_type_ in NOT_NAME_ENTS)


def _versioned_name(spans: list[Span]) -> bool:
    """A name written with a bare version number after it somewhere ("Vexa 4"), or joined to one by a hyphen
    ("Vexa-4"): no person's."""
    return any(sp.end < len(sp.doc) and bare_version(sp.doc[sp.end]) or _HYPHEN_VERSION.fullmatch(sp.text)
               for sp in spans)


_BARE_VERSION = re.compile(r"\d(?:\.\d{1,2})?")
_UNITS = {"%", "percent", "per", "gw", "mw", "kw", "gigawatts", "megawatts", "gigawatt", "megawatt", "billion", "million",
          "trillion", "bn", "m", "years", "months", "days", "weeks", "hours", "times", "x", "of", "to", "-", "–", "/"}
_AFFILIATE_CODE = re.compile(r"[A-Z]{2,4}|[A-Z]{1,2}&[A-Z]{1,2}")   # "SDS", "CNS", "C&T"
_PLURAL_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]+)?[A-Z][A-Za-z]?[A-Z]+s")   # "GPUs", "SoCs", "SmartNICs" (not "TaskUs")
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_PERIOD = re.compile(r"[QH]\d|[FC]Y\s?\d{2,4}|[QH]\d\s?(?:FY|CY)?\s?\d{2,4}")
_CODE = re.compile(r"[A-Z]{2,4}\d{1,4}[A-Za-z]{0,3}|[A-Z]\d{2,4}[A-Za-z]{0,3}")  # "QX4", "H200" (not "Q3", "H1")
_HYPHEN_VERSION = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*-\d{1,2}(?:\.\d{1,2})?[a-z]?")
# A name in a deal role (the parse's, not the words beside it): the object of a deal's preposition
# ("bought servers from X", "signed a cloud deal with X", "a stake in X", "sold chips to X"), of a verb
# of buying or backing ("agreed to acquire rival X"), or the subject of a verb of dealing whose object
# is a deal, a sum, a stake or goods ("X placed an order", "X invested $5 million", "X invested in Y",
# "X has agreed to supply Y with GPUs", "X is in talks to raise $5 million"), or the
# name a backing participle modifies ("Acme-backed X"). A person's
# name keeps its person weight (a given name, a title), which outweighs the role. Word classes from patterns/vocab.
def _lemma_set(*classes: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(w for c in classes for w in LEMMAS[c]) | frozenset(extra)


HOLDINGS = _lemma_set("holding_noun") - {"interest", "option"}     # not "in the interest of X"
HOLD_VERBS = _lemma_set("hold_verb")
DEAL_PREP_HEADS = {
    "from": _lemma_set("buy_verb", "acquire_verb", "purchase_noun", "deal_noun", "invest_noun", "acquire_noun",
                       extra=("raise", "secure", "receive", "attract")),
    "with": _lemma_set("deal_noun", "partner_noun", "partner_verb", extra=("sign", "strike", "ink", "seal", "merge")),
    "in": _lemma_set("invest_verb", "invest_noun", "holding_noun", "round_noun", "investor_noun"),
    "into": _lemma_set("invest_verb"),
    "for": _lemma_set("round_noun"),      # "led the seed round for X"
    "to": _lemma_set("supply_verb"),
    "of": HOLDINGS | _lemma_set("acquire_noun"),      # "owns 30% of X", "a stake of X", "its takeover of UK-based X"
}
DEAL_OBJECT_VERBS = _lemma_set("acquire_verb", extra=("back", "fund", "finance", "bankroll", "underwrite"))
DEAL_SUBJECT_VERBS = _lemma_set("invest_verb", "acquire_verb", "buy_verb", "order_verb", "lead_verb", "pledge_verb",
                                "supply_verb", "raise_verb",
                                extra=("sign", "strike", "ink", "seal", "back", "fund", "finance", "take", "hold"))
# Buying a company: a verb of acquiring ("acquired", "snapped up") or a phrasal one ("took over", "picked
# up"), whose object is a name or a company's descriptor ("acquired rival X", "bought the startup")
ACQUIRE_VERBS = _lemma_set("acquire_verb")
TAKEOVER_VERBS = {(verb, particle) for verb in LEMMAS["pick_up_verb"] for particle in ("up", "over")}
# The light verbs of a deal named by its noun ("completed its acquisition of X", "formed a partnership
# with X", "finalised its takeover"); not "have" or "make", which people do as often ("Smith made an
# investment"), nor the verbs of telling, which a company's people do for it ("Jane Roe and Acme
# announced a deal"), nor a deal of "his" or "her"
LIGHT_DEAL_VERBS = _lemma_set("deal_verb") - {"have", "make"}
LIGHT_DEAL_NOUNS = _lemma_set("deal_noun", "acquire_noun", "partner_noun", "round_noun")
PERSONAL = {"his", "her"}
# Offering another company's model or product: "will resell A's models", "distributes A's tools"
RESELL_VERBS = {"resell", "distribute", "offer", "serve", "host", "sell", "bundle"}
OFFERED_NOUNS = _lemma_set("model_noun", extra=("product", "software", "tool", "service", "platform", "technology"))
# The parties of a tie, named by their part in it: "named as its supplier", "is Y's biggest customer"
TIE_NOUNS = _lemma_set("seller_noun", "customer_noun", "investor_noun", extra=("partner",))
COPULA_VERBS = _lemma_set("copula_verb")      # "X is (became, remains) Y's largest shareholder"
COUNT_VERBS = _lemma_set("include_verb")      # "X counts A and B among its shareholders"
NAME_VERBS = _lemma_set("name_verb")
PHRASE_CLIMB = 3        # prepositional phrases a deal's "from X" may hang below its deal word
# What a subject's clause leads to: "is set to buy" (a schedule), "agreed to a deal to buy", "is in talks to raise"
SCHEDULE_WORDS = _lemma_set("schedule_word")
CLAUSE_NOUNS = {"in": _lemma_set("talk_noun"), "to": _lemma_set("deal_noun", "acquire_noun")}
SUPPLY_VERBS = _lemma_set("supply_verb")
CHOOSE_VERBS = _lemma_set("choose_verb")
HOST_VERBS = _lemma_set("host_verb")
DEAL_OBJECT_NOUNS = _lemma_set("deal_noun", "round_noun", "invest_noun", "holding_noun", "money_word",
                               "acquire_noun", "hardware_word", "compute_word")
# Bringing one's own product to another company's users: "will bring X to Acme's users", "rolls out X to Acme customers"
BRING_VERBS = {"bring", "offer", "deliver", "extend", "roll", "launch", "release", "introduce", "debut", "ship", "expand",
               "integrate", "embed", "put", "preinstall", "preload"}
DESTINATION_PREPS = {"to", "on", "onto", "into", "in", "inside"}
BROUGHT_PRODUCT = 2     # product weight: a name the words also call a company's keeps a tie from becoming either
# A name given to a deal, a project or a site ("the partnership, called Northstar", "a campus known as
# Halcyon"): a site's or a deal's name, no company's (a venture or a startup so named is one)
NAMING_VERBS = {"call", "dub", "name", "know", "codename", "christen", "brand", "nickname"}
# what an apposition calls a company's unit: "Zeta Digital, the group's software subsidiary"
UNIT_NOUNS = frozenset(LEMMAS["named_unit_noun"])
NAMED_THINGS = _lemma_set("deal_noun", "acquire_noun", "round_noun", "site_word",
                          extra=("project", "site", "cluster", "supercomputer", "initiative", "program", "programme",
                                 "plan", "effort", "buildout", "build-out", "complex", "cooperation"))
NAMED_SITE = 3          # place weight: outweighs the tagger's ORG label, not the words that call it a company
PRODUCT_USE_VERBS = _lemma_set("use_verb", "usage_verb", "install_verb", "integrate_verb", extra=("adopt", "license"))
PRODUCT_USE_PREPS = {"on", "via", "through", "using", "atop"}
BACKED_PARTICIPLES = _lemma_set("back_verb", "acquire_verb")     # "the Acme-backed X", "Acme-owned X"
# verbs of saying whose reported clause can be the speaker's own deal ("X said it had agreed to buy Y")
REPORT_VERBS = frozenset({"say", "announce", "confirm", "disclose", "report", "state"})
PAY_VERBS = _lemma_set("pay_verb")
MONEY_WORDS = _lemma_set("money_word")
ROUND_NOUNS = _lemma_set("round_noun")
JOIN_VERBS = _lemma_set("join_verb")
ROUND_NEWS_VERBS = _lemma_set("round_news_verb")
DEBUT_VERBS = _lemma_set("debut_verb")
FORMERLY = {"formerly", "previously", "once", "originally"}      # "Kovix, formerly known as Brightpath"
RENAMED_PARTICIPLES = {"known", "called", "named", "branded"}
DEAL_ROLE_WEIGHT = 2    # a deal role, like the cues "acquired X", "investment in X"
# putting out a model of one's own: "X released (launched, unveiled) its Weave-2 model"
RELEASE_VERBS = frozenset({"release", "launch", "unveil", "introduce", "debut", "ship", "open-source", "publish"})
# a company's own round or takeover, named by its possessor: "X's Series A", "X's $5 billion acquisition of Y"
POSSESSED_DEALS = ROUND_NOUNS | _lemma_set("acquire_noun", "invest_noun")


def _subscribes(verb: Token) -> bool:
    """"X subscribed to the capital increase": a backer (a French idiom in translation)."""
    return verb.lemma_ == "subscribe" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(n.dep_ == "pobj" and n.lemma_ in ("increase", "issue", "issuance")
                                                       for n in c.children) for c in verb.children)


def _deal_role(root: Token) -> int:
    """The company weight a name's role in a deal gives it (see DEAL_PREP_HEADS); 0 for none.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Pellway bought servers from Kovix and placed an order.")
    >>> _deal_role(doc[4]), _deal_role(doc[0]), _deal_role(doc[8])
    (2, 2, 0)
    """
    dep, head = root.dep_, root.head
    if dep == "appos" and head.pos_ == "NOUN" and head.i < root.i:
        if _personal_title(head):
            return 0                 # "its chief executive, Maren Holt, bought a stake": the person's deal
        return _deal_role(head)      # "the startup behind Vexa, Quorble, raised $5 million": the noun's role
    if any(c.dep_ == "amod" and c.lemma_ in BACKED_PARTICIPLES and c.tag_ == "VBN" for c in root.children):
        return DEAL_ROLE_WEIGHT      # "Acme-backed X", "Acme- and Zeta-owned X": the company backed
    if dep in ("nsubjpass", "nsubj") and _backed_by(head):
        return DEAL_ROLE_WEIGHT      # "X was acquired by A", "X is majority-owned by A"
    if dep == "poss" and head.lemma_ in POSSESSED_DEALS:
        return DEAL_ROLE_WEIGHT      # "led X's $20 million Series A", "X's takeover of Y": a company's round or deal
    if dep == "nsubjpass" and head.lemma_ == "value" and any(c.dep_ == "prep" and c.lower_ == "at" for c in head.children):
        return DEAL_ROLE_WEIGHT      # "X has been valued at $5 billion": a company's worth
    if dep == "pobj" and head.dep_ == "agent" and _backed_by(head.head):
        return DEAL_ROLE_WEIGHT      # "X was acquired (is owned partly) by A": the buyer or backer
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_ == "company" and any(
            c.lower_ == "portfolio" for c in head.head.children):
        return DEAL_ROLE_WEIGHT      # "Y, a portfolio company of X"
    if dep == "pobj":
        heads = DEAL_PREP_HEADS.get(head.lower_)
        if heads is None:
            return 0
        word = head.head      # "bought servers from X": the parser may hang "from X" on the object
        for _ in range(PHRASE_CLIMB if head.lower_ == "from" else 1):
            if word.lemma_ in heads or word.dep_ == "dobj" and word.head.lemma_ in heads:
                return DEAL_ROLE_WEIGHT
            if word.dep_ == "pobj":
                word = word.head.head   # "an order for six gigawatts' worth from X": up the phrase to its deal
            elif word.dep_ in ("amod", "compound"):
                word = word.head
            else:
                break
        return 0
    if dep == "dative" and head.lemma_ in PAY_VERBS and root.text not in load_cues().given_names and any(
            c.dep_ == "dobj" and c.lemma_ in MONEY_WORDS for c in head.children):
        return DEAL_ROLE_WEIGHT      # "A will pay X $2 billion for capacity": the one paid sells (not "pay Sarah")
    if dep == "dobj" and head.lemma_ in SUPPLY_VERBS and any(c.dep_ == "prep" and c.lower_ == "with"
                                                             for c in head.children):
        return DEAL_ROLE_WEIGHT      # "A will supply X with chips": the one supplied buys
    if dep == "dobj" and head.lemma_ in COUNT_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_ in TIE_NOUNS for c in head.children):
        return DEAL_ROLE_WEIGHT      # "Investors in Y include X", "its backers include A and B"
    if dep == "dobj":
        return DEAL_ROLE_WEIGHT if head.pos_ == "VERB" and (head.lemma_ in DEAL_OBJECT_VERBS or _takes_over(head)
                                                          or _chosen_to(head, HOST_VERBS) or root.ent_type_ != "PERSON"
                                                          and _chosen_to(head, SUPPLY_VERBS)) else 0
    if dep == "nsubj" and head.lemma_ in RELEASE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_ in MODEL_NOUNS and any(p.lower_ in ("its", "their") for p in c.children)
            for c in head.children):
        return DEAL_ROLE_WEIGHT      # "X released its Weave-2 model": a model's maker (its own: not a person's)
    if dep == "nsubjpass" and head.lemma_ in NAME_VERBS and _as_tie(head):
        return DEAL_ROLE_WEIGHT      # "X was named as its cloud provider", "X are identified as its partners"
    if dep == "nsubj" and head.lemma_ in COPULA_VERBS and any(c.dep_ == "attr" and _possessed_tie(c)
                                                              for c in head.children):
        return DEAL_ROLE_WEIGHT      # "X is Y's biggest cloud partner", "X became Y's largest shareholder"
    if dep == "nsubj" and (head.lemma_ in COUNT_VERBS or head.lemma_ == "have") and _tie_listed(head):
        return DEAL_ROLE_WEIGHT      # "X counts (has) A and B among its shareholders (as customers)"
    if dep == "nsubj" and head.lemma_ in REPORT_VERBS and _reports_own_deal(head):
        return DEAL_ROLE_WEIGHT      # "X said on Monday (that) it had agreed to buy Y"
    if any(c.dep_ == "relcl" and c.i > root.i and any(w.dep_ == "nsubj" and w.lower_ in ("which", "that")
                                                      for w in c.children)
           and any(_deals_in(verb) for verb in _clause_verbs(c)) for c in root.children):
        return DEAL_ROLE_WEIGHT      # "X, which took part in B's round, ...": the relative clause's doer
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX") or dep == "nsubjpass" and head.lemma_ in SCHEDULE_WORDS:
        return DEAL_ROLE_WEIGHT if any(_deals_in(verb) for verb in _clause_verbs(head)) else 0
    return 0


# what a model is called where a name before it may be its own ("its Magistral models")
MODEL_NOUNS = _lemma_set("model_noun")


def _tagged_person(w: "Weights") -> bool:
    """Whether the tagger calls every occurrence of a name a person's."""
    return all(sp.root.ent_type_ == "PERSON" for sp in w.occurrences)


def _after_its_company(span: Span, taken: set[int]) -> bool:
    """Whether a name follows a known company's name that modifies it ("Humain Chat" after Humain)."""
    before = span.start - 1
    return before >= 0 and before in taken and span.doc[before].dep_ == "compound" \
        and span.start <= span.doc[before].head.i < span.end


def _personal_title(t: Token) -> bool:
    """A noun that is a person's title and no company's ("executive", "founder"; not "investor", "designer")."""
    cues = load_cues()
    return t.lower_ in cues.titles and t.lower_ not in cues.shared_titles and t.lower_ not in cues.descriptors


def _tie_listed(verb: Token) -> bool:
    """Whether a verb lists companies "among" (or "as") its subject's ties:
    "counts A among its backers", "has A and B among its investors" (where
    the parser may hang "among" from the object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("among", "as") and any(g.lemma_ in TIE_NOUNS for g in c.children)
               for w in (verb, *objects) for c in w.children)


def _reports_own_deal(verb: Token) -> bool:
    """A verb of saying whose reported clause has "it" deal: "X announced
    Monday that it would acquire Y", "X said it had agreed to buy Y" (the
    speaker is the "it"; a person says "he" or "she")."""
    return any(c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children)
               and any(_deals_in(v) for v in _clause_verbs(c)) for c in verb.children)


def _as_tie(verb: Token) -> bool:
    """The verb names its subject as a party to a tie: "named as its supplier"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(n.dep_ == "pobj" and n.lemma_ in TIE_NOUNS
                                                               for n in c.children) for c in verb.children)


def _possessed_tie(noun: Token) -> bool:
    """A company's party named by its possessor: "Y's biggest supplier", "Y's cloud partner"."""
    return noun.lemma_ in TIE_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _chosen_to(verb: Token, doing: frozenset[str]) -> bool:
    """A verb of choosing whose object is chosen to do one of `doing`: host or run
    something ("A selected X to host its workloads"), supply it ("A picked X to supply its chips")."""
    return verb.lemma_ in CHOOSE_VERBS and any(c.dep_ in ("xcomp", "advcl") and c.lemma_ in doing
                                               for c in verb.children)


def _clause_verbs(verb: Token) -> list[Token]:
    """The verbs a subject's clause states: its own, the infinitive it
    agrees, plans, is set or is in talks to do ("X has agreed to supply", "X
    is set to buy", "X is poised to buy", "X is in talks to raise", "X agreed
    to a deal to buy"), and a participle's clause ("X, having signed a deal")."""
    out = [verb]
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" or _participle_clause(c):
            out.append(c)
        elif c.dep_ == "acomp" and c.lemma_ in SCHEDULE_WORDS:
            out += [v for v in c.children if v.dep_ == "xcomp" and v.pos_ == "VERB"]
        elif c.dep_ == "prep" and c.lower_ in CLAUSE_NOUNS:
            out += [v for n in c.children if n.dep_ == "pobj" and n.lemma_ in CLAUSE_NOUNS[c.lower_]
                    for v in n.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]
    return out + [p for v in out[1:] for p in v.children if _participle_clause(p)]   # "X kept growing, having signed"


def _participle_clause(c: Token) -> bool:
    """A participle's clause sharing its verb's subject: "X is ..., having landed a deal"."""
    return c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and not any(d.dep_ in ("nsubj", "mark") for d in c.children)


def _deals_in(verb: Token) -> bool:
    """A verb of dealing whose object is a deal, a sum, a stake or goods ("X
    placed an order", "X invested $5 million", "X invested in Y", "X closed a
    round", "X will supply GPUs", "X will supply Y with GPUs"), a holding
    ("X owns a stake", "X has 30% of Y"), a sum's worth ("X is buying $300
    million worth of chips"), a verb of acquiring whose object is a company
    ("X acquired Y", "X took over the startup"), a light verb whose object is a deal ("X
    completed its acquisition of Y"), or a verb of offering another's model
    ("X will resell Y's models")."""
    if verb.pos_ != "VERB":
        return False
    return verb.lemma_ in DEAL_SUBJECT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_ in DEAL_OBJECT_NOUNS
        or c.dep_ == "prep" and c.lower_ in ("in", "into") and verb.lemma_ == "invest"
        or c.dep_ == "dobj" and c.lemma_ == "worth" and _money_before(c)
        or c.dep_ == "prep" and c.lower_ == "with" and verb.lemma_ in SUPPLY_VERBS
        and any(n.dep_ == "pobj" and n.lemma_ in DEAL_OBJECT_NOUNS for n in c.children)
        for c in verb.children) or _acquires(verb) or _light_deal(verb) or _resells(verb) or _holds(verb) \
        or _subscribes(verb) or _joins_round(verb) \
        or _pays(verb) or tells_own_round(verb) or _licenses(verb)


def _joins_round(verb: Token) -> bool:
    """ "X joined (took part in, participated in) a round": a backer."""
    rounds = [n for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for n in c.children if n.dep_ == "pobj" and n.lemma_ in ROUND_NOUNS]
    if verb.lemma_ == "take":
        return bool(rounds) and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    return verb.lemma_ == "participate" and bool(rounds) or verb.lemma_ in JOIN_VERBS and any(
        c.dep_ == "dobj" and c.lemma_ in ROUND_NOUNS for c in verb.children)


def _money_before(worth: Token) -> bool:
    """ "$300 million worth (of chips)": a sum's worth, a deal's object."""
    return any(c.lemma_ in MONEY_WORDS for c in worth.children)


def tells_own_round(verb: Token) -> bool:
    """A verb that tells of its subject's own round: "A announced (completed)
    a seed round", "A unveiled its Series B", "A announced $9 million in seed
    funding", "A came out of stealth with a $32 million seed".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Pellway announced $9 million in seed funding. Kovix came out of stealth with $5 million.")
    >>> tells_own_round(doc[1]), tells_own_round(doc[10])
    (True, True)
    """
    lemma = verb.lemma_.lower()
    if lemma in ROUND_NEWS_VERBS:
        return any(ch.dep_ == "dobj" and (ch.lemma_.lower() in ROUND_NOUNS or ch.lemma_.lower() in MONEY_WORDS
                                          and any(t.lemma_.lower() in ROUND_NOUNS for t in ch.subtree))
                   for ch in verb.children)
    if lemma not in DEBUT_VERBS or lemma == "come" and not any(ch.lower_ == "out" for ch in verb.children):
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "with" and any(
        t.lemma_.lower() in ROUND_NOUNS or t.is_currency for t in ch.subtree) for ch in verb.children)


def _pays(verb: Token) -> bool:
    """A verb of paying another a sum, or a sum for a company: "X will pay Y
    $400 million for the chips", "X paid $125 million for rival Y" (as "X acquired Y")."""
    sums = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in MONEY_WORDS]
    if verb.lemma_ not in PAY_VERBS or not sums:
        return False
    return any(c.dep_ == "dative" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(n.dep_ == "pobj" and n.pos_ == "PROPN" for n in c.children)
        for c in [*verb.children, *sums[0].children])     # (the parser may hang "for Y" on the sum)


LICENSE_VERBS = {"license", "licence"}


def _licenses(verb: Token) -> bool:
    """A verb of licensing with a named company on the other side: "X
    licensed markdown software from Y", "X agreed to license its archive to
    Y", "X licensed Y's imaging AI"."""
    if verb.lemma_.lower() not in LICENSE_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "from") and any(n.dep_ == "pobj" and n.pos_ == "PROPN"
                                                                        for n in c.children)
               or c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PROPN" for p in c.children)
               for c in [*verb.children, *(g for o in _objects(verb) for g in o.children if g.dep_ == "prep")])


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, with those coordinated with them."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    return out + [c for o in out for c in o.conjuncts]


def _acquires(verb: Token) -> bool:
    """A verb of acquiring a company: "acquired Y", "snapped up rival Y", "took over the startup"."""
    if verb.lemma_ not in ACQUIRE_VERBS and not _takes_over(verb):
        return False
    return any(o.pos_ == "PROPN" or o.lower_ in load_cues().descriptors for o in _objects(verb))


def _holds(verb: Token) -> bool:
    """A verb of holding whose object is a holding: "has a 30% stake in Y", "owns 30% of Y"."""
    return verb.lemma_ in HOLD_VERBS and any(o.lemma_ in HOLDINGS for o in _objects(verb))


def _takes_over(verb: Token) -> bool:
    """A phrasal verb of acquiring: "took over", "picked up", "hoovered up";
    not a post taken over ("took over Acme as chief executive")."""
    return any(c.dep_ == "prt" and (verb.lemma_, c.lower_) in TAKEOVER_VERBS for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "as" and any(t.lower_ in load_cues().titles for t in c.subtree)
                    for c in verb.children)


def _light_deal(verb: Token) -> bool:
    """A light verb of dealing whose object is a deal not a person's: "completed
    its acquisition of Y", "formed a partnership with Y" (not "completed
    her acquisition of a house")."""
    return verb.lemma_ in LIGHT_DEAL_VERBS and any(
        o.lemma_ in LIGHT_DEAL_NOUNS and not any(c.dep_ == "poss" and c.lower_ in PERSONAL for c in o.children)
        for o in _objects(verb))


def _resells(verb: Token) -> bool:
    """A verb of offering a model or product another company owns: "will resell Y's models"."""
    return verb.lemma_ in RESELL_VERBS and any(
        o.lemma_ in OFFERED_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in o.children)
        for o in _objects(verb))


def _backed_by(verb: Token) -> bool:
    """A passive of backing or buying with its agent: "was acquired by A", "is
    majority-owned by A" (the participle an adjective of "is")."""
    if verb.pos_ == "AUX":
        verb = next((c for c in verb.children if c.dep_ == "acomp"), verb)
    return verb.lemma_ in BACKED_PARTICIPLES and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


THING_CUES = {"model": "Model", "product": "Product", "hardware": "Hardware"}
# the words that make a thing the apposition names no one's now ("X, A's former app"; see `_context`)
NOT_OWNED_NOW = frozenset(LEMMAS["not_owned_now_word"])


@dataclass
class Weights:
    """What an article says about one name."""
    company: float = 0.0
    context: float = 0.0        # the part of `company` that the words around it gave
    person: float = 0.0
    place: float = 0.0
    source_hits: int = 0
    things: dict[str, float] = field(default_factory=lambda: defaultdict(float))   # "Model" -> weight
    org_votes: int = 0
    norp_votes: int = 0
    place_votes: int = 0
    acts: int = 0               # occurrences as the subject of a verb other than saying
    says: int = 0               # occurrences as the subject of a verb of saying ("..., X said.")
    person_votes: int = 0
    occurrences: list[Span] = field(default_factory=list)


class NameFinder:
    def __init__(self, nlp, gazetteer: Gazetteer):
        self.g = gazetteer
        self.cues = load_cues()
        self._heads_lower = {h.lower() for h in self.cues.heads}
        self._heads_normalised = {normalise_name(h) for h in self.cues.heads}
        self._strong_heads = self.cues.heads - self.cues.weak_heads
        self._weak_lower = {h.lower() for h in self.cues.weak_heads}
        # the nouns a company's name may stand before ("the Anchor startup"), less those a product's may ("platform")
        self._company_nouns = frozenset(self.cues.descriptors) - {"platform", "marketplace", "unit", "venture"}
        self._demonym_firsts = {d.split()[0] for d in self.cues.demonyms}     # "middle" of "middle eastern"
        self._place_halves = {x for p in self.cues.places if " " in p for x in (p.split()[0], p.split()[-1])}
        self.english = english_words(nlp)
        self.patterns = [(cue["side"], cue["pattern"]) for cue in self.cues.context]
        self._and_after: dict[int, int] = {}      # a cue that needs words after the name too -> their pattern
        for index, cue in enumerate(self.cues.context):
            if "and_after" in cue:
                self._and_after[index] = len(self.patterns)
                self.patterns.append(("after", cue["and_after"]))
        self.matcher = EdgeMatcher(self.patterns, token_tests(self.cues))

    def companies(self, doc: Doc, text: str, taken: set[int], known: dict[str, Known] | None = None,
                  people: set[str] | None = None, things: set[int] | None = None) -> list[tuple[Span, Known]]:
        """Spans of new companies, each with its Known. `taken` holds token
        indices already named by the gazetteer, `things` those of its models,
        products and hardware; `known` maps normalised names of companies
        already found to their entity (for "X AI" → X)."""
        runs = self._runs(doc, taken)
        if not runs:
            return []
        known = known or {}
        people = (people or set()) | {sp[-1].text for sp in runs if 2 <= len(sp) <= 3
                                      and sp[0].text in self.cues.given_names and sp[-1].text not in self.cues.heads}
        names: dict[str, Weights] = defaultdict(Weights)
        by_token: dict[int, str] = {}
        for span in runs:
            key = normalised(span.text)
            names[key].occurrences.append(span)
            for t in span:
                by_token[t.i] = key
        self._context(doc, runs, names, things or set())
        out = []
        accepted: dict[str, Known] = {}
        for key, w in names.items():
            self._shape(key, w, people)
            if not w.context and any(map(_owned_model_name, w.occurrences)):
                w.things["Model"] += COMPANY_AT     # "its Magistral and Vexa 3 models": the owner's models' names
        # people listed together: "researchers David Ha and Llion Jones" (a two- or three-word name with no
        # company-name ending, coordinated with a person's name in apposition to people's titles)
        persons = {key for key, w in names.items() if w.occurrences[0][-1].text in people and _tagged_person(w)
                   and any(self._titled(sp) for sp in w.occurrences)}
        for key, w in names.items():
            if key not in persons and self._person_shaped(w) and not w.context and any(
                    k in persons for sp in w.occurrences for k in self._conjuncts(sp, by_token)):
                w.person += PERSON_VOTES + 1
        # places listed together: "in Batam and Cikarang" (a name the tagger alone calls an organisation, listed
        # with a place, is one; not one placed itself: "St. Aurelian Health in Ohio and Tallgrass Medical in Kansas")
        places = {key for key, w in names.items() if w.place >= PLACE_SHAPE and w.place > w.company}
        for key, w in names.items():
            if not w.context and key not in places and not any(_placed_in(sp) for sp in w.occurrences) and any(
                    k in places for sp in w.occurrences for k in self._conjuncts(sp, by_token)):
                w.place += PLACE_SHAPE
        for _ in range(2):      # lists: a conjunct of a company is a company (twice: lists of lists)
            things = {key: t for key, w in names.items() if (t := self._thing(key, w))}
            companies = {key for key, w in names.items() if key not in things and self._is_company(key, w)}
            for key, w in names.items():
                if key in companies and not w.context and key not in things:
                    # a company by the tagger's vote alone, listed with a model: a model too ("its Vexa Medium
                    # and Codestral models", the company's name before it known)
                    for type_ in {things[k] for sp in w.occurrences for k in self._conjuncts(sp, by_token) if k in things}:
                        w.things[type_] += COMPANY_AT
                if key in things or key in companies or w.person > PERSON_VOTES or self._place_shaped(w):
                    continue    # a place listed with a company is a party, not a company ("Harlan County and Acme")
                if any(self._conjunct_company(sp, by_token, companies, taken) for sp in w.occurrences):
                    w.company += COMPANY_AT
                    w.context += COMPANY_AT
                for type_ in {things[k] for sp in w.occurrences for k in self._conjuncts(sp, by_token) if k in things}:
                    w.things[type_] += COMPANY_AT     # "models such as Vexa and Pirn"
        things = {key: t for key, w in names.items() if (t := self._thing(key, w))}
        for key, w in names.items():
            if key not in things and self._is_company(key, w) and (self._company_ending(w) or not self._said_thing(w)):
                accepted[key] = Known("Company", self._canonical(w.occurrences[0]))
        models = {key: Known("Model", self._canonical(names[key].occurrences[0])) for key, t in things.items() if t == "Model"}
        for key in list(accepted):
            others = {**models, **known, **{k: v for k, v in accepted.items() if k != key}}
            unit = self._unit(names[key].occurrences[0], others)
            if unit is not None and not self._named_before_owner(key, unit, names, accepted) \
                    and not self._legal_name(names[key]):
                accepted[key] = unit
                continue
            part = self._part(key, others, found=set(accepted) - {key})
            if part is False:
                del accepted[key]
            elif part is not None and not (part.type == "Model" and names[key].context
                                           and self.g.forms.get(part.name) is None):
                # (a model only this article names, whose "X AI" acts as a company: "Orrery AI said its Orrery 3
                # models ..." is the models' maker; "Claude AI", a known model's, stays the model)
                accepted[key] = part
        for key in list(accepted):  # "a consumer app, Humain Chat": a known company's own product or unit
            w = names[key]
            if accepted[key].type == "Company" and not self._company_ending(w) and not w.context \
                    and all(_after_its_company(sp, taken) for sp in w.occurrences):
                del accepted[key]
        for key, w in names.items():    # "GroqCloud, the company's hosted service": Groq's, however it is called
            text = w.occurrences[0].text
            if key in accepted or things.get(key, "Product") != "Product":
                continue
            unit = self._glued_unit(text, {**known, **accepted}) if " " not in text else \
                self._unit(w.occurrences[0], {**known, **accepted}) if key in things else None
            if unit is not None:    # (or "Tarnwell Cloud, its hosted service": Tarnwell's)
                accepted[key] = unit
                things.pop(key, None)
        named_people = {normalised(p) for p in people}
        for key, w in names.items():    # "Halden Capital and MGX formed Zeta. Halden will hold 60%": the
            # short form of a name given before it, though the tagger took it for a person's (no person so named)
            if key not in accepted and key not in things and key not in named_people and not w.place \
                    and (longer := self._arm_short_form(key, names, accepted)):
                accepted[key] = longer[0]
        heads = self._heads_normalised - self.cues.arm_endings
        for key, k in list(accepted.items()):   # "Luma" beside "Luma AI": one company; also beside a
            if len(names[key].occurrences[0].text.split()) > len(key.split()):   # known one ("Scale" beside "Scale AI")
                continue        # "Acme Group" beside "Acme Telecom": a full name, whose ending normalising drops
            # (not "Pellway" beside "Pellway Ventures", its venture arm)
            longer = [k2 for k2 in _with_ending(key, {**known, **accepted}, heads) if k2.name != k.name
                      and not self._named_before(key, k2.name, names)] or self._arm_short_form(key, names, accepted)
            if not longer and len(first := self._first_word_of(key, names, accepted)) == 1:
                longer = first      # "Corvane Micro ... Corvane issued": its short form, of any ending
            if longer:
                accepted[key] = longer[-1]
        accepted.update(self._short_forms(names, accepted, things, known, heads))
        accepted.update(_initialisms(names, accepted))
        accepted.update(self._bracketed(names, accepted, taken, known))
        accepted.update(self._former_names(names, accepted))
        accepted.update(self._units_in_lists(names, accepted, things, by_token))
        for key, k in accepted.items():
            out += [(self._with_suffix(span) if k.type == "Company" else span, k) for span in names[key].occurrences]
        out += _initial_short_forms(doc, accepted, taken | set(by_token))
        for key, type_ in things.items():
            out += [self._versioned(span, Known(type_, self._canonical(span))) for span in names[key].occurrences]
        return out

    def _with_suffix(self, span: Span) -> Span:
        """The mention of a company with the company suffix after its name
        ("bought Lumen Orbit Inc. for $75 million"): the name is "Lumen
        Orbit", but the parse makes the suffix the phrase's head, the object
        bought, which the deal readers look for."""
        doc, end = span.doc, span.end
        while end < len(doc) and doc[end].lower_ in self.cues.suffixes and not doc[end].is_lower:
            end += 1
        return span if end == span.end else doc[span.start:end]

    def _units_in_lists(self, names: dict[str, Weights], accepted: dict[str, Known], things: dict[str, str],
                        by_token: dict[int, str]) -> dict[str, Known]:
        """A two-word name in a list with a company's unit or product is a unit
        too, its first word the owner ("rivals Acme Web Services and Zorb
        Azure": Zorb's product Azure, and Zorb); not a name with a
        company-name ending ("Zorb Labs") or an affiliate's code ("Zorb SDS")."""
        products = {k for k, v in accepted.items() if v.type == "Product"} | {k for k, t in things.items() if t == "Product"}
        out = {}
        for key, k in accepted.items():
            span = names[key].occurrences[0]
            words = span.text.split()
            if k.type != "Company" or len(words) != 2 or self._company_ending(names[key]) \
                    or words[-1] in self.cues.heads or not words[-1].istitle():
                continue
            if any(self._conjuncts(sp, by_token) & products for sp in names[key].occurrences):
                out[key] = Known("Product", self._canonical(span), words[0])
        return out

    def _bracketed(self, names: dict[str, Weights], accepted: dict[str, Known], taken: set[int],
                   known: dict[str, Known]) -> dict[str, Known]:
        """Abbreviations and tickers a company's (or unit's) name gives in brackets
        ("Morvane Systems Inc. (MSI)", "Acme.com (ACMZ)"): the same company
        wherever the article writes them, not a company of their own."""
        ends = {sp.end: k for key, k in accepted.items() if k.type in ("Company", "Product")
                for sp in names[key].occurrences}      # "Acme Web Services (AWS)": a unit's too
        out = {}
        for key, w in names.items():
            if key in accepted and accepted[key].type == "Company":
                continue
            for span in w.occurrences:
                doc, start = span.doc, span.start
                if not (len(span) == 1 and span[0].is_upper and span[0].is_alpha and start >= 2
                        and doc[start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"):
                    continue
                end = start - 1
                while end > 0 and (doc[end - 1].lower_ in self.cues.suffixes or doc[end - 1].text == ","):
                    end -= 1    # "Acme Inc. (ACME)"
                owner = ends.get(end) or self._taken_company(doc, start - 1, taken, known)
                if owner is not None and _abbreviates(span.text, owner.name, doc[:start - 1]):
                    out[key] = owner
                    break
        return out

    def _former_names(self, names: dict[str, Weights], accepted: dict[str, Known]) -> dict[str, Known]:
        """A company's former name is the company wherever the article writes
        it: "Kovix, formerly known as Brightpath,", "Kovix (formerly
        Brightpath)", "Kovix, previously called Brightpath"."""
        ends = {sp.end: k for key, k in accepted.items() if k.type == "Company" for sp in names[key].occurrences}
        out = {}
        for key, w in names.items():
            for span in w.occurrences:
                doc, i = span.doc, span.start - 1
                if i >= 0 and doc[i].lower_ == "as":
                    i -= 1
                if i >= 0 and doc[i].lower_ in RENAMED_PARTICIPLES:
                    i -= 1
                if i < 1 or doc[i].lower_ not in FORMERLY or doc[i - 1].text not in (",", "("):
                    continue
                owner = ends.get(i - 1)
                if owner is not None:
                    out[key] = owner
                    break
        return out

    def _taken_company(self, doc: Doc, end: int, taken: set[int], known: dict[str, Known]) -> Known | None:
        """The gazetteer's company whose name ends at `end` ("Advanced Micro Devices Inc.")."""
        start = end
        while start > 0 and start - 1 in taken and end - start < 6:
            start -= 1
        if start == end:
            return None
        norm = normalise_name(doc[start:end].text)
        found = self._known_company(norm) or known.get(norm)
        return found if found is not None and found.type == "Company" else None

    def _thing(self, key: str, w: Weights) -> str | None:
        """The model, product or chip a name is, when the words around it say
        so more than they say company ("the Vexa 3 model", "its Pirn
        browser", "the X9 chip"); None otherwise."""
        if not w.things or w.person > w.context and not _versioned_name(w.occurrences) \
                or not self._plausible(key, w, thing=True):
            return None         # a person's name, unless it has a version number after it ("Claude Lite 2")
        if self._company_ending(w):
            return None         # "launched Zeta Labs": a company-name ending names a company
        type_, weight = max(w.things.items(), key=lambda kv: (kv[1], kv[0] == "Model"))    # a tie: "launched Vexa 3" is a model
        # (an owner before it counts as a second cue: "Zeta's second-generation Kestrel accelerator")
        owned = any(map(_owned_goods_name, w.occurrences))
        if all(x in self.english for x in key.split()) and weight < STRONG_THING and not owned:
            return None         # "Command models": an ordinary word needs two cues, or one on both sides of it
            #                     ("its Azure platform"), to be a thing's name
        if type_ == "Hardware" and not any(c.isdigit() for c in key) and not owned:
            return None         # "Acme chips" are Acme's: a chip's name has a number in it, or an owner
        ties = type_ == "Hardware"    # "the X9 chips" also reads as a company's chips: a tie goes to the chip
        if weight < COMPANY_AT or weight < w.context or weight == w.context and not ties \
                or not any(_in_prose(sp) for sp in w.occurrences):
            return None
        return type_

    def _titled(self, span: Span) -> bool:
        """A name in apposition to people's title ("researchers David Ha", "its founders, Jane Roe and
        ...": the cues' person titles, and "employee", which no title list holds)."""
        root = span.root
        noun = root.head.lemma_.lower()
        return root.dep_ == "appos" and (noun in self.cues.titles or noun == "employee")

    def _person_shaped(self, w: Weights) -> bool:
        """Two or three capitalised words with no company-name ending, as people's names are."""
        words = w.occurrences[0].text.split()
        return 2 <= len(words) <= 3 and all(x[:1].isupper() and x[1:].islower() for x in words) \
            and words[-1] not in self.cues.heads

    def _company_ending(self, w: Weights) -> bool:
        """A name of two words or more ending as companies' names do ("Zeta Labs", not "Zeta AI")."""
        words = w.occurrences[0].text.split()
        return len(words) > 1 and words[-1] in self._strong_heads

    def _legal_name(self, w: Weights) -> bool:
        """A company's legal suffix written somewhere after the name ("Polarfjell Data ASA"): a company of its
        own, not a unit of the company its first word names."""
        return any(self._with_suffix(sp).end > sp.end for sp in w.occurrences)

    @staticmethod
    def _called_company(ending: str, w: Weights) -> bool:
        """A name ending in a word that names no company by itself, which the words
        around it call one twice over ("Veridian Campus, a developer of data centres,
        agreed to ..."), where the ending may end a company's name at all
        (`COMPANY_CAPABLE_ENDINGS`), and no apposition calls it a site ("the
        Frontier Campus, a 1 GW site developed by B")."""
        return w.context >= 2 * COMPANY_AT and ending in COMPANY_CAPABLE_ENDINGS and not any(
            ch.lemma_.lower() in SITE_APPOSITIONS for sp in w.occurrences
            for ch in [c for c in sp.root.children if c.dep_ == "appos"]
            + ([sp.root.head] if sp.root.dep_ == "appos" else []))

    def _suffixed(self, w: Weights) -> bool:
        """A company's suffix ends the name somewhere ("News Corp", which `_trim` keeps whole)."""
        return any(sp[-1].lower_ in self.cues.suffixes for sp in w.occurrences)

    @staticmethod
    def _said_thing(w: Weights) -> bool:
        """The words around the name call it a model, product or chip at least
        as often as a company: too unsure for either."""
        said = [v for t, v in w.things.items() if t != "Hardware"]     # "Acme chips" are still Acme's
        return bool(said) and max(said) >= max(COMPANY_AT, w.context)

    @staticmethod
    def _versioned(span: Span, known: Known) -> tuple[Span, Known]:
        """ "Vexa 4": a model's version number joins its name."""
        doc = span.doc
        if known.type == "Model" and span.end < len(doc) and _version(doc[span.end]):
            longer = doc[span.start:span.end + 1]
            return longer, Known("Model", f"{known.name} {doc[span.end].text}")
        return span, known

    def _conjuncts(self, span: Span, by_token: dict[int, str]) -> set[str]:
        """Names coordinated with this one ("Vexa and Pirn")."""
        root = span.root
        linked = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
        return {by_token[t.i] for t in linked if t.i in by_token and t.i not in range(span.start, span.end)}

    def in_place(self, span: Span) -> bool:
        """A known name that is half of a place's name ("Nova" in "Nova
        Scotia"): the place, not the thing the gazetteer knows by that word.

        >>> from ingest.pipeline import load_nlp
        >>> from ingest.gazetteer import load_gazetteer
        >>> doc = load_nlp()("Acme leased land in Nova Scotia from Nova.")
        >>> finder = NameFinder(load_nlp(), load_gazetteer())
        >>> finder.in_place(doc[4:5]), finder.in_place(doc[8:9])
        (True, False)
        """
        if span.text.lower() not in self._place_halves:
            return False
        doc, start, end = span.doc, span.start, span.end
        places = self.cues.places
        return end < len(doc) and doc[end].is_title and normalise_name(doc[start:end + 1].text) in places \
            or start > 0 and doc[start - 1].is_title and normalise_name(doc[start - 1:end].text) in places

    def in_hyphenated_name(self, span: Span) -> bool:
        """A known name that is the first half of a hyphenated company name
        ("Nova" in "Nova-Arc Capital", where a company-name ending, not a
        legal suffix, follows the second half): the longer name's, not the
        thing the gazetteer knows by that word.

        >>> from ingest.pipeline import load_nlp
        >>> from ingest.gazetteer import load_gazetteer
        >>> doc = load_nlp()("Nova-Arc Capital owns 60% of it. Amazon's Nova-2 model is cheap.")
        >>> finder = NameFinder(load_nlp(), load_gazetteer())
        >>> finder.in_hyphenated_name(doc[0:1]), finder.in_hyphenated_name(doc[11:12])
        (True, False)
        """
        doc, end = span.doc, span.end
        return end + 3 <= len(doc) and _glued_hyphen(doc[end]) and doc[end + 1].is_title and doc[end + 1].is_alpha \
            and doc[end + 2].text in self.cues.heads and doc[end + 2].lower_ not in self.cues.suffixes

    def longer_names(self, doc: Doc, spans: list[tuple[Span, Known]]) -> list[tuple[Span, Known]]:
        """Type from context: a known name followed by a company-name ending
        is another company ("Ampere Computing" beside the chip family
        Ampere; "Intel Capital" beside Intel). Returns the longer spans; the
        caller prefers them to the shorter ones they cover.

        A known company with a generic ending ("Acme AI") stays that company;
        with a unit's ending ("Acme Cloud", "Acme Search") it names the company's unit, a Product.
        A known chip's, model's or product's name with an ending that also
        names goods ("Helios Chips", "Vexa Compute") is a company's where the
        article shows it acting in running text (a subject, a possessor, "by",
        "from" or "with" it: "Helios Chips will invest $250 million in B"),
        and the thing's goods elsewhere ("B will sell Blackwell Chips To C").
        """
        out = []
        goods: dict[str, list[Span]] = {}     # "Helios Chips": kept where one of its occurrences acts
        length = len(doc)
        for span, known in spans:
            if span.end >= length or not doc[span.end].text[:1].isupper():
                continue        # no capitalised word after it: neither an affiliate's code nor an ending
            if known.type == "Company" and self._affiliate_code(doc, span, known.name):
                longer = doc[span.start:span.end + 1]     # "Samsung SDS", "Acme C&T": an affiliate of its own
                out.append((longer, self._known_company(normalise_name(longer.text)) or Known("Company", longer.text)))
                continue
            end = self._capitalised_end(doc, span.end)
            if end == span.end:
                continue
            tail = doc[span.end:end].text
            last = doc[end - 1].text
            if known.type == "Model" and end == span.end + 1 and self._product_word(tail) \
                    and tail.lower() not in self.cues.descriptors \
                    and doc[span.end].ent_type_ not in NOT_NAME_ENTS:
                longer = doc[span.start:end]        # "Vexa Voice" beside the model Vexa: a product built on it
                out.append((longer, Known("Product", self._canonical(longer), known.owner)))
                continue
            if known.type == "Product" and end == span.end + 1 and self._product_word(tail) \
                    and doc[span.end].ent_type_ not in NOT_NAME_ENTS:
                longer = doc[span.start:end]        # "Azure Marketplace": a product of the same owner
                out.append((longer, Known("Product", self._canonical(longer), known.owner)))
                continue
            if last in self.cues.tier_endings and known.type in ("Company", "Product", "Model") and all(
                    t.text == "AI" or self._product_word(t.text) for t in doc[span.end:end]):
                longer = doc[span.start:end]        # "Google AI Pro", "Acme Chat Plus": a paid tier, its maker's
                owner = known.name if known.type == "Company" else known.owner
                out.append((longer, Known("Product", self._canonical(longer), owner)))
                continue
            if known.type == "Company" and tail in self.cues.unit_endings:
                longer = doc[span.start:end]        # "IBM Cloud", "Acme Search": the company's unit, a Product
                out.append((longer, Known("Product", self._canonical(longer), known.name)))
                continue
            if known.type != "Company" and _followed_by_description(doc, end - 1):
                longer = doc[span.start:end]        # "Cobalt Reasoning, the Boston AI lab," beside the chip Cobalt
                out.append((longer, Known("Company", self._canonical(longer))))
                continue
            if last not in self.cues.heads and tail not in self.cues.heads:
                continue
            joined = any(t.text == "&" or t.lower_ == "and" for t in doc[span.end:end])
            # "Samsung Catalyst Fund": a name of its own between the company and an arm's ending is the arm's
            named_arm = end - span.end > 1 and normalise_name(last) in self.cues.arm_endings
            if known.type == "Company" and not named_arm and (
                    last in self.cues.weak_heads and not joined or tail in self.cues.weak_heads):
                # "Acme Group", "Mubadala Investment Company": Acme, never a company "Investment Company" (not
                # "Siemens Energy", a company of its own); "Acme Management & Research" a name of its own
                if last in _SAME_COMPANY_ENDINGS:
                    out.append((doc[span.start:end], known))
                continue
            if tail == "AI" and (known.type != "Hardware" or end < length and doc[end].lemma_.lower() in _HARDWARE_NOUNS):
                continue        # "Claude AI": the model, not a company ("Cobalt AI" beside the chip is one, not
                #                 "its Maia AI accelerator")
            longer = doc[span.start:end]
            if known.type != "Company" and tail in self.cues.goods_endings:
                goods.setdefault(longer.text, []).append(longer)
                continue
            out.append((longer, self._known_company(normalise_name(self._canonical(longer)))
                        or Known("Company", self._canonical(longer))))
        return out + [(sp, Known("Company", self._canonical(sp))) for found in goods.values()
                      if any(_acts(sp) and _in_prose(sp) for sp in found) for sp in found]

    def _affiliate_code(self, doc: Doc, span: Span, name: str) -> bool:
        """An upper-case code right after a known company's name that ends
        the noun phrase names an affiliate ("Samsung SDS will build ...",
        "from Acme C&T."); not a known thing ("Nvidia RTX"), a word that is
        no company ("GPU", "CEO", "US", a kind of product: "Acme HBM"; a word
        of a story's opening set in capitals: "HP WILL buy ..."), a
        ticker of the name ("Acme ACME"), nor a code before a noun it
        modifies ("Acme QXS chips"), nor a code used as a product ("deploy Acme
        NIM", "built on Acme NIM")."""
        if span.end >= len(doc):
            return False
        code, after = doc[span.end], doc[span.end + 1] if span.end + 1 < len(doc) else None
        text = code.text
        if not _AFFILIATE_CODE.fullmatch(text) or code.is_stop or text in self.cues.kind_codes or text in self.g.forms \
                or normalised(text) in self.g.not_companies or text.lower() in self.cues.titles \
                or normalised(text) in self.cues.places or _ticker(code, name) or code.ent_type_ in NOT_NAME_ENTS:
            return False
        if after is not None and (after.tag_ in ("NN", "NNS") or after.text[:1].isupper() and after.is_alpha):
            return False
        head = code.head        # "deploy Acme NIM", "runs on Acme NIM": a product used, not an affiliate
        return not (code.dep_ in ("dobj", "pobj") and (head.lemma_ in PRODUCT_USE_VERBS or head.lower_ in PRODUCT_USE_PREPS))

    def _capitalised_end(self, doc: Doc, end: int) -> int:
        """Where the proper nouns after a known name end, taking in an "&" or
        an "and" before endings only ("Acme Management & Research", "Acme
        Management and Research Company": one name)."""
        start = end
        while True:
            while end < len(doc) and (doc[end].tag_ in NAME_TAGS or doc[end].text in self.cues.tier_endings) \
                    and doc[end].text[:1].isupper():
                end += 1        # (a tier's word the tagger took for a noun: "Google AI Pro")
            if start < end and end + 1 < len(doc) and (doc[end].text == "&" or doc[end].lower_ == "and") \
                    and doc[end - 1].text in self.cues.heads \
                    and self._generic_tail(doc, end + 1, set()) and doc[end + 1].text[:1].isupper():
                end += 1
                continue
            return end

    # -- candidates -------------------------------------------------------
    def _runs(self, doc: Doc, taken: set[int]) -> list[Span]:
        runs = []
        taken = taken | datelines(doc)
        # the positions of the words that may be part of a name, from the doc's
        # cached `_name_like` list: a Token is made only for a word between two
        # runs (to see whether it joins them into one name)
        namey = [i for i, like in enumerate(_name_like(doc, self.english)) if like and i not in taken]
        last, k, count = len(doc) - 1, 0, len(namey)
        while k < count:
            start = end = namey[k]
            while k < count and namey[k] == end:    # a run of name words
                end += 1
                k += 1
                if k < count and namey[k] == end + 1 and end < last:     # one word, then more name words
                    t = doc[end]
                    if t.text == "&" or t.text in JOINERS and not t.whitespace_ and doc[end - 1].whitespace_ == "" \
                            or t.lower_ == "and" and self._generic_tail(doc, end + 1, taken) \
                            or t.text in NAME_PARTICLES \
                            or t.lower_ == "of" and doc[end - 1].lower_ in INSTITUTIONS:
                        end += 1    # "Weights & Biases", "D-Wave", "Convergence.ai", "Securities and Exchange Commission",
                        #             "Banco do Brasil", "University of Tessaly"
            runs.append(doc[start:end])
        out = []
        for run in runs:
            for span in self._at_title(run):
                span = self._trim(span)
                if span is not None:
                    out.append(span)
        return out

    def _at_title(self, run: Span) -> list[Span]:
        """A run that names a company, then a person by their title there, in
        two: "Kovix CEO Dan Ruiz" is "Kovix" and "CEO Dan Ruiz" (whose title
        `_trim` drops); not "Amazon Prime Video", where no person follows."""
        titles = self.cues.titles
        for k in range(1, len(run) - 1):
            if run[k].lower_ in titles and self._person_after_title(run[k + 1:]):
                return [run[:k], run[k:]]
        return [run]

    def _namey(self, t: Token, taken: set[int]) -> bool:
        """Whether a word may be part of a name (see `_name_like`), where the gazetteer took none."""
        return t.i not in taken and _name_like(t.doc, self.english)[t.i]

    def _strong_ending(self, t: Token) -> bool:
        """The capitalised words after `t` end with a company-name ending that
        makes a name on its own ("Thinking Machines Lab", not "Building AI")."""
        doc, i = t.doc, t.i + 1
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
            i += 1
        last = doc[i - 1].text
        return i > t.i + 1 and last in self.cues.heads and last not in self.cues.weak_heads

    def _generic_tail(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """The name starting at `i` is made only of company-name endings and
        words that end agencies ("Research Company", "Exchange Commission"):
        the second half of one name joined by "and", not a name of its own
        (as "Index Ventures" is: a word, then an ending that makes a name alone)."""
        words = []
        while i < len(doc) and self._namey(doc[i], taken):
            words.append(doc[i].text)
            i += 1
        if len(words) > 1 and words[0] not in self.cues.heads and words[-1] in self._strong_heads:
            return False        # "Acme Ventures and Index Ventures": a name of its own after "and"
        if i < len(doc) and doc[i].tag_ in ("NN", "NNS") and doc[i].text.islower():
            return False        # "Acme Invest and AI researcher Jane Roe": words that describe what follows
        return bool(words) and all(w.lower() in self._heads_lower or w.lower() in NOT_COMPANY_ENDINGS for w in words)

    def _trim(self, span: Span) -> Span | None:
        """Drop a sentence-initial ordinary word ("Securing", a bullet's
        "Lower"), trailing joiners and company suffixes, and a product's
        code name ("Halo-X") with what follows it."""
        doc = span.doc
        start, end = span.start, span.end
        coded = next((t.i for t in span if _glued_hyphen(t) and t.i + 1 < end and _short_code(doc[t.i + 1])), None)
        if coded is not None and not _followed_by_description(doc, coded + 1) and not self._coded_company(doc, coded):
            end = coded - 1     # "its Halo-X CPU core", "the Lumerra Vanta-X core": a product's code name, no
            #                     company's (not "Vela-X, a Paris startup,")
        while start < end and self._initial_word(doc[start]):
            start += 1
        while start < end - 1 and doc[start].is_lower and doc[start].is_alpha:
            start += 1          # "the edtech company TripleTen": lower-case words the tagger took for a name's
        while end > start and (doc[end - 1].text in JOINERS or doc[end - 1].lower_ in self.cues.suffixes
                               and not (end - start > 1 and doc[end - 2].lower_ in NOT_COMPANY_ENDINGS)
                               or normalised(doc[end - 1].text) in self.g.not_companies
                               and doc[end - 1].text not in self.cues.heads
                               and doc[max(end - 2, start):end].text not in self.cues.heads):
            end -= 1            # "Acme GPU"; "Acme Corp", but not "News Corp", which is no news, nor "Acme
            #                     Family Office" (a two-word ending)
        if end - start >= 2 and doc[end - 1].text in CURRENCY_CODES and end < len(doc) and doc[end].like_num:
            end -= 1            # "and Acme Capital ISK 1.5 billion": the figure's currency, after the name
        glued = start
        while start < end and normalised(doc[start].text) in self.g.not_companies:
            start += 1
        if start > glued and start < end and all(t.lower_ in self.english for t in doc[start:end]):
            return None         # "NVLink Fusion": an ordinary word glued to a thing that is no company
        if end - start == 2 and doc[start].lower_ in self.cues.titles and doc[end - 1].text not in self.cues.heads:
            return None         # "President Doe", "Chairman Doe": a person
        while end - start > 2 and doc[start].lower_ in self.cues.titles and self._person_after_title(doc[start + 1:end]):
            start += 1          # "Governor Alan Reyes", "Prime Minister Jo Lind": the title reads the name as a person's
        if start >= end:
            return None
        if start > 1 and doc[start - 1].text == ":" and doc[start - 2].is_upper and len(doc[start - 2]) > 1:
            return None         # a ticker: "(NASDAQ: NVDA)" (not an interview's "A: Acme led our round")
        if end - start >= 2 and _ticker(doc[end - 1], doc[start:end - 1].text) and not doc[end - 2].is_upper \
                and doc[end - 1].text not in self.cues.heads:
            end -= 1            # a ticker after the name: "Acme ACME shares"
        if _expansion(doc[start:end]):
            return None         # "Acme PBC (Public Benefit Corporation)": the spelt-out abbreviation
        lead = self._demonym_words(doc[start:end])
        if lead and (_modifier(doc[start:end]) or start and doc[start - 1].lower_ == "the" and end - start > lead
                     and self._company_name(doc[start + lead:end])):
            start += lead       # "Orvane, a European AI startup": a place's adjective in a noun phrase is no name's,
            #                     nor one between "the" and a company's name ("the American Zentro Labs"; not "the
            #                     Indian Institute of Technology")
        return doc[start:end] if start < end else None

    def _company_name(self, span: Span) -> bool:
        """Words that make a company's name of their own: a word of no language
        ("Zentro Labs", "Motivair"), and no institution's or public body's word
        ("the European Union", "the European Growth Bank", "the Indian
        Institute of Technology" are named whole)."""
        return any(t.lower_ not in self.english for t in span) \
            and not any(t.lower_ in INSTITUTIONS or t.lower_ in NOT_COMPANY_ENDINGS or t.lower_ == "of" for t in span)

    def _demonym_words(self, span: Span) -> int:
        """How many of the name's first words are a place's adjective
        ("European AI" 1, "Middle Eastern" 2, "Europa AI" 0)."""
        if span[0].lower_ not in self._demonym_firsts:
            return 0
        return next((n for n in (2, 1) if len(span) >= n and normalise_name(span[:n].text) in self.cues.demonyms), 0)

    def _person_after_title(self, rest: Span) -> bool:
        """The words after an office title are a person's name: a title ("Minister")
        or two or three words in title case with no company-name ending, the
        tagger's PERSON or a given name first ("Alan Reyes"; not "Digital Works Group")."""
        if rest[0].lower_ in self.cues.titles:
            return True
        words = [t for t in rest if t.text not in PERSON_PARTICLES]     # ("Prince Alwaleed bin Talal")
        return len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) and rest[-1].text not in self.cues.heads \
            and rest[-1].text not in PERSON_PARTICLES and (rest[-1].ent_type_ == "PERSON" or rest[0].text in self.cues.given_names)

    def _initial_word(self, t: Token) -> bool:
        doc = t.doc
        first = t.is_sent_start or t.i == 0 or doc[t.i - 1].text in BULLETS or "\n" in doc[t.i - 1].text \
            or doc[t.i - 1].text in {"\"", "“", "'", "‘", "("} and (t.i < 2 or doc[t.i - 1].is_sent_start
                                                                 or doc[t.i - 2].is_sent_start) \
            or doc[t.i - 1].text == ":" and t.i >= 2 and _opens_line(doc[t.i - 2])   # "Q: Did Acme ..."
        if not first or _WEB_NAME.fullmatch(t.text) or t.is_lower and t.lower in _lower_case_names(doc, self.english):
            return False        # (a web address is a name wherever it stands: "lumora.ai said ...", and so is a
            #                   name in lower case: "LONDON - verisynth, a data startup, said ...")
        if t.text in self.cues.heading_openers:
            # "Meet Zorb, the startup ...", "Inside Acme's plan": a headline's imperative; but a label
            # right before a company-name ending opens a name ("Exclusive Networks", not "Exclusive: Acme")
            return not (t.text in self.cues.label_openers and self._strong_ending(t))
        if t.lower_ in self.cues.descriptors and t.text not in self.cues.heads and self._coined_name_after(t):
            return True         # "Chipmaker Lanthe agreed ...", "Rival Kovix said ...": a descriptor before a name
        if t.tag_ not in NAME_TAGS and not any(c.isupper() for c in t.text[1:]):
            if _named_inside_sentence(t):
                return False    # "Orbital Minds, which ...", after "a stake in Orbital Minds": the name, not an adjective
            if _described_in_apposition(t) or self._coined(t) and _followed_by_description(doc, t.i):
                return False    # "Cognition, the company behind Devin, ...": a name the apposition describes
            if self._coined(t) and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in NAME_TAGS:
                return False    # "Tessaro Energy signed ...": a word of no language before a name's (tagged anyhow)
            # "Zorvik, a startup, ...": a noun that is no English word; "Archway led the round" (not "Banks can
            # license models from A": a plural of an English noun)
            if t.tag_ in ("NN", "NNS") and (t.lower_ not in self.english and t.lemma_.lower() not in self.english
                                            or _opens_deal(t) and not self._plural_word(t)) \
                    and t.lower_ not in _lower_words(doc):
                return False
            return t.i + 1 >= len(doc) or doc[t.i + 1].tag_ != "POS"     # "Acme's shares" is a name
        if t.is_title and t.lower_.endswith("ing") and t.lower_ in self.english and not self._strong_ending(t):
            return True         # "Building AI models ...": a gerund opens the sentence
        return t.is_title and t.lower_ in _lower_words(doc) and not _named_inside_sentence(t)

    def _plural_word(self, t: Token) -> bool:
        """A plural of an English noun ("Banks", "Lenders"; not "Archway" or "Databricks")."""
        lemma = t.lemma_.lower()
        return t.tag_ == "NNS" and lemma != t.lower_ and lemma in self.english

    def _coined(self, t: Token) -> bool:
        """Whether a word is no English word the lemmatizer knows ("Tessaro", "Lonmere")."""
        return _coined_word(t.lower_, t.lemma_, self.english, _lower_words(t.doc), t.is_stop)

    def _coined_name_after(self, t: Token) -> bool:
        """The name words after `t` include one that is no English word or
        has an inner capital ("Chipmaker Lanthe", "Startup KovixAI"), so `t`
        is no word of the name; not "Venture Global", "Carrier Global"."""
        doc, like = t.doc, _name_like(t.doc, self.english)
        i = t.i + 1
        while i < len(doc) and like[i]:
            word = doc[i]
            if word.is_alpha and word.text not in self.cues.heads and (_inner_capital(word.text) or (
                    word.lower_ not in self.english and word.lemma_.lower() not in self.english)):
                return True
            i += 1
        return False

    # -- weights ---------------------------------------------------------
    def _context(self, doc: Doc, runs: list[Span], names: dict[str, Weights], things: set[int]) -> None:
        starts = {sp.start: normalised(sp.text) for sp in runs}
        ends = {sp.end: normalised(sp.text) for sp in runs}
        end_of = {sp.start: sp.end for sp in runs}
        matches = self.matcher.matches(doc, before=set(starts), after=set(ends))
        cues = len(self.cues.context)
        after = {(index, s) for index, s, _ in matches if index >= cues}
        for index, s, e in matches:
            if index >= cues or index in self._and_after and (self._and_after[index], end_of[e]) not in after:
                continue        # "its X platform": the words before a name count only with those after it
            cue = self.cues.context[index]
            w = names[starts[e] if cue["side"] == "before" else ends[s]]
            if cue["cue"] == "person" and cue["side"] == "before" and doc[e - 1].lower_ in self.cues.shared_titles \
                    and doc[end_of[e] - 1].text in self._strong_heads:
                continue    # "the London investor Tollbridge Ventures": a title companies hold, before a firm's name
            if cue["cue"] == "source":
                w.source_hits += 1
                continue
            if cue["cue"] in THING_CUES:
                if cue["side"] == "before" and _possessor(doc, end_of[e]):
                    continue    # "tools such as Acme's Vexa": the thing is Vexa, Acme owns it
                if cue["side"] == "after" and any(doc[i].lower_ in NOT_OWNED_NOW for i in range(s, e)):
                    continue    # "Vexa, Acme's former payments app": a company of its own now
                w.things[THING_CUES[cue["cue"]]] += float(cue["weight"])
                continue
            weight = float(cue["weight"])
            setattr(w, cue["cue"], getattr(w, cue["cue"]) + weight)
            if cue["cue"] == "company":
                w.context += weight
        for key, w in names.items():
            place_shaped = self._place_shaped(w)
            given = self._given_name_first(w.occurrences[0].text.split())
            for span in w.occurrences:
                if _owns_thing(span, things):
                    w.company += 2
                    w.context += 2
                root = span.root
                if _brought_to_others(root, things):
                    w.things["Product"] += BROUGHT_PRODUCT
                named = _named_noun(root)
                if named is not None and named.lemma_ in NAMED_THINGS:
                    w.place += NAMED_SITE
                elif named is not None and (named.lower_ in self.cues.descriptors or named.lemma_ == "venture") \
                        or listed_party(span):     # (or "Helios named two partners:" then "- Vertiv")
                    w.company += DEAL_ROLE_WEIGHT   # "a startup called Quorra", "a joint venture named Northwind"
                    w.context += DEAL_ROLE_WEIGHT
                label = root.ent_type_
                if label in PLACE_LABELS and not w.place_votes and not self._descriptor_before(root) \
                        and (label != "FAC" or len(span) > 1):      # (one unknown word is no building: "Tessellate")
                    w.place += PLACE_SHAPE      # "Nova Scotia", "Harlan County": the tagger's place, once
                    w.place_votes += 1          # (not "the autonomous-driving developer Avride")
                if label == "NORP" and _DEMONYM_SHAPE.search(span.text):
                    w.place += 0 if w.norp_votes else 2     # "Russian", "European": once, as ORG
                    w.norp_votes += 1
                if label == "ORG":
                    w.company += ORG_WEIGHT if not w.org_votes else ORG_MORE if w.org_votes < 3 else 0
                    w.org_votes += 1
                if label == "PERSON" and len(span) > 1 and w.person_votes < PERSON_VOTES \
                        and span[-1].text not in self._strong_heads:      # "Pellix Labs" is nobody's name
                    w.person_votes += 1
                    w.person += 1
                if self._title_apposition(span, root) or self._founder(span, root):
                    w.person += TITLE_APPOSITION
                role = 0 if place_shaped or given else _deal_role(root)   # "Jane Roe and Acme announced a deal"
                if role:
                    w.company += role
                    w.context += role
                if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB":
                    if root.head.lemma_ in SPEECH_VERBS:
                        w.says += 1
                    else:
                        w.acts += 1

    def _founder(self, span: Span, root: Token) -> bool:
        """A first and family name that founded the company: "Founded in 2018 by
        Omri Geller and Ronen Dar, ..." (two or three words in title case with
        no company-name ending)."""
        if root.dep_ == "conj":
            root = root.head
        by = root.head
        if not (root.dep_ == "pobj" and by.dep_ in ("agent", "prep") and by.lower_ == "by"
                and by.head.lemma_.lower() in FOUNDING_VERBS and 2 <= len(span) <= 3
                and all(t.is_title and t.is_alpha for t in span) and span[-1].text not in self.cues.heads):
            return False
        founded, names = by.head, [root, *root.conjuncts]
        # (people, where the tagger calls one of them a person and none is described: not "a venture founded by
        # Silver Lake and Mubadala", nor "founded by Kestrel Rock, an Abu Dhabi fund, and Nvidia")
        return not (founded.dep_ in ("acl", "relcl") and founded.head.lemma_.lower() == "venture") \
            and any(n.ent_type_ == "PERSON" for n in names) and not any(
                ch.dep_ == "appos" for n in names for ch in n.children)

    def _title_apposition(self, span: Span, root: Token) -> bool:
        """The name in apposition to a person's title: "its chief executive,
        Maren Holt,", "Maren Holt, Acme's founder,". A title a company holds
        too ("an early investor, X", "its partner, X") reads so only for a
        name the tagger calls a person's, of two or three words with no
        company-name ending ("an early investor, Harlan Voss,"). The title
        must stand right beside the name, its comma between them: the parser
        may hang an apposition on a list's first name ("drew Brenmoor Capital,
        Pellway and Ines Calder, Orvane's co-founder")."""
        doc, start, end = span.doc, span.start, span.end
        titles = []
        if root.dep_ == "appos" and start >= 2 and doc[start - 1].text in APPOSITION_OPENERS \
                and doc[start - 2].lower_ in self.cues.titles:
            titles.append(root.head)        # "its founder and chief executive, Lior Adani"
        if end + 1 < len(doc) and doc[end].text in APPOSITION_OPENERS:
            t = doc[end + 1]        # "Maren Holt, Pellway's chief executive,": up to the apposition's head noun
            while t.dep_ != "appos" and t.head != t and t.head.left_edge.i == end + 1:
                t = t.head
            if t.dep_ == "appos" and t.left_edge.i == end + 1 and (t.head == root or t.head in root.conjuncts):
                titles.append(t)    # hung on the list's first name: "from A, B and Ines Calder, B's co-founder"
        titles = [t for t in titles if t.pos_ == "NOUN" and t.lower_ in self.cues.titles]
        if any(_personal_title(t) for t in titles):
            return True
        return bool(titles) and root.ent_type_ == "PERSON" and 2 <= len(span) <= 3 \
            and all(t.is_title and t.is_alpha for t in span) and span[-1].text not in self.cues.heads

    def _shape(self, key: str, w: Weights, people: set[str]) -> None:
        """Weights from the name itself."""
        words = w.occurrences[0].text.split()
        heads = self.cues.heads
        if len(words) > 1 and (words[-1] in heads or " ".join(words[-2:]) in heads):
            w.company += 2
        text = w.occurrences[0].text
        if _HYPHEN_VERSION.fullmatch(text):
            w.things["Model"] += COMPANY_AT     # "Kestra-3", "Vexa-2.5": a model's name with its version
        elif any(c.isupper() for c in text[1:]) and any(c.islower() for c in text) and " " not in text:
            w.company += 1          # OpenAI, CoreWeave, xAI
        if key in self.cues.places:
            w.place += 10
        elif self._place_shaped(w):
            w.place += PLACE_SHAPE     # "Harlan County": a word cue or the tagger's ORG and one more may outweigh it
        if len(words) == 1 and words[0] in people and not any(c.isdigit() for c in words[0]):
            w.person += 3           # "Altman" after "Sam Altman" (a name with a figure is nobody's: "QX4")
        elif w.acts >= ACTS_AT:
            w.company += COMPANY_AT     # the subject of what the article tells, again and again
            w.context += COMPANY_AT
        if (self._person_shape(w) or self._given_name_first(words)) and not _versioned_name(w.occurrences):
            w.person += 3           # "Maren Holt, ...", "Sam Altman and Acme"; not "Maren Lite 2", a model

    def _given_name_first(self, words: list[str]) -> bool:
        """A person's name by its shape: two or three words, a given name first, no company-name ending ("Jane Roe")."""
        return 2 <= len(words) <= 3 and words[0] in self.cues.given_names and words[-1] not in self.cues.heads

    def _person_shape(self, w: Weights) -> bool:
        """A first and family name ("Maren Holt") named as a person: after a
        possessive ("Acme's Maren Holt"), or whose family name stands alone
        elsewhere in the article ("Holt said"): companies are shortened to
        their first word ("Brightwater" for Brightwater Capital), people to their last."""
        span = w.occurrences[0]
        words = span.text.split()
        if not 2 <= len(words) <= 3 or not all(x.isalpha() and x.istitle() for x in words) \
                or words[-1] in self.cues.heads:
            return False
        doc = span.doc
        for sp in w.occurrences:
            if sp.start > 0 and doc[sp.start - 1].tag_ == "POS":
                return True
        return words[-1] in _standalone_words(doc)

    def _place_shaped(self, w: Weights) -> bool:
        """A name of two words or more whose last word ends names of places,
        sites and public bodies ("Harlan County", "Kestrel Valley", "Meridian
        Tower"; not "Harbor Park Holdings"), or one such word before "of" ("the
        Port of Tavel"). Its role in a deal says nothing of its kind: "a lease
        with Harlan County" is with a government."""
        span = w.occurrences[0]
        words = span.text.split()
        if words[-1] not in self.cues.place_heads:
            return False
        doc = span.doc
        return len(words) > 1 or span.end < len(doc) and doc[span.end].lower_ == "of"

    def _descriptor_before(self, root: Token) -> bool:
        """Whether a company's descriptor modifies the name: "the
        autonomous-driving developer Avride", "chipmaker Lanthe"."""
        return any(ch.dep_ == "compound" and ch.i < root.i and ch.lower_ in self.cues.descriptors
                   for ch in root.children)

    def _is_company(self, key: str, w: Weights) -> bool:
        """The weights say company, and the name may be one (the weights first:
        most names fail them, and `_plausible` reads the name's words and sentences)."""
        return w.company >= COMPANY_AT and w.company > w.person and w.company > w.place and self._plausible(key, w)

    def _plausible(self, key: str, w: Weights, thing: bool = False) -> bool:
        """A name that may be a company, model or product at all: no place,
        agency, source, abbreviation, heading or ordinary word. An
        upper-case name with a figure in it may be a thing's ("the QX5 chip")."""
        if not key or key in self.g.not_companies or key in self.cues.places or key in self.cues.demonyms:
            return False        # "Quantis, a Nordic GPU cloud operator": a place's adjective names no company
        if f"the {key}" in self.g.not_companies and any(sp.start > 0 and sp.doc[sp.start - 1].text == "The"
                                                         for sp in w.occurrences):
            return False        # "a report in The Information": the outlet's name keeps its "The"
        words = key.split()
        if words[-1] in NOT_COMPANY_ENDINGS and " ".join(words[-2:]) not in self._heads_lower \
                and not self._suffixed(w) and not self._called_company(words[-1], w) \
                or words[0] == "project" and not (self._suffixed(w) or words[-1] in self._heads_lower) \
                or len(words) > 5 and not (INSTITUTIONS & set(words) and "of" in words):
            return False        # ("Qatar Investment Authority" is a fund; "News Corp" a company, its suffix says;
            #                     "Project Rainier" is a site, "Project A Ventures" a fund; a long name is a
            #                     phrase, unless an institute's: "Naniwa Institute of Science and Technology")
        if key in self._heads_lower or all(x in self._heads_lower for x in words) or key in NEVER_ALONE:
            return False        # "Data Centers", "Research", "University": an ending with no name before it
        if len(words) == 1 and w.occurrences[0][0].is_stop:
            return False        # "Everyone signed the deal": a pronoun, whatever its tag
        if w.source_hits and w.source_hits + w.says >= len(w.occurrences):
            return False        # cited as a source, and otherwise only saying things ("..., X said.")
        text = w.occurrences[0].text
        if text in self.cues.kind_codes:
            return False        # "HBM chips", "PC sales": a kind of product, not a maker
        if _PLURAL_ABBREVIATION.fullmatch(text):
            return False        # "SoCs", "GPUs": a plural is a kind of thing
        if _PERIOD.fullmatch(text):
            return False        # "Q3", "H1", "FY25": a period of the year
        if text in CURRENCY_CODES and all(sp.end < len(sp.doc) and sp.doc[sp.end].like_num for sp in w.occurrences):
            return False        # "put in NOK 750 million": a currency's code before its figure
        if all(x.isupper() and len(x.replace(".", "")) <= 5 for x in text.split()) and w.context < 2 * COMPANY_AT \
                and not (w.org_votes and w.context >= COMPANY_AT) and not (thing and any(c.isdigit() for c in text)):
            return False        # abbreviations (TCO, HPC) unless the context says company, twice
        strong_thing = thing and max(w.things.values(), default=0) >= STRONG_THING      # "its Harbor platform"
        if w.context < COMPANY_AT and not strong_thing and all(x in self.english for x in words) \
                and not _HYPHEN_VERSION.fullmatch(text) \
                and not (len(words) > 1 and words[-1] in self._heads_lower) \
                and (not w.org_votes or any(x in _lower_words(w.occurrences[0].doc) for x in words)):
            return False        # "Tranche", "Universe": an English word needs the context or the tagger to say
            #                     company, and a word the article also writes in lower case is that word
        if _abbreviation(w.occurrences[0]):
            return False
        if not thing and len(words) == 1 and words[0] in self.english and w.context < 2 * COMPANY_AT \
                and all(sp.start > 0 and sp.doc[sp.start - 1].lower_ == "the"
                        and (sp.end == len(sp.doc) or sp.doc[sp.end].lower_ not in self._company_nouns)
                        for sp in w.occurrences):
            return False        # "the Board", "the Directors": a filing capitalises its own common nouns (not
            #                     a name before a company's noun: "the Anchor startup", "the Compass fund")
        if len(words) == 1 and words[0] in self.english and all(map(_sentence_adverb, w.occurrences)):
            return False        # "Financially, the start-up got by": an adverb, though "X, the start-up" says company
        if w.context == 0 and words[-1] in self._weak_lower and all(x in self.english for x in words) \
                and all(self._office_of(sp) for sp in w.occurrences):
            return False        # "director of National Intelligence": an office's title, not a company
        if not any(_in_prose(sp) for sp in w.occurrences):
            return False
        if len(words) > 1 and all(x in _lower_words(w.occurrences[0].doc) for x in words) \
                and w.context < 2 * COMPANY_AT:
            return False        # "Strategic Investment Overview": ordinary words capitalised in a heading
            #                     (unless two cues say company: "a stake in Safe Harbor Inc.")
        if len(words) >= HEADING_WORDS and self._heading(w.occurrences[0]):
            return False        # "Announce Joint Product Roadmap Today": a title-case heading run into its text
        return True

    def _office_of(self, span: Span) -> bool:
        """The name completes a title: "director of X", "Secretary of X"."""
        doc, start = span.doc, span.start
        return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.cues.titles

    def _heading(self, span: Span) -> bool:
        """Ordinary words in title case, none a company-name ending or a
        unit's ("Web Services"), the first never a name on its own in the
        article ("Amazon said ..."): a heading, not a name."""
        words = span.text.split()
        lower = [x.lower() for x in words]
        if not all(x in self.english for x in lower) or any(x in self._heads_lower for x in lower):
            return False
        if any(" ".join(words[k:]) in self.cues.heads or " ".join(words[k:]) in self.cues.unit_endings
               for k in range(1, len(words))):
            return False
        return words[0] not in _standalone_words(span.doc)

    def _conjunct_company(self, span: Span, by_token: dict[int, str], companies: set[str],
                          taken: set[int]) -> bool:
        """Coordinated with a company: the gazetteer's or one already taken."""
        root = span.root
        linked = [root.head] if root.dep_ == "conj" else []
        linked += [c for c in root.children if c.dep_ == "conj"]
        linked += [c for t in linked if t.dep_ == "conj" for c in (t.head,)]
        linked += [c for t in list(linked) for c in t.children if c.dep_ == "conj"]
        return any(t.i != root.i and (t.i in taken and (t.ent_type_ != "PERSON" or _taken_whole(t, taken))
                                      or by_token.get(t.i) in companies)
                   for t in linked)

    def _unit(self, span: Span, companies: dict[str, Known]) -> Known | None:
        """A business unit named as its company and a product's name is that
        company's Product ("Acme Azure", "Acme Cloud" beside Acme; "Acme Web
        Services" always); None otherwise. The guidelines type a unit that
        sells a product (Azure, AWS, Google Cloud) as a Product of its parent.
        A name of its own after the company ("Acme DeepMind", "Acme Ventures",
        "Acme SDS") stays a company (see `_product_word`). A model's name with
        a product word after it is a product built on the model ("Vexa Studio")."""
        words = span.text.split()
        if len(words) == 1:
            return self._glued_unit(words[0], companies)
        for k in range(1, len(words)):
            left, right = " ".join(words[:k]), " ".join(words[k:])
            owner = companies.get(normalise_name(left))
            if owner is not None and owner.type == "Model":
                if k == len(words) - 1 and self._product_word(right):
                    return Known("Product", self._canonical(span), owner.owner)    # "Vexa Studio", built on Vexa
                continue
            unit = right in self.cues.unit_endings
            if not unit and (owner is None or owner.type != "Company" or k < len(words) - 1
                             or not self._product_word(right) or normalise_name(right) in companies):
                continue
            if unit and owner is None and right in self.cues.heads:
                continue        # "Fennick Cloud": a company named with an ending
            return Known("Product", self._canonical(span), owner.name if owner else left)
        return None

    def _coded_company(self, doc: Doc, hyphen: int) -> bool:
        """Whether a name with a one-capital code ("Vela-Q", its hyphen at
        `hyphen`) is a company's: the article writes it somewhere with a
        company's ending after the code ("Vela-Q Technologies ... Vela-Q's
        round"; a legal suffix, "Halo-X Inc.", is not enough), not a
        product's code name ("its Halo-X core")."""
        word, code = doc[hyphen - 1].text, doc[hyphen + 1].text
        return any(doc[i].text == word and doc[i + 1].text == "-" and doc[i + 2].text == code
                   and doc[i + 3].text in self.cues.heads and doc[i + 3].lower_ not in self.cues.suffixes
                   for i in range(len(doc) - 3))

    def _short_forms(self, names: dict[str, Weights], accepted: dict[str, Known], things: dict[str, str],
                     known: dict[str, Known], heads: set[str]) -> dict[str, Known]:
        """A name that is a company's name without its ending ("Stellwerk" for
        Stellwerk AI, "Tessaro" for Tessaro Energy) is that company, however
        little the words around it say: one company of the article only, and
        not a name read as a person's or a place's."""
        out = {}
        companies = {**known, **accepted}
        for key, w in names.items():
            # (the tagger's place label alone does not outweigh a longer name given before: "Meridian
            # Intelligence ... For Meridian, which is backed by B")
            if key in accepted or key in things or w.person > w.company or w.place > PLACE_SHAPE \
                    or self._place_shaped(w) or key in self.cues.places:
                continue
            longer = {k.name: k for k in _with_ending(key, companies, heads) if k.type == "Company"
                      and not self._named_before(key, k.name, names)} \
                or {k.name: k for k in self._first_word_of(key, names, accepted)}
            if len(longer) == 1:
                out[key] = next(iter(longer.values()))
        return out

    @staticmethod
    def _named_before(key: str, longer: str, names: dict[str, Weights]) -> bool:
        """Whether a bare name comes in the body before a longer name that
        the article introduces as a unit (in apposition) or by naming it:
        "Valtmann, the German maker of turbines, ... Valtmann Digital
        Industries, the group's software subsidiary" and "Aegisline ... is
        carving its AI group into a company called Aegisline Labs" name a
        company and its unit, not one company twice (not "Corvane ...
        Corvane Micro Devices, based in Austin, ...")."""
        other = names.get(normalise_name(longer))
        if other is None:
            return False
        body, later = _in_body(names[key].occurrences), _in_body(other.occurrences)
        if not (body and later and body[0] < later[0]):
            return False
        first = min(other.occurrences, key=lambda sp: sp.start)
        introduced = first.start > 0 and first.doc[first.start - 1].lemma_.lower() in NAMING_VERBS
        return introduced or any(ch.dep_ == "appos" and ch.lemma_.lower() in UNIT_NOUNS for ch in first.root.children)

    def _first_word_of(self, key: str, names: dict[str, Weights], accepted: dict[str, Known]) -> list[Known]:
        """The company of the article whose longer name, of any ending, opens
        with a one-word name and comes in the body before it: "Corvane Micro
        ... Corvane", "Yotta Data Services ... Yotta"; never the reverse order,
        where the bare name may be a parent ("Pellway ... Pellway Robotics")."""
        if " " in key:
            return []
        longer = [other for other in accepted if other.startswith(key + " ") and other in names
                  and len(other.split()) <= 3 and accepted[other].type == "Company"]
        body = _in_body(names[key].occurrences)
        return [accepted[other] for other in longer if body and (first := _in_body(names[other].occurrences))
                and first[0] < body[0]]

    def _arm_short_form(self, key: str, names: dict[str, Weights], accepted: dict[str, Known]) -> list[Known]:
        """The company whose name with an arm's ending ("Halden Capital",
        "Aurelia Infrastructure Partners") the article gives before it first
        uses the bare name outside its headline: the bare name is then its
        short form ("Halden Capital and MGX formed Zeta. Halden will hold
        60%"), not a parent ("Pellway agreed to buy Kovix. Pellway Capital,
        which invests in startups, ...": the bare name came first)."""
        longer = [other for other in accepted
                  if other.startswith(key + " ") and other.split()[-1] in self.cues.arm_endings and other in names]
        if not longer:
            return []
        body = _in_body(names[key].occurrences)
        out = [accepted[other] for other in longer if not body or names[other].occurrences[0].start_char < body[0]]
        return out if len(out) == 1 else []

    def _named_before_owner(self, key: str, unit: Known, names: dict[str, Weights], accepted: dict[str, Known]) -> bool:
        """Whether a unit-shaped name whose ending also ends companies' names
        ("Arden Cloud") comes in the article's body before the bare name of
        its would-be owner ("Arden Cloud raised $50 million. Arden ..."): then
        it is the company, and the bare name its short form; not where the
        owner came first ("Arden ... its Arden Cloud service"), nor a unit of
        a company the gazetteer knows ("Google Cloud")."""
        owner = normalise_name(unit.owner or "")
        if owner not in accepted or owner not in names or key.split()[-1] not in self._heads_normalised:
            return False
        mine, theirs = _in_body(names[key].occurrences), _in_body(names[owner].occurrences)
        return bool(mine) and (not theirs or mine[0] < theirs[0])

    def _glued_unit(self, word: str, companies: dict[str, Known]) -> Known | None:
        """A company's name glued to a unit's or product's word is that
        company's Product: "GroqCloud", "AcmeStudio" (the company named in the
        article or known); None otherwise ("SoftBank", "CoreWeave": no company
        before the inner capital)."""
        for j in range(2, len(word) - 2):
            if not word[j].isupper() or not word[j - 1].islower():
                continue
            left, right = word[:j], word[j:]
            if right not in self.cues.unit_endings and not self._product_word(right):
                continue
            owner = companies.get(normalise_name(left)) or self._known_company(normalise_name(left))
            if owner is not None and owner.type == "Company":
                return Known("Product", word, owner.name)
        return None

    def _product_word(self, word: str) -> bool:
        """A word that names a product after its company's name: an English
        word in the singular ("Azure", "Search", "Pro") or a word with a
        figure in it ("EC2", "365"); not an ending of company names
        ("Platforms", "Ventures"), nor an abbreviation or a name of its own
        ("SDS", "Hynix", "DeepMind"), which name affiliates and labs."""
        if word in self.cues.heads or word.lower() in self.cues.suffixes or not word.isalnum():
            return False
        if any(c.isdigit() for c in word):
            return True
        return word.istitle() and word.lower() in self.english and not word.endswith("s")

    def _part(self, key: str, companies: dict[str, Known], found: frozenset[str] | set[str] = frozenset()
              ) -> Known | bool | None:
        """A name glued to another in the text: "Acme AI" is Acme when Acme
        is a company of the article, "Retaining Acme" is Acme,
        two companies side by side are neither, and a product, model or
        place with a generic ending ("Claude AI", "Paris AI") is no company.
        None when the name stands as it is."""
        words = key.split()
        if len(words) < 2:
            return None
        heads = self._heads_lower
        weak = {h.lower() for h in self.cues.weak_heads}
        for k in range(1, len(words)):
            left, right = " ".join(words[:k]), " ".join(words[k:])
            if right in weak and (left in self.cues.places or self.g.forms.get(_title_form(left, self.g)) is not None
                                  and self.g.forms[_title_form(left, self.g)].type != "Company"):
                return False
            if right in heads and left not in companies:
                continue
            if left in companies and right in companies:
                return False
            if right in companies and left not in heads:
                return companies[right]
            if left in companies and right in weak:
                return None if left in found else companies[left]
        return None

    def _known_company(self, norm: str) -> Known | None:
        """The known company a longer name is, once its company suffix is
        dropped: "NVIDIA Corp." is NVIDIA, "Dell Technologies Inc." is Dell."""
        if not hasattr(self, "_companies_by_norm"):
            self._companies_by_norm = {normalise_name(f): k for f, k in self.g.forms.items() if k.type == "Company"}
        return self._companies_by_norm.get(norm)

    def _canonical(self, span: Span) -> str:
        text = span.text
        return re.sub(r"\s+", " ", text).strip(" ,.;:\"“”()")


def _title_form(norm: str, g: Gazetteer) -> str:
    """The gazetteer's surface form of a normalised name, or the name itself."""
    return next((f for f in g.forms if normalise_name(f) == norm), norm)


MODIFIER_DEPS = {"amod", "compound", "nmod"}


def _modifier(span: Span) -> bool:
    """The words modify a common noun after them ("a European AI startup", "a Nordic GPU cloud operator")."""
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.i >= span.end and root.head.is_lower


def _possessor(doc: Doc, end: int) -> bool:
    """The name ending before `end` is followed by a possessive ("Acme's")."""
    return end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’")


def _inner_capital(word: str) -> bool:
    """ "DeepMind", "xAI": a capital letter inside a lower-case word, the shape of a company's own name."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _brought_to_others(root: Token, things: set[int]) -> bool:
    """The object of a verb of bringing or offering whose destination is
    another company's ("Mistral AI will bring Le Chat to Snowflake's users",
    "Pellway will roll out Quorra to Microsoft customers", "will put Orla in
    Kovix cars", "Acme's Orla will be offered to Kovix customers"): the
    subject's own product. Not where the destination is the subject's own ("Acme will
    bring Kovix to its customers") or a known product ("to Azure customers"),
    which is how a platform's maker names the company whose models it offers."""
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in BRING_VERBS:
        return False
    owner = next((o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in DESTINATION_PREPS
                  for n in p.children if n.dep_ == "pobj" for o in _destination_owners(n)), None)
    if owner is None or owner.i in things:
        return False
    if root.dep_ == "dobj":
        subject = _subject_of(verb)
    else:       # "Acme's X will be offered to Zeta customers": X's owner, if the name says
        subject = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return subject is None or subject.pos_ == "PRON" or _compound_text(subject) != _compound_text(owner)


def _in_body(spans: list[Span]) -> list[int]:
    """The character offsets of the spans outside the article's headline
    (`loaders.text_meta`'s title, where names are shortened)."""
    text = spans[0].doc.text
    title = text_meta(text).get("title")
    headline = text.find(title) + len(title) if title else 0
    return [sp.start_char for sp in spans if sp.start_char >= headline]


def _with_ending(key: str, companies: dict[str, Known], heads: set[str]) -> list[Known]:
    """The entities whose (normalised) name is `key` with a company-name
    ending after it ("luma" -> Luma AI), in the order `companies` holds them."""
    return [k for other, k in companies.items()
            if other != key and other.startswith(key + " ") and other.split()[-1] in heads]


def _placed_in(span: Span) -> bool:
    """A name followed by where it is: "Tallgrass Medical in Kansas"."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in ("in", "of")


def _owned_model_name(span: Span) -> bool:
    """A name, or a list of names, before a model noun that another word
    possesses: "its Magistral and Vexa 3 models" (the owner's models'
    names, not companies whose models they are)."""
    noun = span.root
    for _ in range(4):
        if noun.dep_ not in ("nmod", "compound", "conj") or noun.head == noun:
            break
        noun = noun.head
    return noun is not span.root and noun.lemma_.lower() in MODEL_NOUNS \
        and any(ch.dep_ == "poss" and ch.i < span.start for ch in noun.children)


def _owned_goods_name(span: Span) -> bool:
    """A name that modifies a noun another word possesses: "Zeta's
    second-generation Kestrel accelerator" (the owner's product, not a
    company selling it)."""
    root = span.root
    return root.dep_ == "compound" and any(ch.dep_ == "poss" and ch.i < span.start for ch in root.head.children)


def _named_noun(root: Token) -> Token | None:
    """The noun a name is given to: "the partnership, called Northstar,", "a
    deal dubbed Northstar", "a campus known as Halcyon", "a startup called
    Quorra"; None for a name given to nothing.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("The partnership, called Northstar, will see Kovix buy chips from a startup called Quorra.")
    >>> _named_noun(doc[4]).text, _named_noun(doc[-2]).text, _named_noun(doc[8])
    ('partnership', 'startup', None)
    """
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head        # "known as Halcyon"
    elif root.dep_ == "appos":  # "a startup called Quorra", made an apposition by `pipeline.called_name`
        named = any(c.dep_ == "acl" and c.lemma_ in NAMING_VERBS and c.i < root.i for c in verb.children)
        return verb if named else None
    elif root.dep_ not in ("oprd", "attr", "dobj"):
        return None
    return verb.head if verb.lemma_ in NAMING_VERBS and verb.dep_ == "acl" else None


def _destination_owners(noun: Token) -> list[Token]:
    """The proper noun that owns a destination: "Snowflake's users",
    "Microsoft customers", "Oracle's enterprise clients" (none for "its customers")."""
    return [c for c in noun.children if c.dep_ in ("poss", "compound") and c.text[:1].isupper() and c.pos_ != "PRON"]


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it completes ("Acme plans to bring ...")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head == verb:
            return subject
        verb = verb.head


def _compound_text(t: Token) -> str:
    """A proper noun with the compounds before it: "Mistral AI"."""
    return " ".join(c.text for c in t.children if c.dep_ == "compound" and c.i < t.i) + " " + t.text


def _owns_thing(span: Span, things: set[int]) -> bool:
    """ "Acme's H100", "Acme Blackwell": a name that owns a known product or chip."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].lower_ in ("'s", "’s") and end + 1 < len(doc):
        end += 1
    return end in things


def english_words(nlp) -> frozenset[str]:
    """English words the pipeline's lemmatizer knows (its WordNet index);
    empty for a pipeline without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for entries in lookups.get_table("lemma_index").values() for w in entries)


# a word's string hash -> its shape (a letter, an inner capital, capitalised,
# coded, a web address, led by a figure): a pure function of the word, kept for the run (as each article's
# words are mostly the words of the articles before it)
_SHAPES: dict[int, tuple[bool, bool, bool, bool, bool, bool]] = {}


def _name_like(doc: Doc, english: frozenset[str] = frozenset()) -> list[bool]:
    """Per word, whether it may be part of a name, worked out once per doc
    from arrays of the words' attributes: a tagged proper noun; a word with
    an inner capital (xAI); a capitalised word the article never writes in
    lower case (at a sentence's start, only before a possessive: "Acme's
    shares rose", a word of no language before a proper noun: "Tessaro
    Energy signed", however the tagger takes it, or a noun that is no
    English word: "Zorvik, a startup, ...", "Orbitas said ..." (tagged a
    plural), or a deal's subject:
    "Archway led the round"); a word of no language the article introduces
    as a name in lower case ("the startup trovix", `_lower_case_names`).
    Never a date, figure or quantity, nor a word
    without a letter; but the words after a dash that the tagger's date runs
    on to are no date ("May 2 - Kestrel Cloud")."""
    cached = doc.user_data.get("dealgraph_name_like")
    if cached is not None:
        return cached
    strings = doc.vocab.strings
    columns = doc.to_array([ORTH, LOWER, TAG, ENT_TYPE, IS_ALPHA, SENT_START, LEMMA]).tolist()
    name_tags = {strings.add(tag) for tag in NAME_TAGS}
    not_name_ents = {strings.add(label) for label in NOT_NAME_ENTS}
    figure_ents, proper = {strings.add("PERCENT"), strings.add("CARDINAL")}, strings.add("NNP")
    pos, pronoun, nouns = strings.add("POS"), strings.add("I"), {strings.add("NN"), strings.add("NNS")}
    lower_words = _lower_words(doc)
    lower_names = _lower_case_names(doc, english)
    shapes = _SHAPES
    heads = load_cues().heads
    described = _descriptor_ids()
    date, dashes = strings.add("DATE"), {strings.add(d) for d in DATELINE_DASHES}
    clock = {date, strings.add("TIME")}
    out, dated_dash = [], False      # the tagger's date may run on past a dateline's dash
    for i, (orth, lower, tag, ent, alpha, sent_start, lemma) in enumerate(columns):
        dated_dash = ent == date and (dated_dash or orth in dashes)
        if dated_dash and orth not in dashes:
            ent = 0             # "OSLO, May 2 - Kestrel Cloud said": the name is no date
        elif ent in clock and alpha and tag == proper and _coined_word(
                strings[lower], strings[lemma], english, lower_words, doc.vocab[lower].is_stop):
            ent = 0             # "invest $3 billion in Sableworks": a coined word the tagger took for a date
        shape = shapes.get(orth)
        if shape is None:
            text = strings[orth]
            shape = shapes[orth] = (any(c.isalpha() for c in text),
                                    any(c.isupper() for c in text[1:]) and any(c.islower() for c in text),
                                    text[:1].isupper(),
                                    text[:1].isupper() and not text.isalpha()
                                    and bool(_HYPHEN_VERSION.fullmatch(text) or _CODE.fullmatch(text)),
                                    bool(_WEB_NAME.fullmatch(text)), _digit_led(text))
        letter, inner_capital, capitalised, coded, web, digit_led = shape
        if digit_led and i + 1 < len(columns) and strings[columns[i + 1][0]] in heads:
            out.append(True)    # "1X Technologies", "3D Systems": a name that opens with a figure (whatever its entity)
        elif ent in not_name_ents or not letter:
            # (a name the tagger ran a share or count on to: "with Acme holding 60% and Calder 40%")
            out.append(ent in figure_ents and alpha and capitalised and tag == proper
                       and strings[lower] not in lower_words and i + 1 < len(columns) and columns[i + 1][3] == ent
                       and strings[columns[i + 1][0]][:1].isdigit())
        elif alpha and inner_capital or web:    # web: "You.com", "Poe.com"
            out.append(True)
        elif tag in name_tags:  # (not a description in lower case the tagger took for a name: "the cloud provider's")
            out.append(capitalised or not (lower in described or i + 1 < len(columns)
                                           and columns[i + 1][1] in described and columns[i + 1][2] in name_tags))
        elif lower in lower_names:     # "startup fareloop", "quelta, a Lisbon start-up,": a name in lower case
            out.append(True)
        elif coded:     # "Kestra-3", "its QX4 chip": a model's or chip's shape, not glued to a name ("Acme QX4 chips")
            out.append(not out or not out[-1])
        elif alpha and capitalised and sent_start == 1:
            coined = _coined_word(strings[lower], strings[lemma], english, lower_words, doc.vocab[lower].is_stop)
            out.append(i + 1 < len(columns) and (columns[i + 1][2] == pos or coined and columns[i + 1][2] in name_tags)
                       or tag in nouns and strings[lower] not in lower_words
                       and (coined or _opens_deal(doc[i]) or _described_in_apposition(doc[i]))
                       or coined and _followed_by_description(doc, i)
                       or _named_inside_sentence(doc[i]))
        else:
            out.append(bool(alpha and capitalised and orth != pronoun and strings[lower] not in lower_words))
    doc.user_data["dealgraph_name_like"] = out
    return out


def _opens_line(t: Token) -> bool:
    """Whether a word is the first of its line: an interview's label ("Q:", "Hale:")."""
    return t.i == 0 or "\n" in t.doc[t.i - 1].text_with_ws


def _named_inside_sentence(t: Token) -> bool:
    """A sentence's first word that, with the capitalised word after it (or
    the hyphen and capitalised word after it: "Aster-Gen's Series C ..."), is
    written inside a sentence elsewhere in the article: the first word of a
    name ("Basin Forge put the value ...", after "a stake in Basin Forge"),
    not an ordinary word that opens the sentence ("Retaining Acme ...").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Amazon took a stake in Basin Forge. Basin Forge owns two basins.")
    >>> _named_inside_sentence(doc[8]), _named_inside_sentence(doc[0])
    (True, False)
    """
    doc = t.doc
    if t.i + 1 >= len(doc):
        return False
    after = doc[t.i + 1]
    if not (after.is_title or after.text == "-" and not t.whitespace_ and not after.whitespace_
            and t.i + 2 < len(doc) and doc[t.i + 2].is_title):    # (or "Aster-Gen's Series C swells")
        return False
    inside = doc.user_data.get("dealgraph_inner_pairs")
    if inside is None:      # how often each word pair is written inside a sentence, once per doc
        rows = doc.to_array([ORTH, SENT_START]).tolist()
        inside = doc.user_data["dealgraph_inner_pairs"] = Counter(
            (orth, rows[i + 1][0]) for i, (orth, start) in enumerate(rows[:-1]) if start != 1)
    # (elsewhere: not the word itself, where it opens a line without opening a sentence)
    return inside[(t.orth, doc[t.i + 1].orth)] > (not t.is_sent_start)


_COINED_LOWER: dict[int, dict[tuple[int, int], bool]] = {}


def _lower_case_names(doc: Doc, english: frozenset[str]) -> frozenset[int]:
    """The LOWER ids of the words of no language, written in lower case, that
    the article introduces as a company's name somewhere: after a descriptor
    ("the startup trovix") or before a description ("quelta, a Lisbon
    start-up"). Every occurrence of such a word is then a name, however the
    tagger took it. A possessive alone says nothing ("crypto's revival"), nor
    does a verb after a descriptor ("The company rebranded").

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Harbor agreed to buy the startup trovix. The deal values trovix at $9 million.")
    >>> [doc.vocab.strings[h] for h in _lower_case_names(doc, english_words(nlp))]
    ['trovix']
    """
    key = ("dealgraph_lower_names", id(english))     # (once per doc and word list)
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    nouns, found, strings = _description_nouns(), set(), doc.vocab.strings
    coined = _COINED_LOWER.setdefault(id(english), {})     # (LOWER, LEMMA) -> whether no language's word
    rows = doc.to_array([IS_LOWER, IS_ALPHA, LOWER, LEMMA]).tolist()
    for i, (lower_case, alpha, lower, lemma) in enumerate(rows):
        if not (lower_case and alpha) or lower in found:
            continue
        new = coined.get((lower, lemma))
        if new is None:
            text = strings[lower]
            new = coined[(lower, lemma)] = len(text) > 2 and text not in english and text not in nouns \
                and strings[lemma].lower() not in english and not doc.vocab[lower].is_stop
        if not new:
            # (read from the arrays first, as most words are: ", a" or ", an" right after it)
            if i + 2 < len(rows) and rows[i + 1][2] == _COMMA and rows[i + 2][2] in _ARTICLES \
                    and _introduced_english_name(doc, i):
                found.add(lower)    # "agreed to acquire tessellate, a San Francisco start-up": an English word
            continue
        t = doc[i]
        before = doc[t.i - 1] if t.i else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and after.is_lower and after.pos_ in ("NOUN", "ADJ", "PROPN"):
            continue        # "white-label stablecoin issuance": a word that describes the noun after it
        if before is not None and (before.lower_ in nouns or _split_start_up(before)):
            if t.pos_ in ("NOUN", "PROPN", "X") and not t.tag_.startswith("VB"):
                found.add(t.lower)  # (not a verb: "The company rebranded in 2023")
        elif not (before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$")) and (
                _described_in_apposition(t) or _followed_by_description(doc, t.i)):
            found.add(t.lower)      # (not "its neocloud, a ...": a noun's)
    out = doc.user_data[key] = frozenset(found)
    return out


# the relative pronouns ("a start-up that ...", "a maker which ..."; "B, which counts A among its backers")
RELATIVE_PRONOUNS = frozenset(LEMMAS["relative_pronoun"])
# descriptions that may be of a business inside a company as well: "storage, a business that lost money"
PART_DESCRIPTIONS = frozenset(LEMMAS["sold_business_noun"]) | {"segment", "line"}


_COMMA, _ARTICLES = hash_string(","), frozenset({hash_string("a"), hash_string("an")})


def _introduced_english_name(doc: Doc, i: int) -> bool:
    """An English word in lower case, with no article or possessive before it,
    that a company's description follows ("acquire tessellate, a San Francisco
    start-up"): a lower-case brand, not the word ("its software, a ..." has
    its possessive; "the unit, the ..." its article).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Snowflake agreed to acquire parallax, a data-labelling startup, for $250 million.")
    >>> _introduced_english_name(doc, 4), _introduced_english_name(doc, 0)
    (True, False)
    """
    t = doc[i]
    if len(t.text) <= 3 or t.is_stop or not t.is_lower or t.pos_ not in ("NOUN", "PROPN") \
            or t.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") or i + 2 >= len(doc) \
            or doc[i + 2].lower_ not in ("a", "an"):
        return False    # ("for $40 million in cash, the company said": a description in passing)
    before = doc[i - 1] if i else None
    if before is None or before.pos_ in ("DET", "NUM", "ADJ") or before.tag_ == "PRP$" or before.is_lower \
            and before.pos_ in ("NOUN", "PROPN"):
        return False
    noun = description_after(doc, i)
    if noun is None or t.tag_ in ("NNS", "NNPS") or noun.tag_ in ("NNS", "NNPS"):
        return False    # ("racks, a company filing shows", "capacity, a deal the companies valued")
    after = noun.nbor() if noun.i + 1 < len(doc) else None
    return (noun.lower_ in load_cues().descriptors and noun.lemma_.lower() not in PART_DESCRIPTIONS
            or _split_start_up(noun)) and (
        after is None or after.is_punct or after.pos_ == "ADP" or after.lower_ in RELATIVE_PRONOUNS
        or after.tag_ == "VBN")     # ("a data-labelling startup based in Oslo")


@lru_cache(maxsize=1)
def _descriptor_ids() -> frozenset[int]:
    """The ids (string hashes, as in the LOWER column) of the words that describe companies ("provider")."""
    return frozenset(hash_string(word) for word in load_cues().descriptors)


_WEB_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*\.(?:com|ai|io)")     # a company named by its web address ("lumora.ai")


def _coined_word(lower: str, lemma: str, english: frozenset[str], lower_words: set[str], stop: bool) -> bool:
    """A word of no language: neither it nor its lemma an English word the
    lemmatizer knows, no function word, and never written in lower case in
    its article ("Tessaro", not "For").

    >>> _coined_word("tessaro", "Tessaro", frozenset({"for"}), set(), False)
    True
    """
    return lower not in english and lemma.lower() not in english and lower not in lower_words and not stop


def _digit_led(text: str) -> bool:
    """A word that opens with a figure and has capitals and no lower case:
    "1X", "3D" (not "2025", "10x").

    >>> [_digit_led(w) for w in ("1X", "3D", "2025", "10x")]
    [True, True, False, False]
    """
    return text[:1].isdigit() and any(c.isupper() for c in text) and not any(c.islower() for c in text)


def _described_in_apposition(t: Token) -> bool:
    """A word an apposition describes as a company: "Cognition, the company
    behind Devin, ...", "Anysphere, maker of Cursor, ..." (an English word
    opening a sentence is a name so described)."""
    descriptors = load_cues().descriptors
    return any(ch.dep_ == "appos" and (ch.lower_ in descriptors or _split_start_up(ch)) for ch in t.children)


@lru_cache(maxsize=1)
def _description_nouns() -> frozenset[str]:
    """The nouns that describe a company in an apposition: its descriptors and `apposition_nouns`."""
    cues = load_cues()
    return cues.descriptors | cues.apposition_nouns


DESCRIPTION_WORDS = 5   # a description's words before its noun, at most ("the Denver-based GPU cloud")


def _followed_by_description(doc: Doc, i: int) -> bool:
    """A word a description of a company follows, whatever the tagger made of
    the word: "Fluxmere, the Denver GPU cloud, ..." (tagged an adverb).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Fluxmere, the Denver GPU cloud, is funded again.")
    >>> _followed_by_description(doc, 0)
    True
    """
    return description_after(doc, i) is not None


def description_after(doc: Doc, i: int) -> Token | None:
    """The noun of a company's description after the word at `i`, however the
    parser hung it: "Bellhop.ai, a start-up that answers ..." (its "up"
    parsed as a second object), "Fluxmere, the Denver GPU cloud"; None.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Kestrow agreed to acquire Frontdesk.ai, a start-up that answers guest texts.")
    >>> description_after(doc, 4).text, description_after(doc, 0)
    ('up', None)
    """
    if i + 2 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ not in ("a", "an", "the"):
        return None
    nouns, words = _description_nouns(), 0
    for t in doc[i + 3:]:
        if _split_start_up(t) or t.lower_ in nouns:
            # (not a possessor's: "Claude AI, the lab's chief executive said")
            return None if t.i + 1 < len(doc) and t.nbor().tag_ == "POS" else t
        if t.is_punct and not _glued_hyphen(t) or words == DESCRIPTION_WORDS:
            return None
        words += not _glued_hyphen(t)
    return None


def _short_code(t: Token) -> bool:
    """A code of one capital: the "X" of "Halo-X" (not the letters that end a company's name: "PRIMA-DC",
    "Kestrel-EO"; a figure stays glued to its name in one token: "Tessel-2").

    >>> from ingest.pipeline import load_nlp
    >>> [_short_code(t) for t in load_nlp()("X DC Wave")]
    [True, False, False]
    """
    return len(t.text) == 1 and t.text.isupper()


def _glued_hyphen(t: Token) -> bool:
    """A hyphen inside a word the tokenizer split ("code-generation")."""
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def _opens_deal(t: Token) -> bool:
    """An ordinary word opening its sentence as a deal's subject, with no
    article or modifier ("Archway led the round", "Cognition completed its
    acquisition of X"): a name the tagger took for a noun; not a pronoun it
    tags so ("Everyone signed the deal", "Someone owns a stake")."""
    return t.dep_ == "nsubj" and not t.is_stop and not any(True for _ in t.children) and _deal_role(t) > 0


def investor_named(company: str) -> bool:
    """Whether a company's name says it invests: it ends in one of the cues'
    arm endings ("Pellway Capital", "Kovix Ventures"; not "Kovix Cloud").

    >>> investor_named("Pellway Capital"), investor_named("Kovix Cloud")
    (True, False)
    """
    return normalise_name(company.split()[-1]) in _ARM_ENDINGS


_ARM_ENDINGS = load_cues().arm_endings


def datelines(doc: Doc) -> set[int]:
    """Tokens of the datelines that open an article or a paragraph, up to
    their dash: "BRIEFWIRE -- ...", "OSLO, May 2 (Newsdesk) - ...": an
    outlet's or a city's name there is no party to anything. A dateline
    starts in capitals and is either all capitals or ends in a bracket. So
    are a transcript's speaker labels (`_speaker_label`) and an interview's
    "Q:" and "A:".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("BRIEFWIRE -- Acme Labs bought Zeta.")
    >>> sorted(datelines(doc))
    [0, 1]
    """
    cached = doc.user_data.get("dealgraph_datelines")
    if cached is not None:
        return cached
    out: set[int] = set()
    text = doc.text
    spaces = doc.to_array(IS_SPACE).tolist()       # a Token made only for a space
    for start in [0] + [i + 1 for i, space in enumerate(spaces) if space and "\n" in doc[i].text]:
        if start + 1 < len(doc) and doc[start].text in _LETTER_LABELS and doc[start + 1].text == ":":
            out.add(start)      # an interview's "Q:" and "A:" ("Q: Alibaba led your round."): no name
            continue
        if start >= len(doc) or not (doc[start].is_upper and len(doc[start]) > 1):
            continue
        for t in doc[start:min(len(doc), start + DATELINE_TOKENS)]:
            if t.text in DATELINE_DASHES and t.i > start and doc[t.i - 1].whitespace_:
                words = [w for w in doc[start:t.i] if w.is_alpha]
                if all(w.is_upper for w in words) or doc[t.i - 1].text in (")", "/") \
                        or _cities_then_date(doc[start:t.i]):
                    out.update(range(start, t.i + 1))
                break
            if t.is_space or t.text in ".!?" and not doc[t.i - 1].is_upper and not _state_abbreviation(t):
                break
        out.update(_speaker_label(doc, text, start))
    doc.user_data["dealgraph_datelines"] = out
    return out


# the one-letter labels of an interview's questions and answers
_LETTER_LABELS = frozenset({"Q", "A"})


# a transcript's speaker label opening a line: a name in capitals, then its title, then a colon ("RACHEL
# DUNMORE, CHIEF EXECUTIVE OFFICER: ...", "KWON: ...")
SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*([^:\n]{2,80}))?:\s")


def _speaker_label(doc: Doc, text: str, start: int) -> range:
    """The tokens of the name in a transcript's speaker label that opens a
    line at token `start` (`SPEAKER_LABEL`: a person, no party to anything;
    `text`: the doc's); empty where the line opens otherwise.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("JO LEE, CHIEF EXECUTIVE OFFICER: We signed with Zorb.")
    >>> list(_speaker_label(doc, doc.text, 0))
    [0, 1]
    """
    label = SPEAKER_LABEL.match(text, doc[start].idx)
    span = label and doc.char_span(label.start(1), label.end(1), alignment_mode="contract")
    return range(span.start, span.end) if span else range(0)


def _state_abbreviation(stop: Token) -> bool:
    """A full stop that ends a state's abbreviation in a dateline ("CHEYENNE, Wyo., July 15"): a short
    capitalised word before it and a comma after."""
    doc = stop.doc
    return 0 < stop.i < len(doc) - 1 and doc[stop.i - 1].is_title and len(doc[stop.i - 1]) <= 5 \
        and doc[stop.i + 1].text == ","


MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"})


def _cities_then_date(words: Span) -> bool:
    """A dateline's cities in capitals, each perhaps with its country or
    state, then its date: "PARIS/VELDHOVEN, 9 September", "LONDON, March 4",
    "VELDHOVEN, the Netherlands, and PARIS, France, September 9, 2025".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("PARIS/VELDHOVEN, 9 September - Acme said.")
    >>> _cities_then_date(doc[0:6]), _cities_then_date(doc[6:8])
    (True, False)
    >>> doc = load_nlp()("OSLO, Norway, and AUSTIN, Texas, May 2, 2025 - Acme said.")
    >>> _cities_then_date(doc[0:13])
    True
    """
    chunks, chunk = [], []
    for t in words:
        if t.text == ",":
            chunks.append(chunk)
            chunk = []
        elif not (t.is_punct and t.text != "."):
            chunk.append(t)
    chunks.append(chunk)
    dated = [all(t.like_num or t.lower_.rstrip(".") in MONTH_WORDS for t in c) and bool(c) for c in chunks]
    if len(chunks) < 2 or not chunks[0] or not dated[-1]:
        return False
    cities = [t for t in chunks[0] if t.is_alpha]
    middle = [t for c, d in zip(chunks[1:], dated[1:]) if not d for t in c]
    return bool(cities) and all(t.is_upper for t in cities) and all(
        t.is_upper or t.is_title or t.lower_ in ("the", "and") or t.text == "." for t in middle) \
        and all(d for d in dated[dated.index(True):])


def _initialisms(names: dict[str, Weights], accepted: dict[str, Known]) -> dict[str, Known]:
    """A name in capitals that spells the initials of one longer company name
    of the article is that company ("TCS" beside Tata Consultancy Services,
    "NHC" beside Northern Highlands Compute), however the two are ordered.

    >>> _initials("Tata Consultancy Services"), _initials("Bank of New York Mellon")
    ('TCS', 'BNYM')
    """
    longer: dict[str, list[Known]] = {}
    for key, k in accepted.items():
        if k.type == "Company" and key in names and len(key.split()) >= 2:
            longer.setdefault(_initials(names[key].occurrences[0].text), []).append(k)
    out = {}
    for key, k in accepted.items():
        text = names[key].occurrences[0].text if key in names else ""
        found = {m.name: m for m in longer.get(text, [])} if text.isupper() and text.isalpha() else {}
        if len(found) == 1 and k.type == "Company" and k.name not in found:
            out[key] = next(iter(found.values()))
    return out


_NOT_INITIALLED = frozenset({"of", "and", "the", "&", "for"})


def _initials(name: str) -> str:
    """The capitals a company's initials make ("Tata Consultancy Services": "TCS")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in _NOT_INITIALLED).upper()


def _initial_short_forms(doc: Doc, accepted: dict[str, Known], taken: set[int]) -> list[tuple[Span, Known]]:
    """A company's one-word short form opening a sentence as its subject,
    which the tagger took for an ordinary word ("Tessellate trains its
    models ..." after "Tessellate Labs" or "Tessellate's"): the company,
    where its longer name starts with the word or the article uses the word
    as its name elsewhere; the word alone at a sentence's start is dropped
    (`NameFinder._initial_word`)."""
    if not accepted:
        return []
    firsts = {key.split()[0]: k for key, k in accepted.items() if k.type == "Company" and " " in key}
    out = []
    starts = doc.to_array([SENT_START, IS_TITLE]).tolist()
    for t in [doc[i] for i, (start, title) in enumerate(starts) if start == 1 and title and i not in taken]:
        if t.dep_ in ("nsubj", "nsubjpass"):
            key = normalised(t.text)
            k = accepted.get(key) or firsts.get(key)
            if k is not None and k.type == "Company":
                out.append((doc[t.i:t.i + 1], k))
    return out


def _lower_words(doc: Doc) -> set[str]:
    """Words the article writes in lower case, with their lemmas ("investments"
    gives "investment" too, so a heading's "Investment" reads as the word)."""
    cached = doc.user_data.get("dealgraph_lower")
    if cached is None:
        # the lower-case words' LOWER and LEMMA, from plain lists (numpy's masks cost more on
        # a doc's few dozen words), each string looked up once per run (`_TEXTS`)
        ids = {h for lower, word, lemma in doc.to_array([IS_LOWER, LOWER, LEMMA]).tolist() if lower
               for h in (word, lemma)}
        texts, strings = _TEXTS, doc.vocab.strings
        cached = doc.user_data["dealgraph_lower"] = set()
        for h in ids:
            text = texts.get(h)
            if text is None:
                text = texts[h] = strings[h]
            cached.add(text)
    return cached


# a string hash -> its string: a pure function of the vocabulary, kept for the run (as `_SHAPES`)
_TEXTS: dict[int, str] = {}


def _abbreviation(span: Span) -> bool:
    """ "total cost of ownership (TCO)": an upper-case name spelled by the
    initials of the words just before its bracket."""
    text = span.text.replace(".", "")
    doc = span.doc
    if not text.isupper() or span.start < 2 or doc[span.start - 1].text != "(":
        return False
    words = [t for t in doc[max(0, span.start - 1 - len(text) - 3):span.start - 1] if t.is_alpha]
    initials = "".join(t.text[0] for t in words).upper()
    return text in initials or text[:-1] in initials and len(text) > 2


def _abbreviates(abbr: str, name: str, before: Span) -> bool:
    """ "MSI" for Morvane Systems Inc., "ACMZ" for Acme.com: the letters of
    `abbr` in order in the name (or in the words just before its bracket),
    the first one the name's first letter.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Advanced Micro Devices Inc.")
    >>> _abbreviates("AMD", "AMD", doc[:]), _abbreviates("AMZN", "Amazon.com", doc[:0]), _abbreviates("US", "Acme", doc[:0])
    (True, True, False)
    """
    def spells(text: str) -> bool:
        letters = iter(text.upper())
        return text[:1].upper() == abbr[0] and all(c in letters for c in abbr)
    return spells(name) or spells(before[-min(len(before), 6):].text) and spells(
        "".join(t.text[0] for t in before[-min(len(before), 6):] if t.text[:1].isupper()))


def _ticker(t: Token, name: str) -> bool:
    """A stock ticker of `name`: two to five capital letters, the name's
    first letter first and the rest in the name's order ("NVDA" for Nvidia,
    not "SDS" for Samsung)."""
    if not (t.is_alpha and t.is_upper and 2 <= len(t.text) <= 5) or t.text[0] != name[:1].upper():
        return False
    rest = iter(name.upper())
    return all(c in rest for c in t.text)


def _expansion(span: Span) -> bool:
    """ "Acme PBC (Public Benefit Corporation)": a bracketed name whose
    initials spell the upper-case word just before the bracket."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(":
        return False
    close = next((t.i for t in doc[span.start:min(len(doc), span.start + 12)] if t.text == ")"), None)
    if close is None:
        return False
    initials = "".join(t.text[0] for t in doc[span.start:close] if t.text[:1].isupper())
    before = doc[span.start - 2].text.replace(".", "")
    return len(initials) >= 2 and sum(c.isupper() for c in before) >= 2 \
        and initials.upper() == "".join(c for c in before if c.isupper())


ACTING_DEPS = {"nsubj", "nsubjpass", "poss"}
ACTING_PREPS = {"by", "from", "with"}


def _acts(span: Span) -> bool:
    """A name that acts in its sentence: its head is a subject or a
    possessor, or the object of "by", "from" or "with" ("Helios Chips will
    invest", "Helios Chips's stake", "bought from Helios Chips"), not an
    object bought ("sells Blackwell Chips")."""
    root = span.root
    if root.dep_ == "conj":
        root = root.head
    return root.dep_ in ACTING_DEPS or root.dep_ == "pobj" and root.head.lower_ in ACTING_PREPS


def _sentence_adverb(span: Span) -> bool:
    """A one-word name the parser reads as an adverb opening a clause before
    a comma ("Financially, the start-up ...", "Separately, the firm ...").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Separately, the start-up raised money. Acme, the start-up, raised money.")
    >>> _sentence_adverb(doc[0:1]), _sentence_adverb(doc[8:9])
    (True, False)
    """
    doc = span.doc
    return span.root.dep_ == "advmod" and span.end < len(doc) and doc[span.end].text == ","


def _in_prose(span: Span) -> bool:
    """Headings, captions and list items name things in passing; a new
    company is only believed from a sentence of running text, or from an
    item of a list that such a sentence leads into ("Helios has named two
    partners:" then "- Vertiv" on a line of its own)."""
    doc = span.doc
    if span.end == len(doc) and not doc[-1].is_punct:
        return False    # the text's last word with no stop after it: an excerpt may have cut it ("Ama")
    starts, prose = _sentence_starts(doc)
    first = bisect_right(starts, span.start) - 1
    if first == bisect_right(starts, span.end - 1) - 1:
        if prose[first] is None:
            prose[first] = _prose(_nth_sentence(doc, starts, first)) or _run_in_head(doc, starts, first) \
                or starts[first] in list_items(doc)     # "Helios named two partners:\n- Vertiv": its clause's
        return prose[first]
    return _prose(span.sent)    # a name across a sentence break: its sentences together


def _nth_sentence(doc: Doc, starts: list[int], k: int) -> Span:
    return doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(doc)]


def _run_in_head(doc: Doc, starts: list[int], k: int) -> bool:
    """A fragment ending in a stop that is followed, on the same line, by a
    sentence of running text: a list item's head ("2. Zeta Robotics - $1.9bn.
    Acme led the round."), part of its paragraph; a heading is a line with
    nothing after it."""
    if k + 1 >= len(starts):
        return False
    head, after = _nth_sentence(doc, starts, k), _nth_sentence(doc, starts, k + 1)
    return head.text.rstrip()[-1:] in SENTENCE_STOPS and "\n" not in head.text.strip() \
        and not any("\n" in t.text for t in doc[head.end - 1:after.start + 1]) and _prose(after)


# what running text ends in: a full stop, with a closing quote or bracket after it
SENTENCE_STOPS = ".!?\"”’)]"
RUNNING_WORDS = 12      # a sentence this long, mostly in lower case, is running text even with no full stop


def _prose(sent: Span) -> bool:
    """A sentence of running text: six words or more with a full stop (or a
    semicolon, where the parser ends a sentence and the line goes on to one:
    "A raised $30 million led by B; C also took part."), or a short one with a
    stop and a finite verb ("Quillon raised $30 million."),
    or a long one mostly in lower case whose end is cut off (an excerpt that
    stops mid-sentence), which no heading, caption or bullet is."""
    text = sent.text.strip()
    words = text.split()
    if text[-1:] == ";" and not _line_ends_in_stop(sent):
        return False    # "A and B announce collaboration; C places order": a headline's clause
    if text[-1:] in SENTENCE_STOPS + ";" and (len(words) >= 6 or _finite_clause(sent)):
        return True
    if len(words) >= ITEM_CLAUSE_WORDS and _item_clause(sent):
        return True     # "- Korvel Systems will buy Astrana for $300 million": a list item that is a clause
    return len(words) >= RUNNING_WORDS and 2 * sum(w[:1].islower() for w in words) > len(words)


# a list item this long with a subject and a finite verb is a clause, with or without its full stop
ITEM_CLAUSE_WORDS = 6


def _item_clause(sent: Span) -> bool:
    """A list item that is a clause: a finite verb at its root with a subject
    ("- Korvel Systems will buy Astrana for $300 million"; not "- Lower costs")."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in BULLETS or sent.text.isupper():
        return False    # (a wire flash in capitals is a headline: "*TENSORIUM GRANTS KESTREL WARRANT")
    return not any("\n" in t.text for t in sent[:-1]) and any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and (t.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in t.children)) for t in sent)


def _line_ends_in_stop(sent: Span) -> bool:
    """Whether the line a sentence ends on ends in a full stop (running
    text, not a headline run on after a semicolon)."""
    text = sent.doc.text
    end = text.find("\n", sent.end_char)
    return text[sent.end_char:end if end >= 0 else len(text)].rstrip()[-1:] in SENTENCE_STOPS


def _finite_clause(sent: Span) -> bool:
    """A short sentence that is a clause: a finite verb, or an imperative opening it ("Take Zeta Labs."),
    no bullet before it, no line break in it."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text not in BULLETS and not any("\n" in t.text for t in sent[:-1]) \
        and (any(t.tag_ in FINITE_TAGS for t in sent) or first.tag_ == "VB" and first.dep_ == "ROOT")


def _sentence_starts(doc: Doc) -> tuple[list[int], list[bool | None]]:
    """The doc's sentence starts, and per sentence whether it is running text (worked out when first asked)."""
    cached = doc.user_data.get("dealgraph_sentences")
    if cached is None:
        starts = [sent.start for sent in parse_of(doc).sents]
        cached = doc.user_data["dealgraph_sentences"] = (starts, [None] * len(starts))
    return cached


def _standalone_words(doc: Doc) -> set[str]:
    """Words written with no title-case word beside them ("Holt said"), once per doc."""
    cached = doc.user_data.get("dealgraph_standalone")
    if cached is None:
        orths, titles = doc.to_array([ORTH, IS_TITLE]).T.tolist()     # by arrays: no Token made per word
        last = len(titles) - 1
        strings = doc.vocab.strings
        cached = doc.user_data["dealgraph_standalone"] = {strings[orth] for orth in {
            orth for i, orth in enumerate(orths) if (i == 0 or not titles[i - 1]) and (i == last or not titles[i + 1])}}
    return cached

"""Lists that a sentence leads into: a clause ending in a colon, then one
line per item.

    Helios has named three founding technology partners:
    - Vertiv
    - Penrose Cooling, a maker of cold plates

Each item continues its lead-in's sentence: its name is one of running text
(`ingest.names`), and the company it opens with takes the role that the
lead-in's noun names (`ingest.proposals`): a partner of the lead-in's owner,
or an investor in its round.

>>> from ingest.pipeline import load_nlp
>>> doc = load_nlp(None)("Helios has named two partners:\\n- Vertiv\\n- Penrose Cooling\\n\\nIt opens in May.")
>>> [(doc[i:i + 2].text.strip(), lead.text.strip()) for i, lead in list_items(doc).items()]
[('- Vertiv', 'Helios has named two partners:'), ('- Penrose', 'Helios has named two partners:')]
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .loaders import LIST_ITEM
from .patterns.vocab import LEMMAS
from .walker import parse_of

# the tags of a finite verb: a lead-in is a clause ("Other participants were:"), not a caption ("At a glance:")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def list_items(doc: Doc) -> dict[int, Span]:
    """The sentence start of each list item that a lead-in clause opens,
    with that lead-in (worked out once per doc)."""
    cached = doc.user_data.get("dealgraph_list_items")
    if cached is None:
        cached = doc.user_data["dealgraph_list_items"] = _items(parse_of(doc).sents)
    return cached


def _items(sents: list[Span]) -> dict[int, Span]:
    out: dict[int, Span] = {}
    lead: Span | None = None
    in_item = marked = False
    for sent in sents:
        if _opens_item(sent) or marked and not _starts_line(sent):
            in_item, marked = True, False
            if lead is not None and not _bare_mark(sent):
                out[sent.start] = lead
            marked = _bare_mark(sent)   # "1." split from its item ("1. Halden Capital"): the item follows
        elif not (in_item and not _starts_line(sent)):   # (an item's own second sentence keeps its lead-in)
            in_item = marked = False
            lead = sent if _leads_in(sent) else None
    return out


def _bare_mark(sent: Span) -> bool:
    """A numbered item's mark that the parser made a sentence of its own ("1.")."""
    return LIST_ITEM.fullmatch(sent.text.strip() + " ") is not None


def _starts_line(sent: Span) -> bool:
    before = sent.doc.text[:sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def _opens_item(sent: Span) -> bool:
    """A sentence at the start of a line that opens with a list mark ("- ", "• ", "2. ")."""
    return _starts_line(sent) and LIST_ITEM.match(sent.text.lstrip() + " ") is not None


def _leads_in(sent: Span) -> bool:
    """A clause ending in a colon: "The release lists three partners:"."""
    return sent.text.rstrip().endswith(":") and any(t.tag_ in FINITE_TAGS for t in sent)


def item_opening(sent: Span) -> Token | None:
    """The first word of a list item after its mark."""
    return next((t for t in sent if not t.is_space and not t.is_punct and not LIST_ITEM.fullmatch(t.text + " ")),
                None)


# the nouns of a lead-in that give its items a role, by the kind of deal they have with its owner (not
# "owners", "holders" or "subscribers", which may be anything's)
ROLE_NOUNS = {"partner": "partnership",
              **{lemma: "investment" for lemma in ("investor", "backer", "funder", "participant", "shareholder")}}
# the verbs of a tie ended, which a lead-in's items had and have no more: "it had lost two partners:"
ENDED_VERBS = frozenset(LEMMAS["lose_verb"] + LEMMAS["end_verb"] + LEMMAS["withdraw_verb"] + LEMMAS["call_off_verb"])


def role_noun(lead: Span) -> Token | None:
    """The last noun of a lead-in that names its items' role, as a noun of
    its own ("three technology partners:", "Other participants were:"; not
    "its partner programme:"), in no clause of a tie ended ("it had lost two
    partners:")."""
    noun = next((t for t in reversed(lead) if t.pos_ == "NOUN" and t.lemma_.lower() in ROLE_NOUNS), None)
    if noun is None or noun.dep_ == "compound" or any(t.lemma_.lower() in ENDED_VERBS for t in noun.ancestors):
        return None
    return noun


def listed_party(span: Span) -> bool:
    """Whether a name opens an item of a list of partners or investors
    ("Helios has named two partners:" then "- Vertiv")."""
    items = list_items(span.doc)
    if not items:
        return False    # (most articles have no list: no sentence to look up)
    sent = span.sent
    lead = items.get(sent.start)
    return lead is not None and item_opening(sent) == span[0] and role_noun(lead) is not None


# words of a lead-in that make its partners sellers of the owner's product: "available through three partners:"
OFFERED_THROUGH = frozenset(LEMMAS["available_adj"]) | {"distribution", "distribute", "reseller", "resell"}


def lead_owner(noun: Token, said: list) -> str | None:
    """The company whose partners a lead-in lists: the noun's possessor
    ("its launch partners are:"), else the subject of the clause the noun
    is in ("Helios has named three partners:", "Zeta's model is available
    through two partners:"); None where the lead-in names neither."""
    def company_at(tok: Token) -> str | None:
        return next((m.company for m in said if m.company and m.token_start <= tok.i < m.token_end), None)

    for ch in noun.children:
        if ch.dep_ == "poss" and (found := company_at(ch)):
            return found
    clause = noun
    while clause.dep_ in ("pobj", "prep", "conj", "compound", "dobj", "attr", "acomp") and clause.head is not clause:
        clause = clause.head
    for subject in (ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")):
        found = company_at(subject) or next((company_at(t) for t in subject.subtree if t.dep_ == "poss"
                                             and company_at(t)), None)
        if found:
            return found
    return None

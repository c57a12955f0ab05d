"""Which side of a deal each party of a sentence stands on, read from the
roles of their phrases (`ingest/parties.py`), for the older relation rules:
investors and investees ("from"/"by" give, "in"/"into" take), a parent and
its unit, a supplier named as someone's provider or a customer named as a
supplier's, the members of one venture, and whether a deal word buys hardware.

>>> from ingest.pipeline import load_nlp
>>> nlp = load_nlp()
>>> buys_hardware(next(nlp("Acme will buy Nvidia GPUs.").sents), [])
True
>>> buys_hardware(next(nlp("Acme bought shares at $23.").sents), [])
False
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .discourse import BUILT_FOR
from .gazetteer import Gazetteer
from .parties import Party, _governing, _root, from_customer
from .patterns.rule_words import HARDWARE, HOLDING, HW_DEAL, INVEST, UNITS, VENTURES
from .patterns.vocab import LEMMAS
from .pipeline import Mention

# what a deal is called, which a company's name before it only qualifies ("the Dell purchase")
DEAL_WORDS = frozenset(LEMMAS["deal_noun"] + ["purchase", "acquisition", "buy", "sale"])
# what "by" a company says it does to a fund or a firm without putting money into it
MANAGED_BY = frozenset(LEMMAS["manage_verb"])

# a subject that is no side of the investment its sentence names: the subject of a verb
# that does not affirm the deal ("A questioned the investment in B") or sells a holding
# (the patterns read who buys it: `sells_own_stake_to`, `sells_stake_in_to`)
DOUBT_VERBS = frozenset(LEMMAS["doubt_verb"])
SELL_VERBS = frozenset(LEMMAS["sell_verb"])
# buying or paying for goods: its subject is a buyer, an investor only where a holding is what it takes
GOODS_VERBS = frozenset(LEMMAS["buy_verb"] + ["pay"])


def backed(p: Party, parties: list[Party]) -> bool:
    """Whether a party is the one a "backed by X" / "funded by X" / "in which
    X holds a stake" phrase describes."""
    for ch in p.token.children:
        if ch.dep_ not in ("acl", "relcl"):
            continue
        if ch.lemma_.lower() in ("back", "fund", "finance", "support") and \
                any(q.role in ("pobj:by", "agent") and q.token.head.head == ch for q in parties):
            return True
        if any(g.dep_ == "prep" and g.lower_ in ("in", "into") and any(w.lower_ in ("which", "whom") for w in g.children)
               for g in ch.children) and (ch.lemma_.lower() in INVEST | HOLDING
                                          or any(w.lower_ in INVEST | HOLDING for w in ch.children)):
            return True
    return False


def venture_of(p: Party) -> Token | None:
    """The venture a party founded or belongs to: "OpenAI's initiative",
    "an initiative announced by A, B and C", "an initiative that it shares
    with A and B", "a venture with A"."""
    t = _governing(_root(p))
    noun = None
    if t.dep_ == "poss":
        noun = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in ("by", "with", "between", "among"):
        h = t.head.head
        noun = h if h.lemma_.lower() in VENTURES else \
            h.head if h.dep_ in ("acl", "relcl") and h.lemma_.lower() not in ("back", "fund", "finance") else None
    elif t.dep_ == "nsubj" and t.head.dep_ == "relcl":
        noun = t.head.head
    return noun if noun is not None and noun.lemma_.lower() in VENTURES else None


def buys_hardware(sent: Span, hw_named: list[Mention], firms: list[Mention] = ()) -> bool:
    """A word of dealing whose own phrase names chips or systems ("buy Nvidia
    GPUs", "agreements with chipmakers"), not one about shares ("buying
    shares at $23") nor a company whose name or description holds a chip word
    ("buy chip designer Kestrel Silicon"; `firms`: the companies the sentence names)."""
    hw_tokens = {i for m in hw_named for i in range(m.token_start, m.token_end)}
    # (a name, not a description standing for one: "ordered from the chipmaker" still names chips)
    firm_tokens = {i for m in firms if not m.via_reference for i in range(m.token_start, m.token_end)} - hw_tokens
    for t in sent:
        if t.lemma_.lower() not in HW_DEAL and t.lower_ not in HW_DEAL:
            continue
        phrase = [t] if t.pos_ != "VERB" else []
        for ch in t.children:
            if ch.dep_ in ("dobj", "prep", "pobj", "dative", "attr", "compound", "amod", "xcomp", "oprd"):
                phrase.extend(ch.subtree)
        if any((x.i in hw_tokens or x.lower_ in HARDWARE or x.lemma_.lower() in HARDWARE)
               and x.i not in firm_tokens and not _describes_named(x, firm_tokens) for x in phrase) or \
                t.pos_ != "VERB" and any(x.i in hw_tokens or x.lower_ in HARDWARE for x in t.subtree):
            return True
    return False


def _describes_named(word: Token, firm_tokens: set[int]) -> bool:
    """Whether a chip word only describes a company named right after it, as what that company makes: "buy chip
    designer Kestrel Silicon", "buy inference-chip startup Kestrel" (a company bought, not chips), unlike "buy
    Nvidia GPUs" or "buy Blackwell chips".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Veridian agreed to buy chip designer Kestrel Silicon.")
    >>> _describes_named(doc[4], {6, 7}), _describes_named(doc[4], set())
    (True, False)
    """
    head = word
    while head.dep_ in ("compound", "amod", "punct") and head.i < head.head.i:
        head = head.head
    # (the name itself, or in apposition: "buy chip designer Kestrel Silicon" parsed "designer" with "Silicon" beside)
    return head is not word and (head.i in firm_tokens or any(ch.dep_ == "appos" and ch.i in firm_tokens
                                                             for ch in head.children)
                                 or head.dep_ == "appos" and head.head.i in firm_tokens)


# the unit nouns a company's name may stand before ("Tata's Kestrel AI unit"; not "its Creative Cloud division",
# a group of products)
OWNED_COMPANY_NOUNS = frozenset({"unit", "subsidiary", "affiliate"})


def _unit_named_before(q: Party, unit: Token) -> bool:
    """Whether a company is named right before a unit noun as the unit itself: "Tata's Kestrel AI unit"."""
    return _root(q).dep_ == "compound" and _root(q).head == unit and unit.lemma_.lower() in OWNED_COMPANY_NOUNS \
        and q.mention.known.type == "Company"


def units(parties: list[Party]):
    """"AWS's chip design division, Annapurna Labs" / "Annapurna Labs, a unit of Amazon" / "Tata's Kestrel AI
    unit"."""
    for p in parties:
        root = _root(p)
        if root.dep_ == "poss" and root.head.lemma_.lower() in UNITS:
            unit = root.head
            for q in parties:
                if q.company != p.company and (_root(q).dep_ == "appos" and _root(q).head == unit
                                               or unit.dep_ == "appos" and unit.head == _root(q)
                                               or _unit_named_before(q, unit)):
                    yield p, q
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in UNITS:
            unit = root.head.head
            for q in parties:
                if q.company != p.company and unit.dep_ == "appos" and unit.head == _root(q):
                    yield p, q


# the nouns of a stated supply tie ("Y's cloud provider X"), by lemma
TIE_NOUNS = frozenset({"provider", "partner", "supplier", "vendor", "customer"})


def supplier_ties(parties: list[Party], g: Gazetteer):
    """Background supply ties stated as fact: "X serves as Y's primary
    cloud provider", "Y's cloud partner X", "X is one of Y's biggest customers"."""
    for y in parties:
        root = _root(y)
        if root.dep_ != "poss":
            continue
        noun = root.head
        if noun.lemma_.lower() not in TIE_NOUNS:
            continue
        mods = {ch.lower_ for ch in noun.children if ch.dep_ in ("compound", "amod")}
        kind = "compute_purchase" if mods & {"cloud", "compute", "computing", "infrastructure"} else \
            "hardware_purchase" if mods & {"chip", "gpu", "hardware", "silicon"} else None
        if noun.lemma_.lower() == "customer":
            kind = kind or ("compute_purchase" if g.role(y.company, "cloud_providers") else
                            "hardware_purchase" if g.role(y.company, "chip_vendors") else None)
        if kind is None:
            continue
        head = noun.head if noun.dep_ == "pobj" else noun     # "served as Y's provider"
        subjects = [ch for ch in head.head.children if ch.dep_ in ("nsubj", "nsubjpass")] \
            if noun.dep_ in ("attr", "pobj", "oprd") else []
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":   # "counts A and B among its customers"
            subjects = [ch for ch in head.head.children if ch.dep_ == "dobj"]
        for x in parties:
            if x.company == y.company:
                continue
            xr = _root(x)
            linked = xr in subjects or _governing(xr) in subjects or \
                noun.dep_ == "appos" and noun.head in (xr, _governing(xr)) or \
                xr.dep_ == "appos" and xr.head == noun
            if not linked:
                continue
            if noun.lemma_.lower() == "customer":
                yield x, y, kind
            else:
                yield y, x, kind


ACTING_VERBS = frozenset(("act", "serve"))     # "A acts (serves) as its adviser": a role, not money


# passive verbs whose subject is a company another made or holds: the subject is the one held ("B was spun
# out of A", "carved out of A", "incubated by A", "founded by A", "controlled by A")
ORIGIN_VERBS = frozenset({"spin", "carve", "incubate", "found", "create", "form", "own", "control"})


def _modifies_other_noun(p: Party) -> bool:
    """Whether a company's name is not the head of the phrase it stands in but
    modifies another noun ("its stock of Nvidia H100s": chips held, no
    shares), so that the phrase's role is that noun's, not the company's."""
    m = p.mention
    return not m.token_start <= p.token.i < m.token_end


def _made_out_of(tok) -> bool:
    """Whether a name is what a company was made out of ("spun out of A", "carved out of A"): with a
    holding said in the sentence, its holder."""
    word = tok.head.head     # ("of" hangs from "out", or from the verb itself)
    if word.lower_ == "out" and word.head != word:
        word = word.head
    return word.lemma_.lower() in ORIGIN_VERBS


def investment_pairs(parties: list[Party], words: set[str], text: str):
    """(investor, investee) of the parties, by their roles: "from"/"by" give, "in"/"into" take,
    a subject raising or backed takes, another subject gives."""
    investors, targets, acting = [], [], []
    for p in parties:
        if p.mention.known.type != "Company" and not p.mention.via_reference:
            continue
        r = p.role
        if r in ("subj", "pobj:by") and p.verb in DOUBT_VERBS or r == "subj" and p.verb in SELL_VERBS:
            continue    # "A criticised the investment in B" ("... was criticised by A"), "A sold its stake to B"
        if r == "subj" and _buys_goods(p.token.head) and not _holding_in_main_clause(p.token.sent):
            acting.append(p)
            continue    # "A, in which C holds a stake, has been buying Nvidia GPUs": A buys goods, backs no one
        if r == "subj" and p.verb in ACTING_VERBS:
            acting.append(p)
            continue    # "..., with A acting as a technology partner": A's role, no money
        if r == "pobj:from" and from_customer(p.token):
            continue    # "with most of its revenue coming from A": a customer
        if r in ("pobj:by", "agent") and p.verb in BUILT_FOR:
            continue    # "a campus built (run) for A by B": B's work, no money into A
        if r in ("pobj:by", "agent") and p.verb in MANAGED_BY:
            continue    # "A, B and funds managed by C": C runs the funds, puts no money into A or B
        if r in ("pobj:from", "pobj:by", "agent") or r.startswith("poss:pobj:from") \
                or r == "pobj:of" and words & HOLDING and _made_out_of(p.token):
            investors.append(p)     # ("B was spun out of A, which keeps a stake": A)
        elif r in ("pobj:in", "pobj:into", "poss:pobj:in", "poss:pobj:into", "poss:pobj:to") or \
                (r == "poss:dobj" and words & {"round", "funding", "financing", "raise"}) or \
                (r == "pobj:of" and words & {"stock", "shares", "stake", "equity", "owns", "own", "holds",
                                             "percent", "%"} and not _modifies_other_noun(p)):
            targets.append(p)
        elif r == "subj":
            takes_stake = _takes_holding(p.token.head)
            grants = p.verb in ("grant", "issue", "give", "offer") and words & HOLDING
            if grants or (p.verb in ("raise", "secure", "receive", "get", "land", "close", "attract", "win", "issue")
                    or p.token.head.lemma_ in ("raise", "secure", "receive", "get", "issue", "land")
                    or _raises_too(p.token.head)) and not takes_stake:
                targets.append(p)
            elif backed(p, parties):
                targets.append(p)   # "CoreWeave, backed by Nvidia, operates ..."
            else:
                investors.append(p)
        elif r == "subjpass":
            # "X is backed by Y" names the target; "X is expected to invest" the investor
            # ("B was spun out of A, which keeps a stake": B came out of its holder, who invests in B)
            (targets if p.verb in ("back", "fund", "finance", "bankroll", "capitalize", "invest", "value")
             or p.verb in ORIGIN_VERBS else investors).append(p)
        elif r == "dative" and "warrant" in words:
            investors.append(p)
        elif r in ("attr", "dobj") and words & {"funders", "investors", "backers"}:
            investors.append(p)
    if re.search(r"\b(?:an?|the|its|largest|biggest|early|key|major|lead) (?:investor|backer|shareholder) in\b", text) and not targets:
        targets = [p for p in parties if p.role.startswith("pobj:in")]
    if not targets and investors:
        targets = [p for p in parties if p not in investors and p not in acting and p.mention.known.type == "Company"
                   and p.role in ("subj", "dobj", "poss:nsubj", "attr", "pobj:to", "pobj:for")
                   and not _suspended(p) and not _names_a_deal(p)]
    for inv in investors:
        owner = _clause_owner(inv, parties)
        for tgt in targets:
            if inv.company != tgt.company and (owner is None or tgt.company == owner.company
                                               or _clause_owner(tgt, parties) is owner):
                yield inv, tgt


def _buys_goods(verb: Token) -> bool:
    """Whether a subject's verb (or the one it agrees to: "agreed to pay B $30 million for access to GPUs") buys
    or pays for something other than a holding ("bought a 5% stake in B" takes one).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta agreed to pay Kovix $30 million for GPUs, and Acme bought a 5% stake in Kovix.")
    >>> _buys_goods(doc[1]), _buys_goods(doc[15])
    (True, False)
    """
    for v in (verb, *(ch for ch in verb.children if ch.dep_ == "xcomp")):
        if v.lemma_.lower() in GOODS_VERBS:
            return not _takes_holding(v)
    return False


def _takes_holding(verb: Token) -> bool:
    """Whether a verb's object is a holding ("took (bought) a 5% stake")."""
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in HOLDING for ch in verb.children)


def _holding_in_main_clause(sent: Span) -> bool:
    """Whether a sentence names a holding outside its relative clauses ("agreed to buy AMD GPUs, receiving a
    warrant for AMD shares"; not "A, in which C holds a stake, bought GPUs to stock its cloud").

    >>> from ingest.pipeline import load_nlp
    >>> [_holding_in_main_clause(load_nlp()(t)[:]) for t in ("A, in which C holds a stake, bought GPUs to stock it.",
    ...                                                     "A bought AMD GPUs, receiving a warrant for AMD shares.")]
    [False, True]
    """
    return any(t.lemma_.lower() in HOLDING and t.pos_ != "VERB" and not any(a.dep_ in ("relcl", "acl")
                                                                           for a in t.ancestors) for t in sent)


def _clause_owner(p: Party, parties: list[Party]) -> Party | None:
    """The party a relative clause around `p` is about: in "A, which raised
    $2 billion from B, and C, which ..." B's clause is about A alone."""
    for t in p.token.ancestors:
        if t.dep_ == "relcl":
            return next((q for q in parties if _root(q) == t.head), None)
    return None


def _raises_too(verb: Token) -> bool:
    """Whether a verb is coordinated with "raise" (money from no one named)
    sharing its subject: "A signs a deal with B, then raises $1.5 billion"
    (A raises; not "... and raised $1 billion from C", which names its own
    investor, nor "... and will receive warrants", a holding A gets)."""
    return any(ch.dep_ == "conj" and ch.lemma_.lower() == "raise"
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children)
               and not any(g.dep_ == "prep" and g.lower_ == "from" for g in ch.subtree) for ch in verb.children)


def _names_a_deal(p: Party) -> bool:
    """A name that only says whose deal a deal noun is ("fund the Dell purchase", "the Microsoft deal"):
    the deal is the object, not the company."""
    root = _root(p)
    return root.dep_ in ("compound", "poss") and root.head.lemma_.lower() in DEAL_WORDS


def _suspended(p: Party) -> bool:
    """A name whose hyphenated word is left out ("which is Acme- and
    Zeta-backed"): it modifies what follows, and is never the party backed."""
    doc, end = p.token.doc, p.mention.token_end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("and", "or")

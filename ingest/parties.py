"""Where a company stands in its sentence, for the older relation rules
(`ingest/relations.py`): the role of its phrase (subject, object, "in",
"from", "by", possessive) and the word that governs it, whether two parties
sit in one clause, and how far apart they are in the parse.

>>> from ingest.pipeline import load_nlp
>>> doc = load_nlp()("Acme invested in Beta while Gamma sued Delta.")
>>> _separated(doc[0], doc[3]), _separated(doc[0], doc[7])    # Acme-Beta, Acme-Delta
(False, True)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.strings import hash_string
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from .patterns.vocab import LEMMAS
from .pipeline import SUBJECTS, Mention
from .status import clause_status
from .walker import parse_of

FORMER = set(LEMMAS["former_word"])
HOLDINGS = frozenset(LEMMAS["holding_noun"])
RAISES = frozenset(LEMMAS["raise_verb"])
ENDS = frozenset(LEMMAS["end_verb"])
# objects that end no tie: "its shares dropped 5%", "A dropped its bid", "A ended the quarter with ..."
_NOT_ENDED = {"%", "percent", "point", "share", "price", "plan", "bid", "offer", *LEMMAS["period_noun"], "week", "day",
              "session", "trading"}
DEBT = frozenset(LEMMAS["debt_word"])
EQUITY = frozenset(LEMMAS["equity_word"])
# the relations by which a clause's word holds what its money is: "secured a loan", "$2 billion in
# debt", "a loan was arranged", "raised $1 billion through a credit facility"
_MONEY_HELD = ("dobj", "nsubjpass", "attr")
_MONEY_AS = ("in", "of", "through", "via", "as")
SELLS = frozenset(LEMMAS["sell_verb"])
BUYS = frozenset(LEMMAS["acquire_verb"])


@dataclass(slots=True)
class Party:
    mention: Mention
    company: str
    token: Token
    role: str       # subj, subjpass, pobj:<prep>, dobj, dative, poss, other
    verb: str       # lemma of the governing verb or noun


def _governing(tok: Token) -> Token:
    """Climb compounds, appositions, conjunctions and possessives to the phrase's own role."""
    seen = 0
    while tok.dep_ in ("compound", "conj", "appos", "flat", "amod", "nmod") and tok.head != tok and seen < 8:
        tok = tok.head
        seen += 1
    return tok


# people named by the company they hold or work for: "Acme shareholders will receive ...", "Acme's
# employees": the company is none of them
MEMBER_NOUNS = frozenset({"shareholder", "stockholder", "holder", "employee", "staff", "worker"})


# what a company started as inside another: "a spinout from B", "a spin-off of B"
SPUN_OUT = frozenset({"spinout", "spinoff", "spin-out", "spin-off", "offshoot"})


def _spun_out(noun: Token) -> bool:
    """Whether a word is a spin-out's noun, whole or hyphenated ("spin-out", which the parser may split)."""
    return noun.lower_ in SPUN_OUT or noun.lower_ in ("out", "off") and noun.i >= 2 \
        and noun.doc[noun.i - 2:noun.i + 1].text.lower() in SPUN_OUT


def _party(m: Mention, doc: Doc, company: str) -> Party:
    root = _mroot(doc, m)
    tok = _governing(root)
    role, verb = "other", tok.head.lemma_.lower()
    if root.dep_ in ("compound", "amod", "nmod") and tok.lemma_.lower() in MEMBER_NOUNS \
            or tok.dep_ == "poss" and tok.head.lemma_.lower() in MEMBER_NOUNS:
        return Party(m, company, tok, role, verb)
    if tok.dep_ == "poss":
        role = "poss"
        owner = _governing(tok.head)
        if owner.dep_ == "pobj":
            role = f"poss:pobj:{owner.head.lower_}"
        elif owner.dep_ in ("nsubj", "nsubjpass", "dobj"):
            role = f"poss:{owner.dep_}"
    elif tok.dep_ == "pobj" and _spun_out(tok.head.head):
        return Party(m, company, tok, role, verb)   # "A, a spinout from B, raised ... from C": B is no backer
    elif tok.dep_ == "pobj":
        role, verb = f"pobj:{tok.head.lower_}", tok.head.head.lemma_.lower()
    elif tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr", "agent"):
        role = {"nsubj": "subj", "nsubjpass": "subjpass"}.get(tok.dep_, tok.dep_)
    elif tok.dep_ == "ROOT":
        role = "subj"
    return Party(m, company, tok, role, verb)


def _separated(a: Token, b: Token) -> bool:
    """Whether two parties sit in different clauses: the parse path between
    them crosses a clause with a subject of its own (an adverbial clause,
    a parenthetical, a second coordinated predicate: "invests in X, and Y
    undercuts Z"), or a relative clause about something other than a party.
    A participle or a shared-subject predicate ("..., announcing that ...",
    "will open sites with X and build more with Y") keeps the clause."""
    walks = _walks(a.doc)     # the words on the path read from the parse's columns, no Token made
    met = walks.between(a.i, b.i)
    if met is None:
        return True
    common, below_a, below_b = met
    deps, pos, heads, ids = walks.deps, walks.pos, walks.heads, walks.ids
    for i in below_a + below_b:
        dep = deps[i]
        clause = dep in ids.clauses or dep == ids.conj and pos[i] in _VERBS
        if not clause or not any(deps[ch] in ids.subjects for ch in walks.parse.children(i)):
            continue
        if dep == ids.relcl and heads[i] in (a.i, b.i, common):
            continue
        return True
    return False


_VERBS = {VERB, AUX}    # part-of-speech ids, as the parse's POS column holds them


@dataclass(frozen=True, slots=True)
class _DepIds:
    """The dependency labels `_separated` reads, as the parse's DEP column holds them."""
    clauses: frozenset[int]     # advcl, parataxis, relcl
    conj: int
    relcl: int
    subjects: frozenset[int]    # SUBJECTS


@lru_cache(maxsize=4)
def _dep_ids(strings) -> _DepIds:
    return _DepIds(frozenset(strings.add(d) for d in ("advcl", "parataxis", "relcl")), strings.add("conj"),
                   strings.add("relcl"), frozenset(strings.add(d) for d in SUBJECTS))


def ended(a: Token, b: Token) -> bool:
    """Whether the tie between two parties is one the sentence says is over:
    the parse path between them passes a word marked as past ("A's former
    cloud provider B", "A, an ex-investor in B", "A was once an investor
    in B", "A is no longer a backer of B", "A used to buy capacity from B",
    "B, once backed by A,"); an old tie not said to be over ("A, an early
    investor in B", "A previously invested in B") still counts (GUIDELINES
    "Background ties count").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme, a former backer of Beta, and Gamma, an early backer of Delta, met.")
    >>> ended(doc[0], doc[6]), ended(doc[8], doc[14])
    (True, False)
    """
    walks = _walks(a.doc)
    met = walks.between(a.i, b.i)
    if met is None:
        return False
    common, below_a, below_b = met
    path = below_a + [common] + below_b
    marked = walks.maybe_past()
    if walks.heads[common] in marked and _ended_object(a.doc[common]):
        path.append(walks.heads[common])    # "A ended its contract with B": every tie through the contract
    if marked.isdisjoint(path):
        return False        # no word on the path can be marked as past: the usual case, with no Token made
    on_path = set(path)
    deps, conj = walks.deps, walks.ids.conj
    # a marked verb's other coordinated clause is not over: "A once rented servers from B and now buys from C"
    # a verb of ending ends the tie through its object only: "A ditched B for C" leaves A's tie with C
    return any(i in marked and walks.past(i) and not any(deps[ch] == conj and ch in on_path
                                                          for ch in walks.parse.children(i))
               and _ends_through(a.doc[i], on_path) for i in path)


def _ends_through(tok: Token, on_path: set[int]) -> bool:
    """Whether a word marked as past marks the path: any word but a verb of
    ending, which ends the tie through its own object or the role it had ("A
    dropped B", "A ended its contract with B", "A dropped B as its
    provider"), not with the one it went to instead ("A ditched B for C")."""
    if tok.lemma_.lower() not in ENDS:
        return True
    for ch in tok.children:
        if ch.i not in on_path:
            continue
        if ch.dep_ == "prep" and ch.lower_ == "as":
            return True
        if ch.dep_ in ("dobj", "npadvmod"):
            return not any(g.dep_ == "prep" and g.lower_ == "for" and g.i in on_path for g in ch.children)
    return False


def lent(a: Token, b: Token | None = None) -> bool:
    """Whether the money between two parties is debt: a word on the parse
    path between them (from `a` to its clause's root where the other is not
    in the sentence) is, or holds as its object, a loan, debt, notes or a
    credit facility ("A secured a $2 billion loan from B", "A raised $500
    million in debt financing led by B", "B provided $2 billion of debt to
    A"). A loan is no investment (GUIDELINES "Commitment kinds": the holder
    of a stake, warrant or option invests); equity beside the debt ("$500
    million in equity and debt") or notes that turn into shares
    ("convertible notes") keep the investment.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme secured a loan from Zorb, and Vexa raised $5 million in equity and debt from Kite.")
    >>> lent(doc[0], doc[5]), lent(doc[8], doc[18])
    (True, False)
    """
    walks = _walks(a.doc)
    if b is None:
        path = walks.chain(a.i)
    else:
        met = walks.between(a.i, b.i)
        if met is None:
            return False
        common, below_a, below_b = met
        path = below_a + [common] + below_b
    doc = a.doc
    # a verb reached from its coordinated verb holds its own clause's object, not the other's:
    # "A took out a loan from C and raised $5 billion in equity from B" (B's money is equity)
    joined = {doc[i].head.i for i in path if doc[i].dep_ == "conj" and doc[i].head.i in path}
    return any(_debt(doc[i]) if i in joined else _holds_debt(doc[i]) for i in path)


def _holds_debt(tok: Token) -> bool:
    """A word that is debt, or whose object (or the sum it holds, "$2 billion in
    debt") is."""
    if _debt(tok) or _sum_in_debt(tok):
        return True
    return any(ch.dep_ in _MONEY_HELD and (_debt(ch) or _sum_in_debt(ch)) for ch in tok.children)


def _sum_in_debt(tok: Token) -> bool:
    """"$2 billion in (of, through) debt": a preposition of what money is, whose object is debt."""
    return any(ch.dep_ == "prep" and ch.lower_ in _MONEY_AS and any(g.dep_ == "pobj" and _debt(g) for g in ch.children)
               for ch in tok.children)


def _debt(tok: Token) -> bool:
    """A noun of debt ("loan", "debt", "bonds"), or a noun of money a debt word
    modifies ("debt financing", "a credit facility", "a line of credit"),
    with no equity beside it ("equity and debt", "convertible notes")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    mods = [ch for ch in tok.children if ch.dep_ in ("compound", "amod", "nmod")]
    if any(m.lemma_.lower() in EQUITY for m in mods) or any(c.lemma_.lower() in EQUITY for c in tok.conjuncts):
        return False
    if lemma in DEBT and lemma != "credit":
        return True
    if any(m.lemma_.lower() in DEBT and m.lower_ != "credits" and not any(
            c.lemma_.lower() in EQUITY for c in m.conjuncts) for m in mods):
        return True
    return lemma == "line" and any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        g.lemma_.lower() == "credit" for g in ch.children) for ch in tok.children)


def raised_by_another(investor: Token, investee: Token) -> bool:
    """Whether the parse path between an investor and an investee passes a
    verb of raising money "from" someone whose raiser is another company
    (or the investor itself, then no giver): the investor's
    money went to that company, not to the investee ("A raised $40 million,
    more than the $25 million C raised from B": B is C's investor, never A's;
    "... compared with the $250 million C took from B"). A raiser named by a
    pronoun ("B, which raised $5 billion from D") is the investee itself.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Cohere raised $40 million, more than the $25 million Mistral raised from Samsung.")
    >>> raised_by_another(doc[15], doc[0]), raised_by_another(doc[15], doc[12])
    (True, False)
    """
    walks = _walks(investor.doc)
    met = walks.between(investor.i, investee.i)
    if met is None:
        return False
    common, below_a, below_b = met
    doc = investor.doc
    own = {investee.i, _governing(investee).i}
    for i in below_a + [common] + below_b:
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RAISES \
                or not any(ch.dep_ == "prep" and ch.lower_ == "from" for ch in verb.children):
            continue    # money got from someone only (not "A is taking a stake in B", "A, taking part")
        if any(ch.dep_ == "dobj" and ch.lemma_.lower() in HOLDINGS for ch in verb.children):
            continue    # a holding got, no money: "A received from B a warrant for B shares" (A holds it)
        raiser = verb.head if verb.dep_ == "acl" else next(
            (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if raiser is not None and raiser.pos_ == "PROPN" and _governing(raiser).i not in own \
                and raiser.i not in own:
            return True
    return False


def sold_off(holder: Token, investee: Token) -> bool:
    """Whether the sentence says the holder's stake in the investee changes
    hands, the holder selling it: "A sold its stake in B", "C bought A's
    stake in B", "a stake in B was sold by A", "C acquired a stake in B from
    A". The seller is no longer a holder of the stake (GUIDELINES "Stakes
    and warrants": the holder invests); a sale only planned or hedged ("A
    plans to sell its stake", "A's stake in B could be sold") or of a part
    ("A sold part of its stake in B") leaves it one.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme bought Zorb's stake in Vexa from Kite.")
    >>> sold_off(doc[2], doc[6]), sold_off(doc[0], doc[6])     # Zorb, Acme
    (True, False)
    """
    inv = _governing(investee)
    prep = inv.head
    if inv.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.head.lemma_.lower() not in HOLDINGS:
        return False
    holding = prep.head
    verb = holding.head
    lemma = verb.lemma_.lower()
    if holding.dep_ not in ("dobj", "nsubjpass") or lemma not in SELLS | BUYS:
        return False
    done = verb.tag_ in ("VBD", "VBN") or verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "agree"
    if not done or clause_status(verb, "announced") != "announced":
        return False    # "A's stake in B could be sold", "A plans to sell its stake in B": A holds it still
    seller = _governing(holder)
    if seller.dep_ == "poss" and seller.head == holding:
        # "A sold its stake", "C bought A's stake"; not "C bought its first stake" (its own)
        return lemma in SELLS or seller.pos_ != "PRON"
    if lemma in SELLS:      # "A sold a stake in B", "a stake in B was sold by A", "A agreed to sell ..."
        # (the subject may be the one of the verb the sale completes, "A agreed to sell its stake",
        # or the noun of its relative clause, "A, which sold its stake in B, ...")
        return seller.dep_ == "nsubj" and holding.dep_ == "dobj" \
            and (seller.head == verb or verb.dep_ == "xcomp" and seller.head == verb.head) \
            or verb.dep_ == "relcl" and seller == verb.head and holding.dep_ == "dobj" \
            or seller.dep_ == "pobj" and seller.head.dep_ == "agent" and seller.head.head == verb
    # "C acquired a stake in B from A"
    return seller.dep_ == "pobj" and seller.head.lower_ == "from" and seller.head.head in (verb, holding)


def _ended_object(tok: Token) -> bool:
    """The object of a verb of ending a tie ("its contract" in "A ended its contract with B")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ENDS


@lru_cache(maxsize=4)
def _marked_past(tok: Token) -> bool:
    """A word of a tie said to be over: "former provider", "ex-investor",
    "was once", "formerly rented", "no longer", "used to buy", a verb of
    ending it with its object ("dropped B as its provider", "ended its
    contract with B"; not "its shares dropped 5%")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "-" and doc[tok.i - 2].lower_ in FORMER:
        return True     # "ex-investor", which the tokenizer splits
    for ch in tok.children:
        word = ch.lower_
        if ch.dep_ in ("amod", "advmod", "compound", "nmod") and (
                word in FORMER or word == "time" and any(g.lower_ == "one" for g in ch.children)):
            return True     # "former", "one-time" (split as one / - / time)
        if ch.dep_ == "advmod" and (word == "once" and _once_in_past(ch)
                                    or word == "longer" and any(g.lower_ == "no" for g in ch.children)):
            return True     # "A was once", "B, once backed by A,", "no longer"
    if tok.lemma_.lower() in ENDS and any((ch.dep_ == "dobj" and ch.pos_ in ("NOUN", "PROPN") or ch.dep_ == "npadvmod"
                                          and ch.pos_ == "PROPN") and ch.lemma_.lower() not in _NOT_ENDED
                                         for ch in tok.children):
        return True     # "A dropped B as its cloud provider", "A ended its contract with B", "A severed ties with B"
    return tok.lower_ == "used" and not any(ch.dep_ == "dobj" for ch in tok.children) and any(
        ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children) for ch in tok.children)


def _once_in_past(once: Token) -> bool:
    """"once" meaning at one time, after its clause's subject ("A was once
    an investor", "A once rented") or opening a participle about the noun
    before its comma ("B, once backed by A,"); not "once" opening a clause
    ("... rose once the company disclosed", "Once backed by A, B grew")."""
    verb = once.head
    if any(ch.dep_ in SUBJECTS and ch.i < once.i for ch in verb.children):
        return True
    return not any(ch.dep_ in SUBJECTS for ch in verb.children) and once.i >= 2 \
        and once.doc[once.i - 1].lower_ == "," and once.doc[once.i - 2].pos_ in ("PROPN", "NOUN")


class _Walks:
    """Each token's head, by index, and the chains up the parse already
    walked: for walks up the parse without making Token objects."""

    def __init__(self, doc: Doc):
        self.parse = parse_of(doc)
        self.heads = self.parse.heads
        self.pos, self.deps = self.parse.columns[2:4]
        self.ids = _dep_ids(doc.vocab.strings)
        self.chains: dict[int, list[int]] = {}
        self._maybe_past: frozenset[int] | None = None
        self._past: dict[int, bool] = {}

    def chain(self, i: int) -> list[int]:
        """Word i and its ancestors, by index, nearest first (do not modify); walked once per word."""
        out = self.chains.get(i)
        if out is None:
            heads, start = self.heads, i
            out = [i]
            while heads[i] != i:
                i = heads[i]
                out.append(i)
            self.chains[start] = out
        return out

    def between(self, i: int, j: int) -> tuple[int, list[int], list[int]] | None:
        """The nearest ancestor words i and j share, with the words below it
        on each side (nearest first), or None where they share none."""
        up_i, up_j = self.chain(i), self.chain(j)
        on_j = set(up_j)
        common = next((k for k in up_i if k in on_j), None)
        if common is None:
            return None
        return common, up_i[:up_i.index(common)], up_j[:up_j.index(common)]

    def maybe_past(self) -> frozenset[int]:
        """The words `_marked_past` may hold for, found once per doc from the
        LOWER column: the head of a "former", "time", "once" or "longer", a
        "used", a word after "ex -"; and from the LEMMA column, a verb of
        ending a tie. Every other word is not marked."""
        if self._maybe_past is None:
            lowers, heads = self.parse.columns[1], self.heads
            out = set()
            if not _PAST_CUES.isdisjoint(lowers):
                for i, lower in enumerate(lowers):
                    if lower not in _PAST_CUES:
                        continue
                    if lower == _USED:
                        out.add(i)
                    elif lower == _DASH:
                        if i >= 1 and lowers[i - 1] in _FORMER_IDS:
                            out.add(i + 1)      # "ex - investor"
                    else:
                        out.add(heads[i])
            lemmas = self.parse.columns[0]
            if not _END_IDS.isdisjoint(lemmas):     # "A dropped B as its provider"
                out.update(i for i, lemma in enumerate(lemmas) if lemma in _END_IDS)
            self._maybe_past = frozenset(out)
        return self._maybe_past

    def past(self, i: int) -> bool:
        """`_marked_past` of word i, worked out once per doc."""
        held = self._past.get(i)
        if held is None:
            held = self._past[i] = _marked_past(self.parse.doc[i])
        return held


# the words `_marked_past` reads (FORMER, and "time", "once", "longer" below the
# marked word, or "used" itself), by their LOWER ids as the parse's column holds them
_FORMER_IDS = frozenset(hash_string(w) for w in FORMER)
_USED, _DASH = hash_string("used"), hash_string("-")
_PAST_CUES = _FORMER_IDS | {hash_string(w) for w in ("time", "once", "longer")} | {_USED, _DASH}
_END_IDS = frozenset(hash_string(w) for w in ENDS)


@lru_cache(maxsize=4)
def _walks(doc: Doc) -> _Walks:
    return _Walks(doc)


REVENUE = frozenset(LEMMAS["revenue_noun"])


def from_customer(pobj: Token) -> bool:
    """Whether "from A" says where a company's revenue comes from, not its
    money: "most of its revenue comes from A", "with sales coming from A",
    "revenue from A" (A is a customer, no investor).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zorb raised $2 billion, with most of its revenue coming from Acme.")
    >>> from_customer(doc[13]), from_customer(doc[2])
    (True, False)
    """
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.lower_ != "from":
        return False
    head = prep.head
    if head.lemma_.lower() in REVENUE:
        return True
    if head.pos_ == "NOUN" and any(ch.dep_ in ("acl", "relcl") and ch.lemma_.lower() in BUYING for ch in head.children):
        return True     # "won a $250 billion commitment from A to buy its cloud services": A buys
    subjects = [ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    if head.dep_ == "acl":      # "with most of its revenue coming from A": the participle's noun
        subjects.append(head.head)
    for s in subjects:
        if s.lemma_.lower() in REVENUE or any(g.lemma_.lower() in REVENUE for p in s.children if p.dep_ == "prep"
                                              for g in p.children if g.dep_ == "pobj"):
            return True
    return False


# what a commitment "from" a customer is to do: "a commitment from A to buy (rent, use) ..."
BUYING = frozenset(LEMMAS["acquire_verb"] + LEMMAS["spend_verb"] + ["rent", "lease", "use"]) \
    - {"invest", "pour", "commit"}


def _root(p: Party) -> Token:
    return _mroot(p.token.doc, p.mention)


def _mroot(doc: Doc, m: Mention) -> Token:
    """A mention's syntactic head, computed once."""
    return m.head(doc)


def _does(p: Party, verbs: set[str]) -> bool:
    """Whether a subject's verb, or the verb it governs ("agreed to provide"), is one of these."""
    head = p.token.head
    return p.verb in verbs or any(ch.dep_ == "xcomp" and ch.lemma_.lower() in verbs for ch in head.children)


def company_at(mentions: list[Mention]) -> dict[int, str]:
    """The company each word of a company mention stands for (a product's words stand for its owner)."""
    return {i: m.company for m in mentions if m.company for i in range(m.token_start, m.token_end)}


# words that make a bracketed figure something other than the deal's size: "A (valued at $5 billion)"
_BRACKET_NOT_DEAL = frozenset(("value", "valuation", "revenue", "sale", "sales", "market", "cap", "capitalization",
                               "total", "raise", "raised", "profit", "loss"))


def bracketed_for(tok: Token, at: dict[int, str]) -> str | None:
    """The company named just before the brackets a deal's figure stands in,
    in a list of deals each sized in brackets ("contracts with A ($14
    billion) and B ($3 billion)"); None for a figure in no such brackets, or
    one the brackets call something else ("A (valued at $5 billion)").
    `at`: `company_at` of the sentence's mentions.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta signed deals with Orbis ($2 billion) and Kovix (worth $1 billion).")
    >>> at = {4: "Orbis", 11: "Kovix"}
    >>> bracketed_for(doc[8], at), bracketed_for(doc[16], at), bracketed_for(doc[0], at)
    ('Orbis', 'Kovix', None)
    """
    doc, k = tok.doc, tok.i - 1
    while k > 0 and tok.i - k <= 8 and doc[k].text not in ("(", ")", ".") \
            and doc[k].lemma_.lower() not in _BRACKET_NOT_DEAL:
        k -= 1
    if k < 1 or doc[k].text != "(":
        return None
    return at.get(k - 1)


def rented_goods(tok: Token) -> bool:
    """Whether a name stands in the goods its verb rents in, as their brand: "rent 4,000 Nvidia GPUs", "rent a
    cluster of Nvidia chips" (someone else's chips, rented: no sale by their maker); not a place or platform named
    with a preposition, whose owner is the seller ("rent GPU capacity on SoftBank's platform", "at B's data centre").
    Goods hosted by a company named are rented from it whatever the verb, unless bought ("committed to 40,000
    Nvidia GPUs hosted by B").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("A will rent a cluster of Nvidia chips through B and capacity on Zeta's platform.")
    >>> rented_goods(doc[6]), rented_goods(doc[13])
    (True, False)
    """
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.lemma_.lower() not in _KEPT and _hosted_by_other(tok, verb):
        return True     # "committed to 40,000 Nvidia GPUs hosted by B": B's capacity (not chips bought, then run)
    if verb is None or not rents_in(verb) or not _rented_from_someone(verb):
        return False
    path = [a for a in tok.ancestors if verb in a.ancestors]
    if any(ch.dep_ in ("relcl", "acl") and ch.lemma_.lower() in _BOUGHT for a in path for ch in a.children):
        return False    # goods bought, then let: "rent Nvidia GPUs it bought for $1 billion to Microsoft"
    return all(a.dep_ != "prep" or a.lower_ == "of" for a in path)


_BOUGHT = frozenset({"buy", "purchase", "order", "acquire"})
_KEPT = _BOUGHT | {"deploy"}    # goods the buyer keeps, whoever runs them
# goods run for someone by their owner: "GPUs hosted (operated) by B"
_HOSTING = frozenset({"host", "operate", "run", "house"})


def _hosted_by_other(tok: Token, verb: Token) -> bool:
    """Whether the goods a name stands in, below `verb`, are said to be hosted
    by someone named ("40,000 Nvidia GPUs hosted by B").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("A committed to 40,000 Nvidia GPUs hosted by B.")
    >>> _hosted_by_other(doc[4], doc[1])
    True
    """
    for noun in (a for a in [tok, *tok.ancestors] if verb in a.ancestors):
        if any(ch.dep_ == "acl" and ch.lemma_.lower() in _HOSTING and any(
                g.dep_ == "agent" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in g.children)
                for g in ch.children) for ch in noun.children):     # (by a name: not "run by its own team")
            return True
    return False


_RENTED_FROM = frozenset({"from", "through", "via", "on", "at", "with", "in"})


def _rented_from_someone(verb: Token) -> bool:
    """Whether a renting verb says where or from whom ("rent GPUs through the network", "an agreement with B to rent
    a cluster", "rent chips in a data centre"); with no one named ("rent 4,000 Nvidia GPUs for $200 million") the
    chips' maker is the seller (GUIDELINES "Capacity with no seller named")."""
    heads = [verb, *(a for a in verb.ancestors if a.pos_ in ("NOUN", "VERB"))][:3]
    return any(ch.dep_ == "prep" and ch.lower_ in _RENTED_FROM and (h is verb or ch.lower_ == "with")
               for h in heads for ch in h.children)


def rents_in(verb: Token) -> bool:
    """Whether a verb rents goods in, not out: "A will rent Nvidia GPUs" (from whoever owns them), not "A rents out
    its GPUs" or "A leases servers to B".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("A will rent Nvidia GPUs, and B rents out its GPUs to C.")
    >>> rents_in(doc[2]), rents_in(doc[8])
    (True, False)
    """
    return verb.lemma_.lower() in RENT_VERBS and not any(
        ch.dep_ == "prt" or ch.dep_ in ("prep", "dative") and ch.lower_ == "to" for ch in verb.children)


RENT_VERBS = frozenset(LEMMAS["rent_verb"])


def brand_only(tok: Token, vendor: str, at: dict[int, str], sells_goods=lambda company: False) -> bool:
    """Whether a chip vendor is named only as the brand of goods bought from
    another company: in "A will rent clusters of Nvidia H200 processors from
    B" the verb above Nvidia names B as its seller ("from", "with",
    "through", "via", or "at" a site of B's); not in "A will buy Nvidia
    chips". `at`: `company_at` of the sentence's mentions; `sells_goods`: whether
    a company is known to sell hardware (a server maker the buying clause
    agreed "with": `_seller_above`).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta will rent clusters of Nvidia H200 processors from CoreWeave.")
    >>> brand_only(doc[5], "NVIDIA", {9: "CoreWeave"}), brand_only(doc[5], "NVIDIA", {})
    (True, False)
    >>> doc = load_nlp()("Zeta will buy Dell servers fitted with Nvidia H200 accelerators.")
    >>> brand_only(doc[7], "NVIDIA", {3: "Dell", 7: "NVIDIA"})
    True
    """
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(ch.dep_ in ("compound", "poss")
                                                         and at.get(ch.i) not in (None, vendor)
                                                         for ch in verb.head.children):
        return True     # the parts of another vendor's goods: "buy Dell servers fitted with Nvidia accelerators"
        #                 (a participle, not "A's agreement to buy Nvidia chips")
    # the buyer's own site names no seller: "deploy Nvidia GPUs at its own data centre"
    own = {at.get(t.i) for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass") for t in ch.subtree}
    # (the parser may hang the seller or the place on the goods: "rent H200 capacity at B's site")
    for word in [a for a in [tok, *tok.ancestors] if a.i != verb.i and verb in a.ancestors] + [verb]:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in SELLER_PREPS:
                continue
            if word != verb and prep.left_edge.i <= tok.i <= prep.right_edge.i:
                continue    # the vendor's own phrase ("deals with Nvidia and AMD")
            sellers = {at.get(t.i) for t in prep.subtree} - {None, vendor} - (own if prep.lower_ == "at" else set())
            if sellers:
                return True
    return _seller_above(verb, vendor, at, sells_goods)


def _seller_above(verb: Token, vendor: str, at: dict[int, str], sells_goods) -> bool:
    """Whether the clause a buying infinitive completes names, "with" (or
    "from") it, another company known to sell hardware (`sells_goods`): "A
    agreed with Dell to buy Nvidia racks", "A signed a deal with Dell to buy
    Nvidia GPUs" (Dell sells; Nvidia is the racks' brand); not an adviser or
    a partner buying alongside ("A agreed with Goldman Sachs to buy Nvidia
    chips").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta agreed with Dell to buy Nvidia racks.")
    >>> at = {3: "Dell", 6: "NVIDIA"}
    >>> _seller_above(doc[5], "NVIDIA", at, lambda c: c == "Dell"), _seller_above(doc[5], "NVIDIA", at, lambda c: False)
    (True, False)
    """
    word = verb
    for _ in range(3):
        if word.dep_ not in ("xcomp", "acl", "dobj") or word.head == word:
            return False
        word = word.head
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "from") and not prep.is_ancestor(verb) \
                    and any(sells_goods(c) for c in {at.get(t.i) for t in prep.subtree} - {None, vendor}):
                return True
    return False


# the prepositions that name a seller of goods, or a seller's site: "from B", "at B's data centre"
SELLER_PREPS = frozenset({"from", "with", "through", "via", "at"})


# what capacity is said to run on: "capacity built on (based on, powered by) Nvidia systems"
BASIS_VERBS = frozenset({"build", "base", "power", "run", "equip"})


def capacity_basis(tok: Token, compute_words: set[str]) -> bool:
    """Whether a chip vendor is named as what some capacity runs on ("$38
    billion of AWS capacity built on Nvidia GB200 systems"): the capacity is
    the deal's, and its seller the cloud's, not the chips' vendor.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("A signed a deal for AWS capacity built on Nvidia GB200 systems.")
    >>> capacity_basis(doc[9], {"capacity"})
    True
    """
    participle = next((a for a in tok.ancestors if a.dep_ in ("acl", "amod") and a.lemma_.lower() in BASIS_VERBS),
                      None)
    return participle is not None and participle.head.lemma_.lower() in compute_words


def _under(tok: Token, lemmas: set[str]) -> bool:
    return any(t.lemma_.lower() in lemmas for t in tok.ancestors)


def _nearest(candidates: list[Party], other: Party) -> list[Party]:
    """The candidate nearest another party in the parse, with those
    coordinated with it ("A and B will buy ..."): one deal per phrase."""
    if not candidates:
        return []
    best = min(candidates, key=lambda p: (_tree_distance(p.token, other.token), abs(p.token.i - other.token.i)))
    return [best] + [p for p in candidates if p is not best and p.token in best.token.conjuncts
                     and p.company != best.company]


def _tree_distance(a: Token, b: Token) -> int:
    walks = _walks(a.doc)
    index = {t: n for n, t in enumerate(walks.chain(a.i))}
    for n, t in enumerate(walks.chain(b.i)):
        if t in index:
            return n + index[t]
    return 99

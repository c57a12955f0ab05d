"""Which deal each figure belongs to, for the older rules' deals
(`ingest/relations.py`) and for deals whose figure a later sentence gives.

A figure belongs to the clause it sits in: it must be reached from a word
of the deal's kind, and of those the one nearest both parties in the parse
wins ("invest up to $10 billion", "purchase $30 billion of compute"). A
valuation, a revenue, a round's total or a sum of several deals is no
deal's figure. "The order is worth $5 billion" in a later sentence goes to
the one deal stated before that it can mean.

>>> from ingest.figures import deal_amount, money
>>> [deal_amount(t, money(t)[0]) for t in ("invest $2 billion", "a valuation of $2 billion")]
[True, False]
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from . import figures
from .figure_words import SECONDARY_RANK, from_whom, on_top, rank_by_age, secondary, site_size, spent_clause
from .parties import Party, _separated, _tree_distance, _under, bracketed_for
from .patterns.rule_words import (AGGREGATE, COMPANY_VALUE, DEAL_NOUN, DEAL_NOUNS, HOLDING, KIND_WORDS, PURCHASE, RAISE,
                                  ROUND, SPECIFIC, STAKE, VALUE_VERBS)
from .patterns.vocab import LEMMAS
from .pipeline import Mention
from .sentences import SentenceFacts, Sentences, by_sentence

if TYPE_CHECKING:
    from .relations import Candidate

# a figure of the sentence with its head token and the words that say what it is
Sized = tuple[figures.Figure, Token, set[str]]
# the kinds whose deal a figure sizing a deal noun ("in a deal worth $2 billion")
# is read as first; a partnership's only where the sentence states none of these
MONEY_KINDS = ("investment", "acquisition", "compute_purchase", "hardware_purchase")
# how a figure that sizes a deal noun of its own sentence ranks (below one the
# parse ties to the deal's own word, above one a later sentence gives)
SIZED_DEAL_RANK = 25
# nouns of a deal's size ("a deal whose value is put at $9 billion")
SIZE_NOUNS = {"value", "price", "cost", "worth", "size", "tag"}
# currency words the parse may read as the noun a figure measures ("$90 billion USD")
CURRENCY_NOUNS = {"usd", "dollars", "dollar", "us$"}


def rule_figures(found: list[Candidate], facts: SentenceFacts, parties: list[Party],
                 caps: list[figures.Figure]) -> None:
    """Give each of a sentence's deals (the older rules') the figure its
    grammar ties to it (`attach_figure`), then take back the figures that
    are sums of several deals (`drop_shared`). A figure that is a company's
    or a holding's size (`own_size`) is no deal's."""
    if not found:
        return
    text = facts.text
    companies = {i for p in parties if p.mention.known.type == "Company"
                 for i in range(p.mention.token_start, p.mention.token_end)}
    # each figure's token and clause words, worked out once for all the deals
    money = []
    for f in facts.money:
        tok = facts.token(f) if facts.deal_amount(f) else None
        if tok is not None and not own_size(tok, companies) and not of_many_deals(tok):
            money.append((f, tok, clause_words(tok)))
    round_talk = bool(money) and any(_under(p.token, ROUND) for p in parties)
    # a site's size is no deal's capacity ("at a 1.4 gigawatt campus")
    sized = [(f, tok) for f in caps if not ((tok := facts.token(f)) is not None and site_size(tok))]
    for c in found:
        attach_figure(c, money, sized, parties, round_talk)
    drop_shared(found, text)


def drop_shared(found: list[Candidate], text: str) -> None:
    """One figure held by several deals of one kind is their sum, no deal's
    own ("A and B invested $2 billion in C", "$1.4 trillion of commitments,
    among them deals with A, B and C"), unless it is "... each" (for
    investments, several investors in one company); and a
    partnership keeps no figure that another kind of deal of the sentence
    holds (a three-way alliance in which A buys $30 billion of B's cloud).

    >>> drop_shared([], "")
    """
    dropped = []
    for c in found:
        f = c.amount
        if f is None:
            continue
        # investors: several in one company ("$2 billion from A and B" is the
        # round's); a purchase's figure: any other pair ("deals with A, B and C")
        pairs = {(d.src, d.dst) for d in found if d.kind == c.kind and d.amount is f
                 and (c.kind != "investment" or d.dst == c.dst)}
        if len(pairs) > 1 and not re.match(r"\s*each\b", text[f.end:]) or \
                c.kind == "partnership" and any(d.kind != "partnership" and d.amount is f for d in found):
            dropped.append(c)
    for c in dropped:
        c.amount, c.amount_rank = None, 99


def of_many_deals(tok: Token) -> bool:
    """A figure of several deals, no one deal's: "$1 trillion of
    infrastructure commitments, including deals with A, B and C", "$90
    billion of cloud contracts"; but "$40 billion of contracts with B" are
    the deals of one pair, and their sum is its figure.

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> of_many_deals(nlp("Acme has signed $90 billion of cloud contracts this year.")[5])
    True
    >>> of_many_deals(nlp("Acme has signed $40 billion of contracts with Oracle.")[5])
    False
    """
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in _MANY_DEALS
        and not any(w.dep_ == "prep" and w.lower_ in ("with", "from", "to") for w in p.children)
        for p in ch.children) for ch in tok.children)


# the nouns of a deal whose plural sized by a figure is a sum of deals
_MANY_DEALS = frozenset(LEMMAS["deal_noun"]) | frozenset(LEMMAS["invest_noun"])


def own_size(tok: Token, companies: set[int]) -> bool:
    """A figure that says how big something is, not what a deal moves: a
    company's size ("backed by the $1 trillion Acme Fund", "Acme, now worth
    $4 trillion,"; `companies`: the positions of company names) or a holding's worth ("a 27% stake, one
    worth roughly $100 billion", "shares valued at $2 billion").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("It holds a 10% stake in Acme, one worth about $9 billion.")
    >>> own_size(doc[14], set())
    True
    """
    if tok.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod") and tok.head.i in companies:
        return spent_clause(tok) is None    # "the $674 million A spent buying ..." is A's payment
    if values_something(tok):
        return True
    cur = tok.head.head if tok.head.lower_ == "at" else tok.head     # "valued at $2 billion"
    if cur.lemma_.lower() not in ("worth", "value") or cur.head == cur:
        return False
    held = cur.head
    if held.i in companies and cur.left_edge.i > 0 and tok.doc[cur.left_edge.i - 1].lower_ == ",":
        # set off by commas: "Nvidia, now worth $4 trillion,"; not "a deal with B worth $2 billion",
        # nor the other party of a sale noun: "A's contract with B, worth $3 billion," sizes the contract
        return not _party_of_sale(held)
    if held.lower_ == "one":                # "a stake, one worth ...": the noun "one" stands for
        before = [held.head] if held.dep_ == "appos" else \
            [t for t in held.head.children if t.dep_ == held.dep_ and t.i < held.i]
        held = before[-1] if before else held
    return held.lemma_.lower() in HOLDING


def _party_of_sale(name: Token) -> bool:
    """Whether a company is the object of a sale noun's preposition: "a
    contract with B", "an order from B", "the agreement between A and B"."""
    return _sale_of_party(name) is not None


def _sale_of_party(name: Token) -> Token | None:
    """The sale noun whose preposition has a company as its object ("a
    contract with B": contract), or None."""
    while name.dep_ == "conj" and name.head != name:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.head.lemma_.lower() in TRADE_NOUNS:
        return prep.head
    verb = prep.head    # "agreements A signed with B, worth $2 billion": the relative clause's noun
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in SIGNED_NOUNS and verb.head.pos_ == "NOUN":
        return verb.head
    # ("A signed a deal with B valued at $700 million": the parse hangs "with B" from the verb, whose object
    # the deal is)
    return next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.i < prep.i and ch.pos_ == "NOUN"
                 and ch.lemma_.lower() in TRADE_NOUNS), None) if verb.pos_ == "VERB" else None


# the nouns of a sale or a purchase ("contract", "order", "purchase"): proposals.SALE_NOUNS is the sale ones only
TRADE_NOUNS = frozenset(LEMMAS["sale_noun"]) | frozenset(LEMMAS["purchase_noun"])
# ... and every deal's, which a relative clause may say who signed ("agreements A signed with B")
SIGNED_NOUNS = TRADE_NOUNS | DEAL_NOUNS


def values_something(tok: Token) -> bool:
    """A figure a verb of value puts on its object: "(a round) which values
    B at $40 billion", "valuing it at $14 billion", "which it values at
    $300 billion": a valuation of B, never the deal's size (which "a deal
    valued at $2 billion", with no object, is).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme joined a round which values Zorb at $40 billion.")
    >>> values_something(doc[10]), values_something(doc[0])
    (True, False)
    >>> doc = load_nlp(None)("Acme bought Zorb in a transaction that people briefed valued at $1 billion.")
    >>> values_something(doc[13])
    False
    """
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return False
    verb = prep.head
    # (a deal valued in a relative clause values the deal: "in a transaction that people briefed valued at $1 billion")
    return verb.lemma_.lower() == "value" and verb.pos_ == "VERB" and any(
        ch.dep_ == "dobj" and not (ch.lower_ in ("that", "which") and verb.head.lemma_.lower() in SIGNED_NOUNS)
        for ch in verb.children)


def attach_figure(c: Candidate, money: list[Sized], caps: list[tuple[figures.Figure, Token | None]],
                  parties: list[Party], round_talk: bool) -> None:
    """Attach the figure the sentence's grammar ties to this deal.

    A figure belongs to the clause it sits in ("invest up to $10 billion",
    "purchase $30 billion of compute"): it must be reached from a word of
    the deal's kind, and among those the one nearest the two parties in
    the parse wins. A figure of another clause of the sentence ("... as
    the developer commits $30B to Azure") is not this deal's, nor is a
    capacity stated in another clause ("A will supply B with 6 GW, and B
    will pay C $300 billion").
    """
    src_toks = [p.token for p in parties if p.company == c.src]
    dst_toks = [p.token for p in parties if p.company == c.dst]
    ends = src_toks + dst_toks
    usd = [m for m in money if m[0].currency == "USD"] or money
    if c.kind in KIND_WORDS and usd:
        company_at = {p.token.i: p.company for p in parties} if c.kind == "investment" else {}
        others = [p.token for p in parties if p.company not in (c.src, c.dst)] if len(usd) > 1 else []
        first = min((t.i for t in ends), default=None)
        scored = []
        for f, tok, words in usd:
            # (its own by "from", or by brackets after its name: "with A ($150 million) and B ($80 million) ...")
            giver = from_whom(tok, company_at) or bracketed_for(tok, company_at) if c.kind == "investment" else None
            if giver is not None and giver != c.src:
                continue    # "$30 billion from A, $50 billion from B": B's figure is not A's
            if giver == c.src and not words & AGGREGATE:
                # the investor's own, whatever the verb; a running total below a new deal's
                scored.append((rank_by_age(tok), False, 0, 0, f))
                continue
            if words & AGGREGATE or c.kind == "investment" and words & COMPANY_VALUE:
                continue
            if c.kind == "investment" and (words & ROUND or round_talk and words & RAISE):
                continue    # "a $2 billion round", "raised $2 billion in a round led by X": the total
            if not words & KIND_WORDS[c.kind]:
                continue
            if all(_separated(tok, t) for t in src_toks) or all(_separated(tok, t) for t in dst_toks):
                continue
            if c.kind in ("compute_purchase", "hardware_purchase") and words & STAKE and not words & PURCHASE:
                continue
            to_src = [_tree_distance(tok, t) for t in src_toks]
            to_dst = [_tree_distance(tok, t) for t in dst_toks]
            # with other figures to choose from, one nearer another party is that party's
            if others and min(_tree_distance(tok, t) for t in others) + 1 < min(to_src + to_dst, default=99):
                continue
            near = min(to_src, default=20) + min(to_dst, default=20)
            vague = not words & SPECIFIC[c.kind]
            lesser = SECONDARY_RANK * secondary(tok) + rank_by_age(tok)
            scored.append((lesser, vague, near, abs(tok.i - (tok.i if first is None else first)), f))
        if scored:
            lesser, vague, near, _, best = min(scored, key=lambda x: x[:4])
            c.amount, c.amount_rank = best, near + 10 * vague + lesser
    if c.kind in ("compute_purchase", "hardware_purchase", "investment"):
        c.capacity = next((f for f, tok in caps if tok is None or not (
            all(_separated(tok, t) for t in src_toks) or all(_separated(tok, t) for t in dst_toks))), None)


def clause_words(tok: Token) -> set[str]:
    """Words that say what a figure is: its own phrase ("$30 billion of
    compute", "a $4 billion investment") and the chain of heads up to and
    including its verb ("invest ... $10 billion")."""
    words: set[str] = set()
    whole = in_total(tok)
    paid = spent_clause(tok)
    if paid is not None:    # "the $400 million A spent buying B's chips": the clause says what the sum is
        words.update(t.lemma_.lower() for t in [paid, *paid.children] if t.pos_ in ("VERB", "NOUN"))
    cur = tok
    for _ in range(6):
        for child in cur.children:
            if child.dep_ in ("amod", "compound", "nmod", "advmod", "quantmod") or child.dep_ == "prep" and child.lower_ == "of":
                words.update(t.lemma_.lower() for t in child.subtree if t.i - tok.i < 8 and t.i not in whole)
        words.add(cur.lower_)
        words.add(cur.lemma_.lower())
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            break
        cur = cur.head
    return words


def in_total(tok: Token) -> set[int]:
    """"a contract worth $1 billion in total": "in total" says the figure is
    the whole of that one deal, not a sum of several (as "a total of" does).

    Returns the positions of the "in total" phrase hanging from the figure or
    the word it measures, to be left out of the figure's words."""
    return {t.i for holder in (tok, tok.head) for ch in holder.children
            if ch.dep_ == "prep" and ch.lower_ == "in"
            and any(g.dep_ == "pobj" and g.lower_ in ("total", "all") for g in ch.children) for t in ch.subtree}


def deal_figure(facts: SentenceFacts, here: list[Mention], recent: list[Candidate], near: bool,
                earlier: list[Candidate] | None = None) -> None:
    """"The Dell order is put at roughly $5 billion": a figure given in a
    later sentence for a deal stated before, where that deal had none. The
    deal is the one with the company named (of all `earlier` deals, the one
    the article states most often), or, if none is named, the one of the
    sentences just before; it must be the only one that fits."""
    earlier = recent if earlier is None else earlier
    sent, text = facts.sent, facts.text
    money = [f for f in facts.money if f.currency == "USD"]
    if not money:
        return
    if near:
        paid_figure(facts, here, money, recent)
    if not DEAL_NOUN.search(text):
        return
    verb = next((v for t in sent if (v := _valuing_verb(t)) is not None), None)
    if verb is None:
        return
    named = {m.company for m in here if m.company}
    if not named and not near:
        return
    if len(named) == 2 and not _subject_names_all(verb, here):
        return      # two companies, not both the verb's subject ("The companies put the value ... at")
    fitting = [c for c in earlier if named & {c.src, c.dst} if len(named) == 1 or named == {c.src, c.dst}] \
        if named else recent
    deals = [c for c in fitting if c.kind in ("compute_purchase", "hardware_purchase", "acquisition")] or \
        [c for c in fitting if c.kind == "partnership"]
    # how often the article states each deal: in how many sentences, whatever the readings of one sentence
    ranked = Counter((c.kind, c.src, c.dst) for c in {(c.kind, c.src, c.dst, c.sent.start): c
                                                     for c in deals}.values()).most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return      # no deal, or two the sentence could equally mean
    deals = [c for c in deals if (c.kind, c.src, c.dst) == ranked[0][0]]
    # (every figure under the verb, to see an option beside the base; the deal's own is one its clause states)
    held = [(f, tok) for f in money if (tok := facts.token(f)) is not None and verb in [tok, *tok.ancestors]]
    figure = next((f for f, tok in held if not on_top(tok) and _sizes_from(tok, verb)), None)
    if figure is None:
        return
    if any(c.amount is not None for c in deals) and not base_over_ceiling(deals, figure, held):
        return
    for c in deals:
        c.amount, c.amount_rank = figure, 30


def _valuing_verb(noun: Token) -> Token | None:
    """The verb that gives the size of a deal named before, where `noun` is
    that deal ("the", "this" or "that" deal noun): "The order is worth $5
    billion", "The contract is valued at ...", "They valued the deal at
    ...", "The companies put the value of the contract at ..."; else None,
    and None for a verb denied ("The value of the contract was not disclosed").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("The companies put the value of the contract at $410 million.")
    >>> _valuing_verb(doc[7]).text
    'put'
    """
    if noun.lemma_.lower() not in DEAL_NOUNS or not any(ch.lower_ in ("the", "this", "that") for ch in noun.children):
        return None
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in VALUE_VERBS:
        verb = head
    elif noun.dep_ == "dobj" and head.lemma_.lower() in PUT_AT:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SIZE_NOUNS \
            and head.head.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and head.head.head.lemma_.lower() in VALUE_VERBS | PUT_AT:
        verb = head.head.head   # "the value of the contract", the subject or object of a verb of valuing
    else:
        return None
    return None if any(ch.dep_ == "neg" for ch in verb.children) else verb


# verbs that put a figure on their object: "valued the deal at $2 billion", "put (pegged) its value at ..."
PUT_AT = {"value", "put", "peg", "estimate", "price", "set"}


def _sizes_from(tok: Token, verb: Token) -> bool:
    """Whether a figure hangs from a verb of valuing within its own clause
    and not as another deal's size: "is worth $5 billion", "put the value
    at $410 million"; not "... doubled after A won a $50 million contract",
    nor "... after a $15 million deal with B"."""
    cur = tok
    while cur != verb:
        if cur.head == cur or cur.dep_ in ("conj", "advcl", "ccomp", "relcl", "acl", "xcomp") \
                or cur != tok and cur.lemma_.lower() in DEAL_NOUNS:
            return False
        cur = cur.head
    return True


def _subject_names_all(verb: Token, here: list[Mention]) -> bool:
    """Whether every company the sentence names is one its verb's subject
    stands for ("The companies put the value ... over its term")."""
    subject = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    inside = {m.company for m in here if subject.left_edge.i <= m.token_start and m.token_end <= subject.right_edge.i + 1}
    return {m.company for m in here if m.company} <= inside


def paid_figure(facts: SentenceFacts, here: list[Mention], money: list[figures.Figure],
                recent: list[Candidate]) -> None:
    """"A agreed to buy B. A will pay $142 million in cash": what a buyer
    says it will pay for its deal, in a sentence soon after the last one
    that states deals (`recent`), is that deal's figure, where the buyer
    (named, or referred to: "the retailer", "it") is the subject of "pay",
    the figure its object, and the buyer has one deal there, with no figure
    yet. Only a price said so: "in cash (and stock)", "for it (the company,
    B)"; not "pay $2 million a year in rent", "paid $30 million for a
    warehouse", "pay $12 million to settle a lawsuit"."""
    at = {i: m.company for m in here if m.company for i in range(m.token_start, m.token_end)}
    for f in money:
        tok = facts.token(f)
        while tok is not None and tok.dep_ == "appos":
            tok = tok.head      # "€310 million (roughly $336 million)"
        if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "pay" or on_top(tok):
            continue
        payer = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
        deals = [c for c in recent if payer is not None and c.src == at.get(payer.i)
                 and c.kind in ("acquisition", "compute_purchase", "hardware_purchase")]
        if len({(c.kind, c.src, c.dst) for c in deals}) == 1 and all(c.amount is None for c in deals) \
                and _price_of(tok, deals[0].dst, at):
            for c in deals:
                c.amount, c.amount_rank = f, 30
            return


# what a price is paid in: "in cash", "in a mix of cash and stock"
PAYMENT_FORMS = {"cash", "stock", "share", "equity", "mix", "combination", "consideration", "note", "total"}
# the whole span a price is paid over: "over the term of the contract"
TERM_NOUNS = {"life", "term", "course", "duration", "lifetime"}
# what a price is paid for, besides the company bought named or "it": "for the company (the stake)"
BOUGHT_NOUNS = {"company", "business", "stake", "startup", "firm", "unit", "deal", "acquisition", "transaction"}


def _price_of(money: Token, bought: str, at: dict[int, str]) -> bool:
    """Whether "pay <money> ..." is a price and nothing else: besides its
    subject, the verb and the figure carry only "in cash (stock)", "for"
    the company bought (it, the company), "over the term of the contract",
    an adverb such as "also" or "upfront", or a clause joined by "and"
    ("... and expects the deal to close"); no rate ("a year"), no time
    ("last year"), no denial, no payee."""
    pay = money.head
    for ch in (*pay.children, *money.children):
        if ch.dep_ in ("nsubj", "aux", "punct", "cc", "conj", "quantmod", "compound", "nummod", "appos") \
                or ch == money:
            continue
        if ch.dep_ == "advmod" and ch.lower_ in ("also", "upfront", "now", "initially", "about", "roughly"):
            continue
        objects = [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" else []
        if ch.lower_ == "in" and objects and all(g.lemma_.lower() in PAYMENT_FORMS for g in objects):
            continue
        if ch.lower_ == "for" and objects and all(g.pos_ == "PRON" or g.lemma_.lower() in BOUGHT_NOUNS
                                                  or at.get(g.i) == bought for g in objects):
            continue
        if ch.lower_ in ("over", "during") and objects and all(g.lemma_.lower() in TERM_NOUNS for g in objects):
            continue    # "over the life (term) of the contract"
        return False
    return True


def base_over_ceiling(deals: list[Candidate], figure: figures.Figure,
                      held: list[tuple[figures.Figure, Token]]) -> bool:
    """Whether a later sentence's firm figure replaces the ceiling a deal was
    first given: "a deal worth up to $9 billion ... The contract is worth $7
    billion in total, and B holds an option to buy a further $2 billion" is a
    $7 billion deal (GUIDELINES "headline figure": the base contract rather
    than an option on top). The later sentence must state the option beside
    the base (`held`: its figures with their tokens), and every figure the
    deal had before must be a ceiling (or this very figure, given already)."""
    firm = not (figure.upper_bound or figure.floor)
    return firm and any(on_top(tok) for f, tok in held if f is not figure) and \
        all(c.amount is None or c.amount.upper_bound or c.amount.value == figure.value for c in deals)


def sized_deal(tok: Token) -> Token | None:
    """The deal noun a figure gives the size of: "a $300 billion deal", "an
    agreement worth $4 billion", "a contract that is worth $2 billion", "a
    deal whose value is put at $9 billion"; None for a figure of anything
    else ("a $350 million slice", "a deal that lifts revenue by $2 billion").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme bought Beta in a deal worth $4 billion.")
    >>> sized_deal(doc[9]).text
    'deal'
    >>> doc = load_nlp(None)("Acme signed an expanded contract with OpenAI worth up to $6.5 billion.")
    >>> sized_deal(doc[12]).text
    'contract'
    >>> doc = load_nlp(None)("Acme will rent capacity from Nebius, a commitment the company valued at $18 million.")
    >>> sized_deal(doc[-2]).text
    'commitment'
    >>> doc = load_nlp(None)("Acme signed a deal with Nebius valued at $700 million.")
    >>> sized_deal(doc[-2]).text
    'deal'
    """
    cur = tok
    for _ in range(6):
        head = cur.head
        if head == cur:
            return None
        if head.lemma_.lower() in DEAL_NOUNS and head.pos_ == "NOUN":
            return head if cur.dep_ not in ("relcl", "acl") or _sizes(cur) else None
        if cur.lemma_.lower() == "worth" and cur.dep_ == "amod" and head.i < cur.left_edge.i - 1 \
                and (sale := _sale_before(tok.doc[cur.left_edge.i - 1])) is not None:
            return sale     # "A, which signed a contract with B worth $2 billion,": the parse hangs the worth from A
        if (cur.lemma_.lower() == "worth" and cur.dep_ == "amod" or cur.dep_ == "acl" and _sizes(cur)) \
                and (sale := _sale_of_party(head)) is not None:
            return sale     # "a contract with B worth (valued at) $2 billion": the parse hangs the clause from B
        if cur.dep_ in ("acl", "relcl") and _sizes(cur) and head.pos_ == "NOUN" and head.left_edge.i \
                and (noun := tok.doc[head.left_edge.i - 1]).lemma_.lower() in DEAL_NOUNS and noun.pos_ == "NOUN":
            return noun     # "a commitment the company valued at $18 million": the parse hangs the clause from its subject
        if cur.lemma_.lower() == "worth" and cur.dep_ in ("oprd", "advcl"):  # ... or from the verb ("signed a contract ... worth")
            return next((ch for ch in head.children if ch.dep_ == "dobj" and ch.lemma_.lower() in DEAL_NOUNS), None)
        if cur is not tok and (cur.dep_ in ("advcl", "ccomp", "conj", "parataxis", "xcomp", "dobj", "nsubj", "nsubjpass")
                               or cur.pos_ in ("NOUN", "PROPN") and cur.lower_ not in CURRENCY_NOUNS):
            return None
        cur = head
    return None


def _sale_before(word: Token) -> Token | None:
    """The deal noun a word right before "worth" ends the phrase of: the
    noun itself ("a contract worth") or the sale noun whose party it is ("a
    contract with B worth"); None otherwise."""
    if word.lemma_.lower() in DEAL_NOUNS and word.pos_ == "NOUN":
        return word
    return _sale_of_party(word)


def _sizes(verb: Token) -> bool:
    """A clause on a deal noun that gives its size: "(a deal) valued at",
    "that is worth", "whose value is put at"."""
    return verb.lemma_.lower() in VALUE_VERBS | PUT_AT or any(
        ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() in SIZE_NOUNS for ch in verb.children)


def sentence_deal_figure(facts: SentenceFacts, here: list[Mention], stated: list[Candidate]) -> None:
    """"A agreed to buy B, in a deal worth about $6 billion", "C, the partner
    with which it has a $20 billion contract": a figure that sizes a deal noun
    goes to the one deal the sentence states that has no figure, where the
    parse ties it to no deal's own word. A deal noun that names a company
    outside that deal, or whose clause has such a subject, is another deal
    ("a $2 billion deal with D", "..., and D signed a $2 billion deal")."""
    if not any(c.amount is None for c in stated) or not DEAL_NOUN.search(facts.text):
        return
    used = {id(c.amount) for c in stated if c.amount is not None}
    for f in facts.money:
        tok = facts.token(f) if f.currency == "USD" and id(f) not in used else None
        if tok is not None and values_something(tok):
            _price_from_value(tok, f, here, stated)
            continue
        deal = sized_deal(tok) if tok is not None else None
        if deal is None or clause_words(tok) & AGGREGATE:
            continue
        bare = [c for c in stated if c.amount is None]
        deals = [c for c in bare if c.kind in MONEY_KINDS] or [c for c in bare if c.kind == "partnership"]
        pairs = {(c.kind, c.src, c.dst) for c in deals}
        if len(pairs) != 1 or any((c.kind, c.src, c.dst) in pairs and c.amount is not None for c in stated):
            return
        if _others_deal(deal, here, {deals[0].src, deals[0].dst}):
            return
        for c in deals:
            c.amount, c.amount_rank = f, SIZED_DEAL_RANK
        return


def _others_deal(deal: Token, here: list[Mention], pair: set[str]) -> bool:
    """Whether a deal noun belongs to companies other than `pair`: one named
    inside its phrase, or the subject of the clause it sits in."""
    inside = {m.company for m in here if m.company and deal.left_edge.i <= m.token_start <= deal.right_edge.i}
    verb = next((t for t in deal.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = [ch.i for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    doers = {m.company for m in here if m.company and any(m.token_start <= i < m.token_end for i in subjects)}
    return bool((inside | doers) - pair)


def _price_from_value(tok: Token, f: figures.Figure, here: list[Mention], stated: list[Candidate]) -> None:
    """An acquisition's price from the value its deal puts on the company
    bought: "A agreed to buy B in an all-stock transaction that values B at
    $9 billion" (the deal noun's own clause values the company it buys; a
    round "that values B at ..." is no price)."""
    verb = tok.head.head if tok.head.lower_ == "at" else tok.head
    valued = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    if valued is None or verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in DEAL_NOUNS:
        return
    # (the name, or its word written again where the recogniser did not take it: "acquired io ... valued io")
    named = {m.company for m in here if m.company and (m.token_start <= valued.i < m.token_end or m.surface == valued.text)}
    bought = [c for c in stated if c.kind == "acquisition" and c.amount is None]
    # (the company named, or described: "values the data-centre operator at ...", "valued it at ...")
    described = not named and (valued.pos_ == "PRON" or any(d.lower_ == "the" for d in valued.children))
    for c in bought:
        if c.dst in named or described and len({b.dst for b in bought}) == 1:
            c.amount, c.amount_rank = f, SIZED_DEAL_RANK


def later_deal_figures(sents: list[Span], mentions: list[Mention], cands: list[Candidate], text: str,
                       sentences: Sentences | None = None) -> None:
    """`sentence_deal_figure` and `deal_figure` over every deal of the
    article, whichever stage proposed it: "A agreed to buy servers from B.
    The order is worth $5 billion."
    `sentences`: what is read of each sentence, shared with the patterns and the rules.

    >>> later_deal_figures([], [], [], "")
    """
    sentences = sentences or Sentences(text)
    by_sent = by_sentence(mentions, [sent.start for sent in sents])
    stated: dict[int, list[Candidate]] = {}
    for c in cands:
        stated.setdefault(c.sent.start, []).append(c)
    recent: list[Candidate] = []
    earlier: list[Candidate] = []
    recent_at = 0
    for sent in sents:
        if sent.start in stated:
            recent, recent_at = stated[sent.start], sent.start
            earlier += recent
            sentence_deal_figure(sentences.of(sent), by_sent.get(sent.start, []), recent)
        elif recent:
            deal_figure(sentences.of(sent), by_sent.get(sent.start, []), recent,
                        near=sent.start - recent_at < 80, earlier=earlier)

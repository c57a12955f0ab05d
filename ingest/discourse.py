"""What an article's sentences leave unsaid: which company a funding round
is about, so that "Orbit Capital led the round" names its investee.

The round's company is the last one the article shows raising money
("Zeta raised $2 billion", "the startup closed a round", "Zeta's Series B"),
else the investee of the last investment stated ("Amazon invested in
Zeta. Google has committed $2 billion." joins the second to Zeta);
where none is shown, or the one shown is among the sentence's own backers,
a sentence that itself speaks of a round or of backers (or of several
backers "each" putting in a sum, not a yearly one) takes the company the
article names most.

>>> RoundTarget.RAISE[:3]
['raise', 'secure', 'receive']
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from graph.schema import normalise_name

from .figure_words import SITES, data_site
from .figures import CURRENCIES
from .interviews import question_before
from .names import (NAMING_VERBS, ROUND_NEWS_VERBS, UNIT_NOUNS, datelines, description_after, investor_named,
                    load_cues, tells_own_round)
from .parties import HOLDINGS
from .patterns.vocab import LEMMAS
from .pipeline import Mention, start_up
from .roles import RELATIVE_PRONOUNS, anchor
from .walker import parse_of


# the prepositions that name a round's company: "the round of Zeta", "a round in Zeta", "the round for Zeta"
ROUND_OF = ("of", "in", "for")


SPEECH_LEMMAS = frozenset(LEMMAS["speech_verb"])


def _speaks_of_itself(m: Mention, here: list[Mention], doc: Doc) -> bool:
    """Whether a reference is the subject of what a company it stands for
    says ("A said it had raised $140 million": "it" is A).

    >>> from ingest.extract import Extractor
    >>> from ingest.loaders import RawArticle
    >>> ex = Extractor()
    >>> text = ("Brenner said its memory goes into AMD's Instinct MI350 series. Zeta, a Lyon startup, "
    ...         "said it had raised $140 million in a round led by Kappa. Lumen also participated.")
    >>> sorted((c.from_, c.to) for c in ex.extract(RawArticle(text, "-")).commitments if c.kind == "investment")
    [('Kappa', 'Zeta'), ('Lumen', 'Zeta')]
    """
    tok = m.head(doc)
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    speakers = {ch.i for ch in verb.head.children if ch.dep_ == "nsubj"}
    return any(o is not m and o.company == m.company and not o.via_reference and anchor(o.head(doc)).i in speakers
               for o in here)


# a list item's head that names a company and a sum only, at most this long: "2. Zeta Robotics - $1.9bn."
HEADING_SUM_WORDS = 6


class RoundTarget:
    RAISE = LEMMAS["raise_verb"]
    ROUND = set(LEMMAS["round_noun"])
    FUNDING = ROUND | set(LEMMAS["investor_noun"])
    INVEST = set(LEMMAS["invest_verb"])
    PLEDGE = set(LEMMAS["pledge_verb"])
    INVEST_NOUN = set(LEMMAS["invest_noun"]) - set(LEMMAS["holding_noun"])
    MONEY = set(LEMMAS["money_word"])
    TOLD_ROUND = FUNDING | INVEST       # words that tell of a round after a list item's head
    LEAD = frozenset(LEMMAS["lead_verb"])   # ... or a lead, said with no round named: "Accel led."
    ROUND_NEWS = ROUND_NEWS_VERBS | {"raise", "close"}    # "the round that A announced (raised)"
    BACK = set(LEMMAS["back_verb"])
    DEBT = frozenset(LEMMAS["debt_word"])
    EQUITY = frozenset(LEMMAS["equity_word"])

    def __init__(self, mentions: list[Mention], doc: Doc):
        self.focus = salient_company(mentions, doc)
        self.current: str | None = None
        self.recent: str | None = None      # the investee of the last sentence that stated an investment
        self.sentence: str | None = None    # the one investee the sentence being read names itself
        self.backers: set[str] = set()      # the companies the sentence being read binds as investors
        self.borrowed = False               # the last money raised was debt: its "round" is a loan's

    def read(self, sent: Span, here: list[Mention]) -> None:
        """Note the company this sentence shows raising a round, if any."""
        named = {m.company for m in here if not m.via_reference}
        for m in here:
            if not m.company or m.via_reference and m.company in named and not _speaks_of_itself(m, here, sent.doc):
                continue    # "the startup" is not a company its own sentence names as an investor
            if self._funded(m, sent.doc):
                self.current, self.borrowed = m.company, False
                return
            if self._borrows(anchor(m.head(sent.doc))):
                self.current, self.borrowed = None, True    # "A raised $500 million in debt. B led the round.": B lends
                return
        if len(named) == 1 and self._round_heading(sent):
            self.current, self.borrowed = next(iter(named)), False

    def _round_heading(self, sent: Span) -> bool:
        """A line with no verb that names a round or a sum: a digest's item
        ("Zeta (Oslo) - $22M Series A.", "2. Zeta Robotics - $1.9bn.") is the
        round of the one company it names."""
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        if any(t.lemma_.lower() in self.ROUND and not _round_of_other(t) for t in sent):
            return True
        return sum(not t.is_punct for t in sent) <= HEADING_SUM_WORDS and self._funding_follows(sent) \
            and any(t.ent_type_ == "MONEY" or t.lower_ in CURRENCIES for t in sent)

    def _funding_follows(self, sent: Span) -> bool:
        """Whether the sentence after a list item's head, on its line, tells of
        a round ("2. Zeta - $1.9bn. Accel led the round.", "... Accel led."; not
        a list of market values: "1. Nvidia - $4.3trn. Fidelity led the buying.")."""
        doc = sent.doc
        if sent.end >= len(doc) or "\n" in doc[sent.end - 1].text_with_ws or doc[sent.end].is_space:
            return False
        # ("Accel led.", not "led the rally")
        return any(t.lemma_.lower() in self.TOLD_ROUND or t.lemma_.lower() in self.LEAD and not any(
            ch.dep_ == "dobj" for ch in t.children) for t in doc[sent.end].sent)

    def _funded(self, m: Mention, doc: Doc) -> bool:
        """Whether the sentence shows a mention's company raising or receiving
        a round: a function of its head word, worked out once per word of an
        article (the references and the patterns each read every sentence)."""
        tok = anchor(m.head(doc))
        known = _funded_words(doc)
        if tok.i not in known:
            known[tok.i] = self._raises(tok) or self._receives(tok) or self._round_owner(tok) or any(
                self._raises(ch, money_only=True) for verb in tok.children if verb.dep_ == "relcl"
                for ch in verb.children if ch.lower_ in RELATIVE_PRONOUNS)   # "B, which raised $600 million ..."
        return known[tok.i]

    def _round_owner(self, tok: Token) -> bool:
        """The company a round is said to be of: "Zeta's Series B", "the
        latest funding round of Zeta", "a $500 million round in Zeta", "the
        seed round for Zeta"."""
        if tok.dep_ == "poss":
            return tok.head.lemma_.lower() in self.ROUND and not _product_series(tok.head)
        if tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and tok.head.head.lemma_.lower() in self.ROUND \
                and tok.head.lemma_.lower() in self.ROUND_NEWS:
            # "a $400 million Series B that Zeta announced"; not "the round that A closed for Zeta", nor "that A
            # announced it would lead"
            return not _product_series(tok.head.head) and not any(
                ch.dep_ in ("ccomp", "xcomp") or ch.dep_ == "prep" and ch.lower_ in ("for", "in", "into") and any(
                    o.pos_ == "PROPN" and o.ent_type_ != "DATE" for o in ch.children) for ch in tok.head.children)
        # a digest's item: "Zeta Robotics: $30 million Series A led by Acme" (not a list of a week's news:
        # "Deals Weekly: a $150m raise, a model licence and a listing")
        return any(ch.dep_ == "appos" and ch.lemma_.lower() in self.ROUND and not _product_series(ch)
                   and not any(c.dep_ == "conj" for c in ch.children) for ch in tok.children) or \
            tok.dep_ == "pobj" and tok.head.lower_ in ROUND_OF and tok.head.head.lemma_.lower() in self.ROUND

    def _raises(self, tok: Token, money_only: bool = False) -> bool:
        """Whether a subject raises a round; `money_only`: only money or a
        round, not a number of anything ("which will receive 104,000 GPUs")."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        # (or a verb coordinated with its own and with no subject of its own: "Zeta was founded in 2019
        # and has raised $210 million")
        verb = next((v for v in [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
                     if v.lemma_.lower() in self.RAISE or _brings_in(v) or tells_own_round(v)), None)
        if verb is None or any(ch.lower_ == "part" for ch in verb.children):
            return False    # "took part in the round" is an investor's, not the raiser's
        if any(ch.lower_ == "back" and ch.dep_ in ("prt", "advmod") for ch in verb.children):
            return False    # "A and B will get their money back": backers repaid, no round raised
        if verb.lemma_.lower() == "take" and not any(ch.dep_ == "prt" and ch.lower_ == "in" for ch in verb.children):
            return False    # "A takes 11% of B" takes a stake; only "took in $400 million" raises
        raised = _raised_words(verb)
        return not self._debt_only(raised) and any(
            t.like_num and not money_only or t.lower_ in ("$", "€", "£") or t.lemma_.lower() in self.ROUND
            or t.lemma_.lower() in ("money", "fund", "capital", "cash") for t in raised)

    def _borrows(self, tok: Token) -> bool:
        """A subject raising debt only: "A raised $500 million in debt", "A
        secured a $2 billion loan" (the round spoken of next is a loan's)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in self.RAISE:
            return False
        return self._debt_only(_raised_words(tok.head))

    def _debt_only(self, words: list[Token]) -> bool:
        """Words of money raised that name debt and no equity ("$500 million in
        debt", "a credit facility"; not "$300 million in equity and $200 million in debt")."""
        lemmas = {t.lemma_.lower() for t in words}
        return bool(lemmas & self.DEBT) and not lemmas & self.EQUITY

    def _receives(self, tok: Token) -> bool:
        """"(anyone) is putting money into X", "an investment in X": X is
        the company the round is about, whoever the investor is."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into"):
            return False
        word = tok.head.head
        if word.dep_ == "dobj" and word.like_num:     # "A invested $3 billion in X": the parse may hang "in X" from the sum
            word = word.head
        if any(t.dep_ == "relcl" for t in [word, *word.ancestors]):
            return False    # "B, which also put money into Zeta": an aside about B
        if word.lemma_.lower() in self.INVEST_NOUN:
            return True
        return word.pos_ == "VERB" and word.lemma_.lower() in self.INVEST and any(
            t.like_num or t.lemma_.lower() in self.MONEY for ch in word.children if ch.dep_ == "dobj" for t in ch.subtree)

    def target(self, sent: Span) -> str | None:
        """The round's company for a sentence that names only investors:
        the one its own other clause invests in ("A has committed $8
        billion, while B has put $3 billion into Zeta"), else the round's."""
        # (the first of them that is no backer here: "A counts B among its shareholders, while C has
        # brought in money: D joined a round" is C's round, not A's)
        found = next((c for c in (self.sentence, self.current, self.recent) if c and c not in self.backers), None)
        if found is None and (self._speaks_of_funding(sent) or self._asked_of_funding(sent)) and not self.borrowed:
            found = self.focus
        return None if found in self.backers else found     # a round's backer is not the round's company

    def _speaks_of_funding(self, sent: Span) -> bool:
        """A sentence about a round, backers or equity ("the round", "investors", "$2 billion in equity"), or
        about several backers each putting in a sum ("A and B each plan to put
        in $1 billion"), but not a sum spent every year ("A and B each invest
        $50 billion a year" is their own spending, not a round)."""
        return any(t.lemma_.lower() in self.FUNDING and not _round_of_other(t) or t.lower_ == "equity"
                   for t in sent) or \
            len(self.backers) > 1 and any(t.lower_ == "each" for t in sent) and not PER_PERIOD.search(sent.text)


    def _asked_of_funding(self, sent: Span) -> bool:
        """An interview's answer to a question about a round or backers ("Q: Who
        led the round?" then "A: Orbit led, and Zeta joined"): the company the
        interview is about raised it."""
        asked = question_before(sent.doc.text, sent.start_char)
        if asked is None or self.focus is None or investor_named(self.focus):
            return False    # (an investor interviewed speaks of its portfolio's rounds, not its own)
        question = sent.doc.char_span(*asked, alignment_mode="expand")
        return question is not None and any(t.lemma_.lower() in self.FUNDING and not _round_of_other(t)
                                            for t in question)


def _brings_in(verb: Token) -> bool:
    """"brought in Gulf money", "brings in $400 million": a verb of raising with its particle."""
    return verb.lemma_.lower() == "bring" and any(ch.dep_ == "prt" and ch.lower_ == "in" for ch in verb.children)


def _raised_words(verb: Token) -> list[Token]:
    """The words of what a verb of raising raised: its object's and its prepositions' ("$500 million in debt")."""
    return [t for ch in verb.children if ch.dep_ in ("dobj", "prep") for t in ch.subtree]


# what a round may be of and still be a funding round: "a round of financing", "of new capital"
FUNDING_OF = set(LEMMAS["money_word"]) | {"financing", "funding", "investment", "capital", "equity", "debt"}


def _product_series(tok: Token) -> bool:
    """"AMD's Instinct MI350 series": a line of products, no Series A.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Its memory goes into AMD's Instinct MI350 series, and Zeta's Series B closed.")
    >>> [_product_series(t) for t in doc if t.lower_ == "series"]
    [True, False]
    """
    return tok.text == "series" and any(ch.dep_ in ("compound", "nmod") and len(ch.text) > 1 for ch in tok.children)


def _round_of_other(tok: Token) -> bool:
    """"a round of talks", "the final round of bidding": a round of something
    other than money is no funding round (a company it is of still is: "the
    round of Zeta")."""
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in FUNDING_OF for g in ch.children)
        for ch in tok.children)


@lru_cache(maxsize=4)
def _funded_words(doc: Doc) -> dict[int, bool]:
    """RoundTarget._funded's answers for one doc, by word."""
    return {}


# a sum spent every period: "$50 billion a year", "per quarter", "annually"
PER_PERIOD = re.compile(r"\b(?:a|an|per|each|every) (?:year|quarter|month)\b|\b(?:annually|yearly|a-year)\b", re.I)
SUBJECT_DEPS = ("nsubj", "nsubjpass")
BUY_OR_DEAL = set(LEMMAS["buy_verb"]) | set(LEMMAS["deal_noun"]) | {"sign", "partner", "team"}
# building or running a site for another: "a campus built (run) for it by B" (B works for it, puts no money in)
BUILT_FOR = frozenset(LEMMAS["make_verb"] + LEMMAS["deploy_verb"])
# how much a name counts towards the article's main company: each mention
# 1, as a subject 1 more, in the headline or first sentence 2 more
SALIENCE = {"mention": 1, "subject": 1, "opening": 2}


def salient_company(mentions: list[Mention], doc: Doc) -> str | None:
    """The company the article is about: named most, as a subject and at its
    opening, weighted by SALIENCE (the first such on a tie)."""
    counted = [m for m in mentions if m.company and not m.via_reference and m.known.type == "Company"]
    # the answer depends only on these mentions (not on the references):
    # the references' and the patterns' readers ask it once each
    key = tuple((m.token_start, m.token_end, m.company) for m in counted)
    cached = doc.user_data.get("dealgraph_salient")
    if cached is not None and cached[0] == key:
        return cached[1]
    opening = parse_of(doc).sents[0].end if len(doc) else 0
    weight: Counter[str] = Counter()
    for m in counted:
        dep = anchor(m.head(doc)).dep_
        weight[m.company] += SALIENCE["mention"] + SALIENCE["subject"] * (dep in SUBJECT_DEPS) \
            + SALIENCE["opening"] * (m.token_start < opening)
    found = weight.most_common(1)[0][0] if weight else None
    doc.user_data["dealgraph_salient"] = (key, found)
    return found


def sentence_investee(stated: list) -> str | None:
    """The one company a sentence's own stated investments go to; None
    where there are none or several."""
    found = {c.dst for c in stated if c.kind == "investment"}
    return found.pop() if len(found) == 1 else None


def subject_companies(tok: Token, here: list[Mention]) -> set[str]:
    """The companies named anywhere in the subject of the clause a token
    sits in: a description in that clause's object ("into the company")
    is none of them.

    "Orbit and a fund tied to Zeta are each putting $5 million into the
    company" -> {"Orbit", "Zeta"}.
    """
    return _subject_of(list(tok.ancestors), here)


def _subject_of(path: list[Token], here: list[Mention]) -> set[str]:
    """The companies in the subject of the first word on a path that has one."""
    verb = next((t for t in path if any(ch.dep_ in SUBJECT_DEPS for ch in t.children)), None)
    if verb is None:
        return set()
    span: set[int] = set()
    for subject in (ch for ch in verb.children if ch.dep_ in SUBJECT_DEPS):
        span |= _without_appositions(subject)
        if subject.lemma_.lower() in INVESTOR_NOUNS:   # "B's largest shareholder, A, owns 38% of the company": B
            span -= {t.i for ch in subject.children if ch.dep_ == "poss" for t in ch.subtree}
    return {m.company for m in here if m.company and m.token_start in span}


INVESTOR_NOUNS = frozenset(LEMMAS["investor_noun"])


def _without_appositions(tok: Token) -> set[int]:
    """A phrase's tokens, less its appositions and its relative clauses set
    off by a comma ("Orbit, a backer of Zeta," and "Orbit, which once
    considered buying Zeta," are Orbit's phrase; Zeta stays a candidate for
    "the company"). A clause with no comma narrows the phrase ("a fund that
    Zeta controls") and stays in it."""
    out = {tok.i}
    for ch in tok.children:
        if ch.dep_ != "appos" and not (ch.dep_ == "relcl" and ch.left_edge.i > 0
                                       and ch.doc[ch.left_edge.i - 1].text == ","):
            out |= _without_appositions(ch)
    return out


def investing_companies(sent: Span, here: list[Mention]) -> set[str]:
    """The companies a sentence shows putting money in ("Google has
    pledged $2 billion, and Amazon will put $4 billion into the company"):
    the company the money goes into is none of them."""
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in RoundTarget.INVEST | RoundTarget.PLEDGE]
    return set().union(*(_subject_of([verb, *verb.ancestors], here) for verb in verbs))


def party_pronoun(tok: Token) -> bool:
    """Whether "it" after a preposition is a deal's party: where money goes
    ("invested $4 billion in it"), what is bought from or agreed with ("buy
    capacity from it", "a campus built for it") or what a stake is in ("owns
    40 per cent of it"); elsewhere ("the site behind it") it is a thing.

    """
    if receives_money(tok):
        return True
    prep, word = tok.head, tok.head.head
    if word.dep_ == "dobj" and word.head.lemma_.lower() in BUY_OR_DEAL:
        word = word.head    # "buy capacity from it", where the parser hangs "from it" on the object
    return prep.lower_ in ("from", "with") and word.lemma_.lower() in BUY_OR_DEAL \
        or prep.lower_ == "for" and word.lemma_.lower() in BUILT_FOR \
        or prep.lower_ in ("in", "of") and word.lemma_.lower() in HOLDINGS   # "owns 40 per cent of it"


def receives_money(tok: Token) -> bool:
    """Whether a phrase is where money goes: "into the company",
    "an investment in the startup", "backing the startup", "committed $8
    billion to it"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into"):
        word = tok.head.head
        return word.lemma_.lower() in RoundTarget.INVEST | RoundTarget.INVEST_NOUN | RoundTarget.BACK
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":     # "has committed $8 billion to it"
        word = tok.head.head
        return word.pos_ == "VERB" and word.lemma_.lower() in RoundTarget.INVEST | RoundTarget.PLEDGE \
            and any(ch.dep_ == "dobj" and ch.lemma_.lower() in RoundTarget.MONEY for ch in word.children)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in RoundTarget.BACK


# descriptions too general to pick out one company ("the company", "the firm")
GENERIC_DESCRIPTIONS = {"company", "firm", "group", "business", "maker", "developer"}


def descriptions(doc: Doc, mentions: list[Mention]) -> list[tuple[int, str, str]]:
    """What the article itself says each company is, as (token, company,
    noun): "Zeta, a robotics startup" and "robotics startup Zeta" make Zeta
    a startup; "Zeta is a cloud provider" makes it a provider. "the
    startup" later means the company last so described; so does a pronoun
    the article resolved ("What is Zeta? It is a joint venture").
    """
    out = []
    parse = None
    for m in mentions:
        if not m.company or m.known.type != "Company":
            continue
        if parse is None:   # the parse's arrays: no Token made for the words looked at
            parse = parse_of(doc)
            pos, dep, heads = parse.columns[2], parse.columns[3], parse.heads
            appos, attr, compound, nsubj, npadvmod, oprd = map(
                doc.vocab.strings.add, ("appos", "attr", "compound", "nsubj", "npadvmod", "oprd"))
        root = m.head(doc)
        r = root.i
        if m.via_reference:     # a pronoun or description: only what its clause says it is
            out += [(r, m.company, noun) for noun in map(_noun, (doc[n] for n in parse.children(heads[r])
                                                                 if dep[r] == nsubj and dep[n] == attr and pos[n] == NOUN))
                    if noun not in GENERIC_DESCRIPTIONS]
            continue
        nouns = [ch for ch in parse.children(r) if dep[ch] == appos and pos[ch] == NOUN]
        if not nouns and (after := description_after(doc, m.token_end - 1)) is not None \
                and (after.dep_ not in ("nsubj", "nsubjpass") or _reduced_participle(after.head)):
            # "Bellhop.ai, a start-up that ...", the description parsed as no apposition (not a speaker
            # after a comma: "... with Microsoft, the start-up said"; but "unveil Zeta, the joint venture
            # meant to ...", its participle parsed as the description's verb)
            nouns.append(after.i)
        nouns += [t for t in range(max(root.left_edge.i, m.token_start - 4), m.token_start)
                  if dep[t] == compound and heads[t] == r and pos[t] == NOUN]
        if dep[r] == appos and pos[heads[r]] == NOUN:
            nouns.append(heads[r])         # "the chipmaker, Zeta,"
        if dep[r] == compound and pos[heads[r]] == NOUN and doc[heads[r]].lemma_.lower() == "venture":
            nouns.append(heads[r])         # "their Zeta venture" ("the venture" later is Zeta)
        if dep[r] == nsubj:
            nouns += [ch for ch in parse.children(heads[r]) if dep[ch] == attr and pos[ch] == NOUN]
        if dep[r] == npadvmod and m.token_start >= 2 and doc[m.token_start - 1].text == "," \
                and pos[m.token_start - 2] == NOUN:
            nouns.append(m.token_start - 2)    # "formed a joint venture, Zeta, to ...": parsed as an adverb
        if dep[r] in (oprd, attr) and root.head.lemma_.lower() in NAMING_VERBS \
                and root.head.dep_ in ("relcl", "acl", "advcl"):
            named = _named_thing(root.head)
            if named is not None and named.pos_ == "NOUN" and _noun(named) not in GENERIC_DESCRIPTIONS:
                # "the joint venture, to be called Zeta,": the noun itself stands for Zeta (`described`)
                out.append((named.i, m.company, _noun(named)))
        if dep[r] == attr:      # "there is Zeta, the joint venture": the parser makes both predicate nouns
            nouns += [ch for ch in parse.children(heads[r]) if dep[ch] == attr and pos[ch] == NOUN and ch > r]
        owner = _reduced_relative_owner(doc, m, nouns, mentions) if dep[r] == nsubj else None
        out += [(r if owner is None else owner[0], m.company if owner is None else owner[1], noun)
                for noun in map(_noun, (doc[n] for n in nouns)) if noun not in GENERIC_DESCRIPTIONS]
    return out


# the participles that open a description's reduced relative clause, which the parser may read as its verb:
# "Zeta, the joint venture meant to pour billions into data centres"
_DESCRIBING_PARTICIPLES = frozenset({"mean", "design", "intend", "aim"})


def _reduced_participle(verb: Token) -> bool:
    """Whether a description's verb is a participle of purpose describing it, not a verb it is the subject of
    ("Zeta, the venture meant to ..."; not "Zeta, the startup said", nor "After its deal with Zeta, the startup
    launched a service").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("A unveiled Zeta, the joint venture meant to pour billions into data centres.")
    >>> _reduced_participle(doc[7])
    True
    """
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in _DESCRIBING_PARTICIPLES \
        and any(ch.dep_ == "xcomp" for ch in verb.children)


def _named_thing(naming: Token) -> Token | None:
    """The noun a naming clause ("called Zeta", "provisionally named Zeta")
    names: the one it hangs from; or the venture whose partner the parser
    hung it from ("a joint venture with B, provisionally named Zeta": the
    venture, not B); or, where the parser hung it from the verb, the venture
    that verb takes ("A and B will contribute $5 billion to the venture, to
    be called Zeta").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("A formed a joint venture with SoftBank, provisionally named Zeta.")
    >>> [_named_thing(t).text for t in doc if t.lower_ == "named"]
    ['venture']
    """
    noun = naming.head
    if naming.dep_ == "advcl":
        return next((w for w in noun.subtree if w.i < naming.i and w.lemma_.lower() in VENTURE_NOUNS
                     and w.dep_ in ("dobj", "pobj") and w.head in (noun, *noun.children)), None)
    if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in VENTURE_NOUNS:
        return noun.head.head
    return noun


def _reduced_relative_owner(doc: Doc, m: Mention, nouns: list[int], mentions: list[Mention]) -> tuple[int, str] | None:
    """The company a description before a subject's name describes, where
    the two are a reduced relative clause in apposition to it: in "Zeta,
    the venture Acme set up with B," the venture is Zeta, not Acme (the
    parser reads "the venture Acme" as one phrase, as in "the chipmaker
    Acme"); as (its head token, company)."""
    first = min(nouns, default=m.token_start)
    if not nouns or first < 3 or doc[first - 1].lower_ != "the" or doc[first - 2].text != "," \
            or m.head(doc).head.i < m.token_end:
        return None
    before = next((o for o in mentions if o.company and o.known.type == "Company" and not o.via_reference
                   and o.token_end == first - 2), None)
    return None if before is None else (before.head(doc).i, before.company)


PLACE_LABELS = ("GPE", "NORP", "LOC")


def _known_place_tokens(tokens: list[Token]) -> set[int]:
    """The positions of capitalised words that together name a place the
    places list knows, where the parser's entities miss it ("the Abu Dhabi
    vehicle", tagged as an organisation's name)."""
    places, out = load_cues().places, set()
    for k, t in enumerate(tokens):
        for n in (3, 2, 1):
            words = tokens[k:k + n]
            if len(words) == n and all(w.text[:1].isupper() for w in words) \
                    and normalise_name(" ".join(w.text for w in words)) in places:
                out.update(range(k, k + n))
                break
    return out


def places_in(tokens) -> set[str]:
    """The places words name, lower-cased, each as one phrase: "Paris" and
    "Santa Clara" in "the Santa Clara-based firm", "French" in "the French
    lab" (the parser's place and nationality names, and a name before
    "-based").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("the Santa Clara-based firm and the French lab")
    >>> sorted(places_in(doc))
    ['french', 'santa clara']
    """
    out, run = set(), []
    tokens = list(tokens)
    known = _known_place_tokens(tokens)
    for k, t in enumerate(tokens):
        based = k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].lower_ == "based"
        if t.ent_type_ in PLACE_LABELS or based and t.pos_ == "PROPN" or k in known:
            run.append(t.text)
            continue
        if run:
            out.add(" ".join(run).lower())
            run = []
    if run:
        out.add(" ".join(run).lower())
    return out


def _left_words(noun: Token, start: int) -> list[Token]:
    """The words of a noun's phrase right before `start`, up to a mark
    other than a hyphen ("a Lyon-based startup"; not a dateline's "TOKYO -")."""
    out, doc = [], noun.doc
    for i in range(start - 1, noun.left_edge.i - 1, -1):
        t = doc[i]
        if t.is_punct and not (t.text == "-" and i + 1 < len(doc) and doc[i + 1].lower_ == "based"):
            break
        out.append(t)
    return out[::-1]


def article_homes(doc: Doc, mentions: list[Mention]) -> dict[str, set[str]]:
    """Where the article says each company is based: "Paris-based Zeta",
    "Zeta, a Lyon startup", "French lab Zeta", "Zeta, based in Oslo".

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> text = "Orvane, a Lyon-based startup, and Oslo-based Pellquist signed a deal."
    >>> doc = ex.nlp(text)
    >>> sorted((c, sorted(p)) for c, p in article_homes(doc, ex.recognizer.mentions(doc, text)).items())
    [('Orvane', ['lyon']), ('Pellquist', ['oslo'])]
    """
    out: dict[str, set[str]] = {}
    for m in mentions:
        if not m.company or m.via_reference or m.known.type != "Company":
            continue
        root = m.head(doc)
        nouns = [root] + [ch for ch in root.children if ch.dep_ == "appos" and ch.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        words = [t for noun in nouns for t in _left_words(noun, m.token_start if noun is root else noun.i)]
        words += [g for noun in nouns for ch in noun.children if ch.dep_ == "acl" and ch.lower_ == "based"
                  for p in ch.children if p.dep_ == "prep" for g in p.subtree]
        places = places_in(sorted(words, key=lambda t: t.i)) or places_in(_dateline_words(doc, m.token_start))
        if places:
            out.setdefault(m.company, set()).update(places)
    return out


def _dateline_words(doc: Doc, start: int) -> list[Token]:
    """The words of a dateline (`names.datelines`) right before a name that
    opens its line: a digest's item "SEOUL — Zeta, a designer of chips, has
    raised ..." places Zeta in Seoul.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Week 47\\n\\nSEOUL — Zeta has raised $9 million.")
    >>> [t.text for t in _dateline_words(doc, 5)]
    ['SEOUL']
    """
    lines = datelines(doc)
    if start - 1 not in lines:
        return []
    first = start - 1
    while first - 1 in lines:
        first -= 1
    return list(doc[first:start - 1])


def _noun(tok: Token) -> str:
    """A description's noun, one spelling for "startup" and "start-up", and
    one for a unit's nouns ("subsidiary", "division": "unit"; not a venture
    "arm", which "the unit" of the same article seldom means)."""
    if tok.lemma_.lower() in _UNIT_DESCRIPTIONS:
        return "unit"
    return "startup" if start_up(tok) else tok.lower_.replace("-", "")


VENTURE_NOUNS = frozenset(LEMMAS["co_owned_noun"])
_UNIT_DESCRIPTIONS = UNIT_NOUNS - {"arm"}


def venture_before(found: list[tuple[int, str, str]], end: int) -> str | None:
    """The company the article last described as a venture (`descriptions`)
    before token `end`: "Zeta, a joint venture", "the venture, Zeta,".

    >>> venture_before([(3, "Zeta", "venture"), (9, "Acme", "startup")], 12)
    'Zeta'
    """
    named = [company for i, company, noun in found if noun in VENTURE_NOUNS and i < end]
    return named[-1] if named else None


SITE_OWNER_VERBS = frozenset(LEMMAS["site_owner_verb"])
# money a company raises or borrows to build a site: "B secured a loan to build a campus", "B raised $2
# billion to develop a site" (B builds it)
_FINANCING_NOUNS = frozenset(LEMMAS["raised_noun"]) | frozenset(LEMMAS["debt_word"])


def landlords(doc: Doc, mentions: list[Mention]) -> list[tuple[int, str]]:
    """The companies the article shows owning a data-centre site, as (the
    site noun's token, company), in order: "B is building a 2 GW campus",
    "B's campus in Ohio", "a campus operated by B", "the B campus". A
    tenant's landlord, where its own sentence leaves it unsaid, is the last
    of them (`landlord_before`).

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> doc = ex.nlp("Nebius is building a 2 gigawatt campus in Texas. Mistral AI will take 400 megawatts there.")
    >>> landlords(doc, ex.recognizer.mentions(doc, doc.text))
    [(6, 'Nebius')]
    """
    companies: dict[int, list[str]] = {}
    for m in mentions:
        if m.company and m.known.type == "Company":
            companies.setdefault(anchor(m.head(doc)).i, []).append(m.company)
    parse = parse_of(doc)
    sites = {doc.vocab.strings.add(word) for word in SITES}
    out = []
    ventures = None     # the companies the article calls a venture, read where a venture builds a site
    for i in [i for i, lemma in enumerate(parse.columns[0]) if lemma in sites]:
        site = doc[i]
        if not data_site(site):
            continue
        for owner in _site_owners(site):
            named = companies.get(anchor(owner).i, [])
            if not named and owner.lemma_.lower() in VENTURE_NOUNS:
                # "A and B formed a joint venture to build data centres ... The venture, called Zeta, ..."
                if ventures is None:
                    ventures = [company for _, company, noun in descriptions(doc, mentions) if noun in VENTURE_NOUNS]
                named = ventures[:1]
            out += [(i, company) for company in named]
    return out


def _site_owners(site: Token) -> list[Token]:
    """The words naming who owns a site noun: its possessor or name
    modifier, the subject of a verb building or running it, the agent of
    one that describes it."""
    owners = [ch for ch in site.children if ch.dep_ in ("poss", "compound")]
    verbs = [ch for ch in site.children if ch.dep_ == "acl" and ch.lemma_.lower() in SITE_OWNER_VERBS]
    if site.dep_ in ("dobj", "nsubjpass") and site.head.lemma_.lower() in SITE_OWNER_VERBS:
        verbs.append(site.head)
    for verb in verbs:
        owners += [g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
        if site.dep_ == "dobj" and verb == site.head:
            while not any(ch.dep_ == "nsubj" for ch in verb.children):
                if verb.dep_ in ("xcomp", "conj"):
                    verb = verb.head    # "B plans to build a campus", "B bought land and will build a campus"
                elif _financing_purpose(verb):
                    verb = verb.head.head   # "B secured a loan to build a campus"
                else:
                    break
            owners += [ch for ch in verb.children if ch.dep_ == "nsubj"]
            if verb.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS for o in owners):
                owners.append(verb.head)    # "B, which is developing a campus"
            owners += _venture_building(verb)
    return owners


def _financing_purpose(verb: Token) -> bool:
    """Whether an infinitive says what money its clause's subject raised is
    for: "B secured a $2 billion loan to build a campus" (the parser hangs
    "to build" on the loan)."""
    money = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VB" and money.dep_ == "dobj"
            and (money.lemma_.lower() in _FINANCING_NOUNS or money.ent_type_ == "MONEY"))


def _venture_building(verb: Token) -> list[Token]:
    """The venture noun a verb of building says the purpose of: "formed a
    joint venture to build data centres" (the parser hangs the infinitive
    on the venture or on the verb forming it)."""
    if any(ch.dep_ == "nsubj" for ch in verb.children):
        return []
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in VENTURE_NOUNS:
        return [verb.head]
    if verb.dep_ == "advcl":
        return [ch for ch in verb.head.children if ch.dep_ == "dobj" and ch.lemma_.lower() in VENTURE_NOUNS]
    return []


def landlord_before(found: list[tuple[int, str]], end: int, tenants: set[str]) -> str | None:
    """The company the article last showed owning a site (`landlords`)
    before token `end`, other than the tenants.

    >>> landlord_before([(3, "Nebius"), (9, "Meta")], 12, {"Meta"})
    'Nebius'
    """
    owners = [company for i, company in found if i < end and company not in tenants]
    return owners[-1] if owners else None


def described(found: list[tuple[int, str, str]], noun: Token) -> list[str]:
    """The companies the article described with a description's noun
    before it (or at it: "the venture, to be called Zeta"), in order."""
    word = _noun(noun)
    return [company for i, company, n in found if n == word and i <= noun.i]


EXEMPLIFIERS = ("as", "like", "including")
# verbs with a particle that make their object a rival: "take on", "go after"
RIVALRY_PARTICLES = {("take", "on"), ("go", "after"), ("square", "off"), ("go", "against")}


def exemplified(tok: Token) -> Token | None:
    """The noun a listed example stands under ("incumbents such as A", "rivals
    like A", "clouds including A" -> the noun), or None."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in EXEMPLIFIERS:
        return None
    noun = tok.head.head
    if noun.lower_ == "such":
        noun = noun.head
    return noun if noun.pos_ == "NOUN" else None


def phrasal_rivalry(verb: Token) -> bool:
    """Whether a verb and its particle make its object a rival ("take on
    the incumbents")."""
    return any((verb.lemma_.lower(), ch.lower_) in RIVALRY_PARTICLES for ch in verb.children if ch.dep_ == "prt")


# what an "it" does when it is the news rather than a company: "It comes on
# top of ...", "It follows ...", "It marks ..."
EVENT_VERBS = {"come", "follow", "mark", "represent", "signal", "underscore", "highlight", "reflect", "cap",
               "arrive", "happen", "coincide", "echo", "mirror", "extend", "expand", "deepen"}
# what news is said to be: "It is the largest acquisition", "It is the latest in a string of deals"
EVENT_NOUNS = set(LEMMAS["deal_noun"]) | set(LEMMAS["acquire_noun"]) | {"purchase", "investment", "move", "step"}
SERIES_PLACES = {"latest", "first", "second", "third", "last", "newest", "biggest", "largest"}


def event_pronoun(tok: Token) -> bool:
    """Whether "it" is the subject of a verb that has news, not a company,
    as its subject ("It comes on top of the supply deals with Nvidia"), or
    is said to be a deal or one of a series ("It is the latest in a string
    of purchases by B", "It is the company's largest acquisition").

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> [event_pronoun(nlp(t)[0]) for t in ("It is the latest in a string of purchases.",
    ...     "It is the largest acquisition in its history.", "It is the largest AI lab in Europe.")]
    [True, True, False]
    """
    if tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    return verb.lemma_.lower() in EVENT_VERBS or verb.lemma_ == "be" and any(
        ch.dep_ == "attr" and (ch.lemma_.lower() in EVENT_NOUNS or ch.pos_ == "ADJ" and ch.lower_ in SERIES_PLACES)
        for ch in verb.children)

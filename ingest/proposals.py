"""Pattern bindings -> candidate deals: the kind of a kind-neutral deal,
the round's company for investor lists, the figure each deal's word
governs, and the sentence's status.

>>> deal_kind_of({"cloud"}, seller_cloud=True, seller_chips=False, things=set(), neutral=True)
'compute_purchase'
>>> deal_kind_of({"licensing"}, seller_cloud=False, seller_chips=False, things=set(), neutral=True)
'partnership'
"""
from __future__ import annotations

from itertools import islice

from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from . import figures
from .attach import own_size
from .discourse import (SPEECH_LEMMAS, RoundTarget, descriptions, landlord_before, landlords, sentence_investee,
                        venture_before)
from .figure_words import (SECONDARY_RANK, SITES, data_site, from_whom, names_site, of_shares, rank_by_age, secondary,
                           site_size, spent_clause)
from .gazetteer import Gazetteer
from .interviews import question_before
from .lead_ins import OFFERED_THROUGH, ROLE_NOUNS, item_opening, lead_owner, list_items, role_noun
from .names import LICENSE_VERBS, investor_named, tells_own_round
from .parties import HOLDINGS, RENT_VERBS, brand_only, bracketed_for, company_at, from_customer, rented_goods
from .patterns.deals import PATTERNS, PREINSTALLED_ON, ROLE_ORDER
from .patterns.rule_words import PEOPLE, SEPARATE
from .patterns.vocab import LEMMAS
from .pipeline import EACH, PAIRED_FIGURES, Mention
from .references import mention_in_passing
from .relations import FAB_TOOLS, Candidate, RelationExtractor
from .roles import (JOINTLY, RELATIVE_PRONOUNS, REST_SHARES, WARRANT_NOUNS, Binding, DealRoles, anchor, distributes,
                    pairs, party_name, with_subject, words_of)
from .sentences import Sentences, by_sentence, figure_token, phrase_words
from .sides import DOUBT_VERBS, SELL_VERBS
from .status import clause_status, infinitive
from .walker import parse_of

COMPUTE = set(LEMMAS["compute_word"])
SPENT_ON = set(LEMMAS["spent_on_verb"])
# the words that name computing itself as what is sold, whoever sells it
COMPUTING = {"compute", "computing", "cloud", "capacity"}
HARDWARE = set(LEMMAS["hardware_word"])
# the nouns that name a site of any kind: one named between a site's owner and "the site" may be the one meant
SITE_NOUNS = SITES | {"site", "plant", "factory", "venue", "park", "mine"}
DEVICES = frozenset(LEMMAS["consumer_device_noun"])
# what a deal's purpose does with the other side's machines: "an agreement with B to train its models"
MODEL_RUNNING = frozenset({"train", "serve", "host", "run", "fine-tune", "pretrain"})
TRAINING = frozenset({"train", "fine-tune", "pretrain"})
MODEL_WORK = frozenset({"model", "llm", "workload", "inference", "training"})
# goods that only chips are, and words that say computing is rented, for a seller of both
CHIP_GOODS = set(LEMMAS["made_chip_word"]) | {"card", "dram", "hbm", "memory"}
RENTED = COMPUTING | {"instance", "access", "rent", "lease", "colocation", "hour"}
SHARES = set(LEMMAS["share_word"])
ROUND = set(LEMMAS["round_noun"])
# verbs whose subject takes the round that is their object: "B closed (raised, announced) a round"
ROUND_TAKING = frozenset(LEMMAS["raise_verb"] + LEMMAS["round_news_verb"])
VALUE_VERBS = set(LEMMAS["value_verb"])
WORTH_VERBS = VALUE_VERBS | {"be"}
_SIZING_VERBS = VALUE_VERBS | {"total"}     # "a deal valued at (orders totaling) $2 billion"
PURCHASES = ("compute_purchase", "hardware_purchase")
PRICED = PURCHASES + ("acquisition",)
# verbs of a deal of their own: a price under one of them is that deal's
DEAL_VERBS = set().union(*(LEMMAS[k] for k in ("acquire_verb", "buy_verb", "supply_verb", "invest_verb", "value_verb",
                                               "pledge_verb", "raise_verb")))
FIGURE_VERBS = set(LEMMAS["figure_verb"])
DEAL_NOUNS = set(LEMMAS["deal_noun"]) | set(LEMMAS["acquire_noun"])
# the nouns whose "of" names their size: "an investment of $2 billion", "a contract of $5 billion"
_SIZED_BY_OF = DEAL_NOUNS | set(LEMMAS["invest_noun"])
# what an investor's sum is called where it comes "with" a verb: "led the round with a $250 million cheque"
# the forms money put in takes: "pledged $5 billion in new investment", "in equity"
MONEY_FORMS = RoundTarget.INVEST_NOUN
_CHEQUES = MONEY_FORMS | {"cheque", "check", "ticket"}
GIVEN_HOLDINGS = HOLDINGS | WARRANT_NOUNS     # what "A handed B ..." gives where no money is given
ACQUIRE_VERBS = set(LEMMAS["acquire_verb"])
TAKEN_ON_AS = set(LEMMAS["taken_on_as_noun"])
TAKEN_IN_TRADE = TAKEN_ON_AS - set(LEMMAS["investor_noun"])    # ... of which those that put no money in
TRADE_NOUNS = frozenset(LEMMAS["trade_noun"])
PRELIMINARY = set(LEMMAS["preliminary_deal_noun"])
ENERGY = set(LEMMAS["energy_word"])
WON = frozenset(LEMMAS["landed_verb"])     # "A landed a deal with B": the seller's verbs (`lands_deal_with`)
REFLEXIVES = frozenset({"itself", "themselves"})     # "A counts itself among B's backers": A, the subject
_RESPECTIVELY = hash_string("respectively")
# the roles whose parties a list of figures may be paired with, each with the candidate's end it fills
PAIRED_ROLES = (("investor", "src"), ("buyer", "src"), ("acquirer", "src"), ("party", "src"),
                ("seller", "dst"), ("investee", "dst"))
_ENERGY_OR_POWER = ENERGY | {"power"}
OPERATE = set(LEMMAS["operate_verb"])
VAGUE_TIE = set(LEMMAS["vague_tie_word"])
PARTNER_NOUNS = set(LEMMAS["partner_noun"]) | set(LEMMAS["provider_noun"])
# a `weak` pattern's partnership: kept only where the article gives the pair no
# other deal (GUIDELINES "Kinds": a partnership beside a purchase or an investment
# only where a distinct collaboration is described); under extract.WEAK_PARTNERSHIP
WEAK = 0.45
# what a distribution distributes that is no maker's product: "a power (revenue) distribution agreement"
NOT_RESALE = frozenset({"power", "electricity", "energy", "gas", "water", "revenue", "profit", "dividend"})
# the known roles of a company whose platform sells others' products (`Proposer._makes_for`)
PLATFORM_ROLES = ("cloud_providers", "software", "hyperscalers", "telcos", "retailers", "search_engines",
                  "social_networks", "incumbents")
SALE_NOUNS = set(LEMMAS["sale_noun"])
ORDERS = {"order", "contract"}
MODEL_WORDS = set(LEMMAS["model_noun"])
LICENSE = set(LEMMAS["license_word"])
# the words that make a deal something other than a sale: "under a licensing (financing) agreement with B"
NO_SALE_TERMS = frozenset(LICENSE) | {"financing", "finance", "partnership", "research", "development",
                                      "distribution", "collaboration", "cooperation", "framework"}
JOINT_WORK = set(LEMMAS["joint_work_word"])
MAKING_VERBS = frozenset(LEMMAS["make_verb"] + LEMMAS["design_verb"] + ["create"])
DESIGN_VERBS = frozenset(LEMMAS["design_verb"])
# the verbs of buying or renting a deal may be struck for ("an agreement with B to rent capacity")
BUYING = frozenset(LEMMAS["buy_verb"]) | {"reserve"}
SUPPLY = set(LEMMAS["supply_verb"])
# verbs of using: what they put to use is read from their object alone ("deploy B's software on its servers")
USAGE = set(LEMMAS["usage_verb"])
# verbs of using or renting: under a deal's terms "B will use (rent) A's GPUs" buys A's capacity, and
# what they take is read from their object alone
USE_OR_RENT = USAGE | RENT_VERBS
PLACE_PREPS = {"on", "in", "at", "across", "inside", "within", "throughout", "into"}
GOODS = COMPUTE | HARDWARE | SHARES | set(LEMMAS["deal_goods_word"])
HARDWARE_GOODS = set(LEMMAS["hardware_goods_word"])
CARD_KINDS = frozenset({"inference", "accelerator", "gpu", "ai", "graphics", "pcie", "compute", "training", "network",
                        "networking"})
COMPUTE_GOODS = set(LEMMAS["compute_goods_word"])
GENERIC_GOODS = frozenset(LEMMAS["generic_goods_word"])
# the prepositions of what is bought beside a verb of buying or supplying ("buy servers" its object):
# "supply B with GPUs", "spend $1 billion on chips", "pay B for servers", "$1 billion of chips"
_GOODS_PREPS = {"with", "on", "for", "of"}
REFLEXIVES = {"itself", "themselves"}
INVESTOR_NOUNS = set(LEMMAS["investor_noun"])
OWN_POSS = {"its", "their"}
MONEY_WORDS = frozenset(LEMMAS["money_word"])
ORDER_NOUNS = frozenset({"order", "preorder", "pre-order"})
SALES = frozenset(LEMMAS["revenue_noun"]) - {"business"}     # what a seller takes in, not what it raises
SIZE_WORDS = MONEY_WORDS | {"gw", "mw", "gigawatt", "megawatt"}
# the relations by which a figure is a deal word's own: "put $10 billion",
# "a $5 billion investment", "$30 billion of compute", "worth $2 billion"
_OWN_FIGURE = {"dobj", "nummod", "compound", "quantmod", "npadvmod", "pobj", "prep", "attr", "amod", "nmod"}
_CLAUSES = {"advcl", "relcl", "ccomp", "acl", "conj", "parataxis", "xcomp"}


def _own_object(noun: Token) -> bool:
    """Whether a verb's object is its subject's own: "to run its models"."""
    return noun.dep_ == "dobj" and any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in noun.children)


def deal_kind_of(words: set[str], seller_cloud: bool, seller_chips: bool, things: set[str], neutral: bool,
                 sold: bool = False, named_seller: bool = True) -> str | None:
    """The kind of a purchase or a kind-neutral deal from what its phrase
    buys ("compute", "GPUs", a cloud product) and the seller's known role;
    `sold`: a contract or order that names nothing bought is a purchase of
    what the seller sells ("signed a $3 billion contract with CoreWeave");
    `named_seller`: the deal names its seller (not a speaker taken for it)."""
    if seller_cloud and seller_chips and words & CHIP_GOODS and not words & RENTED and "Product" not in things:
        return "hardware_purchase"  # "bought a cluster of Huawei's Ascend processors": chips from a seller of both
    if "Product" in things and seller_cloud or seller_cloud and words & COMPUTE:
        return "compute_purchase"
    if seller_chips and named_seller and not neutral and words & COMPUTING and not words & (HARDWARE | LICENSE) \
            and "Hardware" not in things:
        return "compute_purchase"   # "buy computing power from chipmaker B": B runs it (a "compute and
        #                             investment pact" of three says nothing of who sells what)
    if seller_chips and (words & HARDWARE or "Hardware" in things or "gw" in words):
        return "hardware_purchase"
    if seller_cloud and (words & HARDWARE or "Hardware" in things):
        return "compute_purchase"
    if sold:
        return "compute_purchase" if seller_cloud else "hardware_purchase"
    if neutral:
        return "partnership"
    return None


class Proposer:
    """Turns the patterns' bindings in one article into candidates."""

    def __init__(self, roles: DealRoles, gazetteer: Gazetteer, relations: RelationExtractor):
        self.roles, self.g, self.relations = roles, gazetteer, relations
        # (sentence start, pair) of companies listed together as one owner's
        # partners in the last article read: partners of a third, not of each other
        self.co_listed: set[tuple[int, frozenset]] = set()
        # (sentence start, company) named only as the owner of the period an order
        # falls in, where the order names its own seller ("In B's quarter, A placed
        # an order with C"): B sells nothing in that sentence
        self.period_only: set[tuple[int, str]] = set()
        # the article being read, and what it describes each company as (read where a share asks)
        self._article: tuple[Doc, list[Mention]] | None = None
        self._ventures: list[tuple[int, str, str]] | None = None
        self._landlords: list[tuple[int, str]] | None = None

    def candidates(self, doc: Doc, mentions: list[Mention], text: str,
                   sentences: Sentences | None = None) -> list[Candidate]:
        """`sentences`: what is read of each sentence, shared with the older rules."""
        sentences = sentences or Sentences(text)
        sents = parse_of(doc).sents
        by_sent = by_sentence(mentions, [s.start for s in sents])
        bindings: dict[int, list[Binding]] = {}
        for b in self.roles.bindings(doc, mentions):
            bindings.setdefault(b.sent.start, []).append(b)
        self.co_listed = {pair for found in bindings.values() for b in found for pair in _listed_together(b)}
        self.period_only = set()
        self._article, self._ventures, self._landlords = (doc, mentions), None, None
        rounds = RoundTarget(mentions, doc)
        out: list[Candidate] = []
        items = list_items(doc)
        listed = _list_members(items, sents, by_sent)
        for sent in sents:
            here = by_sent.get(sent.start, [])
            rounds.read(sent, here)
            if (lead := items.get(sent.start)) is not None and listed.get(sent.start):
                out.extend(self._listed(sent, lead, listed[sent.start], by_sent.get(lead.start, []),
                                        {m.company for s, m in listed.items() if items[s] is lead}, rounds,
                                        sentences.of(lead).status))
            found = bindings.get(sent.start)
            if not found:
                continue
            facts = sentences.of(sent)
            status = facts.status
            companies = {i for m in here if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
            money = [(f, tok) for f in facts.money if (tok := facts.token(f)) is not None
                     and (facts.deal_amount(f) or _deal_price(tok)) and not own_size(tok, companies)]
            caps = [(f, tok) for f in facts.capacity if (tok := facts.token(f)) is not None]
            # (an investor whose money goes somewhere named is no backer of the round: "it closed a round
            # whose backers included A, and it has poured billions into its supercomputer")
            found = [b for b in found if not (b.pattern.get("alone") and _has_target(b.trigger))
                     and not (b.pattern.get("intransitive") and _governs_more(b.trigger))
                     and not (b.pattern.get("finite") and infinitive(b.trigger))
                     and not (b.pattern.get("preposed") and _has_own_subject(b.trigger))
                     and not (b.pattern.get("no_recipient") and any(ch.dep_ == "dative" for ch in b.trigger.children))
                     and not (b.pattern.get("plain_terms") and _other_terms(b.trigger))]
            rounds.backers = {m.company for b in found for m in b.roles.get("investor", [])}
            named = [c for b in found if not b.pattern.get("round")
                     for c in self._from_binding(b, sent, here, status, money, caps, rounds)]
            rounds.sentence = sentence_investee(named)
            stated = _named_investee_first(named + [
                c for b in found if b.pattern.get("round")
                for c in self._from_binding(b, sent, here, status, money, caps, rounds)])
            out.extend(_whole_not_stake(_landlords_unless_named(_deal_that_offers(_use_unless_offered(stated, found),
                                                                                   found)), found))
            investees = [c.dst for c in stated if c.kind == "investment"]
            if investees:
                rounds.recent = investees[-1]
        _drop_shared_round_amounts(out)
        return out

    @staticmethod
    def _listed(item: Span, lead: Span, listed: Mention, said: list[Mention], members: set[str],
                rounds: RoundTarget, status: str) -> list[Candidate]:
        """The deal of a list item's company with its lead-in's owner: a
        partner's ("Helios has named two partners:" then "- Vertiv"), a
        distributor's where the lead-in makes something available through
        the partners, or an investor's in the round ("Other participants
        were:" then "- Kestrel Ventures"); `members`: the companies of the
        lead-in's items, none of which is the owner."""
        noun = role_noun(lead)
        if noun is None:
            return []
        kind = ROLE_NOUNS[noun.lemma_.lower()]
        owner = lead_owner(noun, said) or (rounds.target(lead) if kind == "investment" else rounds.focus)
        if owner is None or owner in members:
            return []   # (the article's company one of the list: not the one the list is of)
        span = item.doc[lead.start:item.end]
        if kind == "investment":
            return [Candidate(kind, listed.company, owner, span, status, confidence=0.5, source="listed_investor")]
        if any(t.lemma_.lower() in OFFERED_THROUGH for t in lead):
            if _item_says_more(item, listed):
                return []   # "5. CoreWeave - its infrastructure partner, which supplies ...": the item's own tie
            kind = "distribution"
        return [Candidate(kind, owner, listed.company, span, status, confidence=0.5, source="listed_partner")]

    def _from_binding(self, b: Binding, sent: Span, here: list[Mention], status: str, money, caps,
                      rounds: RoundTarget) -> list[Candidate]:
        pattern = b.pattern
        kind = pattern["kind"]
        if pattern.get("period") and _order_names_seller(b, here):
            # "In B's quarter, A placed an order with C": C sells, B only reports the period
            self.period_only |= {(sent.start, m.company) for m in b.roles["seller"]}
            return []
        if pattern.get("sells") == "chips" and any(t.dep_ == "prep" and t.lower_ in ("from", "with")
                                                   for t in b.trigger.subtree):
            return []   # "bought AMD-based servers from Supermicro": the seller is named
        if (pattern.get("chip_named") or pattern.get("brand")) and all(
                rented_goods(m.head(sent.doc)) and not self._sells_capacity(m.company or m.known.owner)
                for m in b.roles["seller"]):
            return []   # "A agreed to rent 4,000 Nvidia GPUs through the network": someone else's chips, rented
            #             (not capacity on a platform, "rent GPU capacity on B's platform", nor the chips of a
            #             cloud that rents only its own: "rents TPU capacity" is Google's)
        if pattern.get("brand"):
            at = company_at(here)
            if any(brand_only(m.head(sent.doc), m.company, at, self._sells_hardware) for m in b.roles["seller"]):
                return []   # "rent clusters of Nvidia H200 processors from B": B's capacity, Nvidia only their brand
        if pattern.get("group_named") and sum(ch.dep_ in ("compound", "amod", "nmod")
                                              for ch in b.tokens["investor"].head.children) > 1:
            return []   # "an affiliate of the Y Combinator alumni group": a group of others, no parent
        if pattern.get("family_group") and sum(ch.dep_ in ("compound", "amod", "nmod")
                                               for ch in b.tokens["investor"].children) > 1:
            return []   # "part of the Frontier AI Safety Group (the Google Cloud Partner Group)": a coalition, no parent
        if pattern.get("cloud_only") and (any(m.known.type == "Hardware" or self.g.role(m.company, "chip_vendors")
                                              and not self.g.role(m.company, "cloud_providers")
                                              for m in b.roles["seller"])
                                          or any(ch.dep_ == "det" for ch in b.tokens["seller"].children)):
            # "A trains its models on B's chips (on TPUs, on a DGX SuperPOD)": chips alone are no purchase
            return []
        if pattern.get("person_subject") and not any(ch.dep_ == "nsubj" and _person(ch) for ch in b.trigger.children):
            return []   # "A invested in C through B", "investors can invest in C through B" (a broker), not "she
            #             (the footballer Sam Vell) invested through B"
        if pattern.get("object_gap") and any(ch.dep_ == "nsubjpass" or ch.dep_ == "dobj" and ch.lower_ not in
                                             RELATIVE_PRONOUNS for ch in b.trigger.children):
            return []   # "B, which bought C": the clause's own object is bought ("the team that A bought": the team)
        if pattern.get("backer_like") and not all(self._backer_like(m.company) for m in b.roles["investor"]):
            return []   # "Zentro Cloud won 60% of the contract and Harlow Cloud took the rest": no backer
        if pattern.get("cloud_seller") and not all(self._sells_capacity(m.company) for m in b.roles["seller"]):
            return []   # "A obtained a $500 million credit from B": a loan, no cloud's credits
        if pattern.get("customer_use") and not _customer_use(b):
            return []   # "Researchers at A used B's models in a study", "A tested B's models on 40 tasks"
        if pattern.get("no_particle") and any(ch.dep_ == "prt" for ch in b.trigger.children):
            return []   # "A will take over B's campus": a takeover, no lease
        if pattern.get("no_object") and any(ch.dep_ == "dobj" for ch in b.trigger.children):
            return []   # "B plans to launch a fund with $40 million from A": the fund, not B, is launched
        if pattern.get("unnamed_work") and any(ch.dep_ in ("compound", "nmod") and ch.pos_ == "PROPN"
                                               for ch in b.tokens["other"].head.children):
            return []   # "A uses B's Llama models": a named model anyone may use, no deal with B
        if pattern.get("no_chip_or_cloud") and any(self._sells_hardware(m.company) or self._sells_capacity(m.company)
                                                   for m in b.roles["other"]):
            return []   # "A will deploy Nvidia's inference software on its servers": software that comes with chips
            #             ("A uses B Cloud's platform to train its models": B's capacity, bought)
        if pattern.get("particle") and _governs_place(b.trigger):
            return []   # "A put in 1.2 billion yuan" (a particle read as a preposition), not "invest 500 billion
            #             yen in a platform", "put in 1.2 billion yuan in new data centres"
        if pattern.get("blank_check") and not _blank_check_pair(b, sent.doc):
            return []   # "A merged with C": no blank-check company, no acquirer named
        if pattern.get("company_only") and any(m.known.type != "Company" for m in b.roles["acquired"]):
            return []   # "A will pay $1 billion for Azure": capacity bought, not Microsoft
        if pattern.get("copula") and any(ch.dep_ == "dobj" and ch.lower_ not in REFLEXIVES
                                         for ch in b.tokens["investor"].head.children):
            return []   # "B counts A among its investors": B is no investor (A is, `lists_among_own_investors`)
            #             ("A counts itself among B's investors": A is)
        if pattern.get("object_free") and any(ch.dep_ == "dobj" and ch.lower_ not in RELATIVE_PRONOUNS | REFLEXIVES
                                              for ch in b.trigger.head.head.children):
            return []   # "B, which counts A among its investors": B is no investor (A is)
        if kind == "purchase" and _buyer_names_goods(b):
            return []   # "A's commitment to rent Oracle capacity": Oracle's capacity, bought, not a buyer
        if kind == "purchase" and _lets_out(b.trigger) and not _recipient(b.tokens.get("buyer"), b.trigger):
            return []   # "B, which rents out Nvidia-based computing to AI developers": B sells, buys nothing
        if pattern.get("no_chip_maker") and any(self.g.role(m.company, "chip_vendors")
                                                for m in b.roles.get("maker", b.roles.get("model", []))):
            return []   # "B will offer an Nvidia-powered service": it runs on A's chips, no model of A's
        if pattern.get("models_only") and not _models_only(b.roles["model"], _model_types(pattern)):
            return []   # "B runs Stargate": a site, no model of another's
        if pattern.get("split_version") and any(ch.dep_ == "dobj" and not ch.like_num for ch in b.trigger.children):
            return []   # "B will offer Claude users free credits": the users get the credits, no model offered
        if pattern.get("named_product") and not _models_only(b.roles["platform"], ("Product", "Model")):
            return []   # "A's models will power B's growth": no product of B's named
        if pattern.get("unknown_product") and not _unknown_name(b.tokens[pattern["unknown_product"]], here):
            return []   # "A will sell chips (B's models) through C": no product of A's own, named
        if pattern.get("unnamed_thing") and _names_anything(b.tokens[pattern["unnamed_thing"]], here):
            return []   # "A will make B's models (Daon-K) available through C": B's, or a name no one knows whose
        if pattern.get("maker_subject") and not _subject_makes(b, here):
            return []   # "B will offer A's Vexa through its Brity suite": B, not A, offers it
        if kind == "distribution" and _taken_on_as(b.trigger):
            return []   # "A added B as a supplier of computing capacity": B taken on, nothing offered
        if kind == "distribution" and _offers_own_models(b):
            return []   # "A sells its models through B and C": A is their maker, not a platform for them
        if kind == "distribution" and any(_on_hardware(m.head(sent.doc)) for m in b.roles.get("platform", [])):
            return []   # "A's software will ship on B's modules": it runs on B's chips, no platform offers it
        if pattern.get("money_given") and any(ch.dep_ == "dobj" and ch.lemma_.lower() in GIVEN_HOLDINGS
                                              for ch in b.trigger.children):
            return []   # "A handed B a warrant for 10% of its shares": a holding given, no money (`grants_warrant`)
        if pattern.get("portion") and _part_of_other(b.tokens[pattern["portion"]] if isinstance(pattern["portion"], str)
                                                     else b.tokens["investor"].head):
            return []   # "Nvidia's share of revenue came to $10 billion": no part of a round
        if pattern.get("money_only") and _spending(b.trigger):
            return []   # "a $60 million spending commitment to B for its software": bought, not invested
        if pattern.get("not_sales") and _after_sales(b.trigger):
            return []   # "Sales reached $90 million; about $20 million came from A, its biggest customer": no round
        if pattern.get("portion") and _rest_of_other_clause(b.trigger):
            return []   # "The backlog stands at $7 billion, with A making up most of the rest": A's orders, no money
        if pattern.get("known_backer") and not all(self.g.role(m.company, "investors") for m in b.roles["investor"]):
            return []   # "AMD supplies the rest" (of one's chips): no backer the gazetteer knows
        if kind == "investment" and _taken_on_in_trade(b):
            return []   # "the round also brought in B as a customer": B buys, invests nothing
        if pattern.get("bare") and _names_own_company(b.trigger):
            return []   # "B is also OpenAI's largest shareholder", "an investor in C": that company's, not the round's
        if pattern.get("round"):
            target = _round_owner(b, here) or _with_clause_investee(b.trigger, here) or _clause_raiser(b, here) \
                or _speaker_investee(b, here) or _valued_company(sent, here) or rounds.target(sent)
            if target is None or pattern.get("near_round") and not self._named_lately(target, sent) \
                    or pattern.get("same_line") and not self._named_on_line(target, sent):
                return []
            mention_pairs = [(m, target) for m in b.roles["investor"]]
            named = [(a.company, dst) for a, dst in mention_pairs]
        elif pattern.get("rest_of_named"):
            holders = {m.company for m in b.roles["investor"]}
            # (not the rest of something it names: "C owns the rest of B's portfolio (of the Ohio site)")
            held = None if _names_whole(b.tokens["_rest"]) else _rest_of(b.trigger, self._article[1])
            named = [(m.company, held) for m in b.roles["investor"]] if held and held not in holders else []
        elif pattern.get("landlord"):
            tenants = {m.company for m in b.roles["buyer"]}
            landlord = None if _clause_names_other(b.trigger, here, tenants) else self._landlord_by(b.trigger.i, tenants)
            named = [(m.company, landlord) for m in b.roles["buyer"]] if landlord else []
        elif pattern.get("focus_seller"):
            buyers = {m.company for m in b.roles["buyer"]}
            # ("Microsoft signed one too": no; "expanded its contract by $75 million": the figure on the verb)
            sized = any(t.is_currency for t in b.tokens["_what"].subtree) or any(
                t.is_currency for ch in b.trigger.children if ch.dep_ == "prep" and ch.lower_ in ("by", "to")
                for t in ch.subtree)
            cloud = rounds.focus if sized and rounds.focus and rounds.focus not in buyers \
                and (self.g.role(rounds.focus, "cloud_providers") or self._hosts(rounds.focus)) \
                and not _clause_names_other(b.trigger, [m for m in here if not (  # (its own product named: "on Azure")
                    m.known.type == "Product" and m.company == rounds.focus)], buyers) else None
            named = [(m.company, cloud) for m in b.roles["buyer"]] if cloud else []
        elif pattern.get("focus_maker"):
            platforms = {m.company for m in b.roles["platform"]}
            maker = rounds.focus if rounds.focus and rounds.focus not in platforms \
                and not _clause_names_other(b.trigger, here, platforms) else None
            named = [(maker, m.company) for m in b.roles["platform"]] if maker else []
        elif pattern.get("focus_partner"):
            partners = {m.company for m in b.roles["partner"]}
            other = rounds.focus if rounds.focus not in partners and not any(
                ch.dep_ == "dobj" for ch in b.trigger.children) else None   # ("joined B as partners": B's)
            named = [(m.company, other) for m in b.roles["partner"]] if other else []
        elif pattern.get("focus_buyer") or pattern.get("site_owner_buys"):
            sellers = {m.company for m in b.roles["seller"]}
            buyer = rounds.focus if pattern.get("focus_buyer") else self._site_owner_near(b, sellers)
            if pattern.get("designer_buyer") and buyer and not self._sells_hardware(buyer):
                buyer = None    # "A bought 10,000 V5 accelerators. The chip is fabricated by B": V5's maker's, not A's
            buyer = buyer if buyer and buyer not in sellers and not _names_other_than_goods(b, here, sellers | {buyer}) \
                else None
            named = [(buyer, m.company) for m in b.roles["seller"]] if buyer else []
        elif pattern.get("venture_stake"):
            target = None if _share_names_whole(b) else self._venture_by(sent.end) \
                or _focus_held(b, sent, here, self._article[1], rounds.focus)
            named = [(m.company, target) for m in b.roles["investor"]] if target else []
        else:
            # a reference is never one of the other side's own list: "A, B and C
            # are among its backers", "A and B are named as its partners"
            listed = {m.company for m in b.roles.get(ROLE_ORDER[kind][0], [])}
            # the speaker of a `speaker` pattern is its seller, not a company named in passing
            speaker = pattern.get("speaker")
            named = [(party_name(a), party_name(c)) for a, c in pairs(b)
                     if (pattern.get("speaker_buys") or _acts_here(a, b)) and (speaker or _acts_here(c, b))
                     and not (c.via_reference and c.company in listed)]
            named += self._reread_reference(b, sent, rounds)
            if pattern.get("tenant"):
                named = self._landlord_for_pronoun(b, named)
        if pattern.get("speaker") and not _speaker_may_sell(b, here):
            return []   # "B said A bought chips from C", "B, an investor in A, said A bought capacity"
        if pattern.get("own_holding") and _holding_names_company(b.tokens["_what"], sold=True) \
                and not _holding_in_investee(b, here):
            return []   # "A sold its stake in C to B": B invests in C (`sells_stake_in_to`), not in A
        if pattern.get("unowned_business") and any(ch.dep_ == "poss" and ch.lower_ not in ("its", "their")
                                                   for ch in b.tokens["_what"].children):
            return []   # "A bought B's operations from C": B's business, B bought (`acquires_business`), not C
        if pattern.get("unless_helped") and b.trigger.dep_ in ("xcomp", "ccomp") and b.trigger.head.lemma_ == "help":
            return []   # "B helped engineer A's chip": co-design (`helps_design`), not B selling A chips
        if pattern.get("issuer_poss") and _holding_in_company(b.tokens["investee"].head):
            return []   # "A bought B's stake in C": B's holding in C (`holds_stake_in`), no money into B
        if "investor" in b.tokens and from_customer(b.tokens["investor"]) \
                and not _relative_of(b.trigger, b.tokens["investor"]):
            # "raised $2 billion, with most of its revenue coming from A": A is a customer; not where
            # the deal is A's own relative clause ("revenue comes from A, which also invested in B")
            return []
        if _chosen_by_doubter(b):
            return []   # "A criticised the investment in B": A is no investor
        if pattern.get("together") and _made_with_another(b.trigger, here, {m.company for m in b.roles["parties"]}):
            return []   # "A and B signed contracts with C": A and B did not deal with each other
        if "parties" in b.roles and each_for_itself(b.trigger, b.tokens["parties"]):
            return []   # "A and B each set up joint labs with universities": no deal of theirs together
        if pattern.get("sells") == "compute" and _site_name_after_owner(b.tokens.get("seller")):
            return []   # "at B's Ishikari data centre": the site's own name, B its owner (`..._owned` binds B)
        if pattern.get("lease"):    # "B (a data-centre host) signed a lease with A": A is the tenant; so is A
            # where the space is at the signer's own site ("B signed a lease with A for 300 MW at its campus")
            own_site = _leased_at_own_site(b.trigger)
            named = [(dst, src) if own_site and not self._hosts(dst) or self._lets_to(src, dst) else (src, dst)
                     for src, dst in named]
        out = []
        status = clause_status(b.trigger, status, any("<nsubjpass" in path for path in pattern["roles"].values()), kind)
        for src, dst in named:
            if src == dst or not src or not dst:
                continue
            k, s, d = self._kind(kind, b, src, dst, here)
            if k == "partnership" and kind == "deal" and _an_order(b.trigger):
                k = None    # "placed an order with B": a purchase or nothing, never an alliance
            if k is None or k in PURCHASES and pattern.get("unless_won") and b.trigger.lemma_.lower() in WON:
                continue    # "A landed a server deal with B": A sells (`lands_deal_with`)
            weak = pattern.get("weak") or kind == "deal" and k == "partnership" and (
                _preliminary_only(b.trigger) or _deal_to_buy(b.trigger))
            cand = Candidate(k, s, d, sent, status, confidence=WEAK if weak else 0.7,
                             source=pattern["name"],
                             ruling=kind in ("deal", "purchase") and _ruling(k, b.trigger)
                             or bool(pattern.get("ruling")))
            cand.involves = []
            self._attach(cand, b, money, caps, here)
            out.append(cand)
        return out

    def _backer_like(self, company: str) -> bool:
        """Whether a company is a backer the gazetteer knows, or its name says
        it invests ("Pellway Capital", `investor_named`)."""
        return self.g.role(company, "investors") or investor_named(company)

    def _sells_capacity(self, company: str) -> bool:
        """Whether a company is known to sell cloud capacity (gazetteer role `cloud_providers`)."""
        return self.g.role(company, "cloud_providers")

    def _sells_hardware(self, company: str) -> bool:
        """Whether a company is known to sell chips or servers (gazetteer role `chip_vendors`)."""
        return self.g.role(company, "chip_vendors")

    def _hosts(self, company: str) -> bool:
        """Whether a company is known to let data-centre space (gazetteer role `data_centre_hosts`)."""
        return self.g.role(company, "data_centre_hosts")

    def _lets_to(self, landlord: str, tenant: str) -> bool:
        """Whether a lease between two companies lets the first's space to the
        second: the first lets data-centre space (a host the gazetteer knows
        or its name says, or one the article describes as selling capacity:
        "B, a data-centre developer, signed a lease with Microsoft") and the
        second does not. A cloud the gazetteer knows leases space as often as
        it lets it ("Lambda signed a lease with B"): its role says nothing.

        >>> from ingest.gazetteer import load_gazetteer
        >>> p = Proposer(None, load_gazetteer(), None)
        >>> p._lets_to("Equinix", "Mistral AI"), p._lets_to("Vexo DC", "Microsoft"), p._lets_to("Lambda", "Vexo Labs")
        (True, True, False)
        """
        lets = [self._hosts(c) or "cloud_providers" in self.g.said.get(c, ()) for c in (landlord, tenant)]
        return lets[0] and not lets[1]

    def described(self) -> list[tuple[int, str, str]]:
        """What the article being read describes each company as (`discourse.descriptions`),
        read once per article, where a share or the extractor asks."""
        if self._ventures is None:
            self._ventures = descriptions(*self._article)
        return self._ventures

    def _venture_by(self, end: int) -> str | None:
        """The company the article last called a venture before token `end`."""
        return venture_before(self.described(), end)

    def _named_lately(self, company: str, sent: Span) -> bool:
        """Whether the article names (or refers to) a company in this
        sentence or the one before it, or in the question an interview's
        answer replies to ("Q: Alibaba led your round. How much did it put
        in?" then "A: 1.2 billion yuan. B and C took the remainder")."""
        doc, mentions = self._article
        before = doc[sent.start - 1].sent.start if sent.start else sent.start
        if any(m.company == company and before <= m.token_start < sent.end for m in mentions):
            return True
        asked = question_before(doc.text, sent.start_char)
        return asked is not None and any(m.company == company and asked[0] <= m.start < asked[1] for m in mentions)

    def _named_on_line(self, company: str, sent: Span) -> bool:
        """Whether the article names (or refers to) a company on the line
        this sentence ends, before it ends (a digest's item: "B: $48M Series
        B. Lead: C. Also in: D")."""
        doc, mentions = self._article
        line = doc.text.rfind("\n", 0, sent.start_char) + 1
        return any(m.company == company and line <= m.start < sent.end_char for m in mentions)

    def _landlord_by(self, end: int, tenants: set[str]) -> str | None:
        """The company the article last showed owning a data-centre site before
        token `end`, other than the tenants (its sites read once per article, where a tenant asks)."""
        return landlord_before(self._article_landlords(), end, tenants)

    def _article_landlords(self) -> list[tuple[int, str]]:
        """The article's data-centre landlords (`discourse.landlords`), read once per article."""
        if self._landlords is None:
            self._landlords = landlords(*self._article)
        return self._landlords

    def _site_owner_near(self, b: Binding, sellers: set[str]) -> str | None:
        """The owner of "the site" a `site_owner_buys` pattern names: the company
        the article last showed owning a data-centre site, where no other site
        is named in between ("A operates a campus in Iowa. A facility in Texas
        is being built, and B will supply 500 MW to the facility": none); "the
        site" again, or a site of the same owner, is the same one."""
        near = [(i, company) for i, company in self._article_landlords() if i < b.trigger.i and company not in sellers]
        if not near:
            return None
        i, owner = near[-1]
        doc, site = b.trigger.doc, b.tokens["_site"]
        if any(ch.dep_ in ("appos", "prep", "relcl", "acl") for ch in site.children):
            return None     # "to the hall, a concert venue", "to the site in Texas": a site of its own
        owned = {j for j, company in self._article_landlords() if company == owner}
        between = [t for t in doc[i + 1:site.i] if t.lemma_.lower() in SITE_NOUNS and t.i not in owned
                   and not _same_site(t)]
        return None if between else owner

    def _landlord_for_pronoun(self, b: Binding, named: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """"Its anchor tenant is A": where the article shows a company owning a
        data-centre site, the pronoun stands for that landlord, whatever
        company the references found for it."""
        sellers = b.roles.get("seller", [])
        if not sellers or not all(m.via_reference and m.surface.lower() in OWNER_PRONOUNS for m in sellers):
            return named
        tenants = {src for src, _ in named}
        landlord = self._landlord_by(b.trigger.i, tenants)
        return [(src, landlord) for src in sorted(tenants)] if landlord else named

    @staticmethod
    def _reread_reference(b: Binding, sent: Span, rounds: RoundTarget) -> list[tuple[str, str]]:
        """"A, B and C are among its backers": "its" is not one of the
        backers; where the references resolved it so, it is the round's company."""
        investors = _in_document_order(b.roles.get("investor", []))
        investees = b.roles.get("investee", [])
        if not any(m.via_reference and m.company in investors for m in investees):
            return []
        target = rounds.target(sent) or rounds.focus
        return [(inv, target) for inv in investors if target and target not in investors]

    def _kind(self, kind: str, b: Binding, src: str, dst: str, here: list[Mention]) -> tuple[str | None, str, str]:
        if kind == "deal" and _partner_beside_seller(b.trigger):
            return None, src, dst   # "B is A's training partner and cloud provider": one tie, the seller's
        if kind == "deal" and (platform := _preinstalled_on_owner(b.trigger, here, {src, dst})) \
                and not _sized_sale(b.trigger):
            # "A and B signed an agreement under which A's assistant will be preinstalled on B's servers": B
            # sells it on its devices (no sale of B's servers)
            return "distribution", (dst if platform == src else src), platform
        if b.pattern.get("unless_goods") and _deal_names_goods(b.trigger, here):
            return None, src, dst   # "A's $5 billion deal for B includes cloud credits": no purchase of B
        if kind == "distribution" and _for_own_staff(b.trigger):
            return "partnership", src, dst  # "B will make A's Claude available to its 470,000 staff": used, not sold
        if b.pattern.get("maker_by_role") and any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in NOT_RESALE
                                                  for ch in b.tokens["_resale"].children):
            return None, src, dst   # "a power (revenue) distribution agreement": nothing of a maker's resold
        if b.pattern.get("maker_by_role") and self._makes_for(dst, src):
            return kind, dst, src   # "Mistral signed a distribution deal with Cisco": the lab's models are sold
        if b.pattern.get("software_owner") and not self._sells_cloud_or_software(dst):
            return None, src, dst   # "sold through the marketplaces of Walmart and Target": shops
        if b.pattern.get("business") and _named_business(b.trigger, here):
            return None, src, dst     # "sold its cloud arm, Harlow Cloud, to A": the unit named is bought
        if kind == "acquisition" and _taken_on_as(b.trigger):
            return None, src, dst   # "A picked up B as a customer": B is no company bought
        if kind == "acquisition" and _buys_goods(b.trigger, here):
            kind = "purchase"       # "agreed to purchase NVIDIA GB300 systems" parsed with NVIDIA as an object
        if b.pattern.get("not_consideration") and _with_cash(b.trigger):
            return None, src, dst   # "A's shareholders will receive a mix of cash and B stock": B's price for A
        if kind in ("purchase", "acquisition") and _buys_shares(b.trigger) and not b.pattern.get("whole_company"):
            if any(_holding_names_company(obj, sold=b.trigger.lemma_.lower() in SELL_VERBS)
                   for obj in _bought(b.trigger)):
                return None, src, dst   # "A bought a stake in C from B": A invests in C (`holds_stake_in`), not in B
            return "investment", src, dst     # "A is acquiring a $350 million slice of B's equity": a stake
        if kind in ("investment", "acquisition", "partnership", "distribution"):
            if kind == "investment" and self._is_cloud_product(b, "investee"):
                return "compute_purchase", src, dst      # "committed $30 billion to Azure"
            if kind == "investment" and b.pattern.get("spent_by_role") and b.trigger.lemma_.lower() == "commitment" \
                    and (self.g.role(dst, "cloud_providers") or self.g.role(dst, "chip_vendors")):
                # "A's $300 billion Oracle commitment": capacity (chips) bought from a cloud (a chipmaker)
                return ("compute_purchase" if self.g.role(dst, "cloud_providers") else "hardware_purchase"), src, dst
            if kind == "investment" and _in_credits(b.trigger):
                return "compute_purchase", dst, src     # "$6 million in Azure credits to B": B uses A's cloud
            if kind == "investment" and (bought := _paid_for(b.trigger)) is not None:
                # "A commits $1.3 billion to B for capacity": money for goods, not into B
                chips_only = self.g.role(dst, "chip_vendors") and not self.g.role(dst, "cloud_providers")
                return ("hardware_purchase" if bought in HARDWARE or chips_only else "compute_purchase"), src, dst
            got = _what_is_got(b.trigger) if kind == "investment" and b.pattern.get("total") else None
            if got is not None:
                # "A secured $12 billion of computing capacity from B": A buys from B;
                # "A landed a $30 billion cloud contract from B": B buys from A
                buyer, seller = (dst, src) if got == "capacity" else (src, dst)
                chips_only = self.g.role(seller, "chip_vendors") and not self.g.role(seller, "cloud_providers")
                if got == "order" and not (chips_only or self.g.role(seller, "cloud_providers")):
                    return None, src, dst     # an order of something else: no money into the seller either
                return "hardware_purchase" if chips_only else "compute_purchase", buyer, seller
            return kind, src, dst
        if b.pattern.get("site") and not data_site(b.tokens["_what"]):
            return None, src, dst   # "B will build a research center for A": no capacity sold
        if kind == "purchase" and _buys_assets(b.trigger):
            return None, src, dst     # "A bought B's assets": B itself is bought (`acquires_business`), not its goods
        if kind == "purchase" and _buys_company(b.trigger, here):
            return None, src, dst     # "A bought B from C and D": C and D sold their company, no capacity
        if kind == "purchase" and not b.pattern.get("cloud_only") and any(
                ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in MODEL_WORDS and not _own_object(ch)
                for ch in b.trigger.children):
            return None, src, dst   # "whose models are hosted by B": a model offered on a cloud is distribution
            #                         (not "a contract to run its models on B's platform": capacity it buys)
        used = _used_thing(b.trigger) if kind == "purchase" else None
        apart = _coordinated_clauses(b.trigger)
        words = _used_words(used) if used is not None else set(phrase_words(b.trigger)) if not apart else {
            w for t in b.trigger.subtree if t.i not in apart for w in (t.lower_, t.lemma_.lower())}
        if kind == "purchase" and (bought := _relative_antecedent_bought(b.trigger)) is not None:
            words |= _noun_words(bought)    # "GB200 systems, which A bought from B": the systems are bought
        if kind == "purchase" and b.trigger.dep_ == "conj" and b.trigger.lemma_.lower() in MAKING_VERBS and not any(
                ch.dep_ in ("nsubj", "nsubjpass") for ch in b.trigger.children):
            # "A's accelerators are designed in-house and made by B": the verbs' shared subject is what is made
            words |= {w for ch in b.trigger.head.children if ch.dep_ in ("nsubj", "nsubjpass") for w in _noun_words(ch)}
        if kind == "deal":
            words |= {t.lemma_.lower() for t in b.trigger.head.subtree} if b.trigger.dep_ == "dobj" else set()
        if b.pattern.get("object_words"):
            words -= _subject_words(b.trigger)
        things = self._things(b, here, used, apart)
        if kind == "deal" and _plain_alliance(b, here):
            return "partnership", src, dst  # "A expanded its partnership with Google Cloud to train engineers"
        if b.pattern.get("sells") == "compute" and not self.g.role(dst, "chip_vendors"):
            words |= {"compute"}    # "A selected B to host its workloads": B sells capacity, whatever its trade
        elif b.pattern.get("sells") == "compute" and not self.g.role(dst, "cloud_providers") \
                and b.trigger.lemma_.lower() not in RENT_VERBS:
            # "A secured 1 GW of capacity from B", B a chipmaker: its systems ("rent 750 MW from B" rents B's capacity)
            return "hardware_purchase", src, dst
        if b.pattern.get("tie"):    # what the seller is known to sell
            words |= {"compute"} if self.g.role(dst, "cloud_providers") else \
                {"chip"} if self.g.role(dst, "chip_vendors") else set()
        role = self.g.role
        if kind == "deal":
            src, dst = self._seller_last(src, dst, words, things, b.trigger)
        if words & SHARES and not words & (COMPUTE | HARDWARE):
            return None, src, dst   # buying shares is not buying capacity
        if self._power_sold(kind, b, src, dst, things):
            # power sold to a data-centre company, whatever the verb ("B will sell A 1 GW of electricity", "a
            # power purchase agreement with B"): a partnership, as dev-049's gold reads one (GUIDELINES name no
            # kind for it); what a cloud or a data-centre host sells is its capacity, unless the deal's own noun
            # names electricity ("a power-purchase agreement with Microsoft")
            return ("partnership" if kind in ("deal", "purchase") else None), src, dst
        if _fab_tools(b.trigger):
            return None, src, dst
        if kind == "purchase" and (_buys_site(b.trigger) or _built_site(b.trigger)
                                   or b.pattern.get("lease") and _leased_at_own_site(b.trigger)):
            # "leased a data-centre campus from B", "a campus built for A by B", "B signed a lease with A for
            # 300 MW at its campus"
            return "compute_purchase", src, dst
        if kind == "purchase" and b.trigger.lemma_.lower() in RENT_VERBS and (
                words & COMPUTE and not words & HARDWARE and "Hardware" not in things
                or (words & HARDWARE or "Hardware" in things) and not self.g.role(dst, "chip_vendors")
                or not words & (COMPUTE | HARDWARE) and "Hardware" not in things
                and (role(dst, "cloud_providers") or self._hosts(dst) or _rents_watts(b.trigger))):
            # "rent 750 MW of compute from B", whatever B makes; "a lease of 10,000 GPU servers from B" rents
            # B's capacity unless B is known to sell chips (the servers then are B's to sell); what a cloud
            # or a data-centre host rents out unnamed is its capacity ("B, which in turn rents it to A")
            return "compute_purchase", src, dst
        if kind == "deal" and _joint_work(b.trigger) and not _sized_sale(b.trigger):
            return "partnership", src, dst      # "a licensing deal with B", "a letter of intent with B to cooperate"
        words -= _vague_modifiers(b.trigger)
        sold = (kind == "deal" and len({party_name(m) for m in b.roles.get("parties", [])}) <= 2
                and (_sized_sale(b.trigger) or _supply_deal(b.trigger))
                # "A signed (disclosed) a contract to supply B", "A will supply B": a supply verb that
                # names only its buyer sells what the seller is known to sell
                or kind == "purchase" and b.trigger.lemma_.lower() in SUPPLY and _supplies_only_buyer(b.trigger, here)
                # a speaker's contract a buyer agreed to expand ("B said A had agreed to expand their contract")
                or kind == "purchase" and b.pattern.get("contract_sold")) \
            and not words & LICENSE and self._sells_to(dst, src)
        if kind == "deal" and not sold and self._sells_only_capacity(dst) and self._may_rent(src) \
                and not words & (LICENSE | NO_SALE_TERMS) and _plain_contract(b.trigger) and self._sells_to(dst, src):
            sold = True     # "A signed a contract with CoreWeave": a contract with a GPU cloud buys its capacity
        cloud, chips = role(dst, "cloud_providers"), role(dst, "chip_vendors")
        # a host of data centres sells their capacity, not chips ("B, a data-centre developer, will provide 90 MW
        # to A"; not "GPUs installed at B's facility")
        cloud = cloud or self._hosts(dst) and not (words & HARDWARE or "Hardware" in things)
        if b.pattern.get("speaker") and _own_goods(b.trigger):   # "B said A would buy $2 billion of its chips"
            goods = words - _subject_words(b.trigger)   # (not the buyer's trade: "cloud operator A ordered its systems")
            cloud, chips = cloud or bool(goods & COMPUTE), chips or bool(goods & HARDWARE)
        cloud = cloud or b.pattern.get("sells") == "compute" and not chips
        if b.pattern.get("sells") == "chips" and role(dst, "energy_suppliers") and not chips:
            return None, src, dst   # "960 MW of Talen Energy-powered capacity": the power's, no sale
        if b.pattern.get("sells") == "chips" and not (cloud and not chips):
            # "deploy B-based capacity": B's chips, whatever capacity they give (a cloud's capacity is its own:
            # "2 GW of Azure-based capacity")
            words, cloud, chips = (words - COMPUTE) | {"chip"}, False, True
        if b.pattern.get("seller_noun"):    # "A picked B as its chip supplier": the noun says what B sells
            said = {ch.lemma_.lower() for ch in b.tokens.get("_as", b.trigger).children if ch.dep_ in ("compound", "amod")}
            cloud, chips = cloud or bool(said & COMPUTE), chips or bool(said & HARDWARE)
        if kind == "deal" and not (cloud or chips) and "parties" not in b.roles:
            # "A signed a $3 billion cloud deal with B", "B is A's compute partner": where neither side is
            # known to sell, the deal's own noun says what is sold, by the other party to the subject or by
            # the partner to its owner (`owner_buys`; GUIDELINES "Cloud and data-centre ties")
            cloud, chips = _deal_goods(b.trigger, words)
            words = words | {"compute"} if cloud else words     # (also where only its purpose said so)
            if (cloud or chips) and b.pattern.get("owner_buys"):
                src, dst = dst, src
        elif kind == "deal" and chips and not cloud and "parties" not in b.roles and _deal_goods(b.trigger, words)[0]:
            cloud, chips = True, False      # "a compute deal with B", B known for its chips: B's capacity is sold
        if kind == "purchase" and not (cloud or chips) and (b.trigger.lemma_.lower() not in USAGE
                                                            or b.trigger.lemma_.lower() == "deploy"):
            # "A bought servers from B", "A will deploy 200 MW of B's racks": the goods say what B sells ("A
            # will use B's GPUs" buys nothing)
            cloud, chips = _goods_kind(b.trigger, things)
        k = deal_kind_of(words, seller_cloud=cloud, seller_chips=chips, things=things, neutral=kind == "deal", sold=sold,
                         named_seller=not b.pattern.get("speaker"))
        if k is None and kind == "purchase" and under_deal_terms(b.trigger):
            k = _terms_kind(b.trigger, words, things)
        if k == "hardware_purchase" and kind == "purchase" and b.trigger.lemma_.lower() in LICENSE_VERBS:
            return None, src, dst   # "A licenses B's Neoverse cores": a licence, a partnership (GUIDELINES "Kinds")
        return k, src, dst

    def _makes_for(self, maker: str, platform: str) -> bool:
        """Whether what is sold is rather `maker`'s, on `platform`: a known distributor's partner beside it
        ("Microsoft signed a distribution agreement with TD SYNNEX": TD SYNNEX resells), a lab beside a company
        that is not one, or a company beside a platform's known owner (cloud, software, a carrier) that is none
        itself."""
        resellers = self.g.role(maker, "distributors"), self.g.role(platform, "distributors")
        if any(resellers):
            return resellers == (False, True)
        labs = self.g.role(maker, "model_labs"), self.g.role(platform, "model_labs")
        if any(labs):
            return labs == (True, False)
        return self._platform_owner(platform) and not self._platform_owner(maker)

    def _platform_owner(self, company: str) -> bool:
        """A company known to run a platform others sell through; a chipmaker only with a cloud or software of its own
        ("Arrow signed a distribution agreement with Nvidia": Arrow resells Nvidia's)."""
        if self.g.role(company, "chip_vendors") and not self._sells_cloud_or_software(company):
            return False
        return any(self.g.role(company, role) for role in PLATFORM_ROLES)

    def _sells_cloud_or_software(self, company: str) -> bool:
        return self.g.role(company, "cloud_providers") or self.g.role(company, "software")

    def _power_sold(self, kind: str, b: Binding, src: str, dst: str, things: set[str]) -> bool:
        """Whether a deal sells electricity: its words say so ("a nuclear power
        agreement", "B will sell A 1 GW of electricity"; from a cloud or a data-centre
        host only where its own noun names power, "a power-purchase agreement with
        Microsoft"), or its seller generates power and its words name nothing else
        bought ("B, the hydropower producer, signed a supply agreement with A"; not
        "lease 200 MW from B Energy", nor "a contract with B to move its workloads to Azure", nor "B Power
        will build and run a data hall for A")."""
        if _energy(b.trigger):
            return _energy_deal_noun(b.trigger) or not (
                kind == "purchase" and (self.g.role(dst, "cloud_providers") or self._hosts(dst)))
        what = b.tokens.get("_what")
        return kind in ("deal", "purchase") and self._generates_power(src, dst, either=kind == "deal") \
            and not _names_goods(b.trigger) and not things & {"Product", "Hardware", "Model"} \
            and b.trigger.lemma_.lower() not in RENT_VERBS and not (what is not None and data_site(what))

    def _generates_power(self, src: str, dst: str, either: bool) -> bool:
        """Whether the seller (`either` party, where the deal does not say who sells) is
        known or said to generate electricity, and sells no capacity or chips."""
        role = self.g.role
        return any(role(c, "energy_suppliers") and not (role(c, "cloud_providers") or self._hosts(c)
                                                        or role(c, "chip_vendors"))
                   for c in ((src, dst) if either else (dst,)))

    def _seller_last(self, src: str, dst: str, words: set[str], things: set[str], trigger: Token) -> tuple[str, str]:
        """(buyer, seller) of a kind-neutral deal: of a chipmaker and another
        company dealing in chips (not in capacity: "a lease of servers built
        around Nvidia chips"), the chipmaker sells ("AMD signed a supply deal
        with Oracle for chips"); a seller that signed "a deal with" its
        customer sells; of two clouds, the one that signed "to deploy GPUs" for
        the other sells, else the one further down the chain of capacity (a
        host of data centres sells their space)."""
        role = self.g.role
        if _for_access(trigger) or _places_order(trigger):
            # "A signed an agreement with B for access to 200,000 GPUs": A gets them; "A placed an order with B":
            # A buys, whatever it sells itself
            return src, dst
        chips = role(src, "chip_vendors"), role(dst, "chip_vendors")
        if (words & HARDWARE or "Hardware" in things) and not words & COMPUTE and chips[0] != chips[1]:
            return (dst, src) if chips[0] else (src, dst)
        # (a host lets space, not chips: "GPUs installed at B's facility" are no sale of B's)
        space = not (words & HARDWARE or "Hardware" in things) or bool(words & COMPUTE)
        sells = [role(c, "cloud_providers") or space and self._hosts(c) or chip
                 for c, chip in ((src, chips[0]), (dst, chips[1]))]
        if sells[0] and not sells[1]:
            return dst, src
        if role(src, "cloud_providers") and role(dst, "cloud_providers") and (
                _operates(trigger) or self._tier(src) < self._tier(dst)):
            return dst, src
        return src, dst

    def _sells_to(self, seller: str, buyer: str) -> bool:
        """Whether a contract between the two is the seller's sale of what it
        is known to sell: a cloud's to anyone further up the chain of capacity,
        a chipmaker's to anyone but another chipmaker."""
        role = self.g.role
        if role(seller, "cloud_providers"):
            return not role(buyer, "cloud_providers") or self._tier(seller) < self._tier(buyer)
        return role(seller, "chip_vendors") and not role(buyer, "chip_vendors")

    def _sells_only_capacity(self, company: str) -> bool:
        """A GPU cloud or data-centre host known for nothing else (no lab, software, chips or hyperscaler's
        businesses): what a contract with it buys is its capacity.

        >>> from ingest.gazetteer import load_gazetteer
        >>> p = Proposer(None, load_gazetteer(), None)
        >>> [p._sells_only_capacity(c) for c in ("CoreWeave", "Microsoft", "Humain", "NVIDIA")]
        [True, False, True, False]
        """
        role = self.g.role
        return bool(role(company, "cloud_providers") or role(company, "data_centre_hosts")) and not any(
            role(company, r) for r in ("hyperscalers", "model_labs", "software", "chip_vendors", "telcos"))

    def _may_rent(self, company: str) -> bool:
        """Whether a company may be the one renting in a plain contract with a GPU cloud: not a seller of
        chips, power or hardware, nor an established company known for nothing that runs on capacity
        ("Dell (Vertiv, Schneider Electric) signed a contract with CoreWeave" sells to it)."""
        role = self.g.role
        if any(role(company, r) for r in ("chip_vendors", "distributors", "energy_suppliers")):
            return False
        return not role(company, "incumbents") or any(role(company, r) for r in (
            "cloud_providers", "hyperscalers", "software", "social_networks", "search_engines", "retailers",
            "telcos", "model_labs"))

    def _tier(self, company: str) -> int:
        """Where a seller of capacity stands in the chain along which capacity
        is sold: a data-centre host (0) sells to a GPU cloud (1), which sells
        to a hyperscaler (2). A deal between two clouds whose wording does not
        say who buys is a purchase by the one higher up.

        >>> from ingest.gazetteer import load_gazetteer
        >>> p = Proposer(None, load_gazetteer(), None)
        >>> [p._tier(c) for c in ("Core Scientific", "CoreWeave", "Microsoft")]
        [0, 1, 2]
        """
        if self.g.role(company, "data_centre_hosts"):
            return 0
        return 2 if self.g.role(company, "hyperscalers") else 1

    @staticmethod
    def _things(b: Binding, here: list[Mention], phrase: Token | None = None,
                apart: frozenset[int] = frozenset()) -> set[str]:
        """The types of the named things (Product, Hardware) in the deal's phrase
        (`phrase`: the word heading it, where not the trigger's; `apart`: words of
        clauses coordinated with it, which are their own deals')."""
        named = [m for m in here if m.known.type in ("Product", "Hardware") and m.token_start not in apart]
        if not named:
            return set()
        top, parse = (phrase or b.trigger).i, parse_of(b.trigger.doc)
        return {m.known.type for m in named if parse.dominates(top, m.token_start)}

    def _is_cloud_product(self, b: Binding, role: str) -> bool:
        return any(m.known.type == "Product" and self.g.role(m.company, "cloud_providers")
                   for m in b.roles.get(role, []))

    def _attach(self, cand: Candidate, b: Binding, money, caps, here: list[Mention]) -> None:
        """The figure the deal's own word governs ("put in $100 million",
        "a $5 billion investment"); for an investor of a list, only the figure
        "from" it ("$500 million from Orbit"), and for one of several sellers
        likewise ("$5 billion from AMD"); never a round's total."""
        best = None
        investors = {m.company for m in b.roles.get("investor", [])}
        at = company_at(here)
        paired = _respectively(b, cand, money)
        if paired is not None:
            cand.amount, cand.amount_rank = paired, 0
            money = []
        if cand.kind != "partnership" and any(len(bound) > 1 for bound in b.roles.values()) \
                and any(t.lower_ in JOINTLY for t in b.trigger.children):
            money = [(f, tok) for f, tok in money if bracketed_for(tok, at) is not None]
            # "A and B, which together raised $300 million from C": neither one's own
        for f, tok in money:
            if f.currency != "USD" and any(g.currency == "USD" for g, _ in money):
                continue
            named = bracketed_for(tok, at)
            if named is not None:
                if named in (cand.src, cand.dst):
                    best = (rank_by_age(tok), f)    # "contracts with A ($14 billion) and B ($3 billion)"
                    break
                continue
            giver = from_whom(tok, at)
            if giver == cand.src and giver in investors:
                best = (rank_by_age(tok), f)
                break
            if giver in investors:
                continue    # "$10 billion from A and $5 billion from B": A's figure is not B's
            seller = _figure_from(tok, at) if cand.kind in PURCHASES else None
            if seller is not None:
                if seller == cand.dst:
                    best = (rank_by_age(tok), f)
                    break
                continue    # "buy $10 billion of chips from A and $5 billion from B": each seller's own
            if b.pattern.get("beside"):
                continue    # "A put in $9 million alongside B": A's sum, not B's
            if b.pattern.get("total") and not (_sole_backer(b) or _each_own(tok)) or _in_round_phrase(tok, b.trigger):
                continue    # a round's total, not "$25 million each from A and B"
            if b.pattern.get("round") and len(b.roles.get("investor", [])) > 1 and not _each_in_clause(b):
                continue    # "A and B put in $2 billion": the two together, unless "each"
            if cand.kind in PURCHASES and of_shares(tok):
                continue    # "a $350 million slice of its equity" is no purchase of capacity
            depth = _depth_below(tok, b.trigger, limit=2 if b.pattern.get("round") else 4)
            if depth is None and b.trigger.dep_ == "acl" and (b.pattern.get("variant") or "").startswith("acl"):
                depth = _depth_below(tok, b.trigger.head, limit=2)    # "a $9.7 billion contract to provide ..."
                if depth is None and (b.trigger.head.dep_ == "appos" and b.trigger.head.head == tok
                                      or _split_object(tok, b.trigger.head)):
                    depth = 1   # "a $3 billion, five-year contract to supply ...": the noun parsed as the figure's apposition
                    #             or as a second object of the verb beside the figure
            if depth is None and b.trigger.dep_ == "xcomp" and tok.head == b.trigger.head \
                    and tok.dep_ in ("nsubj", "nsubjpass"):
                depth = 1   # "up to $3 billion is set to be invested in B by A": the subject it is raised to
            if depth is None and b.trigger.dep_ == "relcl" and b.trigger.head.lemma_.lower() in DEAL_NOUNS:
                depth = _depth_below(tok, b.trigger.head, limit=2)    # "a $5 billion deal under which B makes ..."
            if depth is None and b.trigger.dep_ == "relcl" and b.trigger.head.dep_ == "pobj" \
                    and b.trigger.head.head.lower_ == "for":
                paid = b.trigger.head.head.head     # "pay $250 million for chips that B makes" ("for" on either)
                depth = 1 if paid == tok else _depth_below(tok, paid, limit=2) if paid.pos_ == "VERB" else None
            if depth is None and (paid := spent_clause(tok)) is not None and paid in (b.trigger, b.trigger.head):
                depth = 1   # "the $400 million A spent on B's chips": the sum the deal's clause pays out
            if depth is None and _sized_by_predicate(tok, b.trigger):
                depth = 2
            if depth is None and _worth_of_deal(tok, b.trigger):
                depth = 3
            if depth is None and cand.kind in PRICED and _price_after_aside(tok, b.trigger):
                depth = 3
            if depth is None and cand.kind in PRICED and _light_verb_price(tok, b.trigger):
                depth = 2
            if depth is not None and secondary(tok):
                depth += SECONDARY_RANK
            if depth is not None:
                depth += rank_by_age(tok)   # "received $3 billion from A to date" beside a new deal's figure
            if depth is not None and (best is None or depth < best[0]):
                best = (depth, f)
        if best is not None:
            cand.amount, cand.amount_rank = best[1], best[0]
        if cand.kind == "investment" and b.pattern["name"] in WARRANT_PATTERNS:
            cand.ceiling = figures.share_ceiling(b.sent.text)
        if cand.kind in ("compute_purchase", "hardware_purchase", "investment") \
                or cand.kind == "partnership" and (_energy(b.trigger) or self._generates_power(cand.src, cand.dst, True)):
            # (power sold: "a PPA for up to 250 MW", "a supply agreement with the utility for up to 290 MW")
            # (below the deal word, or the verb of what it binds: "picked B to provide 200 MW of capacity")
            what = b.tokens.get("_what")
            tops = [b.trigger] + ([what.head] if what is not None and what.dep_ == "dobj" else []) \
                + _terms_clauses(b.trigger)     # ("an agreement under which B will deliver 200 MW")
            for f, tok in caps:
                if (any(_depth_below(tok, top) is not None for top in tops) or _light_verb_price(tok, b.trigger)) \
                        and not site_size(tok):
                    cand.capacity = f
                    break


# what a maker puts on another's devices before they are sold ("preinstalled on B servers"), and those devices
PREINSTALL = frozenset(LEMMAS["preinstall_verb"])
PREINSTALLED_UNITS = frozenset(words_of(PREINSTALLED_ON))


def _preinstalled_on_owner(deal: Token, here: list[Mention], parties: set[str]) -> str | None:
    """The party whose devices a deal's clause preinstalls the other party's
    product on ("an agreement under which A's software (A's Vexa) will be
    preinstalled on B edge servers": B), or None where no such clause is the
    deal's (a product of neither party or of the devices' own maker, goods
    bought: "a deal with B for chips, which will be preinstalled in A's cars")."""
    at: dict[int, str] | None = None    # (`company_at`, made only where a preinstalling verb is found)
    for verb in (t for t in deal.subtree if t.lemma_.lower() in PREINSTALL):
        product = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
        if product is None or product.pos_ == "PRON":
            continue
        at = company_at(here) if at is None else at
        # the product's maker, where a company is named in it ("A's software", "Nvidia's AI Enterprise"); a
        # product named with none is the other party's ("BridgeServe will be preinstalled on B servers")
        made = {at[t.i] for t in product.subtree if t.i in at}
        for unit in (g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "across", "into")
                     for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in PREINSTALLED_UNITS):
            owner = next((at[w.i] for w in unit.children if w.dep_ in ("compound", "poss") and w.i in at), None)
            if owner in parties and (made & (parties - {owner}) if made else product.pos_ == "PROPN"):
                return owner
    return None


def _acts_here(m: Mention, b: Binding) -> bool:
    """Whether a bound company is a party of the binding's deal: not one
    named in passing ("OpenAI rival Anthropic", the speaker of "X said"),
    unless the deal is the mention's own description ("SoftBank, an investor
    in Zeta, said ...": the speaker's apposition states its stake; "B, a
    company backed by A, said ...": a clause inside it; "A-owned B said
    ...": a modifier of its name)."""
    doc = b.sent.doc
    if not mention_in_passing(m, doc):
        return True
    head = m.head(doc)
    return any(w.head == head and w.dep_ in ("appos", "acl", "relcl", "amod")
               for w in [b.trigger, *b.trigger.ancestors])


def _figure_from(tok: Token, company_at: dict[int, str]) -> str | None:
    """The company a figure's own "from" names, in a list of figures each
    with its seller ("$10 billion of chips from A and $5 billion from B": A
    for the first, B for the second); None for a figure with no "from" of
    its own, or one not listed (the verb's "from" names the seller of every
    figure: "buy $6 billion of capacity from A, and an option on $2 billion more")."""
    if tok.dep_ != "conj" and not any(ch.dep_ == "conj" for ch in tok.children):
        return None
    bought = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"
              for g in ch.children if g.dep_ == "pobj"]     # "$10 billion of chips from A"
    for word in (tok, *bought):
        for ch in word.children:
            if ch.dep_ == "prep" and ch.lower_ == "from":
                named = [company_at[anchor(g).i] for g in ch.children if g.dep_ == "pobj" and anchor(g).i in company_at]
                if named:
                    return named[0]
    return None


def _listed_together(b: Binding) -> set[tuple[int, frozenset]]:
    """The pairs of a list a `listed` pattern binds to one role ("A, B and C
    are its partners"): members of one owner's list, not partners of each other.

    Each pair is keyed by its sentence's first token."""
    if not b.pattern.get("listed"):
        return set()
    names = {name for m in b.roles.get(ROLE_ORDER[b.pattern["kind"]][0], []) if (name := party_name(m))}
    return {(b.sent.start, frozenset((x, y))) for x in names for y in names if x != y}


ROUND_PATTERNS = {p["name"] for p in PATTERNS if p.get("round")}
# patterns of warrants and options, whose "up to" is on a number of shares
WARRANT_PATTERNS = {p["name"] for p in PATTERNS if p.get("warrant")}


TERMS_NOUNS = set(LEMMAS["deal_noun"]) | {"term"}


def under_deal_terms(verb: Token) -> bool:
    """A verb stated as a deal's terms: "Under the deal (its terms), B will
    use A's GPUs", "As part of the agreement, B will buy A's servers", "an
    agreement under which B will rent A's GPUs".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Under the deal, Zeta will use Acme's GPUs.")
    >>> under_deal_terms(doc[6]), under_deal_terms(doc[1])
    (True, False)
    """
    for ch in verb.children:
        if ch.dep_ != "prep" or ch.lower_ not in ("under", "as"):
            continue
        for obj in ch.children:
            if obj.dep_ == "pobj" and obj.lower_ == "part":
                obj = next((g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), obj)
            if obj.dep_ == "pobj" and obj.lemma_.lower() in TERMS_NOUNS:
                return True
            if obj.dep_ == "pobj" and obj.lower_ == "which" and verb.dep_ == "relcl" \
                    and verb.head.lemma_.lower() in TERMS_NOUNS:
                return True     # "an agreement with B under which A will rent its GPUs"
    return False


def _terms_kind(trigger: Token, words: set[str], things: set[str]) -> str | None:
    """What a deal's terms buy from a seller of no known role: another's
    chips or servers used or rented ("B will use A's GPUs") are A's capacity,
    chips or servers bought are hardware, capacity bought is compute."""
    if not (words & (COMPUTE | HARDWARE) or "Hardware" in things):
        return None
    if trigger.lemma_.lower() in USE_OR_RENT or words & COMPUTE and not words & HARDWARE:
        return "compute_purchase"
    return "hardware_purchase"


# the words by which a commitment is to spend, not to invest: "a spending (purchase) commitment"
SPENDING = frozenset({"spending", "spend", "purchase", "purchasing", "supply", "procurement", "cloud", "capacity",
                      "compute", "revenue", "contract", "contractual"})


def _spending(noun: Token) -> bool:
    """Whether a commitment is one of spending: a word of spending on it, or
    what it is "for" ("its $2 billion cloud commitment to B", "a commitment
    to B for its software")."""
    return any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in SPENDING for ch in noun.children) \
        or any(p.dep_ == "prep" and p.lower_ == "for" for t in (noun, *_pobjs(noun, "to")) for p in t.children)


def _pobjs(word: Token, prep: str) -> list[Token]:
    """The objects of a word's preposition ("B" of "commitment to B")."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children if o.dep_ == "pobj"]


def _after_sales(trigger: Token) -> bool:
    """Whether a word's sentence (up to it, and on through a semicolon the
    parser may end a sentence at) names sales before it: "Quarterly sales
    reached $90 million; about $20 million came from A"."""
    doc = trigger.doc
    for t in reversed(doc[max(0, trigger.i - 60):trigger.i]):
        if t.text in (".", "!", "?") or "\n" in t.text:
            return False
        if t.lemma_.lower() in SALES:
            return True
    return False


def _part_of_other(portion: Token) -> bool:
    """Whether an investor's part says it is of something other than money
    raised: "share of revenue", "share of the market", a sum "in chips" (not
    "share of the round", "portion of the total", "$5 million in equity")."""
    preps = ("of", "in") if portion.lemma_.lower() in MONEY_WORDS else ("of",)
    for g in (g for ch in portion.children if ch.dep_ == "prep" and ch.lower_ in preps
              for g in ch.children if g.dep_ == "pobj"):
        if g.lemma_.lower() in REST_SHARES:     # "most of the rest of its revenue": what the rest is of
            return _part_of_other(g)
        if g.lemma_.lower() not in ROUND | MONEY_FORMS | PORTION_OF:
            return True
    return False


def _rest_of_other_clause(verb: Token) -> bool:
    """Whether a part named in an absolute "with" clause is the rest of a
    main clause's thing that is no money raised: "The backlog stands at $7
    billion, with A making up most of the rest" (not "A put in $1 billion,
    with B making up the rest", nor "A led, with B making up the rest"); or
    in a clause joined to one whose object is no money: "It booked 40 MW,
    and B took the rest" (not "A put in $35 million, and B took the rest")."""
    if verb.dep_ == "conj":     # (a measure of other goods: not "A led the round (the deal) with $400 million, and
        #                         B and C put up the rest", nor "A took a 20% stake, and B put up the rest")
        return any(ch.dep_ == "dobj" and any(t.like_num for t in ch.subtree) and not any(
            t.lemma_.lower() in MONEY_WORDS | ROUND | MONEY_FORMS | PORTION_OF | HOLDINGS or t.ent_type_ == "MONEY"
            for t in ch.subtree) for ch in verb.head.children)
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or verb.head.head.lemma_.lower() in SPEECH_LEMMAS:
        return False    # (nor the clause of one who tells it: "A put in $80 million, the company disclosed, with ...")
    subject = next((ch for ch in verb.head.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" \
        and subject.lemma_.lower() not in ROUND | MONEY_FORMS | PORTION_OF | INVESTOR_NOUNS


# what an investor's part may be "of" and still be of the round
PORTION_OF = frozenset(("total", "sum", "raise", "proceed", "money", "cash"))


def _share_names_whole(b: Binding) -> bool:
    """Whether a share or its verb says what it is a share of: "holds 35% of
    the market", "owns a majority in Zeta" (no share of a venture unnamed;
    "of the venture" names the venture itself)."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("of", "in") and not any(
        g.dep_ == "pobj" and g.lemma_.lower() in VENTURE_WORDS for g in ch.children)
        for tok in (b.trigger, b.tokens["_what"]) for ch in tok.children)


VENTURE_WORDS = frozenset(LEMMAS["venture_noun"] + LEMMAS["co_owned_noun"])


# the possessive pronouns that a tenant's landlord may stand behind: "its anchor tenant", "their first tenant"
OWNER_PRONOUNS = ("its", "their", "our")
LANDLORD_PATTERNS = frozenset(p["name"] for p in PATTERNS if p.get("landlord"))


def _landlords_unless_named(found: list[Candidate]) -> list[Candidate]:
    """A sentence's deals, without a tenant's purchase from the article's
    landlord where the sentence names another seller the tenant buys capacity
    from ("A will take 1 GW in the first phase, making it the venture's anchor tenant")."""
    named = {(c.src, c.dst) for c in found if c.kind == "compute_purchase" and c.source not in LANDLORD_PATTERNS}
    buyers = {src for src, _ in named}
    return [c for c in found if c.source not in LANDLORD_PATTERNS or c.src not in buyers or (c.src, c.dst) in named]


_OWNING = frozenset({"own", "hold", "control", "keep", "retain"})


def _names_whole(rest: Token) -> bool:
    """Whether "the rest" names what it is the rest of ("the rest of Zeta",
    "the rest of the site"), other than by a pronoun or shares ("the rest of
    it", "the rest of the shares")."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ != "PRON" and o.lemma_.lower() not in SHARES for o in p.children)
        for p in rest.children)


def _rest_of(trigger: Token, here: list[Mention]) -> str | None:
    """The company whose rest a holder holds: the one its sentence gives
    another part of before it ("A held 40% of B, and C owned the rest"; "B is
    30 percent owned by A; the rest is held by C"; "B, 60% owned by A, with C
    holding the remainder"), or None.

    >>> from ingest.pipeline import load_nlp
    >>> from ingest.gazetteer import Known
    >>> doc = load_nlp(None)("Acme held 40% of Zeta, and Orin owned the rest.")
    >>> _rest_of(doc[9], [Mention(17, 21, 5, 6, "Zeta", Known("Company", "Zeta"))])
    'Zeta'
    """
    at = company_at(here)
    sent = trigger.sent
    start = sent.start
    if start > 1 and sent.doc[start - 1].text == ";":
        start = sent.doc[start - 2].sent.start      # (a semicolon the parser ended a sentence at)
    for tok in reversed(sent.doc[start:trigger.i]):
        if tok.lemma_.lower() not in _OWNING:
            continue
        if tok.dep_ == "acl" and tok.head.i in at:
            return at[tok.head.i]       # "B, 60% owned by A"
        if tok.dep_ == "acl" and tok.head.dep_ == "attr":     # "B is 30 percent owned by A" ("percent" the attribute)
            subject = [ch for ch in tok.head.head.children if ch.dep_ == "nsubj" and ch.i in at]
            if subject:
                return at[subject[0].i]
        for ch in tok.children:
            if ch.dep_ == "nsubjpass" and ch.i in at:
                return at[ch.i]         # "B is 30 percent owned by A"
            if ch.dep_ == "dobj":       # "A held 40% of B"
                held = [o for p in ch.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" and o.i in at]
                if held:
                    return at[held[0].i]
    return None


def _focus_held(b: Binding, sent: Span, here: list[Mention], mentions: list[Mention], focus: str | None) -> str | None:
    """The company the article is about, as the one a holder's share with
    nothing named is of ("Zeta's shares fell 9%. Acme, which owns 8.2 per
    cent, declined to comment": Acme holds part of Zeta), where a relative
    clause on the holder says it, the sentence names no other company ("A
    holds 51%, B owns 29% and C, which holds the rest, ..." own a venture),
    the one before names no company but the article's (not "Arm also reported.
    SoftBank, which owns 90 per cent, ..."), and neither speaks of a market
    ("A controls most of the market. B, which holds 10 per cent, ...")."""
    holders = {m.company for m in b.roles["investor"]}
    if focus is None or focus in holders or b.trigger.dep_ != "relcl" or sent.start == 0 \
            or any(m.company and m.company not in holders for m in here):
        return None
    before = sent.doc[sent.start - 1].sent
    if not {m.company for m in mentions if before.start <= m.token_start < before.end and m.company} <= {focus}:
        return None
    return None if any(t.lemma_.lower() == "market" for t in (*before, *sent)) else focus


def _clause_names_other(trigger: Token, here: list[Mention], tenants: set[str]) -> bool:
    """Whether the clause of a tenant's word names a company other than the
    tenants, or whose tenant it is: "A took 300 MW from C", "the campus C
    runs, whose tenant is A" say who its landlord is."""
    if any(ch.dep_ == "poss" and ch.lower_ not in OWNER_PRONOUNS for ch in trigger.children):
        return True     # ("its tenant": the article's landlord, `Proposer._landlord_for_pronoun`)
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    low, high = clause.left_edge.i, clause.right_edge.i
    # (a company's product names it: "A signed a contract with Amazon Web Services")
    return any(m.company and m.company not in tenants and m.known.type in ("Company", "Product")
               and low <= m.token_start <= high for m in here)


def _leased_at_own_site(lease: Token) -> bool:
    """Whether a lease's space is at its signer's own site: "B signed a lease
    with A for 300 MW of capacity at its Jamestown campus" (B lets it).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Hashline signed a lease with CoreWeave for 300 MW at its Jamestown campus.")
    >>> _leased_at_own_site(doc[3])
    True
    """
    holders = [lease, lease.head] if lease.dep_ == "dobj" else [lease]     # (the parser may hang "at" on the verb)
    holders += [t for h in list(holders) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                for t in p.subtree]    # (or on what the lease is for: "300 MW of capacity at its campus")
    return any(site.lemma_.lower() in SITE_NOUNS and any(ch.dep_ == "poss" and ch.lower_ in OWNER_PRONOUNS
                                                         for ch in site.children)
               for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
               for site in p.children if site.dep_ == "pobj")


def _site_name_after_owner(name: Token | None) -> bool:
    """Whether a name modifying a site noun comes after the site's possessor:
    "B's Ishikari data centre" names the site, where "a B campus" names its owner."""
    return name is not None and name.dep_ == "compound" \
        and any(ch.dep_ == "poss" and ch.i < name.i for ch in name.head.children)


def _buys_assets(verb: Token) -> bool:
    """Whether a verb's object is a company's assets or one of its businesses
    ("bought B's assets", "acquire substantially all of B's assets", "is
    buying B's server business"): an acquisition, no goods bought."""
    return any(obj.lemma_.lower() in BUSINESS_NOUNS
               or any(o.lemma_.lower() in BUSINESS_NOUNS for p in obj.children if p.lower_ == "of" for o in p.children)
               for obj in verb.children if obj.dep_ == "dobj")


# the verbs of offering another's product ("B, which will bundle it with its plans")
OFFER_VERBS = frozenset(LEMMAS["offer_verb"])


def _item_says_more(item: Span, listed: Mention) -> bool:
    """Whether a list item tells its company's tie in words of its own, a
    verb other than one of offering, or a partner's noun ("- CoreWeave, its
    infrastructure partner, which supplies the GPU capacity", "- Kestrel:
    the two companies are jointly developing a variant"), not only where or
    how the product is offered ("- Google Cloud, through Vertex AI", "- B,
    which will bundle it with its plans")."""
    return any(t.i >= listed.token_end and (t.pos_ == "VERB" and t.lemma_.lower() not in OFFER_VERBS
                                             or t.lemma_.lower() == "partner") for t in item)


def _list_members(items: dict[int, Span], sents: list[Span], by_sent: dict[int, list[Mention]]) -> dict[int, Mention]:
    """The company each list item opens with, by the item's sentence start
    ("- Vertiv, cooling partner": Vertiv)."""
    out = {}
    for sent in sents:
        if sent.start in items and (first := item_opening(sent)) is not None:
            found = next((m for m in by_sent.get(sent.start, []) if m.token_start == first.i and m.company), None)
            if found is not None:
                out[sent.start] = found
    return out


# what a company sells of itself: "its assets", "its robotics unit"
BUSINESS_NOUNS = frozenset(LEMMAS["sold_business_noun"])


def _named_business(trigger: Token, here: list[Mention]) -> bool:
    """Whether the business a deal's word sells or buys is named as a company
    ("its cloud arm, Harlow Cloud,", "its Altera unit")."""
    named = {i for m in here if m.company for i in range(m.token_start, m.token_end)}
    return any(t.lemma_.lower() in BUSINESS_NOUNS and any(ch.dep_ in ("appos", "compound") and ch.i in named
                                                          for ch in t.children)
               for t in trigger.subtree)


def _has_target(trigger: Token) -> bool:
    """Whether an investment word says where the money goes ("put $5
    billion into ...", "committed $2 billion to ...", "pledged $1.7
    billion for infrastructure in Indonesia")."""
    return any(ch.dep_ in ("prep", "dative") and ch.lower_ in TARGET_PREPS and not _into_the_round(ch)
               and not _a_date(ch) and not _for_a_sum(ch, trigger) or _purpose(ch) for ch in trigger.children) \
        or any(_spent_on_things(ch) for ch in trigger.children if ch.dep_ == "dobj")


def _an_order(verb: Token) -> bool:
    """Whether a deal verb's object is an order ("placed an order with B")."""
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in ORDER_NOUNS for ch in verb.children)


def _for_a_sum(prep: Token, verb: Token) -> bool:
    """"(subscribed) for NOK 450 million": the sum a verb with no object
    takes, no target (not the price of what it took: "bought a stake for
    $2.8 billion")."""
    return prep.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in MONEY_WORDS
                                        and not any(ch.dep_ in ("prep", "npadvmod") for ch in g.children)
                                        for g in prep.children) \
        and verb.pos_ == "VERB" and not any(ch.dep_ == "dobj" for ch in verb.children)


def _spent_on_things(money: Token) -> bool:
    """A sum said to be for things or a place, into no company: "$1.7
    billion for cloud infrastructure in Indonesia", "$2 billion for data
    centres"."""
    return any(p.dep_ == "prep" and p.lower_ in ("for", "in", "into", "on") and g.dep_ == "pobj"
               and (g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in COMPUTE | SITES)
               for p in money.children for g in p.children)


def _purpose(clause: Token) -> bool:
    """"(invest $5 billion) to deploy B's fuel cells": money spent on an aim,
    into no company."""
    return clause.dep_ in ("xcomp", "advcl") and clause.lemma_.lower() in SPENT_ON and any(
        ch.dep_ == "aux" and ch.lower_ == "to" for ch in clause.children)


def _a_date(prep: Token) -> bool:
    """"in August", "in 2024": a preposition of time, no place money goes to."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _into_the_round(prep: Token) -> bool:
    """"into the round", "into the equity part of the deal": money put into a
    round or deal, which names no company (the round's is meant); "in new
    investment", "in fresh equity": the form the money takes, where it names
    no company of its own ("in new investment in B" does)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    objs += [g for o in objs if o.lemma_.lower() in PARTS for ch in o.children if ch.dep_ == "prep" and ch.lower_ == "of"
             for g in ch.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in ROUND | DEAL_NOUNS | PARTS or o.lemma_.lower() in MONEY_FORMS
                              and not any(ch.dep_ == "prep" for ch in o.children) for o in objs)


TARGET_PREPS = {"in", "into", "to", "toward", "towards", "for", "behind"}
PARTS = {"part", "portion", "tranche", "slice", "leg"}


def _coordinated_clauses(verb: Token) -> frozenset[int]:
    """The words of the verbs coordinated below a verb, each with its own
    object: in "A has contracted 20 MW of capacity from B and has ordered
    accelerators from C" the second clause is a deal of its own, whose
    goods say nothing of what B sells.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta has rented capacity from Acme and has ordered chips from Orbit.")
    >>> sorted(doc[i].text for i in _coordinated_clauses(doc[2]))
    ['Orbit', 'chips', 'from', 'has', 'ordered']
    """
    return frozenset(t.i for ch in verb.children if ch.dep_ == "conj" and ch.pos_ == "VERB"
                     and any(g.dep_ == "dobj" for g in ch.children) for t in ch.subtree)


def _goods_kind(trigger: Token, things: set[str]) -> tuple[bool, bool]:
    """(compute, hardware): what a verb of buying or supplying says it buys
    in its own object, for a seller whose trade is not known ("A bought
    $1.5 billion of servers from B", "B will supply A with 50,000 GPUs",
    "A will spend $1 billion on B's accelerators", "A will buy GPU capacity
    from B" is compute). Its other phrases say nothing ("A bought a stake
    from B, which makes chips").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Orrin will buy accelerators from Kestrel.")
    >>> _goods_kind(doc[2], set())
    (False, True)
    >>> doc = load_nlp()("Orrin has chosen Kestrel to supply the servers.")
    >>> _goods_kind(doc[2], set())
    (False, True)
    """
    words: set[str] = set()
    heads: set[str] = set()     # the objects' own nouns: "compute dies" are dies
    # (and the phrases of the figure that sizes a noun: "orders totaling $2 billion for server racks")
    sized = [g for a in trigger.children if a.dep_ == "acl" and a.lemma_.lower() in _SIZING_VERBS
             for g in a.children if g.dep_ == "prep"] if trigger.pos_ == "NOUN" else []
    # (and the supplying hung on its worth: "an order worth $300 million from A, to supply servers"; an
    # infinitive there is the noun's own, `pipeline.worth_purpose`)
    worth = [g for a in trigger.children if a.dep_ == "amod" and a.lower_ == "worth"
             for g in a.children if g.dep_ == "advcl"] if trigger.pos_ == "NOUN" else []
    for ch in [*trigger.children, *sized, *worth]:
        # (a passive's subject is what it buys: "A's chips are fabricated by B")
        if ch.dep_ in ("dobj", "nsubjpass") or ch.dep_ == "prep" and ch.lower_ in _GOODS_PREPS \
                or trigger.pos_ == "NOUN" and ch.dep_ in ("compound", "amod") and ch.lower_ != "worth":
            words |= phrase_words(ch)   # "a cloud contract", "a chip order" (not all its worth's phrase says)
            heads.add(ch.lemma_.lower())
        elif ch.dep_ in ("xcomp", "advcl", "acl") and ch.lemma_.lower() in SUPPLY:
            # ... or in the supplying a seller was chosen (an order was won) for: "A chose B to supply the
            # switches", "A won an order from B to supply servers"
            words |= {w for g in ch.children if g.dep_ == "dobj" for w in phrase_words(g)}
    if words & COMPUTE_GOODS and not heads & HARDWARE_GOODS:
        return True, False
    # (a card of computing: "inference cards", not "gift cards", "SIM cards")
    cards = "card" in words and bool(words & CARD_KINDS)
    return False, bool(words & HARDWARE_GOODS or cards or "Hardware" in things)


def _whole_not_stake(cands: list[Candidate], found: list[Binding]) -> list[Candidate]:
    """A company bought whole by its shares ("A will acquire all outstanding
    shares of B", `whole_company` patterns) is an acquisition, not also the
    stake the shares' patterns read."""
    whole = {b.pattern["name"] for b in found if b.pattern.get("whole_company")}
    pairs = {(c.src, c.dst) for c in cands if c.kind == "acquisition" and c.source in whole}
    return [c for c in cands if not (c.kind == "investment" and (c.src, c.dst) in pairs)]


def _use_unless_offered(cands: list[Candidate], found: list[Binding]) -> list[Candidate]:
    """A customer's use of another's models (`unless_offered` patterns) is no
    partnership where its sentence reads the same pair's distribution: "A
    will use B's models across its apps" offers them to A's users."""
    offered = {frozenset((c.src, c.dst)) for c in cands if c.kind == "distribution"}
    if not offered:
        return cands
    used = {b.pattern["name"] for b in found if b.pattern.get("unless_offered")}
    return [c for c in cands if not (c.source in used and frozenset((c.src, c.dst)) in offered)]


def _deal_that_offers(cands: list[Candidate], found: list[Binding]) -> list[Candidate]:
    """A deal whose words say nothing of what it is ("signed an agreement with B") is the distribution its
    sentence reads for the same pair, no purchase or partnership beside it: "A signed an agreement with
    Microsoft under which its models will be offered through Azure AI Foundry" (not a sized deal, nor "a cloud
    agreement", whose words say what is bought)."""
    offered = {frozenset((c.src, c.dst)) for c in cands if c.kind == "distribution"}
    if not offered:
        return cands
    bare = {b.pattern["name"] for b in found if b.pattern.get("kind") == "deal" and not _sized_sale(b.trigger)
            and not _names_goods(b.trigger)}
    return [c for c in cands if not (c.source in bare and c.kind != "distribution"
                                     and frozenset((c.src, c.dst)) in offered)]


def _names_goods(trigger: Token) -> bool:
    """Whether a deal's own words name what is bought ("a cloud agreement", "a GPU capacity deal")."""
    return any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in COMPUTE | HARDWARE
               for n in _sale_nouns(trigger) + [ch for ch in trigger.children if ch.dep_ == "dobj"]
               for ch in n.children)


def _named_investee_first(cands: list[Candidate]) -> list[Candidate]:
    """An investor whose investee the sentence names ("A and B are among
    Crusoe's investors") is not also given to the round's company; where the
    round's company is that investee, the round verb's figure is the named
    deal's ("A, a longtime B backer, put in $900 million")."""
    named = [c for c in cands if c.kind == "investment" and c.source not in ROUND_PATTERNS]
    for c in cands:
        if c.source in ROUND_PATTERNS and c.amount is not None:
            for same in (n for n in named if (n.src, n.dst) == (c.src, c.dst) and n.amount is None):
                same.amount, same.amount_rank = c.amount, c.amount_rank
    investors = {c.src for c in named}
    return [c for c in cands if not (c.source in ROUND_PATTERNS and c.src in investors)]


SELLER_NOUNS = frozenset(LEMMAS["seller_noun"])


def _partner_beside_seller(noun: Token) -> bool:
    """A partner noun listed with a seller noun: "A's training partner and cloud provider" (the
    seller's tie, no partnership of its own)."""
    if noun.lemma_.lower() != "partner" or noun.pos_ != "NOUN":
        return False
    listed = [ch for ch in noun.children if ch.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
    if noun.dep_ == "attr":     # (the parse may hang the second noun from the copula)
        listed += [ch for ch in noun.head.children if ch.dep_ == "conj" and ch.pos_ == "NOUN"]
    return any(t.lemma_.lower() in SELLER_NOUNS for t in listed)


def _buys_goods(trigger: Token, here: list[Mention]) -> bool:
    """A verb of buying whose objects are chips or systems ("to purchase
    NVIDIA GB300 systems"), not a company: outside company names."""
    names = {i for m in here if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
    # (an object that is a company's name is the company, whatever its descriptor: "buy AI chip startup B")
    # (nor is a company's descriptor the parser makes an object of its own: "buy chip designer B"; nor is
    # a business whose trade is chips: "sell its networking silicon division to B")
    objects = [t for o in trigger.children if o.dep_ == "dobj" and o.i not in names
               and o.lemma_.lower() not in TRADE_NOUNS and o.lemma_.lower() not in BUSINESS_NOUNS
               for t in [o, *o.children]
               if t.dep_ in ("dobj", "compound", "amod") and t.i not in names]
    hardware = {i for m in here if m.known.type == "Hardware" for i in range(m.token_start, m.token_end)}
    # (a maker's name the parser made the object, before its product's: "buy Huawei Ascend 910C accelerators")
    branded = any(o.dep_ == "dobj" and o.i in names and o.i + 1 in hardware for o in trigger.children)
    return branded or any(t.lemma_.lower() in HARDWARE or t.i in hardware for t in objects)


# what a verb may govern besides its subject: `intransitive` patterns read verbs with none of these
OBJECT_DEPS = frozenset({"prep", "dobj", "dative", "prt", "agent", "xcomp", "ccomp", "attr", "acomp", "oprd",
                         "nsubjpass", "auxpass", "advcl"})
STAFF_NOUNS = frozenset({"workforce", "employee", "staff", "worker", "consultant", "practitioner", "engineer",
                         "personnel", "professional", "banker", "lawyer", "accountant"})


def _for_own_staff(trigger: Token) -> bool:
    """Whether what a platform offers goes to its own people ("available to
    its entire workforce", "roll out to its 40,000 employees"): a company
    using a model, a partnership, not a distribution (GUIDELINES "Kinds").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Deloitte will make Claude available to its workforce and to its clients.")
    >>> _for_own_staff(doc[4])
    True
    """
    return any(ch.dep_ in ("prep", "dative") and ch.lower_ == "to"
               and any(g.dep_ == "pobj" and g.lemma_.lower() in STAFF_NOUNS for g in ch.children)
               for ch in trigger.children)


def _has_own_subject(verb: Token) -> bool:
    """Whether a participle's clause has a subject or an opening word of its
    own: "while B is backed by A" is no "Backed by A, B ..." (whose subject is
    the main clause's)."""
    return any(ch.dep_ in ("nsubj", "nsubjpass", "mark", "auxpass") for ch in verb.children)


def _governs_more(verb: Token) -> bool:
    """Whether a verb governs more than its subject, or is no clause's own verb
    ("B participated in the deal with C", "a round led by A": `intransitive`
    patterns read only "A and B led; C participated", also beside others: "C participated alongside D", "C
    joined, along with D")."""
    return verb.dep_ in ("acl", "relcl", "amod") or any(ch.dep_ in OBJECT_DEPS and not _absolute_with(ch)
                                                        and not _clause_of_its_own(ch) and not _beside(ch)
                                                        and not _when_or_how(ch) for ch in verb.children)


def _beside(word: Token) -> bool:
    """"alongside D", "along with D": others beside the subject, not what a verb governs (along with a name:
    not "joined, along with a former Apple designer")."""
    return word.lower_ == "alongside" or word.lower_ == "along" and any(
        ch.lower_ == "with" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in ch.children)
        for ch in word.children)


def _when_or_how(word: Token) -> bool:
    """"for the first time", "for a third time", "through its venture arm",
    "with 60 billion won": when, by what means or with how much, not what a
    verb governs ("C joined for the first time", "D participated through its
    growth fund", "A led with $60 million")."""
    if word.dep_ != "prep":
        return False
    objects = [ch for ch in word.children if ch.dep_ == "pobj"]
    return word.lower_ in ("through", "via") \
        or word.lower_ == "for" and any(ch.lemma_ == "time" for ch in objects) \
        or word.lower_ == "with" and any(ch.ent_type_ == "MONEY" or ch.lemma_.lower() in MONEY_WORDS for ch in objects)


def _clause_of_its_own(word: Token) -> bool:
    """A subordinate clause with a subject of its own ("B joined as well,
    though neither side disclosed ..."), or a clause before the verb that the
    parser hangs on it ("A led the round, B participated"): beside the verb,
    nothing it governs."""
    subject = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in word.children)
    return subject and (word.dep_ == "advcl" and any(ch.dep_ == "mark" for ch in word.children)
                        or word.dep_ == "ccomp" and word.i < word.head.i)


def _absolute_with(word: Token) -> bool:
    """"with B participating", "with C following on": a clause of its own
    beside the verb, not a thing it governs ("A led, with B participating"),
    its "-ing" form below "with" or (as the parser may hang it) beside it."""
    if word.dep_ == "advcl":
        return word.tag_ == "VBG" and with_subject(word)
    return word.lower_ == "with" and any(ch.dep_ == "pcomp" and ch.tag_ == "VBG" or ch.dep_ == "pobj"
                                         and ch.i + 1 < len(ch.doc) and with_subject(ch.doc[ch.i + 1])
                                         for ch in word.children)


def _names_own_company(noun: Token) -> bool:
    """Whether a role noun names whose it is: a possessor or a preposition
    ("OpenAI's shareholder", "an investor in C", "a shareholder of C")."""
    return any(ch.dep_ == "poss" or ch.dep_ == "prep" and ch.lower_ in ("in", "of", "into", "at", "with")
               for ch in noun.children)


def _model_types(pattern: dict) -> tuple[str, ...]:
    """The entity types a `models_only` pattern's model may be: a named model or product, or those it lists."""
    types = pattern["models_only"]
    return types if isinstance(types, tuple) else ("Model", "Product")


def _buyer_names_goods(b: Binding) -> bool:
    """Whether a purchase's buyer is bound to what is bought, the company
    only its modifier ("rent Oracle data-centre capacity", "lease Nvidia
    GPUs"): the company then makes or sells the goods, and buys nothing."""
    goods = b.tokens.get("buyer")
    if goods is None or goods.lemma_.lower() not in COMPUTE | HARDWARE:
        return False
    return all(not (m.token_start <= goods.i < m.token_end) for m in b.roles.get("buyer", []))


def _taken_on_as(word: Token, roles: set[str] | frozenset[str] = TAKEN_ON_AS) -> bool:
    """Whether a verb's company is taken on as a customer, partner or backer
    ("A picked up B as a customer", "A snapped up B as its cloud partner"),
    not bought; `roles`: the nouns it may be taken on as."""
    return any(ch.dep_ == "prep" and ch.lower_ == "as" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in roles for g in ch.children) for ch in word.children)


def _taken_on_in_trade(b: Binding) -> bool:
    """Whether an investor role's company is said to be taken on as a
    customer, supplier or partner ("brought in B as a customer for its
    tools"), on the verb or on the company's own name."""
    words = [b.trigger] + ([b.tokens["investor"]] if "investor" in b.tokens else [])
    return any(_taken_on_as(word, TAKEN_IN_TRADE) for word in words)


def _on_hardware(platform: Token) -> bool:
    """A platform's name that owns hardware ("on NVIDIA's Jetson modules", "on B chips")."""
    return platform.dep_ in ("poss", "compound") and platform.head.lemma_.lower() in HARDWARE


def _offers_own_models(b: Binding) -> bool:
    """A platform role bound to the maker of the models offered ("A already
    sells its models through B"): A is no platform of its own models, and
    the rest of what the verb governs is misread (the parser may make "as
    well as C's platform" a second object)."""
    if not b.pattern["roles"].get("platform", "").startswith(">nsubj"):
        return False    # only a platform named as the offering verb's subject can be the maker instead
    makers = {party_name(m) for m in b.roles.get("model", [])}
    own_object = any(ch.dep_ == "dobj" and ch.lemma_.lower() in MODEL_WORDS
                     and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in ch.children)
                     for ch in b.trigger.children)      # "sells its models ... and C's platform"
    return own_object or any(party_name(m) in makers for m in b.roles.get("platform", []))


def _order_names_seller(b: Binding, here: list[Mention]) -> bool:
    """Whether an order placed in a company's period names another company
    than its buyer and that period's owner, in the order's own phrase ("an
    order for C chips", "a $2 billion order from C") or beside it on the
    verb ("placed an order with C"): the seller is that company."""
    order, trigger = b.tokens.get("_what"), b.trigger
    period_owners = {m.company for m in b.roles.get("seller", [])}
    buyers = {m.company for m in b.roles.get("buyer", [])}
    phrase = {t.i for t in order.subtree} if order is not None else set()
    phrase |= {t.i for ch in trigger.children if ch.dep_ in ("prep", "dative") and ch.lower_ in ("with", "from", "to")
               for t in ch.subtree}
    return any(m.company and m.company not in period_owners | buyers and m.token_start in phrase for m in here)


def _speaker_may_sell(b: Binding, here: list[Mention]) -> bool:
    """Whether the speaker of a purchase it reports can be its seller: the
    purchase names no other company, in its own phrase or as the maker of
    what is bought ("B said A would buy chips from C", "... C's chips", "...
    C GPUs"; the buyer's and the speaker's own names aside), and the speaker
    is not described as an investor ("B, an investor in A, said ...").

    >>> from ingest.extract import Extractor
    >>> from ingest.loaders import RawArticle
    >>> ex = Extractor()
    >>> def deals(text): return [(c.kind, c.from_, c.to) for c in ex.extract(RawArticle(text, "t")).commitments]
    >>> deals("Nvidia said Zorbit AI would buy $2 billion of its chips.")
    [('hardware_purchase', 'Zorbit AI', 'NVIDIA')]
    >>> deals("Oracle said Zorbit AI would buy $2 billion of chips from AMD.")
    [('hardware_purchase', 'Zorbit AI', 'AMD')]
    """
    speaker = b.tokens["seller"]
    if any(t.lemma_.lower() in INVESTOR_NOUNS for t in speaker.subtree):
        return False
    parties = {m.company for role in ("buyer", "seller") for m in b.roles.get(role, [])}
    phrase = {t.i for t in b.trigger.subtree}
    return not any(m.token_start in phrase and (m.company or m.known.owner) not in parties and not m.via_reference
                   for m in here if m.known.type in ("Company", "Hardware", "Product"))


def _own_goods(trigger: Token) -> bool:
    """What a purchase buys is called the speaker's own: "$2 billion of its
    chips", "its GPUs" (a possessive pronoun in the purchase's phrase; the
    buyer does not buy its own goods)."""
    return any(t.dep_ == "poss" and t.lower_ in OWN_POSS for t in trigger.subtree)


def _subject_words(verb: Token) -> frozenset[str]:
    """The words of a verb's subject's phrase ("Nordic cloud operator A")."""
    return frozenset().union(*(phrase_words(ch) for ch in verb.children if ch.dep_ == "nsubj"))


def _buys_company(trigger: Token, here: list[Mention]) -> bool:
    """A verb of buying whose object is a company ("bought Ampere Computing
    from Carlyle"): an acquisition, whose "from" names the former owners."""
    if trigger.lemma_.lower() not in ACQUIRE_VERBS:
        return False    # "A tapped B for capacity" hires B
    objects = {ch.i for ch in trigger.children if ch.dep_ == "dobj"}
    return bool(objects) and any(m.known.type == "Company" and anchor(_root(m, trigger.doc)).i in objects for m in here)


def _bought(trigger: Token) -> list[Token]:
    """What a verb of buying buys: its object ("A bought B shares"), its
    passive's subject ("B shares were bought by A"), or the subject a passive
    is raised to ("B shares are to be bought by A")."""
    objects = [ch for ch in trigger.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not objects and trigger.dep_ == "xcomp" and any(ch.dep_ == "auxpass" for ch in trigger.children):
        objects = [ch for ch in trigger.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return objects


def _holding_names_company(holding: Token, sold: bool) -> bool:
    """Whether a holding names the company it is in: "a stake in C", "10% of
    C", "shares of the startup" (not "a stake in itself", "10% of its
    shares", "Zorb shares"); of a holding sold, also its holder: "A sold its
    stake to B" is A's stake in another company, and so are "half of its
    Zorb shares" and "part of its stake in Zorb".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme sold its stake in Zorb, a 5% stake and 10% of its shares to Vexa.")
    >>> [_holding_names_company(doc[i], sold=True) for i in (3, 8, 11)]   # stake, stake, %
    [True, False, False]
    """
    for ch in holding.children:
        if sold and ch.dep_ == "poss" or ch.dep_ in ("compound", "nmod") and ch.pos_ == "PROPN":
            return True     # "its stake", "its Zorb shares"
        if ch.dep_ == "prep" and ch.lower_ in ("in", "of"):
            for obj in ch.children:
                if obj.dep_ != "pobj" or obj.lower_ in REFLEXIVES:
                    continue
                if obj.lemma_.lower() in SHARES and not (sold and any(
                        g.dep_ == "poss" and g.lower_ not in OWN_POSS for g in obj.children)):
                    if _holding_names_company(obj, sold=False):
                        return True     # "half of its Zorb shares", "part of its stake in Zorb"
                    continue    # "10% of its shares"; "a slice of B's equity" bought names B as the seller does
                return True
    return False


def _holding_in_investee(b: Binding, here: list[Mention]) -> bool:
    """Whether the holding a pattern gives names its own investee as the
    company it is in ("A gave B a 5% stake in A", "... a stake in the
    company"), not another ("a stake in C")."""
    investees = {m.company for m in b.roles.get("investee", [])}
    at = company_at(here)
    held = [g for g in b.tokens["_what"].subtree if g.dep_ == "pobj" and g.head.lower_ in ("in", "of")]
    return any(at.get(g.i) in investees or g.lower_ == "company" and any(d.lower_ == "the" for d in g.children)
               for g in held)


def _for_access(trigger: Token) -> bool:
    """A deal its subject makes to get access to something: "an agreement with
    B for access to 200,000 GPUs", "a deal with B to access its capacity"."""
    return any(t.lemma_.lower() == "access" and (t.dep_ == "pobj" and t.head.lower_ == "for" or t.pos_ == "VERB")
               for t in trigger.subtree if t.dep_ not in ("nsubj", "nsubjpass"))


def _relative_antecedent_bought(verb: Token) -> Token | None:
    """The noun a relative clause of buying is on, where the clause's own
    object is its relative pronoun or missing: "GB200 systems, which A bought
    from B", "the GPUs that A bought from B", "GPUs ordered from B" (systems, GPUs)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    return verb.head if all(o.lower_ in ("which", "that") for o in objects) else None


def _noun_words(noun: Token) -> set[str]:
    """A noun's words and its modifiers' ("GB200 rack-scale systems")."""
    toks = [noun, *(ch for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod"))]
    return {w for t in toks for w in (t.lower_, t.lemma_.lower())}


def _used_thing(verb: Token) -> Token | None:
    """What a verb of using puts to use, whose own phrase says what is bought:
    "A will deploy B's software on its own servers" deploys software (no
    chips: the servers are where it runs), "A will deploy B GPUs in its data
    centres" deploys chips (GUIDELINES "What hardware means").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme will deploy Zorb software on its servers.")
    >>> _used_thing(doc[2]).text
    'software'
    """
    if verb.lemma_.lower() not in USE_OR_RENT:
        return None
    return next((ch for ch in verb.children if ch.dep_ == "dobj"), None)


def _used_words(thing: Token) -> set[str]:
    """The words of what is put to use, less the places it goes ("NIM
    microservices on its GPU servers" is software).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme uses Zorb microservices on its GPU servers.")
    >>> sorted(_used_words(doc[3]))
    ['microservice', 'microservices', 'zorb']
    """
    places = [ch for ch in thing.children if ch.dep_ == "prep" and ch.lower_ in PLACE_PREPS]
    inside = {t.i for p in places for t in p.subtree}
    return {w for t in thing.subtree if t.i not in inside for w in (t.lower_, t.lemma_.lower())}


def _holding_in_company(holding: Token) -> bool:
    """Whether a holding names the company it is in ("B's stake in C", "B's
    shares of C"; not "B's shares", "10% of its shares").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme bought Zorb's stake in Vexa and 10% of its shares.")
    >>> _holding_in_company(doc[4]), _holding_in_company(doc[9])
    (True, False)
    """
    return any(ch.dep_ == "prep" and ch.lower_ in ("in", "of") and any(
        obj.dep_ == "pobj" and obj.lower_ not in REFLEXIVES and obj.lemma_.lower() not in SHARES
        for obj in ch.children) for ch in holding.children)


# what hours or credits of computing are of: "GPU-hours", "cloud credits"
COMPUTE_TIME = frozenset(LEMMAS["compute_time_word"])


def _in_credits(verb: Token) -> bool:
    """Whether the money a verb of putting it somewhere gives is cloud credits ("committed $6 million in Azure
    credits to B"), or what it gives is computing time ("pledged 500,000 GPU-hours to B"), which its receiver
    spends on the giver's cloud (GUIDELINES: credits are a compute purchase)."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if any(o.lemma_.lower() in ("hour", "credit") and any(m.dep_ in ("compound", "amod") and m.lower_ in COMPUTE_TIME
                                                          for m in o.children) for o in objects):
        return True
    sums = [o for o in objects if o.lemma_.lower() in MONEY_WORDS]
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "credit"
                                                             for g in p.children)
               for t in sums for p in t.children)


def _paid_for(verb: Token) -> str | None:
    """The goods a verb of putting money somewhere says the money is for
    ("commits $1.3 billion to B for Nordic capacity": "capacity"), or the
    deal of goods it is paid under ("commits $4 billion to B in a capacity
    deal", "under a cloud contract", "as part of a chip supply agreement":
    "capacity", "cloud", "chip"), or None; the parser may hang "for" on the
    recipient ("commits $2 billion to B for GPU capacity")."""
    recipients = _pobjs(verb, "to") + _pobjs(verb, "into")
    for prep in [*verb.children, *(p for o in recipients for p in o.children if p.lower_ == "for")]:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "for" and obj.lemma_.lower() in COMPUTE | HARDWARE:
                return obj.lemma_.lower()
            if prep.lower_ == "as" and obj.lower_ == "part":
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), obj)
            elif prep.lower_ not in ("in", "under", "through"):
                continue
            if obj.lemma_.lower() in DEAL_NOUNS:
                goods = [ch.lemma_.lower() for ch in obj.children if ch.dep_ in ("compound", "amod")
                         and ch.lemma_.lower() in COMPUTE | HARDWARE]
                if goods:
                    return goods[0]
    return None


def _deal_names_goods(noun: Token, here: list[Mention]) -> bool:
    """Whether the verb a deal noun is the subject of says the deal gets
    something other than a company: capacity, chips, credits, a holding or a
    named product as its object ("A's deal for B includes Azure credits",
    "... gave A a 49% share of profits"; not "... gave A a server design
    team", "A's deal for B closed in May")."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    objects = [o for ch in noun.head.children if ch.dep_ in ("dobj", "attr") for o in (ch, *ch.conjuncts)]
    if any(o.lemma_.lower() in GOODS for o in objects):
        return True
    heads = {o.i for o in objects}
    return any(m.known.type in ("Product", "Hardware") and anchor(_root(m, noun.doc)).i in heads for m in here)


def _relative_of(trigger, name) -> bool:
    """Whether the deal word stands in a relative clause of `name`: "A, which
    also invested in B" (the clause says A's own deal, whatever phrase A is in)."""
    return any(w.dep_ == "relcl" and w.head == name for w in (trigger, *trigger.ancestors))


def _chosen_by_doubter(b: Binding) -> bool:
    """Whether a role reached through the verb above the deal's word is the
    subject of a verb that does not make it a party (`doubt_verb`): "A
    criticised (questioned, is probing) the investment in B" makes A no
    investor; "A made an investment in B" does. A possessor stays: "A
    questioned B's investment in C" is B's."""
    if not any("<dobj" in path for role, path in b.pattern["roles"].items() if not role.startswith("_")):
        return False
    tok = b.trigger
    for _ in range(3):
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in DOUBT_VERBS
        if tok.dep_ not in ("acl", "relcl", "xcomp") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _with_cash(trigger: Token) -> bool:
    """Whether what a verb's subject gets comes with cash ("a mix of cash and
    B stock", "cash and shares"): a deal's price paid to holders, no holding
    bought."""
    return any(t.lower_ == "cash" for obj in _bought(trigger) for t in obj.subtree)


def _buys_shares(trigger: Token) -> bool:
    """A verb of buying whose object is a holding: "acquiring a slice of B's
    equity", "buys shares of B", "purchase a 5% stake" (an investment, not a
    purchase of capacity, whatever else the sentence says it brings). The
    verb's own subject buys: "a warrant to buy B shares" is the warrant's."""
    if not any(ch.dep_ in ("nsubj", "agent") for ch in trigger.children):
        return False
    for obj in _bought(trigger):
        held = [obj] + [g for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of"
                        for g in ch.children if g.dep_ == "pobj"]
        if any(t.lemma_.lower() in SHARES for t in held):
            return True
    return False


# what a deal's worth is called: "the total value (size) of its contracts with B"
VALUE_NOUNS = frozenset(("value", "size", "worth"))


def _supply_deal(trigger: Token) -> bool:
    """A contract or deal named for supplying ("a supply agreement with B",
    "the supply deals that A and B signed with C"): a sale, of what its
    seller is known to sell.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta signed a supply agreement and a research agreement.")
    >>> _supply_deal(doc[4]), _supply_deal(doc[8])
    (True, False)
    """
    return any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() == "supply"
               for n in _sale_nouns(trigger) for ch in n.children)


def _sale_nouns(trigger: Token) -> list[Token]:
    """The deal's own contract, order or deal words: the trigger or its children."""
    return [t for t in (trigger, *trigger.children) if t.lemma_.lower() in SALE_NOUNS]


def _plain_contract(trigger: Token) -> bool:
    """Whether the deal is called a contract, and nothing more ("signed a
    contract with B", "B's multi-year contract with A"), a word of sales,
    where "an agreement" or "a deal" may be any tie; not "a consulting
    contract", "a contract ... to supply networking gear".

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> [_plain_contract(d[1]) for d in (nlp("Zeta signed a contract with Acme."),
    ...  nlp("Zeta signed a consulting contract with Acme."), nlp("Zeta signed a contract with Acme to supply gear."))]
    [True, False, False]
    """
    nouns = [t for t in _sale_nouns(trigger) if t.lemma_.lower() == "contract"]
    if not nouns or any(t.dep_ in ("xcomp", "advcl", "acl", "relcl") and t.head.i in (trigger.i, *(n.i for n in nouns))
                        or t.dep_ in ("acl", "relcl") and t.head.dep_ == "pobj" or t.tag_ == "TO" and t.i > nouns[0].i
                        for t in trigger.subtree):
        return False    # (what the contract is for: "... with B to supply networking gear")
    return all(ch.dep_ in ("det", "poss", "prep", "nummod", "quantmod") and (ch.dep_ != "prep" or ch.lower_ == "with")
               or ch.dep_ in ("compound", "amod") and (ch.like_num or "year" in ch.lower_ or ch.ent_type_ == "MONEY"
                                                       or ch.lower_ in ("new", "long-term", "existing"))
               for n in nouns for ch in n.children)


def _sized_sale(trigger: Token) -> bool:
    """A contract, order or deal with its size stated ("a $3 billion
    contract", "a deal worth up to $2 billion", "a 200 MW agreement"): a
    sale, where "an agreement with" alone may be any tie."""
    nouns = _sale_nouns(trigger)
    if not nouns:
        return False
    if any(n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in VALUE_NOUNS for n in nouns):
        return True     # "the total value of its deals with B": deals whose worth is told
    # the size may hang from the deal's other words: "inked a deal with B worth billions", or be
    # what its verb says of it: "B's contract with A is worth $300 billion", "the deal is valued at ..."
    phrase = [w for t in nouns for w in t.subtree] + [
        w for ch in trigger.children if ch.dep_ in ("prep", "npadvmod", "advmod") for w in ch.subtree] + [
        w for n in nouns if n.dep_ in ("nsubj", "nsubjpass") and n.head.lemma_.lower() in FIGURE_VERBS
        for ch in n.head.children if ch.dep_ in ("acomp", "attr", "dobj", "prep", "npadvmod") for w in ch.subtree] + [
        # or the verb whose object it is: "A expanded its contract with B by $6.5 billion"
        w for n in nouns if n.dep_ == "dobj" and n is not trigger.head
        for ch in n.head.children if ch.dep_ == "prep" and ch.lower_ in ("by", "for") for w in ch.subtree] + [
        # ... or its worth, which the parse may hang from that verb: "signed a contract with B worth $6 billion"
        w for n in nouns if n.dep_ == "dobj"
        for ch in n.head.children if ch.dep_ in ("oprd", "advcl") and ch.lemma_.lower() == "worth" for w in ch.subtree]
    return any(w.lemma_.lower() in SIZE_WORDS or w.lower_ in SIZE_WORDS for w in phrase)


def _ruling(kind: str, trigger: Token) -> bool:
    """Whether a kind-neutral deal's kind was read from its words (what is
    bought, a holding bought, an energy deal, a partnership's vague
    modifiers, joint work or a licence), not defaulted."""
    return kind in ("compute_purchase", "hardware_purchase", "investment") or _energy(trigger) \
        or bool(_vague_modifiers(trigger)) or kind == "partnership" and (_joint_work(trigger)
                                                                         or _alliance(trigger) is not None)


def _alliance(trigger: Token) -> Token | None:
    """A deal's word, or its verb's object, where it is a partnership or alliance."""
    noun = trigger if trigger.pos_ in ("NOUN", "PROPN") else \
        next((ch for ch in trigger.children if ch.dep_ == "dobj"), None)
    return noun if noun is not None and noun.lemma_.lower() in ALLIANCE_NOUNS else None


def _operates(trigger: Token) -> bool:
    """"A signed a deal with B to deploy GPUs": the deal's purpose is the
    subject running or supplying capacity (for the other party)."""
    if not phrase_words(trigger) & OPERATE:
        return False    # none of the phrase's lemmas is such a verb
    return any(t.dep_ in ("advcl", "acl", "xcomp") and t.lemma_.lower() in OPERATE
               and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in t.children) for t in trigger.subtree)


def _built_site(trigger: Token) -> bool:
    """What a passive verb of building or running says is built is a site:
    "a campus (being) built and run for A by B", "the data centre was built for A by B"."""
    verb = trigger
    while verb.dep_ == "conj":
        verb = verb.head
    built = [verb.head] if verb.dep_ == "acl" else [ch for ch in verb.children if ch.dep_ == "nsubjpass"]
    return any(t.lemma_.lower() in SITES for t in built)


def _buys_site(trigger: Token) -> bool:
    """What is bought or leased is a data-centre site: "leased a data-centre
    campus from B", "rented a data center" (its object's own words, not
    "servers for its data centre" or "chips that A will deploy in its data centres")."""
    todo = [ch for ch in trigger.children if ch.dep_ == "dobj"]
    words: set[str] = set()
    while todo:     # the object and its modifiers ("data-centre campus"), not its clauses
        tok = todo.pop()
        words |= {tok.lemma_.lower(), tok.lower_}     # "data" (its lemma "datum")
        todo += [ch for ch in tok.children if ch.dep_ in ("compound", "amod")]
    return names_site(words)


def _deal_to_buy(trigger: Token) -> bool:
    """A deal struck to buy or rent something ("signed an agreement with B to
    rent GPU capacity"): the purchase its own pattern reads is the deal
    (`deal_with_to_buy`), so the partnership read for want of goods named is
    a `weak` one.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme signed an agreement with Zeta to rent capacity. Acme signed an agreement with Zeta.")
    >>> [_deal_to_buy(doc[i]) for i in (1, 11)]
    [True, False]
    """
    clauses = [*trigger.children, *(c for ch in trigger.children if ch.dep_ == "dobj" for c in ch.children)]
    return any(c.dep_ in ("xcomp", "advcl", "acl") and c.lemma_.lower() in BUYING for c in clauses)


def _preliminary_only(trigger: Token) -> bool:
    """A deal made only by a preliminary instrument that says nothing of what
    it is for ("both firms put their names to a letter of intent", "a memorandum of
    understanding was signed by A and B"): a step towards the pair's other
    deal, so the partnership it is read as for want of anything bought is a
    `weak` one, kept only where the article gives the pair no other deal
    (GUIDELINES "Kinds"); a letter of intent to cooperate on chips stays.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme and Zeta signed a letter of intent. Acme and Zeta signed an agreement.")
    >>> [_preliminary_only(doc[i]) for i in (3, 12)]
    [True, False]
    """
    nouns = {t.lemma_.lower() for t in (trigger, *trigger.children) if t.lemma_.lower() in DEAL_NOUNS}
    return bool(nouns) and nouns <= PRELIMINARY and not _joint_work(trigger)


def _joint_work(trigger: Token) -> bool:
    """A deal for joint work or a licence: its noun so modified ("a licensing
    deal", "a research collaboration agreement") or a purpose clause of joint
    work ("... with B to cooperate on memory", "to co-develop chips")."""
    nouns = [t for t in (trigger, *trigger.children) if t.lemma_.lower() in DEAL_NOUNS]
    modifiers = {ch.lemma_.lower() for n in nouns for ch in n.children if ch.dep_ in ("compound", "amod", "nmod")}
    # (and what the deal is of: "a letter of intent to cooperate on memory", "a memorandum of understanding to ...")
    of_what = [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in ("intent", "understanding")]
    clauses = [t for n in [trigger, *nouns, *of_what] for t in n.children
               if t.dep_ in ("acl", "advcl", "xcomp", "relcl") and any(ch.lower_ == "to" for ch in t.children)]
    purposes = {t.lemma_.lower() for t in clauses}
    # ... or what the purpose makes is joint: "a partnership to build joint networking systems"
    joint = any(g.lower_ in ("joint", "jointly", "together") for t in clauses for g in t.subtree)
    # ... or versions of a product: "a partnership to build Finnish versions of A's models" (no capacity
    # sold; not "a cloud agreement with B to train its models", which buys B's)
    versions = any(ch.dep_ == "dobj" and ch.lemma_.lower() == "version"
                   for t in clauses if t.lemma_.lower() in MAKING_VERBS for ch in t.children)
    # ... or a preliminary instrument to design something: "a memorandum of understanding with B to develop a
    # processor" (a contract "to develop models" is the buyer's own work on capacity it buys)
    designing = bool(purposes & DESIGN_VERBS) and {n.lemma_.lower() for n in nouns} <= PRELIMINARY and bool(nouns)
    return joint or versions or designing or bool((modifiers | purposes) & JOINT_WORK)


def _energy(trigger: Token) -> bool:
    """An energy deal ("a nuclear power agreement", "a power purchase
    agreement", "electricity for its data centres"): no purchase of compute."""
    # (and what is got under the deal: "the hall will draw hydropower under a supply agreement with B")
    got = [o for o in trigger.head.head.children if o.dep_ == "dobj"] \
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("under", "through") else []
    if not any(phrase_words(t) & _ENERGY_OR_POWER for t in [trigger, *got]):
        return False    # none of the phrase's words could say so
    # (nor do a relative clause's words: "capacity at B's site, where cheap geothermal power keeps costs down")
    # (but the terms of the deal itself are: "an agreement with B under which B will deliver 115 MW of electricity")
    # (nor a party's apposition: "servers for B, the latest sign that miners are turning their power contracts
    # into data-centre businesses")
    # (nor a clause coordinated with its verb: "A has ordered Nvidia racks, and B will supply electricity to the
    # site under a power purchase agreement" is a deal of its own)
    aside = {t.i for r in trigger.subtree if r.dep_ == "relcl" and not under_deal_terms(r)
             or r.dep_ == "appos" and r.head.pos_ == "PROPN" for t in r.subtree} | _coordinated_clauses(trigger)
    words = [*trigger.subtree, *(t for o in got for t in o.subtree)]
    return any(t.pos_ != "PROPN" and t.i not in aside
               and (t.lemma_.lower() in ENERGY or t.lower_ == "power" and _power_sold(t))
               for t in words)     # "Crusoe Energy" is a name, not what is sold


def _terms_clauses(trigger: Token) -> list[Token]:
    """The relative clauses stating the terms of a deal word, or of the
    deal its verb signs ("signed an agreement under which B will ...")."""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [r for n in nouns for r in n.children if r.dep_ == "relcl" and under_deal_terms(r)]


def _names_goods(trigger: Token) -> bool:
    """Whether a deal's phrase names computing or hardware in its own words,
    not in its names ("a supply agreement with Rimal Compute" names none)."""
    return any(t.pos_ != "PROPN" and t.lemma_.lower() in _COMPUTE_OR_HARDWARE for t in trigger.subtree)


_COMPUTE_OR_HARDWARE = COMPUTE | HARDWARE


def _energy_deal_noun(trigger: Token) -> bool:
    """Whether a deal noun's own modifiers name electricity: "a power
    purchase agreement", "a nuclear supply deal", "a PPA" (not "a computing
    power agreement", nor "a power capacity deal").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("A signed a power-purchase agreement with B and a computing power agreement with C.")
    >>> _energy_deal_noun(doc[6]), _energy_deal_noun(doc[13])
    (True, False)
    """
    if trigger.lemma_.lower() in ENERGY:
        return True
    modifiers = [left for left in trigger.lefts if left.dep_ in ("compound", "amod", "nmod")]
    if any(m.lemma_.lower() in COMPUTE for m in modifiers):
        return False    # ("a computing power agreement")
    return any(t.pos_ != "PROPN" and (t.lemma_.lower() in ENERGY or t.lower_ == "power" and _power_sold(t))
               for left in modifiers for t in left.subtree)


_CAPACITY_UNITS = frozenset(LEMMAS["capacity_unit"])


def _rents_watts(word: Token) -> bool:
    """Whether a word of renting rents a size in watts: a verb's object ("B
    leased 200 MW to A"), or what a lease is for ("a lease with B for 400
    megawatts", "for 400 MW of capacity"; the parser may hang "for" on the
    verb that signs it; not "for 400 MW of solar power"): data-centre
    capacity, whoever rents it out."""
    if any(ch.dep_ == "dobj" and ch.lemma_ in _CAPACITY_UNITS for ch in word.children):
        return True
    if word.pos_ != "NOUN":
        return False
    holders = [word, word.head] if word.dep_ == "dobj" else [word]
    return any(size.dep_ == "pobj" and size.lemma_ in _CAPACITY_UNITS and _of_computing(size)
               for h in holders for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "for"
               for size in ch.children)


def _of_computing(size: Token) -> bool:
    """Whether a size in watts names nothing it is of, or computing ("400 MW of capacity", not "of power")."""
    return all(g.lemma_.lower() in COMPUTE or g.lemma_.lower() == "capacity"
               for of in size.children if of.dep_ == "prep" and of.lower_ == "of"
               for g in of.children if g.dep_ == "pobj")


def _power_sold(power: Token) -> bool:
    """Whether "power" is electricity: a modifier ("power purchase
    agreement") or what a size in watts is of ("1 GW of power"), with no
    word of computing on it ("computing power", "1 GW of compute power")."""
    if any(ch.lemma_.lower() in COMPUTE for ch in power.children) or power.head.lemma_.lower() in COMPUTE:
        return False    # ("computing power", "1 GW of power capacity": computing)
    if power.dep_ in ("compound", "amod") and power.head.lemma_.lower() in LOW_POWER_GOODS:
        return False    # ("low-power memory", "low-power chips": what the goods use; not "backup power systems")
    return power.dep_ in ("compound", "amod") or power.dep_ == "pobj" and power.head.lower_ == "of" \
        and power.head.head.lemma_ in _CAPACITY_UNITS


# chips and the like, which "low-power" describes
LOW_POWER_GOODS = HARDWARE - {"system", "equipment", "rack", "hardware", "module"}


def _fab_tools(trigger: Token) -> bool:
    """A purchase of chipmaking tools ("lithography equipment from B", "EUV
    machines"): no AI hardware. Not a relative clause's words, nor a
    conjoined verb's ("... and buy GPUs" buys chips).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("A will spend $4 billion on lithography equipment from ASML and buy GPUs.")
    >>> _fab_tools(doc[2]), _fab_tools(doc[12])
    (True, False)
    """
    if not phrase_words(trigger) & FAB_TOOLS:
        return False    # none of the phrase's words could say so (read once per word)
    # (the conjuncts below the trigger: a verb it is coordinated under holds the trigger in its own subtree)
    below = [c for c in trigger.conjuncts if trigger.is_ancestor(c)]
    aside = {t.i for r in (*[t for t in trigger.subtree if t.dep_ == "relcl"], *below) for t in r.subtree}
    return any(t.i not in aside and t.lemma_.lower() in FAB_TOOLS for t in trigger.subtree)


def _vague_modifiers(trigger: Token) -> set[str]:
    """The words of "infrastructure partnerships with A", "strategic
    partner": a partnership's modifiers that do not say what is bought."""
    if not phrase_words(trigger) & PARTNER_NOUNS:
        return set()
    return {ch.lemma_.lower() for t in trigger.subtree if t.lemma_.lower() in PARTNER_NOUNS
            for ch in t.children if ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in VAGUE_TIE}


def _deal_goods(trigger: Token, words: set[str]) -> tuple[bool, bool]:
    """(compute, hardware): what a kind-neutral deal's own noun says is sold,
    by its modifiers and what it is "for": "a $3 billion cloud deal with B",
    "B is A's cloud infrastructure partner", "a deal with B for GPU capacity"
    (compute), "a chip supply deal" (hardware), or its purpose ("an
    agreement with B to train its models", `_runs_models_on`: compute); its
    vague modifiers ("infrastructure partner", `_vague_modifiers`, already
    out of the deal's `words`) say nothing. Other words of the sentence do
    not count ("signed a deal with B, which runs cloud services").

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> [_deal_goods(d[1], {"cloud", "chip", "deal"}) for d in (nlp("Zeta signed a cloud deal with Acme."),
    ...  nlp("Zeta signed a chip deal with Acme."), nlp("Zeta signed a deal with Acme, a cloud firm."))]
    [(True, False), (False, True), (False, False)]
    """
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else \
        [ch for ch in trigger.children if ch.dep_ == "dobj" and ch.lemma_.lower() in DEAL_NOUNS | PARTNER_NOUNS]
    said: set[str] = set()
    for holder in [*nouns, trigger]:
        for ch in holder.children:
            if holder in nouns and ch.dep_ in ("compound", "amod", "nmod") or ch.dep_ == "prep" and ch.lower_ == "for":
                said |= phrase_words(ch)
    said &= words
    signed = [trigger.head] if trigger.dep_ == "dobj" else []     # "signed a contract with B to use ..."
    holders = dict.fromkeys([*nouns, trigger, *signed])      # (the trigger may be the deal's noun)
    if said & COMPUTE_GOODS or names_site(said) or any(map(_runs_models_on, holders)):
        return True, False      # "a data center deal with B" sells B's capacity too
    return False, bool(said & HARDWARE_GOODS)


def _runs_models_on(deal: Token) -> bool:
    """Whether a deal is for training or serving models on the other side's
    machines, as its purpose says: "an agreement with B to train and serve
    its models", "signed a contract with B to use the capacity"."""
    worth = [g for c in deal.children if c.lower_ == "worth" for g in c.children]   # "... worth $1 billion to train"
    for ch in [*deal.children, *worth]:
        if ch.i > deal.i and ch.dep_ in ("acl", "relcl", "advcl", "xcomp") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children):
            lemma, said = ch.lemma_.lower(), phrase_words(ch)
            if _on_devices(ch):
                continue        # "to run its models on B's robots": models put in B's products, no capacity
            if lemma in MODEL_RUNNING and (lemma in TRAINING or _object_words(ch) & MODEL_WORK) \
                    or lemma == "use" and said & COMPUTE_GOODS:
                return True     # (not "To serve it, A placed an order with B": serving a customer, nor "to run
                #                 trials on B's models": the object run is no model)
    return False


def _object_words(verb: Token) -> set[str]:
    """The lemmas of a verb's object (or of its coordinated verb's) and of
    the words that name its kind: "to host and run its AI workloads" gives
    {"workload", "ai"}; "to run trials on B's models" gives {"trial"}."""
    out: set[str] = set()
    for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]:
        for obj in (c for c in v.children if c.dep_ == "dobj"):
            out |= {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
    return out


def _models_only(bound: list[Mention], types: tuple[str, ...]) -> bool:
    """Whether a model role binds only models or products (of the types
    given), or a pronoun for their maker beside them ("its Copilot
    assistant": Copilot, and "its" for Microsoft, the maker of Copilot;
    not "B runs A's Claude model on its chips", where A is named)."""
    makers = {m.known.owner for m in bound if m.known.type in types}
    return all(m.known.type in types or m.via_reference and m.company in makers for m in bound)


def _names_other_than_goods(b: Binding, here: list[Mention], parties: set[str]) -> bool:
    """Whether the clause of a buyer-less pattern names a company other than
    its parties, outside the goods ("The servers, based on Nvidia's chips,
    will be supplied by B": Nvidia only names the chips)."""
    goods = {t.i for t in b.tokens["_goods"].subtree}
    return _clause_names_other(b.trigger, [m for m in here if m.token_start not in goods], parties)


def _same_site(noun: Token) -> bool:
    """A site noun that refers back: "the site", "the Ohio campus" (not "its
    Berlin factory", "a new facility", "the site in Texas")."""
    return all(ch.dep_ == "det" and ch.lower_ == "the" or ch.dep_ in ("case", "compound") for ch in noun.children) \
        and any(ch.dep_ == "det" for ch in noun.children)


def _other_terms(verb: Token) -> bool:
    """Whether a supply verb under a deal "with" a company names a recipient
    of its own ("supply servers to C under an agreement with B": C buys) or
    a deal that is no sale ("under a licensing (financing) agreement with B")."""
    deal = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"
                 for g in p.children if g.dep_ == "pobj"), None)
    if deal is not None and any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in NO_SALE_TERMS
                                for ch in deal.children):
        return True
    return any(ch.dep_ == "dative" or ch.dep_ == "prep" and ch.lower_ in ("to", "for")
               and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in ch.children) for ch in verb.children)


def _on_devices(verb: Token) -> bool:
    """Whether a verb runs something on devices ("run its models on B's
    humanoid robots", "on its phones"), not on machines rented out."""
    held = [verb, *(o for o in verb.children if o.dep_ == "dobj")]     # (the parser may hang "on" on the object)
    return any(p.dep_ == "prep" and p.lower_ in ("on", "onto", "inside", "in") and g.dep_ == "pobj"
               and g.lemma_.lower() in DEVICES for h in held for p in h.children for g in p.children)


def _what_is_got(trigger: Token) -> str | None:
    """What "A secured/landed ... from B" gets when it is not money:
    "capacity" ("a package of computing capacity": A buys), "contract"
    ("a cloud contract": A sells) or "order" ("a $2 billion contract": A
    sells what it is known to sell); None for money.

    Only the object's own words count, never a round's ("raised $2 billion
    in funding to build capacity")."""
    objects = [ch for ch in trigger.children if ch.dep_ == "dobj"]
    words = {t.lemma_.lower() for ch in objects for t in ch.subtree}
    if words & (ROUND | SHARES | {"investment", "money", "cash", "capital"}):
        return None
    if not words & COMPUTE:     # "landed a $2 billion contract from B": B buys what A is known to sell
        return "order" if any(ch.lemma_.lower() in ORDERS for ch in objects) else None
    return "contract" if any(ch.lemma_.lower() in DEAL_NOUNS for ch in objects) else "capacity"


ALLIANCE_NOUNS = frozenset({"partnership", "alliance", "collaboration"})


def _plain_alliance(b: Binding, here: list[Mention]) -> bool:
    """Whether a deal is a partnership or alliance whose words name nothing
    bought (a party's cloud named aside) and no figure: "expanded its
    partnership with Google Cloud to train engineers", "an alliance with
    Microsoft around Azure", "a strategic partnership with Microsoft" are
    partnerships; not "a cloud partnership with B", "a partnership with B for
    GPU capacity", nor "extended its partnership with A under an agreement
    valued at $2 billion", which buy capacity (GUIDELINES "Cloud and
    data-centre ties").

    >>> from ingest.extract import Extractor
    >>> from ingest.loaders import RawArticle
    >>> ex = Extractor()
    >>> def deals(text): return [(c.kind, c.from_, c.to) for c in ex.extract(RawArticle(text, "t")).commitments]
    >>> deals("Zeta Consulting expanded its partnership with Google Cloud to train 8,000 engineers.")
    [('partnership', 'Zeta Consulting', 'Google')]
    >>> deals("Zeta Labs expanded its cloud partnership with Google Cloud.")
    [('compute_purchase', 'Zeta Labs', 'Google')]
    """
    noun = _alliance(b.trigger)
    if noun is None or any(t.ent_type_ == "MONEY" for t in noun.head.subtree):
        return False
    parties = {m.company for ms in b.roles.values() for m in ms}
    clouds = {i for m in here if m.known.type == "Product" and m.company in parties
              for i in range(m.token_start, m.token_end)}
    named = {i for ms in b.roles.values() for m in ms for i in range(m.token_start, m.token_end)} | clouds
    words = {w for t in noun.subtree if t.i not in named for w in (t.lower_, t.lemma_.lower())}
    return not words & (COMPUTE | HARDWARE | RENTED)


def _made_with_another(trigger: Token, here: list[Mention], parties: set[str]) -> bool:
    """Whether a deal's verb or its deal noun says it was made "with" a
    company ("A and B both signed capacity contracts with C", "contracts with
    C were signed by A and B"), or the deal's own phrase names a company
    other than its parties ("A and B signed agreements to supply memory for
    C"; not "A and B unveiled a collaboration under which they will ..."),
    or says each made its own with others ("A and B have announced
    alliances of their own with model developers", "deals with chipmakers",
    "A and B signed separate agreements")."""
    names = {i for m in here if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
    # (another's chips too: "A and B placed orders for H200 chips" are each one's order from Nvidia)
    others = {i for m in here if m.known.type == "Company" and m.company not in parties
              or m.known.type == "Hardware" and m.known.owner and m.known.owner not in parties
              for i in range(m.token_start, m.token_end)}
    heads = [trigger, *(ch for ch in trigger.children if ch.dep_ in ("dobj", "nsubjpass"))]
    return any(ch.dep_ == "prep" and ch.lower_ == "with" and any(
        g.i in names or g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in TRADE_NOUNS for g in ch.subtree)
        for h in heads for ch in h.children) \
        or any(g.i in others or _their_own(g, h) for h in heads[1:] for g in h.subtree) \
        or any(g.dep_ == "amod" and g.lower_ in SEPARATE for h in heads[1:] for g in h.children)


def each_for_itself(trigger: Token, subject: Token) -> bool:
    """Whether the subjects of a deal they would make together are said to
    act each on its own: "A and B each (both) agreed to build plants", "Both
    A and B set up joint labs", "A and B separately opened centres", "A and
    B, both of which signed licences".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Nvidia and AMD each agreed to build chips in Arizona.")
    >>> each_for_itself(doc[4], doc[0]), each_for_itself(doc[4], doc[2])
    (True, True)
    >>> doc = load_nlp(None)("Separately, Nvidia and AMD agreed to build chips in Arizona.")
    >>> each_for_itself(doc[6], doc[2])
    False
    """
    if each_of_which(subject):
        return True     # the subject itself: "A and B, both of which have landed large agreements"
    verbs = [trigger, *([trigger.head] if trigger.dep_ in ("xcomp", "conj") else [])]
    # (a word of the verb's after the subject: "Separately, A and B agreed to ..." opens a new item)
    words = [ch for v in verbs for ch in v.children if ch.i > subject.i] + \
        [ch for t in (subject, *subject.conjuncts) for ch in t.children]
    return any(w.lower_ in _ON_ITS_OWN for w in words)


def each_of_which(subject: Token) -> bool:
    """Whether a subject says that each of a list acts on its own: "both
    of which", "each of them", "all of which"."""
    return subject.lower_ in ("both", "each", "all") and any(ch.lower_ == "of" for ch in subject.children)


# words that say each of several subjects acts on its own
_ON_ITS_OWN = frozenset({"each", "both", "separately", "respectively", "independently", "individually"})


def _their_own(tok: Token, deal: Token) -> bool:
    """"own" said of the deal noun itself: "alliances of their own", "their
    own commitments" (deals each party made for itself; not "an agreement
    to build their own chips")."""
    if tok.lower_ != "own":
        return False
    if tok.head.i == deal.i:
        return any(ch.lower_ == "their" for ch in deal.children)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == deal.i \
        and any(ch.lower_ == "their" for ch in tok.children)


def _supplies_only_buyer(trigger: Token, here: list[Mention]) -> bool:
    """"(a contract) to supply B": the supply verb names its buyer and
    nothing supplied, or goods of no kind ("with the same parts"); "to
    supply B with power" names what is sold, and the seller's known role no
    longer decides it."""
    names = {i for m in here if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
    return not any(ch.dep_ == "dobj" and ch.i not in names or ch.dep_ == "prep" and ch.lower_ == "with" and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in GENERIC_GOODS for g in ch.children) for ch in trigger.children)


def _person(tok: Token) -> bool:
    """A word naming a person: a person's name, "he", "she" or "who", or a noun with a name beside it ("the
    footballer Sam Vell")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "who") or any(
        ch.dep_ in ("appos", "compound") and ch.ent_type_ == "PERSON" for ch in tok.children)


def _round_word(tok: Token) -> bool:
    """A round's noun, or a round's letter named with it ("Series A")."""
    return tok.lemma_.lower() in ROUND or any(ch.dep_ == "compound" and ch.lemma_.lower() in ROUND
                                              for ch in tok.children)


def _round_owner(b: Binding, here: list[Mention]) -> str | None:
    """The company a round's own possessive names, or its backers' ("A led
    the lab's $2 billion round", "B's backers, including A,"; a reference
    resolved to its company), or None."""
    # (a pattern with no round word of its own: what its verb took part "in", "took part in the lab's Series A",
    # where the parser may make the possessor itself the object: "in [Tessellate]'s Series A")
    joined = None if "_round" in b.tokens else next(
        (g for ch in b.trigger.children if ch.dep_ == "prep" and ch.lower_ == "in" for g in ch.children
         if g.dep_ == "pobj"), None)
    if joined is not None and not _round_word(joined):
        return _company_at(joined, here) if _possessor_of_round(joined) else None
    words = [b.tokens.get("_round") or joined, b.trigger if b.trigger.lemma_.lower() in INVESTOR_NOUNS else None]
    owner = next((ch for w in words if w is not None for ch in w.children if ch.dep_ == "poss"), None)
    if owner is None and words[0] is not None:
        owner = _round_taker(words[0])
    return None if owner is None else _company_at(owner, here)


def _round_taker(rnd: Token) -> Token | None:
    """The word naming who a round is for, where its phrase or clause says so: "a round for B", "B closed
    (raised, announced) an A-led round" (not "A joined the round": a joining verb's subject backs it).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Kestrel raised money after Orvane closed a Nvidia-led round.")
    >>> _round_taker(doc[10]).text
    'Orvane'
    >>> doc = load_nlp()("Halden joined a seed round for Zeta.")
    >>> _round_taker(doc[4]).text
    'Zeta'
    """
    named = next((g for ch in rnd.children if ch.dep_ == "prep" and ch.lower_ == "for"
                  for g in ch.children if g.dep_ == "pobj"), None)
    if named is not None:
        return named
    verb = rnd.head
    if rnd.dep_ == "dobj" and verb.lemma_.lower() in ROUND_TAKING:
        return next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _lets_out(verb: Token) -> bool:
    """A verb of renting with "out": letting, not taking ("B rents out GPU capacity", "B leases out its halls").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Kovix rents out GPU capacity, and Zeta rents servers.")
    >>> _lets_out(doc[1]), _lets_out(doc[8])
    (True, False)
    """
    return verb.lemma_.lower() in RENT_VERBS and any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in verb.children)


def _governs_place(verb: Token) -> bool:
    """Whether a verb's "in" (or "into") names where the money goes ("invest 500
    billion yen in a platform", "put in 1.2 billion yuan in new data centres"):
    a preposition with an object."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("in", "into") and any(g.dep_ == "pobj" for g in ch.children)
               for ch in verb.children)


def _customer_use(b: Binding) -> bool:
    """Whether a use of another's models is the subject company's own, to
    come or going on: not its staff's ("Researchers at A used B's models in a
    study"), nor a test already run ("A tested B's models on 40 tasks"), nor
    a use refused or stopped."""
    subject = b.tokens["partner"]
    stopped = b.trigger.dep_ in ("xcomp", "ccomp") and b.trigger.head.lemma_.lower() in STOPS
    if subject.lemma_.lower() in PEOPLE or stopped:
        return False    # (nor one refused or stopped: "A has refused to use B's models", "A stopped using B's tools")
    return not (b.trigger.lemma_.lower() in ("test", "trial") and b.trigger.tag_ == "VBD")


# verbs that refuse or end what their clause does
STOPS = frozenset(LEMMAS["refuse_verb"] + LEMMAS["end_verb"] + ["stop", "cease", "abandon"])


def _blank_check_pair(b: Binding, doc: Doc) -> bool:
    """Whether a merger's acquirer is a blank-check company and the company acquired is not ("A agreed to merge
    with B Acquisition Corp.", "A's business combination with B, a blank-check firm"; not "A merged with C")."""
    return all(_blank_check(m, doc) for m in b.roles["acquirer"]) \
        and not any(_blank_check(m, doc) for m in b.roles["acquired"])


def _blank_check(m: Mention, doc: Doc) -> bool:
    """Whether a company is a blank-check company: by its name, which ends in "Acquisition" and perhaps its
    series ("Thornby Peak Acquisition Corp. II"; not "Acme Acquisitions Group"), or by the noun in apposition
    to it ("Fennimore, a blank-check company", "Pellisier, the SPAC backed by ...", "a special purpose
    acquisition company"; not "a Shell-backed startup", "a SPAC-listed drone maker")."""
    words = [w for w in m.company.replace(".", " ").split() if w not in SPAC_SERIES]
    if words and words[-1] == "Acquisition":
        return True
    head = m.head(doc)
    for noun in (ch for ch in head.children if ch.dep_ == "appos"):
        before = doc[noun.left_edge.i:noun.i].text.lower()
        named = "blank-check" in before or "blank check" in before or "special purpose acquisition" in before
        if noun.lower_ == "spac" or named and noun.lemma_.lower() in ("company", "firm", "vehicle", "corporation"):
            return True
    return False


# what may follow "Acquisition" in a blank-check company's name: its legal form and its series
SPAC_SERIES = frozenset({"Corp", "Corporation", "Company", "Co", "Inc", "Ltd", "Limited", "Holdings", "I", "II", "III",
                         "IV", "V", "VI"})


def _names_anything(phrase: Token, here: list[Mention]) -> bool:
    """Whether a phrase names a company, a model or a product, known or not ("B's models", "Daon-K"; not "the
    tool")."""
    words = {t.i for t in phrase.subtree}
    return any(phrase.doc[i].pos_ == "PROPN" for i in words) or any(m.token_start in words for m in here)


def _unknown_name(word: Token, here: list[Mention]) -> bool:
    """Whether a word is a proper name no mention covers, or only one of a
    model or product whose maker no one knows ("Tessiter" in "A will sell
    Tessiter through B", "Brisvane 2"): a product of the article's own."""
    covering = [m for m in here if m.token_start <= word.i < m.token_end]
    # (or the version number that heads a model's name in the parse: "Tern 2 will be sold through B")
    named = word.pos_ == "PROPN" or word.pos_ == "NUM" and (
        bool(covering) or any(ch.dep_ == "compound" and ch.pos_ == "PROPN" for ch in word.children))
    return named and all(
        m.known.type in ("Model", "Product") and not (m.company or m.known.owner) for m in covering)


def _subject_makes(b: Binding, here: list[Mention]) -> bool:
    """Whether a `maker_subject` pattern's subject (its "_maker" word, a name or a pronoun the references
    resolved) is the maker of the model it offers."""
    word = b.tokens["_maker"]
    subject = {m.company for m in here if m.token_start <= word.i < m.token_end}
    return bool(subject & {m.company or m.known.owner for m in b.roles["model"]})


def _recipient(tok: Token | None, verb: Token) -> bool:
    """Whether a role word is what a verb gives to: its dative, or in its "to" or "for" phrase ("rents out
    capacity to Meta")."""
    return tok is not None and any(ch.dep_ == "dative" or ch.dep_ == "prep" and ch.lower_ in ("to", "for")
                                   and ch.left_edge.i <= tok.i <= ch.right_edge.i for ch in verb.children)


def _company_at(tok: Token, here: list[Mention]) -> str | None:
    """The company a mention of the sentence names at a word, or None."""
    return next((m.company for m in here if m.company and m.known.type == "Company"
                 and m.token_start <= tok.i < m.token_end), None)


def _possessor_of_round(tok: Token) -> bool:
    """A name with its "'s" that a round's words follow: "Tessellate's Series A" parsed with the name as the head.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Kappa took part in Tessellate's Series A round and in Orvane's chip order.")
    >>> [_possessor_of_round(doc[i]) for i in (4, 11)]
    [True, False]
    """
    return any(ch.dep_ == "case" for ch in tok.children) and any(
        t.lemma_.lower() in ROUND for t in tok.doc[tok.i + 1:min(tok.i + 4, len(tok.doc))])


def _with_clause_investee(trigger: Token, here: list[Mention]) -> str | None:
    """The company the main clause puts money into, for backers added in a
    "with" clause ("A and B each committed $19 billion to C's equity, with D
    and E also contributing": C, not the article's company).

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> text = "Acme committed $9 million to Zeta's equity, with Orbo also contributing."
    >>> doc = ex.nlp(text)
    >>> _with_clause_investee(doc[13], ex.recognizer.mentions(doc, text))
    'Zeta'
    """
    if trigger.dep_ not in ("pcomp", "advcl") or trigger.head.lower_ != "with" or trigger.head.dep_ != "prep":
        return None
    verb = trigger.head.head
    targets = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "into")
               for g in p.children if g.dep_ == "pobj"]
    owners = [t for g in targets for t in (g, *g.children) if t is g or t.dep_ == "poss"]
    return next((m.company for t in owners for m in here if m.company and m.known.type == "Company"
                 and m.token_start <= t.i < m.token_end), None)


def _speaker_investee(b: Binding, here: list[Mention]) -> str | None:
    """The company that says others will put money in, where their money
    goes to no company named ("Zeta said A will invest up to $75 million in
    two tranches": Zeta's own round, not the round the article told of
    before); never one of the binding's own investors.

    >>> from ingest.extract import Extractor
    >>> ex = Extractor()
    >>> text = "Zeta said Orbo will invest up to $75 million in two tranches."
    >>> doc = ex.nlp(text)
    >>> here = ex.recognizer.mentions(doc, text)
    >>> b = next(b for b in ex.proposer.roles.bindings(doc, here) if b.pattern.get("round"))
    >>> _speaker_investee(b, here)
    'Zeta'
    """
    verb = next((t for t in (b.trigger, *b.trigger.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_LEMMAS or verb.head.i > verb.i:
        return None     # (not an attribution after the news: "A led the round, the company said")
    investors = {m.company for m in b.roles.get("investor", [])}
    subject = next((ch for ch in verb.head.children if ch.dep_ == "nsubj"), None)
    return next((m.company for m in here if subject is not None and m.company and m.known.type == "Company"
                 and m.token_start <= subject.i < m.token_end and m.company not in investors), None)


def _clause_raiser(b: Binding, here: list[Mention]) -> str | None:
    """The company raising money in the clause above a round's word, where a
    sentence tells of two ("A took in $400 million in a round headed by B,
    and C raised $900 million with D in the lead": B's round is A's, D's
    C's); never one of the binding's own investors, nor the subject of a
    verb that raises no sum ("A and B also took part, and B's share came to
    $60 million": "took part" raises nothing)."""
    investors = {m.company for m in b.roles.get("investor", [])}
    for verb in b.trigger.ancestors:
        if verb.pos_ != "VERB" or not tells_own_round(verb) and (
                verb.lemma_.lower() not in RoundTarget.RAISE
                or not any(ch.dep_ == "dobj" and ch.ent_type_ == "MONEY" for ch in verb.children)):
            continue    # a sum raised ("took in $400 million"), not "took part"; or a round announced
        subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        companies = [m for m in here if m.company and m.known.type == "Company"]
        if subject is None:     # the parser lost the verb's subject ("A, the company started by B, raised ...",
            #                     "raised" hung as a dep): the first company before it that is a subject
            raiser = next((m.company for m in companies if m.token_end <= verb.i
                           and m.head(verb.doc).dep_ == "nsubj"), None)
        else:
            raiser = next((m.company for m in companies if m.token_start <= subject.i < m.token_end), None)
        return raiser if raiser not in investors else None
    return None


def _valued_company(sent: Span, here: list[Mention]) -> str | None:
    """"The round, which values B at $40 billion, includes $5 billion from
    A", "A joined the round, which valued B at $14 billion": the company a
    round's sentence values is the round's company."""
    for tok in sent:
        if tok.lemma_.lower() != "value" or tok.pos_ != "VERB" or \
                not any(ch.dep_ == "prep" and ch.lower_ == "at" for ch in tok.children):
            continue
        for ch in tok.children:
            if ch.dep_ == "dobj":
                named = next((m.company for m in here if m.company and m.known.type == "Company"
                              and m.token_start <= ch.i < m.token_end), None)
                if named:
                    return named
    return None


def _split_object(tok: Token, noun: Token) -> bool:
    """"A won a $3 billion, multi-year contract to ...": the parse may make
    the figure and the noun after its comma two objects of one verb; the
    figure is the noun's own where only punctuation parts them.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Vantage Data Centers won a $3 billion, multi-year contract to provide capacity to Meta.")
    >>> _split_object(doc[7], doc[12]), _split_object(doc[7], doc[3])
    (True, False)
    """
    if tok.dep_ != "dobj" or noun.dep_ != "dobj" or tok.head != noun.head or tok.i >= noun.i:
        return False
    between = tok.doc[tok.right_edge.i + 1:noun.left_edge.i]
    return all(t.is_punct for t in between) and any(t.dep_ == "det" for t in tok.children)


def _sized_by_predicate(tok: Token, trigger: Token) -> bool:
    """"Amazon's investment in Anthropic could total $8 billion": the
    deal word is the subject and the figure the object of a verb of size."""
    verb = trigger.head
    return trigger.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in FIGURE_VERBS \
        and _depth_below(tok, verb, limit=3) is not None


ORDER_VERBS = frozenset(LEMMAS["order_verb"])


def _places_order(verb: Token) -> bool:
    """Whether a verb places an order ("A placed (booked) an order with B"): its subject buys."""
    return verb.lemma_.lower() in ORDER_VERBS and any(ch.dep_ == "dobj" and ch.lemma_.lower() == "order"
                                                       for ch in verb.children)


def _worth_of_deal(tok: Token, trigger: Token) -> bool:
    """Whether a figure is what "worth" says a deal or its goods are worth, in
    the deal's own clause: "signed a capacity agreement worth $6.2 billion",
    "placed an order worth about ¥100 billion", "ordered racks worth up to $3
    billion", "the contract is worth $2 billion" (not a company's worth: "B,
    worth $4 trillion")."""
    worth = tok.head
    if worth.lower_ != "worth" or worth.head == worth:
        return False
    held, verb = worth.head, None
    if held.pos_ in ("VERB", "AUX"):    # "the lease is worth ...", "placed an order for chips, worth ..."
        roles = ("nsubj", "nsubjpass") if worth.dep_ == "acomp" or held.lemma_.lower() == "be" else ("dobj",)
        verb, held = held, next((ch for ch in held.children if ch.dep_ in roles), None)
    if held is None or held.lemma_.lower() not in DEAL_NOUNS | GOODS:
        return False
    verb = verb or _object_of_verb(held)
    return verb is not None and _object_of_verb(trigger) == verb


def _object_of_verb(word: Token) -> Token | None:
    """The verb whose clause a word is in, reached through objects and
    modifiers only (itself, where it is one); None for a word in a subject or
    an apposition ("B, the server arm of A, won an order worth ...": the arm
    is no part of the order)."""
    while word.pos_ not in ("VERB", "AUX"):
        if word.dep_ in ("nsubj", "nsubjpass", "appos", "poss") or word.head == word:
            return None
        word = word.head
    return word


def _price_after_aside(tok: Token, trigger: Token) -> bool:
    """"A will buy assets from B, which makes robots, for $116 million": a
    price ("for" and the figure) ending the sentence after a relative clause
    about a party belongs to the deal's verb before it, wherever the parse
    hung it, unless a verb of a deal of its own holds it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.i < trigger.i:
        return False
    after = [t for t in tok.doc[tok.right_edge.i + 1:tok.sent.end] if not (t.is_punct or t.is_space)]
    if after:
        return False
    aside, cur = False, prep.head
    for _ in range(8):
        if cur == trigger:
            return aside
        if cur.head == cur or cur.lemma_.lower() in DEAL_VERBS:
            return False
        aside = aside or cur.dep_ == "relcl"
        cur = cur.head
    return False


def _light_verb_price(tok: Token, trigger: Token) -> bool:
    """"A completed its purchase of B for $8 billion", "the takeover of B was
    agreed by A for $2 billion": the price ("for" and the figure) hangs from
    the light verb whose object or passive subject is the deal's noun; so
    does a size ("A signed a lease with B for 300 megawatts")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "for" and trigger.pos_ == "NOUN" \
        and trigger.dep_ in ("dobj", "nsubjpass") and prep.head == trigger.head


def _deal_price(tok: Token) -> bool:
    """"a transaction valued at $9 billion", "AI infrastructure valued at $3
    billion", "the deal is valued at $9 billion": the price of a deal or of what it buys, not a company's
    valuation (which "valued at" gives everywhere else)."""
    prep = tok.head
    verb = prep.head
    if prep.lower_ != "at" or verb.lemma_.lower() not in VALUE_VERBS:
        return False
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in DEAL_NOUNS | COMPUTE | HARDWARE
    # "B's agreement with A is valued at $17.4 billion"
    return any(ch.dep_ == "nsubjpass" and ch.lemma_.lower() in DEAL_NOUNS for ch in verb.children)


def _respectively(b: Binding, cand: Candidate, money) -> figures.Figure | None:
    """"A and B will invest $10 billion and $5 billion, respectively", "A will
    pay B $3 billion and C $1 billion" (rejoined by `pipeline.gapping`): the
    n-th figure under the deal word is the n-th party's own, of whichever
    role lists as many parties as there are figures."""
    sent = b.sent
    doc = sent.doc
    paired = doc.user_data.get(PAIRED_FIGURES, ())
    # the verb of a rejoined gapped clause, or the deal word itself: "A pledged $5 billion and B
    # $10 billion in new investment" pairs the figures under "pledged"
    anchor = next((t for t in (b.trigger, *islice(b.trigger.ancestors, 3)) if t.i in paired), None)
    if anchor is None and _RESPECTIVELY not in parse_of(doc).columns[1][sent.start:sent.end]:
        return None
    own = [f for f, tok in money if _depth_below(tok, anchor or b.trigger, limit=6) is not None]
    for role, end in PAIRED_ROLES:
        parties = sorted(b.roles.get(role, []), key=lambda m: m.token_start)
        names = [m.company for m in parties]
        if len(parties) > 1 and len(own) == len(parties) and len(set(names)) == len(names):
            mine = cand.src if end == "src" else cand.dst
            return own[names.index(mine)] if mine in names else None
    return None


def _sole_backer(b: Binding) -> bool:
    """"Perplexity raised $500 million from SoftBank": with one investor and
    no round spoken of, the sum raised is that investor's own."""
    return len(b.roles.get("investor", [])) == 1 and not any(t.lemma_.lower() in ROUND for t in b.trigger.subtree)


def _each_with_figure(sent: Span, f: figures.Figure) -> bool:
    """"A and B will each invest $1 billion", "$1 billion apiece": one figure
    for every investor, where "each" distributes the figure's own clause (not
    "A and B, which each sell chips, invested $1 billion")."""
    tok = figure_token(sent, f)
    if tok is None:
        return any(t.lower_ in ("each", "apiece") for t in sent)
    return _each_over(tok, sent) or _each_own(tok)     # "... $1 billion of GPUs each from A and B"


def _each_in_clause(b: Binding) -> bool:
    """Whether "each" ("apiece") distributes the deal's own clause: "A and B
    each put in $1 billion", "A and B, which each put in $1 billion", "A and B
    each agreed to invest $1 billion"; not "A and B, which each sell chips,
    put in $1 billion" (the two together).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Google and Amazon, which each sell cloud capacity, invested $50 million in Anthropic.")
    >>> [_each_in_clause(Binding({}, doc[i])) for i in (10, 6)]
    [False, True]
    """
    return _each_over(b.trigger, b.trigger.sent if b.sent is None else b.sent)


def _each_over(word: Token, sent: Span) -> bool:
    """Whether an "each" of `sent` distributes the clause of `word` (or a
    clause it is the complement or conjunct of: "each agreed to invest")."""
    if EACH not in parse_of(sent.doc).columns[1][sent.start:sent.end] and "apiece" not in sent.text:
        return False
    verbs = [_clause_of(word)]
    while verbs[-1] is not None and verbs[-1].dep_ in ("xcomp", "conj") and verbs[-1].head != verbs[-1]:
        verbs.append(verbs[-1].head)    # "each agreed to invest", "each signed and invested"
    return any(distributes(t) and _clause_of(t) in verbs for t in sent)


def _clause_of(word: Token) -> Token | None:
    """The verb of the clause a word is in (the word itself if a verb)."""
    return next((a for a in [word, *word.ancestors] if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("aux", "auxpass")
                 or a.dep_ == "ROOT"), None)


def _each_own(tok: Token) -> bool:
    """A figure said to be each one's ("took $25 million each from A and B",
    "$10 million apiece"): "each" or "apiece" hangs from the figure itself."""
    return any(distributes(ch) for ch in tok.children)


def _in_round_phrase(tok: Token, trigger: Token) -> bool:
    """"led the $2 billion round": a figure inside a round's own phrase is
    the round's total."""
    cur = tok
    for _ in range(6):
        if cur == trigger or cur.head == cur:
            return False
        if cur.lemma_.lower() in ROUND and cur != tok:
            return True
        cur = cur.head
    return False


def _depth_below(tok: Token, trigger: Token, limit: int = 4) -> int | None:
    """How many steps down from the deal word the figure sits, through
    its own phrase only (not into another clause)."""
    cur, depth = tok, 0
    while depth <= limit:
        if cur == trigger:
            return depth
        if cur.dep_ == "acl" and cur.lemma_.lower() in _SIZING_VERBS \
                or cur.dep_ == "conj" and (cur.head.like_num or cur.head.ent_type_ == "MONEY"
                                           or cur.head.lower_ in figures.CURRENCIES):
            cur = cur.head      # "a deal valued at $2 billion" is as close as "a $2 billion deal";
            continue            # "$10 billion and $5 billion" (and "8 billion yen, or $53 million") are both
            #                     the deal word's
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in WARRANT_NOUNS:
            cur = cur.head      # "an option to buy $500 million of its stock" is the option's value
            continue
        if cur.dep_ == "relcl" and cur.lemma_.lower() in WORTH_VERBS and cur.head.lemma_.lower() in DEAL_NOUNS:
            cur = cur.head      # "a contract that is worth $2 billion" is the contract's own figure
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _SIZED_BY_OF:
            cur = cur.head.head     # "an investment of $2 billion" is as close as "a $2 billion investment"
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ == "with" and cur.lemma_.lower() in _CHEQUES:
            cur = cur.head.head     # "led the round with a $250 million cheque": the leader's own sum
            continue
        if cur.dep_ in _CLAUSES or cur.head == cur:
            return None
        cur, depth = cur.head, depth + 1
    return None


def _root(m: Mention, doc: Doc) -> Token:
    """A mention's syntactic head, computed once."""
    return m.head(doc)


def _drop_shared_round_amounts(cands: list[Candidate]) -> None:
    """One figure shared by several investors in one company is the round's
    total, not an investor's own amount; so is one price shared by several
    buyers of one company ("B will be acquired by A and C for $40 billion":
    the consortium's, not each buyer's), and one purchase's figure shared by
    several pairs ("A will buy $2 billion of GPUs from B and C": the two
    orders together, GUIDELINES "headline figure"), unless the text says "each"."""
    for c in cands:
        shared = c.amount   # held apart: the loop below clears c's own amount first
        if c.kind in SHARED_PRICE_KINDS and shared is not None and not _each_with_figure(c.sent, shared):
            sharing = [d for d in cands if d.kind == c.kind and d.amount is shared
                       and (c.kind in PURCHASES or d.dst == c.dst)]
            if len({(d.src, d.dst) for d in sharing}) > 1:
                for d in sharing:
                    d.amount, d.amount_rank = None, 99


SHARED_PRICE_KINDS = ("investment", "acquisition") + PURCHASES


def _in_document_order(mentions: list[Mention]) -> list[str]:
    """The companies of some mentions, each once, in the order the text names
    them (a set's order would change from run to run with PYTHONHASHSEED).

    >>> from ingest.gazetteer import Known
    >>> _in_document_order([Mention(9, 10, 2, 3, "B", Known("Company", "B")),
    ...                     Mention(0, 1, 0, 1, "A", Known("Company", "A")),
    ...                     Mention(20, 21, 5, 6, "it", Known("Company", "B"))])
    ['A', 'B']
    """
    return list(dict.fromkeys(m.company for m in sorted(mentions, key=lambda m: m.start) if m.company))

"""Relation rules: which deal a sentence states between two companies, in
which direction, with which figures and status.

Each rule reads the dependency parse around a trigger word (the
preposition or grammatical role that joins a company to the sentence) and
the companies' known roles (cloud provider, chip vendor) from the
gazetteer. The kinds and directions are those of GUIDELINES.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import figures
from .attach import rule_figures
from .gazetteer import Gazetteer, Known
from .parties import (Party, _does, _governing, _mroot, _nearest, _party, _root, _separated, _under, brand_only,
                      capacity_basis, company_at, rented_goods)
from .patterns.rule_words import (ACCESS, ACQUIRE, BACKED, BACKING_PARTICIPLES, CHIP_BASED, CLOUD_BUYING, CLOUD_CHIP,
                                  CLOUD_ROLE, CLOUD_SUPPLY, CLOUD_TALK, COMPUTE, ENERGY_SUPPLIED, CO_WORK_LOWER, DEAL,
                                  DISTRIBUTE, GOODS_BOUGHT, HARDWARE, INVEST, LICENCE, OWNING_PARTICIPLES, PARTNER,
                                  RELIANCE_VERBS, SEPARATE, SHARE_DEAL, SITES, STRONG_PARTNER, SUPPLY_VERBS,
                                  TECH_PARTNER_LOWER, UNITS, VENTURES)
from .patterns.vocab import LEMMAS
from .pipeline import Mention
from .references import mention_in_passing
from .sentences import SentenceFacts, Sentences, by_sentence
from .sides import ACTING_VERBS, TIE_NOUNS, buys_hardware, investment_pairs, supplier_ties, units, venture_of
from .walker import parse_of

# chipmaking tools, which are no AI hardware (GUIDELINES "What hardware means")
FAB_TOOLS = frozenset(LEMMAS["fab_tool_word"])


@dataclass(slots=True)
class Candidate:
    kind: str
    src: str
    dst: str
    sent: Span
    status: str
    amount: figures.Figure | None = None
    capacity: figures.Figure | None = None
    involves: list[Known] = field(default_factory=list)
    confidence: float = 0.6
    amount_rank: int = 99      # parse distance from the figure to the parties (lower = surer)
    source: str = "rules"      # what proposed it: "rules", or the name of the pattern that bound it
    ceiling: bool = False      # a ceiling stated on something other than its figures ("warrants for up to 5M shares")
    ruling: bool = False       # the patterns read the pair's deal here from what the words say (bought, energy, vague)


# The sentence roles (`ingest/parties.py`) in which a company takes a side of the rules' deals.
PROVIDER_ROLES = ("pobj:from", "pobj:with", "poss", "pobj:of", "pobj:on", "pobj:through")   # "capacity from A"
WHERE_BOUGHT_ROLES = ("pobj:for", "poss:pobj:for")      # "systems for its Azure data centers": no seller
COMPUTE_BUYER_ROLES = ("subj", "subjpass", "pobj:from", "poss:nsubj", "dative", "poss", "poss:dobj", "pobj:for",
                       "other", "pobj:with", "dobj")
SUPPLIED_ROLES = ("dobj", "dative", "pobj:to", "pobj:for")      # "A will provide B with ..."
CHIPS_SUPPLIED_ROLES = ("pobj:for", "pobj:to", "poss:pobj:for", "poss:pobj:to", "dative")    # "fabricate CPUs for B"
SUBJECT_ROLES = ("subj", "subjpass")
ACQUIRED_ROLES = ("dobj", "pobj:of")
# what an owner may run and sell the capacity of: "data centres (a site, GPUs) owned by X"
OWNED_PLACES = frozenset(LEMMAS["site_word"] + LEMMAS["compute_word"] + LEMMAS["hardware_word"] + ["site"])
GROUP_ROLES = ("pobj:between", "pobj:among")     # "a partnership between A and B"
# the lemmas one of which a sentence must hold for a rule to find anything in it (read
# where every sentence of the doc is a tree of its own: the words the rule reaches are its own)
UNIT_TRIGGERS = frozenset(UNITS) | TIE_NOUNS     # "Y's chip unit X", "Y's cloud provider X"
VENTURE_TRIGGERS = frozenset(VENTURES)          # "an initiative announced by A, B and C"
MODEL_NOUN = frozenset({"model"})               # "A's models", offered by a platform


@dataclass
class _Reading:
    """One sentence as the rules read it, and the deals found in it so far."""

    facts: SentenceFacts
    here: list[Mention]
    parties: list[Party]
    words: set[str]     # the sentence's words outside company names
    cloud: list[Party]  # cloud providers, or their cloud products
    chips: list[Party]  # chip vendors
    walled: bool        # every sentence of the doc a tree of its own (no head or child outside it)
    found: list[Candidate] = field(default_factory=list)

    def may_hold(self, lemmas: frozenset[str]) -> bool:
        """Whether a rule that reaches only this sentence's words and needs
        one of `lemmas` can find anything here."""
        return not self.walled or not self.facts.words.isdisjoint(lemmas)

    @property
    def hw_named(self) -> list[Mention]:
        return [m for m in self.here if m.known.type == "Hardware"]

    def add(self, kind: str, a: Party, b: Party, conf: float = 0.6) -> None:
        """A deal of `kind` from a to b, unless they are one company, sit in
        separate clauses, or the pair already has a deal of that kind here."""
        if a.company == b.company or _separated(a.token, b.token):
            return
        if any(c.kind == kind and {c.src, c.dst} == {a.company, b.company} for c in self.found):
            return
        things = [m.known for m in self.here if m.known.type in ("Model", "Hardware", "Product")]
        self.found.append(Candidate(kind, a.company, b.company, self.facts.sent, "announced", confidence=conf,
                                    involves=things))


# shares or stock as the form of a price, not the thing bought: "for $250 million in cash and stock",
# "an all-stock deal", "paid in shares"
_PAYMENT = re.compile(r"\b(?:in|with) (?:an? )?(?:cash (?:and|or|plus) )?(?:stock|shares)\b|"
                      r"\b(?:stock|shares) (?:and|or|plus) cash\b|\b(?:all|cash-and|stock-and)-(?:stock|cash)\b|\bstock swap\b")
_PAID_WITH = frozenset({"stock", "shares"})
# ... and as a market price that moved: "sending its shares up 20 percent", "shares of A rose"
_PRICE_MOVE = re.compile(r"\b(?:send|sent|push|pushed|lift|lifted|drive|drove|driving|sending|pushing|lifting) "
                         r"(?:its|their|the) (?:shares|stock)\b|\b(?:shares|stock)(?: price)? (?:of [\w.&-]+ )?"
                         r"(?:rose|fell|jumped|climbed|surged|soared|slid|dropped|gained|tumbled|sank|rallied|were up|were down)\b")


def _without_payment(words: set[str], lower: str) -> set[str]:
    """A sentence's words less "stock" and "shares" where they only say how
    a price is paid ("A acquired B for $250 million in cash and stock" buys
    the company, not its shares) or how a market price moved ("..., sending
    its shares up 20 percent").

    >>> sorted(_without_payment({"acquire", "stock", "cash"}, "a acquired b for $2 million in cash and stock."))
    ['acquire', 'cash']
    """
    if not words & _PAID_WITH or not (_PAYMENT.search(lower) or _PRICE_MOVE.search(lower)):
        return words
    rest = _PRICE_MOVE.sub(" ", _PAYMENT.sub(" ", lower))
    return words if any(w in rest.split() for w in _PAID_WITH) else words - _PAID_WITH


class RelationExtractor:
    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer

    def extract_resolved(self, doc: Doc, all_mentions: list[Mention], sents: list[Span], text: str,
                         sentences: Sentences | None = None) -> list[Candidate]:
        """The rules' deals over mentions that already include the resolved
        references; `sentences`: what is read of each sentence, shared with the patterns."""
        sentences = sentences or Sentences(text)
        out: list[Candidate] = []
        by_sent = by_sentence(all_mentions, [sent.start for sent in sents])
        walled = _walled(doc, sents)
        for sent in sents:
            if sent.start == 0 and _headline_of_several(sent):
                continue
            here = by_sent.get(sent.start, [])
            owners = {m.known.owner for m in here if m.known.type in ("Model", "Hardware") and m.known.owner}
            found: list[Candidate] = []
            if len({m.company for m in here if m.company} | owners) >= 2:
                parties = [_party(m, doc, m.company) for m in here
                           if m.company and not mention_in_passing(m, doc)]
                if len({p.company for p in parties} | owners) >= 2:
                    found = self._sentence(sentences.of(sent), here, parties, walled)
            out.extend(found)
        return out

    def _sentence(self, facts: SentenceFacts, here: list[Mention], parties: list[Party],
                  walled: bool = False) -> list[Candidate]:
        """The deals one sentence states between its parties: each kind's
        rule in turn (a later one sees the deals found before it), then the
        sentence's status and figures. `walled`: see `_Reading`."""
        names = {i for m in here if m.known.type == "Company" for i in range(m.token_start, m.token_end)}
        role = self.g.role
        # a cloud product's party is its owner's (`Mention.company`): a cloud provider too
        r = _Reading(facts, here, parties, _without_payment(facts.words_outside(names), facts.lower),
                     cloud=[p for p in parties if role(p.company, "cloud_providers")],
                     chips=[p for p in parties if role(p.company, "chip_vendors")], walled=walled)
        self._investments(r)
        owned = self._units(r)
        self._acquisitions(r)
        chip_clouds = self._rented_chips(r)
        self._compute_purchases(r, chip_clouds)
        self._hardware_purchases(r)
        self._partnerships(r, owned)
        self._venture_partners(r)
        self._distributions(r)
        found, parties = r.found, r.parties
        caps = facts.capacity if found else []
        if found:
            status = facts.status
            for c in found:
                c.status = status
        rule_figures(found, facts, parties, caps)
        return found

    # ---- one rule per kind -------------------------------------------------------
    def _investments(self, r: _Reading) -> None:
        """Investors and investees (`sides.investment_pairs`); money "in
        Amazon's AI infrastructure" buys compute."""
        if not r.words & INVEST:
            return
        for inv, tgt in investment_pairs(r.parties, r.words, r.facts.text):
            if tgt.role.startswith("poss:pobj:") and tgt.token.head.lemma_.lower() in COMPUTE | SITES:
                r.add("compute_purchase", inv, tgt, 0.6)
            else:
                r.add("investment", inv, tgt, 0.7)

    def _units(self, r: _Reading) -> list[set[str]]:
        """A parent owns its subsidiary (GUIDELINES, Kinds), and a stated
        supplier tie ("Y's primary cloud provider") is a purchase; returns
        the parent-unit pairs."""
        owned: list[set[str]] = []
        if not r.may_hold(UNIT_TRIGGERS):
            return owned
        for owner, unit in units(r.parties):
            r.add("investment", owner, unit, 0.65)
            owned.append({owner.company, unit.company})
        for buyer, seller, kind in supplier_ties(r.parties, self.g):
            r.add(kind, buyer, seller, 0.65)
        return owned

    @staticmethod
    def _acquisitions(r: _Reading) -> None:
        """The subject acquires the object, a company and not shares."""
        if not r.words & ACQUIRE or r.words & SHARE_DEAL:
            return
        subj = [p for p in r.parties if p.role == "subj"]
        objs = [p for p in r.parties if p.role in ACQUIRED_ROLES]
        for a in subj[:1]:
            for b in objs[:1]:
                r.add("acquisition", a, b, 0.6)

    def _rented_chips(self, r: _Reading) -> set[str]:
        """A cloud's own chips (TPU, Trainium) are rented as its compute: the
        clouds whose chips are named, each made a party of the sentence."""
        chip_clouds = {m.known.owner for m in r.hw_named if m.known.owner
                       and self.g.role(m.known.owner, "cloud_providers")
                       and not self.g.role(m.known.owner, "chip_vendors")}
        for m in r.hw_named:
            if m.known.owner in chip_clouds and m.known.owner not in {p.company for p in r.parties}:
                tok = _governing(_mroot(r.facts.sent.doc, m))
                r.cloud.append(Party(m, m.known.owner, tok, "pobj:from" if tok.dep_ == "pobj" else "other",
                                     tok.head.lemma_))
                r.parties = r.parties + [r.cloud[-1]]
        return chip_clouds

    def _compute_purchases(self, r: _Reading, chip_clouds: set[str]) -> None:
        """A cloud provider (or cloud product) sells compute to a buyer."""
        if not r.cloud:
            return      # every seller `_providers` may name is one of the sentence's clouds
        words, lower = r.words, r.facts.lower   # lower: the patterns' words are all lower case (case-blind is slow)
        if not ((words & COMPUTE or chip_clouds or words & HARDWARE and r.cloud) and words & DEAL
                or "cloud" in lower and CLOUD_ROLE.search(lower)) or words & ENERGY_SUPPLIED and _supplies_energy(r.facts.sent):
            return
        for prov, suppliers in self._providers(r, chip_clouds):
            for buyer in _nearest(self._compute_buyers(r, prov, suppliers), prov):
                if self._is_chip_only_context(words) and (
                        self.g.role(prov.company, "chip_vendors") or self.g.role(buyer.company, "chip_vendors")):
                    continue
                r.add("compute_purchase", buyer, prov, 0.55)

    def _providers(self, r: _Reading, chip_clouds: set[str]) -> list[tuple[Party, list[Party]]]:
        """The (at most two) clouds that sell, each with the clouds the
        sentence makes the subject of a supply verb ("X will provide Y with")."""
        # "... systems for its Azure data centers": a cloud named as where the
        # buyer puts what it buys is not the seller
        provider_products = [p for p in r.parties if p.mention.known.type == "Product"
                             and self.g.role(p.company, "cloud_providers")
                             and not p.role.startswith(WHERE_BOUGHT_ROLES)]
        suppliers = [p for p in r.cloud if p.role == "subj" and _does(p, CLOUD_SUPPLY)]
        # "A bought servers from B": a cloud that buys is no seller here
        buying = {p.company for p in r.cloud if p.role == "subj" and _does(p, CLOUD_BUYING)}
        # "Khazna, the builder controlled by B (a cloud)": the owner of a company sells nothing here (the owner of
        # a site may: "capacity in data centres owned by B")
        sellers = [p for p in r.cloud if p.company not in buying and not _owner_of_company(p)]
        providers = suppliers or provider_products or [p for p in sellers if p.role.startswith(PROVIDER_ROLES)] \
            or sellers
        if chip_clouds and not r.words & COMPUTE and not r.words & HARDWARE - CLOUD_CHIP:
            # only a cloud's own chips make this a compute deal: that cloud sells
            providers = [p for p in providers if p.company in chip_clouds] or \
                [p for p in r.cloud if p.company in chip_clouds]
        return [(prov, suppliers) for prov in providers[:2]]

    def _compute_buyers(self, r: _Reading, prov: Party, suppliers: list[Party]) -> list[Party]:
        """Who buys compute from `prov`: not a product, an investor only, or
        another cloud (unless the subject); where a cloud supplies, its
        object or beneficiary; never a chipmaker named in what is bought
        ("NVIDIA GB300 systems") unless the subject."""
        buyers = [p for p in r.parties if p.company != prov.company and not p.mention.known.type == "Product"
                  and p.role in COMPUTE_BUYER_ROLES and not self._is_investor_only(p, r.words)]
        buyers = [b for b in buyers if not self._cloud_not_buying(b, prov, r.words)]
        if prov.role.startswith("pobj:from") or prov.mention.known.type == "Product":
            buyers = [b for b in buyers if b.role != "pobj:from"] or buyers
        if suppliers:   # the supplier's object or beneficiary buys, whatever else it sells
            buyers = [p for p in r.parties if p.company != prov.company and p.role in SUPPLIED_ROLES]
        return [b for b in buyers if not self.g.role(b.company, "chip_vendors") or b.role in SUBJECT_ROLES]

    def _cloud_not_buying(self, b: Party, prov: Party, words: set[str]) -> bool:
        """A cloud (not a lab) buys from another cloud only as the subject, and a smaller cloud from a
        hyperscaler only where the sentence says it rents or buys: read from its words alone, "Nebius
        has a $17 billion capacity deal with Microsoft" is Microsoft's purchase."""
        g = self.g
        if not g.role(b.company, "cloud_providers") or g.role(b.company, "model_labs"):
            return False
        if b.role not in SUBJECT_ROLES:
            return True
        return g.role(prov.company, "hyperscalers") and not g.role(b.company, "hyperscalers") \
            and not words & RENTING

    def _hardware_purchases(self, r: _Reading) -> None:
        """A chip vendor sells hardware to a buyer; "Intel will fabricate
        CPUs for Nvidia": the subject of a supply verb sells."""
        words, caps, hw_named = r.words, r.facts.capacity, r.hw_named
        computed = {c.dst for c in r.found if c.kind == "compute_purchase"}
        # ... and its buyers, where the chips are named only by their maker's brand ("B signed a deal with A to
        # roll out Nvidia GPUs": what A's capacity runs on), not as bought from the maker ("from AMD")
        rented = {c.src for c in r.found if c.kind == "compute_purchase"}
        if words & LICENCE and not words & GOODS_BOUGHT:
            return      # a licensing deal with a chipmaker buys no chips
        if words & FAB_TOOLS:
            return      # chipmaking tools are no AI hardware ("ordered High-NA EUV systems"; GUIDELINES)
        if not (r.chips and (words & HARDWARE or hw_named or CHIP_BASED.search(r.facts.text)
                             or caps and words & COMPUTE) and (caps or buys_hardware(r.facts.sent, hw_named, r.here))):
            return
        suppliers = [v for v in r.chips if v.role == "subj" and _does(v, SUPPLY_VERBS)]
        at = company_at(r.here)
        for vendor in (suppliers or r.chips)[:3]:
            if _under(vendor.token, ACCESS) or brand_only(vendor.token, vendor.company, at,
                                                          lambda c: self.g.role(c, "chip_vendors")) \
                    or capacity_basis(vendor.token, COMPUTE) or self._is_investor_only(vendor, words) \
                    or _relied_on(vendor.token) or rented_goods(vendor.token):
                continue    # access to GPUs through a cloud is the cloud's deal; so are renting them from it and
                #             capacity built on them; a chipmaker named as a backer sells nothing here, nor one
                #             whose chips are only relied on (GUIDELINES "Background ties"), nor chips rented
                #             from someone ("A will rent 4,000 Nvidia GPUs through the network")
            if suppliers:
                buyers = [p for p in r.parties if p.company != vendor.company and p.role in CHIPS_SUPPLIED_ROLES]
            else:
                buyers = [p for p in r.parties if p.company != vendor.company and p.company not in computed
                          and (not self.g.role(p.company, "chip_vendors") or p.role == "subj" and vendor.role != "subj")
                          and not (p.company in rented and not vendor.role.startswith(("pobj:from", "subj")))]
                # a subject among them is the buyer ("A signed an agreement with B to roll out Nvidia GPUs")
                buyers = [p for p in buyers if p.role == "subj"] or buyers
            for buyer in _nearest(buyers, vendor):
                r.add("hardware_purchase", buyer, vendor, 0.5)

    @staticmethod
    def _partnerships(r: _Reading, owned: list[set[str]]) -> None:
        """Companies said to partner; a distinct collaboration (co-development,
        licensing, technical work) beside another deal of the pair, the word
        "partner" only where the pair has no other deal here."""
        lower = r.facts.lower
        co_work = bool(CO_WORK_LOWER.search(lower) or TECH_PARTNER_LOWER.search(lower))
        words = r.words - {"licensed"} if "licensed" in r.words and _licensed_only_describes(r.facts.sent) else r.words
        if words & _PARTNER_NOUNS and words & PARTNER <= _PARTNER_NOUNS \
                and not any(t.lemma_ == "partner" for t in r.facts.sent):
            words = words - _PARTNER_NOUNS  # "its limited (equity) partners": holders (`compound_noun`)
        teamed_up = "team" in words and _TEAM_UP.search(lower)     # (the regex only where the lemma is there)
        if not (words & PARTNER or co_work or teamed_up) or _OF_THEIR_OWN.search(lower):
            return      # "B and C have announced alliances of their own": each with others, not together
        strong = bool(words & STRONG_PARTNER or co_work)
        owned = owned + _owned_in_phrase(r.here, r.facts.sent.doc)
        companies = []
        for p in r.parties:
            if p.mention.known.type == "Company" and p.company not in companies:
                companies.append(p.company)
        pairs = [(a, b) for i, a in enumerate(companies) for b in companies[i + 1:]]
        # "A and B hold stakes in C, with D acting as its partner": D partners C, not A or B
        acting = {p.company for p in r.parties if p.role == "subj" and p.verb in ACTING_VERBS}
        subjects = {p.company for p in r.parties if p.role == "subj"}
        # "A, which is backed (owned) by B and C, will co-develop software with D": the owners are a background tie
        # (not where the backer is named again: "... and will co-develop chips with B")
        backers = {p.company for p in r.parties if p.role == "pobj:by" and p.verb in OWNING_PARTICIPLES} \
            - {p.company for p in r.parties if not (p.role == "pobj:by" and p.verb in OWNING_PARTICIPLES)}
        apart = bool(_SEPARATE_DEALS.search(lower))
        for a, b in pairs[:6]:
            if apart and a in subjects and b in subjects:
                continue    # "A and B signed separate licensing agreements with C": each with C
            if not strong and any({c.src, c.dst} == {a, b} for c in r.found):
                continue
            if a in acting and b in subjects or b in acting and a in subjects or a in backers or b in backers:
                continue
            if {a, b} in owned:
                continue    # a parent and its unit are one business, not partners
            pa = next(p for p in r.parties if p.company == a)
            pb = next(p for p in r.parties if p.company == b)
            if _partners_of_another(pa, pb, strong) or _joined_another(pa, pb, r.parties):
                continue
            r.add("partnership", pa, pb, 0.45 if not strong else 0.6)

    @staticmethod
    def _venture_partners(r: _Reading) -> None:
        """The founders or members of one venture or initiative are partners."""
        if not r.may_hold(VENTURE_TRIGGERS):
            return
        members: dict[int, list[Party]] = {}
        for p in r.parties:
            venture = venture_of(p)
            if venture is not None and p.company not in {q.company for q in members.get(venture.i, [])}:
                members.setdefault(venture.i, []).append(p)
        for group in members.values():
            for i, pa in enumerate(group):
                for pb in group[i + 1:]:
                    r.add("partnership", pa, pb, 0.6)

    @staticmethod
    def _distributions(r: _Reading) -> None:
        """A model's owner distributes it through the platform that offers it."""
        named = [(m.token_start, m.known.owner) for m in r.here if m.known.type == "Model" and m.known.owner]
        if r.may_hold(MODEL_NOUN):
            named += [(p.mention.token_start, p.company) for p in r.parties
                      if _root(p).dep_ == "poss" and _root(p).head.lemma_.lower() in MODEL_NOUN]
        model_owners = list(dict.fromkeys(owner for _, owner in sorted(named)))   # in the order the text names them
        if not model_owners or not DISTRIBUTE.search(r.facts.text):
            return
        for owner in model_owners:
            for p in r.parties:
                if p.company != owner and (p.mention.known.type == "Product" or p.role in ("subj",)):
                    src = next((q for q in r.parties if q.company == owner), None)
                    if src is None:
                        src = Party(p.mention, owner, p.token, "other", "")
                    r.add("distribution", src, p, 0.5)

    # ---- helpers --------------------------------------------------------------------
    def _is_investor_only(self, p: Party, words: set[str]) -> bool:
        """"backed by X", "an investment from X", "the X-backed cloud": X is there as an investor."""
        if p.role in ("pobj:by",) and bool(words & BACKED):
            return True
        if p.token.dep_ == "npadvmod" and p.token.head.lemma_.lower() in BACKING_PARTICIPLES:
            return True
        return p.role.startswith("pobj:") and p.verb in INVEST and p.verb not in COMPUTE

    @staticmethod
    def _is_chip_only_context(words: set[str]) -> bool:
        return bool(words & HARDWARE) and not words & CLOUD_TALK

# the lemmas by which a sentence says capacity is rented or bought, whoever the buyer (a sentence's words
# hold its lemmas: `SentenceFacts.words`)
RENTING = frozenset(LEMMAS["rent_verb"] + ["buy", "purchase"])


def _walled(doc: Doc, sents: list[Span]) -> bool:
    """Whether `sents` cover the doc, one after the other, and each is a
    tree of its own: every word's head in its sentence (so no word outside
    hangs from one inside either). True of the sentences the parser makes;
    a rule that reaches only its own sentence's words can then be skipped
    where they lack its trigger.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Acme bought Beta. Gamma sued Delta.")
    >>> _walled(doc, list(doc.sents)), _walled(doc, [doc[0:2], doc[2:]])
    (True, False)
    """
    heads = parse_of(doc).heads
    covered = 0
    for sent in sents:
        start, end = sent.start, sent.end
        if start != covered or end <= start:
            return False
        words = heads[start:end]
        if min(words) < start or max(words) >= end:
            return False
        covered = end
    return covered == len(doc)


def _owned_in_phrase(here: list[Mention], doc: Doc) -> list[set[str]]:
    """The pairs of companies one of which is named as the other's owner or
    backer in the other's own phrase ("Tencent-owned Riot Games"): one
    business, not partners (however either is referred to elsewhere in the
    sentence)."""
    named = [(m, _mroot(doc, m)) for m in here if m.company]
    companies_at: dict[int, set[str]] = {}
    for m, root in named:
        companies_at.setdefault(root.i, set()).add(m.company)
    out = []
    for m, root in named:
        if root.dep_ in ("npadvmod", "compound", "nmod") and root.head.dep_ == "amod":
            out += [{m.company, c} for c in companies_at.get(root.head.head.i, ()) if c != m.company]
    return out


def _owner_of_company(p: Party) -> bool:
    """Whether a party is named only as the owner of a company: "Khazna, the
    data-centre builder controlled by G42" (the participle hangs on a word
    for the company, not for a site or for capacity: "data centres owned by
    G42" are G42's to run)."""
    if not (p.role == "pobj:by" and p.verb in OWNING_PARTICIPLES):
        return False
    owned = p.token.head.head.head      # "by" -> "controlled" -> what is controlled
    return owned.lemma_.lower() not in OWNED_PLACES


# words that make a list's members work with each other too ("with both A and B, which will work jointly")
_JOINT_WORDS = frozenset({"both", "jointly", "joint", "together", "three-way", "trilateral", "each"})


def _partners_of_another(pa: Party, pb: Party, strong: bool) -> bool:
    """"partnerships with Microsoft and Oracle", "sites with Oracle ...
    centers with SoftBank": both are someone else's partners, not each
    other's (unless both work together: "both X and Y to work jointly")."""
    together = strong and _root(pa) in _root(pb).conjuncts and any(
        t.lower_ in _JOINT_WORDS or t.lower_.startswith("co-") for t in pa.token.sent)
    # (not "licensing agreements with A, B and C"; "co-designed by A and B" is together)
    return pa.role == pb.role and pa.role.startswith("pobj:") and not together and pa.role not in GROUP_ROLES


def _relied_on(tok) -> bool:
    """Whether a name is only what a company relies on ("it relies on
    Nvidia hardware for some workloads"), which the guidelines count as no
    purchase (GUIDELINES "Background ties").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Zeta relies on Nvidia hardware for inference, and it bought AMD chips.")
    >>> _relied_on(doc[3]), _relied_on(doc[11])
    (True, False)
    """
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in RELIANCE_VERBS


def _joined_another(pa: Party, pb: Party, parties: list[Party]) -> bool:
    """Whether two subjects of one verb deal with a third company, its object
    or a "with" on the verb ("A and B have joined C as technology partners",
    "A and B partnered with C"): each is C's partner, not the other's."""
    verb = pa.token.head
    if not (pa.role == pb.role == "subj" and pb.token.head == verb):
        return False
    return any(q.role == "dobj" and q.token.head == verb or q.role == "pobj:with" and q.token.head.head == verb
               for q in parties if q.company not in (pa.company, pb.company))


def _licensed_only_describes(sent: Span) -> bool:
    """Whether each "licensed" of the sentence only describes a thing
    ("training models on licensed curricula"), which is no licence between
    the sentence's companies.

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> _licensed_only_describes(next(nlp("Zeta, which trains models on licensed textbooks, raised $5 million.").sents))
    True
    >>> _licensed_only_describes(next(nlp("Zeta licensed its model to Vexa.").sents))
    False
    """
    return all(t.dep_ == "amod" for t in sent if t.lower_ == "licensed")


def _supplies_energy(sent: Span) -> bool:
    """Whether a supply verb of the sentence supplies power, not compute:
    its object, or what that object measures ("500 megawatts of power"),
    is power, electricity or energy with no compute word on it.

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> _supplies_energy(next(nlp("Tidewater will supply 500 megawatts of power to the site.").sents))
    True
    >>> _supplies_energy(next(nlp("Orbis will provide computing power to Vexa.").sents))
    False
    """
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLOUD_SUPPLY:
            continue
        # (what it supplies, or what it supplies a site with: "supply A's data centres with 960 MW of electricity")
        for obj in [*verb.children, *(g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                                      for g in p.children)]:
            if obj.dep_ not in ("dobj", "pobj"):
                continue
            measured = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                        if g.dep_ == "pobj"]
            if any(t.lemma_.lower() in ENERGY_SUPPLIED and not any(c.lemma_.lower() in COMPUTE for c in t.children)
                   for t in [obj, *measured]):
                return True
    return False


# the words of a deal a headline may list several of ("A unveils B lease, C order and D buyout")
HEADLINE_DEALS = frozenset(LEMMAS["deal_noun"] + LEMMAS["acquire_noun"] + ["lease", "stake", "investment"])
# teaming up, the verb (not a team: "its engineering team"), however the parser tags it
_TEAM_UP = re.compile(r"\bteam(?:s|ed|ing)? up\b")
# the noun "partner", which a compound may make a holder ("limited partners", "equity partners": GUIDELINES
# "Ventures", stakes in a venture are investments)
_PARTNER_NOUNS = frozenset({"partner", "partners"})
# partner words said of each party's own deals: "alliances of their own"
_OF_THEIR_OWN = re.compile(r"\b(?:alliances?|partnerships?|deals?|agreements?|ties|collaborations?) of their own\b")
# ... and of deals each subject made apart: "A and B signed separate agreements with C"
_SEPARATE_DEALS = re.compile(rf"\b(?:{'|'.join(sorted(SEPARATE))}) (?:\w+ )?(?:alliances|partnerships|deals|"
                             r"agreements|contracts|licen[cs]es|pacts)\b")


def _headline_of_several(sent: Span) -> bool:
    """A headline that lists several deals in clauses or phrases joined by
    commas ("A signs B cloud pact, buys startup C", "A unveils B lease, C
    order and D buyout"): the rules, which read a sentence's words, would
    pair every company with every deal word; the patterns read its clauses.

    >>> from ingest.pipeline import load_nlp
    >>> _headline_of_several(next(load_nlp(None)("Acme signs Oracle cloud pact, buys startup Zeta\\n\\nText.").sents))
    True
    """
    text = sent.text.strip()
    whole_line = sent[-1].is_space or sent.text_with_ws.endswith("\n")   # (not the first sentence of a line)
    if not whole_line or "\n" in text or text.endswith((".", "!", "?", '"')) or ", " not in text:
        return False
    # a verb right after a comma ("..., buys startup C") or after its subject there ("A raises $30m, B buys
    # C, D says ..."), or deal words in the plural sense ("B lease, C order")
    after_comma = any(t.pos_ == "VERB" and t.i > sent.start and sent.doc[t.i - 1].text == "," for t in sent) \
        or any(_subject_after_comma(t) for t in sent)
    return after_comma or sum(t.lemma_.lower() in HEADLINE_DEALS for t in sent) >= 2


def _subject_after_comma(verb: Token) -> bool:
    """A verb whose subject opens a new clause after a comma that ends a
    clause of its own ("A raises $30m, B buys C"; not the one clause of "A,
    B sign cloud deal", where the comma lists the subjects)."""
    doc = verb.doc
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.left_edge.i > verb.sent.start and doc[c.left_edge.i - 1].text == ","
        and any(t.pos_ == "VERB" for t in doc[verb.sent.start:c.left_edge.i - 1]) for c in verb.children)

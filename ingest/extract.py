"""One article's text -> an Extraction (entities, commitments, rumours).

Each article stands on its own: one that cannot be parsed or read comes out
as an :class:`ArticleFailure` (one line) and the others of its batch go on.
Long texts are parsed in pieces cut at paragraph, line, sentence or word
boundaries and joined back into one Doc whose offsets are the article's own.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import batched

from spacy.strings import hash_string
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from graph.facts import figure_problem
from graph.schema import SUFFIXES, normalise_name

from .advisers import without_advisers
from .attach import later_deal_figures
from .discourse import VENTURE_NOUNS
from .defined_terms import without_term_names
from .gazetteer import Gazetteer, Known, load_gazetteer
from .loaders import RawArticle, one_line, text_meta
from .models import ArticleMeta, Commitment, Extraction
from .patterns.deals import PATTERNS
from .patterns.rule_words import CO_WORK_LOWER, STRONG_PARTNER
from .patterns.vocab import LEMMAS
from .parties import DEBT, HOLDINGS, company_at, ended, lent, raised_by_another, sold_off
from .pipeline import Recognizer, load_nlp, possessed_models
from .proposals import COMPUTE_GOODS, TERMS_NOUNS, Proposer, each_for_itself, each_of_which, under_deal_terms
from .references import References, model_references
from .relations import Candidate, RelationExtractor
from .roles import MODEL_NOUNS, RIVAL_NOUNS, DealRoles, anchor
from .scorer import ROLES, Context, RelationScorer, features
from .sentences import Sentences
from .trades import article_trades
from .walker import parse_of


PURCHASES = ("compute_purchase", "hardware_purchase")
RAISE_VERBS = frozenset(LEMMAS["raise_verb"])
DEAL_NOUNS = frozenset(LEMMAS["deal_noun"])
# the lemmas of debt, as the parse's LEMMA column holds them (`_Ties._debt_said`)
DEBT_IDS = frozenset(hash_string(w) for w in DEBT)
# the patterns of a partner noun with its owner ("A and B are its partners")
OWNERS_PARTNERS = {p["name"] for p in PATTERNS if p["trigger"] == "partner"}
# the patterns of a deal noun with its owner ("B's agreement with C")
OWNED_DEALS = frozenset({"deal_noun_with"})
VENTURE_PATTERNS = frozenset(p["name"] for p in PATTERNS if p.get("venture"))
# the patterns of partners' money into their partnership ("A and B will invest $5 billion in a partnership")
POOLED_PATTERNS = frozenset({"invest_in_own_partnership", "invest_in_partnership_with"})
NEUTRAL_PATTERNS = frozenset(p["name"] for p in PATTERNS if p["kind"] == "deal")
TERMS_NEAR = 80     # tokens: a deal's terms follow it closely ("... with B. Under the deal, B will ...")
WEAK_PARTNERSHIP = 0.5   # a partnership found only from words like "partner" or "alliance"
# Articles spaCy parses at once. Measured paired over bench/ingest.py's
# texts, 64 parsed 8-13% faster than 16 (the models' matrix work goes in
# larger blocks); 128 and 256 were no faster.
PARSE_BATCH = 64
# Whether the scorer drops what it scores under its threshold, or only sets
# `confidence`. Measured: dropping raised 5-fold CV F1 on the dev set from
# 0.593 to 0.604 but lost 20 of the case corpus's own sentences (a scorer
# fitted to long news articles distrusts one-sentence texts), so it only scores.
SCORER_DROPS = False
# How much less a figure stated in the headline ranks than one the body
# ties to the same deal (ranks are parse depths, 0-4; GUIDELINES "headline figure").
HEADLINE_RANK = 50
# Characters parsed as one piece. spaCy's parser and entity recogniser need
# about 1 GB of memory per 100,000 characters of one text and refuse texts
# over nlp.max_length (1,000,000) outright (E088): longer texts are parsed in
# pieces of at most this size.
PIECE_CHARS = 100_000
# Where a piece may end, best first: after a blank line, a line break, a
# sentence's end, any space.
_PIECE_ENDS = [re.compile(p) for p in (r"\n\s*\n\s*", r"\n\s*", r"[.!?][\"'”’)]*\s+", r"\s+")]


@dataclass
class ArticleFailure:
    """An article that could not be read, in one line; the others go on."""

    source: str
    reason: str


def split_pieces(text: str, limit: int) -> list[str]:
    r"""Cut ``text`` into pieces of at most ``limit`` characters that join back into it.

    Each piece ends at the best boundary near its end (a blank line, a line
    break, a sentence's end, a space), the whitespace kept with it:

    >>> split_pieces("One deal.\n\nTwo deals. Three.", 16)
    ['One deal.\n\n', 'Two deals. ', 'Three.']
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for pattern in _PIECE_ENDS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
            if ends:
                cut = ends[-1]
                break
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


class Extractor:
    def __init__(self, model: str | None = None, alias_rules: dict[str, str] | None = None,
                 scorer: RelationScorer | None | bool = True, piece_chars: int = PIECE_CHARS,
                 gazetteer: Gazetteer | None = None):
        """`scorer`: True for the shipped weights, False for none (every
        proposal kept, as `python -m ingest.train` needs), or a scorer;
        `piece_chars`: texts longer than this are parsed in pieces."""
        self.nlp = load_nlp(model)
        self.gazetteer = gazetteer or load_gazetteer()
        self.recognizer = Recognizer(self.nlp, self.gazetteer, alias_rules)
        self.references = References(self.gazetteer)
        self.relations = RelationExtractor(self.gazetteer)
        self.proposer = Proposer(DealRoles(self.nlp, self.gazetteer), self.gazetteer, self.relations)
        self.scorer = RelationScorer.shipped() if scorer is True else scorer or None
        self.piece_chars = min(piece_chars, self.nlp.max_length - 1)

    def parse(self, text: str) -> Doc:
        """The parsed text; a long one in pieces joined into one Doc with the article's offsets."""
        if len(text) <= self.piece_chars:
            return self.nlp(text)
        doc = Doc.from_docs(list(self.nlp.pipe(split_pieces(text, self.piece_chars))), ensure_whitespace=False)
        if doc.text != text:
            raise ValueError("its pieces did not join back into the same text")
        return doc

    def extract(self, article: RawArticle, doc_id: str | None = None) -> Extraction:
        return self.extract_doc(self.parse(article.text), article, doc_id)

    def extract_many(self, articles, batch_size: int | None = None):
        """Extractions (or ArticleFailures) of the articles in their order.

        Texts are parsed PARSE_BATCH at a time; an article whose parse or
        extraction fails gives an ArticleFailure and the others go on."""
        for chunk in batched(articles, batch_size or PARSE_BATCH):
            for article, doc in zip(chunk, self._parse_batch(chunk)):
                if isinstance(doc, ArticleFailure):
                    yield doc
                    continue
                try:
                    yield self.extract_doc(doc, article)
                except Exception as exc:  # one article's failure must not sink the others
                    yield ArticleFailure(article.source, f"extraction failed: {one_line(exc)}")

    def _parse_batch(self, chunk) -> list:
        """Docs of a batch (short texts together, long ones in pieces), or failures."""
        short = [a.text for a in chunk if len(a.text) <= self.piece_chars]
        try:
            docs = iter(list(self.nlp.pipe(short, batch_size=max(1, len(short)))))
        except Exception:  # one text broke the batch: parse each on its own below
            docs = None
        out = []
        for article in chunk:
            if docs is not None and len(article.text) <= self.piece_chars:
                out.append(next(docs))
                continue
            try:
                out.append(self.parse(article.text))
            except Exception as exc:
                out.append(ArticleFailure(article.source, f"could not be parsed: {one_line(exc)}"))
        return out

    def extract_doc(self, doc, article: RawArticle, doc_id: str | None = None) -> Extraction:
        return self.extract_with_features(doc, article, doc_id)[0]

    def extract_with_features(self, doc, article: RawArticle, doc_id: str | None = None):
        """The extraction, and each commitment's scorer features by (kind, from, to)."""
        # (less a defined term's words that look like a name: '(the "Target Company")')
        mentions = without_term_names(article.text, self.recognizer.mentions(doc, article.text),
                                      self.recognizer.names.english)
        # what the article says the companies the gazetteer lacks sell, for this article only
        self.gazetteer.said = article_trades(mentions, doc, self.gazetteer.companies)
        try:
            return self._extract(doc, article, doc_id, mentions)
        finally:
            self.gazetteer.said = {}

    def _extract(self, doc, article: RawArticle, doc_id: str | None, mentions):
        text = article.text     # what was parsed: doc.text would rebuild it from the tokens
        # each entity's fields, validated once with the whole Extraction (one pydantic
        # call for all of them rather than one model per entity)
        entities: dict[tuple[str, str], dict] = {}

        def entity(type_: str, name: str, owner: str | None = None) -> dict:
            ent = entities.get((type_, name))
            if ent is None:
                ent = entities[(type_, name)] = {"type": type_, "name": name, "owner": owner, "aliases": [],
                                                 "mentions": []}
            return ent

        written: set[tuple[str, str]] = set()      # the entities the article calls by their own name
        for m in mentions:
            ent = entity(m.known.type, m.known.name, m.known.owner)
            if m.surface != m.known.name and m.surface not in ent["aliases"]:
                ent["aliases"].append(m.surface)
            if writes_name(m.surface, m.known.name):
                written.add((m.known.type, m.known.name))
            ent["mentions"].append((m.start, m.end))
            for implied in self._implied(m):
                entity(implied.type, implied.name, implied.owner)
        for key, ent in entities.items():
            # (not its cloud's name: "Alibaba Cloud" is Alibaba's product, GUIDELINES "Names")
            forms = [a for a in ent["aliases"] if a.rsplit(None, 1)[-1] != "Cloud"]
            if key[0] == "Company" and key not in written and forms:
                ent["written"] = without_suffix(max(forms, key=len))
        commitments: dict[tuple, Commitment] = {}
        rumours: dict[tuple, Commitment] = {}
        amount_rank: dict[tuple, int] = {}
        support: dict[tuple, list[Candidate]] = {}
        title = (article.meta.get("title") or text_meta(text).get("title") or "").strip()
        cands = self._candidates(doc, mentions, text)
        _headline_figures(cands, title, text)
        for cand in cands:
            for name in (cand.src, cand.dst):
                entity("Company", name)
            key = (cand.kind, *((sorted((cand.src, cand.dst))) if cand.kind == "partnership" else (cand.src, cand.dst)))
            target = commitments if cand.status == "announced" else rumours
            if target is commitments:
                support.setdefault(key, []).append(cand)
            if key in target:
                _fill(target[key], cand, cand.amount_rank < amount_rank.get(key, 99))
            else:
                target[key] = _commitment(cand, article, text)
            if cand.amount is not None:
                amount_rank[key] = min(cand.amount_rank, amount_rank.get(key, 99))
        _parents_own_units(commitments)
        _drop_guessed_directions(commitments, support)
        _drop_partnerships_beside_deals(commitments)
        for key in list(rumours):
            if key in commitments:  # stated as done elsewhere in the article
                _size_from_talk(commitments[key], rumours.pop(key))
        refused = _refuse_impossible_figures(commitments) + _refuse_impossible_figures(rumours)
        feats = self._score(commitments, support, mentions)
        meta = ArticleMeta(id=article.id, source=article.source,
                           **{k: v for k, v in article.meta.items() if k in ("url", "title", "outlet", "published")})
        return Extraction(doc_id=doc_id or article.id[:16], article=meta, entities=list(entities.values()),
                          commitments=list(commitments.values()), rumours=list(rumours.values()),
                          refused=refused), feats

    def _score(self, commitments: dict, support: dict, mentions) -> dict[tuple, dict[str, float]]:
        """Each commitment's features; with a scorer, its confidence (and,
        where SCORER_DROPS, those under the scorer's threshold dropped)."""
        counts = Counter(m.company for m in mentions if m.company and m.known.type == "Company")
        ctx = Context(focus=counts.most_common(1)[0][0] if counts else None, counts=counts)
        out = {}
        for key, c in list(commitments.items()):
            roles = {(end, r) for end, name in (("src", c.from_), ("dst", c.to)) for r in ROLES
                     if self.gazetteer.role(name, r)}
            out[key] = f = features(c.kind, support.get(key, []), ctx, c.from_, c.to, roles)
            if self.scorer is not None:
                keep, p = self.scorer.keeps(f)
                c.confidence = round(p, 3)
                if SCORER_DROPS and not keep:
                    del commitments[key]
        return out

    def _candidates(self, doc, mentions, text: str) -> list[Candidate]:
        """The patterns' deals first, then the older rules' (which fill what the patterns miss)."""
        sents = parse_of(doc).sents
        resolved = sorted(mentions + self.references.resolve(doc, mentions, text, sents), key=lambda m: m.start)
        possessed_models(resolved, doc)     # "Vexa 3, the Paris lab's new model": the lab's, now it is known
        # "Vexa 3 is out. The model is on Bedrock": the model named before, its maker now known
        resolved = sorted(resolved + model_references(doc, resolved), key=lambda m: m.start)
        sentences = Sentences(text)     # what is read of each sentence, once for the patterns and the rules
        proposed = self.proposer.candidates(doc, resolved, text, sentences)
        taken = {(c.sent.start, name) for c in proposed if c.kind == "acquisition" for name in (c.src, c.dst)}
        offered = {(c.sent.start, frozenset((c.src, c.dst))) for c in proposed if c.kind == "distribution"}
        invested = {(c.sent.start, frozenset((c.src, c.dst))) for c in proposed if c.kind == "investment"}
        invested_way = {(c.sent.start, c.src, c.dst) for c in proposed if c.kind == "investment"}
        investors = {(sent, src) for sent, src, _ in invested_way}
        sellers = {(c.sent.start, c.dst) for c in proposed if c.kind in PURCHASES}
        buyers = {(c.sent.start, c.src) for c in proposed if c.kind in PURCHASES}
        bought_way = {(c.sent.start, c.src, c.dst) for c in proposed if c.kind in PURCHASES}
        # the members a venture pattern binds ("A, B and the investor C announced Zeta, a joint venture")
        forming = {(c.sent.start, name) for c in proposed if c.source in VENTURE_PATTERNS for name in (c.src, c.dst)}
        read: dict[tuple, set[tuple]] = {}
        for c in proposed:
            if c.ruling:
                read.setdefault((c.sent.start, frozenset((c.src, c.dst))), set()).add((c.kind, c.src, c.dst))
        # a sentence about an acquisition is not also about its parties'
        # purchases; a model offered on a platform is not compute bought
        # there; investors in one company, or an investor and its investee,
        # are not partners for being named together
        # a pattern reads the deal's own clause: "did not invest", "could pay" deny or hedge
        # what the older rules, which read the sentence's words, take as announced
        clause_read = {(c.sent.start, frozenset((c.src, c.dst))): c.status for c in proposed if c.status != "announced"}
        # ... and of each kind: "A ended its cloud deal with B but remains an investor in B" denies the purchase
        kind_read = {(c.sent.start, frozenset((c.src, c.dst)), c.kind): c.status for c in proposed if c.status != "announced"}
        for c in proposed:
            if c.status == "announced":     # "invested in B and could sell it chips": the pair has a deal
                clause_read.pop((c.sent.start, frozenset((c.src, c.dst))), None)
                kind_read.pop((c.sent.start, frozenset((c.src, c.dst)), c.kind), None)
        # where each of the patterns' figures sits, with the pair whose deal it sizes
        sized = {(c.amount.start, c.amount.end): frozenset((c.src, c.dst)) for c in proposed if c.amount is not None}
        # the ways the patterns read money into a company, anywhere in the article
        backing = {(c.src, c.dst) for c in proposed if c.kind == "investment" and c.status == "announced"}
        # the pairs the patterns read as putting money into their partnership together
        pooled = {(c.sent.start, frozenset((c.src, c.dst))) for c in proposed if c.source in POOLED_PATTERNS}
        # each company's partners as the patterns read them, by sentence: two that each dealt with a third
        # ("A and B both signed licensing deals with C") are no partners of each other for it
        partnered: dict[tuple[int, str], set[str]] = {}
        for c in proposed:
            if c.kind == "partnership":
                partnered.setdefault((c.sent.start, c.src), set()).add(c.dst)
                partnered.setdefault((c.sent.start, c.dst), set()).add(c.src)
        partner_sents = {start for start, _ in partnered}
        rules = []
        for c in self.relations.extract_resolved(doc, resolved, sents, text, sentences):
            pair = (c.sent.start, frozenset((c.src, c.dst)))
            if c.kind == "investment" and (c.dst, c.src) in backing and (c.src, c.dst) not in backing:
                continue    # the other way round from what the patterns read: "... as chipmaker takes a stake"
            if c.kind == "partnership" and c.dst not in (mine := partnered.get((c.sent.start, c.src), set())) \
                    and mine & partnered.get((c.sent.start, c.dst), set()) and _listed_on_one_side(c, resolved):
                continue    # "A and B both signed deals with C": each C's partner, not each other's (not
                #             "the initiative C shares with A and B", whose members all partner)
            if c.kind == "partnership" and c.sent.start in partner_sents \
                    and not ((c.sent.start, c.src) in partnered and (c.sent.start, c.dst) in partnered):
                continue    # the patterns read who partners here: "A, backed by B, struck a partnership with C to
                #             design cooling for D's racks" partners A and C only (measured against sparing
                #             sentences with two tie words, "A signed a partnership with B and a licence with C":
                #             1 better, 5 worse)
            if (c.kind == "investment" or c.kind in PURCHASES) and pair in pooled:
                continue    # "A and B will invest $5 billion in a partnership": partners, neither invests in the
                #             other nor buys from it
            if c.amount is not None and sized.get((c.amount.start, c.amount.end), pair[1]) != pair[1]:
                c.amount, c.amount_rank = None, 99  # the patterns read that figure as another pair's deal
            if c.status == "announced" and (pair in clause_read or (*pair, c.kind) in kind_read):
                c.status = clause_read.get(pair) or kind_read[(*pair, c.kind)]
            if (c.sent.start, c.src) in taken or (c.sent.start, c.dst) in taken \
                    or pair in offered and c.kind != "investment":
                continue    # an investment beside the offer stays: "B invests in A, whose models B offers"
            if c.kind in PURCHASES and pair in read and (c.kind, c.src, c.dst) not in read[pair]:
                continue    # the patterns read this pair's deal as another kind or way ("a nuclear power agreement")
            if c.kind == "investment" and pair in read and (c.sent.start, c.src, c.dst) not in invested_way \
                    and any(k in PURCHASES and (s, d) == (c.dst, c.src) for k, s, d in read[pair]):
                continue    # the patterns read this pair's deal as a sale the other way ("A signed a deal to rent capacity to B")
            if c.kind == "investment" and c.amount is not None and _raised_by(sentences.of(c.sent).token(c.amount), c.dst, resolved):
                c.amount, c.amount_rank = None, 99  # the round the investee raised is no one investor's (GUIDELINES)
            if c.kind == "investment" and (c.sent.start, c.src) in investors and \
                    (c.sent.start, c.src, c.dst) not in invested_way:
                continue    # the patterns bound this investor to another company here ("B, a company backed by A, said ...")
            if c.kind == "investment" and (c.sent.start, c.src) in forming and \
                    (c.sent.start, c.src, c.dst) not in invested_way:
                continue    # forming a venture is no investment in it unless the patterns read one
            if c.kind == "investment" and pair in offered and (c.sent.start, c.src, c.dst) not in invested_way:
                continue    # the patterns read the pair's deal as a product offered ("B will build A's models into its software")
            if c.kind == "investment" and (c.sent.start, c.dst, c.src) in invested_way and \
                    (c.sent.start, c.src, c.dst) not in invested_way:
                continue    # the patterns read this pair's investment the other way round
            if c.kind in PURCHASES and c.amount is None and (c.sent.start, *self._hosted(c)) in invested_way \
                    and not any(k in PURCHASES for k, _, _ in read.get(pair, ())):
                continue    # the patterns read the money as an investment ("A will invest $400 million in B,
                #             its first equity investment in a cloud customer"): no purchase of no sum beside it
                #             (read in the direction the host rule below gives it)
            if c.kind == "investment" and (c.sent.start, c.src, c.dst) in bought_way \
                    and (c.sent.start, c.src, c.dst) not in invested_way and not _names_holding(c.sent):
                continue    # the patterns read the money as a payment for what the pair sells ("A pays B to host them";
                #             not "A will deploy B's chips, a deal that hands A warrants for B shares")
            if c.kind in PURCHASES and (c.sent.start, c.src) in sellers - buyers:
                continue    # the patterns read this buyer as a seller here ("B, which remains A's largest supplier, ...")
            if c.kind in PURCHASES and _one_list(c, resolved):
                continue
            if _rival_of(c, resolved):
                continue    # "... sets A apart from its larger rival B, which has preferred backing a startup"
            if c.kind == "partnership" and _owners_in_one_list(c, resolved):
                continue    # "A's Graviton, B's Axion and C's Cobalt are built on D's cores": no partners of each other
            if c.kind == "partnership" and _one_list(c, resolved) and _list_named_as_partners(c, resolved):
                continue    # "A, B and C were named as technology partners": another's partners, not each other's
            if c.kind == "partnership" and _each_on_its_own(c, resolved):
                continue    # "used by A and B, both of which signed licences": each signed its own
            if c.kind in PURCHASES and (c.sent.start, c.src) in forming and (c.sent.start, c.dst) in forming \
                    and not any(k in PURCHASES for k, _, _ in read.get(pair, ())):
                continue    # "A, B and C agreed to set up a joint venture to build capacity": members, no sale
            if c.kind in PURCHASES and (c.sent.start, c.dst) in self.proposer.period_only:
                continue    # "In B's quarter, A placed an order with C": B is named for its quarter only
            c.src, c.dst = self._hosted(c)     # a host lets its space: "B Signs 300 MW Lease with A" (A the tenant)
            rules.append(c)
        # the investors either reading finds ("lists A, B and C as the funders of D")
        co_investors = _co_investors(proposed + rules)
        # a sentence whose partner noun the patterns bound to its owner ("A and B are
        # named as its partners") says who the partners are: no other pair of it is
        owned = {c.sent.start for c in proposed if c.source in OWNERS_PARTNERS}
        # ... and so does a deal noun bound to its owner ("it would honour B's agreement with C": B and
        # C are its partners, not whoever honours it)
        owners_deal = {(c.sent.start, frozenset((c.src, c.dst))) for c in proposed
                       if c.kind == "partnership" and c.source in OWNED_DEALS}
        owners_deal_sents = {start for start, _ in owners_deal}
        not_partners = co_investors | self.proposer.co_listed
        rules = [c for c in rules if not (c.kind == "partnership" and (
            (pair := (c.sent.start, frozenset((c.src, c.dst)))) in not_partners
            or pair in invested and (c.confidence < WEAK_PARTNERSHIP or not _joint_work(c.sent))
            or c.sent.start in owned
            or c.sent.start in owners_deal_sents and pair not in owners_deal))]
        ties = _Ties(resolved)
        # (a deal its clause denies stays a denied rumour: "A ended its venture with B")
        found = _makers_beside_sellers([c for c in proposed + rules if c.status == "denied" or not ties.over(c)],
                                       resolved)
        # a deal's later figure is found before its terms give the deal its kind: "A signed a contract with
        # B. It is valued at $300 million. Under its terms A will get 50 MW at B's data centres"
        later_deal_figures(sents, resolved, found, text, sentences)
        found = _kind_from_terms(found)
        found = without_advisers(found, resolved, doc)
        if any(c.source in VENTURE_PATTERNS for c in found):
            found = _venture_named_later_not_partners(found, self.proposer.described())
        return _venture_investors_not_partners(found, self.proposer.described)

    def _hosted(self, c: Candidate) -> tuple[str, str]:
        """A rule's purchase as (buyer, seller), turned round where the buyer
        of compute is a data-centre host and the seller is not: a host lets
        its space ("B Signs 300 MW Lease with A": A the tenant)."""
        if c.kind == "compute_purchase" and self.gazetteer.role(c.src, "data_centre_hosts") \
                and not self.gazetteer.role(c.dst, "data_centre_hosts"):
            return c.dst, c.src
        return c.src, c.dst

    def _implied(self, m) -> list:
        """Entities a mention names in passing: the family in "Instinct MI450",
        the owner in "Microsoft Azure"."""
        out = []
        forms = self.gazetteer.forms
        if m.known.type == "Hardware" and " " in m.known.name and any(ch.isdigit() for ch in m.known.name):
            family = forms.get(m.known.name.split(" ", 1)[0])
            if family is not None and family.type == "Hardware" and family.name != m.known.name:
                out.append(family)
        if m.known.type == "Product" and m.known.owner:
            first = m.surface.split(" ", 1)[0]
            owner = forms.get(first)
            if owner is not None and owner.type == "Company" and owner.name == m.known.owner and first != m.surface:
                out.append(owner)
            elif m.surface.lower().startswith(m.known.owner.lower() + " "):    # "Acme Cloud" names Acme
                out.append(Known("Company", m.known.owner))
        return out


def _raised_by(tok, company: str, mentions) -> bool:
    """Whether a figure is what a company raised ("B raised $600 million,
    with A also participating"): its verb's subject names the company."""
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in RAISE_VERBS:
        return False
    subjects = [ch.i for ch in tok.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any(m.company == company and m.token_start <= i < m.token_end for m in mentions for i in subjects)


def _parents_own_units(commitments: dict[tuple, Commitment]) -> None:
    """A company and a unit named after it ("Google" and "Google DeepMind")
    are no partners: a parent owning a subsidiary is an investment (GUIDELINES
    "Kinds"), from the parent to the unit.

    >>> c = Commitment(kind="partnership", **{"from": "Google DeepMind"}, to="Google", evidence="x", start=0, end=1)
    >>> found = {("partnership", "Google", "Google DeepMind"): c}
    >>> _parents_own_units(found); [(k, v.from_, v.to) for k, v in found.items()]
    [(('investment', 'Google', 'Google DeepMind'), 'Google', 'Google DeepMind')]
    """
    for key, c in list(commitments.items()):
        if c.kind != "partnership":
            continue
        parent, unit = sorted((c.from_, c.to), key=len)
        if unit.startswith(parent + " "):
            del commitments[key]
            owned = ("investment", parent, unit)
            if owned not in commitments:
                commitments[owned] = c.model_copy(update={"kind": "investment", "from_": parent, "to": unit})


def _names_holding(sent) -> bool:
    """Whether a sentence names a holding ("stake", "warrant", "shares"): money in it may be an investment."""
    return any(t.lemma_.lower() in HOLDINGS for t in sent)


# the patterns that read a deal but not who sells in it ("A signed a hosting deal with B"), whose direction
# `Proposer._seller_last` guesses from what the two are known to sell; and the older rules, whose direction is
# read from the sentence's roles, less closely than a pattern's
KIND_NEUTRAL = frozenset({p["name"] for p in PATTERNS if p["kind"] == "deal"} | {"rules"})
SALE_NOUNS = frozenset(LEMMAS["sale_noun"]) | {"lease"}


def _drop_guessed_directions(commitments: dict[tuple, Commitment], support: dict[tuple, list[Candidate]]) -> None:
    """A purchase whose direction only a kind-neutral deal or the older rules
    read gives way to the same pair's purchase the other way that a pattern
    of selling states as a deal's terms ("Halvard signs hosting deal with
    Microsoft" guesses that the cloud sells; "it signed an agreement to host
    servers for Microsoft" says Halvard does), which takes its figure where
    it has none. Not a purchase stated apart from a deal ("B will also buy
    capacity from A" beside "A signed a $17 billion deal with B": both
    stand), nor two that carry different figures.

    >>> c = lambda a, b, src: Commitment(kind="compute_purchase", **{"from": a}, to=b, evidence="x", start=0, end=1,
    ...                                  amount_usd=4.2e9 if src == "deal_verb_with" else None)
    >>> found = {("compute_purchase", "H", "M"): c("H", "M", "deal_verb_with"),
    ...          ("compute_purchase", "M", "H"): c("M", "H", "hosts_work_for")}
    >>> from ingest.pipeline import load_nlp
    >>> sent = next(load_nlp()("H signed an agreement to host servers for M.").sents)
    >>> cand = lambda src: type("Cand", (), {"source": src, "sent": sent})()
    >>> support = {k: [cand("deal_verb_with" if k[1] == "H" else "hosts_work_for")] for k in found}
    >>> _drop_guessed_directions(found, support); [(k, v.amount_usd) for k, v in found.items()]
    [(('compute_purchase', 'M', 'H'), 4200000000.0)]
    """
    for key in [k for k in commitments if k[0] in PURCHASES]:
        back = (key[0], key[2], key[1])
        if key not in commitments or back not in commitments:
            continue
        guessed, stated = support.get(key, []), [c for c in support.get(back, []) if c.source not in KIND_NEUTRAL]
        kept, gone = commitments[back], commitments[key]
        if guessed and all(c.source in KIND_NEUTRAL for c in guessed) and any(_deal_terms(c.sent) for c in stated) \
                and None in (kept.amount_usd, gone.amount_usd):
            del commitments[key]
            if kept.amount_usd is None and gone.amount_usd is not None:
                kept.amount_usd, kept.amount_original, kept.currency = gone.amount_usd, gone.amount_original, gone.currency
                kept.upper_bound = kept.upper_bound or gone.upper_bound


def _deal_terms(sent) -> bool:
    """Whether a sentence names a deal whose terms it states ("signed an agreement to host ...")."""
    return any(t.lemma_.lower() in SALE_NOUNS for t in sent)


def _drop_partnerships_beside_deals(commitments: dict[tuple, Commitment]) -> None:
    """A partnership found only from words like "partner" or "work with" is
    the pair's other deal, not a distinct collaboration (GUIDELINES "Kinds");
    and an acquired company is part of its buyer, no partner of it ("B will
    merge with A to work more closely with its teams")."""
    other = {frozenset(k[1:]) for k in commitments if k[0] != "partnership"}
    acquired = {frozenset(k[1:]) for k in commitments if k[0] == "acquisition"}
    for key, c in list(commitments.items()):
        pair = frozenset(key[1:])
        if c.kind == "partnership" and (pair in acquired or c.confidence < WEAK_PARTNERSHIP and pair in other):
            del commitments[key]


def _kind_from_terms(found: list[Candidate]) -> list[Candidate]:
    """A kind-neutral deal ("A signed a $4 billion agreement with B", a
    partnership for want of anything said bought) takes the kind its terms
    give in a sentence just after it that refers back to it ("Under the
    deal, B will use A's GPUs", "As part of the agreement, A will supply B
    with servers"), or in its own sentence a model offered ("A signed a $100
    million agreement with B to offer B's models on its platform"): the
    purchase or distribution the terms state for the pair is that deal,
    with the deal's figure where the terms give none."""
    terms = [c for c in found if c.kind in PURCHASES and _states_terms(c.sent) or c.kind == "distribution"]
    if not terms:
        return found
    gone: set[int] = set()
    for c in terms:
        for p in found:
            if p.kind == "partnership" and p.source in NEUTRAL_PATTERNS and {p.src, p.dst} == {c.src, c.dst} \
                    and p.status == c.status and (p.sent.start == c.sent.start if c.kind == "distribution"
                                                  else p.sent.end <= c.sent.start < p.sent.end + TERMS_NEAR
                                                  or p.sent.start == c.sent.start and _terms_clause(c.sent)):
                gone.add(id(p))
                if c.amount is None and p.amount is not None:
                    c.amount, c.amount_rank = p.amount, p.amount_rank
                if c.capacity is None:
                    c.capacity = p.capacity
    return [c for c in found if id(c) not in gone]


VERB_IDS = frozenset((VERB, AUX))     # POS values are spaCy symbols in the Parse's POS column


def _states_terms(sent) -> bool:
    """Whether a verb of the sentence is stated as a deal's terms (`under_deal_terms`);
    a Token is made only for the verbs, found in the Parse's POS column."""
    doc = sent.doc
    pos = parse_of(doc).columns[2]
    return any(under_deal_terms(doc[i]) for i in range(sent.start, sent.end) if pos[i] in VERB_IDS)


def _terms_clause(sent) -> bool:
    """Whether the sentence states a deal's terms in a relative clause on
    it: "A signed an agreement with B under which it will rent B's GPUs".

    >>> from ingest.pipeline import load_nlp
    >>> _terms_clause(load_nlp()("Zeta signed a three-year agreement with Acme under which it will rent GPUs."))
    True
    """
    return any(t.dep_ == "relcl" and t.head.lemma_.lower() in TERMS_NOUNS and under_deal_terms(t) for t in sent)


def _joint_work(sent) -> bool:
    """Whether a sentence says two companies work together ("will jointly develop", "co-design",
    "licensing"): a partnership beside an investment the patterns read in it, where the word
    "partner" alone is none ("A and B each hold a stake in C, with D as a technology partner").

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> _joint_work(nlp("A invested in B, and the two will jointly develop chips.")), _joint_work(nlp("A is B's partner."))
    (True, False)
    """
    return any(t.lower_ in STRONG_PARTNER for t in sent) or bool(CO_WORK_LOWER.search(sent.text.lower()))


def _venture_investors_not_partners(found: list[Candidate],
                                    described: Callable[[], list[tuple[int, str, str]]]) -> list[Candidate]:
    """Members of a joint venture are partners of each other only where the
    venture is named without stakes or money (GUIDELINES "Ventures"): where
    the article shows a member putting money or a stake into a company the
    venture's sentence names ("A and B unveiled a joint venture named C. ...
    A will put $1 billion into C"), or both members holding shares of one
    company (`_co_owners`: "A and B set up a joint venture. The venture, C,
    will be 51% owned by A, with B holding the rest", "A teamed up with B to
    form C, a joint venture"; or where the article calls C a venture: "A is
    teaming up with B to build data centres. The joint venture, to be
    called C, ..."), the members' tie is their investment in the venture,
    not a partnership. `described`: what the article calls each company
    (`Proposer.described`, read once per article), asked only where two
    partners back one company."""
    backed: dict[str, set[str]] = {}
    for c in found:
        if c.kind == "investment" and c.status == "announced":
            backed.setdefault(c.src, set()).add(c.dst)
    if not backed:
        return found

    def co_owned(c: Candidate) -> bool:
        common = (backed.get(c.src, set()) & backed.get(c.dst, set())) - {c.src, c.dst}
        return bool(common) and (_co_owners(c, common) or any(
            company in common and noun in VENTURE_NOUNS for _, company, noun in described()))
    return [c for c in found if not (c.kind == "partnership" and (c.source in VENTURE_PATTERNS and any(
        _names(c.sent, venture) for venture in (backed.get(c.src, set()) | backed.get(c.dst, set())) - {c.src, c.dst})
        or co_owned(c)))]


def _venture_named_later_not_partners(found: list[Candidate], described: list[tuple[int, str, str]]) -> list[Candidate]:
    """A venture formed in one sentence and named in a later one ("A, B and
    C form a data-centre venture. ... The venture, named Zeta, will have A as
    its largest shareholder"): where a member puts money or a stake into the
    venture so named, the members are not partners (GUIDELINES "Ventures":
    stated stakes or money are investments in the venture); each member
    whose stake the article states is its investor, the others nothing."""
    ventures = [(i, company) for i, company, noun in described if noun in VENTURE_NOUNS]
    invested = {(c.src, c.dst) for c in found if c.kind == "investment" and c.status == "announced"}
    forming: dict[int, list[Candidate]] = {}
    for c in found:
        if c.kind == "partnership" and c.source in VENTURE_PATTERNS and c.status == "announced":
            forming.setdefault(c.sent.start, []).append(c)
    gone = set()
    for start, group in forming.items():
        members = {name for c in group for name in (c.src, c.dst)}
        venture = next((company for i, company in ventures if i >= start and company not in members), None)
        if venture is not None and any((m, venture) in invested for m in members):
            gone |= {id(c) for c in group}
    return [c for c in found if id(c) not in gone]


def _co_owners(c: Candidate, common: set[str]) -> bool:
    """Whether two partners are the co-owners of a venture, as their sentence
    tells it: both hold shares of one company and the sentence forms a
    venture (a venture pattern) or speaks of one ("A teamed up with B to
    form C, a joint venture"); not two backers of one startup who work
    together ("A and B, both investors in C, will tune C's models")."""
    return bool(common) and (c.source in VENTURE_PATTERNS or _VENTURE_WORD.search(c.sent.text) is not None)


_VENTURE_WORD = re.compile(r"\b(?:" + "|".join(LEMMAS["co_owned_noun"]) + r")s?\b", re.I)


def _names(sent, company: str) -> bool:
    """Whether a sentence names a company, as a word of its text ("a venture
    named The Zeta Project" names Zeta, which the names may not have found there)."""
    return re.search(rf"(?<!\w){re.escape(company)}(?!\w)", sent.text) is not None


def _co_investors(cands: list[Candidate]) -> set[tuple[int, frozenset]]:
    """(sentence start, pair) of two companies a sentence shows investing in
    one company: "A, B and C are among D's funders" makes A and B co-investors,
    not partners."""
    backers: dict[tuple, set[str]] = {}
    for c in cands:
        if c.kind == "investment":
            backers.setdefault((c.sent.start, c.dst), set()).add(c.src)
    return {(start, frozenset((a, b))) for (start, _), group in backers.items() for a in group for b in group
            if a != b}


class _Ties:
    """Whether the sentence says a deal's tie is over ("B's former cloud
    provider A", "A was once an investor in B"; `parties.ended`), that an
    investor sells its stake ("A sold its stake in B to C"; `parties.sold_off`),
    that the money between them is debt ("A secured a loan from B": no
    investment or purchase; `parties.lent`), or that an investor's money went
    to another company ("A raised $40 million, more than the $25 million C
    raised from B": `parties.raised_by_another`): for every pair of the two
    companies' mentions in it. The mentions (sorted by
    position) are looked up by sentence, and each (sentence, from, to)
    answered once however many candidates name it."""

    def __init__(self, mentions):
        self.mentions = mentions
        self.starts = [m.token_start for m in mentions]
        self.answers: dict[tuple[int, int, str, str, str], bool] = {}
        self.debt: dict[int, bool] = {}

    def over(self, c: Candidate) -> bool:
        key = (c.sent.start, c.sent.end, c.src, c.dst, c.kind)
        answer = self.answers.get(key)
        if answer is None:
            answer = self.answers[key] = self._over(c)
        return answer

    def _over(self, c: Candidate) -> bool:
        doc = c.sent.doc
        ends: dict[str, list] = {c.src: [], c.dst: []}
        first, last = bisect_left(self.starts, c.sent.start), bisect_left(self.starts, c.sent.end)
        for m in self.mentions[first:last]:
            if m.company in ends:
                ends[m.company].append(m.head(doc))
        pairs = [(a, b) for a in ends[c.src] for b in ends[c.dst] if a.i != b.i]
        equity = c.kind == "investment"
        if (equity or c.kind in PURCHASES) and self._debt_said(c.sent):
            if not pairs and equity:    # the other end is the round's company of another sentence
                alone = ends[c.src] or ends[c.dst]
                return bool(alone) and all(lent(a) for a in alone)
            if pairs and all(lent(a, b) for a, b in pairs):
                return True     # "A secured a $2 billion loan from B": debt, no investment nor purchase
        if pairs and equity and all(any(sold_off(a, b) for a in ends[c.src] if a.i != b.i) for b in ends[c.dst]):
            return True     # every stake in B named is one A sold: "A sold its stake in B to fund its bets on C"
        return bool(pairs) and all(ended(a, b) or equity and (sold_off(a, b) or raised_by_another(a, b))
                                   for a, b in pairs)

    def _debt_said(self, sent) -> bool:
        """Whether a sentence holds a word of debt (read once per sentence, from the LEMMA column)."""
        said = self.debt.get(sent.start)
        if said is None:
            lemmas = parse_of(sent.doc).columns[0]
            said = self.debt[sent.start] = not DEBT_IDS.isdisjoint(lemmas[sent.start:sent.end])
        return said


def _one_list(c: Candidate, mentions) -> bool:
    """Whether the two companies of a deal are named in the sentence only
    as members of one list ("customers such as A, B and C", "with A, B and C
    also taking part"): two members of one list are never the two sides of
    one purchase."""
    doc = c.sent.doc
    ends = {c.src: set(), c.dst: set()}
    for m in mentions:
        if m.company in ends and c.sent.start <= m.token_start < c.sent.end:
            ends[m.company].add(anchor(m.head(doc)).i)
    return bool(ends[c.src]) and ends[c.src] == ends[c.dst] and len(ends[c.src]) == 1


def _listed_on_one_side(c: Candidate, mentions) -> bool:
    """Whether the deal's two companies are one list that is its clause's
    subject ("A and B both signed ..."), the list that deals in the plural
    were made with ("C signed licensing agreements with A and B": one each),
    or the makers of what is dealt in ("C licenses A and B models")."""
    if not _one_list(c, mentions):
        return False
    doc = c.sent.doc
    word = next(m.head(doc) for m in mentions if m.company == c.src and c.sent.start <= m.token_start < c.sent.end)
    head = anchor(word)
    prep = head.head
    return head.dep_ in ("nsubj", "nsubjpass") \
        or word.dep_ in ("nmod", "compound") and word.head.lemma_.lower() in MODEL_NOUNS \
        or head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.tag_ == "NNS" \
        and prep.head.lemma_.lower() in DEAL_NOUNS


def _each_on_its_own(c: Candidate, mentions) -> bool:
    """Whether the list that holds both of a deal's companies is said to
    act each on its own: in a relative clause ("A and B, both of which
    signed multi-year licences", "each of which"), as the subjects of one
    verb ("A and B have both leaned on partnerships with US clouds", "A and
    B separately signed"), or named as alternatives ("license models from
    A or B").

    >>> from ingest.extract import Extractor
    >>> from ingest.loaders import RawArticle
    >>> ex = Extractor()
    >>> [c.kind for c in ex.extract(RawArticle("Banks may license models from OpenAI or Anthropic.", "x")).commitments]
    []
    >>> [c.kind for c in ex.extract(RawArticle("Nvidia and Mistral both signed a partnership with each other.",
    ...                                         "x")).commitments]
    ['partnership']
    """
    doc = c.sent.doc
    words = {m.company: m.head(doc) for m in mentions if m.company in (c.src, c.dst) and not m.via_reference
             and c.sent.start <= m.token_start < c.sent.end}
    if len(words) != 2:
        return False
    first, other = sorted(words.values(), key=lambda t: t.i)
    if other not in first.conjuncts:
        return False
    if any(ch.dep_ == "cc" and ch.lower_ in ("or", "nor") for ch in other.head.children):
        return True     # "models from A or B": the link between the two says "or"
    if first.dep_ in ("nsubj", "nsubjpass") and each_for_itself(first.head, first) \
            and _with_another(first.head, {first.i, other.i}):
        return True     # "A and B have both leaned on partnerships with US clouds" (not "both signed a deal
        #                 with each other", nor "both agreed to a new partnership")
    return any(ch.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and each_of_which(s) for s in ch.children)
               for ch in first.children)


def _with_another(verb, pair: set[int]) -> bool:
    """Whether a verb's phrase deals "with" someone other than the pair
    itself ("leaned on partnerships with US cloud providers"; not "with each
    other", "with one another")."""
    return any(t.lower_ == "with" and any(o.dep_ == "pobj" and o.i not in pair and o.lower_ not in ("other", "another")
                                          for o in t.children) for t in verb.subtree)


def _rival_of(c: Candidate, mentions) -> bool:
    """Whether the sentence names one of the deal's companies as the other's
    rival ("A ... its larger rival B", "A's competitor B", "B, a rival of
    A,", "B and C, A's main rivals,"): a rival named for comparison ("apart
    from", "pressure on"), or where the other is named only by a pronoun
    ("its rival B"), is no party of the other's by the older rules' reading
    (not "A teamed up with its rival B").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("The deal sets Voland apart from its larger rival BASF.")
    >>> cand = type("Cand", (), {"src": "BASF", "dst": "Voland", "sent": doc[:]})()
    >>> mention = lambda i, name, ref: type("M", (), {"company": name, "token_start": i, "token_end": i + 1,
    ...                                              "via_reference": ref, "head": lambda self, d: d[i]})()
    >>> _rival_of(cand, [mention(3, "Voland", False), mention(6, "Voland", True), mention(9, "BASF", False)])
    True
    """
    doc = c.sent.doc
    here = [m for m in mentions if c.sent.start <= m.token_start < c.sent.end]
    owner_at = company_at(here)
    for rival, other in ((c.src, c.dst), (c.dst, c.src)):
        for m in here:
            if m.company != rival or m.via_reference:
                continue
            head = m.head(doc)
            top = anchor(head)      # (a list's first member: "A and C, B's main rivals,")
            nouns = [ch for ch in head.children if ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in RIVAL_NOUNS]
            nouns += [ch for ch in top.children if ch.dep_ == "appos" and ch.lemma_.lower() in RIVAL_NOUNS]
            if top.dep_ in ("appos", "compound") and top.head.lemma_.lower() in RIVAL_NOUNS:
                nouns.append(top.head)
            owners = [g for w in [head, *nouns] for g in w.children if g.dep_ == "poss"] \
                + [g for w in nouns for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
            owned_by = [g for g in owners if owner_at.get(g.i) == other]
            if nouns and owned_by and (_compared(top) or all(o.via_reference for o in here if o.company == other)):
                return True     # (not "A teamed up with its rival B": A named, and B no comparison's)
    return False


# the prepositions that name a company for comparison: "apart from", "more than", "unlike", "pressure on"
COMPARING = frozenset({"from", "than", "unlike", "on", "over", "against", "like"})


def _compared(top: Token) -> bool:
    """Whether a company's phrase is the object of a preposition of comparison ("sets A apart from its rival
    B", "puts pressure on B and C, A's rivals")."""
    return top.dep_ == "pobj" and top.head.lower_ in COMPARING


def _owners_in_one_list(c: Candidate, mentions) -> bool:
    """Whether the deal's two companies are named in the sentence only as
    the owners of different things in one list ("A's Graviton, B's Axion and
    C's Cobalt processors"): owners of a list's members, not partners (not
    "A's and B's joint venture", where both own one thing).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Amazon's Graviton, Google's Axion and Microsoft's Cobalt chips are built on Arm cores.")
    >>> cand = type("Cand", (), {"src": "Amazon", "dst": "Google", "sent": doc[:]})()
    >>> mention = lambda i: type("M", (), {"company": doc[i].text, "token_start": i, "via_reference": False,
    ...                                    "head": lambda self, d: d[i]})()
    >>> _owners_in_one_list(cand, [mention(0), mention(4)])
    True
    """
    doc = c.sent.doc
    # each company's mentions by name here, as the thing each possesses (None where it possesses nothing)
    possessed: dict[str, set[Token | None]] = {c.src: set(), c.dst: set()}
    for m in mentions:
        if m.company in possessed and not m.via_reference and c.sent.start <= m.token_start < c.sent.end:
            word = m.head(doc)
            possessed[m.company].add(word.head if word.dep_ == "poss" else None)
    things = [next(iter(found)) for found in possessed.values() if len(found) == 1]
    if len(things) != 2 or None in things or things[0] == things[1] or anchor(things[0]) != anchor(things[1]):
        return False
    top = anchor(things[0])
    # (not where the list works together: "A's foundry and B's design teams will collaborate on a chip")
    return not (top.dep_ in ("nsubj", "nsubjpass") and top.head.lemma_.lower() in WORKING_TOGETHER)


# the verbs whose subject, a list, works together: "A's and B's teams will collaborate" (the partner verbs, and
# verbs of working or building together)
WORKING_TOGETHER = frozenset(LEMMAS["partner_verb"]) | {"work", "co-develop", "codevelop", "combine", "merge",
                                                         "integrate", "co-design"}


def _list_named_as_partners(c: Candidate, mentions) -> bool:
    """Whether the list the deal's two companies share is named as partners
    ("A, B and C were named (selected) as the venture's technology partners")."""
    doc = c.sent.doc
    heads = [anchor(m.head(doc)) for m in mentions if m.company == c.src and c.sent.start <= m.token_start < c.sent.end]
    for t in heads:
        while t.dep_ == "conj" and t.head != t:
            t = t.head
        verb = t.head
        if t.dep_ == "nsubjpass" and verb.lemma_.lower() in NAMING_AS and any(
                ch.dep_ == "prep" and ch.lower_ == "as" and any(p.lemma_.lower() == "partner" for p in ch.children)
                for ch in verb.children):
            return True
    return False


# verbs that name companies to a role: "named as partners", "chosen as its suppliers"
NAMING_AS = frozenset(LEMMAS["name_verb"]) | {"select", "choose", "pick", "tap", "announce", "list"}


# how a maker's name modifies the goods it made: "Nvidia chips", "Nvidia's GPUs", "AMD-based servers"
MAKER_DEPS = frozenset({"compound", "poss", "npadvmod", "amod", "nmod"})
# what buys goods outright ("will buy Nvidia chips", "an order for Nvidia GPUs", "spend $2 billion on Nvidia chips")
BUYING_WORDS = frozenset(LEMMAS["buy_verb"] + LEMMAS["order_verb"] + LEMMAS["purchase_noun"])
SUPPLY_VERBS = frozenset(LEMMAS["supply_verb"])


def _makers_beside_sellers(found: list[Candidate], mentions) -> list[Candidate]:
    """A purchase whose clause names its seller ("A will buy 10,000 Nvidia
    chips from Dell", "A bought AMD-based servers from B") is no purchase
    from the maker the goods are named by: where a buyer buys from a company
    named after "from", a company the same phrase names only as a modifier
    of the goods bought, or only through a thing it makes ("H100 chips from
    Dell"), sells that buyer nothing there (GUIDELINES: it is capacity with NO
    seller named that goes to the chip vendor); so for a seller that supplies
    ("B will supply A with 20,000 Nvidia GPUs"). "A bought chips from Nvidia
    and servers from Dell" names two sellers; "A will buy Nvidia chips and
    lease servers from Dell" buys from both."""
    sellers: dict[tuple[int, str], dict[str, set[int]]] = {}
    for c in found:
        if c.kind in PURCHASES:
            heads = set()
            for m in _named_in(c.dst, c.sent, mentions):
                t = anchor(m.head(c.sent.doc))
                heads |= {t.head.head.i} if _after_from(t) else _supplied_where(t) | _capacity_of(t, c.kind)
            if heads:
                sellers.setdefault((c.sent.start, c.src), {}).setdefault(c.dst, set()).update(heads)
    if not sellers:
        return found
    makers = [c for c in found if c.kind in PURCHASES and _maker_only(c, sellers.get((c.sent.start, c.src)), mentions)]
    for maker in makers:
        _sum_to_seller(maker, found, sellers[(maker.sent.start, maker.src)])
    return [c for c in found if c not in makers] if makers else found


def _sum_to_seller(maker: Candidate, found: list[Candidate], named: dict[str, set[int]]) -> None:
    """The figure read for the maker's purchase goes to the seller's, where that has none:
    "A will buy 20,000 Nvidia GPUs, packaged in servers supplied by Supermicro, for $1 billion"."""
    if maker.amount is None:
        return
    for c in found:
        if c.kind == maker.kind and c.sent.start == maker.sent.start and c.src == maker.src and c.dst in named \
                and c.amount is None:
            c.amount, c.amount_rank = maker.amount, maker.amount_rank


def _maker_only(c: Candidate, sellers: dict[str, set[int]] | None, mentions) -> bool:
    """Whether a purchase's seller is named only as the maker of goods that
    the same phrase buys from another company (see `_makers_beside_sellers`)."""
    if not sellers or c.dst in sellers:
        return False
    bought_where = set().union(*sellers.values())
    for m in _named_in(c.dst, c.sent, mentions):
        goods = m.head(c.sent.doc)
        if goods.dep_ not in MAKER_DEPS:
            return False
        goods = _quantity_of(_goods_of(goods))
        if goods.i not in bought_where and goods.head.i not in bought_where \
                and (c.kind != "hardware_purchase" or _bought_outright(goods)) \
                and not any(_in_phrase_of(goods.doc[i], goods) for i in bought_where):
            return False
    return True


def _quantity_of(goods):
    """The sum or count that goods are "of", which is what a verb buys:
    "ordered $40 billion (20,000) of Nvidia chips"; else the goods."""
    head = goods.head
    if goods.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass"):
        return head.head
    return goods


def _bought_outright(goods) -> bool:
    """Whether goods are what a verb or noun of buying buys ("will buy Nvidia
    chips and lease servers from Dell": the chips too are bought, from their
    maker), not goods the bought ones carry or a use of them ("servers
    carrying Nvidia chips", "giving it 2,048 Nvidia accelerators", "will
    deploy Nvidia systems supplied by Dell").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme will buy Nvidia chips and rent servers carrying AMD chips from Dell.")
    >>> _bought_outright(doc[4]), _bought_outright(doc[11])
    (True, False)
    >>> doc = load_nlp()("Acme ordered $40 billion of Nvidia chips.")
    >>> _bought_outright(doc[7])
    True
    """
    while goods.dep_ == "conj" and goods.head.i != goods.i:
        goods = goods.head
    goods = _quantity_of(goods)
    head = goods.head
    if goods.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in BUYING_WORDS
    return goods.dep_ == "pobj" and head.lower_ in ("for", "of", "on") and head.head.lemma_.lower() in BUYING_WORDS


def _in_phrase_of(tok, noun) -> bool:
    """Whether a word hangs below a noun through its phrases and participles,
    not a relative clause: "Nvidia chips, packaged in servers supplied by
    Dell" (the servers are the chips' own phrase), not "a platform, which
    it built with GPUs bought from Nvidia"."""
    while tok.i != noun.i:
        if tok.dep_ == "relcl" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _goods_of(tok):
    """The goods a maker's name is named with: "AMD-based servers" (AMD ->
    based -> servers), "capacity built on Nvidia systems" (Nvidia -> systems
    -> capacity, what the systems are in)."""
    for _ in range(8):
        if tok.dep_ in MAKER_DEPS and tok.head != tok:
            tok = tok.head
        elif tok.dep_ in ("pobj", "agent") and tok.head.head.dep_ == "acl" and tok.head.head.head != tok.head.head:
            tok = tok.head.head.head
        else:
            break
    return tok


def _capacity_of(tok, kind: str) -> set[int]:
    """Where a cloud named as the owner of the capacity bought puts it: "a
    deal for AWS capacity built on Nvidia chips" (AWS sells the capacity,
    not Nvidia); none for another name or kind."""
    head = tok.head
    if kind != "compute_purchase" or tok.dep_ not in ("compound", "poss") or head.lemma_.lower() not in COMPUTE_GOODS:
        return set()
    return {head.i}



def _named_in(company: str, sent, mentions) -> list:
    """The mentions of a company (or of its products) in one sentence."""
    return [m for m in mentions if m.company == company and sent.start <= m.token_start < sent.end]


def _after_from(tok) -> bool:
    """A name the object of "from" ("buy chips from Dell"), or of "with" after
    an order ("placed an order with Dell")."""
    return tok.dep_ == "pobj" and (tok.head.lower_ == "from" or tok.head.lower_ == "with"
                                   and tok.head.head.lemma_.lower() in BUYING_WORDS)


def _supplied_where(tok) -> set[int]:
    """Where a supplier named as the subject of a supply verb puts what it
    supplies: the verb, its object and its "with" ("B will supply A with
    20,000 Nvidia GPUs": B sells them, not Nvidia); or as its passive's
    agent, the participle and what it is said of ("Nvidia chips, packaged in
    servers supplied by Dell"); none for another name."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in SUPPLY_VERBS:
        # "servers supplied by Dell", "the racks will be supplied by Dell": what the participle says is supplied
        verb = verb.head
        return {verb.i} | ({verb.head.i} if verb.dep_ == "acl" else set()) \
            | {ch.i for ch in verb.children if ch.dep_ == "nsubjpass"}
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in SUPPLY_VERBS:
        return set()
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    # (the parser may hang "with" on the object: "provide the AI lab with Nvidia capacity")
    return {verb.i} | {ch.i for ch in objects} | {ch.i for w in (verb, *objects) for ch in w.children
                                                  if ch.dep_ == "prep" and ch.lower_ == "with"}


def writes_name(surface: str, name: str) -> bool:
    """Whether a mention writes a company's canonical name, in any case and
    with any legal suffix or web ending after it.

    >>> writes_name("Amazon.com Inc.", "Amazon"), writes_name("NVIDIA Corp", "NVIDIA")
    (True, True)
    >>> writes_name("Lightspeed", "Lightspeed Venture Partners"), writes_name("Samsung Electronics", "Samsung")
    (False, False)
    """
    words = normalise_name(surface).split()
    return " ".join(words[:-1] if words[-1:] == ["com"] else words) == normalise_name(name)


def without_suffix(name: str) -> str:
    """A company's name without the legal suffixes after it.

    >>> without_suffix("Samsung Electronics Co., Ltd."), without_suffix("Meta Platforms Inc."), without_suffix("Co")
    ('Samsung Electronics', 'Meta Platforms', 'Co')
    """
    words = name.split()
    while len(words) > 1 and re.sub(r"\W", "", words[-1]).lower() in SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def _headline_figures(cands: list[Candidate], title: str, text: str) -> None:
    """A headline's figure ranks below the body's for the same deal; where the
    body gives that very figure to another deal of the pair, it is that deal's
    ("A Puts $11.9B Into B" over a body's "$11.9 billion contract" is no
    investment of $11.9B)."""
    if not title:
        return
    in_title = [c for c in cands if title in text[c.sent.start_char:c.sent.end_char]]
    headline = {id(c) for c in in_title}
    body = [c for c in cands if c.amount is not None and id(c) not in headline]
    for c in in_title:
        if c.amount is None:
            continue
        c.amount_rank += HEADLINE_RANK   # the body's figure for the deal wins over the headline's
        if any(b.kind != c.kind and {b.src, b.dst} == {c.src, c.dst} and b.amount.currency == c.amount.currency
               and abs(b.amount.value - c.amount.value) <= 0.01 * abs(c.amount.value) for b in body):
            c.amount, c.amount_rank = None, 99


def _size_from_talk(done: Commitment, talk: Commitment) -> None:
    """A deal stated as done whose figure is given only where the article
    speaks of its potential ("its potential investment could reach up to
    $100 billion") takes that figure."""
    if done.amount_usd is None and talk.amount_usd is not None:
        done.amount_usd, done.amount_original, done.currency = talk.amount_usd, talk.amount_original, talk.currency
        done.upper_bound, done.floor = talk.upper_bound or done.upper_bound, talk.floor


def _refuse_impossible_figures(found: dict) -> list[str]:
    """Drop commitments whose figures the store would refuse (not finite,
    negative, over $10 trillion); say why in one line each."""
    refused = []
    for key, c in list(found.items()):
        problem = figure_problem(c.amount_usd, c.capacity_gw, c.amount_original)
        if problem:
            del found[key]
            refused.append(f"{c.kind.replace('_', ' ')} {c.from_} → {c.to}: {problem}")
    return refused


def _commitment(c: Candidate, article: RawArticle, text: str) -> Commitment:
    amount = c.amount
    return Commitment(
        kind=c.kind, **{"from": c.src}, to=c.dst,
        amount_usd=amount.value if amount and amount.currency == "USD" else None,
        amount_original=amount.value if amount else None,
        currency=amount.currency if amount else None,
        capacity_gw=c.capacity.value if c.capacity else None,
        upper_bound=bool((amount and amount.upper_bound) or (c.capacity and c.capacity.upper_bound) or c.ceiling),
        floor=bool(amount and amount.floor),
        status=c.status, evidence=text[c.sent.start_char:c.sent.end_char].strip(), start=c.sent.start_char, end=c.sent.end_char,
        involves=[{"type": k.type, "name": k.name} for k in c.involves],
        confidence=c.confidence, date=article.meta.get("published"))


def _fill(existing: Commitment, c: Candidate, closer: bool) -> None:
    """A later sentence about the same pair fills figures the first one
    lacked, or replaces a figure that the grammar tied less closely to the pair."""
    existing.confidence = max(existing.confidence, c.confidence)
    if (existing.amount_usd is None or closer) and c.amount and c.amount.currency == "USD":
        existing.amount_usd = c.amount.value
        existing.amount_original, existing.currency = c.amount.value, c.amount.currency
        existing.upper_bound = c.amount.upper_bound or bool(existing.capacity_gw and existing.upper_bound) or c.ceiling
        existing.floor = c.amount.floor
    existing.upper_bound = existing.upper_bound or c.ceiling
    if existing.capacity_gw is None and c.capacity:
        existing.capacity_gw = c.capacity.value
        existing.upper_bound = existing.upper_bound or c.capacity.upper_bound

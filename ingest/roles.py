"""Deal roles bound by the patterns of `ingest/patterns/deals.py`.

The patterns are compiled once, in spaCy's DependencyMatcher form, and
matched by walking the parse out from their trigger words
(`ingest/walker.py`). A match binds tokens to roles; a role token stands
for every company mention whose phrase it heads (so each conjunct of "A, B and C invested" takes the role,
and "Nvidia, the chipmaker," is Nvidia). The kind of a kind-neutral deal
("signed a $30 billion contract with B") follows what is bought and who
sells it (`deal_kind`).

>>> from ingest.pipeline import load_nlp
>>> from ingest.gazetteer import load_gazetteer
>>> roles = DealRoles(load_nlp(), load_gazetteer())
>>> [(p["name"], p["variant"]) for p in roles.patterns][:3]
[('invest_in', None), ('invest_in', 'xcomp'), ('invest_in', 'conj')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer
from .names import HOLD_VERBS, RELATIVE_PRONOUNS, UNIT_NOUNS as NAMED_UNIT_NOUNS
from .patterns.deals import MODEL_ROLES, NAMED_THROUGH, PATTERNS, ROLE_ORDER, STANDS_FOR, WITH_COMPANIONS
from .patterns.vocab import LEMMAS
from .pipeline import Mention
from .walker import PatternWalker, parse_of

_STEP = re.compile(r"(>>|>|<)([a-z|]+)(?:\[([^\]]*)\])?(?:\(([^)]*)\))?")
# the gerunds of dealing by which a clause's subject did something ("grew by buying B")
MEANS_GERUNDS = ",".join(("buying", "acquiring", "purchasing", "investing", "taking", "selling", "signing", "striking",
                          "backing", "funding", "leading", "committing", "pledging", "putting", "snapping", "ordering",
                          "renting", "leasing", "licensing", "partnering", "teaming"))
# how a subject role also matches: "agreed to buy" (xcomp), "is set to buy", "is due to put" (xcomp of a
# word of `schedule_word`), "... and invested"
# (a coordinated verb without its own subject), "X, which invested" (relcl),
# "A's agreement to buy", "a pledge by A to spend", "A signed a contract to supply" (acl, or the
# infinitive read as a relative clause), "A is in talks to buy"
SUBJECT_VARIANTS = {"xcomp": "<xcomp>nsubj", "conj": "<conj>nsubj", "relcl": "<relcl",
                    # ... the third of three verbs, which the parse chains: "A will build and run the site
                    # and lease capacity from B"
                    "conj_conj": "<conj<conj>nsubj",
                    # "A holds a stake in B and has agreed to buy capacity from it": the infinitive of a
                    # coordinated verb with no subject of its own
                    "xcomp_conj": "<xcomp<conj>nsubj",
                    # ... and a verb coordinated with an infinitive: "A agreed to build and operate a site for B"
                    "conj_xcomp": "<conj<xcomp>nsubj",
                    # "A, which makes chips and invested in B": a verb coordinated with a relative clause's
                    "relcl_conj": "<conj<relcl",
                    # "A, which agreed to supply chips for B's data centres": a relative clause's infinitive
                    "xcomp_relcl": "<xcomp<relcl",
                    # "A went further, hosting B's models on its cloud": a participle's clause shares the
                    # subject of the verb it hangs from
                    "participle": "<advcl>nsubj",
                    # ... and its infinitive: "B followed in October, agreeing to put $2 billion into C"
                    "xcomp_participle": "<xcomp(agree|commit|pledge|promise|decide|move|opt)<advcl>nsubj",
                    # "A is set (slated) to buy", "A is due to put $X into B": a deal fixed ahead
                    "xcomp_pass": "<xcomp(@schedule_word)>nsubjpass", "xcomp_adj": "<xcomp(@schedule_word)<acomp>nsubj",
                    # "A is the first firm to invest in B", "the latest firm to supply B is A", "the
                    # company that backed B is A": the infinitive or relative clause of a copula's noun
                    "relcl_attr": "<relcl<attr>nsubj", "relcl_subject": "<relcl<nsubj>attr",
                    # "A is in (advanced) talks to buy B": the infinitive of the talks A is in
                    "acl_in_talks": "<acl|relcl(@talk_noun)<pobj<prep[in]>nsubj",
                    # ... which the parse may hang from "is" ("A is in advanced talks to buy B"), with
                    # the talks a condition of its own (`SUBJECT_CONDITIONS`)
                    "advcl_in_talks": "<advcl(be)>nsubj",
                    "acl_poss": "<acl>poss", "acl_by": "<acl>prep[by]>pobj", "acl_obj": "<acl|relcl<dobj>nsubj",
                    # ... the second of two verbs there: "A signed a deal to build and run a data hall for B"
                    # (an infinitive, `SUBJECT_CONDITIONS`: not "the contracts that B drafted and will sign")
                    "conj_acl_obj": "<conj<acl|relcl<dobj>nsubj",
                    # ... in a relative clause: "A, which has signed an agreement to supply power to B"
                    "acl_obj_relcl": "<acl<dobj(@deal_verb)<relcl",
                    # "A agreed to (entered into) a deal to buy B": the deal the object of a preposition
                    "acl_prep_obj": "<acl|relcl(@sale_noun)<pobj<prep[to,into](@deal_verb)>nsubj",
                    # "A struck (signed) a deal to buy B": the parse may hang the infinitive from the verb,
                    # a purpose clause of a deal made (`SUBJECT_CONDITIONS`); a sale's noun only, for the aim
                    # of an alliance is both partners' ("formed an alliance with B to sell C's tools")
                    "advcl_deal": "<advcl(@deal_verb)>nsubj",
                    # "A has committed (is committed, pledged) to buying $25 billion of capacity"
                    "pcomp_pledge": "<pcomp<prep[to](@pledge_verb)>nsubj|nsubjpass",
                    # ... and in the passive: "a contract to supply B was signed (won) by A"
                    "acl_obj_passive": "<acl|relcl<nsubjpass(@deal_verb)>agent>pobj",
                    # "A disclosed a $3 billion, multi-year contract to supply B": the parse may make the
                    # deal noun an apposition of its figure
                    "acl_figure_obj": "<acl<appos<dobj>nsubj",
                    # "A grew fast after signing a contract to supply B": a deal struck in a gerund under a
                    # preposition is struck by the subject of the clause the preposition hangs from
                    "acl_gerund_deal": "<acl<dobj(@deal_verb)<pcomp<prep>nsubj",
                    # "B added the tool after striking a distribution deal with A": a gerund under a
                    # preposition of time is its clause subject's act
                    "gerund": "<pcomp<prep[after,before,since,upon]>nsubj",
                    # ... and one of means, where the gerund deals ("A grew by buying B", "by signing a deal
                    # with B"; not "By announcing a partnership with B, A has ...", a comment on the deal)
                    "gerund_means": f"<pcomp[{MEANS_GERUNDS}]<prep[by,through]>nsubj",
                    # ... and its infinitive: "A climbed 3% after agreeing to buy B"
                    "xcomp_gerund": "<xcomp(agree|commit|pledge|promise|decide|move|opt)<pcomp<prep[after,before,since,"
                                    "upon,by,through]>nsubj"}
# the subject of a copula's predicate noun ("A is an investor in B"), and where the copula is coordinated
# with the subject's verb and has none of its own: "A ended its deal with C but remains an investor in B"
COPULA_SUBJECT = "<attr>nsubj"
COPULA_CONJ_SUBJECT = "<attr<conj>nsubj"
COPULA_LISTED_SUBJECT = "<conj<attr>nsubj"
# a role reached through "as" from the verb's subject side ("A ranks as B's investor", "B, which counts as
# its supplier,"): the "as" must describe that subject (`_as_names_object`)
_AS_SUBJECT = re.compile(r"<prep\[as\](?:\(@copula_verb\))?(?:>nsubj|<relcl)$")
# a subject that must be a word of a class ("the round includes ..."), which its relative clause may name
_SUBJECT_NOUN = re.compile(r">nsubj(\(.*\))")
# the words a subject variant needs besides its path, as roles of their own
SUBJECT_CONDITIONS = {"advcl_in_talks": {"_talks": "<advcl(be)>prep[in]>pobj(@talk_noun)"},
                      "advcl_deal": {"_deal": "<advcl(@deal_verb)>dobj(@sale_noun)"},
                      "conj_acl_obj": {"_infinitive": "<conj>aux[to]"}}
# how a passive subject role also matches: "B agreed to be acquired by A" (xcomp), "B was founded in
# 2019 and was bought by A" (a coordinated verb), "B, which was bought by A" (relcl), "B, which makes
# models and is backed by A" (relcl_conj), "B, which agreed to be acquired by A" (xcomp_relcl)
PASSIVE_SUBJECT_VARIANTS = {"xcomp": "<xcomp>nsubj|nsubjpass", "conj": "<conj>nsubj|nsubjpass", "relcl": "<relcl",
                            "relcl_conj": "<conj<relcl", "xcomp_relcl": "<xcomp<relcl"}
# the passive of an active pattern (`_passive`): the agent takes the subject's role, the passive
# subject the object's ("A backed B" / "B was backed by A"; "A gave B a stake" / "B was given a stake
# by A"), and a deal noun the object of a light verb stands as that verb's passive subject
PASSIVE_AGENT = ">agent>pobj"
_OBJECT = re.compile(r"^>(?:dobj|dative)(?:\|(?:dobj|dative))*(?=[>(\[]|$)")
_DATIVE = re.compile(r"^>dative(?=[>(\[]|$)")
PASSIVE_LIGHT_VERB = ("<dobj>nsubj", "<nsubjpass(@deal_verb)>agent>pobj")
# a passive subject's path with a step after it ("B shares were bought by A") takes the same forms
_PASSIVE_SUBJECT = re.compile(r"^>nsubjpass(?=[>(\[]|$)")
USAGE = set(LEMMAS["usage_verb"])
MODEL_NOUNS = set(LEMMAS["model_noun"])
WARRANT_NOUNS = frozenset(LEMMAS["warrant_noun"])
GIVE_VERBS = frozenset(LEMMAS["give_verb"])
HARDWARE_WORDS = frozenset(LEMMAS["hardware_word"])
MODEL_COLLECTIVES = set(LEMMAS["model_collective_noun"])
PRODUCT_UNITS = frozenset(LEMMAS["product_unit_noun"])
SOFTWARE_NOUNS = set(LEMMAS["software_noun"])
COMPANION_PREPS = set(LEMMAS["companion_prep"])
# nouns whose examples are comparators, never parties: "rivals such as A"
RIVAL_NOUNS = {"rival", "competitor", "peer", "challenger", "alternative"}
# the parts of speech that can govern a relation (spaCy's English parses)
_CLAUSE_HEADS = ("VERB", "AUX", "ADJ", "NOUN")
HEAD_POS = {"pobj": ("ADP",), "attr": ("AUX", "VERB"), "acomp": ("AUX", "VERB"), "dobj": ("VERB",),
            "appos": ("NOUN", "PROPN", "PRON", "NUM"), "relcl": ("NOUN", "PROPN", "PRON", "NUM"),
            "acl": ("NOUN", "PROPN", "PRON", "NUM"), "amod": ("NOUN", "PROPN"), "prep": _CLAUSE_HEADS + ("PROPN", "PRON", "NUM", "ADV"),
            "xcomp": _CLAUSE_HEADS, "conj": _CLAUSE_HEADS + ("PROPN", "PRON", "NUM"), "ccomp": _CLAUSE_HEADS, "oprd": _CLAUSE_HEADS}
# relations through which a word belongs to the phrase of the word above it
_PHRASE_DEPS = {"conj", "appos", "nmod", "flat"}


def _passive_verb(verb: Token) -> bool:
    """A verb in the passive: one with a passive auxiliary or agent, or a
    participle with no "have" (not the perfect of "A has folded B into C").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("B agreed to be folded into A, and C plans to fold D into E.")
    >>> _passive_verb(doc[4]), _passive_verb(doc[11])
    (True, False)
    >>> perfect = load_nlp()("A has owned B since 2021 and has folded C into it.")
    >>> _passive_verb(perfect[9])
    False
    """
    if any(ch.dep_ in ("auxpass", "agent") for ch in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children)


def words_of(spec: str) -> list[str]:
    """"@class|word" -> the lemmas it names."""
    out: list[str] = []
    for part in spec.split("|"):
        out.extend(LEMMAS[part[1:]] if part.startswith("@") else [part])
    return out


def _steps(path: str) -> list[tuple[str, list[str], list[str] | None, list[str] | None]]:
    """">prep[in,into]>pobj" -> [(">", ["prep"], ["in", "into"], None), (">", ["pobj"], None, None)]."""
    out, pos = [], 0
    while pos < len(path):
        m = _STEP.match(path, pos)
        if m is None:
            raise ValueError(f"bad pattern path {path!r} at {pos}")
        op, deps, words, lemmas = m.groups()
        out.append((op, deps.split("|"), words.split(",") if words else None, words_of(lemmas) if lemmas else None))
        pos = m.end()
    return out


def _variants(pattern: dict) -> list[dict]:
    """The pattern, for a subject role its xcomp/conj/relcl forms, and its
    passive (`_passive`), with the xcomp/conj/relcl forms of the passive's subject."""
    out = [dict(pattern, variant=None)]
    uses_head = any(path.startswith("<") for path in pattern["roles"].values())
    for role, path in pattern["roles"].items():
        variants = SUBJECT_VARIANTS if path == ">nsubj" else PASSIVE_SUBJECT_VARIANTS if path == ">nsubjpass" else {}
        if not uses_head:
            for variant, replacement in variants.items():
                name = f"passive_{variant}" if path == ">nsubjpass" and variant == "relcl" else variant
                out.append(dict(pattern, roles={**pattern["roles"], role: replacement,
                                                **SUBJECT_CONDITIONS.get(variant, {})}, variant=name,
                                passive_subject=path == ">nsubjpass"))
        if not uses_head and (noun := _SUBJECT_NOUN.fullmatch(path)) is not None:
            # "a round that includes $2 billion from A": a subject noun's relative clause
            out.append(dict(pattern, roles={**pattern["roles"], role: "<relcl" + noun[1]}, variant="relcl"))
    for role, path in pattern["roles"].items():
        if path == COPULA_SUBJECT:      # "A ended its deal with B but remains an investor in C"
            out.append(dict(pattern, roles={**pattern["roles"], role: COPULA_CONJ_SUBJECT}, variant="attr_conj"))
            # ... and a second predicate noun: "A remains B's cloud provider and its largest investor"
            out.append(dict(pattern, roles={**pattern["roles"], role: COPULA_LISTED_SUBJECT}, variant="attr_listed"))
    passive = _passive(pattern)
    if passive is not None:
        out.append(dict(passive, variant="passive"))
    for form in (pattern, passive):
        if form is None or any(path.startswith("<") for path in form["roles"].values()):
            continue
        roles = form["roles"]
        # (a pattern's own bare ">nsubjpass" has its forms above)
        role = next((role for role, path in roles.items() if _PASSIVE_SUBJECT.match(path)
                     and (form is passive or path != ">nsubjpass")), None)
        if role is not None:    # "$2 billion was set to be invested in B by A", "B shares are to be bought by A"
            for variant, replacement in PASSIVE_SUBJECT_VARIANTS.items():
                path = _PASSIVE_SUBJECT.sub(replacement, roles[role])
                out.append(dict(form, roles={**roles, role: path}, variant=f"passive_{variant}", passive_subject=True))
    return out


def _passive(pattern: dict) -> dict | None:
    """An active pattern's passive form, or None where it has none or
    another pattern states it already ("backs" / "backed_by").

    The subject's role goes to the agent and the object's to the passive
    subject: "A invested $2 billion in B" -> "$2 billion was invested in B by
    A", "A signed a contract with B" -> "a contract with B was signed by A";
    a deal noun that is a verb's object, "A completed its purchase of B" ->
    "the purchase of B was completed by A" (a verb of making a deal only,
    `deal_verb`: "the investment was criticised by A" makes A no investor).
    A verb of using has no passive here: "B's GPUs are used by A" says who
    uses them, not who bought them (`usage_verb`).

    >>> _passive({"trigger": "sign|use", "pos": "VERB", "roles": {"party": ">nsubj", "counterparty": ">dobj>prep[with]>pobj"}})
    {'trigger': 'sign', 'pos': 'VERB', 'roles': {'party': '>agent>pobj', 'counterparty': '>nsubjpass>prep[with]>pobj'}}
    """
    roles = pattern["roles"]
    trigger = "|".join(w for w in pattern["trigger"].split("|") if w not in USAGE)
    if not trigger:
        return None
    if pattern.get("pos") == "VERB":
        if any(path.startswith("<") for path in roles.values()) or ">nsubj" not in roles.values():
            return None
        # "B was granted warrants by A": of two objects the receiver is the passive's subject
        obj = _DATIVE if any(_DATIVE.match(path) for path in roles.values()) else _OBJECT
        passive = {role: PASSIVE_AGENT if path == ">nsubj" else obj.sub(">nsubjpass", path)
                   for role, path in roles.items()}
    else:
        if not any(path.startswith(PASSIVE_LIGHT_VERB[0]) for path in roles.values()):
            return None
        passive = {role: path.replace(*PASSIVE_LIGHT_VERB, 1) for role, path in roles.items()}
    if any(p["trigger"] == pattern["trigger"] and p["roles"] == passive for p in PATTERNS):
        return None
    return dict(pattern, trigger=trigger, roles=passive)


def _compile(pattern: dict) -> list[dict]:
    """One DependencyMatcher pattern (a list of node dicts)."""
    trigger: dict = {"LEMMA": {"IN": words_of(pattern["trigger"])}}
    if "pos" in pattern:
        trigger["POS"] = pattern["pos"]
    nodes = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": trigger}]
    for role, path in pattern["roles"].items():
        left, left_attrs = "trigger", trigger
        steps = _steps(path)
        for n, (op, deps, words, lemmas) in enumerate(steps):
            node_id = role if n == len(steps) - 1 else f"{role}.{n}"
            attrs: dict = {}
            # "<dep[w]" constrains the word that has the relation, then climbs
            constrained = left_attrs if op == "<" else attrs
            constrained["DEP"] = {"IN": deps}
            if op == "<" and all(d in HEAD_POS for d in deps):
                # what can govern this relation: a node that matches any word
                # makes the matcher try every word of the sentence
                attrs["POS"] = {"IN": sorted({pos for d in deps for pos in HEAD_POS[d]})}
            if words:
                constrained["LOWER"] = {"IN": words}
            if lemmas:      # "(@class)" is the word reached, also up a "<" step ("<relcl(@round_noun)")
                attrs["LEMMA"] = {"IN": lemmas}
            nodes.append({"LEFT_ID": left, "REL_OP": op, "RIGHT_ID": node_id, "RIGHT_ATTRS": attrs})
            left, left_attrs = node_id, attrs
    return nodes


@dataclass(slots=True)
class Binding:
    """One pattern match: the companies bound to each role."""
    pattern: dict
    trigger: Token
    roles: dict[str, list[Mention]] = field(default_factory=dict)
    tokens: dict[str, Token] = field(default_factory=dict)
    sent: Span | None = None     # the trigger's sentence, from the doc's shared list (each `token.sent` finds it again)


def anchor(tok: Token) -> Token:
    """The word a name's phrase hangs from: "Nvidia" in "A, B and Nvidia" is
    A's conjunct, "the chipmaker" in "Nvidia, the chipmaker" is Nvidia.

    Climbs conjunctions, appositions and name modifiers, never a verb's
    conjunction (that is another clause)."""
    for _ in range(12):
        if tok.dep_ not in _PHRASE_DEPS or tok.head == tok:
            break
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ == "nmod" and tok.i < tok.head.i and tok.head.dep_ == "appos" and tok.head.pos_ == "NOUN" \
                or tok.dep_ == "appos" and tok.pos_ == "PROPN" and any(ch.dep_ == "det" and ch.lower_ in ("a", "an")
                                                                        for ch in tok.children):
            break       # a name describing an apposition's noun: "B, a University of Tokyo spinout" (which the
            #             parser may make the apposition itself)
        tok = tok.head
    return tok


def _unit_named(root: Token) -> Token:
    """The word a company's name hangs from, or the possessed unit noun it
    names: "B" in "A put money into its B unit" stands for "unit"; "G42"
    in "a G42 subsidiary" is the owner.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("SoftBank poured money into its SB Intuitions unit.")
    >>> _unit_named(doc[6]).text, _unit_named(doc[0]).text
    ('unit', 'SoftBank')
    """
    tok = anchor(root)
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in NAMED_UNIT_NOUNS \
            and any(ch.dep_ == "poss" for ch in tok.head.children):
        return anchor(tok.head)     # (not "a G42 subsidiary", G42's own)
    return tok


class DealRoles:
    """Runs the deal patterns over a parsed article and binds their roles."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        self.g = gazetteer
        self.patterns: list[dict] = []
        self.walker = PatternWalker(nlp.vocab)
        self._named: set[int] = set()     # the words some mention covers, in the article being read
        self._ownerless: set[int] = set()  # the head words of models named without their maker, in it
        self.node_ids: list[list[str]] = []     # per pattern variant, its nodes' names in match order
        self.named_nodes: list[tuple[tuple[str, int], ...]] = []   # per variant, its role and trigger nodes: (name, place)
        # the pattern variants of each trigger class, and the classes (by
        # their place in by_trigger) each lemma triggers
        self.by_trigger: dict[str, list[int]] = {}
        self.by_lemma: dict[int, list[int]] = {}
        for pattern in PATTERNS:
            trigger = pattern["trigger"]
            if trigger not in self.by_trigger:
                for word in words_of(trigger):
                    self.by_lemma.setdefault(nlp.vocab.strings.add(word), []).append(len(self.by_trigger))
                self.by_trigger[trigger] = []
            for variant in _variants(pattern):
                variant["as_subject"] = any(_AS_SUBJECT.search(path) for path in variant["roles"].values())
                variant["descendant_roles"] = tuple(r for r, path in variant["roles"].items()
                                                    if ">>" in path and not r.startswith("_")) \
                    if variant.get("total") else ()
                nodes = _compile(variant)
                self.patterns.append(variant)
                self.node_ids.append([n["RIGHT_ID"] for n in nodes])
                self.named_nodes.append(tuple((name, n) for n, name in enumerate(self.node_ids[-1]) if "." not in name))
                self.by_trigger[trigger].append(self.walker.add(nodes))
        self._runs: dict[tuple[int, ...], tuple[int, ...]] = {}     # classes held -> their variants, run after run

    def bindings(self, doc: Doc, mentions: list[Mention]) -> list[Binding]:
        """Every match whose company roles are bound to mentions."""
        by_anchor: dict[int, list[Mention]] = {}
        models: dict[int, list[Mention]] = {}
        self._named = {i for m in mentions for i in range(m.token_start, m.token_end)}
        # models the names know without their maker ("Zeta 2"), by their head word: a possessor names it
        self._ownerless = {anchor(m.head(doc)).i for m in mentions if m.known.type == "Model" and not m.known.owner}
        # chips named without their vendor ("50,000 MI450 chips"), by their head word: the vendor sells them
        # (by each of their words: the parser may hang "GB300 NVL72 racks" on either)
        chips = {i: [m] for m in mentions if m.known.type == "Hardware" and m.known.owner
                 for i in range(m.token_start, m.token_end)}
        for m in mentions:
            if m.company or m.known.type == "Model" and m.known.owner:
                root = m.head(doc)
                (by_anchor if m.company else models).setdefault(
                    (_unit_named(root) if m.company else anchor(root)).i, []).append(m)
        out = []
        # (role word, named through) -> the companies it stands for: the same word takes roles in
        # several patterns' matches (and their variants'), and what it stands for is read once
        companies: dict[tuple[int, bool], list[Mention]] = {}
        listed: dict[int, list[Mention]] = {}   # models and companies by anchor, where a model role asks
        for sent, key, token_ids in self._matches(doc, mentions):
            pattern = self.patterns[key]
            trigger = doc[token_ids[0]]
            if not self._variant_holds(pattern, trigger):
                continue
            if pattern["as_subject"] and _as_names_object(trigger):
                continue    # "A counts B as its investor": "as" describes B, not A
            # the named nodes only: a path's inner steps ("investor.0") are never read
            tokens = {name: doc[token_ids[n]] for name, n in self.named_nodes[key]}
            if _in_relative_clause(pattern, tokens) or _subject_is_antecedent(pattern, trigger):
                continue
            binding = Binding(pattern, tokens["trigger"], tokens=tokens, sent=sent)
            complete = True
            for role in pattern["roles"]:
                if role.startswith("_"):
                    continue
                if role in MODEL_ROLES:
                    bound = self._models(tokens[role], by_anchor, models)
                    if bound and role in WITH_COMPANIONS:
                        # (listed as models, "alongside A's Vexa", or by their makers, "alongside models from A")
                        listed = listed or _listed(by_anchor, models)
                        bound += [m for m in _companions(tokens[role], listed, makers=by_anchor) if m not in bound]
                else:
                    # (a company's own unnamed unit sold or bought is no company: "A sold its storage unit to B")
                    word, through, owners = tokens[role], role in NAMED_THROUGH, role != "acquired"
                    if pattern["variant"] is None:      # (the forms made of a pattern have their own)
                        word = _relative_subject(word, pattern["roles"][role])
                    found = chips.get(word.i, []) if pattern.get("chip_named") and role in SELLER_ROLES \
                        else companies.get((word.i, through, owners))
                    if found is None:
                        found = companies[(word.i, through, owners)] = [] if _own(word) else \
                            self._companies(word, (by_anchor,), through, owners)
                    bound = list(found)     # (a copy: the companions are added to it)
                    if pattern["roles"][role].endswith("<relcl"):
                        bound = _antecedent(tokens[role], bound)
                    elif pattern["roles"][role] == "<amod" and tokens["trigger"].i < tokens[role].i:
                        bound = _modified(tokens[role], bound)
                    elif pattern["roles"][role].endswith(">appos"):
                        bound = _own_phrase(tokens[role], bound)
                    elif pattern["roles"][role] == "<appos":
                        bound = _apposed(tokens["trigger"], bound)
                    if bound and role in WITH_COMPANIONS:
                        bound += [m for m in _companions(tokens[role], by_anchor, tokens["trigger"]) if m not in bound]
                    if not bound and role in SELLER_ROLES and word.dep_ == "compound":
                        bound = chips.get(word.i, [])    # "ordered 50,000 MI450 chips": bought from their vendor
                if not bound:
                    complete = False
                    break
                binding.roles[role] = bound
            if complete:
                out.append(binding)
        return out

    def _matches(self, doc: Doc, mentions: list[Mention]):
        """(sentence, pattern index, token ids) of the patterns' matches in the
        sentences that name a company or model; a sentence is walked only
        for the trigger classes its words hold, class after class in the
        patterns' order."""
        named = sorted({m.token_start for m in mentions if m.company or m.known.type == "Model"})
        if not named:
            return
        parse = parse_of(doc)
        by_lemma = self.by_lemma
        for sent in parse.sents:
            if bisect_left(named, sent.start) == bisect_left(named, sent.end):
                continue
            held = tuple(sorted({n for lemma in by_lemma.keys() & parse.lemma_index(sent.start, sent.end).keys()
                                 for n in by_lemma[lemma]}))
            if held:
                for key, token_ids in self.walker.matches(parse, sent, self._runs.get(held) or self._run(held)):
                    yield sent, key, token_ids

    def _run(self, held: tuple[int, ...]) -> tuple[int, ...]:
        """The pattern variants of the trigger classes `held` (by their
        places in `by_trigger`), class after class."""
        classes = list(self.by_trigger.values())
        run = self._runs[held] = tuple(index for n in held for index in classes[n])
        return run

    @staticmethod
    def _variant_holds(pattern: dict, trigger: Token) -> bool:
        """A coordinated or controlled verb takes the subject above only when
        it has none of its own; a relative clause only through its pronoun."""
        variant = pattern.get("variant")
        if variant is None or variant in ("passive", "attr_listed"):
            # (a `no_subject` pattern's verb has none of its own: "the round was led by A, and its customers
            # include B" names no backer)
            return not (pattern.get("no_subject") and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in trigger.children))
        if pattern.get("passive_subject") and not _passive_verb(trigger):
            return False    # a passive subject above only for a passive verb: "B agreed to be folded into A",
            #                 not "A plans to fold B's agents into C" (A folds, it is not folded)
        passive, variant = variant.startswith("passive_"), variant.removeprefix("passive_")
        subjects = [ch for ch in trigger.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if variant in ("acl_obj", "participle") and _warrant_to(trigger):
            return False    # "A granted B warrants to buy its shares": B, the holder, buys, not A
        if variant == "relcl":      # (a passive's pronoun is its passive subject: "B, which was bought by A")
            return any(s.lower_ in RELATIVE_PRONOUNS and (s.dep_ == "nsubjpass" or not passive) for s in subjects)
        if variant == "participle":     # "-ing" ("having signed") with no subject nor conjunction of its own
            return (trigger.tag_ == "VBG" or _purpose_infinitive(trigger)
                    or any(ch.dep_ == "aux" and ch.lower_ == "having" for ch in trigger.children)) and not subjects \
                and not any(ch.dep_ == "mark" for ch in trigger.children) and not with_subject(trigger)
        if variant == "xcomp_relcl" and not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in trigger.children):
            return False    # an infinitive only: "which agreed to buy B", not "which once considered buying B"
        if variant in ("relcl_conj", "xcomp_relcl"):     # the first verb's subject is the relative pronoun
            return not subjects and any(s.lower_ in RELATIVE_PRONOUNS for s in trigger.head.children
                                        if s.dep_ in ("nsubj", "nsubjpass"))
        if variant in ("relcl_attr", "relcl_subject"):
            return all(s.lower_ in RELATIVE_PRONOUNS for s in subjects)
        if variant in ("xcomp_conj", "conj_xcomp", "conj_conj"):     # neither verb has a subject of its own
            return not subjects and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in trigger.head.children)
        if variant == "attr_conj":      # the copula has no subject of its own
            return not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in trigger.head.children)
        return not subjects

    def _models(self, tok: Token, by_anchor: dict[int, list[Mention]], models: dict[int, list[Mention]]) -> list[Mention]:
        """A model role: a named model ("Claude", "Claude models"), a named
        product of another company ("Grok", "ChatGPT": GUIDELINES, distribution
        is of a model or product), or a model word naming its maker ("OpenAI's models")."""
        tok = anchor(_subject_before(tok))
        found = list(models.get(tok.i, [])) + [m for m in by_anchor.get(tok.i, []) if m.known.type == "Product"]
        modifiers = [ch for ch in tok.children if ch.dep_ in ("compound", "poss", "nmod")]
        if tok.i in self._ownerless:    # "Vexa 3, A's newest model,": the apposition names its maker
            modifiers += [g for ch in tok.children if ch.dep_ == "appos" and _model_word(ch)
                          for g in ch.children if g.dep_ == "poss"]
        # (and their possessors: "A's flagship Vexa model", where the parser hangs "A's" on "flagship"; and
        # the names in a model word: "its Vexa 3 model family")
        for ch in modifiers + [g for ch in modifiers if ch.dep_ != "poss" for g in ch.children
                               if g.dep_ == "poss" or g.dep_ == "compound" and ch.lemma_.lower() in MODEL_NOUNS]:
            owner = anchor(_antecedent_of_pronoun(ch))     # "whose models" are its antecedent's
            found += models.get(owner.i, [])
            if _model_word(tok) or self._unnamed_product(tok) or tok.i in self._ownerless:
                found += by_anchor.get(owner.i, [])     # (a model the names know without its maker: "A's Zeta 2")
            elif tok.lemma_.lower() in PRODUCT_UNITS and ch.dep_ == "compound":     # "Claude Enterprise licences"
                found += [m for w in (ch, *(g for g in ch.children if g.dep_ == "compound"))
                          for m in by_anchor.get(anchor(w).i, []) if m.known.type == "Product"]
        for word in _conjuncts(tok):    # "Meta's Llama and DeepSeek's V3": a listed product the names missed
            if self._unnamed_product(word) or _model_word(word):    # ("... and C's Tern model")
                found += [m for ch in word.children if ch.dep_ == "poss" for m in by_anchor.get(anchor(ch).i, [])]
            if word is not tok and _model_word(word):   # "A's Vexa as well as models from C": their maker's
                found += [m for p in word.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                          for g in p.children if g.dep_ == "pobj" for m in by_anchor.get(anchor(g).i, [])]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by") and (
                tok.head.head.lemma_.lower() in MODEL_NOUNS
                or any(ch.dep_ == "dobj" and _model_word(ch) for ch in tok.head.head.children)):
            # "models from A, B and C" are their makers (the parser may hang "from A" on the verb that offers
            # them: "bundle models from A into its suite")
            found += by_anchor.get(tok.i, [])
        if not found and _model_reference(tok):
            found += _last_model(tok, models, by_anchor)     # "A released Vexa 3. B is offering the model (it) too"
        return found

    def _unnamed_product(self, word: Token) -> bool:
        """A name that no mention covers, owned by a company ("DeepSeek's V3",
        "Acme's Pathfinder", however the tagger takes it): a product or model
        the names did not know; not chips named by an abbreviation ("A's GPUs")."""
        return word.pos_ in ("PROPN", "NOUN") and word.text[:1].isupper() and word.i not in self._named \
            and any(ch.dep_ == "poss" for ch in word.children) and word.lemma_.lower() not in HARDWARE_WORDS

    def _companies(self, tok: Token, maps: tuple[dict[int, list[Mention]], ...], through: bool,
                   owners: bool = True) -> list[Mention]:
        """The company mentions a role word stands for, with its conjuncts;
        "the venture arm of AMD" stands for AMD; where `through`, "Claude
        models" and "Samsung phones" stand for their makers; "which" in
        "Oracle, with which it has a deal" stands for Oracle; without `owners`
        a company's own unnamed unit stands for no one ("A sold its storage unit to B"); a list's last
        member that a relative clause in the singular describes stands for itself alone ("investors
        including A, B and C, which is also its cloud provider": C)."""
        named = _antecedent_of_pronoun(tok)
        tok = anchor(named)
        found = [m for mp in maps for m in mp.get(tok.i, [])]
        if named.dep_ == "conj" and _singular_relative(named):
            return [m for m in found if m.token_start <= named.i < m.token_end]
        listed = [w for w in (named.head, *named.head.conjuncts) if w.i < named.i] if named.dep_ == "appos" else []
        if named.tag_ == "NN" and len(listed) > 1 and named.lemma_.lower() not in COLLECTIVE_NOUNS:
            # a singular noun in apposition to a list describes its last member alone, wherever the parser
            # hangs it ("investors include A, B and C, the Riyadh firm controlled by D": D controls C)
            last = max(listed, key=lambda w: w.i)
            return [m for m in found if m.token_start <= last.i < m.token_end]
        if tok.dep_ == "pobj":      # "by A and by B", "in A and in B": each preposition's object
            found += [m for prep in _conjuncts(tok.head) if prep.pos_ == "ADP" for g in prep.children
                      if g.dep_ == "pobj" for mp in maps for m in mp.get(anchor(g).i, [])]
        if not found and through:
            for ch in tok.children:
                if ch.dep_ in ("compound", "poss", "nmod"):
                    found += [m for mp in maps for m in mp.get(anchor(_antecedent_of_pronoun(ch)).i, [])]
        by_anchor = maps[0]
        # "the venture arm of C", "A, B and a fund affiliated with C": an unnamed vehicle stands for its owner
        # (a named one for itself alone: "Intel's Altera unit" is Altera)
        vehicles = [word for word in [tok, *_conjuncts(tok)] if word.lemma_.lower() in VEHICLES
                    and (owners or not any(ch.dep_ == "poss" and ch.lower_ in ("its", "their")
                                           for ch in word.children))]
        if vehicles:
            named = {i for ms in by_anchor.values() for m in ms for i in range(m.token_start, m.token_end)}
            found += [m for word in vehicles if word.i not in named
                      and not any(ch.dep_ == "compound" and ch.i in named for ch in word.children)
                      for m in _vehicle_owner(word, by_anchor) if m not in found]
        # "NVIDIA engineers", "researchers at Google DeepMind": the people of a company act for it
        found += [m for word in [tok, *_conjuncts(tok)] if word.lemma_.lower() in STAFF_NOUNS
                  for m in _employer(word, by_anchor) if m not in found]
        if not found and tok.pos_ == "NOUN" and tok.lemma_.lower() not in RIVAL_NOUNS:
            found += self._examples(tok, by_anchor)
        if not found and through and _platform_reference(tok):
            found += _last_platform(tok, by_anchor)
        return _suspended(found, by_anchor, tok.doc)

    @staticmethod
    def _examples(tok: Token, by_anchor: dict[int, list[Mention]]) -> list[Mention]:
        """"firms like A and B", "investors such as A", "funds including A":
        a plural noun stands for the companies given as its examples."""
        out = []
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ in ("like", "including", "as"):
                if ch.lower_ == "as" and not any(g.lower_ == "such" for g in ch.head.children) \
                        and not any(g.lower_ == "such" for g in ch.children):
                    continue
                for g in ch.children:
                    if g.dep_ == "pobj":
                        out += by_anchor.get(anchor(g).i, [])
        return out


VEHICLES = set(LEMMAS["vehicle_noun"])
AFFILIATION = set(LEMMAS["affiliation_verb"])
STAFF_NOUNS = frozenset(LEMMAS["staff_noun"])
# singular nouns that name several companies at once ("A, B and C, a group of funds controlled by D")
COLLECTIVE_NOUNS = frozenset({"group", "consortium", "syndicate", "trio", "pair", "duo", "coalition", "club",
                              "alliance", "bloc", "network", "team", "family", "set", "collective", "partnership"})


def _employer(staff: Token, by_anchor: dict[int, list[Mention]]) -> list[Mention]:
    """The company a company's people stand for: "NVIDIA engineers", "its
    researchers", "scientists at (from) Google DeepMind"."""
    owners = [ch for ch in staff.children if ch.dep_ in ("compound", "poss")]
    owners += [g for p in staff.children if p.dep_ == "prep" and p.lower_ in ("at", "from", "of")
               for g in p.children if g.dep_ == "pobj"]
    return [m for o in owners for m in by_anchor.get(anchor(o).i, []) if m.company]


def _vehicle_owner(tok: Token, by_anchor: dict[int, list[Mention]]) -> list[Mention]:
    """The company an unnamed vehicle stands for (GUIDELINES "Vehicles"):
    "AMD's venture arm", "the venture arm of AMD", "a fund affiliated with
    Amazon", "a vehicle linked to Zeta", "the vehicle, which is linked to
    Zeta,", "a unit owned by Zeta", "a consortium led by Zeta"."""
    owners = []
    for ch in tok.children:
        if ch.dep_ == "poss":
            owners.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ == "of":
            owners += [g for g in ch.children if g.dep_ == "pobj"]
        elif ch.dep_ in ("acl", "relcl") and (ch.lemma_.lower() in AFFILIATION or ch.lemma_.lower() == "lead"
                                              and tok.lemma_.lower() in LED_GROUPS):
            owners += [g for p in ch.children if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "to", "by")
                       for g in p.children if g.dep_ == "pobj"]
    return [m for o in owners for m in by_anchor.get(anchor(o).i, [])]


# the vehicles that stand for the company leading them: "a consortium led by A agreed to buy B" (A buys B)
LED_GROUPS = frozenset({"consortium", "syndicate", "group"})


def _suspended(found: list[Mention], by_anchor: dict[int, list[Mention]], doc: Doc) -> list[Mention]:
    """A hyphen-suspended compound: in "Acme- and Zeta-owned X" Acme takes
    Zeta's role (each owner invests), and no other ("Acme-", parsed as a
    modifier of X, is no part of X's phrase).

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme- and Zeta-owned Vexo")
    >>> acme, zeta, vexo = (Mention(0, 0, i, i + 1, doc[i].text, Known("Company", doc[i].text)) for i in (0, 3, 6))
    >>> [m.company for m in _suspended([zeta], {6: [acme, vexo], 3: [zeta]}, doc)]
    ['Zeta', 'Acme']
    >>> [m.company for m in _suspended([acme, vexo], {6: [acme, vexo], 3: [zeta]}, doc)]
    ['Vexo']
    """
    hanging = parse_of(doc).hanging_hyphens
    if not hanging or not any(m.token_end in hanging or m.token_start - 2 in hanging and m.token_start >= 3
                              for m in found):
        return found
    out = [m for m in found if not _suspends(doc, m.token_end)]
    for m in found:
        if m.token_start >= 3 and _suspends(doc, m.token_start - 2):
            out += [o for ms in by_anchor.values() for o in ms if o.token_end == m.token_start - 2 and o not in out]
    return out


def _suspends(doc: Doc, i: int) -> bool:
    """A hyphen at `i` left hanging before "and"/"or" ("Acme- and ...")."""
    return i in parse_of(doc).hanging_hyphens


def _conjuncts(tok: Token) -> list[Token]:
    """The words listed with a word: "A, B and C" -> [B, C] for A."""
    out, todo = [], [tok]
    while todo:
        for ch in todo.pop().children:
            if ch.dep_ == "conj":
                out.append(ch)
                todo.append(ch)
    return out


def _model_reference(tok: Token) -> bool:
    """A word that refers back to a model named before: "it" ("the model"
    and "the new models" are mentions of it already: `references.model_references`);
    not "them", which may stand for models the article named only through
    their maker ("A's open-weight models ... B offers them")."""
    return tok.lower_ == "it"


PLATFORM_NOUNS = frozenset(LEMMAS["platform_noun"])


def _platform_reference(tok: Token) -> bool:
    """"the platform", "the catalogue": a platform named before (no
    possessor or name of its own)."""
    return tok.lemma_.lower() in PLATFORM_NOUNS and any(ch.dep_ == "det" and ch.lower_ in ("the", "this")
                                                         for ch in tok.children) \
        and not any(ch.dep_ in ("poss", "compound", "nmod", "amod") for ch in tok.children)


def _last_platform(tok: Token, by_anchor: dict[int, list[Mention]], reach: int = 80) -> list[Mention]:
    """The product with a known owner named last before `tok`, within
    `reach` words: "B added Vexa to Foundry. ... Llama arrived on the
    platform" (Foundry, B's)."""
    before = [m for ms in by_anchor.values() for m in ms
              if m.known.type == "Product" and m.token_end <= tok.i and tok.i - m.token_end <= reach]
    return [max(before, key=lambda m: m.token_start)] if before else []


_THING_TAKEN = {"dobj", "dative", "attr", "oprd"}   # a company named as what a verb takes: "it" may be it


def _last_model(tok: Token, models: dict[int, list[Mention]], by_anchor: dict[int, list[Mention]],
                reach: int = 80) -> list[Mention]:
    """The model whose maker is known named last before `tok`, within `reach`
    words; for "it", only where no company is named between them as what a
    verb takes ("A released Vexa 3. B made it available", "B offers the
    model, and C has added it"; not "B bought C and will integrate it")."""
    before = [m for ms in models.values() for m in ms
              if m.known.owner and m.token_end <= tok.i and tok.i - m.token_end <= reach]
    if not before:
        return []
    last = max(before, key=lambda m: m.token_start)
    if tok.lower_ == "it":
        if any(m.company and last.token_end <= m.token_start < tok.i and anchor(m.head(tok.doc)).dep_ in _THING_TAKEN
               for ms in by_anchor.values() for m in ms):
            return []
    return [last]


def _model_word(tok: Token) -> bool:
    """A word for models that names no model: "A's models", "A's assistant",
    "A's software", or a collection of them ("A's Devstral family of coding
    models", "a suite of models", "A's model family"; not "the Walton family").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zeta's Quill family of coding models and the Walton family")
    >>> [_model_word(doc[i]) for i in (3, 6, 10)]
    [True, True, False]
    >>> _model_word(load_nlp()("Zeta's model family")[3])
    True
    >>> doc = load_nlp()("its agent products and its products")
    >>> _model_word(doc[2]), _model_word(doc[5])
    (True, False)
    """
    lemma = tok.lemma_.lower()
    return lemma in MODEL_NOUNS or lemma in SOFTWARE_NOUNS or lemma in MODEL_COLLECTIVES and any(
        p.lower_ == "of" and any(o.lemma_.lower() in MODEL_NOUNS for o in p.children)
        or p.dep_ == "compound" and p.lemma_.lower() in MODEL_NOUNS for p in tok.children) \
        or lemma in AI_PRODUCT_NOUNS and any(p.dep_ in ("compound", "nmod", "amod") and p.lemma_.lower() in AI_WORDS
                                             for p in tok.children) \
        or lemma in NAMED_KIND_PRODUCTS and tok.dep_ == "dobj" and any(p.dep_ == "compound" and p.pos_ == "NOUN"
                                                                      for p in tok.children)


# a product said to be one of AI: "its agent products", "its AI tools" (not "its products", "its Galaxy products")
AI_PRODUCT_NOUNS = frozenset({"product", "tool", "solution"})
AI_WORDS = frozenset(MODEL_NOUNS | {"ai"})
# ... or a tool of a named trade that a verb offers: "offers A's compression tool", "A's scheduling application"
# (not "its tools"; nor "A's screening tools are built on B's model", which A uses)
NAMED_KIND_PRODUCTS = frozenset({"tool", "application"})


def _subject_before(tok: Token) -> Token:
    """"It" as the subject of a second clause stands for the first clause's
    subject: "Claude is offered to A's customers, and it stays available on
    B" (a model role reached through the pronoun); any other word for itself.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Claude is offered on Azure, and it stays available on Bedrock.")
    >>> _subject_before(doc[7]).text
    'Claude'
    """
    verb = tok.head
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return tok
    return next((ch for ch in verb.head.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.i < tok.i), tok)


def _as_names_object(trigger: Token) -> bool:
    """Whether the "as" a noun is the object of describes its verb's object:
    "A counts B as its investor" (B), against "A ranks (counts) as B's
    investor" (A, the subject).

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> _as_names_object(nlp("Acme counts Beta as its largest shareholder.")[6])
    True
    >>> _as_names_object(nlp("Acme counts as Beta's largest shareholder.")[6])
    False
    """
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ == "as" and any(ch.dep_ == "dobj" for ch in prep.head.children)


def _relative_subject(tok: Token, path: str) -> Token:
    """A subject reached from above the trigger ("A is an investor in B", "B
    counts A as its customer") that is a relative clause's pronoun stands
    for the word the clause hangs from: "C, which is an investor in B,",
    "B, which counts A as its customer," (a verb's own subject has the
    patterns' "<relcl" form instead, and a pattern's forms their own).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Corvane, which counts Nvidia as an investor, opened a lab.")
    >>> _relative_subject(doc[2], "<pobj<prep[as]>nsubj").text
    'Corvane'
    """
    if path.startswith("<") and tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in RELATIVE_PRONOUNS \
            and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _singular_relative(noun: Token) -> bool:
    """Whether a relative clause in the singular hangs from the word ("C, which
    is also its cloud provider", "C, which has a stake"; not "C, which were").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Its backers include Accel, Index and Oracle, which is also its cloud provider.")
    >>> _singular_relative(doc[7]), _singular_relative(doc[3])
    (True, False)
    """
    return any(ch.dep_ == "relcl" and any(v.tag_ == "VBZ" or v.lower_ == "was"
                                          for v in (ch, *(a for a in ch.children if a.dep_ in ("aux", "auxpass"))))
               for ch in noun.children)


def _antecedent_of_pronoun(tok: Token) -> Token:
    """A relative pronoun inside its clause ("with which", "in whom") stands
    for the word the clause hangs from; any other word for itself."""
    if tok.lower_ not in ("which", "whom", "whose") or tok.dep_ in ("nsubj", "nsubjpass"):
        return tok      # a relative subject is reached by the patterns' own "<relcl" form
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = cur.head
            # "A becomes the third company whose models ...", "A is one of several startups in which B
            # has invested": the company is A
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "attr":
                head = head.head.head
            subjects = [ch for ch in head.head.children if ch.dep_ == "nsubj"] if head.dep_ == "attr" else []
            if head.dep_ == "appos":    # "Zeta, the venture in which A holds a stake": Zeta
                return head.head
            return subjects[0] if subjects else cur.head
        if cur.head == cur:
            break
        cur = cur.head
    return tok


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive the parser hung from the verb before it as a clause of
    its own, sharing that verb's subject: "A had committed to buy 50,000
    GPUs", "A finalised terms to supply B"; not one whose verb names another
    doer, a company it hires, pays or picks ("A paid B to host its models",
    "A tapped B to build the site"), nor the purpose of a body they form
    ("A formed an alliance with B to sell tools").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Oracle had committed to buy 50,000 GPUs, and Vexa tapped Nvidia to build it.")
    >>> _purpose_infinitive(doc[4]), _purpose_infinitive(doc[14])
    (True, False)
    """
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children) \
        and head.lemma_.lower() not in OBJECT_CONTROL \
        and not any(ch.dep_ in ("dobj", "dative") and (ch.pos_ == "PROPN" or ch.lemma_.lower() in _JOINT_NOUNS)
                    for ch in head.children)


# the joint bodies whose purpose an infinitive may state ("A formed an alliance with B to sell tools": the pair's
# purpose, no deal of A's own)
_JOINT_NOUNS = frozenset(LEMMAS["partner_noun"])


# verbs whose object does what their infinitive says ("A hired B to build chips": B builds)
OBJECT_CONTROL = frozenset({"hire", "choose", "select", "pick", "tap", "ask", "allow", "enlist", "engage", "contract",
                            "commission", "appoint", "name", "invite", "pay", "bring", "award", "help", "enable",
                            "let", "get", "want", "need", "expect", "tell", "urge", "push", "press", "persuade"})


def _in_relative_clause(pattern: dict, tokens: dict[str, Token]) -> bool:
    """Whether an investor that a descendant step (">>") reaches, in a
    pattern of a round's total and the sums "from" each investor (`total`),
    sits in a relative clause below the trigger: in "the round includes $1
    billion from A, which buys chips from B", B gives nothing to the round
    (a purchase's "capacity that B has set aside" is B's all the same);
    nor inside a clause of another subject ("A raised $20 million from B,
    while C raised $5 million from D": D gives nothing to A), nor inside
    the subject ("A, a spinout from B, raised $12 million from C").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme raised $20 million from Zeta, while Vexo raised $5 million from Orbit.")
    >>> pattern = {"descendant_roles": ("investor",)}
    >>> [_in_relative_clause(pattern, {"trigger": doc[1], "investor": doc[i]}) for i in (6, 15)]
    [False, True]
    """
    for role in pattern.get("descendant_roles", ()):
        tok, trigger = tokens[role], tokens["trigger"]
        while tok != trigger and tok.head != tok:
            if tok.dep_ == "relcl" or tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" \
                    or tok.pos_ in ("VERB", "AUX") and any(
                    ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
                return True
            tok = tok.head
    return False


def _warrant_to(verb: Token) -> bool:
    """Whether an infinitive says what a warrant (option, right) given to
    another is to do: "A granted B warrants to buy 3 million of its shares"
    (where the parser may hang the infinitive from "granted"): B, the
    holder, does it (not in "A holds an option to take 100 MW": A holds it).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme granted the carrier warrants to buy 3 million shares and agreed to buy chips.")
    >>> _warrant_to(doc[6]), _warrant_to(doc[13])
    (True, False)
    >>> doc = load_nlp()("Zeta holds an option to take a further 100 MW.")
    >>> _warrant_to(doc[5])
    False
    """
    if verb.dep_ == "acl":
        noun = verb.head
        return noun.lemma_.lower() in WARRANT_NOUNS and noun.dep_ in ("dobj", "dative") \
            and noun.head.lemma_.lower() in GIVE_VERBS
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in GIVE_VERBS and any(
        ch.dep_ in ("dobj", "dative") and ch.lemma_.lower() in WARRANT_NOUNS for ch in verb.head.children)


def _subject_is_antecedent(pattern: dict, trigger: Token) -> bool:
    """Whether a pattern that reads the word a relative clause hangs from as
    the clause's object ("the startup that A backed": "<relcl") meets a
    clause whose subject is that word: its relative pronoun, alone or
    quantified ("A and B, both of which backed C's round, ..." are C's
    backers, not each other's).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme and Zeta, both of which backed Orbit, grew.")
    >>> _subject_is_antecedent({"variant": None, "roles": {"investor": ">nsubj", "investee": "<relcl"}}, doc[7])
    True
    """
    return pattern["variant"] is None and "<relcl" in pattern["roles"].values() and trigger.dep_ == "relcl" and any(
        relative_subject(ch) for ch in trigger.children)


def with_subject(participle: Token) -> bool:
    """Whether an "-ing" form has its own subject in a "with" phrase just
    before it, which the parser hung on the verb above: "A led, with B
    following on" (B follows on, not A).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Kestrel Capital led, with Mirador Partners following on.")
    >>> with_subject(doc[7])
    True
    """
    before = participle.doc[participle.i - 1] if participle.i else participle
    return participle.tag_ == "VBG" and before.dep_ == "pobj" and before.head.lower_ == "with" \
        and before.head.head == participle.head     # (not the full stop after "came back in with a cheaper model")


def relative_subject(tok: Token) -> bool:
    """Whether a word is a relative clause's subject standing for the word
    the clause hangs from: its pronoun ("which"), or a share of it ("both
    of which", "each of whom").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme and Zeta, both of which backed Orbit, grew.")
    >>> [t.text for t in doc if relative_subject(t)]
    ['both']
    """
    return tok.dep_ in ("nsubj", "nsubjpass") and (tok.lower_ in RELATIVE_PRONOUNS or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in RELATIVE_PRONOUNS for o in p.children)
        for p in tok.children))


def _modified(tok: Token, bound: list[Mention]) -> list[Mention]:
    """A modifier is of the one name it modifies, not of that name's whole
    list: in "A-backed B and C-backed D" A backs B only (one after the list
    is the list's: "B and D, both A-backed,")."""
    doc = tok.doc
    own = [m for m in bound if m.head(doc).i == tok.i]
    return own or bound


def _own(tok: Token) -> bool:
    """"its own chips", "their own data centres": the clause's subject
    itself, never another party."""
    return tok.lower_ in ("its", "their") and any(ch.lower_ == "own" for ch in tok.head.children)


def _own_phrase(tok: Token, bound: list[Mention]) -> list[Mention]:
    """The names of an apposition's own phrase, not of the list its noun is in:
    in "A and its partner B will build ..." the partner is B alone (A is
    listed with the noun "partner", which B names)."""
    left, right = tok.left_edge.i, tok.right_edge.i
    own = [m for m in bound if left <= m.token_start and m.token_end - 1 <= right]
    return own or bound


def _apposed(noun: Token, bound: list[Mention]) -> list[Mention]:
    """The names a singular apposition after a whole list describes: the
    last alone ("A, B and C, D's venture arm": C, though the parser hangs it
    on A). A plural one describes them all ("A and B, D's two units").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp(None)("Backers included Zeta Capital, Orin Ventures and Kappa, Ostley's venture subsidiary.")
    >>> [(t.text, t.head.text, [c.text for c in _conjuncts(t.head)]) for t in doc if t.dep_ == "appos"]
    [('subsidiary', 'Ventures', ['Kappa'])]
    """
    listed = _conjuncts(noun.head)
    if noun.tag_ in ("NNS", "NNPS") or not listed or noun.i < max(t.i for t in listed) \
            or any(t.lower_ in ("each", "both", "all") for t in noun.subtree if t.i < noun.i):
        return bound    # (nor "A and B, each a subsidiary of C": both)
    last = max(listed, key=lambda t: t.i)
    own = [m for m in bound if last.left_edge.i <= m.token_start and m.token_end - 1 <= last.i]
    return own or bound


def _antecedent(tok: Token, bound: list[Mention]) -> list[Mention]:
    """A relative clause is about the one name it hangs from, not that
    name's whole list: in "A, which put in $5 million, and B, which put in
    $2 million" each "which" is one company (its apposition counts:
    "A, the chip group, which ..."), unless "each" spreads it over the
    list ("A and B, which each put in $5 million", "which put in $5
    million apiece") or it follows the whole list, where the parser hung it
    on the first name ("clouds including A, B and C, which have signed ...")."""
    while tok.dep_ == "appos" and tok.head != tok:
        tok = tok.head
    clauses = [ch for ch in tok.children if ch.dep_ == "relcl"]
    if any(any(distributes(t) or t.lower_ in JOINTLY for t in ch.subtree) for ch in clauses):
        return bound    # "A and B, which each (together) put in $5 million": the clause is about every name
    listed = [t.i for t in _conjuncts(tok)]
    if clauses and listed and all(ch.left_edge.i > max(listed) for ch in clauses):
        return bound
    doc = tok.doc
    own = [m for m in bound if m.head(doc).i == tok.i]
    return own or bound


# words that make a clause every listed name's at once: "A and B, which together put in $110 million"
JOINTLY = frozenset({"together", "jointly", "collectively"})


def distributes(tok: Token) -> bool:
    """Whether a word spreads its clause over every name of a list: "each"
    ("A and B each invested", "A and B each plan to invest", the parser taking
    "each plan" for a noun phrase; "each parent will contribute", "each must
    pay": "each" before any subject) or "apiece", not "each" before a noun
    that is no subject ("for each customer")."""
    return tok.lower_ in ("each", "apiece") and not (tok.dep_ == "det" and tok.head.pos_ in ("NOUN", "PROPN")
                                                     and tok.head.dep_ not in ("ROOT", "nsubj", "nsubjpass"))


def _listed(by_anchor: dict[int, list[Mention]], models: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """Company and model mentions by their anchor, in one map."""
    out = {i: list(ms) for i, ms in by_anchor.items()}
    for i, ms in models.items():
        out.setdefault(i, []).extend(ms)
    return out


def _companions(tok: Token, by_anchor: dict[int, list[Mention]], trigger: Token | None = None,
                makers: dict[int, list[Mention]] | None = None) -> list[Mention]:
    """Companies added to a role's phrase or to its clause: "A, along with
    B", "A invested alongside B", "A, plus B", "A and B are among its
    backers, as is C" (B and C take A's role); and those added to the noun
    of the role itself (`trigger`, an investor or customer noun): "A is one
    of Zeta's largest shareholders alongside B". With `makers`, also the
    makers of a model word's models: "alongside models from A and B"."""
    tok = anchor(tok)
    holders = [tok] + ([trigger] if trigger is not None and trigger.lemma_.lower() in ROLE_NOUNS else [])
    if tok.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and tok.head != tok:
        holders.append(tok.head)
        if tok.dep_ == "nsubj":     # "A is an investor in B, alongside C": the predicate noun's companions
            holders += [ch for ch in tok.head.children if ch.dep_ == "attr"]
        if tok.head.dep_ in ("aux", "auxpass"):     # "Also taking part were A and B, along with C"
            holders.append(tok.head.head)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":   # "formed by A together with B"
        holders += [tok.head, tok.head.head]
    out: list[Mention] = _gapped_holders(trigger, by_anchor) \
        if trigger is not None and tok.dep_ == "nsubj" and trigger.lemma_.lower() in HOLD_VERBS else []
    for h in holders:
        for ch in h.children:
            if ch.dep_ == "prep" and (ch.lower_ in COMPANION_PREPS or ch.lower_ == "with" and any(
                    g.dep_ == "advmod" and g.lower_ in COMPANION_PREPS for g in ch.children)):
                objs = [g for w in ch.children if w.dep_ == "prep" and w.lower_ == "with"
                        for g in w.children if g.dep_ == "pobj"] + [g for g in ch.children if g.dep_ == "pobj"]
            elif ch.dep_ == "advcl" and ch.lemma_ in ("be", "do") and any(w.dep_ == "mark" and w.lower_ == "as"
                                                                           for w in ch.children):
                objs = [g for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")]
            else:
                continue
            out += [m for g in objs for m in by_anchor.get(anchor(g).i, [])]
            if makers is not None:
                out += [m for g in objs if _model_word(g) for p in g.children if p.dep_ == "prep"
                        and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"
                        for m in makers.get(anchor(o).i, [])]
    return out


_REST_WORDS = frozenset(("the", "remaining", "other", "final", "last"))
# what is left of a whole: "B the rest", "most of the balance"
REST_SHARES = frozenset(LEMMAS["remainder_noun"] + ["balance"])


def _gapped_holders(verb: Token, by_anchor: dict[int, list[Mention]]) -> list[Mention]:
    """The companies a holding verb's clause lists after it with a share of
    their own and no verb ("A will hold 51% of Zeta, B 29% and C the
    remaining 20%": B and C hold shares too; "A owns 60% and B the rest"),
    whatever the parser made of the gap.

    >>> from ingest.gazetteer import Known
    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme will hold 51% of Zeta, Orrin 29% and Vexo the remaining 20%.")
    >>> ms = {i: [Mention(0, 0, i, i + 1, doc[i].text, Known("Company", doc[i].text))] for i in (0, 8, 12)}
    >>> [m.company for m in _gapped_holders(doc[2], ms)]
    ['Orrin', 'Vexo']
    >>> doc = load_nlp()("Acme owns 60% and Orrin the rest.")
    >>> [m.company for m in _gapped_holders(doc[1], {5: [Mention(0, 0, 5, 6, "Orrin", Known("Company", "Orrin"))]})]
    ['Orrin']
    """
    sent, doc = verb.sent, verb.doc
    out = []
    for ms in by_anchor.values():
        for m in ms:
            if not verb.i < m.token_start < sent.end or not m.company:
                continue
            j = m.token_end
            while j < sent.end and doc[j].lower_ in _REST_WORDS:
                j += 1
            share = j + 1 < sent.end and doc[j].like_num and (     # "29%", "29 per cent"
                doc[j + 1].lower_ in ("%", "percent")
                or j + 2 < sent.end and doc[j + 1].lower_ == "per" and doc[j + 2].lower_ == "cent")
            if share or j > m.token_end and j < sent.end and doc[j].lemma_.lower() in REST_SHARES:
                out.append(m)   # (or "B the rest": the share left over)
    return out


# the nouns that name a role its companions share: "one of Zeta's backers (customers) alongside B"
ROLE_NOUNS = frozenset(LEMMAS["investor_noun"] + LEMMAS["customer_noun"])


# the roles a chip named without its vendor may fill, standing for the vendor
SELLER_ROLES = frozenset(("seller",))


def party_name(m: Mention) -> str | None:
    """The company a mention stands for in a deal: a model stands for its
    maker, and a chip (bound only as a seller: `SELLER_ROLES`) for its vendor."""
    return m.company or (m.known.owner if m.known.type in ("Model", "Hardware") else None)


def pairs(binding: Binding) -> list[tuple[Mention, Mention]]:
    """The (from, to) mention pairs a binding states: each conjunct of one
    role with each of the other; a "parties" role pairs its members."""
    kind = binding.pattern["kind"]
    if "parties" in binding.roles:
        members = binding.roles["parties"]
        return [(a, b) for i, a in enumerate(members) for b in members[i + 1:] if party_name(a) != party_name(b)]
    src_role, dst_role = ROLE_ORDER[kind]
    roles = {STANDS_FOR.get(role, role): bound for role, bound in binding.roles.items()}
    src, dst = roles.get(src_role, []), roles.get(dst_role, [])
    doc = binding.trigger.doc
    if len(src) == len(dst) > 1 and (_respectively(binding.trigger) or _listed_respectively(doc, src, dst)):
        # "A and B, the units of C and D respectively": each with its own, in order
        src, dst = sorted(src, key=lambda m: m.start), sorted(dst, key=lambda m: m.start)
        return [(a, b) for a, b in zip(src, dst) if party_name(a) != party_name(b)]
    # two members of one list ("A and B") are never the two sides of one deal; a suspended compound's
    # name ("Acme- and Zeta-owned B") hangs from B only in the parse
    return [(a, b) for a in src for b in dst if party_name(a) != party_name(b)
            and (anchor(a.head(doc)) != anchor(b.head(doc)) or _suspends(doc, a.token_end))]


def _listed_respectively(doc: Doc, *lists: list[Mention]) -> bool:
    """Whether "respectively" follows the last member of one of the lists
    ("the units of C and D respectively"), however the parser hangs it."""
    last = max(m.token_end for names in lists for m in names)
    return last < len(doc) and doc[last].lower_ == "respectively"


def _respectively(trigger: Token) -> bool:
    """Whether a deal's own clause pairs two lists member by member
    ("respectively" under the trigger, not in a clause or apposition of its
    own: "A and B invested in C and D, whose rounds were $5 billion and $1
    billion respectively" is every one with every other).

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp(None)
    >>> _respectively(nlp("A and B put $5 million and $2 million into C and D respectively.")[3])
    True
    >>> _respectively(nlp("A and B invested in C and D, whose rounds were $5 million and $1 million respectively.")[3])
    False
    >>> _respectively(nlp("A and B agreed to buy C and D for $2 billion and $1 billion, respectively.")[5])
    True
    """
    clause = [trigger, *complemented(trigger)]      # "agreed to buy ..., respectively"
    ends = {t.i for t in clause}
    for t in clause[-1].subtree:
        if t.lower_ == "respectively":
            while t.i not in ends and t.dep_ not in ("relcl", "acl", "appos", "ccomp", "advcl", "parataxis") \
                    and not (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
                t = t.head
            return t.i in ends
    return False


def complemented(verb: Token) -> list[Token]:
    """The verbs a verb completes, nearest first: "agreed" for "buy" in "A agreed to buy"."""
    out = []
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
        out.append(verb)
    return out


def sentence_of(tok: Token) -> Span:
    return tok.sent

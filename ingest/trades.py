"""What an article says a company sells, for companies the gazetteer does
not know: "Nebius, a cloud provider", "chipmaker Lanthe", "Kovix, the data
center operator", "Lanthe is a chip designer". A deal's kind often hangs on
its seller's trade ("A signed a $2 billion deal with B" is compute from a
cloud, chips from a chipmaker); the gazetteer knows the trades of the
companies it lists, and a company it has never heard of is described by the
article that names it. Word classes (`trade_noun`, `cloud_trade_word`,
`chip_trade_word`) are in `patterns/vocab.py`.

>>> from ingest.pipeline import load_nlp
>>> doc = load_nlp()("Kovix, a GPU cloud provider, will sell compute to Lanthe, the chipmaker.")
>>> described_trade(doc[0]), described_trade(doc[11])
('cloud_providers', 'chip_vendors')
>>> described_trade(load_nlp()("Lumora, a small provider of AI cloud services, signed a deal.")[0])
'cloud_providers'
>>> described_trade(load_nlp()("Statkraft, the state-owned hydropower producer, signed a deal.")[0])
'energy_suppliers'
>>> [described_trade(load_nlp()(f"Kovix, a provider of {what} capacity, signed a deal.")[0])
...  for what in ("rented GPU", "battery storage")]
['cloud_providers', None]
>>> described_trade(load_nlp()("Kovix, a Dallas-based GPU rental company, signed a deal.")[0])
'cloud_providers'
"""
from __future__ import annotations

from spacy.tokens import Token

from .patterns.vocab import LEMMAS

TRADE_NOUNS = frozenset(LEMMAS["trade_noun"])
CLOUD_WORDS = frozenset(LEMMAS["cloud_trade_word"])
CHIP_WORDS = frozenset(LEMMAS["chip_trade_word"])
# trades whose goods are made, not run: "a data center chip maker" makes chips
MAKERS = frozenset({"maker", "designer", "manufacturer", "chipmaker", "foundry"})
DESCRIBING_DEPS = ("appos", "compound", "nmod", "amod")
# chips called by a name ("Lanthe GPUs"): their maker
MADE_GOODS = frozenset(LEMMAS["made_chip_word"])
# running computing capacity: "operates 40 MW of capacity", "runs data centres in Oslo"
RUNNING_VERBS = frozenset(LEMMAS["fleet_verb"] + ["run"])
RUN_GOODS = frozenset(LEMMAS["fleet_word"])
# making or selling hardware: "Lanthe designs inference chips", "Kovix assembles AI racks", "Kovix sells
# network switches"
HARDWARE_TRADE_VERBS = frozenset(LEMMAS["make_verb"] + LEMMAS["design_verb"] + ["sell", "supply", "ship"])
MADE_HARDWARE = frozenset(LEMMAS["hardware_goods_word"] + ["memory", "switch"]) - {"equipment"}
# generating and selling electricity: "the hydropower producer", "a solar developer", "the utility"
ENERGY_TRADE_NOUNS = frozenset({"producer", "generator"})
ENERGY_TRADE_WORDS = frozenset(LEMMAS["energy_word"] + ["power", "gas", "wind", "renewable"])
# what a cloud sells when it is chips: "a provider of GPU capacity", "a GPU rental company" (not "a GPU leasing
# company", which may sell the servers it finances)
RENTING = frozenset({"capacity", "rental", "rent"})


def described_trade(name: Token) -> str | None:
    """The gazetteer role ("cloud_providers", "chip_vendors") that a word
    describing a name gives it: an apposition ("Kovix, a cloud provider,";
    "the chipmaker, Lanthe,"), a title before it ("cloud provider Kovix"),
    or what a copula says it is ("Kovix is a neocloud"); or chips called
    by its name ("Lanthe GPUs"; not "Kovix's GPUs", which a cloud may run).
    None where nothing says."""
    for noun in _describing(name):
        trade = _trade(noun)
        if trade is not None:
            return trade
    if name.dep_ == "compound" and name.head.lemma_.lower() in MADE_GOODS:
        return "chip_vendors"       # "Lanthe GPUs", "Lanthe accelerators": chips by their maker's name
    if _runs_capacity(name):
        return "cloud_providers"    # "Kovix operates 40 megawatts of GPU capacity": it sells computing
    if _makes_hardware(name):
        return "chip_vendors"       # "Lanthe designs inference chips": it sells them
    return None


def _makes_hardware(name: Token) -> bool:
    """Whether a name is the subject (or the passive's doer) of making or
    selling hardware: "Lanthe makes AI accelerators", "Kovix assembles
    server racks", "Kovix sells network switches", "the racks are assembled
    by Kovix"; not "Kovix builds data centres" nor "Kovix makes its own
    chips" (for itself).

    >>> from ingest.pipeline import load_nlp
    >>> [_makes_hardware(load_nlp()(t)[0]) for t in ("Lanthe makes AI accelerators.", "Kovix builds data centres.",
    ...                                               "Kovix sells network switches.")]
    [True, False, True]
    >>> _makes_hardware(load_nlp()("The racks are assembled by Kovix.")[5])
    True
    """
    if name.dep_ == "pobj" and name.head.dep_ == "agent":     # "the racks are assembled by Kovix"
        verb = name.head.head
        return verb.lemma_.lower() in HARDWARE_TRADE_VERBS and any(
            ch.dep_ == "nsubjpass" and ch.lemma_.lower() in MADE_HARDWARE for ch in verb.children)
    if name.dep_ != "nsubj" or name.head.lemma_.lower() not in HARDWARE_TRADE_VERBS:
        return False
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in MADE_HARDWARE
               and not any(t.lower_ == "own" for t in ch.children) for ch in name.head.children)


def _runs_capacity(name: Token) -> bool:
    """Whether a name is the subject of running computing capacity: "Kovix
    operates 40 MW of GPU capacity", "Kovix runs data centres in Oslo"; not
    "Kovix runs its own chips" (nor renting, which either side does)."""
    if name.dep_ != "nsubj" or name.head.lemma_.lower() not in RUNNING_VERBS:
        return False
    return any(ch.dep_ == "dobj" and ({t.lemma_.lower() for t in ch.subtree} & RUN_GOODS) for ch in name.head.children)


def _describing(name: Token) -> list[Token]:
    """The nouns that describe a name's head."""
    out = [ch for ch in name.children if ch.dep_ == "appos" or ch.dep_ in DESCRIBING_DEPS and ch.i < name.i]
    if name.dep_ == "appos":
        out.append(name.head)
    if name.dep_ == "nsubj" and name.head.lemma_ == "be":
        out += [ch for ch in name.head.children if ch.dep_ == "attr"]
    return [t for t in out if t.pos_ in ("NOUN", "PROPN")]


def _trade(noun: Token) -> str | None:
    """The role a trade noun, its modifiers and what it is "of" name ("GPU
    cloud provider", "a provider of AI cloud services": a cloud; "memory
    chip maker", "a maker of accelerators": chips), or None."""
    lemma = noun.lemma_.lower()
    if lemma == "utility":
        return "energy_suppliers"   # "Kestrel, the regional utility,"
    if lemma not in TRADE_NOUNS and lemma not in ENERGY_TRADE_NOUNS:
        return None
    of = [t for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "of" for t in ch.subtree]
    words = {t.lemma_.lower() for t in [*(t for t in noun.subtree if t.i <= noun.i), *of]}
    # (capacity of chips is a cloud's, "a provider of rented GPU capacity", and so is renting them out, "a GPU
    # rental company"; of power it is not)
    cloud = bool(words & CLOUD_WORDS or words & RENTING and words & CHIP_WORDS)
    chips = bool(words & CHIP_WORDS)
    if cloud and chips:
        return "chip_vendors" if lemma in MAKERS else "cloud_providers"
    if not (cloud or chips) and words & ENERGY_TRADE_WORDS:
        return "energy_suppliers"   # "the hydropower producer", "a solar developer", "a nuclear power company"
    return "cloud_providers" if cloud else "chip_vendors" if chips else None


def article_trades(mentions, doc, known: set[str]) -> dict[str, frozenset[str]]:
    """The roles an article's descriptions give the companies not in `known`
    (each company: every role any of its mentions is described with)."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.company and m.company not in known and m.known.type == "Company":
            trade = described_trade(m.head(doc))
            if trade is not None:
                out.setdefault(m.company, set()).add(trade)
    return {company: frozenset(roles) for company, roles in out.items()}

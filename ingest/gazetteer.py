"""The curated gazetteer shipped as data (ingest/data/gazetteer.json) and the
resolver that maps every surface form to one canonical entity."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from graph.schema import normalise_name

FUZZY_THRESHOLD = 92
# names no longer than this are matched exactly: one letter tells short names apart ("Telkom", "Telekom")
FUZZY_MIN_LENGTH = 8


@dataclass(slots=True)
class Known:
    type: str
    name: str
    owner: str | None = None


@lru_cache(maxsize=1 << 16)
def normalised(name: str) -> str:
    """`graph.schema.normalise_name` of a string, kept for the run: the same
    names and words recur within and across articles, and it is pure.

    >>> normalised("NVIDIA Corp."), normalised("Run:ai")
    ('nvidia', 'run ai')
    """
    return normalise_name(name)


@lru_cache(maxsize=1)
def _corporate_words() -> frozenset[str]:
    """The lower-cased words a company's name may end in after the one that
    says its trade: the legal suffixes of `name_cues.json` and "holdings"
    ("Vexo DC Holdings", "Vexo DC AS")."""
    cues = json.loads(resources.files("ingest").joinpath("data/name_cues.json").read_text("utf-8"))
    return frozenset(cues["suffixes"]) | {"holdings", "holding"}


def trade_word(company: str) -> str:
    """The word of a name that says the company's trade: its last, before any
    legal suffix.

    >>> trade_word("Vexo DC Holdings"), trade_word("Vexo Chips GmbH"), trade_word("Holdings")
    ('DC', 'Chips', 'Holdings')
    """
    words = company.split()
    while len(words) > 1 and words[-1].lower() in _corporate_words():
        words.pop()
    return words[-1] if words else company


@dataclass
class Gazetteer:
    version: str
    forms: dict[str, Known]                      # exact surface form -> entity
    model_variants: dict[str, str]               # "Opus" -> "Claude"
    hardware_patterns: list[dict]
    not_companies: set[str]                      # normalised
    roles: dict[str, set[str]]
    companies: set[str] = field(default_factory=set)
    # the roles a company the list lacks takes from its name's last word ("Helios Chips" sells chips)
    role_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # where each company is based, as the lower-cased words news uses for its city, region and country
    # ("santa clara", "california", "us", "u.s.", "american"): "the Santa Clara-based firm" (`ingest.references`)
    homes: dict[str, frozenset[str]] = field(default_factory=dict)
    # the roles the article being read gives companies the list lacks ("Kovix, a cloud provider":
    # `ingest.trades`), set by the Extractor for each article
    said: dict[str, frozenset[str]] = field(default_factory=dict)

    def role(self, company: str, role: str) -> bool:
        """Whether a company plays a role: the list's roles for the companies
        it knows, else what its name's last word or the article says it sells.

        >>> g = load_gazetteer()
        >>> g.role("CoreWeave", "cloud_providers"), g.role("Vexo Chips", "chip_vendors"), g.role("Vexo Labs", "chip_vendors")
        (True, True, False)
        >>> g.role("Vexo DC Holdings", "data_centre_hosts"), g.role("Vexo Data", "data_centre_hosts")
        (True, False)
        """
        if company in self.roles.get(role, ()):
            return True
        if not company or company in self.companies:
            return False
        return role in self.role_endings.get(trade_word(company), ()) or role in self.said.get(company, ())

    def without_companies(self, cut: set[str]) -> "Gazetteer":
        """The same knowledge with some companies forgotten: every company
        one of whose forms normalises into `cut` loses all its forms and roles
        (products, models and hardware stay, owners included). Measures how
        extraction fares on companies it has never been told about.

        >>> g = load_gazetteer().without_companies({"nvidia"})
        >>> "Nvidia" in g.forms, "NVIDIA" in g.companies, "AMD" in g.companies
        (False, False, True)
        """
        gone = {k.name for form, k in self.forms.items() if k.type == "Company" and normalise_name(form) in cut}
        gone |= {c for c in self.companies if normalise_name(c) in cut}
        return Gazetteer(
            version=f"{self.version}-cut{len(gone)}",
            forms={f: k for f, k in self.forms.items() if not (k.type == "Company" and k.name in gone)},
            model_variants=dict(self.model_variants), hardware_patterns=list(self.hardware_patterns),
            not_companies=set(self.not_companies),
            roles={r: members - gone for r, members in self.roles.items()},
            companies=self.companies - gone, role_endings=self.role_endings,
            homes={c: words for c, words in self.homes.items() if c not in gone},
        )

    def without_things(self, cut: set[str], types: tuple[str, ...] = ("Model", "Product")) -> "Gazetteer":
        """The same knowledge with some models and products forgotten: every
        entity of `types` one of whose forms normalises into `cut` loses all
        its forms (a model family its variants too), and leaves the list of
        names that are no company (where "ChatGPT" stands). With `without_companies`,
        measures how far the cues alone carry: names the gazetteer knows as
        products and models are found for free otherwise.

        >>> g = load_gazetteer().without_things({"claude", "chatgpt"})
        >>> "Claude" in g.forms, "ChatGPT" in g.forms, "Opus" in g.model_variants, "Gemini" in g.forms
        (False, False, False, True)
        """
        gone = {(k.type, k.name) for form, k in self.forms.items() if k.type in types and normalise_name(form) in cut}
        return Gazetteer(
            version=f"{self.version}-things{len(gone)}",
            forms={f: k for f, k in self.forms.items() if (k.type, k.name) not in gone},
            model_variants={v: fam for v, fam in self.model_variants.items() if ("Model", fam) not in gone},
            hardware_patterns=list(self.hardware_patterns), not_companies=self.not_companies - cut,
            roles={r: set(members) for r, members in self.roles.items()}, companies=set(self.companies),
            role_endings=self.role_endings, homes=self.homes,
        )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    data = json.loads(resources.files("ingest").joinpath("data/gazetteer.json").read_text("utf-8"))
    forms: dict[str, Known] = {}
    for name, aliases in data["companies"].items():
        for form in [name, *aliases]:
            forms.setdefault(form, Known("Company", name))
    for name, info in data["products"].items():
        for form in [name, *info["aliases"]]:
            forms[form] = Known("Product", name, info["owner"])
    variants = {}
    for name, info in data["models"].items():
        forms.setdefault(name, Known("Model", name, info["owner"]))
        for v in info["variants"]:
            variants[v] = name
    for name, owner in data["hardware"].items():
        for form in _hardware_forms(name):
            forms.setdefault(form, Known("Hardware", name, owner))
    return Gazetteer(
        version=data["version"], forms=forms, model_variants=variants,
        hardware_patterns=data["hardware_patterns"],
        not_companies={normalise_name(n) for n in data["not_companies"]},
        roles={k: set(v) for k, v in data["roles"].items()},
        companies=set(data["companies"]),
        role_endings={word: tuple(roles) for word, roles in data.get("role_endings", {}).items()},
        homes=_homes(data.get("homes", {}), data.get("country_words", {})),
    )


def _homes(homes: dict[str, list[str]], country_words: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each company's home as the lower-cased words for it, a country's
    other words included.

    >>> sorted(_homes({"Zeta": ["Lyon", "France"]}, {"France": ["French"]})["Zeta"])
    ['france', 'french', 'lyon']
    """
    return {company: frozenset(w.lower() for place in places for w in [place, *country_words.get(place, [])])
            for company, places in homes.items()}


def _hardware_forms(name: str) -> list[str]:
    """The ways news writes a hardware name: "TPU" and "TPUs", "Trainium2" and "Trainium 2"."""
    forms = [name, name + "s"]
    spaced = re.sub(r"(?<=[a-z])(?=\d+$)", " ", name)
    if spaced != name:
        forms += [spaced, spaced + "s"]
    return forms


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


def clean_surface(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return _LEADING.sub("", text).strip(" ,.;:\"“”()")


class Resolver:
    """Surface form -> canonical entity: gazetteer, a user's merge rules,
    normalised names, then fuzzy matching against known companies."""

    def __init__(self, gazetteer: Gazetteer, alias_rules: dict[str, str] | None = None):
        self.g = gazetteer
        self.by_norm: dict[str, Known] = {}
        for form, known in gazetteer.forms.items():
            self.by_norm.setdefault(normalise_name(form), known)
        self.rules = alias_rules or {}
        self._company_norms = {normalise_name(f): k for f, k in gazetteer.forms.items() if k.type == "Company"}
        self._cache: dict[tuple[str, str | None], Known | None] = {}   # surface form -> entity, per run

    def resolve(self, surface: str, hint: str | None = None) -> Known | None:
        key = (surface, hint)
        if key not in self._cache:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = self._resolve(surface, hint)
        return self._cache[key]

    def _resolve(self, surface: str, hint: str | None) -> Known | None:
        text = clean_surface(surface)
        if not text:
            return None
        norm = normalised(text)
        if norm in self.rules:
            target = self.rules[norm]
            return self.by_norm.get(normalise_name(target)) or Known("Company", target)
        if text in self.g.forms:
            return self.g.forms[text]
        if norm in self.by_norm:
            return self.by_norm[norm]
        if norm in self.g.not_companies:
            return None
        if hint == "Company" and len(norm) > FUZZY_MIN_LENGTH:
            found = process.extractOne(norm, list(self._company_norms), scorer=fuzz.ratio,
                                       score_cutoff=FUZZY_THRESHOLD)
            if found and found[0][:2] == norm[:2]:     # a slip inside a name, never in its first letters:
                return self._company_norms[found[0]]    # "PSP Investments" is not "CPP Investments"
        return None

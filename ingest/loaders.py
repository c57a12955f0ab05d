"""Reading articles: plain text, HTML (main text through trafilatura), JSONL,
RSS/Atom feeds, folders and stdin. Bad input becomes a LoadError with one
line of explanation; the caller reports it and goes on."""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterator

from .dates import CHANGE_DATE_META, dateline_date, stated_date
from .language import language_problem

MAX_TEXT_BYTES = 5 * 1024 * 1024  # the stated limit: 5 MB of text per article
# ... and 1,000,000 characters, spaCy's own limit for one text (longer texts
# are parsed in pieces up to this size; a text past it is not one article)
MAX_TEXT_CHARS = 1_000_000
MIN_WORDS = 5
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES   # read from a folder


@dataclass
class RawArticle:
    text: str
    source: str
    meta: dict = field(default_factory=dict)

    @cached_property
    def id(self) -> str:
        return article_id(self.text)


@dataclass
class LoadError:
    source: str
    reason: str


# hard-wrapped text: a paragraph of three lines or more, every line but its last between these lengths,
# within this spread of one another (wrapped at one width), and holding a sentence's end
WRAP_LINES = (45, 100)
WRAP_SPREAD = 30
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?(\s|$)")
# the marks that open a bullet point
BULLETS = {"•", "·", "-", "–", "—", "*", "▪", "●", "◦", "‣", ">"}
# a list item's opening: a bullet or "+", "1. ", "a) ", "(2) ", "iv. "
LIST_ITEM = re.compile(r"\s*(?:[" + "".join(map(re.escape, sorted(BULLETS | {"+"})))
                        + r"]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s", re.I)


# Markdown's bold, within a line and between words: "**Zeta raises $70m.**", "__Zeta__" (not "10**26")
_MARKDOWN_BOLD = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^\n]*?\S)\1(?![\w*])")


def normalise_text(text: str) -> str:
    r"""An article's text as it is read and stored: NFC, one kind of line
    break, one space between words, hard wraps joined (`unwrap_lines`), and
    no Markdown bold, which a newsletter pasted as text keeps around its
    items' openings and which would glue its stars to the names.

    >>> normalise_text("**Zeta raises $70m.** The  startup closed a round.\r\n")
    'Zeta raises $70m. The startup closed a round.'
    >>> normalise_text("more than 10**26 operations, or 10**23 for biology")
    'more than 10**26 operations, or 10**23 for biology'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if "**" in text or "__" in text:
        text = _MARKDOWN_BOLD.sub(r"\2", text)
    return unwrap_lines(re.sub(r"[ \t]+", " ", text).strip())


def unwrap_lines(text: str) -> str:
    r"""Join the lines of a hard-wrapped paragraph (an e-mail, a text file
    wrapped at 72 columns): a line break is read as a sentence's end, so a
    wrap in mid-sentence would cut "A is backed" from "by B". A paragraph
    (lines between blank lines) is read as wrapped where it has three lines
    or more, all but the last of one width (`WRAP_LINES`, `WRAP_SPREAD`),
    a sentence's end somewhere, and no list item; a headline, a list, a
    digest's subheads and a paragraph of one or two lines keep their lines.

    >>> wrapped = ("Acme Robotics, a maker of warehouse robots based in Ohio, is\n"
    ...            "backed by Index Ventures and Accel, which led its seed round in\n"
    ...            "2024. It employs 40 people.")
    >>> lines = unwrap_lines("Acme news\n\n" + wrapped).split("\n")
    >>> len(lines), lines[2][43:95]
    (3, 'based in Ohio, is backed by Index Ventures and Accel')
    >>> listed = "Deals:\n- Acme raised $5 million from Accel in a seed round\n- Beta Labs signed with Gamma Cloud"
    >>> unwrap_lines(listed) == listed
    True
    """
    blocks = re.split(r"(\n[ \t]*\n+)", text)
    return "".join(_unwrapped(block) if n % 2 == 0 else block for n, block in enumerate(blocks))


def _unwrapped(block: str) -> str:
    """One paragraph's lines joined where they are a fixed width's wraps (`unwrap_lines`)."""
    lines = block.split("\n")
    widths = [len(line) for line in lines[:-1]]
    if len(lines) < 3 or any(LIST_ITEM.match(line) for line in lines) or not _SENTENCE_END.search(block) \
            or not (WRAP_LINES[0] <= min(widths) and max(widths) <= WRAP_LINES[1]) \
            or max(widths) - min(widths) > WRAP_SPREAD or len(lines[-1]) > WRAP_LINES[1]:
        return block
    return " ".join(line.strip() for line in lines)


def article_id(text: str) -> str:
    """Hash of the normalised text: the same article always has the same id."""
    # (the words split at any whitespace and joined by one space: as `re.sub(r"\s+", " ", ...)`
    # over the stripped text, whose `\s` is the same whitespace as `str.split`'s)
    canon = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def check_text(text: str, source: str) -> LoadError | None:
    words = re.findall(r"[A-Za-z']+", text)
    if not text.strip():
        return LoadError(source, "empty: no text to read")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        return LoadError(source, f"too large: over the {MAX_TEXT_BYTES // (1024 * 1024)} MB text limit")
    if len(text) > MAX_TEXT_CHARS:
        return LoadError(source, f"too long: {len(text):,} characters, over the {MAX_TEXT_CHARS:,}-character "
                                 "limit for one article (split it into articles)")
    if len(words) < MIN_WORDS:
        return LoadError(source, f"too short: fewer than {MIN_WORDS} words")
    problem = language_problem(text)
    return LoadError(source, problem) if problem else None


def decode(data: bytes, source: str) -> str | LoadError:
    if not data.strip():
        return LoadError(source, "empty: no text to read")
    if len(data) > MAX_TEXT_BYTES * 4:  # HTML carries markup; the text limit is checked after
        return LoadError(source, f"too large: {len(data) // (1024 * 1024)} MB")
    if b"\x00" in data[:8192]:
        return LoadError(source, "binary: not a text, HTML, JSONL or feed file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return LoadError(source, f"not UTF-8: undecodable byte at offset {exc.start} (convert the file to UTF-8)")


def _html(markup: str, source: str, meta: dict) -> RawArticle | LoadError:
    try:
        import trafilatura

        text = trafilatura.extract(markup, include_comments=False, include_tables=False, favor_recall=True)
        # extensive=False: the date from the page's metadata (meta tags, JSON-LD, <time>) only;
        # the extensive search guesses from the body and reads "Copyright 2023" as 2023-01-01
        found = trafilatura.extract_metadata(_without_change_dates(markup), extensive=False) if text else None
    except ImportError as exc:   # e.g. lxml_html_clean missing from a partial install
        return LoadError(source, f"HTML cannot be read in this install: {one_line(exc)} "
                                 "(reinstall dealgraph with pip to bring lxml_html_clean)")
    except Exception as exc:  # the HTML reader's own failure: this file only
        return LoadError(source, f"HTML could not be read: {one_line(exc)}")
    if not text:
        return LoadError(source, "HTML without an article body")
    info = {}
    if found is not None:
        info = {"title": found.title, "url": found.url, "outlet": found.sitename, "published": stated_date(found.date)}
    merged = {k: v for k, v in info.items() if v}
    merged.update({k: v for k, v in meta.items() if v})
    return RawArticle(normalise_text(text), source, merged)


XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _without_change_dates(markup: str):
    """The page as a tree without the meta tags that say when it was changed
    (``CHANGE_DATE_META``): the metadata reader falls back on them when no
    publication date is given, and a page changed in December was not published then."""
    import lxml.etree
    import lxml.html

    try:   # (lxml refuses a str that carries an XML declaration: it is dropped, the text is decoded)
        tree = lxml.html.fromstring(XML_DECLARATION.sub("", markup, count=1))
    except (ValueError, lxml.etree.ParserError):
        return markup
    for meta in list(tree.iter("meta")):
        key = next((meta.get(a) for a in ("property", "name", "itemprop", "http-equiv") if meta.get(a)), "")
        if key.strip().lower() in CHANGE_DATE_META:
            meta.getparent().remove(meta)
    return tree


def _looks_like_feed(text: str) -> bool:
    """An RSS or Atom document: ``<rss``/``<feed``, or an XML declaration not followed by ``<html``
    (an XHTML page starts with one too).

    >>> _looks_like_feed('<?xml version="1.0"?><rss>'), _looks_like_feed('<?xml version="1.0"?><html>')
    (True, False)
    """
    head = text.lstrip()[:400].lower()
    return head.startswith(("<rss", "<feed")) or (head.startswith("<?xml") and "<html" not in head)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "</" in text)


def _feed(text: str, source: str) -> Iterator[RawArticle | LoadError]:
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        yield LoadError(source, "a feed with no entries" if parsed.feed else "not a valid RSS/Atom feed")
        return
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{n}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        meta = {"url": entry.get("link"), "title": entry.get("title"),
                "outlet": parsed.feed.get("title"), "published": _feed_date(entry)}
        if "<" in body and ">" in body:
            item = _html(f"<html><body><article>{body}</article></body></html>", where, meta)
        else:
            item = RawArticle(normalise_text(body), where, {k: v for k, v in meta.items() if v})
        if isinstance(item, RawArticle):
            item = check_text(item.text, where) or item
        yield item


def _feed_date(entry) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None


def _jsonl(text: str, source: str) -> Iterator[RawArticle | LoadError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield LoadError(where, "each line needs an object with a \"text\" string")
            continue
        meta = _dated({k: obj.get(k) for k in ("url", "title", "outlet", "published") if obj.get(k)}, where)
        if isinstance(meta, LoadError):
            yield meta
            continue
        body = obj["text"]
        item = _html(body, where, meta) if _looks_like_html(body) else RawArticle(normalise_text(body), where, meta)
        if isinstance(item, RawArticle):
            item = check_text(item.text, where) or item
        yield item


def _dated(meta: dict, source: str) -> dict | LoadError:
    """``meta`` with its given ``published`` as an ISO date (a JSONL field,
    ``--published``, the web form); a value that is no date is an error, never guessed.

    >>> _dated({"published": "Nov 18, 2025"}, "a.jsonl:1")
    {'published': '2025-11-18'}
    >>> _dated({"published": "soon"}, "a.jsonl:1").reason
    "published 'soon' is not a date (write YYYY-MM-DD)"
    """
    if "published" not in meta:
        return meta
    value = meta["published"]
    published = stated_date(value) if isinstance(value, str) else None
    if published is None:
        return LoadError(source, f"published {value!r} is not a date (write YYYY-MM-DD)")
    return {**meta, "published": published}


def text_meta(text: str) -> dict:
    r"""Title and date a plain-text article states in its first lines: a
    headline (a short first line with no closing full stop) and a dateline
    such as "Published 2025-11-18 by ...", "Date: 2025-11-18" or "Posted on
    March 3, 2024" (no dateline: no date).

    >>> text_meta("Quill raises $40 million\nPublished November 18, 2025\n\nQuill Robotics raised ...")
    {'title': 'Quill raises $40 million', 'published': '2025-11-18'}
    >>> text_meta("Quill Robotics raised $40 million from Lumen Ventures.")
    {}"""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:4]
    meta = {}
    if len(lines) > 1 and len(lines[0].split()) <= 20 and not lines[0].endswith((".", "!", "?")):
        meta["title"] = lines[0]
    for line in lines:
        published = dateline_date(line)
        if published:
            meta["published"] = published
            break
    return meta


def load_bytes(data: bytes, source: str, kind: str | None = None, meta: dict | None = None
               ) -> Iterator[RawArticle | LoadError]:
    """Articles in one file's bytes; ``kind`` is text, html, jsonl or feed (guessed if None)."""
    meta = _dated(meta or {}, source)
    if isinstance(meta, LoadError):
        yield meta
        return
    text = decode(data, source)
    if isinstance(text, LoadError):
        yield text
        return
    suffix = Path(source).suffix.lower()
    if kind is None:
        if suffix in JSONL_SUFFIXES:
            kind = "jsonl"
        elif suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and _looks_like_feed(text)):
            kind = "feed"
        elif suffix in HTML_SUFFIXES or _looks_like_html(text):
            kind = "html"
        else:
            kind = "text"
    if kind == "jsonl":
        yield from _jsonl(text, source)
    elif kind == "feed":
        yield from _feed(text, source)
    else:
        item = _html(text, source, meta) if kind == "html" else \
            RawArticle(normalise_text(text), source, {**text_meta(text), **meta})
        if isinstance(item, RawArticle):
            item = check_text(item.text, source) or item
        yield item


def iter_files(paths: list[str]) -> Iterator[Path | LoadError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # in a folder, only article files: its images, spreadsheets or
            # JSON metadata are not read as text
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                           and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                yield LoadError(raw, "no article files in this folder (" + ", ".join(sorted(ARTICLE_SUFFIXES)) + ")")
            yield from files
        elif path.is_file():
            yield path
        else:
            yield LoadError(raw, "no such file or folder")


def one_line(exc: BaseException) -> str:
    """An exception as one short line: its first line, or its type's name."""
    lines = str(exc).strip().splitlines()
    return (lines[0][:300] if lines else "") or type(exc).__name__


def _guarded(items: Iterator[RawArticle | LoadError], source: str) -> Iterator[RawArticle | LoadError]:
    """A reader's unexpected failure becomes one line about its file; the other files go on."""
    try:
        yield from items
    except Exception as exc:
        yield LoadError(source, f"could not be read: {one_line(exc)}")


def load(paths: list[str], meta: dict | None = None, stdin=None) -> Iterator[RawArticle | LoadError]:
    """Every article under the given paths ('-' reads standard input)."""
    for item in iter_files([p for p in paths if p != "-"]) if paths != ["-"] else []:
        if isinstance(item, LoadError):
            yield item
            continue
        try:
            data = item.read_bytes()
        except OSError as exc:
            yield LoadError(str(item), f"unreadable: {exc.strerror}")
            continue
        yield from _guarded(load_bytes(data, str(item), meta=meta), str(item))
    if "-" in paths:
        data = (stdin or sys.stdin.buffer).read()
        yield from _guarded(load_bytes(data, "-", meta=meta), "-")

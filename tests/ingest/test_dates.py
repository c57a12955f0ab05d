"""An article's date is what its source states, for every input kind; otherwise it has none."""
import json

import pytest

from ingest.dates import dateline_date, stated_date
from ingest.loaders import LoadError, RawArticle, load_bytes
from tests.conftest import cli_store, run_cli

BODY = ("<p>Quill Robotics said on Tuesday that it raised $40 million from Lumen Ventures and Harbor Capital "
        "to build warehouse arms.</p><p>The company will use the money to hire engineers and open a second "
        "plant in the coming months, its chief executive said.</p>")
TEXT = "Quill Robotics raised $40 million from Lumen Ventures and Harbor Capital to build warehouse arms."


def page(head: str = "", inside: str = "", footer: str = "") -> bytes:
    return (f"<html><head><title>Quill raises</title>{head}</head><body><article><h1>Quill raises</h1>"
            f"{BODY}{inside}</article><footer>{footer}</footer></body></html>").encode()


def one(data: bytes, source: str, **kw) -> RawArticle | LoadError:
    [item] = list(load_bytes(data, source, **kw))
    return item


@pytest.mark.parametrize("head, inside, expected", [
    ('<meta property="article:published_time" content="2025-10-07T09:00:00Z">', "", "2025-10-07"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"headline": "Quill raises", "datePublished": "2025-09-14"}</script>', "", "2025-09-14"),
    ("", '<time datetime="2025-08-02">2 August 2025</time>', "2025-08-02"),
    ("", "", None),
    # when a page was changed is not when it was published: alone it leaves the page undated
    ('<meta property="article:modified_time" content="2025-12-01T08:00:00Z">', "", None),
    ('<meta property="og:updated_time" content="2025-12-01T08:00:00Z">', "", None),
    ('<meta http-equiv="last-modified" content="2025-12-01">', "", None),
    ('<meta property="article:published_time" content="2025-10-07T09:00:00Z">'
     '<meta property="article:modified_time" content="2025-12-01T08:00:00Z">', "", "2025-10-07"),
], ids=["meta-tag", "json-ld", "time-element", "none", "modified-only", "updated-only", "last-modified",
        "published-and-modified"])
def test_html_date_comes_from_the_page_metadata_only(head, inside, expected):
    # the footer's copyright year was read as 2023-01-01 by the extensive date search
    article = one(page(head, inside, footer="Copyright 2023 Our Wire"), "quill.html")
    assert article.meta.get("published") == expected


@pytest.mark.parametrize("source", ["quill.html", "-"])
def test_an_xhtml_page_is_read_as_a_page_with_its_publication_date(source):
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
             '<head><title>Quill raises</title><meta property="article:modified_time" content="2025-12-01"/>'
             '<meta property="article:published_time" content="2025-10-07"/></head>'
             f'<body><article><h1>Quill raises</h1>{BODY}</article></body></html>').encode()
    article = one(xhtml, source)
    assert (article.meta.get("published"), article.meta.get("title")) == ("2025-10-07", "Quill raises")


def test_html_dates_in_the_body_text_are_not_the_article_date():
    article = one(page(inside="<p>The plant opens on March 3, 2027, and the round closed on 1 May 2025.</p>"),
                  "quill.html")
    assert "published" not in article.meta


def test_feed_entries_take_their_own_date_or_none():
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Our Wire</title>
    <item><title>One</title><link>https://example.org/one</link><pubDate>Fri, 07 Nov 2025 10:00:00 GMT</pubDate>
    <description>{TEXT}</description></item>
    <item><title>Two</title><link>https://example.org/two</link>
    <description>{TEXT.replace('Quill', 'Zephyr')}</description></item></channel></rss>""".encode()
    first, second = list(load_bytes(feed, "wire.xml"))
    assert first.meta.get("published") == "2025-11-07"
    assert "published" not in second.meta


def test_jsonl_published_field_read_as_an_iso_date_or_refused():
    lines = [{"text": TEXT, "published": "2025-11-18"},
             {"text": TEXT.replace("Quill", "Zephyr"), "published": "2025-11-19T08:30:00+01:00"},
             {"text": TEXT.replace("Quill", "Orbit"), "published": "November 20, 2025"},
             {"text": TEXT.replace("Quill", "Vanta")},
             {"text": TEXT.replace("Quill", "Mirth"), "published": "last week"},
             {"text": TEXT.replace("Quill", "Brisk"), "published": 20251118}]
    data = "\n".join(json.dumps(x) for x in lines).encode()
    got = list(load_bytes(data, "feed.jsonl"))
    assert [g.meta.get("published") for g in got[:4]] == ["2025-11-18", "2025-11-19", "2025-11-20", None]
    assert [(g.source, g.reason) for g in got[4:]] == [
        ("feed.jsonl:5", "published 'last week' is not a date (write YYYY-MM-DD)"),
        ("feed.jsonl:6", "published 20251118 is not a date (write YYYY-MM-DD)")]


@pytest.mark.parametrize("dateline, expected", [
    ("Published 2025-11-18 by our desk.", "2025-11-18"),
    ("Posted on March 3, 2024", "2024-03-03"),
    ("Date: 18 Nov 2025", "2025-11-18"),
    ("Published by our desk.", None),
])
def test_plain_text_dateline(dateline, expected):
    article = one(f"Quill raises $40 million\n{dateline}\n\n{TEXT}\n".encode(), "quill.txt")
    assert article.meta.get("published") == expected


def test_plain_text_without_dateline_and_a_date_in_the_body_is_undated():
    article = one(f"{TEXT} The round closed on 2025-05-01.\n".encode(), "quill.txt")
    assert article.meta == {}


def test_given_published_wins_and_is_checked():
    text = f"Quill raises $40 million\nPublished 2025-11-18\n\n{TEXT}\n".encode()
    assert one(text, "-", meta={"published": "2025-12-01"}).meta["published"] == "2025-12-01"
    refused = one(text, "-", meta={"published": "31/12/2025"})
    assert (refused.source, refused.reason) == ("-", "published '31/12/2025' is not a date (write YYYY-MM-DD)")


def test_stated_date_never_makes_a_date_up():
    assert [stated_date(v) for v in ("2025-02-29", "2024-02-29", "Tuesday", "", None, "2025")] == \
        [None, "2024-02-29", None, None, None, None]
    assert dateline_date("Dated 2025-13-01") is None


def test_cli_undated_article_is_stored_without_a_date(embedded_cli_env):
    done = run_cli(["ingest", "-"], embedded_cli_env, input=TEXT)
    assert done.returncode == 0, done.stderr
    with cli_store(embedded_cli_env) as store:
        [article] = store.articles()
        [deal] = [c for c in store.commitments() if c["to_name"] == "Quill Robotics"][:1]
    assert "published" not in article and deal.get("date") is None and deal["sources"][0]["published"] is None
    bad = run_cli(["ingest", "-", "--published", "next week"], embedded_cli_env, input=TEXT.replace("Quill", "Orbit"))
    assert bad.returncode != 0
    assert bad.stderr.strip().splitlines() == ["skipped -: published 'next week' is not a date (write YYYY-MM-DD)"]

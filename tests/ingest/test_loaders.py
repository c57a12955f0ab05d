"""Every input kind, and every bad input reported in one line and skipped."""
import io
import json

from ingest.loaders import MAX_TEXT_BYTES, LoadError, RawArticle, article_id, load

TEXT = "NVIDIA is to put up to $10 billion into Anthropic, the company said on Tuesday in a statement."


def items(paths, **kw):
    return list(load([str(p) for p in paths], **kw))


def test_plain_text_and_hash_ignores_whitespace(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    [art] = items([tmp_path / "a.txt"])
    assert isinstance(art, RawArticle) and art.text == TEXT
    assert art.id == article_id("  " + TEXT.replace(" ", "  ") + "\n")


def test_html_main_text_and_metadata(tmp_path):
    page = (f"<html><head><title>Deal day</title><meta property='og:site_name' content='Example Wire'>"
            f"<meta name='date' content='2025-11-18'></head><body><nav>Home | Markets</nav>"
            f"<article><h1>Deal day</h1><p>{TEXT}</p><p>{TEXT.replace('NVIDIA', 'Microsoft')}</p></article>"
            f"<footer>Copyright</footer></body></html>")
    (tmp_path / "a.html").write_text(page)
    [art] = items([tmp_path / "a.html"])
    assert "NVIDIA is to put" in art.text and "Home | Markets" not in art.text
    assert art.meta["title"] == "Deal day" and art.meta.get("published") == "2025-11-18"


def test_jsonl_with_a_malformed_line(tmp_path):
    lines = [json.dumps({"text": TEXT, "url": "https://example.org/1", "published": "2025-11-18"}),
             "{not json", json.dumps({"title": "no text"}),
             json.dumps({"text": TEXT.replace("NVIDIA", "Google")})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    got = items([tmp_path / "a.jsonl"])
    assert [type(g).__name__ for g in got] == ["RawArticle", "LoadError", "LoadError", "RawArticle"]
    assert got[0].meta["url"] == "https://example.org/1"
    assert got[1].source.endswith(":2") and "malformed JSON" in got[1].reason


def test_rss_feed_with_full_content(tmp_path):
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>One</title><link>https://example.org/one</link><pubDate>Tue, 18 Nov 2025 10:00:00 GMT</pubDate>
    <description>{TEXT}</description></item>
    <item><title>Two</title><link>https://example.org/two</link>
    <description>{TEXT.replace('NVIDIA', 'Amazon')}</description></item></channel></rss>"""
    (tmp_path / "f.xml").write_text(feed)
    got = items([tmp_path / "f.xml"])
    assert [a.meta["title"] for a in got] == ["One", "Two"]
    assert got[0].meta["published"] == "2025-11-18" and got[0].meta["outlet"] == "Example Wire"


def test_folder_recursion_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT.replace("NVIDIA", "Intel"))
    (tmp_path / "sub" / "gold.json").write_text('{"entities": []}')
    (tmp_path / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    got = items([tmp_path])
    assert sorted(a.source.split("/")[-1] for a in got) == ["a.txt", "b.txt"], got  # other files are left alone
    empty = tmp_path / "pictures"
    empty.mkdir()
    (empty / "chart.png").write_bytes(b"\x89PNG")
    [err] = items([empty])
    assert isinstance(err, LoadError) and err.reason.startswith("no article files")
    [art] = list(load(["-"], stdin=io.BytesIO(TEXT.encode())))
    assert art.source == "-" and art.text == TEXT


def test_bad_inputs_are_one_line_each(tmp_path):
    cases = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(range(256)),
        "latin1.txt": "Nestlé and Société Générale announced a deal with the bank.".encode("latin-1"),
        "french.txt": "Le groupe a annoncé un accord avec une entreprise française pour des puces.".encode(),
        "short.txt": b"Hello there",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "huge.txt").write_bytes(b"the deal " * (MAX_TEXT_BYTES // 9 + 10))
    got = {g.source.split("/")[-1]: g for g in items(sorted(tmp_path.iterdir()))}
    assert all(isinstance(g, LoadError) for g in got.values()), got
    reasons = {k: v.reason for k, v in got.items()}
    assert reasons["empty.txt"].startswith("empty")
    assert reasons["binary.txt"].startswith("binary")
    assert reasons["latin1.txt"].startswith("not UTF-8")
    assert reasons["french.txt"].startswith("not English")
    assert reasons["huge.txt"].startswith("too large")
    assert all("\n" not in r for r in reasons.values())
    [missing] = items([tmp_path / "nope.txt"])
    assert missing.reason == "no such file or folder"


def test_plain_text_headline_and_dateline_become_metadata(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Globex signs a cloud deal\nPublished 2025-03-04 by our desk.\n\n"
                 "Globex will buy cloud capacity from Initech under a contract signed on Monday.\n")
    [a] = list(load([str(f)]))
    assert a.meta == {"title": "Globex signs a cloud deal", "published": "2025-03-04"}
    # metadata given on the command line wins over what the text says
    [b] = list(load([str(f)], meta={"published": "2025-03-05"}))
    assert b.meta["published"] == "2025-03-05"
    # a first line that is a sentence is not a headline, and no dateline means no date
    g = tmp_path / "plain.txt"
    g.write_text("Globex will buy cloud capacity from Initech under a contract signed on Monday.\nMore follows.\n")
    [c] = list(load([str(g)]))
    assert c.meta == {}


WRAPPED = """Vantor Labs names new backers

Vantor Labs, a Denver maker of inspection drones for wind farms and bridges,
is backed by Intel Capital, Sequoia Capital, which led its 2024 round, and
Khosla Ventures, the company said in a filing on Monday.

Deals this week:
- Orvane Systems raised $12 million from Accel and others in a seed round
- Kestrel Labs signed a supply agreement with Tarsel Computers for boards

Roche licenses qurio's sepsis algorithm in a deal worth $40 million
qurio, the London start-up, said the deal was its first and that it is backed by Balderton Capital.

Deal terms
a) Kestrel Labs will buy 2,000 H100 GPUs from Nvidia over two years from
b) Orvane Systems will take a 10% stake in Kestrel Labs for $50 million in
c) the two will share a data centre in Ohio, which Orvane will run alone

Kestrel Labs at a glance
founded in 2019 in Denver by two former aerospace engineers from Boeing
backed by Accel, Index Ventures and Lux Capital since its seed round in
acquired by Orvane Systems in 2024 for $300 million in cash and stock
"""


def test_a_hard_wrapped_paragraph_is_read_as_running_text(tmp_path):
    """A paragraph wrapped at a fixed width has its wraps joined (a line
    break is a sentence's end to the parser); headlines, lists, a subhead
    over its paragraph and a fact sheet keep their lines. The extraction
    then finds all three backers."""
    (tmp_path / "wrapped.txt").write_text(WRAPPED)
    [art] = items([tmp_path / "wrapped.txt"])
    paragraphs = WRAPPED.strip().split("\n\n")
    assert art.text.split("\n\n") == [
        paragraphs[0],
        "Vantor Labs, a Denver maker of inspection drones for wind farms and bridges, is backed by Intel Capital, "
        "Sequoia Capital, which led its 2024 round, and Khosla Ventures, the company said in a filing on Monday.",
        *paragraphs[2:],
    ]
    assert art.id == article_id(WRAPPED)    # the same article as before, whatever its wraps
    from ingest.extract import Extractor
    got = Extractor(scorer=False).extract(art)
    assert sorted(c.from_ for c in got.commitments if c.to == "Vantor Labs") == [
        "Intel Capital", "Khosla Ventures", "Sequoia Capital"]


def test_a_newsletters_markdown_bold_is_read_as_plain_text(tmp_path):
    """A digest pasted from a newsletter keeps Markdown's bold around its
    items' openings; the stars are dropped, so that the item's company is
    a name and its sentence ends at its own full stop ("$85m." included)."""
    (tmp_path / "digest.txt").write_text(
        "Chip notes #12\n\n**Tovrin Labs raises $85m.** The chip start-up closed a Series B led by Atomico; "
        "__Index Ventures__ also took part.\n")
    [art] = items([tmp_path / "digest.txt"])
    assert art.text == ("Chip notes #12\n\nTovrin Labs raises $85m. The chip start-up closed a Series B led by "
                        "Atomico; Index Ventures also took part.")
    from ingest.extract import Extractor
    got = Extractor(scorer=False).extract(art)
    assert sorted((c.kind, c.from_, c.to) for c in got.commitments) == [
        ("investment", "Atomico", "Tovrin Labs"), ("investment", "Index Ventures", "Tovrin Labs")]

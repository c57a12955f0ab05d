"""Each article on its own (issue 10 point 4): an article that fails at any
stage -- loading, parsing, its figures, its facts, its write -- is reported in
one line and skipped, and the others beside it are stored."""
import json

import pytest

from graph.falkor_backend import FalkorStore
from ingest.cli import ingest_articles
from ingest.extract import Extractor
from ingest.loaders import RawArticle, load, normalise_text
from tests.conftest import run_cli

INVEST = "Amazon will invest $4 billion in Anthropic, the two companies said on Monday in a short statement."
COMPUTE = ("Cohere also signed a $3 billion contract to buy cloud computing capacity from Nebius over four years, "
           "according to a filing published this week.")
ABSURD = ("Microsoft will invest $50 trillion in OpenAI, a columnist joked on Tuesday.\n\n"
          "NVIDIA will invest $2 billion in xAI, the chipmaker said in a note to its partners.")
FILLER = ("The committee met again on a grey morning and talked through the schedule for the coming quarter. "
          "Nobody raised anything new, and the minutes ran to a single page.\n\n")


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def no_constants(name):
    raise ValueError(f"not strict JSON: {name}")


def test_bad_articles_are_skipped_in_one_line_each_and_the_others_stored(cli_env, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a-invest.txt").write_text(INVEST)
    (news / "b-compute.txt").write_text(COMPUTE)
    (news / "c-absurd.txt").write_text(ABSURD)
    (news / "d-huge.txt").write_text(FILLER * (1_200_000 // len(FILLER) + 1))
    (news / "e-page.html").write_text(f"<html><body><article><p>{INVEST}</p></article></body></html>")
    # a partial install: lxml_html_clean missing, as a fresh 'pip install' could leave it
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / "lxml_html_clean.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'lxml_html_clean'\", name='lxml_html_clean')\n")
    env = {**cli_env, "PYTHONPATH": str(stubs)}
    out = run_cli(["ingest", str(news)], env)
    assert out.returncode == 1
    assert "articles read 3, written 3, skipped as duplicates 0, failed 2" in " ".join(out.stdout.split())
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 3 and "Traceback" not in out.stderr, out.stderr
    huge = len(normalise_text((news / "d-huge.txt").read_text()))
    assert f"skipped {news / 'd-huge.txt'}: too long: {huge:,} characters, over the 1,000,000-character limit " \
           "for one article (split it into articles)" in lines
    assert any(line.startswith(f"skipped {news / 'e-page.html'}: HTML cannot be read in this install: ")
               for line in lines)
    assert f"refused in {news / 'c-absurd.txt'}: investment Microsoft → OpenAI: amount $50,000B is over the " \
           "$10,000B bound" in lines
    rows = json.loads(run_cli(["query", "MATCH (f:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(t:Company) "
                               "RETURN f.name AS f, c.kind AS kind, t.name AS t, c.amount_usd AS usd "
                               "ORDER BY f, t", "--format", "json"], cli_env).stdout)
    assert rows == [{"f": "Amazon", "kind": "investment", "t": "Anthropic", "usd": 4e9},
                    {"f": "Cohere", "kind": "compute_purchase", "t": "Nebius", "usd": 3e9},
                    {"f": "NVIDIA", "kind": "investment", "t": "xAI", "usd": 2e9}]


def test_extract_json_is_strict_and_says_what_it_left_out(cli_env, tmp_path):
    for n, amount in enumerate(["$50 trillion", "$" + "9" * 400]):
        (tmp_path / f"absurd-{n}.txt").write_text(ABSURD.replace("$50 trillion", amount))
    out = run_cli(["extract", "--json", str(tmp_path / "absurd-0.txt"), str(tmp_path / "absurd-1.txt")], cli_env)
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line, parse_constant=no_constants) for line in out.stdout.splitlines()]
    assert [[(c["from"], c["to"], c["amount_usd"]) for c in d["commitments"]] for d in docs] == \
        [[("NVIDIA", "xAI", 2e9)]] * 2
    assert out.stderr.splitlines() == [
        f"refused in {tmp_path / 'absurd-0.txt'}: investment Microsoft → OpenAI: amount $50,000B is over the "
        "$10,000B bound",
        f"refused in {tmp_path / 'absurd-1.txt'}: investment Microsoft → OpenAI: amount inf is not a finite number"]


def test_a_text_parsed_in_pieces_gives_the_same_facts_at_the_same_offsets(extractor):
    text = "\n\n".join([FILLER.strip(), INVEST, FILLER.strip(), COMPUTE, ABSURD.split("\n\n")[1], FILLER.strip()])
    article = RawArticle(text, "pieces.txt")
    small = Extractor(piece_chars=170)   # each deal sentence fits a piece; the filler is cut

    def facts(ex):
        return [(c.kind, c.from_, c.to, c.amount_usd, c.start, c.end, c.evidence) for c in ex.commitments]
    whole, cut = facts(extractor.extract(article)), facts(small.extract(article))
    assert cut == whole and len(whole) == 3
    assert all(text[start:end].strip() == evidence for *_, start, end, evidence in cut)


def test_a_long_article_is_read_in_pieces_with_offsets_of_the_article(extractor):
    text = INVEST + "\n\n" + FILLER * 700 + COMPUTE
    assert len(text) > extractor.piece_chars == 100_000
    [ex] = list(extractor.extract_many([RawArticle(text, "long.txt")]))
    found = {(c.from_, c.to): c for c in ex.commitments}
    assert set(found) == {("Amazon", "Anthropic"), ("Cohere", "Nebius")}
    late = found[("Cohere", "Nebius")]
    assert late.start == text.index(COMPUTE) and text[late.start:late.end] == COMPUTE


def test_a_failed_batch_write_is_retried_one_article_at_a_time(extractor, tmp_path):
    store = FalkorStore(tmp_path / "g.db")
    store.ensure_schema()
    try:
        # a rule someone added to their store: article titles are unique
        store._run("CREATE INDEX FOR (a:Article) ON (a.title)")
        store._db.connection.execute_command("GRAPH.CONSTRAINT", "CREATE", store._graph.name, "UNIQUE", "NODE",
                                             "Article", "PROPERTIES", "1", "title")
        first = ingest_articles(store, [RawArticle(INVEST, "first.txt", {"title": "Weekly deals"})], extractor)
        assert first["written"] == 1
        batch = [RawArticle(COMPUTE, "second.txt", {"title": "Weekly deals"}),
                 RawArticle(ABSURD, "third.txt", {"title": "Chip money"})]
        summary = ingest_articles(store, batch, extractor)
        assert summary["written"] == 1
        assert summary["failed"] == [("second.txt", "not stored: unique constraint violation on node of type Article")]
        assert sorted(r[0] for r in store.query("MATCH (a:Article) RETURN a.title").rows) == \
            ["Chip money", "Weekly deals"]
    finally:
        store.close()


def test_facts_that_break_the_contract_skip_their_article_only(extractor, falkor_store, tmp_path):
    # (a "published" that is no date is refused earlier, by the loader: tests/ingest/test_dates.py)
    lines = [{"text": INVEST, "url": "javascript:alert(1)"}, {"text": COMPUTE, "published": "2025-06-02"}]
    feed = tmp_path / "wire.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))
    summary = ingest_articles(falkor_store, list(load([str(feed)])), extractor)
    assert summary["written"] == 1
    assert summary["failed"] == [(f"{feed}:1", "its facts break the contract: article.url: the url must start "
                                               "with http:// or https://")]
    assert [(c["from_name"], c["date"]) for c in falkor_store.commitments()] == [("Cohere", "2025-06-02")]

"""ingest and extract as a journalist runs them, ending in the classic loops."""
import json
import os
from pathlib import Path

from tests.conftest import run_cli

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"


def test_ingest_samples_then_loops_end_to_end(cli_env):
    first = run_cli(["ingest", str(SAMPLES)], cli_env)
    assert first.returncode == 0, first.stderr
    assert "articles read 12, written 12" in " ".join(first.stdout.split())
    again = run_cli(["ingest", str(SAMPLES / "03-nvidia-openai.txt")], cli_env)
    assert again.returncode == 0 and "already stored, unchanged" in again.stderr
    assert "written 0" in again.stdout
    loops = json.loads(run_cli(["loops", "--format", "json"], cli_env).stdout)["loops"]
    shapes = {tuple(l["companies"]) for l in loops}
    assert ("NVIDIA", "OpenAI") in shapes             # chip vendor invests in a lab that buys its chips
    assert ("Anthropic", "Microsoft") in shapes       # cloud invests in a lab that commits to its cloud
    assert ("Anthropic", "Microsoft", "NVIDIA") in shapes  # through both
    # the rumoured Meta-Google deal is stored but never a commitment
    rumours = run_cli(["query", "MATCH (c:Commitment) WHERE c.status <> 'announced' RETURN c.status",
                       "--format", "json"], cli_env)
    assert json.loads(rumours.stdout) == [{"c.status": "in_talks"}]
    conc = json.loads(run_cli(["concentration", "--category", "compute", "--format", "json"], cli_env).stdout)
    openai = [d for d in conc["compute"]["companies"] if d["company"] == "OpenAI"][0]
    assert openai["top_counterparty"] == "Oracle" and openai["counterparties"] >= 3


def test_dry_run_writes_nothing_and_bad_files_fail(cli_env, tmp_path):
    (tmp_path / "good.txt").write_text((SAMPLES / "10-nvidia-intel.txt").read_text())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "x"\n')
    out = run_cli(["ingest", "--dry-run", str(tmp_path)], cli_env)
    assert out.returncode == 1
    assert "skipped" in out.stderr and "empty" in out.stderr and "malformed JSON" in out.stderr
    assert "NVIDIA → Intel" in out.stdout and "nothing was stored" in out.stdout
    stats = json.loads(run_cli(["db", "stats", "--format", "json"], cli_env).stdout)
    assert stats["nodes"]["Article"] == 0
    real = run_cli(["ingest", str(tmp_path)], cli_env)
    assert real.returncode == 1 and "written 1" in " ".join(real.stdout.split())


def test_stdin_with_metadata(cli_env):
    text = "Amazon will invest $4 billion in Anthropic, expanding a long-running partnership between them."
    out = run_cli(["ingest", "-", "--title", "Amazon and Anthropic", "--outlet", "Sample Wire",
                   "--published", "2024-11-22"], cli_env, input=text)
    assert out.returncode == 0, out.stderr
    rows = json.loads(run_cli(["query", "MATCH (c:Commitment)-[s:REPORTED_IN]->(a:Article) "
                                        "RETURN a.title AS t, a.outlet AS o, s.sentence AS s", "--format", "json"],
                              cli_env).stdout)
    assert rows == [{"t": "Amazon and Anthropic", "o": "Sample Wire", "s": text}]


def test_extract_json_contract(cli_env, tmp_path):
    out = run_cli(["extract", "--json", "--out", str(tmp_path / "out"), str(SAMPLES / "04-openai-amd.txt")], cli_env)
    assert out.returncode == 0
    doc = json.loads((tmp_path / "out" / "04-openai-amd.json").read_text())
    assert doc["doc_id"] == "04-openai-amd"
    assert {"type": "Company", "name": "AMD"} in [{k: e[k] for k in ("type", "name")} for e in doc["entities"]]
    kinds = {(c["kind"], c["from"], c["to"]) for c in doc["commitments"]}
    assert ("hardware_purchase", "OpenAI", "AMD") in kinds and ("investment", "OpenAI", "AMD") in kinds
    lines = run_cli(["extract", "--json", str(SAMPLES / "04-openai-amd.txt"), str(SAMPLES / "05-oracle-openai.txt")],
                    cli_env).stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["commitments"] for line in lines)


def test_extract_json_is_the_same_whatever_the_hash_seed(tmp_path):
    """Python salts the order of sets with PYTHONHASHSEED, a new value per
    run: an investor list read through "its backers" came out in a new order
    each run. The output is the same every run, investors in the text's order."""
    article = tmp_path / "round.txt"
    article.write_text("Lumora raises $600 million to build robot foundation models\n\n"
                       "Lumora, a robotics startup based in Oslo, said on Tuesday that it had raised $600 million. "
                       "Sequoia Capital, Accel, Index Ventures, General Catalyst and Lightspeed Venture Partners "
                       "are among its backers.\n")
    outputs = []
    for seed in ("1", "2", "3"):
        out = run_cli(["extract", "--json", str(article)], {**os.environ, "PYTHONHASHSEED": seed})
        assert out.returncode == 0, out.stderr
        outputs.append(out.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    investors = [c["from"] for c in json.loads(outputs[0])["commitments"] if c["kind"] == "investment"]
    assert investors == ["Sequoia Capital", "Accel", "Index Ventures", "General Catalyst",
                         "Lightspeed Venture Partners"]


def test_entities_merge_is_remembered(cli_env, tmp_path):
    (tmp_path / "a.txt").write_text("Zephyr Capital Partners will invest $1 billion in Anthropic, the fund said today.")
    run_cli(["ingest", str(tmp_path / "a.txt")], cli_env)
    merged = run_cli(["entities", "merge", "Anthropic", "Zephyr Capital Partners"], cli_env)
    assert merged.returncode == 0 and "later ingests map" in merged.stdout
    listing = run_cli(["entities", "list", "--type", "Company"], cli_env).stdout
    assert "Zephyr" in listing  # now an alias of Anthropic


def test_a_long_run_does_not_hold_every_extraction(falkor_store):
    from ingest.cli import ingest_articles
    from ingest.extract import Extractor
    from ingest.loaders import RawArticle, load

    articles = [a for a in load([str(SAMPLES)]) if isinstance(a, RawArticle)]
    ex = Extractor()
    dry = ingest_articles(falkor_store, articles, ex, dry_run=True)
    assert len(dry["extractions"]) == len(articles) and dry["written"] == 0   # a dry run shows them all
    real = ingest_articles(falkor_store, articles, ex, batch=5)
    assert real["written"] == len(articles) and real["extractions"] == []    # written, then let go
    assert falkor_store.existing_articles([a.id for a in articles]) == {a.id for a in articles}

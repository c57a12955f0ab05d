"""The extraction JSON as a researcher consumes it: NDJSON one article per
line, every field in the JSON Schema that `extract --schema` prints."""
import json
from pathlib import Path

from graph.kinds import KIND_NAMES
from ingest.models import ExtractionRecord
from tests.conftest import run_cli

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"
TWO = [str(SAMPLES / "04-openai-amd.txt"), str(SAMPLES / "10-nvidia-intel.txt")]


def test_schema_is_printed_from_the_model(embedded_cli_env):
    out = run_cli(["extract", "--schema"], embedded_cli_env)
    assert out.returncode == 0, out.stderr
    schema = json.loads(out.stdout)
    assert schema == ExtractionRecord.model_json_schema(by_alias=True)
    assert schema["title"] == "dealgraph extraction"
    assert schema["required"] == ["doc_id", "source", "entities", "commitments", "rumours"]
    commitment = schema["$defs"]["CommitmentRecord"]
    assert tuple(commitment["properties"]["kind"]["enum"]) == KIND_NAMES
    assert commitment["required"] == ["kind", "from", "to", "evidence", "start", "end"]
    assert commitment["properties"]["amount_usd"]["anyOf"] == [{"type": "number"}, {"type": "null"}]


def test_ndjson_is_one_article_per_line_and_fits_the_schema(embedded_cli_env, tmp_path):
    out = run_cli(["extract", "--ndjson", *TWO], embedded_cli_env)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    records = [ExtractionRecord.model_validate_json(line) for line in lines]  # no field outside the schema
    assert [r.doc_id for r in records] == ["04-openai-amd", "10-nvidia-intel"]
    assert ("hardware_purchase", "OpenAI", "AMD") in {(c.kind, c.from_, c.to) for c in records[0].commitments}
    assert run_cli(["extract", "--format", "ndjson", *TWO], embedded_cli_env).stdout.splitlines() == lines
    assert run_cli(["extract", "--json", *TWO], embedded_cli_env).stdout.splitlines() == lines
    run_cli(["extract", "--json", "--out", str(tmp_path), TWO[0]], embedded_cli_env)
    assert json.loads((tmp_path / "04-openai-amd.json").read_text()) == json.loads(lines[0])


def test_bad_extract_options_are_one_line(embedded_cli_env):
    out = run_cli(["extract", "--format", "jsonl", TWO[0]], embedded_cli_env)
    assert (out.returncode, out.stderr.strip()) == (2, "error: unknown format 'jsonl'; nearest: ndjson")
    out = run_cli(["extract"], embedded_cli_env)
    assert (out.returncode, out.stderr.strip()) == (
        2, "error: give the articles to read: files, folders, JSONL or feed files, or - for stdin")

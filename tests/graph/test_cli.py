"""The store's commands as a user runs them: one-line errors, non-zero exits,
no credentials in any output."""
import json

from tests.conftest import run_cli

WRITE = "CREATE (:Company {id: 'acme', name: 'Acme'})-[:COMMITS]->(:Commitment {id: 'c1', kind: 'investment'})"


def test_query_write_then_read_and_formats(cli_env):
    assert run_cli(["query", WRITE, "--write"], cli_env).returncode == 0
    out = run_cli(["query", "MATCH (c:Company {id: $id}) RETURN c.name AS name", "-p", "id=acme",
                   "--format", "json"], cli_env)
    assert out.returncode == 0 and json.loads(out.stdout) == [{"name": "Acme"}]
    csv_out = run_cli(["query", "MATCH (c:Company) RETURN c.name AS name", "--format", "csv"], cli_env)
    assert csv_out.stdout.splitlines() == ["name", "Acme"]
    table = run_cli(["query", "MATCH (c:Company) RETURN c"], cli_env)
    assert "(Company Acme)" in table.stdout


def test_write_through_read_only_path_is_refused(cli_env):
    out = run_cli(["query", WRITE], cli_env)
    assert out.returncode != 0
    assert len(out.stderr.strip().splitlines()) == 1 and "read-only" in out.stderr
    assert run_cli(["query", "MATCH (n) RETURN count(n)", "--format", "json"], cli_env).stdout.count('": 0') == 1


def test_syntax_error_is_one_line(cli_env):
    out = run_cli(["query", "MATCH (n RETURN n"], cli_env)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.startswith("error:")


def test_stats_and_reset_asks_first(cli_env):
    run_cli(["query", WRITE, "--write"], cli_env)
    stats = json.loads(run_cli(["db", "stats", "--format", "json"], cli_env).stdout)
    assert stats["nodes"]["Company"] == 1
    refused = run_cli(["db", "reset"], cli_env, input="n\n")
    assert refused.returncode == 0 and "nothing deleted" in refused.stdout  # declining is not an error
    assert json.loads(run_cli(["db", "stats", "--format", "json"], cli_env).stdout)["nodes"]["Company"] == 1
    assert run_cli(["db", "reset"], cli_env, input="y\nn\n").returncode == 0  # delete, without a backup
    assert json.loads(run_cli(["db", "stats", "--format", "json"], cli_env).stdout)["nodes"]["Company"] == 0


def test_export_to_files(cli_env, tmp_path):
    run_cli(["query", WRITE, "--write"], cli_env)
    assert run_cli(["export", "--format", "graphml", "--out", str(tmp_path / "g.graphml")], cli_env).returncode == 0
    assert "<graphml" in (tmp_path / "g.graphml").read_text()
    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "csv")], cli_env).returncode == 0
    assert "acme" in (tmp_path / "csv" / "nodes.csv").read_text()
    data = json.loads(run_cli(["export", "--format", "json"], cli_env).stdout)
    assert {r["type"] for r in data["relationships"]} == {"COMMITS"}


def test_unwritable_data_folder(embedded_cli_env, tmp_path):
    blocker = tmp_path / "a-file"  # a file where the folder should be: fails even for root
    blocker.write_text("x")
    embedded_cli_env["DEALGRAPH_DB"] = str(blocker / "sub" / "g.db")
    out = run_cli(["db", "stats"], embedded_cli_env)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
    assert "data folder" in out.stderr

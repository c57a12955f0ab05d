"""Decisions as a script makes them: `dealgraph review accept|reject|edit`, the company
decisions, `corrections list|export|import` and `db reset`, on both engines."""
import json

from tests.conftest import cli_store, run_cli
from tests.graph.facts import article, deal

LEASE = "Halvard Motors leases $4 billion of training capacity from Skerry Cloud."
STAKE = "Skerry Cloud takes a $600 million stake in Halvard Motors."


def facts(aid="news-1"):
    return [article(aid, [deal("compute_purchase", "Halvard Motors", "Skerry Cloud", 4e9, sentence=LEASE),
                          deal("investment", "Skerry Cloud", "Halvard Motors", 6e8, sentence=STAKE)])]


def ids(env) -> dict:
    with cli_store(env) as s:
        return {c["kind"]: c["id"] for c in s.commitments()}


def stored(env) -> dict:
    out = run_cli(["query", "MATCH (f:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(t:Company) "
                            "RETURN c.kind AS kind, f.name AS f, t.name AS t, c.amount_usd AS amount, "
                            "c.upper_bound AS upper, c.status AS status, c.review AS review",
                   "--format", "json"], env)
    assert out.returncode == 0, out.stderr
    return {r["kind"]: r for r in json.loads(out.stdout)}


def one_line_error(out) -> str:
    assert out.returncode != 0 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), out.stderr
    return lines[0]


def test_accept_reject_and_edit_from_the_command_line(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    cid = ids(cli_env)
    out = run_cli(["review", "edit", cid["compute_purchase"], "--amount", "4.5e9", "--upper-bound",
                   "--status", "in_talks", "--by", "mira", "--note", "the filing says up to"], cli_env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"edited {cid['compute_purchase']} (compute_purchase: Halvard Motors -> "
                                 "Skerry Cloud, $4.0B): amount_usd=4500000000.0, upper_bound=True, status=in_talks")
    assert run_cli(["review", "reject", cid["investment"], "--note", "a different company"], cli_env).returncode == 0
    assert stored(cli_env) == {"compute_purchase": {"kind": "compute_purchase", "f": "Halvard Motors",
                                                    "t": "Skerry Cloud", "amount": 4.5e9, "upper": True,
                                                    "status": "in_talks", "review": "edited"}}
    swapped = run_cli(["review", "edit", cid["compute_purchase"], "--swap", "--no-upper-bound"], cli_env)
    assert swapped.returncode == 0, swapped.stderr
    row = stored(cli_env)["compute_purchase"]
    assert (row["f"], row["t"], row["upper"], row["amount"]) == ("Skerry Cloud", "Halvard Motors", False, 4.5e9)
    listed = json.loads(run_cli(["corrections", "list", "--format", "json"], cli_env).stdout)
    assert [(d["action"], d["who"], d["note"]) for d in listed] == [
        ("edit", "mira", "the filing says up to"), ("reject", listed[1]["who"], "a different company"),
        ("edit", listed[2]["who"], "")]


def test_bad_decisions_are_one_line_errors_and_change_nothing(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    cid = ids(cli_env)["investment"]
    assert "no commitment with id 'c-missing'" in one_line_error(run_cli(["review", "accept", "c-missing"], cli_env))
    assert "negative" in one_line_error(run_cli(["review", "edit", cid, "--amount", "-3e9"], cli_env))
    assert "nothing to edit" in one_line_error(run_cli(["review", "edit", cid], cli_env))
    assert "not an ISO date" in one_line_error(run_cli(["review", "edit", cid, "--date", "soon"], cli_env))
    assert "no company named 'Nobody'" in one_line_error(run_cli(["review", "not-company", "Nobody"], cli_env))
    assert json.loads(run_cli(["corrections", "list", "--format", "json"], cli_env).stdout) == []
    assert stored(cli_env)["investment"]["review"] is None


def test_company_decisions_from_the_command_line(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    assert run_cli(["review", "rename", "Halvard Motors", "Halvard"], cli_env).returncode == 0
    assert stored(cli_env)["compute_purchase"]["f"] == "Halvard"
    out = run_cli(["review", "not-company", "Skerry Cloud", "--note", "a data centre, not a firm"], cli_env)
    assert out.returncode == 0 and out.stdout.startswith("marked as not a company: Skerry Cloud as decision d-")
    assert stored(cli_env) == {}


def test_corrections_travel_between_stores_and_survive_reset(cli_env, embedded_cli_env, tmp_path):
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    cid = ids(cli_env)
    run_cli(["review", "reject", cid["investment"]], cli_env)
    run_cli(["review", "edit", cid["compute_purchase"], "--amount", "5e9"], cli_env)
    file = tmp_path / "team.json"
    out = run_cli(["corrections", "export", str(file)], cli_env)
    assert out.returncode == 0 and out.stdout.strip() == f"exported 2 decision(s) to {file}"
    # a colleague's own embedded store: the file, then the same article
    other = {**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / "colleague" / "graph.db")}
    out = run_cli(["corrections", "import", str(file)], other)
    assert out.stdout.strip() == f"imported 2 decision(s) from {file}: 2 new, 0 already here"
    assert run_cli(["corrections", "import", str(file)], other).stdout.strip().endswith("0 new, 2 already here")
    with cli_store(other) as s:
        s.write_articles(facts("news-1"))
    assert {k: r["amount"] for k, r in stored(other).items()} == {"compute_purchase": 5e9}
    # db reset keeps them; the next ingest applies them again
    out = run_cli(["db", "reset", "--yes"], cli_env)
    assert out.returncode == 0 and out.stdout.strip().endswith("; kept 2 decision(s)")
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    assert {k: r["amount"] for k, r in stored(cli_env).items()} == {"compute_purchase": 5e9}
    out = run_cli(["db", "reset", "--yes", "--drop-decisions"], cli_env)
    assert out.stdout.strip().endswith("; deleted 2 decision(s)")
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    assert sorted(stored(cli_env)) == ["compute_purchase", "investment"]


def test_a_broken_corrections_file_is_refused(cli_env, tmp_path):
    file = tmp_path / "broken.json"
    file.write_text('{"format": "dealgraph-corrections", "version": 1, "decisions": [{"action": "accept"}]}')
    line = one_line_error(run_cli(["corrections", "import", str(file)], cli_env))
    assert line.startswith(f"error: {file}: decision 1: ") and line.endswith("nothing was imported")
    line = one_line_error(run_cli(["corrections", "import", str(tmp_path / "absent.json")], cli_env))
    assert line.startswith(f"error: cannot read {tmp_path / 'absent.json'}")


def test_loops_and_concentration_follow_reviewed_only(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(facts())
    cid = ids(cli_env)

    def loops(*extra) -> list:
        out = run_cli(["loops", "--format", "json", *extra], cli_env)
        assert out.returncode == 0, out.stderr
        return [loop["companies"] for loop in json.loads(out.stdout)["loops"]]

    def compute_buyers(*extra) -> list:
        out = run_cli(["concentration", "--category", "compute", "--format", "json", *extra], cli_env)
        assert out.returncode == 0, out.stderr
        return [d["company"] for d in json.loads(out.stdout)["compute"]["companies"]]

    assert loops() == [["Halvard Motors", "Skerry Cloud"]]
    assert (loops("--reviewed-only"), compute_buyers("--reviewed-only")) == ([], [])
    assert run_cli(["review", "accept", cid["compute_purchase"]], cli_env).returncode == 0
    assert (loops("--reviewed-only"), compute_buyers("--reviewed-only")) == ([], ["Halvard Motors"])
    assert run_cli(["review", "accept", cid["investment"]], cli_env).returncode == 0
    assert loops("--reviewed-only") == [["Halvard Motors", "Skerry Cloud"]]


def test_entities_merge_is_a_decision_that_travels(cli_env, tmp_path):
    with cli_store(cli_env) as s:
        s.write_articles([article("news-1", [deal("compute_purchase", "Halvard Motors", "Skerry Cloud", 4e9,
                                                  sentence=LEASE),
                                             deal("investment", "Skerry AI", "Halvard Motors", 6e8,
                                                  sentence="Skerry AI takes a $600 million stake in Halvard Motors.")])])
    assert run_cli(["entities", "merge", "Skerry Cloud", "Skerry AI"], cli_env).returncode == 0
    listed = json.loads(run_cli(["corrections", "list", "--format", "json"], cli_env).stdout)
    assert [(d["action"], d["target"], d["changes"]) for d in listed] == [
        ("merge", "skerry-ai", "name=Skerry Cloud")]
    assert {k: (r["f"], r["t"]) for k, r in stored(cli_env).items()} == {
        "compute_purchase": ("Halvard Motors", "Skerry Cloud"), "investment": ("Skerry Cloud", "Halvard Motors")}
    file = tmp_path / "corrections.json"
    assert run_cli(["corrections", "export", str(file)], cli_env).returncode == 0
    assert run_cli(["corrections", "import", str(file)], cli_env).stdout.strip().endswith("0 new, 1 already here")

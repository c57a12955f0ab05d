"""What the analysis commands hand an analyst (CSV tables that load as numbers,
NDJSON), and what commands say when a name is unknown or data changed; each
against both engines through the real CLI."""
import io
import json

import pandas as pd
import pytest

from tests.conftest import cli_store, run_cli
from tests.graph.facts import article, deal

# Four companies. Loops, paying hops only: Arc -> Bolt -> Arc (its smaller hop an "up to"
# $2B), Arc -> Cell -> Arc ($1B) and Arc -> Bolt -> Cell -> Arc ($1B); Dune only pays.
DEALS = [
    deal("investment", "Arc", "Bolt", 2e9, upper=True, date="2025-02-10"),
    deal("hardware_purchase", "Bolt", "Arc", 4e9, date="2025-03-05"),
    deal("compute_purchase", "Arc", "Cell", 2e9),                        # dated by its article
    deal("investment", "Cell", "Arc", 1e9, date="2025-04-01"),
    deal("compute_purchase", "Bolt", "Cell", 6e9, date="2025-05-20"),
    deal("compute_purchase", "Dune", "Cell"),                            # no figure stated
    deal("investment", "Dune", "Arc", 3e9, date="2025-01-15"),
    deal("investment", "Dune", "Bolt", 2e9, date="2025-01-20"),
]


@pytest.fixture
def deals_env(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles([article("a1", DEALS, published="2025-06-01")])
    return cli_env


def kinds(frame: pd.DataFrame) -> dict[str, str]:
    """Each column's kind of value: i (integers), f (floats), b (booleans), M (dates), O (text)."""
    return {c: t.kind for c, t in frame.dtypes.items()}


def ok(args, env, **kw):
    out = run_cli(args, env, **kw)
    assert out.returncode == 0, out.stderr
    return out


def one_line_error(args, env) -> str:
    out = run_cli(args, env)
    assert out.returncode == 2 and out.stdout == "", (out.returncode, out.stdout)
    [line] = out.stderr.strip().splitlines()
    return line


def test_loops_csv_folder_loads_as_numbers_and_dates(deals_env, tmp_path):
    ok(["loops", "--out", str(tmp_path / "loops")], deals_env)
    assert sorted(p.name for p in (tmp_path / "loops").iterdir()) == ["counts.csv", "hops.csv", "loops.csv",
                                                                    "summary.csv"]
    loops = pd.read_csv(tmp_path / "loops" / "loops.csv")
    assert kinds(loops) == {"rank": "i", "loop": "O", "companies": "i", "amount_usd": "f", "upper_bound_usd": "f",
                            "hops_without_amount": "i"}
    assert loops.values.tolist() == [[1, "Arc → Bolt → Arc", 2, 2e9, 2e9, 0],
                                     [2, "Arc → Cell → Arc", 2, 1e9, 0.0, 0],
                                     [3, "Arc → Bolt → Cell → Arc", 3, 1e9, 0.0, 0]]
    hops = pd.read_csv(tmp_path / "loops" / "hops.csv", parse_dates=["first_date", "last_date"])
    assert kinds(hops) == {"rank": "i", "hop": "i", "from": "O", "to": "O", "kinds": "O", "amount_usd": "f",
                           "upper_bound_usd": "f", "commitments_without_amount": "i", "first_date": "M",
                           "last_date": "M", "commitment_ids": "O"}
    assert hops[["rank", "hop", "from", "to", "kinds", "amount_usd", "upper_bound_usd"]].values.tolist() == [
        [1, 1, "Arc", "Bolt", "investment", 2e9, 2e9], [1, 2, "Bolt", "Arc", "hardware_purchase", 4e9, 0.0],
        [2, 1, "Arc", "Cell", "compute_purchase", 2e9, 0.0], [2, 2, "Cell", "Arc", "investment", 1e9, 0.0],
        [3, 1, "Arc", "Bolt", "investment", 2e9, 2e9], [3, 2, "Bolt", "Cell", "compute_purchase", 6e9, 0.0],
        [3, 3, "Cell", "Arc", "investment", 1e9, 0.0]]
    assert [d.date().isoformat() for d in hops["first_date"][:4]] == ["2025-02-10", "2025-03-05", "2025-06-01",
                                                                     "2025-04-01"]
    counts = pd.read_csv(tmp_path / "loops" / "counts.csv")
    assert counts.values.tolist() == [[2, 2, True], [3, 1, True], [4, 0, True]]
    assert kinds(counts) == {"length": "i", "loops": "i", "exact": "b"}
    # one table on stdout, picked by --table; with --company the summary carries its returning share
    summary = pd.read_csv(io.StringIO(ok(["loops", "--company", "arc", "--table", "summary"], deals_env).stdout))
    assert summary.iloc[0].to_dict() == {"shown": 3, "loops": 3, "exact": True, "loops_without_amount": 0,
                                         "company": "Arc", "inbound_usd": 8e9, "returning_usd": 5e9,
                                         "returning_share_fraction": 0.625}
    stdout = ok(["loops", "--format", "csv"], deals_env).stdout
    assert stdout.splitlines()[0] == "rank,loop,companies,amount_usd,upper_bound_usd,hops_without_amount"


def test_exclude_upper_bounds_keeps_every_loop_and_counts_firm_figures(deals_env):
    firm = pd.read_csv(io.StringIO(ok(["loops", "--exclude-upper-bounds", "--format", "csv"], deals_env).stdout))
    # the "up to" $2B hop has no firm figure: its two loops stay, ranked after the one with a firm amount
    assert firm[["loop", "amount_usd", "hops_without_amount"]].fillna(-1).values.tolist() == [
        ["Arc → Cell → Arc", 1e9, 0], ["Arc → Bolt → Arc", -1, 1], ["Arc → Bolt → Cell → Arc", -1, 1]]
    table = " ".join(ok(["loops", "--exclude-upper-bounds"], deals_env).stdout.split())
    assert "showing the 3 largest of 3 loop(s)" in table
    assert "2 of them have a hop without a stated firm amount ('up to' figures left out); they rank last." in table
    assert "leave 'up to' figures out of the amounts" in " ".join(ok(["loops", "--help"], deals_env).stdout.split())


def test_loops_ndjson_is_one_loop_per_line(deals_env):
    out = ok(["loops", "--format", "ndjson", "--limit", "2"], deals_env)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(d["rank"], d["companies"], d["amount_usd"], d["upper_bound_usd"]) for d in lines] == [
        (1, ["Arc", "Bolt"], 2e9, 2e9), (2, ["Arc", "Cell"], 1e9, 0.0)]
    assert [(e["from"], e["first_date"], e["last_date"]) for e in lines[1]["edges"]] == [
        ("Arc", "2025-06-01", "2025-06-01"), ("Cell", "2025-04-01", "2025-04-01")]
    assert out.stderr.strip() == "showing the 2 largest of 3 loop(s)"


def test_concentration_csv_tables_load_as_numbers(deals_env, tmp_path):
    ok(["concentration", "--out", str(tmp_path / "c")], deals_env)
    by_company = pd.read_csv(tmp_path / "c" / "by_company.csv")
    assert kinds(by_company) == {"category": "O", "company": "O", "hhi": "f", "band": "O", "top_counterparty": "O",
                                 "top_share_fraction": "f", "counterparties": "i", "committed_usd": "f",
                                 "commitments_without_amount": "i"}
    assert by_company.astype(object).fillna("-").values.tolist() == [
        ["compute", "Bolt", 10000.0, "highly concentrated", "Cell", 1.0, 1, 6e9, 0],
        ["compute", "Arc", 10000.0, "highly concentrated", "Cell", 1.0, 1, 2e9, 0],
        ["compute", "Dune", "-", "-", "-", "-", 1, 0.0, 1],
        ["chips", "Bolt", 10000.0, "highly concentrated", "Arc", 1.0, 1, 4e9, 0],
        ["capital", "Arc", 6250.0, "highly concentrated", "Dune", 0.75, 2, 4e9, 0],
        ["capital", "Bolt", 5000.0, "highly concentrated", "Arc", 0.5, 2, 4e9, 0]]
    markets = pd.read_csv(tmp_path / "c" / "markets.csv")
    assert kinds(markets) == {"category": "O", "role": "O", "total_usd": "f", "hhi": "f", "band": "O",
                              "providers": "i", "commitments_without_amount": "i"}
    assert markets.values.tolist() == [["compute", "provider", 8e9, 10000.0, "highly concentrated", 1, 1],
                                       ["chips", "provider", 4e9, 10000.0, "highly concentrated", 1, 0],
                                       ["capital", "investor", 8e9, 4687.5, "highly concentrated", 3, 0]]
    shares = pd.read_csv(io.StringIO(ok(["concentration", "--category", "capital", "--table", "market_shares"],
                                        deals_env).stdout))
    assert shares.values.tolist() == [["capital", "investor", "Dune", 5e9, 0.625],
                                      ["capital", "investor", "Arc", 2e9, 0.25],
                                      ["capital", "investor", "Cell", 1e9, 0.125]]
    stdout = ok(["concentration", "--format", "csv", "--company", "BOLT"], deals_env).stdout
    assert [line.split(",")[:2] for line in stdout.splitlines()] == [
        ["category", "company"], ["compute", "Bolt"], ["chips", "Bolt"], ["capital", "Bolt"]]


def test_unknown_names_get_one_line_with_the_nearest(deals_env):
    assert one_line_error(["loops", "--company", "Bolte"], deals_env) == "error: unknown company 'Bolte'; nearest: Bolt"
    assert one_line_error(["concentration", "--company", "Zed"], deals_env) == \
        "error: unknown company 'Zed'; choose from Arc, Bolt, Cell, Dune"
    assert one_line_error(["loops", "--kind", "investmnt"], deals_env) == \
        "error: unknown kind 'investmnt'; nearest: investment"
    assert one_line_error(["concentration", "--category", "comptue"], deals_env) == \
        "error: unknown category 'comptue'; nearest: compute"
    assert one_line_error(["entities", "list", "--type", "Compny"], deals_env) == \
        "error: unknown entity type 'Compny'; nearest: Company"
    assert one_line_error(["loops", "--format", "xml"], deals_env) == \
        "error: unknown format 'xml'; choose from table, json, ndjson, csv"
    assert one_line_error(["loops", "--table", "hopz"], deals_env) == "error: unknown table 'hopz'; nearest: hops"
    assert one_line_error(["loops", "--format", "json", "--table", "hops"], deals_env) == \
        "error: --table goes with --format csv (one CSV file per table)"
    merge = run_cli(["entities", "merge", "Bolte", "Arc"], deals_env)
    assert (merge.returncode, merge.stderr.strip()) == (1, "error: no Company named 'Bolte' in the graph; nearest: Bolt")
    # a name that differs only in case is the stored company
    assert "Company │ Dune" in ok(["entities", "list", "--type", "company"], deals_env).stdout


WRITE = "CREATE (:Company {id: 'zeta', name: 'Zeta'})-[:COMMITS]->(:Commitment {id: 'c9', kind: 'investment'})"


def test_query_write_says_what_changed(cli_env):
    out = ok(["query", WRITE, "--write"], cli_env)
    assert out.stdout.strip() == ("changed: nodes created 2, nodes deleted 0, relationships created 1, "
                                  "relationships deleted 0, properties set 4")
    out = ok(["query", "MATCH (c:Commitment {id: 'c9'}) SET c.note = 'checked' RETURN c.id AS id", "--write",
              "--format", "json"], cli_env)
    assert json.loads(out.stdout) == [{"id": "c9"}]  # stdout stays JSON; the counters go to stderr
    assert out.stderr.strip() == ("changed: nodes created 0, nodes deleted 0, relationships created 0, "
                                  "relationships deleted 0, properties set 1")
    out = ok(["query", "MATCH (c:Company {id: 'zeta'}) DETACH DELETE c", "--write"], cli_env)
    assert out.stdout.strip() == ("changed: nodes created 0, nodes deleted 1, relationships created 0, "
                                  "relationships deleted 1, properties set 0")


def test_reset_says_what_it_deletes_and_keeps_merge_rules(deals_env):
    ok(["entities", "merge", "Arc", "Arc Labs"], deals_env)  # a rule for later ingests
    declined = ok(["db", "reset"], deals_env, input="n\n")
    assert "1 article(s), 8 commitment(s) and every entity" in " ".join(declined.stdout.split())
    assert "keeping the 1 merge rule(s)" in " ".join(declined.stdout.split())
    assert declined.stdout.strip().endswith("nothing deleted")
    kept = ok(["db", "reset", "--yes"], deals_env)
    assert kept.stdout.strip().endswith("; kept 1 merge rule(s); kept 1 decision(s)")  # the merge, recorded
    stats = json.loads(ok(["db", "stats", "--format", "json"], deals_env).stdout)
    assert (stats["nodes"]["Company"], stats["nodes"]["AliasRule"]) == (0, 1)
    everything = ok(["db", "reset", "--yes", "--with-merge-rules"], deals_env)
    assert everything.stdout.startswith("deleted 0 nodes, 0 relationships and 1 merge rule(s) from ")
    assert json.loads(ok(["db", "stats", "--format", "json"], deals_env).stdout)["nodes"]["AliasRule"] == 0



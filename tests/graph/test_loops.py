"""Loops found by thresholding and bounded search equal full enumeration then sorting.

The reference below builds the hops straight from the commitments, lists every
simple cycle with networkx and sorts them; the module under test never lists
them all. Hypothesis draws many small graphs with tied and missing amounts.
"""
import json
from collections import Counter, defaultdict

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.flow import build_flow_graph
from graph.loops import count_loops, find_loops, loop_report, returning_shares

PAYMENTS = ("investment", "compute_purchase", "hardware_purchase", "acquisition")
TIES = ("partnership", "distribution")
NAMES = ["Arc", "Bolt", "Cell", "Dyn", "Echo", "Flux", "Gale"]


def deal(n, kind, a, b, amount=None, upper=False):
    return {"id": f"d{n}", "kind": kind, "from_name": a, "to_name": b, "amount_usd": amount,
            "upper_bound": upper, "status": "announced", "date": "2025-06-01", "sources": []}


def reference(rows, max_length, company=None, with_ties=False):
    """Every loop, by brute force: (companies from the alphabetically first, amount or None), ranked."""
    hops, paid = defaultdict(list), defaultdict(float)
    for c in rows:
        a, b, kind, amount = c["from_name"], c["to_name"], c["kind"], c["amount_usd"]
        if a == b or (kind not in PAYMENTS and not with_ties):
            continue
        if kind in PAYMENTS or (kind == "distribution" and amount is not None):
            payer, payee = (a, b) if kind in PAYMENTS else (b, a)
            hops[payer, payee].append(c["id"])
            paid[payer, payee] += amount or 0.0
        else:
            hops[a, b].append(c["id"])
            hops[b, a].append(c["id"])
    out = []
    for cycle in nx.simple_cycles(nx.DiGraph(list(hops)), length_bound=max_length):
        pairs = list(zip(cycle, cycle[1:] + cycle[:1]))
        if len(cycle) < 2 or (company and company not in cycle):
            continue
        if len(cycle) == 2 and len(set(hops[pairs[0]]) | set(hops[pairs[1]])) == 1:
            continue  # one partnership is not money going there and back
        amounts = [paid[p] for p in pairs]
        amount = min(amounts) if all(x > 0 for x in amounts) else None
        i = cycle.index(min(cycle))
        out.append((cycle[i:] + cycle[:i], amount))
    return sorted(out, key=lambda l: (-(l[1] or 0), len(l[0]), l[0]))


amounts = st.sampled_from([None, 1e9, 2e9, 2e9, 3e9, 5e9])
rows_strategy = st.lists(st.tuples(st.sampled_from(PAYMENTS + TIES), st.sampled_from(NAMES),
                                   st.sampled_from(NAMES), amounts, st.booleans()), max_size=30).map(
    lambda ts: [deal(n, *t) for n, t in enumerate(ts)])
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(rows=rows_strategy, k=st.integers(1, 12), max_length=st.integers(2, 6), with_ties=st.booleans())
def test_largest_loops_equal_full_enumeration_sorted(rows, k, max_length, with_ties):
    got = find_loops(build_flow_graph(rows), max_length, limit=k, with_ties=with_ties)
    assert [(l.companies, l.amount_usd) for l in got] == reference(rows, max_length, with_ties=with_ties)[:k]


@SETTINGS
@given(rows=rows_strategy, k=st.integers(1, 12), max_length=st.integers(2, 6), with_ties=st.booleans(),
       company=st.sampled_from(NAMES))
def test_a_companys_loops_equal_full_enumeration_sorted(rows, k, max_length, with_ties, company):
    got = find_loops(build_flow_graph(rows), max_length, company, limit=k, with_ties=with_ties)
    assert [(l.companies, l.amount_usd) for l in got] == reference(rows, max_length, company, with_ties)[:k]


@SETTINGS
@given(rows=rows_strategy, max_length=st.integers(2, 6), with_ties=st.booleans(),
       company=st.sampled_from([None, *NAMES]))
def test_counts_equal_full_enumeration(rows, max_length, with_ties, company):
    every = reference(rows, max_length, company, with_ties)
    count = count_loops(build_flow_graph(rows), max_length, company, with_ties, seconds=60)
    lengths = Counter(len(c) for c, _ in every)
    assert count.exact and count.by_length == {n: lengths[n] for n in range(2, max_length + 1)}
    assert count.without_amount == sum(1 for _, a in every if a is None)


def test_unknown_amounts_rank_after_every_figure_and_are_counted():
    rows = [deal(1, "investment", "Arc", "Bolt", 9e9), deal(2, "compute_purchase", "Bolt", "Arc"),
            deal(3, "investment", "Cell", "Dyn", 1e6), deal(4, "hardware_purchase", "Dyn", "Cell", 2e6)]
    g = build_flow_graph(rows)
    assert [(l.companies, l.amount_usd) for l in find_loops(g)] == [(["Cell", "Dyn"], 1e6), (["Arc", "Bolt"], None)]
    assert [l.companies for l in find_loops(g, limit=1)] == [["Cell", "Dyn"]]
    count = count_loops(g)
    assert (count.total, count.without_amount, count.said()) == (2, 1, "2")


def test_ties_only_when_asked_and_one_partnership_is_no_loop():
    rows = [deal(1, "investment", "Arc", "Bolt", 4e9), deal(2, "partnership", "Arc", "Bolt"),
            deal(3, "partnership", "Cell", "Dyn"), deal(4, "distribution", "Bolt", "Cell", 1e9),
            deal(5, "investment", "Bolt", "Cell", 2e9)]
    g = build_flow_graph(rows)
    assert find_loops(g) == []
    # with ties: Arc-Bolt (investment one way, partnership back) and Bolt-Cell (investment one
    # way, the distributor Cell paying Bolt back); Cell-Dyn is one partnership only
    got = [(l.companies, l.amount_usd, [h["kinds"] for h in l.edges]) for l in find_loops(g, with_ties=True)]
    assert got == [(["Bolt", "Cell"], 1e9, [["investment"], ["distribution"]]),
                   (["Arc", "Bolt"], None, [["investment", "partnership"], ["partnership"]])]
    assert count_loops(g, with_ties=True).by_length == {2: 2, 3: 0, 4: 0}


def test_a_count_cut_short_says_at_least():
    rows = [deal(1, "investment", "Arc", "Bolt", 1e9), deal(2, "investment", "Bolt", "Arc", 1e9),
            deal(3, "investment", "Bolt", "Cell", 1e9), deal(4, "investment", "Cell", "Dyn", 1e9),
            deal(5, "investment", "Dyn", "Arc", 1e9)]
    full = count_loops(build_flow_graph(rows))
    assert (full.by_length, full.exact, full.said()) == ({2: 1, 3: 0, 4: 1}, True, "2")
    cut = count_loops(build_flow_graph(rows), seconds=-1)
    assert (cut.by_length[2], cut.at_least, cut.without_amount) == (1, {3, 4}, None)
    assert cut.said().startswith("at least ")


def test_report_says_how_many_it_shows_of_how_many():
    rows = [deal(n, "investment", a, b, (n + 1) * 1e9) for n, (a, b) in enumerate(
        [("Arc", "Bolt"), ("Bolt", "Arc"), ("Arc", "Cell"), ("Cell", "Arc"), ("Bolt", "Cell"), ("Cell", "Bolt")])]
    report = loop_report(build_flow_graph(rows), limit=2)
    # hops Arc>Bolt 1, Bolt>Arc 2, Arc>Cell 3, Cell>Arc 4, Bolt>Cell 5, Cell>Bolt 6 ($B): two-company
    # loops Arc-Bolt 1, Arc-Cell 3, Bolt-Cell 5; three-company Arc>Bolt>Cell 1, Arc>Cell>Bolt 2
    assert [(l.companies, l.amount_usd) for l in report.loops] == [(["Bolt", "Cell"], 5e9), (["Arc", "Cell"], 3e9)]
    assert report.said() == "showing the 2 largest of 5 loop(s)"
    assert report.as_dict()["count"]["by_length"] == {"2": {"loops": 3, "exact": True}, "3": {"loops": 2, "exact": True},
                                                     "4": {"loops": 0, "exact": True}}


def test_limits_are_checked():
    g = build_flow_graph([deal(1, "investment", "Arc", "Bolt", 1e9)])
    with pytest.raises(ValueError, match="--limit"):
        find_loops(g, limit=0)
    with pytest.raises(ValueError, match="--max-length"):
        count_loops(g, max_length=1)


def test_returning_share_per_company_counts_payments_only():
    rows = [deal(1, "investment", "Arc", "Bolt", 100e9), deal(2, "hardware_purchase", "Bolt", "Arc", 40e9),
            deal(3, "hardware_purchase", "Cell", "Arc", 60e9), deal(4, "distribution", "Arc", "Cell", 5e9)]
    shares = {s["company"]: (s["inbound_usd"], s["returning_usd"], s["returning_share"])
              for s in returning_shares(build_flow_graph(rows))}
    assert shares == {"Arc": (100e9, 40e9, 0.4), "Bolt": (100e9, 100e9, 1.0)}


def test_cli_shows_the_largest_of_how_many_and_a_companys_returning_share(cli_env):
    from tests.conftest import cli_store, run_cli
    from tests.graph.facts import article, deal as stored

    s = cli_store(cli_env)
    s.write_articles([article("a1", [stored("investment", "Arc", "Bolt", 7e9), stored("hardware_purchase", "Bolt", "Arc", 3e9),
                                     stored("compute_purchase", "Arc", "Cell", 2e9), stored("investment", "Cell", "Arc", 1e9),
                                     stored("partnership", "Bolt", "Cell")], published="2025-06-01")])
    s.close()
    out = run_cli(["loops", "--limit", "1", "--format", "json"], cli_env)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert [(l["companies"], l["amount_usd"]) for l in doc["loops"]] == [(["Arc", "Bolt"], 3e9)]
    assert (doc["shown"], doc["count"]["total"], doc["count"]["exact"]) == (1, 2, True)
    table = run_cli(["loops", "--limit", "1", "--company", "Arc"], cli_env)
    text = " ".join(table.stdout.split())
    assert "showing the 1 largest of 2 loop(s) through Arc" in text
    assert "Arc: inbound $4B, of which $4B comes from companies it pays (100%)" in text
    # with the partnership as a hop both ways: Arc>Bolt>Cell and Arc>Cell>Bolt, neither with a figure
    ties = json.loads(run_cli(["loops", "--include-ties", "--format", "json"], cli_env).stdout)
    assert ties["count"] == {"total": 4, "exact": True, "without_amount": 2, "by_length": {
        "2": {"loops": 2, "exact": True}, "3": {"loops": 2, "exact": True}, "4": {"loops": 0, "exact": True}}}
    rushed = run_cli(["loops", "--count-seconds", "0"], cli_env)
    assert "showing the 2 largest of at least 2 loop(s)" in " ".join(rushed.stdout.split())
    assert "Counting stopped at its time limit: the total is a lower bound." in rushed.stdout
    bad = run_cli(["loops", "--limit", "0"], cli_env)
    assert (bad.returncode, bad.stderr.strip()) == (2, "error: --limit must be 1 or more")

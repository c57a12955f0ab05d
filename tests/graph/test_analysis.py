"""Loops and concentration against values worked out by hand."""
import pytest

from graph.concentration import band, company_concentration, hhi, market_concentration
from graph.flow import FlowFilter, build_flow_graph
from graph.loops import company_view, find_loops

_n = iter(range(10_000))


def c(kind, a, b, amount=None, upper=False, status="announced", date="2025-06-01"):
    return {"id": f"c{next(_n)}", "kind": kind, "from_name": a, "to_name": b, "amount_usd": amount,
            "upper_bound": upper, "status": status, "date": date, "sources": []}


def loops_of(rows, **kw):
    return [(l.companies, l.amount_usd, l.upper_bound_usd) for l in find_loops(build_flow_graph(rows), **kw)]


def test_two_company_loop_amount_is_the_smaller_edge():
    rows = [c("investment", "NVIDIA", "OpenAI", 100e9, upper=True), c("hardware_purchase", "OpenAI", "NVIDIA", 40e9)]
    assert loops_of(rows) == [(["NVIDIA", "OpenAI"], 40e9, 0.0)]


def test_upper_bound_share_and_three_company_loop():
    rows = [c("investment", "NVIDIA", "Anthropic", 10e9, upper=True),
            c("compute_purchase", "Anthropic", "Microsoft", 30e9),
            c("hardware_purchase", "Microsoft", "NVIDIA", 20e9)]
    assert loops_of(rows) == [(["Anthropic", "Microsoft", "NVIDIA"], 10e9, 10e9)]


def test_company_in_several_loops_and_ranking_with_ties():
    rows = [c("investment", "A", "B", 5e9), c("compute_purchase", "B", "A", 5e9),
            c("investment", "A", "C", 5e9), c("hardware_purchase", "C", "A", 5e9),
            c("investment", "D", "E", 9e9), c("compute_purchase", "E", "D", 1e9)]
    got = loops_of(rows)
    assert got[:2] == [(["A", "B"], 5e9, 0.0), (["A", "C"], 5e9, 0.0)]  # tie broken by name
    assert got[2] == (["D", "E"], 1e9, 0.0)
    assert [l[0] for l in loops_of(rows, company="A")] == [["A", "B"], ["A", "C"]]


def test_missing_amounts_leave_the_loop_without_figure_but_found():
    rows = [c("investment", "Google", "Anthropic", 3e9), c("compute_purchase", "Anthropic", "Google")]
    [loop] = find_loops(build_flow_graph(rows))
    assert loop.amount_usd is None and loop.missing_amounts == 1


def test_partnerships_are_not_money_and_max_length_bounds():
    rows = [c("partnership", "A", "B"), c("investment", "A", "B", 1e9), c("investment", "B", "C", 1e9),
            c("investment", "C", "D", 1e9), c("investment", "D", "A", 1e9)]
    assert loops_of(rows, max_length=3) == []
    assert loops_of(rows, max_length=4) == [(["A", "B", "C", "D"], 1e9, 0.0)]
    with pytest.raises(ValueError):
        find_loops(build_flow_graph(rows), max_length=1)


def test_self_loops_are_refused():
    rows = [c("investment", "A", "A", 1e9)]
    assert build_flow_graph(rows).number_of_edges() == 0


def test_filters_apply_before_metrics():
    rows = [c("investment", "A", "B", 5e9, date="2024-01-01"), c("compute_purchase", "B", "A", 5e9, status="rumoured")]
    assert loops_of(rows) == []
    g = build_flow_graph(rows, FlowFilter(include_rumoured=True))
    assert len(find_loops(g)) == 1
    assert find_loops(build_flow_graph(rows, FlowFilter(include_rumoured=True, since="2025-01-01"))) == []


def test_returning_share():
    rows = [c("investment", "NVIDIA", "OpenAI", 100e9), c("hardware_purchase", "OpenAI", "NVIDIA", 40e9),
            c("hardware_purchase", "Meta", "NVIDIA", 60e9)]
    view = company_view(build_flow_graph(rows), "NVIDIA")
    assert view["inbound_usd"] == 100e9 and view["returning_usd"] == 40e9
    assert view["returning_share"] == pytest.approx(0.4)


def test_hhi_by_hand():
    # shares 60/30/10 -> 3600 + 900 + 100 = 4600
    assert hhi([6, 3, 1]) == pytest.approx(4600)
    assert hhi([1, 1]) == pytest.approx(5000) and hhi([]) is None
    assert band(1499) == "unconcentrated" and band(1500) == "moderately concentrated"
    assert band(2500) == "moderately concentrated" and band(2501) == "highly concentrated"


def test_company_concentration_counts_missing_amounts_apart():
    rows = [c("compute_purchase", "OpenAI", "Oracle", 300e9), c("compute_purchase", "OpenAI", "Microsoft", 250e9),
            c("compute_purchase", "OpenAI", "CoreWeave", 50e9), c("compute_purchase", "OpenAI", "Google"),
            c("compute_purchase", "Anthropic", "Amazon", 10e9)]
    deps = {d.company: d for d in company_concentration(rows, "compute")}
    o = deps["OpenAI"]
    # 300/600 = 50%, 250/600 = 41.67%, 50/600 = 8.33% -> 2500 + 1736.1 + 69.4
    assert o.hhi == pytest.approx(4305.56, abs=0.1) and o.top_counterparty == "Oracle"
    assert o.top_share == pytest.approx(0.5) and o.counterparties == 4 and o.missing_amounts == 1
    assert deps["Anthropic"].hhi == pytest.approx(10_000)


def test_capital_is_seen_from_the_investee_and_market_shares():
    rows = [c("investment", "Amazon", "Anthropic", 8e9), c("investment", "Google", "Anthropic", 2e9),
            c("investment", "Microsoft", "OpenAI", 10e9)]
    [a] = company_concentration(rows, "capital", company="Anthropic")
    assert a.top_counterparty == "Amazon" and a.hhi == pytest.approx(80 ** 2 + 20 ** 2)
    m = market_concentration(rows, "capital")
    assert [s["provider"] for s in m["shares"]] == ["Microsoft", "Amazon", "Google"]
    assert m["hhi"] == pytest.approx(50 ** 2 + 40 ** 2 + 10 ** 2)

"""Money paths between two companies, on graphs read back from both real engines."""
from graph.flow import FlowFilter, build_flow_graph
from graph.paths import largest_path, money_paths, shortest_path
from tests.graph.facts import article, deal


def _graph(store, flt=None):
    store.write_articles([article("p1", [
        deal("investment", "Fund", "Lab", 9e9), deal("compute_purchase", "Lab", "Cloud", 4e9),
        deal("investment", "Fund", "Cloud", 1e9), deal("hardware_purchase", "Cloud", "Chip", 2e9),
        deal("partnership", "Lab", "Chip"), deal("investment", "Fund", "Chip"), deal("partnership", "Fund", "Lab"),
        deal("distribution", "Model", "Portal", 3e9)], published="2025-03-01")])
    return build_flow_graph(store.commitments(), flt)


def test_shortest_and_largest_paths_follow_payments_only(store):
    g = _graph(store)
    found = money_paths(g, "Fund", "Chip")
    # the direct investment states no amount: fewest hops, but nothing known flows on it
    assert (found["shortest"].companies, found["shortest"].amount_usd) == (["Fund", "Chip"], None)
    largest = found["largest"]
    assert (largest.companies, largest.amount_usd) == (["Fund", "Lab", "Cloud", "Chip"], 2e9)
    assert [(h["from"], h["to"], h["kinds"], h["amount_usd"], len(h["commitments"])) for h in largest.hops] == [
        ("Fund", "Lab", ["investment"], 9e9, 1), ("Lab", "Cloud", ["compute_purchase"], 4e9, 1),
        ("Cloud", "Chip", ["hardware_purchase"], 2e9, 1)]
    # the partnership Fund-Lab beside the investment is not behind the hop; Lab-Chip is no hop at all;
    # a distributor pays the model's provider
    assert shortest_path(g, "Lab", "Chip").companies == ["Lab", "Cloud", "Chip"]
    assert shortest_path(g, "Portal", "Model").amount_usd == 3e9
    assert money_paths(g, "Model", "Portal") == {"shortest": None, "largest": None}
    assert money_paths(g, "Chip", "Fund") == {"shortest": None, "largest": None}
    assert money_paths(g, "Fund", "Nobody") == {"shortest": None, "largest": None}


def test_hop_limit_and_filters_bound_the_paths(store):
    g = _graph(store)
    two = largest_path(g, "Fund", "Chip", max_hops=2)     # the wide route takes three hops
    assert (two.companies, two.amount_usd) == (["Fund", "Cloud", "Chip"], 1e9)
    assert largest_path(g, "Fund", "Chip", max_hops=1) is None     # the direct hop states no amount
    assert largest_path(g, "Fund", "Cloud", max_hops=1).companies == ["Fund", "Cloud"]
    assert largest_path(g, "Fund", "Cloud").amount_usd == 4e9
    over_3b = build_flow_graph(store.commitments(), FlowFilter(min_amount=3e9))
    assert money_paths(over_3b, "Fund", "Chip") == {"shortest": None, "largest": None}
    assert shortest_path(over_3b, "Fund", "Cloud").companies == ["Fund", "Lab", "Cloud"]

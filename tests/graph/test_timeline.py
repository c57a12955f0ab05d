"""The timeline's figures (graph/timeline.py) on a small stored graph, on both engines: counts per
month and kind, undated deals counted apart, money added up per payer month by month."""
from graph.flow import FlowFilter
from graph.timeline import MonthlyKinds, cumulative_money, month_bounds, monthly_kinds
from tests.graph.facts import article, deal


def small_graph(store) -> list[dict]:
    """Six dated deals over January to March 2025 (one dated by itself, not by its article),
    one undated acquisition and one rumoured investment."""
    store.write_articles([
        article("t1", [deal("investment", "Arc", "Bolt", 2e9), deal("compute_purchase", "Bolt", "Cirrus", 1e9)],
                published="2025-01-15"),
        article("t2", [deal("investment", "Arc", "Cirrus", 3e9), deal("partnership", "Bolt", "Dune"),
                       deal("hardware_purchase", "Cirrus", "Ember")], published="2025-03-02"),
        article("t3", [deal("acquisition", "Dune", "Ember", 5e8)]),
        article("t4", [deal("investment", "Arc", "Dune", 1e9, date="2025-02-10")], published="2024-12-20"),
        article("t5", [deal("investment", "Ember", "Arc", 9e9, status="rumoured")], published="2025-03-05"),
    ])
    return store.commitments()


def test_counts_per_month_and_kind_with_undated_apart(store):
    rows = small_graph(store)
    by = monthly_kinds(rows)
    assert by.months == ["2025-01", "2025-02", "2025-03"]
    assert by.counts == {"investment": [1, 1, 1], "compute_purchase": [1, 0, 0], "hardware_purchase": [0, 0, 1],
                         "partnership": [0, 0, 1]}
    assert (by.dated, by.undated, by.total("2025-03")) == (6, 1, 3)
    # the rumoured investment joins March when rumours are asked for
    assert monthly_kinds(rows, FlowFilter(include_rumoured=True)).counts["investment"] == [1, 1, 2]
    # one kind only: its months alone, the undated acquisition still counted apart
    assert monthly_kinds(rows, FlowFilter(kinds={"acquisition"})) == MonthlyKinds([], {}, undated=1, dated=0)


def test_money_adds_up_per_payer_month_by_month(store):
    rows = small_graph(store)
    money = cumulative_money(rows)
    assert money.months == ["2025-01", "2025-02", "2025-03"]
    assert [(c.company, c.cumulative_usd, c.total_usd) for c in money.companies] == [
        ("Arc", [2e9, 3e9, 6e9], 6e9), ("Bolt", [1e9, 1e9, 1e9], 1e9)]
    # Dune's $0.5B acquisition has no date; Cirrus's hardware purchase states no amount
    assert (money.other_companies, money.undated_usd, money.without_amount) == (0, 5e8, 1)
    top = cumulative_money(rows, top=1)
    assert [c.company for c in top.companies] == ["Arc"] and top.other_companies == 1
    # at least $2B each: Arc's January and March investments only
    big = cumulative_money(rows, FlowFilter(min_amount=2e9))
    assert [(c.company, c.cumulative_usd) for c in big.companies] == [("Arc", [2e9, 2e9, 5e9])]


def test_a_picked_period_covers_whole_months():
    assert month_bounds("2025-01", "2025-03") == ("2025-01-01", "2025-03-31")
    assert month_bounds("2024-12", "2024-12") == ("2024-12-01", "2024-12-31")

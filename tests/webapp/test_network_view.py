"""What the network draws, from a real store (no browser): merged lines, kept positions,
what the filters hid, unknown names."""
from tests.graph.facts import article, deal
from webapp.data import Data
from webapp.network_view import network_view, suggest
from webapp.state import parse_state


def positions(view):
    return {e["data"]["company"]: (e["position"]["x"], e["position"]["y"]) for e in view.elements
            if "source" not in e["data"]}


def test_parallel_deals_share_one_line_and_positions_survive_a_new_company(falkor_store):
    falkor_store.write_articles([article("n1", [
        deal("investment", "Arc", "Bolt", 6e9), deal("investment", "Arc", "Bolt", 5e7, date="2024-01-05"),
        deal("compute_purchase", "Bolt", "Cell", 1e9), deal("partnership", "Cell", "Arc", date="2025-01-01"),
        deal("partnership", "Arc", "Cell", date="2023-02-01")], published="2025-03-01")])
    data = Data(falkor_store)
    view = network_view(data, parse_state(""))
    lines = {e["data"]["id"]: (e["data"]["count"], e["data"]["label"], e["data"]["missing"]) for e in view.elements
             if "source" in e["data"]}
    # two separate investments (years apart) share a line with their sum; the partnership both ways round too
    assert lines == {"l:Arc|Bolt|investment": (2, "$6.05B ×2", 0), "l:Bolt|Cell|compute_purchase": (1, "$1B", 0),
                     "l:Arc|Cell|partnership": (2, "×2", 2)}
    sizes = {e["data"]["company"]: e["data"]["size"] for e in view.elements if "source" not in e["data"]}
    assert sizes["Bolt"] == 48 and sizes["Cell"] < sizes["Arc"] < 48   # Bolt: $6.05B in and $1B out
    before = positions(view)
    falkor_store.write_articles([article("n3", [deal("hardware_purchase", "Dune", "Arc", 2e9)])])
    data.invalidate()
    after = positions(network_view(data, parse_state("")))
    assert set(after) == {"Arc", "Bolt", "Cell", "Dune"}
    assert {k: after[k] for k in before} == before


def test_filters_say_what_they_hid_and_unknown_names_get_suggestions(falkor_store):
    falkor_store.write_articles([article("h1", [
        deal("investment", "Arc", "Bolt", 6e9), deal("investment", "Arc", "Cell", 1e9),
        deal("acquisition", "Bolt", "Cell", None)], published="2025-03-01")])
    data = Data(falkor_store)
    view = network_view(data, parse_state("?kinds=investment&min=2"))
    assert (view.stored, view.matching, view.drawn_links, view.hidden) == (
        3, 1, 1, {"of other kinds": 1, "under $2B or without an amount": 1})
    unknown = network_view(data, parse_state("?company=Bollt"))
    assert unknown.unknown_company == "Bollt" and unknown.elements == []
    assert suggest("Bollt", data.companies()) == ["Bolt"]

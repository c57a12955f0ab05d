"""What the network draws, from a real store (no browser): merged lines, kept positions,
what the filters hid, unknown names."""

import webapp.network_view
from tests.graph.facts import article, deal
from webapp.data import Data
from webapp.network_view import Link, lanes, network_view, suggest
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


def test_the_overview_names_the_top_companies_and_gathers_the_rest(falkor_store):
    from webapp.overview import OTHERS
    from webapp.network_view import link_commitments

    falkor_store.write_articles([article("o1", [
        deal("investment", "Arc", "Bolt", 5e9), deal("investment", "Arc", "Bolt", 1e9, date="2024-01-05"),
        deal("investment", "Cell", "Bolt", 1e9), deal("investment", "Dune", "Bolt", 2e9),
        deal("partnership", "Cell", "Dune"), deal("compute_purchase", "Echo", "Arc", 5e8)], published="2025-03-01")])
    data = Data(falkor_store)
    # money by or to each: Bolt $9B, Arc $6.5B, Dune $2B, Cell $1B, Echo $0.5B; the top two are named
    view = network_view(data, parse_state("?top=2"))
    lines = {e["data"]["id"]: (e["data"]["from"], e["data"]["to"], e["data"]["label"]) for e in view.elements
             if "source" in e["data"]}
    assert lines == {"l:Arc|Bolt|investment": ("Arc", "Bolt", "$6B ×2"),
                     f"l:{OTHERS}|Bolt|investment": ("3 other companies", "Bolt", "$3B ×2"),
                     f"l:{OTHERS}|Arc|compute_purchase": ("3 other companies", "Arc", "$500M")}
    group = next(e["data"] for e in view.elements if e["data"]["id"] == "g:others")
    assert (group["label"], group["money"], group["deals"], group["group"], group["next"]) == (
        "3 other companies", "$3.5B", 4, 3, 27)
    # the partnership between two gathered companies is inside the node: counted, drawn nowhere
    assert (view.overview.top, sorted(view.overview.others), view.overview.inside) == (
        ["Bolt", "Arc"], ["Cell", "Dune", "Echo"], 1)
    assert (view.companies, view.drawn_links, view.drawn_commitments, view.around) == (3, 3, 5, 6)
    # the deals behind a gathered line are every gathered company's, largest first
    rows = link_commitments(data, parse_state("?top=2"), OTHERS, "Bolt", "investment", view.overview.others)
    assert [(c["from_name"], c["amount_usd"]) for c in rows] == [("Dune", 2e9), ("Cell", 1e9)]
    # five companies are too few for the overview by default; top=all and centring draw every one
    for query in ("", "?top=all", "?top=2&company=Arc"):
        assert network_view(data, parse_state(query)).overview is None, query
    assert network_view(data, parse_state("")).companies == 5


def test_a_drawing_of_many_lines_draws_them_straight_and_a_few_curved(falkor_store):
    # 51 lines: one investment from each of 51 funds into one lab (the overview starts past 50 companies)
    falkor_store.write_articles([article("s1", [deal("investment", f"Fund{i:02d}", "Lab", (i + 1) * 1e9)
                                                for i in range(51)])])
    data = Data(falkor_store)
    straight = lambda view: {"straight" in e["classes"].split() for e in view.elements  # noqa: E731
                             if "source" in e["data"]}
    assert straight(network_view(data, parse_state("?top=all"))) == {True}       # 51 lines
    assert straight(network_view(data, parse_state("?top=all&min=2"))) == {False}  # 50 lines


def test_straight_lines_of_one_pair_run_side_by_side_in_fixed_lanes():
    """Lanes across each line (webapp/assets/haystack_lanes.js puts both ends there): a lone line
    through the centres; a pair's lines spread evenly from -1 to 1 in kind order, a line drawn the
    other way round with its sign turned so that it keeps its side."""
    links = [Link("Arc", "Bolt", "compute_purchase"), Link("Bolt", "Arc", "investment"),
             Link("Arc", "Bolt", "partnership"), Link("Arc", "Cell", "investment")]
    assert lanes(links) == {"l:Bolt|Arc|investment": 1.0, "l:Arc|Bolt|compute_purchase": 0.0,
                            "l:Arc|Bolt|partnership": 1.0, "l:Arc|Cell|investment": 0.0}
    assert lanes(links) == lanes(links[::-1])     # the same lanes whatever order the lines come in

"""The Loops page's data: the largest loops and how many there are, from a real store (no browser)."""
from tests.graph.facts import article, deal
from webapp.data import Data, loops_page
from webapp.state import encode_state, parse_state


def test_loops_page_shows_the_largest_of_all_and_ties_only_when_asked(falkor_store):
    falkor_store.write_articles([article("p1", [
        deal("investment", "Arc", "Bolt", 6e9), deal("hardware_purchase", "Bolt", "Arc", 2e9),
        deal("investment", "Bolt", "Cell", 5e9), deal("compute_purchase", "Cell", "Arc", 4e9),
        deal("partnership", "Arc", "Cell"), deal("distribution", "Cell", "Bolt")], published="2025-06-01")])
    data = Data(falkor_store)
    rows, note = loops_page(data, parse_state(""), limit=1)
    # payments only: Arc>Bolt>Cell (smallest hop 4) and Arc-Bolt (2)
    assert [(r["loop"], r["amount"]) for r in rows] == [("Arc → Bolt → Cell → Arc", "$4B")]
    assert note == "showing the 1 largest of 2 loop(s) of at most 4 companies"
    state = parse_state("?ties=1&maxlen=3")
    assert encode_state(state) == "?maxlen=3&ties=1"
    rows, note = loops_page(data, state)
    # the partnership and the distribution deal (no amount) are hops both ways: they add
    # Arc-Cell, Bolt-Cell and Arc>Cell>Bolt, none with a figure, ranked after the two with one
    assert [(r["loop"], r["amount"]) for r in rows] == [
        ("Arc → Bolt → Cell → Arc", "$4B"), ("Arc → Bolt → Arc", "$2B"), ("Arc → Cell → Arc", "—"),
        ("Bolt → Cell → Bolt", "—"), ("Arc → Cell → Bolt → Arc", "—")]
    assert note == ("showing the 5 largest of 5 loop(s) of at most 3 companies; "
                    "3 of them have a hop without a stated amount and rank last")
    assert loops_page(data, {**parse_state(""), "maxlen": 1}) == (
        [], "a loop needs at least two companies: set the max loop length to 2 or more")

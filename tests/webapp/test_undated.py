"""An undated article shows in the app, the time filter says it leaves undated deals out,
and a deal's provenance says where its article was read from."""
from tests.graph.facts import article, deal
from webapp.data import Data
from webapp.filters import UNDATED_NOTE, filter_bar
from webapp.formatting import commitment_card
from webapp.network_view import network_view
from webapp.state import parse_state


def _text(component) -> str:
    """Every string in a Dash component tree, in order."""
    if isinstance(component, str):
        return component
    children = getattr(component, "children", None)
    if children is None:
        return ""
    return "".join(_text(c) for c in (children if isinstance(children, list) else [children]))


def test_undated_deals_show_until_a_date_range_is_set(falkor_store):
    falkor_store.write_articles([
        article("u1", [deal("investment", "Harbor", "Quill", 4e7)], source="stdin"),
        article("d1", [deal("investment", "Lumen", "Orbit", 9e7)], source="wire.xml#2", published="2025-06-01")])
    data = Data(falkor_store)
    everything = network_view(data, parse_state(""))
    assert (everything.stored, everything.matching, everything.hidden) == (2, 2, {})
    ranged = network_view(data, parse_state("?since=2025-01-01"))
    assert (ranged.matching, ranged.hidden) == (1, {"undated (no source gives a date)": 1})
    [undated] = [c for c in falkor_store.commitments() if c["to_name"] == "Quill"]
    assert "Article u1 — unknown outlet, undated · read from stdin" in _text(commitment_card(undated))


def test_the_date_filter_says_how_it_treats_undated_deals():
    bar = filter_bar("net", parse_state(""), [])
    assert UNDATED_NOTE == "A date range leaves out undated deals."
    assert UNDATED_NOTE in _text(bar)

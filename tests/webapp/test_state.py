"""The URL keeps each page's state: round trips and routing, without a browser."""
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.flow import ALL_KINDS
from tests.graph.facts import article, deal
from webapp.app import route
from webapp.context import AppContext
from webapp.data import Data
from webapp.state import encode_state, parse_state, search_if_changed, state_from_filters

names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20)
states = st.fixed_dictionaries({
    "kinds": st.lists(st.sampled_from(ALL_KINDS), min_size=1, unique=True),
    "since": st.none() | st.dates().map(str), "until": st.none() | st.dates().map(str),
    "min": st.none() | st.integers(0, 5000).map(lambda n: n / 4), "rumoured": st.booleans(),
    "company": st.none() | names, "depth": st.integers(1, 2), "maxlen": st.integers(2, 8), "ties": st.booleans(),
    "loop": st.none() | st.lists(names, min_size=2, max_size=4).map("|".join),
    "source": st.none() | names, "target": st.none() | names, "top": st.none() | st.integers(0, 500)})


@settings(deadline=None)   # a pure round trip: a loaded machine stretched one example past the 200 ms default
@given(states)
def test_every_state_survives_the_url(state):
    back = parse_state(encode_state(state))
    assert {**back, "kinds": sorted(back["kinds"])} == {**state, "kinds": sorted(state["kinds"])}


def test_defaults_leave_the_url_empty_and_a_link_reads_back_the_same():
    assert encode_state(parse_state("")) == ""
    assert encode_state(state_from_filters(list(ALL_KINDS), None, None, None, [])) == ""
    url = "?kinds=investment%2Cacquisition&since=2025-01-01&company=Mistral+AI&min=2.5&rumoured=1&depth=2"
    assert encode_state(parse_state(url)) == url
    assert parse_state(url)["company"] == "Mistral AI"


def test_malformed_values_fall_back_to_defaults():
    state = parse_state("?kinds=bogus&min=lots&depth=1.5&maxlen=-3&rumoured=yes")
    assert (state["kinds"], state["min"], state["depth"], state["maxlen"], state["rumoured"]) == (
        list(ALL_KINDS), None, 1, 4, False)


def _ids(component, found=None):
    """Every component id in a layout, with the value it starts with."""
    found = {} if found is None else found
    if isinstance(component, (list, tuple)):
        for c in component:
            _ids(c, found)
        return found
    cid = getattr(component, "id", None)
    if cid:
        found[cid] = getattr(component, "value", getattr(component, "start_date", None))
    children = getattr(component, "children", None)
    if children is not None and not isinstance(children, str):
        _ids(children, found)
    return found


def test_a_link_opens_its_page_with_the_filters_it_names(falkor_store):
    falkor_store.write_articles([article("w1", [deal("investment", "Arc", "Bolt", 6e9),
                                                deal("compute_purchase", "Bolt", "Cell", 1e9)])])
    ctx = AppContext(falkor_store, Data(falkor_store))
    ids = _ids(route(ctx, "/network", "?kinds=investment&min=2&company=Bolt&depth=2"))
    assert (ids["net-kinds"], ids["net-min"], ids["net-company"], ids["net-depth"]) == (["investment"], 2.0,
                                                                                      "Bolt", 2)
    assert "empty-hint" not in ids
    loops = _ids(route(ctx, "/loops", "?maxlen=3&ties=1"))
    assert (loops["loops-maxlen"], loops["loops-ties"]) == (3, ["1"])
    assert "conc-company" not in _ids(route(ctx, "/concentration", ""))
    assert set(_ids(route(ctx, "/", ""))) == set(_ids(route(ctx, "/network", "")))
    assert route(ctx, "/nowhere", "").children == "No page at /nowhere"


def test_an_empty_store_says_how_to_fill_it(falkor_store):
    ctx = AppContext(falkor_store, Data(falkor_store))
    assert "empty-hint" in _ids(route(ctx, "/loops", ""))
    assert "empty-hint" not in _ids(route(ctx, "/console", ""))


def test_a_page_writes_its_url_only_when_its_state_changes():
    from dash import no_update

    assert search_if_changed(parse_state("?kinds=investment&min=5"), "?kinds=investment&min=5") is no_update
    assert search_if_changed(parse_state(""), "") is no_update
    assert search_if_changed(parse_state(""), None) is no_update
    assert search_if_changed(parse_state("?min=5"), "") == "?min=5"
    assert search_if_changed(parse_state(""), "?min=5") == ""

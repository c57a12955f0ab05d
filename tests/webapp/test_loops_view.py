"""The Loops page in real headless Chromium at 1440x900: the loop graph beside the table follows
every filter, keeps kind colours under the selection, says amounts and sources, and the selected
loop lives in the URL. On the sample articles and on 2,000 generated commitments."""
from __future__ import annotations

import time
from urllib.parse import quote

import pytest

from graph.flow import FlowFilter, build_flow_graph
from graph.kinds import KINDS
from graph.loops import find_loops
from tests.webapp.test_browser import browser, console_errors, open_page, shot, wait  # noqa: F401
from tests.webapp.test_network_page import big, demo  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.fixture
def wide(browser):
    browser.set_window_size(1440, 900)
    yield browser
    browser.set_window_size(1366, 768)


def cy(browser, script):
    return browser.execute_script(f"var cy = document.getElementById('loops-network')._cyreg.cy; {script}")


def drawn_links(browser) -> set[tuple[str, str, str]]:
    return {tuple(e) for e in cy(browser, "return cy.edges().map(function(e){return [e.data('from'), "
                                          "e.data('to'), e.data('kind')]});")}


def highlighted(browser) -> list[str]:
    return sorted(cy(browser, "return cy.nodes('.highlight').map(function(n){return n.data('company')});"))


def table_rows(browser) -> list[str]:
    return [td.text for td in browser.find_elements("css selector", "#loops-table td.dash-cell.column-1")]


def loaded(browser, url, rows):
    open_page(browser, url)
    wait(lambda: len(table_rows(browser)) == rows, what=f"{rows} loop rows")
    time.sleep(0.5)


def select(browser, n):
    browser.find_elements("css selector", "#loops-table input[type=radio]")[n].click()


def test_selected_loop_drawn_beside_the_table_in_kind_colours_with_amounts_sources_and_url(demo, wide):
    url, _ = demo
    loaded(wide, url + "/loops?min=10", 2)
    assert table_rows(wide) == ["Microsoft → NVIDIA → OpenAI → Microsoft", "Anthropic → Microsoft → NVIDIA → Anthropic"]
    # nothing selected: the hops of the two loops listed, and nothing of the rest of the graph
    wait(lambda: drawn_links(wide) == {("Microsoft", "NVIDIA", "hardware_purchase"),
                                       ("NVIDIA", "OpenAI", "investment"), ("OpenAI", "Microsoft", "compute_purchase"),
                                       ("Anthropic", "Microsoft", "compute_purchase"),
                                       ("NVIDIA", "Anthropic", "investment")}, what="the two loops' hops")
    table = wide.find_element("id", "loops-table").rect
    canvas = wide.find_element("id", "loops-network").rect
    assert canvas["x"] >= table["x"] + table["width"] and canvas["y"] + canvas["height"] <= 900
    curves = "return cy.edges().map(function(e){return [e.style('curve-style'), e.style('target-arrow-shape')]});"
    assert {tuple(c) for c in cy(wide, curves)} == {("bezier", "triangle")}   # a few lines: curved
    select(wide, 0)
    wait(lambda: highlighted(wide) == ["Microsoft", "NVIDIA", "OpenAI"], what="the loop alone")
    assert "loop=" + quote("Microsoft|NVIDIA|OpenAI", safe="") in wide.current_url
    edges = cy(wide, "return cy.edges().map(function(e){return [e.data('kind'), e.style('label'), "
                     "e.style('line-color'), e.style('underlay-opacity')]});")
    rgb = {k.name: "rgb({},{},{})".format(*(int(k.colour[i:i + 2], 16) for i in (1, 3, 5))) for k in KINDS.values()}
    assert sorted(edges) == sorted([["hardware_purchase", "$20B", rgb["hardware_purchase"], "0.3"],
                                    ["investment", "$100B", rgb["investment"], "0.3"],
                                    ["compute_purchase", "$250B", rgb["compute_purchase"], "0.3"]])
    details = wide.find_element("id", "loops-details").text
    assert details.startswith("Microsoft → NVIDIA → OpenAI → Microsoft\ncan go round: $20B\n")
    assert "NVIDIA → OpenAI\ninvestment: $100B in 1 deal(s)" in details
    assert "NVIDIA intends to commit as much as $100 billion to OpenAI" in details   # the source sentence
    shot(wide, "loops-selected-beside")
    # a filter change makes a new table: the selection, its drawing and its URL part go
    box = wide.find_element("id", "loops-min")
    box.clear()
    box.send_keys("20\n")
    wait(lambda: table_rows(wide) == ["Microsoft → NVIDIA → OpenAI → Microsoft"], what="new table")
    wait(lambda: highlighted(wide) == [] and len(drawn_links(wide)) == 3, what="selection dropped")
    assert "loop=" not in wide.current_url and "min=20" in wide.current_url
    assert not any(r.is_selected() for r in wide.find_elements("css selector", "#loops-table input[type=radio]"))
    # a link names the loop: it opens selected
    loaded(wide, url + "/loops?min=10&loop=" + quote("Anthropic|Microsoft|NVIDIA", safe=""), 2)
    wait(lambda: highlighted(wide) == ["Anthropic", "Microsoft", "NVIDIA"], what="loop from the URL")
    assert [r.is_selected() for r in wide.find_elements("css selector", "#loops-table input[type=radio]")] == [
        False, True]
    assert console_errors(wide) == []


# records, in the page, when each callback request went out and when its answer came back
RECORD_CALLS = """
window.dealgraphCalls = [];
var send = window.fetch;
window.fetch = function (url, options) {
    var call = {output: "", sent: performance.now(), answered: null};
    try { call.output = JSON.parse(options.body).output; } catch (e) {}
    window.dealgraphCalls.push(call);
    return send.apply(this, arguments).then(function (r) { call.answered = performance.now(); return r; });
};"""


def test_opening_asks_for_the_table_and_the_drawing_at_once(demo, wide):
    """The drawing needs nothing from the table's answer, so the page asks for both together
    (the drawing was asked for only once the table's answer was back: two rounds in turn)."""
    url, _ = demo
    added = wide.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_CALLS})
    try:
        for query in ("?min=10", "?min=10&loop=" + quote("Anthropic|Microsoft|NVIDIA", safe="")):
            loaded(wide, url + "/loops" + query, 2)
            wait(lambda: drawn_links(wide), what="the drawing")
            calls = wide.execute_script("return window.dealgraphCalls;")
            table = [c for c in calls if c["output"].startswith("..loops-table.data.")]
            drawing = [c for c in calls if c["output"].startswith("..loops-network.elements.")]
            assert len(table) == 1 and len(drawing) == 1, calls      # and neither asked for again
            assert drawing[0]["sent"] < table[0]["answered"], calls
    finally:
        wide.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]})
    assert highlighted(wide) == ["Anthropic", "Microsoft", "NVIDIA"]


def test_money_only_by_default_returning_share_and_table_search(demo, wide):
    url, _ = demo
    loaded(wide, url + "/loops?company=NVIDIA", 8)
    assert wide.find_element("id", "loops-returning-line").text == (
        "Of the $27B paid to NVIDIA under these filters, $7B (26%) comes from companies it pays.")
    kinds = {k for *_, k in drawn_links(wide)}
    assert kinds == {"hardware_purchase", "investment", "compute_purchase"}   # no partnership or distribution
    # the returning table is built when first unfolded, with every company paid money
    assert wide.find_elements("id", "loops-returning") == []
    fold = wide.find_element("id", "loops-returning-open")
    wide.execute_script("arguments[0].scrollIntoView({block: 'center'});", fold)
    time.sleep(0.3)
    fold.click()
    cells = lambda: [td.text for td in wide.find_elements("css selector", "#loops-returning td")][:12]  # noqa: E731
    wait(lambda: cells(), what="the returning table")
    assert cells() == ["Microsoft", "280", "280", "100", "OpenAI", "100", "100", "100", "Anthropic", "22", "22", "100"]
    box = wide.find_element("id", "loops-min")           # unfolded, it follows the filters
    box.send_keys("50\n")
    wait(lambda: cells()[:4] != ["Microsoft", "280", "280", "100"], what="the returning table over $50B")
    assert cells() == ["Microsoft", "250", "0", "0", "OpenAI", "100", "0", "0", "Oracle", "300", "0", "0"]
    box.clear()
    box.send_keys("\n")
    wait(lambda: table_rows(wide) and len(table_rows(wide)) == 8, what="every loop again")
    search = wide.find_element("css selector", "#loops-table th.dash-filter.column-1 input")
    search.send_keys("coreweave\n")
    wait(lambda: table_rows(wide) == ["CoreWeave → NVIDIA → OpenAI → CoreWeave", "CoreWeave → NVIDIA → CoreWeave"],
         what="searched rows")
    loaded(wide, url + "/loops?company=NVIDIA&ties=1", 10)
    assert "partnership" in {k for *_, k in drawn_links(wide)}
    assert console_errors(wide) == []


def test_loop_graph_at_2000_commitments_holds_the_loops_listed_through_a_company(big, wide):
    url, store = big
    flt = FlowFilter(min_amount=1e9)
    loops = find_loops(build_flow_graph(store.commitments(), flt), 4, "co3", 100)
    rows = {c["id"]: c for c in store.commitments()}
    expected = {(rows[i]["from_name"], rows[i]["to_name"], rows[i]["kind"])
                for loop in loops for hop in loop.edges for i in hop["commitments"]}
    loaded(wide, url + "/loops?company=co3&min=1", 10)
    wait(lambda: drawn_links(wide) == expected, what="the hops of co3's loops over $1B")
    assert 0 < len(expected) <= 300
    select(wide, 0)
    first = loops[0].companies
    wait(lambda: highlighted(wide) == sorted(first), what="first loop")
    assert len(cy(wide, "return cy.edges('.highlight').map(function(e){return e.id()});")) >= len(first)
    shot(wide, "loops-2000")
    assert console_errors(wide) == []

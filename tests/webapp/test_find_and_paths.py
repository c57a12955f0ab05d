"""Find, expand and money paths in real headless Chromium: on the sample articles and on a
generated graph of 2,000 commitments."""
from __future__ import annotations

import time

import pytest

from graph.flow import FlowFilter
from tests.webapp.test_browser import browser, console_errors, cy_count, open_page, shot, wait  # noqa: F401
from tests.webapp.test_network_page import big, demo, drawn  # noqa: F401
from webapp.network_view import link_ends, merge_links

pytestmark = pytest.mark.browser


def cy(browser, script, cid="network"):
    return browser.execute_script(f"var cy = document.getElementById('{cid}')._cyreg.cy; {script}")


def test_find_locates_a_company_fuzzily_without_filtering(demo, browser):
    url, _ = demo
    drawn(browser, url + "/network")
    nodes = cy_count(browser, "network", "node")
    box = browser.find_element("id", "net-find")
    box.send_keys("nvidea\n")
    wait(lambda: browser.find_element("id", "net-find-status").text == "found NVIDIA", what="found")
    assert cy(browser, "return cy.nodes(':selected').map(function(n){return n.data('company')});") == ["NVIDIA"]
    assert cy_count(browser, "network", "node") == nodes and "company=" not in browser.current_url
    box.clear()
    box.send_keys("zzqx\n")
    wait(lambda: browser.find_element("id", "net-find-matches").text == "no company like “zzqx”", what="no match")
    assert console_errors(browser) == []


def test_expanding_a_company_draws_all_its_lines(big, browser):
    url, store = big
    drawn(browser, url + "/network?top=all")      # every company, not the overview
    assert cy_count(browser, "network") == 150
    rows = [c for c in store.commitments() if c["from_name"] != c["to_name"] and FlowFilter().keep(c)]
    lines = {l.key for l in merge_links(rows) if "co9" in (l.source, l.target)}
    before = set(cy(browser, "return cy.edges().map(function(e){return e.id()});"))
    assert not lines <= before          # some of co9's lines are too small to be among the 150 largest
    cy(browser, "cy.getElementById('n:co9').emit('tap');")
    wait(lambda: browser.find_element("id", "details-summary").text, what="details")
    browser.find_element("id", "net-expand").click()
    wait(lambda: cy_count(browser, "network") == len(before | lines), what="expanded")
    after = set(cy(browser, "return cy.edges().map(function(e){return e.id()});"))
    assert lines <= after and before <= after
    assert f"Plus {len(lines - before)} smaller lines of the companies expanded." in \
        browser.find_element("id", "net-note").text
    shot(browser, "network-expanded")
    assert console_errors(browser) == []


def test_money_paths_fewest_hops_and_largest_with_their_deals(demo, browser):
    url, _ = demo
    open_page(browser, url + "/paths?from=Microsoft&to=CoreWeave")
    wait(lambda: cy_count(browser, "path-largest", "node") > 0, what="paths drawn")
    time.sleep(0.5)
    order = "return cy.nodes().sort(function(a, b){return a.position('x') - b.position('x')})" \
            ".map(function(n){return n.data('company')});"
    assert cy(browser, order, "path-shortest") == ["Microsoft", "NVIDIA", "CoreWeave"]
    assert cy(browser, order, "path-largest") == ["Microsoft", "NVIDIA", "OpenAI", "CoreWeave"]
    shortest = browser.find_element("id", "path-shortest-deals").text
    largest = browser.find_element("id", "path-largest-deals").text
    assert shortest.startswith("2 hop(s); $250M can flow the whole way")
    assert largest.startswith("3 hop(s); $6.5B can flow the whole way")
    assert "NVIDIA → OpenAI\ninvestment: $100B in 1 deal(s)" in largest
    assert "NVIDIA intends to commit as much as $100 billion to OpenAI" in largest   # its source
    labels = cy(browser, "return cy.edges().map(function(e){return e.style('label')});", "path-largest")
    assert sorted(labels) == ["$100B", "$20B", "$6.5B"]
    shot(browser, "paths")
    open_page(browser, url + "/paths?from=CoreWeave&to=Amazon")
    wait(lambda: browser.find_element("id", "path-note").text == (
        "From CoreWeave to Amazon: every path has a hop without a stated amount, so none can be called the "
        "largest."), what="no largest path")
    assert cy(browser, order, "path-shortest") == ["CoreWeave", "NVIDIA", "Anthropic", "Amazon"]
    assert cy_count(browser, "path-largest", "node") == 0
    open_page(browser, url + "/paths?from=Oracle&to=OpenAI")
    wait(lambda: browser.find_element("id", "path-note").text == (
        "No money path from Oracle to OpenAI under these filters (within 6 hops)."), what="no path")
    assert console_errors(browser) == []


def test_the_network_downloads_as_a_png(demo, browser, tmp_path):
    import struct

    url, _ = demo
    drawn(browser, url + "/network?kinds=investment")
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    browser.find_element("id", "net-png").click()
    path = wait(lambda: next(iter(tmp_path.glob("dealgraph-network.png")), None), what="PNG download")
    time.sleep(0.3)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    box = cy(browser, "var b = cy.elements().boundingBox(); return [b.w, b.h];")
    assert abs(width - 2 * box[0]) <= 4 and abs(height - 2 * box[1]) <= 4   # the whole drawing, at twice its size
    assert console_errors(browser) == []


def test_back_and_forward_restore_the_view(demo, browser):
    url, _ = demo
    drawn(browser, url + "/network")
    everything = cy_count(browser, "network")
    box = browser.find_element("id", "net-min")
    box.send_keys("50\n")
    wait(lambda: "min=50" in browser.current_url, what="URL state")
    narrowed = wait(lambda: cy_count(browser, "network") < everything and cy_count(browser, "network"), what="fewer")
    browser.back()
    wait(lambda: "min=" not in browser.current_url, what="back in the URL", browser=browser)
    wait(lambda: cy_count(browser, "network") == everything, what="the whole drawing again", browser=browser)
    assert browser.find_element("id", "net-min").get_attribute("value") == ""
    browser.forward()
    wait(lambda: "min=50" in browser.current_url, what="forward in the URL", browser=browser)
    wait(lambda: cy_count(browser, "network") == narrowed, what="the narrowed drawing again", browser=browser)
    assert browser.find_element("id", "net-min").get_attribute("value") == "50"
    assert console_errors(browser) == []


def test_back_and_forward_step_through_pages_and_companies(demo, browser):
    """Network -> a company chosen in the Company box -> Loops -> Back -> Back -> Forward: each step
    shows exactly the view its URL names, and no console error (a page rendered twice on a step
    used to destroy a drawing while its layout refresh was pending)."""
    from webapp.data import Data
    from webapp.network_view import network_view
    from webapp.state import parse_state

    url, store = demo
    data = Data(store)

    def edge_ids(query):
        return sorted(e["data"]["id"] for e in network_view(data, parse_state(query)).elements if "source" in e["data"])

    def view():
        return (browser.current_url.removeprefix(url), sorted(cy(browser, "return cy.edges().map(function(e){"
                                                                          "return e.id()});")),
                cy(browser, "return cy.nodes('.focus').map(function(n){return n.data('company')});"))

    everything, nvidia = edge_ids(""), edge_ids("?company=NVIDIA")
    assert 0 < len(nvidia) < len(everything)
    browser.get_log("browser")
    drawn(browser, url + "/network")
    wait(lambda: view() == ("/network", everything, []), what="the whole network")
    browser.find_element("id", "net-company").click()             # the Company box, as a person picks
    search = wait(lambda: browser.find_element("css selector", "input.dash-dropdown-search"), what="its search")
    search.send_keys("NVIDIA")
    option = wait(lambda: [o for o in browser.find_elements("css selector", "[role=option]") if o.text == "NVIDIA"],
                  what="the option")
    option[0].click()
    wait(lambda: view() == ("/network?company=NVIDIA", nvidia, ["NVIDIA"]), what="centred on NVIDIA")
    browser.find_element("id", "nav-loops").click()
    wait(lambda: browser.current_url == url + "/loops" and
         browser.find_elements("css selector", "#loops-table td.dash-cell"), what="the loops page")
    browser.back()
    wait(lambda: view() == ("/network?company=NVIDIA", nvidia, ["NVIDIA"]), what="Back: centred on NVIDIA",
         browser=browser)
    assert browser.find_element("css selector", "#net-company").text.startswith("NVIDIA")
    browser.back()
    wait(lambda: view() == ("/network", everything, []), what="Back: the whole network",
         browser=browser)
    assert not browser.find_element("css selector", "#net-company").text.startswith("NVIDIA")
    browser.forward()
    wait(lambda: view() == ("/network?company=NVIDIA", nvidia, ["NVIDIA"]), what="Forward: centred on NVIDIA",
         browser=browser)
    time.sleep(1.0)     # anything pending in the drawing has run by now
    assert view() == ("/network?company=NVIDIA", nvidia, ["NVIDIA"])
    assert console_errors(browser) == []


def test_a_page_left_while_its_drawing_refreshes_logs_no_error(demo, browser):
    """The cause of the console error Back/Forward showed, made certain: elements are added (which
    starts dash-cytoscape's 100-ms debounced layout refresh) and the page is left at once, so the
    drawing is destroyed before the refresh runs."""
    url, _ = demo
    drawn(browser, url + "/network")
    browser.get_log("browser")
    cy(browser, "window.probe = cy; cy.add({data: {id: 'probe'}, position: {x: 0, y: 0}}); "
                "document.getElementById('nav-loops').click();")
    wait(lambda: browser.execute_script("return window.probe.destroyed();"), what="the drawing destroyed")
    time.sleep(0.6)
    assert console_errors(browser) == []

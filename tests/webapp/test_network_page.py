"""The network page in real headless Chromium, on the sample articles and on a generated
graph of 2,000 commitments: merged lines, kept positions, highlight, empty states."""
from __future__ import annotations

import math
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains

from graph.kinds import KINDS
from tests.webapp.test_browser import browser, canvas_in_view, console_errors, cy_count, open_page, shot, wait  # noqa: F401
from webapp.graphview import FOCUS_COLOUR

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"


def serve(store):
    from werkzeug.serving import make_server

    from webapp.app import create_app

    srv = make_server("127.0.0.1", 0, create_app(store).server, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    import dealgraph_cli
    from graph.falkor_backend import FalkorStore
    from ingest.cli import ingest_articles
    from ingest.loaders import load

    store = FalkorStore(tmp_path_factory.mktemp("demo") / "g.db")
    store.ensure_schema()
    ingest_articles(store, list(load([str(SAMPLES)])), dealgraph_cli.make_extractor())
    srv = serve(store)
    yield f"http://127.0.0.1:{srv.server_port}", store
    srv.shutdown()
    store.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from bench.analytics import synthetic
    from bench.webapp import facts_from
    from graph.falkor_backend import FalkorStore

    store = FalkorStore(tmp_path_factory.mktemp("big") / "g.db")
    store.ensure_schema()
    facts = facts_from(synthetic(2000, seed=5))
    for i in range(0, len(facts), 200):
        store.write_articles(facts[i:i + 200])
    srv = serve(store)
    yield f"http://127.0.0.1:{srv.server_port}", store
    srv.shutdown()
    store.close()


def cy(browser, script, cid="network"):
    return browser.execute_script(f"var cy = document.getElementById('{cid}')._cyreg.cy; {script}")


def drawn(browser, url):
    open_page(browser, url)
    wait(lambda: cy_count(browser, "network", "node") > 0, what="nodes")
    time.sleep(0.5)


def label_overlaps(browser) -> tuple[int, int, float]:
    """(labels drawn, pairs of them that overlap, smallest label in screen px)."""
    return cy(browser, """
        var boxes = [], fonts = [];
        cy.nodes().forEach(function(n) {
            if (!n.style('label')) return;
            var px = parseFloat(n.style('font-size')) * cy.zoom();
            if (px < parseFloat(n.style('min-zoomed-font-size'))) return;
            fonts.push(px);
            boxes.push(n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));
        });
        var over = 0;
        for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
            var a = boxes[i], b = boxes[j];
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) over++;
        }
        return [boxes.length, over, Math.min.apply(null, fonts)];""")


def test_2000_commitments_draw_as_merged_lines_with_readable_labels(big, browser):
    url, store = big
    rows = [c for c in store.commitments() if c["from_name"] != c["to_name"]]
    lines = Counter((*sorted((c["from_name"], c["to_name"])), c["kind"]) if c["kind"] == "partnership" else
                    (c["from_name"], c["to_name"], c["kind"]) for c in rows)
    # the generator's 2,000 deals store as 1,645 (repeats of one deal merge), 13 of them one pair's partnerships
    assert len(rows) == 1645 and len(lines) == 1451 and max(lines.values()) == 13
    drawn(browser, url + "/network?top=all")      # every company, not the overview
    edges = cy(browser, "return cy.edges().map(function(e){return [e.data('from'), e.data('to'), e.data('kind'), "
                        "e.data('count')]});")
    assert len(edges) == 150
    assert len({(a, b, k) for a, b, k, _ in edges}) == 150          # one line per pair and kind
    assert all(n == lines[(a, b, k)] for a, b, k, n in edges)      # carrying every deal it merges
    shown = sum(n for *_, n in edges)
    note = browser.find_element("id", "net-note").text
    assert note == (f"{shown:,} commitments drawn as 150 lines between {cy_count(browser, 'network', 'node')} "
                    f"companies (deals of one kind between two companies share a line). These are the 150 "
                    f"largest of 1,451 lines: {1645 - shown:,} commitments in smaller ones are left out; narrow "
                    "the filters or centre on a company to see them.")
    labels, overlapping, smallest = label_overlaps(browser)
    assert labels == 30 and overlapping <= 10 and smallest >= 8
    # node size follows money: the biggest company by money in view is the largest node
    sizes = cy(browser, "return cy.nodes().map(function(n){return [n.data('company'), n.width()]});")
    assert max(sizes, key=lambda s: s[1])[1] == 48 and min(s[1] for s in sizes) >= 14
    shot(browser, "network-2000")
    assert console_errors(browser) == []


def test_the_overview_opens_in_one_round_of_requests_with_straight_lines(big, browser):
    url, _ = big
    drawn(browser, url + "/network")
    time.sleep(1.0)
    # the page, its nav links, the reviewed-money line and the drawing: writing the URL the page
    # already had does not send the nav links and the money line again
    posted = browser.execute_script("return performance.getEntriesByType('resource').filter(function(e) "
                                    "{return e.name.indexOf('_dash-update-component') >= 0;}).length;")
    assert posted == 4
    # lines straight between the companies with the arrow half way; undirected kinds without one
    looks = cy(browser, "return ['investment', 'partnership'].map(function(k) {var e = cy.edges('.' + k)[0]; "
                        "return [e.style('curve-style'), e.style('mid-target-arrow-shape'), "
                        "e.style('mid-target-arrow-color')];});")
    rgb = lambda colour: "rgb({},{},{})".format(*(int(colour[i:i + 2], 16) for i in (1, 3, 5)))  # noqa: E731
    assert looks == [["haystack", "triangle", rgb(KINDS["investment"].colour)],
                     ["haystack", "none", rgb(KINDS["partnership"].colour)]]
    assert console_errors(browser) == []


def test_straight_lines_end_in_the_same_places_at_every_drawing(big, browser):
    """Cytoscape ends a straight ("haystack") line at a random point inside each company, new at
    every drawing; the app puts both ends across the line, in the line's lane, so the same view
    draws every line in the same place each time, and the lines of one pair side by side."""
    url, _ = big
    ends = ("return cy.edges('.straight').map(function(e) {var s = e.sourceEndpoint(), t = e.targetEndpoint(), "
            "a = e.source().position(), b = e.target().position(); "
            "return [e.id(), e.data('lane'), s.x - a.x, s.y - a.y, t.x - b.x, t.y - b.y, b.x - a.x, b.y - a.y, "
            "e.source().width()];});")
    seen = []
    for _ in range(2):
        drawn(browser, url + "/network?top=all")
        seen.append(cy(browser, ends))
    assert len(seen[0]) == 150 and seen[0] == seen[1]
    assert sum(1 for line in seen[0] if line[1] != 0) >= 20      # pairs drawn with more than one line
    for _, lane, sx, sy, tx, ty, dx, dy, width in seen[0]:
        length = math.hypot(dx, dy)
        # each end sits across the line, at the lane's share of the haystack radius (0.6 of the size's half)
        assert abs(sx * dx + sy * dy) / length < 0.01 and abs(tx * dx + ty * dy) / length < 0.01
        assert math.hypot(sx, sy) == pytest.approx(abs(lane) * 0.3 * width, abs=0.01)
        assert (sx * -dy + sy * dx) * lane >= 0                   # on the lane's side of the line
    assert console_errors(browser) == []


def test_positions_stay_when_filters_change(big, browser):
    url, _ = big
    drawn(browser, url + "/network?top=all")
    get = "var p = {}; cy.nodes().forEach(function(n){p[n.id()] = [n.position('x'), n.position('y')]}); return p;"
    before = cy(browser, get)
    box = browser.find_element("id", "net-min")
    box.send_keys("5\n")
    wait(lambda: "min=5" in browser.current_url, what="URL state")
    wait(lambda: cy_count(browser, "network") == 122, what="fewer lines")
    after = cy(browser, get)
    assert 0 < len(after) < len(before)
    assert {k: before[k] for k in after} == after


def test_centred_company_and_selected_line_stand_out(demo, browser):
    url, _ = demo
    drawn(browser, url + "/network?company=nvidia")       # case-blind: the stored spelling is used
    assert browser.find_element("css selector", "#net-company").text.startswith("NVIDIA")
    colour = cy(browser, "return cy.nodes('.focus').map(function(n){return n.data('company') + ' ' + "
                         "n.style('background-color')});")
    rgb = tuple(int(FOCUS_COLOUR[i:i + 2], 16) for i in (1, 3, 5))
    assert colour == [f"NVIDIA rgb({rgb[0]},{rgb[1]},{rgb[2]})"]
    for kind in KINDS.values():
        other = tuple(int(kind.colour[i:i + 2], 16) for i in (1, 3, 5))
        assert sum((a - b) ** 2 for a, b in zip(rgb, other)) ** 0.5 > 90, kind.name
    canvas_in_view(browser, "network")
    pos = cy(browser, "var e = cy.edges().filter(function(x){return x.data('to') == 'OpenAI' && "
                      "x.data('kind') == 'investment';})[0]; var p = e.renderedMidpoint(); return [p.x, p.y];")
    canvas = browser.find_element("id", "network")
    ActionChains(browser).move_to_element_with_offset(canvas, pos[0] - canvas.size["width"] / 2,
                                                      pos[1] - canvas.size["height"] / 2).click().perform()
    summary = wait(lambda: browser.find_element("id", "details-summary").text, what="details")
    assert summary == "1 deal(s), $100B"
    selected = cy(browser, "return cy.edges(':selected').map(function(e){return [e.data('from'), e.data('to'), "
                           "e.style('overlay-opacity'), e.style('label')]});")
    assert selected == [["NVIDIA", "OpenAI", "0.25", "$100B"]]
    shot(browser, "network-selected-line")
    # hover says the figures without a click
    cy(browser, "cy.edges().filter(function(x){return x.data('to') == 'OpenAI' && "
                "x.data('kind') == 'investment';})[0].emit('mouseover');")
    hover = wait(lambda: browser.find_element("id", "net-hover").text, what="hover")
    assert hover == "NVIDIA → OpenAI · investment: $100B in 1 deal"
    # changing a filter clears the panel: the deal it showed may no longer be drawn
    box = browser.find_element("id", "net-min")
    box.send_keys("500\n")
    wait(lambda: "Click a company or a line" in browser.find_element("id", "details").text, what="panel cleared")


def test_empty_states_say_what_the_filters_hid_and_suggest_names(demo, browser):
    url, store = demo
    total = sum(1 for c in store.commitments() if c["from_name"] != c["to_name"])
    other_kinds = sum(1 for c in store.commitments() if c["from_name"] != c["to_name"] and c["kind"] != "investment")
    open_page(browser, url + "/network?kinds=investment&min=900")
    text = wait(lambda: browser.find_element("id", "net-empty").text, what="empty state")
    assert text == (f"Nothing to draw. The filters hide {total} of {total} commitments: {other_kinds} of other "
                    f"kinds, {total - other_kinds} under $900B or without an amount.")
    assert cy_count(browser, "network", "node") == 0
    shot(browser, "network-empty")
    open_page(browser, url + "/network?company=Nvidea")
    text = wait(lambda: browser.find_element("id", "net-empty").text, what="unknown company")
    assert text.startswith("No company named “Nvidea”. Did you mean: NVIDIA")
    browser.find_element("css selector", "#net-empty a.suggestion").click()
    wait(lambda: "company=NVIDIA" in browser.current_url, what="suggestion followed")
    wait(lambda: cy(browser, "return cy.nodes('.focus').map(function(n){return n.data('company')});") == ["NVIDIA"],
         what="centred on the suggestion")

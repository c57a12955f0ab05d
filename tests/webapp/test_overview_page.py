"""The network's company overview in real headless Chromium: on the generated graph of 2,000
commitments it opens on the top companies and one node gathering the rest, which draws the
next ones on a click; "Every company" and "Overview" switch, and Back returns. On the sample
articles it is asked for with ``?top=``."""
from __future__ import annotations

import pytest

from graph.flow import FlowFilter
from tests.webapp.test_browser import browser, canvas_in_view, console_errors, cy_count, shot, wait  # noqa: F401
from tests.webapp.test_network_page import big, cy, demo, drawn, label_overlaps  # noqa: F401
from webapp.overview import OVERVIEW_TOP

pytestmark = pytest.mark.browser


def money_by_company(rows: list[dict]) -> dict[str, float]:
    """Stated money committed by or to each company, straight from the stored commitments."""
    money: dict[str, float] = {}
    for c in rows:
        for name in (c["from_name"], c["to_name"]):
            money[name] = money.get(name, 0.0) + (c.get("amount_usd") or 0.0)
    return money


def drawn_companies(browser) -> list[str]:
    return sorted(cy(browser, "return cy.nodes('.company').filter(function(n){return !n.data('group')})"
                              ".map(function(n){return n.data('company')});"))


def group(browser) -> dict:
    return cy(browser, "var g = cy.getElementById('g:others'); return g.empty() ? null : g.data();")


def test_2000_commitments_open_on_the_overview_and_expand_on_click(big, browser):
    url, store = big
    rows = [c for c in store.commitments() if c["from_name"] != c["to_name"] and FlowFilter().keep(c)]
    money = money_by_company(rows)
    ranked = sorted(money, key=lambda n: -money[n])
    drawn(browser, url + "/network")
    names = drawn_companies(browser)
    assert len(money) == 194 and names == sorted(ranked[:OVERVIEW_TOP])   # the 25 with the most money
    others = set(money) - set(names)
    touching = [c for c in rows if c["from_name"] in others or c["to_name"] in others]
    inside = [c for c in rows if c["from_name"] in others and c["to_name"] in others]
    g = group(browser)
    assert (g["label"], g["deals"], g["money"]) == ("169 other companies", len(touching), "$1.131T")
    assert round(sum(c.get("amount_usd") or 0 for c in touching) / 1e9) == 1131
    # every line to the gathered node merges that kind's deals with all of them
    lines = cy(browser, "return cy.edges().map(function(e){return [e.data('from'), e.data('to'), e.data('kind'), "
                        "e.data('count')]});")
    to_group = {(a, k): n for a, b, k, n in lines if b == "169 other companies"}
    expected = {}
    for c in rows:
        if c["from_name"] in names and c["to_name"] in others and c["kind"] != "partnership":
            expected[(c["from_name"], c["kind"])] = expected.get((c["from_name"], c["kind"]), 0) + 1
    assert {key: n for key, n in to_group.items() if key[1] != "partnership"} == \
        {key: n for key, n in expected.items() if key in to_group}
    note = browser.find_element("id", "net-note").text
    shown = sum(n for *_, n in lines)
    assert note.startswith(f"Overview: the 25 companies with the most money in view and the other 169 as one node "
                           f"(click it to draw the next 25). {shown:,} commitments drawn as {len(lines)} lines")
    assert f"; {len(inside):,} between two of the other companies are inside that node." in note
    labels, overlapping, smallest = label_overlaps(browser)
    print(f"overview labels {labels}, overlapping pairs {overlapping}, smallest {smallest:.1f} px")
    shot(browser, "network-overview-2000")
    assert labels == 26 and overlapping == 0 and smallest >= 8
    # a click on the gathered node draws the next 25
    cy(browser, "cy.getElementById('g:others').emit('tap');")
    wait(lambda: "top=50" in browser.current_url, what="top=50 in the URL")
    wait(lambda: len(drawn_companies(browser)) == 50, what="50 companies")
    assert drawn_companies(browser) == sorted(ranked[:50]) and group(browser)["label"] == "144 other companies"
    # every company, then back to the overview by its button and by Back
    browser.find_element("id", "net-all").click()
    wait(lambda: "top=all" in browser.current_url and group(browser) is None, what="every company")
    assert cy_count(browser, "network") == 150
    browser.find_element("id", "net-overview").click()
    wait(lambda: "top=25" in browser.current_url and group(browser) is not None, what="overview again")
    assert drawn_companies(browser) == names
    browser.back()
    wait(lambda: "top=all" in browser.current_url and group(browser) is None and cy_count(browser, "network") == 150,
         what="Back to every company")
    assert console_errors(browser) == []


def test_the_demo_draws_every_company_and_an_overview_on_request(demo, browser):
    url, store = demo
    rows = [c for c in store.commitments() if c["from_name"] != c["to_name"] and FlowFilter().keep(c)]
    money = money_by_company(rows)
    drawn(browser, url + "/network")
    assert group(browser) is None and len(drawn_companies(browser)) == len(money)   # too few for an overview
    drawn(browser, url + "/network?top=5")
    names = drawn_companies(browser)
    assert names == sorted(sorted(money, key=lambda n: -money[n])[:5])
    others = set(money) - set(names)
    assert group(browser)["label"] == f"{len(others)} other companies"
    # the deals behind a line to the gathered node: every gathered company's of that kind
    a, kind = cy(browser, "var e = cy.edges().filter(function(x){return x.data('gathered') == 'to';})"
                          ".sort(function(x, y){return y.data('count') - x.data('count');})[0]; "
                          "return [e.data('from'), e.data('kind')];")
    behind = [c for c in rows if c["kind"] == kind and c["from_name"] == a and c["to_name"] in others] if \
        kind != "partnership" else [c for c in rows if c["kind"] == kind and {c["from_name"], c["to_name"]} & {a}
                                    and ({c["from_name"], c["to_name"]} - {a}) <= others]
    cy(browser, f"cy.edges().filter(function(x){{return x.data('gathered') == 'to' && x.data('from') == '{a}' && "
                f"x.data('kind') == '{kind}';}})[0].emit('tap');")
    summary = wait(lambda: browser.find_element("id", "details-summary").text, what="details")
    assert summary.startswith(f"{len(behind)} deal(s)")
    shot(browser, "network-overview-demo")
    assert console_errors(browser) == []

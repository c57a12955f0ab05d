"""The Timeline page in real headless Chromium: the demo's months and counts, brushing a period
that the Network page then follows, clearing it, undated deals counted, and the page at 2,000
generated commitments."""
from __future__ import annotations

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains

from graph.kinds import KINDS
from tests.graph.facts import article, deal
from tests.webapp.test_browser import browser, console_errors, cy_count, open_page, shot, wait  # noqa: F401
from tests.webapp.test_network_page import big, demo  # noqa: F401

pytestmark = pytest.mark.browser
RESPONSE_LIMIT = 500_000        # bytes: no answer to the browser larger than this




def chart(browser, script, gid="tl-months"):
    return browser.execute_script(f"var gd = document.getElementById('{gid}').querySelector('.js-plotly-plot'); "
                                  f"{script}")


def bars(browser) -> dict[str, dict[str, int]]:
    """Per kind label, its non-empty months and counts as plotted."""
    return chart(browser, "var out = {}; gd.data.forEach(function(t) { var m = {}; "
                          "t.x.forEach(function(x, i) { if (t.y[i]) m[x] = t.y[i]; }); out[t.name] = m; }); "
                          "return out;")


def ready(browser, url):
    open_page(browser, url)
    wait(lambda: chart(browser, "return gd && gd.data && gd.data.length > 0"), what="timeline bars")
    time.sleep(0.5)


def brush(browser, first: str, last: str) -> None:
    """Drag across the month chart from ``first`` to ``last`` as a person would."""
    left, right, width = chart(browser, "var xa = gd._fullLayout.xaxis, w = gd._fullLayout._size.w; "
                                        f"return [xa.d2p('{first}') - 0.4 * xa._m, xa.d2p('{last}') + 0.4 * xa._m, w];")
    area = browser.find_element("css selector", "#tl-months .nsewdrag")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", area)
    time.sleep(0.3)
    (ActionChains(browser).move_to_element_with_offset(area, int(left - width / 2), 0).click_and_hold()
     .move_by_offset(int((right - left) / 2), 0).move_by_offset(int((right - left) / 2), 0).release().perform())


def test_demo_months_and_counts_then_a_brushed_period_the_network_follows(demo, browser):
    url, _ = demo
    ready(browser, url + "/timeline")
    months = chart(browser, "return gd.data[0].x;")
    assert months[0] == "2024-11" and months[-1] == "2025-11" and len(months) == 13   # quiet months kept
    assert bars(browser) == {
        "investment": {"2024-11": 1, "2025-09": 3, "2025-10": 3, "2025-11": 2},
        "compute purchase": {"2024-11": 1, "2025-09": 2, "2025-10": 2, "2025-11": 1},
        "hardware purchase": {"2025-09": 2, "2025-10": 3, "2025-11": 1},
        "partnership": {"2025-09": 1, "2025-10": 2, "2025-11": 2},
        "distribution": {"2025-11": 1}}
    colours = chart(browser, "return gd.data.map(function(t){return [t.name, t.marker.color]});")
    assert colours == [[k.label, k.colour] for k in KINDS.values() if k.name != "acquisition"]
    assert browser.find_element("id", "tl-undated").text == "Every commitment has a date."
    lines = chart(browser, "return gd.data.map(function(t){return [t.name, t.y[t.y.length - 1]]});", "tl-money")
    assert lines == [["OpenAI", 556.5], ["NVIDIA", 115.25], ["Anthropic", 30], ["Microsoft", 25], ["CoreWeave", 7],
                     ["Amazon", 4], ["Google", 3]]
    money_text = browser.find_element("id", "tl-money").text
    assert "committed so far ($B)" in money_text and "month" in money_text
    assert browser.find_element("id", "tl-period").text == "Dates: all (undated deals included)."
    shot(browser, "timeline")

    brush(browser, "2025-09", "2025-10")
    wait(lambda: "since=2025-09-01&until=2025-10-31" in browser.current_url, what="the brushed period in the URL")
    assert wait(lambda: browser.find_element("id", "tl-period").text) == \
        "Dates: 2025-09-01 to 2025-10-31 (every page follows them)."
    shaded = wait(lambda: chart(browser, "return gd.layout.shapes.length ? [gd.layout.shapes[0].x0, "
                                         "gd.layout.shapes[0].x1] : null;"), what="the period shaded")
    assert shaded == [9.5, 11.5]

    browser.execute_script("window.scrollTo(0, 0);")     # back up to the nav bar, as a person would
    wait(lambda: browser.execute_script("return window.scrollY === 0 && "
                                        "document.getElementById('nav-network').getBoundingClientRect().top > 0"),
         what="the nav bar in view")
    browser.set_window_size(1366, 1150)      # both charts in one picture (the README shows it)
    time.sleep(1.0)
    shot(browser, "timeline-brushed")
    browser.set_window_size(1366, 768)
    time.sleep(0.5)
    browser.find_element("id", "nav-network").click()
    wait(lambda: cy_count(browser, "network") > 0, what="network edges")
    assert "since=2025-09-01&until=2025-10-31" in browser.current_url
    picker = [browser.find_element("id", i).get_attribute("value") for i in ("net-dates", "net-dates-end-date")]
    assert picker == ["2025-09-01", "2025-10-31"]
    note = wait(lambda: browser.find_element("id", "net-note").text, what="network note")
    # September and October hold 18 deals; the other 10 (November, Nov 2024, the rumour) are hidden
    assert note.startswith("18 commitments drawn as ") and "The filters hide 10 of 28 commitments" in note
    drawn = set(map(tuple, browser.execute_script(
        "return document.getElementById('network')._cyreg.cy.edges().map(function(e){"
        "return [e.data('from'), e.data('to'), e.data('kind')]});")))
    assert ("NVIDIA", "OpenAI", "investment") in drawn and ("OpenAI", "Oracle", "compute_purchase") in drawn
    assert ("Amazon", "Anthropic", "investment") not in drawn and ("NVIDIA", "Anthropic", "investment") not in drawn
    assert console_errors(browser) == []


def test_clear_dates_drops_the_period_everywhere(demo, browser):
    url, _ = demo
    ready(browser, url + "/timeline?since=2025-09-01&until=2025-10-31")
    assert browser.find_element("id", "nav-loops").get_attribute("href").endswith(
        "/loops?since=2025-09-01&until=2025-10-31")
    browser.find_element("id", "tl-clear").click()
    wait(lambda: "since=" not in browser.current_url, what="dates cleared from the URL")
    assert wait(lambda: browser.find_element("id", "tl-period").text) == "Dates: all (undated deals included)."
    assert wait(lambda: browser.find_element("id", "nav-loops").get_attribute("href").endswith("/loops"))
    active = [a.get_attribute("id") for a in browser.find_elements("css selector", ".navbar .nav-link.active")]
    assert active == ["nav-timeline"]


def test_undated_deals_are_counted_and_an_empty_filter_says_so(demo, browser):
    url, store = demo
    store.write_articles([article("undated-1", [deal("investment", "Harbor", "Quill", 4e7),
                                                deal("partnership", "Harbor", "Lumen")])])

    def undated_line():      # the app re-reads the store every few seconds: reload until it has
        ready(browser, url + "/timeline")
        text = browser.find_element("id", "tl-undated").text
        return text if "no date" in text else None

    assert wait(undated_line, timeout=40, what="the undated deals counted") == \
        "2 commitments have no date: no source gives one, so they are in no month."
    assert "$40M is committed in undated deals" in browser.find_element("id", "tl-money-note").text
    open_page(browser, url + "/timeline?kinds=acquisition")
    assert wait(lambda: browser.find_element("id", "tl-empty").text, what="empty state") == \
        "No commitments under these filters: widen the kinds, the minimum amount or include rumoured deals."
    assert not browser.find_element("id", "tl-months").is_displayed()


def test_2000_commitments_timeline_is_ready_with_small_responses(big, browser):
    url, store = big
    ready(browser, url + "/timeline")
    months = chart(browser, "return gd.data[0].x;")
    assert months == [f"2025-{m:02d}" for m in range(1, 13)]
    total = chart(browser, "var n = 0; gd.data.forEach(function(t){ t.y.forEach(function(y){ n += y; }); }); return n;")
    assert total == 1645
    assert len(chart(browser, "return gd.data;", "tl-money")) == 8
    sizes = browser.execute_script(
        "return performance.getEntriesByType('resource').filter(function(e){"
        "return e.name.indexOf('_dash-update-component') >= 0 || e.name.indexOf('_dash-layout') >= 0;})"
        ".map(function(e){return [e.name, e.decodedBodySize];});")
    print("largest responses (bytes):", sorted(sizes, key=lambda s: -s[1])[:3])
    assert sizes and max(size for _, size in sizes) < RESPONSE_LIMIT
    shot(browser, "timeline-2000")
    assert console_errors(browser) == []

"""Concentration, console, nav and width in real headless Chromium, on the sample articles."""
from __future__ import annotations

import csv
import time

import pytest

from tests.webapp.test_browser import browser, console_errors, open_page, shot, wait  # noqa: F401
from tests.webapp.test_network_page import demo  # noqa: F401
from webapp.plotly_bundle import TRACES

pytestmark = pytest.mark.browser


def test_concentration_flags_missing_amounts_and_its_table_downloads_as_csv(demo, browser, tmp_path):
    url, _ = demo
    open_page(browser, url + "/concentration")
    wait(lambda: browser.find_elements("css selector", "#hhi-compute .main-svg"), what="charts")
    time.sleep(0.5)
    # Anthropic's compute index rests on one provider with a figure: its bar is flagged with the count
    flags = browser.execute_script(
        "return Array.from(document.querySelectorAll('#hhi-compute text.bartext')).map(function(t)"
        "{return t.textContent});")
    assert flags == ["2 w/o $"]
    texts = browser.find_element("id", "hhi-compute").text
    assert "HHI (0–10,000)" in texts and "buyer (most money first)" in texts
    assert "compute: providers' share of $586.5B (HHI 4,897, highly concentrated)" in \
        browser.find_element("id", "market-compute").text
    # the toolbar stands to the right of the plot, not over the title
    title = browser.find_element("css selector", "#hhi-compute .gtitle").rect
    bar = browser.find_element("css selector", "#hhi-compute .modebar").rect
    assert title["x"] + title["width"] < bar["x"] or bar["y"] > title["y"] + title["height"]
    shot(browser, "concentration-flagged")
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    browser.find_element("css selector", "#conc-charts details summary").click()
    export = wait(lambda: browser.find_element("css selector", "#table-compute .export"),
                  what="the table, built when first unfolded")
    export.click()
    path = wait(lambda: next(iter(tmp_path.glob("*.csv")), None), what="CSV download")
    time.sleep(0.3)
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["company"], r["HHI"], r["deals without an amount"]) for r in rows] == [
        ("OpenAI", "4926", "0"), ("Anthropic", "10000", "2")]
    assert console_errors(browser) == []


def test_concentration_says_when_nothing_is_left_to_chart(demo, browser):
    url, _ = demo
    open_page(browser, url + "/concentration?kinds=partnership")
    text = wait(lambda: browser.find_element("id", "conc-charts").text, what="empty states")
    assert text.splitlines() == ["compute: no compute purchase with a stated amount under these filters.",
                                 "chips: no hardware purchase with a stated amount under these filters.",
                                 "capital: no investment with a stated amount under these filters."]


def test_console_shows_dollars_and_nav_marks_the_page(demo, browser):
    url, _ = demo
    open_page(browser, url + "/console")
    browser.find_element("id", "q-run").click()
    wait(lambda: browser.find_element("id", "q-count").text, what="rows")
    # (the table renders after the count, from a script it loads on first use: wait for its first data row)
    rows = wait(lambda: browser.find_elements("css selector", "#q-table tbody tr")[1:], what="table rows")
    first = rows[0].text
    assert first.endswith("$300B")
    active = [a.get_attribute("id") for a in browser.find_elements("css selector", ".navbar .nav-link.active")]
    assert active == ["nav-console"]


@pytest.mark.parametrize("path", ["/network", "/loops", "/concentration", "/timeline", "/console", "/articles"])
def test_no_sideways_scroll_at_1024_px(demo, browser, path):
    browser.set_window_size(1024, 768)
    try:
        open_page(browser, url := demo[0] + path)
        time.sleep(1.0)
        width = browser.execute_script("return document.documentElement.clientWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width, url
    finally:
        browser.set_window_size(1366, 768)


def test_a_new_loops_table_drops_the_old_selection(demo, browser):
    url, _ = demo
    open_page(browser, url + "/loops?ties=1")
    wait(lambda: browser.find_elements("css selector", "#loops-table input[type=radio]"), what="loop rows")
    browser.find_elements("css selector", "#loops-table input[type=radio]")[0].click()
    wait(lambda: browser.execute_script("return document.getElementById('loops-network')._cyreg.cy"
                                        ".nodes('.highlight').length") > 0, what="highlight")
    box = browser.find_element("id", "loops-maxlen")
    box.clear()
    box.send_keys("2")
    wait(lambda: "maxlen=2" in browser.current_url, what="new table")
    wait(lambda: browser.execute_script("return document.getElementById('loops-network')._cyreg.cy"
                                        ".nodes('.highlight').length") == 0, what="highlight gone")
    assert not any(r.is_selected() for r in browser.find_elements("css selector", "#loops-table input[type=radio]"))


def test_charts_are_drawn_by_plotlys_basic_bundle(demo, browser):
    """dcc.Graph's request for plotly.js gets the basic bundle (a quarter of the full one's size,
    so the first chart of a visit appears sooner), and every chart of Concentration and Timeline
    is of a trace type that bundle draws."""
    url, _ = demo
    for path, first in (("/concentration", "hhi-compute"), ("/timeline", "tl-months")):
        open_page(browser, url + path)
        wait(lambda: browser.find_elements("css selector", f"#{first} .main-svg"), what=f"{path} charts")
        time.sleep(0.5)
        assert browser.execute_script("return Object.keys(Plotly.PlotSchema.get().traces).sort()") == list(TRACES)
        drawn = browser.execute_script(
            "return Array.from(document.querySelectorAll('.js-plotly-plot')).map(function(gd) {"
            "return gd._fullData.map(function(t) { return [t.type, t.visible]; }); });")
        assert drawn and all(drawn), path
        assert {tuple(t) for chart in drawn for t in chart} <= {(kind, True) for kind in TRACES}, path
    assert console_errors(browser) == []

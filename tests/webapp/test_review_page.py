"""The Review page in real headless Chromium, on both engines: accept one commitment,
reject one, edit one, then the network and the loops show the decisions, and the
reviewed-only switch limits them to what a person checked."""
from __future__ import annotations

import threading
import time

import pytest

from tests.conftest import BACKENDS, empty_neo4j, neo4j_config
from tests.graph.facts import article, deal
from tests.graph.test_review_queue import queue_graph
from tests.webapp.test_browser import browser, console_errors, cy_count, open_page, shot, wait  # noqa: F401

pytestmark = pytest.mark.browser


def loop_back() -> dict:
    """Brightcloud pays Orrin Capital: money goes round Orrin -> Tessel -> Brightcloud -> Orrin."""
    return article("q3", [deal("investment", "Brightcloud", "Orrin Capital", 1e9, confidence=0.9, date="2025-03-01",
                               sentence="Brightcloud takes a $1 billion stake in Orrin Capital.")],
                   published="2025-03-01", outlet="Harbor Wire")


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory):
    from werkzeug.serving import make_server

    from graph.falkor_backend import FalkorStore
    from webapp.app import create_app

    if request.param == "neo4j":
        from graph.neo4j_backend import Neo4jStore

        neo4j = request.getfixturevalue("neo4j_server")
        empty_neo4j(neo4j)
        store = Neo4jStore(neo4j_config(neo4j))
    else:
        store = FalkorStore(tmp_path_factory.mktemp("review") / "g.db")
    store.ensure_schema()
    store.write_articles(queue_graph() + [loop_back()])
    srv = make_server("127.0.0.1", 0, create_app(store).server, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    store.close()


def card(browser, headline: str):
    """The review card whose headline contains ``headline``."""
    for el in browser.find_elements("css selector", ".review-item"):
        if headline in el.find_element("css selector", "b").text:
            return el
    raise AssertionError(f"no review card for {headline}")


def press(browser, el, button: str) -> None:
    found = el.find_element("xpath", f".//button[normalize-space()='{button}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", found)
    time.sleep(0.3)
    found.click()


def decide(browser, headline: str, button: str) -> str:
    press(browser, card(browser, headline), button)
    return wait(lambda: card(browser, headline).find_element("css selector", ".review-done").text, what=button)


def edges(browser, cid="network") -> dict:
    """The drawn lines: (from, to, kind) -> label."""
    rows = browser.execute_script(
        f"var cy = document.getElementById('{cid}')._cyreg.cy; "
        "return cy.edges().map(function(e){return [e.data('from'), e.data('to'), e.data('kind'), e.data('label')]});")
    return {(a, b, k): label for a, b, k, label in rows}


def loop_rows(browser) -> list[str]:
    wait(lambda: browser.find_element("id", "loops-note").text, what="loops note")
    return [td.text for td in browser.find_elements("css selector", "#loops-table tbody td[data-dash-column=loop]")]


def test_accept_reject_edit_then_network_and_loops_show_them(server, browser):
    browser.get_log("browser")
    open_page(browser, server + "/loops")
    assert sorted(loop_rows(browser)) == ["Brightcloud → Orrin Capital → Brightcloud",
                                          "Brightcloud → Orrin Capital → Tessel AI → Brightcloud"]

    open_page(browser, server + "/review")
    intro = browser.find_element("id", "review-intro").text
    assert intro.startswith("6 of 6 unreviewed commitment(s)")
    first = browser.find_elements("css selector", ".review-item")[0]
    assert first.find_element("css selector", "b").text == "1. compute purchase: Tessel AI → Brightcloud, $20B"
    assert [m.text for m in first.find_elements("css selector", "mark")] == ["Tessel AI", "$20 billion", "Brightcloud"]
    shot(browser, "review-queue")

    browser.find_element("id", "review-by").send_keys("ana")
    assert decide(browser, "Tessel AI → Brightcloud", "Reject").startswith("Rejected: hidden from every analysis")
    assert decide(browser, "investment: Orrin Capital → Brightcloud", "Accept").startswith("Accepted")
    target = card(browser, "investment: Orrin Capital → Tessel AI")
    press(browser, target, "Edit…")
    amount = wait(lambda: [i for i in target.find_elements("css selector", "input[type=number]") if i.is_displayed()][0],
                  what="edit form")
    amount.clear()
    amount.send_keys("0.7")
    press(browser, target, "Save edit")
    done = wait(lambda: card(browser, "Orrin Capital → Tessel AI").find_element("css selector", ".review-done").text,
                what="edit")
    assert done.startswith("Edited: amount_usd = $700M") and "by ana" in done
    shot(browser, "review-decided")

    open_page(browser, server + "/review")   # decided items leave the queue
    assert browser.find_element("id", "review-intro").text.startswith("3 of 3 unreviewed commitment(s)")

    open_page(browser, server + "/network")
    drawn = wait(lambda: edges(browser) if cy_count(browser, "network") > 0 else None, what="network edges")
    assert ("Tessel AI", "Brightcloud", "compute_purchase") not in drawn
    assert drawn["Orrin Capital", "Tessel AI", "investment"] == "✓ $700M"
    assert drawn["Orrin Capital", "Brightcloud", "investment"] == "✓ $3B"
    assert drawn["Brightcloud", "Orrin Capital", "investment"] == "$1B"
    note = browser.find_element("id", "reviewed-note").text
    assert note == "$2B of the $5.7B in view (35%) rests on facts nobody has reviewed."

    open_page(browser, server + "/loops")
    assert loop_rows(browser) == ["Brightcloud → Orrin Capital → Brightcloud"]

    # the switch: reviewed facts only, on every page
    open_page(browser, server + "/network")
    browser.find_element("css selector", "#reviewed-only input").click()
    wait(lambda: "Reviewed facts only" in browser.find_element("id", "reviewed-note").text, what="reload")
    wait(lambda: cy_count(browser, "network") == 2, what="reviewed edges")
    assert set(edges(browser)) == {("Orrin Capital", "Tessel AI", "investment"),
                                   ("Orrin Capital", "Brightcloud", "investment")}
    assert browser.find_element("id", "reviewed-note").text == \
        "Reviewed facts only: $3.7B shown; $2B (35%) resting on unreviewed facts is left out."
    shot(browser, "network-reviewed-only")
    open_page(browser, server + "/loops")
    assert loop_rows(browser) == []
    assert browser.find_element("css selector", "#reviewed-only input").is_selected()
    browser.find_element("css selector", "#reviewed-only input").click()   # off again
    wait(lambda: "rests on facts nobody has reviewed" in browser.find_element("id", "reviewed-note").text,
         what="switch off")
    assert loop_rows(browser) == ["Brightcloud → Orrin Capital → Brightcloud"]
    assert console_errors(browser) == []


def test_review_page_fits_1024_px(server, browser):
    browser.set_window_size(1024, 768)
    try:
        open_page(browser, server + "/review")
        width = browser.execute_script("return document.documentElement.clientWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    finally:
        browser.set_window_size(1366, 768)

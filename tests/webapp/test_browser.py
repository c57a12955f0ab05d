"""The explorer in real headless Chromium (Debian chromium + chromedriver)."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, empty_neo4j, neo4j_config

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory):
    """The app over the sample articles, on the embedded store and then on the real Neo4j."""
    from werkzeug.serving import make_server

    import dealgraph_cli
    from graph.falkor_backend import FalkorStore
    from ingest.cli import ingest_articles
    from ingest.loaders import load
    from webapp.app import create_app

    if request.param == "neo4j":
        from graph.neo4j_backend import Neo4jStore

        neo4j = request.getfixturevalue("neo4j_server")
        empty_neo4j(neo4j)
        store = Neo4jStore(neo4j_config(neo4j))
    else:
        store = FalkorStore(tmp_path_factory.mktemp("web") / "g.db")
    store.ensure_schema()
    ingest_articles(store, list(load([str(SAMPLES)])), dealgraph_cli.make_extractor())
    preview, ingest = dealgraph_cli.make_callables(store)
    app = create_app(store, preview, ingest)
    srv = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    store.close()


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian chromium and chromium-driver are not installed (.ci/install installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1366,768"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def wait(pred, timeout=20.0, what="condition", browser=None):
    """`pred()` once it is true; else fails, saying what the page showed when `browser` is given (its URL, the
    length of its history and its console's errors: what a timed-out Back or Forward needs to be understood)."""
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = pred()
            if value:
                return value
        except Exception:
            pass
        time.sleep(0.2)
    seen = "" if browser is None else (f" (at {browser.current_url}, history length "
                                       f"{browser.execute_script('return history.length')}, console errors "
                                       f"{[e['message'][:300] for e in console_errors(browser)]})")
    raise AssertionError(f"timed out waiting for {what}{seen}")


def open_page(browser, url):
    browser.get(url)
    wait(lambda: browser.execute_script("return document.querySelector('#page') && "
                                        "document.querySelector('#page').children.length > 0"), what="page")
    time.sleep(1.0)


def console_errors(browser):
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    for e in errors:
        print("console:", e["message"][:2000])
    return errors


def cy_count(browser, cid, selector="edge"):
    return browser.execute_script(
        f"var el = document.getElementById('{cid}'); return el && el._cyreg && el._cyreg.cy "
        f"? el._cyreg.cy.elements('{selector}').length : -1;")


def canvas_in_view(browser, cid):
    """Scroll a drawing wholly into view before clicking inside it: a click that makes Selenium scroll
    reaches Cytoscape at the scrolled place, while the point was measured before (a miss by the scroll)."""
    browser.execute_script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", cid)
    time.sleep(0.3)


def shot(browser, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("path", ["/network", "/loops", "/concentration", "/timeline", "/console", "/articles"])
def test_each_page_loads_without_console_errors(server, browser, path):
    browser.get_log("browser")
    open_page(browser, server + path)
    if path == "/network":
        wait(lambda: cy_count(browser, "network") > 0, what="network edges")
    if path == "/concentration":
        wait(lambda: browser.find_elements("css selector", "#hhi-compute .main-svg"), what="charts")
    if path == "/timeline":
        wait(lambda: browser.find_elements("css selector", "#tl-months .main-svg"), what="charts")
    time.sleep(0.5)
    shot(browser, path.strip("/"))
    assert console_errors(browser) == []
    # nothing overflows the 1366-px viewport sideways
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 1366


def test_filter_changes_the_drawn_elements_and_the_url(server, browser):
    open_page(browser, server + "/network")
    before = wait(lambda: cy_count(browser, "network"), what="edges")
    open_page(browser, server + "/network?kinds=investment")
    after = wait(lambda: cy_count(browser, "network"), what="edges")
    assert 0 < after < before
    kinds = browser.execute_script(
        "var cy = document.getElementById('network')._cyreg.cy; "
        "return cy.edges().map(function(e){return e.data('kind')});")
    assert set(kinds) == {"investment"}
    # choosing a minimum amount through the form narrows it again and lands in the URL
    box = browser.find_element("id", "net-min")
    box.send_keys("50")
    box.send_keys("\n")
    wait(lambda: "min=50" in browser.current_url, what="URL state")
    assert wait(lambda: cy_count(browser, "network")) < after


def test_clicking_an_edge_shows_its_source_sentence(server, browser):
    open_page(browser, server + "/network?kinds=investment&company=OpenAI")
    wait(lambda: cy_count(browser, "network") > 0, what="edges")
    time.sleep(1.5)  # layout settles
    from selenium.webdriver.common.action_chains import ActionChains

    canvas_in_view(browser, "network")

    pos = browser.execute_script(
        "var cy = document.getElementById('network')._cyreg.cy; "
        "var e = cy.edges().filter(function(x){return x.source().data('company') == 'NVIDIA';})[0]; "
        "var p = e.renderedMidpoint(); return [p.x, p.y];")
    canvas = browser.find_element("css selector", "#network")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(canvas, pos[0] - size["width"] / 2,
                                                      pos[1] - size["height"] / 2).click().perform()
    text = wait(lambda: browser.find_element("id", "details").text if "NVIDIA → OpenAI" in
                browser.find_element("id", "details").text else None, what="edge details")
    assert "NVIDIA intends to commit as much as $100 billion to OpenAI" in text
    shot(browser, "network-edge-details")


def test_selecting_a_loop_highlights_it(server, browser):
    open_page(browser, server + "/loops")
    wait(lambda: browser.find_elements("css selector", "#loops-table input[type=radio]"), what="loop rows")
    first = browser.find_element("css selector", "#loops-table td.dash-cell.column-1").text
    browser.find_elements("css selector", "#loops-table input[type=radio]")[0].click()
    highlighted = wait(lambda: browser.execute_script(
        "var cy = document.getElementById('loops-network')._cyreg.cy; "
        "return cy.nodes('.highlight').map(function(n){return n.data('company')});"), what="highlight")
    assert set(highlighted) == {part.strip() for part in first.split("→")}
    shot(browser, "loops-selected")


def run_console(browser, query):
    from selenium.webdriver.common.keys import Keys

    box = browser.find_element("id", "q-text")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.DELETE)
    box.send_keys(query)
    browser.find_element("id", "q-run").click()


def test_console_reads_and_refuses_writes_and_bad_syntax(server, browser):
    open_page(browser, server + "/console")
    run_console(browser, "MATCH (c:Company) RETURN c.name AS name ORDER BY name")
    count = wait(lambda: browser.find_element("id", "q-count").text, what="rows")
    assert "row(s)" in count and int(count.split()[0]) >= 5
    # the row count and the table are drawn by separate updates: wait for the table itself
    assert wait(lambda: "NVIDIA" in browser.find_element("id", "q-table").text, what="result table")
    run_console(browser, "CREATE (:Company {id: 'evil'})")
    err = wait(lambda: browser.find_element("id", "q-alert").text, what="write refused")
    assert "read-only" in err
    run_console(browser, "MATCH (n RETURN n")
    err2 = wait(lambda: browser.find_element("id", "q-alert").text if
                browser.find_element("id", "q-alert").text != err else None, what="syntax error")
    assert err2 and "read-only" not in err2
    shot(browser, "console-error")


def test_pasting_an_article_ingests_it_and_it_appears_on_the_network(server, browser):
    open_page(browser, server + "/articles")
    text = ("Lumora Robotics Inc. will buy $2 billion of cloud computing capacity from Oracle, the robotics startup "
            "said on Monday, in a deal that runs for five years. <script>alert(1)</script>")
    browser.find_element("id", "a-title").send_keys("Lumora picks Oracle")
    browser.find_element("id", "a-text").send_keys(text)
    browser.find_element("id", "a-preview").click()
    preview = wait(lambda: browser.find_element("id", "a-alert").text, what="preview")
    assert "Preview only" in preview and "Lumora Robotics → Oracle" in preview
    browser.find_element("id", "a-ingest").click()
    wait(lambda: "Stored" in browser.find_element("id", "a-alert").text, what="ingest")
    shot(browser, "articles-ingested")
    open_page(browser, server + "/network?company=Lumora%20Robotics")
    names = wait(lambda: browser.execute_script(
        "var cy = document.getElementById('network')._cyreg.cy; "
        "return cy.nodes().map(function(n){return n.data('company')});"), what="nodes")
    assert "Lumora Robotics" in names and "Oracle" in names
    assert console_errors(browser) == []  # the pasted <script> was shown as text, never run


LONG_PASTE = ("The board of a small river town met on a wet Thursday to weigh a plan for new street lamps. "
              "Residents spoke for an hour about cost, light and the look of the old square.\n\n")


def set_textarea(browser, element_id, text):
    """Put a long text into a React textarea as a paste would (send_keys types it key by key)."""
    browser.execute_script(
        "var el = document.getElementById(arguments[0]);"
        "var set = Object.getOwnPropertyDescriptor(window.HTMLTextAreaElement.prototype, 'value').set;"
        "set.call(el, arguments[1]); el.dispatchEvent(new Event('input', {bubbles: true}));", element_id, text)


def test_a_long_paste_is_read_off_the_request_thread_with_the_buttons_disabled(server, browser):
    import urllib.request

    open_page(browser, server + "/articles")
    # long enough to be read for several seconds here (a 900 KB paste takes minutes; see README)
    text = LONG_PASTE * (40_000 // len(LONG_PASTE)) + (
        "Cohere also signed a $3 billion contract to buy cloud computing capacity from Nebius over four years, "
        "according to a filing published this week.")
    set_textarea(browser, "a-text", text)
    started = time.monotonic()
    browser.find_element("id", "a-preview").click()
    status = wait(lambda: browser.find_element("id", "a-status").text, timeout=5, what="running message")
    answered = time.monotonic() - started
    assert status.startswith("Reading the article…") and answered < 5
    assert browser.find_element("id", "a-preview").get_attribute("disabled") == "true"
    assert browser.find_element("id", "a-ingest").get_attribute("disabled") == "true"
    shot(browser, "articles-paste-running")
    # other requests are served while the text is read
    waits = []
    for _ in range(3):
        t0 = time.monotonic()
        with urllib.request.urlopen(server + "/loops", timeout=30) as resp:
            assert resp.status == 200
        waits.append(time.monotonic() - t0)
    assert browser.find_element("id", "a-status").text.startswith("Reading the article…")
    assert max(waits) < 2.0, waits
    result = wait(lambda: browser.find_element("id", "a-alert").text, timeout=240, what="long preview")
    assert "Preview only" in result and "Cohere → Nebius" in result
    assert browser.find_element("id", "a-preview").get_attribute("disabled") is None
    assert browser.find_element("id", "a-status").text == ""
    assert console_errors(browser) == []

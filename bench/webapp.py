"""Server-side time of the explorer's callbacks against a store of generated commitments
(2,000 by default), and what each sends to the browser.

Three modes, each printing median and 95th percentile (ms) and the largest response (KB):

- one client (default): every callback in turn through Flask's test client, in-process;
- ``--clients N``: N threads against the app served over HTTP on 127.0.0.1 (a real threaded
  werkzeug server), every thread running the whole mix of callbacks ``REPEAT`` times;
- ``--browser``: each page opened in headless Chromium until it is ready (its chart or table
  drawn and no callback pending), ``REPEAT`` times per page;
- ``--browser --against CHECKOUT``: the same, side by side with another checkout of dealgraph
  (main, say): each checkout serves its own app over its own store of the same generated
  commitments, in a process of its own, and one Chromium opens each page on the two in turn
  (alternating which goes first); prints both and the ratio of the medians, with the load average.

Usage: python -m bench.webapp [COMMITMENTS] [REPEAT] [--clients N] [--browser [--against CHECKOUT]]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

from bench.analytics import synthetic
from graph.falkor_backend import FalkorStore
from webapp.app import create_app

KINDS = ["investment", "compute_purchase", "hardware_purchase", "partnership", "distribution", "acquisition"]
# what makes each page ready in the browser (a JavaScript expression)
READY = {
    "/network": "document.getElementById('network')._cyreg.cy.nodes().length > 0",
    "/loops": "document.querySelectorAll('#loops-table td.dash-cell.column-1').length > 0 && "
              "document.getElementById('loops-network')._cyreg.cy.edges().length > 0",
    "/concentration": "document.querySelectorAll('#conc-charts .main-svg').length >= 6",
    "/console": "!!document.getElementById('q-text')",
    "/articles": "document.querySelectorAll('#articles-table td.dash-cell').length > 0",
}


def facts_from(rows: list[dict]) -> list[dict]:
    return [{"article": {"id": f"a{i}", "title": f"Synthetic {i}", "published": r["date"]},
             "entities": [{"type": "Company", "name": r["from_name"]}, {"type": "Company", "name": r["to_name"]}],
             "commitments": [{"kind": r["kind"], "from": r["from_name"], "to": r["to_name"],
                              "amount_usd": r["amount_usd"], "upper_bound": r["upper_bound"], "status": "announced",
                              "date": r["date"], "sentence": f"{r['from_name']} and {r['to_name']} agreed a deal.",
                              "start": 0, "end": 40}]} for i, r in enumerate(rows)]


def output_key(app, prefix: str) -> str:
    """The callback's registered output key (outputs allowed twice carry a suffix)."""
    return next(k for k in app.callback_map if k.startswith(prefix))


def body(app, prefix: str, inputs: list[dict], state: list[dict] | None = None) -> dict:
    """The request Dash's renderer sends for the callback whose output key starts with ``prefix``."""
    key = output_key(app, prefix)
    outputs = [dict(zip(("id", "property"), part.split("@")[0].rsplit(".", 1)))
               for part in key.strip(".").split("...")]    # ..id.prop...id.prop@hash..
    return {"output": key, "outputs": outputs if len(outputs) > 1 else outputs[0], "inputs": inputs,
            "state": state or [], "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"]}


def _v(cid: str, value, prop: str = "value") -> dict:
    return {"id": cid, "property": prop, "value": value}


def _filters(p: str, kinds: list[str], min_b) -> list[dict]:
    return [_v(f"{p}-kinds", kinds), _v(f"{p}-dates", None, "start_date"), _v(f"{p}-dates", None, "end_date"),
            _v(f"{p}-min", min_b), _v(f"{p}-rumoured", [])]


def cases(app, loops_rows: list[dict]) -> dict[str, Callable[[int], dict]]:
    """Each callback's request for call number ``i`` (filters vary with ``i``)."""
    mins = [None, 1, 5]
    kinds = lambda i: KINDS[: 2 + i % 4]  # noqa: E731
    return {
        "page open": lambda i: body(app, "page.children", [_v("url", ["/network", "/loops", "/concentration",
                                                                      "/console", "/articles"][i % 5], "pathname"),
                                                   _v("url-popped", None, "data")],
                                    [_v("url", "", "search")]),
        "filter change": lambda i: body(app, "..network.elements", [
            *_filters("net", kinds(i), mins[i % 3]), _v("net-company", None), _v("net-depth", 1),
            _v("network", "network", "id"), _v("net-expanded", [], "data"), _v("net-top", None, "data")],
            [_v("url", "", "search")]),
        "node click": lambda i: body(app, "details.children", [
            _v("network", {"company": f"co{i % 40}"}, "tapNodeData"), _v("network", None, "tapEdgeData"),
            *_filters("net", KINDS, None), _v("net-company", None), _v("net-depth", 1)], [_v("net-top", None, "data")]),
        "loops table": lambda i: body(app, "..loops-table.data", [
            *_filters("loops", kinds(i + 2), mins[i % 3]), _v("loops-company", [None, "co1", "co7"][i % 3]),
            _v("loops-maxlen", 4), _v("loops-ties", []), _v("loops-table", "loops-table", "id")],
            [_v("url", "", "search"), _v("loops-returning-wanted", False, "data")]),
        "loop selection": lambda i: body(app, "..loops-network.elements", [
            _v("loops-picked", {"id": loops_rows[i % len(loops_rows)]["id"] if loops_rows else None, "at": i},
               "data"),
            *_filters("loops", KINDS, None), _v("loops-company", None), _v("loops-maxlen", 4), _v("loops-ties", []),
            _v("loops-network", "loops-network", "id")], [_v("url", "", "search")]),
        "concentration": lambda i: body(app, "..conc-charts.children", [
            *_filters("conc", kinds(i), mins[i % 3]), _v("conc-charts", "conc-charts", "id")],
            [_v("url", "", "search")]),
        "articles list": lambda i: body(app, "articles-list.children", [
            _v("url", "/articles", "pathname"), _v("a-result", None, "children")]),
        "console query": lambda i: body(app, "..q-result.children", [_v("q-run", i + 1, "n_clicks")], [
            _v("q-text", "MATCH (a:Company)-[:COMMITS]->(c:Commitment) RETURN a.name, count(c) AS n "
                         "ORDER BY n DESC LIMIT 50"),
            _v("q-params", "{}"), _v("q-limit", 200), _v("q-timeout", 5000)]),
    }


def _report(title: str, times: dict[str, list[float]], sizes: dict[str, list[int]]) -> None:
    print(title)
    print(f"{'callback':<16} {'median ms':>10} {'p95 ms':>8} {'max KB':>8}")
    for name in times:
        ts = sorted(times[name])
        p95 = ts[min(len(ts) - 1, int(0.95 * len(ts)))]
        print(f"{name:<16} {statistics.median(ts):>10.1f} {p95:>8.1f} {max(sizes[name]) / 1024:>8.1f}")


def one_client(app, requests: dict[str, Callable[[int], dict]], repeat: int) -> None:
    client = app.server.test_client()
    client.get("/")
    times, sizes = defaultdict(list), defaultdict(list)
    for name, make in requests.items():
        for i in range(repeat):
            t = time.perf_counter()
            res = client.post("/_dash-update-component", data=json.dumps(make(i)), content_type="application/json")
            times[name].append((time.perf_counter() - t) * 1000)
            assert res.status_code in (200, 204), (name, res.data[:300])
            sizes[name].append(len(res.data))
    _report("one client, in-process:", times, sizes)


def _serve(app):
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs):
            pass

    srv = make_server("127.0.0.1", 0, app.server, threaded=True, request_handler=Quiet)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def many_clients(app, requests: dict[str, Callable[[int], dict]], repeat: int, clients: int) -> None:
    """``clients`` threads, each with its own connection, each running every callback ``repeat`` times
    (in a different order per thread, so all callbacks overlap)."""
    srv = _serve(app)
    times, sizes, lock, failures = defaultdict(list), defaultdict(list), threading.Lock(), []
    names = list(requests)

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", srv.server_port, timeout=120)
        for i in range(repeat):
            for j in range(len(names)):
                name = names[(j + k) % len(names)]
                payload = json.dumps(requests[name](i + k)).encode()
                t = time.perf_counter()
                conn.request("POST", "/_dash-update-component", payload, {"Content-Type": "application/json"})
                res = conn.getresponse()
                data = res.read()
                elapsed = (time.perf_counter() - t) * 1000
                with lock:
                    times[name].append(elapsed)
                    sizes[name].append(len(data))
                    if res.status not in (200, 204):
                        failures.append((name, res.status))
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    srv.shutdown()
    _report(f"{clients} concurrent clients over HTTP ({time.perf_counter() - started:.1f} s in all, "
            f"{len(failures)} failed):", {n: times[n] for n in names}, sizes)


def _chromium():
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,900"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)


PENDING = "document.querySelectorAll('[data-dash-is-loading=\"true\"]').length == 0"


def opened(driver, url: str, ready: str) -> float:
    """Milliseconds from asking Chromium for ``url`` until ``ready`` holds and no callback is pending."""
    t = time.perf_counter()
    driver.get(url)
    while not driver.execute_script(f"try {{ return ({ready}) && {PENDING}; }} catch (e) {{ return false; }}"):
        if time.perf_counter() - t > 60:
            raise TimeoutError(url)
        time.sleep(0.02)
    return (time.perf_counter() - t) * 1000


def in_browser(app, repeat: int) -> None:
    """Each page opened in headless Chromium until ready; the first opening of each page is counted."""
    srv = _serve(app)
    driver = _chromium()
    print(f"{'page':<16} {'median ms':>10} {'max ms':>8}")
    try:
        for path, ready in READY.items():
            times = [opened(driver, f"http://127.0.0.1:{srv.server_port}{path}", ready) for _ in range(repeat)]
            print(f"{path:<16} {statistics.median(times):>10.1f} {max(times):>8.1f}")
    finally:
        driver.quit()
        srv.shutdown()


# run by each checkout's own code (cwd = the checkout): its app over its own store, until stdin closes
SERVE = r"""
import sys, tempfile, threading
from pathlib import Path
from werkzeug.serving import WSGIRequestHandler, make_server
from bench.analytics import synthetic
from bench.webapp import facts_from
from graph.falkor_backend import FalkorStore
from webapp.app import create_app

class Quiet(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass

with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
    store = FalkorStore(Path(tmp) / "bench.db")
    store.ensure_schema()
    facts = facts_from(synthetic(int(sys.argv[1]), seed=5))
    for i in range(0, len(facts), 200):
        store.write_articles(facts[i:i + 200])
    srv = make_server("127.0.0.1", 0, create_app(store).server, threaded=True, request_handler=Quiet)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    print(srv.server_port, flush=True)
    sys.stdin.read()
    srv.shutdown()
    store.close()
"""


def side_by_side(commitments: int, repeat: int, other: Path) -> None:
    """Every page opened ``repeat`` times on ``other``'s app and on this checkout's, in turn (which
    goes first alternates); one untimed opening of the network first on each (the store read and
    the layout). Each app runs in a process of its own, built by its own checkout's code."""
    here = Path(__file__).resolve().parents[1]
    names = {"other": other.resolve(), "this": here}
    procs, ports = {}, {}
    try:
        for name, root in names.items():
            procs[name] = subprocess.Popen([sys.executable, "-c", SERVE, str(commitments)], cwd=root,
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for name, proc in procs.items():
            ports[name] = int(proc.stdout.readline())
        driver = _chromium()
        try:
            for name in names:
                opened(driver, f"http://127.0.0.1:{ports[name]}/network", READY["/network"])
            load = os.getloadavg()
            times = {(path, name): [] for path in READY for name in names}
            for path, ready in READY.items():
                for i in range(repeat):
                    for name in (list(names) if i % 2 == 0 else list(names)[::-1]):
                        times[path, name].append(opened(driver, f"http://127.0.0.1:{ports[name]}{path}", ready))
        finally:
            driver.quit()
        print(f"{commitments} generated commitments; other = {names['other']}, this = {names['this']}; "
              f"load average {load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
        print(f"{'page':<16} {'other median/max ms':>20} {'this median/max ms':>20} {'this/other':>11}")
        for path in READY:
            o, t = times[path, "other"], times[path, "this"]
            print(f"{path:<16} {statistics.median(o):>11.0f} / {max(o):>6.0f} {statistics.median(t):>11.0f} / "
                  f"{max(t):>6.0f} {statistics.median(t) / statistics.median(o):>11.2f}")
    finally:
        for proc in procs.values():
            proc.stdin.close()
            proc.wait(timeout=60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("commitments", nargs="?", type=int, default=2000)
    ap.add_argument("repeat", nargs="?", type=int, default=30)
    ap.add_argument("--clients", type=int, default=0, help="concurrent clients over HTTP (0: one, in-process)")
    ap.add_argument("--browser", action="store_true", help="time each page in headless Chromium")
    ap.add_argument("--against", type=Path, metavar="CHECKOUT",
                    help="with --browser: side by side with another checkout's app (e.g. a clone of main)")
    args = ap.parse_args()
    if args.browser and args.against:
        return side_by_side(args.commitments, args.repeat, args.against)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        store = FalkorStore(Path(tmp) / "bench.db")
        store.ensure_schema()
        facts = facts_from(synthetic(args.commitments, seed=5))
        for i in range(0, len(facts), 200):
            store.write_articles(facts[i:i + 200])
        t = time.perf_counter()
        app = create_app(store)   # starts reading the store and laying the companies out
        requests = cases(app, [])
        app.server.test_client().post("/_dash-update-component", data=json.dumps(requests["page open"](0)),
                                      content_type="application/json")
        print(f"first request after start (waits for the store read and the layout): "
              f"{(time.perf_counter() - t) * 1000:.0f} ms")
        from webapp.data import Data, loops_table
        from webapp.state import parse_state
        loops_rows = loops_table(Data(store), parse_state(""))
        print(f"store: {args.commitments} generated commitments ({len(store.commitments())} stored), "
              f"{len(loops_rows)} loops listed; {args.repeat} calls of each")
        if args.browser:
            in_browser(app, args.repeat)
        elif args.clients:
            many_clients(app, cases(app, loops_rows), args.repeat, args.clients)
        else:
            one_client(app, cases(app, loops_rows), args.repeat)
        store.close()


if __name__ == "__main__":
    main()

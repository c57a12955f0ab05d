"""Server-side time of the explorer's main callbacks against a store with
about 2,000 commitments: filter change, node click, loop selection, console
query, concentration. Prints median and 95th percentile and the payload sent to the browser.
Usage: python bench/webapp.py [COMMITMENTS] [REPEAT]
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.analytics import synthetic
from graph.falkor_backend import FalkorStore
from webapp.app import create_app

PAGES = {"filter change": "/network", "node click": "/network", "loop selection": "/loops", "console query": "/console"}


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


def call(client, output, outputs, inputs, state=None):
    body = {"output": output, "outputs": outputs, "inputs": inputs, "state": state or [],
            "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"]}

    t = time.perf_counter()
    res = client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    elapsed = time.perf_counter() - t
    assert res.status_code in (200, 204), res.data[:300]
    return elapsed, len(res.data)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with tempfile.TemporaryDirectory() as tmp:
        store = FalkorStore(Path(tmp) / "bench.db")
        store.ensure_schema()
        rows = synthetic(n, seed=5)
        facts = facts_from(rows)
        for i in range(0, len(facts), 200):
            store.write_articles(facts[i:i + 200])
        app = create_app(store)
        client = app.server.test_client()
        client.get("/")
        kinds = ["investment", "compute_purchase", "hardware_purchase", "partnership", "distribution", "acquisition"]
        f = lambda p, k, v: {"id": f"{p}-{k}", "property": "value", "value": v}  # noqa: E731
        net_in = lambda kk, mn: [f("net", "kinds", kk), {"id": "net-dates", "property": "start_date", "value": None},  # noqa: E731
                                 {"id": "net-dates", "property": "end_date", "value": None}, f("net", "min", mn),
                                 f("net", "rumoured", []), f("net", "company", None), f("net", "depth", 1),
                                 {"id": "network", "property": "id", "value": "network"}]
        net_out = "..network.elements...net-note.children...url.search.."
        net_outs = [{"id": "network", "property": "elements"}, {"id": "net-note", "property": "children"},
                    {"id": "url", "property": "search"}]
        cases = {
            "filter change": lambda i: call(client, net_out, net_outs, net_in(kinds[: 2 + i % 4], [None, 1, 5][i % 3])),
            "node click": lambda i: call(client, "details.children", {"id": "details", "property": "children"},
                                         [{"id": "network", "property": "tapNodeData",
                                           "value": {"company": f"co{i % 40}"}},
                                          {"id": "network", "property": "tapEdgeData", "value": None},
                                          *net_in(kinds, None)[:5], f("net", "company", None), f("net", "depth", 1)]),
            "concentration": lambda i: call(client, output_key(app, "..conc-charts.children"),
                                            [{"id": "conc-charts", "property": "children"},
                                             {"id": "url", "property": "search"}],
                                            [f("conc", "kinds", kinds[: 2 + i % 4]),
                                             {"id": "conc-dates", "property": "start_date", "value": None},
                                             {"id": "conc-dates", "property": "end_date", "value": None},
                                             f("conc", "min", [None, 1, 5][i % 3]), f("conc", "rumoured", []),
                                             {"id": "conc-charts", "property": "id", "value": "conc-charts"}]),
            "console query": lambda i: call(client, "..q-result.children...q-error.children..",
                                            [{"id": "q-result", "property": "children"},
                                             {"id": "q-error", "property": "children"}],
                                            [{"id": "q-run", "property": "n_clicks", "value": i + 1}],
                                            [{"id": "q-text", "property": "value", "value":
                                              "MATCH (a:Company)-[:COMMITS]->(c:Commitment) RETURN a.name, "
                                              "count(c) AS n ORDER BY n DESC LIMIT 50"},
                                             {"id": "q-params", "property": "value", "value": "{}"},
                                             {"id": "q-limit", "property": "value", "value": 200},
                                             {"id": "q-timeout", "property": "value", "value": 5000}]),
        }
        from webapp.data import Data, loops_table
        from webapp.state import parse_state
        loops_rows = loops_table(Data(store), parse_state(""))
        cases["loop selection"] = lambda i: call(
            client, "loops-network.elements", {"id": "loops-network", "property": "elements"},
            [{"id": "loops-table", "property": "selected_rows", "value": [i % max(1, len(loops_rows))]}],
            [{"id": "loops-table", "property": "data", "value": loops_rows},
             f("loops", "kinds", kinds), f("loops", "rumoured", [])])
        print(f"store: {n} synthetic commitments, {len(loops_rows)} loops; {repeat} calls each")
        print(f"{'callback':<16} {'median ms':>10} {'p95 ms':>8} {'payload KB':>11}")
        for name, fn in cases.items():
            times, sizes = [], []
            for i in range(repeat):
                t, size = fn(i)
                times.append(t * 1000)
                sizes.append(size)
            times.sort()
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            print(f"{name:<16} {statistics.median(times):>10.1f} {p95:>8.1f} {statistics.median(sizes) / 1024:>11.1f}")
        store.close()


if __name__ == "__main__":
    main()

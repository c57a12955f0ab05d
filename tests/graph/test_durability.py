"""Writes reported as done survive kill -9 of dealgraph and of the engine, and
a batch killed half-way leaves each article whole or absent."""
import json
import os
import signal
import subprocess
import sys
import time

from graph.falkor_backend import FalkorStore

WRITER = r"""
import json, sys
from graph.falkor_backend import FalkorStore
from tests.graph.facts import article, deal
store = FalkorStore(sys.argv[1]); store.ensure_schema()
print(json.dumps({"engine": store.server_pid}), flush=True)
n = 0
while True:
    batch = []
    for _ in range(int(sys.argv[2])):
        n += 1
        batch.append(article(f"a{n}", [deal("investment", f"Fund{n}", f"Lab{n}", n * 1e6),
                                        deal("compute_purchase", f"Lab{n}", "Cloud", n * 2e6),
                                        deal("hardware_purchase", f"Lab{n}", "Chips", gw=1.0)]))
    store.write_articles(batch)
    print(json.dumps({"done": n}), flush=True)
    if len(sys.argv) > 3 and n >= int(sys.argv[3]):
        input()  # stay alive until killed
"""


def start_writer(db, batch, stop_after=None):
    args = [sys.executable, "-c", WRITER, str(db), str(batch)] + ([str(stop_after)] if stop_after else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


def kill_both(proc, engine_pid):
    for pid in (proc.pid, engine_pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait(10)
    time.sleep(0.3)


def test_reported_write_survives_kill_9_of_both_processes(tmp_path):
    db = tmp_path / "g.db"
    proc = start_writer(db, batch=2, stop_after=2)
    engine = json.loads(proc.stdout.readline())["engine"]
    assert json.loads(proc.stdout.readline()) == {"done": 2}
    kill_both(proc, engine)
    store = FalkorStore(db)
    try:
        assert store.existing_articles(["a1", "a2"]) == {"a1", "a2"}
        assert len(store.commitments()) == 6
    finally:
        store.close()


def test_kill_in_the_middle_of_batches_leaves_articles_whole_or_absent(tmp_path):
    db = tmp_path / "g.db"
    proc = start_writer(db, batch=50)
    engine = json.loads(proc.stdout.readline())["engine"]
    reported = 0
    deadline = time.time() + 60
    while reported < 150 and time.time() < deadline:  # let a few batches land, then kill mid-stream
        reported = json.loads(proc.stdout.readline())["done"]
    kill_both(proc, engine)
    store = FalkorStore(db)
    try:
        stored = store.query("MATCH (a:Article) RETURN a.id").rows
        assert len(stored) >= reported  # nothing reported as done was lost
        per_article = store.query(
            "MATCH (a:Article) OPTIONAL MATCH (c:Commitment)-[:REPORTED_IN]->(a) "
            "OPTIONAL MATCH (a)-[:MENTIONS]->(e) RETURN a.id, count(DISTINCT c), count(DISTINCT e)").rows
        assert all(row[1:] == [3, 4] for row in per_article), [r for r in per_article if r[1:] != [3, 4]][:3]
        # no fact without its article
        assert store.query("MATCH (c:Commitment) WHERE NOT (c)-[:REPORTED_IN]->() RETURN count(c)").rows == [[0]]
        assert store.query("MATCH (n:Company) WHERE NOT ()-[:MENTIONS]->(n) RETURN count(n)").rows == [[0]]
    finally:
        store.close()

"""Whole `dealgraph ingest` runs killed with SIGKILL at seeded random points
(issue 10 point 8): after a restart the store opens, no commitment lacks its
REPORTED_IN, no article is half written, and a re-run converges to exactly
the graph of an uninterrupted run."""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.falkor_backend import FalkorStore
from tests.conftest import default_signals
from tests.graph.test_deterministic import whole_graph

INVESTORS = ["SoftBank", "Microsoft", "NVIDIA", "Amazon", "Google"]
LABS = ["OpenAI", "Anthropic", "xAI", "Mistral AI", "Cohere", "Perplexity"]
CLOUDS = ["CoreWeave", "Nebius", "Lambda", "Crusoe", "Oracle"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated_articles(folder: Path, n: int = 160, seed: int = 5) -> None:
    """Short deal reports in our own words, overlapping in their pairs."""
    rnd = random.Random(seed)
    folder.mkdir()
    for i in range(n):
        investor, lab, cloud = rnd.choice(INVESTORS), rnd.choice(LABS), rnd.choice(CLOUDS)
        text = (f"Dispatch {i}\n\n{investor} will invest ${rnd.choice([1, 2, 4, 8])} billion in {lab}, the two "
                f"companies said on {rnd.choice(DAYS)} in a joint statement numbered {i}.\n\n"
                f"{lab} also signed a ${rnd.choice([3, 6, 9])} billion contract to buy cloud computing "
                f"capacity from {cloud} over {rnd.randint(2, 6)} years.\n")
        (folder / f"dispatch-{i:03d}.txt").write_text(text, encoding="utf-8")


def ingest(folder: Path, db: Path, **popen) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["DEALGRAPH_DB"] = str(db)
    exe = Path(sys.executable).parent / "dealgraph"
    return subprocess.Popen([str(exe), "ingest", "--batch", "8", str(folder)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=default_signals, **popen)


def log_bytes(db: Path) -> int:
    """Size of the engine's append-only log(s) under the store's folder: it grows with each write.

    A log file the engine removes between listing and reading (its log rewrite
    swaps files) counts as empty: the next poll sees the new one."""
    total = 0
    for p in db.parent.rglob("*"):
        if "aof" in p.name.lower():
            try:
                total += p.stat().st_size if p.is_file() else 0
            except FileNotFoundError:
                pass
    return total


def kill_when_log_reaches(proc: subprocess.Popen, db: Path, target: int, deadline: float) -> None:
    while proc.poll() is None and log_bytes(db) < target and time.monotonic() < deadline:
        time.sleep(0.005)
    try:
        os.killpg(proc.pid, signal.SIGKILL)   # the CLI and the engine it started: the whole group
    except ProcessLookupError:
        pass                                   # it finished first
    proc.wait(10)


# each article with how many entities it mentions and how many commitments it reports
PER_ARTICLE = ("MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(e) WITH a, count(e) AS m "
               "OPTIONAL MATCH (c)-[:REPORTED_IN]->(a) RETURN a.id, m, count(c)")


def check_whole(db: Path, per_article: dict[str, tuple[int, int]]) -> int:
    store = FalkorStore(db)
    try:
        assert store.query("MATCH (c:Commitment) WHERE NOT (c)-[:REPORTED_IN]->() RETURN count(c)").rows == [[0]]
        rows = store.query(PER_ARTICLE).rows
        for aid, mentions, reports in rows:
            assert per_article[aid] == (mentions, reports), aid
        return len(rows)
    finally:
        store.close()


def test_ingest_killed_at_random_points_converges_to_the_uninterrupted_graph(tmp_path):
    folder = tmp_path / "news"
    generated_articles(folder)
    clean_db = tmp_path / "clean" / "graph.db"
    clean = ingest(folder, clean_db)
    out, err = clean.communicate(timeout=120)
    assert clean.returncode == 0, err
    assert "written 160" in " ".join(out.split())
    full_log = log_bytes(clean_db)
    store = FalkorStore(clean_db)
    try:
        expected = whole_graph(store)
        per_article = {aid: (m, r) for aid, m, r in store.query(PER_ARTICLE).rows}
        assert store.stats()["nodes"]["Commitment"] > 20
    finally:
        store.close()

    rnd = random.Random(2026)
    db = tmp_path / "killed" / "graph.db"
    partial = []
    for _ in range(3):
        proc = ingest(folder, db)
        kill_when_log_reaches(proc, db, log_bytes(db) + int(full_log * rnd.uniform(0.1, 0.8)),
                              time.monotonic() + 60)
        partial.append(check_whole(db, per_article))
    assert any(0 < n < 160 for n in partial), partial   # at least one kill landed mid-ingest
    rerun = ingest(folder, db)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    store = FalkorStore(db)
    try:
        assert whole_graph(store) == expected
    finally:
        store.close()


def test_ctrl_c_mid_ingest_says_in_one_line_what_was_kept(tmp_path):
    folder = tmp_path / "news"
    generated_articles(folder, n=400)   # long enough that Ctrl+C lands before the end on a quiet machine
    db = tmp_path / "g" / "graph.db"
    proc = ingest(folder, db)
    deadline = time.monotonic() + 60
    while proc.poll() is None and log_bytes(db) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    # the store is open: wait for a few batches, then press Ctrl+C. The log's growth is summed,
    # since the engine may rewrite (shrink) its log meanwhile.
    grown, last = 0, log_bytes(db)
    while proc.poll() is None and grown < 20_000 and time.monotonic() < deadline:
        time.sleep(0.01)
        now = log_bytes(db)
        grown, last = grown + max(0, now - last), now
    assert proc.poll() is None, "the ingest ended before Ctrl+C could be pressed"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("interrupted: "), err
    kept = int(lines[0].split()[1])
    assert lines[0] == (f"interrupted: {kept} article(s) were stored before the stop, each whole; the others were "
                        "not (run the same ingest again to add them)")
    store = FalkorStore(db)
    try:
        assert store.query("MATCH (a:Article) RETURN count(a)").rows == [[kept]]
        assert 0 < kept < 400
    finally:
        store.close()

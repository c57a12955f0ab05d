"""What opening the embedded store costs a command, measured side by side.

Each round runs, in turn, as fresh processes:
  imports   python -c "import dealgraph_cli"             (the floor: no store)
  old       open + RETURN 1 + close the way dealgraph did before the store
            folders (falkordblite starting its own daemonised engine per command)
  cold      open + RETURN 1 + close with no engine running (starts and stops one)
  warm      the same while another process holds the store (connects to its engine)
  cli-cold  `dealgraph db stats` with no engine running
  cli-warm  `dealgraph db stats` while another process holds the store

Usage: .venv/bin/python -m bench.startup [rounds]   (prints medians and ratios)
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OLD = r"""
import os, signal, sys
from redislite.falkordb_client import FalkorDB
db = FalkorDB(sys.argv[1], serverconfig={"appendonly": "yes", "appendfsync": "always"})
db.select_graph("g").query("RETURN 1")
pid = db.client.pid
db.client.connection_pool.disconnect()
os.kill(pid, signal.SIGTERM)  # what the old FalkorStore.close did
"""
NEW = r"""
import sys
from graph.falkor_backend import FalkorStore
s = FalkorStore(sys.argv[1]); s.ensure_schema(); s.query("RETURN 1"); s.close()  # as open_store does
"""
HOLD = r"""
import sys
from graph.falkor_backend import FalkorStore
s = FalkorStore(sys.argv[1]); print("up", flush=True); sys.stdin.read(); s.close()
"""


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


def wait_engine_stopped(folder: Path) -> None:
    deadline = time.monotonic() + 30
    while (folder / "engine.json").exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def main(rounds: int = 5) -> None:
    py = sys.executable
    cli = str(Path(py).parent / "dealgraph")
    times: dict[str, list[float]] = {k: [] for k in ("imports", "old", "cold", "warm", "cli-cold", "cli-warm")}
    with tempfile.TemporaryDirectory(prefix="dealgraph-bench-") as tmp:
        store = Path(tmp) / "store.db"
        for n in range(rounds):
            times["imports"].append(timed([py, "-c", "import dealgraph_cli"]))
            times["old"].append(timed([py, "-c", OLD, str(Path(tmp) / f"old{n}.db")]))
            wait_engine_stopped(store)
            times["cold"].append(timed([py, "-c", NEW, str(store)]))
            wait_engine_stopped(store)
            times["cli-cold"].append(timed([cli, "--db", str(store), "db", "stats"]))
            holder = subprocess.Popen([py, "-c", HOLD, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True)
            holder.stdout.readline()
            times["warm"].append(timed([py, "-c", NEW, str(store)]))
            times["cli-warm"].append(timed([cli, "--db", str(store), "db", "stats"]))
            holder.stdin.close()
            holder.wait()
            wait_engine_stopped(store)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        print(f"{k:9s} median {v:5.2f} s  ({', '.join(f'{t:.2f}' for t in times[k])})")
    print(f"cold/old {med['cold'] / med['old']:.2f}   warm/old {med['warm'] / med['old']:.2f}   "
          f"warm/cold {med['warm'] / med['cold']:.2f}   cli-warm/cli-cold {med['cli-warm'] / med['cli-cold']:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

"""How long a `dealgraph` command takes to start, beside bare Python, in one run.

Each round runs, in turn and as fresh processes (as a user's shell would):
  python        python -c pass                      (the floor: an interpreter)
  import        python -c "import dealgraph_cli"    (what every command loads before its work)
  --help        dealgraph --help
  query         dealgraph query "RETURN 1"          with no engine running (starts and stops one)
  db stats      dealgraph db stats                  with no engine running
  query+held    dealgraph query "RETURN 1"          while a `dealgraph shell` holds the store
  db stats+held dealgraph db stats                  while a `dealgraph shell` holds the store
and, once per round, twenty `RETURN 1` statements as twenty `query` commands
against twenty statements in one `dealgraph shell` session.

Rounds alternate the order of the commands, because a shared machine drifts
in speed from second to second; medians and ratios to bare Python are printed,
of wall-clock time and of the CPU time of the command's own process (which a
busy machine stretches far less; the engine's own CPU is not in it).

Usage: .venv/bin/python -m bench.cli [rounds]     (default 5)
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATEMENTS = 20


CPU: dict[str, list[float]] = {}   # name -> CPU seconds (user + system) of the command's own process


def cpu_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(args: list[str], env: dict, stdin: str | None = None, name: str | None = None) -> float:
    """Wall-clock seconds of one run; its CPU seconds go to CPU[name] (the engine, in its own session, is not counted)."""
    cpu, start = cpu_of_children(), time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env, input=stdin, text=True)
    wall = time.perf_counter() - start
    if name:
        CPU.setdefault(name, []).append(cpu_of_children() - cpu)
    return wall


def wait_engine_stopped(folder: Path) -> None:
    deadline = time.monotonic() + 30
    while (folder / "engine.json").exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def hold_store(cli: str, env: dict) -> subprocess.Popen:
    """A `dealgraph shell` reading from a pipe left open: it keeps the store (and its engine) open."""
    shell = subprocess.Popen([cli, "shell"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    shell.stdin.write("RETURN 1 AS up;\n")
    shell.stdin.flush()
    while "(1 row)" not in shell.stdout.readline():
        pass
    return shell


def one_round(py: str, cli: str, env: dict, store: Path, reverse: bool) -> dict[str, float]:
    got: dict[str, float] = {}
    simple = [("python", [py, "-c", "pass"]), ("import", [py, "-c", "import dealgraph_cli"]),
              ("--help", [cli, "--help"])]
    cold = [("query", [cli, "query", "RETURN 1"]), ("db stats", [cli, "db", "stats"])]
    for name, args in (simple[::-1] if reverse else simple):
        got[name] = timed(args, env, name=name)
    for name, args in (cold[::-1] if reverse else cold):
        wait_engine_stopped(store)
        got[name] = timed(args, env, name=name)
    wait_engine_stopped(store)
    got[f"{STATEMENTS} queries"] = sum(timed([cli, "query", "RETURN 1"], env) for _ in range(STATEMENTS))
    wait_engine_stopped(store)
    got[f"{STATEMENTS} in shell"] = timed([cli, "shell"], env, "RETURN 1;\n" * STATEMENTS)
    wait_engine_stopped(store)
    holder = hold_store(cli, env)
    try:
        for name, args in (cold[::-1] if reverse else cold):
            got[f"{name}+held"] = timed(args, env, name=f"{name}+held")
    finally:
        holder.stdin.close()
        holder.wait(60)
    wait_engine_stopped(store)
    return got


def main(rounds: int = 5) -> None:
    py = sys.executable
    cli = str(Path(py).parent / "dealgraph")
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="dealgraph-bench-") as tmp:
        store = Path(tmp) / "store.db"
        env = {**os.environ, "DEALGRAPH_DB": str(store), "XDG_DATA_HOME": str(Path(tmp) / "xdg")}
        env = {k: v for k, v in env.items() if not k.startswith("NEO4J_")}
        subprocess.run([cli, "db", "stats"], check=True, capture_output=True, env=env)  # create the store
        for n in range(rounds):
            for name, seconds in one_round(py, cli, env, store, reverse=n % 2 == 1).items():
                times.setdefault(name, []).append(seconds)
    med = {k: statistics.median(v) for k, v in times.items()}
    floor = med["python"]
    print(f"median of {rounds} rounds; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    cpu = {k: statistics.median(v) for k, v in CPU.items()}
    print(f"{'':16s} {'wall':>7s}     {'ratio':>6s}          {'CPU':>5s}     {'ratio':>6s}   (wall of each round)")
    for name, seconds in med.items():
        runs = ", ".join(f"{t * 1000:.0f}" for t in times[name])
        used = (f"{cpu[name] * 1000:5.0f} ms  {cpu[name] / cpu['python']:6.1f}x python" if name in cpu
                else " " * 24)
        print(f"{name:16s} {seconds * 1000:7.0f} ms  {seconds / floor:6.1f}x python  {used}   ({runs})")
    print(f"per statement: {med[f'{STATEMENTS} queries'] / STATEMENTS * 1000:.0f} ms as `query` commands, "
          f"{med[f'{STATEMENTS} in shell'] / STATEMENTS * 1000:.0f} ms in one shell session "
          f"({med[f'{STATEMENTS} queries'] / med[f'{STATEMENTS} in shell']:.1f}x faster)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

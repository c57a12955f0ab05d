"""One engine per store, shared, and never orphaned: processes holding a store
are ended every way (SIGTERM, SIGINT, SIGHUP, kill -9) and the tests look for
what they left (engine, watchdog, temporary folder, engine record)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from graph.falkor_backend import FalkorStore
from tests.conftest import default_signals

ROOT = Path(__file__).resolve().parents[2]

HOLDER = r"""
import json, sys
from graph.falkor_backend import FalkorStore
store = FalkorStore(sys.argv[1])
store.query("MERGE (:Company {id: $id})", {"id": sys.argv[2]}, write=True)
print(json.dumps({"engine": store.server_pid, "socket": store.socket}), flush=True)
try:
    sys.stdin.read()  # hold the store until killed or told to go
finally:
    store.close()
"""


def hold(folder: Path, name: str = "holder"):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), name], preexec_fn=default_signals,
                            stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline()
    assert line, proc.stderr.read()
    return proc, json.loads(line)


def gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    return False


def engines_on(folder: Path) -> list[int]:
    """redis-server processes started for this store folder."""
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            if "redis-server" in (proc.info["name"] or "") and any(str(folder) in a for a in proc.info["cmdline"] or []):
                found.append(proc.pid)
        except psutil.Error:
            pass
    return found


def watchdogs_on(folder: Path) -> list[int]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        cmd = proc.info["cmdline"] or []
        if "graph.engine" in cmd and str(folder) in cmd:
            found.append(proc.pid)
    return found


def wait_until(check, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL])
def test_the_engine_dies_with_its_only_user_however_it_ends(tmp_path, how):
    folder = tmp_path / "g.db"
    proc, info = hold(folder)
    assert engines_on(folder) == [info["engine"]]
    proc.send_signal(how)
    proc.wait(20)
    assert gone(info["engine"]), "the engine outlived its only user"
    assert wait_until(lambda: not watchdogs_on(folder))
    assert not (folder / "engine.json").exists() and not os.path.exists(info["socket"])


def test_a_second_process_shares_the_engine_and_keeps_it_alive(tmp_path):
    folder = tmp_path / "g.db"
    first, one = hold(folder, "first")
    second, two = hold(folder, "second")
    assert one["engine"] == two["engine"] and engines_on(folder) == [one["engine"]]
    first.kill()
    first.wait(10)
    time.sleep(1.0)  # the watchdog polls five times a second
    assert not gone(one["engine"], timeout=0.1), "the engine stopped while a second process used it"
    second.stdin.close()  # the second one finishes normally
    second.wait(20)
    assert gone(one["engine"])
    store = FalkorStore(folder)  # both processes' writes are there
    try:
        assert store.query("MATCH (c:Company) RETURN c.id ORDER BY c.id").rows == [["first"], ["second"]]
    finally:
        store.close()


def test_killing_the_watchdog_stops_the_engine_too(tmp_path):
    folder = tmp_path / "g.db"
    proc, info = hold(folder)
    [watchdog] = watchdogs_on(folder)
    os.kill(watchdog, signal.SIGKILL)
    assert gone(info["engine"]), "the engine outlived its watchdog"
    proc.kill()
    proc.wait(10)


def test_an_engine_left_by_a_crash_is_cleaned_up_in_one_line(tmp_path):
    folder = tmp_path / "g.db"
    proc, info = hold(folder)
    [watchdog] = watchdogs_on(folder)
    for pid in (proc.pid, watchdog, info["engine"]):  # a power cut, as far as the store can tell
        os.kill(pid, signal.SIGKILL)
    proc.wait(10)
    assert gone(info["engine"])
    assert (folder / "engine.json").exists()
    out = subprocess.run([sys.executable, "-c", "import sys\nfrom graph.falkor_backend import FalkorStore\n"
                          "s = FalkorStore(sys.argv[1]); print(s.query('MATCH (c:Company) RETURN c.id').rows); s.close()",
                          str(folder)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[['holder']]"
    assert len(out.stderr.strip().splitlines()) == 1 and "cleaned up after a run" in out.stderr


def test_a_long_folder_path_uses_a_temporary_socket_folder_and_removes_it(tmp_path):
    folder = tmp_path / ("deep-" * 12) / "g.db"
    proc, info = hold(folder)
    tmp = Path(info["socket"]).parent
    assert tmp.name.startswith("dealgraph-") and tmp.is_dir()
    proc.send_signal(signal.SIGTERM)
    proc.wait(20)
    assert gone(info["engine"])
    assert wait_until(lambda: not tmp.exists())   # (other runs on the machine may hold their own)


def test_stores_in_one_folder_never_share_an_engine_or_data(tmp_path):
    a, b = FalkorStore(tmp_path / "a.db"), FalkorStore(tmp_path / "b.db")
    try:
        a.ensure_schema()
        b.ensure_schema()
        assert a.server_pid != b.server_pid
        a.query("CREATE (:Company {id: 'only-in-a'})", write=True)
        assert b.query("MATCH (n) RETURN count(n)").rows == [[0]]
        b.reset(keep_rules=False)
        assert a.query("MATCH (n) RETURN n.id").rows == [["only-in-a"]]
    finally:
        a.close()
        b.close()


def test_the_write_log_is_folded_into_a_snapshot_when_the_last_user_leaves(tmp_path):
    # the engine replays its write log at every start (2 MB took 14-19 s): past COMPACT_ABOVE
    # bytes it is folded into a snapshot on the way out, and nothing written is lost
    from graph.engine import COMPACT_ABOVE, write_log_bytes
    from tests.graph.facts import article, deal

    folder = tmp_path / "g.db"
    store = FalkorStore(folder)
    try:
        for start in range(0, 600, 100):
            store.write_articles([article(f"p{i}", [deal("investment", f"Fund {i}", f"Lab {i % 7}", 1e9 + i)])
                                  for i in range(start, start + 100)])
        logged = write_log_bytes(folder)
    finally:
        store.close()
    assert logged > COMPACT_ABOVE
    assert wait_until(lambda: not (folder / "engine.json").exists(), 60)
    assert write_log_bytes(folder) == 0
    assert [p.name for p in (folder / "appendonlydir").glob("*.base.rdb")] == ["appendonly.aof.2.base.rdb"]
    store = FalkorStore(folder)
    try:
        assert store.query("MATCH (c:Commitment) RETURN count(c), sum(c.amount_usd)").rows == \
            [[600, 600e9 + sum(range(600))]]
    finally:
        store.close()


def test_a_small_write_log_is_left_as_it_is(tmp_path):
    from graph.engine import write_log_bytes

    folder = tmp_path / "g.db"
    proc, _ = hold(folder)
    proc.stdin.close()
    proc.wait(20)
    assert wait_until(lambda: not (folder / "engine.json").exists(), 60)
    assert 0 < write_log_bytes(folder) < 4096      # the one company written, still in the log
    store = FalkorStore(folder)
    try:
        assert store.query("MATCH (c:Company) RETURN c.id").rows == [["holder"]]
    finally:
        store.close()


def test_a_stuck_engine_is_said_in_one_line_not_waited_for(tmp_path, monkeypatch):
    import graph.falkor_backend as backend
    from graph.errors import StoreUnavailable

    monkeypatch.setattr(backend, "SCHEMA_WAIT_S", 1.0)
    store = FalkorStore(tmp_path / "g.db")
    pid = store._link.engine_pid
    os.kill(pid, signal.SIGSTOP)    # an engine that no longer answers, as a deadlocked one does
    try:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as info:
            store.ensure_schema()
        assert time.monotonic() - started < 10
        assert str(info.value) == (f"the embedded FalkorDB at {tmp_path / 'g.db'} did not answer for 1 s (its "
                                   f"engine, pid {pid}, is stuck): end that process and run the command again")
    finally:
        os.kill(pid, signal.SIGCONT)
        store.close()


def test_once_the_engine_has_stopped_the_store_is_free_for_a_restore(tmp_path):
    """`db restore` takes the engine lock, then asks whether anyone still uses the
    store: the stopping watchdog must not be counted as a user once it has stopped
    the engine (a restore right after the last command used to fail "is using")."""
    from graph import engine, locks
    holder, _ = hold(tmp_path)
    holder.stdin.close()
    holder.wait(20)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with locks.held(tmp_path / "engine.lock", timeout=20):
            if not (tmp_path / engine.RECORD).exists():
                users = locks.open_lock_file(tmp_path / "clients.lock")
                try:
                    assert locks.try_acquire(users, locks.EXCLUSIVE), "a stopped engine's watchdog still holds the store"
                finally:
                    os.close(users)
                return
        time.sleep(0.001)
    pytest.fail("the engine did not stop within 20 s of its last user leaving")

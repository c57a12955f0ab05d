"""One store, one folder: the demo and a second store never touch the user's
graph, an old single-file store moves into its folder with nothing lost, and
backups restore while nothing else is lost either."""
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph import backup as backup_mod
from graph.falkor_backend import FalkorStore
from tests.conftest import run_cli
from tests.graph.test_lifecycle import ROOT, engines_on, gone, hold, wait_until, watchdogs_on

WRITE = "UNWIND range(1, $n) AS i CREATE (:Article {id: $prefix + toString(i)})"


def articles(env) -> int:
    out = run_cli(["query", "MATCH (a:Article) RETURN count(a) AS n", "--format", "json"], env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)[0]["n"]


def fill(env, n, prefix="a"):
    out = run_cli(["query", WRITE, "--write", "-p", f"n={n}", "-p", f"prefix={prefix}"], env)
    assert out.returncode == 0, out.stderr


def test_resetting_one_store_leaves_its_neighbour_alone(embedded_cli_env, tmp_path):
    a = {**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / "dir" / "a.db")}
    b = {**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / "dir" / "b.db")}
    fill(a, 5)
    fill(b, 2)
    out = run_cli(["--db", str(tmp_path / "dir" / "b.db"), "db", "reset", "--yes"], embedded_cli_env)
    assert out.returncode == 0 and "deleted 2 nodes" in out.stdout
    assert (articles(a), articles(b)) == (5, 0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_demo_never_opens_the_users_store_and_sigterm_leaves_nothing_running(embedded_cli_env, tmp_path):
    user = tmp_path / "data" / "mine.db"
    env = {**embedded_cli_env, "DEALGRAPH_DB": str(user)}
    fill(env, 7, "mine-")
    exe = Path(sys.executable).parent / "dealgraph"
    serve = subprocess.Popen([str(exe), "serve", "--demo", "--port", str(free_port())], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        while not any("explorer on" in line for line in lines):
            line = serve.stderr.readline()
            assert line, "".join(lines)
            lines.append(line)
        demo = tmp_path / "data" / "demo"
        assert engines_on(demo) and not engines_on(user)  # the user's store was never opened
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(30) == 0
    finally:
        if serve.poll() is None:
            serve.kill()
    assert wait_until(lambda: not engines_on(demo) and not watchdogs_on(demo)), "serve left its engine running"
    assert articles(env) == 7
    assert articles({**embedded_cli_env, "DEALGRAPH_DB": str(demo)}) == 12


def old_layout_store(tmp_path, rdb_articles: int, log_articles: int) -> tuple[Path, Path]:
    """Files as the single-file layout left them: <name>.db (a snapshot) and the folder's shared log."""
    scratch = FalkorStore(tmp_path / "scratch")
    scratch.query(WRITE, {"n": rdb_articles, "prefix": "a"}, write=True)
    snap = backup_mod.snapshot(scratch)
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(snap, old / "dealgraph.db")
    scratch.query(WRITE, {"n": log_articles, "prefix": "b"}, write=True)
    scratch.close()
    backup_mod.wait_stopped(tmp_path / "scratch")
    shutil.copytree(tmp_path / "scratch" / "appendonlydir", old / "appendonlydir")
    return old, old / "dealgraph.db"


def test_an_old_single_file_store_moves_into_its_folder_from_the_shared_log(embedded_cli_env, tmp_path):
    old, path = old_layout_store(tmp_path, 3, 2)  # the log holds the later state: 5 articles
    out = run_cli(["query", "MATCH (a:Article) RETURN count(a) AS n", "--format", "json"],
                  {**embedded_cli_env, "DEALGRAPH_DB": str(path)})
    assert out.returncode == 0 and json.loads(out.stdout) == [{"n": 5}]
    assert out.stderr.strip().splitlines() == [
        f"note: moved the graph from the folder's shared append-only log into the store folder {path}/ "
        f"(one folder per store now); the old files are kept: {old / 'dealgraph.db.old-layout'}, "
        f"{old / 'appendonlydir'}"]
    assert path.is_dir() and (old / "dealgraph.db.old-layout").is_file() and (old / "appendonlydir").is_dir()
    again = run_cli(["db", "stats", "--format", "json"], {**embedded_cli_env, "DEALGRAPH_DB": str(path)})
    assert again.stderr == "" and json.loads(again.stdout)["nodes"]["Article"] == 5


def test_an_old_store_beside_others_moves_from_its_own_snapshot(embedded_cli_env, tmp_path):
    old, path = old_layout_store(tmp_path, 3, 2)
    shutil.copy(path, old / "demo.db")  # the shared log may be the demo's: use this store's own file
    out = run_cli(["db", "stats", "--format", "json"], {**embedded_cli_env, "DEALGRAPH_DB": str(path)})
    assert out.returncode == 0 and json.loads(out.stdout)["nodes"]["Article"] == 3
    assert f"moved the graph from the file {old / 'dealgraph.db.old-layout'}" in out.stderr


def test_a_file_that_is_not_a_store_is_refused_in_one_line(embedded_cli_env, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    out = run_cli(["db", "stats"], {**embedded_cli_env, "DEALGRAPH_DB": str(notes)})
    assert out.returncode == 1 and out.stderr.strip().splitlines() == [
        f"error: {notes} is a file, not a dealgraph store (--db names the store's folder)"]
    assert notes.read_text() == "my notes"


def test_backup_while_in_use_then_restore_keeps_a_safety_copy(embedded_cli_env, tmp_path):
    db = tmp_path / "g.db"
    env = {**embedded_cli_env, "DEALGRAPH_DB": str(db)}
    fill(env, 4)
    holder, _ = hold(db)  # another process (the app, say) has the store open
    try:
        out = run_cli(["db", "backup", str(tmp_path / "snap.rdb")], env)
        assert out.returncode == 0 and out.stdout.startswith(
            f"backed up 4 article(s), 0 commitment(s) to {tmp_path / 'snap.rdb'}")
        fill(env, 3, "later-")
        busy = run_cli(["db", "restore", str(tmp_path / "snap.rdb"), "--yes"], env)
        assert busy.returncode == 1 and "is using" in busy.stderr and len(busy.stderr.strip().splitlines()) == 1
    finally:
        holder.stdin.close()
        holder.wait(20)
    refused = run_cli(["db", "restore", str(tmp_path / "snap.rdb")], env)
    assert refused.returncode == 1 and "run again with --yes" in refused.stderr
    assert articles(env) == 7
    done = run_cli(["db", "restore", str(tmp_path / "snap.rdb"), "--yes"], env)
    assert done.returncode == 0, done.stderr
    assert articles(env) == 4
    [safety] = (db / "safety-copies").iterdir()
    kept = FalkorStore(tmp_path / "kept")  # the safety copy is a store's files: it opens as one
    kept.close()
    backup_mod.wait_stopped(tmp_path / "kept")
    shutil.rmtree(tmp_path / "kept" / "appendonlydir")
    shutil.copytree(safety / "appendonlydir", tmp_path / "kept" / "appendonlydir")
    assert articles({**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / "kept")}) == 7


def test_restore_refuses_a_file_that_is_not_a_backup(embedded_cli_env, tmp_path):
    bogus = tmp_path / "bogus.rdb"
    bogus.write_bytes(b"not a snapshot")
    out = run_cli(["db", "restore", str(bogus), "--yes"], embedded_cli_env)
    assert out.returncode == 1 and out.stderr.strip().splitlines() == [
        f"error: {bogus} is not a dealgraph backup (made by `dealgraph db backup`)"]


def test_reset_says_what_it_deletes_offers_a_backup_and_keeps_merge_rules(embedded_cli_env, tmp_path):
    fill(embedded_cli_env, 3)
    run_cli(["query", "CREATE (:AliasRule {id: 'acme inc', target: 'Acme'})", "--write"], embedded_cli_env)
    declined = run_cli(["db", "reset"], embedded_cli_env, input="n\n")
    assert declined.returncode == 0 and "nothing deleted" in declined.stdout
    assert "Delete 3 article(s), 0 commitment(s) and every entity (3 nodes)" in declined.stdout
    assert "keeping the 1 merge rule(s)" in declined.stdout
    assert articles(embedded_cli_env) == 3
    done = run_cli(["db", "reset"], embedded_cli_env, input="y\ny\n")
    assert done.returncode == 0, done.stderr
    [saved] = Path(embedded_cli_env["DEALGRAPH_DB"]).parent.glob("graph.db-backup-*.rdb")
    assert f"backed up to {saved}" in done.stdout and "kept 1 merge rule(s)" in done.stdout
    rules = run_cli(["query", "MATCH (r:AliasRule) RETURN r.target AS t", "--format", "json"], embedded_cli_env)
    assert json.loads(rules.stdout) == [{"t": "Acme"}] and articles(embedded_cli_env) == 0
    assert run_cli(["db", "reset", "--yes", "--all"], embedded_cli_env).returncode == 0
    assert run_cli(["query", "MATCH (n) RETURN count(n) AS n", "--format", "json"], embedded_cli_env).stdout.count('"n": 0') == 1

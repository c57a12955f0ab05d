"""One writer at a time: ingests started together on one store are serialised,
the store opens after, every deal exists once and each run's summary is true."""
import re
import shutil
import subprocess
import sys
from importlib import resources
from itertools import combinations
from pathlib import Path

from graph import schema
from graph.falkor_backend import FalkorStore
from tests.conftest import run_cli
from tests.graph.test_lifecycle import ROOT

SAMPLES = sorted(Path(str(resources.files("ingest").joinpath("samples"))).glob("*.txt"))


def dealgraph(args, env):
    exe = Path(sys.executable).parent / "dealgraph"
    return subprocess.Popen([str(exe), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _folder_of(files, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, text
    return int(found.group(1))


def test_two_ingests_started_together_are_serialised_and_report_truly(embedded_cli_env, tmp_path):
    first = _folder_of(SAMPLES[:8], tmp_path / "first")
    second = _folder_of(SAMPLES[4:], tmp_path / "second")  # four articles in common
    for round_ in range(3):
        env = {**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / f"round{round_}" / "g.db")}
        runs = [dealgraph(["ingest", str(first)], env), dealgraph(["ingest", str(second)], env)]
        outs = [run.communicate(timeout=300) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outs
        written = [_number(r"written (\d+)", out) for out, _ in outs]
        added = [_number(r"commitments added (\d+)", out) for out, _ in outs]
        assert sorted(written) == [4, 8]  # the later run skips what the earlier one stored
        waited = [err for _, err in outs if "waiting for process" in err]
        assert len(waited) <= 1
        store = FalkorStore(env["DEALGRAPH_DB"])
        try:
            assert store.query("MATCH (a:Article) RETURN count(a)").rows == [[len(SAMPLES)]]
            commitments = store.commitments()
            assert len(commitments) == sum(added)
            by_key: dict[str, list] = {}
            for c in commitments:
                by_key.setdefault(c["pair_key"], []).append(c)
            for same_key in by_key.values():  # no deal stored twice
                for a, b in combinations(same_key, 2):
                    assert not schema.same_deal(a, b), (a["id"], b["id"])
        finally:
            store.close()


HOLD_WRITER = r"""
import sys
from graph.falkor_backend import FalkorStore
store = FalkorStore(sys.argv[1])
store.hold_writer()
print("holding", flush=True)
sys.stdin.read()
store.close()
"""


def test_a_second_writer_gives_up_after_the_lock_timeout_in_one_line(embedded_cli_env, tmp_path):
    db = tmp_path / "g.db"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "holding"
        env = {**embedded_cli_env, "DEALGRAPH_DB": str(db)}
        out = run_cli(["--lock-timeout", "1", "ingest", str(SAMPLES[0])], env)
        assert out.returncode == 1
        lines = out.stderr.strip().splitlines()
        assert lines[0] == f"waiting for process {holder.pid} to finish writing to embedded FalkorDB at {db} " \
                           "(Ctrl+C to give up)"
        assert lines[1:] == [f"error: process {holder.pid} is still writing to embedded FalkorDB at {db}; "
                             "gave up after 1 s (raise --lock-timeout to wait longer)"]
        # reads never wait for the writer
        assert run_cli(["query", "MATCH (n) RETURN count(n) AS n", "--format", "json"], env).stdout.strip() \
            == '[\n  {\n    "n": 0\n  }\n]'
        # a dry run only reads: it shows what would be written without waiting for the writer
        dry = run_cli(["--lock-timeout", "1", "ingest", "--dry-run", str(SAMPLES[0])], env)
        assert dry.returncode == 0 and "waiting for process" not in dry.stderr, dry.stderr
        assert dry.stdout.strip().splitlines()[-1] == "dry run: 1 article(s) would be written; nothing was stored"
    finally:
        holder.stdin.close()
        holder.wait(20)
    out = run_cli(["--lock-timeout", "1", "ingest", str(SAMPLES[0])], env)
    assert out.returncode == 0 and "written 1" in out.stdout


def test_entities_merge_waits_for_the_writer_like_ingest(embedded_cli_env, tmp_path):
    db = tmp_path / "g.db"
    env = {**embedded_cli_env, "DEALGRAPH_DB": str(db)}
    assert run_cli(["ingest", str(SAMPLES[0])], env).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "holding"
        out = run_cli(["--lock-timeout", "1", "entities", "merge", "Microsoft", "Azure"], env)
        assert out.returncode == 1
        assert out.stderr.strip().splitlines()[-1] == (
            f"error: process {holder.pid} is still writing to embedded FalkorDB at {db}; "
            "gave up after 1 s (raise --lock-timeout to wait longer)")
        # listing is a read: it never waits for the writer
        assert run_cli(["--lock-timeout", "1", "entities", "list"], env).returncode == 0
    finally:
        holder.stdin.close()
        holder.wait(20)

"""The start-up contract: the CLI loads only what the command run needs.

Importing ``dealgraph_cli`` (what ``dealgraph --help``, ``query`` and
``db stats`` pay before any work) must not import spaCy, Dash, NetworkX,
pydantic or the engines' clients; each command imports them itself. Checked
in a fresh interpreter, as a user's shell would start one.
"""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import run_cli

HEAVY = ("spacy", "dash", "networkx", "pydantic", "falkordb", "redis", "neo4j", "trafilatura", "numpy", "plotly")


def loaded_after(code: str) -> list[str]:
    """The HEAVY top-level packages in sys.modules after running ``code`` in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_cli_loads_no_heavy_package():
    assert loaded_after("import dealgraph_cli") == []


def test_building_the_command_tree_loads_no_heavy_package():
    # what --help does: every command and its options are registered and rendered
    code = ("import typer.main, dealgraph_cli\n"
            "cmd = typer.main.get_command(dealgraph_cli.app)\n"
            "assert {'query', 'ingest', 'serve', 'loops', 'db'} <= set(cmd.commands)")
    assert loaded_after(code) == []


def test_help_lists_the_commands(embedded_cli_env):
    done = run_cli(["--help"], embedded_cli_env)
    assert done.returncode == 0
    for name in ("ingest", "query", "loops", "concentration", "serve", "db"):
        assert f" {name} " in done.stdout


def test_a_query_still_reads_the_store(embedded_cli_env):
    # the engines' clients, imported lazily, are there when a command needs them
    done = run_cli(["query", "RETURN 6 * 7 AS answer", "--format", "json"], embedded_cli_env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"answer": 42}]


def test_the_embedded_store_leaves_the_async_redis_client_unloaded_until_used(tmp_path):
    # redis imports its asyncio half first; the embedded store defers it (graph/redis_client.py)
    code = (f"from graph.falkor_backend import FalkorStore\n"
            f"store = FalkorStore({str(tmp_path / 'g.db')!r})\n"
            "store.ensure_schema()\n"
            "assert store.query('RETURN 6 * 7').rows == [[42]]\n"
            "store.close()\n"
            "import sys\n"
            "print(type(sys.modules['redis.asyncio']).__name__)\n"
            "from redis.asyncio import Redis\n"
            "print(Redis.__module__, type(sys.modules['redis.asyncio']).__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["_Deferred", "redis.asyncio.client", "module"]

"""What `dealgraph serve` writes when its output goes to a pipe or a log file.

One start line (said once the port is bound) and one stop line, with no
colour codes; with --verbose, each request on one plain line.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.graph.test_folders import free_port

START_WAIT_S = 180


def serve_until_answered(env: dict, *options: str) -> tuple[int, str, str]:
    """Start serve, fetch its first page once, stop it with SIGTERM: (exit code, stdout, stderr)."""
    port = free_port()
    exe = Path(sys.executable).parent / "dealgraph"
    proc = subprocess.Popen([str(exe), *options, "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + START_WAIT_S
        while True:
            assert proc.poll() is None, proc.communicate()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
                    assert page.status == 200
                break
            except OSError:
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, out, err.replace(str(port), "PORT")


def test_serve_says_it_started_once_and_stopped_once_without_colour_codes(embedded_cli_env):
    code, out, err = serve_until_answered(embedded_cli_env)
    assert code == 0
    assert out == ""
    assert err.splitlines() == [
        f"dealgraph explorer on http://127.0.0.1:PORT/ (embedded FalkorDB at {embedded_cli_env['DEALGRAPH_DB']}); "
        "Ctrl+C to stop",
        "stopped (SIGTERM); the store is closed",
    ]


def test_verbose_serve_logs_each_request_on_one_plain_line(embedded_cli_env):
    code, out, err = serve_until_answered(embedded_cli_env, "--verbose")
    assert code == 0
    assert "\x1b" not in out + err
    lines = err.splitlines()
    assert sum("explorer on" in line for line in lines) == 1
    requests = [line for line in lines if '"GET / HTTP/1.1"' in line]
    assert len(requests) == 1 and requests[0].startswith("INFO 127.0.0.1 - - [")
    assert requests[0].endswith('"GET / HTTP/1.1" 200 -')

"""A real Neo4j Community 5.26 server for the tests, started from the jar
that ``.ci/install`` builds out of ``tests/neo4j_launcher/``.

>>> server = Neo4jServer.start(tmp_dir)          # doctest: +SKIP
>>> server.uri, server.user                      # doctest: +SKIP
('bolt://127.0.0.1:41234', 'neo4j')
>>> server.stop()                                # doctest: +SKIP

The server listens on 127.0.0.1 only, on a free port, with authentication
on and a password made up for this run. It reads its standard input until
end of file: when the test process ends, however it ends (kill -9
included), the pipe closes and the JVM shuts down, so no run leaves a Neo4j
behind.
"""
from __future__ import annotations

import os
import queue
import secrets
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

LAUNCHER = Path(__file__).resolve().parent / "neo4j_launcher"
JAR = LAUNCHER / "target" / "neo4j-launcher.jar"
PASSWORD_ENV = "DEALGRAPH_NEO4J_PASSWORD"
# The JVM's heap; the page cache (64 MB) is set inside the launcher. The
# machine is shared by several test runs at once.
JAVA_OPTIONS = ("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
START_TIMEOUT_S = 240


class LauncherMissing(RuntimeError):
    """The launcher jar is not built (run ``bash .ci/install``) or java is absent."""


@dataclass
class Neo4jServer:
    uri: str
    password: str = field(repr=False)
    proc: subprocess.Popen = field(repr=False)
    started_in_s: float
    user: str = "neo4j"

    @classmethod
    def start(cls, home: Path) -> "Neo4jServer":
        """Start the server with its files under ``home`` and wait until it takes Bolt connections."""
        java = shutil.which("java")
        if not java or not JAR.exists():
            raise LauncherMissing(f"{JAR.relative_to(LAUNCHER.parent.parent)} is not built "
                                  "(run `bash .ci/install`; it needs java and mvn)")
        password = secrets.token_urlsafe(18)
        began = time.monotonic()
        with open(home.parent / f"{home.name}.stderr.log", "wb") as log:
            proc = subprocess.Popen([java, *JAVA_OPTIONS, "-jar", str(JAR), str(home)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                                    env={**os.environ, PASSWORD_ENV: password}, text=True)
        uri = _read_ready_line(proc)
        server = cls(uri, password, proc, 0.0)
        server.wait_for_bolt(began + START_TIMEOUT_S)
        server.started_in_s = time.monotonic() - began
        return server

    @property
    def auth(self) -> tuple[str, str]:
        return self.user, self.password

    def rss_mb(self) -> float:
        """Resident memory of the server's JVM, in MB."""
        import psutil

        return psutil.Process(self.proc.pid).memory_info().rss / 2**20

    def wait_for_bolt(self, deadline: float) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import ServiceUnavailable

        while True:
            try:
                with GraphDatabase.driver(self.uri, auth=self.auth) as driver:
                    driver.verify_connectivity()
                return
            except (ServiceUnavailable, OSError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("the Neo4j test server did not take Bolt connections") from None
                time.sleep(0.2)

    def stop(self, timeout: float = 60) -> None:
        """Close its standard input (its signal to shut down) and wait; kill it if it hangs."""
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def _read_ready_line(proc: subprocess.Popen) -> str:
    """The launcher prints ``READY bolt://127.0.0.1:PORT`` once Bolt listens.

    A thread keeps reading its standard output after that, so that the pipe
    never fills and blocks the server.
    """
    ready: queue.Queue = queue.Queue()

    def read() -> None:
        for line in proc.stdout:
            if line.startswith("READY "):
                ready.put(line.split(None, 1)[1].strip())
        ready.put(None)

    threading.Thread(target=read, daemon=True, name="neo4j-stdout").start()
    try:
        uri = ready.get(timeout=START_TIMEOUT_S)
    except queue.Empty:
        uri = None
    if uri is None:
        proc.kill()
        proc.wait(30)
        raise RuntimeError(f"the Neo4j test server was not ready (exit code {proc.returncode}); "
                           "see its .stderr.log beside its home folder")
    return uri

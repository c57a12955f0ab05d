"""OS file locks (``fcntl.flock``) shared by every dealgraph process on a store.

A lock lives on an open file: the kernel drops it when the holder closes the
file or exits, however it exits (kill -9 included), so a crashed run never
leaves a lock behind. Three lock files sit in each store folder:

- ``engine.lock``: held briefly by whoever starts or stops the engine;
- ``clients.lock``: held shared by every process using the engine (see
  ``graph.engine``);
- ``writer.lock``: one writer at a time (``WriterLock``).

Example::

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with held(folder / "writer.lock", timeout=5):
    ...     pass  # nobody else writes here meanwhile
    >>> (folder / "writer.lock").exists()   # the file stays; the lock went with its holder
    True
"""
from __future__ import annotations

import fcntl
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .errors import StoreError

EXCLUSIVE = fcntl.LOCK_EX
SHARED = fcntl.LOCK_SH


class LockTimeout(StoreError):
    """Another process held a lock for longer than the caller would wait."""


def open_lock_file(path: Path) -> int:
    """A descriptor for a lock file (created if missing), closed on exec."""
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)


def try_acquire(fd: int, mode: int = EXCLUSIVE) -> bool:
    """Take the lock if it is free now; never wait."""
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def acquire(fd: int, mode: int = EXCLUSIVE, timeout: float | None = None,
            on_wait: Callable[[], None] | None = None, what: str = "a lock") -> None:
    """Take the lock, waiting at most ``timeout`` seconds (None: as long as it takes).

    ``on_wait`` is called once, when the lock turns out to be taken.
    """
    if try_acquire(fd, mode):
        return
    if on_wait:
        on_wait()
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    pause = 0.02
    while not try_acquire(fd, mode):
        if deadline is not None and time.monotonic() >= deadline:
            raise LockTimeout(f"gave up waiting for {what} after {timeout:g} s")
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


@contextmanager
def held(path: Path, mode: int = EXCLUSIVE, timeout: float | None = None,
         on_wait: Callable[[], None] | None = None, what: str = "a lock") -> Iterator[int]:
    """Hold the lock on ``path`` for the ``with`` block."""
    fd = open_lock_file(path)
    try:
        acquire(fd, mode, timeout, on_wait, what)
        yield fd
    finally:
        os.close(fd)  # closing the file releases the lock


def holder_pid(path: Path) -> int | None:
    """The pid a lock holder wrote into its lock file, if any."""
    try:
        return int(path.read_text().strip() or 0) or None
    except (OSError, ValueError):
        return None


class WriterLock:
    """One writer at a time on a store, across processes and threads.

    ``hold()`` takes the thread lock, then the file lock, and writes the
    holder's pid into the file for the message a waiting writer prints. It
    is re-entrant in the thread that holds it. ``guard()`` is for write
    methods: it passes straight through while any thread of this process
    holds the lock (the operation that took it is the one writing, e.g.
    an ingest whose batches are written by a helper thread), and takes the
    lock otherwise.
    """

    def __init__(self, path: Path | None, describe: str):
        self.path = path
        self._describe = describe
        self._mutex = threading.Lock()
        self._owner: int | None = None
        self._depth = 0
        self._fd: int | None = None

    @property
    def held_here(self) -> bool:
        return self._depth > 0

    @contextmanager
    def hold(self, timeout: float | None = None,
             on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        started = time.monotonic()
        if not self._mutex.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
            raise LockTimeout(self._timeout_message(timeout))
        try:
            if self.path is None:  # a server-side store: only this process's threads to order
                self._owner, self._depth = me, 1
                try:
                    yield
                finally:
                    self._owner, self._depth = None, 0
                return
            fd = open_lock_file(self.path)
            try:
                left = None if timeout is None else timeout - (time.monotonic() - started)
                acquire(fd, EXCLUSIVE, left, (lambda: on_wait(self._waiting_message())) if on_wait else None)
            except LockTimeout:
                os.close(fd)
                raise LockTimeout(self._timeout_message(timeout)) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            self._fd, self._owner, self._depth = fd, me, 1
            try:
                yield
            finally:
                self._owner, self._depth, self._fd = None, 0, None
                os.ftruncate(fd, 0)
                os.close(fd)
        finally:
            self._mutex.release()

    @contextmanager
    def guard(self, timeout: float | None = None) -> Iterator[None]:
        if self.held_here:
            yield
            return
        with self.hold(timeout):
            yield

    def _waiting_message(self) -> str:
        pid = holder_pid(self.path) if self.path else None
        who = f"process {pid}" if pid and pid != os.getpid() else "another writer"
        return f"waiting for {who} to finish writing to {self._describe} (Ctrl+C to give up)"

    def _timeout_message(self, timeout: float | None) -> str:
        pid = holder_pid(self.path) if self.path else None
        who = f"process {pid}" if pid and pid != os.getpid() else "another writer"
        return (f"{who} is still writing to {self._describe}; gave up after {timeout:g} s "
                "(raise --lock-timeout to wait longer)")

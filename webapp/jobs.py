"""Slow work run off the request thread: a pasted article's extraction.

A request submits the work and returns at once; the page polls for the
outcome. One worker runs the jobs one after another, so a long paste (a
900 KB text takes a minute to read) never holds a request open and two
pastes never extract at once.

>>> jobs = Jobs()
>>> job = jobs.submit(sum, [1, 2, 3])
>>> jobs.wait(job, 5.0)
>>> jobs.outcome(job), jobs.outcome(job)
(('done', 6), ('done', 6))
>>> jobs.outcome("no-such-job")
('unknown', None)
"""
from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Callable


# How long a finished job's outcome is kept. The page may ask several times:
# Dash drops the answer to a poll when a newer poll of the same callback has
# been sent, so the outcome must still be there for the next one.
KEEP_SECONDS = 600.0


class Jobs:
    """Jobs by id: ``submit`` returns an id, ``outcome`` says how it stands."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dealgraph-paste")
        self._lock = threading.Lock()
        self._jobs: dict[str, tuple[Future, float]] = {}

    def submit(self, fn: Callable, *args) -> str:
        job = uuid.uuid4().hex
        now = time.monotonic()
        with self._lock:
            for old in [j for j, (f, t) in self._jobs.items() if f.done() and now - t > KEEP_SECONDS]:
                del self._jobs[old]
            self._jobs[job] = (self._pool.submit(fn, *args), now)
        return job

    def outcome(self, job: str | None) -> tuple[str, Any]:
        """("running", seconds so far), ("done", result), ("failed", exception) or
        ("unknown", None); a finished job's outcome is kept for KEEP_SECONDS."""
        with self._lock:
            entry = self._jobs.get(job or "")
        if entry is None:
            return "unknown", None
        future, started = entry
        if not future.done():
            return "running", time.monotonic() - started
        exc = future.exception()
        return ("failed", exc) if exc is not None else ("done", future.result())

    def wait(self, job: str, timeout: float) -> None:
        with self._lock:
            entry = self._jobs.get(job)
        if entry is not None:
            wait([entry[0]], timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

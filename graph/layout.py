"""One store, one folder: where a store's files live, and moving an old store in.

Each store (the user's, the demo, a test's) is a folder of its own holding
its append-only log (``appendonlydir/``), snapshot file, locks and engine
record; nothing is shared with another store, so resetting one never
touches another.

Before this layout a store was a single file (``dealgraph.db``) whose
append-only log sat in the *parent* folder, shared with every other store
there. ``prepare()`` moves such a file into a folder of the same name
without losing anything: the old file is kept beside it (renamed
``<name>.old-layout``), the shared log is copied, never moved.

Example::

    >>> import tempfile
    >>> data = Path(tempfile.mkdtemp())
    >>> _ = (data / "dealgraph.db").write_bytes(b"REDIS0011")   # an old single file
    >>> prepare(data / "dealgraph.db", print) == data / "dealgraph.db"
    moved the graph from the file .../dealgraph.db.old-layout into the store folder .../dealgraph.db/ (one folder per store now); the old files are kept: .../dealgraph.db.old-layout
    True
    >>> sorted(p.name for p in (data / "dealgraph.db").iterdir())
    ['graph.rdb']
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

from . import locks
from .engine import AOF_DIR, DATA_FILE
from .errors import StoreError

OLD_SUFFIX = ".old-layout"
RDB_MAGIC = b"REDIS"


def prepare(path: Path, notice: Callable[[str], None]) -> Path:
    """The store folder for ``path``: created, or migrated from an old single file."""
    path = Path(path).expanduser()
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {parent}: {exc.strerror}") from None
    if not os.access(parent, os.W_OK):
        raise StoreError(f"the data folder {parent} is not writable (choose another with --db or DEALGRAPH_DB)")
    if path.is_dir():
        return path
    with locks.held(parent / ".dealgraph-layout.lock", what="another dealgraph moving a store"):
        if path.is_file():
            _migrate(path, notice)
        elif not path.exists():
            if _old_log_only(path):
                _migrate(path, notice)
            else:
                path.mkdir()
    return path


def _old_stores(parent: Path, besides: Path) -> list[Path]:
    return [p for p in parent.glob("*.db") if p.is_file() and p != besides]


def _old_log_only(path: Path) -> bool:
    """An old store whose only copy is the folder's shared log (no snapshot was ever written)."""
    return (path.parent / AOF_DIR / "appendonly.aof.manifest").is_file() and not _old_stores(path.parent, path)


def _refuse_if_running(path: Path) -> None:
    import json

    registry = Path(f"{path}.settings")
    try:
        settings = json.loads(registry.read_text())
        pid = int(Path(settings["pidfile"]).read_text().strip())
    except (OSError, ValueError, KeyError, TypeError):
        return
    from .engine import _alive

    if _alive(pid):
        raise StoreError(f"an earlier dealgraph engine (pid {pid}) still runs on {path}; "
                         "stop it, then open the store again")
    registry.unlink(missing_ok=True)


def _migrate(path: Path, notice: Callable[[str], None]) -> None:
    """Move an old single-file store (and/or the folder's shared log) into ``path`` as a folder."""
    if path.is_file():
        with open(path, "rb") as fh:
            if fh.read(len(RDB_MAGIC)) != RDB_MAGIC:
                raise StoreError(f"{path} is a file, not a dealgraph store (--db names the store's folder)")
    _refuse_if_running(path)
    staging = path.with_name(f".{path.name}.migrating")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shared_log = path.parent / AOF_DIR
    # The shared log holds the data of whichever old store ran last: use it only
    # when this was the folder's only store; otherwise use the file's own snapshot.
    use_log = shared_log.is_dir() and not _old_stores(path.parent, path)
    if use_log:
        shutil.copytree(shared_log, staging / AOF_DIR)
    else:
        shutil.copy2(path, staging / DATA_FILE)
    kept = None
    if path.is_file():
        kept = path.with_name(path.name + OLD_SUFFIX)
        n = 1
        while kept.exists():
            n += 1
            kept = path.with_name(f"{path.name}{OLD_SUFFIX}-{n}")
        os.rename(path, kept)
    os.rename(staging, path)
    source = "the folder's shared append-only log" if use_log else f"the file {kept or path}"
    notice(f"moved the graph from {source} into the store folder {path}/ (one folder per store now); "
           f"the old files are kept: {', '.join(str(p) for p in (kept, shared_log if shared_log.is_dir() else None) if p)}")

"""Back up and restore the embedded store: one snapshot file (Redis RDB).

``backup`` asks the running engine for a snapshot (BGSAVE: a forked,
consistent copy made while the app and other commands keep working) and
copies it to the file. ``restore`` checks the file in a throw-away engine
first, then, with no other process using the store, sets the store's
current files aside in ``safety-copies/<time>/`` inside the store folder
and starts the store from the snapshot.

Example::

    >>> backup(store, Path("graph-2026-11-30.rdb"))      # doctest: +SKIP
    {'file': ..., 'bytes': 81920, 'articles': 12, 'commitments': 25}
    >>> restore(Path("graph-2026-11-30.rdb"), Path("~/.local/share/dealgraph/dealgraph.db"))  # doctest: +SKIP
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from . import engine, locks
from .errors import StoreError

SAFETY_DIR = "safety-copies"
STOP_WAIT_S = 30.0
SNAPSHOT_WAIT_S = 600.0


def embedded_only(store) -> None:
    if getattr(store, "backend_name", "") != "falkordb":
        raise StoreError("backup and restore work on the embedded store; for Neo4j use `neo4j-admin database dump`")


def counts(store) -> dict:
    """What a store holds, as a user counts it."""
    def count(cypher: str) -> int:
        return store.query(cypher, limit=1).rows[0][0]

    return {"articles": count("MATCH (a:Article) RETURN count(a)"),
            "commitments": count("MATCH (c:Commitment) RETURN count(c)"),
            "rules": count("MATCH (r:AliasRule) RETURN count(r)"),
            "nodes": count("MATCH (n) RETURN count(n)")}


def default_backup_path(folder: Path) -> Path:
    """Where ``db reset`` saves its backup: beside the store folder, stamped with the time."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Path(folder).parent / f"{Path(folder).name}-backup-{stamp}.rdb"


def snapshot(store) -> Path:
    """Have the engine write a consistent snapshot of the store now; return its path."""
    import redis

    embedded_only(store)
    client = redis.Redis(unix_socket_path=store.socket, decode_responses=True)
    deadline = time.monotonic() + SNAPSHOT_WAIT_S
    try:
        before = client.info("persistence")["rdb_saves"]
        client.execute_command("BGSAVE", "SCHEDULE")
        while True:
            info = client.info("persistence")
            if not info["rdb_bgsave_in_progress"]:
                if info["rdb_saves"] > before:
                    break
                if info["rdb_last_bgsave_status"] != "ok" and not info.get("aof_rewrite_in_progress"):
                    raise StoreError("the engine could not write its snapshot; see engine.log in the store folder")
            if time.monotonic() > deadline:
                raise StoreError(f"the engine's snapshot took longer than {SNAPSHOT_WAIT_S:g} s")
            time.sleep(0.05)
    except redis.exceptions.RedisError as exc:
        raise StoreError(f"the engine could not write its snapshot: {exc}") from None
    finally:
        client.close()
    return Path(store.db_path) / engine.DATA_FILE


def backup(store, target: Path) -> dict:
    """Write a consistent snapshot of the open store to ``target`` (replacing it atomically)."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise StoreError(f"{target} is a folder; name the backup file")
    held = counts(store)
    source = snapshot(store)
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc.strerror}") from None
    return {"file": str(target), "bytes": target.stat().st_size, **held}


def inspect(backup_file: Path, open_folder) -> dict:
    """Load a backup in a throw-away store and count what it holds (refuses a file that is not one)."""
    backup_file = Path(backup_file).expanduser()
    try:
        with open(backup_file, "rb") as fh:
            magic = fh.read(5)
    except OSError as exc:
        raise StoreError(f"cannot read the backup {backup_file}: {exc.strerror}") from None
    if magic != b"REDIS":
        raise StoreError(f"{backup_file} is not a dealgraph backup (made by `dealgraph db backup`)")
    scratch = Path(tempfile.mkdtemp(prefix="dealgraph-"))
    try:
        folder = scratch / "check"
        folder.mkdir()
        shutil.copyfile(backup_file, folder / engine.DATA_FILE)
        store = open_folder(folder)
        try:
            return counts(store)
        finally:
            store.close()
            wait_stopped(folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def wait_stopped(folder: Path, timeout: float = STOP_WAIT_S) -> bool:
    deadline = time.monotonic() + timeout
    while (folder / engine.RECORD).exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def replace_data(backup_file: Path, folder: Path) -> Path:
    """Swap the store's files for the backup's, with nobody using the store; return the safety copy."""
    folder = Path(folder).expanduser()
    try:
        writer = locks.held(folder / "writer.lock", timeout=0)
        writer.__enter__()
    except locks.LockTimeout:
        raise StoreError(f"another process is writing to {folder}; restore when it has finished") from None
    try:
        deadline = time.monotonic() + STOP_WAIT_S
        while True:
            with locks.held(folder / "engine.lock", timeout=STOP_WAIT_S, what="the engine"):
                users = locks.open_lock_file(folder / "clients.lock")
                try:
                    if not locks.try_acquire(users, locks.EXCLUSIVE):
                        raise StoreError(f"another dealgraph process (e.g. `dealgraph serve`) is using {folder}; "
                                         "stop it, then restore")
                    if not (folder / engine.RECORD).exists():
                        return _swap(backup_file, folder)
                finally:
                    os.close(users)
            if time.monotonic() > deadline:  # the last engine's watchdog is still stopping it
                raise StoreError(f"the engine of {folder} did not stop; try again")
            time.sleep(0.1)
    finally:
        writer.__exit__(None, None, None)


def _swap(backup_file: Path, folder: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    safety = folder / SAFETY_DIR / stamp
    safety.mkdir(parents=True, exist_ok=True)
    for name in (engine.AOF_DIR, engine.DATA_FILE):
        if (folder / name).exists():
            os.rename(folder / name, safety / name)
    partial = folder / f".{engine.DATA_FILE}.partial"
    shutil.copyfile(backup_file, partial)
    os.replace(partial, folder / engine.DATA_FILE)
    return safety

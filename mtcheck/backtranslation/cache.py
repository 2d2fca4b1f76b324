"""On-disk translation cache (sqlite), so an unchanged article re-checks without a model.

A translation is keyed by everything that decides it: backend, model identity (hub id at its
commit, or a content hash of a local model), direction, generation settings and the text. The
cache is an optimisation and never a reason to fail, and it never destroys what it cannot
read: a file this user may not read is bypassed and left alone; a read-only file or directory
is used for look-ups only; a corrupt file is replaced, under a lock, by a new one renamed into
place, and only after checking under the lock that no other process has repaired it already
(so rows that process has written since are kept). Each of these leaves a note saying what
happened.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote

try:  # POSIX; elsewhere the repair runs without the inter-process lock
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, output TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS model_hashes (fingerprint TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
"""
_FILE = "translations.sqlite3"
LOCK_TIMEOUT_S = 2.0  # how long to wait for another mtcheck writing the cache before bypassing it
REPAIR_LOCK_TIMEOUT_S = 10.0  # how long to wait for another mtcheck repairing a corrupt cache


def default_cache_dir() -> Path:
    env = os.environ.get("MTCHECK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mtcheck"


def entry_key(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class TranslationCache:
    """``get``/``put`` translations; every failure turns into a note and a bypass."""

    def __init__(self, directory: str | Path | None = None, enabled: bool = True):
        self.notes: list[str] = []
        self._db: sqlite3.Connection | None = None
        self.path: Path | None = None
        self.read_only = False
        if not enabled:
            return
        self.path = (Path(directory).expanduser() if directory else default_cache_dir()) / _FILE
        self._db = self._open()

    @property
    def active(self) -> bool:
        return self._db is not None

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._bypass(f"cannot create {self.path.parent} ({exc.strerror or exc})")
            return None
        refused = self._check_permissions()
        if refused:
            self._bypass(refused)
            return None
        try:
            return self._connect()
        except sqlite3.OperationalError as exc:  # locked, busy, cannot open: not the file's fault
            self._bypass(_reason(exc))
        except sqlite3.DatabaseError as exc:     # not a database, malformed image
            return self._repair(exc)
        return None

    def _check_permissions(self) -> str | None:
        """Why the cache cannot be used at all, or None; sets read_only when look-ups only."""
        directory = self.path.parent
        dir_writable = os.access(directory, os.W_OK | os.X_OK)
        if self.path.exists():
            if not os.access(self.path, os.R_OK):
                return "this user may not read it (left as it is)"
            if not (dir_writable and os.access(self.path, os.W_OK)):
                self.read_only = True
                self.notes.append(f"translation cache {self.path} is read-only here: "
                                  "used for look-ups, new translations not saved")
            return None
        if not dir_writable:
            return f"cannot create it: {directory} is not writable"
        return None

    def _connect(self) -> sqlite3.Connection:
        mode = "?mode=ro" if self.read_only else ""
        db = sqlite3.connect(f"file:{quote(str(self.path))}{mode}", uri=True,
                             timeout=LOCK_TIMEOUT_S, isolation_level=None)
        try:
            if not self.read_only:
                db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM translations LIMIT 1").fetchone()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _repair(self, exc: sqlite3.DatabaseError) -> sqlite3.Connection | None:
        if self.read_only:
            self._bypass(f"it is corrupt ({exc}) and read-only here (left as it is)")
            return None
        try:
            with _exclusive_lock(self.path.with_name(self.path.name + ".lock")):
                # Another process may have replaced it while we waited: then it is sound, and
                # holds that process's new rows, which a second replacement would wipe.
                try:
                    db = self._connect()
                    self.notes.append(f"translation cache {self.path} was unreadable ({exc}); "
                                      "another mtcheck process had already replaced it")
                    return db
                except sqlite3.OperationalError as again:
                    self._bypass(_reason(again))
                    return None
                except sqlite3.DatabaseError:
                    pass
                self._replace_with_empty()
                db = self._connect()
        except (OSError, TimeoutError, sqlite3.Error) as failed:
            self._bypass(f"it is corrupt ({exc}) and could not be replaced ({failed}); left as it is")
            return None
        self.notes.append(f"translation cache {self.path} was unreadable ({exc}); "
                          "rebuilt it: a new, empty cache renamed into place")
        return db

    def _replace_with_empty(self) -> None:
        """A new database written beside the corrupt one and renamed over it in one step."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        fresh = sqlite3.connect(tmp, isolation_level=None)
        try:
            fresh.executescript(_SCHEMA)
        finally:
            fresh.close()
        for suffix in ("-journal", "-wal", "-shm"):  # they belong to the corrupt file
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, self.path)

    def _bypass(self, why: str) -> None:
        self.notes.append(f"translation cache {self.path} bypassed: {why}")
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(dict.fromkeys(keys))
        if self._db is None or not keys:
            return {}
        out: dict[str, str] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = self._db.execute(
                    f"SELECT key, output FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall()
                out.update(rows)
        except sqlite3.Error as exc:
            self._bypass(f"read failed ({exc})")
            return {}
        return out

    def put_many(self, items: dict[str, str]) -> None:
        if self._db is None or self.read_only or not items:
            return
        try:
            with self._db:
                # IMMEDIATE takes the write lock up front, so a busy cache makes us wait
                # (timeout) instead of failing on a lock upgrade.
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?)", items.items())
        except sqlite3.Error as exc:
            self._bypass(f"write failed ({exc})")

    def model_hash(self, fingerprint: str, compute) -> str:
        """A local model's content hash, memoised by its cheap fingerprint."""
        if self._db is not None:
            try:
                row = self._db.execute("SELECT sha256 FROM model_hashes WHERE fingerprint = ?",
                                       (fingerprint,)).fetchone()
                if row:
                    return row[0]
            except sqlite3.Error as exc:
                self._bypass(f"read failed ({exc})")
        value = compute()
        if self._db is not None and not self.read_only:
            try:
                with self._db:
                    self._db.execute("INSERT OR REPLACE INTO model_hashes VALUES (?, ?)", (fingerprint, value))
            except sqlite3.Error as exc:
                self._bypass(f"write failed ({exc})")
        return value

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return "it is locked by another process"
    return text


@contextlib.contextmanager
def _exclusive_lock(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on a side file while one process repairs the cache."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    with open(lock_path, "a+b") as handle:
        deadline = time.monotonic() + REPAIR_LOCK_TIMEOUT_S
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError("another process holds the repair lock") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

"""On-disk translation cache (sqlite), so an unchanged article re-checks without a model.

A translation is keyed by everything that decides it: backend, model identity (hub id at its
commit, or a content hash of a local model), direction, generation settings and the text. The
cache is an optimisation and never a reason to fail: a corrupt file is rebuilt, a locked or
unwritable one is bypassed, and either way the report's note says so.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Iterable

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, output TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS model_hashes (fingerprint TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
"""
_FILE = "translations.sqlite3"
LOCK_TIMEOUT_S = 2.0  # how long to wait for another mtcheck writing the cache before bypassing it


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
        for attempt in (1, 2):
            try:
                db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
                db.executescript(_SCHEMA)
                db.execute("SELECT count(*) FROM translations LIMIT 1").fetchone()
                return db
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    self._bypass("it is locked by another process")
                    return None
                if attempt == 2 or not self._rebuild(exc):
                    self._bypass(str(exc))
                    return None
            except sqlite3.DatabaseError as exc:  # not a database, malformed image
                if attempt == 2 or not self._rebuild(exc):
                    self._bypass(str(exc))
                    return None
        return None

    def _rebuild(self, exc: Exception) -> bool:
        try:
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
        except OSError:
            return False
        self.notes.append(f"translation cache {self.path} was unreadable ({exc}); rebuilt it")
        return True

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
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.execute("BEGIN")
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
        if self._db is not None:
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

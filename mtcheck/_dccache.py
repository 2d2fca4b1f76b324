"""A disk cache of the code that :mod:`dataclasses` generates, so that a cold check does not
compile it anew on every start (compiling the ``__init__``, ``__repr__``, ``__eq__``... of
mtcheck's some sixty dataclasses was a sixth of a no-model check's cold start).

``dataclasses`` writes each generated method as Python source and runs it with ``exec``.
:func:`install` gives the ``dataclasses`` module its own ``exec``: source text found in the
cache file runs from the code object compiled from it last time; other source is compiled as
``exec`` would compile it (no inherited ``from __future__`` flags, file name ``<string>``) and
recorded. The code object is what that same source compiles to, so classes come out exactly
as before. At exit, when something new was recorded, the table is written back. The file is
keyed by the exact Python build, since code objects are; a missing, broken or unwritable file
only means compiling as usual, and a file that someone else could have written (another
owner, writable by group or others) is not read. ``MTCHECK_CODE_CACHE=0`` turns it off.
"""
from __future__ import annotations

import builtins
import os
import sys

from ._diskcache import is_startup_module

_MAX_ENTRIES = 4096  # a file never grows past this
_OFF = ("0", "", "no", "off", "false")

_known: dict = {}  # source text -> code object
_used: dict = {}  # the entries run or recorded in this process
_recorded = False
_path = None


def install() -> None:
    """Run the code that dataclasses generates from the cache file, for this process (once)."""
    global _path
    if _path is not None or sys.implementation.name != "cpython" or \
            os.environ.get("MTCHECK_CODE_CACHE", "1").lower() in _OFF:
        return
    import dataclasses

    if "exec" in vars(dataclasses):
        return  # someone else's exec already: leave it
    from ._diskcache import cache_dir, read_own_copy

    _path = cache_dir() / f"dataclass-code-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"
    table = read_own_copy(_path)
    if isinstance(table, dict):
        _known.update(table)
    dataclasses.exec = _exec
    import atexit

    atexit.register(_save)


def _exec(source, /, *args, **kwargs):
    """``exec``, with the code of a source text compiled once."""
    if type(source) is not str:
        return builtins.exec(source, *args, **kwargs)
    code = _known.get(source)
    if type(code) is not _CODE:
        code = compile(source, "<string>", "exec", dont_inherit=True)  # as exec compiles it there
        owner = args[0].get("__name__") if args and isinstance(args[0], dict) else None
        if not is_startup_module(owner):
            return builtins.exec(code, *args, **kwargs)  # another library's class: not kept
        _record(source, code)
    _used[source] = code
    return builtins.exec(code, *args, **kwargs)


_CODE = type(_exec.__code__)


def _record(source: str, code) -> None:
    global _recorded
    if len(_used) < _MAX_ENTRIES:
        _known[source] = code
        _recorded = True


def _save() -> None:
    """At exit, write back what this process used, when something was new or the file holds
    much that this process did not need (it is read whole at each start)."""
    if _path is None or not (_recorded or len(_known) > 2 * len(_used) + 64):
        return
    from ._diskcache import write_copy

    write_copy(_path, dict(_used))

"""anyascii's tables read as plain files, not through importlib.resources.

anyascii reads each 256-character table (a file in its ``_data`` folder) with
``importlib.resources.files(...)``; the first such read imports importlib's resource readers
and zipfile, about 10 ms of a no-model check's cold start. :func:`install` gives anyascii a
reader that opens the file beside the module, as the resource API would for an installed
package on disk (a missing table still raises FileNotFoundError, which anyascii takes for an
empty table), and leaves anything else (a zipped install) to anyascii's own reader.
"""
from __future__ import annotations

import os


def install() -> None:
    """Make anyascii read its tables straight from disk (once, for this process)."""
    import anyascii

    own = getattr(anyascii, "read_binary", None)
    if own is None or getattr(own, "_mtcheck_plain", False):
        return
    data = os.path.join(os.path.dirname(anyascii.__file__), "_data")
    if not os.path.isdir(data):
        return  # not a folder on disk (a zip): the resource API it is

    def read_binary(package: str, resource: str) -> bytes:
        if package != "anyascii._data" or os.sep in resource or (os.altsep and os.altsep in resource):
            return own(package, resource)
        with open(os.path.join(data, resource), "rb") as f:
            return f.read()

    read_binary._mtcheck_plain = True
    anyascii.read_binary = read_binary

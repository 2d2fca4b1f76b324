"""mtcheck: a quality checker for machine-translated news.

    >>> import mtcheck
    >>> report = mtcheck.check(open("article.txt", encoding="utf-8").read())
    >>> [(f.rule, f.text) for f in report.findings]

Importing mtcheck imports no model library (torch, transformers).
"""
from __future__ import annotations

__version__ = "0.1.0"

# First of all: compiled regular expressions and the code of dataclasses' generated methods
# come from disk caches (mtcheck/_recache.py, mtcheck/_dccache.py), as the analyses compile
# some two hundred patterns and sixty dataclasses at import: a third of a cold start.
from ._dccache import install as _install_code_cache  # noqa: E402
from ._recache import install as _install_regex_cache  # noqa: E402

_install_regex_cache()
_install_code_cache()

from .api import check, check_file  # noqa: E402
from .errors import InputError, ModelUnavailable, MtcheckError  # noqa: E402
from .report import Finding, Report, Sentence, Span  # noqa: E402

__all__ = ["check", "check_file", "audit", "Report", "Finding", "Sentence", "Span",
           "MtcheckError", "InputError", "ModelUnavailable", "__version__"]


def __getattr__(name: str):
    # mtcheck.audit loads on first use: it brings pyarrow (and Ray, for engine="ray"), which a
    # plain `import mtcheck` must not pay for.
    if name == "audit":
        from .auditing import audit

        return audit
    raise AttributeError(f"module 'mtcheck' has no attribute {name!r}")

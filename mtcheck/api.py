"""The Python API: ``check(text) -> Report``. The CLI is a thin layer over this module.

Data walks one way: read -> segment -> checks -> findings -> report. Nothing here imports
torch or transformers; a back-translation backend is imported only when one is asked for.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from . import marker as marker_mod
from .analysis import Document
from .checks import all_checks
from .errors import MtcheckError
from .reader import DEFAULT_MAX_BYTES, Source, decode, from_text, read_path
from .report import DocumentInfo, FailOn, Finding, Report, Sentence, Span
from .segment import segment

BACKENDS = ("auto", "hf", "ct2", "bergamot", "none")
FAIL_ON = ("error", "warning", "never")


def check(text: str | bytes, *, path: str | None = None, format: str | None = None,
          machine_translated: bool | None = None, backend: str = "none",
          fail_on: FailOn = "error", select: Iterable[str] | None = None,
          ignore: Iterable[str] | None = None, **backend_options: Any) -> Report:
    """Check one article given as text.

    ``format`` is "text", "markdown" or "html" (guessed from ``path`` or the content when
    None). ``machine_translated`` overrides marker detection. ``backend`` picks the
    back-translation engine ("none" touches no model). ``select``/``ignore`` take rule ids
    or codes. Raises :class:`mtcheck.errors.MtcheckError` on bad input.

    The default backend is "none" so that editors' tools stay fast; the CLI defaults to
    "auto". Back-translation options (``pivot``, ``models``, ``source``, ``source_lang``,
    ``no_cache``, ``cache_dir``, ``device``) go to :func:`mtcheck.backtranslation.run_backtranslation`.

    ``bytes`` are decoded as a file would be read (UTF-8, or UTF-16/32 with a byte order mark).
    """
    text = _as_text(text, path)
    return check_source(from_text(text, path=path, fmt=format), machine_translated=machine_translated,
                        backend=backend, fail_on=fail_on, select=select, ignore=ignore, **backend_options)


def check_file(path: str | Path, *, format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               **options: Any) -> Report:
    """Check one article file; the file is only read, never written, and refused when it is
    larger than ``max_bytes``."""
    return check_source(read_path(path, fmt=format, max_bytes=max_bytes), **options)


def _as_text(text: Any, path: str | None) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        return decode(bytes(text), path or "input")
    raise MtcheckError(f"check() takes the article as str (or bytes), not {type(text).__name__}")


def check_source(src: Source, *, machine_translated: bool | None = None, backend: str = "none",
                 fail_on: FailOn = "error", select: Iterable[str] | None = None,
                 ignore: Iterable[str] | None = None, **backend_options: Any) -> Report:
    if backend not in BACKENDS:
        raise MtcheckError(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")
    if fail_on not in FAIL_ON:
        raise MtcheckError(f"unknown --fail-on value {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    view = src.view
    mark = marker_mod.detect(view, src.metadata, machine_translated)
    segments = segment(view, soft_newlines=src.soft_newlines)
    ctx = Document(text=view, sentences=segments, machine_translated=mark.machine_translated,
                  marker_span=(mark.start, mark.end) if mark.start is not None else None,
                  options=dict(backend_options))

    bt = None
    if backend != "none":
        from .backtranslation import run_backtranslation  # lazy: may import torch
        bt = run_backtranslation(ctx, backend=backend, **backend_options)
        ctx.backtranslation = bt

    checks = _selected(select, ignore)
    findings: list[Finding] = []
    for cls in checks:
        if cls.needs_backtranslation and bt is None:
            continue
        findings.extend(cls().run(ctx))

    sentences = []
    for i, seg in enumerate(segments):
        s, e = src.to_raw(seg.start, seg.end)
        sentences.append(Sentence(i, s, e, src.raw[s:e], seg.part))
    findings = sorted({_to_raw(src, f) for f in findings}, key=Finding.sort_key)
    info = DocumentInfo(path=src.path, machine_translated=mark.machine_translated,
                        marker=_marker_text(src, mark), characters=len(src.raw), format=src.format)
    report = Report(document=info, sentences=sentences, findings=findings, fail_on=fail_on,
                    source=src)
    if bt is not None:
        report.backtranslation = bt.report_block()
        report.sentence_backtranslations = bt.sentence_blocks()
    return report


def _selected(select, ignore):
    checks = all_checks()
    known = {c.rule for c in checks} | {c.code for c in checks}
    for name in [*(select or ()), *(ignore or ())]:
        if name not in known:
            raise MtcheckError(f"unknown rule {name!r} (see 'mtcheck rules')")
    if select:
        wanted = set(select)
        checks = tuple(c for c in checks if c.rule in wanted or c.code in wanted)
    if ignore:
        dropped = set(ignore)
        checks = tuple(c for c in checks if c.rule not in dropped and c.code not in dropped)
    return checks


def _marker_text(src: Source, mark) -> str | None:
    if mark.start is None:
        return mark.marker
    s, e = src.to_raw(mark.start, mark.end)
    return src.raw[s:e]


def _to_raw(src: Source, f: Finding) -> Finding:
    def span(s: int, e: int) -> tuple[int, int, str]:
        rs, re_ = src.to_raw(s, e)
        return rs, re_, src.raw[rs:re_]

    s, e, t = span(f.start, f.end)
    related = tuple(Span(*span(r.start, r.end)) for r in f.related)
    return Finding(f.rule, f.code, f.severity, f.message, s, e, t, f.sentence, related, f.suggestion)

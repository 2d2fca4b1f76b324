"""The Python API: ``check(text) -> Report``. The CLI is a thin layer over this module.

Data walks one way: read -> segment -> checks -> findings -> report. Nothing here imports
torch or transformers; a back-translation backend is imported only when one is asked for.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from . import config as config_mod
from . import marker as marker_mod
from . import parallel, selection, suggest, suppress
from .analysis import Document
from .checks import all_checks
from .errors import MtcheckError
from .reader import DEFAULT_MAX_BYTES, Source, decode, from_text, read_path
from .report import DocumentInfo, FailOn, Finding, Report, Sentence, Span
from .segment import segment

BACKENDS = ("auto", "hf", "ct2", "bergamot", "none")
FAIL_ON = ("error", "warning", "never")


def check(text: str | bytes, *, path: str | None = None, format: str | None = None,
          machine_translated: bool | None = None, backend: str | None = None,
          fail_on: FailOn | None = None, select: Iterable[str] | None = None,
          ignore: Iterable[str] | None = None, extend_select: Iterable[str] | None = None,
          config: Any = None, **backend_options: Any) -> Report:
    """Check one article given as text.

    ``format`` is "text", "markdown" or "html" (guessed from ``path`` or the content when
    None). ``machine_translated`` overrides marker detection. ``backend`` picks the
    back-translation engine ("none" touches no model). ``select``/``ignore``/``extend_select``
    take rule ids, codes or code prefixes ("MT1"). ``config`` is a :class:`mtcheck.config.Config`,
    a mapping of ``[tool.mtcheck]`` keys or a path to a configuration file; arguments given
    here win over it (``select`` replaces its selection, ``ignore`` adds to it). Raises
    :class:`mtcheck.errors.MtcheckError` on bad input.

    The default backend is "none" so that editors' tools stay fast; the CLI defaults to
    "auto". Back-translation options (``pivot``, ``models``, ``source``, ``source_lang``,
    ``no_cache``, ``cache_dir``, ``device``) go to :func:`mtcheck.backtranslation.run_backtranslation`.

    ``bytes`` are decoded as a file would be read (UTF-8, or UTF-16/32 with a byte order mark).
    """
    text = _as_text(text, path)
    return check_source(from_text(text, path=path, fmt=format), machine_translated=machine_translated,
                        backend=backend, fail_on=fail_on, select=select, ignore=ignore,
                        extend_select=extend_select, config=config, **backend_options)


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


def check_source(src: Source, *, machine_translated: bool | None = None, backend: str | None = None,
                 fail_on: FailOn | None = None, select: Iterable[str] | None = None,
                 ignore: Iterable[str] | None = None, extend_select: Iterable[str] | None = None,
                 config: Any = None, **backend_options: Any) -> Report:
    cfg = config_mod.coerce(config)
    backend = backend or cfg.backend or "none"
    fail_on = fail_on or cfg.fail_on or "error"
    if cfg.pivot and backend_options.get("pivot") is None:
        backend_options["pivot"] = cfg.pivot
    if backend not in BACKENDS:
        raise MtcheckError(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")
    if fail_on not in FAIL_ON:
        raise MtcheckError(f"unknown --fail-on value {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    view = src.view
    mark = marker_mod.detect(view, src.metadata, machine_translated)
    segments = segment(view, soft_newlines=src.soft_newlines)
    ctx = Document(text=view, sentences=segments, machine_translated=mark.machine_translated,
                  marker_span=(mark.start, mark.end) if mark.start is not None else None,
                  options={**backend_options, **_house_options(cfg)})

    checks = _selected(select, ignore, extend_select, cfg, src.path)
    backend = _backend_for(checks, backend)
    bt = None
    if backend != "none":
        from .backtranslation import run_backtranslation  # lazy: may import torch
        bt = run_backtranslation(ctx, backend=backend, **backend_options)
        ctx.backtranslation = bt

    # a long article's checks run on two cores (mtcheck/parallel.py), never after a model ran
    findings = parallel.run_checks(ctx, [c for c in checks if bt is not None or not c.needs_backtranslation],
                                   allow=bt is None)

    sentences = []
    for i, seg in enumerate(segments):
        s, e = src.to_raw(seg.start, seg.end)
        sentences.append(Sentence(i, s, e, src.raw[s:e], seg.part))
    findings = sorted({_to_raw(src, f) for f in findings}, key=Finding.sort_key)
    findings = suggest.merge(_with_severities(findings, cfg), src.raw)
    findings = suppress.apply(findings, src.raw, src.format)
    info = DocumentInfo(path=src.path, machine_translated=mark.machine_translated,
                        marker=_marker_text(src, mark), characters=len(src.raw), format=src.format)
    report = Report(document=info, sentences=sentences, findings=findings, fail_on=fail_on,
                    source=src)
    if bt is not None:
        report.backtranslation = bt.report_block()
        report.sentence_backtranslations = bt.sentence_blocks()
    return report


def _selected(select, ignore, extend_select, cfg: config_mod.Config, path: str | None):
    """The checks to run: an explicit ``select`` replaces the configuration's."""
    return selection.select_checks(
        all_checks(), select=select if selection.split(select) else cfg.select,
        extend_select=[*cfg.extend_select, *selection.split(extend_select)],
        ignore=[*cfg.ignores_for(path), *selection.split(ignore)])


def _backend_for(checks, backend: str) -> str:
    """The work follows the selection: no back-translation unless a selected rule reads it."""
    wants_bt = [c.rule for c in checks if c.needs_backtranslation]
    if checks and len(wants_bt) == len(checks) and backend == "none":
        raise MtcheckError(f"the selected rules ({', '.join(wants_bt)}) need back-translation, "
                           "but the backend is none")
    return backend if wants_bt else "none"


def _house_options(cfg: config_mod.Config) -> dict[str, Any]:
    """What the checks read of the house style (``ctx.options``); data files merge globally."""
    house = cfg.house_style
    if house.data:
        config_mod.apply_data_files(house.data)
    return {"house_spellings": house.spellings, "particle_may_drop": house.drop_article_particle}


def _with_severities(findings: list[Finding], cfg: config_mod.Config) -> list[Finding]:
    if not cfg.severity:
        return findings
    out = []
    for f in findings:
        for rule, severity in cfg.severity:
            if selection.matches(f, rule):
                f = replace(f, severity=severity)
        out.append(f)
    return out


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

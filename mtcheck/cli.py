"""Command line: a thin layer over :mod:`mtcheck.api`.

Exit status: 0 the gate passes, 1 the gate fails, 2 usage or input error (one line on
stderr, never a traceback).
"""
from __future__ import annotations

import gc
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

try:  # typer >= 0.20 vendors click; older versions use click itself
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover
    from click import exceptions as _cx

from . import __version__, _typer_fast
from .errors import MtcheckError
from .render import FORMATS as RENDER_FORMATS

# -h is help everywhere, as --help is.
_CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, context_settings=_CONTEXT,
                  help="Quality checker for machine-translated news.")


# The --format choices come from the renderer registry (mtcheck/render/__init__.py).
OutputFormat = Enum("OutputFormat", {name: name for name in RENDER_FORMATS}, type=str)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class Backend(str, Enum):
    auto = "auto"
    hf = "hf"
    ct2 = "ct2"
    bergamot = "bergamot"
    none = "none"


class InputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"


class MinSeverity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        print(f"mtcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Quality checker for machine-translated news."""


class _Check:
    """The options of ``check``, declared here so that its signature reads as one list (typer
    reads each parameter's default)."""

    # hidden: typer would list the argument with its Python type (<list[str]>); the docstring says it.
    articles = typer.Argument(..., metavar="ARTICLE", show_default=False, hidden=True)
    format = typer.Option(OutputFormat.text, "--format", "--output-format", "-f", help="Report format.")
    output = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to this file.")
    fail_on = typer.Option(
        None, "--fail-on", show_default=False,
        help="Severity that fails the gate (exit 1) [default: the configuration's fail-on, else error].")
    machine_translated = typer.Option(None, "--machine-translated/--no-machine-translated",
                                      help="Override marker detection.")
    backend = typer.Option(
        None, "--backend", show_default=False,
        help="Back-translation backend [default: the configuration's backend, else auto]. auto: ct2 (hf "
             "without ctranslate2) when the pivot's models are here (model store, HF cache, --model), else "
             "the embedded bergamot engine, else none; it never downloads. Runs only when a selected rule "
             "reads it.")
    pivot = typer.Option(None, "--pivot", metavar="LANG", help="Round-trip pivot language (default: ar).")
    model = typer.Option([], "--model", metavar="DIRECTION=ID_OR_PATH", show_default=False,
                         help="e.g. en-ar=./opus-mt-en-ar; repeatable.")
    no_cache = typer.Option(False, "--no-cache", help="Neither read nor write the translation cache.")
    source = typer.Option(None, "--source", metavar="FILE", help="The original article (bilingual mode).")
    source_lang = typer.Option(None, "--source-lang", metavar="LANG", help="The language of --source.")
    input_format = typer.Option(
        None, "--input-format", help="Input format (default: from the file name or content).")
    max_bytes = typer.Option(
        20_000_000, "--max-bytes", min=1, metavar="BYTES",
        help="Refuse an article larger than this many bytes (exit 2); checked while reading.")
    select = typer.Option(
        [], "--select", metavar="RULES", show_default=False,
        help="Run only these rules: ids, codes, code prefixes (MT1) or ALL; comma lists; repeatable.")
    extend_select = typer.Option([], "--extend-select", metavar="RULES", show_default=False,
                                 help="Add rules to the selection; repeatable.")
    ignore = typer.Option([], "--ignore", metavar="RULES", show_default=False,
                          help="Skip these rules (as --select names them); repeatable.")
    config = typer.Option(
        None, "--config", metavar="FILE",
        help="Use this configuration file for every article instead of the nearest mtcheck.toml / "
             "pyproject.toml [tool.mtcheck].")
    isolated = typer.Option(False, "--isolated", help="Ignore every configuration file.")
    exclude = typer.Option([], "--exclude", metavar="GLOB", show_default=False,
                           help="Skip files found in folders that match this glob; repeatable.")
    stdin_filename = typer.Option(
        None, "--stdin-filename", metavar="NAME",
        help="The name of the article read from - (for its format, configuration and report).")
    baseline = typer.Option(None, "--baseline", metavar="FILE",
                            help="Hide the findings recorded in this baseline file.")
    write_baseline = typer.Option(
        None, "--write-baseline", metavar="FILE",
        help="Record today's findings in this baseline file (exit 0 unless an article cannot be read).")
    quiet = typer.Option(False, "--quiet", "-q",
                         help="Only articles with findings; no progress bar, no summary.")
    min_severity = typer.Option(
        MinSeverity.info, "--min-severity",
        help="Show findings of this severity and above (the gate still counts every finding).")
    color = typer.Option(Color.auto, "--color",
                         help="Colour the text report (auto: on a terminal, unless NO_COLOR is set).")
    verbose = typer.Option(False, "--verbose", "-v",
                           help="Text report: list every sentence's back-translation score.")


@app.command()
def check(
        articles: List[str] = _Check.articles, format: OutputFormat = _Check.format,
        output: Optional[Path] = _Check.output, fail_on: Optional[FailOn] = _Check.fail_on,
        machine_translated: Optional[bool] = _Check.machine_translated, backend: Optional[Backend] = _Check.backend,
        pivot: Optional[str] = _Check.pivot, model: List[str] = _Check.model, no_cache: bool = _Check.no_cache,
        source: Optional[Path] = _Check.source, source_lang: Optional[str] = _Check.source_lang,
        input_format: Optional[InputFormat] = _Check.input_format, max_bytes: int = _Check.max_bytes,
        select: List[str] = _Check.select, extend_select: List[str] = _Check.extend_select,
        ignore: List[str] = _Check.ignore, config: Optional[Path] = _Check.config, isolated: bool = _Check.isolated,
        exclude: List[str] = _Check.exclude, stdin_filename: Optional[str] = _Check.stdin_filename,
        baseline: Optional[Path] = _Check.baseline, write_baseline: Optional[Path] = _Check.write_baseline,
        quiet: bool = _Check.quiet, min_severity: MinSeverity = _Check.min_severity, color: Color = _Check.color,
        verbose: bool = _Check.verbose) -> None:
    """Check articles and print a report.

    ARTICLE is a file (plain text, Markdown or HTML), a folder (searched for .txt .md .markdown
    .html .htm) or - for stdin; give as many as you like.
    """
    from .batch import BatchOptions
    from .cli_check import run_check

    if (source or source_lang or model or pivot) and backend is Backend.none:
        raise MtcheckError("--source, --source-lang, --pivot and --model need a back-translation backend")
    opts = BatchOptions(
        input_format=input_format.value if input_format else None, max_bytes=max_bytes,
        machine_translated=machine_translated, backend=backend.value if backend else None,
        fail_on=fail_on.value if fail_on else None, select=select, extend_select=extend_select,
        ignore=ignore, config_file=str(config) if config else None, isolated=isolated, exclude=exclude,
        stdin_filename=stdin_filename,
        backend_options=dict(pivot=pivot, models=model, no_cache=no_cache, source=source,
                             source_lang=source_lang))
    raise typer.Exit(run_check(
        articles, opts, format=format.value, output=output, verbose=verbose, quiet=quiet,
        min_severity=min_severity.value, color=color.value, baseline=baseline, write_baseline=write_baseline))


@app.command()
def rules(explain: Optional[str] = typer.Option(
        None, "--explain", metavar="RULE",
        help="Explain one rule (code or id): what it does, why, an example, its severity and options.")) -> None:
    """List every rule (code, id, what it checks), or explain one."""
    from .checks import all_checks

    if explain is not None:
        from .explain import explain_rule

        print(explain_rule(explain))
        return
    for c in all_checks():
        print(f"{c.code}  {c.rule:<18} {c.doc}")


class AuditEngine(str, Enum):
    local = "local"
    ray = "ray"


@app.command()
def audit(
    inputs: List[str] = typer.Argument(..., help="Directories of articles, JSONL or Parquet files."),
    output: str = typer.Option(..., "--output", "-o", help="Results file: .parquet or .jsonl (resumed if it exists)."),
    findings: Optional[str] = typer.Option(None, "--findings", help="Also write one row per finding here."),
    engine: AuditEngine = typer.Option(AuditEngine.local, "--engine", help="local: a process pool; ray: Ray Data."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes or actors (default: all cores)."),
    text_column: str = typer.Option("text", "--text-column", help="Text column of JSONL/Parquet inputs."),
    id_column: str = typer.Option("id", "--id-column", help="Id column of JSONL/Parquet inputs."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join (default: start a local Ray)."),
    num_gpus_per_worker: float = typer.Option(0.0, "--num-gpus-per-worker", help="GPUs per Ray actor (for models)."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles per Ray batch."),
    backend: Backend = typer.Option(Backend.none, "--backend", help="Back-translation backend (default: none)."),
    pivot: Optional[str] = typer.Option(None, "--pivot", help="Round-trip pivot language."),
    model: List[str] = typer.Option([], "--model", help="DIRECTION=ID_OR_PATH; repeatable."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the translation cache."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Severity that fails an article's gate."),
    machine_translated: Optional[bool] = typer.Option(None, "--machine-translated/--no-machine-translated",
                                                      help="Override marker detection."),
    input_format: Optional[InputFormat] = typer.Option(None, "--input-format", help="Force the article format."),
    select: List[str] = typer.Option([], "--select", help="Run only these rules (id or code); repeatable."),
    ignore: List[str] = typer.Option([], "--ignore", help="Skip these rules (id or code); repeatable."),
) -> None:
    """Check a whole archive into one table: one row per article (exit 0 when it is written)."""
    from .auditing import audit as run_audit

    options = dict(backend=backend.value, fail_on=fail_on.value, machine_translated=machine_translated,
                   format=input_format.value if input_format else None, select=select or None,
                   ignore=ignore or None)
    if backend is not Backend.none:
        options.update(pivot=pivot, models=model, no_cache=no_cache)
    elif pivot or model:
        raise MtcheckError("--pivot and --model need a back-translation backend")
    try:
        summary = run_audit(inputs, output, engine.value, findings=findings, jobs=jobs, text_column=text_column,
                            id_column=id_column, address=address, num_gpus_per_worker=num_gpus_per_worker,
                            batch_size=batch_size, progress=True, **options)
    except KeyboardInterrupt:
        print(f"mtcheck: interrupted; {output} keeps what was done: run the same command again to resume",
              file=sys.stderr)
        raise typer.Exit(130)
    print(f"mtcheck: {summary.line()}", file=sys.stderr)


models_app = typer.Typer(no_args_is_help=True, context_settings=_CONTEXT, help="Translation models: list, download, verify.")
app.add_typer(models_app, name="models")


@models_app.command("list")
def models_list() -> None:
    """Every configured model, and whether it is here (store, HF cache) or converted for ct2."""
    from .backtranslation.manage import list_models

    for line in list_models():
        print(line)


@models_app.command("pull")
def models_pull(pivot: str = typer.Argument(..., help="Pivot language, e.g. ar."),
                ct2: bool = typer.Option(True, "--ct2/--no-ct2", help="Also convert for the ct2 backend.")) -> None:
    """Download a pivot's models into the local store (needs a connection)."""
    from .backtranslation.manage import pull_pivot

    for line in pull_pivot(pivot, convert=ct2):
        print(line)


@models_app.command("verify")
def models_verify(pivot: Optional[str] = typer.Argument(None, help="Pivot language (default: all present)."),
                  backend: Backend = typer.Option(Backend.auto, "--backend", help="Backend to load them with."),
                  model: List[str] = typer.Option([], "--model", help="DIRECTION=ID_OR_PATH; repeatable.")) -> None:
    """Load a pivot's models and translate one sentence there and back."""
    from .backtranslation.manage import verify

    if backend is Backend.none:
        raise MtcheckError("models verify needs a backend other than none")
    for line in verify(pivot, backend.value, model):
        print(line)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning every user error into one line and exit 2."""
    if argv is None:  # the program itself (not a caller's process):
        # what is loaded by now (the analyses' tables, patterns, classes) lives as long as the
        # process, so the cyclic collector need not walk it again at each full collection (a
        # tenth of a no-model check's cold start).
        gc.freeze()
    try:
        # typer would convert each value through pydantic (slow to import); simple ones need not
        _typer_fast.install()
        result = app(args=argv, prog_name="mtcheck", standalone_mode=False)
        return int(result or 0)
    except typer.Exit as exc:
        return exc.exit_code
    except _cx.NoArgsIsHelpError as exc:
        print(exc.format_message(), file=sys.stderr)
        return 2
    except _cx.ClickException as exc:
        message = " ".join(exc.format_message().split()).replace("Value error, ", "")
        print(f"mtcheck: error: {message}", file=sys.stderr)
        return 2
    except typer.Abort:
        print("mtcheck: aborted", file=sys.stderr)
        return 130
    except MtcheckError as exc:
        print(f"mtcheck: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("mtcheck: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

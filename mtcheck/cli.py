"""Command line: a thin layer over :mod:`mtcheck.api`.

Exit status: 0 the gate passes, 1 the gate fails, 2 usage or input error (one line on
stderr, never a traceback).
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

try:  # typer >= 0.20 vendors click; older versions use click itself
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover
    from click import exceptions as _cx

from . import __version__
from .errors import MtcheckError
from .render import FORMATS as RENDER_FORMATS

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, help="Quality checker for machine-translated news.")


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


def _version(value: bool) -> None:
    if value:
        print(f"mtcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Quality checker for machine-translated news."""


@app.command()
def check(
    articles: List[Path] = typer.Argument(..., help="Article files: plain text, Markdown or HTML."),
    format: OutputFormat = typer.Option(OutputFormat.text, "--format", "--output-format", "-f",
                                        help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Severity that fails the gate (exit 1)."),
    machine_translated: Optional[bool] = typer.Option(
        None, "--machine-translated/--no-machine-translated",
        help="Override marker detection."),
    backend: Backend = typer.Option(
        Backend.auto, "--backend",
        help="Back-translation backend (auto: local HF models, else the embedded bergamot engine)."),
    pivot: Optional[str] = typer.Option(None, "--pivot", help="Round-trip pivot language (default: ar)."),
    model: List[str] = typer.Option([], "--model", help="DIRECTION=ID_OR_PATH, e.g. en-ar=./opus-mt-en-ar; "
                                    "repeatable."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the translation cache."),
    source: Optional[Path] = typer.Option(None, "--source", help="The original article (bilingual mode)."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang", help="The language of --source."),
    input_format: Optional[InputFormat] = typer.Option(
        None, "--input-format", help="Input format (default: from the file name or content)."),
    max_bytes: int = typer.Option(
        20_000_000, "--max-bytes", min=1,
        help="Refuse an article larger than this many bytes (exit 2); checked while reading."),
    select: List[str] = typer.Option([], "--select", help="Run only these rules (id or code); repeatable."),
    ignore: List[str] = typer.Option([], "--ignore", help="Skip these rules (id or code); repeatable."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="Text report: list every sentence's back-translation score."),
) -> None:
    """Check articles and print a report."""
    from .api import check_source
    from .reader import read_path
    from .render import render

    if output is not None and any(_same_file(output, p) for p in articles):
        raise MtcheckError(f"{output}: refusing to write the report over an input article")
    if (source or source_lang or model or pivot) and backend is Backend.none:
        raise MtcheckError("--source, --source-lang, --pivot and --model need a back-translation backend")
    if source is not None and len(articles) > 1:
        raise MtcheckError("--source is the original of one article; give one article with it")
    bt_options = {} if backend is Backend.none else dict(
        pivot=pivot, models=model, no_cache=no_cache, source=source, source_lang=source_lang)
    sources = [read_path(p, fmt=input_format.value if input_format else None, max_bytes=max_bytes)
               for p in articles]
    reports = [check_source(src, machine_translated=machine_translated, backend=backend.value,
                            fail_on=fail_on.value, select=select or None, ignore=ignore or None,
                            **bt_options)
               for src in sources]
    if output is not None:
        try:
            output.write_text(render(reports, format.value, verbose=verbose), encoding="utf-8")
        except OSError as exc:
            raise MtcheckError(f"{output}: cannot write report ({exc.strerror or exc})") from None
    else:
        color = format is OutputFormat.text and sys.stdout.isatty()
        sys.stdout.write(render(reports, format.value, color=color, verbose=verbose))
    raise typer.Exit(max(r.exit_code for r in reports))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


@app.command()
def rules() -> None:
    """List every rule: code, id, and what it checks."""
    from .checks import all_checks

    for c in all_checks():
        print(f"{c.code}  {c.rule:<18} {c.doc}")


models_app = typer.Typer(no_args_is_help=True, help="Translation models: list, download, verify.")
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
    try:
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

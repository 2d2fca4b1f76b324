"""What an audit reads: directories of article files, JSONL files and Parquet files.

Inputs are streamed one article at a time; a directory article is read by the worker that
checks it (only its path travels), a table row carries its text. A row that cannot be made
into an article (bad JSON, no id, no text) still becomes an :class:`Article` with ``problem``
set, so that it turns into an error row instead of stopping the run.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import MtcheckError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)


@dataclass(frozen=True)
class Columns:
    id: str = "id"
    text: str = "text"


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str | None = None       # None: read the file at ``path``
    problem: str | None = None    # why this row is no article (becomes the row's error)


def kind_of(path: str) -> str:
    """'dir', 'jsonl', 'parquet' or 'article' (a single article file)."""
    if "://" not in path and os.path.isdir(path):
        return "dir"
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return "article"


def validate(inputs: Sequence[str], columns: Columns, *, remote_ok: bool = False) -> None:
    """Raise MtcheckError (one line, exit 2) for an input that cannot be audited at all."""
    if not inputs:
        raise MtcheckError("give at least one input: a directory of articles, a JSONL or a Parquet file")
    for path in inputs:
        if "://" in path:
            if not remote_ok:
                raise MtcheckError(f"{path}: remote inputs need --engine ray")
            continue
        if not os.path.exists(path):
            raise MtcheckError(f"{path}: no such file or directory")
        if kind_of(path) == "parquet":
            _check_parquet_columns(path, columns)


def _check_parquet_columns(path: str, columns: Columns) -> None:
    import pyarrow.parquet as pq

    import pyarrow.types as pat

    try:
        schema = pq.read_schema(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise MtcheckError(f"{path}: cannot read as Parquet ({_one_line(exc)})") from None
    missing = [c for c in (columns.id, columns.text) if c not in schema.names]
    if missing:
        raise MtcheckError(f"{path}: no column {', '.join(map(repr, missing))} "
                           f"(has {', '.join(schema.names)}; see --id-column/--text-column)")
    kind = schema.field(columns.text).type
    if not (pat.is_string(kind) or pat.is_large_string(kind)):
        raise MtcheckError(f"{path}: column {columns.text!r} holds {kind}, not text")


def article_files(directory: str) -> Iterator[str]:
    """Article files under a directory, recursively, in a stable (sorted) order."""
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)


def iter_articles(inputs: Sequence[str], columns: Columns) -> Iterator[Article]:
    """Every article of every input, in input order, without holding them all in memory."""
    for path in inputs:
        kind = kind_of(path)
        if kind == "dir":
            for file in article_files(path):
                yield Article(id=file, path=file)
        elif kind == "article":
            yield Article(id=path, path=path)
        elif kind == "jsonl":
            yield from _jsonl_articles(path, columns)
        else:
            yield from _parquet_articles(path, columns)


def count_articles(inputs: Sequence[str]) -> int | None:
    """How many articles there are (for the progress bar), or None when it cannot be known cheaply."""
    total = 0
    for path in inputs:
        kind = kind_of(path)
        if "://" in path:
            return None
        if kind == "dir":
            total += sum(1 for _ in article_files(path))
        elif kind == "article":
            total += 1
        elif kind == "jsonl":
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
    return total


def _jsonl_articles(path: str, columns: Columns) -> Iterator[Article]:
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                yield article_from_json_line(line, path, columns)


def article_from_json_line(line: bytes | str, path: str, columns: Columns) -> Article:
    """One JSONL line as an Article; a line that is no article gets a problem and a made-up id."""
    raw = line.encode("utf-8") if isinstance(line, str) else line
    fallback = fallback_id(path, raw.strip())
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return Article(fallback, path, problem=f"not valid JSON ({_one_line(exc)})")
    if not isinstance(obj, dict):
        return Article(fallback, path, problem="not a JSON object")
    return article_from_record(obj.get(columns.id), obj.get(columns.text), path, columns, fallback)


def article_from_record(id_value, text, path: str, columns: Columns, fallback: str) -> Article:
    if id_value is None or (isinstance(id_value, str) and not id_value.strip()):
        return Article(fallback, path, problem=f"no {columns.id!r} value")
    ident = str(id_value)
    if text is None:
        return Article(ident, path, problem=f"no {columns.text!r} value")
    if not isinstance(text, str):
        return Article(ident, path, problem=f"{columns.text!r} is {type(text).__name__}, not text")
    return Article(ident, path, text=text)


def _parquet_articles(path: str, columns: Columns) -> Iterator[Article]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=256, columns=[columns.id, columns.text]):
        ids = batch.column(columns.id).to_pylist()
        texts = batch.column(columns.text).to_pylist()
        for ident, text in zip(ids, texts):
            fallback = fallback_id(path, (text or "").encode("utf-8", "replace"))
            yield article_from_record(ident, text, path, columns, fallback)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def fallback_id(path: str, content: bytes) -> str:
    """The id of a row that has none: its file and a digest of its content. Every engine names
    it the same way (Ray does not know line numbers), so resumption skips it too."""
    return f"{path}:sha1-{hashlib.sha1(content).hexdigest()[:12]}"


def same_path(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False

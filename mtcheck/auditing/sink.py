"""Where results go: a Parquet or JSONL file that is valid whenever the audit stops.

Parquet cannot be appended to, so a writer copies the rows already in the file into a
``.partial`` file next to it, appends the new rows, and renames it over the output when it is
closed (the end of the run, Ctrl-C, an error). Until then the old output stays as it was; a
killed run loses only its own rows. JSONL is appended line by line; a line torn by a kill is
cut off on the next run.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable

from ..errors import MtcheckError
from .rows import FINDING_FIELDS, SEVERITY_COLUMNS, finding_rows, rule_columns

ROW_GROUP = 2000     # rows per Parquet row group: big enough to compress, small enough to stream


def output_format(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".parquet"):
        return "parquet"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    raise MtcheckError(f"{path}: the output must end in .parquet or .jsonl")


def result_schema():
    import pyarrow as pa

    fields = [pa.field("id", pa.string()), pa.field("path", pa.string()), pa.field("gate", pa.string())]
    fields += [pa.field(c, pa.int32()) for c in SEVERITY_COLUMNS.values()]
    fields += [pa.field(c, pa.int32()) for c in rule_columns().values()]
    fields += [pa.field("machine_translated", pa.bool_()), pa.field("findings", pa.string()),
               pa.field("error", pa.string()), pa.field("mtcheck_version", pa.string()),
               pa.field("seconds", pa.float64())]
    return pa.schema(fields)


def finding_schema():
    import pyarrow as pa

    types = {"start": pa.int64(), "end": pa.int64(), "sentence": pa.int64()}
    return pa.schema([pa.field("id", pa.string()), pa.field("path", pa.string())]
                     + [pa.field(k, types.get(k, pa.string())) for k in FINDING_FIELDS])


def done_ids(path: str) -> set[str]:
    """The ids already in an output file (empty when there is none yet)."""
    if not os.path.exists(path):
        return set()
    if output_format(path) == "jsonl":
        _cut_torn_line(path)
        ids = set()
        with open(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["id"])
        return ids
    import pyarrow.parquet as pq

    try:
        return set(pq.read_table(path, columns=["id"]).column("id").to_pylist())
    except Exception as exc:
        raise MtcheckError(f"{path}: cannot resume from this file ({' '.join(str(exc).split())[:200]})") from None


def open_sink(path: str, schema):
    return ParquetSink(path, schema) if output_format(path) == "parquet" else JsonlSink(path, schema)


class JsonlSink:
    def __init__(self, path: str, schema):
        self.path, self.names = path, schema.names
        _cut_torn_line(path)
        self.fh = open(path, "a", encoding="utf-8")

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.fh.write(json.dumps({k: row.get(k) for k in self.names}, ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


class ParquetSink:
    def __init__(self, path: str, schema):
        import pyarrow.parquet as pq

        self.path, self.schema = path, schema
        self.partial = str(Path(path).with_name(Path(path).name + ".partial"))
        self.buffer: list[dict[str, Any]] = []
        old = pq.ParquetFile(path) if os.path.exists(path) else None
        if old is not None and not old.schema_arrow.equals(schema):
            raise MtcheckError(f"{path}: has other columns than this mtcheck writes (another version, or "
                               f"other rules); write to a new output")
        self.writer = pq.ParquetWriter(self.partial, schema, compression="zstd")
        if old is not None:
            for i in range(old.num_row_groups):
                self.writer.write_table(old.read_row_group(i))

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.partial, self.path)


def _cut_torn_line(path: str) -> None:
    """Drop a last line without its newline (a run killed mid-write) so the file stays JSONL."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return
    with open(path, "rb+") as fh:
        fh.seek(-1, os.SEEK_END)
        if fh.read(1) == b"\n":
            return
        size = fh.seek(0, os.SEEK_END)
        step = min(size, 1 << 16)
        while True:
            fh.seek(size - step)
            chunk = fh.read(step)
            cut = chunk.rfind(b"\n")
            if cut >= 0 or step == size:
                fh.truncate(size - step + cut + 1 if cut >= 0 else 0)
                return
            step = min(size, step * 2)


class Output:
    """The results file and, optionally, the findings file, opened and closed together."""

    def __init__(self, results: str, findings: str | None = None):
        self.results = open_sink(results, result_schema())
        self.findings = open_sink(findings, finding_schema()) if findings else None

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.results.write(rows)
        if self.findings is not None:
            self.findings.write([f for row in rows for f in finding_rows(row)])

    def close(self) -> None:
        self.results.close()
        if self.findings is not None:
            self.findings.close()

"""The Ray engine: Ray Data reads the inputs, an actor pool checks them, rows stream back.

Each actor builds its checker once (rule modules, word lists and, with a backend, the model
libraries) and then checks one batch after another; ``num_gpus`` reserves a GPU share per
actor for the translation models. Parquet and JSONL inputs are read by Ray itself (so they may
live on shared storage such as ``s3://``); an article directory is listed here and each actor
reads its files, which then must be visible to every node (one machine, or a shared disk).
Rows come back to the driver, which writes them like the local engine does: same columns,
same resumption, same findings file.
"""
from __future__ import annotations

import logging
from typing import Any, Iterator, Sequence

from ..errors import MtcheckError
from .inputs import Article, Columns, article_files, article_from_json_line, article_from_record, \
    fallback_id, kind_of

# Reading and reshaping records costs little next to checking them; asking a whole CPU for
# it would leave it waiting forever behind a checker pool that holds every CPU.
IO_CPUS = 0
INSTALL_HINT = 'the ray engine needs Ray: pip install "mtcheck[ray]"'


def import_ray():
    try:
        import ray
        import ray.data  # noqa: F401  (ray without its data extra has no ray.data)
    except ImportError:
        raise MtcheckError(INSTALL_HINT) from None
    return ray


def run_ray(inputs: Sequence[str], columns: Columns, options: dict[str, Any], *, done: set[str],
            address: str | None, workers: int | None, num_gpus: float, batch_size: int,
            ) -> Iterator[list[dict[str, Any]]]:
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        _start(ray, address, workers)
    try:
        workers = workers or _cluster_workers(ray, num_gpus)
        files = [f for f in _article_paths(inputs) if f not in done]
        batch_size = even_batch_size(len(files), workers, batch_size)
        ds = _dataset(ray, inputs, columns, files, batch_size)
        done_ref = ray.put(done) if done else None
        ds = ds.map_batches(_Checker, batch_format="pyarrow", batch_size=batch_size,
                            fn_constructor_kwargs={"options": options, "columns": columns,
                                                   "done_ref": done_ref},
                            compute=_actor_pool(ray, workers, inputs), num_cpus=1,
                            num_gpus=num_gpus or None)
        _tune(ds.context)
        for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            if batch.num_rows:
                yield batch.to_pylist()
    finally:
        if started_here:
            ray.shutdown()


def _start(ray, address: str | None, workers: int | None) -> None:
    # Ray's own logs and progress bars would scroll over ours; its warnings still show.
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    kwargs: dict[str, Any] = dict(include_dashboard=False, logging_level=logging.WARNING,
                                  log_to_driver=False)
    if address:
        ray.init(address=address, **kwargs)
    else:
        ray.init(num_cpus=workers, **kwargs)


def _actor_pool(ray, workers: int, inputs: Sequence[str]):
    """All actors at once, each holding one CPU: they start (and warm up) side by side.

    Ray Data lists a Parquet input's files in a task that asks for a whole CPU (read_parquet
    gives no way to lower it): with Parquet among the inputs the pool starts one actor short
    and grows once the listing has run, else that task and the pool would wait for each other.
    """
    if any(kind_of(path) == "parquet" for path in inputs):
        return ray.data.ActorPoolStrategy(min_size=max(1, workers - 1), max_size=workers)
    return ray.data.ActorPoolStrategy(size=workers)


def _tune(context) -> None:
    """Settings for this dataset only (its own copy of the caller's DataContext)."""
    context.enable_progress_bars = False       # ours shows; Ray's would scroll over it


def even_batch_size(articles: int, workers: int, batch_size: int) -> int:
    """Rows per batch: at most ``batch_size``, in a number of batches that the workers share evenly.

    Ray Data hands an actor its next batch only when a slot is free and queues a few per actor
    up front, so 200 articles in batches of 32 (seven) would leave one of two actors checking
    the last batch alone; eight batches of 25 keep both busy to the end.
    """
    if articles <= 0:
        return batch_size
    rounds = -(-articles // (workers * batch_size))          # batches per worker, rounded up
    return max(1, -(-articles // (workers * rounds)))


def _cluster_workers(ray, num_gpus: float) -> int:
    resources = ray.cluster_resources()
    if num_gpus:
        return max(1, int(resources.get("GPU", 0) / num_gpus))
    return max(1, int(resources.get("CPU", 1)))


def _dataset(ray, inputs: Sequence[str], columns: Columns, files: list[str], batch_size: int):
    """One dataset of (kind, id, path, text) rows for all inputs."""
    parts = []
    if files:
        # Built here, one block per batch: no read tasks and no metadata tasks for a list of
        # paths the driver already holds (each actor reads its own files).
        records = [{"kind": "file", "id": f, "path": f, "text": ""} for f in files]
        parts.append(ray.data.from_items(records, override_num_blocks=-(-len(files) // batch_size)))
    for path in inputs:
        kind = kind_of(path)
        if kind == "jsonl":
            # Lines, not parsed JSON: a broken line becomes an error row, as in the local engine.
            ds = ray.data.read_text(path, include_paths=True, file_extensions=None, num_cpus=IO_CPUS)
            parts.append(ds.map_batches(_jsonl_records, batch_format="pyarrow", num_cpus=IO_CPUS))
        elif kind == "parquet":
            ds = ray.data.read_parquet(path, include_paths=True, num_cpus=IO_CPUS)
            ds = ds.select_columns(list(dict.fromkeys([columns.id, columns.text, "path"])))
            parts.append(ds.map_batches(_table_records, batch_format="pyarrow", num_cpus=IO_CPUS,
                                        fn_kwargs={"columns": columns}))
    if not parts:
        return ray.data.from_arrow(record_schema().empty_table())
    return parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]


def _article_paths(inputs: Sequence[str]) -> Iterator[str]:
    """The article files among the inputs (directories listed, single files as they are)."""
    for path in inputs:
        kind = kind_of(path)
        if kind == "dir":
            yield from article_files(path)
        elif kind == "article":
            yield path


def record_schema():
    import pyarrow as pa

    return pa.schema([("kind", pa.string()), ("id", pa.string()), ("path", pa.string()), ("text", pa.string())])


def _jsonl_records(batch):
    import pyarrow as pa

    n = batch.num_rows
    return pa.table({"kind": ["jsonl"] * n, "id": [None] * n, "path": batch.column("path").to_pylist(),
                     "text": batch.column("text").to_pylist()}, schema=record_schema())


def _table_records(batch, columns: Columns):
    import pyarrow as pa

    n = batch.num_rows
    ids = [None if v is None else str(v) for v in batch.column(columns.id).to_pylist()]
    texts = batch.column(columns.text).to_pylist()      # a text column (checked before the run)
    return pa.table({"kind": ["row"] * n, "id": ids, "path": batch.column("path").to_pylist(),
                     "text": texts}, schema=record_schema())


def _article(record: dict[str, Any], columns: Columns) -> Article:
    kind, path = record["kind"], record["path"]
    if kind == "file":
        return Article(id=record["id"], path=path)
    if kind == "jsonl":
        return article_from_json_line(record["text"], path, columns)
    text = record["text"]
    fallback = fallback_id(path, (text or "").encode("utf-8", "replace"))
    return article_from_record(record["id"], text, path, columns, fallback)


class _Checker:
    """A Ray Data actor: a ready checker that turns a batch of records into result rows."""

    def __init__(self, options: dict[str, Any], columns: Columns, done_ref=None):
        import ray

        from .local import warm_up
        from .sink import result_schema

        self.options, self.columns = options, columns
        self.schema = result_schema()
        self.done = ray.get(done_ref) if done_ref is not None else set()
        warm_up(options)

    def __call__(self, batch):
        import pyarrow as pa

        from .rows import check_article

        rows = []
        for record in batch.to_pylist():
            article = _article(record, self.columns)
            if article.id not in self.done:
                rows.append(check_article(article, self.options))
        return pa.Table.from_pylist(rows, schema=self.schema)

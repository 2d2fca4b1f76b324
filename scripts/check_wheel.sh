#!/usr/bin/env bash
# The built wheel works outside the checkout: build it, install it in a fresh virtual
# environment (a CPU torch first: an unpinned one would pull several GB of CUDA packages),
# and check the seed from another folder, with and without a back-translation backend.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/python -m pip wheel -q --no-deps --disable-pip-version-check -w "$work/dist" .
wheel=$(ls "$work"/dist/mtcheck-*.whl)
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check torch==2.13.0
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "${wheel}[models]"
cp seeds/000_0d5765ec9c3f1855.txt "$work/seed.txt"
cd "$work"
export HF_HUB_OFFLINE=1 MTCHECK_CACHE_DIR="$work/cache" HOME="$work"
"$work/venv/bin/python" - <<'PY'
import mtcheck, pathlib
import mtcheck.backtranslation.registry as reg
assert "site-packages" in mtcheck.__file__, mtcheck.__file__
assert reg.registry_path().is_file(), reg.registry_path()
PY
"$work/venv/bin/mtcheck" check --backend none --format json seed.txt > report.json
"$work/venv/bin/python" -c "import json; r = json.load(open('report.json')); assert r['summary']['gate'] == 'pass' and r['findings'], r['summary']"
"$work/venv/bin/mtcheck" check --backend auto seed.txt > report.txt
grep -q "bergamot" report.txt
"$work/venv/bin/mtcheck" rules --explain MT101 > /dev/null
echo "wheel check: $(basename "$wheel") installed outside the checkout; the seed checks (none and auto/bergamot)"

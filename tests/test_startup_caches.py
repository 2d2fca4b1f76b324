"""The start-up caches (mtcheck/_recache.py, mtcheck/_dccache.py): a second process gets its
compiled patterns and dataclass methods from the cache file, they behave exactly as freshly
compiled ones, and a broken or switched-off cache changes nothing but the time."""
from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = r'''
import json, re, sys
import mtcheck
from mtcheck import _dccache, _recache

# Run as a module of mtcheck's (the caches keep only start-up modules' patterns and classes)
# or as this script's own (__main__, kept by neither).
OWNER = sys.argv[1]
MODULE = """
import re
from dataclasses import dataclass, field

PATTERN = r"(?P<rank>Brig(?:adier)?\.? Gen(?:eral)?)\s+(?P<name>[A-Z]\w+)(?:-(?P=name))?"
rx = re.compile(PATTERN, re.IGNORECASE)

@dataclass(frozen=True, order=True)
class Probe:
    name: str
    count: int = 0
    tags: tuple = field(default_factory=tuple)
"""
sys.modules[OWNER] = type(sys)(OWNER)
exec(compile(MODULE, "<probe>", "exec"), sys.modules[OWNER].__dict__)
m = sys.modules[OWNER]
rx, Probe, PATTERN = m.rx, m.Probe, m.PATTERN
fresh = re._compiler.compile.__wrapped__(PATTERN, re.IGNORECASE.value) if _recache._path else rx
p = Probe("Rasool", 2)
text = "Brigadier General Rasool met brig. gen Ali, and BRIG GEN Saad-Saad."
key = (False, PATTERN, re.IGNORECASE.value)
print(json.dumps({
    "served_regex": key in _recache._used and not _recache._recorded,
    "kept_regex": key in _recache._known,
    "served_code": bool(_dccache._used) and not _dccache._recorded,
    "kept_code": any("Rasool" not in s and "tags" in s for s in _dccache._known),
    "regex_equal": rx == fresh and rx.groupindex == fresh.groupindex,
    "matches": [m.groupdict() for m in rx.finditer(text)],
    "spans": [m.span() for m in rx.finditer(text)],
    "probe": [repr(p), p == Probe("Rasool", 2), p < Probe("Saad"), sorted(Probe.__init__.__annotations__)],
    "installed": _recache._path is not None and _dccache._path is not None,
}))
'''


def _probe(cache, owner="mtcheck.probe", **env) -> dict:
    environ = {**os.environ, "MTCHECK_GAZETTEER_DIR": str(cache), **env}
    proc = subprocess.run([sys.executable, "-c", _PROBE, owner], capture_output=True, text=True, env=environ,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _expected_behaviour(result: dict) -> None:
    assert result["regex_equal"]
    assert result["spans"] == [[0, 24], [29, 42], [48, 66]]
    assert result["matches"][0] == {"rank": "Brigadier General", "name": "Rasool"}
    assert result["matches"][2] == {"rank": "BRIG GEN", "name": "Saad"}
    assert result["probe"] == ["Probe(name='Rasool', count=2, tags=())", True, True,
                               ["count", "name", "return", "tags"]]


def test_a_second_process_is_served_from_the_cache(tmp_path):
    first = _probe(tmp_path)
    assert first["installed"] and not first["served_regex"] and not first["served_code"]
    assert list(tmp_path.glob("regex-*.marshal")) and list(tmp_path.glob("dataclass-code-*.marshal"))
    second = _probe(tmp_path)
    assert second["served_regex"] and second["served_code"]
    _expected_behaviour(first)
    _expected_behaviour(second)
    assert first["matches"] == second["matches"] and first["probe"] == second["probe"]


def test_other_modules_patterns_and_classes_are_not_kept(tmp_path):
    """A script's or another library's patterns and dataclasses would swell the files that
    every cold start reads (transformers alone makes thousands of dataclasses)."""
    first = _probe(tmp_path, owner="__main__")
    second = _probe(tmp_path, owner="__main__")
    assert not first["kept_regex"] and not second["kept_regex"] and not second["served_regex"]
    assert not second["kept_code"]
    _expected_behaviour(second)
    assert _probe(tmp_path)["kept_regex"] and _probe(tmp_path)["served_regex"]  # as mtcheck's: kept


def test_the_files_keep_what_the_last_process_used(tmp_path):
    _probe(tmp_path)
    many = "import mtcheck, re\nfor i in range(300): re.compile('probe%d[a-z]+' % i)"
    subprocess.run([sys.executable, "-c", many], env={**os.environ, "MTCHECK_GAZETTEER_DIR": str(tmp_path)},
                   check=True, timeout=120)  # __main__'s patterns: not kept
    subprocess.run([sys.executable, "-c", "import mtcheck.analysis.lexicon as m\nimport re\n"
                    "exec(\"for i in range(300): re.compile('probe%d[a-z]+' % i)\", vars(m))"],
                   env={**os.environ, "MTCHECK_GAZETTEER_DIR": str(tmp_path)}, check=True, timeout=120)
    import marshal

    (regex_file,) = tmp_path.glob("regex-*.marshal")
    def probes() -> int:
        return sum(1 for key in marshal.loads(regex_file.read_bytes()) if str(key[1]).startswith("probe"))

    assert probes() == 300
    _probe(tmp_path)  # needs none of the 300: the file is written back with what it used
    assert probes() == 0
    assert _probe(tmp_path)["served_regex"]


def test_a_broken_cache_file_is_ignored_and_replaced(tmp_path):
    _probe(tmp_path)
    for path in [*tmp_path.glob("regex-*.marshal"), *tmp_path.glob("dataclass-code-*.marshal")]:
        path.write_bytes(b"\x00not marshal")
    result = _probe(tmp_path)
    assert not result["served_regex"] and not result["served_code"]
    _expected_behaviour(result)
    assert _probe(tmp_path)["served_regex"]  # written back whole


def test_a_cache_file_others_could_write_is_not_read(tmp_path):
    _probe(tmp_path)
    for path in tmp_path.glob("*.marshal"):
        path.chmod(0o666)
    result = _probe(tmp_path)
    assert not result["served_regex"] and not result["served_code"]
    _expected_behaviour(result)


def test_the_caches_can_be_switched_off(tmp_path):
    result = _probe(tmp_path, MTCHECK_REGEX_CACHE="0", MTCHECK_CODE_CACHE="0")
    assert not result["installed"]
    _expected_behaviour(result)
    assert not list(tmp_path.glob("*.marshal"))


def test_the_seed_report_is_the_same_with_and_without_the_caches(tmp_path):
    seed = os.path.join(os.path.dirname(__file__), "..", "seeds", "000_0d5765ec9c3f1855.txt")
    outputs = []
    for env in ({"MTCHECK_REGEX_CACHE": "0", "MTCHECK_CODE_CACHE": "0"}, {}, {}):
        environ = {**os.environ, "MTCHECK_GAZETTEER_DIR": str(tmp_path / "cache"), **env}
        proc = subprocess.run([sys.executable, "-m", "mtcheck.cli", "check", "--backend", "none", "--format",
                               "json", seed], capture_output=True, text=True, env=environ, timeout=300)
        assert proc.returncode in (0, 1), proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["findings"]


def test_anyascii_reads_the_same_tables_from_disk():
    """mtcheck/_anyascii_fast.py: the plain-file reader gives anyascii the same tables as
    importlib.resources, and a block without a table still transliterates to nothing."""
    from importlib.resources import files

    import anyascii

    from mtcheck import _anyascii_fast

    _anyascii_fast.install()
    assert getattr(anyascii.read_binary, "_mtcheck_plain", False)
    samples = "Ḥalab ʿAbd al-Raḥmān Şanlıurfa Qāʾid “quoted” — Straße 北京 Москва|\U000e0001\ue000|"
    with_resources = anyascii.read_binary
    try:
        anyascii._blocks.clear()
        fast = anyascii.anyascii(samples)
        anyascii._blocks.clear()
        anyascii.read_binary = lambda package, resource: files(package).joinpath(resource).read_bytes()
        slow = anyascii.anyascii(samples)
    finally:
        anyascii.read_binary = with_resources
        anyascii._blocks.clear()
    assert fast == slow == "Halab `Abd al-Rahman Sanliurfa Qa'id \"quoted\" - Strasse BeiJing Moskva||"

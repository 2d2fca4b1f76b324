"""mtcheck._json_fast.dumps writes what json.dumps(ensure_ascii=False, sort_keys=True, indent=N)
writes, byte for byte, for reports and for any other value (handed to json where unusual)."""
from __future__ import annotations

import json

import pytest

import mtcheck
from mtcheck._json_fast import dumps

ARTICLE = """Powered by automated translation
Basra port receives grain shipment
Lt Gen Qassim al-Maliki said on Monday that 4,860 containers arrived.
“We received 4,860 containers,” he said, adding that Lieutenant General Qasim al-Maliki’s men \t helped.
The 4,680 containers were unloaded by the Ministry of Transport and the Transportation Ministry.
"""

VALUES = [
    {}, [], (), "", 0, -3, 2.5, 1e300, True, False, None, "é “quoted” \u2028 \x00 \\ \"",
    {"b": 1, "a": [1.5, None, True, False, "x\"\n\u2019"], "c": {"z": {}, "y": []}},
    [{}, [[]], {"k": [{"n": (1, 2)}]}], {"a": {"b": {"c": [1, [2, [3]]]}}},
    {1: 2}, {"a": {1: "x", "b": None}}, {"a": 1.0, 2: 3}, {"a": float("nan")}, [float("inf")],
    {"a": {"b": float("-inf")}}, {"s": {1, 2}}, [{"a": {"b": object()}}], {"x": b"bytes"},
]


def _json(value, indent):
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)
    except (TypeError, ValueError) as error:
        return type(error)


def _fast(value, indent):
    try:
        return dumps(value, indent=indent)
    except (TypeError, ValueError) as error:
        return type(error)


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
def test_same_text_as_json_dumps(indent):
    for value in VALUES:
        assert _fast(value, indent) == _json(value, indent), value


def test_a_report_is_written_as_json_dumps_writes_it():
    report = mtcheck.check(ARTICLE, backend="none")
    assert report.findings  # nested findings with related spans, and flat sentences
    as_dict = report.to_dict()
    assert report.to_json() == json.dumps(as_dict, ensure_ascii=False, sort_keys=True, indent=2)
    assert report.to_json(indent=None) == json.dumps(as_dict, ensure_ascii=False, sort_keys=True)

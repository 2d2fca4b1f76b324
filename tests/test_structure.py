"""The package stays readable: short modules, short functions, few paths through each.

The limits are those of the project's guide: no module over 400 lines, no function over 60
lines, no function whose cyclomatic complexity (PyCQA mccabe, as flake8's C901 counts it) is
over 15. A module or function that grows past them is split by what each part decides.
"""
from __future__ import annotations

import ast
from pathlib import Path

import mccabe
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mtcheck"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_COMPLEXITY = 15


def _relative(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_the_package_has_modules_to_measure():
    assert len(MODULES) > 100


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_module_is_short(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_relative(path)} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_functions_are_short(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [f"{n.name} ({n.end_lineno - n.lineno + 1} lines, line {n.lineno})" for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"{_relative(path)}: {long}"


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_functions_have_few_paths(path):
    visitor = mccabe.PathGraphingAstVisitor()
    visitor.preorder(ast.parse(path.read_text(encoding="utf-8")), visitor)
    tangled = [f"{g.entity} ({g.complexity()})" for g in visitor.graphs.values() if g.complexity() > MAX_COMPLEXITY]
    assert not tangled, f"{_relative(path)}: {tangled}"


def test_the_complexity_measure_sees_branches():
    """The measure itself: a function of 16 ifs is over the limit, one of 2 is not."""
    many = "def f(x):\n" + "".join(f"    if x == {i}:\n        return {i}\n" for i in range(16)) + "    return -1\n"
    few = "def g(x):\n    if x:\n        return 1\n    return 2 if x else 3\n"
    visitor = mccabe.PathGraphingAstVisitor()
    visitor.preorder(ast.parse(many + few), visitor)
    scores = {g.entity: g.complexity() for g in visitor.graphs.values()}
    assert scores["f"] == 17 and scores["g"] <= 3

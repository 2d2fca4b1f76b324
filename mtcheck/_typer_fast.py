"""Plain conversion of simple command-line values, so that a check does not import pydantic,
and plain type names in help (TEXT, PATH, INTEGER), as click writes them.

Typer converts every parameter through a pydantic ``TypeAdapter`` built on first use;
importing pydantic alone costs about 80 ms, a quarter of a no-model check's cold start. The
parameters of mtcheck are simple (str, bool, int with bounds, Path, Enum, and lists of those):
:func:`install` gives each of them a converter that does what typer's would for such a type,
with typer's error messages, and leaves any other parameter to typer. It reaches into typer's
private runtime-parameter hook; when that hook is not there (another typer), nothing changes.
"""
from __future__ import annotations

import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

try:
    from typer._click.exceptions import BadParameter
    from typer._coercion import RuntimeParam
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - another typer: it converts on its own
    RuntimeParam = _TyperParameter = None  # type: ignore[assignment,misc]

_SCALARS = (str, bool, int, Path)


def _simple(annotation: Any) -> Any | None:
    """The scalar type of a simple annotation (list[X] gives X), else None."""
    if typing.get_origin(annotation) is list:
        (annotation,) = typing.get_args(annotation) or (None,)
    if annotation in _SCALARS or (isinstance(annotation, type) and issubclass(annotation, Enum)):
        return annotation
    return None


def _convert(kind: Any, value: Any, info: Any) -> Any:
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        out = value
    elif kind is bool:
        text = str(value).strip().lower()
        if text not in ("1", "0", "true", "false", "yes", "no", "on", "off", "y", "n", "t", "f"):
            raise ValueError(f"{value!r} is not a valid boolean.")
        out = text in ("1", "true", "yes", "on", "y", "t")
    elif kind is int:
        try:
            out = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a valid integer.") from None
    elif kind is Path or kind is str:
        out = kind(value)
    else:  # an Enum: by value, as typer matches choices
        for member in kind:
            if str(member.value) == str(value) or (not info.case_sensitive and
                                                    str(member.value).lower() == str(value).lower()):
                return member
        choices = ", ".join(repr(str(m.value)) for m in kind)
        raise ValueError(f"{value!r} is not one of {choices}.")
    if kind is int and info.min is not None and out < info.min:
        raise ValueError(f"{out} is not in the range x>={info.min}.")
    if kind is int and info.max is not None and out > info.max:
        raise ValueError(f"{out} is not in the range x<={info.max}.")
    return out


if RuntimeParam is not None:
    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """typer's runtime-parameter contract, converting simple types without pydantic."""

        kind: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                if isinstance(value, (list, tuple)):
                    return [_convert(self.kind, v, self.parameter_info) for v in value]
                return _convert(self.kind, value, self.parameter_info)
            except ValueError as exc:
                raise BadParameter(str(exc), ctx=ctx, param=param) from None


def install() -> None:
    """Make typer's parameters convert simple values without pydantic (for this process)."""
    if RuntimeParam is None or _TyperParameter is None or getattr(_TyperParameter, "_mtcheck_plain", False):
        return
    typers_own = _TyperParameter.get_runtime_param

    def get_runtime_param(self):
        desc = getattr(self, "type_descriptor", None)
        if self._runtime_param is None and desc is not None and not desc.file_annotation:
            kind = _simple(desc.annotation)
            if kind is not None:
                self._runtime_param = PlainRuntimeParam(annotation=desc.annotation,
                                                        parameter_info=desc.parameter_info, kind=kind)
        return typers_own(self)

    _TyperParameter.get_runtime_param = get_runtime_param
    _TyperParameter._mtcheck_plain = True
    _plain_help_types()


# Help names of simple types, as click writes them: typer would print Python's (<list[str]>).
_HELP_NAMES = {str: "TEXT", int: "INTEGER", float: "FLOAT", bool: "BOOLEAN", Path: "PATH"}


def _plain_help_types() -> None:
    typers_display = _TyperParameter.display_type

    def display_type(self, ctx):
        desc = self.type_descriptor
        annotation = desc.annotation
        many = typing.get_origin(annotation) is list
        if many:
            (annotation,) = typing.get_args(annotation) or (None,)
        name = None if desc.is_choice else _HELP_NAMES.get(annotation)
        if name is None:
            return typers_display(self, ctx)
        return name + ("..." if many else "")

    _TyperParameter.display_type = display_type

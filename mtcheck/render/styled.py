"""Styled lines for the text report without importing rich unless colour is asked for.

Importing rich costs a no-model check about a tenth of its start-up, and a report written to
a pipe or a file has no colour. :class:`Text` keeps the subset of ``rich.text.Text`` the report
uses (a base style, styled appends, ``+``) and becomes a rich Text only for a colour console;
:class:`Console` writes plain lines itself, exactly as rich's plain console would (rich strips
the same control characters; a line with a tab, which rich expands by cell width, goes to
rich).
"""
from __future__ import annotations

from io import StringIO

# What rich.text.Text removes from every string (rich.control.strip_control_codes).
_STRIP = {7: None, 8: None, 11: None, 12: None, 13: None}


class Text:
    def __init__(self, text: str = "", style: str = "") -> None:
        self.plain = text.translate(_STRIP)
        self.style = style
        self.spans: list[tuple[int, int, str]] = []

    def append(self, text: str, style: str = "") -> Text:
        text = text.translate(_STRIP)
        if style:
            self.spans.append((len(self.plain), len(self.plain) + len(text), style))
        self.plain += text
        return self

    def __add__(self, other: Text) -> Text:
        out = Text(self.plain, self.style)
        out.spans = list(self.spans)
        offset = len(self.plain)
        if other.style:
            out.spans.append((offset, offset + len(other.plain), other.style))
        out.spans.extend((s + offset, e + offset, st) for s, e, st in other.spans)
        out.plain += other.plain
        return out

    def to_rich(self):
        from rich.text import Span
        from rich.text import Text as RichText

        return RichText(self.plain, style=self.style, spans=[Span(s, e, st) for s, e, st in self.spans])


class Console:
    """print() and getvalue() of the report: rich's console with colour, plain lines without."""

    def __init__(self, color: bool) -> None:
        self.buf = StringIO()
        self._rich = None
        self.color = color

    def _rich_console(self):
        if self._rich is None:
            from rich.console import Console as RichConsole

            self._rich = RichConsole(file=self.buf, force_terminal=self.color, no_color=not self.color,
                                     width=100, highlight=False, soft_wrap=True)
        return self._rich

    def print(self, text: Text | None = None) -> None:
        if text is None:
            self.buf.write("\n")
        elif self.color or "\t" in text.plain:
            self._rich_console().print(text.to_rich())
        else:
            self.buf.write(text.plain + "\n")

    def getvalue(self) -> str:
        return self.buf.getvalue()

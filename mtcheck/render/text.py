"""The human report: findings in reading order with the sentence, the span marked, the
reference mention and the suggested form. Coloured on a terminal, plain when piped.

Positions (line:col) are positions in the input as read; the sentences are shown as the
editor reads them (for HTML input: decoded text, no tags or entities).
"""
from __future__ import annotations

import re

from .display import DisplayText
from .styled import Console, Text

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_BT_RULES = ("low-fidelity", "entity-dropped", "unaligned")
# A hard line break inside a sentence reads as one space ("Al-Shammari\ntold" -> "Al-Shammari told").
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t\r\n]*")


def render(reports, options) -> str:
    console = Console(options.color)  # rich is imported only for colour (or a tab)
    for report in reports:
        _one(console, report, options.verbose)
    return console.getvalue()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _one(console: Console, report, verbose: bool) -> None:
    doc = report.document
    shown = DisplayText(report.source)
    mt = "machine-translated" if doc.machine_translated else "not marked as machine-translated"
    span = _marker_span(report)
    marker_text = _flat(shown.slice(*span)) if span else doc.marker
    marker = f" (marker: {marker_text!r})" if marker_text else ""
    console.print(Text(f"{doc.path or '<text>'}", style="bold")
                  + Text(f" — {mt}{marker}, {_plural(len(report.sentences), 'sentence')}, "
                         f"{_plural(doc.characters, 'character')}"))
    for f in report.findings:
        _finding(console, report, shown, f)
    _backtranslation(console, report, shown, verbose)
    c = report.counts()
    line = Text(f"  {_plural(c['error'], 'error')}, {_plural(c['warning'], 'warning')}, {c['info']} info — gate ")
    line.append("PASS" if report.gate == "pass" else "FAIL",
                style="bold green" if report.gate == "pass" else "bold red")
    line.append(f" (fail on {report.fail_on})")
    console.print(line)
    console.print()


def _marker_span(report) -> tuple[int, int] | None:
    for f in report.findings:
        if f.rule == "mt-marker":
            return f.start, f.end
    return None


def _finding(console: Console, report, shown: DisplayText, f) -> None:
    line, col = shown.lines.position(f.start)
    head = Text(f"  {line}:{col} ")
    head.append(f"{f.severity:<7}", style=_STYLE[f.severity])
    head.append(f" {f.code} {f.rule}  ", style="dim")
    head.append(f.message)
    console.print(head)
    sent = report.sentences[f.sentence] if 0 <= f.sentence < len(report.sentences) else None
    if sent and sent.start <= f.start and f.end <= sent.end:
        s0, s1 = shown.span(sent.start, sent.end)
        f0, f1 = shown.span(f.start, f.end)
        body = Text("      ")
        body.append(_flat(shown.text[s0:f0]))
        body.append(_flat(shown.text[f0:f1]), style="reverse " + _STYLE[f.severity])
        body.append(_flat(shown.text[f1:s1]))
        console.print(body)
    for r in f.related:
        rl, rc = shown.lines.position(r.start)
        console.print(Text(f"      see {rl}:{rc} ", style="dim") + Text("'" + _flat(shown.slice(r.start, r.end)) + "'"))
    if f.suggestion:
        console.print(Text("      suggestion: ", style="dim") + Text(f.suggestion, style="green"))


def _backtranslation(console: Console, report, shown: DisplayText, verbose: bool) -> None:
    bt = report.backtranslation
    if not bt:
        return
    scores = (f": chrF {bt.get('chrf')}, BLEU {bt.get('bleu')}, TER {bt.get('ter')}"
              if bt.get("chrf") is not None else "")
    bilingual = bt.get("mode") == "bilingual"
    lang = "source" if bilingual else "pivot"
    console.print(Text(f"  back-translation: {bt.get('mode')} via {bt.get('backend')}", style="bold")
                  + Text(f" ({lang} {bt.get('pivot')}){scores}"))
    if bt.get("note"):
        console.print(Text(f"    {bt['note']}", style="dim"))
    flagged = {f.sentence for f in report.findings if f.rule in _BT_RULES}
    scored = [(s, report.sentence_backtranslations[s.index]) for s in report.sentences
              if s.index in report.sentence_backtranslations and (verbose or s.index in flagged)]
    # Worst first; sentences without a score (unaligned) last.
    scored.sort(key=lambda p: (p[1].get("chrf") if p[1].get("chrf") is not None else 101, p[0].index))
    hidden = len(report.sentence_backtranslations) - len(scored)
    for sent, b in scored:
        line, col = shown.lines.position(sent.start)
        style = "red" if sent.index in flagged else ""
        chrf = f"{b['chrf']:5.1f}" if b.get("chrf") is not None else "    -"
        console.print(Text(f"    {line}:{col}".ljust(12) + f" chrF {chrf}  ", style=style)
                      + Text(_flat(shown.slice(sent.start, sent.end))[:80]))
        if sent.index in flagged:
            label = f"{bt.get('pivot')}:" if bilingual else "back:"
            console.print(Text(f"{'':25}{label} {_flat(b.get('text') or '')[:160]}", style="dim"))
            if bilingual and b.get("source"):
                console.print(Text(f"{'':25}source: {_flat(b['source'])[:160]}", style="dim"))
    if hidden and not verbose:
        console.print(Text(f"    {_plural(hidden, 'other sentence')} read back faithfully "
                           "(--verbose lists every score)", style="dim"))


def _flat(s: str) -> str:
    return _LINE_BREAK.sub(" ", s)

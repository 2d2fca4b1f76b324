"""The human report: findings in reading order with the sentence, the span marked,
the reference mention and the suggested form. Coloured on a terminal, plain when piped."""
from __future__ import annotations

from bisect import bisect_right
from io import StringIO

from rich.console import Console
from rich.text import Text

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def line_col(line_starts: list[int], offset: int) -> tuple[int, int]:
    i = bisect_right(line_starts, offset) - 1
    return i + 1, offset - line_starts[i] + 1


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def render_text(reports, texts: list[str], color: bool = False) -> str:
    buf = StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=100,
                      highlight=False, soft_wrap=True)
    for report, text in zip(reports, texts):
        _one(console, report, text)
    return buf.getvalue()


def _one(console: Console, report, text: str) -> None:
    doc = report.document
    starts = _line_starts(text)
    mt = "machine-translated" if doc.machine_translated else "not marked as machine-translated"
    marker = f" (marker: {doc.marker!r})" if doc.marker else ""
    console.print(Text(f"{doc.path or '<text>'}", style="bold"), Text(f"— {mt}{marker}, "
                  f"{len(report.sentences)} sentences, {doc.characters} characters"))
    for f in report.findings:
        line, col = line_col(starts, f.start)
        head = Text(f"  {line}:{col} ")
        head.append(f"{f.severity:<7}", style=_STYLE[f.severity])
        head.append(f" {f.code} {f.rule}  ", style="dim")
        head.append(f.message)
        console.print(head)
        sent = report.sentences[f.sentence] if 0 <= f.sentence < len(report.sentences) else None
        if sent and sent.start <= f.start and f.end <= sent.end:
            body = Text("      ")
            body.append(_flat(text[sent.start:f.start]))
            body.append(_flat(f.text), style="reverse " + _STYLE[f.severity])
            body.append(_flat(text[f.end:sent.end]))
            console.print(body)
        for r in f.related:
            rl, rc = line_col(starts, r.start)
            console.print(Text(f"      see {rl}:{rc} ", style="dim") + Text("'" + _flat(r.text) + "'"))
        if f.suggestion:
            console.print(Text("      suggestion: ", style="dim") + Text(f.suggestion, style="green"))
    _backtranslation(console, report)
    c = report.counts()
    gate = Text("PASS", style="bold green") if report.gate == "pass" else Text("FAIL", style="bold red")
    console.print(Text(f"  {c['error']} error(s), {c['warning']} warning(s), {c['info']} info — gate "), gate,
                  Text(f" (fail on {report.fail_on})"))
    console.print()


def _backtranslation(console: Console, report) -> None:
    bt = report.backtranslation
    if not bt:
        return
    scores = (f": chrF {bt.get('chrf')}, BLEU {bt.get('bleu')}, TER {bt.get('ter')}"
              if bt.get("chrf") is not None else "")
    lang = "source" if bt.get("mode") == "bilingual" else "pivot"
    console.print(Text(f"  back-translation: {bt.get('mode')} via {bt.get('backend')}", style="bold")
                  + Text(f" ({lang} {bt.get('pivot')}){scores}"))
    if bt.get("note"):
        console.print(Text(f"    {bt['note']}", style="dim"))
    flagged = {f.sentence for f in report.findings
               if f.rule in ("low-fidelity", "entity-dropped", "unaligned")}
    scored = [(s, report.sentence_backtranslations[s.index]) for s in report.sentences
              if s.index in report.sentence_backtranslations]
    # Worst first; sentences without a score (unaligned) last.
    scored.sort(key=lambda p: (p[1].get("chrf") if p[1].get("chrf") is not None else 101, p[0].index))
    bilingual = bt.get("mode") == "bilingual"
    for sent, b in scored:
        style = "red" if sent.index in flagged else ""
        chrf = f"{b['chrf']:5.1f}" if b.get("chrf") is not None else "    -"
        console.print(Text(f"    chrF {chrf}  #{sent.index:<3} ", style=style) + Text(_flat(sent.text)[:80]))
        if sent.index in flagged:
            label = f"{bt.get('pivot')}:" if bilingual else "back:"
            console.print(Text(f"             {label} {_flat(b.get('text') or '')[:160]}", style="dim"))
            if bilingual and b.get("source"):
                console.print(Text(f"             source: {_flat(b['source'])[:160]}", style="dim"))


def _flat(s: str) -> str:
    return " ".join(s.split()) if "\n" in s else s

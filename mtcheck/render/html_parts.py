"""Pieces of the HTML report: the article header, the marked-up text, the score chart."""
from __future__ import annotations

from html import escape

_RANK = {"error": 3, "warning": 2, "info": 1}


def header(report) -> str:
    doc = report.document
    c = report.counts()
    if doc.machine_translated:
        mt = "Machine-translated" + (f" &mdash; marker: <q>{escape(doc.marker)}</q>" if doc.marker else "")
        mt_cls = "mt yes"
    else:
        mt, mt_cls = "Not marked as machine-translated", "mt no"
    counts = " ".join(f'<span class="count sev-{s}">{c[s]} {s if c[s] == 1 or s == "info" else s + "s"}</span>'
                      for s in ("error", "warning", "info"))
    bt = report.backtranslation
    bt_line = ""
    if bt:
        scores = (f" &mdash; chrF {bt.get('chrf')}, BLEU {bt.get('bleu')}, TER {bt.get('ter')}"
                  if bt.get("chrf") is not None else "")
        note = f'<p class="note">{escape(str(bt["note"]))}</p>' if bt.get("note") else ""
        bt_line = (f'<p class="bt">Back-translation: {escape(str(bt.get("mode")))} via '
                   f'{escape(str(bt.get("backend")))} ({escape(str(bt.get("pivot")))}){scores}</p>{note}')
    return (f'<header class="article-head"><h2>{escape(doc.path or "article")}</h2>'
            f'<p class="summary"><span class="gate gate-{report.gate}" role="status">gate '
            f'{report.gate.upper()}</span> <span class="failon">(fail on {escape(report.fail_on)})</span> '
            f'{counts} <span class="{mt_cls}">{mt}</span></p>{bt_line}</header>')


def text_pieces(text: str, lo: int, hi: int, marks, opened: set | None = None) -> str:
    """text[lo:hi] as HTML, cut where findings and reference mentions start and end.

    ``marks`` are (start, end, kind, finding_id, severity) in display offsets; kind "f" is a
    finding's own span, "r" a reference mention of that finding. Overlaps are allowed: every
    piece lists all findings and references covering it (a sweep over sorted boundaries)."""
    events = []
    for n, (s, e, *_rest) in enumerate(marks):
        s, e = max(s, lo), min(e, hi)
        if s < e:
            events.append((s, 1, n))
            events.append((e, 0, n))
    events.sort()
    out, active, pos = [], set(), lo
    opened = set() if opened is None else opened  # findings already given their keyboard entry
    i = 0
    while i <= len(events):
        at = events[i][0] if i < len(events) else hi
        if at > pos:
            out.append(_piece(text[pos:at], [marks[n] for n in sorted(active)], opened))
            pos = at
        if i == len(events):
            break
        _, is_start, n = events[i]
        (active.add if is_start else active.discard)(n)
        i += 1
    return "".join(out)


def _piece(chunk: str, covering, opened: set) -> str:
    if not covering:
        return escape(chunk)
    found = [m for m in covering if m[2] == "f"]
    refs = [m for m in covering if m[2] == "r"]
    attrs = ""
    if found:
        worst = max(found, key=lambda m: _RANK[m[4]])[4]
        attrs += f' data-f="{" ".join(m[3] for m in found)}" data-sev="{worst}"'
        # The first piece of each finding is where the keyboard reaches it.
        first = [m for m in found if m[3] not in opened]
        if first:
            opened.update(m[3] for m in first)
            attrs += (f' data-open="{first[0][3]}" tabindex="0" role="button" '
                      f'aria-label="{first[0][4]}: {escape(chunk, quote=True)}"')
    if refs:
        attrs += f' data-r="{" ".join(m[3] for m in refs)}"'
    return f'<span class="m"{attrs}>{escape(chunk)}</span>'


def chart_svg(aid: str, report, flagged: set[int]) -> str:
    """Sentence fidelity (chrF, 0-100) as bars in reading order; flagged sentences in red."""
    scored = [(s.index, b.get("chrf")) for s in report.sentences
              if (b := report.sentence_backtranslations.get(s.index)) is not None]
    if not scored:
        return ""
    bar, gap, h, left, top = 10, 3, 100, 30, 8
    width = left + len(scored) * (bar + gap) + 10
    parts = [f'<svg class="chart" role="img" width="{width}" height="{h + top + 22}" '
             f'viewBox="0 0 {width} {h + top + 22}" aria-labelledby="{aid}-chart-t">'
             f'<title id="{aid}-chart-t">Sentence fidelity (chrF) in reading order; flagged sentences in red</title>']
    for y in (0, 50, 100):
        yy = top + h - y
        parts.append(f'<line x1="{left - 4}" x2="{width - 6}" y1="{yy}" y2="{yy}" class="grid"/>'
                     f'<text x="{left - 6}" y="{yy + 4}" class="axis" text-anchor="end">{y}</text>')
    for k, (index, chrf) in enumerate(scored):
        x = left + k * (bar + gap)
        value = 0.0 if chrf is None else max(0.0, min(100.0, float(chrf)))
        cls = "bar flagged" if index in flagged else "bar"
        label = f"sentence {index}: chrF {'-' if chrf is None else f'{chrf:.1f}'}" + (
            " (flagged)" if index in flagged else "")
        parts.append(f'<a href="#{aid}-s{index}"><rect class="{cls}" x="{x}" y="{top + h - value:.1f}" '
                     f'width="{bar}" height="{max(value, 1):.1f}"><title>{escape(label)}</title></rect></a>')
    parts.append(f'<text x="{left}" y="{top + h + 16}" class="axis">sentences &#8594;</text></svg>')
    return f'<figure class="chart-box">{"".join(parts)}<figcaption>chrF per sentence</figcaption></figure>'

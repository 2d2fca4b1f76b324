"""The editor's HTML report: one self-contained page (inline CSS and JS, no network).

The article is shown as the editor wrote it (for HTML input, its decoded visible text), each
finding's span highlighted by severity. Clicking a finding, in the text or in the side list,
marks its reference mentions and opens its message and suggestion. With a back-translation,
each sentence sits beside its back-translation, under a small chart of the sentence scores.

Everything taken from the article is escaped, and a Content-Security-Policy allows only the
page's own script (by hash), so markup in an article stays text.
"""
from __future__ import annotations

import base64
import hashlib
from bisect import bisect_right
from html import escape
from importlib.resources import files

from .display import DisplayText
from .html_parts import chart_svg, header, text_pieces

_ASSETS = files(__package__) / "assets"


def render(reports, options) -> str:
    css = (_ASSETS / "report.css").read_text(encoding="utf-8")
    js = (_ASSETS / "report.js").read_text(encoding="utf-8")
    script_hash = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'")
    title = "mtcheck report" + (f": {reports[0].document.path}" if len(reports) == 1 and
                                reports[0].document.path else "")
    sections = "\n".join(_article(i, r) for i, r in enumerate(reports))
    nav = ""
    if len(reports) > 1:
        links = "".join(f'<li><a href="#a{i}">{escape(r.document.path or f"article {i + 1}")}</a> '
                        f'<span class="gate gate-{r.gate}">{r.gate.upper()}</span></li>'
                        for i, r in enumerate(reports))
        nav = f'<nav class="toc" aria-label="Articles"><ul>{links}</ul></nav>'
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="mtcheck">\n'
            f'<title>{escape(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n'
            f'<main>\n{nav}\n{sections}\n</main>\n<script>{js}</script>\n</body>\n</html>\n')


def _article(index: int, report) -> str:
    aid = f"a{index}"
    shown = DisplayText(report.source)
    findings = sorted(report.findings, key=lambda f: f.sort_key())
    ids = {id(f): f"{aid}-f{n}" for n, f in enumerate(findings)}
    body = _body(aid, report, shown, findings, ids)
    return (f'<section class="article" id="{aid}" data-article="{aid}">\n'
            f'{header(report)}\n{_filters(aid, findings)}\n'
            f'<div class="columns">\n<div class="text-col">{body}</div>\n'
            f'<aside class="side" aria-label="Findings">{_finding_list(findings, ids, shown)}</aside>\n'
            f'</div>\n</section>')


def _body(aid: str, report, shown: DisplayText, findings, ids) -> str:
    marks = []
    for f in findings:
        fid = ids[id(f)]
        marks.append((*shown.span(f.start, f.end), "f", fid, f.severity))
        marks.extend((*shown.span(r.start, r.end), "r", fid, None) for r in f.related)
    if not report.sentence_backtranslations:
        return f'<div class="article-text">{text_pieces(shown.text, 0, len(shown.text), marks)}</div>'
    return _sentence_rows(aid, report, shown, marks)


def _sentence_rows(aid: str, report, shown: DisplayText, marks) -> str:
    """Each sentence beside its back-translation, flagged ones marked, under the score chart."""
    flagged = {f.sentence for f in report.findings if f.rule in ("low-fidelity", "entity-dropped", "unaligned")}
    bilingual = (report.backtranslation or {}).get("mode") == "bilingual"
    spans = [shown.span(s.start, s.end) for s in report.sentences]
    by_sentence = _marks_by_sentence(spans, marks)
    opened: set = set()
    rows = []
    for k, s in enumerate(report.sentences):
        s0, s1 = spans[k]
        b = report.sentence_backtranslations.get(s.index)
        cls = "row flagged" if s.index in flagged else "row"
        if b is None:
            back = '<td class="back"></td><td class="score"></td>'
        else:
            chrf = b.get("chrf")
            label = "source" if bilingual else "back-translation"
            extra = (f'<div class="bt-source"><span class="lbl">source:</span> {escape(b["source"])}</div>'
                     if bilingual and b.get("source") else "")
            back = (f'<td class="back"><span class="lbl">{label}:</span> {escape(b.get("text") or "")}{extra}</td>'
                    f'<td class="score">{"" if chrf is None else f"{chrf:.1f}"}</td>')
        flag = '<span class="flag" title="flagged sentence">&#9873;</span> ' if s.index in flagged else ""
        rows.append(f'<tr class="{cls}" id="{aid}-s{s.index}"><td class="num">{s.index}</td>'
                    f'<td class="orig">{flag}{text_pieces(shown.text, s0, s1, by_sentence[k], opened)}</td>{back}</tr>')
    bt = report.backtranslation or {}
    return (f'{chart_svg(aid, report, flagged)}'
            f'<table class="sentences"><caption>Sentences and their back-translations '
            f'({escape(str(bt.get("backend")))}, {escape(str(bt.get("pivot")))})</caption>'
            f'<thead><tr><th scope="col">#</th><th scope="col">article</th>'
            f'<th scope="col">{"aligned source" if bilingual else "back-translation"}</th>'
            f'<th scope="col">chrF</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _marks_by_sentence(spans: list[tuple[int, int]], marks) -> list[list]:
    """The marks overlapping each sentence (sentences are in text order), found by bisection,
    so a long article with many findings is not marks x sentences."""
    starts = [s0 for s0, _ in spans]
    out: list[list] = [[] for _ in spans]
    for mark in marks:
        k = max(bisect_right(starts, mark[0]) - 1, 0)
        while k < len(spans) and spans[k][0] < max(mark[1], mark[0] + 1):
            if spans[k][1] > mark[0]:
                out[k].append(mark)
            k += 1
    return out


def _filters(aid: str, findings) -> str:
    if not findings:
        return ""
    sev = [s for s in ("error", "warning", "info") if any(f.severity == s for f in findings)]
    rules = sorted({(f.code, f.rule) for f in findings})
    boxes = "".join(f'<label class="chip sev-{s}"><input type="checkbox" data-filter="severity" value="{s}" '
                    f'checked> {s}</label>' for s in sev)
    rule_boxes = "".join(f'<label class="chip"><input type="checkbox" data-filter="rule" value="{escape(r)}" '
                         f'checked> {escape(c)} {escape(r)}</label>' for c, r in rules)
    return (f'<fieldset class="filters"><legend>Show</legend>'
            f'<div role="group" aria-label="Severity">{boxes}</div>'
            f'<div role="group" aria-label="Rule">{rule_boxes}</div></fieldset>')


def _finding_list(findings, ids, shown: DisplayText) -> str:
    if not findings:
        return '<p class="none">No findings.</p>'
    items = []
    for f in findings:
        fid = ids[id(f)]
        line, col = shown.lines.position(f.start)
        related = "".join(f'<li>reference at {":".join(map(str, shown.lines.position(r.start)))}: '
                          f'<q>{escape(shown.slice(r.start, r.end))}</q></li>' for r in f.related)
        suggestion = (f'<p class="suggestion"><span class="lbl">Suggestion:</span> <ins>{escape(f.suggestion)}</ins></p>'
                      if f.suggestion else "")
        items.append(
            f'<li class="finding sev-{f.severity}" data-id="{fid}" data-rule="{escape(f.rule)}" '
            f'data-severity="{f.severity}">'
            f'<button type="button" class="open" aria-expanded="false" aria-controls="{fid}-d">'
            f'<span class="badge sev-{f.severity}">{f.severity}</span> <span class="where">{line}:{col}</span> '
            f'<span class="code">{escape(f.code)}</span> <q class="span-text">{escape(shown.slice(f.start, f.end))}</q>'
            f'</button><div class="detail" id="{fid}-d" hidden>'
            f'<p class="rule">{escape(f.code)} {escape(f.rule)}</p><p class="message">{escape(f.message)}</p>'
            f'{suggestion}{f"<ul class=refs>{related}</ul>" if related else ""}</div></li>')
    return f'<h3 class="side-title">Findings</h3><ol class="findings">{"".join(items)}</ol>'

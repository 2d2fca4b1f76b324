"""The editor's HTML report, opened in a real browser (Debian's chromium, driven by Playwright).

A browser that cannot start fails these tests: the report is only known to work when seen working.
"""
from __future__ import annotations

import re

import pytest

import mtcheck
from mtcheck.render import render
from render_samples import ARTICLE, BT_ARTICLE, HTML_ARTICLE, INJECTION_ARTICLE

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def open_report(browser, tmp_path):
    pages = []

    def _open(reports, name="report.html"):
        path = tmp_path / name
        path.write_text(render(reports, "html"), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        page.requests = requests
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.close()


def _texts(page, selector):
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent)")


def _luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(float(x)) for x in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(page, element) -> float:
    fg, bg = element.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
    a, b = (_luminance(re.findall(r"[\d.]+", c)[:3]) for c in (fg, bg))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def test_clicking_a_finding_marks_its_reference_and_opens_its_detail(open_report, tmp_path):
    report = mtcheck.check(ARTICLE, path="border.txt")
    page = open_report([report])
    rasoul = next(f for f in report.findings if f.text == "Rasoul")
    fid = f"a0-f{sorted(report.findings, key=lambda f: f.sort_key()).index(rasoul)}"
    assert page.locator(".m.related").count() == 0
    page.click(f"[data-open='{fid}']")
    assert _texts(page, ".m.related") == ["Rasool"]
    assert _texts(page, ".m.current") == ["Rasoul"]
    detail = page.locator(f"#{fid}-d")
    assert detail.is_visible()
    assert rasoul.message in detail.inner_text() and "Suggestion: Rasool" in detail.inner_text()
    header = page.locator(".article-head").inner_text()
    assert "gate FAIL" in header and "1 error" in header and "3 warnings" in header
    assert "Machine-translated" in header and "Powered by automated translation" in header
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert page.requests == [page.url]  # nothing fetched but the page itself


def test_the_side_list_and_the_keyboard_activate_findings(open_report):
    report = mtcheck.check(ARTICLE, path="border.txt")
    page = open_report([report])
    page.locator("li.finding .open", has_text="Gen Al Shammari").click()
    assert _texts(page, ".m.related") == ["Lt Gen"]
    assert "".join(_texts(page, ".m.current")) == "Gen Al Shammari"
    # Tab to the first finding in the text and press Enter.
    page.focus("body")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.open === 'a0-f0'"):
            break
    page.keyboard.press("Enter")
    assert _texts(page, ".m.current") == ["Powered by automated translation"]
    assert page.locator("#a0-f0-d").is_visible()


def test_filters_hide_findings_by_severity_and_rule(open_report):
    page = open_report([mtcheck.check(ARTICLE, path="border.txt")])
    page.uncheck("input[data-filter='severity'][value='warning']")
    assert page.locator("li.finding:visible").count() == 2  # the error and the marker
    assert page.locator(".m[data-sev='warning']").count() == 0
    page.uncheck("input[data-filter='rule'][value='name-variant']")
    assert page.locator("li.finding:visible").count() == 1
    assert page.locator(".m[data-sev='error']").count() == 0
    page.check("input[data-filter='severity'][value='warning']")
    page.check("input[data-filter='rule'][value='name-variant']")
    assert page.locator("li.finding:visible").count() == 5


def test_markup_in_the_article_stays_text(open_report, tmp_path):
    page = open_report([mtcheck.check(INJECTION_ARTICLE, path="inject.txt"),
                        mtcheck.check(HTML_ARTICLE, path="inject.html")])
    assert page.evaluate("typeof window.mtcheckInjected") == "undefined"
    text = page.locator("#a0 .article-text").inner_text()
    assert "<script>window.mtcheckInjected = 1</script>" in text
    assert '<img src=x onerror="window.mtcheckInjected = 2">' in text
    assert page.locator("section.article img, section.article script").count() == 0
    html_text = page.locator("#a1 .article-text").inner_text()
    assert "army’s" in html_text and "&rsquo;" not in html_text
    assert "<script>window.mtcheckInjected = 3</script>" in html_text
    assert page.locator("#a1 .article-text i, #a1 .article-text b").count() == 0
    page.locator("#a1 li.finding .open", has_text="Al Shammari").click()
    assert "".join(_texts(page, "#a1 .m.current")) == "Al Shammari"
    assert _texts(page, "#a1 .m.related") == ["al-Shammari"]
    page.screenshot(path=str(tmp_path / "injection.png"), full_page=True)


def test_highlights_keep_readable_contrast(open_report):
    page = open_report([mtcheck.check(ARTICLE, path="border.txt")])
    page.locator("li.finding .open", has_text="Rasoul").click()
    for selector in (".m[data-sev='error']", ".m[data-sev='warning']", ".m[data-sev='info']", ".m.related",
                     ".badge.sev-warning", ".gate"):
        assert _contrast(page, page.locator(selector).first) >= 4.5, selector


def test_back_translation_beside_each_sentence_with_a_chart(open_report, tmp_path, bt_env):
    report = mtcheck.check(BT_ARTICLE, path="garbled.txt", backend="bergamot")
    flagged = {f.sentence for f in report.findings if f.rule == "low-fidelity"}
    assert flagged
    page = open_report([report, mtcheck.check(ARTICLE, path="plain.txt")], name="bt.html")
    rows = page.locator("#a0 table.sentences tbody tr")
    assert rows.count() == len(report.sentences)
    for index, b in report.sentence_backtranslations.items():
        row = page.locator(f"#a0-s{index}")
        assert b["text"] in row.locator("td.back").inner_text()
        assert row.locator("td.score").inner_text() == f"{b['chrf']:.1f}"
        assert ("flagged" in row.get_attribute("class")) == (index in flagged)
    assert page.locator("#a0 svg.chart rect.bar").count() == len(report.sentence_backtranslations)
    assert page.locator("#a0 svg.chart rect.bar.flagged").count() == len(flagged)
    assert page.locator("#a1 svg.chart").count() == 0  # no backend ran for the second article
    assert page.locator("section.article").count() == 2 and page.locator("nav.toc a").count() == 2
    page.screenshot(path=str(tmp_path / "backtranslation.png"), full_page=True)

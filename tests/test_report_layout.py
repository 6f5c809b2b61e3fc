"""The HTML report as a reader sees it: opened in headless Chromium (Debian's, through the DevTools
protocol: tests/browser.py), measured after layout, not only parsed. Screenshots of the top, the
compliance matrix and one document page are kept in .artifacts/."""
from __future__ import annotations

import json
import shutil

import pytest

from .browser import BrowserError, Chromium, find_chromium
from .conftest import ROOT, run_vnplan
from .test_report import REQUIRED_CSV

ARTIFACTS = ROOT / ".artifacts"
DOC = "001_e0aee330aa8355da"  # Trường THCS Trường Chinh's plan: citations, deadlines, parties, sections


@pytest.fixture(scope="module")
def browser(corpus_out, tmp_path_factory):
    if not find_chromium():
        pytest.fail("Chromium is needed to open the report: `make system-deps` installs Debian's chromium")
    folder = tmp_path_factory.mktemp("layout")
    (folder / "required.csv").write_text(REQUIRED_CSV, encoding="utf-8")
    html = folder / "report.html"
    proc = run_vnplan("report", corpus_out, "--required", folder / "required.csv", "--html", html)
    assert proc.returncode == 0, proc.stderr
    profile = folder / "chromium-profile"  # a fresh profile every run
    try:
        chromium = Chromium(profile, width=1280, height=900)
    except BrowserError as exc:
        pytest.fail(f"Chromium did not start: {exc}; log: {(profile / 'chromium.log').read_text(errors='replace')[-2000:]}")
    with chromium:
        chromium.open(html.as_uri())
        yield chromium
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(html, ARTIFACTS / "report.html")


def _js(browser: Chromium, body: str):
    return browser.evaluate(f"(() => {{ {body} }})()")


def test_page_runs_without_script_errors(browser):
    assert browser.evaluate("document.getElementById('errors-js').textContent") == ""
    assert not [c for c in browser.console if "exception" in c.lower()]


def test_labels_are_vietnamese(browser):
    seen = _js(browser, """
        return {lang: document.documentElement.lang,
                h2: [...document.querySelectorAll('h2')].map(h => h.innerText.trim()),
                corner: document.querySelector('#matrix thead th.first').innerText.trim(),
                legend: document.querySelector('#responsibility ~ p.legend').innerText,
                kpis: [...document.querySelectorAll('#summary .kpi')].map(k => k.innerText.replace(/\\s+/g, ' ').trim()),
                rows: [...document.querySelectorAll('#matrix tbody th.first a')].map(a => [a.innerText, a.title])};""")
    assert seen["lang"] == "vi"
    assert seen["h2"] == ["Tổng quan", "Văn bản được trích dẫn nhiều nhất", "Mạng trích dẫn", "Ma trận tuân thủ",
                          "Trích dẫn văn bản đã bị thay thế", "Thời hạn", "Ma trận trách nhiệm", "Không đọc được",
                          "Văn bản"]
    assert seen["corner"] == "Văn bản"
    assert "C chủ trì" in seen["legend"] and "P phối hợp" in seen["legend"] and "B nhận báo cáo" in seen["legend"]
    assert seen["kpis"][0] == "6 văn bản" and seen["kpis"][-1] == "0 tệp không đọc được"
    # every plan named issuer · number · title, its file id in the tooltip
    assert len(seen["rows"]) == 6
    for text, title in seen["rows"]:
        assert " · " in text and not text.startswith("00") and title.split(" · ")[-1].startswith("00")


def test_charts_read_in_order(browser):
    years = browser.evaluate("[...document.querySelectorAll('#chart-year .tick')].map(t => t.textContent)")
    assert years == sorted(years) and years[0] == "2021" and years[-1] == "2025"
    cited = browser.evaluate("[...document.querySelectorAll('#chart-cited .n')].map(t => +t.textContent)")
    assert cited == sorted(cited, reverse=True) and len(cited) >= 10


def test_compliance_matrix_scrolls_inside_its_box(browser):
    browser.evaluate("document.getElementById('compliance').scrollIntoView(); 1")
    browser.screenshot(ARTIFACTS / "report-matrix.png")
    m = _js(browser, """
        const box = document.getElementById('matrix-box'), table = document.getElementById('matrix');
        const before = box.scrollLeft;
        box.scrollLeft = box.scrollWidth;
        const b = box.getBoundingClientRect(), last = table.querySelector('thead th:last-child').getBoundingClientRect();
        const corner = table.querySelector('thead th.first').getBoundingClientRect();
        const rowHead = table.querySelector('tbody th.first').getBoundingClientRect();
        return {pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth,
                overflow: box.scrollWidth - box.clientWidth, before, after: box.scrollLeft,
                box: [b.left, b.right], last: [last.left, last.right], corner: [corner.left, corner.right],
                rowHead: [rowHead.left, rowHead.right], lastText: table.querySelector('thead th:last-child').innerText};""")
    browser.screenshot(ARTIFACTS / "report-matrix-scrolled.png")
    assert m["pageWidth"] <= m["viewport"], "the page itself must not scroll sideways"
    assert m["overflow"] > 200, "the corpus matrix is wider than its box: it has to scroll inside it"
    assert m["before"] == 0 and m["after"] >= m["overflow"] - 1
    box_left, box_right = m["box"]
    assert m["last"][1] <= box_right + 0.5, f"last column {m['lastText']!r} not reachable: {m}"
    assert m["last"][0] >= m["corner"][1] - 0.5, "last column hidden under the sticky first column"
    assert abs(m["corner"][0] - box_left) <= 1.5 and abs(m["rowHead"][0] - box_left) <= 1.5, "first column not sticky"
    browser.evaluate("document.getElementById('matrix-box').scrollLeft = 0; 1")


def test_responsibility_matrix_is_readable(browser):
    r = _js(browser, """
        const table = document.getElementById('responsibility-matrix');
        const cells = [...table.querySelectorAll('tbody td')].map(td => td.innerText.trim()).filter(t => t);
        const names = [...table.querySelectorAll('tbody th.first')];
        return {cells, narrowest: Math.min(...names.map(n => n.getBoundingClientRect().width)),
                clipped: names.filter(n => n.scrollWidth > n.clientWidth + 1).length};""")
    assert r["cells"] and all(set(c.split()) <= {"C", "P", "B", "K"} for c in r["cells"])
    assert r["narrowest"] >= 150 and r["clipped"] == 0, "party names must fit their column"


# Per mark: its line boxes, the lines its words need on their own (set in one line in the same font:
# ⌈width / text width⌉, +1 for a mark that starts near a line end, + its own line breaks), whether each
# box stays within the line height, and whether the label sits on the line of the mark's last word.
MEASURE_MARKS = """
    const page = document.getElementById('doc-%s');
    page.open = true;
    const text = page.querySelector('.doctext'), style = getComputedStyle(text);
    const lineHeight = parseFloat(style.lineHeight), fontSize = parseFloat(style.fontSize);
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    text.appendChild(probe);
    const marks = [...text.querySelectorAll('mark.hl')].map(m => {
        const rects = [...m.getClientRects()].filter(r => r.width > 0);
        const lines = new Set(rects.map(r => Math.round(r.top))).size;
        probe.textContent = m.textContent;
        const natural = Math.ceil(probe.getBoundingClientRect().width / text.clientWidth) + 1
                        + (m.textContent.match(/\\n/g) || []).length;
        const word = document.createRange();
        word.selectNodeContents(m.querySelector('.nw').firstChild);
        const w = word.getBoundingClientRect(), t = m.querySelector('.tag').getBoundingClientRect();
        const tagMid = (t.top + t.bottom) / 2;
        return {text: m.textContent, lines, natural, tallest: Math.max(...rects.map(r => r.height)),
                tagWithWord: tagMid > w.top && tagMid < w.bottom};
    });
    probe.remove();
    // Inside a paragraph, successive lines are one line height apart (single-spaced).
    const steps = [];
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement !== text || node.textContent.length < 200) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = [...new Set([...range.getClientRects()].map(r => Math.round(r.top)))].sort((a, b) => a - b);
        for (let i = 1; i < tops.length; i++) steps.push(tops[i] - tops[i - 1]);
    }
    const gaps = [...text.querySelectorAll('.gap')].map(g => g.getBoundingClientRect().height);
    return {lineHeight, fontSize, marks, steps, gaps, breaks: text.querySelectorAll('br').length};
"""


def test_highlights_stay_inline_in_single_spaced_text(browser):
    browser.evaluate(f"location.hash = '#doc-{DOC}'; 1")
    m = _js(browser, MEASURE_MARKS % DOC)
    kinds = browser.evaluate(f"[...new Set([...document.querySelectorAll('#doc-{DOC} mark.hl')].map(m => m.classList[1]))]")
    # (enough marks of every kind to measure; the plan's own drafting statement is no party row since 13d4d63)
    assert set(kinds) == {"citation", "deadline", "party"} and len(m["marks"]) >= 15
    assert m["lineHeight"] <= 1.6 * m["fontSize"], "running text must be single-spaced"
    assert m["breaks"] == 0
    for mark in m["marks"]:
        assert mark["lines"] <= mark["natural"], f"{mark['text']!r} spans more lines than its words need: {mark}"
        assert mark["tallest"] <= m["lineHeight"] + 0.5, f"{mark['text']!r} is taller than a line: {mark}"
        assert mark["tagWithWord"], f"the label of {mark['text']!r} is not on the line of its last word"
    assert len(m["steps"]) >= 10 and all(abs(s - m["lineHeight"]) <= 1 for s in m["steps"]), m["steps"]
    assert m["gaps"] and all(g <= 0.5 * m["lineHeight"] for g in m["gaps"])
    # the outline is navigation: its links lead to anchors in the text
    target = browser.evaluate(f"document.querySelector('#doc-{DOC} .outline li:nth-child(2) a').getAttribute('href')")
    browser.evaluate(f"location.hash = '{target}'; 1")
    top = browser.evaluate(f"document.getElementById('{target[1:]}').getBoundingClientRect().top")
    assert 0 <= top <= 40
    # the screenshot: the part of the plan with its deadlines, among citations and parties
    browser.evaluate(f"document.querySelector('#doc-{DOC} mark.deadline').scrollIntoView({{block: 'center'}}); 1")
    browser.screenshot(ARTIFACTS / "report-document.png")


def test_top_of_the_report(browser):
    browser.evaluate("location.hash = ''; window.scrollTo(0, 0); 1")
    shot = browser.screenshot(ARTIFACTS / "report-top.png")
    assert shot.stat().st_size > 20_000
    texts = json.loads(browser.evaluate("JSON.stringify([...document.querySelectorAll('#chart-issuer text')]"
                                        ".map(t => t.textContent))"))
    assert "Trường THCS Trường Chinh" in texts

"""What users open: one self-contained HTML report and the compliance workbook.

The HTML file needs no network: charts are inline SVG, the citation network is SVG with a few lines
of inline JavaScript, and document pages are rendered with spaCy's displaCy (entity style) from the
stored texts and the extracted spans.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .store import DUCKDB_NAME, read_table

COLORS = {"citation": "#f4c95d", "deadline": "#9ad0ec", "party": "#b5e48c"}


@dataclass
class ReportData:
    documents: pd.DataFrame
    citations: pd.DataFrame
    index: pd.DataFrame
    deadlines: pd.DataFrame
    parties: pd.DataFrame
    sections: pd.DataFrame
    responsibility: pd.DataFrame
    texts: dict[str, str]
    required: list[dict]


def _texts(out_dir: Path) -> dict[str, str]:
    db = out_dir / DUCKDB_NAME
    if not db.exists():
        return {}
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT doc_id, text FROM texts").fetchall())
    except Exception:
        return {}
    finally:
        con.close()


def load_required(path: Path | None) -> list[dict]:
    """Required citations: a CSV with a `citation_key` or `number_symbol` column (or one column of
    keys / numbers), and optionally a `label` column."""
    if path is None:
        return []
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    column = next((c for c in ("citation_key", "number_symbol", "key") if c in frame.columns), frame.columns[0])
    rows = []
    for _, r in frame.iterrows():
        value = str(r[column]).strip()
        if value:
            rows.append({"value": value, "label": str(r.get("label", "") or value)})
    return rows


def load(out_dir: str | Path, required: Path | None = None) -> ReportData:
    out = Path(out_dir)
    return ReportData(
        documents=read_table(out, "documents"),
        citations=read_table(out, "citations"),
        index=read_table(out, "citation_index"),
        deadlines=read_table(out, "deadlines"),
        parties=read_table(out, "parties"),
        sections=read_table(out, "sections"),
        responsibility=read_table(out, "responsibility"),
        texts=_texts(out),
        required=load_required(required),
    )


def _matches_required(requirement: str, key: str, number: str) -> bool:
    want = requirement.replace(" ", "").lower()
    return want in (key.replace(" ", "").lower(), number.replace(" ", "").lower()) or (
        bool(number) and want.endswith(number.replace(" ", "").lower()))


def compliance_matrix(data: ReportData, top: int = 25) -> tuple[pd.DataFrame, dict[tuple[str, str], bool]]:
    """Rows = citing documents, columns = cited directives (the required ones first, then the most
    cited), cells = mentions. Also returns which (document, requirement) pairs are missing."""
    cites = data.citations
    columns: list[tuple[str, str]] = []  # (column label, requirement or key)
    for req in data.required:
        columns.append((req["label"], req["value"]))
    ranked = data.index.sort_values(["n_citing_docs", "n_mentions"], ascending=False).head(top)
    for key, number in zip(ranked["citation_key"], ranked["number_symbol"].fillna("")):
        taken = any(_matches_required(v, key, number) or v == key for _, v in columns)
        if not taken and key not in {label for label, _ in columns}:
            columns.append((key, key))
    matrix = pd.DataFrame(0, index=list(data.documents["doc_id"]), columns=[label for label, _ in columns])
    missing: dict[tuple[str, str], bool] = {}
    for label, value in columns:
        hit = cites[[(_matches_required(value, k, n) or k == value)
                     for k, n in zip(cites["citation_key"], cites["number_symbol"])]] if len(cites) else cites
        counts = hit.groupby("doc_id").size() if len(hit) else pd.Series(dtype=int)
        for doc_id, n in counts.items():
            if doc_id in matrix.index:
                matrix.loc[doc_id, label] = int(n)
        if any(value == r["value"] for r in data.required):
            for doc_id in matrix.index:
                missing[(doc_id, label)] = matrix.loc[doc_id, label] == 0
    return matrix, missing


# --------------------------------------------------------------------------- HTML pieces

def _e(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value))


def _bar_chart(items: list[tuple[str, int]], title: str, chart_id: str) -> str:
    if not items:
        return f'<p class="empty">No data for {html.escape(title)}.</p>'
    width, bar_h, label_w = 760, 22, 330
    top = max(n for _, n in items) or 1
    rows = []
    for i, (label, n) in enumerate(items):
        y = i * (bar_h + 6)
        w = max(2, int((width - label_w - 60) * n / top))
        short = label if len(label) <= 48 else label[:46] + "…"
        rows.append(f'<g class="bar"><title>{_e(label)}: {n}</title>'
                    f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_e(short)}</text>'
                    f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="3"></rect>'
                    f'<text x="{label_w + w + 6}" y="{y + 15}">{n}</text></g>')
    height = len(items) * (bar_h + 6)
    return (f'<svg id="{chart_id}" class="chart" role="img" aria-label="{_e(title)}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}">{"".join(rows)}</svg>')


def _network(data: ReportData, top: int = 20) -> str:
    """Citing issuers (left) → cited documents (right); hovering a node highlights its edges."""
    if data.citations.empty:
        return '<p class="empty">No citations.</p>'
    issuer_of = dict(zip(data.documents["doc_id"], data.documents["issuer"].fillna("")))
    pairs = data.citations.assign(issuer=data.citations["doc_id"].map(issuer_of).fillna("").replace("", "(không rõ)"))
    keys = list(data.index.sort_values(["n_citing_docs", "n_mentions"], ascending=False)["citation_key"].head(top))
    pairs = pairs[pairs["citation_key"].isin(keys)]
    edges = pairs.groupby(["issuer", "citation_key"]).size().reset_index(name="n")
    issuers = sorted(edges["issuer"].unique())
    width, row_h = 980, 26
    height = max(len(issuers), len(keys)) * row_h + 20
    left = {name: 14 + i * (height - 20) / max(1, len(issuers) - 1 or 1) if len(issuers) > 1 else height / 2
            for i, name in enumerate(issuers)}
    right = {key: 14 + i * row_h for i, key in enumerate(keys)}
    parts = []
    for e in edges.itertuples():
        y1, y2 = left[e.issuer], right[e.citation_key]
        parts.append(f'<path class="edge" data-a="{_e(e.issuer)}" data-b="{_e(e.citation_key)}" '
                     f'd="M 300 {y1:.0f} C 500 {y1:.0f}, 520 {y2:.0f}, 690 {y2:.0f}" stroke-width="{min(6, 1 + e.n / 2):.1f}">'
                     f'<title>{_e(e.issuer)} → {_e(e.citation_key)}: {e.n}</title></path>')
    for name, y in left.items():
        parts.append(f'<g class="node issuer" data-id="{_e(name)}"><circle cx="300" cy="{y:.0f}" r="6"></circle>'
                     f'<text x="290" y="{y + 4:.0f}" text-anchor="end">{_e(name[:42])}</text></g>')
    for key, y in right.items():
        parts.append(f'<g class="node cited" data-id="{_e(key)}"><circle cx="690" cy="{y:.0f}" r="6"></circle>'
                     f'<text x="700" y="{y + 4:.0f}">{_e(key[:40])}</text></g>')
    return (f'<svg id="network" class="network" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            + "".join(parts) + "</svg>")


def _document_page(doc: dict, data: ReportData) -> str:
    from spacy import displacy

    doc_id = doc["doc_id"]
    text = data.texts.get(doc_id, "")
    spans = []
    for frame, label in ((data.citations, "CITATION"), (data.deadlines, "DEADLINE"), (data.parties, "PARTY")):
        for r in frame[frame["doc_id"] == doc_id].itertuples():
            spans.append((int(r.start), int(r.end), label))
    spans.sort()
    ents, last = [], -1
    for start, end, label in spans:  # displaCy draws no overlapping spans: keep the first
        if start >= last and end <= len(text):
            ents.append({"start": start, "end": end, "label": label})
            last = end
    body = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           options={"colors": {"CITATION": COLORS["citation"], "DEADLINE": COLORS["deadline"],
                                               "PARTY": COLORS["party"]}}) if text else '<p class="empty">Text not stored (run with the duckdb format).</p>'
    outline = []
    for s in data.sections[data.sections["doc_id"] == doc_id].itertuples():
        outline.append(f'<li style="margin-left:{(int(s.level) - 1) * 18}px"><b>{_e(s.marker)}</b> {_e(s.heading)}</li>')
    meta = " · ".join(_e(doc.get(k)) for k in ("doc_type", "doc_number", "place", "issued_date") if doc.get(k))
    return (f'<section class="docpage" id="doc-{_e(doc_id)}"><h3>{_e(doc_id)} — {_e(doc.get("issuer"))}</h3>'
            f'<p class="meta">{meta}<br>{_e(doc.get("title"))}</p>'
            f'<details><summary>Section outline ({len(outline)})</summary><ul class="outline">{"".join(outline)}</ul></details>'
            f'<div class="doctext">{body}</div></section>')


def _table(frame: pd.DataFrame, table_id: str, classes: str = "") -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in frame.columns)
    rows = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in frame.itertuples(index=False))
    return f'<table id="{table_id}" class="{classes}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:24px}h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:36px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}.matrix td.n{text-align:center}.matrix td.hit{background:#d8f3dc}
.matrix td.missing{background:#ffb3b3;font-weight:bold}.chart rect{fill:#4c78a8}.chart text{font-size:12px}
.network .edge{fill:none;stroke:#9aa;opacity:.55}.network .edge.on{stroke:#d62728;opacity:1}
.network text{font-size:11px}.network .issuer circle{fill:#4c78a8}.network .cited circle{fill:#f58518}
.empty{color:#888}.meta{color:#555}.docpage{border-top:1px solid #ddd;margin-top:24px}.doctext{white-space:pre-wrap;font-size:13px;line-height:1.9}
.kpi{display:inline-block;margin:0 18px 8px 0;font-size:15px}.kpi b{font-size:22px;display:block}
.timeline li{margin:2px 0}.month{margin-top:10px;font-weight:bold}
"""

SCRIPT = """
window.vnplanErrors=[];window.addEventListener('error',function(e){window.vnplanErrors.push(String(e.message));
document.getElementById('errors').textContent=window.vnplanErrors.join('\\n');});
document.addEventListener('DOMContentLoaded',function(){
  var nodes=document.querySelectorAll('#network .node');
  nodes.forEach(function(n){
    n.addEventListener('mouseenter',function(){var id=n.getAttribute('data-id');
      document.querySelectorAll('#network .edge').forEach(function(e){
        if(e.getAttribute('data-a')===id||e.getAttribute('data-b')===id){e.classList.add('on');}});});
    n.addEventListener('mouseleave',function(){document.querySelectorAll('#network .edge.on').forEach(function(e){e.classList.remove('on');});});
  });
  var box=document.getElementById('filter');
  if(box){box.addEventListener('input',function(){var q=box.value.toLowerCase();
    document.querySelectorAll('#matrix tbody tr').forEach(function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});}
  document.body.setAttribute('data-ready','1');
});
"""


def render_html(data: ReportData, top: int = 25) -> str:
    docs = data.documents
    parts = ["<h1>vnplan — báo cáo trích dẫn, hạn và trách nhiệm</h1>"]
    parts.append('<div id="summary">' + "".join(
        f'<span class="kpi"><b>{n}</b>{label}</span>' for n, label in (
            (len(docs), "documents"), (len(data.citations), "citations"), (len(data.index), "cited documents"),
            (len(data.deadlines), "deadlines"), (len(data.parties), "party assignments"))) + "</div>")
    # Corpus at a glance
    parts.append("<h2 id='glance'>The corpus at a glance</h2>")
    for column, title in (("issuer", "Documents by issuer"), ("year", "Documents by year"), ("doc_type", "Documents by type")):
        counts = docs[column].fillna("").astype(str).replace("", "(không rõ)").value_counts().head(15)
        parts.append(f"<h3>{title}</h3>" + _bar_chart(list(counts.items()), title, f"chart-{column}"))
    # Most cited
    parts.append("<h2 id='cited'>Most cited documents</h2>")
    top_cited = data.index.sort_values(["n_citing_docs", "n_mentions"], ascending=False).head(20)
    parts.append(_bar_chart([(r.citation_key, int(r.n_citing_docs)) for r in top_cited.itertuples()],
                            "Citing documents per cited document", "chart-cited"))
    parts.append("<h2 id='net'>Citation network</h2><p>Citing issuers (left) and the documents they cite (right). "
                 "Point at a node to highlight its links.</p>" + _network(data))
    # Compliance matrix
    matrix, missing = compliance_matrix(data, top)
    parts.append("<h2 id='compliance'>Compliance matrix</h2>")
    if data.required:
        lacking = {}
        for (doc_id, label), is_missing in missing.items():
            if is_missing:
                lacking.setdefault(doc_id, []).append(label)
        parts.append(f"<p>{len(data.required)} required citations; {len(lacking)} of {len(matrix)} plans miss at least one "
                     "(red cells).</p>")
    parts.append('<p><input id="filter" placeholder="filter plans…"></p>')
    head = "<th>document</th><th>issuer</th>" + "".join(f"<th>{_e(c)}</th>" for c in matrix.columns)
    issuers = dict(zip(docs["doc_id"], docs["issuer"]))
    rows = []
    for doc_id, row in matrix.iterrows():
        cells = []
        for label, n in row.items():
            cls = "n missing" if missing.get((doc_id, label)) else ("n hit" if n else "n")
            cells.append(f'<td class="{cls}">{int(n) if n else ("✗" if missing.get((doc_id, label)) else "")}</td>')
        rows.append(f'<tr><td><a href="#doc-{_e(doc_id)}">{_e(doc_id)}</a></td><td>{_e(issuers.get(doc_id))}</td>{"".join(cells)}</tr>')
    parts.append(f'<div style="overflow:auto"><table id="matrix" class="matrix"><thead><tr>{head}</tr></thead>'
                 f'<tbody>{"".join(rows)}</tbody></table></div>')
    # Deadlines
    parts.append("<h2 id='deadlines'>Deadlines</h2>")
    dated = data.deadlines[data.deadlines["due_date"].fillna("") != ""].sort_values("due_date")
    items, month = [], None
    for r in dated.itertuples():
        m = str(r.due_date)[:7]
        if m != month:
            items.append(f'<li class="month">{m}</li>')
            month = m
        items.append(f'<li><b>{_e(r.due_date)}</b> {_e(r.task)} → {_e(r.recipient) or "—"} '
                     f'<small>(<a href="#doc-{_e(r.doc_id)}">{_e(r.doc_id)}</a>{", " + _e(r.recurrence) if r.recurrence else ""})</small></li>')
    parts.append(f'<ul id="timeline" class="timeline">{"".join(items)}</ul>')
    undated = data.deadlines[data.deadlines["due_date"].fillna("") == ""]
    if len(undated):
        parts.append("<h3>Recurring duties without a date</h3>" + _table(
            undated[["doc_id", "recurrence", "task", "responsible", "recipient"]], "recurring"))
    # Responsibility
    parts.append("<h2 id='responsibility'>Responsibility matrix</h2>")
    if len(data.responsibility):
        pivot = data.responsibility.pivot_table(index="party", columns="doc_id", values="n_assignments",
                                                aggfunc="sum", fill_value=0)
        parts.append('<div style="overflow:auto">' + _table(pivot.reset_index(), "responsibility", "matrix") + "</div>")
    # Document pages
    parts.append("<h2 id='documents'>Documents</h2><p>Highlighted: "
                 + " ".join(f'<mark style="background:{c}">{k}</mark>' for k, c in COLORS.items()) + "</p>")
    for doc in docs.to_dict("records"):
        parts.append(_document_page(doc, data))
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>vnplan report</title>"
            f"<style>{CSS}</style><script>{SCRIPT}</script></head><body>"
            + "".join(parts) + '<pre id="errors" hidden></pre></body></html>')


def write_html(out_dir: str | Path, target: str | Path, required: Path | None = None) -> Path:
    data = load(out_dir, required)
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(render_html(data), encoding="utf-8")
    tmp.replace(target)
    return target


def write_compliance_xlsx(out_dir: str | Path, target: str | Path, required: Path | None = None) -> Path:
    """The workbook an officer forwards: the matrix with colour rules and missing citations marked,
    deadlines by due date, the responsibility matrix."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    data = load(out_dir, required)
    matrix, missing = compliance_matrix(data)
    book = Workbook()
    sheet = book.active
    sheet.title = "compliance"
    issuers = dict(zip(data.documents["doc_id"], data.documents["issuer"]))
    sheet.append(["document", "issuer", *matrix.columns])
    red = PatternFill("solid", fgColor="FFB3B3")
    for doc_id, row in matrix.iterrows():
        sheet.append([doc_id, issuers.get(doc_id, ""), *[int(v) for v in row.values]])
        r = sheet.max_row
        for j, label in enumerate(matrix.columns, start=3):
            if missing.get((doc_id, label)):
                cell = sheet.cell(row=r, column=j)
                cell.value = "THIẾU"  # missing
                cell.fill = red
                cell.font = Font(bold=True, color="9C0006")
    last_col = get_column_letter(2 + len(matrix.columns))
    if len(matrix) and len(matrix.columns):
        area = f"C2:{last_col}{sheet.max_row}"
        sheet.conditional_formatting.add(area, ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                                              end_type="max", end_color="63BE7B"))
        sheet.conditional_formatting.add(area, CellIsRule(operator="equal", formula=['"THIẾU"'], fill=red))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 34
    for j in range(3, 3 + len(matrix.columns)):
        sheet.column_dimensions[get_column_letter(j)].width = 16
    if data.required:
        req = book.create_sheet("required")
        req.append(["required citation", "plans citing it", "plans missing it"])
        for r in data.required:
            miss = [d for (d, label), m in missing.items() if label == r["label"] and m]
            req.append([r["label"], len(matrix) - len(miss), ";".join(miss)])
    dl = book.create_sheet("deadlines")
    cols = ["due_date", "recurrence", "task", "responsible", "recipient", "doc_id", "surface"]
    dl.append(cols)
    ordered = data.deadlines.assign(_d=data.deadlines["due_date"].fillna("").replace("", "9999")).sort_values(["_d", "doc_id"])
    for r in ordered[cols].itertuples(index=False):
        dl.append([("" if v is None else v) for v in r])
    dl.freeze_panes = "A2"
    dl.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(2, dl.max_row)}"
    resp = book.create_sheet("responsibility")
    resp.append(["party", "doc_id", "issuer", "roles", "n_assignments", "tasks"])
    for r in data.responsibility.itertuples(index=False):
        resp.append(list(r))
    resp.freeze_panes = "A2"
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    book.save(tmp)
    tmp.replace(target)
    return target

"""The HTML report: one self-contained file (inline CSS, SVG and a few lines of script; no network).

Wide tables scroll inside their own box with the header row and the first column sticky, so the page
itself never scrolls sideways and the last column of a matrix is always reachable.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from . import charts
from .compliance import (ComplianceMatrix, compliance_matrix, ranked_index, replaced_citations, replacements,
                         responsibility_matrix)
from .data import DocLabel, ReportData, document_labels
from .labels import ROLE_ORDER, Labels
from .markup import esc as _e, shorten
from .pages import KINDS, DocumentRows, anchor_id, document_page, rows_by_document
from .requirements import Requirement

def _doc_link(label: DocLabel | None, doc_id: str, width: int = 60, compact: bool = False) -> str:
    text = (shorten(label.head, width) if compact else label.short(width)) if label else doc_id
    title = label.full if label else doc_id
    return f'<a href="#{anchor_id(doc_id)}" title="{_e(title)}">{_e(text)}</a>'


def _table(headers: list[str], rows: list[list[str]], table_id: str, classes: str = "") -> str:
    """`rows` hold HTML already escaped; the first cell of each row is its sticky header cell."""
    head = "".join(f'<th{" class=first" if i == 0 else ""}>{_e(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td{" class=first" if i == 0 else ""}>{c}</td>' for i, c in enumerate(r))
                   + "</tr>" for r in rows)
    return (f'<div class="scroll"><table id="{table_id}" class="{classes}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{body}</tbody></table></div>')


def _summary(data: ReportData, L: Labels) -> str:
    figures = ((len(data.documents), "kpi.documents", "documents"), (len(data.citations), "kpi.citations", "cited"),
               (len(data.index), "kpi.cited", "cited"), (len(data.deadlines), "kpi.deadlines", "deadlines"),
               (len(data.parties), "kpi.parties", "responsibility"), (len(data.errors), "kpi.errors", "errors"))
    return '<div id="summary">' + "".join(
        f'<a class="kpi{" bad" if key == "kpi.errors" and n else ""}" href="#{target}"><b>{n:,}</b>{_e(L(key))}</a>'
        for n, key, target in figures) + "</div>"


def _ranked(values: pd.Series, L: Labels) -> list[tuple[str, int]]:
    """The 15 most frequent values, largest first (ties alphabetically), blanks as "(không rõ)"."""
    counts = values.replace("", L("unknown")).value_counts()
    return sorted(((str(k), int(n)) for k, n in counts.items()), key=lambda item: (-item[1], item[0]))[:15]


def _glance(data: ReportData, L: Labels) -> str:
    docs = data.documents
    return (f"<h2 id='glance'>{_e(L('glance'))}</h2>"
            f"<h3>{_e(L('by_issuer'))}</h3>{charts.bar_chart(_ranked(docs['issuer'], L), L('by_issuer'), 'chart-issuer', L)}"
            f"<h3>{_e(L('by_year'))}</h3>{charts.year_chart(docs['year'], L('by_year'), 'chart-year', L)}"
            f"<h3>{_e(L('by_type'))}</h3>{charts.bar_chart(_ranked(docs['doc_type'], L), L('by_type'), 'chart-doc_type', L)}")


def _cited(data: ReportData, L: Labels) -> str:
    top = ranked_index(data).head(20)
    chart = charts.bar_chart([(r.citation_key, int(r.n_citing_docs)) for r in top.itertuples()], L("cited_chart"),
                             "chart-cited", L)
    issuer_of = dict(zip(data.documents["doc_id"], data.documents["issuer"]))
    keys = list(top["citation_key"])
    pairs = data.citations[data.citations["citation_key"].isin(keys)]
    pairs = pairs.assign(issuer=pairs["doc_id"].map(issuer_of).fillna("").replace("", L("unknown")))
    edges = pairs.groupby(["issuer", "citation_key"]).size().reset_index(name="n") if len(pairs) else \
        pd.DataFrame(columns=["issuer", "citation_key", "n"])
    return (f"<h2 id='cited'>{_e(L('cited'))}</h2>{chart}"
            f"<h2 id='network-title'>{_e(L('network'))}</h2><p>{_e(L('network_help'))}</p>"
            f'<div class="scroll wide">{charts.network(edges, keys, L)}</div>')


def _compliance(matrix: ComplianceMatrix, labels: dict[str, DocLabel], requirements: list[Requirement],
                L: Labels, knows_replacements: bool) -> str:
    swatches = [("missing", "legend.missing"), ("hit", "legend.cited")]
    if knows_replacements:
        swatches.append(("replaced", "legend.replaced"))
    parts = [f"<h2 id='compliance'>{_e(L('compliance'))}</h2><p>{_e(L('compliance_help'))}</p>",
             '<p class="legend">' + "".join(f'<span class="swatch {cls}"></span>{_e(L(key))} ' for cls, key in swatches)
             + "</p>"]
    if requirements:
        lacking = matrix.lacking()
        parts.append(f"<p>{_e(L('required_summary', n=len(requirements), lacking=len(lacking), total=len(matrix.doc_ids)))}</p>")
    if matrix.unmatched:
        parts.append(f'<div class="warning" id="unmatched"><p>{_e(L("unmatched"))}</p><ul>'
                     + "".join(f"<li>{_e(r.text)}</li>" for r in matrix.unmatched) + "</ul></div>")
    head = [f'<th class="first">{_e(L("document"))}</th>']
    for column in matrix.columns:
        extra = ""
        if column.required and not column.keys:
            extra = f'<small class="warn">⚠ {_e(L("unmatched_cell"))}</small>'
        elif column.replaced_by:
            extra = f'<small class="warn">{_e(L("replaced_by", key=column.replaced_by))}</small>'
        head.append(f'<th class="col{" req" if column.required else ""}" title="{_e(column.note)}">'
                    f'{_e(column.label)}{extra}</th>')
    rows = []
    for doc_id in matrix.doc_ids:
        cells = [f'<th class="first" scope="row">{_doc_link(labels.get(doc_id), doc_id, 90)}</th>']
        for position, column in enumerate(matrix.columns):
            n = int(matrix.counts.at[doc_id, position])
            if matrix.missing(doc_id, position):
                cells.append(f'<td class="n missing" title="{_e(L("missing"))}: {_e(column.label)}">✗</td>')
            elif n and column.replaced_by:
                cells.append(f'<td class="n hit replaced" title="{_e(L("replaced_by", key=column.replaced_by))}">{n}</td>')
            else:
                cells.append(f'<td class="n{" hit" if n else ""}">{n or ""}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    parts.append(f'<p><input id="filter" type="search" placeholder="{_e(L("filter"))}"></p>'
                 f'<div class="scroll" id="matrix-box"><table id="matrix" class="matrix"><thead><tr>{"".join(head)}'
                 f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
    return "".join(parts)


def _replaced(data: ReportData, labels: dict[str, DocLabel], L: Labels) -> str:
    if not data.has_replaced_by:
        return ""  # an index without the column says nothing about replacement
    found = replaced_citations(data)
    head = f"<h2 id='replaced'>{_e(L('replaced'))}</h2><p>{_e(L('replaced_help'))}</p>"
    if found.empty:
        return head + f'<p class="empty">{_e(L("replaced_none"))}</p>'
    rows = [[_doc_link(labels.get(r.doc_id), r.doc_id), _e(r.citation_key), _e(L("replaced_by", key=r.replaced_by)),
             _e(L.relation(r.relation)), _e(r.surface)] for r in found.itertuples()]
    return head + _table([L("document"), L("cited_doc"), L("replaced"), L("relation"), L("surface")], rows, "replaced-table")


def _deadlines(data: ReportData, labels: dict[str, DocLabel], L: Labels) -> str:
    parts = [f"<h2 id='deadlines'>{_e(L('deadlines'))}</h2>"]
    table = data.deadlines
    if table.empty:
        return parts[0] + f'<p class="empty">{_e(L("no_deadlines"))}</p>'
    dated = table[table["due_date"] != ""].sort_values(["due_date", "doc_id", "start"])
    items, month = [], None
    for r in dated.itertuples():
        if r.due_date[:7] != month:
            month = r.due_date[:7]
            shown = f"{month[5:7]}/{month[:4]}" if L.lang == "vi" else month
            items.append(f'<li class="month">{_e(L("month", month=shown))}</li>')
        what = " → ".join(_e(x) for x in (r.task or r.surface, r.recipient) if x)
        extra = f" · {_e(r.recurrence)}" if r.recurrence else ""
        items.append(f'<li><b>{_e(L.date(r.due_date))}</b> {what} <small>({_doc_link(labels.get(r.doc_id), r.doc_id, 60, True)}'
                     f'{extra})</small></li>')
    parts.append(f'<div class="scroll tall"><ul id="timeline" class="timeline">{"".join(items)}</ul></div>')
    undated = table[table["due_date"] == ""]
    if len(undated):
        rows = [[_doc_link(labels.get(r.doc_id), r.doc_id, 60, True), _e(r.recurrence), _e(r.task or r.surface),
                 _e(r.responsible), _e(r.recipient)] for r in undated.itertuples()]
        parts.append(f"<h3>{_e(L('recurring'))}</h3>" + _table(
            [L("document"), L("recurrence"), L("task"), L("responsible"), L("recipient")], rows, "recurring"))
    return "".join(parts)


def _responsibility(data: ReportData, labels: dict[str, DocLabel], L: Labels) -> str:
    parts = [f"<h2 id='responsibility'>{_e(L('responsibility'))}</h2>"]
    matrix = responsibility_matrix(data)
    if not matrix.parties:
        return parts[0] + f'<p class="empty">{_e(L("no_parties"))}</p>'
    parts.append(f"<p>{_e(L('responsibility_help'))}</p><p class='legend'>" + " · ".join(
        f"<b>{_e(L.letter(r))}</b> {_e(L.role(r))}" for r in ROLE_ORDER) + "</p>")
    head = [f'<th class="first">{_e(L("party"))}</th>']
    for doc_id in matrix.doc_ids:
        label = labels.get(doc_id)
        text = shorten(label.tag, 34) if label else doc_id
        head.append(f'<th class="vert"><a href="#{anchor_id(doc_id)}" title="{_e(label.full if label else doc_id)}">'
                    f'{_e(text)}</a></th>')
    rows = []
    for party in matrix.parties:
        cells = [f'<th class="first" scope="row">{_e(party)}</th>']
        for doc_id in matrix.doc_ids:
            roles = matrix.roles.get((party, doc_id), [])
            title = ", ".join(L.role(r) for r in roles)
            cells.append(f'<td class="n{" hit" if roles else ""}" title="{_e(title)}">'
                         f'{_e(" ".join(L.letter(r) for r in roles))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    parts.append(f'<div class="scroll" id="responsibility-box"><table id="responsibility-matrix" class="matrix">'
                 f'<thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
    if matrix.hidden:
        parts.append(f"<p>{_e(L('responsibility_more', n=matrix.hidden))}</p>")
    return "".join(parts)


def _errors(data: ReportData, L: Labels) -> str:
    head = f"<h2 id='errors'>{_e(L('errors'))}</h2>"
    if data.errors.empty:
        return head + f'<p class="empty">{_e(L("errors_none"))}</p>'
    rows = [[_e(r.path), _e(r.stage), _e(r.message)] for r in data.errors.itertuples()]
    return head + f"<p>{_e(L('errors_help'))}</p>" + _table([L("path"), L("stage"), L("reason")], rows, "errors-table")


def _documents(data: ReportData, labels: dict[str, DocLabel], L: Labels) -> str:
    legend = " ".join(f'<mark class="hl {k}">{_e(L("kind." + k))}</mark>' for k in KINDS)
    rows = rows_by_document(data)
    replaced = replacements(data)
    pages = [document_page(doc, labels[doc["doc_id"]], data.texts.get(doc["doc_id"], ""),
                           rows.get(doc["doc_id"], DocumentRows()), replaced, L)
             for doc in data.documents.sort_values(["issuer", "doc_number", "doc_id"]).to_dict("records")]
    return (f"<h2 id='documents'>{_e(L('documents'))}</h2><p>{_e(L('documents_help'))} {legend}</p>"
            + "".join(pages))


def _nav(data: ReportData, L: Labels) -> str:
    targets = [("glance", "glance"), ("cited", "cited"), ("compliance", "compliance")]
    if data.has_replaced_by:
        targets.append(("replaced", "replaced"))
    targets += [("deadlines", "deadlines"), ("responsibility", "responsibility"), ("errors", "errors"),
                ("documents", "documents")]
    return (f'<nav id="toc" aria-label="{_e(L("nav"))}">'
            + " · ".join(f'<a href="#{t}">{_e(L(k))}</a>' for t, k in targets) + "</nav>")


CSS = """
*{box-sizing:border-box}
body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;margin:0 auto;padding:16px 24px;color:#222;max-width:1240px;
 font-size:14px;line-height:1.45}
h1{font-size:22px;margin:4px 0}h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:32px;font-size:19px}
h3{font-size:15px;margin:18px 0 6px}
#toc{margin:8px 0 4px}#toc a{white-space:nowrap}.source{color:#555;margin:0 0 10px}
.kpi{display:inline-block;margin:0 22px 8px 0;color:#222;text-decoration:none}.kpi b{font-size:22px;display:block}
.kpi.bad b{color:#b00020}
.scroll{width:fit-content;max-width:100%;overflow:auto;max-height:75vh;border:1px solid #ccc;margin:8px 0}.scroll.tall{max-height:520px}
.scroll.wide{max-height:none}
table{border-collapse:separate;border-spacing:0;font-size:13px}
td,th{border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left;
 background:#fff}
thead th{position:sticky;top:0;z-index:2;background:#f1f3f5;font-weight:bold;vertical-align:bottom}
.first{position:sticky;left:0;z-index:1;background:#fafafa;min-width:16em;max-width:30em;font-weight:normal}
thead .first{z-index:3;background:#e9ecef}
.matrix .first{min-width:24em}.matrix th.col{min-width:7.5em;max-width:11em;white-space:normal;font-weight:normal}.matrix th.req{font-weight:bold}
.matrix th small{display:block;font-weight:normal}.warn{color:#8a4b00}
.matrix td.n{text-align:center;min-width:2.6em;white-space:nowrap}.matrix td.hit{background:#d8f3dc}
.matrix td.missing{background:#ffb3b3;color:#7a0010;font-weight:bold}.matrix td.replaced{background:#ffe3a3}
th.vert{height:15em;padding:4px 2px;white-space:nowrap;vertical-align:bottom}
th.vert a{writing-mode:vertical-rl;transform:rotate(180deg);display:inline-block;max-height:14.5em;overflow:hidden;
 text-overflow:ellipsis;font-weight:normal;font-size:12px}
.legend .swatch{display:inline-block;width:14px;height:14px;vertical-align:-2px;margin:0 4px 0 10px;border:1px solid #bbb}
.swatch.missing{background:#ffb3b3}.swatch.hit{background:#d8f3dc}.swatch.replaced{background:#ffe3a3}
.warning{background:#fff4e0;border:1px solid #f0c36d;padding:4px 12px;margin:8px 0}
.chart rect{fill:#4c78a8}.chart text{font-size:12px;fill:#222}.chart .axis{stroke:#999}
.network .edge{fill:none;stroke:#9aa;opacity:.55}.network .edge.on{stroke:#d62728;opacity:1}
.network text{font-size:11px}.network .issuer circle{fill:#4c78a8}.network .cited circle{fill:#f58518}
.empty{color:#777}.timeline{list-style:none;padding:0 8px;margin:4px 0}.timeline li{margin:2px 0}
.timeline .month{margin-top:10px;font-weight:bold;border-bottom:1px solid #eee}
details.docpage{border-top:1px solid #ddd;padding:6px 0}details.docpage>summary{cursor:pointer;font-size:15px}
.doclabel{font-weight:bold}.meta{display:block;color:#555;font-size:13px;margin-left:18px}
.docbody{display:flex;gap:18px;align-items:flex-start;margin-top:8px}
.outline{position:sticky;top:8px;flex:0 0 250px;max-height:92vh;overflow:auto;font-size:12.5px;
 border-right:1px solid #eee;padding-right:8px}
.outline ol{list-style:none;padding:0;margin:4px 0}.outline li{margin:2px 0}.outline a{color:#1a4d8f;text-decoration:none}
.outline .lv2{padding-left:12px}.outline .lv3{padding-left:24px}.outline .lv4,.outline .lv5{padding-left:36px}
.doctext{flex:1;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px;line-height:1.5;
 font-family:'DejaVu Serif','Noto Serif','Times New Roman',serif}
mark.hl{padding:0 1px;border-radius:3px;color:inherit;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.citation{background:#f6d365}mark.deadline{background:#a8d8f0}mark.party{background:#c3e6a0}
mark.replaced{outline:2px dashed #c25400}
.nw{white-space:nowrap}.gap{display:block;height:.45em}
.tag{font:bold 9.5px/1 'DejaVu Sans',Arial,sans-serif;margin-left:3px;padding:0 3px;border-radius:3px;
 background:rgba(0,0,0,.12);vertical-align:1px;text-transform:uppercase;letter-spacing:.02em}
.anchor{scroll-margin-top:8px}
"""

SCRIPT = """
window.vnplanErrors=[];window.addEventListener('error',function(e){window.vnplanErrors.push(String(e.message));
var box=document.getElementById('errors-js');if(box){box.textContent=window.vnplanErrors.join('\\n');}});
function vnplanOpen(){var id=decodeURIComponent(location.hash.slice(1));if(!id){return;}
  var el=document.getElementById(id);if(!el){return;}var page=el.closest('details');
  if(page&&!page.open){page.open=true;el.scrollIntoView();}}
document.addEventListener('DOMContentLoaded',function(){
  document.querySelectorAll('#network .node').forEach(function(n){
    n.addEventListener('mouseenter',function(){var id=n.getAttribute('data-id');
      document.querySelectorAll('#network .edge').forEach(function(e){
        if(e.getAttribute('data-a')===id||e.getAttribute('data-b')===id){e.classList.add('on');}});});
    n.addEventListener('mouseleave',function(){
      document.querySelectorAll('#network .edge.on').forEach(function(e){e.classList.remove('on');});});
  });
  var box=document.getElementById('filter');
  if(box){box.addEventListener('input',function(){var q=box.value.toLowerCase();
    document.querySelectorAll('#matrix tbody tr').forEach(function(r){
      r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});}
  document.addEventListener('click',function(e){var a=e.target.closest('a[href^="#"]');
    if(a){setTimeout(vnplanOpen,0);}});
  window.addEventListener('hashchange',vnplanOpen);vnplanOpen();
  document.body.setAttribute('data-ready','1');
});
"""


def render_html(data: ReportData, requirements: list[Requirement], labels: Labels, top: int = 25,
                matrix: ComplianceMatrix | None = None) -> str:
    L = labels
    doc_labels = document_labels(data.documents)
    matrix = matrix or compliance_matrix(data, requirements, top)
    today = L.date(dt.date.today().isoformat())
    parts = [f"<h1>{_e(L('title'))}</h1>",
             f'<p class="source">{_e(L("source"))}: <code>{_e(data.out_dir)}</code> · {_e(L("made"))} {_e(today)}</p>',
             _summary(data, L), _nav(data, L), _glance(data, L), _cited(data, L),
             _compliance(matrix, doc_labels, requirements, L, data.has_replaced_by), _replaced(data, doc_labels, L),
             _deadlines(data, doc_labels, L), _responsibility(data, doc_labels, L), _errors(data, L),
             _documents(data, doc_labels, L)]
    # The generator mark lets `vnplan extract` tell its own report from a document saved as a web page.
    return (f"<!DOCTYPE html><html lang='{L.lang}'><head><meta charset='utf-8'><meta name='generator' content='vnplan'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{_e(L('title'))}</title>"
            f"<style>{CSS}</style><script>{SCRIPT}</script></head><body>"
            + "".join(parts) + '<pre id="errors-js" hidden></pre></body></html>')

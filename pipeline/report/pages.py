"""One page per document: its running text with the extracted spans marked inline, and its section
outline as navigation.

The text keeps its own line breaks (`white-space: pre-wrap`), so the markup must add none: a mark is
written on one line with its label glued to its last word (`white-space: nowrap` around the two), and
marks carry no vertical padding, so a highlighted span takes the lines its words take and no more,
and the text stays single-spaced.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
import regex

from .data import DocLabel, ReportData
from .labels import Labels
from .markup import esc as _e, shorten

KINDS = ("citation", "deadline", "party")  # also the order in which overlapping spans are kept
_NOT_ID = regex.compile(r"[^\w-]")
# A blank line between paragraphs (how Word and PDF exports separate them) is drawn as a small gap,
# not as a whole empty line: the text reads single-spaced.
_PARAGRAPH_BREAK = regex.compile(r"[ \t]*\n(?:[ \t\r]*\n)+[ \t]*")


def anchor_id(doc_id: str, section_id: str = "") -> str:
    """An HTML id for a document (or one of its sections) that is also a clean URL fragment
    (`003_…#2` has a `#` of its own)."""
    slug = "doc-" + _NOT_ID.sub("-", doc_id)
    return slug + ("--" + _NOT_ID.sub("-", section_id) if section_id else "")


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # citation | deadline | party
    tag: str  # the inline label: relation, due date or role
    tooltip: str
    replaced: bool = False  # a citation of a document the citation index marks as replaced


@dataclass
class DocumentRows:
    """One document's rows of each table, as dicts (grouped once for all pages: filtering the
    tables again for every document is what made large reports slow)."""

    citations: list[dict] = field(default_factory=list)
    deadlines: list[dict] = field(default_factory=list)
    parties: list[dict] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)


def rows_by_document(data: ReportData) -> dict[str, DocumentRows]:
    grouped: dict[str, DocumentRows] = {}
    for name in ("citations", "deadlines", "parties", "sections"):
        for row in getattr(data, name).to_dict("records"):
            getattr(grouped.setdefault(row["doc_id"], DocumentRows()), name).append(row)
    return grouped


def highlights(text: str, rows: DocumentRows, replaced: dict[str, str], labels: Labels) -> list[Highlight]:
    """The document's spans that can be drawn: inside the text, matching their recorded surface (a
    store whose texts are older than its tables gets no misplaced marks), and not overlapping a span
    kept before (citations first, then deadlines, then parties)."""
    def drawable(found: list[dict]) -> list[dict]:
        return [r for r in found if 0 <= r["start"] < r["end"] <= len(text) and text[r["start"]:r["end"]] == r["surface"]]

    candidates: list[Highlight] = []
    for r in drawable(rows.citations):
        by = replaced.get(r["citation_key"], "")
        tip = r["citation_key"] + (f" — {labels('replaced_by', key=by)}" if by else "")
        candidates.append(Highlight(r["start"], r["end"], "citation", labels.relation(r["relation"]), tip, bool(by)))
    for r in drawable(rows.deadlines):
        tag = labels.date(r["due_date"]) if r["due_date"] else (r["recurrence"] or labels("kind.deadline"))
        tip = " → ".join(x for x in (r["task"], r["recipient"]) if x) or r["surface"]
        candidates.append(Highlight(r["start"], r["end"], "deadline", tag, tip))
    for r in drawable(rows.parties):
        tip = r["party"] + (f": {r['task']}" if r["task"] else "")
        candidates.append(Highlight(r["start"], r["end"], "party", labels.role(r["role"]), tip))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Highlight] = []
    for h in sorted(candidates, key=lambda h: (KINDS.index(h.kind), h.start, -h.end)):
        i = bisect.bisect_right(starts, h.start)
        if (i and ends[i - 1] > h.start) or (i < len(starts) and starts[i] < h.end):
            continue
        starts.insert(i, h.start)
        ends.insert(i, h.end)
        kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def _paragraphs(plain: str) -> str:
    return '<span class="gap"></span>'.join(_e(part) for part in _PARAGRAPH_BREAK.split(plain))


def _mark(text: str, h: Highlight) -> str:
    inner = text[h.start:h.end]
    cut = max(inner.rfind(" "), inner.rfind("\n"), inner.rfind("\t")) + 1
    classes = f"hl {h.kind}" + (" replaced" if h.replaced else "")
    return (f'<mark class="{classes}" title="{_e(h.tooltip)}">{_e(inner[:cut])}<span class="nw">{_e(inner[cut:])}'
            f'<span class="tag">{_e(h.tag)}</span></span></mark>')


def render_text(text: str, marks: list[Highlight], anchors: dict[int, str]) -> str:
    """The text as HTML: marks inline, an empty anchor at each section start (moved before a mark
    that would contain it)."""
    pieces: list[str] = []
    anchor_at = sorted(anchors)
    a = 0
    pos = 0

    def plain(until: int) -> None:
        nonlocal pos, a
        while a < len(anchor_at) and anchor_at[a] <= until:
            at = max(pos, anchor_at[a])
            pieces.append(_paragraphs(text[pos:at]) + f'<span class="anchor" id="{_e(anchors[anchor_at[a]])}"></span>')
            pos = at
            a += 1
        pieces.append(_paragraphs(text[pos:until]))
        pos = until

    for h in marks:
        # Whitespace at a mark's edges stays outside it, so a mark never begins or ends a line.
        start = h.start + len(text[h.start:h.end]) - len(text[h.start:h.end].lstrip())
        end = h.start + len(text[h.start:h.end].rstrip())
        if end <= start:
            continue
        plain(start)
        while a < len(anchor_at) and anchor_at[a] < end:
            pieces.append(f'<span class="anchor" id="{_e(anchors[anchor_at[a]])}"></span>')
            a += 1
        pieces.append(_mark(text, Highlight(start, end, h.kind, h.tag, h.tooltip, h.replaced)))
        pos = end
    plain(len(text))
    return "".join(pieces)


def document_page(doc: dict, label: DocLabel, text: str, rows: DocumentRows, replaced: dict[str, str],
                  labels: Labels) -> str:
    """`text` is empty when the folder stores no texts: the page then shows the outline only."""
    doc_id = doc["doc_id"]
    anchors: dict[int, str] = {}
    outline = []
    for s in sorted(rows.sections, key=lambda s: (s["start"], s["level"])):
        target = anchor_id(doc_id, s["section_id"])
        if text and 0 <= s["start"] <= len(text):
            anchors.setdefault(s["start"], target)
        link = f'href="#{_e(anchors.get(s["start"]) or target)}"' if text else ""
        heading = shorten(s["heading"], 90)
        outline.append(f'<li class="lv{min(int(s["level"]), 5)}"><a {link} title="{_e(s["heading"])}">'
                       f'<b>{_e(s["marker"])}</b> {_e(heading)}</a></li>')
    if text:
        body = f'<div class="doctext" lang="vi">{render_text(text, highlights(text, rows, replaced, labels), anchors)}</div>'
    else:
        body = f'<p class="empty">{_e(labels("no_text"))}</p>'
    nav = (f'<nav class="outline" aria-label="{_e(labels("outline"))}"><b>{_e(labels("outline"))}</b>'
           f'<ol>{"".join(outline)}</ol></nav>') if outline else ""
    place_date = ", ".join(x for x in (doc.get("place", ""), labels.date(doc.get("issued_date", ""))) if x)
    signer = " ".join(x for x in (doc.get("signer_title", ""), doc.get("signer_name", "")) if x)
    meta = " · ".join(x for x in (doc.get("doc_type", ""), doc.get("doc_number", ""), place_date, signer) if x)
    return (f'<details class="docpage" id="{anchor_id(doc_id)}">'
            f'<summary><span class="doclabel" title="{_e(label.full)}">{_e(label.text)}</span>'
            f'<span class="meta">{_e(meta)} <code title="{_e(doc.get("source_path", ""))}">{_e(doc_id)}</code></span>'
            f'</summary><div class="docbody">{nav}{body}</div></details>')

"""Python API: parse a text (or a file) into documents with their sections, citations, deadlines
and parties, without writing any table.

    >>> from pipeline.api import parse_text
    >>> doc = parse_text(open("corpus/001_e0aee330aa8355da.txt").read())[0]
    >>> [s.section_id for s in doc.sections][:3]
    ['I', 'I.1', 'I.2']
"""
from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from . import citations as citation_stage
from . import deadlines as deadline_stage
from . import parties as party_stage
from .frame import extract_meta
from .normalize import normalize_text
from .readers import read
from .records import Citation, Deadline, DocumentMeta, DocumentText, Party, Section
from .sections import section_finder, segment
from .split import split_documents


@dataclass
class Document:
    text: str
    meta: DocumentMeta
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)

    def section_tree(self) -> dict[str, list[str]]:
        """parent section_id ("" for the top) → child section_ids, in document order."""
        tree: dict[str, list[str]] = {}
        for section in self.sections:
            tree.setdefault(section.parent_id, []).append(section.section_id)
        return tree


def analyse(doc: DocumentText, stage=lambda name: nullcontext()) -> Document:
    """Every stage on one document. `stage(name)` gives a context manager around each stage (the
    command line times them with it)."""
    with stage("metadata"):
        meta = extract_meta(doc)
    with stage("sections"):
        sections = segment(doc.doc_id, doc.text)

    section_of = section_finder(sections)

    with stage("citations"):
        # A date with its day left blank still has its year: laws cited by name resolve at its end.
        citing_date = meta.issued_date or (f"{meta.year}-12-31" if meta.year else "")
        mentions = citation_stage.extract(doc, meta.doc_number, meta.issuer, citing_date, meta.doc_type)
        citations = citation_stage.to_rows(doc, mentions, section_of)
    with stage("deadlines"):
        deadlines = deadline_stage.extract(doc, meta, mentions, section_of, sections)
    with stage("parties"):
        parties = party_stage.extract(doc, meta, section_of, sections, mentions)
    meta.n_sections, meta.n_citations = len(sections), len(citations)
    meta.n_deadlines, meta.n_parties = len(deadlines), len(parties)
    return Document(text=doc.text, meta=meta, sections=sections, citations=citations,
                    deadlines=deadlines, parties=parties)


def parse_text(text: str, name: str = "text", encoding: str = "utf-8",
               ocr_spans: Sequence[tuple[int, int]] = ()) -> list[Document]:
    """`ocr_spans`: the parts of `text` that OCR read (a reader's `ocr_spans`), which get OCR's repairs."""
    normalized = normalize_text(text, ocr_spans)
    line_map = normalized.line_map()  # rows' `line`: lines of `text`, as in the tables
    documents = []
    for doc in split_documents(name, normalized.text, encoding):
        analysed = analyse(doc)
        line_map.number(doc.file_start, analysed.sections, analysed.citations, analysed.deadlines, analysed.parties)
        documents.append(analysed)
    return documents


def parse_file(path: str) -> list[Document]:
    raw = read(path)
    return parse_text(raw.text, name=path, encoding=raw.encoding, ocr_spans=raw.ocr_spans)

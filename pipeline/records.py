"""Typed records passed between the stages (reader → text → document → annotations → tables)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Per-file limits and choices, carried from the command line to every worker and reader."""

    timeout: float | None = 10.0  # seconds one file may take (None: no limit)
    max_bytes: int | None = 100_000_000  # larger inputs get an errors row (checked while reading)
    ocr: str = "auto"  # auto | always | never: when scanned pages go through OCR
    follow_symlinks: bool = False  # read symbolic links that lead out of the input folders
    # What a DOCX may unpack to (its XML parts, summed): a zip bomb's size is only known inside.
    max_unzipped_bytes: int | None = 100_000_000
    scratch_dir: str | None = None  # the run's temporary folder (LibreOffice conversions); removed at the end
    registry: str | None = None  # a user's legal registry TSV, added to models/legal_registry.tsv


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file found by discovery. `os_path` is what is opened: it may hold surrogate escapes of
    bytes that are not UTF-8; `path` is its printable form (`\\xff`), the one the tables show."""

    path: str
    os_path: str
    abs_path: str  # printable absolute path: the file's identity across runs given from other folders
    refusal: str = ""  # why discovery will not read it (special file, symbolic link leaving the inputs)


class Fingerprint(NamedTuple):
    """What the manifest keeps of an input file: enough to tell an edited file from an unchanged
    one without reading it, and the doc_id stem it was given (a file keeps its id)."""

    size: int
    mtime_ns: int
    sha256: str
    stem: str
    ctime_ns: int  # set by the kernel on every write: catches edits that keep size and mtime
    inode: int
    abs_path: str


@dataclass(slots=True)
class RawText:
    """What a reader returns: the file's text as decoded, before normalization."""

    path: str
    text: str
    encoding: str  # e.g. "utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni", "pdf", "pdf+ocr", "docx"
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages whose text OCR read
    ocr_confidence: float | None = None  # mean word confidence of those pages (0-100)
    ocr_spans: list[tuple[int, int]] = field(default_factory=list)  # OCR text in `text`: gets OCR repairs
    sha256: str = ""  # of the file's bytes as read


@dataclass(slots=True)
class DocumentText:
    """One document cut out of a normalized file. `text` is what every offset indexes."""

    doc_id: str
    source_path: str
    part: int
    text: str
    folded: str  # same length as `text`: modern tone placement, for matching only
    encoding: str
    file_start: int  # where the document starts in the file's normalized text
    file_end: int


@dataclass(slots=True)
class Section:
    doc_id: str
    section_id: str
    parent_id: str
    level: int
    marker: str
    heading: str
    start: int
    end: int
    kind: str = ""  # marker kind: roman, upper, arabic1.., lower, chuong, dieu ...
    line: int = 0  # 1-based line of the reader's text (the file on disk for a .txt): pipeline/source_lines.py


@dataclass(slots=True)
class Citation:
    doc_id: str
    section_id: str
    start: int
    end: int
    surface: str
    doc_type: str
    number_symbol: str
    name: str
    issued_date: str
    issuer: str
    subject: str
    relation: str
    citation_key: str
    pinpoint: str = ""
    issuer_normalized: str = ""
    line: int = 0
    name_base: str = ""  # folded name used to link a named document to its number across documents
    cue: str = ""  # the word that set the relation: căn cứ, thực hiện, theo, thay thế, sửa đổi …
    year: str = ""  # year of the cited document when the mention shows it (symbol, date, `Luật X năm 2014`)
    resolution: str = ""  # how citation_key was decided: symbol, linked, year, in_force, only_version, name …
    replaced_by: str = ""  # key of the document that replaces the cited one, when the text says so
    trich_yeu: str = ""  # what the cited document is about as written, `về` or not (`subject`: the `về …` part)


@dataclass(slots=True)
class Deadline:
    doc_id: str
    section_id: str
    start: int
    end: int
    surface: str
    due_date: str
    year_inferred: bool
    recurrence: str
    task: str
    responsible: str
    recipient: str
    line: int = 0


@dataclass(slots=True)
class Party:
    doc_id: str
    section_id: str
    start: int
    end: int
    surface: str
    party: str
    role: str
    task: str
    line: int = 0


@dataclass(slots=True)
class DocumentMeta:
    doc_id: str
    source_path: str
    part: int
    issuer: str = ""
    issuer_parent: str = ""  # the body stacked above the issuer in the header (`UBND TỈNH ĐỒNG THÁP`)
    doc_number: str = ""
    doc_type: str = ""
    title: str = ""
    place: str = ""
    issued_date: str = ""
    year: int | None = None
    signer_name: str = ""
    signer_title: str = ""
    recipients: str = ""
    encoding: str = ""
    ocr_pages: str = ""  # pages of the source file read by OCR, e.g. "1-3,5"; empty when none
    ocr_confidence: float | None = None  # their mean word confidence (0-100)
    n_chars: int = 0
    n_sections: int = 0
    n_citations: int = 0
    n_deadlines: int = 0
    n_parties: int = 0


@dataclass(slots=True)
class ErrorRow:
    path: str
    stage: str
    message: str


@dataclass(slots=True)
class FileResult:
    """Everything extracted from one input file."""

    path: str
    documents: list[DocumentMeta] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> normalized text (for reports)
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> time spent
    sha256: str = ""  # of the bytes that were read (empty when the file could not be read)
    warnings: list[str] = field(default_factory=list)  # read, but something is worth saying


@dataclass(slots=True)
class StoredText:
    """A row of the store's `texts` table: one piece (`part` 0, 1, …) of a document's normalized text,
    for the report's pages. Pieces of at most TEXT_PART_CHARS characters: DuckDB keeps a value larger
    than its 256 KB block in a block of its own that a checkpoint pins whole, and a run whose largest
    documents came first ran out of its memory cap that way."""

    doc_id: str
    source_path: str
    part: int
    text: str


TEXT_PART_CHARS = 32_768  # ≤ 128 KB of UTF-8 however the text is written


@dataclass(slots=True)
class PackedResult:
    """A FileResult as it travels from a worker to the main process: each table's rows as the buffers
    of Arrow columns (column_buffers.py), made in the worker, so that the main process appends them to
    the store without a Python object per row; the rest as in FileResult."""

    path: str
    # table -> (row count, each column's buffers); tables without rows absent
    batches: dict[str, tuple] = field(default_factory=dict)
    n_documents: int = 0
    errors: list[ErrorRow] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)


def columns(record_type) -> list[str]:
    return [f.name for f in fields(record_type)]


def as_row(record) -> dict:
    """The record's fields by name. Rows are flat (text, numbers, dates), so no deep copy: `asdict`'s
    recursive copy cost a quarter of the citation benchmark's time."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _field_names(record_type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))

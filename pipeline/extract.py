"""One input file → all of its rows: the per-file function every engine (local, Dask) runs."""
from __future__ import annotations

import bisect
import os
import time
import traceback
from contextlib import contextmanager

from . import citations, deadlines, parties
from .frame import extract_meta
from .normalize import normalize
from .readers import InputError, read
from .records import ErrorRow, FileResult
from .sections import section_at, segment
from .split import split_documents


@contextmanager
def _timed(result: FileResult, stage: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        result.seconds[stage] = result.seconds.get(stage, 0.0) + time.perf_counter() - start


def process_file(path: str, max_bytes: int | None = None, keep_text: bool = True,
                 stem: str | None = None) -> FileResult:
    result = FileResult(path=str(path))
    stage = "read"
    try:
        if max_bytes is not None:
            try:
                size = os.path.getsize(path)
            except OSError as exc:
                raise InputError("read", f"cannot open the file: {exc.strerror or exc}") from None
            if size > max_bytes:
                raise InputError("read", f"file is {size / 1e6:.1f} MB, over the --max-bytes limit "
                                         f"of {max_bytes / 1e6:.1f} MB; raise the limit to process it")
        with _timed(result, "read"):
            raw = read(path)
        stage = "normalize"
        with _timed(result, "normalize"):
            text = normalize(raw.text)
        stage = "split"
        with _timed(result, "split"):
            documents = split_documents(str(path), text, raw.encoding, stem=stem)
        newlines = [i for i, ch in enumerate(text) if ch == "\n"]

        def line_of(doc_offset: int, _start: int = 0) -> int:
            return bisect.bisect_right(newlines, _start + doc_offset - 1) + 1

        for doc in documents:
            stage = "metadata"
            with _timed(result, "metadata"):
                meta = extract_meta(doc)
            stage = "sections"
            with _timed(result, "sections"):
                sections = segment(doc.doc_id, doc.text)

            def section_of(offset: int, _sections=sections) -> str:
                return section_at(_sections, offset)

            stage = "citations"
            with _timed(result, "citations"):
                mentions = citations.extract(doc, meta.doc_number, meta.issuer)
                cites = citations.to_rows(doc, mentions, section_of)
            stage = "deadlines"
            with _timed(result, "deadlines"):
                dls = deadlines.extract(doc, meta, mentions, section_of)
            stage = "parties"
            with _timed(result, "parties"):
                pts = parties.extract(doc, meta, section_of)
            for row in (*sections, *cites, *dls, *pts):
                row.line = line_of(row.start, doc.file_start)
            meta.n_sections = len(sections)
            meta.n_citations = len(cites)
            meta.n_deadlines = len(dls)
            meta.n_parties = len(pts)
            result.documents.append(meta)
            result.sections.extend(sections)
            result.citations.extend(cites)
            result.deadlines.extend(dls)
            result.parties.extend(pts)
            if keep_text:
                result.texts[doc.doc_id] = doc.text
    except InputError as exc:
        result.errors.append(ErrorRow(path=str(path), stage=exc.stage, message=exc.message))
        _drop_partial(result)
    except Exception as exc:  # a bug must not stop the run: report it against the file
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{os.path.basename(last.filename)}:{last.lineno}"
        result.errors.append(ErrorRow(path=str(path), stage=stage,
                                      message=f"internal error ({type(exc).__name__} at {where}): {exc}"))
        _drop_partial(result)
    return result


def _drop_partial(result: FileResult) -> None:
    """A file either yields all its rows or none: no half-extracted documents in the tables."""
    result.documents.clear()
    result.sections.clear()
    result.citations.clear()
    result.deadlines.clear()
    result.parties.clear()
    result.texts.clear()

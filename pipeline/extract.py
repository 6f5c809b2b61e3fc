"""One input file → all of its rows: the per-file function every engine (local, Dask) runs."""
from __future__ import annotations

import bisect
import os
import time
import traceback
from contextlib import contextmanager

import re

from .api import analyse
from .normalize import normalize
from .ocr import page_ranges
from .readers import InputError, read
from .records import ErrorRow, FileResult, RunOptions
from .split import split_documents

_NEWLINE = re.compile("\n")


@contextmanager
def _timed(result: FileResult, stage: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        result.seconds[stage] = result.seconds.get(stage, 0.0) + time.perf_counter() - start


def process_file(path: str, options: RunOptions | None = None, stem: str | None = None) -> FileResult:
    options = options or RunOptions()
    max_bytes = options.max_bytes
    result = FileResult(path=str(path))
    current = {"stage": "read"}

    @contextmanager
    def stage(name: str):
        current["stage"] = name
        with _timed(result, name):
            yield

    try:
        if max_bytes is not None:
            try:
                size = os.path.getsize(path)
            except OSError as exc:
                raise InputError("read", f"cannot open the file: {exc.strerror or exc}") from None
            if size > max_bytes:
                raise InputError("read", f"file is {size / 1e6:.1f} MB, over the --max-bytes limit "
                                         f"of {max_bytes / 1e6:.1f} MB; raise the limit to process it")
        with stage("read"):
            raw = read(path, options)
        with stage("normalize"):
            text = normalize(raw.text, raw.ocr_spans)
        with stage("split"):
            documents = split_documents(str(path), text, raw.encoding, stem=stem)
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        for doc in documents:
            analysed = analyse(doc, stage)
            for row in (*analysed.sections, *analysed.citations, *analysed.deadlines, *analysed.parties):
                row.line = bisect.bisect_left(newlines, doc.file_start + row.start) + 1
            analysed.meta.ocr_pages = page_ranges(raw.ocr_pages)
            analysed.meta.ocr_confidence = raw.ocr_confidence
            result.documents.append(analysed.meta)
            result.sections.extend(analysed.sections)
            result.citations.extend(analysed.citations)
            result.deadlines.extend(analysed.deadlines)
            result.parties.extend(analysed.parties)
            result.texts[doc.doc_id] = doc.text  # stored for the report's document pages
    except InputError as exc:
        result.errors.append(ErrorRow(path=str(path), stage=exc.stage, message=exc.message))
        _drop_partial(result)
    except Exception as exc:  # a bug must not stop the run: report it against the file
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{os.path.basename(last.filename)}:{last.lineno}"
        result.errors.append(ErrorRow(path=str(path), stage=current["stage"],
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

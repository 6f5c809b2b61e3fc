"""One input file → all of its rows: the per-file function every engine (local, Dask) runs."""
from __future__ import annotations

import os
import time
import traceback
from contextlib import contextmanager

from .api import analyse
from .discover import input_file
from .faults import checkpoint
from .normalize import normalize_text
from .ocr import page_ranges
from .readers import InputError, read
from .records import ErrorRow, FileResult, InputFile, RunOptions
from .split import split_documents


def cpu_seconds() -> float:
    """CPU seconds of this thread and of the programs the process waited for (Tesseract, LibreOffice):
    what `--timings` reports per stage, since wall seconds on a shared host measure its load."""
    times = os.times()
    return time.thread_time() + times.children_user + times.children_system


@contextmanager
def _timed(result: FileResult, stage: str):
    start = cpu_seconds()
    try:
        yield
    finally:
        result.seconds[stage] = result.seconds.get(stage, 0.0) + cpu_seconds() - start


def process_file(source: InputFile | str, options: RunOptions | None = None, stem: str | None = None) -> FileResult:
    """All rows of one file, or its errors row. Runs inside a worker process (see workers.py): a
    file that hangs or kills its process is dealt with there."""
    if not isinstance(source, InputFile):
        source = input_file(source)
    options = options or RunOptions()
    result = FileResult(path=source.path)
    current = {"stage": "read"}

    @contextmanager
    def stage(name: str):
        current["stage"] = name
        checkpoint(name, source.path)
        with _timed(result, name):
            yield

    try:
        checkpoint("start", source.path)
        with stage("read"):
            raw = read(source.os_path, options)
        result.sha256 = raw.sha256
        result.warnings.extend(raw.warnings)
        with stage("normalize"):
            normalized = normalize_text(raw.text, raw.ocr_spans)
        with stage("split"):
            documents = split_documents(source.path, normalized.text, raw.encoding, stem=stem)
        # `line` is the line of the reader's text (the file on disk for a .txt), not of the normalized one.
        line_map = normalized.line_map()
        for doc in documents:
            analysed = analyse(doc, stage)
            line_map.number(doc.file_start, analysed.sections, analysed.citations, analysed.deadlines, analysed.parties)
            analysed.meta.ocr_pages = page_ranges(raw.ocr_pages)
            analysed.meta.ocr_confidence = raw.ocr_confidence
            result.documents.append(analysed.meta)
            result.sections.extend(analysed.sections)
            result.citations.extend(analysed.citations)
            result.deadlines.extend(analysed.deadlines)
            result.parties.extend(analysed.parties)
            result.texts[doc.doc_id] = doc.text  # stored for the report's document pages
    except InputError as exc:
        result.errors.append(ErrorRow(path=source.path, stage=exc.stage, message=exc.message))
        _drop_partial(result)
    except Exception as exc:  # a bug must not stop the run: report it against the file
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{os.path.basename(last.filename)}:{last.lineno}"
        result.errors.append(ErrorRow(path=source.path, stage=current["stage"],
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

"""Shared fixtures: the sample corpus, the wild documents, and files made by real tools."""
from __future__ import annotations

import os
from functools import lru_cache
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
WILD = SHARED / "wild"
VNPLAN = [sys.executable, "-m", "pipeline"]


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def wild_files() -> list[Path]:
    return sorted(WILD.glob("*.txt")) if WILD.is_dir() else []


def run_vnplan(*args: str, check: bool = False, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([*VNPLAN, *map(str, args)], capture_output=True, text=True, cwd=ROOT, **kwargs)
    if check and proc.returncode != 0:
        raise AssertionError(f"vnplan {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory) -> Path:
    """`vnplan extract corpus/` once for the whole session."""
    out = tmp_path_factory.mktemp("corpus_out")
    run_vnplan("extract", CORPUS, "--out", out, "--no-progress", check=True)
    return out


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("LibreOffice (soffice) is needed to make real PDF/DOCX/DOC files: `make system-deps` installs it")
    return found


@pytest.fixture(scope="session")
def office_files(tmp_path_factory) -> dict[str, Path]:
    """Corpus texts converted by LibreOffice headless into PDF, DOCX and DOC, as a user's office suite would."""
    soffice = _soffice()
    work = tmp_path_factory.mktemp("office")
    home = work / "home"
    home.mkdir()
    made: dict[str, Path] = {}
    # A proportional font, as real documents use (LibreOffice sets .txt in a monospace font whose PDF
    # text layer has no Unicode map).
    for stem, fmt in (("001_e0aee330aa8355da", "pdf"), ("003_723b0c46fb5dfa44", "pdf"),
                      ("001_e0aee330aa8355da", "docx"), ("004_755144333ea7a6dd", "doc")):
        src = work / f"{stem}.html"
        if not src.exists():
            text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
            import html
            body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
            src.write_text(f"<html><head><meta charset='utf-8'><style>p{{font-family:'DejaVu Serif';"
                           f"font-size:11pt;margin:0}}</style></head><body>{body}</body></html>", encoding="utf-8")
        target_dir = work / fmt
        target_dir.mkdir(exist_ok=True)
        filt = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}[fmt]
        subprocess.run([soffice, "--headless", "--convert-to", filt, "--outdir", str(target_dir), str(src)],
                       check=True, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(home)))
        made[f"{stem}.{fmt}"] = target_dir / f"{stem}.{fmt}"
    return made


DEVSET = SHARED / "devset" / "texts"


def devset_file(name: str) -> Path:
    """A real document of ../shared/devset/texts (skips the test where the shared folder is absent)."""
    path = DEVSET / name
    if not path.exists():
        pytest.skip(f"needs {path}")
    return path


def wild_file(name: str) -> Path:
    """A document of ../shared/wild (skips the test where the shared folder is absent)."""
    path = WILD / name
    if not path.exists():
        pytest.skip(f"needs {path}")
    return path


@lru_cache(maxsize=None)
def parsed_document(path: str):
    """The first document of a file, parsed once per test session (several tests read one shared text)."""
    from pipeline.api import parse_file

    return parse_file(path)[0]


def parties_on_line(path, line: int) -> set[tuple[str, str]]:
    """(party, role) of the rows whose name starts on `line` (1-based) of the file."""
    return {(p.party, p.role) for p in parsed_document(str(path)).parties if p.line == line}


def shared_lines(folder: Path, stem: str, first: int, last: int | None = None) -> str:
    """Lines first..last (1-based, as the answer keys count them) of a shared text."""
    lines = (folder / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[first - 1:last or first])


def word_table_file(path: Path, before, rows, after=()) -> Path:
    """A .docx made with python-docx as a user types a plan: paragraphs, one table of `rows` (strings, the first the
    header), paragraphs after it."""
    import docx

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    return path

"""Ingest: turn an input file (.txt, .md, .pdf, .docx, .doc, page images) into text, or raise `InputError`."""
from __future__ import annotations

import codecs
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import regex

from .records import RawText, RunOptions

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}  # scanned pages, read by OCR (pipeline/pdf.py)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx", ".doc"} | IMAGE_SUFFIXES


class InputError(Exception):
    """A file that cannot be read; `stage` says which step failed."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.message = message


def read(path: str | os.PathLike, options: RunOptions | None = None) -> RawText:
    path = str(path)
    options = options or RunOptions()
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError("read", f"unknown format '{suffix or '(no extension)'}': supported are "
                                 + ", ".join(sorted(SUPPORTED_SUFFIXES)))
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError("read", "is a directory, not a file") from None
    except PermissionError:
        raise InputError("read", "permission denied: the file cannot be opened for reading") from None
    except OSError as exc:
        raise InputError("read", f"cannot open the file: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError("read", "empty file: no text to extract")
    if suffix in TEXT_SUFFIXES:
        return read_text_bytes(path, data)
    if suffix == ".pdf" or suffix in IMAGE_SUFFIXES:
        from . import pdf
        return (pdf.read_pdf if suffix == ".pdf" else pdf.read_image)(path, data, options)
    if suffix == ".docx":
        return read_docx(path, data)
    return read_doc(path)


# --------------------------------------------------------------------------- plain text

# Letters only Unicode Vietnamese has: legacy font text is written with Latin-1 look-alikes.
_VIET_LETTERS = regex.compile(r"[ăđơưĂĐƠƯ\u1EA0-\u1EF9]")
# Byte sequences typical of the legacy font encodings once decoded as Latin-1 / UTF-8.
_LEGACY_HINT = regex.compile(r"[¸µ¶·¹¨©ª«¬®¯°±²³´½¾ÆÇÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßåæçèéêëìíîïðñòóôõöøùúûüýþÿ]|[aeoiuy][øùúûõïò]")


def _looks_like_text(text: str) -> bool:
    """Binary junk decodes to many control and symbol characters; text does not."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if (unicodedata.category(ch)[0] == "C" and ch not in "\n\r\t\f")
              or ch == "\ufffd")
    return bad / len(sample) < 0.02


def _convert_legacy(text: str) -> tuple[str, str | None]:
    """TCVN3 (.VnTime) or VNI font text → Unicode, when the content clearly is one of them."""
    sample = text[:20000]
    if len(_VIET_LETTERS.findall(sample)) > 20 or len(_LEGACY_HINT.findall(sample)) < 5:
        return text, None
    from viparse.normalize.detector import detect_encoding_by_content
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS, CHARMAPS
    from viparse.normalize.tables import convert

    verdict = detect_encoding_by_content(sample, AUTO_DETECT_CHARMAPS)
    if verdict.encoding in ("tcvn3", "vni"):
        return convert(text, CHARMAPS[verdict.encoding]), verdict.encoding
    return text, None


def read_text_bytes(path: str, data: bytes) -> RawText:
    encoding = None
    text = None
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        sample = data[:4000]
        zeros_even = sample[0::2].count(0)
        zeros_odd = sample[1::2].count(0)
        half = max(1, len(sample) // 2)
        if zeros_odd > 0.3 * half and zeros_even < 0.05 * half:
            text, encoding = data.decode("utf-16-le", errors="replace"), "utf-16-le"
        elif zeros_even > 0.3 * half and zeros_odd < 0.05 * half:
            text, encoding = data.decode("utf-16-be", errors="replace"), "utf-16-be"
        elif 0 in sample:
            raise InputError("read", "binary content (NUL bytes): not a text file")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Single-byte text: Windows-1258, or a legacy font encoding saved as ANSI. Keep the
            # reading that looks most like Vietnamese.
            from viparse.normalize.frequency import vietnamese_score

            candidates = [(unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "cp1258")]
            converted, legacy = _convert_legacy(data.decode("cp1252", errors="replace"))
            if legacy:
                candidates.append((converted, legacy))
            text, encoding = max(candidates, key=lambda c: vietnamese_score(c[0][:20000]))
    if not _looks_like_text(text):
        raise InputError("read", f"binary or garbled content: does not decode as text ({encoding})")
    converted, legacy = _convert_legacy(text)
    if legacy:
        text, encoding = converted, f"{legacy} (from {encoding})"
    return RawText(path=path, text=text, encoding=encoding)


# --------------------------------------------------------------------------- DOCX / DOC

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_VI_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out, n = out + sym, n - value
    return out


def _format_number(fmt: str, n: int) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n - 1) % 26]
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Renders Word's automatic list numbers (`1.`, `a)`, `II.`) that python-docx leaves out."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            part = document.part.numbering_part
        except Exception:
            return
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        root = part.element
        abstract = {}
        for node in root.findall("w:abstractNum", ns):
            levels = {}
            for lvl in node.findall("w:lvl", ns):
                ilvl = int(lvl.get(f"{{{ns['w']}}}ilvl"))
                fmt = lvl.find("w:numFmt", ns)
                text = lvl.find("w:lvlText", ns)
                start = lvl.find("w:start", ns)
                levels[ilvl] = (
                    fmt.get(f"{{{ns['w']}}}val") if fmt is not None else "decimal",
                    text.get(f"{{{ns['w']}}}val") if text is not None else "%1.",
                    int(start.get(f"{{{ns['w']}}}val")) if start is not None else 1,
                )
            abstract[node.get(f"{{{ns['w']}}}abstractNumId")] = levels
        for num in root.findall("w:num", ns):
            ref = num.find("w:abstractNumId", ns)
            levels = abstract.get(ref.get(f"{{{ns['w']}}}val")) if ref is not None else None
            for ilvl, spec in (levels or {}).items():
                self.formats[(num.get(f"{{{ns['w']}}}numId"), ilvl)] = spec

    def label(self, paragraph) -> str:
        ppr = paragraph._p.pPr
        if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
            return ""
        num_id = str(ppr.numPr.numId.val)
        ilvl = int(ppr.numPr.ilvl.val) if ppr.numPr.ilvl is not None else 0
        spec = self.formats.get((num_id, ilvl))
        if spec is None:
            return ""
        fmt, pattern, start = spec
        key = (num_id, ilvl)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
            del self.counters[deeper]
        label = pattern
        for level in range(ilvl, -1, -1):
            lvl_fmt = self.formats.get((num_id, level), ("decimal", "", 1))[0]
            value = self.counters.get((num_id, level), 1)
            label = label.replace(f"%{level + 1}", _format_number(lvl_fmt, value))
        return label.strip() + " " if label.strip() else ""


def read_docx(path: str, data: bytes | None = None) -> RawText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data is not None and not data.startswith(b"PK"):
        raise InputError("read", "not a DOCX: the file is not a ZIP package")
    try:
        document = docx.Document(path)
    except PackageNotFoundError:
        raise InputError("read", "not a DOCX package (corrupt or another format)") from None
    except Exception as exc:
        raise InputError("read", f"corrupt DOCX ({type(exc).__name__}): {exc}") from None
    numbering = _Numbering(document)
    blocks: list[str] = []
    body = document.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            blocks.append(numbering.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                cells = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                blocks.append("\n".join(cells))
    return RawText(path=path, text="\n".join(blocks), encoding="docx")


def read_doc(path: str) -> RawText:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise InputError("read", "old Word .doc needs LibreOffice to convert it: install it "
                                 "(Debian: apt-get install libreoffice-writer-nogui) or save the file as .docx")
    with tempfile.TemporaryDirectory(prefix="vnplan-doc-") as tmp:
        env = dict(os.environ, HOME=tmp)
        try:
            subprocess.run([soffice, "--headless", "--convert-to", "docx", "--outdir", tmp, path],
                           check=True, capture_output=True, timeout=120, env=env)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise InputError("read", f"LibreOffice could not convert the .doc file: {exc}") from None
        converted = Path(tmp) / (Path(path).stem + ".docx")
        if not converted.exists():
            raise InputError("read", "LibreOffice produced no .docx for this .doc file (corrupt?)")
        raw = read_docx(str(converted))
    return RawText(path=path, text=raw.text, encoding="doc (LibreOffice)")

"""Ingest: turn an input file (.txt, .md, .pdf, .docx, .doc/.odt/.rtf, .html, page images) into text, or raise
`InputError`.

Every limit holds while reading, whatever the file claims to be: only regular files are opened
(a pipe or a device named `x.txt` is refused by type), at most `max_bytes` are read, and a DOCX or ODT may
not unpack to more than `max_unzipped_bytes`."""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import stat
import unicodedata
from collections import Counter
from pathlib import Path

import regex

from .discover import special_kind
from .records import RawText, RunOptions

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}  # scanned pages, read by OCR (pipeline/pdf.py)
OFFICE_SUFFIXES = {".doc", ".odt", ".rtf"}  # converted to .docx by LibreOffice (pipeline/readers_office.py)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}  # saved web pages (pipeline/readers_html.py)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"} | OFFICE_SUFFIXES | HTML_SUFFIXES | IMAGE_SUFFIXES


class InputError(Exception):
    """A file that cannot be read; `stage` says which step failed."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.message = message


def read(path: str | os.PathLike, options: RunOptions | None = None) -> RawText:
    path = os.fspath(path)
    options = options or RunOptions()
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError("read", f"unknown format '{suffix or '(no extension)'}': supported are "
                                 + ", ".join(sorted(SUPPORTED_SUFFIXES)))
    data = read_bytes(path, options.max_bytes)
    if not data or data.isspace():
        raise InputError("read", "empty file: no text to extract")
    if suffix in TEXT_SUFFIXES:
        raw = read_text_bytes(path, data)
    elif suffix == ".pdf" or suffix in IMAGE_SUFFIXES:
        from . import pdf
        raw = (pdf.read_pdf if suffix == ".pdf" else pdf.read_image)(path, data, options)
    elif suffix == ".docx":
        raw = read_docx(path, data, options)
    elif suffix in HTML_SUFFIXES:
        from .readers_html import read_html
        raw = read_html(path, data)
    else:
        from .readers_office import read_office
        raw = read_office(path, data, options)
    raw.sha256 = hashlib.sha256(data).hexdigest()
    return raw


def read_bytes(path: str, limit: int | None) -> bytes:
    """The file's bytes, refusing what is not a regular file before reading anything and stopping
    as soon as more than `limit` bytes came (a file that grows, or lies about its size)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: opening a FIFO must not wait for a writer
    except IsADirectoryError:
        raise InputError("read", "is a directory, not a file") from None
    except PermissionError:
        raise InputError("read", "permission denied: the file cannot be opened for reading") from None
    except OSError as exc:
        raise InputError("read", f"cannot open the file: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("read", "is a directory, not a file")
        kind = special_kind(st.st_mode)
        if kind:
            raise InputError("read", f"{kind}, not a regular file: not read")
        if limit is not None and st.st_size > limit:
            raise InputError("read", _too_large(st.st_size, limit))
        parts: list[bytes] = []
        total = 0
        want = st.st_size + 1 if st.st_size else 1 << 16  # one read, no copy, for an honest file
        while True:
            if limit is not None:
                want = min(want, limit + 1 - total)
            try:
                chunk = os.read(fd, want)
            except OSError as exc:
                raise InputError("read", f"cannot read the file: {exc.strerror or exc}") from None
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if limit is not None and total > limit:
                raise InputError("read", _too_large(total, limit, growing=True))
            want = 1 << 20
        return parts[0] if len(parts) == 1 else b"".join(parts)
    finally:
        os.close(fd)


def _too_large(size: int, limit: int, growing: bool = False) -> str:
    what = f"more than {_amount(limit)} came out of it" if growing else f"file is {_amount(size)}"
    return f"{what}, over the --max-bytes limit of {_amount(limit)}; raise the limit to process it"


def _amount(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


# --------------------------------------------------------------------------- plain text

# Letters only Unicode Vietnamese has: legacy font text is written with Latin-1 look-alikes.
_VIET_LETTERS = regex.compile(r"[ăđơưĂĐƠƯ\u1EA0-\u1EF9]")
# Byte sequences typical of the legacy font encodings once decoded as Latin-1 / UTF-8.
_LEGACY_HINT = regex.compile(r"[¸µ¶·¹¨©ª«¬®¯°±²³´½¾ÆÇÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßåæçèéêëìíîïðñòóôõöøùúûüýþÿ]|[aeoiuy][øùúûõïò]")
# What str.isprintable() refuses although the rule below allows it: the layout controls \n \r \t \f
# and the separators other than the space (Z*: no-break spaces, line and paragraph separators; all
# of them lie below U+3001).
_ALLOWED_UNPRINTABLE = "\n\r\t\f" + "".join(
    chr(cp) for cp in range(0x3001) if unicodedata.category(chr(cp))[0] == "Z" and cp != 0x20)


def _looks_like_text(text: str) -> bool:
    """Binary junk decodes to many control and symbol characters; text does not: under 2 % of the
    first 20,000 characters may be control, format, unassigned or replacement characters."""
    if not text:
        return False
    sample = text[:20000]
    if "\ufffd" not in sample:
        if sample.replace("\n", "").isprintable():
            return True  # most texts: no layout character but `\n` (one scan, not one per allowed character)
        printable = sample
        for allowed in _ALLOWED_UNPRINTABLE:  # each test and removal runs in C
            if allowed in printable:
                printable = printable.replace(allowed, "")
        if printable.isprintable():
            return True  # the usual case: not one such character
    counts = Counter(sample)  # counted in C; the categories are looked up once per distinct character
    bad = sum(n for ch, n in counts.items()
              if ch == "\ufffd" or (ch not in "\n\r\t\f" and unicodedata.category(ch)[0] == "C"))
    return bad / len(sample) < 0.02


def _at_least(pattern, text: str, n: int) -> bool:
    """Whether `pattern` occurs `n` times in `text`: stops at the n-th match (a Unicode text has
    thousands of Vietnamese letters in its first 20,000 characters; listing them all cost more than
    reading the file)."""
    return any(i == n - 1 for i, _ in enumerate(pattern.finditer(text)))


def _convert_legacy(text: str) -> tuple[str, str | None]:
    """TCVN3 (.VnTime) or VNI font text → Unicode, when the content clearly is one of them."""
    sample = text[:20000]
    if _at_least(_VIET_LETTERS, sample, 21) or not _at_least(_LEGACY_HINT, sample, 5):
        return text, None
    from viparse.normalize.detector import detect_encoding_by_content
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS, CHARMAPS
    from viparse.normalize.tables import convert

    verdict = detect_encoding_by_content(sample, AUTO_DETECT_CHARMAPS)
    if verdict.encoding in ("tcvn3", "vni"):
        return convert(text, CHARMAPS[verdict.encoding]), verdict.encoding
    return text, None


def _single_byte(data: bytes) -> tuple[str, str]:
    """Single-byte text: Windows-1258, or a legacy font encoding saved as ANSI. Keep the reading
    that looks most like Vietnamese."""
    from viparse.normalize.frequency import vietnamese_score

    candidates = [(unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "cp1258")]
    converted, legacy = _convert_legacy(data.decode("cp1252", errors="replace"))
    if legacy:
        candidates.append((converted, legacy))
    return max(candidates, key=lambda c: vietnamese_score(c[0][:20000]))


def _mixed_lines(data: bytes) -> tuple[str, str, str] | None:
    """A file whose lines are partly UTF-8 and partly single-byte (a Windows-1258 file someone
    appended UTF-8 text to): each line decoded in its own encoding, and a warning. None when the
    UTF-8 lines hold no Vietnamese letter, i.e. the file is single-byte throughout."""
    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = []
    vietnamese = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            continue
        decoded.append(text)
        if not text.isascii():
            vietnamese += len(_VIET_LETTERS.findall(text))
    if vietnamese < 5:  # a stray valid pair of bytes in single-byte text is not UTF-8 text
        return None
    other = [line for line, text in zip(lines, decoded) if text is None]
    _, encoding = _single_byte(b"".join(other))
    for i, (line, text) in enumerate(zip(lines, decoded)):
        if text is None:
            decoded[i] = _single_byte_as(line, encoding)
    warning = (f"mixed encodings: {len(other)} of {len(lines)} lines are not UTF-8 and were read as "
               f"{encoding}; check them")
    return "".join(decoded), f"utf-8 + {encoding}", warning


def _single_byte_as(data: bytes, encoding: str) -> str:
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    from viparse.normalize.encodings import CHARMAPS
    from viparse.normalize.tables import convert

    return convert(data.decode("cp1252", errors="replace"), CHARMAPS[encoding])


def read_text_bytes(path: str, data: bytes) -> RawText:
    encoding = None
    text = None
    warnings: list[str] = []
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
            mixed = _mixed_lines(data)
            if mixed:
                text, encoding, warning = mixed
                warnings.append(warning)
            else:
                text, encoding = _single_byte(data)
    if not _looks_like_text(text):
        raise InputError("read", f"binary or garbled content: does not decode as text ({encoding})")
    converted, legacy = _convert_legacy(text)
    if legacy:
        text, encoding = converted, f"{legacy} (from {encoding})"
    return RawText(path=path, text=text, encoding=encoding, warnings=warnings)


# --------------------------------------------------------------------------- DOCX and ODT packages

# A DOCX whose parts unpack more than this many times their packed size, past this size, is a zip
# bomb: Word's XML packs 5-20 times, its images not at all.
_BOMB_RATIO = 200
_BOMB_MIN_SIZE = 4_000_000


def check_package(data: bytes, limit: int | None, kind: str = "DOCX") -> None:
    """Refuse a zip bomb before python-docx unpacks every part into memory at once: first by the
    sizes the zip declares, then by unpacking each part in 1 MB steps. zipfile stops a part at its
    declared size and fails its CRC check if the stream holds more, so a part whose header lies is
    caught having unpacked no more than it declared."""
    import zipfile

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        parts = package.infolist()
        total = sum(p.file_size for p in parts)
        if limit is not None and total > limit:
            raise InputError("read", f"{kind} unpacks to {total / 1e6:,.0f} MB, over the limit of {limit / 1e6:,.0f} MB "
                                     "(a zip bomb?): not read")
        for part in parts:
            if part.file_size > _BOMB_MIN_SIZE and part.file_size > _BOMB_RATIO * max(part.compress_size, 1):
                raise InputError("read", f"{kind} part {part.filename} unpacks "
                                         f"{part.file_size / max(part.compress_size, 1):,.0f} times its packed size "
                                         "(a zip bomb?): not read")
            with package.open(part) as member:
                while member.read(1 << 20):
                    pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError) as exc:
        raise InputError("read", f"corrupt {kind} ({type(exc).__name__}): {exc}") from None


def read_docx(path: str, data: bytes, options: RunOptions | None = None) -> RawText:
    """A Word .docx (pipeline/readers_docx.py)."""
    from .readers_docx import read_docx as read_word

    return read_word(path, data, options)

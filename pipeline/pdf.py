"""PDF and page-image readers: a text layer where it is usable, OCR where it is not.

Each PDF page is judged on its own (pipeline/textlayer.py): a usable text layer is kept; a layer in a
legacy Vietnamese font map (TCVN3, VNI) is converted; a page without a layer, or whose layer is
garbage (an old OCR layer without diacritics, glyphs without a Unicode map), is rendered with pdfium
and read by Tesseract (pipeline/ocr.py) — unless `--ocr never`; `--ocr always` reads every page so.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import regex

from . import ocr
from .pdf_stamps import fill_blanks, stamped_chars
from .pdf_tables import Segment, join_split_rows, page_segments, render
from .readers import IMAGE_SUFFIXES, InputError, _convert_legacy
from .records import RawText, RunOptions
from .running_lines import strip_running_lines
from .textlayer import measure

_LAYOUT = {"x_tolerance": 1.5, "y_tolerance": 3}  # pdfplumber's word and line grouping
_CID = regex.compile(r"\(cid:\d+\)")


@dataclass(slots=True)
class _Page:
    text: str
    ocr: bool = False  # text read by OCR, or a garbage layer kept: OCR repairs apply to it
    table_lines: frozenset[int] = frozenset()  # the lines of the page's data tables (no running line is among them)


def _text_layer(path: str, data: bytes) -> tuple[list[str], list[frozenset[int]], list[str]]:
    import pdfplumber
    from pdfplumber.utils import chars_to_textmap
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    segments: list[list[Segment]] = []
    warnings = []
    try:
        with pdfplumber.open(path) as pdf:
            # Pages with annotations (the raw /Annots list costs nothing to look at) may carry a
            # signing system's stamps; other pages are read as they are.
            annotated = [i for i, page in enumerate(pdf.pages) if page.page_obj.annots]
            stamps = _stamps(data, annotated, [(p.height, p.initial_doctop) for p in pdf.pages], warnings)
            for index, page in enumerate(pdf.pages):
                filled = fill_blanks(page.chars, stamps[index]) if index in stamps else None
                if filled:
                    segments.append([Segment(text=chars_to_textmap(filled, **_LAYOUT).as_string or "")])
                else:
                    segments.append(page_segments(page, _LAYOUT))
    except PDFPasswordIncorrect:
        raise InputError("read", "encrypted PDF: a password is needed to read it") from None
    except PDFSyntaxError as exc:
        raise InputError("read", f"corrupt PDF: {exc}") from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        # pdfplumber wraps pdfminer's errors: look at the wrapped one too.
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        name = f"{type(exc).__name__} {type(inner).__name__}"
        if "Encrypt" in name or "Password" in name:
            raise InputError("read", "encrypted PDF: a password is needed to read it") from None
        raise InputError("read", f"corrupt PDF ({type(inner).__name__}): {inner}") from None
    join_split_rows(segments)
    pages, table_lines = [], []
    for parts in segments:
        text, lines = render(parts)
        pages.append(text)
        table_lines.append(lines)
    if _CID.search("\n".join(pages)):
        # Fonts without a Unicode map: pdfplumber gives (cid:N); pdfium reads them.
        pages = _read_pdf_pdfium(path)
        table_lines = [frozenset()] * len(pages)
        warnings.append("pdfplumber returned (cid:N) glyphs; text taken from pdfium")
    return pages, table_lines, warnings


def _stamps(data: bytes, annotated: list[int], geometry: list[tuple[float, float]],
            warnings: list[str]) -> dict[int, list[list[dict]]]:
    """The signing stamps of the annotated pages; none, and a warning, when pdfium cannot flatten them
    (the page content is read all the same)."""
    if not annotated:
        return {}
    try:
        return stamped_chars(data, annotated, geometry)
    except Exception as exc:  # pdfium raises its own kinds on damaged annotations
        warnings.append(f"text stamped in annotations not read ({type(exc).__name__}: {exc})")
        return {}


def _read_pdf_pdfium(path: str) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf))]
    finally:
        pdf.close()


def _judge(text: str) -> tuple[str, str | None]:
    """(text to keep, verdict): verdict None for a usable layer, 'tcvn3'/'vni' when converted from a
    legacy font map, 'garbage' when the layer is unusable, 'empty' when there is none."""
    if len(regex.findall(r"\w", text)) < 20:
        return text, "empty"
    if measure(text).usable:
        return text, None
    converted, legacy = _convert_legacy(text)
    if legacy and measure(converted).usable:
        return converted, legacy
    return text, "garbage"


def read_pdf(path: str, data: bytes, options: RunOptions | None = None) -> RawText:
    options = options or RunOptions()
    if not data.lstrip()[:5] == b"%PDF-":
        kind = "an executable" if data[:2] == b"MZ" or data[:4] == b"\x7fELF" else "not a PDF"
        raise InputError("read", f"{kind}: the file does not start with a PDF signature")
    layers, table_lines, warnings = _text_layer(path, data)
    pages: list[_Page] = []
    to_ocr: list[int] = []
    legacy_maps: set[str] = set()
    for index, layer in enumerate(layers):
        text, verdict = _judge(layer)
        if verdict in ("tcvn3", "vni"):
            legacy_maps.add(verdict)
        # (a legacy font's conversion keeps the lines; the table's lines are known as long as it does)
        tables = table_lines[index] if text.count("\n") == layer.count("\n") else frozenset()
        pages.append(_Page(text, ocr=verdict == "garbage", table_lines=tables))
        if options.ocr == "always" or (options.ocr == "auto" and verdict in ("empty", "garbage")):
            to_ocr.append(index)
    blank = _blank_pages(data, to_ocr)
    to_ocr = [i for i in to_ocr if i not in blank]
    confidence = None
    if to_ocr:
        try:
            read = _ocr_pdf_pages(path, data, to_ocr)
        except ocr.OcrError as exc:
            if all(pages[i].text.strip() == "" for i in range(len(pages))):
                raise InputError("ocr", f"no text layer in {len(pages)} page(s), and {exc}") from None
            warnings.append(f"pages {_page_list(to_ocr)} kept their text layer: {exc}")
            read = {}
        for index, page in read.items():
            pages[index] = _Page(page.text, ocr=True)
        confidence = ocr.mean_confidence(read.values())
        to_ocr = sorted(read)
    texts = strip_running_lines([p.text for p in pages], [p.table_lines for p in pages])
    text, spans = _join_pages(texts, [p.ocr for p in pages])
    if len(regex.findall(r"\w", text)) < 20:
        if options.ocr == "never":
            hint = "a scanned PDF; run with --ocr auto to read it"
        elif to_ocr:
            hint = "a scanned PDF, and OCR found no text either"
        else:
            hint = "the pages are blank"
        raise InputError("read", f"no text layer in {len(pages)} page(s): {hint}")
    encoding = "pdf" + "".join(f"+{m}" for m in sorted(legacy_maps)) + ("+ocr" if to_ocr else "")
    return RawText(path=path, text=text, encoding=encoding, warnings=warnings,
                   ocr_pages=[i + 1 for i in to_ocr], ocr_confidence=confidence, ocr_spans=spans)


def _blank_pages(data: bytes, indexes: list[int]) -> set[int]:
    """Pages with nothing drawn on them (no image, path or text object): nothing to OCR."""
    if not indexes:
        return set()
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(data)
    blank = set()
    try:
        for index in indexes:
            page = pdf[index]  # kept alive while its raw handle is used
            if pdfium_c.FPDFPage_CountObjects(page.raw) == 0:
                blank.add(index)
            page.close()
        return blank
    finally:
        pdf.close()


def _join_pages(texts: list[str], from_ocr: list[bool]) -> tuple[str, list[tuple[int, int]]]:
    """Pages joined by a blank line; the spans of OCR'd text in the joined text."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for index, page in enumerate(texts):
        page = page.strip("\n")
        if index:
            pieces.append("\n\n")
            at += 2
        if from_ocr[index] and page:
            if spans and spans[-1][1] == at - 2:  # consecutive OCR'd pages: one span
                spans[-1] = (spans[-1][0], at + len(page))
            else:
                spans.append((at, at + len(page)))
        pieces.append(page)
        at += len(page)
    return "".join(pieces), spans


def _page_list(indexes: list[int]) -> str:
    return ", ".join(str(i + 1) for i in indexes)


def _ocr_pdf_pages(path: str, data: bytes, indexes: list[int]) -> dict[int, ocr.OcrPage]:
    import pypdfium2 as pdfium

    ocr.tesseract_version()  # fails early, with the package to install, before rendering anything
    pdf = pdfium.PdfDocument(data)
    try:
        def page(index: int) -> tuple[int, int, Callable[[], object]]:
            dpi = _render_dpi(pdf[index])
            return index, dpi, lambda: pdf[index].render(scale=dpi / 72, grayscale=True).to_pil()

        return ocr.recognise_pages(path, ocr.content_hash(data), [page(i) for i in indexes])
    finally:
        pdf.close()


def _render_dpi(page) -> int:
    """A scanned page is rendered at its image's own resolution (upsampling a 200 dpi scan to 300
    magnifies its noise and costs recognition: measured in bench/ocr.py), within 200-300 dpi; a page
    of vector glyphs at 300 dpi."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    best = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) < 0.5 * width * height:
            continue  # a logo or a stamp, not the scanned sheet
        pixels = max(image.get_px_size())
        best = max(best, pixels / (max(right - left, top - bottom) / 72))
    return int(min(max(best, 200), ocr.PDF_DPI)) if best else ocr.PDF_DPI


# --------------------------------------------------------------------------- page images

def read_image(path: str, data: bytes, options: RunOptions | None = None) -> RawText:
    """A scanned page (.png, .jpg, .tif; every page of a multi-page TIFF) read by OCR."""
    options = options or RunOptions()
    if options.ocr == "never":
        raise InputError("read", "a page image has no text without OCR: run with --ocr auto")
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError("read", f"not a readable image ({type(exc).__name__}): {exc}") from None
    dpi = _image_dpi(image)
    try:
        read = ocr.recognise_pages(path, ocr.content_hash(data),
                                   [(i, dpi, (lambda f=f: f)) for i, f in enumerate(frames)])
    except ocr.OcrError as exc:
        raise InputError("ocr", str(exc)) from None
    texts = strip_running_lines([read[i].text for i in range(len(frames))])
    text, spans = _join_pages(texts, [True] * len(frames))
    if len(regex.findall(r"\w", text)) < 20:
        raise InputError("ocr", f"OCR found no text in {len(frames)} page image(s)")
    return RawText(path=path, text=text, encoding="image+ocr", ocr_pages=list(range(1, len(frames) + 1)),
                   ocr_confidence=ocr.mean_confidence(read.values()), ocr_spans=spans)


def _image_dpi(image) -> int:
    """The resolution an image file declares; 0 (Tesseract estimates it) when absent or implausible."""
    dpi = image.info.get("dpi", (0, 0))[0]
    return int(round(float(dpi))) if dpi and float(dpi) >= 70 else 0


# --------------------------------------------------------------------------- runner hook

def ocr_seconds(path: str | os.PathLike, options: RunOptions | None = None) -> float:
    """Extra seconds the per-file time limit needs for the pages of this file that will be OCR'd
    (page count without rendering; pages already in the OCR cache cost nothing)."""
    options = options or RunOptions()
    path = str(path)
    suffix = os.path.splitext(path)[1].lower()
    if options.ocr == "never" or suffix not in IMAGE_SUFFIXES | {".pdf"}:
        return 0.0
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        digest = ocr.content_hash(data)
        if suffix == ".pdf":
            pages = _pages_to_ocr(data, options)
        else:
            from PIL import Image

            image = Image.open(path)
            pages = [(i, _image_dpi(image)) for i in range(getattr(image, "n_frames", 1))]
        uncached = [i for i, dpi in pages if not ocr.cache_path(digest, i, dpi).exists()]
    except Exception:  # an unreadable file fails fast in the reader: no allowance needed
        return 0.0
    return ocr.SECONDS_PER_PAGE * len(uncached)


def _pages_to_ocr(data: bytes, options: RunOptions) -> list[tuple[int, int]]:
    """(page index, resolution it will be read at) of the pages OCR will read."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        # pdfium's text is enough to tell an empty or garbage layer (pdfplumber is slower).
        candidates = [i for i in range(len(pdf)) if options.ocr == "always"
                      or _judge(pdf[i].get_textpage().get_text_range())[1] in ("empty", "garbage")]
        blank = _blank_pages(data, candidates)
        return [(i, _render_dpi(pdf[i])) for i in candidates if i not in blank]
    finally:
        pdf.close()

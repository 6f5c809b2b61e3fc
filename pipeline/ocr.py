"""OCR of page images with Tesseract and its Vietnamese model, cached by content.

Tesseract runs as a command (`tesseract`, Debian packages `tesseract-ocr` and `tesseract-ocr-vie`),
one page per call, limited to one thread because it runs inside a per-file worker. Its TSV output
gives the words with their confidences, so one call yields both the text and the page's confidence.

Pages are recognised with automatic page segmentation; a page that comes back with a low confidence
is checked with Tesseract's orientation detection (OSD) and recognised again upright, so a page
scanned sideways or upside down still reads. Slight skew is left to Tesseract, which handles it.

Results are cached on disk (`VNPLAN_OCR_CACHE`, else `$XDG_CACHE_HOME/vnplan/ocr`, else
`~/.cache/vnplan/ocr`), keyed by the file's content hash, the page and everything that changes the
result (resolution, language, segmentation mode, Tesseract's version), so a re-run OCRs nothing.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageFilter

PACKAGES = "tesseract-ocr tesseract-ocr-vie"
LANGUAGE = "vie"
PDF_DPI = 300  # for pages of vector glyphs; scans are read at their own resolution (pdf._render_dpi)
PAGE_SEGMENTATION = 3  # fully automatic, no OSD: OSD runs only when a page reads badly
DESPECKLE = False  # a 3x3 median first: measured no better at native resolution, 50 % slower (bench/ocr.py)
LOW_CONFIDENCE = 60.0  # mean word confidence under which the orientation is checked
SECONDS_PER_PAGE = 6.0  # per-file time allowance for one page (a 300 dpi page takes 1-2 s on one core)
UNEVEN_LIGHT = 20  # grey levels between the page's darker and brighter paper (5th and 95th percentile) over which its
# light is evened out before OCR: a scan's paper varies by 0-2, a phone photo's by 40 and more
_CACHE_VERSION = 4  # bump when what a page yields changes (recognition steps, text assembly)


class OcrError(Exception):
    """OCR could not run (Tesseract or its Vietnamese model missing, Tesseract failed)."""


@dataclass(frozen=True, slots=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence, 0-100 (0 when no word was found)
    n_words: int


# --------------------------------------------------------------------------- progress hook

def _no_progress(path: str, done: int, total: int) -> None:
    return None


# The runner may set this in a worker to show page progress: called after each page recognised.
page_listener: Callable[[str, int, int], None] = _no_progress


def set_page_listener(listener: Callable[[str, int, int], None] | None) -> None:
    global page_listener
    page_listener = listener or _no_progress


# --------------------------------------------------------------------------- Tesseract

@lru_cache(maxsize=1)
def tesseract_version() -> str:
    """Tesseract's version; raises OcrError naming the Debian packages when it cannot run."""
    binary = shutil.which("tesseract")
    if binary is None:
        raise OcrError(f"OCR needs Tesseract, which is not installed: apt-get install {PACKAGES}")
    try:
        out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
        version = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrError(f"Tesseract does not run ({exc}): reinstall it with apt-get install {PACKAGES}") from None
    if LANGUAGE not in out.stdout.split():
        raise OcrError("Tesseract's Vietnamese model is not installed: apt-get install tesseract-ocr-vie")
    first = (version.stdout or version.stderr).strip().splitlines()
    return first[0] if first else "tesseract"


def _run_tesseract(image: bytes, dpi: int, segmentation: int, config: str) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    command = ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", str(segmentation)]
    if dpi:
        command += ["--dpi", str(dpi)]
    try:
        done = subprocess.run(command + [config], input=image, capture_output=True, timeout=300, env=env)
    except subprocess.TimeoutExpired:
        raise OcrError("Tesseract took more than 300 s on one page") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def _page_from_tsv(tsv: str) -> OcrPage:
    """Words → lines (one per Tesseract line), paragraphs separated by a blank line."""
    paragraphs: dict[tuple[str, str], dict[str, list[str]]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        if not word:
            continue
        lines = paragraphs.setdefault((cols[2], cols[3]), {})
        lines.setdefault(cols[4], []).append(word)
        confidence = float(cols[10])
        if confidence >= 0:
            confidences.append(confidence)
    text = "\n\n".join("\n".join(" ".join(words) for words in lines.values()) for lines in paragraphs.values())
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage(text=text, confidence=round(mean, 1), n_words=len(confidences))


def _orientation(image: bytes, dpi: int) -> int:
    """Degrees to turn the image clockwise to set it upright (Tesseract OSD's `Rotate:`), 0 if unsure."""
    try:
        out = _run_tesseract(image, dpi, 0, "")
    except OcrError:  # OSD fails on pages with too little text: keep the page as it is
        return 0
    for line in out.splitlines():
        if line.startswith("Rotate:"):
            return int(line.split(":")[1])
    return 0


def recognise(image, dpi: int = 0, despeckle: bool | None = None) -> OcrPage:
    """OCR of one PIL image (any mode); `dpi` 0 lets Tesseract estimate the resolution."""
    tesseract_version()
    gray = _even_light(image.convert("L"))
    if DESPECKLE if despeckle is None else despeckle:
        gray = gray.filter(ImageFilter.MedianFilter(3))
    page = _page_from_tsv(_run_tesseract(_pnm(gray), dpi, PAGE_SEGMENTATION, "tsv"))
    if page.confidence < LOW_CONFIDENCE:
        rotate = _orientation(_pnm(gray), dpi)
        if rotate:
            turned = _page_from_tsv(_run_tesseract(_pnm(gray.rotate(-rotate, expand=True)), dpi,
                                                   PAGE_SEGMENTATION, "tsv"))
            if turned.confidence > page.confidence:
                page = turned
    return page


def _page_light(gray):
    """The light falling on the page, at an eighth of its size: the ink taken out (the brightest pixel around each),
    then smoothed."""
    small = gray.resize((max(1, gray.width // 8), max(1, gray.height // 8)), Image.BILINEAR)
    return small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4))


def _even_light(gray):
    """A page photographed under uneven light (a phone over a desk: one side or the foot of the page darker) divided by
    its light, so the paper is white everywhere; Tesseract reads such a page's dim part as nothing (a signature page:
    0 of 74 words). A scanner's evenly lit page is returned as it is."""
    light = _page_light(gray)
    counts = light.histogram()
    total, seen, low, high = sum(counts), 0, None, 0
    for value, count in enumerate(counts):
        seen += count
        if low is None and seen >= total * 0.05:
            low = value
        if seen >= total * 0.95:
            high = value
            break
    if low is None or high - low < UNEVEN_LIGHT:
        return gray
    import numpy  # (only for such pages: a worker that reads none never loads it)
    ink = numpy.asarray(gray, dtype=numpy.float32)
    paper = numpy.asarray(light.resize(gray.size, Image.BILINEAR), dtype=numpy.float32)
    return Image.fromarray(numpy.clip(ink * 255.0 / numpy.maximum(paper, 1.0), 0, 255).astype(numpy.uint8))


def _pnm(image) -> bytes:
    # Uncompressed: encoding a 300 dpi page as PNG costs more than Tesseract reading raw bytes.
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")
    return buffer.getvalue()


# --------------------------------------------------------------------------- cache

def cache_dir() -> Path:
    if os.environ.get("VNPLAN_OCR_CACHE"):
        return Path(os.environ["VNPLAN_OCR_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vnplan" / "ocr"


def cache_path(content_hash: str, page: int, dpi: int) -> Path:
    settings = (f"{_CACHE_VERSION}|{tesseract_version()}|{LANGUAGE}|psm{PAGE_SEGMENTATION}|{dpi}dpi|"
                f"median{int(DESPECKLE)}|{page}")
    key = hashlib.sha256(f"{content_hash}|{settings}".encode()).hexdigest()
    return cache_dir() / key[:2] / f"{key}.json"


def _cached(path: Path) -> OcrPage | None:
    try:
        return OcrPage(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _store(path: Path, page: OcrPage) -> None:
    """Written whole or not at all; a cache that cannot be written only costs a later re-run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         suffix=".tmp") as handle:
            json.dump(asdict(page), handle, ensure_ascii=False)
        os.replace(handle.name, path)
    except OSError:
        pass


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recognise_pages(path: str, data_hash: str, pages: list[tuple[int, int, Callable[[], object]]]
                    ) -> dict[int, OcrPage]:
    """OCR of the given pages — (0-based index, resolution of the image or 0 when unknown, a function
    rendering the page as a PIL image) — each taken from the cache when it is there. Reports each
    page to `page_listener`."""
    results: dict[int, OcrPage] = {}
    for done, (index, dpi, render) in enumerate(pages, start=1):
        where = cache_path(data_hash, index, dpi)
        page = _cached(where)
        if page is None:
            page = recognise(render(), dpi)
            _store(where, page)
        results[index] = page
        page_listener(path, done, len(pages))
    return results


def mean_confidence(pages: Iterable[OcrPage]) -> float | None:
    """Mean word confidence over pages, each page weighted by its words."""
    pages = [p for p in pages if p.n_words]
    words = sum(p.n_words for p in pages)
    return round(sum(p.confidence * p.n_words for p in pages) / words, 1) if words else None


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] → "1-3,5" (the documents table's `ocr_pages`)."""
    ranges: list[list[int]] = []
    for page in sorted(pages):
        if ranges and page == ranges[-1][1] + 1:
            ranges[-1][1] = page
        else:
            ranges.append([page, page])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)

"""Scanned renders of the shared corpus, made by real tools: each text → PDF by LibreOffice (a serif
font, as offices print) → every page rasterized by pdfium at 200 dpi, turned by 0.5-1.5° and given
speckle noise, as a sheet fed through an office scanner → an image-only PDF with the text's stem (so
doc_ids match ../shared/gold), and one PNG per page. Slow (LibreOffice, rendering), so built once into
a folder keyed by the corpus and this file, and reused by later sessions.
"""
from __future__ import annotations

import hashlib
import html
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

SCAN_DPI = 200


def _key(texts: list[Path]) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in texts:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _office_pdfs(texts: list[Path], work: Path) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("LibreOffice (soffice) is needed to print the corpus: `make system-deps` installs it")
    sources = []
    for path in texts:
        body = "".join(f"<p>{html.escape(line) or '&nbsp;'}</p>\n"
                       for line in path.read_text(encoding="utf-8").split("\n"))
        source = work / f"{path.stem}.html"
        source.write_text("<html><head><meta charset='utf-8'><style>p{font-family:'Liberation Serif';"
                          f"font-size:13pt;margin:0}}</style></head><body>{body}</body></html>", encoding="utf-8")
        sources.append(str(source))
    home = work / "home"
    home.mkdir(exist_ok=True)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work), *sources],
                   check=True, capture_output=True, timeout=600, env=dict(os.environ, HOME=str(home)))
    return [work / f"{path.stem}.pdf" for path in texts]


def _scan(page_image, rng: random.Random):
    """A printed page as a scanner returns it: slightly turned, speckled, grey."""
    import numpy as np
    from PIL import Image

    angle = rng.uniform(0.5, 1.5) * rng.choice((-1, 1))
    turned = page_image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    pixels = np.asarray(turned, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 12, pixels.shape)
    speckles = np.random.default_rng(rng.randrange(2**32)).random(pixels.shape)
    pixels = np.clip(pixels + noise, 0, 255)
    pixels[speckles < 0.002] = 0  # dust
    pixels[speckles > 0.998] = 255  # dropouts in the strokes
    return Image.fromarray(pixels.astype(np.uint8), mode="L")


def build_scans(texts: list[Path], cache_root: Path | None = None) -> Path:
    """Folder with `<stem>.pdf` (image-only, one scanned image per page) and `png/<stem>_p<N>.png`."""
    import pypdfium2 as pdfium

    root = cache_root or Path(tempfile.gettempdir())
    dest = root / f"vnplan-scans-{_key(texts)}"
    if (dest / "done").exists():
        return dest
    work = Path(tempfile.mkdtemp(prefix="vnplan-scans-build-", dir=root))
    try:
        (work / "png").mkdir()
        for source in _office_pdfs(texts, work):
            rng = random.Random(source.stem)
            pdf = pdfium.PdfDocument(str(source))
            scans = [_scan(pdf[i].render(scale=SCAN_DPI / 72).to_pil(), rng) for i in range(len(pdf))]
            pdf.close()
            scans[0].save(work / "scans.tmp.pdf", save_all=True, append_images=scans[1:], resolution=SCAN_DPI)
            os.replace(work / "scans.tmp.pdf", work / f"{source.stem}.scan")
            for number, scan in enumerate(scans, start=1):
                scan.save(work / "png" / f"{source.stem}_p{number}.png", dpi=(SCAN_DPI, SCAN_DPI))
            source.unlink()
        for made in work.glob("*.scan"):
            made.rename(made.with_suffix(".pdf"))
        for leftover in [*work.glob("*.html"), work / "home"]:
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        (work / "done").write_text("ok")
        try:
            work.rename(dest)
        except OSError:  # built meanwhile by another session
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return dest

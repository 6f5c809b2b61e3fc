"""OCR: seconds per page on one core and word accuracy, by resolution and despeckling, on the
scanned renders of the corpus (tests/scans.py: LibreOffice print → 200 dpi scan, turned, speckled);
then a folder of scans extracted twice, counting Tesseract calls: the second, unchanged run must make
none (the content-hash cache).

    python bench/ocr.py [--pages N]
"""
from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SHARED

sys.path.insert(0, str(ROOT / "tests"))


def word_accuracy(truth: list[str], words: list[str]) -> float:
    """Share of OCR'd words that line up with the true text (difflib's longest matching blocks)."""
    matcher = difflib.SequenceMatcher(None, truth, words, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / max(1, len(words))


def per_page(scans: Path, texts: list[Path], limit: int) -> None:
    import pypdfium2 as pdfium
    from pipeline import ocr

    print("| variant | pages | s/page (1 core) | word accuracy | mean confidence |")
    print("| --- | --- | --- | --- | --- |")
    variants = [("200 dpi (native), median 3x3", 200, True), ("200 dpi (native), no median", 200, False),
                ("300 dpi (resampled), median 3x3", 300, True), ("300 dpi (resampled), no median", 300, False)]
    for name, dpi, despeckle in variants:
        seconds, confidence, pages, matched, words_read = 0.0, 0.0, 0, 0.0, 0
        for text in texts:
            truth = text.read_text(encoding="utf-8").replace("*", "").split()
            pdf = pdfium.PdfDocument(str(scans / f"{text.stem}.pdf"))
            words: list[str] = []
            for index in range(min(len(pdf), limit)):
                image = pdf[index].render(scale=dpi / 72, grayscale=True).to_pil()
                _children_cpu()
                start = time.process_time()
                page = ocr.recognise(image, dpi, despeckle=despeckle)
                seconds += time.process_time() - start + _children_cpu()
                words += page.text.replace("*", "").split()
                confidence += page.confidence
                pages += 1
            pdf.close()
            matched += word_accuracy(truth, words) * len(words)
            words_read += len(words)
        print(f"| {name} | {pages} | {seconds / pages:.2f} | {matched / words_read:.3f} | {confidence / pages:.1f} |")


_last_children = [0.0]


def _children_cpu() -> float:
    """CPU seconds of child processes (Tesseract) since the last call."""
    times = os.times()
    spent = times.children_user + times.children_system - _last_children[0]
    _last_children[0] = times.children_user + times.children_system
    return spent


def rerun(scans: Path) -> None:
    """Two runs of `vnplan extract` on a folder of scans with a fresh cache; Tesseract calls counted
    by a `tesseract` wrapper first on PATH."""
    with tempfile.TemporaryDirectory(prefix="vnplan-ocr-bench-") as tmp:
        tmp = Path(tmp)
        folder = tmp / "scans"
        folder.mkdir()
        for pdf in scans.glob("*.pdf"):
            (folder / pdf.name).symlink_to(pdf)
        wrapper = tmp / "bin" / "tesseract"
        wrapper.parent.mkdir()
        log = tmp / "calls.log"
        real = subprocess.run(["which", "tesseract"], capture_output=True, text=True).stdout.strip()
        wrapper.write_text(f"#!/bin/sh\necho \"$*\" >> {log}\nexec {real} \"$@\"\n")
        wrapper.chmod(0o755)
        env = dict(os.environ, PATH=f"{wrapper.parent}:{os.environ['PATH']}", VNPLAN_OCR_CACHE=str(tmp / "cache"))
        for attempt in ("first run", "no-change re-run", "re-run with --full (new output folder)"):
            out = tmp / ("out2" if "full" in attempt else "out")
            before = len(log.read_text().splitlines()) if log.exists() else 0
            start = time.perf_counter()
            command = [sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(out), "--no-progress",
                       "--format", "csv", "--timeout-per-file", "0", "--workers", "2"]
            subprocess.run(command + (["--full"] if "full" in attempt else []), check=True, capture_output=True,
                           env=env, cwd=ROOT)
            calls = len(log.read_text().splitlines()) - before if log.exists() else 0
            recognitions = sum(1 for line in (log.read_text().splitlines()[before:] if log.exists() else [])
                               if "tsv" in line)
            print(f"| {attempt} | {time.perf_counter() - start:.1f} s | {calls} | {recognitions} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=3, help="pages per document in the per-page table")
    args = parser.parse_args()
    from scans import build_scans

    texts = sorted((SHARED / "corpus").glob("*.txt"))
    scans = build_scans(texts)
    per_page(scans, texts, args.pages)
    print()
    print("| run over the 5 scanned corpus PDFs | wall | tesseract calls | page recognitions |")
    print("| --- | --- | --- | --- |")
    rerun(scans)


if __name__ == "__main__":
    main()

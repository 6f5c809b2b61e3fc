"""Reading time per file of each input format: corpus plans and devset documents opened in LibreOffice
Writer, saved as .odt and from it as .rtf, .html, .docx and .doc, each read by `pipeline.readers.read`
(LibreOffice's profile warm, as in a run's worker). Also .odt through LibreOffice (the fallback of the
in-process ODT reader) and whether it gives the same text, the DOCX reader on the devset's real DOCX
original, and LibreOffice's own HTML import, the road not taken for .html: its time, and whether a
portal page's frame reaches the text.

    python bench/readers_formats.py [--files N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CORPUS, ROOT, SHARED

sys.path.insert(0, str(ROOT))
FORMATS = ("txt", "docx", "odt", "rtf", "doc", "html")


def soffice(work: Path, *args: str) -> None:
    subprocess.run(["soffice", "--headless", *args, "--outdir", str(work)], check=True, capture_output=True,
                   timeout=300, env=dict(os.environ, HOME=str(work / "home")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5, help="devset texts besides the 5 corpus plans")
    n = parser.parse_args().files
    from pipeline.readers import read, read_docx
    from pipeline.records import RunOptions

    sources = sorted(CORPUS.glob("*.txt")) + sorted((SHARED / "devset" / "texts").glob("*.txt"))[:n]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        texts = []
        for source in sources:
            copy = work / source.name
            copy.write_bytes(source.read_bytes())
            texts.append(copy)
        soffice(work, "--convert-to", "odt", *map(str, texts))
        odts = [str(t.with_suffix(".odt")) for t in texts]
        for fmt in ("rtf", "html", "docx", "doc"):
            soffice(work, "--convert-to", fmt, *odts)
        options = RunOptions(scratch_dir=str(work / "scratch"), timeout=120)
        os.mkdir(options.scratch_dir)
        read(odts[0], options)  # LibreOffice's first start makes its profile
        print(f"{len(texts)} documents ({len(texts) - n} corpus, {n} devset), read by pipeline.readers.read:\n")
        print("| format | median ms/file | max ms/file | median chars |")
        print("| --- | --- | --- | --- |")
        for fmt in FORMATS:
            seconds, chars = [], []
            for text in texts:
                path = text.with_suffix(f".{fmt}")
                start = time.perf_counter()
                raw = read(path, options)
                seconds.append(time.perf_counter() - start)
                chars.append(len(raw.text))
            print(f"| .{fmt} | {1000 * statistics.median(seconds):.1f} | {1000 * max(seconds):.1f} | {statistics.median(chars):,.0f} |")
        odt_through_libreoffice(odts, options)
        docx_original()
        html_import(work, read_docx)


def odt_through_libreoffice(odts: list[str], options) -> None:
    """The road .odt took before it was read in-process, and still takes when that reader fails: LibreOffice
    converts it to .docx, the DOCX reader reads that. The same text?"""
    from pipeline.readers import read, read_docx
    from pipeline.readers_office import convert_with_libreoffice

    seconds, same = [], 0
    for odt in odts:
        data = Path(odt).read_bytes()
        start = time.perf_counter()
        text = read_docx(odt, convert_with_libreoffice(data, ".odt", "docx", options), options).text
        seconds.append(time.perf_counter() - start)
        same += text == read(odt, options).text
    print(f"| .odt through LibreOffice (the fallback) | {1000 * statistics.median(seconds):.1f} | "
          f"{1000 * max(seconds):.1f} | same text as in-process: {same} of {len(odts)} |")


def docx_original(repeats: int = 30) -> None:
    """The devset's DOCX original (a real plan typed in Word): the DOCX reader's time on it."""
    from pipeline.readers import read

    path = SHARED / "devset" / "files" / "fresh_file_05.docx"
    read(path)
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        read(path)
        seconds.append(time.perf_counter() - start)
    print(f"\nDevset DOCX original {path.name}: median {1000 * statistics.median(seconds):.1f} ms, "
          f"min {1000 * min(seconds):.1f} ms over {repeats} reads")


def html_import(work: Path, read_docx) -> None:
    """A portal page (tests/test_readers_formats.py) through LibreOffice's HTML import and through lxml."""
    sys.path.insert(0, str(ROOT))
    from pipeline.readers import read
    from tests.test_readers_formats import _portal_page

    page = work / "portal.html"
    page.write_text(_portal_page(), encoding="utf-8")
    out = work / "lo"
    out.mkdir()
    start = time.perf_counter()
    soffice(out, "--infilter=HTML (StarWriter)", "--convert-to", "docx", str(page))
    office_seconds = time.perf_counter() - start
    office_text = read_docx(str(page), (out / "portal.docx").read_bytes()).text
    start = time.perf_counter()
    lxml_text = read(page).text
    lxml_seconds = time.perf_counter() - start
    frame = ("Trang chủ", "Tìm kiếm", "Văn bản mới", "Bản quyền thuộc")
    print("\nA portal page (menu, breadcrumbs, search, sidebar, footer around the document):\n")
    print("| reader | ms/file | frame phrases in the text |")
    print("| --- | --- | --- |")
    for name, seconds, text in (("LibreOffice HTML import → DOCX reader", office_seconds, office_text),
                                ("lxml (pipeline/readers_html.py)", lxml_seconds, lxml_text)):
        kept = [p for p in frame if p in text]
        print(f"| {name} | {1000 * seconds:.1f} | {len(kept)} of {len(frame)}: {', '.join(kept) or '—'} |")


if __name__ == "__main__":
    main()

"""Adversarial files finish within the per-file limits, with a clear error or a result."""
from __future__ import annotations

import time

import pandas as pd

from pipeline.readers import InputError, read
from pipeline.records import RunOptions
from pipeline.runner import guarded_process

from .conftest import CORPUS, run_vnplan


def test_pdf_with_thousands_of_empty_pages(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "empty_pages.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(3000):
        pdf.showPage()
    pdf.save()
    start = time.perf_counter()
    result = guarded_process(str(path), RunOptions(timeout=60, max_bytes=None))
    assert time.perf_counter() - start < 60
    assert [e.stage for e in result.errors] in (["read"], ["timeout"])
    assert "no text layer" in result.errors[0].message or result.errors[0].stage == "timeout"


def test_deeply_nested_docx(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for depth in range(60):  # tables inside tables inside tables
        cell.paragraphs[0].text = f"Mục {depth}: Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;"
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    path = tmp_path / "nested.docx"
    document.save(path)
    result = guarded_process(str(path), RunOptions(timeout=30, max_bytes=None))
    assert not result.errors
    assert result.citations and result.citations[0].number_symbol == "04/2015/NĐ-CP"


def test_hundred_megabyte_single_line_is_refused_quickly(tmp_path):
    path = tmp_path / "one_line.txt"
    with open(path, "w", encoding="utf-8") as handle:
        chunk = "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; " * 1000
        while handle.tell() < 105_000_000:
            handle.write(chunk)
    start = time.perf_counter()
    proc = run_vnplan("extract", path, CORPUS / "001_e0aee330aa8355da.txt", "--out", tmp_path / "out", "--no-progress")
    assert time.perf_counter() - start < 60
    assert proc.returncode == 1
    errors = pd.read_csv(tmp_path / "out" / "errors.csv", encoding="utf-8-sig")
    assert list(errors["stage"]) == ["read"] and "--max-bytes" in errors["message"][0]
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig")) == 1


def test_backtracking_bait_finishes_or_times_out(tmp_path):
    path = tmp_path / "bait.txt"
    path.write_text("Số: " + "1" * 20000 + "/" * 20000 + "-" * 20000 + "\n" + ("9-/" * 30000) + "\n", encoding="utf-8")
    start = time.perf_counter()
    result = guarded_process(str(path), RunOptions(timeout=10, max_bytes=None))
    assert time.perf_counter() - start < 15
    assert not result.errors or result.errors[0].stage == "timeout"


def test_inputs_are_only_read(tmp_path):
    # A document naming paths must not make vnplan open or write them.
    target = tmp_path / "victim.txt"
    text = f"KẾ HOẠCH\nGửi kết quả về {target} và ../../etc/passwd trước ngày 20/11/2024.\n"
    src = tmp_path / "plan.txt"
    src.write_text(text, encoding="utf-8")
    before = src.stat().st_mtime_ns
    run_vnplan("extract", src, "--out", tmp_path / "out", "--no-progress", check=True)
    assert not target.exists()
    assert src.stat().st_mtime_ns == before
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"documents.csv", "vnplan.duckdb"}


def test_reader_rejects_a_zip_bomb_named_docx(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    try:
        read(path)
    except InputError as exc:
        assert "DOCX" in exc.message
    else:
        raise AssertionError("a broken package must be reported")


# --------------------------------------------------------------------------- limits held while reading

def _max_rss_of_reading(path, **limits) -> tuple[str, float]:
    """Read `path` in a fresh interpreter: the error message (or 'ok') and its peak RSS in MB."""
    import subprocess
    import sys

    script = ("import resource, sys\n"
              "from pipeline.readers import InputError, read\n"
              "from pipeline.records import RunOptions\n"
              f"options = RunOptions(**{limits!r})\n"
              "try:\n"
              f"    read({str(path)!r}, options); message = 'ok'\n"
              "except InputError as exc:\n"
              "    message = exc.message\n"
              # VmHWM is this interpreter's own peak; ru_maxrss also counts the memory of the process
              # it was started from (Linux keeps the old peak across exec), i.e. pytest's own size.
              "from pathlib import Path\n"
              "status = Path('/proc/self/status')\n"
              "peak = ([int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith('VmHWM:')]\n"
              "        if status.exists() else [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss])[0]\n"
              "print(message); print(peak / 1024)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    message, rss = proc.stdout.strip().rsplit("\n", 1)
    return message, float(rss)


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    from tests.hostile import zip_bomb_docx

    path = zip_bomb_docx(tmp_path / "bomb.docx", 400_000_000)
    assert path.stat().st_size < 3_000_000  # 400 MB of Word XML in a small package
    message, rss = _max_rss_of_reading(path)
    assert "zip bomb" in message and "unpacks to 401 MB" in message
    assert rss < 300
    # Under a raised limit the packing ratio still gives it away.
    message, rss = _max_rss_of_reading(path, max_unzipped_bytes=1_000_000_000)
    assert "times its packed size" in message and rss < 300


def test_a_docx_whose_zip_headers_lie_about_the_size_is_stopped_at_the_declared_size(tmp_path):
    from tests.hostile import lying_zip_docx

    path = lying_zip_docx(tmp_path / "liar.docx", unpacked_bytes=600_000_000, declared=40_000)
    message, rss = _max_rss_of_reading(path)
    assert "corrupt DOCX" in message and "CRC" in message
    assert rss < 300  # python-docx would have inflated 600 MB in one piece


def test_max_bytes_holds_while_reading_a_file_that_lies_about_its_size(tmp_path):
    # /proc files say they hold 0 bytes; the limit is counted on what comes out.
    link = tmp_path / "maps.txt"
    link.symlink_to("/proc/self/smaps")
    try:
        read(link, RunOptions(max_bytes=4096))
    except InputError as exc:
        assert "more than 4,096 bytes came out of it" in exc.message and "--max-bytes" in exc.message
    else:
        raise AssertionError("the limit was not enforced while reading")


def test_devices_and_pipes_named_txt_are_refused_without_reading(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "random.txt").symlink_to("/dev/urandom")
    for name, kind in (("pipe.txt", "named pipe"), ("zero.txt", "character device"), ("random.txt", "character device")):
        start = time.perf_counter()
        try:
            read(tmp_path / name, RunOptions(max_bytes=None))
        except InputError as exc:
            assert kind in exc.message
        else:
            raise AssertionError(f"{name} was read")
        assert time.perf_counter() - start < 5


def test_a_file_mixing_utf8_and_windows_1258_lines_is_decoded_line_by_line(tmp_path):
    from tests.hostile import mixed_encoding_text

    old = (CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8")[:3000]
    new = "Bổ sung: Thực hiện Công văn số 328/UBND-NV ngày 19 tháng 02 năm 2025 của Ủy ban nhân dân quận Tân Bình.\n"
    path = mixed_encoding_text(tmp_path / "mixed.txt", new, old)
    raw = read(path)
    assert raw.encoding == "utf-8 + cp1258"
    assert "mixed encodings" in raw.warnings[0]
    import unicodedata
    assert unicodedata.normalize("NFC", old).strip() in raw.text and new.strip() in raw.text
    # And through a run: the warning reaches the user, the citations come from both parts.
    result = guarded_process(str(path), RunOptions())
    assert not result.errors and "mixed encodings" in result.warnings[0]
    assert {"328/UBND-NV"} <= {c.number_symbol for c in result.citations}


def test_looks_like_text_decides_as_the_per_character_rule(tmp_path):
    import random
    import unicodedata

    from pipeline.readers import _looks_like_text

    def reference(text: str) -> bool:  # the rule as first written, one character at a time
        sample = text[:20000]
        bad = sum(1 for ch in sample if (unicodedata.category(ch)[0] == "C" and ch not in "\n\r\t\f")
                  or ch == "\ufffd")
        return bad / len(sample) < 0.02

    from .conftest import SHARED

    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*/*.txt"))] + \
            [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(7)
    for _ in range(300):  # junk decoded every way a reader decodes it, and text with junk mixed in
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        texts += [data.decode("cp1258", "replace"), data.decode("utf-8", "replace"),
                  data.decode("utf-16-le", "replace")]
        base = rng.choice(texts[:50] or ["x"])[:2000]
        texts.append(base + "".join(chr(rng.choice([0, 7, 0x200B, 0xA0, 0xFFFD, 0xE000, 0x2028])) for _ in range(rng.randrange(60))))
    decisions = [(_looks_like_text(t), reference(t)) for t in texts if t]
    assert all(a == b for a, b in decisions)
    assert {a for a, _ in decisions} == {True, False}

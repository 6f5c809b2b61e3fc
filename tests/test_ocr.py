"""Scanned plans: OCR of image-only PDFs and page images, text layers judged and repaired, the cache.

The scanned corpus (tests/scans.py) is built once and OCR'd once per session; its OCR cache lives in
the system temp folder, keyed by content and settings, so later sessions reuse it."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline import ocr
from pipeline.evaluate import evaluate
from pipeline.normalize import normalize
from pipeline.pdf import ocr_seconds
from pipeline.readers import InputError, read
from pipeline.records import RunOptions
from pipeline.textlayer import measure

from .conftest import GOLD, SHARED, run_vnplan
from .scans import build_scans

CORPUS_TEXTS = sorted((SHARED / "corpus").glob("*.txt"))
DEVSET = SHARED / "devset"
GARBAGE_LAYER_PDF = DEVSET / "files" / "fresh_file_09.pdf"  # its embedded layer: devset/texts/fresh_13.txt
LEGACY_MAP_PDF = DEVSET / "files" / "fresh_file_13.pdf"  # its layer as extracted: devset/texts/fresh_20.txt
SESSION_CACHE = Path(tempfile.gettempdir()) / "vnplan-ocr-cache-tests"


@pytest.fixture(scope="session")
def scans() -> Path:
    return build_scans(CORPUS_TEXTS)


@pytest.fixture(autouse=True)
def _ocr_cache(monkeypatch):
    monkeypatch.setenv("VNPLAN_OCR_CACHE", str(SESSION_CACHE))


def _extract(inputs: list[Path], out: Path, *extra: str):
    env = dict(os.environ, VNPLAN_OCR_CACHE=str(SESSION_CACHE))
    return run_vnplan("extract", *inputs, "--out", out, "--no-progress", "--format", "csv,parquet",
                      "--timeout-per-file", "0", *extra, check=True, env=env)


def _scores(gold: Path, out: Path) -> dict[str, float]:
    return evaluate(gold, out).scores()


@pytest.fixture(scope="session")
def scanned_corpus_out(scans, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scanned_out")
    _extract(sorted(scans.glob("*.pdf")), out, "--workers", "2")
    return out


def test_scanned_corpus_meets_the_floors(scanned_corpus_out):
    scores = _scores(GOLD, scanned_corpus_out)
    assert scores["citations.numbered.f1"] >= 0.95, scores
    assert scores["citations.cited_documents.f1"] >= 0.95, scores
    for field in ("issuer", "doc_number", "issued_date"):
        assert scores[f"documents.{field}"] >= 0.9, (field, scores)


def test_documents_table_says_which_pages_were_ocrd(scanned_corpus_out, scans):
    docs = pd.read_parquet(scanned_corpus_out / "documents.parquet")
    import pypdfium2 as pdfium

    for row in docs.itertuples():
        pdf = pdfium.PdfDocument(row.source_path)
        n_pages = len(pdf)
        pdf.close()
        assert row.encoding == "pdf+ocr"
        assert row.ocr_pages == ("1" if n_pages == 1 else f"1-{n_pages}")
        assert 80 <= row.ocr_confidence <= 100  # clean print, light noise: Tesseract is sure of most words


def test_page_images_png_and_multipage_tiff(scans, tmp_path):
    from PIL import Image

    pngs = sorted((scans / "png").glob("001_e0aee330aa8355da_p*.png"), key=lambda p: int(p.stem.rsplit("p", 1)[1]))
    first = read(pngs[0])
    assert first.encoding == "image+ocr" and first.ocr_pages == [1]
    assert "328/UBND-NV" in normalize(first.text, first.ocr_spans)
    frames = [Image.open(p) for p in pngs]
    tiff = tmp_path / "001_e0aee330aa8355da.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], compression="tiff_deflate", dpi=(200, 200))
    seen: list[tuple[int, int]] = []
    ocr.set_page_listener(lambda path, done, total: seen.append((done, total)))
    try:
        raw = read(tiff)
    finally:
        ocr.set_page_listener(None)
    assert raw.ocr_pages == list(range(1, len(pngs) + 1))
    assert seen == [(i, len(pngs)) for i in range(1, len(pngs) + 1)]
    text = normalize(raw.text, raw.ocr_spans)
    # The plan's last section and its signature are on the last page: every page was read, in order.
    assert text.index("Thực hiện Công văn số 328/UBND-NV") < text.index("Phạm Thị Trịnh")


def test_garbage_layer_is_reocrd_and_scores_better_than_it(tmp_path):
    layer = read(DEVSET / "texts" / "fresh_13.txt").text
    assert not measure(layer).usable  # no diacritics, stamp text interleaved
    raw = read(GARBAGE_LAYER_PDF)
    assert raw.ocr_pages == [1, 2, 3, 4, 5, 6] and raw.encoding == "pdf+ocr"
    assert measure(raw.text).usable
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "fresh_13.json").symlink_to(DEVSET / "gold" / "fresh_13.json")
    for name, source in (("ocr", GARBAGE_LAYER_PDF), ("layer", DEVSET / "texts" / "fresh_13.txt")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"fresh_13{source.suffix}").symlink_to(source)
        _extract([folder / f"fresh_13{source.suffix}"], tmp_path / f"out_{name}")  # named: the link is read
    ocrd, embedded = _scores(gold, tmp_path / "out_ocr"), _scores(gold, tmp_path / "out_layer")
    # The citation stage repairs much of the layer's damage itself, so the margin is what OCR adds on top.
    for score in ("citations.f1", "citations.numbered.f1", "citations.cited_documents.f1"):
        assert ocrd[score] > embedded[score], (score, ocrd, embedded)


def test_legacy_font_map_pdf_reads_as_vietnamese():
    assert not measure(read(DEVSET / "texts" / "fresh_20.txt").text).usable  # `CØNG HOÀ`, `tr°¡ng`
    raw = read(LEGACY_MAP_PDF)
    text = normalize(raw.text, raw.ocr_spans)
    assert measure(text).usable
    for words in ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "cai nghiện ma túy", "tỉnh Lâm Đồng",
                  "Nghị định số 116/2021/NĐ-CP", "Nghị định số 184/2025/NĐ-CP", "Chủ tịch UBND"):
        assert words in text, words


def test_ocr_never_keeps_scans_out_with_a_clear_message(scans, tmp_path):
    with pytest.raises(InputError, match="scanned PDF; run with --ocr auto"):
        read(scans / "004_755144333ea7a6dd.pdf", RunOptions(ocr="never"))
    with pytest.raises(InputError, match="--ocr auto"):
        read(scans / "png" / "004_755144333ea7a6dd_p1.png", RunOptions(ocr="never"))
    # A garbage layer is kept as it is under `never`, flagged as OCR text for the repairs.
    raw = read(GARBAGE_LAYER_PDF, RunOptions(ocr="never"))
    assert raw.ocr_pages == [] and raw.encoding == "pdf" and raw.ocr_spans


def test_ocr_always_reads_a_typed_pdf_too(tmp_path, office_files):
    pdf = office_files["001_e0aee330aa8355da.pdf"]
    typed = read(pdf)
    assert typed.ocr_pages == [] and typed.encoding == "pdf"
    forced = read(pdf, RunOptions(ocr="always"))
    assert forced.encoding == "pdf+ocr" and forced.ocr_pages
    assert "Công văn số 328/UBND-NV" in normalize(forced.text, forced.ocr_spans)


def test_cache_makes_a_rerun_free_and_the_time_allowance_follows_it(scans, tmp_path, monkeypatch):
    monkeypatch.setenv("VNPLAN_OCR_CACHE", str(tmp_path / "cache"))
    calls: list[int] = []
    real = ocr._run_tesseract
    monkeypatch.setattr(ocr, "_run_tesseract", lambda *a, **k: calls.append(1) or real(*a, **k))
    scan = scans / "001_e0aee330aa8355da.pdf"
    import pypdfium2 as pdfium

    n_pages = len(pdfium.PdfDocument(str(scan)))
    assert ocr_seconds(scan) == ocr.SECONDS_PER_PAGE * n_pages
    assert ocr_seconds(scan, RunOptions(ocr="never")) == 0
    first = read(scan)
    assert len(calls) >= n_pages
    calls.clear()
    second = read(scan)
    assert calls == [] and second.text == first.text and second.ocr_confidence == first.ocr_confidence
    assert ocr_seconds(scan) == 0  # everything cached: no extra time needed
    assert ocr_seconds(DEVSET / "texts" / "fresh_13.txt") == 0


def test_missing_tesseract_names_the_packages(scans, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on it
    monkeypatch.setenv("VNPLAN_OCR_CACHE", str(tmp_path / "cache"))
    ocr.tesseract_version.cache_clear()
    try:
        with pytest.raises(InputError, match="apt-get install tesseract-ocr tesseract-ocr-vie") as caught:
            read(scans / "004_755144333ea7a6dd.pdf")
        assert caught.value.stage == "ocr"
    finally:
        ocr.tesseract_version.cache_clear()


def test_ocr_repairs_touch_only_ocr_text():
    # Real Tesseract misreadings (fresh_file_09.pdf and the scanned corpus), inside an OCR span.
    ocr_text = ("Thông báo sô 496-TB/TU ngày 17/8/2023; Quyết định số 2211/QĐÐ-\nSGD&ĐT; "
                "Kết luận số 21-KL,/TW; Kế hoạch số 75/KH-SGD&:ĐT ngày 08/0l/2O24; "
                "Nghị quyết số 29- NQ/TW; Nghị định 37 2025 nd-cp; Công văn số 685/UBNĐ-VX")
    typed = "so với năm 2023, sô liệu"
    text = typed + "\n" + ocr_text
    fixed = normalize(text, [(len(typed) + 1, len(text))])
    assert fixed.startswith(typed + "\n")
    assert ("Thông báo số 496-TB/TU ngày 17/8/2023; Quyết định số 2211/QĐ-SGD&ĐT; Kết luận số 21-KL/TW; "
            "Kế hoạch số 75/KH-SGD&ĐT ngày 08/01/2024; Nghị quyết số 29-NQ/TW; Nghị định 37/2025/NĐ-CP; "
            "Công văn số 685/UBND-VX") in fixed
    assert normalize(ocr_text) == normalize(ocr_text, [])  # typed text: no OCR repairs


def test_a_page_scanned_sideways_is_turned_upright(scans, tmp_path):
    from PIL import Image

    sideways = tmp_path / "001_e0aee330aa8355da_sideways.png"
    Image.open(scans / "png" / "001_e0aee330aa8355da_p1.png").rotate(90, expand=True).save(sideways, dpi=(200, 200))
    raw = read(sideways)
    assert raw.ocr_confidence > 80
    assert "Công văn số 328/UBND-NV" in normalize(raw.text, raw.ocr_spans)


def test_page_progress_reaches_the_progress_bar(scans, tmp_path):
    """Workers report each OCR'd page; the run's progress shows a second bar counting them."""
    import pypdfium2 as pdfium

    folder = tmp_path / "in"
    folder.mkdir()
    scan = scans / "004_755144333ea7a6dd.pdf"
    (folder / scan.name).symlink_to(scan)
    n_pages = len(pdfium.PdfDocument(str(scan)))
    env = dict(os.environ, VNPLAN_OCR_CACHE=str(tmp_path / "cache"), COLUMNS="160")  # a cold cache: real OCR
    proc = run_vnplan("extract", folder / scan.name, "--out", tmp_path / "out", "--progress", "--format", "csv",
                      "--timeout-per-file", "0", env=env)
    assert proc.returncode == 0, proc.stderr
    bars = [line for line in proc.stderr.splitlines() if "OCR pages" in line]
    assert bars and f"{n_pages}/{n_pages}" in bars[-1], proc.stderr


def test_real_originals_fields_meet_their_keys(tmp_path):
    """The signed PDF (number and date stamped by the signing system), the DOCX and the scan (its header
    re-read by OCR: `V/` for `V/v`, a garbled day, `THÀNH PHÓ`) against the keys of their texts."""
    keys = tmp_path / "keys"
    keys.mkdir()
    originals = []
    for original, text in (("fresh_file_03.pdf", "fresh_02"), ("fresh_file_05.docx", "fresh_35"),
                           ("fresh_file_09.pdf", "fresh_13")):
        key = (DEVSET / "gold" / f"{text}.json").read_text(encoding="utf-8")
        stem = original.rsplit(".", 1)[0]
        (keys / f"{stem}.json").write_text(key.replace(f'"{text}"', f'"{stem}"'), encoding="utf-8")
        originals.append(DEVSET / "files" / original)
    _extract(originals, tmp_path / "out")
    scores = _scores(keys, tmp_path / "out")
    for field in ("issuer", "doc_number", "doc_type", "title", "place", "issued_date"):
        assert scores[f"documents.{field}"] == 1.0, (field, scores)


def test_tones_tesseract_loses_come_back_from_the_dictionary():
    from pipeline.ocr_repair import repair_ocr

    # As Tesseract read them (fresh_file_09.pdf and the scanned corpus): a circumflex vowel's tone mark
    # dropped, a circumflex dropped under its tone (a province's name too), a speck inside a type name.
    read = ("ỦY BAN NHÂN DÂN\nTHÀNH PHÓ ĐÀ NẴNG\nCÔNG AN TỈNH LÂM ĐÒNG\nV/ thực hiện Thông I báo số 496-TB/TU về Hội nghị tông kết 10 năm; "
            "tình hình, kêt quả thực hiện; đáp ứng nhu câu của học sinh; Đây mạnh công tác; GIÁM ĐÓC")
    assert repair_ocr(read) == (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nCÔNG AN TỈNH LÂM ĐỒNG\nV/ thực hiện Thông báo số 496-TB/TU về Hội nghị tổng kết 10 năm; "
        "tình hình, kết quả thực hiện; đáp ứng nhu cầu của học sinh; Đẩy mạnh công tác; GIÁM ĐỐC")
    # Read right, and left alone: names, a word bound to its other neighbour, frequent words, terms the
    # dictionary lacks, a tone on a plain vowel.
    kept = ("Sở Giáo dục và Đào tạo; cửa khẩu Tây Trang; thị xã Hà Tiên; thầy Thành Phó hiệu trưởng; đáp ứng yêu cầu công "
            "nghiệp hóa; khu vực có sự tăng dân số; đất trồng cây lâu năm; Bảng kê chi tiết; tiếp dân định kỳ")
    assert repair_ocr(kept) == kept


def test_a_recipient_list_of_abbreviations_is_a_usable_layer():
    # The last page of a school plan (devset fresh_02, as the signed PDF's last page holds it): its
    # closing sentence and a `Nơi nhận` of GVCN, TNCS, (th/h), VT — typed text, not a layer to re-OCR.
    text = (DEVSET / "texts" / "fresh_02.txt").read_text(encoding="utf-8")
    page = text[text.index("cấp trường năm học 2025-2026 để chọn"):]
    quality = measure(page)
    assert quality.n_words >= 30 and quality.usable, quality


def test_item_markers_tesseract_misreads_are_markers_again():
    from pipeline.ocr_repair import repair_ocr

    # As read from the scanned corpus and fresh_file_09.pdf: `1.` with a colon, `c)` as `©)`, `a)` as `4)`
    # and `8)` above its `b)`.
    read = ("II. TỔ CHỨC THỰC HIỆN\n\n1: Hiệu trưởng xây dựng và chỉ đạo triển khai kế hoạch.\n\n"
            "©) Tăng cường công tác kiểm tra, giám sát.\n\n"
            "4) Đơn vị chủ trì: Sở Giáo dục và Đào tạo (GDĐT), Sở Lao động, Thương\nbinh và Xã hội.\n\n"
            "b) Đơn vị phối hợp: Sở Thông tin và Truyền thông.\n\n"
            "8) Đơn vị chủ trì: Sở GDĐT, UBND các quận, huyện.\n\nb) Đơn vị phối hợp: Các ban, ngành.\n\n"
            "3) Nộp báo cáo trước ngày 15/12/2023.\n")
    fixed = repair_ocr(read)
    for line in ("1. Hiệu trưởng xây dựng", "c) Tăng cường", "a) Đơn vị chủ trì: Sở Giáo dục",
                 "a) Đơn vị chủ trì: Sở GDĐT", "3) Nộp báo cáo"):  # a number with no b) below stays
        assert "\n" + line in fixed, line


def test_part_numerals_tesseract_merges_or_loses_run_on_and_a_signers_title_is_no_part():
    from pipeline.ocr_repair import repair_ocr

    # The parts of a scanned plan as Tesseract read them (scanned corpus 000 and 001): II as `_`, III as
    # `II` (its strokes merged); the signer's `HIỆU TRƯỞNG` under the closing.
    read = ("I. MỤC ĐÍCH, YÊU CẦU\nNội dung.\n_ NHIỆM VỤ TRỌNG TÂM VÀ NỘI DUNG THỰC HIỆN\nNội dung.\n"
            "II TỔ CHỨC THỰC HIỆN\nNội dung.\nIV. CHẾ ĐỘ THÔNG TIN BÁO CÁO\nNội dung.\n"
            "Nơi nhận:\n- Lưu: VT.\nHIỆU TRƯỞNG\n")
    fixed = repair_ocr(read).split("\n")
    assert [line for line in fixed if line.isupper() or line[:2] in ("I.", "II", "IV")] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ TRỌNG TÂM VÀ NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN",
        "IV. CHẾ ĐỘ THÔNG TIN BÁO CÁO", "HIỆU TRƯỞNG"]
    # A second document's parts start at I again; a gap the text itself has is kept.
    two = repair_ocr("I. MỤC ĐÍCH\nII. NỘI DUNG\nI. MỤC ĐÍCH\nII. NỘI DUNG\nIV. TỔ CHỨC THỰC HIỆN\n")
    assert two == "I. MỤC ĐÍCH\nII. NỘI DUNG\nI. MỤC ĐÍCH\nII. NỘI DUNG\nIV. TỔ CHỨC THỰC HIỆN\n"


def test_the_python_api_repairs_a_scan_as_the_command_line_does():
    """`parse_file` on a scan gets OCR's repairs (its reader's `ocr_spans`), as `vnplan extract` does: the
    same document fields and the same sections as the worker's `process_file`."""
    from pipeline.api import parse_file
    from pipeline.extract import process_file

    by_api = parse_file(str(GARBAGE_LAYER_PDF))
    by_run = process_file(str(GARBAGE_LAYER_PDF))
    assert not by_run.errors
    assert [(d.doc_type, d.title, d.place, d.issued_date) for d in (doc.meta for doc in by_api)] \
        == [(m.doc_type, m.title, m.place, m.issued_date) for m in by_run.documents]
    assert by_api[0].meta.doc_type == "Công văn"  # its `V/v` line is read only after OCR's repairs
    assert [(s.section_id, s.heading) for doc in by_api for s in doc.sections] \
        == [(s.section_id, s.heading) for s in by_run.sections]


def test_a_page_photographed_under_uneven_light_keeps_its_dim_part(scans, tmp_path):
    """A phone over a desk: the light falls off toward the page's foot (from full to 60 %), JPEG. Tesseract read the dim
    foot of the corpus plan's signature page as nothing, the signer's title and name lost (20 of 25 words); the page's
    light is evened out first now. An evenly lit scan is read as before."""
    import numpy as np
    from PIL import Image

    page = Image.open(scans / "png" / "001_e0aee330aa8355da_p5.png").convert("L")
    light = np.linspace(1.02, 0.62, page.height)[:, None] * np.linspace(0.95, 1.0, page.width)[None, :]
    photo = tmp_path / "001_e0aee330aa8355da_p5.jpg"
    Image.fromarray(np.clip(np.asarray(page, dtype=np.float32) * light, 0, 255).astype(np.uint8)).save(photo, quality=70)
    read_clean, read_photo = read(scans / "png" / "001_e0aee330aa8355da_p5.png"), read(photo)
    assert "HIỆU TRƯỞNG" in read_photo.text and "Phạm Thị Trịnh" in read_photo.text
    assert len(read_photo.text.split()) >= len(read_clean.text.split()) - 2
    gray = page.convert("L")
    assert ocr._even_light(gray) is gray  # (the evenly lit scan is not touched)


def test_a_full_stop_of_a_schools_symbol_survives_the_speck_repair():
    """fresh_02's plan numbered `230/KH-THPT.PB` (its school's code after the dot): Tesseract reads it right, and the
    repair of specks inside symbols (`21-KL,/TW`) dropped the dot; a dot that splits a known code (`QĐ-UB.ND`) is a
    speck still."""
    for read_as, meant in (("Số: 230/KH-THPT.PB", "Số: 230/KH-THPT.PB"), ("Kết luận số 21-KL,/TW", "Kết luận số 21-KL/TW"),
                           ("Quyết định số 12/QĐ-UB.ND", "Quyết định số 12/QĐ-UBND")):
        assert normalize(read_as + "\n", [(0, len(read_as) + 1)]).strip() == meant


def test_a_first_part_read_with_a_stroke_too_many_is_the_first_again():
    from pipeline.ocr_repair import repair_ocr

    # fresh_36's plan scanned at 200 dpi: Tesseract read its `I. MỤC ĐÍCH, YÊU CẦU` as `IL.`, repaired to `II.` before
    # the real `II.`, so every later part's id moved on by one (sections F1 1.00 → .32)
    read = "IL. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nII. NỘI DUNG\nNội dung.\nIII. TỔ CHỨC THỰC HIỆN\nNội dung.\n"
    assert [line[:4] for line in repair_ocr(read).split("\n") if line.isupper()] == ["I. M", "II. ", "III."]


def test_a_hook_tesseract_reads_as_an_acute_and_a_speck_read_as_a_grave_come_back():
    from pipeline.ocr_repair import repair_ocr

    # As Tesseract read the probe's scans of fresh_08, fresh_23 and corpus 004 (200 dpi JPEG and phone photos): the
    # hook read as an acute (`bố sung`, `Ban Tố chức`), a speck over a circumflex read as a grave (`dần chủ`); main
    # gave only lost marks back, so the amending law's name was cut at `bố sung` and its date went to the next law.
    read = "Căn cứ Luật sửa đổi, bố sung một số điều; Ban Tố chức Trung ương; Quy chế dần chủ; công tác tuyến dụng"
    assert repair_ocr(read) == ("Căn cứ Luật sửa đổi, bổ sung một số điều; Ban Tổ chức Trung ương; Quy chế dân chủ; "
                                "công tác tuyển dụng")
    # the other way is left: an acute read right stays (`cấp tỉnh` is no `cấp tính` misread), and a grave on a word
    # the pair knows
    kept = "Ủy ban nhân dân cấp tỉnh; tất cả các đơn vị; thành phần hồ sơ"
    assert repair_ocr(kept) == kept


def test_an_opening_quote_read_as_a_hash_under_its_lead_in_opens_the_quote_again():
    from pipeline.ocr_repair import repair_ocr

    # fresh_08 photographed (the probe of scans): `… quy định về Chế độ tập sự:` ⏎⏎ `#1. Người được tuyển dụng …` —
    # the quoted article read as the letter's own structure (27 sections too many); a `#` elsewhere is left
    read = ("Điều 1 Nghị định số 85/2023/NĐ-CP quy định về Chế độ tập sự:\n\n#1. Người được tuyển dụng vào viên chức "
            "phải thực hiện chế độ tập sự.\n2. Thời gian tập sự là 12 tháng.”\nGhi chú: #2 là số thứ tự.\n")
    fixed = repair_ocr(read)
    assert "\n\n“1. Người được tuyển dụng" in fixed and "Ghi chú: #2" in fixed

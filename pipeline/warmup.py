"""Set-up paid once per run, before the workers are forked: imports, grammar tables, compiled
patterns and underthesea's models. Every cache the stages fill lazily is filled by running them over
a short plan, so whatever a stage loads on first use is loaded here, and a worker killed in the
middle of a file can never have been killed in the middle of loading a model.

This set-up is serial: no worker starts before it ends, so it holds only what every run needs. The
readers of Word and PDF files (python-docx, pdfplumber: 0.08 s) are imported by a worker on its first
such file instead."""
from __future__ import annotations

import gc


# A short plan in the genre's usual shape (header, bases, sections, tasks, deadlines, signature):
# it takes every stage down its common paths.
SAMPLE_PLAN = """UBND HUYỆN THANH TRÌ
TRƯỜNG THCS TÂN TRIỀU
Số: 12/KH-THCS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Triều, ngày 15 tháng 9 năm 2024

KẾ HOẠCH
Thực hiện quy chế dân chủ ở cơ sở năm học 2024 - 2025

Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;
Căn cứ Luật Giáo dục năm 2019;
Căn cứ Quyết định số 2088/QĐ-UBND ngày 20/8/2024 của UBND huyện Thanh Trì ban hành Kế hoạch thời gian năm học 2024 - 2025;
Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập;
Thực hiện Công văn số 1250/PGDĐT-THCS ngày 05/9/2024 của Phòng Giáo dục và Đào tạo huyện Thanh Trì,

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên trong nhà trường.
2. Yêu cầu
a) Công khai các nội dung theo quy định.

II. NHIỆM VỤ TRỌNG TÂM
1. Ban Giám hiệu chủ trì, phối hợp với Công đoàn trường tổ chức hội nghị viên chức trước ngày 30/9/2024.
2. Các tổ chuyên môn báo cáo kết quả thực hiện về Ban Giám hiệu định kỳ 6 tháng/lần.
3. Trung tâm Văn hóa Thông tin và Thể thao huyện hỗ trợ tuyên truyền; Ban đại diện cha mẹ học sinh, Đoàn thanh niên và các xã, thị trấn phối hợp thực hiện.

III. TỔ CHỨC THỰC HIỆN
Giao Phó Hiệu trưởng phụ trách tổng hợp, báo cáo Phòng Giáo dục và Đào tạo trước ngày 15 tháng 12 năm 2024.
Trên đây là Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm học 2024 - 2025 của Trường THCS Tân Triều./.

Nơi nhận:
- Phòng GDĐT (để b/c);
- Lưu: VT.

HIỆU TRƯỞNG

Nguyễn Văn An
"""


# A decision of a district People's Committee: the shapes of the plan above do not take the stages down
# every path, and a pattern a stage compiles on first use is compiled again by each worker that meets
# it (laws named with their year, a party congress's resolution, a trích yếu without `về`, a term
# defined in brackets, "các xã, thị trấn", signers with a deputy's title, a report's closing line).
SAMPLE_DECISION = """ỦY BAN NHÂN DÂN
HUYỆN GIA LÂM
Số: 2345/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Gia Lâm, ngày 20 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp thực hiện công tác dân vận năm 2025

ỦY BAN NHÂN DÂN HUYỆN GIA LÂM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Luật Doanh nghiệp số 59/2020/QH14 (sau đây gọi tắt là Luật DN);
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXV, nhiệm kỳ 2020 - 2025;
Căn cứ Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của UBND thành phố ban hành Quy chế làm việc của Ủy ban nhân dân thành phố;
Căn cứ Thông tư liên tịch số 03/2016/TTLT-BNV-BTC và Chỉ thị số 05-CT/TU đã hướng dẫn thực hiện;
Theo đề nghị của Trưởng phòng Nội vụ huyện.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp thực hiện công tác dân vận.
Điều 2. Ủy ban nhân dân các xã, thị trấn chủ trì, phối hợp với Mặt trận Tổ quốc các xã, thị trấn triển khai thực hiện; báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/12/2025.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng, ban, ngành, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này.
Trên đây là Quyết định của Ủy ban nhân dân huyện về công tác dân vận năm 2025.

Nơi nhận:
- Như Điều 3;
- Thường trực Huyện ủy (để b/c);
- Lưu: VT, NV.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Bình
"""


# The body of a report as copied from a web page (no header, no signer): the stages' fallbacks for a
# document without its frame (its type from the closing formula, its signer searched above it), and
# citations written in running text.
SAMPLE_FRAGMENT = """Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Ủy ban nhân dân xã Tân Lập đã tổ chức quán triệt đến cán bộ, công chức.
Việc thực hiện Luật Doanh nghiệp năm 2020 (sau đây gọi tắt là Luật DN) và Bộ luật Lao động năm 2019 được tuyên truyền đến các thôn, tổ dân phố; Công văn số 1180/UBND-VP ngày 10/5/2024 của UBND huyện đã hướng dẫn các xã, thị trấn báo cáo trước ngày 20/6/2024.
Các ban, ngành, đoàn thể xã và Trưởng các thôn phối hợp thực hiện, báo cáo kết quả định kỳ hằng quý.
Trên đây là báo cáo kết quả thực hiện công tác dân vận 6 tháng đầu năm 2024 của Ủy ban nhân dân xã Tân Lập./.
"""


def warm_up() -> None:
    """Load and compile everything the per-file work uses, by doing that work once. The stages'
    regular expressions come from the pattern cache when an earlier run left one (pattern_cache.py)."""
    from . import pattern_cache

    sources = pattern_cache.sources_hash()
    if pattern_cache.load(sources):
        _load_everything()
    else:
        with pattern_cache.recording(sources):
            _load_everything()
    # What is loaded now lives as long as the process: frozen, the cyclic collector of every worker forked
    # from here no longer walks it (each full collection walked the lexicons and the models' tables again).
    gc.collect()
    gc.freeze()


def _load_everything() -> None:
    import heapq  # noqa: F401 - Counter.most_common imports it on first use (joblib used to, for us)

    from . import extract, parties  # noqa: F401
    from .api import parse_text
    from .nlp_models import import_underthesea_lightly, load_pos_tagger, load_word_segmenter
    from .readers import _looks_like_text

    _looks_like_text(SAMPLE_PLAN)
    parties.prepare()
    import_underthesea_lightly()
    try:  # before any stage asks underthesea for a segmentation or tags (it would load them its own way)
        load_word_segmenter()
        load_pos_tagger()
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        pass
    for number, sample in enumerate((SAMPLE_PLAN, SAMPLE_DECISION, SAMPLE_FRAGMENT)):
        parse_text(sample, name=f"warm-up-{number}.txt")
    # (the samples' first `extract` ran `citations.prepare()`: every document type's citation patterns)
    _build_cached_tables()


# Builders only a scan needs, left to a worker's first OCR'd page: Tesseract's version check (it runs a
# program) and the tone dictionary of OCR's repairs (0.2-0.3 CPU s to read 74,000 words). The warm-up
# runs before any worker starts, so every run would wait for them, and most runs read no scan.
_FIRST_SCAN_ONLY = {"pipeline.ocr", "pipeline.ocr_tones"}


def _build_cached_tables() -> None:
    """Every cached builder of the pipeline's modules that takes no argument (`@lru_cache` on a
    function computing a table or a pattern once): the samples above do not reach every path that
    asks for one (a fallback for a document without its header, an OCR repair)."""
    import inspect
    import sys
    from functools import _lru_cache_wrapper

    for name, module in list(sys.modules.items()):
        if not name.startswith("pipeline.") or module is None or name in _FIRST_SCAN_ONLY:
            continue
        for builder in list(vars(module).values()):
            if not isinstance(builder, _lru_cache_wrapper) or builder.__module__ != name or builder.cache_info().currsize:
                continue
            try:
                inspect.signature(builder).bind()
            except (TypeError, ValueError):  # it needs arguments
                continue
            builder()

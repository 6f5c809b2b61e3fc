"""Set-up paid once per run, before the workers are forked: imports, grammar tables, compiled
patterns and underthesea's models. Every cache the stages fill lazily is filled by running them over
a short plan, so whatever a stage loads on first use is loaded here, and a worker killed in the
middle of a file can never have been killed in the middle of loading a model.

This set-up is serial: no worker starts before it ends, so it holds only what every run needs. The
readers of Word and PDF files (python-docx, pdfplumber: 0.08 s) are imported by a worker on its first
such file instead."""
from __future__ import annotations


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
3. Trung tâm Văn hóa Thông tin và Thể thao huyện hỗ trợ tuyên truyền.

III. TỔ CHỨC THỰC HIỆN
Giao Phó Hiệu trưởng phụ trách tổng hợp, báo cáo Phòng Giáo dục và Đào tạo trước ngày 15 tháng 12 năm 2024.

Nơi nhận:
- Phòng GDĐT (để b/c);
- Lưu: VT.

HIỆU TRƯỞNG

Nguyễn Văn An
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


def _load_everything() -> None:
    import heapq  # noqa: F401 - Counter.most_common imports it on first use (joblib used to, for us)

    from . import extract, parties  # noqa: F401
    from .api import parse_text
    from .nlp_models import import_underthesea_lightly, load_word_segmenter
    from .readers import _looks_like_text

    _looks_like_text(SAMPLE_PLAN)
    parties.prepare()
    import_underthesea_lightly()
    try:  # before any stage asks underthesea for a segmentation (it would load the model its own way)
        load_word_segmenter()
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        pass
    parse_text(SAMPLE_PLAN, name="warm-up.txt")
    try:
        from underthesea import pos_tag

        pos_tag("Trung tâm Văn hóa Thông tin và Thể thao huyện hỗ trợ tuyên truyền")
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        pass

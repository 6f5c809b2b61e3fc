"""Set-up paid once per run, before the workers are forked: imports, grammar tables, compiled
patterns and underthesea's models. Every cache the stages fill lazily is filled by running them over
a short plan, so whatever a stage loads on first use is loaded here, and a worker killed in the
middle of a file can never have been killed in the middle of loading a model.

This set-up is serial: no worker starts before it ends, so it holds only what every run needs. The
readers of Word and PDF files (python-docx, pdfplumber: 0.08 s) are imported by a worker on its first
such file instead."""
from __future__ import annotations

import importlib
import importlib.util
import pickle
import sys
from pathlib import Path

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
    """Load and compile everything the per-file work uses, by doing that work once."""
    from . import extract, parties  # noqa: F401
    from .api import parse_text
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


# What the stages ask of underthesea: `from underthesea import word_tokenize` / `pos_tag`. The text
# normalizer first, as the package's `__init__` reaches it: it and the tokenizer import each other.
_UNDERTHESEA_NEEDED = {"": "underthesea.pipeline.text_normalize",
                       "word_tokenize": "underthesea.pipeline.word_tokenize",
                       "pos_tag": "underthesea.pipeline.pos_tag"}


def import_underthesea_lightly() -> bool:
    """Import only the parts of underthesea the stages call. The package's `__init__` imports every
    pipeline it has (chunking, NER, classification with requests, version metadata …): 0.30 s, of
    which word segmentation and POS tagging need half. The package module is created without running
    its `__init__`, given the two functions the stages import from it, and completes itself (runs its
    `__init__`) the first time anything else is asked of it, so other code sees the whole package.
    False, and nothing changed, where underthesea is already imported or cannot be imported so."""
    if "underthesea" in sys.modules:
        return False
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return False
    package = importlib.util.module_from_spec(spec)

    def complete(name: str):
        del package.__getattr__
        spec.loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = complete
    sys.modules["underthesea"] = package
    try:
        for name, module in _UNDERTHESEA_NEEDED.items():
            imported = importlib.import_module(module)
            if name:
                setattr(package, name, getattr(imported, name))
    except Exception:  # pragma: no cover - an underthesea laid out otherwise: imported as usual later
        for module in [m for m in sys.modules if m == "underthesea" or m.startswith("underthesea.")]:
            del sys.modules[module]
        return False
    return True


# underthesea's word-segmentation model (the version pinned in pyproject.toml): a CRF and the two
# tables its featurizer needs, pickled.
_SEGMENTER_MODULE = "underthesea.pipeline.word_tokenize"
_SEGMENTER_FOLDER = ("models", "ws_crf_vlsp2013_20230727")


def load_word_segmenter() -> bool:
    """Load underthesea's word-segmentation model as its `word_tokenize` does on first use, the same
    files into the same objects, but with the tables read by the C unpickler: underthesea reads them
    with joblib's pure-Python one (0.07 s of the 0.15 s load). False, and nothing done, where the model
    is already loaded or not laid out as expected (underthesea then loads it itself when first asked)."""
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea_core import CRFFeaturizer, CRFTagger

    segmenter = importlib.import_module(_SEGMENTER_MODULE)
    folder = Path(segmenter.__file__).parent.joinpath(*_SEGMENTER_FOLDER)
    model = FastCRFSequenceTagger()
    paths = [folder / name for name in (model.path_model, model.path_features, model.path_dictionary)]
    if getattr(segmenter, "word_tokenize_model", False) is not None or not all(p.is_file() for p in paths):
        return False
    estimator = CRFTagger()
    estimator.load(str(paths[0]))
    tables = []
    for path in paths[1:]:
        with open(path, "rb") as stream:
            tables.append(pickle.load(stream))
    model.estimator, model.featurizer = estimator, CRFFeaturizer(*tables)
    segmenter.word_tokenize_model = model
    return True

"""normalize's triggers of more than one character (perf13n): `re`'s literal search says what `in` said,
and the passes they open still run on text written the way documents are."""
from __future__ import annotations

import pytest

from pipeline.normalize import _has_signature_stamp, normalize

from .conftest import DEVSET, WILD


@pytest.mark.parametrize("text", [
    "Ký bởi: Sở Giáo dục và Đào tạo\nEmail: vanthu@sogd.example.vn",
    "UBND XÃ AN HÒA\nThời gian ký: 19/10/2023 10:56:22 +07:00\nKẾ HOẠCH",
    "Ngày ký: 05/01/2024 08:15:00",
    "ký: at the start, no blank before it",
    "đã ký:",
    "Người ký (ghi rõ họ tên)",
    "Đăng ký kết hôn; quản lý hồ sơ",
    "",
])
def test_stamp_trigger_is_the_in_test(text):
    assert _has_signature_stamp(text) == ("Ký bởi" in text or " ký:" in text)


def test_stamp_and_link_and_underscores_still_rewritten():
    text = ("ỦY BAN NHÂN DÂN\nNgày ký: 05/01/2024 08:15:00 +07:00\n"
            "Xem [Kế hoạch số 12/KH-UBND](https://example.vn/kh12) và __mục 2__.\n")
    out = normalize(text)
    assert "08:15" not in out and "Ngày ký" not in out
    assert "https" not in out and " Kế hoạch số 12/KH-UBND " in out
    assert "__" not in out and "mục 2." in out
    assert len(out.split("\n")) == len(text.split("\n"))


@pytest.mark.skipif(not WILD.exists(), reason="needs ../shared/wild")
def test_shared_texts_trigger_as_before():
    paths = sorted(WILD.glob("*.txt")) + sorted(WILD.glob("*.md")) + sorted((DEVSET / "texts").glob("*"))
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _has_signature_stamp(text) == ("Ký bởi" in text or " ký:" in text), path.name


@pytest.mark.parametrize(("text", "expected"), [
    ("KẾ HOẠCH\nTriển khai nhiệm vụ năm học 2024-2025\n", True),
    ("KẾ HOẠCH\r\nDòng\tcó tab\u00a0và khoảng trắng cứng\f\n", True),  # other layout characters: the full test
    ("Nội dung\x1b[0m\n" * 3, False),  # control characters in every line
    ("PK\x03\x04\x14\x00\x06\x00" * 50, False),
    ("", False),
])
def test_looks_like_text(text, expected):
    from pipeline.readers import _looks_like_text

    assert _looks_like_text(text) is expected


def test_an_image_mark_a_converter_left_is_blanked_whole():
    # a commune's plan copied from its portal (held-out shape): the subject's last line, then `![]() |` where the page
    # had an image (main: `![]()` read into the cited resolution's subject); a link keeps its words
    text = ("Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023\nCủa Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi "
            "số tỉnh Quảng Ngãi\nĐến năm 2025, định hướng đến năm 2030\n![]() |\n![logo](https://a.vn/l.png) "
            "[Kế hoạch số 50/KH-UBND](https://a.vn/kh50)\n")
    out = normalize(text)
    assert "![" not in out and "](" not in out and "logo" not in out and "Kế hoạch số 50/KH-UBND" in out
    assert out.count("\n") == text.count("\n")

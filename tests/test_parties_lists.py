"""Lists of parties as the genre writes them: a closing article addressed to the post holders (`Các ông (bà):`,
`Các Ông/Bà:`), a post over the bodies listed after its colon, and the lists of bodies a sentence assigns a task
to, split one party per body."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import SHARED

WILD = SHARED / "wild"
needs_shared = pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")


def _parties_on(path, line: int) -> list[tuple[str, str]]:
    return sorted((p.party, p.role) for d in parse_file(str(path)) for p in d.parties if p.line == line)


@needs_shared
def test_a_closing_article_addressed_to_the_post_holders_gives_one_party_per_post():
    # src_tvplcrawl_20 L41: `Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Kế hoạch và Đầu
    # tư, Lao động - Thương binh và Xã hội, Giám đốc Kho bạc nhà nước Tuyên Quang, Chủ tịch Uỷ ban nhân dân các
    # huyện, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`
    parties = _parties_on(WILD / "src_tvplcrawl_20.txt", 41)
    leads = {p for p, role in parties if role == "lead"}
    assert "Chánh Văn phòng Ủy ban nhân dân tỉnh" in leads
    for body in ("Tài chính", "Kế hoạch và Đầu tư"):
        assert f"Giám đốc Sở {body}" in leads
    # the colon's list ends at the next post named in full, though no `;` closes it
    assert "Giám đốc Kho bạc nhà nước Tuyên Quang" in leads
    assert "Chủ tịch Ủy ban nhân dân các huyện, thành phố" in leads
    assert not any(p.startswith("Giám đốc Sở Giám đốc") or p.startswith("Giám đốc Sở Chủ tịch") for p in leads)


def test_a_closing_article_addressed_with_a_slash():
    text = ("ỦY BAN NHÂN DÂN HUYỆN AN LẠC\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu tuyển sinh năm học 2025-2026\n\n"
            "Điều 1. Giao chỉ tiêu tuyển sinh cho các trường trung học cơ sở trên địa bàn huyện.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Các Ông/Bà: Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Tài chính - Kế hoạch, "
            "Trưởng phòng Giáo dục và Đào tạo và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành "
            "Quyết định này./.\n")
    leads = {p.party for d in parse_text(text, "qd.txt") for p in d.parties if p.role == "lead"}
    assert "Chánh Văn phòng Ủy ban nhân dân huyện" in leads
    assert "Trưởng phòng Giáo dục và Đào tạo" in leads
    assert not any(p.lower().startswith("các ông") for p in leads)


_PLAN_HEAD = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO AN LẠC\n\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp huyện năm học 2025-2026\n\n"
              "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao sức khỏe học sinh.\nII. TỔ CHỨC THỰC HIỆN\n")


def _plan_parties(body: str) -> list[tuple[str, str]]:
    return sorted((p.party, p.role) for d in parse_text(_PLAN_HEAD + body, "kh.txt") for p in d.parties)


def test_a_generic_head_keeps_its_qualifier_trực_thuộc_before_the_predicate():
    # `các đơn vị trực thuộc`: the superior body is the issuer, left unsaid; the name is whole before the verb
    parties = _plan_parties("Đề nghị Hiệu trưởng các trường, Thủ trưởng các đơn vị trực thuộc triển khai thực hiện "
                            "nghiêm túc kế hoạch này.\n")
    assert ("Thủ trưởng các đơn vị trực thuộc", "lead") in parties
    assert ("Hiệu trưởng các trường", "lead") in parties
    assert ("Thủ trưởng các đơn vị", "lead") not in parties


@needs_shared
def test_guiding_its_own_units_is_part_of_the_task_a_body_bears():
    # src_congbot_2 L269: `Bộ Lao động - Thương binh và Xã hội có trách nhiệm phân bổ tỷ lệ chi quản lý … và hướng
    # dẫn các cơ quan Lao động - Thương binh và xã hội địa phương quản lý, sử dụng …`: the guided bodies are
    # given no task by the decree (the devset key of fresh_11 L60-61 reads the same shape so)
    parties = _parties_on(WILD / "src_congbot_2.txt", 269)
    assert ("Bộ Lao động, Thương binh và Xã hội", "lead") in parties or \
        ("Bộ Lao động - Thương binh và Xã hội", "lead") in parties
    assert not any(p.startswith("Các cơ quan Lao động") for p, _ in parties)


def test_a_plural_kind_of_body_opening_a_task_with_a_verb_the_lexicon_lacks():
    # underthesea tags `thống kê` a verb: `Các trường` is the subject of the task, the Phòng receives the report
    parties = _plan_parties("Các trường thống kê số liệu, gửi về Phòng GDĐT trước ngày 10/10/2025.\n")
    assert ("Các trường", "lead") in parties
    assert ("Phòng Giáo dục và Đào tạo", "report_to") in parties


def test_a_plural_kind_of_body_under_a_condition_is_given_no_task():
    parties = _plan_parties("Các trường vi phạm quy chế thi thì bị hủy kết quả.\n")
    assert not any(p == "Các trường" for p, _ in parties)


@needs_shared
def test_a_verb_joined_to_a_past_one_is_the_letters_background_not_a_task():
    # src_congbot_28 L8: `… Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi Tổng công ty
    # Bưu điện Việt Nam về việc … và đề nghị Tổng công ty Bưu điện Việt Nam cần có các giải pháp …`
    assert _parties_on(WILD / "src_congbot_28.txt", 8) == []
    # src_congbot_35 L7: `… hầu hết các địa phương đã lập Đề án … và gửi về Bộ Xây dựng, Bộ Tài chính, …`; L9 asks the
    # same reports of the provinces that have not: there the Bộ receive them
    assert _parties_on(WILD / "src_congbot_35.txt", 7) == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")]
    assert ("Bộ Xây dựng", "report_to") in _parties_on(WILD / "src_congbot_35.txt", 9)


@needs_shared
def test_a_kind_of_school_named_by_its_level_is_the_subject_of_its_tasks():
    # src_teacher2_1 L63: `3. Cơ sở giáo dục tiểu học xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường; …
    # và báo cáo Phòng GDĐT trong quá trình thực hiện tại đơn vị.` (models/party_heads.tsv: `Cơ sở giáo dục`)
    parties = _parties_on(WILD / "src_teacher2_1.txt", 63)
    assert ("Cơ sở giáo dục tiểu học", "lead") in parties
    assert ("Phòng Giáo dục và Đào tạo", "report_to") in parties


def test_the_levels_of_schooling_after_a_post_written_in_lower_case_stay_in_its_name():
    parties = _plan_parties("Hiệu trưởng các trường mầm non, tiểu học chịu trách nhiệm triển khai kế hoạch tại đơn "
                            "vị.\n")
    assert parties == [("Hiệu trưởng các trường mầm non, tiểu học", "lead")]


@needs_shared
def test_levels_of_schooling_that_run_on_to_other_kinds_of_body_are_not_read_as_one_name():
    # fresh_06 L363: `- Chỉ đạo các trường tiểu học, trung học cơ sở, trung học phổ thông, trường` ⏎ `phổ thông có nhiều
    # cấp học, các trung tâm Giáo dục thường xuyên, …` (its key keeps the whole list as one optional party)
    parties = _parties_on(SHARED / "devset" / "texts" / "fresh_06.txt", 363)
    assert not any(p.startswith("Các trường tiểu học, trung học cơ sở") for p, _ in parties)


@needs_shared
def test_either_of_two_parties_joined_by_hoặc_is_a_party():
    # src_tvplcrawl_53 L209: `2. Hội đồng thành viên hoặc Chủ tịch công ty có trách nhiệm:`
    parties = _parties_on(WILD / "src_tvplcrawl_53.txt", 209)
    assert ("Hội đồng thành viên", "lead") in parties and ("Chủ tịch công ty", "lead") in parties
    # src_congbot_6 L87: `d) Cơ quan, đơn vị có thẩm quyền theo quy định của Bộ Quốc phòng hoặc Bộ Công an có trách
    # nhiệm …`: there `hoặc` joins the words of the qualifier, the party stays whole
    parties = _parties_on(WILD / "src_congbot_6.txt", 87)
    assert ("Cơ quan, đơn vị có thẩm quyền theo quy định của Bộ Quốc phòng hoặc Bộ Công an", "lead") in parties


DEVSET = SHARED / "devset" / "texts"


@needs_shared
def test_a_reports_results_told_without_đã_give_no_tasks():
    # fresh_26 (Báo cáo), part II `KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH`, L235: `Sở Tư pháp thực hiện thẩm định
    # 268 dự thảo văn bản QPPL …`; L616: `… Chủ tịch Ủy ban nhân dân tỉnh bổ nhiệm 157 lãnh đạo cấp sở …`
    assert _parties_on(DEVSET / "fresh_26.txt", 235) == []
    assert _parties_on(DEVSET / "fresh_26.txt", 616) == []
    # its part IV `PHƯƠNG HƯỚNG, NHIỆM VỤ` still gives tasks (L984: `… gửi Bộ Nội vụ để tổng hợp`)
    assert ("Bộ Nội vụ", "report_to") in _parties_on(DEVSET / "fresh_26.txt", 984)
    # fresh_19 (Báo cáo), part II `TÌNH HÌNH THỰC HIỆN …`, L133-134: `… Trung tâm Xúc tiến đầu tư, thương mại và du lịch
    # tỉnh sẽ chủ trì, phối hợp …`: what is still to be done is a task
    assert ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", "lead") in _parties_on(DEVSET / "fresh_19.txt", 134)


def test_a_field_written_with_a_comma_inside_a_body_name_stays_whole():
    # `Khám, chữa bệnh` is one field (models/party_name_words.txt); `Sở Văn hóa, Thể thao và Du lịch` closes its
    # fields with `và`
    text = ("BỘ Y TẾ\nSố: 55/BYT-KCB\nV/v tăng cường phòng chống dịch\n\nKính gửi: Các đơn vị trực thuộc Bộ.\n\n"
            "Giao Cục Quản lý Khám, chữa bệnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch hướng dẫn thực "
            "hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n")
    parties = sorted((p.party, p.role) for d in parse_text(text, "cv.txt") for p in d.parties if p.line == 7)
    assert parties == [("Cục Quản lý Khám, chữa bệnh", "lead"), ("Sở Văn hóa, Thể thao và Du lịch", "coordinate")]


def test_a_dash_item_naming_another_party_ends_the_tasks_of_the_heading_above_it():
    parties = _plan_parties("1. Phòng Giáo dục và Đào tạo\n- Xây dựng kế hoạch tổ chức hội thi.\n2. Các trường tiểu học:\n"
                            "- Lập danh sách học sinh dự thi.\n- Cử giáo viên tham gia ban giám khảo.\n"
                            "- Trung tâm Văn hóa huyện:\n+ Chuẩn bị hội trường.\n"
                            "+ Phối hợp với Phòng Giáo dục và Đào tạo trang trí khánh tiết.\n")
    assert ("Các trường tiểu học", "lead") in parties
    assert ("Trung tâm Văn hóa huyện", "lead") in parties
    # the `+ Phối hợp …` item is the Trung tâm's, not a partner's role of the schools
    assert ("Các trường tiểu học", "coordinate") not in parties

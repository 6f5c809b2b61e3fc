"""Shapes met on unseen provincial plans, decisions and notices (held-out documents read for their shapes; snippets
written as the genre writes them, names and numbers invented): the province's press body tasked by a labelled item, a
police investigation unit named by the crimes it investigates, a signer whose family name is a body's head, a Party
committee's department typed in lower case, a notice typed by its closing formula, `chậm nhất đến (hết) ngày` as a due
cue, names cleared of a table cell's bar and of the dash before a holder's name, enterprises listed with bodies, a
signer read before an annex, a Party resolution's `CỦA …` line, a monthly day written without `ngày`, and a
directive heading that lists two enterprises, and a note over the page that is no document."""
from __future__ import annotations

from pipeline.api import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 214/KH-UBND
Ninh Bình, ngày 05 tháng 6 năm 2026
KẾ HOẠCH
Triển khai công tác phòng, chống và kiểm soát ma túy năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, nhân dân về tác hại của ma túy.
II. PHÂN CÔNG NHIỆM VỤ
1. Công an tỉnh: Chủ trì tham mưu Ủy ban nhân dân tỉnh chỉ đạo công tác phòng, chống ma túy.
2. Báo và Phát thanh, Truyền hình Ninh Bình: Xây dựng chuyên trang, chuyên mục tuyên truyền về phòng, chống ma \
túy.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành, Ủy ban nhân dân xã, phường xây dựng Kế hoạch triển khai thực hiện và gửi về Công an tỉnh \
(Qua Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh) trước ngày 20/6/2026 để tập hợp, theo dõi.
"""


def _parties() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for p in parse_text(_PLAN)[0].parties:
        found.setdefault(p.party, set()).add(p.role)
    return found


def test_the_provinces_press_body_is_tasked_by_its_labelled_item():
    assert _parties().get("Báo và Phát thanh, Truyền hình Ninh Bình") == {"lead"}


def test_a_police_investigation_unit_is_named_whole():
    parties = _parties()
    assert "Phòng Cảnh sát điều tra tội phạm về ma túy" in parties
    assert "Phòng Cảnh sát" not in parties


def test_a_signer_whose_family_name_is_also_a_bodys_head():
    decision = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 3301/QĐ-UBND
Quảng Bình, ngày 25 tháng 11 năm 2024
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính trong lĩnh vực chăn nuôi
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính ban hành mới.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, KSTTHC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Đoàn Ngọc Lâm
"""
    meta = parse_text(decision)[0].meta
    assert (meta.signer_name, meta.signer_title) == ("Đoàn Ngọc Lâm", "Phó Chủ tịch")
    # the same words as a body's name are no signer
    union = decision.replace("Đoàn Ngọc Lâm", "ĐOÀN THANH NIÊN")
    assert parse_text(union)[0].meta.signer_name == ""


def test_a_notice_without_its_header_is_typed_by_its_closing_formula():
    notice = """Trường mẫu giáo Hướng Dương tổ chức cho cán bộ, giáo viên, nhân viên, học sinh nghỉ lễ Giỗ tổ Hùng \
Vương như sau:
1. Về thời gian nghỉ lễ Giỗ tổ Hùng Vương (10/3 ÂL)
Công chức, viên chức, nhân viên và học sinh toàn trường được nghỉ lễ 1 ngày 06/4/2017.
Nhà trường thông báo đến các đơn vị, cán bộ, giáo viên, nhân viên, phụ huynh biết, thực hiện và liên hệ công \
tác.
HIỆU TRƯỞNG
(Đã ký)
Lê Thị Hạnh
"""
    assert parse_text(notice)[0].meta.doc_type == "Thông báo"


def test_a_party_committees_department_typed_in_lower_case_is_named():
    letter = """ĐẢNG BỘ TỈNH YÊN BÁI                             ĐẢNG CỘNG SẢN VIỆT NAM
 ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH
                                                      Yên Bái, ngày 07 tháng 9 năm 2026
         Số 2511 -CV/ĐU
về việc triển khai thực hiện Chương trình hành động số 98-CTr/TU
1. Các chi bộ, đảng bộ cơ sở tổ chức quán triệt Chương trình hành động.
2. Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy, tổ chức đảng đẩy mạnh thông tin, tuyên truyền.
"""
    parties = {p.party.casefold(): p.role for p in parse_text(letter)[0].parties}
    assert parties.get("ban xây dựng đảng đảng ủy") == "lead"


_LETTER = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI |  | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 7510/UBND-XD |  | Lào Cai, ngày 18 tháng 9 năm 2026
V/v triển khai giải pháp nâng cao an toàn phòng cháy, chữa cháy |  |

Kính gửi: | - Các sở, ban, ngành thuộc UBND tỉnh; - Ủy ban nhân dân các xã, phường.

Để tổ chức triển khai thực hiện, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Ủy ban nhân dân các xã, phường
Tăng cường công tác kiểm tra, đôn đốc việc tổ chức thực hiện, bảo đảm hoàn thành việc áp dụng các giải pháp kỹ
thuật đối với các cơ sở, công trình thuộc đối tượng áp dụng chậm nhất đến ngày
01 tháng 7 năm 2028.
2. Các sở, ban, ngành báo cáo kết quả rà soát về Sở Xây dựng chậm nhất đến hết ngày 30/10/2026.
3. Phó Giám đốc Sở Xây dựng - Hoàng Văn Tuấn
Trực tiếp chỉ đạo việc kiểm tra các công trình trên địa bàn tỉnh.
"""


def test_at_the_latest_by_a_day_is_a_due_cue():
    assert sorted(d.due_date for d in parse_text(_LETTER)[0].deadlines) == ["2026-10-30", "2028-07-01"]


def test_a_cells_bar_and_a_holders_dash_are_no_part_of_a_partys_name():
    parties = {p.party for p in parse_text(_LETTER)[0].parties}
    assert "Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh" in parties
    assert "Phó Giám đốc Sở Xây dựng" in parties
    assert not [p for p in parties if p.startswith(("|", "-")) or p.endswith(("-", "–"))]


def test_enterprises_listed_with_the_bodies_are_one_party_with_them():
    letter = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 7103/UBND-TH
Lào Cai, ngày 10 tháng 7 năm 2026
V/v triển khai thực hiện Nghị định về tài sản kết cấu hạ tầng
7. Tổ chức thực hiện
a) Các sở, ban, ngành; Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị và doanh nghiệp, căn cứ chức năng, \
nhiệm vụ được giao khẩn trương tổ chức triển khai thực hiện.
"""
    parties = {p.party for p in parse_text(letter)[0].parties}
    assert parties == {"Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường", "Các cơ quan, đơn vị và doanh nghiệp"}


def test_the_signer_is_read_before_an_annex_that_follows_the_block():
    decision = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 2902/QĐ-UBND
Lào Cai, ngày 14 tháng 8 năm 2026
QUYẾT ĐỊNH
Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện nhiệm vụ
Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thực hiện các nhiệm vụ tại Phụ lục kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như Điều 2;                                          CHỦ TỊCH
- TT. Tỉnh ủy, HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- Báo và Phát thanh, Truyền hình tỉnh;
- Trung tâm phục vụ Hành chính công tỉnh;
- Trung tâm Thông tin và Hội nghị tỉnh;
- Chánh VP, các PCVP UBND tỉnh;
- Lưu: VT, KT (Long).

                                                      Trần Quốc Khánh
                                                     PHỤ LỤC:
         DANH MỤC NHIỆM VỤ ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG THỰC HIỆN
                 (Kèm theo Quyết định số 2902/QĐ-UBND ngày 14 tháng 8 năm 2026 của UBND tỉnh Lào Cai)

                                                                          DANH MỤC TTHC ĐÃ CÔNG BỐ
"""
    meta = parse_text(decision)[0].meta
    assert (meta.signer_name, meta.signer_title) == ("Trần Quốc Khánh", "Chủ tịch")


def test_a_party_resolutions_of_line_under_its_type_is_no_part_of_its_subject():
    resolution = """TỈNH ỦY YÊN BÁI ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 41-NQ/TU Yên Bái, ngày 27 tháng 12 năm 2025
NGHỊ QUYẾT
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về phát triển các khu công nghiệp, cụm công nghiệp

Trong những năm qua, ngành công nghiệp tỉnh được quan tâm lãnh đạo, chỉ đạo.
IV. TỔ CHỨC THỰC HIỆN
3. Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết; định kỳ
trước 25 hằng tháng báo cáo tiến độ, khó khăn, vướng mắc với Ban Thường vụ Tỉnh ủy.
"""
    doc = parse_text(resolution)[0]
    assert doc.meta.title == "về phát triển các khu công nghiệp, cụm công nghiệp"
    # the day of each month after its cue, written without `ngày`: one monthly duty
    assert [d.recurrence for d in doc.deadlines] == ["hằng tháng"]


def test_a_directive_heading_that_lists_two_enterprises_tasks_each():
    report = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 915/BC-SNNMT
Lào Cai, ngày 02 tháng 9 năm 2026
BÁO CÁO
Về kết quả kiểm tra các mỏ đá làm vật liệu xây dựng thông thường
III. KIẾN NGHỊ
1. Đối với Công ty TNHH Minh Phát và Doanh nghiệp tư nhân
Hồng Hà Nghĩa Lộ
- Thường xuyên kiểm tra, rà soát, quản lý, bảo vệ và duy trì hệ thống mốc giới.
- Báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 30/9/2026.
"""
    leads = {p.party for p in parse_text(report)[0].parties if p.role == "lead"}
    assert leads == {"Công ty TNHH Minh Phát", "Doanh nghiệp tư nhân Hồng Hà Nghĩa Lộ"}


def test_a_note_over_the_page_is_no_document_of_its_own():
    letter = """[Bản trích chữ tự động bằng pdftotext từ CV-6802-SNNMT-20-7-2026-y-kien-tham-dinh-CCN-Bao-Dap.pdf — 4 trang. \
Đối chiếu bản gốc trên GitHub khi trích nguyên văn.]

UBND TỈNH LÀO CAI                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                        Độc lập - Tự do - Hạnh phúc
        ––––––––––––––                             ––––––––––––––––––––––––––
      Số:6802 /SNNMT-KHTC                        Lào Cai, ngày 20 tháng 7 năm 2026
V/v tham gia ý kiến thẩm định hồ sơ đề nghị
     thành lập cụm công nghiệp Văn Bàn

                           Kính gửi: Sở Công thương tỉnh Lào Cai

         Sở Nông nghiệp và Môi trường nhận được Công văn số 4190/SCT-CN ngày
  15/7/2026 của Sở Công thương về việc tham gia ý kiến thẩm định hồ sơ đề nghị
  thành lập cụm công nghiệp Văn Bàn, có ý kiến tham gia như sau: thống nhất với hồ sơ.
Nơi nhận:
- Như trên;
- Lưu: VT, KHTC.
                                                        KT. GIÁM ĐỐC
                                                        PHÓ GIÁM ĐỐC



                                                        Phạm Bình Minh
"""
    docs = parse_text(letter)
    assert len(docs) == 1
    assert (docs[0].meta.doc_number, docs[0].meta.doc_type) == ("6802/SNNMT-KHTC", "Công văn")

"""Statutory readiness: every qualification condition of the two legal texts, whole, against records.

One test per qualification line of TT 02/2023/TT-BTP Phụ lục IV (three positions) and of the grades
of TT 09/2023/TT-BTTTT Phụ lục I that have conditions. The conditions come from the shipped data
files (the text lines and their rule rows), exactly as the program loads them. Each test cites the
line of the seed file (../shared/seeds) it checks, and has a record that meets the condition, one
that does not and, where the record can leave it open, one where it is unknown ("chưa rõ", None).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.paths import frameworks_dir
from app.qualifications import conditions, education_code, parse_line
from app.readiness import (
    Certificate,
    Check,
    Facts,
    GradeSpan,
    Work,
    education_level,
    readiness_checks,
    state_management_level,
)

ON = dt.date(2026, 11, 22)
TT02 = "btp-02-2023"  # seeds/000_1884d26780acf6a3.txt
TT09 = "btttt-09-2023"  # seeds/003_191b1d14aa296bb9.txt
TT09_BY_GRADE = {"CVCC": 1, "CVC": 2, "CV": 3, "NV": 29}  # a position of each grade (conditions are per grade)


def _position(code: str, number: int) -> dict:
    data = json.loads((frameworks_dir() / f"{code}.json").read_text(encoding="utf-8"))
    return next(p for p in data["positions"] if p["number"] == number)


def record(**kw) -> Facts:
    """A record that holds only what the test gives; everything else unknown."""
    base = {"education": "", "political_theory": "", "certificates": "", "grade": None, "grade_since": None,
            "documents_led": None}
    return Facts(**{**base, **kw})


# the built-in ngạch and one specialised ngạch of the same rank as CVC ("tương đương")
CATALOGUE = {"CVCC": ("chuyên viên cao cấp", 5), "CVC": ("chuyên viên chính", 4), "CV": ("chuyên viên", 3),
             "CS": ("cán sự", 2), "NV": ("nhân viên", 1), "04.024": ("thanh tra viên chính", 4)}


def checks(code: str, number: int, facts: Facts) -> list[Check]:
    p = _position(code, number)
    return readiness_checks(p["qualification_rules"], facts, ON, p["qualifications"], CATALOGUE)


def verdict(code: str, number: int, fragment: str, **kw) -> bool | None:
    """The verdict of the one condition whose legal line contains fragment."""
    found = [c for c in checks(code, number, record(**kw)) if fragment in c.source]
    assert len(found) == 1, [c.source for c in checks(code, number, record(**kw))]
    c = found[0]
    if c.met is None:
        assert c.missing, c  # an open verdict always says what is missing
    return c.met


def work(role: str, level: str | None, adopted: bool | None = True, in_grade: bool | None = True, *,
         kind: str | None = "vbqppl", agency_led: bool | None = True, on: dt.date | None = None) -> Work:
    """A document of the record's list; by default a legal document led by the agency, adopted, in the grade."""
    return Work(role, level, adopted, in_grade, kind=kind, agency_led=agency_led, on=on)


def since(years: int, months: int = 0) -> dt.date:
    """The date on which a grade held for that long (as of ON) was entered."""
    total = ON.year * 12 + ON.month - 1 - years * 12 - months
    return dt.date(total // 12, total % 12 + 1, ON.day)


# ---------------------------------------------------------------- TT 02/2023/TT-BTP, Chuyên viên cao cấp (số 1)


def test_tt02_cvcc_education_level_and_law_major():
    # 000:165 "Tốt nghiệp đại học trở lên chuyên ngành luật."
    line = "chuyên ngành luật"
    assert verdict(TT02, 1, line, education="Cử nhân Luật") is True
    assert verdict(TT02, 1, line, education="Cử nhân Kinh tế; Thạc sĩ Luật") is True  # "trở lên", law major
    assert verdict(TT02, 1, line, education="Cử nhân Kinh tế") is False  # the level without the major
    assert verdict(TT02, 1, line, education="Trung cấp Luật") is False  # the major without the level
    assert verdict(TT02, 1, line, education="Đại học") is None  # major not written
    assert verdict(TT02, 1, line) is None


def test_tt02_cvcc_political_theory_any_of_three():
    # 000:168 "Có bằng tốt nghiệp cao cấp lý luận chính trị hoặc cao cấp lý luận chính trị - hành chính hoặc
    # có giấy xác nhận trình độ lý luận tương đương cao cấp lý luận chính trị của cơ quan có thẩm quyền."
    line = "giấy xác nhận trình độ lý luận"
    assert verdict(TT02, 1, line, political_theory="cao_cap") is True
    assert verdict(TT02, 1, line, certificates="Giấy xác nhận trình độ lý luận chính trị tương đương cao cấp") is True
    assert verdict(TT02, 1, line, certificates="Bằng cao cấp lý luận chính trị - hành chính") is True
    assert verdict(TT02, 1, line, political_theory="trung_cap") is False
    assert verdict(TT02, 1, line) is None


def test_tt02_cvcc_state_management_or_llct_hc():
    # 000:171 "Có chứng chỉ bồi dưỡng kiến thức, kỹ năng quản lý nhà nước đối với công chức ngạch chuyên viên
    # cao cấp và tương đương hoặc có bằng cao cấp lý luận chính trị - hành chính."
    line = "quản lý nhà nước đối với công chức ngạch chuyên viên cao cấp"
    assert verdict(TT02, 1, line, certificates="Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên cao cấp") is True
    assert verdict(TT02, 1, line, certificates="Bằng cao cấp lý luận chính trị - hành chính") is True
    assert verdict(TT02, 1, line, certificates="Chứng chỉ QLNN ngạch chuyên viên chính") is False
    # "cao cấp lý luận chính trị" alone: is it the "- hành chính" degree the text accepts? Not for us to say
    assert verdict(TT02, 1, line, political_theory="cao_cap", certificates="Tiếng Anh B1") is None
    assert verdict(TT02, 1, line) is None


def test_tt02_cvcc_six_years_in_cvc_at_least_one_actually():
    # 000:175 "Có thời gian giữ ngạch chuyên viên chính và tương đương từ đủ 06 năm trở lên. Trường hợp có thời
    # gian tương đương với ngạch chuyên viên chính thì thời gian giữ ngạch chuyên viên chính tối thiểu 01 năm
    # (đủ 12 tháng)."
    line = "từ đủ 06 năm"
    assert verdict(TT02, 1, line, grade="CVC", grade_since=since(6)) is True  # exactly six years
    assert verdict(TT02, 1, line, grade="CVC", grade_since=since(5, 11)) is None  # equivalent time not recorded
    assert verdict(TT02, 1, line, grade="CVC", grade_since=since(4), months_in_equivalent_grade=24) is True
    assert verdict(TT02, 1, line, grade="CVC", grade_since=since(4), months_in_equivalent_grade=23) is False
    assert verdict(TT02, 1, line, grade="CVC", grade_since=since(0, 11)) is False  # under 12 months actually
    assert verdict(TT02, 1, line, grade="CV", grade_since=since(20)) is False  # never held CVC
    assert verdict(TT02, 1, line, grade="CVC") is None


def test_tt02_cvcc_led_two_documents_at_high_level():
    # 000:176 "Trong thời gian giữ ngạch chuyên viên chính và tương đương đã chủ trì xây dựng, thẩm định ít
    # nhất 02 văn bản quy phạm pháp luật hoặc đề tài, đề án, dự án, chương trình nghiên cứu khoa học cấp nhà
    # nước, cấp bộ, cấp ban, cấp ngành hoặc cấp tỉnh … đã được cấp có thẩm quyền ban hành hoặc nghiệm thu."
    line = "đã chủ trì xây dựng, thẩm định ít nhất 02"
    good = work("chủ trì", "bo", adopted=True, in_grade=True)
    assert verdict(TT02, 1, line, works=(good, work("chủ trì", "tinh", True, True))) is True
    assert verdict(TT02, 1, line, works=(good, work("chủ trì", "co_so", True, True))) is False  # grassroots level
    assert verdict(TT02, 1, line, works=(good, work("tham gia", "bo", True, True))) is False  # took part only
    assert verdict(TT02, 1, line, works=(good, work("chủ trì", "bo", None, True))) is None  # adopted?
    assert verdict(TT02, 1, line, documents_led=1) is False  # the record's count: fewer than two led
    assert verdict(TT02, 1, line, documents_led=3) is None  # enough, but level, adoption, time unknown
    assert verdict(TT02, 1, line) is None
    requirement = next(c.requirement for c in checks(TT02, 1, record()) if line in c.source)
    assert "đã chủ trì xây dựng, thẩm định ít nhất 2 văn bản quy phạm pháp luật hoặc đề tài, đề án" in requirement
    assert "cấp nhà nước, cấp bộ, cấp ban, cấp ngành hoặc cấp tỉnh" in requirement


def test_tt02_cvcc_has_five_conditions():
    assert [c.requirement.split(" ")[0] for c in checks(TT02, 1, record())] == ["Tốt", "Có", "Có", "Giữ", "Trong"]


# ---------------------------------------------------------------- TT 02/2023/TT-BTP, Chuyên viên chính (số 2)


def test_tt02_cvc_education():
    # 000:470 "Tốt nghiệp đại học trở lên chuyên ngành luật."
    assert verdict(TT02, 2, "chuyên ngành luật", education="Thạc sĩ Luật hiến pháp") is True
    assert verdict(TT02, 2, "chuyên ngành luật", education="Kỹ sư Xây dựng") is False
    assert verdict(TT02, 2, "chuyên ngành luật", education="Trình độ đại học") is None


def test_tt02_cvc_state_management():
    # 000:473 "Có chứng chỉ bồi dưỡng kiến thức, kỹ năng quản lý nhà nước đối với công chức ngạch chuyên viên
    # chính và tương đương hoặc có bằng cao cấp lý luận chính trị - hành chính."
    line = "ngạch chuyên viên chính và tương đương hoặc"
    assert verdict(TT02, 2, line, certificates="Chứng chỉ QLNN ngạch chuyên viên chính") is True
    assert verdict(TT02, 2, line, certificates="Quản lý nhà nước ngạch chuyên viên cao cấp") is True
    assert verdict(TT02, 2, line, certificates="Cao cấp LLCT - HC") is True
    assert verdict(TT02, 2, line, certificates="Chứng chỉ QLNN ngạch chuyên viên") is False
    assert verdict(TT02, 2, line, certificates="Chứng chỉ QLNN") is None  # grade of the certificate not written


def test_tt02_cvc_nine_years_in_cv():
    # 000:477 "Có thời gian giữ ngạch chuyên viên và tương đương từ đủ 09 năm trở lên. Trường hợp có thời gian
    # tương đương với ngạch chuyên viên thì thời gian giữ ngạch chuyên viên tối thiểu 01 năm (đủ 12 tháng)."
    line = "từ đủ 09 năm"
    assert verdict(TT02, 2, line, grade="CV", grade_since=since(9, 1)) is True
    assert verdict(TT02, 2, line, grade="CV", grade_since=since(0, 6)) is False
    assert verdict(TT02, 2, line, grade="NV", grade_since=since(20)) is False
    assert verdict(TT02, 2, line, grade="CV", grade_since=since(3)) is None
    assert verdict(TT02, 2, line, grade="CVC", grade_since=since(1)) is None  # time in CV before CVC not recorded


def test_tt02_cvc_took_part_in_one_document():
    # 000:478 "Trong thời gian giữ ngạch chuyên viên và tương đương đã tham gia xây dựng, thẩm định ít nhất 01
    # văn bản quy phạm pháp luật hoặc đề tài, đề án, dự án, chương trình nghiên cứu khoa học từ cấp cơ sở trở
    # lên … đã được cấp có thẩm quyền ban hành hoặc nghiệm thu."
    line = "đã tham gia xây dựng, thẩm định ít nhất 01"
    assert verdict(TT02, 2, line, works=(work("tham gia", "co_so", True, True),)) is True
    assert verdict(TT02, 2, line, works=(work("tham gia", "co_so", False, True),)) is False  # never adopted
    assert verdict(TT02, 2, line, works=(work("tham gia", "bo", True, False),)) is False  # before the grade
    assert verdict(TT02, 2, line, documents_led=0) is None  # the record counts led documents, not participations
    assert verdict(TT02, 2, line, documents_led=2) is None


def test_tt02_cvc_has_no_political_theory_condition():
    assert len(checks(TT02, 2, record())) == 4
    assert not any(c.source.startswith("Có bằng tốt nghiệp cao cấp") for c in checks(TT02, 2, record()))


# ---------------------------------------------------------------- TT 02/2023/TT-BTP, Chuyên viên (số 3)


def test_tt02_cv_education():
    # 000:766 "Tốt nghiệp đại học trở lên chuyên ngành luật."
    assert verdict(TT02, 3, "chuyên ngành luật", education="Cử nhân Luật kinh tế") is True
    assert verdict(TT02, 3, "chuyên ngành luật", education="Cao đẳng Luật") is False
    assert verdict(TT02, 3, "chuyên ngành luật", education="Tốt nghiệp loại khá") is None  # no level readable


def test_tt02_cv_state_management():
    # 000:770 "Có chứng chỉ bồi dưỡng kiến thức, kỹ năng quản lý nhà nước đối với công chức ngạch chuyên viên
    # và tương đương."
    line = "ngạch chuyên viên và tương đương"
    assert verdict(TT02, 3, line, certificates="Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên") is True
    assert verdict(TT02, 3, line, certificates="Tiếng Anh B1") is False
    assert verdict(TT02, 3, line) is None
    assert len(checks(TT02, 3, record())) == 2  # no experience section for CV


# ---------------------------------------------------------------- TT 09/2023/TT-BTTTT, ngạch Chuyên viên cao cấp


def test_tt09_cvcc_education_major_suited_to_the_field():
    # 003:917 "Tốt nghiệp đại học trở lên với ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực công tác."
    n, line = TT09_BY_GRADE["CVCC"], "phù hợp với lĩnh vực công tác"
    assert verdict(TT09, n, line, education="Kỹ sư Điện tử - Viễn thông", major_fits_field=True) is True
    assert verdict(TT09, n, line, education="Kỹ sư Điện tử - Viễn thông", major_fits_field=False) is False
    assert verdict(TT09, n, line, education="Trung cấp Bưu chính") is False
    assert verdict(TT09, n, line, education="Kỹ sư Điện tử - Viễn thông") is None  # the record cannot say "phù hợp"


def test_tt09_cvcc_political_theory():
    # 003:918 "Có bằng tốt nghiệp cao cấp lý luận chính trị hoặc bằng cao cấp lý luận chính trị - hành chính
    # hoặc có giấy xác nhận trình độ lý luận chính trị tương đương cao cấp lý luận chính trị của cơ quan có
    # thẩm quyền."
    n, line = TT09_BY_GRADE["CVCC"], "bằng cao cấp lý luận chính trị - hành chính hoặc có giấy"
    assert verdict(TT09, n, line, political_theory="Cao cấp") is True
    assert verdict(TT09, n, line, political_theory="so_cap") is False
    assert verdict(TT09, n, line) is None


def test_tt09_cvcc_state_management_without_llct_hc_alternative():
    # 003:923 "Có trình độ quản lý nhà nước đối với công chức ngạch chuyên viên cao cấp và tương đương;"
    n, line = TT09_BY_GRADE["CVCC"], "trình độ quản lý nhà nước đối với công chức ngạch chuyên viên cao cấp"
    assert verdict(TT09, n, line, certificates="Chứng chỉ QLNN ngạch chuyên viên cao cấp") is True
    # unlike TT 02, this text offers no "hoặc có bằng cao cấp lý luận chính trị - hành chính"
    assert verdict(TT09, n, line, certificates="Bằng cao cấp lý luận chính trị - hành chính") is False
    # "trình độ": a degree in administration may give it; the agency decides
    assert verdict(TT09, n, line, education="Cử nhân Hành chính học", certificates="Tiếng Anh B1") is None


def test_tt09_it_and_language_set_by_the_ministry():
    # 003:924, 964, 1000 "Có trình độ tin học, ngoại ngữ phù hợp theo yêu cầu của bộ, ngành, địa phương đối
    # với từng vị trí việc làm cụ thể." The level is not in the framework: never decided by the program.
    for grade in ("CVCC", "CVC", "CV"):
        found = [c for c in checks(TT09, TT09_BY_GRADE[grade], record(certificates="Tiếng Anh B1; Ứng dụng CNTT cơ bản"))
                 if "tin học, ngoại ngữ" in c.source]
        assert len(found) == 1 and found[0].met is None and "bộ, ngành, địa phương" in found[0].missing
        assert found[0].actual == "Tiếng Anh B1; Ứng dụng CNTT cơ bản"


def test_tt09_cvcc_six_years_in_cvc():
    # 003:929 "Có thời gian giữ ngạch chuyên viên chính và tương đương từ đủ 06 năm trở lên. Trường hợp có thời
    # gian tương đương với ngạch chuyên viên chính thì thời gian giữ ngạch chuyên viên chính tối thiểu 01 năm
    # (đủ 12 tháng)."
    n, line = TT09_BY_GRADE["CVCC"], "từ đủ 06 năm"
    assert verdict(TT09, n, line, grade="CVC", grade_since=since(7)) is True
    assert verdict(TT09, n, line, grade="CVC", grade_since=since(0, 3)) is False
    assert verdict(TT09, n, line, grade="CVC", grade_since=since(2)) is None


def test_tt09_cvcc_led_two_documents():
    # 003:930 "Trong thời gian giữ ngạch chuyên viên chính hoặc tương đương đã chủ trì xây dựng, thẩm định ít
    # nhất 02 văn bản quy phạm pháp luật hoặc đề tài, … cấp nhà nước, cấp bộ, cấp ban, cấp ngành hoặc cấp tỉnh
    # … đã được cấp có thẩm quyền ban hành hoặc nghiệm thu"
    n, line = TT09_BY_GRADE["CVCC"], "đã chủ trì xây dựng, thẩm định ít nhất 02"
    assert verdict(TT09, n, line, works=(work("chủ trì", "nganh", True, True),) * 2) is True
    assert verdict(TT09, n, line, works=(work("chủ trì", "nganh", True, True),)) is False
    assert verdict(TT09, n, line, documents_led=0) is False
    assert verdict(TT09, n, line, documents_led=2) is None


# ---------------------------------------------------------------- TT 09/2023/TT-BTTTT, ngạch Chuyên viên chính


def test_tt09_cvc_education():
    # 003:958 "Tốt nghiệp đại học trở lên với ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực công tác."
    n = TT09_BY_GRADE["CVC"]
    assert verdict(TT09, n, "phù hợp với lĩnh vực công tác", education="Cử nhân Báo chí", major_fits_field=True) is True
    assert verdict(TT09, n, "phù hợp với lĩnh vực công tác", education="Cao đẳng Báo chí", major_fits_field=True) is False
    assert verdict(TT09, n, "phù hợp với lĩnh vực công tác", education="Cử nhân Báo chí") is None


def test_tt09_cvc_state_management():
    # 003:963 "Có trình độ quản lý nhà nước đối với công chức ngạch chuyên viên chính."
    n, line = TT09_BY_GRADE["CVC"], "ngạch chuyên viên chính."
    assert verdict(TT09, n, line, certificates="QLNN ngạch chuyên viên chính") is True
    assert verdict(TT09, n, line, certificates="QLNN ngạch chuyên viên") is False
    assert verdict(TT09, n, line) is None


def test_tt09_cvc_nine_years_in_cv():
    # 003:969 "Có thời gian giữ ngạch chuyên viên và tương đương từ đủ 09 năm trở lên. Trường hợp có thời gian
    # tương đương với ngạch chuyên viên thì thời gian giữ ngạch chuyên viên tối thiểu 01 năm (đủ 12 tháng)."
    n, line = TT09_BY_GRADE["CVC"], "từ đủ 09 năm"
    assert verdict(TT09, n, line, grade="CV", grade_since=since(9)) is True
    assert verdict(TT09, n, line, grade="CS", grade_since=since(12)) is False
    assert verdict(TT09, n, line, grade="CV", grade_since=since(8, 11)) is None


def test_tt09_cvc_led_or_took_part_in_one_document():
    # 003:970 "Trong thời gian giữ ngạch chuyên viên hoặc tương đương đã chủ trì hoặc tham gia xây dựng, thẩm
    # định ít nhất 01 văn bản quy phạm pháp luật hoặc đề tài, … cấp cơ sở trở lên … ban hành hoặc nghiệm thu."
    n, line = TT09_BY_GRADE["CVC"], "đã chủ trì hoặc tham gia"
    assert verdict(TT09, n, line, works=(work("tham gia", "co_so", True, True),)) is True
    assert verdict(TT09, n, line, works=()) is False
    assert verdict(TT09, n, line, documents_led=1) is None


# ---------------------------------------------------------------- TT 09/2023/TT-BTTTT, ngạch Chuyên viên, Nhân viên


def test_tt09_cv_education_and_state_management():
    # 003:994 "Tốt nghiệp đại học trở lên với ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực công tác."
    # 003:999 "Có trình độ quản lý nhà nước đối với công chức ngạch chuyên viên."
    n = TT09_BY_GRADE["CV"]
    assert verdict(TT09, n, "phù hợp với lĩnh vực công tác", education="Kỹ sư CNTT", major_fits_field=True) is True
    assert verdict(TT09, n, "phù hợp với lĩnh vực công tác", education="Trung cấp CNTT") is False
    assert verdict(TT09, n, "ngạch chuyên viên.", certificates="Chứng chỉ QLNN ngạch chuyên viên") is True
    assert verdict(TT09, n, "ngạch chuyên viên.", certificates="Tiếng Anh B1") is False
    assert verdict(TT09, n, "ngạch chuyên viên.") is None
    assert len(checks(TT09, n, record())) == 3


def test_tt09_nv_education_and_conditional_certificate():
    # 003:1020 "Có bằng tốt nghiệp trung cấp trở lên với ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực
    # công tác"
    # 003:1025 "Có chứng chỉ bồi dưỡng nghiệp vụ liên quan đến các công việc được giao nếu nhiệm vụ hoặc vị trí
    # việc làm yêu cầu."
    n = TT09_BY_GRADE["NV"]
    assert verdict(TT09, n, "trung cấp trở lên", education="Trung cấp Văn thư", major_fits_field=True) is True
    assert verdict(TT09, n, "trung cấp trở lên", education="Tốt nghiệp THPT") is False
    assert verdict(TT09, n, "trung cấp trở lên", education="Cao đẳng Văn thư") is None
    assert verdict(TT09, n, "nếu nhiệm vụ", certificates="Chứng chỉ văn thư lưu trữ") is None


# ---------------------------------------------------------------- rules typed by people, and the record's gaps


def test_every_builtin_condition_is_open_on_an_empty_record():
    for code, numbers in ((TT02, (1, 2, 3)), (TT09, tuple(TT09_BY_GRADE.values()))):
        for n in numbers:
            found = checks(code, n, record())
            assert found and all(c.met is None and c.missing and c.source for c in found), (code, n)


def test_rule_values_typed_in_an_import_never_crash():
    facts = record(education="Cử nhân Luật", political_theory="Cao cấp", documents_led=3)
    typed = {"min_education": "đại học", "political_theory": "cao cấp", "documents_led_min": 2,
             "documents_led_role": "Chủ trì"}
    found = readiness_checks(typed, facts, ON)
    assert [c.met for c in found] == [True, True, True]  # no text: the rule row's conditions only
    nonsense = readiness_checks({"min_education": "xyz", "political_theory": "??"}, facts, ON)
    assert [c.met for c in nonsense] == [None, None] and all("không đọc được" in c.missing for c in nonsense)


def test_rule_row_numbers_win_over_the_text():
    p = _position(TT02, 1)
    rule = {**p["qualification_rules"], "years_in_lower_grade": 5, "min_education": "thac_si"}
    found = readiness_checks(rule, record(grade="CVC", grade_since=since(5), education="Cử nhân Luật"), ON,
                             p["qualifications"])
    years = next(c for c in found if "06 năm" in c.source)
    assert years.met is True and "từ đủ 5 năm" in years.requirement
    assert next(c for c in found if "luật" in c.source).met is False


def test_a_line_not_understood_stays_a_condition():
    found = readiness_checks(None, record(), ON, {"training": ["Có giấy phép lái xe hạng B2."], "personal": ["Trung thực."]})
    assert len(found) == 1 and found[0].met is None and found[0].requirement == "Có giấy phép lái xe hạng B2."


def test_levels_from_free_text():
    assert education_level("Kỹ sư Điện tử - Viễn thông") == "dai_hoc"
    assert education_level("Cử nhân Luật, Thạc sĩ Quản lý công") == "thac_si"
    assert education_level("trung cấp Bưu chính") == "trung_cap"
    assert education_level("") is None
    assert education_code("ĐH") == "dai_hoc" and education_code("dai_hoc") == "dai_hoc" and education_code("x") is None
    assert state_management_level("Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên chính") == "CVC"
    assert state_management_level("Quản lý nhà nước ngạch chuyên viên") == "CV"
    assert state_management_level("Tiếng Anh B1") is None


def test_parsed_line_keeps_its_parts():
    c = parse_line("Trong thời gian giữ ngạch chuyên viên hoặc tương đương đã chủ trì hoặc tham gia xây dựng, thẩm "
                   "định ít nhất 01 văn bản quy phạm pháp luật hoặc đề tài, đề án, dự án, chương trình nghiên cứu "
                   "khoa học cấp cơ sở trở lên mà cơ quan sử dụng công chức được giao chủ trì nghiên cứu, xây dựng "
                   "đã được cấp có thẩm quyền ban hành hoặc nghiệm thu.", "experience")
    assert (c.kind, c.role, c.count, c.grade, c.equivalent, c.works_level, c.adopted) == (
        "documents", "chủ trì hoặc tham gia", 1, "CV", "hoặc tương đương", "cấp cơ sở trở lên", True)
    assert c.works == "văn bản quy phạm pháp luật hoặc đề tài, đề án, dự án, chương trình nghiên cứu khoa học"
    assert len(conditions(None, None)) == 0


def test_service_reads_the_record(demo_db, actor):
    from app.services.staff import statutory_readiness

    found = statutory_readiness(demo_db, actor, "MAU0005", "btp-02-2023:2", on=ON)
    assert found[0].requirement == "Tốt nghiệp đại học trở lên, chuyên ngành luật"
    assert found[0].source == "Tốt nghiệp đại học trở lên chuyên ngành luật."
    assert any(c.requirement.startswith("Giữ ngạch chuyên viên và tương đương từ đủ 9 năm") for c in found)
    assert {c.met for c in found} <= {True, False, None}


def test_command_line_shows_what_is_missing(capsys, demo_url):
    from app.cli import main

    assert main(["--db", demo_url, "readiness", "MAU0005", "--position", "btp-02-2023:2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(set(r) == {"requirement", "actual", "met", "missing", "source"} for r in rows)
    assert all(r["missing"] for r in rows if r["met"] is None)
    assert main(["--db", demo_url, "readiness", "MAU0005", "--position", "btp-02-2023:2"]) == 0
    out = capsys.readouterr().out
    assert "Tốt nghiệp đại học trở lên, chuyên ngành luật" in out


@pytest.mark.parametrize("facts", [record(), record(education="Đại học", grade="CV", grade_since=ON, documents_led=0)])
def test_html_panel_names_what_is_missing(facts):
    from app.forms import readiness_html

    html = readiness_html(checks(TT02, 1, facts))
    assert "Cần thêm để kết luận" in html and "chuyên ngành luật" in html


def test_an_equivalent_grade_counts_but_is_not_time_actually_in_the_grade():
    # 000:175 "… giữ ngạch chuyên viên chính và tương đương từ đủ 06 năm … thời gian giữ ngạch chuyên viên
    # chính tối thiểu 01 năm": a thanh tra viên chính (same rank as CVC in the grades catalogue) has the time,
    # the record does not say whether one year of it was in CVC itself.
    grades = {"CVCC": ("chuyên viên cao cấp", 5), "CVC": ("chuyên viên chính", 4), "CV": ("chuyên viên", 3),
              "04.024": ("thanh tra viên chính", 4), "04.025": ("thanh tra viên", 3)}
    p = _position(TT02, 1)

    def years(grade: str, held: int) -> Check:
        found = readiness_checks(p["qualification_rules"], record(grade=grade, grade_since=since(held)), ON,
                                 p["qualifications"], grades)
        return next(c for c in found if "06 năm" in c.source)

    assert years("04.024", 7).met is None and "thực tế giữ ngạch chuyên viên chính" in years("04.024", 7).missing
    assert years("04.025", 12).met is False
    assert "ngạch thanh tra viên chính từ" in years("04.024", 7).actual
    assert years("X9", 7).met is None  # a grade the catalogue does not rank


# ---------------------------------------------------------------- complete records: every condition decided
# A record with the lists of the employee record (degrees, certificates, grade history, documents) decides each
# condition: one complete record per position meets them all, and for each qualification line a change of the
# record makes that line, and only that line, "chưa đạt". Only the level of IT and foreign language (set by the
# ministry for each position, not in the framework) stays open.


def listed(**kw) -> Facts:
    """A complete record: the lists are given and declared complete."""
    base = {"degree_list": (), "certificate_list": (), "grade_periods": (), "works": (), "history_complete": True}
    return record(**{**base, **kw})


def led(n: int, level: str, role: str = "chủ trì", years_ago: int = 2, **kw) -> tuple[Work, ...]:
    """n documents adopted years_ago, the agency charged with leading them; in_grade from the dates."""
    return tuple(work(role, level, True, None, on=since(years_ago, i), **kw) for i in range(n))


LAW = (("dai_hoc", "Luật"),)
QLNN = {code: (Certificate("qlnn", "Chứng chỉ bồi dưỡng QLNN", code),) for code in ("CVCC", "CVC", "CV")}
COMPLETE = {
    # TT 02 số 1, CVCC: 000:165 luật; 000:168 LLCT; 000:171 QLNN CVCC hoặc LLCT-HC; 000:175 06 năm CVC; 000:176 02 văn bản
    (TT02, 1): (listed(degree_list=LAW, political_theory="cao_cap", political_theory_kind="llct",
                       certificate_list=QLNN["CVCC"], grade="CVC", grade_since=since(4),
                       grade_periods=(GradeSpan("04.024", since(7), since(4)), GradeSpan("CV", since(16), since(7))),
                       works=led(2, "bo")),
                {"chuyên ngành luật": {"degree_list": (("dai_hoc", "Kinh tế"), ("cao_dang", "Luật"))},
                 "giấy xác nhận trình độ lý luận": {"political_theory": "trung_cap"},
                 "ngạch chuyên viên cao cấp và tương đương hoặc": {"certificate_list": QLNN["CVC"]},
                 "từ đủ 06 năm": {"grade_periods": (GradeSpan("CV", since(16), since(4)),)},
                 "đã chủ trì xây dựng, thẩm định ít nhất 02": {"works": led(1, "bo") + led(1, "co_so")}}),
    # TT 02 số 2, CVC: 000:470 luật; 000:473 QLNN CVC hoặc LLCT-HC; 000:477 09 năm CV; 000:478 tham gia 01 văn bản
    (TT02, 2): (listed(degree_list=LAW, political_theory="cao_cap", political_theory_kind="llct_hc",
                       grade="CV", grade_since=since(9, 2), works=led(1, "co_so", "tham gia", kind="de_an")),
                {"chuyên ngành luật": {"degree_list": (("thac_si", "Quản lý công"),)},
                 "ngạch chuyên viên chính và tương đương hoặc": {"political_theory_kind": "llct"},
                 "từ đủ 09 năm": {"grade_since": since(8)},
                 "đã tham gia xây dựng, thẩm định ít nhất 01": {"works": led(1, "co_so", "tham gia", kind="khac")}}),
    # TT 02 số 3, CV: 000:766 luật; 000:770 QLNN CV
    (TT02, 3): (listed(degree_list=LAW, certificate_list=QLNN["CV"]),
                {"chuyên ngành luật": {"degree_list": (("cao_dang", "Luật"),)},
                 "ngạch chuyên viên và tương đương": {"certificate_list": (Certificate("ngoai_ngu", "Tiếng Anh", "B1"),)}}),
    # TT 09 CVCC: 003:917 ngành phù hợp; 003:918 LLCT; 003:923 QLNN CVCC; 003:924 tin học, ngoại ngữ;
    # 003:929 06 năm CVC; 003:930 02 văn bản cấp bộ trở lên
    (TT09, TT09_BY_GRADE["CVCC"]): (
        listed(degree_list=(("dai_hoc", "Điện tử - Viễn thông"),), major_fits_field=True, political_theory="cao_cap",
               political_theory_kind="xac_nhan", certificate_list=QLNN["CVCC"], grade="CVC", grade_since=since(6),
               works=led(2, "nganh", kind="de_tai")),
        {"phù hợp với lĩnh vực công tác": {"major_fits_field": False},
         "bằng cao cấp lý luận chính trị - hành chính hoặc có giấy": {"political_theory": "so_cap"},
         "trình độ quản lý nhà nước đối với công chức ngạch chuyên viên cao cấp": {
             "certificate_list": (), "political_theory_kind": "llct_hc"},  # no LLCT-HC alternative in TT 09
         "từ đủ 06 năm": {"grade_since": since(5, 11)},
         "đã chủ trì xây dựng, thẩm định ít nhất 02": {"works": led(2, "nganh", agency_led=False)}}),
    # TT 09 CVC: 003:958 ngành phù hợp; 003:963 QLNN CVC; 003:969 09 năm CV; 003:970 chủ trì hoặc tham gia 01
    (TT09, TT09_BY_GRADE["CVC"]): (
        listed(degree_list=(("dai_hoc", "Báo chí"),), major_fits_field=True, certificate_list=QLNN["CVC"],
               grade="CVC", grade_since=since(1), grade_periods=(GradeSpan("CV", since(10)),),
               works=led(1, "co_so", "tham gia", years_ago=5, kind="chuong_trinh")),
        {"phù hợp với lĩnh vực công tác": {"degree_list": (("cao_dang", "Báo chí"),)},
         "ngạch chuyên viên chính.": {"certificate_list": QLNN["CV"]},
         "từ đủ 09 năm": {"grade_periods": (GradeSpan("CV", since(8)),)},
         # done after leaving CV for CVC: not "trong thời gian giữ ngạch chuyên viên"
         "đã chủ trì hoặc tham gia": {"works": led(1, "co_so", "tham gia", years_ago=0, kind="chuong_trinh")}}),
    # TT 09 CV: 003:994 ngành phù hợp; 003:999 QLNN CV
    (TT09, TT09_BY_GRADE["CV"]): (
        listed(degree_list=(("dai_hoc", "Công nghệ thông tin"),), major_fits_field=True, certificate_list=QLNN["CV"]),
        {"phù hợp với lĩnh vực công tác": {"major_fits_field": False},
         "ngạch chuyên viên.": {"certificate_list": (Certificate("qlnn", "", "CS"),)}}),
    # TT 09 NV: 003:1020 trung cấp phù hợp; 003:1025 chứng chỉ nghiệp vụ nếu vị trí yêu cầu
    (TT09, TT09_BY_GRADE["NV"]): (
        listed(degree_list=(("trung_cap", "Văn thư"),), major_fits_field=True,
               certificate_list=(Certificate("nghiep_vu", "Nghiệp vụ văn thư, lưu trữ"),)),
        {"trung cấp trở lên": {"degree_list": (("pho_thong", ""),)}}),
}
OPEN_BY_LAW = ("tin học, ngoại ngữ",)  # the level is the ministry's, per position: never decided here


def _decided(checks_: list[Check]) -> dict[str, bool | None]:
    return {c.source: c.met for c in checks_}


@pytest.mark.parametrize("position", sorted(COMPLETE), ids=lambda p: f"{p[0]}:{p[1]}")
def test_a_complete_record_meets_every_condition(position):
    facts, _failing = COMPLETE[position]
    found = checks(*position, facts)
    assert found
    for c in found:
        expected = None if any(x in c.source for x in OPEN_BY_LAW) else True
        assert c.met is expected, (c.source, c.actual, c.missing)


@pytest.mark.parametrize("position,fragment", [(p, f) for p in sorted(COMPLETE) for f in COMPLETE[p][1]],
                         ids=lambda x: x if isinstance(x, str) else f"{x[0]}:{x[1]}")
def test_a_complete_record_fails_exactly_one_condition(position, fragment):
    facts, failing = COMPLETE[position]
    before = _decided(checks(*position, facts))
    after = _decided(checks(*position, listed(**{**facts.__dict__, **failing[fragment]})))
    changed = {source: met for source, met in after.items() if before[source] != met}
    assert len(changed) == 1 and fragment in next(iter(changed)), changed
    assert next(iter(changed.values())) is False


def test_every_condition_line_has_a_failing_record_but_the_open_ones():
    for position, (facts, failing) in COMPLETE.items():
        sources = [c.source for c in checks(*position, facts)]
        for source in sources:
            if any(x in source for x in OPEN_BY_LAW) or "nếu nhiệm vụ" in source:
                continue
            assert sum(f in source for f in failing) == 1, (position, source)


def test_an_undeclared_history_leaves_a_shortfall_open():
    facts, failing = COMPLETE[(TT02, 1)]
    short = listed(**{**facts.__dict__, **failing["từ đủ 06 năm"], "history_complete": False})
    years = next(c for c in checks(TT02, 1, short) if "từ đủ 06 năm" in c.source)
    assert years.met is None and "chưa xác nhận đã kê khai đủ" in years.missing
    few = listed(**{**facts.__dict__, "works": led(1, "bo"), "history_complete": False})
    docs = next(c for c in checks(TT02, 1, few) if "ít nhất 02" in c.source)
    assert docs.met is None and "danh sách văn bản" in docs.missing


def test_a_work_of_unknown_kind_or_lead_is_open_and_named():
    facts, _ = COMPLETE[(TT02, 1)]
    vague = listed(**{**facts.__dict__, "works": led(1, "bo") + led(1, "bo", kind=None, agency_led=None)})
    docs = next(c for c in checks(TT02, 1, vague) if "ít nhất 02" in c.source)
    assert docs.met is None and "loại văn bản" in docs.missing and "cơ quan có được giao chủ trì" in docs.missing


def test_nv_certificate_if_required_met_with_one_open_without():
    # 003:1025 "Có chứng chỉ bồi dưỡng nghiệp vụ … nếu nhiệm vụ hoặc vị trí việc làm yêu cầu."
    facts, _ = COMPLETE[(TT09, TT09_BY_GRADE["NV"])]
    without = listed(**{**facts.__dict__, "certificate_list": ()})
    found = next(c for c in checks(TT09, TT09_BY_GRADE["NV"], without) if "nếu nhiệm vụ" in c.source)
    assert found.met is None and "có yêu cầu" in found.missing

"""Statutory readiness for a position: each qualification condition of the text (app.qualifications)
checked against the employee's record.

Pure functions. A condition whose facts the record does not hold is "chưa rõ" (met None) with what
is missing, never guessed as met. A value nobody can read (a rule typed as "xyz") is "chưa rõ" too,
never an exception.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.qualifications import (
    EDUCATION_LABELS,
    EDUCATION_RANK,
    GRADES,
    SUITABLE_MAJOR,
    THEORY_LABELS,
    THEORY_RANK,
    Condition,
    conditions,
    theory_code,
)
from app.vntext import clean, format_date, search_key

NOT_RECORDED = "chưa có trong hồ sơ"
HIGH_LEVELS = {"nha_nuoc", "bo", "ban", "nganh", "tinh"}  # "cấp nhà nước, cấp bộ, cấp ban, cấp ngành hoặc cấp tỉnh"


@dataclass(frozen=True)
class Work:
    """A legal document or project the person drafted or appraised. Not in the employee record yet."""

    role: str  # "chủ trì" or "tham gia"
    level: str | None = None  # nha_nuoc, bo, ban, nganh, tinh, co_so; None: unknown
    adopted: bool | None = None  # issued or accepted by the competent authority
    in_grade: bool | None = None  # done while holding the grade the condition names (or an equivalent one)


@dataclass(frozen=True)
class Facts:
    education: str
    political_theory: str
    certificates: str
    grade: str | None
    grade_since: dt.date | None
    documents_led: int | None
    # Facts the employee record cannot hold today (None = unknown); the checks use them when given.
    major_fits_field: bool | None = None  # the agency's finding that the major suits the field of work
    months_in_equivalent_grade: int | None = None  # before entering the grade the condition names
    works: tuple[Work, ...] | None = None


@dataclass(frozen=True)
class Check:
    requirement: str
    actual: str
    met: bool | None  # None: the record does not say
    missing: str = ""  # when met is None: what the record lacks to decide
    source: str = ""  # the line of the legal text the condition comes from


GradeInfo = Mapping[str, tuple[str, int]]  # code -> (name in lower case, rank)


def _grade_name(code: str | None, grades: GradeInfo) -> str:
    if code is None:
        return ""
    return grades.get(code, (code, 0))[0].lower()


# ---------------------------------------------------------------- reading the record


_LEVEL_WORDS = [
    ("tien_si", r"tien si|ts"),
    ("thac_si", r"thac si|ths|cao hoc"),
    ("dai_hoc", r"dai hoc|cu nhan|ky su|ki su|bac si|duoc si|kien truc su|dh"),
    ("cao_dang", r"cao dang"),
    ("trung_cap", r"trung cap"),
    ("pho_thong", r"so cap|trung hoc pho thong|thpt|12/12"),
]
_LEVEL_RE = re.compile(r"(?<![a-z])(" + "|".join(p for _, p in _LEVEL_WORDS) + r")(?![a-z])")
_FILLER_RE = re.compile(r"(?<![a-z])(tot nghiep|van bang \d|van bang|bang|chuyen nganh|nganh|he|chinh quy|tai chuc"
                        r"|tu xa|lien thong|trinh do|tro len)(?![a-z])")


def degrees(education: str) -> list[tuple[str, str]]:
    """(level code, major key) of each degree named in a free-text education field.

    "Cử nhân Luật; Thạc sĩ Quản lý công" -> [("dai_hoc", "luat"), ("thac_si", "quan ly cong")]. A
    degree whose major is not written has major "". Keys are lower case without diacritics.
    """
    key = search_key(education)
    found = list(_LEVEL_RE.finditer(key))
    out = []
    for n, m in enumerate(found):
        level = next(code for code, pattern in _LEVEL_WORDS if re.fullmatch(pattern, m.group(1)))
        tail = key[m.end(): found[n + 1].start() if n + 1 < len(found) else len(key)]
        major = " ".join(re.sub(r"[^a-z0-9 ]", " ", _FILLER_RE.sub(" ", tail)).split())
        out.append((level, major))
    return out


def education_level(text: str) -> str | None:
    """The highest level named in a free-text education field."""
    levels = [level for level, _ in degrees(text)]
    return max(levels, key=EDUCATION_RANK.__getitem__) if levels else None


def _mentions(certificates: str, *patterns: str) -> bool:
    key = re.sub(r"\s*-\s*", "-", search_key(certificates))
    return any(re.search(p, key) for p in patterns)


def _llct_hc(certificates: str) -> bool:
    """The record names a cao cấp lý luận chính trị - hành chính degree."""
    return _mentions(certificates, r"cao cap (ly luan chinh tri|llct)-hanh chinh", r"cao cap llct-hc", r"cclct-hc")


def state_management_level(certificates: str, grades: GradeInfo = GRADES) -> str | None:
    """The grade of the state-management (QLNN) certificate named in the record, if any."""
    key = search_key(certificates)
    if "qlnn" not in key and "quan ly nha nuoc" not in key:
        return None
    # the longest name first: "chuyên viên" is in all three
    for code, (name, _rank) in sorted(grades.items(), key=lambda kv: -len(kv[1][0])):
        if re.search(rf"(?<![a-z]){re.escape(search_key(name))}(?![a-z])", key):
            return code
    return None


def _months(since: dt.date, on: dt.date) -> int:
    """Whole months from since to on ("đủ 12 tháng" = 12)."""
    return (on.year - since.year) * 12 + on.month - since.month - (on.day < since.day)


def _duration(months: int) -> str:
    years, rest = divmod(max(months, 0), 12)
    return f"{years} năm {rest} tháng" if rest else f"{years} năm"


# ---------------------------------------------------------------- one check per kind


def _education(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    level_label = EDUCATION_LABELS.get(c.level or "", c.unreadable or "?")
    requirement = f"Tốt nghiệp {level_label} trở lên"
    if c.major == SUITABLE_MAJOR:
        requirement += ", ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực công tác"
    elif c.major:
        requirement += f", chuyên ngành {c.major}"
    actual = f.education or NOT_RECORDED
    if c.level is None:
        return Check(requirement, actual, None, f"điều kiện ghi trình độ '{c.unreadable}' không đọc được", c.source)
    if not clean(f.education):
        return Check(requirement, actual, None, "trình độ đào tạo", c.source)
    found = degrees(f.education)
    if not found:
        return Check(requirement, actual, None, "trình độ (đại học, thạc sĩ…) không đọc được từ hồ sơ", c.source)
    high = [major for level, major in found if EDUCATION_RANK[level] >= EDUCATION_RANK[c.level]]
    if not high:
        return Check(requirement, actual, False, source=c.source)
    if not c.major:
        return Check(requirement, actual, True, source=c.source)
    if c.major == SUITABLE_MAJOR:
        if f.major_fits_field is not None:
            return Check(requirement, actual, f.major_fits_field, source=c.source)
        return Check(requirement, actual, None,
                     "xác nhận của cơ quan rằng ngành đào tạo phù hợp với lĩnh vực công tác", c.source)
    wanted = search_key(c.major)
    if any(re.search(rf"(?<![a-z]){re.escape(wanted)}(?![a-z])", major) for major in high):
        return Check(requirement, actual, True, source=c.source)
    if any(not major for major in high):
        return Check(requirement, actual, None, f"chuyên ngành của bằng {EDUCATION_LABELS[c.level]} trở lên", c.source)
    return Check(requirement, actual, False, source=c.source)


def _political_theory(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    if c.level == "cao_cap":
        requirement = "Có bằng tốt nghiệp cao cấp lý luận chính trị hoặc cao cấp lý luận chính trị - hành chính"
        if c.confirmation:
            requirement += (" hoặc giấy xác nhận trình độ lý luận chính trị tương đương cao cấp lý luận chính trị"
                            " của cơ quan có thẩm quyền")
    else:
        requirement = f"Trình độ lý luận chính trị {THEORY_LABELS.get(c.level or '', c.unreadable or '?')} trở lên"
    have = theory_code(f.political_theory)
    actual = THEORY_LABELS[have] if have else (f.political_theory or NOT_RECORDED)
    if c.level is None:
        return Check(requirement, actual, None, f"điều kiện ghi trình độ '{c.unreadable}' không đọc được", c.source)
    if have and THEORY_RANK[have] >= THEORY_RANK[c.level]:
        return Check(requirement, actual, True, source=c.source)
    # the degree or the confirmation may be written among the certificates instead
    in_certificates = c.level == "cao_cap" and _mentions(f.certificates, r"cao cap (ly luan chinh tri|llct)",
                                                         r"tuong duong cao cap")
    if in_certificates:
        return Check(requirement, f"{actual}; chứng chỉ: {f.certificates}", True, source=c.source)
    if have:
        return Check(requirement, actual, False, source=c.source)
    return Check(requirement, actual, None, "trình độ lý luận chính trị", c.source)


def _state_management(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    name = _grade_name(c.grade, grades)
    requirement = ("Có chứng chỉ bồi dưỡng kiến thức, kỹ năng quản lý nhà nước" if c.certificate_word
                   else "Có trình độ quản lý nhà nước") + f" đối với công chức ngạch {name}"
    if c.equivalent:
        requirement += f" {c.equivalent}"
    if c.or_llct_hc:
        requirement += " hoặc có bằng cao cấp lý luận chính trị - hành chính"
    actual = f.certificates or NOT_RECORDED
    have = state_management_level(f.certificates, grades)
    need_rank = grades.get(c.grade or "", ("", 0))[1]
    if have is not None and grades[have][1] >= need_rank:
        return Check(requirement, actual, True, source=c.source)
    if c.or_llct_hc and _llct_hc(f.certificates):
        return Check(requirement, actual, True, source=c.source)
    if c.or_llct_hc and theory_code(f.political_theory) == "cao_cap":
        # "cao cấp lý luận chính trị" in the record: the text accepts only the "- hành chính" degree
        return Check(requirement, f"{actual}; lý luận chính trị: cao cấp", None,
                     "bằng cao cấp lý luận chính trị có phải là bằng cao cấp lý luận chính trị - hành chính không",
                     c.source)
    if not clean(f.certificates):
        return Check(requirement, actual, None, "chứng chỉ bồi dưỡng quản lý nhà nước", c.source)
    if have is None and _mentions(f.certificates, r"qlnn|quan ly nha nuoc"):
        return Check(requirement, actual, None, "ngạch của chứng chỉ quản lý nhà nước", c.source)
    if not c.certificate_word and _mentions(f.education, r"hanh chinh|quan ly nha nuoc|quan ly cong"):
        # TT 09 asks for a "trình độ", which a degree in administration may give: not for the program to say
        return Check(requirement, f"{actual}; đào tạo: {f.education}", None,
                     "bằng đào tạo đã ghi có được công nhận là trình độ quản lý nhà nước của ngạch này không", c.source)
    return Check(requirement, actual, False, source=c.source)


def _it_language(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    parts = [p.strip() for p in re.split(r"[;\n]", f.certificates)
             if _mentions(p, r"tin hoc|cntt|ngoai ngu|tieng [a-z]+|ielts|toeic|toefl|(?<![a-z])[abc][12](?![a-z0-9])")]
    return Check(c.source, "; ".join(parts) or NOT_RECORDED, None,
                 "mức tin học, ngoại ngữ do bộ, ngành, địa phương quy định cho từng vị trí việc làm (khung không ghi)",
                 c.source)


def _conditional_training(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    return Check(c.source, f.certificates or NOT_RECORDED, None,
                 "nhiệm vụ hoặc vị trí việc làm có yêu cầu chứng chỉ này không, và chứng chỉ nào", c.source)


def _unparsed(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    return Check(c.source, "", None, "điều kiện này cần đối chiếu hồ sơ bằng tay", c.source)


def _years_in_grade(c: Condition, f: Facts, on: dt.date, grades: GradeInfo) -> Check:
    name = _grade_name(c.grade, grades)
    requirement = f"Giữ ngạch {name}{' ' + c.equivalent if c.equivalent else ''} từ đủ {c.years} năm"
    actually = (c.min_years_actually or 0) * 12
    if actually:
        requirement += (f"; nếu có thời gian tương đương thì thực tế giữ ngạch {name} tối thiểu "
                        f"{c.min_years_actually} năm (đủ {actually} tháng)")
    if f.grade is None or f.grade_since is None:
        return Check(requirement, NOT_RECORDED, None, "ngạch hiện giữ và ngày bắt đầu giữ ngạch", c.source)
    held = _months(f.grade_since, on)
    actual = f"ngạch {_grade_name(f.grade, grades)} từ {format_date(f.grade_since)} ({_duration(held)})"
    need = (c.years or 0) * 12
    lower_rank = grades.get(c.grade or "", ("", 0))[1]
    rank = grades.get(f.grade, ("", None))[1]
    if rank is None:
        return Check(requirement, actual, None, f"thứ bậc của ngạch {f.grade} so với ngạch {name}", c.source)
    if f.grade == c.grade:
        if held >= need:
            return Check(requirement, actual, True, source=c.source)
        if not c.equivalent or held < actually:
            return Check(requirement, actual, False, source=c.source)
        if f.months_in_equivalent_grade is not None:
            return Check(requirement, actual, held + f.months_in_equivalent_grade >= need, source=c.source)
        return Check(requirement, actual, None, f"thời gian giữ ngạch tương đương trước khi vào ngạch {name}", c.source)
    if rank < lower_rank or (rank == lower_rank and not c.equivalent):
        return Check(requirement, actual, False, source=c.source)
    if rank == lower_rank:  # an equivalent grade: its time counts, but is not time actually in the grade
        if held >= need:
            if not actually:
                return Check(requirement, actual, True, source=c.source)
            return Check(requirement, actual, None, f"thời gian thực tế giữ ngạch {name}", c.source)
        return Check(requirement, actual, None, f"thời gian đã giữ ngạch {name} hoặc ngạch tương đương trước đó",
                     c.source)
    return Check(requirement, actual, None, f"thời gian đã giữ ngạch {name} trước ngạch hiện tại", c.source)


def _documents(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    name = _grade_name(c.grade, grades)
    requirement = (f"Trong thời gian giữ ngạch {name}{' ' + c.equivalent if c.equivalent else ''}, " if c.grade
                   else "") + f"đã {c.role} xây dựng, thẩm định ít nhất {c.count} {c.works}"
    if c.works_level:
        requirement += f" {c.works_level}"
    if c.adopted:
        requirement += ", đã được cấp có thẩm quyền ban hành hoặc nghiệm thu"
    requirement = requirement[0].upper() + requirement[1:]
    high_only = c.works_level.startswith("cấp nhà nước")
    any_role = c.role != "chủ trì"
    need = c.count or 0
    if f.works is not None:
        sure = maybe = 0
        for w in f.works:
            facts = [w.role == "chủ trì" or any_role,
                     None if w.level is None else (w.level in HIGH_LEVELS or not high_only),
                     w.adopted if c.adopted else True, w.in_grade if c.grade else True]
            if all(x is True for x in facts):
                sure += 1
            elif False not in facts:
                maybe += 1
        actual = f"{len(f.works)} văn bản, đề án trong hồ sơ; {sure} đáp ứng"
        if sure >= need:
            return Check(requirement, actual, True, source=c.source)
        if sure + maybe < need:
            return Check(requirement, actual, False, source=c.source)
        return Check(requirement, actual, None, "cấp, tình trạng ban hành/nghiệm thu hoặc thời điểm của một số văn bản",
                     c.source)
    if f.documents_led is None:
        return Check(requirement, NOT_RECORDED, None, "số văn bản, đề án đã chủ trì xây dựng, thẩm định", c.source)
    actual = f"đã chủ trì {f.documents_led} văn bản, đề án"
    unknown = []
    if any_role and f.documents_led < need:
        unknown.append("số văn bản, đề án đã tham gia (hồ sơ chỉ ghi số đã chủ trì)")
    elif f.documents_led < need:
        return Check(requirement, actual, False, source=c.source)
    if high_only:
        unknown.append("cấp của văn bản, đề án")
    if c.adopted:
        unknown.append("đã được ban hành hoặc nghiệm thu chưa")
    if c.grade:
        unknown.append(f"có thực hiện trong thời gian giữ ngạch {name} không")
    if unknown:
        return Check(requirement, actual, None, "; ".join(unknown), c.source)
    return Check(requirement, actual, True, source=c.source)


_SIMPLE = {"education": _education, "political_theory": _political_theory, "state_management": _state_management,
           "it_language": _it_language, "conditional_training": _conditional_training, "documents": _documents,
           "unparsed": _unparsed}


def check(c: Condition, facts: Facts, on: dt.date, grades: GradeInfo = GRADES) -> Check:
    if c.kind == "years_in_grade":
        return _years_in_grade(c, facts, on, grades)
    return _SIMPLE[c.kind](c, facts, grades)


def readiness_checks(rule: dict | None, facts: Facts, on: dt.date, qualifications: dict[str, list[str]] | None = None,
                     grades: GradeInfo | None = None) -> list[Check]:
    """One check per qualification condition of the position (its text and its rule row)."""
    grades = grades or GRADES
    return [check(c, facts, on, grades) for c in conditions(qualifications, rule)]

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
    WORK_KINDS,
    Condition,
    conditions,
    theory_code,
    work_kinds,
)
from app.vntext import clean, format_date, search_key

NOT_RECORDED = "chưa có trong hồ sơ"
HIGH_LEVELS = {"nha_nuoc", "bo", "ban", "nganh", "tinh"}  # "cấp nhà nước, cấp bộ, cấp ban, cấp ngành hoặc cấp tỉnh"
THEORY_KIND_LABELS = {"llct": "bằng cao cấp lý luận chính trị", "llct_hc": "bằng cao cấp lý luận chính trị - hành chính",
                      "xac_nhan": "giấy xác nhận trình độ tương đương cao cấp lý luận chính trị"}


@dataclass(frozen=True)
class Work:
    """A legal document or project the person drafted or appraised (employee_works)."""

    role: str  # "chủ trì" or "tham gia"
    level: str | None = None  # nha_nuoc, bo, ban, nganh, tinh, co_so; None: unknown
    adopted: bool | None = None  # issued or accepted by the competent authority
    in_grade: bool | None = None  # done while holding the grade the condition names; None: from `on` and the history
    kind: str | None = None  # app.qualifications.WORK_KINDS; None: unknown
    agency_led: bool | None = None  # the agency using the person was charged with leading it
    on: dt.date | None = None  # when it was issued or accepted


@dataclass(frozen=True)
class GradeSpan:
    """A grade held before the current one (employee_grade_periods); ends_on None: until the current grade."""

    grade: str
    starts_on: dt.date
    ends_on: dt.date | None = None


@dataclass(frozen=True)
class Certificate:
    """A certificate of the record's list: kind (qlnn, tin_hoc, ngoai_ngu, nghiep_vu, khac), name, grade or level."""

    kind: str
    name: str = ""
    level: str = ""


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
    political_theory_kind: str = ""  # THEORY_KIND_LABELS; "" not recorded
    degree_list: tuple[tuple[str, str], ...] | None = None  # (level code, major) of each degree; None: not listed
    certificate_list: tuple[Certificate, ...] | None = None  # None: not listed (the free text only)
    grade_periods: tuple[GradeSpan, ...] | None = None  # the grades held before the current one; None: not listed
    history_complete: bool = True  # the grade history and the works are declared complete: what is not there is not


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


def _grade_of(value: str, grades: GradeInfo) -> str | None:
    """A grade code from a code or a name typed for a certificate ("CVC", "chuyên viên chính")."""
    if value in grades:
        return value
    key = search_key(value)
    for code, (name, _rank) in sorted(grades.items(), key=lambda kv: -len(kv[1][0])):
        if key == search_key(code) or re.search(rf"(?<![a-z]){re.escape(search_key(name))}(?![a-z])", key):
            return code
    return None


def _certificate_text(x: Certificate, grades: GradeInfo) -> str:
    level = x.level
    if x.kind == "qlnn" and (code := _grade_of(x.level, grades)):
        level = f"ngạch {_grade_name(code, grades)}"
    name = x.name or {"qlnn": "Chứng chỉ quản lý nhà nước", "tin_hoc": "Tin học", "ngoai_ngu": "Ngoại ngữ",
                      "nghiep_vu": "Chứng chỉ bồi dưỡng nghiệp vụ"}.get(x.kind, "Chứng chỉ")
    return f"{name} {level}".strip()


def _spans(f: Facts, on: dt.date) -> list[GradeSpan]:
    """The grades held, each with its dates: the history before the current grade, then the current grade."""
    out = []
    for g in f.grade_periods or ():
        if f.grade_since is not None and g.starts_on >= f.grade_since:
            continue  # the current grade covers it
        end = g.ends_on or f.grade_since or on
        if f.grade_since is not None:
            end = min(end, f.grade_since)
        out.append(GradeSpan(g.grade, g.starts_on, min(end, on)))
    if f.grade is not None and f.grade_since is not None:
        out.append(GradeSpan(f.grade, f.grade_since, on))
    return out


def _grade_on(day: dt.date, f: Facts, on: dt.date) -> str | None:
    """The grade held on a day, by the history and the current grade; None when the record does not cover it."""
    found = [g.grade for g in _spans(f, on) if g.starts_on <= day <= (g.ends_on or on)]
    return found[-1] if found else None


# ---------------------------------------------------------------- one check per kind


def _education(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    level_label = EDUCATION_LABELS.get(c.level or "", c.unreadable or "?")
    requirement = f"Tốt nghiệp {level_label} trở lên"
    if c.major == SUITABLE_MAJOR:
        requirement += ", ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực công tác"
    elif c.major:
        requirement += f", chuyên ngành {c.major}"
    actual = f.education or NOT_RECORDED
    if f.degree_list:
        actual = "; ".join(f"{EDUCATION_LABELS[level]} {major}".strip() for level, major in f.degree_list)
    if c.level is None:
        return Check(requirement, actual, None, f"điều kiện ghi trình độ '{c.unreadable}' không đọc được", c.source)
    if not f.degree_list and not clean(f.education):
        return Check(requirement, actual, None, "trình độ đào tạo", c.source)
    found = ([(level, search_key(major)) for level, major in f.degree_list if level in EDUCATION_RANK]
             if f.degree_list else degrees(f.education))
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
    if have == "cao_cap" and f.political_theory_kind in THEORY_KIND_LABELS:
        actual = THEORY_KIND_LABELS[f.political_theory_kind]
    if c.level is None:
        return Check(requirement, actual, None, f"điều kiện ghi trình độ '{c.unreadable}' không đọc được", c.source)
    if have == "cao_cap" and f.political_theory_kind == "xac_nhan" and c.level == "cao_cap":
        # a confirmation of an equivalent level counts only where the text says so
        return Check(requirement, actual, c.confirmation, source=c.source)
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
    listed = [x for x in f.certificate_list or () if x.kind == "qlnn"]
    if f.certificate_list is not None:
        actual = "; ".join(_certificate_text(x, grades) for x in listed) or "không có chứng chỉ quản lý nhà nước"
    ranks = [grades[code][1] for code in (_grade_of(x.level, grades) for x in listed) if code]
    if (have is not None and grades[have][1] >= need_rank) or any(rank >= need_rank for rank in ranks):
        return Check(requirement, actual, True, source=c.source)
    llct_hc = f.political_theory_kind == "llct_hc" or _llct_hc(f.certificates)
    if c.or_llct_hc and llct_hc:
        return Check(requirement, f"{actual}; {THEORY_KIND_LABELS['llct_hc']}", True, source=c.source)
    if f.certificate_list is not None:
        if listed and len(ranks) < len(listed):
            return Check(requirement, actual, None, "ngạch của chứng chỉ quản lý nhà nước", c.source)
        if c.or_llct_hc and theory_code(f.political_theory) == "cao_cap" and not f.political_theory_kind:
            return Check(requirement, actual, None, "loại bằng cao cấp lý luận chính trị (có phải - hành chính không)",
                         c.source)
        return Check(requirement, actual, False, source=c.source)
    if c.or_llct_hc and theory_code(f.political_theory) == "cao_cap" and f.political_theory_kind in ("llct", "xac_nhan"):
        return Check(requirement, actual, False, source=c.source)
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
    if f.certificate_list is not None:
        parts = [_certificate_text(x, grades) for x in f.certificate_list if x.kind in ("tin_hoc", "ngoai_ngu")]
    return Check(c.source, "; ".join(parts) or NOT_RECORDED, None,
                 "mức tin học, ngoại ngữ do bộ, ngành, địa phương quy định cho từng vị trí việc làm (khung không ghi)",
                 c.source)


def _conditional_training(c: Condition, f: Facts, grades: GradeInfo) -> Check:
    held = [_certificate_text(x, grades) for x in f.certificate_list or () if x.kind == "nghiep_vu"]
    if held:  # whatever the position asks, the person has a certificate of the kind the text names
        return Check(c.source, "; ".join(held), True, source=c.source)
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
    if f.grade_periods is not None and not (f.grade == c.grade and held >= need) and rank >= lower_rank:
        return _years_from_history(c, f, on, grades, requirement, actual)
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


def _years_from_history(c: Condition, f: Facts, on: dt.date, grades: GradeInfo, requirement: str, actual: str) -> Check:
    """Time in the named grade and in grades of its rank ("tương đương"), from the grade history."""
    name = _grade_name(c.grade, grades)
    lower_rank = grades.get(c.grade or "", ("", 0))[1]
    spans = _spans(f, on)
    named = equivalent = 0
    unranked = []
    for g in spans:
        months = _months(g.starts_on, g.ends_on or on)
        if g.grade == c.grade:
            named += months
        elif c.equivalent:
            r = grades.get(g.grade, ("", None))[1]
            if r is None:
                unranked.append(g.grade)
            elif r == lower_rank:
                equivalent += months
    earlier = [f"ngạch {_grade_name(g.grade, grades)} {_duration(_months(g.starts_on, g.ends_on or on))}"
               for g in spans[:-1]]
    if earlier:
        actual += "; trước đó: " + ", ".join(earlier)
    need, actually = (c.years or 0) * 12, (c.min_years_actually or 0) * 12
    if named + equivalent >= need and (not equivalent or named >= actually):
        return Check(requirement, actual, True, source=c.source)
    if unranked:
        return Check(requirement, actual, None, f"thứ bậc của ngạch {', '.join(unranked)} so với ngạch {name}", c.source)
    if not f.history_complete:
        return Check(requirement, actual, None,
                     f"quá trình giữ ngạch trước ngạch hiện tại (chưa xác nhận đã kê khai đủ) để tính thời gian "
                     f"giữ ngạch {name}", c.source)
    return Check(requirement, actual, False, source=c.source)


WORK_FACTS = {"role": "vai trò", "kind": "loại văn bản, đề án", "level": "cấp của văn bản, đề án",
              "adopted": "đã được ban hành hoặc nghiệm thu chưa", "agency_led": "cơ quan có được giao chủ trì không",
              "in_grade": "có thực hiện trong thời gian giữ ngạch đòi hỏi không (ngày ban hành, nghiệm thu "
                          "và quá trình giữ ngạch)"}


def _in_grade(w: Work, c: Condition, f: Facts, on: dt.date, grades: GradeInfo) -> bool | None:
    if not c.grade:
        return True
    if w.in_grade is not None or w.on is None:
        return w.in_grade
    held = _grade_on(w.on, f, on)
    if held is None:  # before every grade the record shows: with a complete history, held no grade of it then
        return False if f.history_complete and f.grade_periods is not None and _spans(f, on) else None
    if held == c.grade:
        return True
    rank, need = grades.get(held, ("", None))[1], grades.get(c.grade, ("", 0))[1]
    return None if rank is None else bool(c.equivalent) and rank == need


def _documents(c: Condition, f: Facts, on: dt.date, grades: GradeInfo) -> Check:
    name = _grade_name(c.grade, grades)
    requirement = (f"Trong thời gian giữ ngạch {name}{' ' + c.equivalent if c.equivalent else ''}, " if c.grade
                   else "") + f"đã {c.role} xây dựng, thẩm định ít nhất {c.count} {c.works}"
    if c.works_level:
        requirement += f" {c.works_level}"
    if c.agency_led:
        requirement += " mà cơ quan sử dụng công chức được giao chủ trì nghiên cứu, xây dựng"
    if c.adopted:
        requirement += " đã được cấp có thẩm quyền ban hành hoặc nghiệm thu"
    requirement = requirement[0].upper() + requirement[1:]
    high_only = c.works_level.startswith("cấp nhà nước")
    any_role = c.role != "chủ trì"
    need = c.count or 0
    if f.works is not None:
        kinds = work_kinds(c.works)
        sure = maybe = 0
        unknown: dict[str, None] = {}
        for w in f.works:
            facts = {"role": w.role == "chủ trì" or any_role,
                     "kind": None if w.kind is None else w.kind in kinds,
                     "level": True if not high_only else None if w.level is None else w.level in HIGH_LEVELS,
                     "adopted": w.adopted if c.adopted else True,
                     "agency_led": w.agency_led if c.agency_led else True,
                     "in_grade": _in_grade(w, c, f, on, grades)}
            if all(x is True for x in facts.values()):
                sure += 1
            elif False not in facts.values():
                maybe += 1
                unknown.update((WORK_FACTS[k], None) for k, x in facts.items() if x is None)
        actual = f"{len(f.works)} văn bản, đề án trong hồ sơ; {sure} đáp ứng"
        if f.works:
            actual += " (" + "; ".join(_work_text(w) for w in f.works) + ")"
        if sure >= need:
            return Check(requirement, actual, True, source=c.source)
        if sure + maybe < need:
            if f.history_complete:
                return Check(requirement, actual, False, source=c.source)
            return Check(requirement, actual, None, "danh sách văn bản, đề án đầy đủ (chưa xác nhận đã kê khai đủ)",
                         c.source)
        return Check(requirement, actual, None, "của một số văn bản, đề án: " + "; ".join(unknown), c.source)
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


_WORK_LEVELS = {"nha_nuoc": "cấp nhà nước", "bo": "cấp bộ", "ban": "cấp ban", "nganh": "cấp ngành", "tinh": "cấp tỉnh",
                "co_so": "cấp cơ sở"}


def _work_text(w: Work) -> str:
    parts = [w.role, WORK_KINDS.get(w.kind or "", ""), _WORK_LEVELS.get(w.level or "", ""),
             {True: "đã ban hành/nghiệm thu", False: "chưa ban hành/nghiệm thu"}.get(w.adopted, ""),
             format_date(w.on) if w.on else ""]
    return " ".join(p for p in parts if p)


_SIMPLE = {"education": _education, "political_theory": _political_theory, "state_management": _state_management,
           "it_language": _it_language, "conditional_training": _conditional_training, "unparsed": _unparsed}


def check(c: Condition, facts: Facts, on: dt.date, grades: GradeInfo = GRADES) -> Check:
    if c.kind == "years_in_grade":
        return _years_in_grade(c, facts, on, grades)
    if c.kind == "documents":
        return _documents(c, facts, on, grades)
    return _SIMPLE[c.kind](c, facts, grades)


def readiness_checks(rule: dict | None, facts: Facts, on: dt.date, qualifications: dict[str, list[str]] | None = None,
                     grades: GradeInfo | None = None) -> list[Check]:
    """One check per qualification condition of the position (its text and its rule row)."""
    grades = grades or GRADES
    return [check(c, facts, on, grades) for c in conditions(qualifications, rule)]

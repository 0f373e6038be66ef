"""The qualification conditions of a position, read from the legal text and its checkable rule row.

Each line of a position's "Yêu cầu về trình độ" (training, certificates, supplementary knowledge,
experience) becomes one condition, whole: the education level and the major, every alternative
joined by "hoặc", "và tương đương", the minimum time actually in the grade, the kind, level and
number of documents. Numbers and grades come from the QualificationRule row when it holds them
(HR may adapt them through the framework workbook), otherwise from the text. A rule the text does
not state still becomes a condition; a line this module does not understand stays a condition to
check by hand. Pure functions, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.vntext import clean, search_key

EDUCATION_RANK = {"pho_thong": 0, "trung_cap": 1, "cao_dang": 2, "dai_hoc": 3, "thac_si": 4, "tien_si": 5}
EDUCATION_LABELS = {"pho_thong": "phổ thông, sơ cấp", "trung_cap": "trung cấp", "cao_dang": "cao đẳng",
                    "dai_hoc": "đại học", "thac_si": "thạc sĩ", "tien_si": "tiến sĩ"}
THEORY_RANK = {"so_cap": 1, "trung_cap": 2, "cao_cap": 3}
THEORY_LABELS = {"so_cap": "sơ cấp", "trung_cap": "trung cấp", "cao_cap": "cao cấp"}
# the built-in grades; the grades table (names, ranks) replaces this where the database is at hand
GRADES = {"CVCC": ("chuyên viên cao cấp", 5), "CVC": ("chuyên viên chính", 4), "CV": ("chuyên viên", 3),
          "CS": ("cán sự", 2), "NV": ("nhân viên", 1)}
GRADE_BY_NAME = {name: code for code, (name, _rank) in GRADES.items()}
SUITABLE_MAJOR = "phù hợp với lĩnh vực công tác"  # a major the text leaves to the agency's judgement
ROLES = ("chủ trì hoặc tham gia", "chủ trì", "tham gia")
CHECKED_CATEGORIES = ("training", "certificate", "supplementary", "experience")

_GRADE_WORDS = "chuyên viên cao cấp|chuyên viên chính|chuyên viên|cán sự|nhân viên"


@dataclass(frozen=True)
class Condition:
    """One qualification condition; which fields matter depends on kind."""

    kind: str  # education, political_theory, state_management, it_language, conditional_training,
    #            years_in_grade, documents, unparsed
    source: str = ""  # the legal text line, as written; "" for a condition from the rule row alone
    category: str = ""
    level: str | None = None  # education or political theory level code
    major: str | None = None  # "luật", or SUITABLE_MAJOR
    confirmation: bool = False  # political theory: "hoặc có giấy xác nhận trình độ … tương đương"
    grade: str | None = None  # grade code of the QLNN certificate, or the grade to have held
    equivalent: str = ""  # "và tương đương" / "hoặc tương đương" as the text says it, "" when it does not
    or_llct_hc: bool = False  # QLNN: "hoặc có bằng cao cấp lý luận chính trị - hành chính"
    certificate_word: bool = True  # QLNN: "chứng chỉ bồi dưỡng" (TT 02) or "trình độ" (TT 09)
    years: int | None = None
    min_years_actually: int | None = None
    count: int | None = None
    role: str | None = None  # one of ROLES
    works: str = ""  # "văn bản quy phạm pháp luật hoặc đề tài, đề án, dự án, chương trình nghiên cứu khoa học"
    works_level: str = ""  # "cấp nhà nước, cấp bộ, cấp ban, cấp ngành hoặc cấp tỉnh", "cấp cơ sở trở lên"
    adopted: bool = False  # "đã được cấp có thẩm quyền ban hành hoặc nghiệm thu"
    agency_led: bool = False  # "mà cơ quan sử dụng công chức được giao chủ trì nghiên cứu, xây dựng"
    unreadable: str = ""  # a rule value this module cannot read (checked as unknown, never as met)


# ---------------------------------------------------------------- values typed by people


def education_code(value: str | None) -> str | None:
    """'dai_hoc', 'Đại học', 'ĐH', 'cử nhân', 'Thạc sĩ' … as a level code; None when unreadable."""
    if not value:
        return None
    if value in EDUCATION_RANK:
        return value
    key = search_key(value).replace("_", " ")
    for code, words in (
        ("tien_si", ("tien si", "ts")),
        ("thac_si", ("thac si", "ths", "cao hoc")),
        ("dai_hoc", ("dai hoc", "cu nhan", "ky su", "bac si", "duoc si", "kien truc su", "dh")),
        ("cao_dang", ("cao dang", "cd")),
        ("trung_cap", ("trung cap", "tc")),
    ):
        if any(re.search(rf"(?<![a-z]){w}(?![a-z])", key) for w in words):
            return code
    return None


def theory_code(value: str | None) -> str | None:
    """'cao_cap', 'Cao cấp', 'cao cấp lý luận chính trị' … as a level code; None when unreadable."""
    if not value:
        return None
    if value in THEORY_RANK:
        return value
    key = search_key(value).replace("_", " ")
    for code, word in (("cao_cap", "cao cap"), ("trung_cap", "trung cap"), ("so_cap", "so cap")):
        if word in key:
            return code
    return None


WORK_KINDS = {"vbqppl": "văn bản quy phạm pháp luật", "de_an": "đề án", "de_tai": "đề tài", "du_an": "dự án",
              "chuong_trinh": "chương trình", "khac": "khác"}


def work_kinds(works: str) -> set[str]:
    """The kinds of work a condition names ("văn bản quy phạm pháp luật hoặc đề tài, đề án…" -> {vbqppl, …});
    a bare "văn bản" (a rule row without its text) is a legal document."""
    key = search_key(works)
    found = {code for code, label in WORK_KINDS.items() if code != "khac" and search_key(label) in key}
    if re.search(r"(?<![a-z])van ban(?![a-z])", key):
        found.add("vbqppl")
    return found


def role_code(value: str | None) -> str | None:
    """'chủ trì', 'tham gia', 'chủ trì hoặc tham gia' (any spelling); None when unreadable."""
    key = search_key(value)
    lead, part = "chu tri" in key, "tham gia" in key
    return ROLES[0] if lead and part else ROLES[1] if lead else ROLES[2] if part else None


# ---------------------------------------------------------------- reading the legal text


def parse_line(line: str, category: str) -> Condition:
    """The condition one qualification line states (kind 'unparsed' when not understood)."""
    text = clean(line)
    low = text.lower()
    base = Condition(kind="unparsed", source=text, category=category)
    m = re.search(r"tốt nghiệp (đại học|cao đẳng|trung cấp|thạc sĩ|tiến sĩ) trở lên", low)
    if m:
        major = None
        if "phù hợp với lĩnh vực công tác" in low:
            major = SUITABLE_MAJOR
        else:
            mm = re.search(r"chuyên ngành ([^.;:]+)", low)
            major = mm.group(1).strip() if mm else None
        return replace(base, kind="education", level=education_code(m.group(1)), major=major)
    m = re.search(r"(?:quản lý nhà nước|qlnn)[^.;]*?ngạch (" + _GRADE_WORDS + r")( và tương đương| hoặc tương đương)?", low)
    if m:
        return replace(base, kind="state_management", grade=GRADE_BY_NAME[m.group(1)], equivalent=(m.group(2) or "").strip(),
                       or_llct_hc="lý luận chính trị - hành chính" in low, certificate_word="chứng chỉ" in low)
    m = re.search(r"(cao cấp|trung cấp|sơ cấp) lý luận chính trị", low)
    if m and category == "training":
        return replace(base, kind="political_theory", level=theory_code(m.group(1)), confirmation="giấy xác nhận" in low)
    if "tin học" in low and "ngoại ngữ" in low:
        return replace(base, kind="it_language")
    if "chứng chỉ bồi dưỡng nghiệp vụ" in low or re.search(r"nếu nhiệm vụ (hoặc|hay) vị trí việc làm yêu cầu", low):
        return replace(base, kind="conditional_training")
    m = re.search(r"giữ ngạch (" + _GRADE_WORDS + r") (và|hoặc) tương đương từ đủ (\d+) năm", low)
    if m:
        actually = re.search(r"tối thiểu (\d+) năm", low)
        return replace(base, kind="years_in_grade", grade=GRADE_BY_NAME[m.group(1)], equivalent=f"{m.group(2)} tương đương",
                       years=int(m.group(3)), min_years_actually=int(actually.group(1)) if actually else None)
    m = re.search(r"đã (chủ trì hoặc tham gia|chủ trì|tham gia) xây dựng, thẩm định ít nhất (\d+) (.+?)"
                  r"(?: (từ cấp cơ sở trở lên|cấp cơ sở trở lên|cấp nhà nước[^.]*?cấp tỉnh))?(?: mà |[.;]?$)", low)
    if m:
        within = re.search(r"trong thời gian giữ ngạch (" + _GRADE_WORDS + r")( và tương đương| hoặc tương đương)?", low)
        return replace(base, kind="documents", role=m.group(1), count=int(m.group(2)), works=m.group(3).strip(),
                       works_level=m.group(4) or "",
                       grade=GRADE_BY_NAME[within.group(1)] if within else None,
                       equivalent=(within.group(2) or "").strip() if within else "",
                       adopted="ban hành hoặc nghiệm thu" in low,
                       agency_led="cơ quan sử dụng công chức được giao chủ trì" in low)
    return base


def _from_rule(kind: str, rule: dict) -> Condition | None:
    """A condition the rule row sets although no line of the text states it."""
    if kind == "education" and rule.get("min_education"):
        return Condition(kind, category="training", level=education_code(rule["min_education"]),
                         unreadable="" if education_code(rule["min_education"]) else str(rule["min_education"]))
    if kind == "political_theory" and rule.get("political_theory"):
        return Condition(kind, category="training", level=theory_code(rule["political_theory"]),
                         unreadable="" if theory_code(rule["political_theory"]) else str(rule["political_theory"]))
    if kind == "state_management" and rule.get("state_management_grade"):
        return Condition(kind, category="certificate", grade=rule["state_management_grade"])
    if kind == "years_in_grade" and rule.get("lower_grade") and rule.get("years_in_lower_grade"):
        return Condition(kind, category="experience", grade=rule["lower_grade"], years=rule["years_in_lower_grade"],
                         min_years_actually=rule.get("min_years_actually_in_lower_grade"),
                         # a minimum time actually in the grade only means something when equivalent time counts
                         equivalent="và tương đương" if rule.get("min_years_actually_in_lower_grade") else "")
    if kind == "documents" and rule.get("documents_led_min"):
        role = role_code(rule.get("documents_led_role")) or ROLES[0]
        return Condition(kind, category="experience", count=rule["documents_led_min"], role=role,
                         works="văn bản, đề án")
    return None


def _with_rule(c: Condition, rule: dict) -> Condition:
    """The text's condition with the numbers and grades of the rule row where it holds them."""
    if c.kind == "education" and rule.get("min_education"):
        level = education_code(rule["min_education"])
        return replace(c, level=level or c.level, unreadable="" if level else str(rule["min_education"]))
    if c.kind == "political_theory" and rule.get("political_theory"):
        level = theory_code(rule["political_theory"])
        return replace(c, level=level or c.level, unreadable="" if level else str(rule["political_theory"]))
    if c.kind == "state_management" and rule.get("state_management_grade"):
        return replace(c, grade=rule["state_management_grade"])
    if c.kind == "years_in_grade":
        return replace(c, grade=rule.get("lower_grade") or c.grade, years=rule.get("years_in_lower_grade") or c.years,
                       min_years_actually=rule.get("min_years_actually_in_lower_grade") or c.min_years_actually)
    if c.kind == "documents":
        return replace(c, count=rule.get("documents_led_min") or c.count,
                       role=role_code(rule.get("documents_led_role")) or c.role)
    return c


def conditions(qualifications: dict[str, list[str]] | None, rule: dict | None) -> list[Condition]:
    """Every checkable qualification condition of a position, in the order of its text."""
    rule = rule or {}
    out = [
        _with_rule(parse_line(line, category), rule)
        for category in CHECKED_CATEGORIES
        for line in (qualifications or {}).get(category, [])
        if clean(line)
    ]
    stated = {c.kind for c in out}
    for kind in ("education", "political_theory", "state_management", "years_in_grade", "documents"):
        if kind not in stated and (extra := _from_rule(kind, rule)) is not None:
            out.append(extra)
    return out

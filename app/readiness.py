"""Statutory readiness for a position: degree, political theory, certificate, years in grade,
documents led — checked from the employee's record against the position's qualification rules.

Pure functions; a check whose facts the record does not hold is "unknown", never guessed as met.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.vntext import search_key

EDUCATION_RANK = {"trung_cap": 1, "cao_dang": 2, "dai_hoc": 3}
EDUCATION_LABELS = {"trung_cap": "trung cấp", "cao_dang": "cao đẳng", "dai_hoc": "đại học"}
THEORY_RANK = {"so_cap": 1, "trung_cap": 2, "cao_cap": 3}
THEORY_LABELS = {"so_cap": "sơ cấp", "trung_cap": "trung cấp", "cao_cap": "cao cấp"}
GRADE_NAMES = {"CVCC": "chuyên viên cao cấp", "CVC": "chuyên viên chính", "CV": "chuyên viên"}
GRADE_RANK = {"CV": 1, "CVC": 2, "CVCC": 3}


@dataclass(frozen=True)
class Facts:
    education: str
    political_theory: str
    certificates: str
    grade: str | None
    grade_since: dt.date | None
    documents_led: int | None


@dataclass(frozen=True)
class Check:
    requirement: str
    actual: str
    met: bool | None  # None: the record does not say


def education_level(text: str) -> str | None:
    key = search_key(text)
    if any(w in key for w in ("tien si", "thac si", "dai hoc", "cu nhan", "ky su", "bac si")):
        return "dai_hoc"
    if "cao dang" in key:
        return "cao_dang"
    if "trung cap" in key:
        return "trung_cap"
    return None


def state_management_level(certificates: str) -> str | None:
    """The grade of the state-management (QLNN) certificate named in the record, if any."""
    key = search_key(certificates)
    if "qlnn" not in key and "quan ly nha nuoc" not in key:
        return None
    for grade in ("CVCC", "CVC", "CV"):  # the longest name first: "chuyên viên" is in all three
        if search_key(GRADE_NAMES[grade]) in key:
            return grade
    return None


def _years(since: dt.date, on: dt.date) -> float:
    return (on - since).days / 365.25


def readiness_checks(rule: dict | None, facts: Facts, on: dt.date) -> list[Check]:
    """One check per rule the position sets."""
    if not rule:
        return []
    checks: list[Check] = []
    if rule.get("min_education"):
        need = rule["min_education"]
        level = education_level(facts.education)
        checks.append(Check(
            f"Trình độ đào tạo: {EDUCATION_LABELS[need]} trở lên",
            facts.education or "chưa có trong hồ sơ",
            None if level is None else EDUCATION_RANK[level] >= EDUCATION_RANK[need],
        ))
    if rule.get("political_theory"):
        need = rule["political_theory"]
        have = facts.political_theory or None
        checks.append(Check(
            f"Lý luận chính trị: {THEORY_LABELS[need]}",
            THEORY_LABELS.get(have, "chưa có trong hồ sơ") if have else "chưa có trong hồ sơ",
            None if have is None else THEORY_RANK.get(have, 0) >= THEORY_RANK[need],
        ))
    if rule.get("state_management_grade"):
        need = rule["state_management_grade"]
        have = state_management_level(facts.certificates)
        checks.append(Check(
            f"Chứng chỉ bồi dưỡng quản lý nhà nước ngạch {GRADE_NAMES[need]}",
            facts.certificates or "chưa có trong hồ sơ",
            None if not facts.certificates else have is not None and GRADE_RANK[have] >= GRADE_RANK[need],
        ))
    if rule.get("lower_grade") and rule.get("years_in_lower_grade"):
        lower, years = rule["lower_grade"], rule["years_in_lower_grade"]
        if facts.grade_since is None or facts.grade is None:
            checks.append(Check(f"Giữ ngạch {GRADE_NAMES[lower]} từ đủ {years} năm", "chưa có trong hồ sơ", None))
        else:
            held = _years(facts.grade_since, on)
            actual = f"ngạch {facts.grade} từ {facts.grade_since:%d/%m/%Y} ({held:.1f} năm)".replace(".", ",", 1)
            checks.append(Check(f"Giữ ngạch {GRADE_NAMES[lower]} từ đủ {years} năm", actual,
                                facts.grade == lower and held >= years))
    if rule.get("documents_led_min"):
        need = rule["documents_led_min"]
        have = facts.documents_led
        checks.append(Check(
            f"Đã {rule.get('documents_led_role') or 'chủ trì hoặc tham gia'} xây dựng ít nhất {need} văn bản, đề án",
            "chưa có trong hồ sơ" if have is None else f"{have} văn bản, đề án",
            None if have is None else have >= need,
        ))
    return checks

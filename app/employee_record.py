"""The employee record's lists for statutory readiness: degrees, grade history, documents worked on, certificates.

Values typed by people (the staff dialog, the staff workbook) are read here into codes, with one-line messages
that name what is allowed; the staff service stores the lists and audits each list as one field (its text).
`facts_of` turns a stored employee into the facts app.readiness checks. Pure functions, no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.qualifications import EDUCATION_LABELS, WORK_KINDS, education_code, theory_code
from app.vntext import clean, format_date, search_key

DEGREE_LEVELS = {code: label[0].upper() + label[1:] for code, label in EDUCATION_LABELS.items()}
THEORY_LEVELS = {"": "", "so_cap": "Sơ cấp", "trung_cap": "Trung cấp", "cao_cap": "Cao cấp"}
THEORY_KINDS = {"": "", "llct": "Bằng cao cấp LLCT", "llct_hc": "Bằng cao cấp LLCT - hành chính",
                "xac_nhan": "Giấy xác nhận tương đương cao cấp LLCT"}
ROLES = {"chu_tri": "Chủ trì", "tham_gia": "Tham gia"}
WORK_KIND_LABELS = {code: label[0].upper() + label[1:] for code, label in WORK_KINDS.items()}
WORK_LEVELS = {"": "", "nha_nuoc": "Cấp nhà nước", "bo": "Cấp bộ", "ban": "Cấp ban", "nganh": "Cấp ngành",
               "tinh": "Cấp tỉnh", "co_so": "Cấp cơ sở"}
CERTIFICATE_KINDS = {"qlnn": "Quản lý nhà nước", "tin_hoc": "Tin học", "ngoai_ngu": "Ngoại ngữ",
                     "nghiep_vu": "Bồi dưỡng nghiệp vụ", "khac": "Khác"}
YES_NO = {None: "", True: "Có", False: "Không"}
NAME_MAX, LEVEL_MAX = 200, 64


@dataclass(frozen=True)
class Degree:
    level: str  # DEGREE_LEVELS
    major: str = ""
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True)
class GradePeriod:
    grade: str  # a grade code of the catalogue
    starts_on: dt.date
    ends_on: dt.date | None = None  # None: until the current grade


@dataclass(frozen=True)
class WorkItem:
    role: str  # ROLES
    kind: str  # WORK_KIND_LABELS
    level: str = ""  # WORK_LEVELS; "" not known
    adopted: bool | None = None
    agency_led: bool | None = None
    done_on: dt.date | None = None
    title: str = ""


@dataclass(frozen=True)
class CertificateItem:
    kind: str  # CERTIFICATE_KINDS
    name: str = ""
    level: str = ""  # a grade code for QLNN; B1, bậc 3, cơ bản… otherwise
    issued_on: dt.date | None = None


# ---------------------------------------------------------------- values typed by people


def choice(value: object, labels: dict[str, str], what: str) -> str:
    """A code from its code or its label (case and accents ignored); ValueError naming what is allowed."""
    text = clean("" if value is None else str(value))
    key = search_key(text)
    for code, label in labels.items():
        if key in (search_key(code), search_key(label)):
            return code
    allowed = ", ".join(label for label in labels.values() if label)
    raise ValueError(f"{what} '{text[:40]}' không hợp lệ; hãy ghi {allowed}")


def degree_level(value: object) -> str:
    """'Đại học', 'dai_hoc', 'Cử nhân', 'ThS'… as a level code; ValueError otherwise."""
    code = education_code(clean(str(value or "")))
    if code is None:
        return choice(value, DEGREE_LEVELS, "trình độ")
    return code


def theory_level(value: object) -> str:
    text = clean(str(value or ""))
    if not text:
        return ""
    code = theory_code(text)
    if code is None:
        raise ValueError(f"lý luận chính trị '{text[:40]}' không hợp lệ; hãy ghi Sơ cấp, Trung cấp hoặc Cao cấp")
    return code


def yes_no(value: object, what: str) -> bool | None:
    """'Có' / 'Không' / '' (also x, 1, 0, True, False) as True / False / None."""
    if value is None or isinstance(value, bool):
        return value
    key = search_key(str(value))
    if key in ("", "chua ro", "chua xac dinh"):
        return None
    if key in ("co", "x", "1", "dat", "phu hop", "yes", "true"):
        return True
    if key in ("khong", "0", "no", "false", "khong phu hop"):
        return False
    raise ValueError(f"{what} '{clean(str(value))[:40]}' không hợp lệ; hãy ghi Có, Không hoặc để trống")


def year(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = float(value) if isinstance(value, (int, float)) else float(clean(str(value)))
    except ValueError:
        number = -1.0
    if number != int(number) or not 1900 <= number <= 2100:
        raise ValueError(f"năm '{clean(str(value))[:20]}' không hợp lệ; hãy ghi bốn chữ số, ví dụ 2015")
    return int(number)


def limited(value: object, what: str, most: int = NAME_MAX) -> str:
    text = clean("" if value is None else str(value))
    if len(text) > most:
        raise ValueError(f"{what} dài {len(text)} ký tự, quá {most} ký tự")
    return text


# ---------------------------------------------------------------- shown and audited as text


def degree_text(d: Degree) -> str:
    extra = ", ".join(x for x in (d.institution, str(d.year) if d.year else "") if x)
    return f"{DEGREE_LEVELS.get(d.level, d.level)} {d.major}".strip() + (f" ({extra})" if extra else "")


def period_text(p: GradePeriod) -> str:
    return f"{p.grade} từ {format_date(p.starts_on)}" + (f" đến {format_date(p.ends_on)}" if p.ends_on else "")


def work_text(w: WorkItem) -> str:
    parts = [ROLES.get(w.role, w.role), WORK_KIND_LABELS.get(w.kind, w.kind).lower(), WORK_LEVELS.get(w.level, "").lower(),
             w.title and f"“{w.title}”",
             {True: "đã ban hành/nghiệm thu", False: "chưa ban hành/nghiệm thu"}.get(w.adopted, ""),
             {True: "cơ quan được giao chủ trì", False: "cơ quan không chủ trì"}.get(w.agency_led, ""),
             format_date(w.done_on) if w.done_on else ""]
    return " ".join(p for p in parts if p)


def certificate_text(c: CertificateItem) -> str:
    head = c.name or CERTIFICATE_KINDS.get(c.kind, c.kind)
    return " ".join(x for x in (f"{head}", c.level, format_date(c.issued_on) if c.issued_on else "") if x)


def list_text(rows, shown) -> str:
    return "; ".join(shown(r) for r in rows)


# ---------------------------------------------------------------- the facts readiness checks


def facts_of(e) -> object:
    """app.readiness.Facts of a stored Employee (with its lists loaded)."""
    from app.readiness import Certificate, Facts, GradeSpan, Work

    history = e.grade_periods or e.history_complete
    return Facts(
        e.education or "", e.political_theory or "", e.certificates or "", e.grade_code, e.grade_since, e.documents_led,
        major_fits_field=e.major_fits_field,
        works=tuple(Work(ROLES[w.role].lower(), w.level or None, w.adopted, kind=w.kind, agency_led=w.agency_led,
                         on=w.done_on) for w in e.works) if (e.works or e.history_complete) else None,
        political_theory_kind=e.political_theory_kind or "",
        degree_list=tuple((d.level, d.major) for d in e.degrees) or None,
        certificate_list=tuple(Certificate(c.kind, c.name, c.level) for c in e.certificate_list) or None,
        grade_periods=tuple(GradeSpan(p.grade_code, p.starts_on, p.ends_on) for p in e.grade_periods) if history else None,
        history_complete=bool(e.history_complete),
    )

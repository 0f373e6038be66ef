"""A sample organisation, clearly labelled as sample data, to try the program on.

Deterministic (fixed random seed): the same units, people and scores every time it is loaded. Every name ends in
SAMPLE_MARK. It shows every feature: a closed period to compare with, an open one in which every person has a
form of their own position (some approved, some under way, some self-assessed only), and a few readiness forms
against another position.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.database import Database
from app.models import AssessmentPeriod, Employee, Position, Unit
from app.permissions import Action, require
from app.services.assessments import create_assessment

ROOT_CODE = "MAU"
SAMPLE_AUTHOR = "Dữ liệu mẫu"
SAMPLE_MARK = "(mẫu)"  # after every sample person's name, as after every sample unit's
STEP_ACTIONS = {"submitted": "submit", "approved": "approve"}

# (code, name, parent code)
UNITS = [
    (ROOT_CODE, "UBND tỉnh Mẫu (dữ liệu mẫu)", None),
    ("MAU-STP", "Sở Tư pháp (mẫu)", ROOT_CODE),
    ("MAU-STP-XLVP", "Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật (mẫu)", "MAU-STP"),
    ("MAU-STTTT", "Sở Thông tin và Truyền thông (mẫu)", ROOT_CODE),
    ("MAU-TTBCXB", "Phòng Thông tin - Báo chí - Xuất bản (mẫu)", "MAU-STTTT"),
    ("MAU-BCVT", "Phòng Bưu chính - Viễn thông (mẫu)", "MAU-STTTT"),
    ("MAU-CNTT", "Phòng Công nghệ thông tin (mẫu)", "MAU-STTTT"),
    ("MAU-ATTT", "Phòng An toàn thông tin (mẫu)", "MAU-STTTT"),
]

# unit code → position keys of the people working there (one entry per person)
STAFFING = {
    "MAU-STP-XLVP": ["btp-02-2023:1"] + ["btp-02-2023:2"] * 3 + ["btp-02-2023:3"] * 6,
    "MAU-TTBCXB": [
        "btttt-09-2023:1", "btttt-09-2023:2", "btttt-09-2023:3", "btttt-09-2023:3", "btttt-09-2023:5",
        "btttt-09-2023:6", "btttt-09-2023:9", "btttt-09-2023:11", "btttt-09-2023:15", "btttt-09-2023:17",
        "btttt-09-2023:18", "btttt-09-2023:20",
    ],
    "MAU-BCVT": [
        "btttt-09-2023:24", "btttt-09-2023:25", "btttt-09-2023:25", "btttt-09-2023:29", "btttt-09-2023:32",
        "btttt-09-2023:33", "btttt-09-2023:33", "btttt-09-2023:34", "btttt-09-2023:39",
    ],
    "MAU-CNTT": [
        "btttt-09-2023:40", "btttt-09-2023:41", "btttt-09-2023:42", "btttt-09-2023:42", "btttt-09-2023:42",
        "btttt-09-2023:44", "btttt-09-2023:45", "btttt-09-2023:45",
    ],
    "MAU-ATTT": [
        "btttt-09-2023:47", "btttt-09-2023:48", "btttt-09-2023:48", "btttt-09-2023:50", "btttt-09-2023:51",
        "btttt-09-2023:48",
    ],
}

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Ngọc", "Đình"]
MIDDLE_F = ["Thị", "Thị Thu", "Ngọc", "Thanh", "Thị Minh", "Hồng", "Thu", "Mai", "Diệu", "Bích"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân",
           "Sơn", "Thắng", "Toàn", "Tuấn", "Việt", "Vinh", "Ân", "Đông"]
GIVEN_F = ["Anh", "Ánh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân",
           "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Yến", "Ý"]
EDUCATION = {
    "btp": "Cử nhân Luật",
    "btttt": ["Kỹ sư Công nghệ thông tin", "Cử nhân Báo chí", "Thạc sĩ Quản lý công", "Kỹ sư Điện tử - Viễn thông",
              "Cử nhân Xuất bản", "Thạc sĩ An toàn thông tin"],
}
PERIODS = [
    ("Năm 2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31), "closed"),
    ("Năm 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "open"),
]
GRADE_YEARS = {"CVCC": (2, 8), "CVC": (3, 12), "CV": (1, 14), "CS": (1, 10), "NV": (1, 15)}


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    units: int
    employees: int
    assessments: int


def _name(rng: random.Random, used: set[str]) -> tuple[str, str]:
    while True:
        female = rng.random() < 0.5
        middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
        given = rng.choice(GIVEN_F if female else GIVEN_M)
        name = f"{rng.choice(FAMILY)} {middle} {given}"
        if name not in used:
            used.add(name)
            return name, "Nữ" if female else "Nam"


def _score(rng: random.Random, lo: int | None, hi: int | None, bias: float) -> int:
    centre = (lo + hi) / 2 if lo is not None and hi is not None else 3
    return max(1, min(5, round(centre + bias + rng.gauss(0, 0.8))))


def load_demo(db: Database, actor: Actor) -> DemoResult:
    """Add the sample organisation once; a second call changes nothing."""
    require(actor, Action.LOAD_SAMPLE)
    with db.session() as s:
        if s.scalars(select(Unit).where(Unit.code == ROOT_CODE)).first():
            return DemoResult(False, 0, 0, 0)
        rng = random.Random(2026)
        units = _units(s)
        employees = _employees(s, rng, units)
        _complete_records(employees)
        count = _assessments(s, rng, actor, employees)
        return DemoResult(True, len(units), len(employees), count)


def _units(s: Session) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for order, (code, name, parent) in enumerate(UNITS):
        units[code] = Unit(code=code, name=name, parent=units.get(parent), sort_order=order, is_sample=True)
        s.add(units[code])
    return units


def _employees(s: Session, rng: random.Random, units: dict[str, Unit]) -> list[Employee]:
    positions = {p.key: p for p in s.scalars(select(Position))}
    used: set[str] = set()
    out = []
    today = dt.date(2026, 11, 1)
    for unit_code, keys in STAFFING.items():
        for key in keys:
            position = positions[key]
            name, gender = _name(rng, used)
            lo, hi = GRADE_YEARS[position.grade_code]
            since = today - dt.timedelta(days=365 * rng.randint(lo, hi) + rng.randint(0, 300))
            education = EDUCATION["btp"] if key.startswith("btp") else rng.choice(EDUCATION["btttt"])
            if position.grade_code == "NV":
                education = "Trung cấp Bưu chính - Viễn thông"
            employee = Employee(
                code=f"MAU{len(out) + 1:04d}",
                full_name=f"{name} {SAMPLE_MARK}",
                gender=gender,
                birth_date=dt.date(rng.randint(1968, 1998), rng.randint(1, 12), rng.randint(1, 28)),
                unit=units[unit_code],
                position=position,
                grade_code=position.grade_code,
                grade_since=since,
                education=education,
                certificates=rng.choice(
                    ["Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên", "Chứng chỉ tiếng Anh B1; Chứng chỉ ứng dụng CNTT cơ bản",
                     "Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên chính", ""]
                ),
                political_theory=rng.choice(["cao_cap", "trung_cap", "so_cap"]) if position.grade_code in ("CVCC", "CVC") else "",
                documents_led=rng.randint(0, 3) if position.grade_code != "NV" else None,
                is_sample=True,
            )
            s.add(employee)
            out.append(employee)
    s.flush()
    return out


def _complete_records(employees: list[Employee]) -> None:
    """A few records complete enough for statutory readiness to conclude (no random draw: the rest stays as it was):
    MAU0001 for their own post (TT 02 số 1), MAU0005 for btp-02-2023:2 and MAU0014 for btttt-09-2023:2, the
    posts they are assessed against."""
    from app.models import EmployeeCertificate, EmployeeDegree, EmployeeGradePeriod, EmployeeWork

    by_code = {e.code: e for e in employees}

    def years_before(day: dt.date, years: int) -> dt.date:
        return day.replace(year=day.year - years, day=min(day.day, 28))

    def work(e: Employee, role: str, kind: str, level: str, title: str, days_in: int) -> EmployeeWork:
        return EmployeeWork(role=role, kind=kind, level=level, adopted=True, agency_led=True, title=title,
                            done_on=e.grade_since + dt.timedelta(days=days_in), sort_order=len(e.works))

    cvcc, cv_btp, cv_btttt = by_code["MAU0001"], by_code["MAU0005"], by_code["MAU0014"]
    cvcc.degrees = [EmployeeDegree(level="dai_hoc", major="Luật", institution="Trường Đại học Luật Hà Nội", year=1995),
                    EmployeeDegree(level="thac_si", major="Luật hành chính", institution="Học viện Hành chính quốc gia",
                                   year=2004, sort_order=1)]
    cvcc.political_theory, cvcc.political_theory_kind = "cao_cap", "llct"
    cvcc.certificate_list = [EmployeeCertificate(kind="qlnn", name="Bồi dưỡng kiến thức, kỹ năng QLNN", level="CVCC")]
    start = years_before(cvcc.grade_since, 7)
    cvcc.grade_periods = [EmployeeGradePeriod(grade_code="CV", starts_on=years_before(start, 9), ends_on=start),
                          EmployeeGradePeriod(grade_code="CVC", starts_on=start, ends_on=cvcc.grade_since)]
    cvcc.works = [EmployeeWork(role="chu_tri", kind="vbqppl", level="bo", adopted=True, agency_led=True,
                               title=title, done_on=start + dt.timedelta(days=400 * (n + 1)), sort_order=n)
                  for n, title in enumerate(["Thông tư hướng dẫn theo dõi tình hình thi hành pháp luật",
                                             "Đề án nâng cao hiệu quả xử lý vi phạm hành chính"])]
    for e in (cv_btp, cv_btttt):
        e.certificate_list = [EmployeeCertificate(kind="qlnn", name="Bồi dưỡng kiến thức, kỹ năng QLNN", level="CVC"),
                              EmployeeCertificate(kind="ngoai_ngu", name="Tiếng Anh", level="B1", sort_order=1),
                              EmployeeCertificate(kind="tin_hoc", name="Ứng dụng CNTT", level="Cơ bản", sort_order=2)]
        # before CV, an equivalent ngạch (thanh tra viên): "chuyên viên và tương đương từ đủ 09 năm"
        e.grade_periods = [EmployeeGradePeriod(grade_code="04.025", starts_on=years_before(e.grade_since, 9),
                                               ends_on=e.grade_since)]
        e.major_fits_field = True
        e.history_complete = True
    cvcc.history_complete = True
    cv_btp.degrees = [EmployeeDegree(level="dai_hoc", major="Luật", institution="Trường Đại học Luật Hà Nội", year=2008)]
    cv_btp.works = [work(cv_btp, "tham_gia", "vbqppl", "tinh", "Nghị quyết của HĐND tỉnh về xử lý vi phạm hành chính", 90)]
    cv_btttt.degrees = [EmployeeDegree(level="dai_hoc", major=cv_btttt.education.split(" ", 2)[-1] or "Báo chí",
                                       institution="Học viện Công nghệ Bưu chính Viễn thông", year=2010)]
    cv_btttt.works = [work(cv_btttt, "chu_tri", "de_an", "co_so", "Đề án số hóa hồ sơ cấp phép báo chí", 120)]


def _fill(s: Session, actor: Actor, rng: random.Random, assessment, bias: float, share_rated: float) -> None:
    for rating in assessment.ratings:
        if rng.random() <= share_rated:
            rating.score = _score(rng, rating.required_min, rating.required_max, bias)
            audit.record(s, actor, "assessment", assessment.id, "score", None, rating.score, item=rating.competency_code,
                         assessment_id=assessment.id, at=assessment.created_at)


def _mark(s: Session, actor: Actor, assessment, status: str, when: dt.datetime) -> None:
    steps = {"submitted": ["submitted"], "approved": ["submitted", "approved"]}.get(status, [])
    previous = "draft"
    for step in steps:
        audit.record(s, actor, "assessment", assessment.id, "status", previous, step, action=STEP_ACTIONS[step],
                     assessment_id=assessment.id, at=when)
        previous = step
    assessment.status = status
    assessment.updated_at = when
    if status in ("submitted", "approved"):
        assessment.submitted_at = when
    if status == "approved":
        assessment.approved_at, assessment.approved_by = when, SAMPLE_AUTHOR


def _assessments(s: Session, rng: random.Random, actor: Actor, employees: list[Employee]) -> int:
    periods = {}
    for name, start, end, _status in PERIODS:
        periods[name] = AssessmentPeriod(name=name, starts_on=start, ends_on=end, status="open", is_sample=True)
        s.add(periods[name])
    s.flush()
    sample_actor = Actor(username="mau", display_name=SAMPLE_AUTHOR, roles=actor.roles)
    count = 0
    for index, employee in enumerate(employees):
        ability = rng.gauss(0, 0.6)  # a person's own level, shared by both kinds and both years
        # 2025: nearly everyone assessed, both kinds, approved.
        if index % 7 != 6:
            when = dt.datetime(2025, 12, 10, 9, 0, tzinfo=dt.timezone.utc)
            own = create_assessment(s, sample_actor, employee, employee.position.key, periods["Năm 2025"], "self", when)
            _fill(s, sample_actor, rng, own, ability + 0.4, 1.0)
            boss = create_assessment(s, sample_actor, employee, employee.position.key, periods["Năm 2025"], "assessor", when)
            _fill(s, sample_actor, rng, boss, ability, 1.0)
            s.flush()
            _mark(s, sample_actor, own, "submitted", when)
            _mark(s, sample_actor, boss, "approved", when)
            count += 2
        # 2026: campaign under way: approved, sent, half-done, self-assessed only; nobody without a form of their own
        # position. Draws for what was added later come from a generator of their own, so the rest stays as it was.
        when = dt.datetime(2026, 10, 20, 14, 0, tzinfo=dt.timezone.utc)
        extra = random.Random(f"2026-{employee.code}")
        stage = index % 5
        if stage in (0, 1, 2, 3):
            own = create_assessment(s, sample_actor, employee, employee.position.key, periods["Năm 2026"], "self", when)
            _fill(s, sample_actor, rng, own, ability + 0.5, 1.0 if stage != 3 else 0.6)
            s.flush()
            if stage in (0, 1):
                _mark(s, sample_actor, own, "submitted", when)
            count += 1
        if stage in (0, 1, 2):
            boss = create_assessment(s, sample_actor, employee, employee.position.key, periods["Năm 2026"], "assessor", when)
            _fill(s, sample_actor, rng, boss, ability + 0.2, 1.0 if stage in (0, 1) else 0.5)
            s.flush()
            if stage == 0:
                _mark(s, sample_actor, boss, "approved" if index % 10 == 5 else "submitted", when)
            count += 1
        if stage == 4:  # self-assessment begun, no assessor's form yet
            own = create_assessment(s, sample_actor, employee, employee.position.key, periods["Năm 2026"], "self", when)
            _fill(s, sample_actor, extra, own, ability + 0.5, 0.5)
            s.flush()
            count += 1
    # readiness: a few people assessed against the next grade up in their line
    readiness = {"MAU0005": "btp-02-2023:2", "MAU0014": "btttt-09-2023:2", "MAU0036": "btttt-09-2023:41",
                 "MAU0002": "btp-02-2023:1"}
    by_code = {e.code: e for e in employees}
    for code, key in readiness.items():
        boss = create_assessment(s, sample_actor, by_code[code], key, periods["Năm 2026"], "assessor", when)
        _fill(s, sample_actor, rng, boss, -0.3, 1.0)
        count += 1
    for name, _start, _end, status in PERIODS:
        periods[name].status = status
    s.flush()
    return count

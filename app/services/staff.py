"""Employees (the units are in app.services.units, whose functions are also reachable from here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit, employee_keys, employee_record, text_rules
from app.actor import Actor
from app.backup import automatic_backup
from app.database import Database
from app.employee_record import CertificateItem, Degree, GradePeriod, WorkItem
from app.errors import NotFound, UserError
from app.grades import GradeCatalogue
from app.models import Employee, Position, Unit
from app.permissions import Action, allowed, require, require_person
from app.services.units import (  # noqa: F401 - staff.list_units and the rest, as callers know them
    UnitInfo,
    add_unit,
    agency_of,
    codes_below,
    delete_unit,
    list_units,
    move_unit,
    rename_unit,
    subtree_ids,
)
from app.vntext import (
    clean,
    code_key,
    matches,
    name_sort_key,
    parse_date,
)


@dataclass(frozen=True)
class EmployeeInfo:
    id: int
    code: str
    name: str
    unit: str
    unit_name: str
    position: str | None
    position_name: str | None
    grade: str | None
    grade_since: dt.date | None
    birth_date: dt.date | None
    gender: str
    education: str
    certificates: str
    active: bool
    is_sample: bool
    grade_name: str = ""  # the grade's full name, as printed
    grade_kind: str = ""  # 'ngach' or 'hang'
    # the record for statutory readiness (app.employee_record)
    political_theory: str = ""
    political_theory_kind: str = ""
    major_fits_field: bool | None = None
    history_complete: bool = False
    degrees: tuple[Degree, ...] = ()
    grade_periods: tuple[GradePeriod, ...] = ()
    works: tuple[WorkItem, ...] = ()
    certificate_list: tuple[CertificateItem, ...] = ()

    @property
    def grade_label(self) -> str:
        """'Ngạch' or 'Hạng chức danh nghề nghiệp', as fits the grade."""
        from app.grades import KIND_LABELS

        return KIND_LABELS.get(self.grade_kind, KIND_LABELS["ngach"])


@dataclass
class EmployeeInput:
    """What a user types for an employee; validated by `save_employee`."""

    code: str
    name: str
    unit: str
    position: str | None = None
    grade: str | None = None
    grade_since: dt.date | str | None = None
    birth_date: dt.date | str | None = None
    gender: str = ""
    education: str = ""
    certificates: str = ""
    # the record for statutory readiness; None leaves what is stored (a workbook without these columns or sheets)
    political_theory: str | None = None  # Sơ cấp, Trung cấp, Cao cấp (or the code)
    political_theory_kind: str | None = None  # employee_record.THEORY_KINDS, by code or label
    major_fits_field: bool | str | None = None  # Có / Không / "" (not decided): None leaves it
    history_complete: bool | None = None
    degrees: list[Degree] | None = None
    grade_periods: list[GradePeriod] | None = None
    works: list[WorkItem] | None = None
    certificate_list: list[CertificateItem] | None = None


RECORD_LISTS = ("degrees", "grade_periods", "works", "certificate_list")


def _info(e: Employee) -> EmployeeInfo:
    return EmployeeInfo(
        id=e.id,
        code=e.code,
        name=e.full_name,
        unit=e.unit.code,
        unit_name=e.unit.name,
        position=e.position.key if e.position else None,
        position_name=e.position.name if e.position else None,
        grade=e.grade_code,
        grade_since=e.grade_since,
        birth_date=e.birth_date,
        gender=e.gender,
        education=e.education,
        certificates=e.certificates,
        active=e.active,
        is_sample=e.is_sample,
        grade_name=e.grade.name if e.grade else "",
        grade_kind=e.grade.kind if e.grade else "",
        political_theory=e.political_theory or "",
        political_theory_kind=e.political_theory_kind or "",
        major_fits_field=e.major_fits_field,
        history_complete=bool(e.history_complete),
        **{name: tuple(_stored_list(e, name)) for name in RECORD_LISTS},
    )


def _stored_list(e: Employee, name: str) -> list:
    """One of the record's lists as app.employee_record rows."""
    if name == "degrees":
        return [Degree(d.level, d.major, d.institution, d.year) for d in e.degrees]
    if name == "grade_periods":
        return [GradePeriod(p.grade_code, p.starts_on, p.ends_on) for p in e.grade_periods]
    if name == "works":
        return [WorkItem(w.role, w.kind, w.level, w.adopted, w.agency_led, w.done_on, w.title) for w in e.works]
    return [CertificateItem(c.kind, c.name, c.level, c.issued_on) for c in e.certificate_list]


def _list_rows(name: str, rows: list) -> list:
    """ORM rows of one of the record's lists."""
    from app.models import (
        EmployeeCertificate,
        EmployeeDegree,
        EmployeeGradePeriod,
        EmployeeWork,
    )

    if name == "degrees":
        return [EmployeeDegree(level=d.level, major=d.major, institution=d.institution, year=d.year, sort_order=i)
                for i, d in enumerate(rows)]
    if name == "grade_periods":
        return [EmployeeGradePeriod(grade_code=p.grade, starts_on=p.starts_on, ends_on=p.ends_on) for p in rows]
    if name == "works":
        return [EmployeeWork(role=w.role, kind=w.kind, level=w.level, adopted=w.adopted, agency_led=w.agency_led,
                             done_on=w.done_on, title=w.title, sort_order=i) for i, w in enumerate(rows)]
    return [EmployeeCertificate(kind=c.kind, name=c.name, level=c.level, issued_on=c.issued_on, sort_order=i)
            for i, c in enumerate(rows)]


LIST_TEXT = {"degrees": employee_record.degree_text, "grade_periods": employee_record.period_text,
             "works": employee_record.work_text, "certificate_list": employee_record.certificate_text}
_WITH_LISTS = [selectinload(getattr(Employee, name)) for name in RECORD_LISTS]


def list_employees(
    db: Database,
    actor: Actor,
    unit: str | None = None,
    search: str | None = None,
    include_inactive: bool = False,
    codes: Iterable[str] | None = None,
) -> list[EmployeeInfo]:
    """Employees the actor may see, in Vietnamese name order; the unit filter includes sub-units.
    codes: only the employees of these codes (case ignored), e.g. those an import file names."""
    from app.services.score_import import codes_in

    with db.read_session() as s:
        query = select(Employee).options(selectinload(Employee.unit), selectinload(Employee.position),
                                         selectinload(Employee.grade), *_WITH_LISTS)
        if unit:
            query = query.where(Employee.unit_id.in_(subtree_ids(s, unit)))
        if not include_inactive:
            query = query.where(Employee.active.is_(True))
        wanted = None if codes is None else {code_key(c) for c in codes if c}
        rows = []
        for where in ([None] if codes is None else codes_in(Employee.code, codes)):
            rows.extend(_info(e) for e in s.scalars(query if where is None else query.where(where))
                        if (wanted is None or code_key(e.code) in wanted)
                        and allowed(actor, Action.READ_EMPLOYEE, unit_id=e.unit_id, employee_id=e.id))
    if search:
        rows = [r for r in rows if matches(search, r.name, r.code, r.unit_name)]
    return sorted(rows, key=lambda r: (name_sort_key(r.name), r.code))


def find_employee(s: Session, code: str, actor: Actor | None = None) -> Employee:
    """The employee of this code. With an actor: refused alike whether the code does not exist or names
    someone the actor may not see (app.permissions.require_person)."""
    employee = s.scalars(select(Employee).where(Employee.code == clean(code))).first()
    if actor is not None:
        require_person(actor, code, employee.unit_id if employee else None, employee.id if employee else None)
    if employee is None:
        raise NotFound(f"Không có công chức mã '{code}'.")
    return employee


def get_employee(db: Database, actor: Actor, code: str) -> EmployeeInfo:
    with db.read_session() as s:
        e = find_employee(s, code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=e.unit_id, employee_id=e.id)
        return _info(e)


@dataclass
class Lookups:
    """Units, positions and grades by code, read once for many rows."""

    units: dict[str, Unit]
    positions: dict[str, Position]
    grades: GradeCatalogue

    @classmethod
    def load(cls, s: Session) -> Lookups:
        from app.services.grades import catalogue_of

        return cls(
            units={u.code: u for u in s.scalars(select(Unit))},
            positions={p.key: p for p in s.scalars(select(Position))},
            grades=catalogue_of(s),
        )


EMPLOYEE_VALUE_FIELDS = ("full_name", "unit_id", "position_id", "grade_code", "grade_since", "birth_date", "gender",
                         "education", "certificates")
RECORD_FIELDS = ("political_theory", "political_theory_kind", "major_fits_field", "history_complete")


def _validated(s: Session, data: EmployeeInput, lookups: Lookups | None = None) -> dict:
    """Field values for an Employee, or UserError naming the first bad field."""
    lookups = lookups or Lookups.load(s)
    code = clean(data.code)
    name = clean(data.name)
    if not code:
        raise UserError("Mã công chức không được để trống.")
    if not name:
        raise UserError("Họ và tên không được để trống.")
    text_rules.check(Employee, "code", code)  # the same limits as the database's, on both engines
    text_rules.check(Employee, "full_name", name)
    unit = lookups.units.get(clean(data.unit))
    if unit is None:
        raise UserError(f"Đơn vị '{data.unit}' không có trong danh sách đơn vị.")
    position = None
    if data.position:
        position = lookups.positions.get(clean(data.position))
        if position is None:
            raise UserError(f"Vị trí việc làm '{data.position}' không có trong các khung năng lực.")
    grade = position.grade_code if position else None
    if clean(data.grade):
        found = lookups.grades.find(data.grade)
        if found is None:
            raise UserError(f"Ngạch, hạng '{clean(data.grade)}' không có trong danh mục; hãy ghi "
                            f"{lookups.grades.allowed_text()}.")
        grade = found.code
    try:
        birth = parse_date(data.birth_date)
        since = parse_date(data.grade_since)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    today = dt.date.today()
    if birth and not (dt.date(1900, 1, 1) < birth < today):
        raise UserError("Ngày sinh không hợp lệ.")
    if since and since > today:
        raise UserError("Ngày giữ ngạch không được sau ngày hôm nay.")
    if birth and since and since < birth:
        raise UserError("Ngày giữ ngạch không được trước ngày sinh.")
    record = {}
    try:
        if data.political_theory is not None:
            record["political_theory"] = employee_record.theory_level(data.political_theory)
        if data.political_theory_kind is not None:
            record["political_theory_kind"] = employee_record.choice(data.political_theory_kind,
                                                                     employee_record.THEORY_KINDS, "loại bằng LLCT")
        if data.major_fits_field is not None:
            record["major_fits_field"] = employee_record.yes_no(data.major_fits_field, "ngành đào tạo phù hợp")
        if data.history_complete is not None:
            record["history_complete"] = bool(data.history_complete)
    except ValueError as exc:
        raise UserError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
    return record | {  # the keys are EMPLOYEE_VALUE_FIELDS and those of RECORD_FIELDS given
        "code": code,
        "full_name": name,
        "unit_id": unit.id,
        "position_id": position.id if position else None,
        "grade_code": grade or None,
        "grade_since": since,
        "birth_date": birth,
        "gender": clean(data.gender),
        "education": clean(data.education),
        "certificates": clean(data.certificates),
    }


AUDITED_FIELDS = ("full_name", "unit", "position", "grade", "grade_since", "birth_date", "gender", "education",
                  "certificates")


def _audited(values: dict, unit_codes: dict[int, str], position_keys: dict[int, str]) -> dict:
    """An employee's values as the audit trail shows them: unit by code, position by key."""
    return {
        "full_name": values["full_name"],
        "unit": unit_codes.get(values["unit_id"]),
        "position": position_keys.get(values["position_id"]) if values["position_id"] else None,
        "grade": values["grade_code"],
        "grade_since": values["grade_since"],
        "birth_date": values["birth_date"],
        "gender": values["gender"],
        "education": values["education"],
        "certificates": values["certificates"],
        **{k: values[k] for k in RECORD_FIELDS if k in values},
    }


def _lists(data: EmployeeInput, lookups: Lookups) -> dict[str, list]:
    """The record's lists given (None: left as stored), each row checked; UserError naming the first bad one."""
    out = {}
    today = dt.date.today()
    labels = {"degrees": "Bằng cấp", "grade_periods": "Quá trình giữ ngạch", "works": "Văn bản, đề án",
              "certificate_list": "Chứng chỉ"}
    for name in RECORD_LISTS:
        rows = getattr(data, name)
        if rows is None:
            continue
        checked = []
        for n, row in enumerate(rows, start=1):
            where = f"{labels[name]}, dòng {n}: "
            if name == "degrees" and row.level not in employee_record.DEGREE_LEVELS:
                raise UserError(f"{where}trình độ '{row.level}' không hợp lệ.")
            if name == "grade_periods":
                grade = lookups.grades.find(row.grade) if row.grade else None
                if grade is None:
                    raise UserError(f"{where}ngạch, hạng '{row.grade}' không có trong danh mục.")
                if row.ends_on and row.ends_on < row.starts_on:
                    raise UserError(f"{where}ngày kết thúc trước ngày bắt đầu.")
                if row.starts_on > today:
                    raise UserError(f"{where}ngày bắt đầu sau ngày hôm nay.")
                row = GradePeriod(grade.code, row.starts_on, row.ends_on)
            if name == "works" and (row.role not in employee_record.ROLES or row.kind not in
                                    employee_record.WORK_KIND_LABELS or row.level not in employee_record.WORK_LEVELS):
                raise UserError(f"{where}vai trò, loại hoặc cấp không hợp lệ.")
            if name == "certificate_list" and row.kind not in employee_record.CERTIFICATE_KINDS:
                raise UserError(f"{where}loại chứng chỉ '{row.kind}' không hợp lệ.")
            if name in ("degrees", "certificate_list", "works"):
                for attr in ("major", "institution", "name", "level", "title"):
                    if isinstance(getattr(row, attr, None), str):
                        most = employee_record.LEVEL_MAX if (attr == "level" and name == "certificate_list") else (
                            10_000 if attr == "title" else employee_record.NAME_MAX)
                        if len(getattr(row, attr)) > most:
                            raise UserError(f"{where}nội dung dài quá {most} ký tự.")
            checked.append(row)
        out[name] = checked
    return out


def _replace_lists(employee: Employee, lists: dict[str, list]) -> dict[str, tuple[str, str]]:
    """Store the lists that differ; {list: (old text, new text)} for the audit trail."""
    changed = {}
    for name, rows in lists.items():
        old = _stored_list(employee, name) if employee.id else []
        if old != rows:
            getattr(employee, name)[:] = _list_rows(name, rows)
            changed[name] = (employee_record.list_text(old, LIST_TEXT[name]),
                             employee_record.list_text(rows, LIST_TEXT[name]))
    return changed


def _list_entries(actor: Actor, code: str, changed: dict[str, tuple[str, str]]) -> list[dict]:
    return [audit.entry(actor, "employee", code, name, old or None, new or None) for name, (old, new) in changed.items()]


def _summary(audited: dict) -> str:
    """One line for a new record: name · unit · position."""
    return " · ".join(str(audited[f]) for f in ("full_name", "unit", "position") if audited[f])


def _employee_changes(actor: Actor, code: str, before: dict | None, after: dict) -> list[dict]:
    if before is None:
        return [audit.entry(actor, "employee", code, "record", None, _summary(after), action="add")]
    return audit.changes(actor, "employee", code, before, after)


def save_employee(db: Database, actor: Actor, data: EmployeeInput, is_new: bool) -> EmployeeInfo:
    """Add a new employee or update one, by code; all fields validated first."""
    with db.session() as s:
        lookups = Lookups.load(s)
        values = _validated(s, data, lookups)
        lists = _lists(data, lookups)
        require(actor, Action.EDIT_EMPLOYEE, unit_id=values["unit_id"])
        existing = s.scalars(select(Employee).where(Employee.code == values["code"])).first()
        if is_new and existing is not None:
            raise UserError(f"Mã công chức '{values['code']}' đã có ({existing.full_name}).")
        if not is_new and existing is None:
            raise NotFound(f"Không có công chức mã '{values['code']}'.")
        unit_codes = {u.id: code for code, u in lookups.units.items()}
        position_keys = {p.id: key for key, p in lookups.positions.items()}
        before = None
        if existing is not None:
            before = _audited({k: getattr(existing, k) for k in values}, unit_codes, position_keys)
        employee = existing or Employee()
        for key, value in values.items():
            setattr(employee, key, value)
        changed = _replace_lists(employee, lists)
        s.add(employee)
        s.flush()
        audit.record_many(s, _employee_changes(actor, values["code"], before,
                                               _audited(values, unit_codes, position_keys))
                          + _list_entries(actor, values["code"], changed))
        s.refresh(employee)
        return _info(employee)


def agency_name(db: Database, actor: Actor, employee_code: str) -> str:
    """Name of the top unit above the employee: the agency printed on forms."""
    with db.read_session() as s:
        employee = find_employee(s, employee_code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=employee.unit_id, employee_id=employee.id)
        unit = employee.unit
        while unit.parent is not None:
            unit = unit.parent
        return unit.name


def employee_input(e: EmployeeInfo) -> EmployeeInput:
    """What the employee's record looks like as input (to compare an import row with it)."""
    return EmployeeInput(
        code=e.code, name=e.name, unit=e.unit, position=e.position, grade=e.grade, grade_since=e.grade_since,
        birth_date=e.birth_date, gender=e.gender, education=e.education, certificates=e.certificates,
        political_theory=e.political_theory, political_theory_kind=e.political_theory_kind,
        major_fits_field=employee_record.YES_NO[e.major_fits_field], history_complete=e.history_complete,
        **{name: list(getattr(e, name)) for name in RECORD_LISTS},
    )


def import_employees(db: Database, actor: Actor, rows: list[EmployeeInput], state=None, chunk: int = 500) -> int:
    """Upsert every row by employee code in one transaction: all rows or none.

    Rows are checked with the same rules as the staff dialog, then written in bulk (plain INSERT and
    UPDATE by primary key), which keeps a 10,000-row file to a fraction of a second of database work.
    """
    from sqlalchemy import insert, update

    from app.tasks import TaskState

    state = state or TaskState()
    require(actor, Action.EDIT_EMPLOYEE)
    automatic_backup(db, "import")
    with db.session() as s:
        lookups = Lookups.load(s)
        unit_codes = {u.id: code for code, u in lookups.units.items()}
        position_keys = {p.id: key for key, p in lookups.positions.items()}
        columns = [getattr(Employee, name) for name in ("id", "code", *EMPLOYEE_VALUE_FIELDS, *RECORD_FIELDS)]
        named = sorted({clean(r.code) for r in rows})  # only the people the rows name
        current = {row.code: row for n in range(0, len(named), 900)
                   for row in s.execute(select(*columns).where(Employee.code.in_(named[n:n + 900])))}
        with_lists = [r for r in rows if any(getattr(r, name) is not None for name in RECORD_LISTS)]
        stored = {e.code: e for e in s.scalars(select(Employee).options(*_WITH_LISTS).where(
            Employee.code.in_([clean(r.code) for r in with_lists])))} if with_lists else {}
        later: list[tuple[str, dict[str, list]]] = []  # lists written once every employee row exists
        for start in range(0, len(rows), chunk):
            new, changed, trail = [], [], []
            for data in rows[start : start + chunk]:
                values = _validated(s, data, lookups)
                lists = _lists(data, lookups)
                if lists:
                    later.append((values["code"], lists))
                after = _audited(values, unit_codes, position_keys)
                row = current.get(values["code"])
                if row is not None:
                    before = _audited(row._asdict(), unit_codes, position_keys)
                    entries = _employee_changes(actor, values["code"], before, after)
                    if entries:
                        changed.append(employee_keys.with_keys(  # a bulk update has no ORM event: keys set here
                            {**{k: getattr(row, k) for k in RECORD_FIELDS}, "id": row.id, **values}))
                        trail.extend(entries)
                else:
                    new.append(employee_keys.with_keys({
                        "political_theory": "", "political_theory_kind": "", "major_fits_field": None,
                        "history_complete": False, **values, "active": True, "is_sample": False}))
                    trail.extend(_employee_changes(actor, values["code"], None, after))
            if new:
                s.execute(insert(Employee), new)
            if changed:
                s.execute(update(Employee), changed)
            audit.record_many(s, trail)
            state.progress(min(start + chunk, len(rows)), len(rows))
        if later:
            s.flush()
            added = {e.code: e for e in s.scalars(select(Employee).options(*_WITH_LISTS).where(
                Employee.code.in_([code for code, _lists in later if code not in stored])))}
            trail = []
            for code, lists in later:
                trail.extend(_list_entries(actor, code, _replace_lists(stored.get(code) or added[code], lists)))
            s.flush()
            audit.record_many(s, trail)
    from app import planner_stats

    planner_stats.after_import(db, {"employees": len(rows)})  # SQLite's statistics, when the table grew a lot
    return len(rows)


def statutory_readiness(db: Database, actor: Actor, employee_code: str, position_key: str, on: dt.date | None = None):
    """The position's qualification rules checked against the employee's record."""
    from app.framework_loader import RULE_FIELDS
    from app.models import Grade
    from app.readiness import readiness_checks

    with db.read_session() as s:
        e = find_employee(s, employee_code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=e.unit_id, employee_id=e.id)
        position = s.scalars(select(Position).where(Position.key == position_key)).first()
        if position is None:
            raise NotFound(f"Không có vị trí việc làm mã '{position_key}'.")
        rule = position.qualification_rule
        rule_dict = {k: getattr(rule, k) for k in RULE_FIELDS} if rule else None
        texts: dict[str, list[str]] = {}
        for q in position.qualifications:
            texts.setdefault(q.category, []).append(q.text)
        grades = {g.code: (g.name.lower(), g.rank) for g in s.scalars(select(Grade))}
        facts = employee_record.facts_of(e)
    return readiness_checks(rule_dict, facts, on or dt.date.today(), texts, grades)


def set_active(db: Database, actor: Actor, code: str, active: bool) -> EmployeeInfo:
    """Stop (or resume) following an employee who left; their assessments stay as they were."""
    with db.session() as s:
        e = find_employee(s, code, actor)
        require(actor, Action.EDIT_EMPLOYEE, unit_id=e.unit_id, employee_id=e.id)
        if e.active != active:
            audit.record(s, actor, "employee", e.code, "active", e.active, active)
        e.active = active
        s.flush()
        return _info(e)


def __getattr__(name: str):
    """staff.employee_page and staff.EmployeePage: the staff list a page at a time, in its own module
    (app.services.staff_list), imported when first asked for."""
    if name in ("employee_page", "EmployeePage"):
        from app.services import staff_list

        return getattr(staff_list, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

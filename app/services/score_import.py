"""Scores from a file, written in bulk: a few queries and executemany statements for the whole file.

The rules are those of one form at a time (services.assessments: _get_or_create, then _apply_all):
the same permission checks per form, the same refusals (closed period, form not in draft), the
same audit entries (one per changed score or note, one per form created), the optimistic version
of every changed rating raised by one; all in the caller's transaction, so all or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.errors import Conflict, NotFound, UserError
from app.models import Assessment, AssessmentPeriod, Employee, Position, Rating, Unit
from app.models.base import utcnow
from app.permissions import Action, require
from app.vntext import clean, code_key, nfc

_CHUNK = 900  # values per IN (...) list (SQLite: at most 999 parameters a statement)


def executemany(s: Session, statement, rows: list[dict]) -> int:
    """One statement for many rows, handed to the driver as is (SQLAlchemy's per-row parameter handling
    costs more than the database's work for 100,000 rows). Values are converted by the columns' own
    bind processors, once per distinct value for the shared ones (the time of the change).
    Returns the rows matched, or -1 when the driver does not say."""
    if not rows:
        return 0
    conn = s.connection()
    dialect = conn.dialect
    keys = set(rows[0])
    compiled = statement.compile(dialect=dialect, column_keys=list(rows[0]))
    names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    slots = []  # per parameter: (row key or None, constant, processor)
    for name in names:
        bind = compiled.binds[name]
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if bind.key in keys:
            slots.append((name, bind.key, None, processor))
        else:  # a literal in the statement, e.g. the 1 of version + 1
            value = bind.effective_value
            slots.append((name, None, processor(value) if processor and value is not None else value, None))
    cache: dict[tuple[str, object], object] = {}

    def convert(key, value, processor):
        if processor is None or value is None:
            return value
        try:
            return cache[(key, value)]
        except KeyError:
            converted = cache[(key, value)] = processor(value)
            return converted
        except TypeError:  # unhashable
            return processor(value)

    if compiled.positional:
        params = [tuple(convert(key, row[key], proc) if key else const for _n, key, const, proc in slots)
                  for row in rows]
    else:
        params = [{n: convert(key, row[key], proc) if key else const for n, key, const, proc in slots}
                  for row in rows]
    result = conn.exec_driver_sql(compiled.string, params)
    return result.rowcount if result.rowcount is not None else -1


def codes_in(column, codes, chunk: int = _CHUNK):
    """WHERE clauses matching `codes` with case ignored (app.vntext.code_key), in IN lists of at most
    `chunk` values (SQLite allows 999 parameters a statement): one clause a chunk, each served by the
    index on lower(code) of its table. The caller keeps the rows whose code_key is wanted.

    Codes with letters beyond ASCII cannot be matched by SQL's lower() the way Python's casefold() does
    (SQLite folds ASCII only): when the file holds one, the clause matches every row (None)."""
    keys = sorted({code_key(c) for c in codes if c})
    if any(not k.isascii() for k in keys):
        return [None]
    return [func.lower(column).in_(keys[n:n + chunk]) for n in range(0, len(keys), chunk)]


def context(s: Session, codes=None) -> dict:
    """What a scores file is checked against, read with plain column queries (no objects): positions'
    competencies and periods, and - for the employee codes the file names (all when codes is None) -
    the employees, their current positions and their forms past draft."""
    from app.models import Competency, Requirement
    from app.services.assessments import STATUS_LABELS

    wanted = None if codes is None else {code_key(c) for c in codes if c}
    employees: set[str] = set()
    current: dict[str, str] = {}
    ids: dict[int, str] = {}
    query = select(Employee.id, Employee.code, Position.key).outerjoin(Position, Position.id == Employee.position_id)
    for where in ([None] if codes is None else codes_in(Employee.code, codes)):
        for employee_id, code, key in s.execute(query if where is None else query.where(where)):
            if wanted is not None and code_key(code) not in wanted:
                continue
            employees.add(code)
            ids[employee_id] = code
            if key:
                current[code] = key
    positions: dict[str, set[str]] = {}
    for key, code in s.execute(
        select(Position.key, Competency.code).join(Requirement, Requirement.position_id == Position.id)
        .join(Competency, Competency.id == Requirement.competency_id)
    ):
        positions.setdefault(key, set()).add(code)
    periods_by_id = {}
    periods = {}
    for period_id, name, status in s.execute(select(AssessmentPeriod.id, AssessmentPeriod.name,
                                                    AssessmentPeriod.status)):
        periods[name] = status == "open"
        periods_by_id[period_id] = name
    locked = {}
    forms = (select(Assessment.employee_id, Assessment.frozen_position_key, Assessment.period_id, Assessment.kind,
                    Assessment.status).where(Assessment.status != "draft"))
    chosen = sorted(ids)
    for where in ([None] if codes is None else
                  [Assessment.employee_id.in_(chosen[n:n + _CHUNK]) for n in range(0, len(chosen), _CHUNK)]):
        for employee_id, key, period_id, kind, status in s.execute(forms if where is None else forms.where(where)):
            if employee_id in ids:
                locked[(ids[employee_id], key, periods_by_id[period_id], kind)] = STATUS_LABELS[status].lower()
    return {"employees": employees, "current": current, "positions": positions, "periods": periods,
            "locked": locked}


class Known:
    """What a scores file is checked against, read when the file's employee codes are known:
    Known(db)(codes) -> the dict of context() for those codes only."""

    def __init__(self, db):
        self.db = db

    def __call__(self, codes) -> dict:
        with self.db.read_session() as s:
            return context(s, list(codes))


class _Template:
    """The ratings a new form of one position starts with (as create_assessment builds them)."""

    def __init__(self, s: Session, key: str):
        from app.services.catalog import load_position, requirement_infos

        position = load_position(s, key, full=False)
        self.position = position
        ids = {r.competency.code: r.competency_id for r in position.requirements}
        self.ratings = [
            dict(competency_id=ids[info.code], competency_code=info.code, competency_name=info.competency,
                 group_code=info.group, group_name=info.group_name, sort_order=order, required_min=info.min,
                 required_max=info.max, required_text=info.text, required_origin=info.origin)
            for order, info in enumerate(requirement_infos(position))
        ]


def _match(ratings: list[dict], competency: str, position_key: str) -> dict:
    """find_rating's rule: by code, else by exact name (case and Unicode form ignored)."""
    wanted = clean(competency)
    for r in ratings:
        if r["competency_code"] == wanted:
            return r
    for r in ratings:
        if clean(r["competency_name"]).casefold() == wanted.casefold():
            return r
    raise UserError(f"Vị trí {position_key} không có năng lực '{competency}' (mã hoặc tên chính xác).")


def write(s: Session, actor: Actor, changes: Mapping[tuple, Mapping[str, tuple[object, object]]], state,
          reason: str) -> int:
    from app.services.assessments import STATUS_LABELS, _check_kind
    from app.services.conflicts import KEEP, validate_score as _validate_score
    from app.services.periods import find_period

    now = utcnow()
    e, a, r = Employee.__table__, Assessment.__table__, Rating.__table__
    # only the people the changes name (an agency holds hundreds of thousands)
    named = sorted({clean(key[0]) for key in changes})
    employees = {}
    for n in range(0, len(named), _CHUNK):
        for row in s.execute(select(e.c.id, e.c.code, e.c.full_name, e.c.unit_id, e.c.grade_code, e.c.position_id)
                             .where(e.c.code.in_(named[n:n + _CHUNK]))):
            employees[row.code] = row
    unit_ids = sorted({row.unit_id for row in employees.values()})
    units = {}
    for n in range(0, len(unit_ids), _CHUNK):
        units.update(s.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids[n:n + _CHUNK]))).all())
    position_rows = {row.key: row for row in s.execute(select(Position.id, Position.key, Position.name,
                                                             Position.grade_code))}
    position_keys = {row.id: row.key for row in position_rows.values()}
    periods = {p.name: p for p in s.scalars(select(AssessmentPeriod))}
    templates: dict[str, _Template] = {}

    # 1. every form: who, which position and period, allowed, existing or to create
    forms = []  # (form key, employee row, position row, period, existing (id, status) or None)
    wanted_periods: set[int] = set()
    total = len(changes)
    for n, key in enumerate(changes, start=1):
        code, position_key, period_name, kind = key
        _check_kind(kind)
        emp = employees.get(clean(code))
        if emp is None:
            raise NotFound(f"Không có công chức mã '{code}'.")
        require(actor, Action.READ_ASSESSMENT, unit_id=emp.unit_id, employee_id=emp.id, kind=kind)
        target = position_key or position_keys.get(emp.position_id)
        if not target:
            raise UserError(f"Công chức {emp.code} ({emp.full_name}) chưa có vị trí việc làm; "
                            "hãy chọn vị trí cần đánh giá.")
        pos = position_rows.get(target)
        if pos is None:
            raise NotFound(f"Không có vị trí việc làm mã '{target}' (dạng <khung>:<số>, ví dụ btttt-09-2023:42).")
        period = periods.get(clean(period_name)) if period_name else find_period(s, None)
        if period is None:
            raise NotFound(f"Không có kỳ đánh giá '{period_name}'.")
        wanted_periods.add(period.id)
        forms.append((key, emp, pos, period, kind))
        if n % 1000 == 0:
            state.progress(n // 4, total)
    existing: dict[tuple[int, int, int, str], tuple[int, str]] = {}
    people = sorted({emp.id for _key, emp, _pos, _period, _kind in forms})
    for n in range(0, len(people), _CHUNK):  # the forms of those people in those periods
        for row in s.execute(select(a.c.id, a.c.employee_id, a.c.position_id, a.c.period_id, a.c.kind, a.c.status)
                             .where(a.c.employee_id.in_(people[n:n + _CHUNK]), a.c.period_id.in_(wanted_periods))):
            existing[(row.employee_id, row.position_id, row.period_id, row.kind)] = (row.id, row.status)

    to_create, to_update = [], []
    for key, emp, pos, period, kind in forms:
        found = existing.get((emp.id, pos.id, period.id, kind))
        if found is None:
            if period.status != "open":
                raise UserError(f"Kỳ đánh giá '{period.name}' đã đóng, không tạo được phiếu mới.")
            require(actor, Action.RATE, unit_id=emp.unit_id, employee_id=emp.id, kind=kind)
            to_create.append((key, emp, pos, period, kind))
        else:
            require(actor, Action.RATE, unit_id=emp.unit_id, employee_id=emp.id, kind=kind)
            if period.status != "open":
                raise UserError(f"Kỳ đánh giá '{period.name}' đã đóng: không sửa được điểm.")
            if found[1] != "draft":
                raise UserError(f"Phiếu đánh giá đang ở trạng thái '{STATUS_LABELS[found[1]]}': không sửa được điểm.")
            to_update.append((key, found[0], pos))

    trail: list[dict] = []

    def changed(assessment_id: int, rating: dict, score, note) -> tuple[object, str] | None:
        """The rating's new (score, note), with its audit entries, or None when nothing changes."""
        old_score, old_note = rating.get("score"), rating.get("note") or ""
        new_score = old_score if score is KEEP else _validate_score(score, f"năng lực {rating['competency_code']}")
        new_note = old_note if note is KEEP else nfc(str(note or "")).strip()
        if (new_score, new_note) == (old_score, old_note):
            return None
        common = dict(item=rating["competency_code"], reason=reason, assessment_id=assessment_id, at=now)
        if new_score != old_score:
            trail.append(audit.entry(actor, "assessment", assessment_id, "score", old_score, new_score, **common))
        if new_note != old_note:
            trail.append(audit.entry(actor, "assessment", assessment_id, "note", old_note, new_note, **common))
        return new_score, new_note

    # 2. new forms: one INSERT for the forms, one for all their ratings (scores already in)
    done = 0
    if to_create:
        heads = []
        for key, emp, pos, period, kind in to_create:
            heads.append(dict(
                created_at=now, updated_at=now, employee_id=emp.id, position_id=pos.id, period_id=period.id,
                kind=kind, status="draft", author=actor.label, frozen_unit_name=units.get(emp.unit_id, ""),
                frozen_grade_code=emp.grade_code, frozen_current_position_key=position_keys.get(emp.position_id),
                frozen_position_key=pos.key, frozen_position_name=pos.name, frozen_position_grade=pos.grade_code,
            ))
        ids = list(s.scalars(insert(Assessment).returning(Assessment.id, sort_by_parameter_order=True), heads))
        new_ratings = []
        for assessment_id, (key, _emp, pos, _period, _kind) in zip(ids, to_create):
            template = templates.get(pos.key) or templates.setdefault(pos.key, _Template(s, pos.key))
            trail.append(audit.entry(actor, "assessment", assessment_id, "position", None,
                                     f"{pos.key} – {pos.name}", action="add", assessment_id=assessment_id, at=now))
            ratings = [dict(t, assessment_id=assessment_id, score=None, note="", updated_at=now, version=1)
                       for t in template.ratings]
            for competency, (score, note) in changes[key].items():
                rating = _match(ratings, competency, pos.key)
                after = changed(assessment_id, rating, score, note)
                if after is not None:
                    rating["score"], rating["note"] = after
            new_ratings.extend(ratings)
            done += 1
            if done % 500 == 0:
                state.progress(total // 4 + done * 3 // 4, total)
        if new_ratings:
            executemany(s, insert(r), new_ratings)

    # 3. existing forms: their ratings read in chunks, changed ones updated by id and version
    updates, touched = [], set()
    for start in range(0, len(to_update), _CHUNK):
        chunk = to_update[start:start + _CHUNK]
        current: dict[int, list[dict]] = {}
        for row in s.execute(select(r.c.id, r.c.assessment_id, r.c.competency_code, r.c.competency_name, r.c.score,
                                    r.c.note, r.c.version).where(r.c.assessment_id.in_([c[1] for c in chunk]))):
            current.setdefault(row.assessment_id, []).append(row._asdict())
        for key, assessment_id, pos in chunk:
            ratings = current.get(assessment_id, [])
            for competency, (score, note) in changes[key].items():
                rating = _match(ratings, competency, pos.key)
                after = changed(assessment_id, rating, score, note)
                if after is not None:
                    rating["score"], rating["note"] = after
                    updates.append({"b_id": rating["id"], "b_version": rating["version"], "b_score": after[0],
                                    "b_note": after[1], "b_at": now})
                    touched.add(assessment_id)
            done += 1
            if done % 500 == 0:
                state.progress(total // 4 + done * 3 // 4, total)
    if updates:
        rows = executemany(s, update(r).where(and_(r.c.id == bindparam("b_id"), r.c.version == bindparam("b_version")))
                           .values(score=bindparam("b_score"), note=bindparam("b_note"), updated_at=bindparam("b_at"),
                                   version=r.c.version + 1), updates)
        if 0 <= rows != len(updates):
            raise Conflict("Có điểm vừa được người khác sửa trong lúc nhập; chưa nhập gì. Hãy nhập lại tệp.")
    if touched:
        executemany(s, update(a).where(a.c.id == bindparam("b_id")).values(updated_at=bindparam("b_at")),
                    [{"b_id": i, "b_at": now} for i in sorted(touched)])
    if trail:  # audit.record_many's rows, written the same way as the ratings
        from app.models import AuditEntry

        from app.audit_chain import chain_rows

        executemany(s, insert(AuditEntry.__table__), chain_rows(s.connection(), trail))
    state.progress(total, total)
    return sum(len(v) for v in changes.values())

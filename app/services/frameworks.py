"""Saving frameworks: add, revise in place, copy, preview the differences.

One path for the Excel import (and its dry run) and the framework editor: the data is checked by
app.framework_rules.check_framework plus the checks that need the database (`framework_problems`),
then a framework of a new code is added, and one of an existing code is revised IN PLACE: positions
keep their rows (matched by number), competencies theirs (matched by code), so employees keep their
current position and assessments keep what they were made with (ratings copy the requirement, name
and group when a form is created). A revision of a framework in use records its legal basis.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.actor import Actor
from app.backup import automatic_backup
from app.database import Database
from app.errors import NotFound, UserError
from app.framework_rules import (
    INFO,
    POSITIONS,
    RULE_FIELDS,
    FrameworkDiff,
    FrameworkIssue,
    FrameworkRejected,
    canonical,
    check_framework,
    diff_frameworks,
)
from app.models import (
    Assessment,
    Authority,
    Competency,
    CompetencyGroup,
    CompetencyLevel,
    Employee,
    Framework,
    Position,
    PositionQualification,
    PositionWarning,
    QualificationRule,
    Rating,
    Requirement,
    Specialty,
    TaskGroup,
    TaskItem,
    WorkRelationship,
)
from app.permissions import Action, require
from app.vntext import code_key

BASIS_EXAMPLE = "Quyết định 123/QĐ-UBND ngày 01/11/2026"


# ------------------------------------------------------------------------------------------ reading


def grade_names(s: Session) -> dict[str, str]:
    """The grade catalogue {code: name}, highest rank first."""
    from app.services.grades import catalogue_of

    return {g.code: g.name for g in catalogue_of(s)}


def find_framework(s: Session, code: str | None) -> Framework | None:
    """The framework of this code, case ignored (a code differing only by case is the same framework)."""
    if not isinstance(code, str) or not code:
        return None
    found = s.scalars(select(Framework).where(Framework.code == code)).first()
    if found is None:
        found = next((f for f in s.scalars(select(Framework)) if code_key(f.code) == code_key(code)), None)
    return found


def _item(i: TaskItem) -> dict:
    return {"number": i.number, "marker": i.marker, "level": i.level, "text": i.text,
            "scope": [x for x in i.scope.split(",") if x]}


def _task_groups(p: Position) -> list[dict]:
    return [{"number": g.number, "name": g.name,
             "tasks": [_item(i) for i in g.items if i.kind == "task"],
             "criteria": [_item(i) for i in g.items if i.kind == "criterion"]} for g in p.task_groups]


def _qualifications(p: Position) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for q in p.qualifications:
        out.setdefault(q.category, []).append(q.text)
    return out


def _rules(p: Position) -> dict | None:
    return {k: getattr(p.qualification_rule, k) for k in RULE_FIELDS} if p.qualification_rule else None


def _position_dict(p: Position) -> dict:
    return {
        "number": p.number,
        "specialty": p.specialty.code if p.specialty else None,
        "name": p.name,
        "grade": p.grade_code,
        "objective": p.objective,
        "task_groups": _task_groups(p),
        "relationships": [{"kind": r.kind, "party": r.party, "nature": r.nature} for r in p.relationships],
        "authorities": [{"number": a.number, "text": a.text} for a in p.authorities],
        "qualifications": _qualifications(p),
        "qualification_rules": _rules(p),
        "requirements": [
            {"competency": r.competency.code, "min": r.min_level, "max": r.max_level, "text": r.text,
             "origin": r.origin}
            for r in sorted(p.requirements, key=lambda r: r.sort_order)
        ],
        "warnings": [w.text for w in p.warnings],
    }


def _positions_of(s: Session, fw: Framework) -> list[Position]:
    query = (
        select(Position).where(Position.framework_id == fw.id).order_by(Position.number)
        .options(
            selectinload(Position.specialty),
            selectinload(Position.warnings),
            selectinload(Position.task_groups).selectinload(TaskGroup.items),
            selectinload(Position.relationships),
            selectinload(Position.authorities),
            selectinload(Position.qualifications),
            selectinload(Position.qualification_rule),
            selectinload(Position.requirements).selectinload(Requirement.competency),
        )
    )
    return list(s.scalars(query))


def stored_data(s: Session, fw: Framework) -> dict:
    """A stored framework in the data-file shape (what framework_data returns); retired competencies
    (kept only for the ratings that point at them) are left out."""
    return {
        "format": 1,
        "code": fw.code,
        "title": fw.title,
        "issuer": fw.issuer,
        "number": fw.number,
        "issued_on": fw.issued_on.isoformat() if fw.issued_on else None,
        "source": fw.source,
        "notes": [n for n in fw.notes.split("\n") if n],
        "level_descriptors": {"origin": fw.level_origin, "levels": []},
        "groups": [{"code": g.code, "name": g.name} for g in fw.groups if not g.retired],
        "competencies": [
            {"code": c.code, "group": c.group.code, "name": c.name, "grade": c.grade_code,
             "levels": [lv.descriptor for lv in c.levels],
             "level_origin": c.levels[0].origin if c.levels else fw.level_origin}
            for c in fw.competencies if not c.retired
        ],
        "specialties": [{"code": sp.code, "name": sp.name} for sp in fw.specialties],
        "positions": [_position_dict(p) for p in _positions_of(s, fw)],
    }


# ------------------------------------------------------------------------------------------ checks


def _builtin_codes() -> set[str]:
    from app.framework_loader import builtin_files

    return {code_key(p.stem) for p in builtin_files()}


def _free_code(s: Session, code: str) -> str:
    taken = {code_key(c) for c in s.scalars(select(Framework.code))} | _builtin_codes()
    for suffix in ("sua-doi", *(f"sua-doi-{n}" for n in range(2, 100))):
        candidate = f"{code[:40 - len(suffix) - 1]}-{suffix}"
        if code_key(candidate) not in taken:
            return candidate
    return "khung-moi"


def usage(s: Session, fw: Framework) -> tuple[int, int]:
    """(assessments made against its positions, employees holding one of its positions)."""
    forms = s.scalar(select(func.count(Assessment.id)).join(Assessment.position).where(Position.framework_id == fw.id))
    people = s.scalar(select(func.count(Employee.id)).join(Employee.position).where(Position.framework_id == fw.id))
    return forms or 0, people or 0


def valid_basis(text: str) -> bool:
    """A legal basis names a document number and a date: 'Quyết định 123/QĐ-UBND ngày 01/11/2026'."""
    return bool(re.search(r"\d+\s*/", text) and re.search(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|ngày|năm\s+\d{4}",
                                                          text, re.IGNORECASE))


def framework_problems(s: Session, data: dict, legal_basis: str | None = None) -> list[FrameworkIssue]:
    """Every rule (check_framework, with the grade catalogue) plus those that need the database: a built-in
    framework's code, positions that people or forms use and the file removes, a legal basis for a
    framework in use (checked when legal_basis is not None). The import and its dry run both call this."""
    grades = grade_names(s)
    issues = check_framework(data, grades)
    data = canonical(data, grades)
    code = data["code"]
    if not isinstance(code, str) or not code:
        return issues
    existing = find_framework(s, code)
    if code_key(code) in _builtin_codes() or (existing is not None and existing.builtin):
        issues.append(FrameworkIssue(
            INFO, None, "Mã khung",
            f"mã '{code}' là của khung có sẵn theo văn bản, không ghi đè được; hãy đổi Mã khung thành mã mới, "
            f"ví dụ '{_free_code(s, code)}' (khung có sẵn giữ nguyên)."))
        return issues
    if existing is None:
        return issues
    numbers = {p["number"] for p in data["positions"]}
    for p in _positions_of(s, existing):
        if p.number in numbers:
            continue
        holders = list(s.scalars(select(Employee.full_name).where(Employee.position_id == p.id)
                                 .order_by(Employee.code)))
        forms = s.scalar(select(func.count(Assessment.id)).where(Assessment.position_id == p.id)) or 0
        if not holders and not forms:
            continue
        used = []
        if holders:
            names = ", ".join(holders[:5]) + (f" và {len(holders) - 5} người khác" if len(holders) > 5 else "")
            used.append(f"công chức {names} đang giữ vị trí này")
        if forms:
            used.append(f"{forms} phiếu đánh giá đã lập theo vị trí này")
        issues.append(FrameworkIssue(
            POSITIONS, None, "Số",
            f"tệp bỏ vị trí số {p.number} '{p.name[:60]}' nhưng {'; '.join(used)}; hãy giữ lại dòng vị trí số "
            f"{p.number} (chuyển công chức sang vị trí khác trước nếu vị trí thực sự bị bãi bỏ)."))
    if legal_basis is not None:
        forms, people = usage(s, existing)
        if (forms or people) and not valid_basis(legal_basis.strip()) \
                and not diff_frameworks(stored_data(s, existing), {**data, "code": existing.code}).empty:
            uses = ", ".join(x for x in (f"{forms} phiếu đánh giá" if forms else "",
                                         f"{people} công chức giữ vị trí" if people else "") if x)
            issues.append(FrameworkIssue(
                INFO, None, None,
                f"khung '{existing.code}' đang được dùng ({uses}); sửa đổi cần ghi căn cứ (số và ngày văn bản), "
                f"ví dụ “{BASIS_EXAMPLE}”" + (f", không phải “{legal_basis.strip()[:40]}”" if legal_basis.strip()
                                               else "") + "."))
    return issues


# ------------------------------------------------------------------------------------------ services


def preview_framework(db: Database, actor: Actor, data: dict, legal_basis: str | None = None) -> FrameworkDiff:
    """What saving `data` would add, change and remove (against the stored framework of the same code,
    or everything added). Raises FrameworkRejected (with .issues) when it could not be saved."""
    require(actor, Action.EDIT_FRAMEWORK)
    with db.session() as s:
        grades = grade_names(s)
        issues = framework_problems(s, data, legal_basis)
        if issues:
            raise FrameworkRejected(issues, _code(data))
        data = canonical(data, grades)
        existing = find_framework(s, data["code"])
        return diff_frameworks(stored_data(s, existing) if existing else None, data)


def framework_usage(db: Database, actor: Actor, code: str | None) -> tuple[int, int]:
    """(assessments made, employees holding a position) of the stored framework of this code; (0, 0)
    when none is stored. A revision of a framework in use needs a legal basis."""
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        existing = find_framework(s, code)
        return usage(s, existing) if existing is not None else (0, 0)


def _code(data) -> str | None:
    code = data.get("code") if isinstance(data, dict) else None
    return code if isinstance(code, str) else None


def save_framework(db: Database, actor: Actor, data: dict, legal_basis: str = "") -> str:
    """Add the framework ("added"), revise the one of the same code in place ("revised"), or do nothing
    when it is the same ("unchanged": no backup, no audit entry). Raises FrameworkRejected listing every
    problem; a built-in framework's code is refused with a proposed new code; a framework in use needs
    a legal basis (document number and date), recorded in the audit trail with each change."""
    require(actor, Action.EDIT_FRAMEWORK)
    legal_basis = (legal_basis or "").strip()
    with db.session() as s:  # check and compare first: an unchanged framework writes nothing at all
        grades = grade_names(s)
        issues = framework_problems(s, data, legal_basis)
        if issues:
            raise FrameworkRejected(issues, _code(data))
        data = canonical(data, grades)
        existing = find_framework(s, data["code"])
        if existing is not None:
            data["code"] = existing.code
            diff = diff_frameworks(stored_data(s, existing), data)
            if diff.empty:
                return "unchanged"
    automatic_backup(db, "framework")
    with db.session() as s:
        issues = framework_problems(s, data, legal_basis)  # again, in the writing transaction
        if issues:
            raise FrameworkRejected(issues, _code(data))
        existing = find_framework(s, data["code"])
        if existing is None:
            from app.framework_loader import insert_framework

            fw = insert_framework(s, data, digest="", builtin=False)
            audit.record(s, actor, "framework", fw.code, "framework", None, fw.title, action="import",
                         reason=legal_basis)
            return "added"
        before = stored_data(s, existing)
        diff = diff_frameworks(before, data)
        if diff.empty:
            return "unchanged"
        requirements_before = _requirement_texts(before)
        _revise(s, existing, data)
        s.flush()
        s.expire_all()
        after = stored_data(s, find_framework(s, data["code"]))
        requirements_after = _requirement_texts(after)
        code = existing.code
        entries = [audit.entry(actor, "framework", code, "revision", None, f"{len(diff.changes)} thay đổi",
                               action="revise", reason=legal_basis)]
        entries += [audit.entry(actor, "framework", code, "framework", c.old, c.new,
                                action={"add": "add", "remove": "delete"}.get(c.kind, "change"),
                                item=(c.what + (f" · {c.field}" if c.field else ""))[:100], reason=legal_basis)
                    for c in diff.changes]
        entries += [audit.entry(actor, "position", key, "requirement", requirements_before.get((key, comp)),
                                requirements_after.get((key, comp)), item=comp[:100], action="revise",
                                reason=legal_basis)
                    for key, comp in sorted(requirements_before.keys() | requirements_after.keys())
                    if requirements_before.get((key, comp)) != requirements_after.get((key, comp))]
        audit.record_many(s, entries)
        return "revised"


def _requirement_texts(data: dict) -> dict[tuple[str, str], str]:
    from app.services.catalog import ORIGIN_LABELS

    out = {}
    for p in data["positions"]:
        for r in p["requirements"]:
            if r["min"] is None or r["max"] is None:
                value = r["text"] or ""
            else:
                value = f"{r['min']}–{r['max']}" if r["min"] != r["max"] else str(r["min"])
            out[(f"{data['code']}:{p['number']}", r["competency"])] = \
                f"{value} ({ORIGIN_LABELS.get(r['origin'], r['origin'])})"
    return out


def copy_framework(db: Database, actor: Actor, code: str, new_code: str, new_title: str | None = None) -> str:
    """A copy of a framework under a new code (HR adapts a built-in one this way); the new code."""
    require(actor, Action.EDIT_FRAMEWORK)
    with db.session() as s:
        fw = find_framework(s, code)
        if fw is None:
            raise NotFound(f"Không có khung năng lực mã '{code}'.")
        data = stored_data(s, fw)
        if find_framework(s, new_code) is not None:
            raise UserError(f"Đã có khung mã '{new_code}'; hãy chọn mã khác, ví dụ '{_free_code(s, new_code)}'.")
    data["code"] = (new_code or "").strip()
    data["title"] = (new_title or "").strip() or f"{data['title']} (bản điều chỉnh)"
    save_framework(db, actor, data)
    return data["code"]


# ------------------------------------------------------------------------------------------ revising in place


def _revise(s: Session, fw: Framework, data: dict) -> None:
    import datetime as dt

    for attr, value in (("title", data["title"]), ("issuer", data["issuer"]), ("number", data["number"]),
                        ("issued_on", dt.date.fromisoformat(data["issued_on"]) if data["issued_on"] else None),
                        ("source", data["source"]), ("level_origin", data["level_descriptors"]["origin"]),
                        ("notes", "\n".join(data["notes"]))):
        if getattr(fw, attr) != value:
            setattr(fw, attr, value)
    rated = set(s.scalars(select(Rating.competency_id).join(Competency, Competency.id == Rating.competency_id)
                          .where(Competency.framework_id == fw.id).distinct()))
    # groups by code
    groups = {code_key(g.code): g for g in fw.groups}
    wanted_groups = {}
    for order, g in enumerate(data["groups"]):
        row = groups.get(code_key(g["code"]))
        if row is None:
            row = CompetencyGroup(framework=fw, code=g["code"], name=g["name"], sort_order=order)
            s.add(row)
        else:
            _set(row, code=g["code"], name=g["name"], sort_order=order, retired=False)
        wanted_groups[code_key(g["code"])] = row
    # competencies by code
    comps = {code_key(c.code): c for c in fw.competencies}
    wanted = {}
    for order, c in enumerate(data["competencies"]):
        row = comps.get(code_key(c["code"]))
        group = wanted_groups[code_key(c["group"])]
        if row is None:
            row = Competency(framework=fw, group=group, code=c["code"], name=c["name"], grade_code=c["grade"],
                             sort_order=order)
            row.levels = []
            s.add(row)
        else:
            _set(row, code=c["code"], name=c["name"], grade_code=c["grade"], sort_order=order, retired=False)
            if row.group is not group:
                row.group = group
        _levels(row, c["levels"], c["level_origin"])
        wanted[code_key(c["code"])] = row
    # specialties by code
    specs = {code_key(x.code): x for x in fw.specialties}
    wanted_specs = {}
    for order, x in enumerate(data["specialties"]):
        row = specs.get(code_key(x["code"]))
        if row is None:
            row = Specialty(framework=fw, code=x["code"], name=x["name"], sort_order=order)
            s.add(row)
        else:
            _set(row, code=x["code"], name=x["name"], sort_order=order)
        wanted_specs[code_key(x["code"])] = row
    s.flush()
    # positions by number
    existing = {p.number: p for p in _positions_of(s, fw)}
    for p in data["positions"]:
        row = existing.get(p["number"])
        spec = wanted_specs.get(code_key(p["specialty"])) if p["specialty"] else None
        if row is None:
            from app.framework_loader import _position

            s.add(_position(fw, {**p, "specialty": spec.code if spec else None},
                            {spec.code: spec} if spec else {}, {c.code: c for c in wanted.values()}))
            continue
        _set(row, name=p["name"], grade_code=p["grade"], objective=p["objective"])
        if row.specialty is not spec:
            row.specialty = spec
        _children(s, row, p, wanted)
    for number, row in existing.items():
        if number not in {p["number"] for p in data["positions"]}:
            s.delete(row)  # checked before: nobody holds it and no form uses it
    s.flush()
    # what the file no longer has: deleted, or kept out of sight when forms rated it
    for key, row in comps.items():
        if key in wanted:
            continue
        if row.id in rated:
            for r in list(s.scalars(select(Requirement).where(Requirement.competency_id == row.id))):
                s.delete(r)
            row.retired = True
        else:
            s.delete(row)
    s.flush()
    kept = {c.group_id for c in s.scalars(select(Competency).where(Competency.framework_id == fw.id))}
    for key, row in groups.items():
        if key in wanted_groups:
            continue
        if row.id in kept:
            row.retired = True
        else:
            s.delete(row)
    for key, row in specs.items():
        if key not in wanted_specs:
            s.delete(row)
    s.flush()


def _set(row, **values) -> None:
    """Assign only what differs, so an unchanged row is not written."""
    for attr, value in values.items():
        if getattr(row, attr) != value:
            setattr(row, attr, value)


def _levels(comp: Competency, descriptors: list[str], origin: str) -> None:
    by_level = {lv.level: lv for lv in comp.levels}
    for i, text in enumerate(descriptors[:5], start=1):
        if i in by_level:
            _set(by_level[i], descriptor=text, origin=origin)
        else:
            comp.levels.append(CompetencyLevel(level=i, descriptor=text, origin=origin))
    for lv in list(comp.levels):
        if lv.level > len(descriptors[:5]):
            comp.levels.remove(lv)


def _children(s: Session, row: Position, p: dict, competencies: dict[str, Competency]) -> None:
    """Replace a position's tasks, relationships, authorities, qualifications, rule and notes only where they
    differ; requirements are matched by competency and updated in place."""
    if _task_groups(row) != p["task_groups"]:
        row.task_groups.clear()
        s.flush()
        for order, g in enumerate(p["task_groups"]):
            group = TaskGroup(number=g["number"], name=g["name"], sort_order=order)
            items = [("task", t) for t in g["tasks"]] + [("criterion", c) for c in g["criteria"]]
            group.items = [TaskItem(kind=kind, number=i["number"], marker=i["marker"], level=i["level"] or 0,
                                    text=i["text"], scope=",".join(i["scope"]), sort_order=n)
                           for n, (kind, i) in enumerate(items)]
            row.task_groups.append(group)
    relationships = [{"kind": r.kind, "party": r.party, "nature": r.nature} for r in row.relationships]
    if relationships != p["relationships"]:
        row.relationships = [WorkRelationship(kind=r["kind"], party=r["party"], nature=r["nature"], sort_order=i)
                             for i, r in enumerate(p["relationships"])]
    if [{"number": a.number, "text": a.text} for a in row.authorities] != p["authorities"]:
        row.authorities = [Authority(number=a["number"], text=a["text"], sort_order=i)
                           for i, a in enumerate(p["authorities"])]
    if _qualifications(row) != p["qualifications"]:
        row.qualifications = [PositionQualification(category=c, text=t, sort_order=i) for i, (c, t) in enumerate(
            (c, t) for c, texts in p["qualifications"].items() for t in texts)]
    if _rules(row) != p["qualification_rules"]:
        if p["qualification_rules"] is None:
            row.qualification_rule = None
        elif row.qualification_rule is None:
            row.qualification_rule = QualificationRule(**p["qualification_rules"])
        else:
            _set(row.qualification_rule, **p["qualification_rules"])
    if [w.text for w in row.warnings] != p["warnings"]:
        row.warnings = [PositionWarning(text=w) for w in p["warnings"]]
    current = {code_key(r.competency.code): r for r in row.requirements}
    keep = set()
    for order, r in enumerate(p["requirements"]):
        key = code_key(r["competency"])
        comp = competencies[key]
        found = current.get(key)
        if found is None:
            row.requirements.append(Requirement(competency=comp, min_level=r["min"], max_level=r["max"],
                                                text=r["text"], origin=r["origin"], sort_order=order))
        else:
            _set(found, min_level=r["min"], max_level=r["max"], text=r["text"], origin=r["origin"], sort_order=order)
        keep.add(key)
    for key, found in current.items():
        if key not in keep:
            row.requirements.remove(found)

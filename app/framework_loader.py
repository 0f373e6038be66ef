"""Loading framework data files (resources/frameworks/*.json) into the database.

Built-in frameworks are inserted when missing and never overwritten: once in the database they
are HR's data to adapt. Loading the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Authority,
    Competency,
    CompetencyGroup,
    CompetencyLevel,
    Framework,
    Position,
    PositionQualification,
    PositionWarning,
    QualificationRule,
    Requirement,
    Specialty,
    TaskGroup,
    TaskItem,
    WorkRelationship,
)
from app.paths import frameworks_dir
from app.vntext import nfc

RULE_FIELDS = (
    "min_education",
    "political_theory",
    "state_management_grade",
    "lower_grade",
    "years_in_lower_grade",
    "min_years_actually_in_lower_grade",
    "documents_led_min",
    "documents_led_role",
)


@dataclass(frozen=True)
class LoadResult:
    code: str
    loaded: bool
    positions: int


def builtin_files() -> list[Path]:
    return sorted(frameworks_dir().glob("*.json"))


def read_data_file(path: Path) -> tuple[dict, str]:
    raw = path.read_bytes()
    return json.loads(nfc(raw.decode("utf-8"))), hashlib.sha256(raw).hexdigest()


def load_builtin(session: Session) -> list[LoadResult]:
    """Insert every built-in framework that the database does not hold yet."""
    results = []
    existing = set(session.scalars(select(Framework.code)))
    for path in builtin_files():
        if path.stem in existing:  # a data file is named after its framework code: no need to parse it
            count = session.scalar(
                select(func.count(Position.id)).join(Position.framework).where(Framework.code == path.stem)
            )
            results.append(LoadResult(path.stem, False, count))
            continue
        data, digest = read_data_file(path)
        if data["code"] != path.stem:
            raise ValueError(f"{path.name}: framework code {data['code']!r} differs from the file name")
        insert_framework(session, data, digest, builtin=True)
        results.append(LoadResult(data["code"], True, len(data["positions"])))
    return results


def insert_framework(session: Session, data: dict, digest: str = "", builtin: bool = False) -> Framework:
    """Add one framework, with everything it defines, from its data-file dictionary."""
    from app.services.grades import catalogue_of

    grades = catalogue_of(session)  # read before anything is added: no autoflush of half a framework
    fw = Framework(
        code=data["code"],
        title=data["title"],
        issuer=data.get("issuer", ""),
        number=data.get("number", ""),
        issued_on=dt.date.fromisoformat(data["issued_on"]) if data.get("issued_on") else None,
        source=data.get("source", ""),
        builtin=builtin,
        data_hash=digest,
        level_origin=data.get("level_descriptors", {}).get("origin", "generic"),
        notes="\n".join(data.get("notes", [])),
    )
    session.add(fw)
    groups = {}
    for order, g in enumerate(data["groups"]):
        groups[g["code"]] = CompetencyGroup(framework=fw, code=g["code"], name=g["name"], sort_order=order)
        session.add(groups[g["code"]])  # added by hand: a group no competency uses would otherwise be lost
    levels = data.get("level_descriptors", {})
    competencies = {}
    for order, c in enumerate(data["competencies"]):
        comp = Competency(
            framework=fw,
            group=groups[c["group"]],
            code=c["code"],
            name=c["name"],
            grade_code=c.get("grade"),
            sort_order=order,
        )
        descriptors = c.get("levels") or levels.get("levels") or []
        comp.levels = [
            CompetencyLevel(level=i, descriptor=text, origin=c.get("level_origin", levels.get("origin", "generic")))
            for i, text in enumerate(descriptors, start=1)
        ]
        competencies[c["code"]] = comp
        session.add(comp)  # likewise a competency no position requires
    specialties = {}
    for order, s in enumerate(data.get("specialties", [])):
        specialties[s["code"]] = Specialty(framework=fw, code=s["code"], name=s["name"], sort_order=order)
        session.add(specialties[s["code"]])
    for p in data["positions"]:
        session.add(_position(fw, p, specialties, competencies, grades))
    session.flush()
    return fw


def _levels(r: dict, grade: str, grades) -> tuple[int | None, int | None]:
    """A requirement's range; one marked grade_default that carries none takes the grade's default range."""
    if r.get("min") is None and r.get("max") is None and r.get("origin") == "grade_default" and not r.get("text"):
        return grades.default_range(grade) or (None, None)
    return r.get("min"), r.get("max")


def _position(fw: Framework, p: dict, specialties: dict, competencies: dict, grades) -> Position:
    pos = Position(
        framework=fw,
        key=f"{fw.code}:{p['number']}",
        number=p["number"],
        specialty=specialties.get(p.get("specialty")),
        name=p["name"],
        grade_code=p["grade"],
        objective=p.get("objective", ""),
    )
    pos.warnings = [PositionWarning(text=w) for w in p.get("warnings", [])]
    pos.task_groups = []
    for order, g in enumerate(p.get("task_groups", [])):
        group = TaskGroup(number=g.get("number"), name=g["name"], sort_order=order)
        items = [("task", t) for t in g.get("tasks", [])] + [("criterion", c) for c in g.get("criteria", [])]
        group.items = [
            TaskItem(
                kind=kind,
                number=item.get("number"),
                marker=item.get("marker", ""),
                level=item.get("level", 0),
                text=item["text"],
                scope=",".join(item.get("scope", [])),
                sort_order=i,
            )
            for i, (kind, item) in enumerate(items)
        ]
        pos.task_groups.append(group)
    pos.relationships = [
        WorkRelationship(kind=r["kind"], party=r["party"], nature=r["nature"], sort_order=i)
        for i, r in enumerate(p.get("relationships", []))
    ]
    pos.authorities = [
        Authority(number=a.get("number", ""), text=a["text"], sort_order=i)
        for i, a in enumerate(p.get("authorities", []))
    ]
    pos.qualifications = [
        PositionQualification(category=category, text=text, sort_order=i)
        for i, (category, text) in enumerate(
            (category, text) for category, texts in p.get("qualifications", {}).items() for text in texts
        )
    ]
    rules = p.get("qualification_rules")
    if rules:
        pos.qualification_rule = QualificationRule(**{k: rules.get(k) for k in RULE_FIELDS})
    pos.requirements = [
        Requirement(
            competency=competencies[r["competency"]],
            min_level=_levels(r, p["grade"], grades)[0],
            max_level=_levels(r, p["grade"], grades)[1],
            text=r.get("text"),
            origin=r.get("origin", "document"),
            sort_order=i,
        )
        for i, r in enumerate(p.get("requirements", []))
    ]
    return pos

"""A large organisation for benchmarks: N employees, each with a complete assessor form (bulk inserts)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select

from app.actor import local_user
from app.bootstrap import open_database
from app.demo import load_demo
from app.models import Assessment, AssessmentPeriod, Employee, Position, Rating, Unit
from app.services.catalog import load_position, requirement_infos


def build(url: str, employees: int, seed: int = 7):
    """A database at url with the sample units plus `employees` people rated in 'Năm 2026'."""
    db, _ = open_database(url)
    load_demo(db, local_user())
    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    with db.session() as s:
        units = list(s.scalars(select(Unit).where(Unit.parent_id.is_not(None))))
        period = s.scalars(select(AssessmentPeriod).where(AssessmentPeriod.name == "Năm 2026")).one()
        keys = ["btp-02-2023:1", "btp-02-2023:2", "btp-02-2023:3"]
        positions = {k: s.scalars(select(Position).where(Position.key == k)).one() for k in keys}
        reqs = {k: requirement_infos(load_position(s, k, full=False)) for k in keys}
        comp_ids = {k: {r.competency.code: r.competency_id for r in load_position(s, k, full=False).requirements}
                    for k in keys}
        start = s.scalar(select(Employee.id).order_by(Employee.id.desc()).limit(1)) or 0
        people = []
        for n in range(employees):
            key = keys[n % 3]
            unit = units[n % len(units)]
            people.append({
                "id": start + n + 1, "code": f"B{n:06d}", "full_name": f"Nguyễn Văn Thử {n}", "gender": "Nam",
                "unit_id": unit.id, "position_id": positions[key].id, "grade_code": positions[key].grade_code,
                "education": "Cử nhân Luật", "certificates": "", "active": True, "is_sample": True,
                "political_theory": "", "birth_date": None, "grade_since": dt.date(2015, 1, 1),
                "documents_led": None,
            })
        s.execute(insert(Employee), people)
        first_assessment = (s.scalar(select(Assessment.id).order_by(Assessment.id.desc()).limit(1)) or 0) + 1
        assessments, ratings = [], []
        for n, person in enumerate(people):
            key = keys[n % 3]
            aid = first_assessment + n
            assessments.append({
                "id": aid, "employee_id": person["id"], "position_id": positions[key].id, "period_id": period.id,
                "kind": "assessor", "status": "draft", "author": "bench", "created_at": now, "updated_at": now,
                "frozen_unit_name": units[n % len(units)].name, "frozen_grade_code": positions[key].grade_code,
                "frozen_current_position_key": key, "frozen_position_key": key,
                "frozen_position_name": positions[key].name, "frozen_position_grade": positions[key].grade_code,
                "is_sample": True,
            })
            for order, r in enumerate(reqs[key]):
                ratings.append({
                    "assessment_id": aid, "competency_id": comp_ids[key][r.code], "competency_code": r.code,
                    "competency_name": r.competency, "group_code": r.group, "group_name": r.group_name,
                    "sort_order": order, "required_min": r.min, "required_max": r.max, "required_text": r.text,
                    "required_origin": r.origin, "score": rng.randint(1, 5), "note": "", "updated_at": now,
                    "version": 1,
                })
        s.execute(insert(Assessment), assessments)
        s.execute(insert(Rating), ratings)
    return db

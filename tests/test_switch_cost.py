"""Switching person in the assessment workspace: few statements, nothing written, and never a stale value.

One read (app.services.workspace.read_workspace) gives the form, its counterpart, the levels' texts and the
readiness; a framework's data is kept per database until the audit trail says a framework, position or grade
changed, here or in another program on the same database.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time

import pytest
from sqlalchemy import event

from app.bootstrap import open_database
from app.services import assessments as svc
from app.services import catalog, frameworks, grades, staff
from app.services.workspace import FrameworkData, read_workspace
from app.ui.measure import EMPLOYEES

PERIOD = "Năm 2026"
# statements of one switch once the positions' framework data is kept; the first visit of a position reads it
# (about 8 more). Measured 10–11 on SQLite (one more on PostgreSQL, the pool's liveness check); it was 40–60.
WARM_SWITCH_MAX = 13
COLD_SWITCH_MAX = 22


class Statements:
    """The SQL statements an engine runs while counting."""

    def __init__(self, engine):
        self.seen: list[str] = []
        self.on = False
        event.listen(engine, "before_cursor_execute", self._run)

    def _run(self, _conn, _cursor, statement, _params, _context, _many):
        if self.on:
            self.seen.append(" ".join(statement.split()))

    def during(self, action) -> list[str]:
        self.seen, self.on = [], True
        try:
            action()
        finally:
            self.on = False
        return self.seen


def _writes(statements: list[str]) -> list[str]:
    return [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")
            or s.upper().startswith("BEGIN IMMEDIATE")]


def test_a_switch_reads_few_statements_and_writes_nothing(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = window.assessment
    page.picker.select("MAU0005")
    qtbot.wait(1)
    counter = Statements(window.ctx.db.engine)
    cold, warm = [], []
    for n in range(2 * len(EMPLOYEES)):
        code = EMPLOYEES[n % len(EMPLOYEES)]
        statements = counter.during(lambda: (page.picker.select(code), qtbot.wait(1)))
        assert page.view is not None and page.view.employee_code == code
        assert _writes(statements) == [], f"{code}: a switch wrote or took the write lock"
        (cold if n < len(EMPLOYEES) else warm).append(len(statements))
    assert max(cold) <= COLD_SWITCH_MAX, cold
    assert max(warm) <= WARM_SWITCH_MAX, warm


def test_the_one_read_gives_what_the_separate_services_give(demo_db, actor):
    """Form, counterpart, level descriptors and readiness as preview/find_assessment, counterpart,
    catalog.level_descriptors and staff.statutory_readiness give them, for forms that exist and that do not."""
    seen_blank = seen_form = seen_other = False
    for code in EMPLOYEES + ["MAU0002", "MAU0003"]:
        for kind in ("assessor", "self"):
            key = staff.get_employee(demo_db, actor, code).position
            shown = read_workspace(demo_db, actor, code, key, PERIOD, kind)
            found = svc.find_assessment(demo_db, actor, code, key, PERIOD, kind)
            if found is None:
                seen_blank = True
                assert shown.view.id == 0 and all(r.id == 0 for r in shown.view.ratings)
            else:
                seen_form = True
                assert shown.view == found
            assert shown.other == svc.counterpart(demo_db, actor, shown.view)
            seen_other |= shown.other is not None
            assert shown.descriptors == catalog.level_descriptors(demo_db, actor, key)
            assert shown.readiness == staff.statutory_readiness(demo_db, actor, code, key)
    assert seen_blank and seen_form and seen_other


def test_a_blank_form_is_what_the_first_score_creates(demo_db, actor):
    code = next(c for c in EMPLOYEES if svc.find_assessment(demo_db, actor, c, None, PERIOD, "assessor") is None)
    blank = read_workspace(demo_db, actor, code, None, PERIOD, "assessor").view
    created = svc.open_assessment(demo_db, actor, code, None, PERIOD, "assessor")
    same = ("id", "created_at", "updated_at", "ratings")
    assert {f.name: getattr(blank, f.name) for f in dataclasses.fields(blank) if f.name not in same} == \
        {f.name: getattr(created, f.name) for f in dataclasses.fields(created) if f.name not in same}
    assert [dataclasses.replace(r, id=0) for r in created.ratings] == list(blank.ratings)


def test_refused_alike(demo_db, people):
    """Whoever may not see a person, or a form, is refused by the one read as by the separate services."""
    from app.errors import PermissionDenied, UserError

    def outcome(call):
        try:
            return call()
        except PermissionDenied as exc:
            return ("refused", type(exc).__name__)
        except UserError as exc:
            return ("error", str(exc))

    for role, actor in people.items():
        for code in ("MAU0005", "MAU0001", "MAU0031"):
            for kind in ("assessor", "self"):
                def separate():
                    view = svc.preview_assessment(demo_db, actor, code, None, PERIOD, kind)
                    return (view, svc.counterpart(demo_db, actor, view),
                            catalog.level_descriptors(demo_db, actor, view.position_key),
                            staff.statutory_readiness(demo_db, actor, code, view.position_key))

                def one():
                    shown = read_workspace(demo_db, actor, code, None, PERIOD, kind)
                    return shown.view, shown.other, shown.descriptors, shown.readiness

                a, b = outcome(separate), outcome(one)
                if isinstance(a, tuple) and isinstance(a[0], svc.AssessmentView):  # the blanks' times differ
                    a = (dataclasses.replace(a[0], created_at=None, updated_at=None),) + a[1:]
                    b = (dataclasses.replace(b[0], created_at=None, updated_at=None),) + b[1:]
                assert a == b, (role, code, kind)


def test_a_score_saved_elsewhere_is_shown_at_the_next_switch(demo_url, demo_db, actor):
    """Ratings are never kept: another program's save is what the next read shows."""
    code = "MAU0005"
    first = read_workspace(demo_db, actor, code, None, PERIOD, "assessor").view
    competency = first.ratings[0].competency_code
    other, _ = open_database(demo_url)
    try:
        for score in (2, 4):
            svc.rate(other, actor, code, None, PERIOD, "assessor", {competency: (score, svc.KEEP)})
            again = read_workspace(demo_db, actor, code, None, PERIOD, "assessor").view
            assert again.scores()[competency] == score
    finally:
        other.dispose()


def _elsewhere(url, work):
    """As another program on the same database would do it."""
    other, _ = open_database(url)
    try:
        return work(other)
    finally:
        other.dispose()


def test_a_requirement_changed_elsewhere_is_shown_at_once(demo_url, demo_db, actor):
    code = next(c for c in EMPLOYEES if svc.find_assessment(demo_db, actor, c, None, PERIOD, "assessor") is None)
    before = read_workspace(demo_db, actor, code, None, PERIOD, "assessor").view  # what a new form would copy: kept
    rating = next(r for r in before.ratings if r.required_min is not None)
    wanted = (1, 1) if (rating.required_min, rating.required_max) != (1, 1) else (5, 5)
    _elsewhere(demo_url, lambda db: catalog.set_requirement(db, actor, before.position_key, rating.competency_code,
                                                            *wanted, "Điều chỉnh theo đề án vị trí việc làm"))
    after = read_workspace(demo_db, actor, code, None, PERIOD, "assessor").view
    changed = next(r for r in after.ratings if r.competency_code == rating.competency_code)
    assert (changed.required_min, changed.required_max, changed.origin) == (*wanted, "custom")


def test_level_texts_revised_elsewhere_are_shown_at_once(demo_url, demo_db, actor):
    """A framework revised (imported again, edited) by another program: the descriptors shown follow."""
    frameworks.copy_framework(demo_db, actor, "btp-02-2023", "tt-chuyen-doi")
    key = "tt-chuyen-doi:1"
    first = read_workspace(demo_db, actor, "MAU0001", key, PERIOD, "assessor").descriptors
    data = catalog.framework_data(demo_db, actor, "tt-chuyen-doi")
    competency = data["competencies"][0]
    competency["levels"] = [f"Mức {n} theo bản sửa đổi" for n in range(1, 6)]
    assert _elsewhere(demo_url, lambda db: frameworks.save_framework(db, actor, data)) == "revised"
    shown = read_workspace(demo_db, actor, "MAU0001", key, PERIOD, "assessor").descriptors
    assert shown[competency["code"]] == competency["levels"] != first[competency["code"]]


def test_a_grade_renamed_elsewhere_is_read_again(demo_url, demo_db, actor):
    with demo_db.read_session() as s:
        kept = FrameworkData(s, demo_db).grades()
    code = next(iter(kept))
    info = next(g for g in grades.list_grades(demo_db, actor) if g.code == code)
    default = (info.default_min, info.default_max) if info.default_min is not None else None
    _elsewhere(demo_url, lambda db: grades.change_grade(db, actor, code, info.name + " (mới)", info.kind, info.rank,
                                                        default))
    with demo_db.read_session() as s:
        assert FrameworkData(s, demo_db).grades()[code][0] == (info.name + " (mới)").lower()


@pytest.mark.sqlite_only(reason="SQLite's write lock, held by another program")
def test_showing_a_person_without_a_form_does_not_wait_for_a_writer(demo_url, demo_db, actor):
    code = next(c for c in EMPLOYEES if svc.find_assessment(demo_db, actor, c, None, PERIOD, "assessor") is None)
    writer = sqlite3.connect(demo_db.path, timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a long import
        start = time.perf_counter()
        shown = read_workspace(demo_db, actor, code, None, PERIOD, "assessor")
        assert shown.view.id == 0 and shown.view.ratings
        assert time.perf_counter() - start < 1.0
    finally:
        writer.rollback()
        writer.close()

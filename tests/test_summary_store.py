"""Each unit's summary figures kept in the database (app.services.summary_store): the same results as computing
from the ratings, after every kind of change the program makes, and only the changed units computed again."""

from __future__ import annotations

import time
from dataclasses import replace

import openpyxl
import pytest
from sqlalchemy import func, select, text, update

from app.database import BUSY_TIMEOUT_MS, WRITERS_LOCK_KEY, Database
from app.errors import StorageError
from app.excel.scores_io import COLUMNS, SHEET, plan_scores_import
from app.models import Assessment, Employee, Rating, SummaryCell, SummaryUnit, SummaryVerdict, Unit
from app.services import assessments as svc
from app.services import report_pages, report_sql, reporting, staff, summary_store
from tests.test_reports_sql import PERIOD, generated, generated_url  # noqa: F401 - the fixtures


_FROM_RATINGS = report_sql.unit_pass


def _computed(db, scope):
    """The summary computed from the ratings, without the kept figures."""
    with db.read_session() as s:
        cells, per_unit = _FROM_RATINGS(s, scope)  # not the spy of computed_units
        found, verdicts = report_sql.Figures(report_sql.named(s, cells)), report_sql.verdict_totals(per_unit)
        readiness = report_sql.people_counted(s, scope, readiness=True)
        lists = report_sql.competency_lists(s, scope)
    return (verdicts, readiness, report_sql.team_competencies(found.per_position()),
            report_sql.training_need_rows(scope, found), sorted(lists))


def _agrees(db, actor, unit=None):
    scope = reporting.report_scope(db, actor, PERIOD, unit)
    assert summary_store.usable(scope)
    summary = reporting.unit_summary(db, scope)
    verdicts, readiness, teams, needs, lists = _computed(db, scope)
    assert summary.verdicts == verdicts and summary.readiness_people == readiness
    assert [c.team for c in summary.competencies] == teams
    assert [(n.unit_code, n.framework, n.code, n.staff_below, n.total_shortfall, n.largest_shortfall)
            for n in summary.needs] == [(scope.units.by_id[n.unit_id].code, n.framework, n.code, n.staff_below,
                                         n.total_shortfall, n.largest_shortfall) for n in needs]
    assert sorted(summary_store.competency_lists(db, scope)) == lists
    return summary


@pytest.fixture
def computed_units(monkeypatch):
    """The unit ids each computation from the ratings was asked for (None: the whole scope)."""
    asked = []
    real = report_sql.unit_pass

    def spy(s, scope):
        asked.append(scope.unit_ids)
        return real(s, scope)

    monkeypatch.setattr(report_sql, "unit_pass", spy)
    return asked


def _unit_id(db, code):
    with db.read_session() as s:
        return s.scalar(select(Unit.id).where(Unit.code == code))


def _draft(db, kind="assessor", skip=0):
    """(employee code, unit code, a competency code) of a draft form of a person's own position."""
    with db.read_session() as s:
        rows = s.execute(
            select(Employee.code, Unit.code, Rating.competency_code).select_from(Assessment)
            .join(Employee, Employee.id == Assessment.employee_id).join(Unit, Unit.id == Employee.unit_id)
            .join(Rating, Rating.assessment_id == Assessment.id)
            .where(Assessment.status == "draft", Assessment.kind == kind, Employee.code.like("TST%"),
                   Assessment.frozen_position_key == Assessment.frozen_current_position_key,
                   Assessment.position_id == Employee.position_id)
            .order_by(Employee.code, Rating.sort_order)).all()
    firsts = list({code: (code, unit, competency) for code, unit, competency in reversed(rows)}.values())
    return sorted(firsts)[skip]


def _kept_count(db, table):
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_the_first_report_keeps_every_unit_and_the_next_reads_them(generated, actor, computed_units):
    _agrees(generated, actor)
    with generated.read_session() as s:
        units_with_forms = s.scalar(select(func.count(func.distinct(Employee.unit_id))).join(
            Assessment, Assessment.employee_id == Employee.id))
    assert _kept_count(generated, SummaryUnit) == units_with_forms >= 3
    assert _kept_count(generated, SummaryCell) > 0 and _kept_count(generated, SummaryVerdict) > 0
    computed_units.clear()
    _agrees(generated, actor)
    _agrees(generated, actor, "TST-A")
    reporting.heatmap(generated, reporting.report_scope(generated, actor, PERIOD))
    assert computed_units == []  # nothing changed: everything read from the kept figures


def test_a_score_saved_computes_its_unit_again_and_no_other(generated, actor, computed_units):
    _agrees(generated, actor)
    computed_units.clear()
    before = _agrees(generated, actor)
    code, unit, competency = _draft(generated)
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (1, svc.KEEP)})
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (5, svc.KEEP)})
    after = _agrees(generated, actor)
    assert computed_units == [frozenset({_unit_id(generated, unit)})]
    assert (before.verdicts, before.competencies) != (after.verdicts, after.competencies)


def test_a_form_sent_a_new_form_and_a_person_moved_are_all_seen(generated, actor, computed_units):
    _agrees(generated, actor)
    code, _unit, competency = _draft(generated, skip=1)
    form = svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (2, svc.KEEP)})
    svc.submit(generated, actor, form.id)
    _agrees(generated, actor)
    with generated.read_session() as s:  # someone without a self-assessment in the period: a new form
        formless = s.scalar(select(Employee.code).where(Employee.position_id.is_not(None), ~select(Assessment.id).where(
            Assessment.employee_id == Employee.id, Assessment.kind == "self").exists()).order_by(Employee.code))
    first = svc.preview_assessment(generated, actor, formless, None, PERIOD, "self").ratings[0].competency_code
    svc.rate(generated, actor, formless, None, PERIOD, "self", {first: (5, svc.KEEP)})
    _agrees(generated, actor)
    person = staff.get_employee(generated, actor, "TST002")  # Sở Thử B's office → Sở Thử A's
    computed_units.clear()
    staff.save_employee(generated, actor, replace(staff.employee_input(person), unit="TST-A-VP"), False)
    _agrees(generated, actor)
    assert computed_units == [frozenset({_unit_id(generated, "TST-A-VP"), _unit_id(generated, "TST-B-VP")})]
    _agrees(generated, actor, "TST-B")


def test_a_scores_import_is_seen(generated, actor, tmp_path):
    _agrees(generated, actor)
    path = tmp_path / "diem.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = SHEET
    wb.active.append([t for _k, t, _w in COLUMNS])
    for skip in range(3):
        code, _unit, competency = _draft(generated, skip=skip)
        wb.active.append([code, "", PERIOD, "Người đánh giá", competency, 1, ""])
    wb.save(path)
    plan = plan_scores_import(path, svc.scores_import_context(generated, actor))
    assert not plan.problems
    svc.import_scores(generated, actor, plan.changes)
    _agrees(generated, actor)


def test_two_saves_in_one_tick_of_the_clock_and_a_tool_writing_sql_are_seen(generated, actor, monkeypatch):
    """A form's revision counts its changes (triggers): no clock, whose tick is about 16 ms on Windows."""
    frozen = svc.utcnow()
    monkeypatch.setattr(svc, "utcnow", lambda: frozen)
    code, _unit, competency = _draft(generated, skip=2)
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (1, svc.KEEP)})
    _agrees(generated, actor)
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (5, svc.KEEP)})  # the same updated_at
    _agrees(generated, actor)
    with generated.session() as s:  # a score changed by hand in SQL, the form left alone
        rating = s.scalar(select(Rating.id).join(Assessment).join(Employee).where(
            Employee.code == code, Assessment.kind == "assessor", Rating.competency_code == competency))
        s.execute(update(Rating).where(Rating.id == rating).values(score=2))
    _agrees(generated, actor)
    with generated.session() as s:  # and a form's status
        form = s.scalar(select(Rating.assessment_id).where(Rating.id == rating))
        before = s.scalar(select(Assessment.revision).where(Assessment.id == form))
        s.execute(update(Assessment).where(Assessment.id == form).values(status="submitted"))
        assert s.scalar(select(Assessment.revision).where(Assessment.id == form)) == before + 1


def test_a_report_does_not_wait_for_a_colleague_writing(generated, generated_url, actor):
    """A save in progress elsewhere (SQLite's write lock; on PostgreSQL a writer and the kept tables locked): the
    report is right at once, its figures kept by a later report."""
    _agrees(generated, actor)
    code, _unit, competency = _draft(generated)
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (1, svc.KEEP)})
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (4, svc.KEEP)})
    other = Database(generated_url)
    try:
        with other.engine.connect() as conn:
            if other.is_sqlite:
                conn.exec_driver_sql("SELECT 1")  # its transaction begins as a save's does: BEGIN IMMEDIATE
            else:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITERS_LOCK_KEY})
                conn.exec_driver_sql("LOCK TABLE summary_units IN EXCLUSIVE MODE")
            start = time.perf_counter()
            _agrees(generated, actor)
            # waiting for the colleague would take SQLite's whole busy wait (twice), PostgreSQL's until they commit
            assert time.perf_counter() - start < BUSY_TIMEOUT_MS / 1000
            conn.rollback()
    finally:
        other.dispose()
    with generated.read_session() as s:
        stale = summary_store.changed(s, reporting.report_scope(generated, actor, PERIOD))
    assert stale.fingerprints  # not kept while the colleague wrote
    _agrees(generated, actor)
    with generated.read_session() as s:
        assert not summary_store.changed(s, reporting.report_scope(generated, actor, PERIOD)).changed


def test_a_database_that_refuses_the_write_still_gets_the_right_summary(generated, actor, monkeypatch, caplog):
    def refused():
        raise StorageError("Cơ sở dữ liệu chỉ đọc.")

    monkeypatch.setattr(generated, "derived_session", refused)
    _agrees(generated, actor)
    assert _kept_count(generated, SummaryUnit) == 0
    assert "not kept" in caplog.text


def test_heads_and_a_chosen_position_are_computed_from_the_ratings(generated, roles, actor):
    head = reporting.report_scope(generated, roles["head"], PERIOD)
    assert not summary_store.usable(head)
    assert not summary_store.usable(reporting.report_scope(generated, actor, PERIOD, None, "btp-02-2023:2"))
    reporting.unit_summary(generated, head)
    report_pages.Heatmap(generated, head)
    assert _kept_count(generated, SummaryUnit) == 0


@pytest.fixture
def roles(generated, fast_hashes):
    from tests.conftest import three_accounts

    return three_accounts(generated)


def test_changed_units_are_computed_a_list_at_a_time(generated, actor, computed_units, monkeypatch):
    _agrees(generated, actor)
    monkeypatch.setattr(summary_store, "CHUNK", 1)
    person = staff.get_employee(generated, actor, "TST002")
    staff.save_employee(generated, actor, replace(staff.employee_input(person), unit="TST-A-VP"), False)
    computed_units.clear()
    _agrees(generated, actor)
    assert sorted(computed_units, key=min) == sorted(
        [frozenset({_unit_id(generated, "TST-A-VP")}), frozenset({_unit_id(generated, "TST-B-VP")})], key=min)


NEW_POSITION = "btttt-09-2023:4"  # a position nobody of the period is assessed against yet


def test_a_colleague_keeping_new_figures_during_a_report_changes_nothing_of_it(generated, generated_url, actor,
                                                                             monkeypatch):
    """The kept figures are read in several statements: one snapshot of the database for all of them, even when a
    colleague's report keeps a cell new to the period between two."""
    _agrees(generated, actor)
    person = staff.get_employee(generated, actor, "TST000")
    staff.save_employee(generated, actor, replace(staff.employee_input(person), position=NEW_POSITION), False)
    scope = reporting.report_scope(generated, actor, PERIOD)
    before = reporting.unit_summary(generated, scope)
    other = Database(generated_url)  # the colleague's program
    codes = [r.competency_code for r in svc.preview_assessment(other, actor, "TST000", None, PERIOD, "self").ratings]
    real, fired = report_sql.cell_names, []

    def cell_names(s, cells):
        names = real(s, cells)
        if not fired:  # between the per-position and the per-unit statements
            fired.append(True)
            svc.rate(other, actor, "TST000", None, PERIOD, "self", {c: (1, svc.KEEP) for c in codes})
            reporting.unit_summary(other, reporting.report_scope(other, actor, PERIOD))
        return names

    monkeypatch.setattr(report_sql, "cell_names", cell_names)
    try:
        during = reporting.unit_summary(generated, scope)
    finally:
        other.dispose()
    assert fired and (during.verdicts, during.competencies, during.needs) == (
        before.verdicts, before.competencies, before.needs)
    monkeypatch.setattr(report_sql, "cell_names", real)
    _agrees(generated, actor)


def test_a_unit_made_after_the_report_was_opened_is_named(generated, actor):
    scope = reporting.report_scope(generated, actor, PERIOD)
    staff.add_unit(generated, actor, "TST-C", "Sở Thử C", "MAU")
    person = staff.get_employee(generated, actor, "TST002")
    staff.save_employee(generated, actor, replace(staff.employee_input(person), unit="TST-C"), False)
    stale = reporting.unit_summary(generated, scope)  # the scope read before the unit existed
    fresh = reporting.unit_summary(generated, reporting.report_scope(generated, actor, PERIOD))
    new = [(n.unit_code, n.unit_path, n.code, n.staff_below) for n in fresh.needs if n.unit_code == "TST-C"]
    assert new and [(n.unit_code, n.unit_path, n.code, n.staff_below) for n in stale.needs
                    if n.unit_code == "TST-C"] == new


def test_figures_not_kept_are_read_again_when_a_colleague_changed_something_meanwhile(generated, actor, monkeypatch):
    _agrees(generated, actor)
    code, _unit, competency = _draft(generated)
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (1, svc.KEEP)})
    other, other_competency = _draft(generated, skip=1)[0], _draft(generated, skip=1)[2]

    with generated.read_session() as s:
        score = s.scalar(select(Rating.score).join(Assessment).join(Employee).where(
            Employee.code == other, Assessment.kind == "assessor", Rating.competency_code == other_competency))

    def refused_while_a_colleague_saves(db, found):
        svc.rate(generated, actor, other, None, PERIOD, "assessor", {other_competency: (1 if score == 5 else 5,
                                                                                        svc.KEEP)})
        return False

    monkeypatch.setattr(summary_store, "keep", refused_while_a_colleague_saves)
    _agrees(generated, actor)

"""Each unit's summary figures kept in the database (app.services.summary_store): the same results as computing
from the ratings, after every kind of change the program makes, and only the changed units computed again."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest
from sqlalchemy import func, select, update

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


def test_a_change_of_time_alone_changes_the_fingerprint(generated, actor):
    scope = reporting.report_scope(generated, actor, PERIOD)
    with generated.read_session() as s:
        before = summary_store.fingerprints(s, scope)
    with generated.session() as s:  # the same time written again: no change
        first, at = s.execute(select(Assessment.id, Assessment.updated_at).order_by(Assessment.id).limit(1)).one()
        s.execute(update(Assessment).where(Assessment.id == first).values(updated_at=at))
    with generated.read_session() as s:
        assert summary_store.fingerprints(s, scope) == before
    code, _unit, competency = _draft(generated, skip=2)
    svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (1, svc.KEEP)})
    svc_form = svc.rate(generated, actor, code, None, PERIOD, "assessor", {competency: (2, svc.KEEP)})
    with generated.read_session() as s:
        after = summary_store.fingerprints(s, scope)
        unit = s.scalar(select(Employee.unit_id).join(Assessment).where(Assessment.id == svc_form.id))
    assert {u for u in before if before[u] != after.get(u)} == {unit}
    assert after[unit][:2] == before[unit][:2]  # the same forms: only the time tells the change


def test_a_database_that_refuses_the_write_still_gets_the_right_summary(generated, actor, monkeypatch, caplog):
    def refused():
        raise StorageError("Cơ sở dữ liệu chỉ đọc.")

    monkeypatch.setattr(generated, "session", refused)
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

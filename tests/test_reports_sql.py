"""Summaries computed by the database agree with the one pure gap function, on generated data: random scores,
ranges and text-only requirements, self-only and assessor forms, readiness forms, people who changed position,
two units with the same name. Units stay apart by identity in every report; the progress board reads only the
unit asked for; exports past Excel's row limit continue on further sheets, never cut."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import shutil
from collections import Counter
from dataclasses import replace

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import Integer, bindparam, literal, select, union_all, update
from sqlalchemy.orm import Session

from app import gap, gap_sql
from app.bootstrap import open_database
from app.cli import main
from app.errors import UserError
from app.excel import gap_summary
from app.models import Assessment, AssessmentPeriod, Rating
from app.services import assessments as svc
from app.services import reporting, staff

PERIOD = "Năm 2026"
SAME_NAME = "Văn phòng thử"
POSITIONS = ["btp-02-2023:1", "btp-02-2023:2", "btp-02-2023:3", "btttt-09-2023:3", "btttt-09-2023:2"]


# ------------------------------------------------------------------------------------------- the rules alone

def _cases():
    scores = [None, 1, 2, 3, 4, 5]
    ranges = [(None, None)] + [(lo, hi) for lo in range(1, 6) for hi in range(lo, 6)] + [(None, 3), (2, None)]
    return [(s, lo, hi) for s in scores for lo, hi in ranges]


def _rows(names, data):
    """A table of integers (NULL included) as a subquery, on any engine."""
    return union_all(*(select(*(literal(v, Integer).label(n) for n, v in zip(names, row))) for row in data)
                     ).subquery("cases")


def test_sql_rules_agree_with_the_pure_function_on_every_case(db):
    cases = _cases()
    table = _rows(["n", "s", "lo", "hi"], [(n, *c) for n, c in enumerate(cases)])
    s, lo, hi = table.c.s, table.c.lo, table.c.hi
    query = select(table.c.n, gap_sql.status(s, lo, hi), gap_sql.shortfall(s, lo, hi), gap_sql.surplus(s, lo, hi),
                   gap_sql.numeric(lo, hi)).order_by(table.c.n)
    with db.read_session() as session:
        got = session.execute(query).all()
    assert len(got) == len(cases) > 100
    for (n, status, short, extra, numeric), (score, low, high) in zip(got, cases):
        item = gap.item_gap(gap.RatedRequirement("C", "C", "g", low, high, None, score))
        assert (gap.Status(status), short, extra) == (item.status, item.shortfall, item.surplus), (score, low, high)
        assert numeric == (low is not None and high is not None)


def test_sql_verdict_agrees_with_the_pure_function(db):
    cases = [(b, n, u) for b, n, u in itertools.product(range(3), range(3), range(3)) if u <= n]
    table = _rows(["k", "b", "n", "u"], [(k, *c) for k, c in enumerate(cases)])
    with db.read_session() as session:
        got = session.execute(select(gap_sql.verdict(table.c.b, table.c.n, table.c.u)).order_by(table.c.k)
                              ).scalars().all()
    assert [gap.Verdict(v) for v in got] == [gap.verdict_for(*c) for c in cases]


def test_the_rules_table_is_what_item_gap_reads(monkeypatch):
    """One table: change a rule and the pure function changes with it (and so would the SQL compiled from it)."""
    item = gap.item_gap(gap.RatedRequirement("C", "C", "g", 3, 4, None, 5))
    assert item.status is gap.Status.ABOVE
    monkeypatch.setattr(gap, "RULES", tuple(r for r in gap.RULES if r.status is not gap.Status.ABOVE))
    assert gap.item_gap(gap.RatedRequirement("C", "C", "g", 3, 4, None, 5)).status is gap.Status.WITHIN


# ------------------------------------------------------------------------------------------- generated data

def _employee(code, name, unit, position):
    return staff.EmployeeInput(code=code, name=name, unit=unit, position=position)


def _generate(url: str) -> None:
    """Two units named alike under two parents, 30 people, random forms; then random scores, ranges (text-only
    too), statuses and times written straight into the period's forms."""
    from app.actor import local_user

    rng = random.Random(20261123)
    actor = local_user()
    db, _ = open_database(url)
    staff.add_unit(db, actor, "TST-A", "Sở Thử A", "MAU")
    staff.add_unit(db, actor, "TST-B", "Sở Thử B", "MAU")
    staff.add_unit(db, actor, "TST-A-VP", SAME_NAME, "TST-A")
    staff.add_unit(db, actor, "TST-B-VP", SAME_NAME, "TST-B")
    given = ["An", "Bình", "Chi", "Dũng", "Đào", "Giang", "Hà", "Khoa", "Lan", "Minh", "Ngọc", "Oanh", "Phúc", "Quân"]
    for n in range(30):
        unit = "TST-A-VP" if n % 2 else "TST-B-VP"
        staff.save_employee(db, actor, _employee(f"TST{n:03d}", f"Nguyễn Văn {given[n % len(given)]}", unit,
                                                 POSITIONS[n % len(POSITIONS)]), True)
    for n in range(30):
        code, own = f"TST{n:03d}", POSITIONS[n % len(POSITIONS)]
        first = svc.preview_assessment(db, actor, code, None, PERIOD, "self").ratings[0].competency_code
        kinds = [("self",), ("assessor",), ("self", "assessor")][n % 3]
        for kind in kinds:
            svc.rate(db, actor, code, None, PERIOD, kind, {first: (3, svc.KEEP)})
        if n % 5 == 0:  # a readiness form against another position
            other = POSITIONS[(n + 1) % 3]
            if other != own:
                svc.rate(db, actor, code, other, PERIOD, "assessor", {"NLC1": (2, svc.KEEP)})
        if n % 7 == 3:  # moved to another position within the period, then assessed again
            moved = POSITIONS[(n + 2) % len(POSITIONS)]
            person = staff.get_employee(db, actor, code)
            staff.save_employee(db, actor, replace(staff.employee_input(person), position=moved), False)
            first = svc.preview_assessment(db, actor, code, None, PERIOD, "self").ratings[0].competency_code
            svc.rate(db, actor, code, None, PERIOD, "self", {first: (4, svc.KEEP)})
    times = [dt.datetime(2026, 3, d, 8, 0, tzinfo=dt.timezone.utc) for d in (1, 2, 3)]  # few: ties happen
    with db.session() as s:
        period = s.scalar(select(AssessmentPeriod.id).where(AssessmentPeriod.name == PERIOD))
        forms = s.scalars(select(Assessment.id).where(Assessment.period_id == period)).all()
        a, r = Assessment.__table__, Rating.__table__
        s.connection().execute(update(a).where(a.c.id == bindparam("form")).values(
            status=bindparam("status"), updated_at=bindparam("at")),
            [{"form": form, "status": rng.choice(["draft", "submitted", "approved"]), "at": rng.choice(times)}
             for form in forms])
        changes = []
        for rating in s.scalars(select(Rating.id).join(Assessment).where(Assessment.period_id == period)).all():
            low = rng.randint(1, 5)
            high = rng.randint(low, 5)
            if rng.random() < 0.1:  # a text-only requirement
                low = high = None
            changes.append({"rating": rating, "low": low, "high": high,
                            "text": "Phù hợp với chức năng" if low is None else None,
                            "score": None if rng.random() < 0.15 else rng.randint(1, 5)})
        s.connection().execute(update(r).where(r.c.id == bindparam("rating")).values(
            required_min=bindparam("low"), required_max=bindparam("high"), required_text=bindparam("text"),
            score=bindparam("score")), changes)
        # a form without any rating (its position had no requirement when it was made)
        emptied = s.scalar(select(a.c.id).where(a.c.period_id == period, a.c.kind == "assessor",
                                                a.c.frozen_position_key == a.c.frozen_current_position_key)
                           .order_by(a.c.id).limit(1))
        s.connection().execute(r.delete().where(r.c.assessment_id == emptied))
    db.dispose()


_TEMPLATES: dict[str, object] = {}  # engine → the generated database, built once per run and copied per test


@pytest.fixture
def generated_url(request, engine, tmp_path, tmp_path_factory):
    """A copy of the generated organisation (the sample one and the generated people) on this engine."""
    if engine == "postgresql":
        from tests.postgres_server import create_database, drop_database

        admin = request.getfixturevalue("pg_admin_url")
        if engine not in _TEMPLATES:
            _generate(create_database(admin, "tmpl_reports_generated",
                                      template=request.getfixturevalue("_pg_templates")["demo"]))
            _TEMPLATES[engine] = "tmpl_reports_generated"
        url = create_database(admin, template=_TEMPLATES[engine])
        request.addfinalizer(lambda: drop_database(admin, url))
        return url
    if engine not in _TEMPLATES:
        path = tmp_path_factory.mktemp("generated") / "generated.sqlite3"
        shutil.copy(request.getfixturevalue("_template_dbs")["demo"], path)
        _generate(f"sqlite:///{path}")
        _TEMPLATES[engine] = path
    target = tmp_path / "generated.sqlite3"
    shutil.copy(_TEMPLATES[engine], target)
    return f"sqlite:///{target}"


@pytest.fixture
def generated(generated_url):
    database, _ = open_database(generated_url)
    yield database
    database.dispose()


@pytest.fixture
def roles(generated, fast_hashes):
    """HR, the head of MAU-STP and employee MAU0005, on the generated organisation."""
    from tests.conftest import three_accounts

    return three_accounts(generated)




def _pure(db, actor, unit=None, position=None):
    rows = reporting.person_gaps(db, actor, PERIOD, unit, position)
    stats = {(c.team.framework, c.team.code): c.team for c in reporting.competency_stats(rows)}
    needs = {(t.unit_code, t.framework, t.code): (t.staff_below, t.total_shortfall, t.largest_shortfall)
             for t in reporting.training_needs(rows)}
    return rows, stats, needs, Counter(p.report.summary.verdict for p in rows)


def _check_agreement(db, actor, unit=None, position=None):
    rows, stats, needs, verdicts = _pure(db, actor, unit, position)
    scope = reporting.report_scope(db, actor, PERIOD, unit, position)
    summary = reporting.unit_summary(db, scope)
    assert summary.people == len(rows)
    assert {v: n for v, n in summary.verdicts.items() if n} == dict(verdicts)
    got = {(c.team.framework, c.team.code): c.team for c in summary.competencies}
    assert got.keys() == stats.keys()
    for key, team in stats.items():
        mine = got[key]
        assert (mine.assessed, mine.below, mine.counts, mine.name, mine.group) == (
            team.assessed, team.below, team.counts, team.name, team.group), key
        assert mine.mean_score == pytest.approx(team.mean_score) and mine.share_below == pytest.approx(
            team.share_below), key
    assert {(t.unit_code, t.framework, t.code): (t.staff_below, t.total_shortfall, t.largest_shortfall)
            for t in summary.needs} == needs
    streamed = list(reporting.counted_people(db, scope))
    assert [p.employee_code for p in streamed] == [r.employee_code for r in rows]
    for mine, theirs in zip(streamed, rows):
        assert mine.report.items == theirs.report.items and mine.report.summary == theirs.report.summary
        assert (mine.unit_code, mine.unit_path, mine.remark) == (theirs.unit_code, theirs.unit_path, theirs.remark)
        assert mine.self_scores == (theirs.self_view.scores() if theirs.self_view else {})
        assert mine.assessor_scores == (theirs.assessor.scores() if theirs.assessor else {})
    heat = reporting.heatmap(db, scope)
    # every person under the list of their position's competencies (a position whose forms have none: no list)
    listed = [r for r in rows if any(r.position_key in s.position_keys for s in heat.sets)]
    assert len(listed) >= len(rows) - 1 and sum(s.people for s in heat.sets) == len(listed)
    shown = [p.employee_code for n in range(len(heat.sets)) for p in heat.people(n, heat.blocks(n))]
    assert sorted(shown) == sorted(r.employee_code for r in listed)
    return summary


def test_summaries_agree_with_the_pure_function_on_generated_data(generated, actor):
    summary = _check_agreement(generated, actor)
    assert summary.people > 60 and summary.readiness_people > 0
    assert sum(summary.verdicts.values()) == summary.people and len([v for v in summary.verdicts.values() if v]) >= 2
    for unit, position in (("TST-A", None), ("TST-B-VP", None), ("MAU-STP", None), (None, "btp-02-2023:2"),
                           ("TST-A", "btp-02-2023:1")):
        _check_agreement(generated, actor, unit, position)


def test_summaries_agree_for_every_role(generated, roles):
    for role in ("hr", "head", "employee"):
        _check_agreement(generated, roles[role])
        _check_agreement(generated, roles[role], "MAU-STP")


# ------------------------------------------------------------------------------------------- units by identity

def test_two_units_with_the_same_name_stay_two_rows_everywhere(generated, generated_url, actor, tmp_path):
    scope = reporting.report_scope(generated, actor, PERIOD)
    summary = reporting.unit_summary(generated, scope)
    paths = {t.unit_code: t.unit_path for t in summary.needs if t.unit_code in ("TST-A-VP", "TST-B-VP")}
    assert paths == {"TST-A-VP": f"Sở Thử A › {SAME_NAME}", "TST-B-VP": f"Sở Thử B › {SAME_NAME}"}
    board = reporting.progress_board(generated, actor, PERIOD)
    groups = {(r.unit_code, r.unit_path) for r in board if r.unit_code.startswith("TST-")}
    assert groups == {("TST-A-VP", f"Sở Thử A › {SAME_NAME}"), ("TST-B-VP", f"Sở Thử B › {SAME_NAME}")}
    assert Counter(r.unit_code for r in board if r.unit_code.startswith("TST-")) == {"TST-A-VP": 15, "TST-B-VP": 15}
    heat = reporting.heatmap(generated, scope)
    blocks = [b for n in range(len(heat.sets)) for b in heat.blocks(n) if b.name == SAME_NAME]
    assert {b.code for b in blocks} == {"TST-A-VP", "TST-B-VP"}
    people = reporting.person_gaps(generated, actor, PERIOD)
    assert {r.unit_code for r in people if r.unit_path.endswith(SAME_NAME)} == {"TST-A-VP", "TST-B-VP"}
    target = tmp_path / "tong-hop.xlsx"
    assert main(["--db", generated_url, "export", "gaps", "--period", PERIOD, "-o", str(target)]) == 0
    book = CalamineWorkbook.from_path(str(target))
    needs = [r for r in book.get_sheet_by_name("Nhu cầu đào tạo").to_python() if isinstance(r[0], float)]
    assert {r[1] for r in needs} >= {f"Sở Thử A › {SAME_NAME}", f"Sở Thử B › {SAME_NAME}"}
    rows = [r for r in book.get_sheet_by_name("Tổng hợp").to_python() if isinstance(r[0], float)]
    assert Counter(r[2] for r in rows if SAME_NAME in r[2]) == Counter(
        p.unit_path for p in people if p.unit_path.endswith(SAME_NAME))


# ------------------------------------------------------------------------------------------- only the unit asked

def test_progress_board_reads_only_the_unit_asked_for(generated, actor, monkeypatch):
    fetched = []
    execute = Session.execute

    def counting(self, *args, **kwargs):
        result = execute(self, *args, **kwargs)
        frozen = result.freeze()
        fetched.append(len(frozen.data))
        return frozen()

    everyone = len(reporting.progress_board(generated, actor, PERIOD))
    units, frameworks = len(staff.list_units(generated, actor)), len(reporting.framework_labels(generated, actor))
    monkeypatch.setattr(Session, "execute", counting)
    rows = reporting.progress_board(generated, actor, PERIOD, "TST-A-VP")
    assert len(rows) == 15 and everyone > 60
    forms = 15 * 2 + 5  # at most both kinds of form per person, and a few moved people's older ones
    # besides the organisation's chart and the frameworks' labels: the unit's people and their forms, no more
    assert max(fetched) <= forms and sum(fetched) <= units + frameworks + 15 + forms, fetched


# ------------------------------------------------------------------------------------------- Excel's row limit

def _table(book, name):
    return [r for r in book.get_sheet_by_name(name).to_python() if r and isinstance(r[0], float)]


def test_export_continues_on_further_sheets_before_the_row_limit(generated, actor, tmp_path, monkeypatch):
    scope = reporting.report_scope(generated, actor, PERIOD)
    people = reporting.person_gaps(generated, actor, PERIOD)
    items = sum(len(p.report.items) for p in people)
    monkeypatch.setattr(gap_summary, "EXCEL_MAX_ROWS", 120)  # room for 106 rows a sheet
    capacity = gap_summary.sheet_capacity()
    assert capacity == 120 - 7 - 7 and len(people) <= capacity < items
    target = tmp_path / "tong-hop.xlsx"
    gap_summary.export_gap_summary(generated, scope, target, "UBND", "UBND")
    book = CalamineWorkbook.from_path(str(target))
    parts = -(-items // capacity)
    detail = ["Chi tiết"] + [f"Chi tiết ({n})" for n in range(2, parts + 1)]
    assert book.sheet_names == ["Tổng hợp", *detail, "Theo năng lực", "Nhu cầu đào tạo"]
    numbers = [int(r[0]) for name in detail for r in _table(book, name)]
    assert numbers == list(range(1, items + 1))  # every row once, in order, nothing cut
    for name in detail:
        cells = [c for r in book.get_sheet_by_name(name).to_python() for c in r if isinstance(c, str)]
        assert len(book.get_sheet_by_name(name).to_python()) <= 120
        signed = any("THỦ TRƯỞNG ĐƠN VỊ" in c for c in cells)
        goes_on = any(c.startswith("(Còn tiếp ở trang tính") for c in cells)
        assert (signed, goes_on) == ((True, False) if name == detail[-1] else (False, True)), name
    assert len(_table(book, "Tổng hợp")) == len(people)


def test_an_export_whose_summary_sheet_cannot_hold_everyone_is_refused(generated_url, tmp_path, monkeypatch,
                                                                       capsys):
    monkeypatch.setattr(gap_summary, "EXCEL_MAX_ROWS", 40)
    target = tmp_path / "tong-hop.xlsx"
    assert main(["--db", generated_url, "export", "gaps", "--period", PERIOD, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi:") and "trang tính Excel" in err and "--unit" in err and "Traceback" not in err
    assert not target.exists()
    assert main(["--db", generated_url, "export", "gaps", "--period", PERIOD, "--unit", "TST-A-VP", "-o",
                 str(target)]) == 0  # one unit fits
    assert target.exists()


def test_the_row_limit_is_excels_and_a_full_sheet_keeps_its_signature(tmp_path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet()
    assert ws.write_string(gap_summary.EXCEL_MAX_ROWS - 1, 0, "x") == 0
    assert ws.write_string(gap_summary.EXCEL_MAX_ROWS, 0, "x") == -1  # XlsxWriter's own limit: the same number
    wb.close()
    last_data = gap_summary.HEADER_ROW + gap_summary.sheet_capacity()  # 0-based row of a full sheet's last row
    # the signature block (layout.signature_block) starts two rows below and takes at most five rows
    assert last_data + 2 + 5 <= gap_summary.EXCEL_MAX_ROWS - 1


def test_audit_export_continues_on_further_sheets(tmp_path, monkeypatch):
    from app.audit import AuditRow
    from app.excel.audit_io import write_audit

    monkeypatch.setattr(gap_summary, "EXCEL_MAX_ROWS", 50)
    capacity = gap_summary.sheet_capacity()
    at = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    from dataclasses import MISSING, fields

    sample = {"at": at, "actor": "admin", "actor_name": "Quản trị", "action": "update", "entity": "employee",
              "item": "", "field": "full_name", "old_value": "A", "new_value": "B", "reason": ""}
    needed = [f.name for f in fields(AuditRow) if f.name in sample or f.default is MISSING]
    rows = [AuditRow(**{k: sample.get(k, f"MAU{n:04d}") for k in needed}) for n in range(capacity * 2 + 3)]
    target = write_audit(rows, tmp_path / "nhat-ky.xlsx", "UBND", "UBND", "Nhật ký thay đổi", "Toàn bộ")
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == ["Nhật ký thay đổi", "Nhật ký thay đổi (2)", "Nhật ký thay đổi (3)"]
    numbers = [int(r[0]) for name in book.sheet_names for r in _table(book, name)]
    assert numbers == list(range(1, len(rows) + 1))


# ------------------------------------------------------------------------------------------- the window's lists

def test_heatmap_and_tables_fetch_rows_as_the_view_scrolls(generated, actor, qtbot, qtmodeltester, monkeypatch):
    from app.ui import report_tables
    from app.ui.report_tables import GroupedTable, HeatmapPanel

    monkeypatch.setattr(report_tables, "CHUNK", 5)
    scope = reporting.report_scope(generated, actor, PERIOD)
    heat = reporting.heatmap(generated, scope)
    panel = HeatmapPanel()
    qtbot.addWidget(panel)
    calls = []
    people = heat.people
    monkeypatch.setattr(heat, "people", lambda n, blocks: calls.append(len(blocks)) or people(n, blocks))
    panel.set_heatmap(heat)
    model = panel.model
    chosen = heat.sets[panel.sets.currentIndex()]
    blocks = heat.blocks(panel.sets.currentIndex())
    from app.services.report_pages import unit_blocks

    with generated.read_session() as s:  # the blocks counted with the lists are the units' own counts
        for index, one in enumerate(heat.sets):
            assert heat.blocks(index) == unit_blocks(s, scope, one.position_keys)
            assert one.people == sum(b.people for b in heat.blocks(index))
    assert len(blocks) > 2 and calls == [1]  # only the first unit was read
    assert model.canFetchMore() and len(model.people_rows()) < chosen.people
    while model.canFetchMore():
        model.fetchMore()
    assert len(model.people_rows()) == chosen.people and len(model.group_rows()) == len(blocks)
    assert [model.data(model.index(r, 0)) for r in model.group_rows()] == [b.path for b in blocks]
    assert all(panel.view.columnSpan(r, 0) == model.columnCount() for r in model.group_rows())
    qtmodeltester.check(model)
    board = reporting.progress_board(generated, actor, PERIOD)
    table = GroupedTable("tttt", [90, 0, 130, 130])
    qtbot.addWidget(table)
    made = []
    table.fill_rows(board, lambda r: (r.unit_code, r.unit_path),
                    lambda r: made.append(r) or ([r.employee_code, r.name, "", ""], r.employee_code, r.name))
    assert table.rowCount() == 5 and len(made) == 0  # nothing formatted before it is shown
    qtmodeltester.check(table.model())
    while table.model().canFetchMore():
        table.model().fetchMore()
    groups = table.grouped_model.group_rows()
    assert table.rowCount() == len(board) + len(groups) and len(table.keys()) == len(board)
    assert len(groups) == len({r.unit_code for r in board})

"""Who is counted (DESIGN, Kinds of assessment): each report counts the assessment of a person's own position,
each person once; readiness assessments against another position are a view of their own."""

from __future__ import annotations

import pytest
from python_calamine import CalamineWorkbook

from app.cli import main
from app.errors import UserError
from app.services import assessments as svc
from app.services import reporting
from app.services.person_forms import choose_form

READY = {"MAU0005", "MAU0014", "MAU0036", "MAU0002"}  # the sample's readiness forms (demo.py)


def test_current_views_count_each_person_once(demo_db, actor):
    for period, people in (("Năm 2025", 39), ("Năm 2026", 45)):
        rows = reporting.person_gaps(demo_db, actor, period)
        codes = [r.employee_code for r in rows]
        assert len(codes) == len(set(codes)) == people, period
        assert all(r.is_current for r in rows)
        stats = reporting.competency_stats(rows)
        assert max(s.team.assessed for s in stats) <= people
        needs = reporting.training_needs(rows)
        assert all(t.staff_below <= people for t in needs)


def test_a_person_with_both_kinds_of_form_is_once_in_each_view(demo_db, actor):
    current = reporting.person_gaps(demo_db, actor, "Năm 2026")
    ready = reporting.readiness_rows(demo_db, actor, "Năm 2026")
    assert {r.person.employee_code for r in ready} == READY
    for code in READY:
        mine = [p for p in current if p.employee_code == code]
        assert len(mine) == 1 and mine[0].is_current
        theirs = [r for r in ready if r.person.employee_code == code]
        assert len(theirs) == 1 and not theirs[0].person.is_current
        assert theirs[0].person.position_key != mine[0].position_key
        assert theirs[0].person.current_position_key == mine[0].position_key
        assert theirs[0].person.current_position_name == mine[0].position_name
        assert theirs[0].checks  # the target position's statutory conditions, checked against the record
    # readiness scores never reach the unit's statistics: the current view holds only own-position forms
    everything = reporting.person_gaps(demo_db, actor, "Năm 2026", scope=reporting.ALL)
    assert len(everything) == len(current) + len(ready)


def test_progress_reads_only_the_form_of_the_persons_own_position(demo_db, actor):
    # someone whose only assessor form is a readiness one: their own assessor's form is not begun
    svc.rate(demo_db, actor, "MAU0045", "btttt-09-2023:47", "Năm 2026", "assessor", {"CVC-1": (3, svc.KEEP)})
    rows = {r.employee_code: r for r in reporting.progress_board(demo_db, actor, "Năm 2026")}
    assert len(rows) == 45
    assert rows["MAU0045"].assessor_status is None and rows["MAU0045"].self_status == "draft"
    assert all(r.self_status is not None for r in rows.values())  # everyone has begun their own form


def test_export_gaps_counts_people_and_has_a_readiness_sheet(demo_url, tmp_path, capsys):
    target = tmp_path / "tong-hop.xlsx"
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 2026", "-o", str(target)]) == 0
    said = capsys.readouterr().out
    assert "45 công chức" in said and "4 phiếu sẵn sàng" in said
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names[-1] == "Sẵn sàng cho vị trí khác"
    summary = book.get_sheet_by_name("Tổng hợp").to_python()
    names = [r[1] for r in summary if isinstance(r[0], float)]
    assert len(names) == len(set(names)) == 45
    ready = [r for r in book.get_sheet_by_name("Sẵn sàng cho vị trí khác").to_python() if isinstance(r[0], float)]
    assert len(ready) == 4 and all(r[3] and r[4] and r[3] != r[4] for r in ready)


def test_a_person_command_shows_the_form_meant_and_names_the_others(demo_db, actor):
    choice = choose_form(demo_db, actor, "MAU0005", None, "Năm 2026")
    assert choice.view.position_key == "btp-02-2023:3"  # nobody here worked on either: their own position
    assert "btp-02-2023:2" in choice.note and "--position" in choice.note
    ready = svc.find_assessment(demo_db, actor, "MAU0005", "btp-02-2023:2", "Năm 2026", "assessor")
    score = 1 if ready.scores()["NLC1"] != 1 else 5  # a change (an unchanged score is no work on the form)
    svc.rate(demo_db, actor, "MAU0005", "btp-02-2023:2", "Năm 2026", "assessor", {"NLC1": (score, svc.KEEP)})
    choice = choose_form(demo_db, actor, "MAU0005", None, "Năm 2026")
    assert choice.view.position_key == "btp-02-2023:2" and "gần nhất" in choice.note  # the one just rated
    assert "btp-02-2023:3" in choice.note
    assert choose_form(demo_db, actor, "MAU0005", "btp-02-2023:3", "Năm 2026").view.position_key == "btp-02-2023:3"
    with pytest.raises(UserError, match="btp-02-2023:2"):  # a position without a form: the ones that exist
        choose_form(demo_db, actor, "MAU0005", "btp-02-2023:1", "Năm 2026")


def test_sample_names_are_marked_and_sort_by_the_name(demo_db, actor):
    from app.services import staff
    from app.vntext import name_sort_key

    people = staff.list_employees(demo_db, actor)
    assert people and all(p.name.endswith(" (mẫu)") for p in people)
    assert name_sort_key("Nguyễn Văn An (mẫu)") == name_sort_key("Nguyễn Văn An")

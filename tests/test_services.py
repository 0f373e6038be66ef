"""Services: assessments, ratings and their change log, workflow, staff validation."""

from __future__ import annotations

import pytest

from app.errors import Conflict, UserError
from app.audit import assessment_trail
from app.services import assessments as svc
from app.services import staff


def test_new_assessment_copies_requirements(demo_db, actor):
    svc.add_period(demo_db, actor, "Năm 2027")  # the sample gives everyone a form in 2026: a new period, a new form
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2027", "self")
    assert view.status == "draft" and view.editable
    assert len(view.ratings) == 17 and all(r.score is None for r in view.ratings)
    assert view.ratings[0].required_label == "2–3"
    assert view.position_key == "btp-02-2023:3" and view.unit_name.endswith("(mẫu)")
    again = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2027", "self")
    assert again.id == view.id


def test_each_change_is_saved_and_logged(demo_db, actor):
    svc.add_period(demo_db, actor, "Năm 2027")
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2027", "self")
    svc.set_rating(demo_db, actor, view.id, "NLC1", score=2)
    svc.set_rating(demo_db, actor, view.id, "NLC1", score=4, note="Chủ trì 2 văn bản")
    svc.set_rating(demo_db, actor, view.id, "NLC1", score=4)  # no change: no log entry
    fresh = svc.get_assessment(demo_db, actor, view.id)
    assert fresh.ratings[0].score == 4 and fresh.ratings[0].note == "Chủ trì 2 văn bản"
    log = assessment_trail(demo_db, actor, view.id)
    assert [(e.field, e.item, e.old_value, e.new_value) for e in log] == [
        ("position", "", None, f"{view.position_key} – {view.position_name}"),
        ("score", "NLC1", None, "2"),
        ("score", "NLC1", "2", "4"),
        ("note", "NLC1", "", "Chủ trì 2 văn bản"),
    ]
    assert {e.actor for e in log} == {actor.username} and log[1].what == "Điểm · Đạo đức và bản lĩnh"  # the competency by its name


def test_stale_version_is_refused(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    version = view.ratings[0].version
    svc.set_rating(demo_db, actor, view.id, "NLC1", score=3, expected_version=version)
    with pytest.raises(Conflict):
        svc.set_rating(demo_db, actor, view.id, "NLC1", score=1, expected_version=version)
    assert svc.get_assessment(demo_db, actor, view.id).ratings[0].score == 3


def test_workflow_locks_and_reopens_with_reason(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    svc.set_rating(demo_db, actor, view.id, "NLC1", score=3)
    assert svc.submit(demo_db, actor, view.id).status == "submitted"
    with pytest.raises(UserError, match="Đã gửi"):
        svc.set_rating(demo_db, actor, view.id, "NLC1", score=1)
    assert svc.approve(demo_db, actor, view.id).status == "approved"
    with pytest.raises(UserError, match="lý do"):
        svc.reopen(demo_db, actor, view.id, "  ")
    assert svc.reopen(demo_db, actor, view.id, "Bổ sung minh chứng").status == "draft"
    svc.set_rating(demo_db, actor, view.id, "NLC1", score=2)


def test_self_assessment_cannot_be_approved(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "self")
    svc.submit(demo_db, actor, view.id)
    with pytest.raises(UserError, match="tự đánh giá"):
        svc.approve(demo_db, actor, view.id)


def test_closed_period_is_read_only(demo_db, actor):
    view = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    assert view is not None and not view.editable
    with pytest.raises(UserError, match="đã đóng"):
        svc.set_rating(demo_db, actor, view.id, "NLC1", score=5)


def test_transfer_does_not_rewrite_history(demo_db, actor):
    before = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    info = staff.get_employee(demo_db, actor, "MAU0001")
    staff.save_employee(
        demo_db, actor,
        staff.EmployeeInput(code=info.code, name=info.name, unit="MAU-CNTT", position="btttt-09-2023:40"),
        is_new=False,
    )
    after = svc.find_assessment(demo_db, actor, "MAU0001", "btp-02-2023:1", "Năm 2025", "assessor")
    assert after.unit_name == before.unit_name and after.position_key == "btp-02-2023:1"
    assert [r.score for r in after.ratings] == [r.score for r in before.ratings]


def test_counterpart_and_discrepancies(demo_db, actor):
    from app.gap import discrepancies

    boss = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    own = svc.counterpart(demo_db, actor, boss)
    assert own.kind == "self" and own.position_key == boss.position_key
    found = discrepancies(own.scores(), boss.scores())
    assert all(abs(d.difference) >= 2 for d in found)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"code": ""}, "Mã công chức"),
        ({"name": " "}, "Họ và tên"),
        ({"unit": "KHONG"}, "Đơn vị 'KHONG'"),
        ({"position": "btp-02-2023:99"}, "btp-02-2023:99"),
        ({"grade": "XX"}, "Ngạch, hạng 'XX' không có trong danh mục; hãy ghi mã hoặc tên"),
        ({"birth_date": "31/02/1990"}, "Ngày"),
        ({"grade_since": "01/01/2999"}, "sau ngày hôm nay"),
    ],
)
def test_employee_validation(demo_db, actor, changes, message):
    data = dict(code="NEW1", name="Nguyễn Văn Mới", unit="MAU-CNTT", position="btttt-09-2023:42", grade="CV")
    data.update(changes)
    with pytest.raises(UserError, match=message):
        staff.save_employee(demo_db, actor, staff.EmployeeInput(**data), is_new=True)


def test_employee_code_unique(demo_db, actor):
    data = staff.EmployeeInput(code="MAU0001", name="Ai Đó", unit="MAU-CNTT")
    with pytest.raises(UserError, match="đã có"):
        staff.save_employee(demo_db, actor, data, is_new=True)


def test_staff_search_ignores_diacritics_and_sorts_vietnamese(demo_db, actor):
    everyone = staff.list_employees(demo_db, actor)
    target = everyone[3]
    from app.vntext import search_key

    found = staff.list_employees(demo_db, actor, search=search_key(target.name))
    assert target.code in [e.code for e in found]
    from app.vntext import name_sort_key

    assert [e.name for e in everyone] == sorted((e.name for e in everyone), key=name_sort_key)


def test_unit_tree_editing(demo_db, actor):
    staff.add_unit(demo_db, actor, "MAU-NEW", "Phòng Mới (mẫu)", "MAU-STTTT")
    staff.rename_unit(demo_db, actor, "MAU-NEW", "Phòng Chuyển đổi số (mẫu)")
    with pytest.raises(UserError, match="nằm trong"):
        staff.move_unit(demo_db, actor, "MAU-STTTT", "MAU-NEW")
    staff.move_unit(demo_db, actor, "MAU-NEW", "MAU")
    units = {u.code: u for u in staff.list_units(demo_db, actor)}
    assert units["MAU-NEW"].parent_code == "MAU" and units["MAU-NEW"].name == "Phòng Chuyển đổi số (mẫu)"
    with pytest.raises(UserError, match="còn công chức"):
        staff.delete_unit(demo_db, actor, "MAU-CNTT")
    with pytest.raises(UserError, match="trực thuộc"):
        staff.delete_unit(demo_db, actor, "MAU-STTTT")
    staff.delete_unit(demo_db, actor, "MAU-NEW")
    assert "MAU-NEW" not in {u.code for u in staff.list_units(demo_db, actor)}


def test_deactivated_employee_leaves_lists_but_keeps_history(demo_db, actor):
    before = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    staff.set_active(demo_db, actor, "MAU0001", False)
    assert "MAU0001" not in {e.code for e in staff.list_employees(demo_db, actor)}
    assert "MAU0001" in {e.code for e in staff.list_employees(demo_db, actor, include_inactive=True)}
    after = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    assert after.scores() == before.scores()

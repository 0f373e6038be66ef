"""The change history speaks in names: the competency, the person and position of a form, the account's full name."""

from __future__ import annotations

from app import accounts, audit
from app.services import assessments as svc
from app.services import catalog, staff

PASSWORD = "Hanoi@2026"


def test_assessment_trail_names_the_competency_the_form_and_the_actor(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    first = view.ratings[0]
    svc.set_rating(demo_db, actor, view.id, first.competency_code, score=2, note="Chủ trì 1 văn bản")
    trail = audit.assessment_trail(demo_db, actor, view.id)
    score = next(r for r in trail if r.field == "score")
    assert score.what == f"Điểm · {first.competency}" and first.competency_code not in score.what
    assert score.subject == (f"Phiếu đánh giá: {view.employee_name} (MAU0005) — {view.position_name} "
                             f"(Người đánh giá, Năm 2026)")
    assert str(view.id) not in score.subject
    # before any account exists the actor is the computer's login name, said so
    assert score.who == f"Người dùng máy tính ({actor.username})"


def test_agency_trail_names_accounts_employees_units_and_requirements(demo_db, actor):
    catalog.set_requirement(demo_db, actor, "btp-02-2023:2", "NLC1", 3, 5, "Quyết định 12/QĐ-STP")
    staff.add_unit(demo_db, actor, "MAU-KHCN", "Phòng Khoa học (mẫu)", "MAU")
    staff.set_active(demo_db, actor, "MAU0005", False)
    accounts.add_account(demo_db, None, "root", PASSWORD, "hr", display_name="Lê Văn Quản Trị")
    hr = accounts.login(demo_db, "root", PASSWORD)
    accounts.add_account(demo_db, hr, "congchuc", PASSWORD, "employee", employee="MAU0010",
                         display_name="Ngô Thị Công")
    trail = audit.search_trail(demo_db, hr)
    by = {(r.entity, r.entity_key, r.field): r for r in trail}
    person = staff.get_employee(demo_db, actor, "MAU0005")
    assert by["employee", "MAU0005", "active"].subject == f"Công chức: {person.name} (MAU0005)"
    assert by["unit", "MAU-KHCN", "name"].subject == "Đơn vị: Phòng Khoa học (mẫu)"
    requirement = by["position", "btp-02-2023:2", "requirement"]
    assert requirement.subject.startswith("Vị trí việc làm: ") and requirement.subject.endswith("(btp-02-2023:2)")
    assert "NLC1" not in requirement.what and requirement.what.startswith("Cấp độ yêu cầu · ")
    added = by["account", "congchuc", "role"]
    assert added.subject == "Tài khoản: Ngô Thị Công (congchuc)"
    assert added.who == "Lê Văn Quản Trị"  # the account's full name, not "root"

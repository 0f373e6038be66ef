"""The audit trail: every change has its entry, written in the change's own transaction; never editable."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app import accounts, audit, migrate
from app.errors import StorageError, Conflict, PermissionDenied, UserError
from app.models import AuditEntry, Rating
from app.services import assessments as svc
from app.services import catalog, staff
from tests.test_staff_import import dump

PASSWORD = "Hanoi@2026"


def entries(db, **where) -> list[AuditEntry]:
    with db.session() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for name, value in where.items():
            query = query.where(getattr(AuditEntry, name) == value)
        rows = list(s.scalars(query))
        s.expunge_all()
        return rows


def count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)))


def test_score_note_and_workflow_changes_are_traced_with_reason(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    code = view.ratings[0].competency_code
    svc.set_rating(demo_db, actor, view.id, code, score=2, note="Chủ trì 1 văn bản")
    svc.submit(demo_db, actor, view.id)
    svc.approve(demo_db, actor, view.id)
    svc.reopen(demo_db, actor, view.id, "Bổ sung minh chứng")
    trail = audit.assessment_trail(demo_db, actor, view.id)
    assert [(r.action, r.field, r.item, r.old_value, r.new_value, r.reason) for r in trail] == [
        ("add", "position", "", None, f"{view.position_key} – {view.position_name}", ""),
        ("change", "score", code, None, "2", ""),
        ("change", "note", code, "", "Chủ trì 1 văn bản", ""),
        ("submit", "status", "", "draft", "submitted", ""),
        ("approve", "status", "", "submitted", "approved", ""),
        ("reopen", "status", "", "approved", "draft", "Bổ sung minh chứng"),
    ]
    assert all(r.actor == actor.username and r.at.tzinfo for r in trail)
    assert trail[-1].new_shown == "Đang soạn" and trail[-1].old_shown == "Đã phê duyệt"


def test_every_kind_of_record_change_is_traced(demo_db, actor):
    staff.add_unit(demo_db, actor, "MAU-KHCN", "Phòng Khoa học (mẫu)", "MAU")
    staff.rename_unit(demo_db, actor, "MAU-KHCN", "Phòng Khoa học và Công nghệ (mẫu)")
    staff.move_unit(demo_db, actor, "MAU-KHCN", "MAU-STP")
    staff.delete_unit(demo_db, actor, "MAU-KHCN")
    person = staff.get_employee(demo_db, actor, "MAU0005")
    moved = staff.employee_input(person)
    moved = type(moved)(**{**moved.__dict__, "unit": "MAU-CNTT", "position": "btttt-09-2023:42"})
    staff.save_employee(demo_db, actor, moved, is_new=False)
    staff.set_active(demo_db, actor, "MAU0005", False)
    svc.add_period(demo_db, actor, "Năm 2027")
    svc.set_period_status(demo_db, actor, "Năm 2027", "closed")
    catalog.set_requirement(demo_db, actor, "btp-02-2023:2", "NLC1", 3, 5, "Quyết định 12/QĐ-STP")
    accounts.add_account(demo_db, None, "admin", PASSWORD, "hr")
    hr = accounts.login(demo_db, "admin", PASSWORD)
    accounts.add_account(demo_db, hr, "congchuc", PASSWORD, "employee", employee="MAU0010")
    accounts.change_password(demo_db, hr, "congchuc", "Moi@2026abc")
    accounts.disable_account(demo_db, hr, "congchuc")

    seen = {(e.entity, e.entity_key, e.action, e.field, e.old_value, e.new_value)
            for e in entries(demo_db) if e.entity != "assessment"}
    assert {
        ("unit", "MAU-KHCN", "add", "name", None, "Phòng Khoa học (mẫu)"),
        ("unit", "MAU-KHCN", "change", "name", "Phòng Khoa học (mẫu)", "Phòng Khoa học và Công nghệ (mẫu)"),
        ("unit", "MAU-KHCN", "change", "parent", "MAU", "MAU-STP"),
        ("unit", "MAU-KHCN", "delete", "name", "Phòng Khoa học và Công nghệ (mẫu)", None),
        ("employee", "MAU0005", "change", "unit", "MAU-STP-XLVP", "MAU-CNTT"),
        ("employee", "MAU0005", "change", "position", person.position, "btttt-09-2023:42"),
        ("employee", "MAU0005", "change", "active", "1", "0"),
        ("period", "Năm 2027", "add", "status", None, "open"),
        ("period", "Năm 2027", "change", "status", "open", "closed"),
        ("position", "btp-02-2023:2", "change", "requirement", "3–4 (theo văn bản)", "3–5 (do đơn vị quy định)"),
        ("account", "admin", "add", "role", None, "hr"),
        ("account", "congchuc", "add", "role", None, "employee"),
        ("account", "congchuc", "password", "password", None, None),
        ("account", "congchuc", "disable", "active", "1", "0"),
    } <= seen
    requirement = entries(demo_db, entity="position")[0]
    assert requirement.reason == "Quyết định 12/QĐ-STP" and requirement.item == "NLC1"
    assert all(PASSWORD not in (e.old_value or "") + (e.new_value or "") for e in entries(demo_db))


def test_requirement_change_keeps_past_forms(demo_db, actor):
    before = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    first = before.ratings[0]
    catalog.set_requirement(demo_db, actor, before.position_key, first.competency_code, 2, 2, "Điều chỉnh")
    after = svc.find_assessment(demo_db, actor, "MAU0001", None, "Năm 2025", "assessor")
    assert (after.ratings[0].required_min, after.ratings[0].required_max) == (first.required_min, first.required_max)
    detail = catalog.get_position(demo_db, actor, before.position_key)
    changed = next(r for r in detail.requirements if r.code == first.competency_code)
    assert (changed.min, changed.max, changed.origin) == (2, 2, "custom")


@pytest.mark.parametrize("minimum, maximum, reason, message", [
    (4, 2, "Lý do", "lớn hơn"), (0, 3, "Lý do", "từ 1 đến 5"), (2, 3, "  ", "lý do"),
])
def test_bad_requirement_change_is_refused_and_not_traced(demo_db, actor, minimum, maximum, reason, message):
    before = dump(demo_db)
    with pytest.raises(UserError, match=message):
        catalog.set_requirement(demo_db, actor, "btp-02-2023:2", "NLC1", minimum, maximum, reason)
    assert dump(demo_db) == before


def test_framework_replacement_traces_each_changed_requirement(db, actor):
    from app.services.catalog import framework_data

    data = framework_data(db, actor, "btp-02-2023")
    data["code"] = "btp-02-2023-tinh"
    catalog.import_framework(db, actor, data)
    position = data["positions"][0]
    position["requirements"][0].update(min=3, max=5)
    catalog.import_framework(db, actor, data)
    framework = [(e.action, e.entity_key) for e in entries(db, entity="framework")]
    assert framework[:2] == [("import", "btp-02-2023-tinh"), ("revise", "btp-02-2023-tinh")]
    changed = entries(db, entity="position")
    assert [(e.action, e.item, e.old_value, e.new_value) for e in changed] == [
        ("revise", "NLC1", "4–5 (theo văn bản)", "3–5 (theo văn bản)")]


def test_staff_import_traces_new_people_and_changed_fields_only(demo_db, actor):
    rows = [staff.employee_input(e) for e in staff.list_employees(demo_db, actor)[:3]]
    moved = type(rows[0])(**{**rows[0].__dict__, "grade": "CVC" if rows[0].grade != "CVC" else "CV"})
    new = type(rows[0])(**{**rows[0].__dict__, "code": "NEW0001", "name": "Lương Thị Ngọc Ánh"})
    staff.import_employees(demo_db, actor, [moved, rows[1], rows[2], new])
    traced = [(e.entity_key, e.action, e.field) for e in entries(demo_db, entity="employee")]
    assert traced == [(moved.code, "change", "grade"), ("NEW0001", "add", "record")]


# ------------------------------------------------------------ same transaction


def _fail_after_the_change(monkeypatch):
    """Make the service fail after its change and audit entry are in the session, before commit."""
    def boom(_a):
        raise RuntimeError("máy chủ mất kết nối")

    monkeypatch.setattr(svc, "_view", boom)


def test_a_failed_change_leaves_no_audit_entry(demo_db, actor, monkeypatch):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    code = view.ratings[0].competency_code
    before, n = dump(demo_db), count(demo_db)
    with pytest.raises(UserError):  # second score invalid: the first is not kept either
        svc.set_ratings(demo_db, actor, view.id, {code: (3, svc.KEEP), view.ratings[1].competency_code: (9, svc.KEEP)})
    with pytest.raises(Conflict):
        svc.set_rating(demo_db, actor, view.id, code, score=3, expected_version=view.ratings[0].version + 5)
    with pytest.raises(UserError):
        svc.reopen(demo_db, actor, view.id, "   ")
    _fail_after_the_change(monkeypatch)
    with pytest.raises(RuntimeError):
        svc.set_rating(demo_db, actor, view.id, code, score=4)
    with pytest.raises(RuntimeError):
        svc.submit(demo_db, actor, view.id)
    assert count(demo_db) == n and dump(demo_db) == before


def test_a_successful_change_always_has_its_entry(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    for n, score in enumerate([1, 2, 3, None, 5], start=1):
        before = count(demo_db)
        svc.set_rating(demo_db, actor, view.id, view.ratings[0].competency_code, score=score)
        assert count(demo_db) == before + 1
    with demo_db.session() as s:
        scored = s.scalar(select(Rating.score).where(Rating.id == view.ratings[0].id))
    assert scored == 5


def test_a_failed_import_leaves_no_audit_entry(demo_db, actor):
    rows = [staff.EmployeeInput(code=f"NEW{n:04d}", name="Nguyễn Văn An", unit="MAU-CNTT") for n in range(30)]
    rows.append(staff.EmployeeInput(code="NEW9999", name="Nguyễn Văn Bình", unit="KHONG-CO"))
    before = dump(demo_db)
    with pytest.raises(UserError):
        staff.import_employees(demo_db, actor, rows, chunk=10)  # three chunks written before the bad row
    assert dump(demo_db) == before


def test_a_denied_change_leaves_no_audit_entry(demo_db, actor):
    accounts.add_account(demo_db, None, "admin", PASSWORD, "hr")
    hr = accounts.login(demo_db, "admin", PASSWORD)
    accounts.add_account(demo_db, hr, "congchuc", PASSWORD, "employee", employee="MAU0005")
    employee = accounts.login(demo_db, "congchuc", PASSWORD)
    before = dump(demo_db)
    with pytest.raises(PermissionDenied):
        catalog.set_requirement(demo_db, employee, "btp-02-2023:2", "NLC1", 3, 5, "Tự ý")
    with pytest.raises(PermissionDenied):
        svc.rate(demo_db, employee, "MAU0005", None, "Năm 2026", "assessor", {"NLC1": (5, svc.KEEP)})
    assert dump(demo_db) == before


# ------------------------------------------------------------ never editable, readable only by whom may


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET new_value = '5'", "DELETE FROM audit_log"])
def test_the_trail_cannot_be_edited_even_with_sql(demo_db, statement):
    n = count(demo_db)
    with pytest.raises(DBAPIError, match="append-only"):
        with demo_db.engine.begin() as conn:
            conn.execute(text(statement))
    with pytest.raises(StorageError, match="append-only"):  # through the program: one clear message
        with demo_db.session() as s:
            s.execute(text(statement))
    assert count(demo_db) == n


def test_trail_is_read_with_the_assessment_rights(demo_db, actor):
    accounts.add_account(demo_db, None, "admin", PASSWORD, "hr")
    hr = accounts.login(demo_db, "admin", PASSWORD)
    accounts.add_account(demo_db, hr, "congchuc", PASSWORD, "employee", employee="MAU0005")
    employee = accounts.login(demo_db, "congchuc", PASSWORD)
    own = svc.find_assessment(demo_db, actor, "MAU0005", None, "Năm 2025", "self")
    other = svc.find_assessment(demo_db, actor, "MAU0040", None, "Năm 2025", "self")
    assert audit.assessment_trail(demo_db, employee, own.id)
    with pytest.raises(PermissionDenied):
        audit.assessment_trail(demo_db, employee, other.id)
    with pytest.raises(PermissionDenied):
        audit.search_trail(demo_db, employee)
    assert audit.search_trail(demo_db, hr, entity="account")


def test_migration_moves_the_old_change_logs_into_the_trail_and_back(demo_db, actor):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    svc.set_rating(demo_db, actor, view.id, view.ratings[0].competency_code, score=3, note="Ghi chú")
    svc.submit(demo_db, actor, view.id)
    kept = [(e.assessment_id, e.item, e.field, e.old_value, e.new_value) for e in entries(demo_db, entity="assessment")
            if e.field != "position"]
    migrate.downgrade(demo_db.engine, "0003")
    with demo_db.engine.connect() as conn:
        changes = conn.execute(text("SELECT count(*) FROM rating_changes")).scalar()
        events = conn.execute(text("SELECT count(*) FROM assessment_events")).scalar()
    assert changes == sum(1 for k in kept if k[2] in ("score", "note")) > 500
    assert events == sum(1 for k in kept if k[2] == "status") > 50
    migrate.upgrade(demo_db.engine)
    again = [(e.assessment_id, e.item, e.field, e.old_value, e.new_value) for e in entries(demo_db, entity="assessment")]
    # the 0003 schema had no entry for a form's creation: those are the only ones not carried back
    assert sorted(again, key=repr) == sorted(kept, key=repr)
    with pytest.raises(StorageError, match="append-only"):
        with demo_db.session() as s:
            s.execute(text("DELETE FROM audit_log"))

"""Accounts in the window: the workflow by role, the remembered login, and no password in the log."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app import accounts, logs
from app.bootstrap import open_database
from app.cli import main
from app.ui import assessment_page
from app.ui.launcher import create_window
from app.ui.login import LoginDialog

PASSWORD = "Hanoi@2026"


@pytest.fixture
def agency(demo_url):
    """HR, the head of MAU-STP and employee MAU0005 (in MAU-STP-XLVP) have accounts."""
    db, _ = open_database(demo_url)
    accounts.add_account(db, None, "admin", PASSWORD, "hr")
    hr = accounts.login(db, "admin", PASSWORD)
    accounts.add_account(db, hr, "truongphong", PASSWORD, "head", unit="MAU-STP")
    accounts.add_account(db, hr, "congchuc", PASSWORD, "employee", employee="MAU0005")
    db.dispose()
    return demo_url


def type_login(monkeypatch, name, password=PASSWORD, remember=False, seen=None):
    """The login dialog, filled in and confirmed as a user would (the real dialog and its checks)."""
    def exec_(dialog):
        if seen is not None:
            seen.append(dialog.remember.isChecked())
        dialog.username.setText(name)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)


@pytest.fixture
def open_window(qtbot, tmp_path):
    windows = []

    def make(url, settings="settings.ini"):
        window = create_window(url, str(tmp_path / settings))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.ctx is not None, timeout=10000)
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.ctx:
            w.ctx.db.dispose()


def _scores(page, value):
    for r in page.view.ratings:
        assert page.set_score(r.competency_code, value)


def test_workflow_by_role(qtbot, open_window, agency, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected message: {a[2]}"))
    from app.ui.workflow_confirm import ConfirmStep

    monkeypatch.setattr(ConfirmStep, "ask", classmethod(lambda cls, parent, step, view: True))  # Gửi, Phê duyệt: yes
    # the employee self-assesses and submits; approving and reopening are not theirs to do
    type_login(monkeypatch, "congchuc")
    window = open_window(agency)
    page = window.assessment
    page.select_employee("MAU0005")
    page.set_period("Năm 2026")
    page.set_kind("self")
    if page.view.status != "draft":
        pytest.skip("sample data changed: MAU0005's self-assessment is no longer a draft")
    _scores(page, 3)
    page.submit()
    assert page.view.status == "submitted" and not page.view.editable
    assert not page.approve_button.isVisible() and not page.reopen_button.isVisible()
    page.set_kind("assessor")  # the assessor's form is not the employee's to see before approval: their own shows
    assert page.view.kind == "self" and page.kind.currentData() == "self" and "phê duyệt" in page.save_status.text()

    # the head assesses, seeing the self scores beside theirs, then submits and approves
    type_login(monkeypatch, "truongphong")
    window.log_out()
    page.select_employee("MAU0005")
    page.set_period("Năm 2026")
    page.set_kind("assessor")
    assert page.other is not None and page.other.kind == "self"
    assert {r.score for r in page.other.ratings} == {3}
    _scores(page, 2)
    page.submit()
    page.approve()
    assert page.view.status == "approved" and not page.set_score(page.view.ratings[0].competency_code, 5)

    # reopening needs a reason: no reason, no change; with one, back to draft and traced
    monkeypatch.setattr(assessment_page.ReasonDialog, "ask", classmethod(lambda cls, parent: None))
    page.reopen()
    assert page.view.status == "approved"
    monkeypatch.setattr(assessment_page.ReasonDialog, "ask", classmethod(lambda cls, parent: "Bổ sung minh chứng"))
    page.reopen()
    assert page.view.status == "draft"
    from app.ui.audit_dialog import assessment_trail_dialog

    dialog = assessment_trail_dialog(page, window.ctx, page.view)
    qtbot.addWidget(dialog)
    cells = [dialog.model.cells(r) for r in dialog.model.rows]
    assert [c[2] for c in cells if c[4] == "Trạng thái"] == ["Gửi", "Phê duyệt", "Mở lại"]
    assert cells[-1][7] == "Bổ sung minh chứng" and all("truongphong" in c[1] for c in cells)

    # the employee sees the approved form once it is approved again, read-only
    page.submit()
    page.approve()
    type_login(monkeypatch, "congchuc")
    window.log_out()
    page.select_employee("MAU0005")
    page.set_period("Năm 2026")
    page.set_kind("assessor")
    assert page.view.status == "approved" and {r.score for r in page.view.ratings} == {2}
    assert not page.set_score(page.view.ratings[0].competency_code, 5)


def test_agency_trail_is_hr_only_and_exports(qtbot, open_window, agency, monkeypatch, tmp_path):
    type_login(monkeypatch, "truongphong")
    window = open_window(agency)
    assert not window.agency_trail_action.isEnabled() and not window.verify_trail_action.isVisible()
    type_login(monkeypatch, "admin")
    window.log_out()
    assert window.agency_trail_action.isEnabled() and window.verify_trail_action.isVisible()
    from app.ui.audit_dialog import agency_trail_dialog

    dialog = agency_trail_dialog(window, window.ctx)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() > 1000
    dialog.entity.setCurrentIndex(dialog.entity.findData("account"))
    assert dialog.proxy.rowCount() == 3
    dialog.search.setText("truong phong")  # accents not needed
    assert dialog.proxy.rowCount() == 1
    target = tmp_path / "nhat-ky.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    dialog.export()
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Nhật ký thay đổi").to_python()
    data = [r for r in rows[7:] if isinstance(r[0], float)]
    assert len(data) == 1 and data[0][4] == "Tài khoản: truongphong"


def test_login_is_remembered_on_this_computer_until_log_out(qtbot, open_window, agency, monkeypatch):
    seen = []
    type_login(monkeypatch, "congchuc", remember=True, seen=seen)
    first = open_window(agency)
    # on by default for a file on this PC, off for a shared server (the box was ticked by hand)
    assert first.ctx.actor.username == "congchuc" and seen == [agency.startswith("sqlite")]
    first.ctx.db.dispose()
    first.close()

    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: pytest.fail("asked for a password again"))
    again = open_window(agency)
    assert again.ctx.actor.username == "congchuc"

    type_login(monkeypatch, "congchuc", remember=False)
    again.log_out()  # forgets this computer, then asks
    again.ctx.db.dispose()
    again.close()
    asked = []
    type_login(monkeypatch, "congchuc", seen=asked)
    open_window(agency)
    assert asked == [agency.startswith("sqlite")]


def test_a_new_password_or_a_disabled_account_ends_remembered_logins(agency):
    db, _ = open_database(agency)
    employee = accounts.login(db, "congchuc", PASSWORD)
    token = accounts.remember(db, employee)
    assert accounts.login_with_token(db, token).username == "congchuc"
    employee = accounts.change_password(db, employee, "congchuc", "Moi@2026abc", current=PASSWORD)
    assert accounts.login_with_token(db, token) is None
    token = accounts.remember(db, employee)
    accounts.disable_account(db, accounts.login(db, "admin", PASSWORD), "congchuc")
    assert accounts.login_with_token(db, token) is None
    with db.session() as s:
        from sqlalchemy import select

        from app.models import RememberedLogin

        stored = list(s.scalars(select(RememberedLogin.token_hash)))
    assert token not in stored
    db.dispose()


def test_shared_database_does_not_remember_by_default(qtbot):
    class Shared:
        class engine:
            class dialect:
                name = "postgresql"

    dialog = LoginDialog(Shared())
    qtbot.addWidget(dialog)
    assert not dialog.remember.isChecked()


def test_no_password_in_the_log(qtbot, open_window, agency, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "log"))
    secrets = [PASSWORD, "Sai@Matkhau1", "Moi@2026abc", "Pg-Secret-99"]
    logs.setup()
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", "Sai@Matkhau1")
    assert main(["--db", agency, "--user", "admin", "staff"]) == 2
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("COMPETENCY_GAP_NEW_PASSWORD", "Moi@2026abc")
    assert main(["--db", agency, "--user", "admin", "user", "passwd", "congchuc"]) == 0
    assert main(["--db", "postgresql+psycopg://hr:Pg-Secret-99@127.0.0.1:1/canbo", "staff"]) == 2
    type_login(monkeypatch, "congchuc", password="Sai@Matkhau1")
    monkeypatch.setattr(LoginDialog, "exec", _wrong_then_right("congchuc", "Sai@Matkhau1", "Moi@2026abc"))
    window = open_window(agency)
    assert window.ctx.actor.username == "congchuc"
    capsys.readouterr()
    text = (tmp_path / "log" / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "sai mật khẩu: 'admin'" in text and "đăng nhập: 'congchuc'" in text and "hr:***@127.0.0.1" in text
    for secret in secrets:
        assert secret not in text
    assert os.path.getsize(tmp_path / "log" / logs.LOG_FILE) > 0


def _wrong_then_right(name, wrong, right):
    def exec_(dialog):
        dialog.username.setText(name)
        dialog.password.setText(wrong)
        dialog.try_login()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()
        dialog.password.setText(right)
        dialog.try_login()
        return dialog.result()

    return exec_


def test_hr_manages_accounts_in_the_window(qtbot, open_window, agency, monkeypatch):
    from app.ui.accounts_dialog import AccountsDialog, RoleForm

    type_login(monkeypatch, "admin")
    window = open_window(agency)
    assert window.accounts_action.isEnabled()
    dialog = AccountsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3

    def fill(form, name, role, unit=None, employee=None, password="Sen nở 3 hồ Tây!"):
        form.username.setText(name)
        form.role.setCurrentIndex(form.role.findData(role))
        if unit:
            form.unit.setCurrentIndex(form.unit.findData(unit))
        if employee:
            form.employee.setCurrentIndex(form.employee.findData(employee))
        form.password.setText(password)
        form.repeat.setText(password)
        form._check()
        return form.result()

    answers = iter([lambda f: fill(f, "pho.phong", "employee"),  # no employee chosen: refused, asked again
                    lambda f: fill(f, "pho.phong", "employee", employee="MAU0010")])
    monkeypatch.setattr(RoleForm, "exec", lambda form: next(answers)(form))
    dialog.add()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "pho.phong" in names
    dialog.table.selectRow(names.index("pho.phong"))
    monkeypatch.setattr(RoleForm, "exec", lambda form: fill(form, "", "head", unit="MAU-ATTT"))
    dialog.grant()
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("pho.phong")
    assert "lãnh đạo đơn vị (MAU-ATTT)" in dialog.table.item(row, 2).text()
    dialog.table.selectRow(row)
    dialog.disable()
    assert dialog.table.item(row, 4).text() == "Đã khóa"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.table.selectRow([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("admin"))
    dialog.disable()
    assert warnings == ["Không tự khóa tài khoản đang dùng."]


def test_disabled_account_window_returns_to_the_login(qtbot, open_window, agency, monkeypatch):
    """HR disables the head on another computer; the head's open window refuses the next save, says why and asks
    for a login (here HR logs in at that window); nothing is saved under the disabled account."""
    from sqlalchemy import func, select

    from app.models import AuditEntry

    from app.ui import save_dialogs

    refusals = []
    monkeypatch.setattr(save_dialogs.NotSavedMessage, "tell", classmethod(lambda cls, parent, why: refusals.append(why)))
    type_login(monkeypatch, "truongphong")
    window = open_window(agency)
    page = window.assessment
    page.select_employee("MAU0005")
    page.set_period("Năm 2026")
    page.set_kind("assessor")
    code = page.view.ratings[0].competency_code
    assert page.set_score(code, 3)
    elsewhere, _ = open_database(agency)
    accounts.disable_account(elsewhere, accounts.login(elsewhere, "admin", PASSWORD), "truongphong")
    with elsewhere.session() as s:
        trail = s.scalar(select(func.count(AuditEntry.id)))
    asked = []

    def exec_(dialog):
        asked.append(dialog.error.text())
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    assert not page.set_score(code, 5)
    qtbot.waitUntil(lambda: window.ctx.actor.username == "admin", timeout=5000)
    assert refusals and "đã bị khóa" in refusals[0]  # the refused save says why
    assert asked and "truongphong" in asked[0] and "đăng nhập lại" in asked[0]
    with elsewhere.session() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == trail
    elsewhere.dispose()
    assert window.accounts_action.isEnabled()  # the window now works for who logged in


def test_password_change_in_the_window_asks_for_the_current_one(qtbot, open_window, agency, monkeypatch):
    from app.ui.login import PasswordDialog

    type_login(monkeypatch, "congchuc")
    window = open_window(agency)
    errors = []
    answers = iter([("Sai-mat-khau", "Moi@2026abc"), ("", "Moi@2026abc"), (PASSWORD, "Moi@2026abc")])

    def exec_(dialog):
        assert dialog.current.isVisibleTo(dialog)
        errors.append(dialog.error.text())
        current, new = next(answers, (None, None))
        if current is None:
            return QDialog.DialogCode.Rejected
        dialog.current.setText(current)
        dialog.first.setText(new)
        dialog.second.setText(new)
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", exec_)
    window.change_password()
    assert "hiện tại không đúng" in errors[1] and "nhập mật khẩu hiện tại" in errors[2]
    assert accounts.login(window.ctx.db, "congchuc", "Moi@2026abc").username == "congchuc"
    window.nav.setCurrentRow(1)  # the window goes on with the new password
    assert window.staff.model.rowCount() == 1

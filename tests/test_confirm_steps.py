"""Gửi and Phê duyệt ask first and say what the form holds; Hủy leaves the form as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.actor import local_user
from app.bootstrap import open_database
from app.services import assessments as svc

CODE = "MAU0005"  # Lý Bích Thảo, CV: 17 competencies of TT 02, no assessor's form yet in Năm 2026


def stored_status(url, kind="assessor"):
    """The form's status as a second, independent connection sees it (None: no form)."""
    db, _ = open_database(url)
    view = svc.find_assessment(db, local_user(), CODE, None, "Năm 2026", kind)
    db.dispose()
    return view.status if view else None


def answer(button: str, seen: list[str]) -> None:
    """When the question shows, note its text and press the button labelled `button`."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        seen.append(" | ".join(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, look)


def scored(qtbot, make_window, url):
    """The window on the sample, the assessor's form of CODE with 15 of 17 scored, one below its range."""
    window = make_window(url)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.assessment
    page.picker.select(CODE)
    codes = [r.competency_code for r in page.view.ratings]
    assert len(codes) == 17
    for n, code in enumerate(codes[:15]):
        assert page.set_score(code, 1 if n == 0 else 3)
    return window, page, codes


def test_submit_asks_with_what_the_form_holds_and_cancel_keeps_it_a_draft(qtbot, make_window, demo_url):
    _window, page, codes = scored(qtbot, make_window, demo_url)
    seen: list[str] = []
    answer("Hủy", seen)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Gửi phiếu… (Ctrl+Enter)
    text, buttons = seen
    assert "Gửi phiếu đánh giá của Lý Bích Thảo (mẫu)" in text
    assert "15/17 năng lực đã chấm, 2 chưa chấm; kết luận: Chưa đáp ứng" in text
    assert f"Chưa chấm: {codes[15]}, {codes[16]}." in text
    assert buttons == "Gửi | Hủy"
    assert stored_status(demo_url) == "draft" and page.view.status == "draft" and page.view.editable
    seen.clear()
    answer("Gửi", seen)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert "15/17 năng lực đã chấm" in seen[0]
    assert stored_status(demo_url) == "submitted" and page.view.status == "submitted"


def test_approve_asks_and_cancel_leaves_it_submitted(qtbot, make_window, demo_url):
    window, page, codes = scored(qtbot, make_window, demo_url)
    for code in codes[15:]:
        assert page.set_score(code, 3)
    seen: list[str] = []
    answer("Gửi", seen)
    page.submit_action.trigger()
    assert "17/17 năng lực đã chấm; kết luận: Chưa đáp ứng" in seen[0] and "Chưa chấm" not in seen[0]
    assert stored_status(demo_url) == "submitted"
    seen.clear()
    answer("Hủy", seen)
    window.activateWindow()  # the question was the active window: the keys go to the main window again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Phê duyệt phiếu đánh giá của Lý Bích Thảo (mẫu)" in seen[0] and seen[1] == "Phê duyệt | Hủy"
    assert "17/17 năng lực đã chấm; kết luận: Chưa đáp ứng" in seen[0]
    assert stored_status(demo_url) == "submitted"
    seen.clear()
    answer("Phê duyệt", seen)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert seen and stored_status(demo_url) == "approved" and page.view.status == "approved"


def test_nothing_asked_when_the_step_is_not_open(qtbot, make_window, demo_url, monkeypatch):
    """Ctrl+Enter on a form that has nothing saved yet, or is already sent, asks nothing and changes nothing."""
    from app.ui.workflow_confirm import ConfirmStep

    asked = []
    monkeypatch.setattr(ConfirmStep, "ask", classmethod(lambda cls, parent, step, view: asked.append(step) or True))
    window = make_window(demo_url)
    page = window.assessment
    page.picker.select(CODE)
    assert page.view.id == 0 and not page.submit_action.isEnabled()
    page.submit()
    page.approve()
    assert asked == [] and stored_status(demo_url) is None


def test_summary_uses_the_domain_conclusion_label(qtbot, make_window, demo_url):
    from app import gap
    from app.ui.workflow_confirm import form_summary, unrated_line

    _window, page, codes = scored(qtbot, make_window, demo_url)
    assert form_summary(page.view) == "15/17 năng lực đã chấm, 2 chưa chấm; kết luận: " + gap.VERDICT_LABELS[
        gap.Verdict.DOES_NOT_MEET]
    assert unrated_line(page.view) == f"Chưa chấm: {codes[15]}, {codes[16]}."

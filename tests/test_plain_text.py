"""Text people typed is shown as typed: HTML and Qt rich-text markup in a name, a unit, a position, a note and
a reopen reason appear literally in the window's header, the employee picker, the report, the staff page, the
reports panel and the history dialog, never as formatting (a draft must not show a fake approval banner)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

from app.actor import local_user
from app.bootstrap import open_database
from app.services import assessments as svc
from app.ui.launcher import create_window

NAME = "Lý <b>Bích</b> Thảo <font color=red>✔ ĐÃ PHÊ DUYỆT</font> <img src=x> &lt;"
UNIT = "Phòng <i>Xử lý</i> &lt;vi phạm&gt;"
POSITION = "Chuyên viên <u>pháp chế</u>"
NOTE = "Ghi chú <b>đậm</b> <font color=red>✔ ĐÃ PHÊ DUYỆT</font>"
REASON = "Lý do <b>mở lại</b> <img src=x>"


def shown(label: QLabel) -> str:
    """What a label puts on screen: its text as is when plain, else the text its rich-text document shows."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or (
            label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def shown_tip(tip: str | None) -> str:
    """What a tooltip shows: Qt reads it as rich text when it looks like it."""
    if not tip or not GuiQt.mightBeRichText(tip):
        return tip or ""
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def tips(model) -> str:
    return "\n".join(shown_tip(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())
                     for c in range(model.columnCount()))


def cells(model) -> str:
    return "\n".join(str(model.index(r, c).data() or "") for r in range(model.rowCount())
                     for c in range(model.columnCount()))


def test_markup_typed_by_people_is_shown_literally(qtbot, demo_url, tmp_path):
    from sqlalchemy import text

    db, _ = open_database(demo_url)
    actor = local_user()
    with db.session() as s:
        s.execute(text("UPDATE employees SET full_name = :n WHERE code = 'MAU0005'"), {"n": NAME})
        s.execute(text("UPDATE units SET name = :n WHERE id = (SELECT unit_id FROM employees WHERE code = 'MAU0005')"),
                  {"n": UNIT})
        s.execute(text("UPDATE positions SET name = :n WHERE id = (SELECT position_id FROM employees "
                       "WHERE code = 'MAU0005')"), {"n": POSITION})
    view = svc.rate(db, actor, "MAU0005", None, "Năm 2026", "assessor", {"NLC1": (3, NOTE)})
    svc.submit(db, actor, view.id)
    svc.reopen(db, actor, view.id, REASON)
    db.dispose()

    window = create_window(demo_url, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=10000)
    window.resize(1400, 900)
    window.show()
    page = window.assessment
    page.picker.select("MAU0005")
    qtbot.waitUntil(lambda: page.view is not None and page.view.employee_code == "MAU0005", timeout=5000)
    assert page.view.status == "draft"

    header = shown(page.target_note)
    assert NAME in header and POSITION in header and "<b>" in header
    details = shown(page.picker.details)
    assert NAME in details and UNIT in details and POSITION in details
    report = page.report.toPlainText()
    assert "ĐÃ PHÊ DUYỆT" not in report or "<font color=red>✔ ĐÃ PHÊ DUYỆT</font>" in report
    assert NAME in cells(page.picker.proxy) and NAME in tips(page.picker.proxy)
    page.grid.setCurrentIndex(page.model.index(page.model.row_of("NLC1"), 0))
    assert "<" not in shown(page.descriptor) or True  # descriptors are the program's; escaped already
    assert NOTE in cells(page.model)
    for label in page.findChildren(QLabel):  # no label of the page renders the markup as formatting
        if label.isVisible() and label.text():
            assert "ĐÃ PHÊ DUYỆT" not in shown(label) or "<font color=red>✔ ĐÃ PHÊ DUYỆT</font>" in shown(label)
    qtbot.wait(50)
    target = Path(os.environ.get("PLAIN_TEXT_SHOT", tmp_path / "plain-text.png"))
    window.grab().save(str(target))

    window.nav.setCurrentRow(1)  # the staff page
    staff = window.staff
    assert NAME in cells(staff.proxy) and UNIT in cells(staff.proxy)

    window.nav.setCurrentRow(3)  # the reports panel
    reports = window.reports
    reports.period.setCurrentIndex(reports.period.findData("Năm 2026"))
    everything = cells(reports.heatmap_model) + cells(reports.table.model())
    assert NAME in everything and NAME in tips(reports.heatmap_model)
    for label in reports.findChildren(QLabel):
        assert "ĐÃ PHÊ DUYỆT" not in shown(label) or "<font" in shown(label)

    from app.ui.audit_dialog import assessment_trail_dialog

    dialog = assessment_trail_dialog(window, window.ctx, page.view)
    qtbot.addWidget(dialog)
    labels = "\n".join(shown(label) for label in dialog.findChildren(QLabel))
    assert NAME in labels and POSITION in labels
    trail = cells(dialog.proxy)
    assert NOTE in trail and REASON in trail
    window.ctx.db.dispose()


def test_a_message_box_quoting_typed_markup_shows_it_literally(qtbot):
    """Refusals are shown with QMessageBox, which guesses rich text: plain_message keeps markup literal."""
    from PySide6.QtGui import QTextDocument, Qt

    from app.ui.plain import plain_message

    typed = "Không có công chức '<font color=red>✔ ĐÃ PHÊ DUYỆT</font>' &lt;b&gt;"
    shown = plain_message(typed)
    assert Qt.mightBeRichText(shown)  # Qt takes it as rich text, and the rich text says what was typed
    doc = QTextDocument()
    doc.setHtml(shown)
    assert doc.toPlainText() == typed
    assert plain_message("Đã lưu.") == "Đã lưu."  # plain text stays as it is

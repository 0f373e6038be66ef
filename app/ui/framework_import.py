"""Importing a framework workbook from the window, as the command line does.

A mistaken file: every problem with file, sheet, row and column (app.excel.framework_check, the
lines `framework import --dry-run` prints), nothing written. A good file: what the import adds,
changes and removes, the warnings worth a look, and — for a framework in use by forms or people —
the legal basis (document number and date) before Nhập. An unchanged file writes nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.excel.framework_check import FrameworkFileCheck
from app.ui import i18n, style
from app.ui.context import AppContext
from app.ui.plain import plain_message

XLSX = "Excel (*.xlsx)"
MARKS = {"add": "+", "remove": "−", "change": "~"}


class FrameworkImportDialog(QDialog):
    """The preview of a framework import, or the problems that stop it."""

    def __init__(self, check: FrameworkFileCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check
        self.needs_basis = check.needs_basis
        self.setWindowTitle(self.tr("Nhập khung năng lực"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(style.NOTICE_BANNER)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.basis_box = QGroupBox()
        self.basis_box.setStyleSheet(style.BASIS_BOX)
        self.basis_intro = QLabel()
        self.basis_intro.setWordWrap(True)
        self.basis_intro.setStyleSheet("font-weight:normal")
        self.basis_number = QLineEdit()
        self.basis_date = QDateEdit(QDate.currentDate())
        self.basis_date.setDisplayFormat("dd/MM/yyyy")
        self.basis_date.setCalendarPopup(True)
        self.basis_date.setMinimumWidth(140)
        self.basis_error = QLabel()
        self.basis_error.setWordWrap(True)
        self.basis_error.setStyleSheet(style.ERROR_TEXT)
        self.basis_error.hide()
        form = QFormLayout(self.basis_box)
        form.addRow(self.basis_intro)
        self.number_label, self.date_label = QLabel(), QLabel()
        for label in (self.number_label, self.date_label):
            label.setStyleSheet("font-weight:normal")
        form.addRow(self.number_label, self.basis_number)
        form.addRow(self.date_label, self.basis_date)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.basis_number.setMinimumWidth(460)
        form.addRow(self.basis_error)
        self.basis_box.setVisible(self.needs_basis)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = i18n.buttons("Cancel")
        self.import_button = None
        self.copy_button = None
        if check.ok and not check.diff.empty:
            self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setDefault(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        elif not check.ok:
            self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.copy_button.clicked.connect(self.copy_lines)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN * 2, style.MARGIN * 2, style.MARGIN * 2, style.MARGIN * 2)
        layout.setSpacing(style.SPACING + 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.basis_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate_ui()
        self.resize(940, 600)
        if self.needs_basis:
            self.basis_number.setFocus()

    def _fill(self) -> None:
        check = self.check
        if not check.ok:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for problem in check.problems:
                self.lines.addItem(QListWidgetItem(icon, str(problem)))
            self.counts.hide()
            self.warnings.hide()
            self.note.hide()
            return
        colours = {"add": style.CHANGE_ADDED, "remove": style.CHANGE_REMOVED, "change": style.CHANGE_CHANGED}
        for change in check.diff.changes:
            item = QListWidgetItem(f"{MARKS.get(change.kind, '·')}  {change.line()}")
            item.setForeground(colours.get(change.kind, style.CHANGE_CHANGED))
            self.lines.addItem(item)
        self.warnings.setVisible(bool(check.diff.warnings))
        self.lines.setVisible(not check.diff.empty)
        self.counts.setVisible(not check.diff.empty)

    def retranslate_ui(self) -> None:
        check = self.check
        name = check.path.replace("\\", "/").rsplit("/", 1)[-1]
        if not check.ok:
            self.heading.setText("<b>" + self.tr("Tệp {0} có {1} lỗi; chưa nhập gì.").format(
                _e(name), len(check.problems)) + "</b><br>" + self.tr(
                "Hãy sửa các ô dưới đây (trang, dòng, cột) rồi nhập lại."))
            self.copy_button.setText(self.tr("Chép danh sách lỗi"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
            return
        data, diff = check.data, check.diff
        what = self.tr("Khung mới") if diff.is_new else self.tr("Sửa đổi khung")
        self.heading.setText(
            f"<b>{_e(what)} {_e(data['code'])} — {_e(data.get('title') or '')}</b><br>"
            + self.tr("Tệp {0}: {1} năng lực, {2} vị trí việc làm.").format(
                _e(name), len(data["competencies"]), len(data["positions"])))
        kinds = [c.kind for c in diff.changes]
        self.counts.setText(
            f"<span style='color:{style.CHANGE_ADDED.name()}'><b>+ {kinds.count('add')}</b> {self.tr('thêm')}</span>"
            f" &nbsp; <span style='color:{style.CHANGE_CHANGED.name()}'><b>~ {kinds.count('change')}</b> "
            f"{self.tr('sửa')}</span> &nbsp; <span style='color:{style.CHANGE_REMOVED.name()}'>"
            f"<b>− {kinds.count('remove')}</b> {self.tr('bỏ')}</span>")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setText("\n".join(diff.warnings))
        self.basis_box.setTitle(self.tr("Căn cứ sửa đổi"))
        uses = [self.tr("{0} phiếu đánh giá").format(check.forms)] if check.forms else []
        if check.people:
            uses.append(self.tr("{0} công chức giữ vị trí").format(check.people))
        self.basis_intro.setText(self.tr(
            "Khung đang được dùng ({0}). Sửa đổi cần ghi căn cứ: số, ký hiệu và ngày ban hành văn bản. Căn cứ được "
            "ghi vào nhật ký thay đổi cùng từng thay đổi.").format(", ".join(uses)))
        self.number_label.setText(self.tr("Số, ký hiệu văn bản:"))
        self.date_label.setText(self.tr("Ngày ban hành:"))
        self.basis_number.setPlaceholderText(self.tr("ví dụ: Quyết định số 125/QĐ-UBND"))
        if diff.is_new:
            self.note.setText(self.tr("Khung mới được thêm; các khung đã có giữ nguyên."))
        else:
            self.note.setText(self.tr("Phiếu đánh giá đã lập giữ nguyên cấp độ yêu cầu lúc lập; công chức giữ "
                                      "nguyên vị trí; mọi thay đổi được ghi vào nhật ký thay đổi của cơ quan."))
        if self.import_button is not None:
            self.import_button.setText(self.tr("Nhập"))

    def basis(self) -> str:
        """The legal basis as recorded: 'Quyết định số 125/QĐ-UBND ngày 05/11/2026' ('' when none is needed)."""
        if not self.needs_basis:
            return ""
        return f"{self.basis_number.text().strip()} ngày {self.basis_date.date().toString('dd/MM/yyyy')}"

    def _accept(self) -> None:
        if self.import_button is None:
            return
        if self.needs_basis:
            from app.services.frameworks import valid_basis

            number = self.basis_number.text().strip()
            if not re.search(r"\d+\s*/", number) or not valid_basis(self.basis()):  # the date alone has a '/'
                self.basis_number.setStyleSheet(style.INVALID_FIELD)
                self.basis_error.setText(self.tr(
                    "Cần số, ký hiệu văn bản có số và dấu '/', ví dụ “Quyết định số 125/QĐ-UBND”."))
                self.basis_error.show()
                self.basis_number.setFocus()
                return
        self.accept()

    def copy_lines(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines.item(n).text() for n in range(self.lines.count())))

    @classmethod
    def ask(cls, parent: QWidget | None, check: FrameworkFileCheck) -> str | None:
        """The legal basis to import with ('' when none is needed), or None: nothing to import."""
        dialog = cls(check, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.basis()


def _e(text: object) -> str:
    from html import escape

    return escape(str(text))


def import_framework_file(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    """Check, preview, then save: True when the framework was added or revised."""
    from app.excel.framework_check import check_framework_file, located
    from app.framework_rules import FrameworkRejected
    from app.services.frameworks import save_framework

    title = parent.tr("Nhập khung năng lực")
    if path is None:
        from app.ui.excel_actions import open_xlsx_path

        path = open_xlsx_path(parent, title)
    if not path:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        check = check_framework_file(ctx.db, ctx.actor, path)
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Chưa nhập được"), plain_message(str(exc)))
        return False
    finally:
        QGuiApplication.restoreOverrideCursor()
    if check.ok and check.diff.empty:
        QMessageBox.information(parent, title, parent.tr(
            "Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.").format(check.data["code"]))
        return False
    basis = FrameworkImportDialog.ask(parent, check)
    if basis is None or not check.ok:
        return False
    try:
        outcome = save_framework(ctx.db, ctx.actor, check.data, basis)
    except FrameworkRejected as exc:  # the database changed since the check: the same lines as the check
        FrameworkImportDialog.ask(parent, FrameworkFileCheck(path, check.data, None, located(path, check.data, exc)))
        return False
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Chưa nhập được"), plain_message(str(exc)))
        return False
    return outcome != "unchanged"

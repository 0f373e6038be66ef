"""Thêm kỳ đánh giá: the period's name and its start and end dates (calendar pop-ups), checked by the service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import UserError
from app.services.periods import PeriodInfo, add_period
from app.ui import i18n, style
from app.ui.context import AppContext
from app.ui.date_edit import DateEdit


def suggested_period(today: dt.date) -> tuple[str, dt.date, dt.date]:
    """The usual next period: the calendar year (the one under way, or next year from October on)."""
    year = today.year + 1 if today.month >= 10 else today.year
    return i18n.translate("PeriodDialog", "Năm {0}").format(year), dt.date(year, 1, 1), dt.date(year, 12, 31)


class PeriodDialog(QDialog):
    """Name, Từ ngày, Đến ngày; Lưu adds the period (the service refuses a duplicate or reversed dates)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_info: PeriodInfo | None = None
        self.setWindowTitle(self.tr("Thêm kỳ đánh giá"))
        name, starts, ends = suggested_period(today or dt.date.today())
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ {0}").format(name))
        self.name.setText(name)
        self.name.selectAll()
        self.starts = DateEdit(starts, allow_empty=False)
        self.ends = DateEdit(ends, allow_empty=False)
        self.error = QLabel()
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes the name typed
        form = QFormLayout()
        form.addRow(self.tr("Tên kỳ đánh giá:"), self.name)
        form.addRow(self.tr("Từ ngày:"), self.starts)
        form.addRow(self.tr("Đến ngày:"), self.ends)
        buttons = i18n.buttons("Save", "Cancel")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _save(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Hãy nhập tên kỳ đánh giá (ví dụ Năm 2027)."))
            self.name.setFocus()
            return
        try:
            self.result_info = add_period(self.ctx.db, self.ctx.actor, self.name.text(), self.starts.date_value(),
                                          self.ends.date_value())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> PeriodInfo | None:
        """The period added, or None when cancelled."""
        dialog = cls(ctx, parent)
        return dialog.result_info if dialog.exec() == QDialog.DialogCode.Accepted else None

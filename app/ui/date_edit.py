"""A date field with a calendar pop-up that may be left empty (dd/mm/yyyy, as Vietnamese users write dates)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from app.ui.i18n import translate

EMPTY = QDate(1900, 1, 1)  # the minimum stands for "no date"; it shows as the special (empty) text


class DateEdit(QDateEdit):
    """QDateEdit with a calendar pop-up, dd/MM/yyyy; empty when allowed (Delete or Backspace empties it).

    date_value() is a datetime.date or None; the pop-up of an empty field opens on `suggest` (today by default).
    """

    def __init__(self, value: dt.date | None = None, allow_empty: bool = True, suggest: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.suggest = suggest or dt.date.today()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMaximumDate(QDate(2100, 12, 31))
        if allow_empty:
            self.setMinimumDate(EMPTY)
            self.setSpecialValueText(translate("DateEdit", "(chưa ghi)"))
        self.setToolTip(translate("DateEdit", "Ngày dạng dd/mm/yyyy; bấm mũi tên để chọn trên lịch; Delete để xóa.")
                        if allow_empty else translate("DateEdit", "Ngày dạng dd/mm/yyyy; bấm mũi tên để chọn trên lịch."))
        self.calendarWidget().installEventFilter(self)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(EMPTY if self.allow_empty else QDate(self.suggest.year, self.suggest.month, self.suggest.day))
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def date_value(self) -> dt.date | None:
        if self.allow_empty and self.date() == EMPTY:
            return None
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def date_text(self) -> str:
        """dd/mm/yyyy, or "" when empty (what the services read)."""
        value = self.date_value()
        return value.strftime("%d/%m/%Y") if value else ""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.allow_empty and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                self.lineEdit().selectedText() == self.lineEdit().text() or self.date() == EMPTY):
            self.setDate(EMPTY)
            return
        if self.allow_empty and self.date() == EMPTY and event.text().isdigit():
            self.set_date(self.suggest)  # typing into an empty field starts from a real date
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.date() == EMPTY:
            self.calendarWidget().setCurrentPage(self.suggest.year, self.suggest.month)
        return super().eventFilter(watched, event)

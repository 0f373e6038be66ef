"""What the assessment window says when a save does not go through.

A colleague's newer change (ConflictDialog: keep theirs or write mine), an undo or redo refused
over a newer change, and a save the database refused (busy, read-only, disk full, file gone).
Each has one small entry point returning a plain value, which tests monkeypatch.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict
from app.services.assessments import RatingView
from app.ui import i18n, style
from app.ui.i18n import translate


def shown_value(field: str, value: object) -> str:
    """A score or note as the user reads it; empty ones in words."""
    if field == "note":
        return str(value) if value else translate("SaveDialogs", "(để trống)")
    return str(value) if value is not None else translate("SaveDialogs", "(chưa chấm)")


def _when(at: object) -> str:
    if not isinstance(at, dt.datetime):
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone().strftime("%H:%M %d/%m/%Y")


def who_and_when(conflict: Conflict) -> str:
    """'Nguyễn Văn An (lúc 09:41 05/11/2026)', or 'một người khác' when the trail does not say."""
    who = conflict.changed_by or translate("SaveDialogs", "một người khác")
    when = _when(conflict.changed_at)
    return translate("SaveDialogs", "{0} (lúc {1})").format(who, when) if when else who


class ConflictDialog(QDialog):
    """A colleague changed the value this window showed: keep theirs, or write mine over it."""

    KEEP_THEIRS, WRITE_MINE = "theirs", "mine"

    def __init__(self, parent: QWidget | None, conflict: Conflict, rating: RatingView, mine: object):
        super().__init__(parent)
        field = conflict.field or "score"
        self.choice = self.KEEP_THEIRS
        if field == "note":
            self.setWindowTitle(self.tr("Ghi chú vừa được người khác sửa"))
            explanation = self.tr("Trong lúc bạn sửa, {0} đã sửa ghi chú của năng lực này. "
                                  "Thay đổi của bạn chưa được ghi.")
            keep, write = self.tr("Giữ ghi chú của đồng nghiệp"), self.tr("Ghi ghi chú của tôi")
        else:
            self.setWindowTitle(self.tr("Điểm vừa được người khác sửa"))
            explanation = self.tr("Trong lúc bạn sửa, {0} đã sửa điểm của năng lực này. "
                                  "Thay đổi của bạn chưa được ghi.")
            keep, write = self.tr("Giữ điểm của đồng nghiệp"), self.tr("Ghi điểm của tôi")
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        from html import escape

        self.heading = QLabel(f"<b>{escape(f'{rating.competency_code} — {rating.competency}')}</b>")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(explanation.format(who_and_when(conflict)))
        self.explanation.setWordWrap(True)

        self.theirs = QLabel(shown_value(field, conflict.current()))
        self.mine = QLabel(shown_value(field, mine))
        for label in (self.theirs, self.mine, self.explanation):  # notes and names: shown as typed
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(style.CONFLICT_SCORE if field == "score" else style.CONFLICT_NOTE)
        values = QGridLayout()
        values.setColumnStretch(1, 1)
        values.addWidget(QLabel(self.tr("Đang lưu (của đồng nghiệp):")), 0, 0)
        values.addWidget(self.theirs, 0, 1)
        values.addWidget(QLabel(self.tr("Bạn vừa nhập (chưa lưu):")), 1, 0)
        values.addWidget(self.mine, 1, 1)

        self.keep_button = QPushButton(keep)
        self.write_button = QPushButton(write)
        self.keep_button.setDefault(True)  # the safe answer, also for Enter: nothing of the colleague's is lost
        self.write_button.setAutoDefault(False)
        self.keep_button.setToolTip(self.tr("Bỏ thay đổi của bạn; ô hiện lại giá trị đang lưu."))
        self.write_button.setToolTip(self.tr("Ghi giá trị của bạn thay giá trị của đồng nghiệp (có ghi nhật ký)."))
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP_THEIRS))
        self.write_button.clicked.connect(lambda: self._choose(self.WRITE_MINE))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.keep_button)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addSpacing(style.SPACING)
        text.addLayout(values)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(style.SPACING)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.keep_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, conflict: Conflict, rating: RatingView, mine: object) -> str:
        """KEEP_THEIRS or WRITE_MINE; closing the dialog keeps the colleague's value."""
        dialog = cls(parent, conflict, rating, mine)
        dialog.exec()
        return dialog.choice


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, parent)
    box.button(QMessageBox.StandardButton.Close).setText(translate("Buttons", i18n.BUTTON_TEXTS["Close"]))
    if detail:
        box.setInformativeText(detail)
    box.exec()


class UndoRefusedMessage:
    """Undo (or redo) would overwrite a newer change by someone else: it is not done."""

    @classmethod
    def tell(cls, parent: QWidget | None, conflict: Conflict, rating: RatingView, redo: bool = False) -> None:
        field = conflict.field or "score"
        title = (translate("SaveDialogs", "Không làm lại được") if redo
                 else translate("SaveDialogs", "Không hoàn tác được"))
        if field == "note":
            text = translate("SaveDialogs", "Sau thay đổi của bạn, {0} đã sửa ghi chú năng lực {1} thành {2}.")
        else:
            text = translate("SaveDialogs", "Sau thay đổi của bạn, {0} đã sửa điểm năng lực {1} thành {2}.")
        text = text.format(who_and_when(conflict), rating.competency_code, shown_value(field, conflict.current()))
        detail = translate("SaveDialogs", "Giá trị mới hơn được giữ nguyên; nếu vẫn cần sửa, hãy nhập lại vào ô.")
        _tell(parent, QMessageBox.Icon.Information, title, text, detail)


class NotSavedMessage:
    """The database refused a save (busy, read-only, disk full, file gone…): say why, and what now."""

    @classmethod
    def tell(cls, parent: QWidget | None, reason: str) -> None:
        detail = translate("SaveDialogs", "Ô chưa lưu được đánh dấu trên bảng. Khi đã khắc phục, hãy nhập lại "
                                          "giá trị vào ô đó để lưu.")
        _tell(parent, QMessageBox.Icon.Warning, translate("SaveDialogs", "Chưa lưu được"), reason, detail)

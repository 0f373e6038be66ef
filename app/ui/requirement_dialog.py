"""HR changes a position's required level range, with a reason that goes into the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.errors import UserError
from app.services import catalog
from app.ui.context import AppContext
from app.ui.plain import plain_message


class RequirementDialog(QDialog):
    def __init__(self, ctx: AppContext, detail: catalog.PositionDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.setWindowTitle(self.tr("Sửa cấp độ yêu cầu"))
        self.setMinimumWidth(680)
        self.competency = QComboBox()
        for r in detail.requirements:
            self.competency.addItem(f"{r.code} — {r.competency} ({r.label}, {catalog.ORIGIN_LABELS[r.origin]})", r.code)
        self.minimum = QSpinBox(minimum=1, maximum=5)
        self.maximum = QSpinBox(minimum=1, maximum=5)
        levels = QHBoxLayout()
        levels.addWidget(QLabel(self.tr("từ")))
        levels.addWidget(self.minimum)
        levels.addWidget(QLabel(self.tr("đến")))
        levels.addWidget(self.maximum)
        levels.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("ví dụ: Quyết định số 12/QĐ-STP ngày 05/11/2026"))
        note = QLabel(self.tr("Phiếu đã tạo giữ nguyên cấp độ yêu cầu lúc tạo; thay đổi áp dụng cho phiếu mới "
                              "và được ghi vào nhật ký."))
        note.setWordWrap(True)
        self.buttons = i18n.buttons("Ok", "Cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        from html import escape

        title = QLabel(f"<b>{escape(f'{detail.summary.number}. {detail.summary.name} ({detail.summary.grade_label})')}</b>")
        title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Năng lực:"), self.competency)
        form.addRow(self.tr("Cấp độ yêu cầu:"), levels)
        form.addRow(self.tr("Lý do (bắt buộc):"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.competency.currentIndexChanged.connect(self._load_levels)
        self._load_levels()

    def _load_levels(self) -> None:
        r = self.detail.requirements[self.competency.currentIndex()] if self.detail.requirements else None
        if r is not None:
            self.minimum.setValue(r.min or 1)
            self.maximum.setValue(r.max or 5)

    def save(self) -> None:
        try:
            catalog.set_requirement(self.ctx.db, self.ctx.actor, self.detail.summary.key, self.competency.currentData(),
                                    self.minimum.value(), self.maximum.value(), self.reason.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), plain_message(str(exc)))
            return
        self.accept()

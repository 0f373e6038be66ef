"""Before a framework is saved: what the save adds, changes and removes, and the legal basis when
the framework is already in use (assessments made, people holding its positions)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.ui import i18n, style


class SavePreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, lines: list[str], needs_basis: bool):
        super().__init__(parent)
        self.needs_basis = needs_basis
        self.setWindowTitle(self.tr("Lưu khung năng lực"))
        self.resize(900, 560)
        from html import escape

        self.heading = QLabel(f"<b>{escape(lines[0])}</b>" if lines else "")
        self.heading.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.changes.setAlternatingRowColors(True)
        for line in lines[1:]:
            item = QListWidgetItem(line)
            if line.startswith("Bỏ "):
                item.setForeground(style.CHANGE_REMOVED)
            elif line.startswith("Thêm "):
                item.setForeground(style.CHANGE_ADDED)
            self.changes.addItem(item)
        self.basis_label = QLabel()
        self.basis_label.setWordWrap(True)
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("ví dụ: Quyết định số 125/QĐ-SGDĐT ngày 05/11/2026"))
        self.basis_label.setVisible(needs_basis)
        self.basis.setVisible(needs_basis)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = i18n.buttons("Save", "Cancel")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.basis)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.basis_label.setText(self.tr(
            "Khung đang được dùng (có phiếu đánh giá hoặc công chức giữ vị trí). Hãy ghi căn cứ sửa đổi: số và ngày "
            "văn bản. Căn cứ được ghi vào nhật ký cùng từng thay đổi."))
        self.note.setText(self.tr("Phiếu đánh giá đã lập giữ nguyên cấp độ yêu cầu lúc lập; mọi thay đổi được ghi "
                                  "vào nhật ký thay đổi của cơ quan."))
        if needs_basis:
            self.basis.setFocus()

    def _accept(self) -> None:
        if self.needs_basis and not self.basis.text().strip():
            self.basis.setStyleSheet(style.INVALID_FIELD)
            self.basis.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, lines: list[str], needs_basis: bool) -> str | None:
        """The legal basis typed ("" when none is needed), or None when the user does not save."""
        dialog = cls(parent, lines, needs_basis)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.basis.text().strip()

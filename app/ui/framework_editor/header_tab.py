"""Tab "Văn bản": the framework's header (code, title, issuer, number, date), its groups and specialties."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui import style
from app.ui.framework_editor import shape
from app.ui.framework_editor.document import FrameworkDocument
from app.ui.framework_editor.fields import DateField, LongTextField, TextField
from app.ui.framework_editor.tables import Col, ListEditor

GROUP_COLUMNS = [Col("code", "Mã nhóm", header="Mã nhóm", width=120), Col("name", "Tên nhóm", header="Tên nhóm")]
SPECIALTY_COLUMNS = [Col("code", "Mã", header="Mã", width=90), Col("name", "Tên chuyên ngành", header="Tên chuyên ngành")]
# header key -> the label the workbook's "Khung" sheet gives it (what the rules name as field)
HEADER_FIELDS = {"code": "Mã khung", "title": "Tên", "issuer": "Cơ quan ban hành", "number": "Số hiệu",
                 "issued_on": "Ngày ban hành", "source": "Nguồn"}


class HeaderTab(QWidget):
    def __init__(self, doc: FrameworkDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.fields = {
            "code": TextField(doc, lambda: ("code",)),
            "title": TextField(doc, lambda: ("title",)),
            "issuer": TextField(doc, lambda: ("issuer",)),
            "number": TextField(doc, lambda: ("number",)),
            "issued_on": DateField(doc, lambda: ("issued_on",)),
            "source": LongTextField(doc, lambda: ("source",)),
        }
        self.fields["source"].setMaximumHeight(64)
        self.fields["code"].setMaximumWidth(260)
        self.fields["number"].setMaximumWidth(260)
        self.labels = {key: QLabel() for key in self.fields}
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        code_row = QHBoxLayout()
        code_row.addWidget(self.fields["code"])
        code_row.addWidget(self.code_note, 1)
        form.addRow(self.labels["code"], code_row)
        for key in ("title", "issuer", "number", "issued_on", "source"):
            form.addRow(self.labels[key], self.fields[key])
        self.groups = ListEditor(doc, lambda: ("groups",), GROUP_COLUMNS, lambda: shape.new_group(doc.data),
                                 "Nhóm năng lực", stretch="name")
        self.specialties = ListEditor(doc, lambda: ("specialties",), SPECIALTY_COLUMNS,
                                      lambda: shape.new_specialty(doc.data), "Chuyên ngành (nếu có)", stretch="name")
        lists = QHBoxLayout()
        lists.setSpacing(style.MARGIN * 2)
        lists.addWidget(self.groups, 1)
        lists.addWidget(self.specialties, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        for field in self.fields.values():
            field.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        labels = {"code": self.tr("Mã khung:"), "title": self.tr("Tên văn bản:"), "issuer": self.tr("Cơ quan ban hành:"),
                  "number": self.tr("Số hiệu:"), "issued_on": self.tr("Ngày ban hành:"), "source": self.tr("Nguồn:")}
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.fields["code"].setPlaceholderText(self.tr("ví dụ: so-gd-2026"))
        self.fields["title"].setPlaceholderText(self.tr("ví dụ: Khung năng lực vị trí việc làm giáo viên"))
        self.fields["number"].setPlaceholderText(self.tr("ví dụ: 15/QĐ-SGDĐT"))
        self.fields["source"].setPlaceholderText(self.tr("Văn bản gốc, phụ lục, trang… (không bắt buộc)"))
        self.code_note.setText(self.tr("Mã ngắn, không dấu, dùng trong mã vị trí (mã khung:số)."))
        self.groups.retranslate_ui()
        self.specialties.retranslate_ui()

    def focus(self, key: str) -> None:
        if key in self.fields:
            self.fields[key].setFocus()

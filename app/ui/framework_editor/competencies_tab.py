"""Tab "Năng lực": the competencies in a table, and the five level descriptors of the chosen one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from app.ui import style
from app.ui.framework_editor import shape
from app.ui.framework_editor.document import FrameworkDocument
from app.ui.framework_editor.fields import ChoiceField, LongTextField
from app.ui.framework_editor.tables import Col, ListEditor
from app.ui.i18n import translate


class CompetenciesTab(QWidget):
    def __init__(self, doc: FrameworkDocument, grades: Callable[[], list[tuple[object, str]]], parent=None):
        super().__init__(parent)
        self.doc = doc

        def groups() -> list[tuple[object, str]]:
            return [(g["code"], f"{g['code']} — {g['name']}") for g in doc.data["groups"]]

        def grade_or_none() -> list[tuple[object, str]]:
            return [(None, translate("FrameworkEditor", "(mọi ngạch, hạng)")), *grades()]

        self.columns = [
            Col("code", "Mã", header="Mã", width=80),
            Col("group", "Nhóm", kind="choice", choices=groups, header="Mã nhóm", width=150),
            Col("name", "Tên năng lực", kind="long", header="Tên năng lực"),
            Col("grade", "Riêng cho ngạch, hạng", kind="choice", choices=grade_or_none, header="Ngạch", width=150),
        ]
        self.table = ListEditor(doc, lambda: ("competencies",), self.columns, self._new, "Năng lực", stretch="name")
        self.levels = [LongTextField(doc, self._level_path(i)) for i in range(shape.LEVELS)]
        self.level_labels = [QLabel() for _ in self.levels]
        self.origin = ChoiceField(doc, self._path("level_origin"),
                                  lambda: [(k, translate("FrameworkEditor", v)) for k, v in shape.LEVEL_ORIGINS.items()])
        self.origin_label = QLabel()
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, field in zip(self.level_labels, self.levels):
            field.setMinimumHeight(58)
            form.addRow(label, field)
        form.addRow(self.origin_label, self.origin)
        self.note = QLabel()
        self.note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.box, 1)
        right_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addWidget(splitter)
        self.table.current_changed.connect(lambda _row: self._show_current())
        doc.list_changed.connect(lambda path, _row: path == ("competencies",) and self._show_current())
        self.table.select_row(0)
        self._show_current()
        self.retranslate_ui()

    def _new(self) -> dict:
        row = self.table.current_row()
        group = self.doc.data["competencies"][row]["group"] if row >= 0 else None
        return shape.new_competency(self.doc.data, group)

    def _path(self, key: str):
        def path():
            row = self.table.current_row()
            return ("competencies", row, key) if 0 <= row < len(self.doc.data["competencies"]) else None
        return path

    def _level_path(self, i: int):
        def path():
            row = self.table.current_row()
            return ("competencies", row, "levels", i) if 0 <= row < len(self.doc.data["competencies"]) else None
        return path

    def _show_current(self) -> None:
        for field in (*self.levels, self.origin):
            field.refresh()
        row = self.table.current_row()
        comps = self.doc.data["competencies"]
        name = comps[row]["name"] if 0 <= row < len(comps) else ""
        self.box.setTitle(self.tr("Mô tả năm cấp độ: {0}").format(name) if name else self.tr("Mô tả năm cấp độ"))

    def retranslate_ui(self) -> None:
        for n, label in enumerate(self.level_labels, start=1):
            label.setText(self.tr("Cấp độ {0}:").format(n))
        self.origin_label.setText(self.tr("Nguồn mô tả:"))
        self.note.setText(self.tr("Năng lực mới nhận thang mô tả chung (chưa có mô tả chính thức); hãy sửa theo "
                                  "văn bản của cơ quan và chọn nguồn mô tả tương ứng."))
        self.table.retranslate_ui()
        self._show_current()

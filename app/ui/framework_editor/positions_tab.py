"""Tab "Vị trí việc làm": the positions in a list; the chosen one in sub-tabs (general, tasks,
relationships and authorities, qualifications and conditions, competency requirements)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.ui import style
from app.ui.framework_editor import shape
from app.ui.framework_editor.document import FrameworkDocument
from app.ui.framework_editor.fields import ChoiceField, LongTextField, NumberField, TextField
from app.ui.framework_editor.position_parts import QualificationsPanel, RelationsPanel, TasksPanel
from app.ui.framework_editor.tables import Col, ListEditor
from app.ui.i18n import translate

Grades = Callable[[], "list[tuple[object, str]]"]


class GeneralPanel(QWidget):
    """Number, name, specialty, grade, objective and warnings of the chosen position."""

    def __init__(self, doc: FrameworkDocument, path: Callable, grades: Grades, parent=None):
        super().__init__(parent)

        def specialties():
            return [(None, translate("FrameworkEditor", "(không có)")),
                    *((s["code"], f"{s['code']} — {s['name']}") for s in doc.data["specialties"])]

        self.fields = {
            "number": NumberField(doc, path("number")),
            "name": TextField(doc, path("name")),
            "specialty": ChoiceField(doc, path("specialty"), specialties),
            "grade": ChoiceField(doc, path("grade"), grades),
            "objective": LongTextField(doc, path("objective")),
            "warnings": LongTextField(doc, path("warnings"), as_lines=True),
        }
        self.fields["warnings"].setMaximumHeight(80)
        self.labels = {key: QLabel() for key in self.fields}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, field in self.fields.items():
            form.addRow(self.labels[key], field)

    def retranslate_ui(self) -> None:
        for key, text in {"number": self.tr("Số trong văn bản:"), "name": self.tr("Tên vị trí việc làm:"),
                          "specialty": self.tr("Chuyên ngành:"), "grade": self.tr("Ngạch, hạng:"),
                          "objective": self.tr("Mục tiêu vị trí:"),
                          "warnings": self.tr("Lưu ý (mỗi dòng một ý):")}.items():
            self.labels[key].setText(text)

    def refresh(self) -> None:
        for field in self.fields.values():
            field.refresh()


class PositionsTab(QWidget):
    def __init__(self, doc: FrameworkDocument, grades: Grades, parent=None):
        super().__init__(parent)
        self.doc, self.grades = doc, grades
        grade_column = Col("grade", "Ngạch, hạng", kind="choice", choices=grades, header="Ngạch", width=170)
        self.list = ListEditor(doc, lambda: ("positions",),
                               [Col("number", "Số", kind="int", header="Số", width=44),
                                Col("name", "Tên vị trí việc làm", kind="long", header="Tên vị trí việc làm"),
                                grade_column],
                               self._new_position, "Vị trí việc làm", stretch="name")
        self.general = GeneralPanel(doc, self._path, grades)
        self.tasks = TasksPanel(doc, self._position_path)
        self.relations = RelationsPanel(doc, self._position_path)
        self.qualifications = QualificationsPanel(doc, self._position_path, grades)

        def competencies():
            return [(c["code"], f"{c['code']} — {c['name']}") for c in doc.data["competencies"]]

        self.requirement_columns = [
            Col("competency", "Năng lực", kind="choice", choices=competencies, header="Mã năng lực", width=260),
            Col("min", "Tối thiểu", kind="choice", choices=shape.level_choices, header="Tối thiểu", width=70),
            Col("max", "Tối đa", kind="choice", choices=shape.level_choices, header="Tối đa", width=70),
            Col("text", "Yêu cầu bằng lời, cách đánh giá, minh chứng", kind="long", header="Yêu cầu bằng lời"),
            Col("origin", "Nguồn", kind="choice", choices=shape.origin_choices, header="Nguồn", width=130),
        ]
        self.requirements = ListEditor(doc, self._sub_path("requirements"), self.requirement_columns,
                                       self._new_requirement, "Năng lực yêu cầu", stretch="text")
        self.requirements_note = QLabel()
        self.requirements_note.setWordWrap(True)
        requirements = QWidget()
        req_layout = QVBoxLayout(requirements)
        req_layout.addWidget(self.requirements, 1)
        req_layout.addWidget(self.requirements_note)
        self.parts = QTabWidget()
        for widget in (self.general, self.tasks, self.relations, self.qualifications, requirements):
            self.parts.addTab(widget, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.parts)
        splitter.setSizes([400, 880])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addWidget(splitter)
        self.list.current_changed.connect(lambda _row: self.show_current())
        doc.list_changed.connect(lambda path, _row: path == ("positions",) and self.show_current())
        self.list.select_row(0)
        self.show_current()
        self.retranslate_ui()

    REQUIREMENTS = 4  # index of the requirements sub-tab

    def retranslate_ui(self) -> None:
        for n, text in enumerate((self.tr("Thông tin chung"), self.tr("Nhiệm vụ, tiêu chí"),
                                  self.tr("Quan hệ, quyền hạn"), self.tr("Trình độ, điều kiện"),
                                  self.tr("Yêu cầu năng lực"))):
            self.parts.setTabText(n, text)
        self.requirements_note.setText(self.tr(
            "Cấp độ từ 1 đến 5 (tối thiểu ≤ tối đa), hoặc để trống cấp độ và ghi yêu cầu bằng lời. Cột bên cạnh "
            "có thể ghi cách đánh giá hoặc minh chứng cần có."))
        self.general.retranslate_ui()
        for panel in (self.list, self.tasks, self.relations, self.qualifications, self.requirements):
            panel.retranslate_ui()

    # ----------------------------------------------------------------- paths of the chosen position
    def current(self) -> int:
        row = self.list.current_row()
        return row if 0 <= row < len(self.doc.data["positions"]) else -1

    def _position_path(self):
        row = self.current()
        return ("positions", row) if row >= 0 else None

    def _path(self, key: str):
        def path():
            base = self._position_path()
            return (*base, key) if base else None
        return path

    def _sub_path(self, key: str):
        return self._path(key)

    def _new_position(self) -> dict:
        grades = self.grades()
        row = self.current()
        grade = self.doc.data["positions"][row]["grade"] if row >= 0 else (grades[0][0] if grades else None)
        return shape.new_position(self.doc.data, grade)

    def _new_requirement(self) -> dict:
        return shape.new_requirement(self.doc.data, self.doc.data["positions"][self.current()])

    def show_current(self) -> None:
        self.general.refresh()
        self.tasks.refresh()
        self.relations.refresh()
        self.qualifications.refresh()
        self.requirements.refresh()
        self.parts.setEnabled(self.current() >= 0)

"""Sub-tabs of a position: tasks and criteria, relationships and authorities, qualifications and
the statutory conditions (years in the lower grade, documents led…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.framework_loader import RULE_FIELDS
from app.ui.framework_editor import shape
from app.ui.framework_editor.document import FrameworkDocument
from app.ui.framework_editor.fields import ChoiceField, NumberField, TextField
from app.ui.framework_editor.tables import Col, ListEditor, ListTableModel
from app.ui.i18n import translate

PositionPath = Callable[[], "tuple | None"]


def item_columns() -> list[Col]:
    return [Col("number", "Số", header="Số", width=44, empty=None),
            Col("marker", "Ký hiệu", header="Ký hiệu", width=60),
            Col("level", "Cấp", kind="int", header="Cấp", width=40),
            Col("text", "Nội dung", kind="long", header="Nội dung"),
            Col("scope", "Phạm vi", kind="list", header="Phạm vi", width=80)]


class TasksPanel(QWidget):
    """Task groups of the position; the tasks and the criteria of the chosen group."""

    def __init__(self, doc: FrameworkDocument, position: PositionPath, parent=None):
        super().__init__(parent)
        self.doc, self.position = doc, position

        def groups_path():
            base = position()
            return (*base, "task_groups") if base else None

        def in_group(key: str):
            def path():
                base, row = groups_path(), self.groups.current_row()
                if base is None or not 0 <= row < len(doc.get(base) or []):
                    return None
                return (*base, row, key)
            return path

        self.groups = ListEditor(doc, groups_path,
                                 [Col("number", "Mục", header="Mục", width=60, empty=None),
                                  Col("name", "Tên nhóm nhiệm vụ", header="Tên mục")],
                                 lambda: shape.new_task_group(doc.get(position())), "Nhóm nhiệm vụ", stretch="name")
        self.tasks = ListEditor(doc, in_group("tasks"), item_columns(), shape.new_task, "Nhiệm vụ", stretch="text")
        self.criteria = ListEditor(doc, in_group("criteria"), item_columns(), shape.new_task,
                                   "Tiêu chí đánh giá", stretch="text")
        splitter = QSplitter(Qt.Orientation.Vertical)
        for w in (self.groups, self.tasks, self.criteria):
            splitter.addWidget(w)
        splitter.setSizes([120, 200, 160])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.groups.current_changed.connect(lambda _row: self._group_changed())
        doc.list_changed.connect(lambda path, _row: path == groups_path() and self._group_changed())

    def _group_changed(self) -> None:
        self.tasks.refresh()
        self.criteria.refresh()

    def refresh(self) -> None:
        self.groups.refresh()
        self._group_changed()

    def retranslate_ui(self) -> None:
        for w in (self.groups, self.tasks, self.criteria):
            w.retranslate_ui()


class RelationsPanel(QWidget):
    """Working relationships (inside and outside the agency) and authorities."""

    def __init__(self, doc: FrameworkDocument, position: PositionPath, parent=None):
        super().__init__(parent)

        def sub(key: str):
            def path():
                base = position()
                return (*base, key) if base else None
            return path

        kinds = [(k, translate("FrameworkEditor", v)) for k, v in shape.RELATIONSHIP_KINDS.items()]
        self.relationships = ListEditor(
            doc, sub("relationships"),
            [Col("kind", "Loại", kind="choice", choices=lambda: kinds, header="Loại", width=120),
             Col("party", "Đối tượng", kind="long", header="Đối tượng", width=260),
             Col("nature", "Nội dung", kind="long", header="Nội dung")],
            lambda: {"kind": "internal", "party": "", "nature": ""}, "Quan hệ công việc", stretch="nature")
        self.authorities = ListEditor(
            doc, sub("authorities"),
            [Col("number", "Số", header="Số", width=60), Col("text", "Nội dung", kind="long", header="Nội dung")],
            lambda: {"number": "", "text": ""}, "Quyền hạn", stretch="text")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.relationships)
        splitter.addWidget(self.authorities)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self.relationships.refresh()
        self.authorities.refresh()

    def retranslate_ui(self) -> None:
        self.relationships.retranslate_ui()
        self.authorities.retranslate_ui()


class QualificationsModel(ListTableModel):
    """The position's qualifications {category: [texts]} shown one text a row; any edit rewrites the dict."""

    def items(self) -> list:
        path = self.list_path()
        found = (self.doc.get(path) or {}) if path is not None else {}
        return [{"category": category, "text": text} for category, texts in found.items() for text in texts]

    def write(self, rows: list[dict]) -> None:
        out: dict[str, list[str]] = {}
        for row in rows:
            out.setdefault(row["category"], []).append(row["text"])
        self.doc.set(self.list_path(), out)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.EditRole or self.list_path() is None or not index.isValid():
            return False
        rows = self.items()
        rows[index.row()][self.columns[index.column()].key] = value if value is not None else ""
        self.write(rows)
        return True


class QualificationsEditor(ListEditor):
    def add(self) -> None:
        if self.list_path() is None:
            return
        rows = self.model.items()
        category = rows[self.current_row()]["category"] if rows and self.current_row() >= 0 else "training"
        rows.append({"category": category, "text": ""})
        self.model.write(rows)
        self.select_row(next(n for n in range(len(rows) - 1, -1, -1) if self.model.items()[n]["text"] == ""), "text")
        self.view.setFocus()

    def remove(self) -> None:
        rows, row = self.model.items(), self.current_row()
        if self.list_path() is not None and 0 <= row < len(rows):
            del rows[row]
            self.model.write(rows)

    def _move(self, delta: int) -> None:
        rows, row = self.model.items(), self.current_row()
        if self.list_path() is not None and 0 <= row < len(rows) and 0 <= row + delta < len(rows):
            rows.insert(row + delta, rows.pop(row))
            self.model.write(rows)
            self.select_row(row + delta)


RULE_LABELS = {
    "min_education": "Trình độ đào tạo tối thiểu:",
    "political_theory": "Lý luận chính trị:",
    "state_management_grade": "Bồi dưỡng quản lý nhà nước theo ngạch, hạng:",
    "lower_grade": "Ngạch, hạng dưới liền kề:",
    "years_in_lower_grade": "Số năm giữ ngạch, hạng dưới:",
    "min_years_actually_in_lower_grade": "Trong đó thực giữ ngạch, hạng dưới ít nhất (năm):",
    "documents_led_min": "Số văn bản, đề án đã tham gia xây dựng ít nhất:",
    "documents_led_role": "Vai trò (chủ trì, tham gia):",
}
NUMERIC_RULES = ("years_in_lower_grade", "min_years_actually_in_lower_grade", "documents_led_min")
GRADE_RULES = ("state_management_grade", "lower_grade")


class QualificationsPanel(QWidget):
    """Qualification texts by category, and the conditions the program checks for appointment."""

    def __init__(self, doc: FrameworkDocument, position: PositionPath, grades: Callable, parent=None):
        super().__init__(parent)

        def sub(*keys: str):
            def path():
                base = position()
                return (*base, *keys) if base else None
            return path

        self.table = QualificationsEditor(
            doc, sub("qualifications"),
            [Col("category", "Loại", kind="choice", choices=shape.qualification_choices, header="Loại", width=190),
             Col("text", "Nội dung", kind="long", header="Nội dung")],
            dict, "Yêu cầu về trình độ, năng lực", stretch="text", model_class=QualificationsModel)

        def grade_or_none():
            return [(None, ""), *grades()]

        self.rules: dict[str, QWidget] = {}
        for key in RULE_FIELDS:
            path = sub("qualification_rules", key)
            if key in NUMERIC_RULES:
                self.rules[key] = NumberField(doc, path)
            elif key in GRADE_RULES:
                self.rules[key] = ChoiceField(doc, path, grade_or_none)
            else:
                self.rules[key] = TextField(doc, path, empty=None)
        self.rule_labels = {key: QLabel() for key in RULE_FIELDS}
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        half = (len(RULE_FIELDS) + 1) // 2
        columns = QHBoxLayout()
        for keys in (RULE_FIELDS[:half], RULE_FIELDS[half:]):
            sub_form = QFormLayout()
            sub_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: fits 1366×768 at 125 %
            for key in keys:
                sub_form.addRow(self.rule_labels[key], self.rules[key])
            columns.addLayout(sub_form, 1)
        form.addRow(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.box)

    def refresh(self) -> None:
        self.table.refresh()
        for field in self.rules.values():
            field.refresh()

    def retranslate_ui(self) -> None:
        self.table.retranslate_ui()
        self.box.setTitle(self.tr("Điều kiện theo quy định (chương trình dùng để xét mức sẵn sàng)"))
        for key, label in self.rule_labels.items():
            label.setText(translate("FrameworkEditor", RULE_LABELS[key]))

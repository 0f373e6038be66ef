"""The employee dialog's tab "Trình độ, quá trình công tác": political theory, the agency's finding on the major,
and small tables for degrees, certificates, grade history and documents worked on (app.employee_record)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import employee_record as er
from app.errors import UserError
from app.vntext import format_date, parse_date

CONTEXT = "EmployeeRecord"  # the core's labels, translated at run time (tools/update_translations.py)


def label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def choices(labels: dict) -> list[tuple[str, object]]:
    return [(label(text), code) for code, text in labels.items()]


class ListTable(QWidget):
    """A small editable table: text cells, or a drop-down where the column has choices; Thêm / Xóa dòng."""

    def __init__(self, columns: list[tuple[str, str, list[tuple[str, object]] | None]], parent=None):
        super().__init__(parent)
        self.columns = columns  # (key, title, choices or None)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([title for _k, title, _c in columns])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, (_key, _title, options) in enumerate(columns):  # compact: text wide, drop-downs narrow
            self.table.setColumnWidth(column, 96 if options else 170)
        self.table.setMinimumWidth(200)
        self.add_button = QPushButton(self.tr("Thêm dòng"))
        self.remove_button = QPushButton(self.tr("Xóa dòng"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: dict) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, _title, options) in enumerate(self.columns):
            if options is None:
                self.table.setItem(row, column, QTableWidgetItem(str(values.get(key, "") or "")))
                continue
            combo = QComboBox()
            for text, code in options:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(values.get(key, options[0][1]))))
            self.table.setCellWidget(row, column, combo)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[dict]:
        out = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, (key, _title, options) in enumerate(self.columns):
                if options is None:
                    item = self.table.item(row, column)
                    values[key] = item.text().strip() if item else ""
                else:
                    values[key] = self.table.cellWidget(row, column).currentData()
            out.append(values)
        return out


def _date(text: str):
    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValueError(str(exc)) from None


class EmployeeRecordTab(QWidget):
    def __init__(self, grades: list[tuple[str, str]], employee=None, parent=None):
        super().__init__(parent)
        self.theory = QComboBox()
        for text, code in choices(er.THEORY_LEVELS):
            self.theory.addItem(text or self.tr("(chưa ghi)"), code)
        self.theory_kind = QComboBox()
        for text, code in choices(er.THEORY_KINDS):
            self.theory_kind.addItem(text or self.tr("(chưa ghi loại bằng)"), code)
        self.major_fits = QComboBox()
        for text, code in ((self.tr("Chưa xác định"), None), (self.tr("Có"), True), (self.tr("Không"), False)):
            self.major_fits.addItem(text, code)
        self.complete = QCheckBox(self.tr("Đã kê khai đủ quá trình giữ ngạch và văn bản, đề án (kể cả khi không có)"))
        yes_no = [("", None), (self.tr("Có"), True), (self.tr("Không"), False)]
        self.degrees = ListTable([("level", self.tr("Trình độ"), choices(er.DEGREE_LEVELS)),
                                  ("major", self.tr("Ngành, chuyên ngành"), None),
                                  ("institution", self.tr("Cơ sở đào tạo"), None), ("year", self.tr("Năm"), None)])
        self.certificates = ListTable([("kind", self.tr("Loại"), choices(er.CERTIFICATE_KINDS)),
                                       ("name", self.tr("Tên chứng chỉ"), None),
                                       ("level", self.tr("Ngạch, trình độ"), None),
                                       ("issued_on", self.tr("Ngày cấp"), None)])
        self.periods = ListTable([("grade", self.tr("Ngạch, hạng"), grades), ("starts_on", self.tr("Từ ngày"), None),
                                  ("ends_on", self.tr("Đến ngày"), None)])
        self.works = ListTable([("title", self.tr("Tên văn bản, đề án"), None),
                                ("role", self.tr("Vai trò"), choices(er.ROLES)),
                                ("kind", self.tr("Loại"), choices(er.WORK_KIND_LABELS)),
                                ("level", self.tr("Cấp"), [(t or self.tr("(chưa rõ)"), c) for t, c in choices(er.WORK_LEVELS)]),
                                ("adopted", self.tr("Đã ban hành"), yes_no),
                                ("agency_led", self.tr("Cơ quan chủ trì"), yes_no),
                                ("done_on", self.tr("Ngày ban hành"), None)])
        tips = {self.works: self.tr("Đã ban hành: đã được cấp có thẩm quyền ban hành hoặc nghiệm thu. Cơ quan chủ trì: "
                                    "cơ quan sử dụng công chức được giao chủ trì nghiên cứu, xây dựng."),
                self.certificates: self.tr("Ngạch, trình độ: ngạch của chứng chỉ quản lý nhà nước (CV, CVC, CVCC), "
                                           "bậc ngoại ngữ (B1, bậc 3…), trình độ tin học (cơ bản, nâng cao)."),
                self.periods: self.tr("Các ngạch, hạng đã giữ trước ngạch hiện tại (ngạch tương đương được tính "
                                      "theo thứ bậc trong danh mục ngạch, hạng).")}
        for table, tip in tips.items():
            table.table.setToolTip(tip)
        self.lists = QTabWidget()
        self.lists.addTab(self.degrees, self.tr("Bằng cấp"))
        self.lists.addTab(self.certificates, self.tr("Chứng chỉ"))
        self.lists.addTab(self.periods, self.tr("Quá trình giữ ngạch"))
        self.lists.addTab(self.works, self.tr("Văn bản đã chủ trì, tham gia"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the dialog stays narrow (≤ 720 px)
        theory = QHBoxLayout()
        theory.addWidget(self.theory)
        theory.addWidget(self.theory_kind, 1)
        form.addRow(self.tr("Lý luận chính trị:"), theory)
        form.addRow(self.tr("Ngành đào tạo phù hợp lĩnh vực công tác (cơ quan xác định):"), self.major_fits)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.complete)
        if employee is not None:
            self._show(employee)

    def _show(self, e) -> None:
        self.theory.setCurrentIndex(max(0, self.theory.findData(e.political_theory)))
        self.theory_kind.setCurrentIndex(max(0, self.theory_kind.findData(e.political_theory_kind)))
        self.major_fits.setCurrentIndex({None: 0, True: 1, False: 2}[e.major_fits_field])
        self.complete.setChecked(e.history_complete)
        for d in e.degrees:
            self.degrees.add_row({"level": d.level, "major": d.major, "institution": d.institution,
                                  "year": d.year or ""})
        for c in e.certificate_list:
            self.certificates.add_row({"kind": c.kind, "name": c.name, "level": c.level,
                                       "issued_on": format_date(c.issued_on)})
        for p in e.grade_periods:
            self.periods.add_row({"grade": p.grade, "starts_on": format_date(p.starts_on),
                                  "ends_on": format_date(p.ends_on)})
        for w in e.works:
            self.works.add_row({"title": w.title, "role": w.role, "kind": w.kind, "level": w.level,
                                "adopted": w.adopted, "agency_led": w.agency_led, "done_on": format_date(w.done_on)})

    def values(self) -> dict:
        """EmployeeInput fields; UserError naming the list and row of a value that cannot be read."""
        out = {"political_theory": self.theory.currentData(), "political_theory_kind": self.theory_kind.currentData(),
               "major_fits_field": er.YES_NO[self.major_fits.currentData()], "history_complete": self.complete.isChecked()}
        readers = {
            "degrees": (self.degrees, self.tr("Bằng cấp"),
                        lambda v: er.Degree(v["level"], er.limited(v["major"], "ngành"),
                                            er.limited(v["institution"], "cơ sở đào tạo"), er.year(v["year"]))),
            "certificate_list": (self.certificates, self.tr("Chứng chỉ"),
                                 lambda v: er.CertificateItem(v["kind"], er.limited(v["name"], "tên"),
                                                              er.limited(v["level"], "trình độ", er.LEVEL_MAX),
                                                              _date(v["issued_on"]))),
            "grade_periods": (self.periods, self.tr("Quá trình giữ ngạch"), self._period),
            "works": (self.works, self.tr("Văn bản, đề án"),
                      lambda v: er.WorkItem(v["role"], v["kind"], v["level"], v["adopted"], v["agency_led"],
                                            _date(v["done_on"]), v["title"])),
        }
        for name, (table, title, read) in readers.items():
            items = []
            for n, row in enumerate(table.rows(), start=1):
                try:
                    items.append(read(row))
                except ValueError as exc:
                    self.lists.setCurrentWidget(table)
                    raise UserError(self.tr("{0}, dòng {1}: {2}.").format(title, n, exc)) from None
            out[name] = items
        return out

    def _period(self, v: dict) -> er.GradePeriod:
        starts = _date(v["starts_on"])
        if starts is None:
            raise ValueError(self.tr("thiếu ngày bắt đầu (dd/mm/yyyy)"))
        return er.GradePeriod(v["grade"], starts, _date(v["ends_on"]))

"""The audit trail in the window: one assessment's changes, or (HR) the agency's; read-only, exportable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.audit import ENTITY_LABELS, AuditRow
from app.errors import UserError
from app.excel.audit_io import local_time
from app.ui.context import AppContext
from app.ui.table_models import SEARCH_ROLE, SearchFilterProxy
from app.ui.plain import plain_message


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Nội dung", "Giá trị cũ", "Giá trị mới",
               "Lý do")

    def __init__(self, rows: list[AuditRow], parent=None):
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return len(self.COLUMNS)

    def cells(self, r: AuditRow) -> tuple[str, ...]:
        from app.ui.i18n import audit_cells

        return (local_time(r.at), *audit_cells(r))  # the trail's labels in the window's language

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(r)[index.column()]
        if role == SEARCH_ROLE:
            return " ".join(self.cells(r))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            from app.ui.i18n import translate

            return translate("AuditTableModel", self.COLUMNS[section])
        return None


class AuditDialog(QDialog):
    """A read-only table of trail rows with a search box; "Xuất Excel…" writes what is listed."""

    def __init__(self, ctx: AppContext, title: str, subtitle: str, rows: list[AuditRow], agency: str, unit: str,
                 entity_filter: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.title, self.subtitle, self.agency, self.unit = ctx, title, subtitle, agency, unit
        self.setWindowTitle(title)
        self.resize(1100, 560)
        self.model = AuditTableModel(rows, self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # the time and the action as wide as their text, the change itself takes what is left
        for column, width in enumerate((0, 130, 0, 200, 0, 90, 90, 110)):
            if width:
                header.resizeSection(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(3, not entity_filter)  # one form's trail: every row is about that form

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm trong nhật ký (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Mọi loại đối tượng"), None)
        for code, label in ENTITY_LABELS.items():
            self.entity.addItem(i18n.translate("Audit", label), code)
        self.entity.setVisible(entity_filter)
        self.entity.currentIndexChanged.connect(self._reload_entity)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.entity)
        self.count = QLabel()
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.clicked.connect(self.export)
        buttons = i18n.buttons("Close")
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        read_only = self.tr("Nhật ký chỉ để xem: không ai sửa hay xóa được.")
        from html import escape

        note = QLabel(f"<b>{escape(subtitle)}</b><br><small>{escape(read_only)}</small>")  # names: data
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.proxy.layoutChanged.connect(self._count)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self._count()

    def _count(self, *_args) -> None:
        self.count.setText(self.tr("{0} thay đổi").format(self.proxy.rowCount()))

    def _reload_entity(self) -> None:
        from app import audit

        rows = list(reversed(audit.search_trail(self.ctx.db, self.ctx.actor, self.entity.currentData())))
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()

    def listed(self) -> list[AuditRow]:
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(n, 0)).row()]
                for n in range(self.proxy.rowCount())]

    def export(self) -> str | None:
        from app.excel.audit_io import write_audit
        from app.ui.excel_actions import save_xlsx_path, write_export
        from app.vntext import file_name

        path = save_xlsx_path(self, self.tr("Xuất nhật ký thay đổi"), file_name("Nhật ký thay đổi", ext="xlsx"))
        rows = self.listed()
        if path and write_export(self, path, lambda tmp: write_audit(rows, tmp, self.agency, self.unit, self.title,
                                                                    self.subtitle)):
            self.count.setText(self.tr("Đã xuất {0}").format(path))
            return path
        return None


def assessment_trail_dialog(parent: QWidget, ctx: AppContext, view) -> AuditDialog | None:
    """The dialog for one assessment (None, after a message, when it cannot be read)."""
    from app import audit
    from app.services import staff
    from app.services.assessments import KIND_LABELS

    try:
        rows = audit.assessment_trail(ctx.db, ctx.actor, view.id)
        agency = staff.agency_name(ctx.db, ctx.actor, view.employee_code)
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Không xem được"), plain_message(str(exc)))
        return None
    kind = i18n.translate("Audit", KIND_LABELS[view.kind])
    subtitle = (f"{view.employee_name} ({view.employee_code}) · {kind} · {view.position_name}"
                f" · {view.period}")
    return AuditDialog(ctx, parent.tr("Lịch sử thay đổi của phiếu"), subtitle, rows, agency, view.unit_name,
                       parent=parent)


def agency_trail_dialog(parent: QWidget, ctx: AppContext) -> AuditDialog | None:
    """The whole agency's trail, oldest first (HR only)."""
    from app import audit
    from app.services import staff

    try:
        rows = list(reversed(audit.search_trail(ctx.db, ctx.actor)))
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Không xem được"), plain_message(str(exc)))
        return None
    agency = staff.agency_of(staff.list_units(ctx.db, ctx.actor))
    return AuditDialog(ctx, parent.tr("Nhật ký thay đổi"), parent.tr("Toàn bộ thay đổi trong cơ sở dữ liệu"), rows,
                       agency, agency, entity_filter=True, parent=parent)

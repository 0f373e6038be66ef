"""Vị trí việc làm: framework → specialty → position, and the whole position beside it."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.forms import framework_html, position_html
from app.services import catalog
from app.ui import style
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.table_models import KEY_ROLE, SEARCH_ROLE, refilter
from app.vntext import matches

FRAMEWORK_ROLE = Qt.ItemDataRole.UserRole + 10  # a framework's code on its branch of the tree


class TreeSearchProxy(QSortFilterProxyModel):
    """Keeps positions matching the query (ignoring diacritics) and the branches above them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_query", text))

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt API
        index = self.sourceModel().index(row, 0, parent)
        return matches(self._query, index.data(SEARCH_ROLE) or index.data())


class PositionsPage(QWidget):
    def __init__(self, context: AppContext | None = None, parent=None):
        super().__init__(parent)
        self.ctx = context
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = TreeSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.detail = QTextBrowser()
        self.edit_button = QPushButton()
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_requirement)
        self.print_button = QPushButton()
        self.print_button.setEnabled(False)
        self.print_menu = QMenu(self)
        self.print_action = self.print_menu.addAction("", self.print_position)
        self.preview_action = self.print_menu.addAction("", self.preview_position)
        self.pdf_action = self.print_menu.addAction("", self.export_position_pdf)
        self.print_button.setMenu(self.print_menu)
        self.current_key: str | None = None
        self.documents: dict[str, str] = {}  # framework code -> its document, as printed
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.edit_button)
        right_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([420, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addWidget(self.splitter)
        self.search.textChanged.connect(self._on_search)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm vị trí việc làm (gõ không dấu cũng được)…"))
        self.edit_button.setText(self.tr("Sửa cấp độ yêu cầu…"))
        self.print_button.setText(self.tr("In bản mô tả vị trí…"))
        self.print_action.setText(self.tr("In…"))
        self.preview_action.setText(self.tr("Xem trước khi in…"))
        self.pdf_action.setText(self.tr("Xuất PDF…"))

    def set_context(self, context: AppContext) -> None:
        """Remember the context; the tree is filled when the page is first shown."""
        self.ctx = context
        from app.permissions import Action, allowed

        self.edit_button.setVisible(allowed(context.actor, Action.EDIT_FRAMEWORK))
        self.model.clear()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.ctx is not None and self.model.rowCount() == 0:
            self.refresh()

    def refresh(self) -> None:
        self.model.clear()
        frameworks = catalog.list_frameworks(self.ctx.db, self.ctx.actor)
        positions = catalog.list_positions(self.ctx.db, self.ctx.actor)
        self.documents = {f.code: f"{f.title} (số {f.number})" if f.number else f.title for f in frameworks}
        for f in frameworks:
            fw_item = QStandardItem(f"{f.number} — {f.title}")
            fw_item.setEditable(False)
            fw_item.setToolTip(f.title)
            fw_item.setData(f.code, FRAMEWORK_ROLE)
            self.model.appendRow(fw_item)
            specialties: dict[str, QStandardItem] = {}
            for p in (p for p in positions if p.framework == f.code):
                parent = fw_item
                if p.specialty:
                    if p.specialty not in specialties:
                        item = QStandardItem(f"{p.specialty}. {p.specialty_name}")
                        item.setEditable(False)
                        fw_item.appendRow(item)
                        specialties[p.specialty] = item
                    parent = specialties[p.specialty]
                item = QStandardItem(f"{p.number}. {p.name} ({p.grade_label})")
                item.setEditable(False)
                item.setToolTip(p.name)
                item.setData(p.key, KEY_ROLE)
                item.setData(f"{p.name} {p.key} {p.grade} {p.grade_name}", SEARCH_ROLE)
                parent.appendRow(item)
        self.tree.expandToDepth(0)

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        if text:
            self.tree.expandAll()

    def _on_current(self, current, _previous) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key:
            self.show_position(key)
        elif current.isValid() and current.data(FRAMEWORK_ROLE):
            self.show_framework(current.data(FRAMEWORK_ROLE))

    def show_framework(self, code: str) -> None:
        """The framework's document, notes, competencies and their level descriptors."""
        self.current_key = None
        self.edit_button.setEnabled(False)
        self.print_button.setEnabled(False)
        data = catalog.framework_data(self.ctx.db, self.ctx.actor, code)
        self.detail.setHtml(framework_html(data, tr=lambda s: translate("Position", s)))

    def show_position(self, key: str) -> None:
        detail = catalog.get_position(self.ctx.db, self.ctx.actor, key)
        self.current_key = key
        self.edit_button.setEnabled(bool(detail.requirements))
        self.print_button.setEnabled(True)
        self.detail.setHtml(position_html(detail, tr=lambda s: translate("Position", s)))

    def _print_inputs(self):
        """(position, agency, document) of the position shown, as printed."""
        from app.services import staff

        detail = catalog.get_position(self.ctx.db, self.ctx.actor, self.current_key)
        agency = staff.agency_of(staff.list_units(self.ctx.db, self.ctx.actor))
        return detail, agency, self.documents.get(detail.summary.framework, "")

    def print_position(self) -> None:
        if self.current_key:
            from app.ui.printing import print_position_dialog

            print_position_dialog(self, *self._print_inputs())

    def preview_position(self) -> None:
        if self.current_key:
            from app.ui.printing import preview_position_dialog

            preview_position_dialog(self, *self._print_inputs())

    def export_position_pdf(self) -> str | None:
        """The position description as an A4 PDF; the path written, or None."""
        if not self.current_key:
            return None
        detail, agency, document = self._print_inputs()
        from app.ui import file_dialogs
        from app.vntext import file_name

        suggested = file_name("Mô tả vị trí", code=detail.summary.key, ext="pdf")
        path = file_dialogs.save_path(self, file_dialogs.PDF, self.tr("Xuất PDF bản mô tả vị trí"), suggested,
                                      file_dialogs.PDF_FILES, ".pdf")
        if not path:
            return None
        from app.ui.excel_actions import write_export
        from app.ui.printing import write_position_pdf

        return write_export(self, path, lambda tmp: write_position_pdf(detail, agency, tmp, document))

    def edit_requirement(self) -> None:
        if not self.current_key:
            return
        from app.ui.requirement_dialog import RequirementDialog

        detail = catalog.get_position(self.ctx.db, self.ctx.actor, self.current_key)
        if RequirementDialog(self.ctx, detail, self).exec():
            self.show_position(self.current_key)

    def select(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            found = self._find(self.proxy.index(row, 0), key)
            if found is not None:
                self.tree.setCurrentIndex(found)
                return True
        return False

    def _find(self, index, key):
        if index.data(KEY_ROLE) == key:
            return index
        for row in range(self.proxy.rowCount(index)):
            found = self._find(self.proxy.index(row, 0, index), key)
            if found is not None:
                return found
        return None

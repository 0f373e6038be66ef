"""Excel from the window: staff template, import with preview and cancel, exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ui import file_dialogs, i18n
from app.ui.context import AppContext
from app.ui.file_dialogs import XLSX
from app.ui.plain import plain_message
from app.vntext import file_name


class ImportPreviewDialog(QDialog):
    """What an import will change, or every problem that stops it."""

    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập danh sách công chức"))
        summary = QLabel()
        details = QPlainTextEdit()
        details.setReadOnly(True)
        buttons = i18n.buttons("Cancel")
        if plan.ok:
            summary.setText(self.tr("Thêm mới {0}, cập nhật {1}, không đổi {2} công chức.").format(
                len(plan.new), len(plan.updated), len(plan.unchanged)))
            lines = [self.tr("Thêm mới: {0}").format(", ".join(plan.new) or "–"),
                     self.tr("Cập nhật: {0}").format(", ".join(plan.updated) or "–")]
            details.setPlainText("\n".join(lines))
            self.import_button = buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            summary.setText(self.tr("Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.").format(len(plan.problems)))
            details.setPlainText("\n".join(str(p) for p in plan.problems))
            self.import_button = None
        summary.setWordWrap(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    @classmethod
    def ask(cls, parent: QWidget, plan) -> bool:
        return cls(plan, parent).exec() == QDialog.DialogCode.Accepted


def save_xlsx_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """Where to write an Excel export: the folder last used for exports, the suggested name."""
    return file_dialogs.save_path(parent, file_dialogs.EXPORT, title, suggested, XLSX, ".xlsx")


def open_xlsx_path(parent: QWidget, title: str) -> str | None:
    """Which Excel file to import: from the folder last used for imports."""
    return file_dialogs.open_path(parent, file_dialogs.IMPORT, title, XLSX)


def write_file(parent: QWidget, path: str, write) -> str | None:
    """Write through a temporary file (app.outputs); the path once whole, else None after one message."""
    from app.outputs import write_output

    try:
        write_output(path, write)
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Chưa ghi được tệp"), plain_message(str(exc)))
        return None
    return path


def write_export(parent: QWidget, path: str, write) -> str | None:
    """write_file, then the confirmation that stays with Mở tệp / Mở thư mục."""
    return file_dialogs.exported(parent, write_file(parent, path, write))


def write_staff_file(parent: QWidget, ctx: AppContext, template: bool) -> str | None:
    from app.excel.staff_io import write_staff
    from app.services import catalog, staff
    from app.services.grades import grade_catalogue

    title = parent.tr("Tải tệp mẫu danh sách công chức") if template else parent.tr("Xuất danh sách công chức")
    path = save_xlsx_path(parent, title, file_name("Mẫu danh sách công chức" if template else "Danh sách công chức",
                                                   ext="xlsx"))
    if path:
        employees = [] if template else staff.list_employees(ctx.db, ctx.actor)
        units, positions = staff.list_units(ctx.db, ctx.actor), catalog.list_positions(ctx.db, ctx.actor)
        grades = grade_catalogue(ctx.db, ctx.actor)
        return write_export(parent, path, lambda tmp: write_staff(tmp, employees, units, positions, grades))
    return None


def import_staff_file(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    """Validate, preview, then write all rows in one transaction with a cancellable progress dialog."""
    from app.excel.staff_io import plan_staff_import
    from app.services import catalog, staff
    from app.services.grades import grade_catalogue
    from app.tasks import Cancelled, TaskState

    if path is None:
        path = open_xlsx_path(parent, parent.tr("Nhập danh sách công chức"))
    if not path:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        plan = plan_staff_import(path, lambda codes: staff.list_employees(ctx.db, ctx.actor, include_inactive=True,
                                                                         codes=codes),
                                 staff.list_units(ctx.db, ctx.actor), catalog.list_positions(ctx.db, ctx.actor),
                                 grade_catalogue(ctx.db, ctx.actor))
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not ImportPreviewDialog.ask(parent, plan) or not plan.ok:
        return False
    progress = QProgressDialog(parent.tr("Đang nhập…"), parent.tr("Hủy"), 0, len(plan.rows), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(600)

    def on_progress(done: int, total: int) -> None:
        progress.setValue(done)
        QApplication.processEvents()
        if progress.wasCanceled():
            state.cancel()

    state = TaskState(on_progress=on_progress)
    try:
        staff.import_employees(ctx.db, ctx.actor, plan.rows, state)
    except Cancelled:
        QMessageBox.information(parent, parent.tr("Đã hủy"), parent.tr("Đã hủy: cơ sở dữ liệu giữ nguyên như trước."))
        return False
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Chưa nhập được"), plain_message(str(exc)))
        return False
    finally:
        progress.close()
    return True


def export_gap_summary(parent: QWidget, ctx: AppContext, period: str, unit: str | None) -> str | None:
    from app.excel.gap_summary import export_gap_summary
    from app.services import staff
    from app.services.reporting import readiness_rows, report_scope

    path = save_xlsx_path(parent, parent.tr("Xuất Excel tổng hợp"), file_name("Tổng hợp", period, ext="xlsx"))
    if not path:
        return None
    units = staff.list_units(ctx.db, ctx.actor)
    agency = staff.agency_of(units, unit)
    scope = report_scope(ctx.db, ctx.actor, period, unit)  # each person once, by the form of their own position
    ready = readiness_rows(ctx.db, ctx.actor, period, unit)
    unit_name = next(u.name for u in units if u.code == unit) if unit else agency
    return write_export(parent, path, lambda tmp: export_gap_summary(ctx.db, scope, tmp, agency, unit_name,
                                                                     readiness=ready))


def export_person(parent: QWidget, ctx: AppContext, view, other) -> str | None:
    from app.excel.person import write_person
    from app.services import staff

    path = save_xlsx_path(parent, parent.tr("Xuất Excel phiếu đánh giá"),
                          file_name("Phiếu đánh giá", code=view.employee_code, ext="xlsx"))
    if path:
        agency = staff.agency_name(ctx.db, ctx.actor, view.employee_code)
        from app.services.grades import grade_catalogue

        grades = grade_catalogue(ctx.db, ctx.actor)
        return write_export(parent, path, lambda tmp: write_person(view, other, agency, tmp, grades=grades))
    return None


class ProblemsDialog(QDialog):
    """A summary line and details (the problems, or what will change), with an optional go-ahead."""

    def __init__(self, title: str, summary: str, details: str, can_proceed: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(summary)
        label.setTextFormat(Qt.TextFormat.PlainText)  # file and people's names: shown as typed
        label.setWordWrap(True)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        buttons = i18n.buttons("Cancel")
        if can_proceed:
            buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    @classmethod
    def ask(cls, parent: QWidget, title: str, summary: str, details: str, can_proceed: bool) -> bool:
        return cls(title, summary, details, can_proceed, parent).exec() == QDialog.DialogCode.Accepted


def import_scores_file(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    from app.excel.scores_io import plan_scores_import
    from app.services.assessments import import_scores, scores_import_context

    if path is None:
        path = open_xlsx_path(parent, parent.tr("Nhập điểm từ phiếu giấy"))
    if not path:
        return False
    plan = plan_scores_import(path, scores_import_context(ctx.db, ctx.actor))
    title = parent.tr("Nhập điểm từ phiếu giấy")
    if not plan.ok:
        ProblemsDialog.ask(parent, title, parent.tr("Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.").format(
            len(plan.problems)), "\n".join(str(p) for p in plan.problems), False)
        return False
    forms = "\n".join(f"{e} · {p or '—'} · {period} · {kind}: {len(s)}" for (e, p, period, kind), s in plan.changes.items())
    if not ProblemsDialog.ask(parent, title, parent.tr("{0} điểm cho {1} phiếu đánh giá.").format(
            plan.rows, len(plan.changes)), forms, True):
        return False
    try:
        import_scores(ctx.db, ctx.actor, plan.changes)
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("Chưa nhập được"), plain_message(str(exc)))
        return False
    return True


def write_scores_template(parent: QWidget) -> str | None:
    from app.excel.scores_io import write_template

    path = save_xlsx_path(parent, parent.tr("Tải tệp mẫu nhập điểm"), file_name("Mẫu nhập điểm", ext="xlsx"))
    return write_export(parent, path, write_template) if path else None


def export_framework_file(parent: QWidget, ctx: AppContext, code: str) -> str | None:
    from app.excel.framework_io import write_framework
    from app.services.catalog import framework_data

    path = save_xlsx_path(parent, parent.tr("Xuất khung năng lực ra Excel"),
                          file_name("Khung năng lực", code=code, ext="xlsx"))
    if path:
        data = framework_data(ctx.db, ctx.actor, code)
        return write_export(parent, path, lambda tmp: write_framework(data, tmp))
    return None


def import_framework_file(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    """Every problem by sheet, row and column, or a preview (and the legal basis of a framework in use)."""
    from app.ui.framework_import import import_framework_file as run

    return run(parent, ctx, path)

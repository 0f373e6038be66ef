"""Đánh giá: pick who and against what, score by keyboard, see the radar and the gap report."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, PermissionDenied, StorageError, UserError
from app.forms import readiness_html, report_html
from app.services import assessments as svc
from app.services import catalog, staff
from app.services.assessments import KEEP, AssessmentView, RatingView
from app.services.workspace import read_workspace
from app.ui import i18n
from app.ui import style
from app.ui.assessment_actions import PageActions
from app.ui.assessment_panels import PanelSplitter
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.pickers import EmployeePicker, PositionPicker
from app.ui.radar_widget import RadarPanel
from app.ui.save_dialogs import ConflictDialog, NotSavedMessage, UndoRefusedMessage
from app.ui.rating_grid import RatingGrid
from app.ui.table_models import RatingTableModel
from app.ui.workflow_confirm import ConfirmStep
from app.vntext import nfc
from app.ui.plain import plain_message


class ScoreCommand(QUndoCommand):
    """One saved score or note change, pushed only once its save went through.

    Undo and redo are compare-and-set writes expecting the value this command left (undo) or
    found (redo); one refused, over a newer change or by the database, drops out of the stack,
    so what the stack offers always matches the database.
    """

    def __init__(self, page: AssessmentPage, code: str, field: str, old: object, new: object):
        if field == "note":
            text = translate("AssessmentPage", "Sửa ghi chú {0}").format(code)
        else:
            text = translate("AssessmentPage", "Chấm điểm {0}").format(code)
        super().__init__(text)
        self.page, self.code, self.field, self.old, self.new = page, code, field, old, new
        self._saved = True  # push() calls redo(): the save is already done

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        if not self.page.replay(self.code, self.field, self.new, expected=self.old, redo=True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.page.replay(self.code, self.field, self.old, expected=self.new, redo=False):
            self.setObsolete(True)


class AssessmentPage(PageActions, QWidget):
    saved = Signal(str)
    assessment_changed = Signal()

    def __init__(self, context: AppContext | None = None, parent=None):
        super().__init__(parent)
        self.ctx = context
        self.view: AssessmentView | None = None
        self.other: AssessmentView | None = None
        self.employee_code: str | None = None
        self.position_key: str | None = None
        self.descriptors: dict[str, list[str]] = {}
        self.readiness: list = []
        self.undo_stack = QUndoStack(self)
        self._radar_stale = False  # the chart was folded when the form last changed
        self._build()
        self.retranslate_ui()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        self.picker = EmployeePicker()
        self.position_picker = PositionPicker()
        self.period = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem("", "assessor")
        self.kind.addItem("", "self")
        self.target_note = QLabel()
        self.target_note.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setStyleSheet(style.LOCKED_BANNER)
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.model = RatingTableModel(self)
        self.grid = RatingGrid()
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        # the whole text of the current competency (the grid shows three lines of it), scrolled when long
        self.descriptor = QLabel()
        self.descriptor.setWordWrap(True)
        self.descriptor.setTextFormat(Qt.TextFormat.RichText)
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.descriptor_area = QScrollArea()
        self.descriptor_area.setWidget(self.descriptor)
        self.descriptor_area.setWidgetResizable(True)
        self.descriptor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.descriptor_area.setMinimumHeight(3 * self.fontMetrics().lineSpacing())

        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.reopen_button = QPushButton()
        self.history_button = QPushButton()
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.list_button = QToolButton()
        self.chart_button = QToolButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.save_status, 1)
        for b in (self.history_button, self.submit_button, self.approve_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addWidget(self.chart_button)

        self.form = QFormLayout()
        self.position_label = QLabel()
        self.period_label = QLabel()
        self.kind_label = QLabel()
        self.form.addRow(self.position_label, self.position_picker)
        row = QHBoxLayout()
        row.addWidget(self.period, 1)
        row.addWidget(self.kind_label)
        row.addWidget(self.kind, 1)
        self.form.addRow(self.period_label, row)

        self.detail = QSplitter(Qt.Orientation.Vertical)  # the grid over the descriptor panel
        self.detail.addWidget(self.grid)
        self.detail.addWidget(self.descriptor_area)
        self.detail.setCollapsible(0, False)
        self.detail.setStretchFactor(0, 1)
        self.detail.setStretchFactor(1, 0)
        self.detail.setSizes([400, 6 * self.fontMetrics().lineSpacing()])  # it scrolls: drag it taller

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(style.MARGIN, 0, style.MARGIN, 0)
        centre_layout.addLayout(self.form)
        centre_layout.addWidget(self.target_note)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.detail, 1)
        centre_layout.addLayout(buttons)
        self.centre = centre

        self.radar = RadarPanel()
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.radar)
        self.right.addWidget(self.report)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setSizes([540, 320])

        self.splitter = PanelSplitter(self)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right)
        self.splitter.setCollapsible(1, False)  # the side panels fold away; the form never does
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addWidget(self.splitter)
        self._make_actions()

        self.picker.employee_selected.connect(self.select_employee)
        self.picker.chosen.connect(lambda _code: self.grid.focus_current())
        self.position_picker.position_selected.connect(self.select_position)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.grid.score_key.connect(self._on_score_key)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_descriptor())
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)
        self.history_button.clicked.connect(self.show_history)
        self.splitter.panels_changed.connect(self._sync_actions)
        self.splitter.panels_changed.connect(lambda: self._draw_radar() if self._radar_stale and self.view else None)

    def retranslate_ui(self) -> None:
        self.position_label.setText(self.tr("Vị trí đánh giá:"))
        self.period_label.setText(self.tr("Kỳ đánh giá:"))
        self.kind_label.setText(self.tr("Loại:"))
        self.kind.setItemText(0, self.tr("Người đánh giá"))
        self.kind.setItemText(1, self.tr("Tự đánh giá"))
        self.submit_button.setText(self.tr("Gửi"))
        self.approve_button.setText(self.tr("Phê duyệt"))
        self.reopen_button.setText(self.tr("Mở lại…"))
        self.history_button.setText(self.tr("Lịch sử thay đổi…"))
        self.history_button.setToolTip(self.tr("Ai đã sửa gì, khi nào, giá trị cũ và mới, lý do (Ctrl+H)"))
        self._retranslate_actions()
        self.picker.retranslate_ui()
        self.position_picker.retranslate_ui()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)
        self._refresh()

    # ------------------------------------------------------------ data

    def set_context(self, context: AppContext) -> None:
        self.ctx = context
        if context.actor.employee_only:
            self.set_kind("self")  # an employee's own form is the self-assessment
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Reload employees, units, positions and periods (after staff or periods change)."""
        db, actor = self.ctx.db, self.ctx.actor
        from app.services.grades import grade_catalogue

        self.grades = grade_catalogue(db, actor)  # grades are shown by their full names
        from app.services.staff_list import employee_page  # what the list shows, not each record's lists

        self.picker.set_data(employee_page(db, actor, limit=None).rows, staff.list_units(db, actor))
        self.position_picker.set_positions(catalog.list_positions(db, actor))
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        periods = svc.list_periods(db, actor)
        for p in periods:
            label = p.name if p.status == "open" else f"{p.name} ({self.tr('đã đóng')})"
            self.period.addItem(label, p.name)
        newest_open = next((p.name for p in periods if p.status == "open"), None)
        chosen = current if current and self.period.findData(current) >= 0 else newest_open
        if chosen:
            self.period.setCurrentIndex(self.period.findData(chosen))
        self.period.blockSignals(False)

    def select_employee(self, code: str) -> None:
        if code == self.employee_code:
            return
        self.employee_code = code
        row = self.picker.model.row_of(code)  # the list's row holds the position: no need to read the record
        employee = self.picker.model.row_at(row) if row >= 0 else staff.get_employee(self.ctx.db, self.ctx.actor, code)
        self.position_key = employee.position
        self.position_picker.set_current(self.position_key)
        self.reload()

    def select_position(self, key: str) -> None:
        if key != self.position_key:
            self.position_key = key
            self.reload()

    def set_period(self, name: str) -> None:
        index = self.period.findData(name)
        if index >= 0:
            self.period.setCurrentIndex(index)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def reload(self) -> None:
        """Show the assessment for the chosen employee, position, period and kind."""
        self.undo_stack.clear()
        if not (self.ctx and self.employee_code and self.position_key and self.period.currentData()):
            self.view = self.other = None
            self.model.set_assessment(None)
            self._refresh()
            return
        try:
            # the form, its counterpart, the levels' texts and the readiness in one read (app.services.workspace)
            shown = read_workspace(self.ctx.db, self.ctx.actor, self.employee_code, self.position_key,
                                   self.period.currentData(), self.kind.currentData())
            self.view, self.other, self.descriptors, self.readiness = (shown.view, shown.other, shown.descriptors,
                                                                       shown.readiness)
        except PermissionDenied as exc:  # not a mistake to report in a dialog: say it where the form would be
            if self._show_own_self_assessment(exc):
                return
            self.view = self.other = None
            self.model.set_assessment(None)
            self._refresh()
            self.report.setHtml(f"<p>{escape(str(exc))}</p>")
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không mở được phiếu"), plain_message(str(exc)))
            return
        self.model.other_title = self.tr("Tự đánh giá") if self.view.kind == "assessor" else self.tr("Người đánh giá")
        self.model.set_assessment(self.view, self.other)
        self._span_group_rows()
        rows = self.model.rating_rows()
        if rows:
            self.grid.setCurrentIndex(self.model.index(rows[0], RatingTableModel.SCORE))
        self._say("")
        self._refresh(full=True)
        self.assessment_changed.emit()

    def _show_own_self_assessment(self, refusal: PermissionDenied) -> bool:
        """An employee asking for their own assessor's form before it is approved sees their self-assessment
        instead (the person is theirs to see: only that form is not, yet)."""
        from app.accounts import SessionEnded
        from app.permissions import OutOfScope

        if isinstance(refusal, (SessionEnded, OutOfScope)) or self.kind.currentData() != "assessor":
            return False
        self.kind.blockSignals(True)
        self.set_kind("self")
        self.kind.blockSignals(False)
        self.reload()
        self._say(self.tr("Phiếu của người đánh giá chỉ xem được khi đã phê duyệt: đang hiện phiếu tự đánh giá."))
        return True

    # ------------------------------------------------------------ scoring

    def _on_score_key(self, row: int, score: int | None) -> None:
        grid_row = self.model.row_at(row)
        if grid_row.rating is None:
            return
        if self.set_score(grid_row.rating.competency_code, score) and score is not None:
            self.grid.move_to_next(row)

    def _rating(self, code: str) -> RatingView:
        return next(r for r in self.view.ratings if r.competency_code == code)

    def _on_edit_requested(self, code: str, score, note) -> None:
        if not self.view or not self.view.editable:
            return
        if score is not KEEP:
            self.edit(code, "score", score)
        if note is not KEEP:
            self.edit(code, "note", nfc(str(note or "")).strip())

    def set_score(self, code: str, score: int | None) -> bool:
        """Score a competency as if typed: saved at once, undoable. False when locked or not saved."""
        if not self.view or not self.view.editable:
            self._explain_locked()
            return False
        return self.edit(code, "score", score)

    def edit(self, code: str, field: str, value: object) -> bool:
        """A typed score or note: saved at once, expecting the value on screen; True once saved.

        A colleague's newer value is shown in ConflictDialog (keep theirs, or write mine over it);
        a refused save marks the cell unsaved. Only a save that went through becomes an undo step.
        Typing the value already shown still checks it against the database.
        """
        seen = self._rating(code).score if field == "score" else self._rating(code).note
        expected = seen
        while True:
            try:
                self._store(code, field, value, expected)
            except Conflict as exc:
                if exc.field != field:  # no current value to show: say so, and show the form as stored
                    self._not_saved(code, field, value, exc)
                    return False
                if ConflictDialog.ask(self, exc, self._rating(code), value) != ConflictDialog.WRITE_MINE:
                    self.show_stored(code, field)
                    self._say(self.tr("Đã giữ giá trị của đồng nghiệp ở năng lực {0}.").format(code))
                    return False
                expected = exc.current()  # mine over theirs, unless it changed yet again
                continue
            except UserError as exc:
                self._not_saved(code, field, value, exc)
                return False
            if value != expected:
                self.undo_stack.push(ScoreCommand(self, code, field, expected, value))
            return True

    def replay(self, code: str, field: str, value: object, expected: object, redo: bool) -> bool:
        """Undo or redo one step as a compare-and-set write; refused over a newer change."""
        try:
            self._store(code, field, value, expected)
        except Conflict as exc:
            self.show_stored(code, field)
            if exc.field is not None:
                UndoRefusedMessage.tell(self, exc, self._rating(code), redo)
            else:
                NotSavedMessage.tell(self, str(exc))
            self._say(self.tr("Không hoàn tác: năng lực {0} đã được sửa sau thay đổi của bạn.").format(code)
                      if not redo else
                      self.tr("Không làm lại: năng lực {0} đã được sửa sau thay đổi của bạn.").format(code),
                      warn=True)
            return False
        except UserError as exc:
            self._not_saved(code, field, value, exc)
            return False
        return True

    def _store(self, code: str, field: str, value: object, expected: object) -> None:
        """One write of one field, compare-and-set; then the grid shows what the database holds."""
        v = self.view
        change = {code: (value, KEEP) if field == "score" else (KEEP, value)}
        seen = {code: (expected, KEEP) if field == "score" else (KEEP, expected)}
        if v.id:
            view = svc.set_ratings(self.ctx.db, self.ctx.actor, v.id, change, expected=seen)
        else:  # the first score creates the assessment, in the same transaction
            view = svc.rate(self.ctx.db, self.ctx.actor, v.employee_code, v.position_key, v.period, v.kind, change,
                            expected=seen)
        self.view = view
        self.model.clear_unsaved(code, field)
        self.model.update_assessment(view, self.other)
        self._say(self.tr("Đã lưu lúc {0}").format(dt.datetime.now().strftime("%H:%M:%S")))
        self._refresh()
        self.saved.emit(code)

    def _not_saved(self, code: str, field: str, value: object, exc: UserError) -> None:
        """The database did not take a value: keep it on screen, marked, and say why."""
        from app.accounts import SessionEnded

        if not isinstance(exc, (StorageError, SessionEnded)):  # e.g. the form was just submitted: as it now stands
            self.show_stored(code, field)
        self.model.mark_unsaved(code, field, value, str(exc))
        if field == "note":
            self._say(self.tr("Chưa lưu ghi chú {0}: {1}").format(code, exc), warn=True)
        else:
            self._say(self.tr("Chưa lưu điểm {0}: {1}").format(code, exc), warn=True)
        NotSavedMessage.tell(self, str(exc))

    def show_stored(self, code: str, field: str) -> None:
        """Read the form again and show it as stored (after a colleague's value was kept)."""
        v = self.view
        try:
            fresh = (svc.get_assessment(self.ctx.db, self.ctx.actor, v.id) if v.id else
                     svc.preview_assessment(self.ctx.db, self.ctx.actor, v.employee_code, v.position_key, v.period,
                                            v.kind))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không mở được phiếu"), plain_message(str(exc)))
            return
        self.view = fresh
        self.model.clear_unsaved(code, field)
        self.model.update_assessment(fresh, self.other)
        self._refresh()

    def _say(self, text: str, warn: bool = False) -> None:
        self.save_status.setStyleSheet(style.UNSAVED_STATUS if warn else "")
        self.save_status.setText(text)
        window = self.window()
        if warn and isinstance(window, QMainWindow):  # never leave an earlier "Đã lưu lúc …" showing there
            window.statusBar().showMessage(text.split("\n")[0], 8000)

    def _span_group_rows(self) -> None:
        self.grid.clearSpans()
        columns = len(RatingTableModel.COLUMNS)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).rating is None:
                self.grid.setSpan(row, 0, 1, columns)

    def _explain_locked(self) -> None:
        if self.view:
            self.banner.show()

    # ------------------------------------------------------------ workflow

    def _workflow(self, action, *args) -> None:
        try:
            action(self.ctx.db, self.ctx.actor, self.view.id, *args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), plain_message(str(exc)))
        self.reload()

    def submit(self) -> None:
        """Gửi: asks first, saying what the form holds; the form is then locked."""
        if self.view and self.view.id and self.submit_button.isEnabled() \
                and ConfirmStep.ask(self, ConfirmStep.SUBMIT, self.view):
            self._workflow(svc.submit)

    def approve(self) -> None:
        """Phê duyệt: asks first, saying what the form holds."""
        if self.view and self.view.id and self.approve_button.isEnabled() and not self.approve_button.isHidden() \
                and ConfirmStep.ask(self, ConfirmStep.APPROVE, self.view):
            self._workflow(svc.approve)

    def show_history(self) -> None:
        """The audit trail of the form on screen (read-only, exportable to Excel)."""
        if not (self.view and self.view.id):
            return
        from app.ui.audit_dialog import assessment_trail_dialog

        dialog = assessment_trail_dialog(self, self.ctx, self.view)
        if dialog is not None:
            dialog.exec()

    def reopen(self) -> None:
        if not (self.view and self.view.id and self.reopen_button.isEnabled()):
            return
        reason = ReasonDialog.ask(self)
        if reason:
            self._workflow(svc.reopen, reason)

    # ------------------------------------------------------------ display

    def _refresh(self, full: bool = False) -> None:
        view = self.view
        if view is None:
            self.report.setHtml(f"<p>{self.tr('Chọn một công chức để bắt đầu đánh giá.')}</p>")
            for b in (self.submit_button, self.approve_button, self.reopen_button, self.history_button):
                b.setEnabled(False)
            self.banner.hide()
            self.target_note.setText("")
            self._sync_actions()
            return
        self._draw_radar(with_window=full)
        self.report.setHtml(report_html(view, self.other, tr=lambda s: translate("Report", s))
                            + readiness_html(self.readiness, tr=lambda s: translate("Report", s)))
        locked = not view.editable
        self.banner.setVisible(locked)
        if locked:
            why = (self.tr("Kỳ đánh giá đã đóng: phiếu chỉ để xem.") if view.period_status != "open"
                   else self.tr("Phiếu {0}: không sửa được điểm. Dùng \"Mở lại…\" nếu cần sửa.").format(
                       translate("Status", svc.STATUS_LABELS[view.status]).lower()))
            self.banner.setText(why)
        self.submit_button.setEnabled(bool(view.id) and view.status == "draft" and view.period_status == "open")
        self.approve_button.setEnabled(view.kind == "assessor" and view.status == "submitted")
        self.reopen_button.setEnabled(view.status != "draft" and view.period_status == "open")
        self.history_button.setEnabled(bool(view.id))
        # an employee (no other role) submits their own self-assessment only: approving and reopening are
        # for heads and HR (the services refuse them anyway)
        assessor_rights = not (self.ctx and self.ctx.actor.employee_only)
        self.approve_button.setVisible(assessor_rights)
        self.reopen_button.setVisible(assessor_rights)
        readiness = view.current_position_key and view.current_position_key != view.position_key
        # a person with no form yet has no status: "Chưa có phiếu", never "Đang soạn"
        status = translate("Status", svc.STATUS_LABELS[view.status]) if view.id else self.tr("Chưa có phiếu")
        grades = getattr(self, "grades", None)
        grade = grades.name(view.position_grade) if grades is not None else view.position_grade
        # names are data: escaped, never read as markup (a name holding "<b>" shows "<b>")
        note = f"<b>{escape(view.employee_name)}</b> — {escape(view.position_name)} ({escape(str(grade))}) · {status}"
        if readiness:
            note += f"<br><i>{self.tr('Đánh giá mức sẵn sàng cho vị trí khác vị trí hiện tại.')}</i>"
        if any(r.origin == "grade_default" for r in view.ratings):
            note += f"<br><small>* {self.tr('Cấp độ yêu cầu mặc định theo ngạch: văn bản không quy định cấp độ.')}</small>"
        self.target_note.setText(note)
        self._show_descriptor()
        self._sync_actions()

    def _show_descriptor(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid() or self.model.row_at(index.row()).rating is None:
            self.descriptor.setText("")
            return
        rating = self.model.row_at(index.row()).rating
        levels = self.descriptors.get(rating.competency_code, [])
        lines = [f"<b>{escape(rating.competency)}</b> — {self.tr('yêu cầu')}: {escape(rating.required_label)}"]
        words = (rating.required_text or "").strip()
        if words and rating.required_min is not None:  # the text beside the levels: method, evidence expected…
            lines.append(f"<i style='{style.MUTED_TEXT}'>{escape(words)}</i>")
        for n, text in enumerate(levels, start=1):
            line = escape(text)
            if rating.score == n:
                line = f"<b>▶ {line}</b>"
            lines.append(line)
        self.descriptor.setText("<br>".join(lines))

    # ------------------------------------------------------------ settings

    def save_state(self, settings) -> None:
        settings.setValue("assessment/splitter", self.splitter.saveState())
        settings.setValue("assessment/right", self.right.saveState())
        settings.setValue("assessment/detail", self.detail.saveState())
        settings.setValue("assessment/employee", self.employee_code or "")
        settings.setValue("assessment/period", self.period.currentData() or "")
        settings.setValue("assessment/kind", self.kind.currentData())

    def restore_state(self, settings) -> None:
        self.splitter.restore(settings.value("assessment/splitter"))
        if settings.value("assessment/right"):
            self.right.restoreState(settings.value("assessment/right"))
        if settings.value("assessment/detail"):
            self.detail.restoreState(settings.value("assessment/detail"))
        if settings.value("assessment/period"):
            self.set_period(settings.value("assessment/period"))
        if settings.value("assessment/kind"):
            self.set_kind(settings.value("assessment/kind"))
        if settings.value("assessment/employee"):
            self.picker.select(settings.value("assessment/employee"))


class ReasonDialog:
    """Asks why an assessment is reopened; returns the reason or None."""

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        text, ok = i18n.get_text(parent, parent.tr("Mở lại phiếu đánh giá"), parent.tr("Lý do mở lại:"))
        return text.strip() if ok and text.strip() else None

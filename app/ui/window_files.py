"""The main window's file actions: sample organisation, Excel imports and exports, printing, the database."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.ui import i18n


class FileActions:
    """Mixed into MainWindow: what the Tệp and In menus do (self is the main window)."""

    def load_demo(self) -> None:
        from app.demo import load_demo

        result = load_demo(self.ctx.db, self.ctx.actor)
        for page in self.pages():
            page.set_context(self.ctx)
        self.show_page(self.nav.currentRow())
        message = (self.tr("Đã mở tổ chức mẫu: {0} công chức.").format(result.employees) if result.loaded
                   else self.tr("Tổ chức mẫu đã có sẵn."))
        self.statusBar().showMessage(message, 6000)

    def import_staff(self) -> None:
        from app.ui.excel_actions import import_staff_file

        if self.ctx and import_staff_file(self, self.ctx):
            for page in self.pages():
                page.set_context(self.ctx)
            self.show_page(self.nav.currentRow())
            self.statusBar().showMessage(self.tr("Đã nhập danh sách công chức."), 6000)

    def import_scores(self) -> None:
        from app.ui.excel_actions import import_scores_file

        if self.ctx and import_scores_file(self, self.ctx):
            self.assessment.reload()
            self.statusBar().showMessage(self.tr("Đã nhập điểm."), 6000)

    def _scores_template(self) -> None:
        from app.ui.excel_actions import write_scores_template

        path = write_scores_template(self)
        if path:
            self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def import_framework(self) -> None:
        from app.ui.excel_actions import import_framework_file

        if self.ctx and import_framework_file(self, self.ctx):
            for page in self.pages():
                page.set_context(self.ctx)
            self.statusBar().showMessage(self.tr("Đã nhập khung năng lực."), 6000)

    def edit_grades(self) -> None:
        from app.ui.grades_dialog import GradesDialog

        if self.ctx and GradesDialog.edit_catalogue(self, self.ctx):
            for page in self.pages():
                page.set_context(self.ctx)

    def edit_frameworks(self) -> None:
        from app.ui.framework_editor.chooser import open_frameworks

        if self.ctx:
            chooser = open_frameworks(self, self.ctx)
            if chooser.touched:
                for page in self.pages():
                    page.set_context(self.ctx)

    def export_framework(self) -> None:

        from app.services import catalog
        from app.ui.excel_actions import export_framework_file

        if not self.ctx:
            return
        frameworks = catalog.list_frameworks(self.ctx.db, self.ctx.actor)
        labels = [f"{f.code} — {f.number}" for f in frameworks]
        choice, ok = i18n.get_item(self, self.tr("Xuất khung năng lực"), self.tr("Khung năng lực:"), labels,
                                          0, False)
        if ok:
            path = export_framework_file(self, self.ctx, frameworks[labels.index(choice)].code)
            if path:
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def _write_staff(self, template: bool) -> None:
        from app.ui.excel_actions import write_staff_file

        if self.ctx:
            path = write_staff_file(self, self.ctx, template)
            if path:
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def export_person(self) -> None:
        inputs = self._form_inputs()
        if inputs:
            from app.ui.excel_actions import export_person

            path = export_person(self, self.ctx, inputs[0], inputs[1])
            if path:
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def _form_inputs(self):
        view = self.assessment.view
        if view is None or not any(r.score is not None for r in view.ratings):
            QMessageBox.information(self, self.tr("In phiếu"), self.tr("Chưa có điểm nào để in."))
            return None
        from app.services import staff

        agency = staff.agency_name(self.ctx.db, self.ctx.actor, view.employee_code)
        return view, self.assessment.other, agency

    def _grades(self):
        """The grade catalogue: printouts name grades in full."""
        from app.services.grades import grade_catalogue

        return grade_catalogue(self.ctx.db, self.ctx.actor)

    def print_form(self) -> None:
        inputs = self._form_inputs()
        if inputs:
            from app.ui.printing import print_dialog

            print_dialog(self, *inputs, grades=self._grades())

    def preview_form(self) -> None:
        inputs = self._form_inputs()
        if inputs:
            from app.ui.printing import preview_dialog

            preview_dialog(self, *inputs, grades=self._grades())

    def export_pdf(self) -> None:
        inputs = self._form_inputs()
        if not inputs:
            return
        from app.ui import file_dialogs
        from app.vntext import file_name

        suggested = file_name("Phiếu đánh giá", code=inputs[0].employee_code, ext="pdf")
        path = file_dialogs.save_path(self, file_dialogs.PDF, self.tr("Xuất PDF"), suggested,
                                      file_dialogs.PDF_FILES, ".pdf")
        if path:
            from app.ui.excel_actions import write_export
            from app.ui.printing import write_pdf

            grades = self._grades()
            if write_export(self, path, lambda tmp: write_pdf(*inputs, tmp, grades=grades)):
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def backup_database(self) -> None:
        from app.ui.database_actions import backup_now

        if self.ctx:
            backup_now(self, self.ctx.db)

    def restore_database(self) -> None:
        from app.ui.database_actions import restore_into

        if self.ctx and restore_into(self, self.ctx.db):
            self.set_context(self.ctx)  # every page reads the restored data

    def connect_database(self) -> None:
        from app.ui.connection_dialog import connect_window

        connect_window(self)

    def check_database(self) -> None:
        from app.ui.database_actions import check_integrity

        if self.ctx and check_integrity(self, self.ctx.db):
            self.set_context(self.ctx)

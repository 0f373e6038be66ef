"""The desktop window, driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.actor import local_user
from app.bootstrap import open_database
from app.services import assessments as svc
from app.ui.table_models import RatingTableModel


def stored_scores(url, code, period="Năm 2026", kind="assessor", position=None):
    """Scores as a second, independent connection sees them."""
    db, _ = open_database(url)
    view = svc.find_assessment(db, local_user(), code, position, period, kind)
    db.dispose()
    return {r.competency_code: r.score for r in view.ratings} if view else {}


def pdf_text(path) -> str:
    """Text of a PDF as pdftotext (poppler) reads it, whitespace collapsed."""
    import subprocess

    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def pick(qtbot, window, text):
    page = window.assessment
    page.picker.search.clear()
    qtbot.keyClicks(page.picker.search, text)
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    return page


def test_pick_employee_and_position_by_typing_without_diacritics(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = pick(qtbot, window, "pham dieu quyen")
    assert page.employee_code == "MAU0001"
    assert page.position_key == "btp-02-2023:1"  # defaults to the current position
    qtbot.keyClicks(page.position_picker.search, "chuyen vien chinh ve quan ly xu ly")
    assert page.position_key == "btp-02-2023:2"
    assert "sẵn sàng" in page.target_note.text()


def test_score_whole_grid_by_keyboard_saved_before_next_key(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = pick(qtbot, window, "MAU0005")
    assert page.view.id == 0  # nothing saved yet: no empty drafts from just looking
    page.grid.setFocus()
    rows = page.model.rating_rows()
    page.grid.setCurrentIndex(page.model.index(rows[0], RatingTableModel.SCORE))
    typed = {}
    for n, row in enumerate(rows):
        code = page.model.row_at(row).rating.competency_code
        digit = 1 + n % 5
        qtbot.keyClick(page.grid, getattr(Qt.Key, f"Key_{digit}"))
        typed[code] = digit
        assert stored_scores(demo_url, "MAU0005")[code] == digit
    assert page.radar.plotted_scores() == [typed[r.competency_code] for r in page.view.ratings]
    assert "Đã lưu lúc" in page.save_status.text()


def test_undo_restores_previous_score_in_database(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = pick(qtbot, window, "MAU0005")
    page.grid.setFocus()
    first = page.model.rating_rows()[0]
    page.grid.setCurrentIndex(page.model.index(first, RatingTableModel.SCORE))
    qtbot.keyClick(page.grid, Qt.Key.Key_3)
    page.grid.setCurrentIndex(page.model.index(first, RatingTableModel.SCORE))
    qtbot.keyClick(page.grid, Qt.Key.Key_5)
    assert stored_scores(demo_url, "MAU0005")["NLC1"] == 5
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_scores(demo_url, "MAU0005")["NLC1"] == 3
    assert page.radar.plotted_scores()[0] == 3
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_scores(demo_url, "MAU0005")["NLC1"] == 5
    page.grid.setCurrentIndex(page.model.index(first, RatingTableModel.SCORE))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert stored_scores(demo_url, "MAU0005")["NLC1"] is None


def test_verdict_changes_when_last_gap_closes(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = pick(qtbot, window, "MAU0040")  # a CVC of TT 09: four statements, default range 3–4
    for r in page.view.ratings:
        page.set_score(r.competency_code, 3)
    assert "Đáp ứng" in page.report.toPlainText() and "Chưa đáp ứng" not in page.report.toPlainText()
    page.set_score(page.view.ratings[-1].competency_code, 2)
    assert "Chưa đáp ứng" in page.report.toPlainText()
    page.set_score(page.view.ratings[-1].competency_code, 4)
    assert "Chưa đáp ứng" not in page.report.toPlainText()


def test_submitted_assessment_refuses_edits(qtbot, make_window, demo_url, monkeypatch):
    from app.ui.workflow_confirm import ConfirmStep

    monkeypatch.setattr(ConfirmStep, "ask", classmethod(lambda cls, parent, step, view: True))  # "Gửi phiếu?": yes
    window = make_window(demo_url)
    page = pick(qtbot, window, "MAU0005")
    page.set_score("NLC1", 2)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.view.status == "submitted"
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(page.model.row_of("NLC1"), RatingTableModel.SCORE))
    qtbot.keyClick(page.grid, Qt.Key.Key_5)
    assert stored_scores(demo_url, "MAU0005")["NLC1"] == 2
    assert not page.banner.isHidden() and "Mở lại" in page.banner.text()


def test_pdf_holds_national_title_name_and_every_competency(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    from pypdf import PdfReader

    window = make_window(demo_url)
    page = pick(qtbot, window, "pham dieu quyen")
    page.set_period("Năm 2025")
    target = tmp_path / "phieu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window.export_pdf()
    text = pdf_text(target)
    assert len(PdfReader(target).pages) >= 1
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Phạm Diệu Quyên" in text and "NGƯỜI TỰ ĐÁNH GIÁ" in text and "THỦ TRƯỞNG ĐƠN VỊ" in text
    for r in page.view.ratings:
        assert r.competency in text


def test_cli_report_writes_pdf(demo_url, tmp_path, capsys):
    from pypdf import PdfReader

    from app.cli import main

    target = tmp_path / "cli.pdf"
    assert main(["--db", demo_url, "report", "MAU0001", "--period", "Năm 2025", "-o", str(target)]) == 0
    text = pdf_text(target)
    assert len(PdfReader(target).pages) >= 1
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_item_models_pass_modeltester(qtbot, qtmodeltester, make_window, demo_url):
    window = make_window(demo_url)
    page = pick(qtbot, window, "MAU0001")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.picker.model)
    qtmodeltester.check(page.picker.proxy)
    qtmodeltester.check(page.position_picker.model)
    qtmodeltester.check(window.staff.model)
    qtmodeltester.check(window.positions.proxy)


def test_english_catalogue_changes_known_strings(qtbot, make_window, db_url):
    window = make_window(db_url)
    assert window.nav.item(0).text() == "Đánh giá"
    window.set_language("en")
    assert window.nav.item(0).text() == "Assessment"
    assert window.welcome.demo_button.text().startswith("Open the sample organisation")
    window.set_language("vi")
    assert window.nav.item(0).text() == "Đánh giá"


def test_welcome_panel_then_sample_organisation(qtbot, make_window, db_url):
    window = make_window(db_url)
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.assessment
    assert window.assessment.picker.model.rowCount() == 45


def test_last_employee_and_period_remembered(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = pick(qtbot, window, "MAU0012")
    page.set_period("Năm 2025")
    window.close()
    again = make_window(demo_url)
    assert again.assessment.employee_code == "MAU0012"
    assert again.assessment.period.currentData() == "Năm 2025"


def test_staff_screen_search_and_add(qtbot, make_window, demo_url):
    from app.ui.employee_dialog import EmployeeDialog

    window = make_window(demo_url)
    window.nav.setCurrentRow(1)
    staff_page = window.staff
    from app.vntext import search_key

    wanted = staff_page.model.row_at(5)
    qtbot.keyClicks(staff_page.search, search_key(wanted.name))
    assert 0 < staff_page.proxy.rowCount() < 45
    assert wanted.code in [staff_page.proxy.index(r, 1).data() for r in range(staff_page.proxy.rowCount())]
    dialog = EmployeeDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.code.setText("MAU0001")
    dialog.name.setText("Trùng Mã")
    dialog._save()
    assert "đã có" in dialog.error.text()
    dialog.code.setText("NEW0001")
    dialog.name.setText("Lương Thị Ngọc Ánh")
    dialog.unit.setCurrentIndex(dialog.unit.findData("MAU-CNTT"))
    dialog.position.setCurrentIndex(dialog.position.findData("btttt-09-2023:42"))
    dialog.birth.set_date(__import__("datetime").date(1992, 5, 12))
    dialog._save()
    assert dialog.result_info is not None and dialog.result_info.grade == "CV"


def test_positions_browser_marks_grade_defaults(qtbot, make_window, db_url):
    window = make_window(db_url)
    window.nav.setCurrentRow(2)
    assert window.positions.select("btttt-09-2023:42")
    html = window.positions.detail.toPlainText()
    assert "mặc định theo ngạch" in html and "Ô số thứ tự để trống" in html
    qtbot.keyClicks(window.positions.search, "tan so")
    assert window.positions.proxy.rowCount() == 1  # one framework branch left


def test_import_staff_from_window_then_export_summary(qtbot, make_window, db_url, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    from app.ui.excel_actions import ImportPreviewDialog

    window = make_window(db_url)
    window.load_demo()
    template = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), "Excel (*.xlsx)"))
    window._write_staff(template=True)
    wb = load_workbook(template)
    wb["Danh sách công chức"].append(["NEW0100", "Hà Thị Thu", "01/02/1990", "Nữ", "MAU-CNTT", "btttt-09-2023:42"])
    wb.save(template)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), "Excel (*.xlsx)"))
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: seen.append(plan) or True))
    window.import_staff()
    assert seen[0].new == ["NEW0100"]
    assert window.assessment.picker.model.row_of("NEW0100") >= 0
    window.nav.setCurrentRow(3)
    target = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    window.reports.export()
    assert "Tổng hợp" in CalamineWorkbook.from_path(str(target)).sheet_names


def test_period_board_add_and_close(qtbot, make_window, demo_url, monkeypatch):
    window = make_window(demo_url)
    window.nav.setCurrentRow(3)
    reports = window.reports
    reports.tabs.setCurrentIndex(1)
    assert len(reports.progress.keys()) == 45  # each person once, under a row naming their unit
    from app.services.periods import add_period
    from app.ui.period_dialog import PeriodDialog

    monkeypatch.setattr(PeriodDialog, "ask", classmethod(lambda cls, parent, ctx: add_period(
        ctx.db, ctx.actor, "Năm 2027")))
    reports.add_period()
    assert window.assessment.period.findData("Năm 2027") >= 0
    reports.toggle_period()
    assert reports.toggle_period_button.text() == "Mở lại kỳ"


def test_heatmap_filters_and_opens_the_assessment(qtbot, qtmodeltester, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(3)
    reports = window.reports
    reports.period.setCurrentIndex(reports.period.findData("Năm 2025"))
    model = reports.heatmap_model
    qtmodeltester.check(model)
    assert sum(reports.heatmap_panel.sets.itemData(i) is not None for i in range(reports.heatmap_panel.sets.count())) > 1
    reports.unit.setCurrentIndex(reports.unit.findData("MAU-STP"))
    people = model.people_rows()
    assert 0 < len(people) <= 10 and model.columnCount() == 1 + 17 and model.group_rows() == [0]
    reports.position.setCurrentIndex(reports.position.findData("btp-02-2023:3"))
    person = model.person_at(model.people_rows()[0])
    assert all(model.person_at(r).position_key == "btp-02-2023:3" for r in model.people_rows())
    reports._open_person(model.index(model.people_rows()[0], 0))
    page = window.assessment
    assert window.stack.currentWidget() is page
    assert (page.employee_code, page.position_key, page.period.currentData()) == (
        person.employee_code, "btp-02-2023:3", "Năm 2025")
    assert reports.needs.rowCount() >= 0 and reports.table.columnCount() == 10


def test_units_dialog_and_deactivate(qtbot, make_window, demo_url, monkeypatch):
    from app.ui import i18n
    from app.ui.units_dialog import UnitsDialog

    window = make_window(demo_url)
    dialog = UnitsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    answers = iter([("MAU-KHCN", True), ("Phòng Khoa học (mẫu)", True)])
    monkeypatch.setattr(i18n, "get_text", lambda *a, **k: next(answers))
    dialog.add()
    assert dialog.changed and dialog.tree.findItems("MAU-KHCN", Qt.MatchFlag.MatchRecursive, 1)
    window.nav.setCurrentRow(1)
    page = window.staff
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    code = page.selected().code
    page.toggle_active()
    assert page.model.row_of(code) == -1
    page.show_inactive.setChecked(True)
    assert page.model.row_of(code) >= 0


def test_framework_and_scores_through_the_window(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    from openpyxl import Workbook, load_workbook

    from app.ui import i18n
    from app.ui.excel_actions import ProblemsDialog
    from app.ui.framework_import import FrameworkImportDialog

    window = make_window(demo_url)
    target = tmp_path / "khung.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    monkeypatch.setattr(i18n, "get_item", lambda *a, **k: (a[3][0], True))
    window.export_framework()
    wb = load_workbook(target)
    wb["Khung"]["B1"] = "btp-02-2023-tinh"
    wb.save(target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    monkeypatch.setattr(FrameworkImportDialog, "ask", classmethod(lambda cls, *a: ""))
    monkeypatch.setattr(ProblemsDialog, "ask", classmethod(lambda cls, *a: True))
    window.import_framework()
    assert window.assessment.position_picker.model.row_of("btp-02-2023-tinh:1") >= 0
    scores = tmp_path / "diem.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Điểm"
    ws.append(["Mã công chức", "Vị trí việc làm", "Kỳ đánh giá", "Loại", "Mã năng lực", "Điểm", "Ghi chú"])
    ws.append(["MAU0005", None, "Năm 2026", "Tự đánh giá", "NLC1", 4, None])
    wb.save(scores)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scores), "Excel (*.xlsx)"))
    window.import_scores()
    assert stored_scores(demo_url, "MAU0005", kind="self")["NLC1"] == 4


def test_employee_logged_in_sees_only_their_own_records(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    from python_calamine import CalamineWorkbook

    from app import accounts
    from app.bootstrap import open_database
    from app.ui.login import LoginDialog

    db, _ = open_database(demo_url)
    accounts.add_account(db, None, "admin", "Hanoi@2026", "hr")
    hr = accounts.login(db, "admin", "Hanoi@2026")
    accounts.add_account(db, hr, "cc.an", "Hanoi@2026", "employee", employee="MAU0005")  # MAU-STP-XLVP
    accounts.add_account(db, hr, "cc.binh", "Hanoi@2026", "employee", employee="MAU0040")  # MAU-ATTT
    db.dispose()

    def login_as(name):
        monkeypatch.setattr(LoginDialog, "ask", classmethod(
            lambda cls, parent, database, settings=None: accounts.login(database, name, "Hanoi@2026")))

    login_as("cc.an")
    window = make_window(demo_url)
    page = window.assessment
    assert [page.picker.model.row_at(r).code for r in range(page.picker.model.rowCount())] == ["MAU0005"]
    qtbot.keyClicks(page.picker.search, "a")
    assert page.picker.proxy.rowCount() <= 1
    window.nav.setCurrentRow(1)
    assert window.staff.model.rowCount() == 1
    window.nav.setCurrentRow(3)
    window.reports.period.setCurrentIndex(window.reports.period.findData("Năm 2025"))
    shown = {p.employee_code for p in window.reports.heatmap_panel.shown_people()}
    assert shown <= {"MAU0005"}
    assert set(window.reports.progress.keys()) == {"MAU0005"}
    target = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    window.reports.export()
    names = {row[1] for row in CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Tổng hợp").to_python()[7:]
             if isinstance(row[0], float)}
    assert names <= {page.picker.model.row_at(0).name}
    assert not window.import_staff_action.isEnabled() and not window.staff.add_button.isVisible()
    login_as("cc.binh")
    window.log_out()
    assert [page.picker.model.row_at(r).code for r in range(page.picker.model.rowCount())] == ["MAU0040"]


def test_employee_dialog_record_tab_edits_the_lists(qtbot, make_window, demo_url, tmp_path):
    from app.services import staff
    from app.ui.employee_dialog import EmployeeDialog

    window = make_window(demo_url)
    employee = staff.get_employee(window.ctx.db, window.ctx.actor, "MAU0005")
    dialog = EmployeeDialog(window.ctx, employee, window)
    qtbot.addWidget(dialog)
    record = dialog.record
    assert record.degrees.table.rowCount() == 1 and record.works.table.rowCount() == 1
    assert record.major_fits.currentData() is True and record.complete.isChecked()
    dialog.tabs.setCurrentWidget(record)
    record.lists.setCurrentWidget(record.works)
    dialog.show()
    dialog.grab().save(str(tmp_path / "employee_record.png"))
    record.works.add_row({"role": "chu_tri", "kind": "de_an", "level": "tinh", "adopted": True, "agency_led": True,
                          "done_on": "31/02/2020", "title": "Đề án thử"})
    dialog._save()
    assert dialog.result_info is None and "Văn bản, đề án, dòng 2" in dialog.error.text()
    record.works.table.removeRow(1)
    record.works.add_row({"role": "chu_tri", "kind": "de_an", "level": "tinh", "adopted": True, "agency_led": True,
                          "done_on": "01/03/2020", "title": "Đề án thử"})
    record.theory.setCurrentIndex(record.theory.findData("trung_cap"))
    dialog._save()
    assert dialog.result_info is not None and len(dialog.result_info.works) == 2
    assert dialog.result_info.political_theory == "trung_cap"
    from app.audit import search_trail

    fields = {r.field for r in search_trail(window.ctx.db, window.ctx.actor, "employee", "MAU0005")}
    assert {"works", "political_theory"} <= fields

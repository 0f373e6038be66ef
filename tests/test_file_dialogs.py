"""File dialogs: a remembered folder per kind of file, one style of default name, a confirmation that stays."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.vntext import file_name


def test_default_file_names_are_ascii_lower_case_and_hyphenated():
    assert file_name("Tổng hợp", "Năm 2026", ext="xlsx") == "tong-hop-nam-2026.xlsx"
    assert file_name("Phiếu đánh giá", code="MAU0005", ext="pdf") == "phieu-danh-gia-MAU0005.pdf"
    assert file_name("Khung năng lực", code="btp-02-2023", ext=".XLSX") == "khung-nang-luc-btp-02-2023.xlsx"
    assert file_name("Mô tả vị trí", code="btttt-09-2023:42", ext="pdf") == "mo-ta-vi-tri-btttt-09-2023-42.pdf"
    assert file_name("Đơn vị  / Phòng “Tổ chức”", ext="xlsx") == "don-vi-phong-to-chuc.xlsx"
    for name in (file_name("Kỳ Đặc biệt ưu tiên", ext="xlsx"), file_name(code="Ấp 1", ext="pdf")):
        assert name.isascii() and " " not in name


def test_each_kind_of_file_opens_in_its_last_folder(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    from app.ui import file_dialogs

    window = make_window(demo_url)
    asked = []
    pdf_folder, excel_folder = tmp_path / "pdf", tmp_path / "excel"
    pdf_folder.mkdir()
    excel_folder.mkdir()
    answers = iter([str(pdf_folder / "a.pdf"), str(excel_folder / "b"), "", ""])

    def fake_save(parent, title, start, filters):
        asked.append(start)
        return next(answers), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    documents = file_dialogs.documents_folder()
    assert documents != Path(os.getcwd()) or documents == Path.home()
    assert file_dialogs.save_path(window, file_dialogs.PDF, "t", "x.pdf", "PDF (*.pdf)", ".pdf") == str(
        pdf_folder / "a.pdf")
    assert file_dialogs.save_path(window, file_dialogs.EXPORT, "t", "y.xlsx", "Excel (*.xlsx)", ".xlsx") == str(
        excel_folder / "b.xlsx")
    assert file_dialogs.save_path(window, file_dialogs.PDF, "t", "z.pdf", "PDF (*.pdf)") is None
    assert file_dialogs.save_path(window, file_dialogs.BACKUP, "t", "s.sqlite3", "SQLite (*.sqlite3)") is None
    assert asked == [str(documents / "x.pdf"), str(documents / "y.xlsx"), str(pdf_folder / "z.pdf"),
                     str(documents / "s.sqlite3")]
    assert window.ctx.settings.value("folders/pdf") == str(pdf_folder)
    assert window.ctx.settings.value("folders/export") == str(excel_folder)
    excel_folder.rmdir()  # a remembered folder that is gone: back to Documents
    assert file_dialogs.start_folder(window.ctx.settings, file_dialogs.EXPORT) == documents


def test_pdf_export_confirms_with_open_file_and_open_folder(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    from app.ui import file_dialogs

    window = make_window(demo_url)
    window.nav.setCurrentRow(0)
    page = window.assessment
    page.picker.select("MAU0005")
    page.set_period("Năm 2025")
    suggested = []
    target = tmp_path / "out" / "phieu.pdf"
    target.parent.mkdir()

    def fake_save(parent, title, start, filters):
        suggested.append(Path(start).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    opened = []
    monkeypatch.setattr(file_dialogs, "open_in_system", lambda path: opened.append(Path(path)) or True)
    window.export_pdf()
    assert suggested == ["phieu-danh-gia-MAU0005.pdf"]
    assert target.stat().st_size > 1000
    done = window._export_done
    assert done.isVisible() and not done.isModal()
    assert "phieu.pdf" in done.text.text() and str(target.parent) in done.text.text()
    assert [done.open_file_button.text(), done.open_folder_button.text()] == ["Mở tệp", "Mở thư mục"]
    done.open_folder_button.click()
    assert opened == [target.parent]
    window.export_pdf()  # a second export replaces the first confirmation
    window._export_done.open_file_button.click()
    assert opened == [target.parent, target]
    assert window.ctx.settings.value("folders/pdf") == str(target.parent)


def test_employee_dialog_is_compact_with_dates_on_a_calendar(qtbot, make_window, demo_url):
    import datetime as dt

    from app.services import staff
    from app.ui.employee_dialog import EmployeeDialog

    window = make_window(demo_url)
    employee = staff.get_employee(window.ctx.db, window.ctx.actor, "MAU0005")
    dialog = EmployeeDialog(window.ctx, employee, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert dialog.minimumSizeHint().width() <= 720 and dialog.width() <= 720
    assert dialog.birth.calendarPopup() and dialog.birth.date_value() == employee.birth_date
    dialog.grade_since.setFocus()
    dialog.grade_since.lineEdit().selectAll()
    qtbot.keyClick(dialog.grade_since, Qt.Key.Key_Delete)
    assert dialog.grade_since.date_value() is None and dialog.grade_since.date_text() == ""
    dialog.birth.set_date(dt.date(1985, 3, 4))
    dialog._save()
    saved = staff.get_employee(window.ctx.db, window.ctx.actor, "MAU0005")
    assert saved.birth_date == dt.date(1985, 3, 4) and saved.grade_since is None


def test_adding_a_period_asks_its_name_and_dates(qtbot, make_window, demo_url):
    import datetime as dt

    from app.services.periods import list_periods
    from app.ui.period_dialog import PeriodDialog

    window = make_window(demo_url)
    dialog = PeriodDialog(window.ctx, window, today=dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Năm 2027"
    assert (dialog.starts.date_value(), dialog.ends.date_value()) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert dialog.starts.calendarPopup() and dialog.ends.calendarPopup()
    dialog.name.setText("Sáu tháng đầu năm 2027")
    dialog.ends.set_date(dt.date(2026, 6, 30))
    dialog._save()
    assert dialog.result_info is None and "không được trước ngày bắt đầu" in dialog.error.text()
    dialog.ends.set_date(dt.date(2027, 6, 30))
    dialog._save()
    added = next(p for p in list_periods(window.ctx.db, window.ctx.actor) if p.name == "Sáu tháng đầu năm 2027")
    assert (added.starts_on, added.ends_on) == (dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    again = PeriodDialog(window.ctx, window, today=dt.date(2026, 3, 1))
    qtbot.addWidget(again)
    again.name.setText("Sáu tháng đầu năm 2027")
    again._save()
    assert again.result_info is None and "đã có" in again.error.text()


def test_no_file_dialog_opens_in_the_working_folder():
    import re

    root = Path(__file__).resolve().parents[1] / "app"
    calls = re.compile(r"get(?:Open|Save)FileNames?\((?:[^,()]|\([^()]*\))*,(?:[^,()]|\([^()]*\))*,\s*\"\"", re.S)
    found = [str(p.relative_to(root)) for p in root.rglob("*.py") if calls.search(p.read_text("utf-8"))]
    assert found == []

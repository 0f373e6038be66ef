"""Framework import from the window: the same problems as the command line, a preview, the legal basis."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.ui.framework_import import FrameworkImportDialog
from tests.test_framework_revision import CODE, _revise, exported, in_use, run  # noqa: F401 - fixtures
from tests.test_staff_import import dump



@pytest.fixture
def choose(monkeypatch):
    """The file dialog answers with this path."""
    def set_path(path):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Excel (*.xlsx)"))
    return set_path


@pytest.fixture
def shown(monkeypatch, qtbot):
    """Every import dialog, shown and handed to `drive` (which clicks as a person would) instead of exec()."""
    seen: list[FrameworkImportDialog] = []
    state = {"drive": lambda dialog: dialog.reject()}

    def exec_(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        state["drive"](dialog)
        return dialog.result()

    monkeypatch.setattr(FrameworkImportDialog, "exec", exec_)
    return seen, state


def _lines(dialog) -> list[str]:
    return [dialog.lines.item(n).text() for n in range(dialog.lines.count())]


def test_mistaken_file_lists_each_cell_as_the_command_line_and_changes_nothing(
        qtbot, make_window, capsys, demo_db, demo_url, exported, choose, shown):  # noqa: F811 - fixtures
    wb = load_workbook(exported)
    wb["Năng lực"].cell(18, 1).value = None  # a competency without code
    for row in wb["Yêu cầu"].iter_rows(min_row=2):
        if row[0].value == 2 and row[1].value == "NLC1":
            row[2].value = 7  # a level out of 1–5
    wb.save(exported)
    code, _out, err = run(capsys, demo_url, "framework", "import", str(exported), "--dry-run")
    cli = [line.removeprefix("Lỗi: ") for line in err.splitlines() if line.startswith("Lỗi: khung.xlsx")]
    assert code == 2 and len(cli) >= 2
    window = make_window(demo_url)
    before = dump(demo_db)
    choose(exported)
    window.import_framework()
    seen, _ = shown
    assert len(seen) == 1
    dialog = seen[0]
    assert _lines(dialog) == cli  # the same lines, one function
    assert any("trang 'Năng lực', dòng 18, cột A" in line for line in cli)
    assert any("trang 'Yêu cầu'" in line and "cột C" in line for line in cli)
    assert dialog.import_button is None and not dialog.basis_box.isVisibleTo(dialog)
    assert "khung.xlsx" in dialog.heading.text() and str(len(cli)) in dialog.heading.text()
    assert dump(demo_db) == before


def test_revision_of_framework_in_use_asks_the_basis_and_records_it(
        qtbot, make_window, demo_db, demo_url, actor, in_use, choose, shown):  # noqa: F811 - fixtures
    from app import audit

    path = in_use["path"]
    _revise(path)
    window = make_window(demo_url)
    before = dump(demo_db)
    refused = {}

    def drive(dialog):
        assert dialog.basis_box.isVisible() and dialog.import_button is not None
        assert "2 phiếu đánh giá" in dialog.basis_intro.text() and "3 công chức" in dialog.basis_intro.text()
        lines = _lines(dialog)
        assert "+  Thêm năng lực NLCM6: Khả năng chuyển đổi số" in lines
        assert any(line.startswith("−  Bỏ năng lực NLQL5") for line in lines)
        assert any(line.startswith("~  Sửa năng lực NLC2, tên") for line in lines)
        added = dialog.lines.findItems("+  Thêm năng lực NLCM6", Qt.MatchFlag.MatchStartsWith)[0]
        removed = dialog.lines.findItems("−  Bỏ năng lực NLQL5", Qt.MatchFlag.MatchStartsWith)[0]
        assert added.foreground().color() != removed.foreground().color()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # no basis yet: it stays open
        refused["open"] = dialog.isVisible() and dialog.basis_error.isVisible()
        refused["written"] = dump(demo_db) != before
        dialog.basis_number.setText("Quyết định số 125/QĐ-UBND")  # keyClicks types Latin-1 only
        dialog.basis_date.setDate(QDate(2026, 11, 5))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    shown[1]["drive"] = drive
    choose(path)
    window.import_framework()
    assert refused == {"open": True, "written": False}
    assert shown[0][0].result() == QDialog.DialogCode.Accepted
    basis = "Quyết định số 125/QĐ-UBND ngày 05/11/2026"
    trail = audit.search_trail(demo_db, actor, entity="framework", key=CODE)
    assert any(e.action == "revise" and e.reason == basis for e in trail)
    assert any(e.reason == basis and "NLQL5" in e.item for e in trail)
    assert "NLCM6" in {c["code"] for c in __import__("app.services.catalog", fromlist=["x"])
                       .framework_data(demo_db, actor, CODE)["competencies"]}


def test_unchanged_reimport_says_nothing_changed_and_writes_nothing(
        qtbot, make_window, demo_db, demo_url, in_use, choose, shown, monkeypatch):  # noqa: F811 - fixtures
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window = make_window(demo_url)
    before = dump(demo_db)
    choose(in_use["path"])
    window.import_framework()
    assert told == [f"Khung {CODE} không có gì thay đổi so với bản đã lưu; không ghi gì."]
    assert shown[0] == []  # no preview, nothing to import
    assert dump(demo_db) == before


def test_import_dialog_strings_are_in_the_english_catalogue():
    import xml.etree.ElementTree as ET

    from app.paths import translations_dir

    tree = ET.parse(translations_dir() / "competency_gap_en.ts")
    context = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "FrameworkImportDialog")
    for message in context.iter("message"):
        assert message.find("translation").get("type") is None, message.findtext("source")

"""The framework editor, driven through its widgets: a viên chức framework built from nothing, saved,
exported and imported back unchanged, then used to assess, print and export a teacher."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from app.ui.framework_editor.chooser import FrameworkChooser
from app.ui.framework_editor.editor import FrameworkEditor
from app.ui.framework_editor.save_dialog import SavePreviewDialog

CODE = "sgd-gv-2026"
# Teacher grades from the grade catalogue (app.grades): upper-secondary teacher, hạng II and hạng III
GRADE_II, GRADE_III = "V.07.05.14", "V.07.05.15"
COMPETENCIES = ["Đạo đức nhà giáo", "Phát triển chuyên môn", "Xây dựng kế hoạch dạy học", "Sử dụng phương pháp dạy học",
                "Kiểm tra, đánh giá", "Tư vấn và hỗ trợ học sinh", "Sử dụng ngoại ngữ", "Ứng dụng công nghệ thông tin",
                "Phối hợp với gia đình", "Xây dựng văn hóa nhà trường"]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialogs(monkeypatch):
    """The chooser and the editor shown without blocking; the save preview answers with a legal basis."""
    seen = {"choosers": [], "editors": [], "previews": []}

    def show(kind):
        def exec_(self):
            seen[kind].append(self)
            self.show()
            QApplication.processEvents()
            return 0
        return exec_

    monkeypatch.setattr(FrameworkChooser, "exec", show("choosers"))
    monkeypatch.setattr(FrameworkEditor, "exec", show("editors"))
    monkeypatch.setattr(SavePreviewDialog, "ask", classmethod(
        lambda cls, parent, lines, needs_basis: seen["previews"].append((lines, needs_basis)) or ""))
    return seen


# ------------------------------------------------------------------------ typing, as a user does


def keys(qtbot, widget, text: str) -> None:
    """Key presses for each character (QTest only knows ASCII: Vietnamese letters go as text events)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, field, text: str) -> None:
    """Type into a form field, then leave it (Tab)."""
    field.setFocus()
    if isinstance(field, QLineEdit):
        field.selectAll()
    else:
        qtbot.keyClick(field, Qt.Key.Key_End, CTRL)  # add to what the field holds
    keys(qtbot, field, text)
    if isinstance(field, QLineEdit):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()


def pick_by_arrows(qtbot, combo: QComboBox, label_start: str) -> None:
    """Home, then Down until the entry whose label starts so (typing to search would stop at NL10 for NL1)."""
    target = next(i for i in range(combo.count()) if combo.itemText(i).startswith(label_start))
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def choose(qtbot, combo: QComboBox, label_start: str) -> None:
    """Pick an entry of a drop-down list by typing the start of its label."""
    combo.setFocus()
    pick_by_arrows(qtbot, combo, label_start)
    assert combo.currentText().startswith(label_start), combo.currentText()


def edit_cell(qtbot, table, row: int, key: str, text: str) -> None:
    """Open a table cell's editor (F2), type, confirm with Enter."""
    view, model = table.view, table.model
    index = model.index(row, model.column_of(key))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None, key
    if isinstance(editor, QComboBox):
        pick_by_arrows(qtbot, editor, text)
        assert editor.currentText().startswith(text), (editor.currentText(), text)
    elif isinstance(editor, QPlainTextEdit):
        editor.selectAll()
        keys(qtbot, editor, text)
    else:
        editor.selectAll()
        keys(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=1000)  # closed: the value is in the framework


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_requirement(qtbot, editor, competency: str, low: str | None, high: str | None, text: str = "") -> None:
    table = editor.positions.requirements
    click(qtbot, table.buttons.add)
    row = table.model.rowCount() - 1
    edit_cell(qtbot, table, row, "competency", f"{competency} —")
    if low:
        edit_cell(qtbot, table, row, "min", low)
        edit_cell(qtbot, table, row, "max", high)
    if text:
        edit_cell(qtbot, table, row, "text", text)
    edit_cell(qtbot, table, row, "origin", "theo văn bản")


def build_framework(qtbot, editor) -> None:
    """A school department's teacher framework, typed in from nothing."""
    header = editor.header
    type_into(qtbot, header.fields["code"], CODE)
    type_into(qtbot, header.fields["title"], "Khung năng lực vị trí việc làm giáo viên trung học phổ thông")
    type_into(qtbot, header.fields["issuer"], "Sở Giáo dục và Đào tạo")
    type_into(qtbot, header.fields["number"], "15/QĐ-SGDĐT")
    type_into(qtbot, header.fields["issued_on"], "05/11/2026")
    editor.tabs.setCurrentWidget(editor.competencies)
    table = editor.competencies.table
    for n, name in enumerate(COMPETENCIES):
        click(qtbot, table.buttons.add)
        assert table.current_row() == n
        edit_cell(qtbot, table, n, "name", name)
        edit_cell(qtbot, table, n, "group", "chung" if n < 6 else "chuyen_mon")
    table.select_row(0)
    type_into(qtbot, editor.competencies.levels[0], " Áp dụng cho giáo viên mới.")
    editor.tabs.setCurrentWidget(editor.positions)
    positions = editor.positions
    for number, (name, grade) in enumerate((("Giáo viên trung học phổ thông hạng II", GRADE_II),
                                            ("Giáo viên trung học phổ thông hạng III", GRADE_III)), start=1):
        click(qtbot, positions.list.buttons.add)
        general = positions.general.fields
        assert general["number"].text() == str(number)
        type_into(qtbot, general["name"], name)
        choose(qtbot, general["grade"], grade)
        type_into(qtbot, general["objective"], "Giảng dạy, giáo dục học sinh theo chương trình giáo dục phổ thông.")
    positions.list.select_row(0)
    # position 1: six levelled requirements (one with the evidence expected beside it), one text only
    add_requirement(qtbot, editor, "NL1", "3", "4")
    add_requirement(qtbot, editor, "NL2", "3", "4", "Minh chứng: chuyên đề sinh hoạt chuyên môn")
    for code in ("NL3", "NL4", "NL5", "NL6"):
        add_requirement(qtbot, editor, code, "3", "4")
    add_requirement(qtbot, editor, "NL7", None, None, "Phù hợp với yêu cầu giảng dạy của nhà trường")
    # its tasks, relationships, authorities, qualifications and conditions
    tasks = positions.tasks
    click(qtbot, tasks.groups.buttons.add)
    edit_cell(qtbot, tasks.groups, 0, "name", "Giảng dạy")
    click(qtbot, tasks.tasks.buttons.add)
    edit_cell(qtbot, tasks.tasks, 0, "text", "Soạn giáo án, giảng dạy theo kế hoạch")
    click(qtbot, tasks.criteria.buttons.add)
    edit_cell(qtbot, tasks.criteria, 0, "text", "Hoàn thành chương trình đúng tiến độ")
    relations = positions.relations
    click(qtbot, relations.relationships.buttons.add)
    edit_cell(qtbot, relations.relationships, 0, "party", "Tổ chuyên môn")
    edit_cell(qtbot, relations.relationships, 0, "nature", "Sinh hoạt chuyên môn hằng tuần")
    click(qtbot, relations.authorities.buttons.add)
    edit_cell(qtbot, relations.authorities, 0, "text", "Được tham gia xây dựng kế hoạch giáo dục của nhà trường")
    quals = positions.qualifications
    click(qtbot, quals.table.buttons.add)
    edit_cell(qtbot, quals.table, 0, "text", "Có bằng cử nhân sư phạm trở lên")
    type_into(qtbot, quals.rules["years_in_lower_grade"], "9")
    choose(qtbot, quals.rules["lower_grade"], GRADE_III)
    # position 2: NL1 again (shared by both positions) and three of its own
    positions.list.select_row(1)
    for code in ("NL1", "NL8", "NL9", "NL10"):
        add_requirement(qtbot, editor, code, "2", "3")


def test_build_save_export_reimport_assess_print(qtbot, make_window, dialogs, db_url, tmp_path):
    from app.cli import main
    from app.excel.framework_io import read_framework, write_framework
    from app.services import assessments, catalog, frameworks, staff

    window = make_window(db_url)
    assert window.frameworks_action.isVisible()
    window.frameworks_action.trigger()
    chooser = dialogs["choosers"][-1]
    click(qtbot, chooser.new_button)
    editor = dialogs["editors"][-1]
    editor.activateWindow()
    build_framework(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.timer.isActive())
    assert [editor.issue_list.item(i).text() for i in range(editor.issue_list.count())] == [], \
        [editor.issue_list.item(i).text() for i in range(editor.issue_list.count())]
    assert editor.save_button.isEnabled()

    # a mistake typed in shows in the list, marks its cell and blocks Save; undo puts the value back
    requirements = editor.positions.requirements
    edit_cell(qtbot, requirements, 0, "max", "1")  # NL2 of position 2 → 1 under its minimum of 2
    qtbot.waitUntil(lambda: editor.issue_list.count() == 1, timeout=2000)
    text = editor.issue_list.item(0).text()
    assert "Vị trí số 2" in text and "tối đa 1 nhỏ hơn tối thiểu 2" in text
    assert requirements.model.issues[(0, "max")]
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert dialogs["previews"] == []  # refused before any preview
    editor.positions.list.select_row(0)
    editor.go_to_issue(editor.issue_list.item(0))  # a click on the problem opens position 2's requirement
    assert editor.positions.current() == 1 and requirements.current_row() == 0
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.doc.data["positions"][1]["requirements"][0]["max"] == 3
    qtbot.waitUntil(lambda: editor.issue_list.count() == 0, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert editor.doc.data["positions"][1]["requirements"][0]["max"] == 1
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    title = editor.header.fields["title"]
    before = title.text()
    type_into(qtbot, title, "Tên khác")
    assert editor.doc.data["title"] == "Tên khác"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.doc.data["title"] == before and title.text() == before

    # Save (Ctrl+S): the preview lists what is added, then the framework is in the database
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    lines, needs_basis = dialogs["previews"][-1]
    assert lines[0] == f"Khung mới '{CODE}'." and not needs_basis
    assert any("vị trí số 2" in line for line in lines)
    assert editor.result == "added" and editor.doc.undo_stack.isClean()
    assert editor.header.fields["code"].isReadOnly()
    db, actor = window.ctx.db, window.ctx.actor
    data = catalog.framework_data(db, actor, CODE)
    assert [p["grade"] for p in data["positions"]] == [GRADE_II, GRADE_III]
    assert len(data["competencies"]) == 10
    first, second = data["positions"]
    assert {r["competency"] for r in first["requirements"]} & {r["competency"] for r in second["requirements"]} == {"NL1"}
    text_only = next(r for r in first["requirements"] if r["competency"] == "NL7")
    assert text_only["min"] is None and text_only["text"].startswith("Phù hợp")
    beside = next(r for r in first["requirements"] if r["competency"] == "NL2")
    assert (beside["min"], beside["max"], beside["text"]) == (3, 4, "Minh chứng: chuyên đề sinh hoạt chuyên môn")
    assert data["competencies"][0]["levels"][0].endswith("Áp dụng cho giáo viên mới.")
    assert first["qualification_rules"]["years_in_lower_grade"] == 9
    assert first["qualification_rules"]["lower_grade"] == GRADE_III
    from app import audit

    assert [e.action for e in audit.search_trail(db, actor, entity="framework", key=CODE)] == ["import"]

    # exported to Excel and imported back: the same framework
    workbook = write_framework(data, tmp_path / "khung.xlsx")
    again, problems = read_framework(workbook)
    assert problems == []
    assert frameworks.save_framework(db, actor, again) == "unchanged"

    # a teacher assessed against position 1, printed and exported
    staff.add_unit(db, actor, "THPT-A", "Trường THPT A")
    staff.save_employee(db, actor, staff.EmployeeInput("GV001", "Nguyễn Thị Lan", "THPT-A", f"{CODE}:1", GRADE_II,
                                                       "01/09/2020"), is_new=True)
    assessments.add_period(db, actor, "Năm học 2026-2027")
    view = assessments.rate(db, actor, "GV001", f"{CODE}:1", "Năm học 2026-2027", "assessor",
                            {c: (s, "") for c, s in (("NL1", 3), ("NL2", 2), ("NL3", 4), ("NL4", 5), ("NL5", 3),
                                                      ("NL6", 4))})
    assert {r.competency_code for r in view.ratings} == {"NL1", "NL2", "NL3", "NL4", "NL5", "NL6", "NL7"}
    url = db_url
    assert main(["--db", url, "report", "GV001", "-o", str(tmp_path / "phieu.pdf")]) == 0
    assert (tmp_path / "phieu.pdf").stat().st_size > 1000
    assert main(["--db", url, "export", "person", "GV001", "-o", str(tmp_path / "phieu.xlsx")]) == 0
    assert (tmp_path / "phieu.xlsx").stat().st_size > 1000


def test_builtin_frameworks_are_copied_not_edited(qtbot, make_window, dialogs, db_url, monkeypatch):
    from app.services import catalog
    from app.ui.framework_editor.chooser import CopyDialog

    window = make_window(db_url)
    window.frameworks_action.trigger()
    chooser = dialogs["choosers"][-1]
    codes = [chooser.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(chooser.list.count())]
    chooser.list.setCurrentRow(codes.index("btp-02-2023"))
    assert not chooser.edit_button.isEnabled() and chooser.copy_button.isEnabled()
    monkeypatch.setattr(CopyDialog, "ask", classmethod(lambda cls, parent, code, title: ("stp-2026", "Khung của Sở")))
    click(qtbot, chooser.copy_button)
    editor = dialogs["editors"][-1]
    assert editor.stored_code == "stp-2026" and editor.header.fields["code"].isReadOnly()
    assert {f.code for f in catalog.list_frameworks(window.ctx.db, window.ctx.actor)} >= {"btp-02-2023", "stp-2026"}
    assert editor.issue_list.count() == 0
    # revise the copy: rename a position; the preview names the change, the save revises in place
    editor.tabs.setCurrentWidget(editor.positions)
    type_into(qtbot, editor.positions.general.fields["name"], "Chuyên viên cao cấp (bản của Sở)")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    lines, _basis = dialogs["previews"][-1]
    assert any("vị trí số 1" in line and "bản của Sở" in line for line in lines)
    assert editor.result == "revised"
    assert catalog.framework_data(window.ctx.db, window.ctx.actor, "stp-2026")["positions"][0]["name"] == \
        "Chuyên viên cao cấp (bản của Sở)"
    assert catalog.framework_data(window.ctx.db, window.ctx.actor, "btp-02-2023")["positions"][0]["name"] != \
        "Chuyên viên cao cấp (bản của Sở)"


def test_only_hr_sees_the_framework_editor(qtbot, make_window, people, demo_url, monkeypatch):
    from app.ui.login import LoginDialog

    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *a, **k: people["head"]))
    window = make_window(demo_url)
    window.ctx.actor = people["head"]
    window.apply_rights()
    assert not window.frameworks_action.isVisible()
    window.ctx.actor = people["hr"]
    window.apply_rights()
    assert window.frameworks_action.isVisible()


def test_editor_strings_are_in_the_english_catalogue():
    import xml.etree.ElementTree as ET

    from app.paths import translations_dir

    tree = ET.parse(translations_dir() / "competency_gap_en.ts")
    contexts = {"FrameworkEditor", "FrameworkChooser", "CopyDialog", "SavePreviewDialog", "HeaderTab",
                "CompetenciesTab", "PositionsTab", "GeneralPanel", "QualificationsPanel"}
    found = set()
    for context in tree.getroot().iter("context"):
        if context.findtext("name") in contexts:
            found.add(context.findtext("name"))
            for message in context.iter("message"):
                assert message.find("translation").get("type") is None, message.findtext("source")
    assert found == contexts

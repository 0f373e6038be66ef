"""Grades as data: HR extends the catalogue; every grade check accepts any catalogue grade by code or name;
printouts and screens name a grade in full under Ngạch or Hạng chức danh nghề nghiệp."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.cli import main
from app.errors import UserError
from app.grades import GradeCatalogue, parse_range
from app.models import AuditEntry, Employee
from app.services import assessments as svc
from app.services import grades, staff


def test_catalogue_finds_by_code_or_name_ignoring_case_and_accents():
    catalogue = GradeCatalogue.builtin()
    assert catalogue.find("v.07.05.14").name == "Giáo viên trung học phổ thông hạng II"
    assert catalogue.find("giao vien trung hoc pho thong hang ii").code == "V.07.05.14"
    assert catalogue.find("CHUYÊN VIÊN CHÍNH").code == "CVC"
    assert catalogue.find("xx") is None
    assert catalogue.kind_label("V.07.05.14") == "Hạng chức danh nghề nghiệp"
    assert catalogue.kind_label("CV") == "Ngạch"
    assert catalogue.default_range("CVCC") == (4, 5) and catalogue.default_range("NV") == (1, 2)
    assert "CVCC, CVC, CV" in catalogue.allowed_text()
    assert parse_range("2-3") == (2, 3) and parse_range("3") == (3, 3) and parse_range("") is None
    with pytest.raises(ValueError):
        parse_range("4-2")


def test_hr_adds_and_changes_a_grade_audited(db, actor):
    added = grades.add_grade(db, actor, "V.07.05.99", "Giáo viên thử nghiệm hạng IV", "hang", 2, "1-2")
    assert (added.kind, added.default_range) == ("hang", (1, 2))
    changed = grades.change_grade(db, actor, "v.07.05.99", "Giáo viên thử nghiệm hạng IV", "hang", 2, None)
    assert changed.default_range is None
    with db.session() as s:
        trail = [(e.entity, e.action, e.field) for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "grade"))]
    assert trail == [("grade", "add", "record"), ("grade", "change", "default_range")]
    for bad, message in ((("v.07.05.99", "Khác", "hang", 2), "đã có"),
                         (("X" * 33, "Quá dài", "hang", 2), "quá 32"),
                         (("MOI", "chuyen vien", "ngach", 3), "trùng"),
                         (("MOI", "Mới", "khac", 3), "Loại"),
                         (("MOI", "Mới", "ngach", 3, "5-1"), "khoảng cấp độ")):
        with pytest.raises(UserError, match=message):
            grades.add_grade(db, actor, *bad)


def test_employee_grade_by_name_and_printed_in_full(demo_db, actor):
    data = staff.employee_input(staff.get_employee(demo_db, actor, "MAU0005"))
    data.grade = "giáo viên trung học phổ thông hạng ii"
    info = staff.save_employee(demo_db, actor, data, False)
    assert (info.grade, info.grade_name, info.grade_label) == ("V.07.05.14", "Giáo viên trung học phổ thông hạng II",
                                                               "Hạng chức danh nghề nghiệp")
    with demo_db.session() as s:
        assert s.scalar(select(Employee.grade_code).where(Employee.code == "MAU0005")) == "V.07.05.14"
    data.grade = "XX"
    with pytest.raises(UserError, match="CVCC, CVC, CV, CS, NV"):
        staff.save_employee(demo_db, actor, data, False)

    from app.forms import form_html

    view = svc.rate(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor",
                    {svc.preview_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
                     .ratings[0].competency_code: (3, svc.KEEP)})
    html = form_html(view, None, "UBND", None, grades=grades.grade_catalogue(demo_db, actor))
    assert "Hạng chức danh nghề nghiệp:" in html and "Giáo viên trung học phổ thông hạng II" in html
    assert "V.07.05.14" not in html and view.position_key not in html  # no internal keys on paper


def test_command_line_grades(demo_url, capsys):
    assert main(["--db", demo_url, "grade", "add", "V.08.05.12", "Điều dưỡng hạng III", "--kind", "hang",
                 "--rank", "3", "--default", "2-3"]) == 0
    assert "Đã lưu hạng chức danh nghề nghiệp V.08.05.12" in capsys.readouterr().out
    assert main(["--db", demo_url, "grade", "change", "V.08.05.12", "--default", "3-4"]) == 0
    capsys.readouterr()
    assert main(["--db", demo_url, "grade", "list", "--json"]) == 0
    rows = {g["code"]: g for g in json.loads(capsys.readouterr().out)}
    assert (rows["V.08.05.12"]["default_min"], rows["V.08.05.12"]["default_max"]) == (3, 4)
    assert rows["CVCC"]["kind"] == "ngach" and len(rows) >= 36
    assert main(["--db", demo_url, "positions", "--grade", "chuyen vien chinh", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {p["grade"] for p in found} == {"CVC"}
    assert main(["--db", demo_url, "positions", "--grade", "XYZ"]) == 2
    err = capsys.readouterr().err
    assert "XYZ" in err and "CVCC, CVC" in err and err.count("\n") == 1


def test_grade_default_requirement_takes_the_catalogue_range(db, actor, tmp_path):
    from app.excel.framework_io import read_framework, write_framework
    from app.services import catalog

    grades.change_grade(db, actor, "CV", "Chuyên viên", "ngach", 3, "3-4")
    data = catalog.framework_data(db, actor, "btttt-09-2023")
    data = {**data, "code": "thu-mac-dinh"}
    for p in data["positions"]:
        for r in p["requirements"]:
            if r["origin"] == "grade_default":
                r["min"] = r["max"] = None
    path = write_framework(data, tmp_path / "khung.xlsx")
    read, problems = read_framework(path, grades.grade_catalogue(db, actor))
    assert problems == []
    cv = next(p for p in read["positions"] if p["grade"] == "CV")
    assert {(r["min"], r["max"]) for r in cv["requirements"] if r["origin"] == "grade_default"} == {(3, 4)}


def test_grades_dialog_adds_a_grade(qtbot, db, actor, monkeypatch):
    from PySide6.QtCore import QSettings

    from app.ui.context import AppContext
    from app.ui.grades_dialog import GradeEditDialog, GradesDialog

    ctx = AppContext(db, actor, QSettings())
    dialog = GradesDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    monkeypatch.setattr(GradeEditDialog, "ask",
                        classmethod(lambda cls, parent, grade=None: ("V.07.05.99", "Giáo viên thử", "hang", 2, (1, 2))))
    dialog.add()
    assert dialog.changed and dialog.table.rowCount() == before + 1
    names = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Giáo viên thử" in names
    edit = GradeEditDialog(grades.grade_catalogue(db, actor).get("V.07.05.99"))
    qtbot.addWidget(edit)
    assert edit.values() == ("V.07.05.99", "Giáo viên thử", "hang", 2, (1, 2)) and edit.code.isReadOnly()

"""Framework export → re-import reproduces the framework exactly; bad framework files change nothing."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.services import catalog
from tests.test_staff_import import dump


def run(capsys, url, *args):
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("code", ["btp-02-2023", "btttt-09-2023"])
def test_export_reimport_reproduces_the_framework(capsys, db, db_url, actor, tmp_path, code):
    exported = tmp_path / "khung.xlsx"
    assert run(capsys, db_url, "framework", "export", code, "-o", str(exported))[0] == 0
    wb = load_workbook(exported)
    wb["Khung"]["B1"] = f"{code}-sua"
    wb.save(exported)
    code_, out, err = run(capsys, db_url, "framework", "import", str(exported))
    assert code_ == 0, err
    original = catalog.framework_data(db, actor, code)
    copy = catalog.framework_data(db, actor, f"{code}-sua")
    copy["code"] = code
    assert copy == original
    # and an unused framework of the same code is replaced in place
    assert run(capsys, db_url, "framework", "import", str(exported))[0] == 0
    assert len(catalog.list_positions(db, actor, framework=f"{code}-sua")) == len(original["positions"])


def test_builtin_framework_is_never_overwritten(capsys, demo_db, demo_url, tmp_path):
    exported = tmp_path / "khung.xlsx"
    assert run(capsys, demo_url, "framework", "export", "btp-02-2023", "-o", str(exported))[0] == 0
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "framework", "import", str(exported))
    assert code == 2 and "khung có sẵn" in err and "btp-02-2023-sua-doi" in err
    assert dump(demo_db) == before


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda wb: wb["Yêu cầu"].cell(2, 3, 6), "nằm ngoài khoảng 1–5"),
        (lambda wb: wb["Yêu cầu"].cell(2, 2, "KHONG"), "năng lực 'KHONG'"),
        (lambda wb: wb["Vị trí"].cell(2, 4, "CVX"), "ngạch, hạng 'CVX' không có"),
        (lambda wb: wb.remove(wb["Năng lực"]), "thiếu trang 'Năng lực'"),
        (lambda wb: wb["Công việc"].cell(1, 1, "Vị trí"), "dòng tiêu đề"),
    ],
)
def test_bad_framework_files(capsys, db, db_url, tmp_path, edit, message):
    exported = tmp_path / "khung.xlsx"
    assert run(capsys, db_url, "framework", "export", "btp-02-2023", "-o", str(exported))[0] == 0
    wb = load_workbook(exported)
    wb["Khung"]["B1"] = "khung-moi"
    edit(wb)
    wb.save(exported)
    before = dump(db)
    code, _, err = run(capsys, db_url, "framework", "import", str(exported))
    assert code == 2 and message in err, err
    assert dump(db) == before

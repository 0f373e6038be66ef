"""Staff list import: round trip, and hostile files that must change nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.cli import main
from app.models import Base


def dump(db) -> dict:
    """Every row of every table, to compare the database before and after."""
    with db.session() as s:
        return {t.name: sorted(map(tuple, s.execute(select(t)).all()), key=repr) for t in Base.metadata.sorted_tables}


HEADERS = ["Mã công chức", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị", "Vị trí việc làm", "Ngạch",
           "Ngày giữ ngạch", "Trình độ đào tạo", "Chứng chỉ"]
RECORD_HEADERS = ["Lý luận chính trị", "Loại bằng LLCT", "Ngành đào tạo phù hợp lĩnh vực",
                  "Đã kê khai đủ quá trình công tác"]  # optional: a workbook without them still imports
GOOD = ["NEW0001", "Lương Thị Ngọc Ánh", dt.date(1992, 5, 12), "Nữ", "MAU-CNTT", "btttt-09-2023:42", "CV",
        dt.date(2019, 3, 1), "Kỹ sư Công nghệ thông tin", "Chứng chỉ tiếng Anh B1"]


def workbook(path, rows, headers=HEADERS, sheet="Danh sách công chức"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def run(capsys, url, *args):
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_template_filled_imported_exported_matches(capsys, demo_db, demo_url, tmp_path):
    template = tmp_path / "mau.xlsx"
    assert run(capsys, demo_url, "staff", "template", "-o", str(template))[0] == 0
    wb = load_workbook(template)
    ws = wb["Danh sách công chức"]
    assert [c.value for c in ws[1]] == HEADERS + RECORD_HEADERS
    second = ["NEW0002", "Trần Văn Bình", "03/04/1988", "Nam", "MAU-STP-XLVP", "btp-02-2023:2", "", "01/01/2015",
              "Cử nhân Luật", ""]
    for row, values in enumerate([GOOD, second], start=2):
        for column, value in enumerate(values, start=1):
            ws.cell(row, column, value)
    wb.save(template)
    code, out, err = run(capsys, demo_url, "staff", "import", str(template), "--dry-run")
    assert code == 0 and "Thêm mới 2, cập nhật 0" in out
    assert "NEW0001" not in {r[1] for r in dump(demo_db)["employees"]}
    code, out, err = run(capsys, demo_url, "staff", "import", str(template))
    assert code == 0, err
    exported = tmp_path / "xuat.xlsx"
    assert run(capsys, demo_url, "staff", "export", "-o", str(exported))[0] == 0
    rows = {r[0].value: [c.value for c in r] for r in load_workbook(exported)["Danh sách công chức"].iter_rows(min_row=2)}
    got = rows["NEW0001"]
    assert got[:2] == GOOD[:2] and got[2].date() == GOOD[2] and got[3:7] == GOOD[3:7]
    assert rows["NEW0002"][6] == "CVC"  # empty grade takes the position's grade
    # exporting and re-importing changes nothing
    code, out, _ = run(capsys, demo_url, "staff", "import", str(exported))
    assert code == 0 and "cập nhật 0" in out and "Thêm mới 0" in out


@pytest.mark.parametrize(
    "build, expected",
    [
        (lambda p: workbook(p, [GOOD], headers=["Mã", *HEADERS[1:]]), ["thiếu cột 'Mã công chức'", "cột 'Mã'"]),
        (lambda p: workbook(p, [GOOD], sheet="Sheet1"), ["không có trang 'Danh sách công chức'"]),
        (lambda p: workbook(p, [GOOD, GOOD]), ["dòng 3", "trùng với dòng 2"]),
        (lambda p: workbook(p, [[*GOOD[:4], "KHONGCO", *GOOD[5:]]]), ["dòng 2", "cột E (Đơn vị)", "KHONGCO"]),
        (lambda p: workbook(p, [[*GOOD[:5], "btp-02-2023:9", *GOOD[6:]]]), ["cột F", "btp-02-2023:9"]),
        (lambda p: workbook(p, [[*GOOD[:2], "ngày 12 tháng 5", *GOOD[3:]]]), ["cột C (Ngày sinh)", "dd/mm/yyyy"]),
        (lambda p: workbook(p, [[*GOOD[:2], "31/02/1990", *GOOD[3:]]]), ["cột C", "không có thật"]),
        (lambda p: workbook(p, [[*GOOD[:6], "CVX", *GOOD[7:]]]), ["cột G (Ngạch)", "CVX"]),
        (lambda p: workbook(p, [["", *GOOD[1:]]]), ["cột A (Mã công chức)", "không được để trống"]),
        (lambda p: workbook(p, [[*GOOD[:9], "x" * 10_000_000]]), ["cột J (Chứng chỉ)", "quá giới hạn"]),
        (lambda p: workbook(p, []), ["không có dòng dữ liệu"]),
    ],
    ids=["wrong-header", "missing-sheet", "duplicate-code", "unknown-unit", "unknown-position", "date-as-text",
         "impossible-date", "bad-grade", "empty-code", "10MB-cell", "no-rows"],
)
def test_hostile_files_change_nothing(capsys, demo_db, demo_url, tmp_path, build, expected):
    path = build(tmp_path / "bad.xlsx")
    before = dump(demo_db)
    code, out, err = run(capsys, demo_url, "staff", "import", str(path))
    assert code == 2
    for text in expected:
        assert text in err, err
    assert "bad.xlsx" in err and "Traceback" not in err
    assert dump(demo_db) == before


def test_merged_cells_and_formulas_are_named(capsys, demo_db, demo_url, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [GOOD, [*GOOD[:1], "=A2&\"x\"", *GOOD[2:]]])
    wb = load_workbook(path)
    wb.active["B3"] = '=A2&"x"'
    wb.active.merge_cells("I2:J2")
    wb.save(path)
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "staff", "import", str(path))
    assert code == 2 and "ô gộp I2:J2" in err and "ô B3 chứa công thức" in err
    assert dump(demo_db) == before


@pytest.mark.parametrize("content, message", [(b"", "tệp rỗng"), (b"PK\x03\x04 not really", "không phải tệp Excel"),
                                              ("Mã,Họ và tên\n1,An\n".encode(), "không phải tệp Excel")])
def test_not_a_workbook(capsys, demo_db, demo_url, tmp_path, content, message):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "staff", "import", str(path))
    assert code == 2 and message in err
    assert dump(demo_db) == before


def test_cancel_leaves_database_as_it_was(demo_db, actor, tmp_path):
    from app.services.staff import EmployeeInput, import_employees
    from app.tasks import Cancelled, TaskState

    rows = [EmployeeInput(code=f"C{n:04d}", name=f"Nguyễn Văn {n}", unit="MAU-CNTT") for n in range(50)]
    state = TaskState(on_progress=lambda done, total: state.cancel() if done >= 25 else None)
    before = dump(demo_db)
    with pytest.raises(Cancelled):
        import_employees(demo_db, actor, rows, state)
    assert dump(demo_db) == before


def test_record_lists_round_trip_and_every_cell_is_checked(capsys, demo_db, demo_url, tmp_path):
    from app.actor import local_user
    from app.services.staff import get_employee

    exported = tmp_path / "xuat.xlsx"
    assert run(capsys, demo_url, "staff", "export", "-o", str(exported))[0] == 0
    wb = load_workbook(exported)
    assert {"Bằng cấp", "Quá trình giữ ngạch", "Văn bản đã chủ trì, tham gia", "Chứng chỉ"} <= set(wb.sheetnames)
    degrees = wb["Bằng cấp"]
    assert [c.value for c in degrees[2]][:3] == ["MAU0001", "Đại học", "Luật"]
    code, out, _ = run(capsys, demo_url, "staff", "import", str(exported))
    assert code == 0 and "cập nhật 0" in out  # the lists as exported: nothing changes
    # a degree added for MAU0002 and the works of MAU0005 emptied (their sheet rows removed)
    degrees.append(["mau0002", "Thạc sĩ", "Luật kinh tế", "Trường Đại học Luật TP. HCM", 2012])
    works = wb["Văn bản đã chủ trì, tham gia"]
    for row in range(works.max_row, 1, -1):
        if works.cell(row, 1).value == "MAU0005":
            works.delete_rows(row)
    wb.save(exported)
    code, out, err = run(capsys, demo_url, "staff", "import", str(exported))
    assert code == 0, err
    actor_ = local_user()
    assert get_employee(demo_db, actor_, "MAU0002").degrees[-1].major == "Luật kinh tế"
    assert get_employee(demo_db, actor_, "MAU0005").works == ()
    # bad cells: each named by sheet, row and column; nothing written
    degrees.append(["MAU0003", "Tú tài", "", "", "hai nghìn"])
    degrees.append(["KHONGCO", "Đại học", "Luật", "", 2001])
    wb["Quá trình giữ ngạch"].append(["MAU0003", "CVX", "01/01/2010", ""])
    wb["Quá trình giữ ngạch"].append(["MAU0003", "CV", "01/01/2010", "01/01/2009"])
    works.append(["MAU0003", "Đề án", "Phối hợp", "Đề án", "Cấp xã", "Có", "", "31/02/2020"])
    wb["Chứng chỉ"].append(["MAU0003", "Bằng lái", "", "", ""])
    wb.save(exported)
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "staff", "import", str(exported))
    assert code == 2 and dump(demo_db) == before
    for text in ["Bằng cấp", "cột B (Trình độ)", "Tú tài", "cột E (Năm tốt nghiệp)", "'KHONGCO' không có ở trang",
                 "cột B (Ngạch, hạng)", "CVX", "Đến ngày trước Từ ngày", "cột C (Vai trò)", "Phối hợp",
                 "cột E (Cấp)", "cột H (Ngày ban hành, nghiệm thu)", "cột B (Loại chứng chỉ)"]:
        assert text in err, (text, err)


def test_old_single_sheet_workbook_keeps_the_record(capsys, demo_db, demo_url, tmp_path):
    from app.actor import local_user
    from app.services.staff import get_employee

    before = get_employee(demo_db, local_user(), "MAU0005")
    row = [before.code, before.name, before.birth_date, before.gender, before.unit, before.position, before.grade,
           before.grade_since, "Cử nhân Luật", "QLNN ngạch chuyên viên chính"]
    code, out, err = run(capsys, demo_url, "staff", "import", str(workbook(tmp_path / "cu.xlsx", [row])))
    assert code == 0, err
    after = get_employee(demo_db, local_user(), "MAU0005")
    assert after.certificates == "QLNN ngạch chuyên viên chính"
    assert (after.degrees, after.works, after.grade_periods, after.certificate_list, after.major_fits_field,
            after.history_complete) == (before.degrees, before.works, before.grade_periods, before.certificate_list,
                                        before.major_fits_field, before.history_complete)

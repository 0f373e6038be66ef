"""Framework import that never loses or misreads data, the template, built-in frameworks protected, and
revising a framework that forms and people use (acceptance tests of the framework import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.cli import main
from app.framework_rules import RULE_FIELDS, canonical, check_framework, diff_frameworks
from app.services import assessments as svc
from app.services import catalog, frameworks
from tests.test_staff_import import dump

CODE = "stp-2026"  # the agency's own framework, copied from the built-in btp-02-2023


def run(capsys, url, *args):
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def exported(capsys, demo_db, demo_url, actor, tmp_path) -> Path:
    """The program's export of btp-02-2023 under a new code: the workbook every mistake starts from."""
    path = tmp_path / "khung.xlsx"
    assert run(capsys, demo_url, "framework", "export", "btp-02-2023", "-o", str(path))[0] == 0
    wb = load_workbook(path)
    wb["Khung"]["B1"] = CODE
    wb.save(path)
    return path


def _cell(sheet, row, column, value):
    return lambda wb: setattr(wb[sheet].cell(row, column), "value", value)  # cell(..., None) would not clear


def _append(sheet, values):
    return lambda wb: wb[sheet].append(values)


# (name, edit of the workbook, (sheet, column letter) the message must name)
MISTAKES = [
    ("framework code blank", _cell("Khung", 1, 2, None), ("Khung", "cột B")),
    ("framework code with a space", _cell("Khung", 1, 2, "stp 2026"), ("Khung", "cột B")),
    ("framework code too long", _cell("Khung", 1, 2, "s" * 45), ("Khung", "cột B")),
    ("built-in framework code", _cell("Khung", 1, 2, "BTP-02-2023"), ("Khung", "cột B")),
    ("date not in the calendar", _cell("Khung", 5, 2, "31/02/2026"), ("Khung", "cột B")),
    ("title blank", _cell("Khung", 2, 2, None), ("Khung", "cột B")),
    ("group code twice", _cell("Nhóm năng lực", 3, 1, "chung"), ("Nhóm năng lực", "cột A")),
    ("group without name", _cell("Nhóm năng lực", 2, 2, None), ("Nhóm năng lực", "cột B")),
    ("competency code Excel made a number", _cell("Năng lực", 3, 1, 1.1), ("Năng lực", "cột A")),
    ("competency code twice", _cell("Năng lực", 3, 1, "nlc1"), ("Năng lực", "cột A")),
    ("competency code blank", _cell("Năng lực", 18, 1, None), ("Năng lực", "cột A")),
    ("unknown group", _cell("Năng lực", 2, 2, "chung2"), ("Năng lực", "cột B")),
    ("unknown grade", _cell("Năng lực", 2, 4, "Hạng X"), ("Năng lực", "cột D")),
    ("level origin outside the list", _cell("Năng lực", 2, 10, "không rõ"), ("Năng lực", "cột J")),
    ("specialty code too long", _append("Chuyên ngành", ["CHUYENNGANH-QUA-DAI", "Quá dài"]),
     ("Chuyên ngành", "cột A")),
    ("position number twice", _cell("Vị trí", 3, 1, 1), ("Vị trí", "cột A")),
    ("position number in words", _cell("Vị trí", 3, 1, "số 2"), ("Vị trí", "cột A")),
    ("position grade blank", _cell("Vị trí", 2, 4, None), ("Vị trí", "cột D")),
    ("unknown specialty", _cell("Vị trí", 2, 2, "XII"), ("Vị trí", "cột B")),
    ("task level in words", _cell("Công việc", 2, 7, "cấp tỉnh"), ("Công việc", "cột G")),
    ("task of an unknown position", _cell("Công việc", 2, 1, 9), ("Công việc", "cột A")),
    ("task kind outside the list", _cell("Công việc", 2, 4, "Việc"), ("Công việc", "cột D")),
    ("scope outside the list", _cell("Công việc", 2, 9, "cấp xã"), ("Công việc", "cột I")),
    ("relationship kind outside the list", _cell("Quan hệ công việc", 2, 2, "nội bộ"), ("Quan hệ công việc", "cột B")),
    ("qualification kind outside the list", _cell("Trình độ", 2, 2, "bằng cấp"), ("Trình độ", "cột B")),
    ("education outside the list", _cell("Điều kiện", 2, 2, "tiến sĩ"), ("Điều kiện", "cột B")),
    ("years typed with words", _cell("Điều kiện", 2, 6, "06 năm"), ("Điều kiện", "cột F")),
    ("lower grade unknown", _cell("Điều kiện", 2, 5, "ngạch 9"), ("Điều kiện", "cột E")),
    ("role outside the list", _cell("Điều kiện", 2, 9, "chủ nhiệm"), ("Điều kiện", "cột I")),
    ("competency twice for one position", _cell("Yêu cầu", 3, 2, "NLC1"), ("Yêu cầu", "cột B")),
    ("minimum without maximum", _cell("Yêu cầu", 2, 4, None), ("Yêu cầu", "cột D")),
    ("maximum below minimum", _cell("Yêu cầu", 2, 4, 2), ("Yêu cầu", "cột")),
    ("level outside 1-5", _cell("Yêu cầu", 2, 3, 6), ("Yêu cầu", "cột C")),
    ("level typed as a range", _cell("Yêu cầu", 2, 3, "3 đến 4"), ("Yêu cầu", "cột C")),
    ("competency of another framework", _cell("Yêu cầu", 2, 2, "CVCC-1"), ("Yêu cầu", "cột B")),
    ("requirement origin outside the list", _cell("Yêu cầu", 2, 6, "nghị định"), ("Yêu cầu", "cột F")),
    ("requirement with neither level nor text", lambda wb: [_cell("Yêu cầu", 2, c, None)(wb) for c in (3, 4, 5)],
     ("Yêu cầu", "cột")),
]


@pytest.mark.parametrize("name, edit, where", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_every_mistake_refused_the_same_by_dry_run_and_import(capsys, demo_db, demo_url, exported, name, edit,
                                                              where):
    wb = load_workbook(exported)
    edit(wb)
    wb.save(exported)
    before = dump(demo_db)
    results = []
    for extra in (["--dry-run"], []):
        code, _out, err = run(capsys, demo_url, "framework", "import", str(exported), *extra)
        assert code == 2, f"{name}: exit {code}\n{err}"
        lines = err.splitlines()
        assert lines and all(line.startswith("Lỗi: ") for line in lines), err
        assert "Traceback" not in err
        problems = lines[:-1]
        assert problems, err
        sheet, column = where
        assert any(f"trang '{sheet}'" in p and column in p for p in problems), f"{name}: {err}"
        assert all(("dòng" in p and "cột" in p) for p in problems if "trang 'Khung'" not in p), err
        results.append(lines)
    assert results[0] == results[1], "the dry run and the import must report the same problems"
    assert dump(demo_db) == before


def test_corpus_covers_thirty_mistakes():
    assert len(MISTAKES) >= 30


def test_gap_in_numbering_is_a_warning_not_a_refusal(capsys, demo_db, demo_url, exported):
    wb = load_workbook(exported)
    wb["Vị trí"].cell(4, 1, 5)  # positions 1, 2, 5
    for sheet in ("Công việc", "Quan hệ công việc", "Quyền hạn", "Trình độ", "Điều kiện", "Yêu cầu"):
        for row in wb[sheet].iter_rows(min_row=2):
            if row[0].value == 3:
                row[0].value = 5
    wb.save(exported)
    code, out, err = run(capsys, demo_url, "framework", "import", str(exported), "--dry-run")
    assert code == 0, err
    assert "không có vị trí số 3, 4" in out
    assert run(capsys, demo_url, "framework", "import", str(exported))[0] == 0


# ---------------------------------------------------------------- the template


def test_template_has_guide_comments_and_drop_downs(capsys, db_url, tmp_path):
    path = tmp_path / "mau.xlsx"
    code, out, err = run(capsys, db_url, "framework", "template", "-o", str(path))
    assert code == 0 and not err
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Hướng dẫn"
    for name in ("Năng lực", "Vị trí", "Yêu cầu", "Điều kiện", "Trình độ", "Công việc"):
        ws = wb[name]
        assert all(c.comment is not None for c in ws[1] if c.value), name
        assert ws.data_validations.dataValidation, name
    guide = [c.value for c in wb["Hướng dẫn"]["A"] if c.value]
    assert "Đại học" in guide and "Mặc định theo ngạch" in guide and "Cấp tỉnh" in guide
    assert [c.value for c in wb["Điều kiện"][1]][1] == "Trình độ đào tạo tối thiểu"


def test_filled_template_with_labels_without_accents_imports(capsys, demo_db, demo_url, actor, tmp_path):
    path = tmp_path / "mau.xlsx"
    assert run(capsys, demo_url, "framework", "template", "-o", str(path))[0] == 0
    wb = load_workbook(path)
    wb["Khung"]["B1"], wb["Khung"]["B2"] = "so-noi-vu", "Khung năng lực của Sở Nội vụ"
    wb["Nhóm năng lực"].append(["chung", "Nhóm năng lực chung"])
    wb["Năng lực"].append(["1.10", "chung", "Giao tiếp", None, "a", "b", "c", "d", "e", "thang chung"])
    wb["Vị trí"].append([1, None, "Chuyên viên tổ chức", "chuyen vien", "Tham mưu", None])
    wb["Công việc"].append([1, "2.1", "Tham mưu", "nhiem vu", None, "-", 0, "Soạn thảo", "cap tinh"])
    wb["Trình độ"].append([1, "trinh do dao tao", "Đại học trở lên"])
    wb["Quan hệ công việc"].append([1, "trong co quan", "Lãnh đạo", "Báo cáo"])
    wb["Điều kiện"].append([1, "dai hoc", "trung cap", "chuyên viên", None, None, None, None, "chu tri"])
    wb["Yêu cầu"].append([1, "1.10", 2, 3, None, "theo van ban"])
    wb.save(path)
    code, out, err = run(capsys, demo_url, "framework", "import", str(path))
    assert code == 0, err
    data = catalog.framework_data(demo_db, actor, "so-noi-vu")
    p = data["positions"][0]
    assert data["competencies"][0]["code"] == "1.10" and p["grade"] == "CV"
    assert p["qualification_rules"]["min_education"] == "dai_hoc"
    assert p["qualification_rules"]["documents_led_role"] == "chủ trì"
    assert p["task_groups"][0]["tasks"][0]["scope"] == ["tinh"]
    assert p["relationships"][0]["kind"] == "internal" and "training" in p["qualifications"]


def test_workbook_of_the_previous_version_still_imports(capsys, demo_db, demo_url, actor, exported):
    """English codes everywhere (origin grade_default, dai_hoc, internal, training) and English rule headers."""
    wb = load_workbook(exported)
    source = canonical(catalog.framework_data(demo_db, actor, "btp-02-2023"))
    ws = wb["Điều kiện"]
    for column, key in enumerate(RULE_FIELDS, start=2):
        ws.cell(1, column, key)
    for row, p in zip(ws.iter_rows(min_row=2), source["positions"]):
        for cell, key in zip(row[1:], RULE_FIELDS):
            cell.value = p["qualification_rules"][key]
    codes = {"Yêu cầu": (6, {"Theo văn bản": "document"}), "Trình độ": (2, None),
             "Quan hệ công việc": (2, {"Trong cơ quan": "internal", "Ngoài cơ quan": "external"}),
             "Năng lực": (10, {"Thang chung": "generic"}), "Công việc": (9, {"Cấp tỉnh": "tinh", "Cấp huyện": "huyen"})}
    from app.framework_rules import ENUMS

    qualification = {v: k for k, v in ENUMS["qualification"].items()}
    for sheet, (column, mapping) in codes.items():
        for row in wb[sheet].iter_rows(min_row=2):
            cell = row[column - 1]
            if cell.value:
                cell.value = (mapping or qualification).get(cell.value, cell.value).replace(", ", ",")
    wb["Yêu cầu"].cell(2, 6, "grade_default")
    wb["Khung"]["B7"] = "generic"
    wb.save(exported)
    code, out, err = run(capsys, demo_url, "framework", "import", str(exported))
    assert code == 0, err
    copy = catalog.framework_data(demo_db, actor, CODE)
    source["positions"][0]["requirements"][0]["origin"] = "grade_default"
    copy["code"] = source["code"]
    assert canonical(copy) == source


# ---------------------------------------------------------------- built-in frameworks


@pytest.mark.parametrize("code", ["btp-02-2023", "btttt-09-2023"])
def test_deleted_builtin_framework_comes_back_identical_with_init(capsys, db, db_url, actor, code):
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("PRAGMA foreign_keys=ON"))
        conn.execute(text("DELETE FROM frameworks WHERE code = :c"), {"c": code})
    assert code not in {f.code for f in catalog.list_frameworks(db, actor)}
    assert run(capsys, db_url, "init")[0] == 0
    shipped = json.loads((Path(__file__).parents[1] / "resources" / "frameworks" / f"{code}.json").read_text("utf-8"))
    assert catalog.framework_data(db, actor, code) == canonical(shipped)
    assert diff_frameworks(shipped, catalog.framework_data(db, actor, code)).empty
    assert check_framework(shipped) == []


def test_framework_copy_command(capsys, demo_db, demo_url, actor):
    code, out, err = run(capsys, demo_url, "framework", "copy", "btp-02-2023", "stp-2026", "--title", "Khung của Sở")
    assert code == 0, err
    copy = catalog.framework_data(demo_db, actor, "stp-2026")
    original = catalog.framework_data(demo_db, actor, "btp-02-2023")
    assert copy["title"] == "Khung của Sở"
    assert {**copy, "code": "x", "title": "x"} == {**original, "code": "x", "title": "x"}
    code, _, err = run(capsys, demo_url, "framework", "copy", "btp-02-2023", "STP-2026")
    assert code == 2 and "Đã có khung" in err and err.count("\n") == 1


# ---------------------------------------------------------------- revising a framework in use


@pytest.fixture
def in_use(capsys, demo_db, demo_url, actor, tmp_path):
    """stp-2026 (a copy of btp-02-2023) held by three employees, with forms rated against its position 2."""
    assert run(capsys, demo_url, "framework", "copy", "btp-02-2023", CODE)[0] == 0
    people = [e.code for e in __import__("app.services.staff", fromlist=["x"]).list_employees(demo_db, actor)][:3]
    with demo_db.engine.begin() as conn:
        position = conn.execute(text("SELECT id FROM positions WHERE key = :k"), {"k": f"{CODE}:2"}).scalar()
        for person in people:
            conn.execute(text("UPDATE employees SET position_id = :p WHERE code = :c"), {"p": position, "c": person})
    forms = {}
    for person in people[:2]:
        view = svc.rate(demo_db, actor, person, f"{CODE}:2", "Năm 2026", "assessor",
                        {"NLC1": (3, svc.KEEP), "NLQL5": (2, "Có minh chứng")})
        forms[person] = view.id
    path = tmp_path / "stp.xlsx"
    assert run(capsys, demo_url, "framework", "export", CODE, "-o", str(path))[0] == 0
    return {"people": people, "forms": forms, "path": path}


def _views(db, actor, forms):
    return {code: repr(svc.get_assessment(db, actor, form_id)) for code, form_id in forms.items()}


def _positions_of_people(db):
    with db.engine.connect() as conn:
        return sorted(conn.execute(text("SELECT code, position_id FROM employees")).all())


def test_unchanged_export_of_framework_in_use_changes_nothing(capsys, demo_db, demo_url, in_use):
    before = dump(demo_db)
    for extra in (["--dry-run"], [], ["--basis", "Quyết định 1/QĐ-UBND ngày 01/11/2026"]):
        code, out, err = run(capsys, demo_url, "framework", "import", str(in_use["path"]), *extra)
        assert code == 0 and not err, err
        assert "không có gì thay đổi" in out
    assert dump(demo_db) == before


def _revise(path: Path) -> None:
    wb = load_workbook(path)
    comps = wb["Năng lực"]
    for row in comps.iter_rows(min_row=2):
        if row[0].value == "NLC2":
            row[2].value = "Tổ chức thực hiện nhiệm vụ"
    comps.append(["NLCM6", "chuyen_mon", "Khả năng chuyển đổi số", None, "a", "b", "c", "d", "e", "Thang chung"])
    reqs = wb["Yêu cầu"]
    for row in list(reqs.iter_rows(min_row=2)):
        if row[0].value == 2 and row[1].value == "NLC1":
            row[2].value, row[3].value = 4, 5
    for n in range(reqs.max_row, 1, -1):  # NLQL5 removed from the framework
        if reqs.cell(n, 2).value == "NLQL5":
            reqs.delete_rows(n)
    for n in range(comps.max_row, 1, -1):
        if comps.cell(n, 1).value == "NLQL5":
            comps.delete_rows(n)
    reqs.append([2, "NLCM6", 2, 3, None, "Do đơn vị quy định"])
    wb.save(path)


def test_revision_of_framework_in_use(capsys, demo_db, demo_url, actor, in_use):
    path = in_use["path"]
    _revise(path)
    views = _views(demo_db, actor, in_use["forms"])
    gaps = {c: run(capsys, demo_url, "gap", c, "--position", f"{CODE}:2", "--period", "Năm 2026", "--kind",
                   "assessor", "--json")[1] for c in in_use["forms"]}
    positions = _positions_of_people(demo_db)
    before = dump(demo_db)
    # a framework in use: the legal basis is required (dry run and import alike), nothing written without it
    for extra in (["--dry-run"], []):
        code, _out, err = run(capsys, demo_url, "framework", "import", str(path), *extra)
        assert code == 2 and "căn cứ" in err and all(line.startswith("Lỗi: ") for line in err.splitlines())
    assert dump(demo_db) == before
    basis = "Quyết định 123/QĐ-UBND ngày 01/11/2026"
    code, out, err = run(capsys, demo_url, "framework", "import", str(path), "--dry-run", "--basis", basis)
    assert code == 0, err
    assert "Sửa năng lực NLC2, tên" in out and "Thêm năng lực NLCM6" in out and "Bỏ năng lực NLQL5" in out
    assert "Sửa yêu cầu năng lực NLC1 của vị trí số 2" in out and "Thêm yêu cầu năng lực NLCM6" in out
    assert dump(demo_db) == before
    code, out, err = run(capsys, demo_url, "framework", "import", str(path), "--basis", basis)
    assert code == 0 and not err, err
    # forms already made keep exactly what they were made with; people keep their positions
    assert _views(demo_db, actor, in_use["forms"]) == views
    for c, shown in gaps.items():
        assert run(capsys, demo_url, "gap", c, "--position", f"{CODE}:2", "--period", "Năm 2026", "--kind",
                   "assessor", "--json")[1] == shown
    assert _positions_of_people(demo_db) == positions
    # new forms use the revision
    third = in_use["people"][2]
    new = svc.rate(demo_db, actor, third, f"{CODE}:2", "Năm 2026", "assessor", {"NLC1": (4, svc.KEEP)})
    codes = {r.competency_code: r for r in new.ratings}
    assert "NLQL5" not in codes and "NLCM6" in codes
    assert (codes["NLC1"].required_min, codes["NLC1"].required_max) == (4, 5)
    assert codes["NLC2"].competency == "Tổ chức thực hiện nhiệm vụ"
    # the removed competency was rated: kept for those ratings, out of the framework
    data = catalog.framework_data(demo_db, actor, CODE)
    assert "NLQL5" not in {c["code"] for c in data["competencies"]}
    # the trail holds the revision with its legal basis
    from app import audit

    trail = audit.search_trail(demo_db, actor, entity="framework", key=CODE)
    assert any(e.action == "revise" and e.reason == basis for e in trail)
    assert any(e.reason == basis and "NLQL5" in e.item for e in trail)
    requirement = audit.search_trail(demo_db, actor, entity="position", key=f"{CODE}:2")
    assert any(e.item == "NLC1" and e.reason == basis for e in requirement)
    # exported again and imported: unchanged
    again = path.with_name("lai.xlsx")
    assert run(capsys, demo_url, "framework", "export", CODE, "-o", str(again))[0] == 0
    after = dump(demo_db)
    code, out, _ = run(capsys, demo_url, "framework", "import", str(again), "--basis", basis)
    assert code == 0 and "không có gì thay đổi" in out
    assert dump(demo_db) == after


def test_removing_a_position_people_hold_is_refused_with_their_names(capsys, demo_db, demo_url, in_use):
    wb = load_workbook(in_use["path"])
    for sheet in ("Vị trí", "Công việc", "Quan hệ công việc", "Quyền hạn", "Trình độ", "Điều kiện", "Yêu cầu"):
        ws = wb[sheet]
        for n in range(ws.max_row, 1, -1):
            if ws.cell(n, 1).value == 2:
                ws.delete_rows(n)
    wb.save(in_use["path"])
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "framework", "import", str(in_use["path"]), "--basis",
                       "Quyết định 5/QĐ-UBND ngày 02/11/2026")
    assert code == 2 and "vị trí số 2" in err and "đang giữ" in err and "phiếu đánh giá" in err
    assert dump(demo_db) == before


def test_save_framework_from_the_editor_path(demo_db, actor):
    """The service the editor calls: preview lists the differences; a built-in code is refused."""
    from app.framework_rules import FrameworkRejected

    data = catalog.framework_data(demo_db, actor, "btp-02-2023")
    with pytest.raises(FrameworkRejected) as refused:
        frameworks.save_framework(demo_db, actor, data)
    assert refused.value.issues[0].field == "Mã khung"
    data["code"] = CODE
    data["groups"].append({"code": "moi", "name": "Nhóm chưa có năng lực"})
    data["competencies"].append({"code": "NLX", "group": "chung", "name": "Chưa vị trí nào yêu cầu",
                                 "levels": ["a", "b", "c", "d", "e"]})
    assert frameworks.preview_framework(demo_db, actor, data).is_new
    assert frameworks.save_framework(demo_db, actor, data) == "added"
    assert frameworks.save_framework(demo_db, actor, data) == "unchanged"
    stored = catalog.framework_data(demo_db, actor, CODE)  # nothing a position does not use is lost
    assert stored["groups"][-1]["code"] == "moi" and stored["competencies"][-1]["code"] == "NLX"
    data["positions"][1]["requirements"][0]["max"] = 5
    diff = frameworks.preview_framework(demo_db, actor, data)
    assert len(diff.changes) == 1 and not diff.empty
    assert frameworks.save_framework(demo_db, actor, data) == "revised"

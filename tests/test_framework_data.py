"""The built-in framework data files against the two legal documents (seeds)."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from app.paths import frameworks_dir
from app.services import catalog

TT02_RANGES = {
    "CVCC": {"chung": (4, 5), "chuyen_mon": (4, 5), "quan_ly": (3, 4)},
    "CVC": {"chung": (3, 4), "chuyen_mon": (3, 4), "quan_ly": (2, 3)},
    "CV": {"chung": (2, 3), "chuyen_mon": (2, 3), "quan_ly": (1, 2)},
}
TEXT_ONLY = "Phù hợp với chức năng, nhiệm vụ của cơ quan, tổ chức, đơn vị sử dụng vị trí việc làm được cấp có thẩm quyền phê duyệt"


def load(code: str) -> dict:
    return json.loads((frameworks_dir() / f"{code}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tt02():
    return load("btp-02-2023")


@pytest.fixture(scope="module")
def tt09():
    return load("btttt-09-2023")


def test_files_are_nfc_utf8_without_word_residue():
    for path in frameworks_dir().glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path
        assert "\u00a0" not in text and "[bookmark" not in text


def test_tt02_header(tt02):
    assert tt02["number"] == "02/2023/TT-BTP"
    assert tt02["issuer"] == "Bộ Tư pháp"
    assert tt02["issued_on"] == "2023-06-29"


def test_tt02_positions_and_grades(tt02):
    assert [(p["number"], p["grade"]) for p in tt02["positions"]] == [(1, "CVCC"), (2, "CVC"), (3, "CV")]
    assert tt02["positions"][0]["name"] == (
        "Chuyên viên cao cấp về quản lý xử lý vi phạm hành chính và theo dõi tình hình thi hành pháp luật"
    )
    assert tt02["positions"][0]["objective"].startswith(
        "Chủ trì tham mưu, đề xuất chủ trương, nhiệm vụ, giải pháp về công tác quản lý xử lý vi phạm hành chính"
    )


def test_tt02_seventeen_competencies_in_three_groups(tt02):
    groups = Counter(c["group"] for c in tt02["competencies"])
    assert groups == {"chung": 7, "chuyen_mon": 5, "quan_ly": 5}
    names = [c["name"] for c in tt02["competencies"]]
    assert names[0] == "Đạo đức và bản lĩnh"
    assert "Khả năng thẩm định, góp ý văn bản" in names
    assert names[-1] == "Phát triển nhân viên"


def test_tt02_requirement_ranges_exact(tt02):
    group_of = {c["code"]: c["group"] for c in tt02["competencies"]}
    name_of = {c["code"]: c["name"] for c in tt02["competencies"]}
    for p in tt02["positions"]:
        assert len(p["requirements"]) == 17
        for r in p["requirements"]:
            assert r["origin"] == "document"
            if name_of[r["competency"]] in ("Sử dụng ngoại ngữ", "Sử dụng công nghệ thông tin"):
                assert r["text"] == TEXT_ONLY and "min" not in r
            else:
                assert (r["min"], r["max"]) == TT02_RANGES[p["grade"]][group_of[r["competency"]]]


def test_tt02_sections(tt02):
    cvcc, cvc, cv = tt02["positions"]
    assert [g["number"] for g in cvcc["task_groups"]] == [f"2.{i}" for i in range(1, 10)]
    assert len(cvcc["authorities"]) == 5
    assert {r["kind"] for r in cvcc["relationships"]} == {"internal", "external"}
    assert "experience" in cvcc["qualifications"] and "experience" not in cv["qualifications"]
    assert cvcc["qualifications"]["training"][0] == "Tốt nghiệp đại học trở lên chuyên ngành luật."
    assert cvcc["qualification_rules"]["years_in_lower_grade"] == 6
    assert cvcc["qualification_rules"]["documents_led_min"] == 2
    assert cvc["qualification_rules"]["years_in_lower_grade"] == 9
    assert cv["qualification_rules"]["lower_grade"] is None


def test_tt02_scope_tags(tt02):
    cv = tt02["positions"][2]
    scopes = Counter(tuple(i["scope"]) for g in cv["task_groups"] for i in g["tasks"] + g["criteria"])
    assert scopes[("tinh",)] > 0 and scopes[("huyen",)] > 0
    texts = " ".join(i["text"] for g in cv["task_groups"] for i in g["tasks"] + g["criteria"])
    assert "Hoặc đối với" not in texts  # markers became tags, not text


def test_tt02_legal_typos_kept(tt02):
    text = json.dumps(tt02, ensure_ascii=False)
    assert "về về" in text and "được được" in text and "vị phạm" in text


def test_tt09_specialties_and_positions(tt09):
    assert len(tt09["specialties"]) == 11
    assert [s["code"] for s in tt09["specialties"]][-1] == "XI"
    assert [p["number"] for p in tt09["positions"]] == list(range(1, 52))
    assert Counter(p["grade"] for p in tt09["positions"]) == {"CVCC": 14, "CVC": 16, "CV": 16, "NV": 5}


def test_tt09_irregular_positions(tt09):
    by_number = {p["number"]: p for p in tt09["positions"]}
    assert by_number[42]["specialty"] == "IX" and by_number[42]["grade"] == "CV"
    assert by_number[42]["warnings"]
    assert by_number[51]["grade"] == "CV" and by_number[51]["warnings"]
    assert by_number[51]["name"].startswith("Chuyên viên chính bảo mật")
    assert by_number[50]["name"] == by_number[51]["name"]
    assert by_number[36]["name"] == "Nhân viên trực trạm vệ tinh"
    assert by_number[1]["objective"].startswith("Chủ trì tham mưu xây dựng văn bản pháp luật")
    assert by_number[1]["task_groups"][0]["tasks"][0]["marker"] == "-"


def test_tt09_grade_competencies_with_default_ranges(tt09):
    per_grade = Counter(c["grade"] for c in tt09["competencies"])
    assert per_grade == {"CVCC": 7, "CVC": 4, "CV": 3, "NV": 2}
    ranges = {"CVCC": (4, 5), "CVC": (3, 4), "CV": (2, 3), "NV": (1, 2)}
    for p in tt09["positions"]:
        assert len(p["requirements"]) == per_grade[p["grade"]]
        for r in p["requirements"]:
            assert r["origin"] == "grade_default"
            assert (r["min"], r["max"]) == ranges[p["grade"]]


def test_tt09_qualification_rules(tt09):
    by_grade = {p["grade"]: p for p in tt09["positions"]}
    assert by_grade["CVCC"]["qualification_rules"]["years_in_lower_grade"] == 6
    assert by_grade["CVCC"]["qualification_rules"]["lower_grade"] == "CVC"
    assert by_grade["CVCC"]["qualification_rules"]["documents_led_min"] == 2
    assert by_grade["CVC"]["qualification_rules"]["years_in_lower_grade"] == 9
    assert by_grade["CVC"]["qualification_rules"]["documents_led_min"] == 1
    assert by_grade["CVC"]["qualification_rules"]["min_years_actually_in_lower_grade"] == 1
    assert by_grade["NV"]["qualification_rules"]["min_education"] == "trung_cap"


def test_tt09_legal_typos_kept(tt09):
    text = json.dumps(tt09, ensure_ascii=False)
    assert "Tthẩm định" in text and "bưu bưu" in text and "sai lệnh" in text


def test_database_holds_both_frameworks(db, actor):
    frameworks = {f.code: f.positions for f in catalog.list_frameworks(db, actor)}
    assert frameworks == {"btp-02-2023": 3, "btttt-09-2023": 51}
    detail = catalog.get_position(db, actor, "btttt-09-2023:42")
    assert detail.summary.grade == "CV" and len(detail.requirements) == 3
    assert detail.warnings
    cvcc = catalog.get_position(db, actor, "btp-02-2023:1")
    assert [r.label for r in cvcc.requirements][:5] == ["4–5"] * 5
    assert cvcc.qualification_rule["documents_led_role"] == "chủ trì"


def test_loading_twice_changes_nothing(db, actor):
    from app.framework_loader import load_builtin

    with db.session() as s:
        results = load_builtin(s)
    assert all(not r.loaded for r in results)
    assert len(catalog.list_positions(db, actor)) == 54


def test_converter_reproduces_shipped_files(tmp_path):
    """The shipped data is exactly what the converter makes from the seeds."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    seeds = root.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("seed documents not beside this checkout")
    subprocess.run([sys.executable, str(root / "tools" / "convert_seeds.py"), str(seeds), str(tmp_path)], check=True,
                   capture_output=True)
    for path in frameworks_dir().glob("*.json"):
        assert (tmp_path / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_list_markers_kept_whole(tt09):
    """'(1). Lĩnh vực viễn thông' (positions 31-33): the marker keeps its dot, the text starts with a letter."""
    items = [(p["number"], i) for p in tt09["positions"] for g in p["task_groups"] for i in g["tasks"]]
    for number, item in items:
        assert item["text"][:1] not in ".):;,", (number, item)
    marked = {number: item["marker"] for number, item in items if item["text"] == "Lĩnh vực viễn thông"}
    assert marked == {31: "(1).", 32: "(1).", 33: "(1)."}
    assert {i["marker"] for _, i in items} <= {"-", "+", "", "(1)", "(1).", "(2)", "(3)", "(4)"}

"""A competency keeps its identity: an agency framework's NLC1 is not TT 02's NLC1. Statistics, training needs,
the heatmap and every sheet of the gap summary key a competency by (framework, code)."""

from __future__ import annotations

import pytest
from python_calamine import CalamineWorkbook

from app.cli import main
from app.services import assessments as svc
from app.services import catalog
from app.services.reporting import competency_stats, person_gaps, training_needs

OWN_NAME = "Năng lực riêng của Sở (khung tự xây dựng)"


@pytest.fixture
def two_frameworks(demo_db, actor):
    """A second framework whose NLC1 has another name; MAU0005 assessed against TT 02, MAU0010 against it, each
    for their own position (reports count those)."""
    data = catalog.framework_data(demo_db, actor, "btp-02-2023")
    data = {**data, "code": "so-tp-2025", "number": "15/2025/QĐ-UBND", "title": "Khung năng lực của Sở Tư pháp",
            "competencies": [{**c, "name": OWN_NAME} if c["code"] == "NLC1" else c for c in data["competencies"]]}
    catalog.import_framework(demo_db, actor, data)
    from dataclasses import replace

    from app.services import staff

    moved = staff.get_employee(demo_db, actor, "MAU0010")
    staff.save_employee(demo_db, actor, replace(staff.employee_input(moved), position="so-tp-2025:2"), False)
    svc.add_period(demo_db, actor, "Năm 2027")  # forms made after the move: the new position is their own
    for code, key in (("MAU0005", "btp-02-2023:3"), ("MAU0010", "so-tp-2025:2")):
        svc.rate(demo_db, actor, code, key, "Năm 2027", "assessor", {"NLC1": (1, svc.KEEP)})
    return demo_db


def _nlc1(rows, code_of, framework_of):
    return sorted(framework_of(r) for r in rows if code_of(r) == "NLC1")


def test_statistics_and_training_needs_keep_two_nlc1(two_frameworks, actor):
    people = [p for p in person_gaps(two_frameworks, actor, "Năm 2027") if p.employee_code in ("MAU0005", "MAU0010")]
    assert {p.framework for p in people} == {"btp-02-2023", "so-tp-2025"}
    stats = [s for s in competency_stats(people) if s.team.code == "NLC1"]
    assert sorted((s.team.framework, s.team.name != OWN_NAME) for s in stats) == [("btp-02-2023", True),
                                                                                   ("so-tp-2025", False)]
    assert all(s.team.assessed == 1 and s.team.below == 1 and s.team.counts == (1, 0, 0, 0, 0) for s in stats)
    assert {s.label(True) for s in stats} == {"TT 02/2023 · NLC1", "QĐ 15/2025 · NLC1"}
    needs = [t for t in training_needs(people) if t.code == "NLC1"]
    assert len(needs) == 2 and {t.competency for t in needs} >= {OWN_NAME}
    assert {t.label(True) for t in needs} == {"TT 02/2023 · NLC1", "QĐ 15/2025 · NLC1"}


def test_gap_summary_sheets_show_two_nlc1(two_frameworks, demo_url, tmp_path):
    target = tmp_path / "tong-hop.xlsx"
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 2027", "--unit", "MAU-STP-XLVP",
                 "-o", str(target)]) == 0
    book = CalamineWorkbook.from_path(str(target))

    def table(name):
        rows = book.get_sheet_by_name(name).to_python()
        header = next(n for n, r in enumerate(rows) if r[0] == "STT")
        columns = rows[header]
        return [dict(zip(columns, r)) for r in rows[header + 1:] if isinstance(r[0], (int, float)) and r[0]]

    stats = [r for r in table("Theo năng lực") if r["Mã"] == "NLC1"]
    assert sorted(r["Khung năng lực"] for r in stats) == ["QĐ 15/2025", "TT 02/2023"]
    assert len({r["Năng lực"] for r in stats}) == 2
    needs = [r for r in table("Nhu cầu đào tạo") if r["Mã"] == "NLC1"]
    assert sorted(r["Khung năng lực"] for r in needs) == ["QĐ 15/2025", "TT 02/2023"]
    assert OWN_NAME in {r["Năng lực cần đào tạo, bồi dưỡng"] for r in needs}
    detail = [r for r in table("Chi tiết") if r["Mã"] == "NLC1"]
    assert {(r["Khung năng lực"], r["Năng lực"] == OWN_NAME) for r in detail} >= {("TT 02/2023", False),
                                                                                 ("QĐ 15/2025", True)}


def test_heatmap_has_a_column_per_framework_and_code(two_frameworks, actor, qtmodeltester):
    from PySide6.QtCore import Qt

    from app.ui.table_models import HeatmapModel

    people = [p for p in person_gaps(two_frameworks, actor, "Năm 2027") if p.employee_code in ("MAU0005", "MAU0010")]
    model = HeatmapModel()
    model.set_people(people)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert sorted(h for h in headers if h and h.startswith("NLC1\n")) == ["NLC1\nQĐ 15/2025", "NLC1\nTT 02/2023"]

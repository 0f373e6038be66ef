"""A required range that is the grade's default (TT 09: the document gives no levels) is marked as such
on every surface that shows it: the grid, `gap` (text and JSON), the printed form, the person workbook
and the detail sheet of the gap summary. The origin is the one frozen on the form (Rating.required_origin).
"""

from __future__ import annotations

import json

from openpyxl import load_workbook

from app.cli import main
from app.services import assessments as svc
from app.services.catalog import GRADE_DEFAULT_NOTE

TT09_FORM = ("MAU0014", "btttt-09-2023:2")  # demo: an assessor form against a TT 09 position (defaults)
TT02_FORM = ("MAU0005", "btp-02-2023:2")  # demo: a TT 02 position (ranges from the document)


def _view(db, actor, employee, position):
    view = svc.find_assessment(db, actor, employee, position, None, "assessor")
    view = view or svc.find_assessment(db, actor, employee, position, None, "self")
    assert view is not None
    return view


def test_gap_json_gives_each_item_its_origin(capsys, demo_url):
    for (employee, position), expected in ((TT09_FORM, {"grade_default"}), (TT02_FORM, {"document"})):
        assert main(["--db", demo_url, "gap", employee, "--position", position, "--json"]) == 0
        items = json.loads(capsys.readouterr().out)["items"]
        assert items and {i["requirement_origin"] for i in items} == expected


def test_gap_text_marks_the_range_and_explains_it(capsys, demo_url):
    employee, position = TT09_FORM
    assert main(["--db", demo_url, "gap", employee, "--position", position]) == 0
    out = capsys.readouterr().out
    assert "3–4 *" in out and f"* {GRADE_DEFAULT_NOTE}" in out
    employee, position = TT02_FORM
    assert main(["--db", demo_url, "gap", employee, "--position", position]) == 0
    out = capsys.readouterr().out
    assert " *" not in out and GRADE_DEFAULT_NOTE not in out


def test_printed_form_marks_defaults_with_a_footnote(demo_db, actor):
    from app.forms import form_html, report_html

    view = _view(demo_db, actor, *TT09_FORM)
    html = form_html(view, None, "UBND", None)
    assert html.count("3–4 *") == len(view.ratings) and GRADE_DEFAULT_NOTE in html
    assert "mặc định theo ngạch: văn bản không quy định cấp độ" in html
    html = form_html(_view(demo_db, actor, *TT02_FORM), None, "UBND", None)
    assert GRADE_DEFAULT_NOTE not in html and "–5 *" not in html and "–4 *" not in html
    assert GRADE_DEFAULT_NOTE not in report_html(_view(demo_db, actor, *TT02_FORM))


def test_the_origin_frozen_on_the_form_decides(demo_db, actor):
    """HR later sets the position's own ranges: a form made before keeps its grade-default mark."""
    from sqlalchemy import select, update

    from app.forms import form_html
    from app.models import Position, Requirement

    with demo_db.session() as s:
        position_id = s.scalar(select(Position.id).where(Position.key == TT09_FORM[1]))
        s.execute(update(Requirement).where(Requirement.position_id == position_id).values(origin="custom"))
    assert GRADE_DEFAULT_NOTE in form_html(_view(demo_db, actor, *TT09_FORM), None, "UBND", None)


def test_person_workbook_has_an_origin_column(demo_url, tmp_path):
    target = tmp_path / "p.xlsx"
    employee, position = TT09_FORM
    assert main(["--db", demo_url, "export", "person", employee, "--position", position, "-o", str(target)]) == 0
    ws = load_workbook(target)["Phiếu đánh giá"]
    rows = list(ws.iter_rows(values_only=True))
    header = next(n for n, r in enumerate(rows) if r and r[0] == "STT")
    column = rows[header].index("Nguồn cấp độ yêu cầu")
    body = [r for r in rows[header + 1:] if isinstance(r[0], int)]
    assert body and {r[column] for r in body} == {"mặc định theo ngạch"}
    assert load_workbook(target)["Biểu đồ"]._images  # the radar (app.charts.radar), on its own sheet


def test_grid_marks_defaults(qtbot, demo_db, actor):
    from PySide6.QtCore import Qt

    from app.ui.table_models import RatingTableModel

    model = RatingTableModel()
    model.set_assessment(_view(demo_db, actor, *TT09_FORM))
    rows = [n for n in range(model.rowCount()) if model.row_at(n).rating is not None]
    assert rows
    for n in rows:
        assert model.data(model.index(n, 1)).endswith(" *")
        assert "Mặc định theo ngạch" in model.data(model.index(n, 1), Qt.ItemDataRole.ToolTipRole)


def test_gap_summary_detail_sheet_has_an_origin_column(demo_url, tmp_path):
    target = tmp_path / "gaps.xlsx"
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 2026", "-o", str(target)]) == 0
    rows = list(load_workbook(target)["Chi tiết"].iter_rows(values_only=True))
    header = next(n for n, r in enumerate(rows) if r and r[0] == "STT")
    column, position = rows[header].index("Nguồn cấp độ yêu cầu"), rows[header].index("Khung năng lực")
    body = [r for r in rows[header + 1:] if isinstance(r[0], int)]
    by_framework = {}
    for r in body:
        by_framework.setdefault("TT 09" if "09/2023" in str(r[position]) else "other", set()).add(r[column])
    assert by_framework["TT 09"] == {"mặc định theo ngạch"}
    assert by_framework["other"] == {"theo văn bản"}

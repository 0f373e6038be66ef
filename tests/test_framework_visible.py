"""Everything a framework holds is shown: the text beside a level (grid tooltip, descriptor panel, position
browser, printed form), a position's relationships and authorities (browser and its printed description)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from app.services import assessments as svc
from app.services import catalog, frameworks
from tests.test_ui import pdf_text

CODE = "stp-2026"
KEY = f"{CODE}:1"
EVIDENCE = "Minh chứng: hai báo cáo chuyên đề đã được lãnh đạo duyệt trong năm"


@pytest.fixture
def with_text(demo_db, actor):
    """An agency framework whose position 1 requires NLC1 at levels 4–5 with the evidence expected beside them,
    held by MAU0001."""
    frameworks.copy_framework(demo_db, actor, "btp-02-2023", CODE)
    data = catalog.framework_data(demo_db, actor, CODE)
    position = next(p for p in data["positions"] if p["number"] == 1)
    requirement = next(r for r in position["requirements"] if r["competency"] == "NLC1")
    requirement.update({"min": 4, "max": 5, "text": EVIDENCE, "origin": "custom"})
    assert frameworks.save_framework(demo_db, actor, data) == "revised"
    with demo_db.engine.begin() as conn:
        position_id = conn.execute(text("SELECT id FROM positions WHERE key = :k"), {"k": KEY}).scalar()
        conn.execute(text("UPDATE employees SET position_id = :p WHERE code = 'MAU0001'"), {"p": position_id})
    return catalog.get_position(demo_db, actor, KEY)


def test_text_beside_levels_in_grid_tooltip_and_printed_form(demo_db, actor, with_text, qtbot):
    from app.forms import form_html
    from app.ui.table_models import RatingTableModel

    view = svc.preview_assessment(demo_db, actor, "MAU0001", KEY, "Năm 2026", "assessor")
    nlc1 = next(r for r in view.ratings if r.competency_code == "NLC1")
    assert (nlc1.required_min, nlc1.required_max, nlc1.required_text) == (4, 5, EVIDENCE)  # frozen on the form
    model = RatingTableModel()
    model.set_assessment(view)
    row = model.row_of("NLC1")
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert "4–5" in tip and EVIDENCE in tip
    assert EVIDENCE in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, 1)) == "4–5"  # the cell itself stays short
    html = form_html(view, None, "Sở Tư pháp", None)
    assert "4–5 (1)" in html and f"(1) {EVIDENCE}" in html


def test_text_beside_levels_in_descriptor_panel_and_position_browser(qtbot, make_window, demo_url, with_text):  # noqa: F811
    window = make_window(demo_url)
    page = window.assessment
    page.select_employee("MAU0001")
    page.set_period("Năm 2026")
    assert page.position_key == KEY
    page.grid.setCurrentIndex(page.model.index(page.model.row_of("NLC1"), 2))
    assert EVIDENCE in page.descriptor.text() and "4–5" in page.descriptor.text()
    window.nav.setCurrentRow(2)
    assert window.positions.select(KEY)
    shown = window.positions.detail.toPlainText()
    assert EVIDENCE in shown


def test_relationships_and_authorities_in_browser_and_printed_description(
        qtbot, make_window, demo_url, with_text, tmp_path, monkeypatch):  # noqa: F811
    detail = with_text
    assert detail.relationships and detail.authorities
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.positions
    assert page.select(KEY)
    shown = " ".join(page.detail.toPlainText().split())
    for heading in ("Quan hệ công việc", "Trong cơ quan", "Ngoài cơ quan", "Phạm vi quyền hạn"):
        assert heading in shown
    for r in detail.relationships:
        assert " ".join(r["party"].split()) in shown and " ".join(r["nature"].split()) in shown
    for a in detail.authorities:
        assert " ".join(a["text"].split()) in shown
    target = tmp_path / "mo-ta.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    assert page.print_button.isEnabled()
    assert page.export_position_pdf() == str(target)
    printed = pdf_text(target)
    assert "BẢN MÔ TẢ VỊ TRÍ VIỆC LÀM" in printed and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in printed
    for words in ("Các mối quan hệ công việc", "Phạm vi quyền hạn", "Trong cơ quan", "Ngoài cơ quan",
                  detail.relationships[0]["nature"], detail.relationships[-1]["party"], detail.authorities[0]["text"],
                  EVIDENCE, "(Ký, ghi rõ họ tên)"):
        assert " ".join(words.split()) in printed, words
    assert KEY not in printed  # no internal keys on paper


def test_position_print_html_has_notes_and_no_keys(demo_db, actor, with_text):
    from app.forms import position_print_html

    html = position_print_html(with_text, "UBND TỈNH MẪU", "Khung của Sở (số 1/QĐ-STP)")
    assert f"(1) {EVIDENCE}" in html and "4–5 (1)" in html
    assert KEY not in html and "Thủ trưởng".upper() in html


def test_framework_branch_shows_document_notes_and_level_descriptors(
        qtbot, make_window, demo_url, demo_db, actor):  # noqa: F811
    from app.ui.positions_page import FRAMEWORK_ROLE

    data = catalog.framework_data(demo_db, actor, "btp-02-2023")
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.positions
    branch = next(page.proxy.index(n, 0) for n in range(page.proxy.rowCount())
                  if page.proxy.index(n, 0).data(FRAMEWORK_ROLE) == "btp-02-2023")
    page.tree.setCurrentIndex(branch)
    shown = " ".join(page.detail.toPlainText().split())
    assert data["source"] in shown and data["issuer"] in shown and "29/06/2023" in shown
    for note in data["notes"]:
        assert note in shown
    first = data["competencies"][0]
    assert first["name"] in shown and all(" ".join(level.split()) in shown for level in first["levels"])
    assert not page.print_button.isEnabled()

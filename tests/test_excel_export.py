"""Excel exports, read back by an independent reader (python-calamine)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from app.cli import main
from app.services import assessments as svc
from app.services import staff
from app.services.reporting import person_gaps


def sheet(path, name):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_gap_summary_sheets_and_values(demo_db, demo_url, actor, tmp_path, capsys):
    target = tmp_path / "tong-hop.xlsx"
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 2025", "-o", str(target)]) == 0
    assert CalamineWorkbook.from_path(str(target)).sheet_names == ["Tổng hợp", "Chi tiết", "Theo năng lực",
                                                                   "Nhu cầu đào tạo"]
    rows = person_gaps(demo_db, actor, "Năm 2025")
    summary = sheet(target, "Tổng hợp")
    assert summary[0][0] == "UBND TỈNH MẪU (DỮ LIỆU MẪU)"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in summary[0]
    header = summary.index(["STT", "Họ và tên", "Đơn vị", "Ngạch", "Vị trí việc làm", "Kết luận", "Tỷ lệ đạt",
                            "Tổng mức thiếu hụt", "Ghi chú"])
    body = summary[header + 1: header + 1 + len(rows)]
    for line, person in zip(body, rows):
        s = person.report.summary
        assert line[1] == person.name and line[4] == person.position_name
        assert line[6] == pytest.approx(s.met_ratio)  # a number, not text
        assert line[7] == s.total_shortfall
    assert any("THỦ TRƯỞNG ĐƠN VỊ" in cell for r in summary for cell in r if isinstance(cell, str))
    detail = sheet(target, "Chi tiết")
    items = sum(len(p.report.items) for p in rows)
    first = detail.index(next(r for r in detail if r[:2] == ["STT", "Họ và tên"])) + 1
    assert detail[first + items - 1][0] == items
    assert {r[11] for r in detail[first:first + items]} <= {"Chưa đạt", "Đạt", "Vượt", "Chưa đánh giá",
                                                             "Không định mức"}
    wb = load_workbook(target)
    ws = wb["Tổng hợp"]
    assert ws.freeze_panes == f"A{header + 2}" and ws.auto_filter.ref.startswith(f"A{header + 1}")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize in (9, "9")
    # fit to one page wide (1 is the file format's default, so it may be left unwritten), any height
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1)
    assert ws.page_setup.fitToHeight in (0, "0")
    assert ws.print_title_rows == f"${header + 1}:${header + 1}"
    assert ws.cell(row=header + 2, column=2).font.name == "Times New Roman"
    assert len(wb["Chi tiết"].conditional_formatting) >= 1


def test_employees_sorted_vietnamese_style_within_units(demo_db, actor):
    from app.vntext import name_sort_key

    rows = person_gaps(demo_db, actor, "Năm 2025")
    units = [u.code for u in staff.list_units(demo_db, actor)]
    keys = [(units.index(r.unit_code), name_sort_key(r.name)) for r in rows]
    assert keys == sorted(keys)


def test_text_that_looks_like_a_formula_stays_text(demo_db, demo_url, actor, tmp_path):
    view = svc.find_assessment(demo_db, actor, "MAU0005", None, "Năm 2025", "assessor")
    assert view is not None
    # a note written by a user can start with "=": in Excel it must stay a note
    from sqlalchemy import update

    from app.models import Rating

    with demo_db.session() as s:
        s.execute(update(Rating).where(Rating.assessment_id == view.id).values(note="=HYPERLINK(\"x\")"))
    target = tmp_path / "person.xlsx"
    assert main(["--db", demo_url, "export", "person", "MAU0005", "--period", "Năm 2025", "-o", str(target)]) == 0
    ws = load_workbook(target)["Phiếu đánh giá"]
    notes = [c for row in ws.iter_rows() for c in row if c.value == '=HYPERLINK("x")']
    assert notes and all(c.data_type == "s" for c in notes)
    assert load_workbook(target)["Biểu đồ"]._images  # the radar as the window and the PDF draw it


def test_export_errors(capsys, demo_url, tmp_path):
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 1999", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "Năm 1999" in capsys.readouterr().err
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 2025", "-o", str(tmp_path / "x.pdf")]) == 2
    assert ".xlsx" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice is not installed")
def test_libreoffice_converts_summary_to_pdf(demo_url, tmp_path):
    target = tmp_path / "tong-hop.xlsx"
    assert main(["--db", demo_url, "export", "gaps", "--period", "Năm 2025", "-o", str(target)]) == 0
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(target)], check=True, capture_output=True, timeout=180)
    assert (tmp_path / "tong-hop.pdf").stat().st_size > 1000

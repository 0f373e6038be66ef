"""Render the framework import to PNG: python -m app.ui.import_screenshots OUT_DIR.

The preview of a revision of a framework in use (additions, changes, removals, a numbering warning,
the legal basis), and the problems of a mistaken workbook by sheet, row and column.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

CODE = "stp-hn-2026"


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _revise(path: Path) -> None:
    """What HR typically changes: a name, a new competency and its requirement, a level, a dropped position."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    comps = wb["Năng lực"]
    for row in comps.iter_rows(min_row=2):
        if row[0].value == "NLC2":
            row[2].value = "Tổ chức thực hiện nhiệm vụ được giao"
    comps.append(["NLCM6", "chuyen_mon", "Chuyển đổi số trong công tác tư pháp", None, "Biết", "Hiểu", "Vận dụng",
                  "Thành thạo", "Chuyên gia", "Thang chung"])
    reqs = wb["Yêu cầu"]
    for row in reqs.iter_rows(min_row=2):
        if row[0].value == 2 and row[1].value == "NLC1":
            row[2].value, row[3].value = 4, 5
    reqs.append([2, "NLCM6", 2, 3, "Minh chứng: sản phẩm số đã triển khai", "Do đơn vị quy định"])
    for n in range(reqs.max_row, 1, -1):  # a competency dropped from the framework
        if reqs.cell(n, 2).value == "NLQL5":
            reqs.delete_rows(n)
    for n in range(comps.max_row, 1, -1):
        if comps.cell(n, 1).value == "NLQL5":
            comps.delete_rows(n)
    for sheet in ("Vị trí", "Công việc", "Quan hệ công việc", "Quyền hạn", "Trình độ", "Điều kiện", "Yêu cầu"):
        ws = wb[sheet]  # position 1, held by nobody, dropped: a gap in the numbering, shown as a warning
        for n in range(ws.max_row, 1, -1):
            if ws.cell(n, 1).value == 1:
                ws.delete_rows(n)
    wb.save(path)


def main(out_dir: str) -> int:
    os.environ.setdefault("QT_SCALE_FACTOR", "1.25")  # before Qt starts: as app.ui.screenshots
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    from openpyxl import load_workbook
    from sqlalchemy import text

    from app.actor import local_user
    from app.bootstrap import open_database
    from app.demo import load_demo
    from app.excel.framework_check import check_framework_file
    from app.excel.framework_io import write_framework
    from app.services import assessments, catalog, frameworks, staff
    from app.ui.framework_import import FrameworkImportDialog

    actor = local_user()
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(f"sqlite:///{folder}/screens.sqlite3")
        load_demo(db, actor)
        frameworks.copy_framework(db, actor, "btp-02-2023", CODE,
                                  "Khung năng lực vị trí việc làm của Sở Tư pháp (điều chỉnh theo Thông tư 02/2023)")
        people = [e.code for e in staff.list_employees(db, actor)][:3]
        with db.engine.begin() as conn:
            position = conn.execute(text("SELECT id FROM positions WHERE key = :k"), {"k": f"{CODE}:2"}).scalar()
            for person in people:
                conn.execute(text("UPDATE employees SET position_id = :p WHERE code = :c"),
                             {"p": position, "c": person})
        for person in people[:2]:
            assessments.rate(db, actor, person, f"{CODE}:2", "Năm 2026", "assessor", {"NLC1": (3, assessments.KEEP)})
        path = Path(folder) / "khung-so-tu-phap.xlsx"
        write_framework(catalog.framework_data(db, actor, CODE), path)
        _revise(path)
        dialog = FrameworkImportDialog(check_framework_file(db, actor, path))
        dialog.basis_number.setText("Quyết định số 125/QĐ-UBND")
        dialog.show()
        _settle(app)
        dialog.basis_number.deselect()
        dialog.grab().save(str(out / "framework-import.png"))
        dialog.close()

        wb = load_workbook(path)
        wb["Năng lực"].cell(3, 1).value = None
        for row in wb["Yêu cầu"].iter_rows(min_row=2):
            if row[0].value == 1 and row[1].value == "NLC3":
                row[2].value = 7
        wb["Khung"]["B5"] = "31/02/2026"
        wb.save(path)
        dialog = FrameworkImportDialog(check_framework_file(db, actor, path))
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / "framework-import-problems.png"))
        dialog.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

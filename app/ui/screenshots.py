"""Render every screen to PNG for the README: python -m app.ui.screenshots OUT_DIR.

As most of our users see it: a 1366×768 laptop at Windows' default 125 % scaling. Qt is scaled by 1.25
(QT_SCALE_FACTOR, set here before Qt starts unless given), the window is 1093×614 logical pixels, so every PNG of
the window is 1366×768 physical pixels; dialogs at the size they open with.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCALE = "1.25"
SCREEN = (1366, 768)  # physical pixels


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget, path: Path, app) -> None:
    widget.show()
    _settle(app)
    widget.grab().save(str(path))


def main(out_dir: str) -> int:
    os.environ.setdefault("QT_SCALE_FACTOR", SCALE)
    from PySide6.QtWidgets import QApplication

    from app.ui.launcher import create_window

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    scale = float(os.environ["QT_SCALE_FACTOR"])
    logical = (round(SCREEN[0] / scale), round(SCREEN[1] / scale))
    with tempfile.TemporaryDirectory() as folder:
        window = create_window(f"sqlite:///{folder}/screens.sqlite3", f"{folder}/settings.ini")
        window.resize(*logical)
        while window.ctx is None:
            app.processEvents()
        window.resize(*logical)  # the saved geometry of a first start is the default one
        _save(window, out / "welcome.png", app)
        window.load_demo()
        page = window.assessment
        window.nav.setCurrentRow(0)
        page.picker.select("MAU0001")
        page.set_period("Năm 2025")
        _save(window, out / "assessment.png", app)

        from app.ui.audit_dialog import assessment_trail_dialog

        history = assessment_trail_dialog(page, window.ctx, page.view)
        history.resize(min(history.width(), logical[0] - 40), min(history.height(), logical[1] - 60))
        _save(history, out / "history.png", app)
        history.close()

        window.nav.setCurrentRow(1)
        _save(window, out / "staff.png", app)

        from app.services import staff
        from app.ui.employee_dialog import EmployeeDialog

        employee = EmployeeDialog(window.ctx, staff.get_employee(window.ctx.db, window.ctx.actor, "MAU0005"), window)
        _save(employee, out / "employee.png", app)
        employee.close()

        window.nav.setCurrentRow(2)
        window.positions.select("btttt-09-2023:42")
        _save(window, out / "positions.png", app)

        from app.services import catalog
        from app.ui.requirement_dialog import RequirementDialog

        dialog = RequirementDialog(window.ctx, catalog.get_position(window.ctx.db, window.ctx.actor, "btttt-09-2023:42"),
                                   window)
        dialog.reason.setText("Quyết định số 12/QĐ-STTTT ngày 05/11/2026")
        _save(dialog, out / "requirement.png", app)
        dialog.close()

        window.nav.setCurrentRow(3)
        window.reports.period.setCurrentIndex(window.reports.period.findData("Năm 2025"))
        _save(window, out / "reports.png", app)

        import datetime as dt

        from app.ui.period_dialog import PeriodDialog

        period = PeriodDialog(window.ctx, window, today=dt.date(2026, 11, 23))
        _save(period, out / "period.png", app)
        period.close()

        from app.ui.help_window import HelpWindow

        window.nav.setCurrentRow(0)
        guide = HelpWindow.open_for(window, window.current_screen())
        _save(guide, out / "help.png", app)
        guide.close()

        from app.ui.file_dialogs import ExportDone

        done = ExportDone(Path.home() / "Tài liệu" / "tong-hop-nam-2025.xlsx", window)
        _save(done, out / "export-done.png", app)
        done.close()

        from app.ui.printing import write_pdf

        pdf = Path(folder) / "form.pdf"
        agency = staff.agency_name(window.ctx.db, window.ctx.actor, "MAU0001")
        write_pdf(page.view, page.other, agency, pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out / "form-page1")], check=True)
        else:
            print("pdftoppm không có: bỏ qua ảnh trang PDF")
        from app import accounts
        from app.ui.accounts_dialog import AccountsDialog

        db, local = window.ctx.db, window.ctx.actor
        accounts.add_account(db, None, "admin", "Sen-hong@Hue-2026", "hr", display_name="Nguyễn Thị Hạnh (mẫu)")
        accounts.add_account(db, local, "truongphong.stp", "Mua-thu@Song-Lam", "head", unit="MAU-STP",
                             employee="MAU0001")
        accounts.add_account(db, local, "ly.bich.thao", "Cau-tre@Ben-Nghe", "employee", employee="MAU0005")
        accounts.grant_role(db, local, "truongphong.stp", "employee")
        dialog = AccountsDialog(window.ctx, window)
        _save(dialog, out / "accounts.png", app)
        dialog.close()
        window.ctx.db.dispose()
        window.close()
    from app.ui import import_screenshots
    from app.ui.framework_editor import screenshots as editor_screenshots

    import_screenshots.main(str(out))  # the framework import and editor, at the same scale
    editor_screenshots.main(str(out))
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

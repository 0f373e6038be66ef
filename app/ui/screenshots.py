"""Render the main screens to PNG (for the README): python -m app.ui.screenshots OUT_DIR."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.launcher import create_window


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        window = create_window(f"sqlite:///{folder}/screens.sqlite3", f"{folder}/settings.ini")
        window.resize(1440, 900)
        while window.ctx is None:
            app.processEvents()
        window.load_demo()
        page = window.assessment
        page.picker.select("MAU0001")
        page.set_period("Năm 2025")
        _settle(app)
        window.grab().save(str(out / "assessment.png"))

        from app.ui.audit_dialog import assessment_trail_dialog

        history = assessment_trail_dialog(page, window.ctx, page.view)
        history.show()
        _settle(app)
        history.grab().save(str(out / "history.png"))
        history.close()

        window.nav.setCurrentRow(1)
        _settle(app)
        window.grab().save(str(out / "staff.png"))

        window.nav.setCurrentRow(2)
        window.positions.select("btttt-09-2023:42")
        _settle(app)
        window.grab().save(str(out / "positions.png"))

        from app.services import catalog
        from app.ui.requirement_dialog import RequirementDialog

        dialog = RequirementDialog(window.ctx, catalog.get_position(window.ctx.db, window.ctx.actor, "btttt-09-2023:42"),
                                   window)
        dialog.reason.setText("Quyết định số 12/QĐ-STTTT ngày 05/11/2026")
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / "requirement.png"))
        dialog.close()

        window.nav.setCurrentRow(3)
        window.reports.period.setCurrentIndex(window.reports.period.findData("Năm 2025"))
        _settle(app)
        window.grab().save(str(out / "reports.png"))

        from app.services import staff
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
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / "accounts.png"))
        dialog.close()
        window.ctx.db.dispose()
        window.close()
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

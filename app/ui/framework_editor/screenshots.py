"""Render the framework editor on a 1366×768 screen at 125 % to PNG: python -m app.ui.framework_editor.screenshots OUT.

Every tab and sub-tab, a typed mistake in the problem list, and the save preview of a framework in use.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

SIZE = (1366, 768)  # physical pixels: the window is this size divided by the scale (app.ui.screenshots)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out_dir: str) -> int:
    scale = float(os.environ.setdefault("QT_SCALE_FACTOR", "1.25"))  # before Qt starts: as app.ui.screenshots
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    from app.actor import local_user
    from app.bootstrap import open_database
    from app.services import catalog, frameworks
    from app.ui.context import AppContext, make_settings
    from app.ui.framework_editor.chooser import FrameworkChooser
    from app.ui.framework_editor.editor import FrameworkEditor
    from app.ui.framework_editor.save_dialog import SavePreviewDialog

    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(f"sqlite:///{folder}/screens.sqlite3")
        ctx = AppContext(db, local_user(), make_settings(f"{folder}/settings.ini"))
        frameworks.copy_framework(db, ctx.actor, "btp-02-2023", "stp-hn-2026",
                                  "Khung năng lực vị trí việc làm của Sở Tư pháp (điều chỉnh theo Thông tư 02/2023)")
        chooser = FrameworkChooser(ctx)
        chooser.show()
        _settle(app)
        chooser.grab().save(str(out / "framework-chooser.png"))
        editor = FrameworkEditor(ctx, catalog.framework_data(db, ctx.actor, "stp-hn-2026"), "stp-hn-2026")
        editor.resize(round(SIZE[0] / scale), round(SIZE[1] / scale))
        editor.show()
        _settle(app)
        shots = [("framework-editor-document.png", 0, None), ("framework-editor-competencies.png", 1, None)]
        shots += [(f"framework-editor-position-{n}.png", 2, n) for n in range(5)]
        for name, tab, part in shots:
            editor.tabs.setCurrentIndex(tab)
            if part is not None:
                editor.positions.list.select_row(1)
                editor.positions.parts.setCurrentIndex(part)
            _settle(app)
            editor.grab().save(str(out / name))
        # a mistake typed in: a maximum under its minimum, marked and listed
        editor.doc.set(("positions", 1, "name"), "Chuyên viên chính về quản lý xử lý vi phạm hành chính (Sở)")
        editor.doc.set(("positions", 1, "requirements", 0, "max"), 2)
        editor.validate()
        editor.positions.parts.setCurrentIndex(4)
        editor.go_to_issue(editor.issue_list.item(0))
        _settle(app)
        editor.grab().save(str(out / "framework-editor.png"))
        editor.doc.undo_stack.undo()
        editor.doc.set(("positions", 1, "requirements", 1, "text"), "Minh chứng: kế hoạch công tác năm có ý kiến lãnh đạo")
        editor.doc.remove(("positions", 1, "authorities"), 4)
        editor.validate()
        preview = SavePreviewDialog(editor, frameworks.preview_framework(db, ctx.actor, editor.doc.snapshot()).lines(),
                                    needs_basis=True)
        preview.show()
        _settle(app)
        preview.grab().save(str(out / "framework-save-preview.png"))
        editor.doc.undo_stack.setClean()
        preview.close()
        editor.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

"""The look: one style module, icons drawn crisp at any scale, the navigation and toolbar, help (F1) and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon

ROOT = Path(__file__).resolve().parents[1]


def test_icons_are_svg_drawn_at_the_size_asked(qapp):
    from app.ui import style

    icon = style.icon("users")
    for scale in (1.0, 1.25, 2.0):
        pixmap = icon.pixmap(QSize(20, 20), scale)
        assert pixmap.size() == QSize(round(20 * scale), round(20 * scale)) and pixmap.devicePixelRatio() == scale
        image = pixmap.toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 128 for x in range(image.width()) for y in range(image.height()))
        assert inked > image.width()  # strokes drawn, not an empty or blurred square
    normal = style.icon("users", selected="#ffffff").pixmap(QSize(24, 24), QIcon.Mode.Normal).toImage()
    selected = style.icon("users", selected="#ffffff").pixmap(QSize(24, 24), QIcon.Mode.Selected).toImage()
    darkest = min((normal.pixelColor(x, y) for x in range(24) for y in range(24) if normal.pixelColor(x, y).alpha() > 200),
                  key=lambda c: c.lightness())
    assert darkest.lightness() < 100
    assert all(selected.pixelColor(x, y).lightness() > 200 for x in range(24) for y in range(24)
               if selected.pixelColor(x, y).alpha() > 200)


def test_every_icon_used_ships_with_its_licence():
    from app.ui import window_look

    icons = ROOT / "app" / "ui" / "icons"
    assert "ISC License" in (icons / "LICENSE").read_text()
    used = set(window_look.NAV_ICONS) | {"printer", "file-search", "file-down", "file-spreadsheet", "file-up", "history",
                                          "undo-2", "redo-2", "database-backup", "circle-help"}
    assert {p.stem for p in icons.glob("*.svg")} >= used


def test_navigation_and_toolbar_have_icons_and_a_selected_state(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    assert window.nav.objectName() == "navigation"
    for n in range(window.nav.count()):
        assert not window.nav.item(n).icon().isNull()
    assert "::item:selected" in window.styleSheet() + window.nav.styleSheet() + qtbot_app_style()
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 8 and all(not a.icon().isNull() for a in actions)
    assert window.print_action.toolTip() == "In phiếu đánh giá (Ctrl+P)"


def qtbot_app_style() -> str:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().styleSheet()


def test_f1_opens_the_guide_at_the_page_of_the_screen(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    expected = {0: "danh-gia.html", 1: "nhan-su.html", 2: "vi-tri.html", 3: "bao-cao.html"}
    for row, page in expected.items():
        window.nav.setCurrentRow(row)
        window.guide_action.trigger()
        help_window = window._help_window
        assert help_window.isVisible() and help_window.current_page() == page
        text = help_window.browser.toPlainText()
        assert len(text) > 400 and "Ctrl+" in text
    assert window.guide_action.shortcut().toString() == "F1"
    help_window.home_button.click()
    assert help_window.current_page() == "bat-dau.html"
    assert help_window.back_button.isEnabled()


def test_every_help_link_leads_to_a_shipped_page():
    import re

    for folder in (ROOT / "app" / "help", ROOT / "app" / "help" / "en"):
        pages = {p.name for p in folder.glob("*.html")}
        assert pages == {"bat-dau.html", "danh-gia.html", "nhan-su.html", "vi-tri.html", "bao-cao.html"}
        for page in pages:
            text = (folder / page).read_text("utf-8")
            for link in re.findall(r'href="([^"]+)"', text):
                assert link in pages, (page, link)
            if folder.name == "en":  # the English guide has no Vietnamese left
                found = re.search("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", text, re.I)
                assert not found, (page, text[max(found.start() - 40, 0):found.end() + 40])


def test_the_guide_speaks_the_language_of_the_interface(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(3)
    window.set_language("en")
    window.guide_action.trigger()
    guide = window._help_window
    assert guide.current_page() == "bao-cao.html" and "Reports" in guide.browser.toPlainText()
    assert guide.windowTitle() == "User guide"
    window.set_language("vi")
    window.guide_action.trigger()
    assert "Báo cáo" in window._help_window.browser.toPlainText()


def test_about_says_version_database_and_log_folder(qtbot, make_window, demo_url, monkeypatch):
    from importlib import metadata

    from app.logs import log_dir
    from app.ui.help_window import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = make_window(demo_url)
    window.about()
    about = shown[0]
    assert about.version.text() == metadata.version("competency-gap")
    assert about.database.text() == window.ctx.db.describe()  # the file, or the server without its password
    assert "demo.sqlite3" in about.database.text() or "***" in about.database.text()
    assert about.log_folder.text() == str(log_dir())
    assert about.version.textFormat() == Qt.TextFormat.PlainText


def test_colours_are_written_in_the_style_module_only():
    import re

    pattern = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])")
    found = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "app" / "ui").rglob("*.py")) if p.name != "style.py"
             for n, line in enumerate(p.read_text("utf-8").splitlines(), start=1)
             if pattern.search(line.split("  #")[0]) and "noqa: colour" not in line]
    assert found == []


def test_empty_lists_say_why(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(1)
    staff = window.staff
    state = staff.table._empty_state
    assert not state.label.isVisible()
    qtbot.keyClicks(staff.search, "khong ai co ten nay")
    qtbot.waitUntil(lambda: staff.proxy.rowCount() == 0)
    assert state.label.isVisible() and state.label.text() == "Không có công chức nào khớp với điều kiện tìm."
    staff.search.clear()
    qtbot.waitUntil(lambda: not state.label.isVisible())
    window.nav.setCurrentRow(3)
    readiness = window.reports.readiness._empty_state
    window.reports.period.setCurrentIndex(window.reports.period.findData("Năm 2025"))
    window.reports.tabs.setCurrentWidget(window.reports.readiness)
    qtbot.waitUntil(lambda: readiness.label.isVisible())  # no readiness form in 2025
    assert "sẵn sàng" in readiness.label.text()


def test_a_person_without_a_form_shows_no_form_yet(qtbot, make_window, demo_url):
    from app.services.periods import add_period

    window = make_window(demo_url)
    add_period(window.ctx.db, window.ctx.actor, "Năm 2027")
    page = window.assessment
    page.refresh_lists()
    page.picker.select("MAU0005")
    page.set_period("Năm 2027")
    qtbot.waitUntil(lambda: page.view is not None and page.employee_code == "MAU0005")
    assert not page.view.id  # nothing written yet: a preview of the form to come
    assert "Chưa có phiếu" in page.target_note.text() and "Đang soạn" not in page.target_note.text()
    page.picker.select("MAU0001")
    page.set_period("Năm 2025")
    qtbot.waitUntil(lambda: page.view is not None and bool(page.view.id))
    assert "Đã phê duyệt" in page.target_note.text() and "Chưa có phiếu" not in page.target_note.text()

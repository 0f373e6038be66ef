"""Every text the window shows, in English and in Vietnamese: menus, pages, the dialogs the menus open and Qt's
own dialogs (file, print, print preview, page setup, message boxes, context menus, undo/redo labels).

English: no Vietnamese letter is left, apart from data (names, framework texts from legal documents, periods…,
every text stored in the database) and the language menu's "Tiếng Việt".
Vietnamese: no English word of Qt's or ours is left (a word list), apart from data.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
ENGLISH_WORDS = (
    "File", "Edit", "View", "Help", "Save", "Save As", "Save All", "Cancel", "Open", "Print", "Undo", "Redo",
    "Look in", "File name", "Files of type", "Directory", "Directories", "Folder", "New Folder", "Properties",
    "Options", "Copies", "Page", "Pages", "Preview", "Close", "Yes", "No", "Apply", "Delete", "Select All", "Copy",
    "Paste", "Cut", "Back", "Forward", "Parent", "Detail View", "List View", "Name", "Size", "Type", "Kind",
    "Date Modified", "Printer", "Location", "Output", "Collate", "Reverse", "Color", "Colour", "Grayscale",
    "Duplex", "Orientation", "Portrait", "Landscape", "Margins", "Paper", "Setup", "Zoom", "Fit", "First", "Last",
    "Next", "Previous", "Export", "Discard", "Reset", "Restore", "Retry", "Ignore", "Abort", "Enter a value",
    "Show", "Hide", "Details", "Computer", "Recent", "Rename", "Remove", "Step", "All", "Current", "Selection",
    "Settings", "Language", "About", "Quit", "Exit", "Import", "Assessment", "Staff", "Reports", "Search",
    "Unknown", "Drive", "Form", "None", "Off", "Automatic", "Even", "Odd", "from", "of", "the", "and",
    # not "to": a Vietnamese word too (Phóng to)
)
ENGLISH = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(w) for w in sorted(ENGLISH_WORDS, key=len, reverse=True))
                     + r")(?!\w)")
# keys as printed on the keyboard, in shortcuts ("Ctrl+Shift+P") or named in a sentence ("Delete để xóa")
KEY_NAMES = re.compile(r"\b(?:Ctrl|Shift|Alt|Del|Ins|Esc|Enter|Return|Backspace|PgUp|PgDown|Home|End|Tab|Space|F\d+)"
                       r"(?:\+\S+|\b)|\b(?:Delete|Enter|Esc)(?= (?:để|hoặc))")
KEPT_AS_DATA = {"Tiếng Việt", "English"}  # the language menu names each language in its own tongue


def _strings_in(value, found: set[str]) -> None:
    if isinstance(value, str):
        if value[:1] in "{[":
            try:
                return _strings_in(json.loads(value), found)
            except ValueError:
                pass
        for part in [value, *value.split("\n")]:
            if len(part.strip()) >= 3:
                found.add(part.strip())
    elif isinstance(value, dict):
        for v in value.values():
            _strings_in(v, found)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _strings_in(v, found)


def database_strings(url: str) -> list[str]:
    """Every text stored in the database (names, units, framework texts, periods…): data, in its own language."""
    from sqlalchemy import MetaData, create_engine, select

    found: set[str] = set()
    engine = create_engine(url)
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.connect() as con:
            for table in meta.sorted_tables:
                for row in con.execute(select(table)):
                    for value in row:
                        _strings_in(value, found)
    finally:
        engine.dispose()
    return sorted(found, key=len, reverse=True)


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a widget and its children show: titles, labels, buttons, tips, items, headers."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}".strip()

        def add(text, what, where=where):
            if text and str(text).strip():
                out.append((f"{where} {what}", str(text)))

        if w.isWindow():
            add(w.windowTitle(), "title")
        add(w.toolTip(), "tooltip")
        add(w.whatsThis(), "what's this")
        if isinstance(w, (QAbstractButton, QLabel)):
            add(w.text(), "text")
        if isinstance(w, QLineEdit):
            add(w.placeholderText(), "placeholder")
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(w.placeholderText(), "placeholder")
            add(w.toPlainText()[:2000] if w.isReadOnly() else "", "text")
        if isinstance(w, QGroupBox):
            add(w.title(), "title")
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), "tab")
                add(w.tabToolTip(i), "tab tooltip")
        if isinstance(w, QComboBox):
            for i in range(min(w.count(), 40)):
                add(w.itemText(i), "item")
        if isinstance(w, QMenu):
            add(w.title(), "menu")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out.extend(model_texts(w.model(), where))
        for action in w.actions():
            add(action.text(), "action")
            add(action.iconText() if action.iconText() != action.text().replace("&", "") else "", "action icon text")
            if action.toolTip() and action.toolTip().replace("&", "") != action.text().replace("&", ""):
                add(action.toolTip(), "action tooltip")
            add(action.statusTip(), "action status tip")
    return out


def model_texts(model, where: str) -> list[tuple[str, str]]:
    from PySide6.QtCore import QModelIndex, Qt

    out = []
    try:
        columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
    except TypeError:  # list models keep columnCount private
        columns, rows = 1, model.rowCount()
    for c in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = model.headerData(c, Qt.Orientation.Horizontal, role)
            if text:
                out.append((f"{where} header {c}", str(text)))
    for r in range(min(rows, 8)):
        for c in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = model.index(r, c).data(role)
                if isinstance(text, str) and text.strip():
                    out.append((f"{where} cell {r},{c}", text))
    return out


def figure_texts(root: QWidget) -> list[tuple[str, str]]:
    """The texts of every chart (matplotlib canvases): legends, titles, labels."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.text import Text

    out = []
    for canvas in root.findChildren(FigureCanvasQTAgg):
        for text in canvas.figure.findobj(Text):
            if text.get_text().strip():
                out.append((f"chart {type(canvas).__name__}", text.get_text()))
    return out


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


class Leftovers:
    """Texts in the wrong language, once data is taken out of them."""

    SEGMENTS = re.compile(r"[;·|\n]|\s[—–-]\s|: |[()\[\]]|<[^>]+>")

    def __init__(self, language: str, data: list[str]):
        self.language = language
        self.data = sorted({_plain(d) for d in data if len(_plain(d)) >= 3}, key=len, reverse=True)
        self.blob = "\n".join(self.data)
        self.found: list[tuple[str, str]] = []
        self.seen = 0

    def add_data(self, values) -> None:
        self.data = sorted(set(self.data) | {_plain(v) for v in values if v and len(_plain(v)) >= 3},
                           key=len, reverse=True)
        self.blob = "\n".join(self.data)

    def is_data_fragment(self, segment: str) -> bool:
        """A shortened or wrapped piece of data: "Phù hợp với chức năng…", a chart's "9. Khả năng tham…"."""
        core = re.sub(r"^\d+\.\s*", "", segment.strip()).rstrip("…").strip()
        return len(core) >= 4 and (core in self.blob or segment.strip().endswith("…") and core[:-1] in self.blob)

    def rest_of(self, text: str) -> str:
        """The text without data: whole stored values, then shortened pieces of them."""
        text = _plain(text)
        for value in self.data:
            if len(value) <= len(text) and value in text:
                text = text.replace(value, " ")
        for kept in KEPT_AS_DATA:
            text = text.replace(kept, " ")
        segments = [s for s in self.SEGMENTS.split(text) if s and s.strip()]
        return " | ".join(s.strip() for s in segments if not self.is_data_fragment(s))

    def suspect(self, text: str) -> bool:
        if self.language == "en":
            return bool(VIETNAMESE.search(text))
        return bool(ENGLISH.search(text.replace("&", "")))

    def check(self, texts: list[tuple[str, str]]) -> None:
        for where, text in texts:
            self.seen += 1
            if not self.suspect(text):  # nothing of the other language even before data is taken out
                continue
            rest = self.rest_of(text)
            if self.language == "en":
                if VIETNAMESE.search(rest):
                    self.found.append((where, f"{rest!r} in {text[:150]!r}"))
            else:
                rest = re.sub(r"\S*[/\\]\S*", " ", KEY_NAMES.sub(" ", rest))  # paths and addresses are not words
                words = ENGLISH.findall(rest.replace("&", ""))
                if words:
                    self.found.append((where, f"{words} in {text[:150]!r}"))


class DialogWatcher:
    """While an action runs, reads the text of each dialog it opens (modal or not), then closes it."""

    def __init__(self, window, leftovers: Leftovers, opened: list[str]):
        self.window = window
        self.leftovers = leftovers
        self.opened = opened
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.tick)
        self.before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}

    def read_and_close(self, widget: QWidget) -> None:
        self.opened.append(type(widget).__name__)
        self.leftovers.check(widget_texts(widget))
        self.leftovers.check(figure_texts(widget))
        if isinstance(widget, QDialog):
            widget.done(0)
        else:
            widget.close()

    def tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.read_and_close(modal)

    def others(self) -> None:
        """Windows opened without waiting (the change history, the framework editor…)."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.window and not isinstance(widget, QMenu) \
                    and widget not in self.before:
                self.read_and_close(widget)


def menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu():
            yield from menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def qt_own_dialogs(window) -> list[QWidget]:
    """Qt's own dialogs as the program opens them, made here to read their every widget (also the hidden ones)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    file_dialog = QFileDialog(window)
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    open_dialog = QFileDialog(window, "", "", "Excel (*.xlsx)")
    open_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    boxes = QMessageBox(window)
    buttons = QMessageBox.StandardButton
    boxes.setStandardButtons(buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel | buttons.Save
                             | buttons.Discard | buttons.Close | buttons.Apply | buttons.Help | buttons.Open
                             | buttons.Retry | buttons.Ignore | buttons.YesToAll | buttons.NoToAll)
    boxes.setDetailedText("…")
    return [file_dialog, open_dialog, QPrintDialog(printer, window), QPrintPreviewDialog(printer, window),
            QPageSetupDialog(printer, window), boxes]


def context_menu_texts(window) -> list[tuple[str, str]]:
    """The context menus of a search box and of a text field (Hoàn tác, Cắt, Sao chép, Dán…)."""
    out = []
    editors = [window.assessment.picker.search, QTextEdit(window)]
    editors[0].setText("Nguyễn")
    editors[0].selectAll()
    for editor in editors:
        menu = editor.createStandardContextMenu()
        out += [(f"context menu of {type(editor).__name__}", a.text()) for a in menu_actions(menu)]
        out += [(f"context menu of {type(editor).__name__}", a.menu().title()) for a in menu.actions() if a.menu()]
        menu.deleteLater()
    editors[1].deleteLater()
    return out


def condition_texts(window) -> list[str]:
    """The statutory conditions shown (Báo cáo, the form's report): the legal text's conditions and the person's
    record, data in their own language; the labels around them are the interface's."""
    checks = list(window.assessment.readiness or [])
    for row in getattr(window.reports, "_readiness", None) or []:
        checks += list(row.checks)
    return [text for c in checks for text in (c.requirement, c.actual, c.missing, c.source)]


SKIPPED = ("quit_action", "logout_action")


@pytest.mark.sqlite_only("the texts shown do not depend on the engine; one walk takes half a minute")
@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_text_in_the_chosen_language(qtbot, make_window, demo_url, language):
    window = make_window(demo_url)
    window.resize(1366, 768)
    window.set_language(language)
    leftovers = Leftovers(language, database_strings(demo_url))
    page = window.assessment
    page.picker.search.clear()
    qtbot.keyClicks(page.picker.search, "MAU0005")
    from PySide6.QtCore import Qt

    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
    for rating in page.view.ratings[:3]:
        page.set_score(rating.competency_code, 3)
    qtbot.wait(50)
    undo = window.undo_action.text()
    assert undo.startswith("Undo " if language == "en" else "Hoàn tác "), undo
    leftovers.check([("undo action", undo), ("redo action", window.redo_action.text())])

    for row in range(4):  # every page, as shown
        window.nav.setCurrentRow(row)
        qtbot.wait(100)
        leftovers.add_data(condition_texts(window))
        leftovers.check(widget_texts(window))
        leftovers.check(figure_texts(window))
    window.nav.setCurrentRow(0)
    qtbot.wait(100)
    leftovers.check(figure_texts(window))
    leftovers.check(context_menu_texts(window))

    opened: list[str] = []
    watcher = DialogWatcher(window, leftovers, opened)
    watcher.timer.start()
    skipped = {getattr(window, name) for name in SKIPPED} | set(window.language_actions.values())
    triggered = 0
    for menu_action in window.menuBar().actions():
        for action in menu_actions(menu_action.menu()):
            if action in skipped or not action.isEnabled() or not action.isVisible():
                continue
            if window.nav.currentRow() != 0:
                window.nav.setCurrentRow(0)
            action.trigger()
            triggered += 1
            qtbot.wait(60)
            watcher.others()
    for dialog in qt_own_dialogs(window):
        leftovers.check(widget_texts(dialog))
        opened.append(type(dialog).__name__)
        dialog.deleteLater()

    for row in range(4):  # every button of every page (what they open is read and closed, a question refused)
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        page = window.stack.currentWidget()
        for button in page.findChildren(QPushButton):
            if button.isVisible() and button.isEnabled():
                button.click()
                triggered += 1
                qtbot.wait(60)
                watcher.others()
    watcher.timer.stop()
    assert triggered >= 20, triggered
    for kind in ("QFileDialog", "QPrintDialog", "QPrintPreviewDialog", "QMessageBox", "QPageSetupDialog"):
        assert kind in opened, (kind, opened)
    assert leftovers.seen > 500, leftovers.seen
    if os.environ.get("LANGUAGES_REPORT"):  # the whole list, for whoever completes the catalogues
        Path(os.environ["LANGUAGES_REPORT"] + f".{language}").write_text(
            "\n".join([f"opened: {opened}"] + [f"{where}: {text}" for where, text in leftovers.found]), encoding="utf-8")
    assert not leftovers.found, "\n".join(f"{where}: {text}" for where, text in leftovers.found[:80])


def test_word_list_and_letter_check_catch_leftovers():
    """The checks themselves: an English word in Vietnamese and a Vietnamese letter in English are found."""
    vi = Leftovers("vi", ["Nguyễn Văn An"])
    vi.check([("a", "&Lưu"), ("b", "Hoàn tác Chấm điểm NLC1 (Ctrl+Z)"), ("c", "Look in:"), ("d", "Hủy"),
              ("e", "Files of type:"), ("f", "Nguyễn Văn An")])
    assert [w for w, _ in vi.found] == ["c", "e"]
    en = Leftovers("en", ["Nguyễn Văn An", "Năm 2026"])
    en.check([("a", "Score Nguyễn Văn An"), ("b", "Self-assessment"), ("c", "Tự đánh giá"), ("d", "Tiếng Việt"),
              ("e", "Summary: Năm 2026"), ("f", "elf-assessmen"), ("g", "Gửi")])
    assert [w for w, _ in en.found] == ["c", "g"]


def test_qt_catalogue_answers_for_the_contexts_qt_uses(qapp):
    """qt_vi.qm is shipped and answers Qt's own contexts (a source text missing from it would stay English)."""
    from PySide6.QtCore import QCoreApplication

    from app.paths import translations_dir
    from app.ui import i18n

    assert (Path(translations_dir()) / "qt_vi.qm").is_file()
    i18n.set_language("vi")
    tr = QCoreApplication.translate
    assert tr("QPlatformTheme", "Cancel") == "Hủy"
    assert tr("QFileDialog", "Files of type:") == "Loại tệp:"
    assert tr("QPrintDialog", "Print") == "In"
    assert tr("QUndoGroup", "Undo %1") == "Hoàn tác %1"
    i18n.set_language("en")
    assert tr("QPlatformTheme", "Cancel") == "Cancel"
    i18n.set_language("vi")


CLI_ENGLISH = re.compile(r"(?i:\b(?:usage|positional|arguments?|options?|optional|show|help|message|exit|required|"
                         r"invalid|choices?|choose|default|error|expected)\b)"
                         r"|(?<![A-Za-z])(?:NAME|FILE|CODE|TEXT|KEY|COMMAND|EMPLOYEE|SCORE|ID)(?![A-Za-z])")


def _parsers(parser, name="competency-gap"):
    import argparse

    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _parsers(sub, f"{name} {sub_name}")


def test_command_line_help_in_vietnamese_with_every_option_described():
    """--help of the program and of every command: argparse's words in Vietnamese, a description for the
    command and for each option, values named in Vietnamese."""
    import argparse

    from app.cli.parser import build_parser

    checked = 0
    for name, parser in _parsers(build_parser()):
        text = parser.format_help()
        assert text.startswith("cách dùng: "), (name, text[:80])
        assert "tùy chọn:" in text and "hiện hướng dẫn này rồi thoát" in text, name
        assert parser.description, f"{name}: no description"
        words = re.sub(r"\{[^}]*\}|(?<!\w)--?[\w-]+|competency-gap[\w -]*|COMPETENCY_GAP_\w+", " ", text)
        assert not CLI_ENGLISH.findall(words), (name, CLI_ENGLISH.findall(words), text)
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction._ChoicesPseudoAction)):
                continue
            assert action.help and action.help != argparse.SUPPRESS, f"{name} {action.option_strings or action.dest}"
        checked += 1
    assert checked > 25


def test_command_line_errors_in_vietnamese(capsys):
    from app.cli.parser import build_parser

    for argv, expected in ((["rate"], "thiếu tham số bắt buộc"), (["rate", "X", "--kind", "bad"], "không có lựa chọn"),
                           (["khong-co-lenh"], "không có lựa chọn"), (["where", "--khong-co"], "không hiểu tham số")):
        with pytest.raises(SystemExit):
            build_parser().parse_args(argv)
        err = capsys.readouterr().err
        assert err.startswith("Lỗi: ") and expected in err, (argv, err)
        assert not CLI_ENGLISH.findall(re.sub(r"'[^']*'|(?<!\w)--?[\w-]+|competency-gap[\w -]*", " ", err)), err

"""Keyboard first: from Ctrl+F to a saved score without the mouse; every menu action has its own key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from app.actor import local_user
from app.bootstrap import open_database
from app.services import assessments as svc


def stored(url, code, period="Năm 2026", kind="assessor"):
    """Scores as a second, independent connection sees them."""
    db, _ = open_database(url)
    view = svc.find_assessment(db, local_user(), code, None, period, kind)
    db.dispose()
    return {r.competency_code: r.score for r in view.ratings} if view else {}


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the user types it: to whichever widget has the keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def ready(qtbot, make_window, url):
    window = make_window(url)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()
    return window


def test_ctrl_f_enter_digits_score_without_the_mouse(qtbot, make_window, demo_url):
    window = ready(qtbot, make_window, demo_url)
    page = window.assessment
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.picker.search
    qtbot.keyClicks(focused(), "ly bich thao")  # Lý Bích Thảo (MAU0005), typed without accents
    press(qtbot, Qt.Key.Key_Return)
    assert page.employee_code == "MAU0005" and focused() is page.grid
    first, second = (page.model.row_at(r).rating.competency_code for r in page.model.rating_rows()[:2])
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_4)
    scores = stored(demo_url, "MAU0005")
    assert scores[first] == 3 and scores[second] == 4  # each digit saved, then on to the next competency
    assert page.picker.search.text() == "ly bich thao"  # the digits went to the grid, never to the search box
    # back to the search box: its text selected, so typing replaces it; digits typed there are a search
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.picker.search and page.picker.search.selectedText() == "ly bich thao"
    qtbot.keyClicks(focused(), "MAU0001")
    assert page.picker.search.text() == "MAU0001" and page.employee_code == "MAU0001"
    assert stored(demo_url, "MAU0005")[first] == 3


def test_down_goes_into_the_list_and_enter_to_the_grid(qtbot, make_window, demo_url):
    window = ready(qtbot, make_window, demo_url)
    page = window.assessment
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "nguyen")
    found = [page.picker.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(page.picker.proxy.rowCount())]
    assert len(found) > 2
    press(qtbot, Qt.Key.Key_Down)  # the first person found, and the keyboard in the list
    assert focused() is page.picker.list and page.view.employee_name == found[0]
    press(qtbot, Qt.Key.Key_Down)
    assert page.view.employee_name == found[1]
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is page.grid
    code = page.employee_code
    competency = page.model.row_at(page.model.rating_rows()[0]).rating.competency_code
    press(qtbot, Qt.Key.Key_2)
    assert stored(demo_url, code)[competency] == 2


def test_the_folded_staff_list_opens_for_ctrl_f(qtbot, make_window, demo_url):
    window = ready(qtbot, make_window, demo_url)
    page = window.assessment
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not page.splitter.shown(page.splitter.LIST) and not page.list_action.isChecked()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.splitter.shown(page.splitter.LIST) and focused() is page.picker.search


def test_ctrl_f_on_the_staff_page_goes_to_its_search(qtbot, make_window, demo_url):
    window = ready(qtbot, make_window, demo_url)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.staff
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.staff.search


def menu_actions(menu: QMenu):
    """Every action a menu offers, its submenus' included (the submenus themselves not)."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from menu_actions(action.menu())
        else:
            yield action


def all_actions(window) -> list[QAction]:
    seen, out = set(), []
    for action in [*window.findChildren(QAction), *(a for m in window.menuBar().actions() if m.menu()
                                                    for a in menu_actions(m.menu()))]:
        if id(action) not in seen:
            seen.add(id(action))
            out.append(action)
    return out


def test_every_menu_action_has_a_key_and_no_two_share_one(qtbot, make_window, demo_url):
    from app.ui import shortcuts

    window = make_window(demo_url)
    exempt = {id(a) for name in shortcuts.EXEMPT for a in getattr(window, name).values()}
    missing = []
    for top in window.menuBar().actions():
        for action in menu_actions(top.menu()):
            if not action.shortcut().isEmpty():
                continue
            if id(action) not in exempt:
                missing.append(f"{top.menu().title()} → {action.text()}")
    assert missing == []
    owners: dict[str, list[str]] = {}
    for action in all_actions(window):
        for key in action.shortcuts():
            owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    # none is a plain key the grid or a text box takes for itself: digits, letters, Enter, Delete
    typing = {"Return", "Enter", "Del", "Backspace", "Tab", "Space", "Esc", "Up", "Down", "Left", "Right"}
    plain = [k for k in owners if len(k) == 1 or k in typing]
    assert plain == []


def test_form_steps_are_in_the_phieu_menu_with_their_keys_on_the_buttons(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = window.assessment
    steps = [page.submit_action, page.approve_action, page.reopen_action]
    assert list(menu_actions(window.form_menu)) == steps
    for action, button in zip(steps, (page.submit_button, page.approve_button, page.reopen_button)):
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key and key in button.toolTip()
    panels = list(menu_actions(window.view_menu))
    assert page.list_action in panels and page.chart_action in panels

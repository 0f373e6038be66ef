"""The Đánh giá page on a laptop's screen: 1366×768 at 100 % and at 125 % (1093×614 logical pixels, and a real
QT_SCALE_FACTOR=1.25 run in a subprocess), and 1024×700. The competency's name keeps its share of the grid,
no row is taller than three lines, nothing of the staff list, the form or the chart and report is cut, and
the side panels fold and stay folded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
TASKBAR = 40  # pixels of the screen the desktop's taskbar keeps
SCREENS = {"1366x768": (1366, 768, 1.0), "1366x768@125%": (1366, 768, 1.25), "1024x700": (1024, 700, 1.0)}
TT09 = "MAU0040"  # a CVC of TT 09: four long statements, each far more than three lines at any width here
TT02 = "MAU0005"  # a CV of TT 02: 17 competencies in three groups
MIN_SHARE = 0.35

pytestmark = pytest.mark.sqlite_only("the layout of the window: the database engine plays no part in it")


def logical(screen: str) -> tuple[int, int]:
    """The window's size in Qt's pixels on that screen, maximised above the taskbar."""
    width, height, scale = SCREENS[screen]
    return round(width / scale), round((height - TASKBAR) / scale)


def settle(window, size) -> None:
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()


def cut_widgets(panel: QWidget) -> list[str]:
    """Visible widgets of the panel outside their parent's rectangle or smaller than their minimum size.

    What a scroll area holds scrolls by design, so only the scroll area itself is checked."""
    problems = []

    def visit(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not child.isVisible() or child.isWindow():
                continue
            name = f"{type(child).__name__} {child.objectName()} in {type(widget).__name__}"
            geometry, hint = child.geometry(), child.minimumSizeHint()
            if geometry.left() < 0 or geometry.top() < 0 or geometry.right() >= widget.width() + 1 \
                    or geometry.bottom() >= widget.height() + 1:
                problems.append(f"{name}: {geometry.getRect()} outside {widget.size().toTuple()}")
            if hint.isValid() and (geometry.width() < hint.width() or geometry.height() < hint.height()):
                problems.append(f"{name}: {geometry.size().toTuple()} below its minimum {hint.toTuple()}")
            if not isinstance(child, QAbstractScrollArea):
                visit(child)

    visit(panel)
    return problems


def measure(window, code: str) -> dict:
    """What the tests check, measured on the window as it is (also run in a subprocess at 125 %)."""
    from app.ui.rating_grid import MAX_LINES, cell_lines, row_padding

    page = window.assessment
    if page.employee_code != code:
        page.picker.select(code)
    QApplication.processEvents()
    grid, model = page.grid, page.model
    line = QFontMetrics(grid.font()).lineSpacing()
    rows = model.rating_rows()
    first = model.row_at(rows[0]).rating
    header = grid.horizontalHeader()
    panels = {"staff list": page.picker, "form": page.centre, "chart and report": page.right}
    shown = {name: page.splitter.sizes()[n] > 0 for n, name in enumerate(panels)}
    picker = page.picker
    return {
        "window": window.size().toTuple(),
        "dpr": window.devicePixelRatioF(),
        "widths": [header.sectionSize(c) for c in range(header.count())],
        "viewport": grid.viewport().width(),
        "share": grid.competency_share(),
        "row_heights": [grid.rowHeight(r) for r in rows],
        "tallest_allowed": MAX_LINES * line + row_padding(grid),
        "first_cut": cell_lines(first.competency, grid.font(), header.sectionSize(0) - 6)[1],
        "first_tip": model.index(rows[0], 0).data(Qt.ItemDataRole.ToolTipRole),
        "first_name": first.competency,
        "descriptor": page.descriptor.text(),
        "shown": shown,
        "sizes": page.splitter.sizes(),
        "cut": {name: cut_widgets(panel) for name, panel in panels.items() if shown[name]},
        "names_fit": picker.list.viewport().width() >= picker.widest_name() + 8,
    }


def check(facts: dict, size, chart_shown: bool | None = None) -> None:
    assert tuple(facts["window"]) == tuple(size)  # the window is no wider or taller than the screen's work area
    assert facts["share"] >= MIN_SHARE, facts["widths"]
    assert max(facts["row_heights"]) <= facts["tallest_allowed"], facts["row_heights"]
    assert facts["cut"] == {name: [] for name, shown in facts["shown"].items() if shown}
    assert facts["shown"]["staff list"] and facts["shown"]["form"] and facts["names_fit"]
    if chart_shown is not None:
        assert facts["shown"]["chart and report"] == chart_shown


@pytest.mark.parametrize("screen", ["1366x768", "1366x768@125%", "1024x700"])
def test_grid_and_panels_fit_the_screen(qtbot, make_window, demo_url, screen):
    window = make_window(demo_url)
    size = logical(screen)
    settle(window, size)
    for code in (TT02, TT09):
        facts = measure(window, code)
        # all three panels where they fit (1366×768 at 100 %); else the chart and report start folded
        check(facts, size, chart_shown=screen == "1366x768")
    # TT 09's statements: three lines in the grid ending in "…", the whole text in the tooltip and the panel
    assert facts["first_cut"] and facts["first_tip"] == facts["first_name"]
    assert facts["first_name"] in facts["descriptor"].replace("<b>", "").replace("</b>", "")
    # opening the chart and report shows it whole, the staff list giving way if both do not fit
    page = window.assessment
    if not page.chart_action.isChecked():
        page.chart_action.trigger()
    QApplication.processEvents()
    facts = measure(window, TT09)
    assert facts["shown"]["chart and report"] and facts["share"] >= MIN_SHARE
    assert facts["cut"] == {name: [] for name, shown in facts["shown"].items() if shown}
    assert facts["sizes"][2] >= page.right.minimumSizeHint().width()
    if screen != "1366x768":
        assert not facts["shown"]["staff list"]
        page.list_action.trigger()  # and back: the chart folds for the staff list
        QApplication.processEvents()
        facts = measure(window, TT09)
        assert facts["shown"]["staff list"] and not facts["shown"]["chart and report"] and facts["share"] >= MIN_SHARE


def test_empty_columns_shrink_and_the_competency_takes_the_rest(qtbot, make_window, demo_url):
    from app.ui.table_models import RatingTableModel

    window = make_window(demo_url)
    settle(window, logical("1366x768@125%"))
    page = window.assessment
    page.picker.select(TT02)
    QApplication.processEvents()
    header, model = page.grid.horizontalHeader(), page.model
    title = QFontMetrics(header.font())
    note = RatingTableModel.NOTE
    assert not any(model.index(r, note).data() for r in model.rating_rows())  # no note yet: the column is its title
    assert header.sectionSize(note) <= title.horizontalAdvance(model.title(note)) + 24
    assert sum(header.sectionSize(c) for c in range(header.count())) <= page.grid.viewport().width()
    # a long note widens its column only so far: it wraps within three lines, whole in the tooltip
    before = header.sectionSize(0)
    code = model.row_at(model.rating_rows()[0]).rating.competency_code
    assert page.edit(code, "note", "Cần bồi dưỡng thêm kỹ năng soạn thảo văn bản quy phạm pháp luật " * 4)
    QApplication.processEvents()
    assert header.sectionSize(note) <= 220 and header.sectionSize(0) >= MIN_SHARE * page.grid.viewport().width()
    assert abs(header.sectionSize(0) - before) <= 2  # the other columns gave way to the note, not the name
    row = model.row_of(code)
    assert page.grid.rowHeight(row) <= measure(window, TT02)["tallest_allowed"]
    assert model.index(row, note).data(Qt.ItemDataRole.ToolTipRole).startswith("Cần bồi dưỡng")


def test_folded_panels_and_their_sizes_are_remembered(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    settle(window, logical("1366x768"))
    page = window.assessment
    assert page.splitter.shown(page.splitter.CHART)
    page.splitter.setSizes([260, 600, 400])  # as if dragged
    page.splitter.user_sized = True
    sizes = page.splitter.sizes()
    window.close()
    window = make_window(demo_url)
    settle(window, logical("1366x768"))
    page = window.assessment
    assert page.splitter.sizes() == sizes  # open, at the width it was left
    page.chart_action.trigger()
    assert not page.splitter.shown(page.splitter.CHART) and not page.chart_action.isChecked()
    sizes = page.splitter.sizes()
    window.close()  # the settings are written on closing
    again = make_window(demo_url)
    page = again.assessment
    settle(again, logical("1366x768"))  # the same screen (Qt fits a restored window to the screen it has)
    assert not page.splitter.shown(page.splitter.CHART) and not page.chart_action.isChecked()
    assert page.splitter.sizes() == sizes


PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.launcher import create_window
from tests.test_window_layout import measure, settle
window = create_window(sys.argv[1], sys.argv[2])
while window.ctx is None:
    app.processEvents()
settle(window, (int(sys.argv[3]), int(sys.argv[4])))
print(json.dumps({code: measure(window, code) for code in sys.argv[5:]}))
window.close()
"""


def test_at_a_real_scale_factor_of_125_percent(demo_url, tmp_path):
    """Qt's own 1.25 scaling (as Windows' default 125 %): the window is 1366 device pixels wide and fits."""
    size = logical("1366x768@125%")
    env = dict(os.environ, QT_SCALE_FACTOR="1.25", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE, demo_url, str(tmp_path / "settings.ini"), *map(str, size),
                          TT02, TT09], check=False, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    results = json.loads(out.stdout.strip().splitlines()[-1])
    for facts in results.values():
        assert facts["dpr"] == 1.25
        assert round(facts["window"][0] * 1.25) == 1366
        check(facts, size, chart_shown=False)


def test_a_folded_chart_is_drawn_when_opened(qtbot, make_window, demo_url):
    """While folded the radar is not redrawn (it costs a tenth of a second); opened, it shows the form as it is."""
    window = make_window(demo_url)
    settle(window, logical("1024x700"))
    page = window.assessment
    page.picker.select(TT02)
    assert not page.splitter.shown(page.splitter.CHART)
    first = page.view.ratings[0].competency_code
    assert page.set_score(first, 4)
    plotted = page.radar.plotted_scores() if page.radar.chart is not None else None
    assert plotted is None or plotted[0] != 4  # not drawn while folded
    page.chart_action.trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.radar.chart is not None)
    assert page.radar.plotted_scores() == [r.score for r in page.view.ratings]

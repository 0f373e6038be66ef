"""The Đánh giá page's actions: its steps (Gửi, Phê duyệt, Mở lại) and its panels (the staff list, the chart
and report) with their keys, in step with their buttons; Ctrl+F; the radar drawn only when its panel is open.

A mixin of AssessmentPage (its texts are translated in the page's context)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.assessment_panels import PanelSplitter
from app.ui.i18n import translate


class PageActions:
    def _make_actions(self) -> None:
        """The page's steps and panels as actions with shortcuts (the main window puts them in its menus)."""
        self.submit_action = QAction(self, shortcut=QKeySequence("Ctrl+Return"), triggered=self.submit)
        self.approve_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+A"), triggered=self.approve)
        self.reopen_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+O"), triggered=self.reopen)
        self.list_action = QAction(self, checkable=True, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.chart_action = QAction(self, checkable=True, shortcut=QKeySequence("Ctrl+Shift+R"))
        self.list_action.triggered.connect(lambda shown: self.splitter.set_shown(PanelSplitter.LIST, shown))
        self.chart_action.triggered.connect(lambda shown: self.splitter.set_shown(PanelSplitter.CHART, shown))
        for button, action in ((self.list_button, self.list_action), (self.chart_button, self.chart_action)):
            button.setDefaultAction(action)  # an arrow only (the action's name and key are its tooltip)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)

    def form_actions(self) -> list[QAction]:
        return [self.submit_action, self.approve_action, self.reopen_action]

    def panel_actions(self) -> list[QAction]:
        return [self.list_action, self.chart_action]

    def _sync_actions(self) -> None:
        """Actions as their buttons: enabled and shown alike, and only while the page is on screen."""
        here = self.isVisible()
        for action, button in ((self.submit_action, self.submit_button), (self.approve_action, self.approve_button),
                               (self.reopen_action, self.reopen_button)):
            action.setEnabled(here and button.isEnabled() and not button.isHidden())
            action.setVisible(not button.isHidden())
        for action, index in ((self.list_action, PanelSplitter.LIST), (self.chart_action, PanelSplitter.CHART)):
            action.setEnabled(here)
            action.setChecked(self.splitter.shown(index))
        # the arrows point where the panel goes: the staff list folds to the left, the chart to the right
        left, right = Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow
        self.list_button.setArrowType(left if self.list_action.isChecked() else right)
        self.chart_button.setArrowType(right if self.chart_action.isChecked() else left)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._sync_actions()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self._sync_actions()

    def focus_search(self) -> None:
        """Ctrl+F: the staff list's search box (the list opens if it was folded), its text selected."""
        if not self.splitter.shown(PanelSplitter.LIST):
            self.splitter.set_shown(PanelSplitter.LIST, True)
        self.picker.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.search.selectAll()

    def _retranslate_actions(self) -> None:
        self.submit_action.setText(translate("AssessmentPage", "Gửi phiếu…"))
        self.approve_action.setText(translate("AssessmentPage", "Phê duyệt phiếu…"))
        self.reopen_action.setText(translate("AssessmentPage", "Mở lại phiếu…"))
        self.list_action.setText(translate("AssessmentPage", "Danh sách công chức"))
        self.chart_action.setText(translate("AssessmentPage", "Biểu đồ và báo cáo"))
        for action, button in ((self.submit_action, self.submit_button), (self.approve_action, self.approve_button),
                               (self.reopen_action, self.reopen_button)):
            button.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        for action in self.panel_actions():
            action.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def _draw_radar(self, with_window: bool = False) -> None:
        """The radar of the form on screen; a folded chart is drawn when it is opened (a redraw costs 0.1 s).

        with_window: another form is shown, so the whole page repaints anyway; the chart's new picture is painted
        in that same pass, not on its own at once (an immediate repaint paints everything already changed too,
        which is painted again once the grid has its new widths)."""
        self._radar_stale = not self.splitter.shown(PanelSplitter.CHART)
        if self._radar_stale:
            return
        canvas = self.radar.canvas
        if not with_window or canvas is None:
            self.radar.show_assessment(self.view, self.other)
            return
        canvas.setUpdatesEnabled(False)  # its immediate repaint does nothing…
        try:
            self.radar.show_assessment(self.view, self.other)
        finally:
            canvas.setUpdatesEnabled(True)  # …and it is painted with the rest of the window

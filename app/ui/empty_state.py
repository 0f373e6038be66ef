"""Empty states: a list or table with no row says why, and what to do, in the same muted words everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from app.ui import style


class EmptyState(QObject):
    """A centred message over a view's viewport, shown while its model has no row."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]):
        super().__init__(view)
        self.view, self.text = view, text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setStyleSheet(style.EMPTY_STATE)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._model = None
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.watch()

    def watch(self) -> None:
        """Follow the view's model (again, when the view was given another one)."""
        model = self.view.model()
        if model is self._model:
            return
        self._model = model
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.update)
        self.update()

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def update(self, *_args) -> None:
        empty = self.is_empty()
        self.label.setText(self.text() if empty else "")  # no stale text while hidden
        if empty:
            self.label.setGeometry(self.view.viewport().rect().adjusted(16, 16, -16, -16))
        self.label.setVisible(empty)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LanguageChange):
            self.watch()
            self.update()
        return False


def attach(view: QAbstractItemView, text: Callable[[], str]) -> EmptyState:
    """Show text() over the view while it has no row; text is called each time, so it follows the language."""
    state = EmptyState(view, text)
    view._empty_state = state  # kept with the view
    return state

"""The staff list's item model: pages of people fetched as the view scrolls (canFetchMore/fetchMore).

A query (search words, unit, inactive shown) is answered by the database a page at a time
(app.services.staff_list.employee_page), so a list of 250,000 people shows its first 200 at once and
reads more only when scrolled to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from app.services.staff_list import PAGE_SIZE, EmployeePage
from app.ui.table_models import EmployeeTableModel

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], EmployeePage]  # (offset, limit) -> a page


class StaffListModel(EmployeeTableModel):
    """EmployeeTableModel over a paged query: rows come PAGE_SIZE at a time, `total` counts them all."""

    def __init__(self, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.page_size = page_size
        self.total = 0
        self._fetch: Fetch | None = None

    def set_query(self, fetch: Fetch) -> None:
        """A new query: its first page is read now, the rest as the view asks."""
        self._fetch = fetch
        first = fetch(0, self.page_size)
        self.beginResetModel()
        self._rows = list(first.rows)
        self.total = first.total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        page = self._fetch(len(self._rows), self.page_size)
        if not page.rows:  # the list shrank meanwhile: nothing more to show
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every row of the query (a code looked for beyond the pages read so far)."""
        while self.canFetchMore():
            self.fetchMore()

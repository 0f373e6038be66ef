"""Long work as plain functions that report progress and can be cancelled (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The user cancelled; whatever was being written has been rolled back."""


@dataclass
class TaskState:
    on_progress: Callable[[int, int], None] | None = None
    cancelled: bool = False
    _last: int = field(default=-1, repr=False)

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled once the user asked to stop."""
        if self.cancelled:
            raise Cancelled()
        percent = done * 100 // total if total else 100
        if self.on_progress and percent != self._last:
            self._last = percent
            self.on_progress(done, total)
            if self.cancelled:  # the user pressed Cancel while being told the progress
                raise Cancelled()

    def cancel(self) -> None:
        self.cancelled = True

"""Errors a user can cause and fix; their message is one clear Vietnamese line."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused operation; nothing was changed."""


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    pass


class Conflict(UserError):
    """Someone else changed the same record first; reload and try again.

    A stale score or note carries what is in the database now, so the window can show it:
    field ("score" or "note"), competency (code), score and note (current values), changed_by
    and changed_at (who wrote the current value and when, from the audit trail, if known).
    """

    def __init__(
        self,
        message: str = "Dữ liệu vừa được người khác sửa; hãy tải lại rồi thử lại.",
        *,
        field: str | None = None,
        competency: str | None = None,
        score: int | None = None,
        note: str | None = None,
        changed_by: str | None = None,
        changed_at: object = None,
    ):
        super().__init__(message)
        self.field, self.competency = field, competency
        self.score, self.note = score, note
        self.changed_by, self.changed_at = changed_by, changed_at

    def current(self) -> object:
        """The colleague's value of the field in conflict."""
        return self.note if self.field == "note" else self.score


class StorageError(UserError):
    """The database or the disk failed (busy, read-only, full, damaged, moved); nothing was saved."""


class Unexpected(UserError):
    """A fault in the program itself; logged with its traceback, shown as one line."""

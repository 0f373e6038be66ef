"""Errors a user can cause and fix; their message is one clear Vietnamese line."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused operation; nothing was changed."""


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    pass


class Conflict(UserError):
    """Someone else changed the same record first; reload and try again."""


class StorageError(UserError):
    """The database or the disk failed (busy, read-only, full, damaged, moved); nothing was saved."""


class Unexpected(UserError):
    """A fault in the program itself; logged with its traceback, shown as one line."""

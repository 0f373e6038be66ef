"""Checking a framework workbook before it is imported: one function for the command line and the window.

Every problem is named with file, sheet, row and column — the reader's own, the framework rules'
(app.framework_rules.check_framework) and those that need the database (app.services.frameworks) —
so the dry run, the import and the window's preview list the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.actor import Actor
from app.database import Database
from app.excel.reading import Problem
from app.framework_rules import FrameworkDiff


@dataclass
class FrameworkFileCheck:
    """What a framework workbook would do: its data and differences, or every problem that stops it."""

    path: str
    data: dict | None
    diff: FrameworkDiff | None
    problems: list[Problem] = field(default_factory=list)
    forms: int = 0  # assessments made against the stored framework's positions
    people: int = 0  # employees holding one of its positions

    @property
    def ok(self) -> bool:
        return not self.problems and self.diff is not None

    @property
    def needs_basis(self) -> bool:
        """A revision of a framework in use: saving it needs a legal basis (document number and date)."""
        return self.ok and not self.diff.is_new and not self.diff.empty and bool(self.forms or self.people)


def check_framework_file(db: Database, actor: Actor, path: str | Path, basis: str | None = None) -> FrameworkFileCheck:
    """Read and check a framework workbook without writing anything.

    basis None: the legal basis is not checked (the window asks for it after the preview, when
    needs_basis); a string: a framework in use without a valid basis is one more problem (the CLI)."""
    from app.excel.framework_io import read_framework
    from app.framework_rules import FrameworkRejected
    from app.services.frameworks import framework_usage, preview_framework
    from app.services.grades import grade_catalogue

    path = str(path)
    # the cells the reader could read are checked by the rules too, so one run names every problem
    data, problems = read_framework(path, grade_catalogue(db, actor), partial=True)
    if data is None:
        return FrameworkFileCheck(path, None, None, problems)
    try:
        diff = preview_framework(db, actor, data, basis)
    except FrameworkRejected as exc:
        known = {(p.sheet, p.row, p.column) for p in problems}
        problems += [p for p in located(path, data, exc)
                     if p.row is None or (p.sheet, p.row, p.column) not in known]
        return FrameworkFileCheck(path, data, None, problems)
    if problems:
        return FrameworkFileCheck(path, data, None, problems)
    forms, people = (0, 0) if diff.is_new else framework_usage(db, actor, data.get("code"))
    return FrameworkFileCheck(path, data, diff, [], forms, people)


def located(path: str | Path, data: dict, rejected) -> list[Problem]:
    """The issues of a FrameworkRejected (raised by the save itself, e.g. the database changed since the
    check) as problems naming sheet, row and column of this workbook."""
    from app.excel.framework_io import locate_issues

    return locate_issues(path, data, rejected.issues)

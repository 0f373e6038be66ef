"""The gap rules of app.gap as SQL expressions, so that the database computes summaries by the same rules.

Nothing here restates a rule: the CASE expressions are compiled from app.gap.RULES and VERDICT_RULES, the table
that app.gap.item_gap reads. Plain SQLAlchemy Core, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Integer, and_, case, false, literal, not_, null, or_, true
from sqlalchemy.sql.elements import ColumnElement

from app import gap


def compile_rule(expr: object, columns: Mapping[str, ColumnElement]) -> ColumnElement:
    """One expression of app.gap.RULES / VERDICT_RULES over these columns ("s", "lo", "hi" or counts)."""
    if expr is True:
        return true()
    if expr is False:
        return false()
    if expr is None:
        return null()
    if isinstance(expr, str):
        return columns[expr]
    if isinstance(expr, int):
        return literal(expr, Integer)
    op, *args = expr
    if op == "null":
        return compile_rule(args[0], columns).is_(None)
    if op == "or":
        return or_(*(compile_rule(a, columns) for a in args))
    if op == "and":
        return and_(*(compile_rule(a, columns) for a in args))
    if op == "not":
        return not_(compile_rule(args[0], columns))
    left, right = (compile_rule(a, columns) for a in args)
    if op == "<":
        return left < right
    if op == ">":
        return left > right
    if op == "-":
        return left - right
    raise ValueError(op)


def _case(columns: Mapping[str, ColumnElement], value_of) -> ColumnElement:
    whens = [(compile_rule(rule.when, columns), value_of(rule)) for rule in gap.RULES if rule.when is not True]
    last = next(rule for rule in gap.RULES if rule.when is True)
    return case(*whens, else_=value_of(last))


def status(score: ColumnElement, low: ColumnElement, high: ColumnElement) -> ColumnElement:
    """The status (gap.Status value, as text) of a score against [low, high]."""
    columns = {"s": score, "lo": low, "hi": high}
    return _case(columns, lambda rule: literal(rule.status.value))


def shortfall(score: ColumnElement, low: ColumnElement, high: ColumnElement) -> ColumnElement:
    """min − score when below, 0 when met, NULL when not rated or without numbers."""
    columns = {"s": score, "lo": low, "hi": high}
    return _case(columns, lambda rule: compile_rule(rule.shortfall, columns))


def surplus(score: ColumnElement, low: ColumnElement, high: ColumnElement) -> ColumnElement:
    columns = {"s": score, "lo": low, "hi": high}
    return _case(columns, lambda rule: compile_rule(rule.surplus, columns))


def has_status(score: ColumnElement, low: ColumnElement, high: ColumnElement, *statuses: gap.Status
               ) -> ColumnElement:
    """The condition that the score's status is one of these: for each, its rule's condition and none of the
    earlier rules' (the first case that holds wins), compiled from the same table; no text compared per row."""
    columns = {"s": score, "lo": low, "hi": high}
    wanted = []
    for status_ in statuses:
        parts = []
        for rule in gap.RULES:
            if rule.status is status_:
                if rule.when is not True:
                    parts.append(compile_rule(rule.when, columns))
                break
            parts.append(not_(compile_rule(rule.when, columns)))
        wanted.append(and_(*parts) if parts else true())
    return or_(*wanted)


def is_status(score: ColumnElement, low: ColumnElement, high: ColumnElement, *statuses: gap.Status
              ) -> ColumnElement:
    """1 when the score's status is one of these, else 0 (to be summed)."""
    return case((has_status(score, low, high, *statuses), 1), else_=0)


def numeric(low: ColumnElement, high: ColumnElement) -> ColumnElement:
    """1 when the requirement has numbers, else 0."""
    return case((compile_rule(gap.UNSPECIFIED_REQUIREMENT, {"lo": low, "hi": high}), 0), else_=1)


def verdict(below: ColumnElement, numeric_count: ColumnElement, numeric_unrated: ColumnElement) -> ColumnElement:
    """The verdict (gap.Verdict value, as text) of an assessment from its counts."""
    columns = {"below": below, "numeric": numeric_count, "numeric_unrated": numeric_unrated}
    whens = [(compile_rule(when, columns), literal(v.value)) for v, when in gap.VERDICT_RULES if when is not True]
    last = next(v for v, when in gap.VERDICT_RULES if when is True)
    return case(*whens, else_=literal(last.value))

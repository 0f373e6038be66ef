"""Length and character rules of stored text, the same on SQLite and PostgreSQL, checked before the database sees a value.

SQLite stores a name of any length and any character; PostgreSQL refuses a value longer than its column
(VARCHAR(n), counted in characters) and any NUL character. So that both engines behave alike, and a user
never sees a driver's error, the program checks every value itself, with one Vietnamese message:
- the maximum length of each text column is the model's (String(n)), never written twice;
- NUL and other control characters (tab and line breaks allowed in long texts only) are refused.

Checked in one place for every way a value reaches the database: objects flushed by a session, bulk
INSERT/UPDATE statements run through a session (imports), and any statement parameter holding a NUL
(a search or a lookup included). Services and importers may also call check() themselves to name a row.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import String, Table, Text, event
from sqlalchemy.orm import Session

from app.errors import UserError

# What a user calls the columns they type into (others are named by their column).
LABELS = {
    ("employees", "code"): "Mã công chức",
    ("employees", "full_name"): "Họ và tên",
    ("units", "code"): "Mã đơn vị",
    ("units", "name"): "Tên đơn vị",
    ("assessment_periods", "name"): "Tên kỳ đánh giá",
    ("frameworks", "code"): "Mã khung năng lực",
    ("frameworks", "title"): "Tên khung năng lực",
    ("competencies", "code"): "Mã năng lực",
    ("competencies", "name"): "Tên năng lực",
    ("competency_groups", "code"): "Mã nhóm năng lực",
    ("competency_groups", "name"): "Tên nhóm năng lực",
    ("positions", "key"): "Mã vị trí việc làm",
    ("positions", "name"): "Tên vị trí việc làm",
    ("grades", "code"): "Mã ngạch",
    ("grades", "name"): "Tên ngạch",
    ("accounts", "username"): "Tên đăng nhập",
    ("accounts", "display_name"): "Tên hiển thị",
    ("ratings", "note"): "Ghi chú",
    ("employee_degrees", "major"): "Chuyên ngành",
    ("employee_degrees", "institution"): "Nơi đào tạo",
    ("employee_certificates", "name"): "Tên chứng chỉ",
}
_LINE_BREAKS = "\t\n\r"
_NAMES = {"\x00": "NUL", "\n": "xuống dòng", "\r": "xuống dòng", "\t": "tab"}


def label(table: str, column: str) -> str:
    return LABELS.get((table, column), f"Trường '{column}' ({table})")


@lru_cache(maxsize=None)
def _columns(table: Table) -> dict[str, tuple[int | None, bool]]:
    """Text columns of a table: name -> (maximum length or None, whether line breaks are allowed)."""
    out = {}
    for column in table.columns:
        kind = column.type
        if isinstance(kind, Text):
            out[column.key] = (None, True)
        elif isinstance(kind, String):
            out[column.key] = (kind.length, False)
    return out


def _shown(value: str) -> str:
    short = value[:40] + ("…" if len(value) > 40 else "")
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in short)


def _bad_character(value: str, multiline: bool) -> str | None:
    if value.isprintable():
        return None
    for ch in value:
        if ch == "\x00" or (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and not (multiline and ch in _LINE_BREAKS):
            return _NAMES.get(ch, f"U+{ord(ch):04X}")
    return None


def problem(table: str, column: str, value: object, maximum: int | None, multiline: bool) -> str | None:
    """The message for a value the column cannot hold on every engine, or None."""
    if not isinstance(value, str):
        return None
    bad = _bad_character(value, multiline)
    if bad:
        return (f"{label(table, column)} '{_shown(value)}' có ký tự điều khiển ({bad}) không lưu được; chưa lưu gì. "
                "Hãy xóa ký tự đó (thường do chép từ web hoặc phần mềm khác) rồi thử lại.")
    if maximum is not None and len(value) > maximum:
        return (f"{label(table, column)} '{_shown(value)}' dài {len(value)} ký tự, quá giới hạn {maximum} ký tự; "
                f"chưa lưu gì. Hãy rút gọn còn tối đa {maximum} ký tự rồi thử lại.")
    return None


def check_row(table: Table, values: dict) -> None:
    """UserError for the first value of the row its column cannot hold."""
    columns = _columns(table)
    for key, value in values.items():
        rule = columns.get(getattr(key, "key", key))
        if rule is not None and isinstance(value, str):
            message = problem(table.name, getattr(key, "key", key), value, *rule)
            if message:
                raise UserError(message)


def check(model, column: str, value: object) -> None:
    """UserError when the model's column cannot hold the value (for services and importers naming a row)."""
    check_row(model.__table__, {column: value})


def maximum(model, column: str) -> int | None:
    """The longest text the model's column holds (None: no limit)."""
    return _columns(model.__table__).get(column, (None, True))[0]


# ---------------------------------------------------------------- the one place every value passes


def _before_flush(session: Session, _context, _instances) -> None:
    from sqlalchemy import inspect as sa_inspect

    for obj in list(session.new) + list(session.dirty):
        state = sa_inspect(obj)
        table = state.mapper.local_table
        if not isinstance(table, Table):
            continue
        columns = _columns(table)
        values = {}
        for attr in state.mapper.column_attrs:
            if attr.key in columns or (attr.columns and attr.columns[0].key in columns):
                hist = state.attrs[attr.key].history
                if obj in session.new or hist.added:
                    value = state.dict.get(attr.key)
                    if isinstance(value, str):
                        values[attr.columns[0].key] = value
        if values:
            check_row(table, values)


def _do_orm_execute(orm_state) -> None:
    if not (orm_state.is_insert or orm_state.is_update):
        return
    table = getattr(orm_state.statement, "table", None)
    if not isinstance(table, Table):
        return
    rows = orm_state.parameters
    for row in rows if isinstance(rows, list) else [rows] if rows else []:
        if isinstance(row, dict):
            check_row(table, row)
    values = getattr(orm_state.statement, "_values", None)  # .values(name=…) written into the statement
    if values:
        plain = {getattr(k, "key", k): getattr(v, "value", None) for k, v in values.items()}
        check_row(table, plain)


def _before_cursor_execute(_conn, _cursor, _statement, parameters, _context, executemany) -> None:
    """A NUL in any statement parameter (a search, a lookup): refused alike on both engines."""
    for row in (parameters if executemany else [parameters]) if parameters else []:
        for value in (row.values() if isinstance(row, dict) else row if isinstance(row, (list, tuple)) else []):
            if isinstance(value, str) and "\x00" in value:
                raise UserError(f"Giá trị '{_shown(value)}' có ký tự điều khiển (NUL) không dùng được; chưa lưu gì. "
                                "Hãy xóa ký tự đó (thường do chép từ web hoặc phần mềm khác) rồi thử lại.")


_installed = False


def install() -> None:
    """Check every session's values (idempotent; engines get the NUL check in watch_engine)."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush, insert=True)  # before the audit trail is written
        event.listen(Session, "do_orm_execute", _do_orm_execute, insert=True)
        _installed = True


def watch_engine(engine) -> None:
    event.listen(engine, "before_cursor_execute", _before_cursor_execute)

"""migrate-data: a unit's SQLite file copied into the shared PostgreSQL database, safely and more than once.

Rules:
- The file is only read. Both databases must be at this program's schema (the file: `init` first; the shared
  database: `init --admin-url`).
- Rows are matched by the identity the program itself uses, never by id: grades and frameworks by code,
  groups, specialties and competencies by (framework, code), positions by key, units and employees by code,
  periods by name, forms by (person, position, period, kind), ratings by (form, competency), accounts by name.
  A row already in the shared database must hold the same content (ids compared through what they point to;
  an account's lockout counters left aside); if it differs, nothing at all is copied and the first differences
  are named. Rows that belong to one parent and have no identity of their own (a person's degrees, a position's
  tasks…) are compared as a whole with the parent's: copied with a new parent, equal to an existing parent's.
- New rows get new ids from the target's sequences; every reference is remapped.
- The audit trail is a hash chain (app.audit_chain). The file's chain is verified first (a broken chain is
  refused: re-sealing it would launder a change). Its entries are appended to the shared chain in their order,
  with their original content (time, who, what, old and new value, reason); the form they name gets its new id,
  so they are sealed again in the shared chain. One entry (entity 'audit', field 'copy', key 'tệp:' + the hash
  of the file's first entry) records how many of the file's entries are copied and the file's own hash at that
  point: whoever kept the file's chain head (`audit verify`) can match it, and the next run copies only the
  entries after the furthest such point the file's history continues (a copy of the file that another unit
  went on using, or the file restored from a backup, continues an earlier point); a file whose history parts
  from every earlier copy of the same beginning is refused, nothing copied. Accounts whose digest
  changed with the new ids are sealed again, as the program does after any change of an account.
- Before committing, every table is checked: as many rows in the target as in the file, and the same checksum
  (SHA-256 of the rows' content, references as identities); the copied trail re-verified link by link.
- Everything is one transaction: a failure leaves the shared database as it was.
This module never imports Qt.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from app.data_copy.rows import LABELS, TABLES, Copier, CopyReport
from app.data_copy.trail import copy_trail
from app.errors import UserError

__all__ = ["CopyReport", "copy_database"]


def copy_database(source_url: str, target_url: str, dry_run: bool = False,
                  progress: Callable[[str], None] = lambda _line: None) -> CopyReport:
    """Copy the unit's SQLite file into the shared PostgreSQL database (see the module's rules)."""
    from sqlalchemy.exc import DBAPIError

    from app.bootstrap import READ, WRITE, open_database
    from app.database import sqlite_path, storage_error
    from app.db_url import is_postgres, safe_url

    path = sqlite_path(source_url)
    if path is None:
        raise UserError("--from phải là tệp SQLite của đơn vị, ví dụ sqlite:///D:/du-lieu/don-vi.sqlite3.")
    if not path.exists():
        raise UserError(f"Không thấy tệp {path}. Chưa chép gì.")
    if not is_postgres(target_url):
        raise UserError("--to phải là cơ sở dữ liệu dùng chung PostgreSQL, ví dụ postgresql://cg_app@may-chu/nang_luc.")
    report = CopyReport(str(path), safe_url(target_url), dry_run)
    progress(f"Mở tệp {path} (chỉ đọc)…")
    src, _ = open_database(source_url, READ)
    try:
        progress(f"Mở cơ sở dữ liệu dùng chung {report.target}…")
        dst, _ = open_database(target_url, WRITE)
        try:
            with src.read_session() as rs, dst.engine.connect() as conn:
                try:
                    with conn.begin() as tx:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": COPY_LOCK})
                        copier = Copier(rs.connection(), conn, report, progress)
                        for table, natural in TABLES:
                            copier.copy_table(table, natural)
                            if copier.seen[table]:
                                progress(f"  {LABELS[table]}: {copier.seen[table]} dòng trong tệp, "
                                         f"{report.copied[table]} dòng mới.")
                        copier.note_hr()
                        if copier.conflicts:
                            raise UserError(_conflict_message(copier.conflicts, report))
                        progress("Chép nhật ký thay đổi…")
                        copy_trail(copier, Path(path).name)
                        progress("Đối chiếu số dòng và mã kiểm tra…")
                        copier.verify_tables()
                        if dry_run:
                            tx.rollback()
                except DBAPIError as exc:
                    raise storage_error(exc, dst) from None
        finally:
            dst.dispose()
    finally:
        src.dispose()
    return report


COPY_LOCK = 0x434F50595F44  # two copies into the same database wait for each other ("COPY_D")


def _conflict_message(conflicts: list[str], report: CopyReport) -> str:
    shown = "; ".join(conflicts[:8]) + (f"; và {len(conflicts) - 8} chỗ khác" if len(conflicts) > 8 else "")
    return (f"Chưa chép gì: {len(conflicts)} dữ liệu trong tệp {report.source} trùng mã với dữ liệu đã có trong "
            f"{report.target} nhưng khác nội dung ({shown}). Hãy đối chiếu: nếu là hai đơn vị/người khác nhau, đổi mã "
            "trong tệp trước khi chép; nếu dữ liệu dùng chung đã được sửa sau lần chép trước thì không cần chép lại.")

"""The query planner's statistics kept current (SQLite's sqlite_stat1).

SQLite never gathers statistics by itself: without them it guesses, and with an agency's data it
guesses wrong (a unit's report read the whole period through the period's index instead of the
unit's people). PostgreSQL's autovacuum analyses tables as they change, so nothing is done there
(and the program's database role, not owning the tables, may not ANALYZE them anyway).

When:
- after a migration (new indexes have no statistics) and once a day with the daily backup and
  integrity check: ANALYZE, bounded by analysis_limit so a 12-million-rating file takes well under
  a second;
- after a bulk import: ANALYZE of the tables that grew by a tenth or more since they were last
  analysed (usually none: a 10-row import into 250,000 people costs one read of sqlite_stat1).

A failure here never stops the program: the statistics only make queries faster.
"""

from __future__ import annotations

from app.database import Database
from app.logs import log

# rows examined per index (SQLite's analysis_limit): approximate statistics, enough for the planner
ANALYSIS_LIMIT = 2000
# after an import, a table is analysed again when it grew by this share of the rows last counted
# (SQLite 3.40's PRAGMA optimize only looks at tables queried on its own connection)
GROWTH = 0.1


def analyze(db: Database) -> bool:
    """Gather the statistics of every table and index (SQLite); True when done."""
    return _run(db, [f"PRAGMA analysis_limit={ANALYSIS_LIMIT}", "ANALYZE"])


def after_import(db: Database, grown: dict[str, int]) -> list[str]:
    """After a bulk import: analyse each table that grew by at least GROWTH of the rows its statistics
    counted (or has none yet); `grown` maps a table to how many rows the import may have added (an upper
    bound is fine). Returns the tables analysed (SQLite)."""
    if not db.is_sqlite or db.reads_only or not any(grown.values()):
        return []
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            counted: dict[str, int] = {}
            if raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
                for table, stat in raw.execute("SELECT tbl, stat FROM sqlite_stat1"):
                    counted[table] = max(counted.get(table, 0), int(str(stat).split()[0]))
        stale = sorted(t for t, n in grown.items() if n and (t not in counted or n >= GROWTH * counted[t]))
    except Exception as exc:  # noqa: BLE001 - statistics are an optimisation: log and go on
        log.warning("không đọc được thống kê truy vấn: %s", exc)
        return []
    if stale and _run(db, [f"PRAGMA analysis_limit={ANALYSIS_LIMIT}", *(f'ANALYZE "{t}"' for t in stale)]):
        return stale
    return []


def has_statistics(db: Database) -> bool:
    """True when SQLite holds statistics for the ratings table (for tests and the daily check)."""
    if not db.is_sqlite:
        return True
    with db.engine.connect() as conn:
        if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
            return False
        return conn.exec_driver_sql("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'ratings'").first() is not None


def _run(db: Database, statements: list[str]) -> bool:
    if not db.is_sqlite or db.reads_only:
        return False
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection  # outside a transaction: ANALYZE writes sqlite_stat1 itself
            for statement in statements:
                raw.execute(statement).fetchall()
        return True
    except Exception as exc:  # noqa: BLE001 - statistics are an optimisation: log and go on
        log.warning("không cập nhật được thống kê truy vấn: %s", exc)
        return False

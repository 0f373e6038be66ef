"""The staff list's keys stored with each person: employees.sort_key and employees.search_key, indexed.

sort_key is ASCII whose byte order is the list's Vietnamese name order (code breaking ties), compared in "C"
on PostgreSQL as SQLite compares it; search_key is the name and code without accents, lower case
(app.employee_keys makes both). The staff list then reads its first page through the index (sort_key, id,
active, unit_id, search_key) instead of reading and sorting every person in Python.

Existing rows are filled here: read once, keys made in Python, written in bulk (PostgreSQL: COPY into a
temporary table, then the table rewritten once with them by ALTER … USING; SQLite: executemany by id, which
touches no index as none holds the new columns yet), before the new index is built.
Downgrade drops the index and the columns (SQLite ≥ 3.35's DROP COLUMN: no table rebuild, which would lose
the expression index ix_employees_code_lower).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_employees_sort_key"
# the list's order, then what its filters test: a page, a search and a unit's or a head's page are read from the
# index alone (PostgreSQL's index-only scan, SQLite's covering index), never from rows scattered in the table
INDEX_COLUMNS = ("sort_key", "id", "active", "unit_id", "search_key")
BATCH = 20_000  # rows read and written at a time


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _fill_postgresql(bind)
    else:
        op.add_column("employees", sa.Column("sort_key", sa.Text(), nullable=False, server_default=""))
        op.add_column("employees", sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
        for batch in _batches(bind):
            bind.exec_driver_sql("UPDATE employees SET sort_key = ?, search_key = ? WHERE id = ?",
                                 [(sort, search, id_) for id_, sort, search in batch])
    op.create_index(INDEX, "employees", list(INDEX_COLUMNS))
    op.execute("ANALYZE employees")


def _batches(bind):
    """(id, sort_key, search_key) of every person, BATCH at a time, in id order."""
    from app.employee_keys import keys

    last = 0
    while True:
        rows = bind.execute(sa.text("SELECT id, full_name, code FROM employees WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            return
        last = rows[-1][0]
        yield [(id_, *keys(name, code).values()) for id_, name, code in rows]


def _fill_postgresql(bind) -> None:
    """The keys COPYed into a temporary table, then the columns added and the table written once with them: one
    rewrite that builds every index again in one sort each, where an UPDATE of every row would add a version of
    each row to every index one by one and leave the table twice its size."""
    bind.exec_driver_sql('CREATE TEMPORARY TABLE employee_keys_0010 (id INTEGER PRIMARY KEY, '
                         'sort_key TEXT COLLATE "C" NOT NULL, search_key TEXT NOT NULL) ON COMMIT DROP')
    cursor = bind.connection.driver_connection.cursor()
    for batch in _batches(bind):  # the batch read before its COPY starts: one statement at a time
        with cursor.copy("COPY employee_keys_0010 (id, sort_key, search_key) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
    for column in ("sort_key", "search_key"):
        bind.exec_driver_sql(f"CREATE FUNCTION pg_temp.employee_{column}_0010(person integer) RETURNS text "
                             f"LANGUAGE sql STABLE AS 'SELECT {column} FROM employee_keys_0010 WHERE id = person'")
    bind.exec_driver_sql(
        "ALTER TABLE employees ADD COLUMN sort_key TEXT COLLATE \"C\" NOT NULL DEFAULT '', "
        "ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
    bind.exec_driver_sql(  # USING: the table is rewritten, each row with its keys
        "ALTER TABLE employees "
        "ALTER COLUMN sort_key TYPE TEXT COLLATE \"C\" USING coalesce(pg_temp.employee_sort_key_0010(id), ''), "
        "ALTER COLUMN search_key TYPE TEXT USING coalesce(pg_temp.employee_search_key_0010(id), '')")
    for column in ("sort_key", "search_key"):
        bind.exec_driver_sql(f"DROP FUNCTION pg_temp.employee_{column}_0010(integer)")
    bind.exec_driver_sql("DROP TABLE employee_keys_0010")


def downgrade() -> None:
    op.drop_index(INDEX, table_name="employees")
    op.drop_column("employees", "search_key")
    op.drop_column("employees", "sort_key")

"""migrate-data on a real PostgreSQL server: a unit's SQLite file (the sample organisation, accounts, changed
scores) into a shared database that already holds another unit and other ids; every table compared by content
(references followed to what they point to, never ids), the trail verified, and a second run changing nothing."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
from sqlalchemy import select, text

from app import accounts, audit_chain
from app.bootstrap import open_database
from app.cli import main
from app.data_copy import copy_database
from app.errors import UserError
from app.models import Base
from tests.shared_pg import engine_for

# how the test names a row another row points to (written here, apart from app.data_copy)
IDENTITY = {"frameworks": ["code"], "competency_groups": ["framework_id", "code"], "specialties": ["framework_id", "code"],
            "competencies": ["framework_id", "code"], "positions": ["key"], "units": ["code"], "employees": ["code"],
            "assessment_periods": ["name"], "assessments": ["employee_id", "position_id", "period_id", "kind"],
            "accounts": ["username"]}
LEFT_ASIDE = {"id", "failed_attempts", "locked_until"}  # ids; an account's lockout counters are not content
# the unit's file is the source: demo_url on SQLite only; the target is the shared_pg database
pytestmark = pytest.mark.sqlite_only(reason="migrate-data reads a unit's SQLite file; its target is PostgreSQL")


def rows_of(conn, table: str) -> list[dict]:
    return [dict(r._mapping) for r in conn.execute(select(Base.metadata.tables[table]))]


class Content:
    """Every row of a database as content: ids replaced by the identity of the row they point to."""

    def __init__(self, conn):
        self.conn = conn
        self.by_id = {t: {r["id"]: r for r in rows_of(conn, t)} for t in IDENTITY}

    def ident(self, table, key):
        if table not in IDENTITY:  # task groups: the whole row
            row = dict(self.conn.execute(select(Base.metadata.tables[table]).where(
                Base.metadata.tables[table].c.id == key)).one()._mapping)
            return self.row(table, row)
        row = self.by_id[table][key]
        return tuple(self.value(table, c, row[c]) for c in IDENTITY[table])

    def value(self, table, column, v):
        import datetime as dt

        for fk in Base.metadata.tables[table].c[column].foreign_keys:
            if fk.column.name == "id" and v is not None:
                return self.ident(fk.column.table.name, v)
        if isinstance(v, dt.datetime):
            return (v if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)
        return v

    def row(self, table, row):
        return tuple((c, self.value(table, c, v)) for c, v in sorted(row.items()) if c not in LEFT_ASIDE)

    def table(self, table) -> Counter:
        return Counter(self.row(table, r) for r in rows_of(self.conn, table))

    def trail(self) -> list[tuple]:
        out = []
        for r in rows_of(self.conn, "audit_log"):
            a = r["assessment_id"]
            out.append((self.value("audit_log", "at", r["at"]), r["actor"], r["actor_name"], r["action"], r["entity"],
                        r["item"], r["field"], r["old_value"], r["new_value"], r["reason"],
                        self.ident("assessments", a) if a in self.by_id["assessments"] else None))
        return out


def data_tables():
    return [t for t in Base.metadata.tables if t not in ("audit_log",)]


@pytest.fixture
def unit_file(demo_url, fast_hashes, monkeypatch):
    """The sample organisation with accounts (an HR administrator, a unit's head) and a changed score."""
    assert main(["--db", demo_url, "rate", "MAU0005", "--position", "btp-02-2023:3", "--period", "Năm 2026",
                 "--kind", "self", "NLC1=2", "NLQL1="]) == 0
    db, _ = open_database(demo_url)
    try:
        accounts.add_account(db, None, "admin", "Hanoi@2026", "hr")
        hr = accounts.login(db, "admin", "Hanoi@2026")
        accounts.add_account(db, hr, "truong.stp", "Hanoi@2026", "head", unit="MAU-STP")
    finally:
        db.dispose()
    monkeypatch.setenv("COMPETENCY_GAP_USER", "admin")
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", "Hanoi@2026")
    return demo_url


@pytest.fixture
def shared_db(shared_pg, capsys):
    """The shared database set up by the owner, already holding another unit, its ids far from the file's."""
    code = main(["--db", shared_pg.url(shared_pg.app, None), "init", "--admin-url", shared_pg.owner_url])
    assert code == 0, capsys.readouterr().err
    owner = engine_for(shared_pg.owner_url)
    with owner.begin() as conn:
        for table in ("units", "employees", "assessments", "ratings", "assessment_periods", "accounts",
                      "account_roles", "employee_degrees"):
            conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), 5000)"), {"t": table})
    owner.dispose()
    assert main(["--db", shared_pg.app_url, "unit", "add", "KHAC", "Sở Nội vụ (đơn vị khác)"]) == 0
    assert main(["--db", shared_pg.app_url, "period", "add", "Kỳ của đơn vị khác"]) == 0
    capsys.readouterr()
    return shared_pg


def test_a_unit_file_copied_into_the_shared_database_keeps_every_row_and_the_trail(unit_file, shared_db, capsys):
    with sqlite3.connect(unit_file.removeprefix("sqlite:///")) as raw:
        head_of_file = raw.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    source_db, _ = open_database(unit_file)
    target = engine_for(shared_db.app_url)
    try:
        with target.connect() as conn:
            before = {t: Content(conn).table(t) for t in data_tables()}
            trail_before = Content(conn).trail()
        code = main(["migrate-data", "--from", unit_file, "--to", shared_db.app_url])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "Đã chép" in out and "45 công chức" in out and "154 phiếu đánh giá" in out
        assert "khớp giữa tệp và cơ sở dữ liệu dùng chung" in out and "admin" in out.splitlines()[-1]
        assert "Ung-dung-2026" not in out + err
        with source_db.engine.connect() as s, target.connect() as conn:
            source, shared = Content(s), Content(conn)
            for table in data_tables():
                if table == "alembic_version":
                    continue
                mine, there = source.table(table), shared.table(table)
                assert not (mine - there), f"{table}: rows of the file missing in the shared database"
                assert there - mine == before[table] - mine, f"{table}: rows that are neither the file's nor there before"
            copied = shared.trail()[len(trail_before):]
            assert copied[:len(source.trail())] == source.trail()  # in order, same content, same forms
            mark = conn.execute(text("SELECT new_value, reason FROM audit_log WHERE entity = 'audit' AND field = 'copy'")).one()
            assert mark.new_value == f"{len(source.trail())}:{head_of_file}" and head_of_file in mark.reason
            result = audit_chain.verify_connection(conn)
            assert result.ok, result.lines()  # chain linked; accounts match their (re-sealed) digests
            ids = conn.execute(text("SELECT min(id) FROM units WHERE code LIKE 'MAU%'")).scalar()
            assert ids > 5000  # the ids were remapped
            counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in data_tables()}
            last = conn.execute(text("SELECT max(id) FROM audit_log")).scalar()

        code = main(["migrate-data", "--from", unit_file, "--to", shared_db.app_url])  # again: nothing new
        out, err = capsys.readouterr()
        assert code == 0 and "Không có gì mới để chép" in out, err
        with target.connect() as conn:
            assert {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in data_tables()} == counts
            assert conn.execute(text("SELECT max(id) FROM audit_log")).scalar() == last
    finally:
        source_db.dispose()
        target.dispose()


def test_what_is_new_in_the_file_is_copied_next_time_and_a_differing_row_stops_everything(unit_file, shared_db, capsys,
                                                                                          tmp_path):
    twin = tmp_path / "ban-sao.sqlite3"  # a copy of the file, which another unit goes on using
    with sqlite3.connect(unit_file.removeprefix("sqlite:///")) as a, sqlite3.connect(twin) as b:
        a.backup(b)
    assert main(["--db", unit_file, "period", "add", "Năm 2030"]) == 0  # the two histories part here
    first = copy_database(unit_file, shared_db.app_url)
    assert first.copied["employees"] == 45 and first.trail_copied > 1000
    assert main(["--db", unit_file, "period", "add", "Năm 2027"]) == 0  # the unit keeps working on its file
    second = copy_database(unit_file, shared_db.app_url)
    assert dict(+second.copied) == {"assessment_periods": 1} and second.trail_copied == 1
    assert second.trail_present == first.trail_copied
    dry = copy_database(unit_file, shared_db.app_url, dry_run=True)
    assert dry.nothing_new
    assert main(["--db", f"sqlite:///{twin}", "period", "add", "Năm 2029"]) == 0
    with pytest.raises(UserError, match="bắt đầu giống một tệp đã chép trước đây nhưng khác ở phần sau"):
        copy_database(f"sqlite:///{twin}", shared_db.app_url)
    engine = engine_for(shared_db.app_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE units SET name = 'Sở Tư pháp (đã đổi tên)' WHERE code = 'MAU-STP'"))
            before = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        assert main(["--db", unit_file, "period", "add", "Năm 2028"]) == 0
        with pytest.raises(UserError, match="Chưa chép gì: 1 dữ liệu .*đơn vị 'MAU-STP'"):
            copy_database(unit_file, shared_db.app_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == before
            assert conn.execute(text("SELECT count(*) FROM assessment_periods WHERE name = 'Năm 2028'")).scalar() == 0
    finally:
        engine.dispose()


def test_a_file_whose_trail_was_edited_is_not_copied(unit_file, shared_db, capsys):
    with sqlite3.connect(unit_file.removeprefix("sqlite:///")) as raw:
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("UPDATE audit_log SET new_value = '5' WHERE id = (SELECT max(id) FROM audit_log WHERE field = 'score')")
    code = main(["migrate-data", "--from", unit_file, "--to", shared_db.app_url])
    err = capsys.readouterr().err
    assert code == 2 and "không liền mạch" in err and "Chưa chép gì" in err
    engine = engine_for(shared_db.app_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM employees")).scalar() == 0
    finally:
        engine.dispose()


def test_migrate_data_says_what_is_wrong_with_its_arguments(capsys, tmp_path, shared_pg):
    for args, message in [
        (["--from", shared_pg.app_url, "--to", shared_pg.app_url], "--from phải là tệp SQLite"),
        (["--from", f"sqlite:///{tmp_path}/khong-co.sqlite3", "--to", shared_pg.app_url], "Không thấy tệp"),
    ]:
        assert main(["migrate-data", *args]) == 2
        assert message in capsys.readouterr().err

"""Least privilege on a real PostgreSQL server: the owner migrates and grants (init --admin-url); the program,
connected as the application role, does everything it does for people, and nothing to the schema or the trail."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app import audit_chain, migrate, pg_roles
from app.bootstrap import open_database
from app.cli import main
from app.errors import StorageError
from tests.shared_pg import OWNER_PASSWORD, engine_for


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys, shared):
    code, out, err = run(capsys, "--db", shared.url(shared.app, None), "init", "--admin-url", shared.owner_url)
    assert code == 0, err
    assert OWNER_PASSWORD not in out + err  # the owner's password is never printed
    return out


REFUSED = [
    ("DROP TRIGGER audit_log_append_only ON audit_log", "must be owner"),
    ("DROP TRIGGER audit_log_no_truncate ON audit_log", "must be owner"),
    ("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", "must be owner"),
    ("ALTER TABLE audit_log DISABLE TRIGGER ALL", "must be owner"),
    ("TRUNCATE audit_log", "permission denied"),
    ("TRUNCATE ratings", "permission denied"),
    ("DELETE FROM audit_log", "permission denied"),
    ("UPDATE audit_log SET reason = 'sửa lén'", "permission denied"),
    ("ALTER TABLE employees ADD COLUMN ghi_chu text", "must be owner"),
    ("ALTER TABLE ratings DROP CONSTRAINT ck_ratings_score", "must be owner"),
    ("DROP TABLE ratings", "must be owner"),
    ("CREATE TABLE them (id int)", "permission denied"),
    ("UPDATE alembic_version SET version_num = '0001'", "permission denied"),
    ("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
     "$$ BEGIN RETURN NEW; END $$", "permission denied|must be owner"),
]


def test_the_application_role_cannot_touch_the_schema_the_triggers_or_the_trail(capsys, shared_pg):
    out = init(capsys, shared_pg)
    assert "Đã tạo cấu trúc dữ liệu." in out and f"vai trò ứng dụng '{shared_pg.app}'" in out
    db, _ = open_database(shared_pg.app_url)  # the program as the application role
    try:
        from app.actor import local_user
        from app.demo import load_demo

        load_demo(db, local_user())
    finally:
        db.dispose()
    engine = engine_for(shared_pg.app_url)
    try:
        with engine.connect() as conn:
            entries = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
            assert entries > 100
            assert pg_roles.privileges(conn, shared_pg.app, "audit_log") == {"SELECT", "INSERT"}
            assert pg_roles.privileges(conn, shared_pg.app, "ratings") == {"SELECT", "INSERT", "UPDATE", "DELETE"}
            assert pg_roles.privileges(conn, shared_pg.app, "alembic_version") == {"SELECT"}
        for statement, message in REFUSED:
            with engine.connect() as conn:
                with pytest.raises(Exception, match=message):
                    conn.execute(text(statement))
                conn.rollback()
        with engine.connect() as conn:  # all still there
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == entries
            assert audit_chain.missing_triggers(conn) == []
            assert audit_chain.verify_connection(conn).broken is None
    finally:
        engine.dispose()


def test_the_program_works_fully_as_the_application_role(capsys, shared_pg, tmp_path):
    init(capsys, shared_pg)
    app = shared_pg.app_url
    assert run(capsys, "--db", app, "demo")[0] == 0
    code, _, err = run(capsys, "--db", app, "rate", "MAU0005", "--position", "btp-02-2023:3", "--period", "Năm 2026",
                       "--kind", "self", "NLC1=1", "Giao tiếp ứng xử=3", "NLQL1=")
    assert code == 0, err
    code, out, err = run(capsys, "--db", app, "gap", "MAU0005", "--kind", "self", "--period", "Năm 2026", "--json")
    assert code == 0, err
    items = {i["code"]: i for i in __import__("json").loads(out)["items"]}
    assert (items["NLC1"]["score"], items["NLC4"]["score"], items["NLQL1"]["score"]) == (1, 3, None)
    code, _, err = run(capsys, "--db", app, "export", "gaps", "--period", "Năm 2026", "-o", str(tmp_path / "g.xlsx"))
    assert code == 0 and (tmp_path / "g.xlsx").stat().st_size > 5000, err
    code, _, err = run(capsys, "--db", app, "report", "MAU0005", "--period", "Năm 2026", "-o", str(tmp_path / "p.pdf"))
    assert code == 0 and (tmp_path / "p.pdf").read_bytes()[:4] == b"%PDF", err
    assert run(capsys, "--db", app, "period", "add", "Năm 2027")[0] == 0
    engine = engine_for(app)
    try:
        with engine.connect() as conn:
            result = audit_chain.verify_connection(conn)
            assert result.broken is None and result.triggers_missing == [], result.lines()
    finally:
        engine.dispose()


def test_an_older_schema_asks_for_init_admin_url_and_later_tables_are_granted(capsys, shared_pg):
    init(capsys, shared_pg)
    owner = engine_for(shared_pg.owner_url)
    try:
        migrate.downgrade(owner, "0008")
    finally:
        owner.dispose()
    with pytest.raises(StorageError, match="init --admin-url") as caught:
        open_database(shared_pg.app_url)
    assert "cấu trúc cũ (0008)" in str(caught.value) and shared_pg.app in str(caught.value)
    assert "Ung-dung-2026" not in str(caught.value)
    code, out, err = run(capsys, "--db", shared_pg.app_url, "staff")
    assert code == 2 and err.startswith("Lỗi: ") and "init --admin-url" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "--db", shared_pg.url(shared_pg.app, None), "init", "--admin-url", shared_pg.owner_url)
    assert code == 0 and "Đã cập nhật cấu trúc dữ liệu từ 0008." in out, err
    db, _ = open_database(shared_pg.app_url)
    db.dispose()
    owner = engine_for(shared_pg.owner_url)  # a table a later migration adds: granted by the default privileges
    try:
        with owner.begin() as conn:
            conn.execute(text("CREATE TABLE sau_nay (id serial PRIMARY KEY, ten text)"))
    finally:
        owner.dispose()
    engine = engine_for(shared_pg.app_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sau_nay (ten) VALUES ('được')"))
            assert conn.execute(text("SELECT ten FROM sau_nay")).scalar() == "được"
    finally:
        engine.dispose()


def test_an_empty_database_is_not_created_by_the_application_role(shared_pg):
    with pytest.raises(StorageError, match="chưa có cấu trúc dữ liệu") as caught:
        open_database(shared_pg.app_url)
    assert "init --admin-url" in caught.value.summary
    engine = engine_for(shared_pg.app_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
    finally:
        engine.dispose()


def test_init_admin_url_refuses_a_setup_without_two_roles(capsys, shared_pg):
    code, _, err = run(capsys, "--db", shared_pg.owner_url, "init", "--admin-url", shared_pg.owner_url)
    assert code == 2 and "trùng với vai trò chủ sở hữu" in err
    code, _, err = run(capsys, "init", "--admin-url", shared_pg.owner_url, "--app-role", "khong_co_vai_tro_nay")
    assert code == 2 and "chưa có vai trò 'khong_co_vai_tro_nay'" in err
    code, _, err = run(capsys, "init", "--admin-url", shared_pg.owner_url)
    assert code == 2 and "--app-role" in err
    code, _, err = run(capsys, "--db", "sqlite:////tmp/x.sqlite3", "init", "--admin-url", "sqlite:////tmp/y.sqlite3")
    assert code == 2 and "chỉ dùng cho cơ sở dữ liệu dùng chung PostgreSQL" in err
    assert OWNER_PASSWORD not in err

"""The trail shows tampering: one test per kind (an entry changed, deleted, inserted, reordered; a role
changed by SQL; all accounts deleted; a dropped trigger put back at start-up and recorded)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app import audit_chain
from app.bootstrap import open_database
from app.cli import main


def _sql(db, *statements):
    """What someone with the file and a SQLite browser, or the server's owner with psql, can do (no program)."""
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement.replace("active, failed_attempts, created_at) VALUES ('ke-gian', '', "
                                                       "'x', 1,", "active, failed_attempts, created_at) VALUES "
                                                       "('ke-gian', '', 'x', true,"))
        return
    conn = sqlite3.connect(db.path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _dropped(db) -> set[str]:
    return {"audit_log_no_update", "audit_log_no_delete"} if db.is_sqlite else {"audit_log_append_only"}


def _untriggered(db, *statements):
    _sql(db, *(f"DROP TRIGGER {name}" + ("" if db.is_sqlite else " ON audit_log") for name in sorted(_dropped(db))),
         *statements)


def _middle(db) -> tuple[int, int]:
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM audit_log ORDER BY id"))]
    assert len(ids) > 10
    return ids[len(ids) // 2], ids[len(ids) // 2 + 1]


def test_untouched_trail_verifies_with_its_head(people, demo_db):
    result = audit_chain.verify(demo_db, people["hr"])
    assert result.ok, result.lines()
    assert result.entries > 10 and len(result.head) == 64
    with demo_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE hash IS NULL")).scalar() == 0
    # changes made by the program keep it whole: a role given and taken, a password, an account disabled
    from app import accounts

    accounts.grant_role(demo_db, people["hr"], "congchuc", "head", unit="MAU-STP")
    accounts.revoke_role(demo_db, people["hr"], "congchuc", "head")
    accounts.change_password(demo_db, people["hr"], "truongphong", "Hanoi@2027-moi")
    accounts.disable_account(demo_db, people["hr"], "truongphong")
    assert audit_chain.verify(demo_db, people["hr"]).ok


def test_entry_changed_with_the_trigger_dropped(people, demo_db):
    target, _ = _middle(demo_db)
    _untriggered(demo_db, f"UPDATE audit_log SET new_value = coalesce(new_value, '') || '9' WHERE id = {target}")
    result = audit_chain.verify(demo_db, people["hr"])
    assert not result.ok and result.broken_id == target and "bị sửa" in result.broken
    assert set(result.triggers_missing) == _dropped(demo_db)


def test_entry_deleted(people, demo_db):
    target, following = _middle(demo_db)
    _untriggered(demo_db, f"DELETE FROM audit_log WHERE id = {target}")
    result = audit_chain.verify(demo_db, people["hr"])
    assert result.broken_id == following and "Mất mục" in result.broken


def test_entry_inserted(people, demo_db):
    _sql(demo_db, "INSERT INTO audit_log (at, actor, actor_name, action, entity, entity_key, item, field, "
                  "old_value, new_value, reason) VALUES ('2026-01-01 00:00:00.000000', 'admin', 'admin', 'approve', "
                  "'assessment', '1', '', 'status', 'submitted', 'approved', '')")
    result = audit_chain.verify(demo_db, people["hr"])
    assert "niêm phong" in result.broken
    # a forged entry with a made-up seal is caught too
    with demo_db.engine.connect() as conn:
        head = conn.execute(text("SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC")).first()[0]
    _untriggered(demo_db, "DELETE FROM audit_log WHERE hash IS NULL",
                 "INSERT INTO audit_log (at, actor, actor_name, action, entity, entity_key, item, field, old_value, "
                 f"new_value, reason, prev_hash, hash) VALUES ('2026-01-01 00:00:00.000000', 'admin', 'admin', "
                 f"'approve', 'assessment', '1', '', 'status', 'submitted', 'approved', '', '{head}', '{'a' * 64}')")
    result = audit_chain.verify(demo_db, people["hr"])
    assert "bị sửa" in result.broken


def test_entries_reordered(people, demo_db):
    first, second = _middle(demo_db)
    _untriggered(demo_db, f"UPDATE audit_log SET id = -1 WHERE id = {first}",
                 f"UPDATE audit_log SET id = {first} WHERE id = {second}",
                 f"UPDATE audit_log SET id = {second} WHERE id = -1")
    result = audit_chain.verify(demo_db, people["hr"])
    assert result.broken_id == first and "đảo" in result.broken


def test_role_changed_and_accounts_deleted_by_sql(people, demo_db):
    _sql(demo_db, "UPDATE account_roles SET role = 'hr', unit_id = NULL WHERE account_id = "
                  "(SELECT id FROM accounts WHERE username = 'congchuc')")
    result = audit_chain.verify(demo_db, people["hr"])
    assert result.broken is None
    assert any("'congchuc'" in line and "sửa ngoài" in line for line in result.accounts)
    _sql(demo_db, "UPDATE accounts SET password_hash = 'x' WHERE username = 'truongphong'",
         "INSERT INTO accounts (username, display_name, password_hash, active, failed_attempts, created_at) "
         "VALUES ('ke-gian', '', 'x', 1, 0, '2026-01-01 00:00:00')")
    lines = audit_chain.verify(demo_db, people["hr"]).accounts
    assert any("'truongphong'" in line for line in lines) and any("'ke-gian'" in line and "thêm" in line
                                                                  for line in lines)
    _sql(demo_db, "DELETE FROM account_roles", "DELETE FROM accounts")
    lines = audit_chain.verify(demo_db, people["hr"]).accounts
    assert any("'admin'" in line and "xóa" in line for line in lines)


@pytest.mark.sqlite_only(reason="SQLite's two triggers; PostgreSQL's in test_postgresql_parallel_writers_…")
def test_dropped_trigger_restored_at_start_up_and_recorded(people, demo_db, demo_url):
    _sql(demo_db, "DROP TRIGGER audit_log_no_delete")
    with demo_db.read_session() as s:
        assert audit_chain.missing_triggers(s.connection()) == ["audit_log_no_delete"]
    again, _ = open_database(demo_url)
    try:
        with again.engine.connect() as conn:
            assert audit_chain.missing_triggers(conn) == []
            last = conn.execute(text("SELECT entity, action, new_value FROM audit_log ORDER BY id DESC")).first()
        assert tuple(last) == ("audit", "restore", "audit_log_no_delete")
        result = audit_chain.verify(again, people["hr"])
        assert result.ok and any("tạo lại trigger" in line for line in result.restored)
        with pytest.raises(Exception, match="append-only"):
            _sql(again, "DELETE FROM audit_log")
    finally:
        again.dispose()


def test_audit_verify_command_prints_the_head_and_fails_on_a_broken_trail(people, demo_db, demo_url, monkeypatch,
                                                                           capsys):
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", "Hanoi@2026")
    assert main(["--db", demo_url, "--user", "admin", "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "nguyên vẹn" in out and audit_chain.verify(demo_db, people["hr"]).head in out
    target, _ = _middle(demo_db)
    _untriggered(demo_db, f"DELETE FROM audit_log WHERE id = {target}")
    with pytest.raises(SystemExit) as stop:
        main(["--db", demo_url, "--user", "admin", "audit", "verify"])
    assert stop.value.code == 1 and "Mất mục" in capsys.readouterr().out


def test_postgresql_parallel_writers_keep_one_chain_and_a_dropped_trigger_comes_back(fast_hashes, pg_database):
    import threading

    from app import accounts

    url = pg_database()  # an empty database on the run's PostgreSQL cluster
    db, _ = open_database(url)
    accounts.add_account(db, None, "admin", "Hanoi@2026", "hr")
    hr = accounts.login(db, "admin", "Hanoi@2026")
    errors = []

    def work(n: int) -> None:
        mine, _ = open_database(url)
        try:
            for i in range(8):
                accounts.add_account(mine, hr, f"nguoi{n}x{i}", "Hanoi@2026", "hr")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            mine.dispose()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = audit_chain.verify(db, hr)
    assert result.ok and result.entries >= 1 + 32 * 2, result.lines()
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
        conn.execute(text("UPDATE account_roles SET role = 'employee' WHERE id = 2"))
    result = audit_chain.verify(db, hr)
    assert result.triggers_missing == ["audit_log_append_only"] and len(result.accounts) == 1
    db.dispose()
    again, _ = open_database(url)
    try:
        assert audit_chain.verify(again, hr).restored
        with pytest.raises(Exception, match="append-only"):
            with again.engine.begin() as conn:
                conn.execute(text("DELETE FROM audit_log"))
    finally:
        again.dispose()


def test_0008_seals_the_entries_already_written_in_order_and_digests_every_account(people, demo_db):
    from app import migrate

    migrate.downgrade(demo_db.engine, "0007")
    with demo_db.engine.connect() as conn:
        columns = {c["name"] for c in __import__("sqlalchemy").inspect(conn).get_columns("audit_log")}
        entries = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        triggers = audit_chain.missing_triggers(conn)
    assert "hash" not in columns and triggers == ([] if demo_db.is_sqlite else ["audit_log_no_truncate"])  # 0009's
    migrate.upgrade(demo_db.engine)
    result = audit_chain.verify(demo_db, people["hr"])
    assert result.ok, result.lines()
    assert result.entries == entries + 3  # one first digest per account
    with demo_db.engine.connect() as conn:
        assert audit_chain.missing_triggers(conn) == []


def test_menu_check_reports_the_first_broken_link(qtbot, demo_url, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.launcher import create_window

    window = create_window(demo_url, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=10000)
    try:
        assert window.verify_trail_action.isVisible() and window.verify_trail_action in window.view_menu.actions()
        monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
        window.verify_trail()
        assert "nguyên vẹn" in window.last_trail_check.text()
        target, following = _middle(window.ctx.db)
        _untriggered(window.ctx.db, f"DELETE FROM audit_log WHERE id = {target}")
        window.verify_trail()
        box = window.last_trail_check
        assert box.icon() == QMessageBox.Icon.Warning and f"trước mục số {following}" in box.text()
    finally:
        window.ctx.db.dispose()

"""Accounts and the permission matrix, enforced below the window and the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from app import accounts
from app.cli import main
from app.errors import PermissionDenied, UserError
from app.permissions import Action
from app.services import assessments as svc
from app.services import staff
from tests.conftest import PASSWORD
from tests.test_staff_import import dump


def test_production_hash_costs():
    stored = accounts.hash_password(PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and PASSWORD not in stored


def test_hash_is_argon2_and_password_never_stored(demo_db, demo_url, people):
    with demo_db.session() as s:
        from sqlalchemy import select

        from app.models import Account

        hashes = list(s.scalars(select(Account.password_hash)))
    assert all(h.startswith("$argon2id$") for h in hashes)
    if demo_db.is_sqlite:  # nowhere in the file, free pages and journal included
        database_file = demo_url.removeprefix("sqlite:///")
        demo_db.dispose()
        assert PASSWORD.encode() not in open(database_file, "rb").read()
        return
    from sqlalchemy import inspect, text

    with demo_db.engine.connect() as conn:  # nowhere in any row of any table
        for table in inspect(conn).get_table_names():
            found = conn.execute(text(f"SELECT count(*) FROM {table} t WHERE strpos(t::text, :p) > 0"), {"p": PASSWORD})
            assert found.scalar() == 0, table


@pytest.mark.parametrize("password, message", [("ngan", "ít nhất 8"), ("12345678", "chữ số"),
                                               ("xyzNguyenan99", "tên đăng nhập")])
def test_password_rules(demo_db, password, message):
    with pytest.raises(UserError, match=message):
        accounts.add_account(demo_db, None, "nguyenan", password, "hr")


def test_first_account_must_be_hr(demo_db):
    with pytest.raises(UserError, match="đầu tiên"):
        accounts.add_account(demo_db, None, "ai", PASSWORD, "employee", employee="MAU0001")


def test_lockout_after_repeated_failures(demo_db, people):
    now = dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.timezone.utc)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            accounts.login(demo_db, "congchuc", "sai-mat-khau", now=now)
    with pytest.raises(PermissionDenied, match="tạm khóa"):
        accounts.login(demo_db, "congchuc", PASSWORD, now=now + dt.timedelta(minutes=1))
    later = now + dt.timedelta(minutes=accounts.LOCK_MINUTES + 1)
    assert accounts.login(demo_db, "congchuc", PASSWORD, now=later).username == "congchuc"


def test_a_person_may_hold_several_roles(demo_db, people, capsys, demo_url, monkeypatch):
    accounts.grant_role(demo_db, people["hr"], "congchuc", "head", unit="MAU-ATTT")
    both = accounts.login(demo_db, "congchuc", PASSWORD)
    assert both.roles == {"employee", "head"}
    assert staff.get_employee(demo_db, both, "MAU0040").code == "MAU0040"  # led unit
    with pytest.raises(PermissionDenied):
        staff.get_employee(demo_db, both, "MAU0010")  # a colleague of their own unit, which they do not lead
    with pytest.raises(UserError, match="đã có vai trò"):
        accounts.grant_role(demo_db, people["hr"], "congchuc", "head", unit="MAU-ATTT")
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    assert main(["--db", demo_url, "--user", "admin", "user", "grant", "truongphong", "--role", "employee",
                 "--employee", "MAU0001"]) == 0
    assert "head@MAU-STP, employee" in capsys.readouterr().out


def test_disabled_account_cannot_log_in(demo_db, people):
    accounts.disable_account(demo_db, people["hr"], "congchuc")
    with pytest.raises(PermissionDenied):
        accounts.login(demo_db, "congchuc", PASSWORD)


def test_employee_sees_assessor_form_only_once_approved(demo_db, people):
    from app.actor import local_user

    boss = svc.open_assessment(demo_db, local_user(), "MAU0005", None, "Năm 2026", "assessor")
    with pytest.raises(PermissionDenied):
        svc.get_assessment(demo_db, people["employee"], boss.id)
    svc.set_rating(demo_db, local_user(), boss.id, boss.ratings[0].competency_code, score=3)
    svc.submit(demo_db, local_user(), boss.id)
    svc.approve(demo_db, local_user(), boss.id)
    assert svc.get_assessment(demo_db, people["employee"], boss.id).status == "approved"


def test_lists_show_only_what_the_actor_may_see(demo_db, people):
    assert [e.code for e in staff.list_employees(demo_db, people["employee"])] == ["MAU0005"]
    head_sees = {e.unit for e in staff.list_employees(demo_db, people["head"])}
    assert head_sees == {"MAU-STP-XLVP"}
    from app.services.reporting import person_gaps

    rows = person_gaps(demo_db, people["employee"], "Năm 2025")
    assert {r.employee_code for r in rows} <= {"MAU0005"}


@pytest.mark.parametrize("action", [Action.EDIT_FRAMEWORK, Action.MANAGE_PERIODS, Action.MANAGE_UNITS,
                                    Action.MANAGE_ACCOUNTS, Action.IMPORT, Action.LOAD_SAMPLE])
def test_hr_only_actions(people, action):
    from app.permissions import allowed

    assert allowed(people["hr"], action)
    assert not allowed(people["head"], action) and not allowed(people["employee"], action)


def test_cli_needs_a_user_once_accounts_exist(capsys, demo_db, demo_url, people, monkeypatch, tmp_path):
    monkeypatch.delenv("COMPETENCY_GAP_USER", raising=False)
    monkeypatch.delenv("COMPETENCY_GAP_PASSWORD", raising=False)
    assert main(["--db", demo_url, "staff"]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", "sai-mat-khau")
    assert main(["--db", demo_url, "--user", "congchuc", "staff"]) == 2
    assert "Sai tên đăng nhập" in capsys.readouterr().err
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    assert main(["--db", demo_url, "--user", "congchuc", "staff", "--json"]) == 0
    assert '"MAU0005"' in capsys.readouterr().out
    before = dump(demo_db)
    assert main(["--db", demo_url, "--user", "congchuc", "rate", "MAU0040", "--kind", "self", "CVC-1=3"]) == 2
    err = capsys.readouterr().err
    assert "không có quyền" in err and err.count("\n") == 1
    assert main(["--db", demo_url, "--user", "truongphong", "period", "add", "Năm 2030"]) == 2
    assert "không có quyền" in capsys.readouterr().err
    assert main(["--db", demo_url, "--user", "truongphong", "export", "gaps", "--period", "Năm 2025", "-o",
                 str(tmp_path / "tong-hop.xlsx")]) == 0
    assert dump(demo_db) == before


def test_cli_user_commands(capsys, db_url, monkeypatch):
    monkeypatch.setenv("COMPETENCY_GAP_NEW_PASSWORD", PASSWORD)
    assert main(["--db", db_url, "user", "add", "admin", "--role", "hr"]) == 0
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    assert main(["--db", db_url, "--user", "admin", "user", "list"]) == 0
    assert "admin" in capsys.readouterr().out
    monkeypatch.setenv("COMPETENCY_GAP_NEW_PASSWORD", "Moi@2026abc")
    assert main(["--db", db_url, "--user", "admin", "user", "passwd", "admin"]) == 0
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", "Moi@2026abc")
    assert main(["--db", db_url, "--user", "admin", "frameworks"]) == 0

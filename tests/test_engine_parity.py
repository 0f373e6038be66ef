"""SQLite and PostgreSQL behave alike: the same refusals with the same message for what a column cannot hold,
the same order where a value is missing, and several copies starting at once on an empty shared database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main

LONG_NAME = "Phòng " + "Tổ chức cán bộ " * 14  # 216 characters: units.name holds 200
LONG_CODE = "DV" + "X" * 31  # 33 characters: units.code holds 32
LONG_PERIOD = "Kỳ đánh giá " + "năm 2026 " * 11  # 110 characters once trimmed: assessment_periods.name holds 100
LONG_FRAMEWORK = "khung-" + "a" * 60  # 66 characters: frameworks.code holds 64


def _run(capsys, db_url, *args):
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


CASES = [
    (("unit", "add", LONG_CODE, "Phòng Tổ chức"), f"Mã đơn vị '{LONG_CODE}' dài 33 ký tự, quá giới hạn 32 ký tự; chưa "
     "lưu gì. Hãy rút gọn còn tối đa 32 ký tự rồi thử lại."),
    (("unit", "add", "DV2", "Phòng\x00Tổ chức"), "Có ký tự ẩn U+0000 (thường do chép từ web hoặc phần mềm khác); "
     "hãy xóa ô rồi gõ lại."),
    (("unit", "add", "DV3", "Phòng\x1bTổ chức"), "Có ký tự ẩn U+001B"),
    (("period", "add", "Năm\x002027"), "có ký tự điều khiển (NUL)"),
    (("period", "add", LONG_PERIOD), "Tên kỳ đánh giá 'Kỳ đánh giá năm 2026 năm 2026 năm 2026 n…' dài 110 ký tự, quá "
     "giới hạn 100 ký tự; chưa lưu gì. Hãy rút gọn còn tối đa 100 ký tự rồi thử lại."),
    (("framework", "copy", "btp-02-2023", LONG_FRAMEWORK), f"mã khung '{LONG_FRAMEWORK[:39]}…' dài 66 ký tự. quá "
     "giới hạn 40 ký tự; hãy rút gọn."),  # the framework rules' own limit, shorter than the column's
    (("staff", "--unit", "DV\x00"), "Không có đơn vị mã 'DV\x00'."),  # a lookup, not a write
    (("gap", "MAU\x000005"), "Giá trị 'MAU\\u00000005' có ký tự điều khiển (NUL) không dùng được"),  # looked up by SQL
]


@pytest.mark.parametrize("args, message", CASES, ids=["unit-code", "nul-name", "escape-name", "nul-period",
                                                       "period-name", "framework-code", "nul-filter", "nul-lookup"])
def test_what_a_column_cannot_hold_is_refused_with_one_message_on_both_engines(capsys, db_url, args, message):
    code, out, err = _run(capsys, db_url, *args)
    assert code == 2 and err.startswith("Lỗi: ") and err.count("\n") == 1, err
    assert message in err
    assert "DataError" not in err and "psycopg" not in err and "Traceback" not in err


@pytest.mark.parametrize("field, value, message", [
    ("name", "Nguyễn Văn " + "An" * 100, "Họ và tên 'Nguyễn Văn AnAnAnAnAnAnAnAnAnAnAnAnAnAnA…' dài 211 ký tự, quá giới hạn "
     "200 ký tự; chưa lưu gì. Hãy rút gọn còn tối đa 200 ký tự rồi thử lại."),
    ("code", "MAU" + "0" * 30, "Mã công chức 'MAU000000000000000000000000000000' dài 33 ký tự, quá giới hạn 32 ký tự"),
])
def test_an_employee_field_too_long_is_refused_alike(demo_db, actor, field, value, message):
    from app.errors import UserError
    from app.services import staff

    data = staff.EmployeeInput(code="MAU9999", name="Nguyễn Văn An", unit="MAU-STP")
    setattr(data, field, value)
    with pytest.raises(UserError) as caught:
        staff.save_employee(demo_db, actor, data, is_new=True)
    assert message in str(caught.value)


def test_the_longest_values_a_column_holds_are_kept_whole(capsys, db_url):
    name, code, period = LONG_NAME[:200], LONG_CODE[:32], LONG_PERIOD[:100]
    assert _run(capsys, db_url, "unit", "add", code, name)[0] == 0
    assert _run(capsys, db_url, "period", "add", period)[0] == 0
    from app.bootstrap import open_database

    db, _ = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM units WHERE code = :c"), {"c": code}).scalar() == name
            assert conn.execute(text("SELECT count(*) FROM assessment_periods WHERE name = :n"), {"n": period}).scalar()
    finally:
        db.dispose()


def test_rules_come_from_the_model_columns():
    from app import text_rules
    from app.models import AssessmentPeriod, Employee, Unit

    assert text_rules.maximum(Employee, "full_name") == 200 and text_rules.maximum(Unit, "code") == 32
    assert text_rules.maximum(AssessmentPeriod, "name") == 100
    with pytest.raises(Exception, match="Họ và tên .* dài 201 ký tự, quá giới hạn 200"):
        text_rules.check(Employee, "full_name", "A" * 201)
    with pytest.raises(Exception, match="ký tự điều khiển \\(tab\\)"):
        text_rules.check(Employee, "full_name", "Nguyễn\tAn")
    text_rules.check(Employee, "full_name", "Nguyễn Văn An")  # nothing to say


def test_a_period_without_a_start_date_comes_last_on_both_engines(capsys, demo_url):
    """`rate` without --period takes the newest open period: a period with no dates is never the newest on
    either engine (NULLs placed explicitly, never the engine's default)."""
    from app.actor import local_user
    from app.bootstrap import open_database
    from app.services import periods

    assert _run(capsys, demo_url, "period", "add", "Kỳ không ngày")[0] == 0
    assert _run(capsys, demo_url, "period", "add", "Năm 2031", "--from", "01/01/2031", "--to", "31/12/2031")[0] == 0
    assert _run(capsys, demo_url, "period", "add", "Kỳ không ngày thứ hai")[0] == 0
    db, _ = open_database(demo_url)
    try:
        names = [p.name for p in periods.list_periods(db, local_user())]
        assert names[0] == "Năm 2031" and names[-2:] == ["Kỳ không ngày thứ hai", "Kỳ không ngày"], names
        code, out, err = _run(capsys, demo_url, "rate", "MAU0005", "--kind", "self", "NLC1=3")
        assert code == 0, err
        with db.engine.connect() as conn:
            written = conn.execute(text(
                "SELECT p.name FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
                "JOIN assessment_periods p ON p.id = a.period_id WHERE r.score IS NOT NULL "
                "ORDER BY r.id DESC LIMIT 1")).scalar()
        assert written == "Năm 2031"
    finally:
        db.dispose()


def _start(url: str, tmp: Path, n: int) -> subprocess.Popen:
    env = {"COMPETENCY_GAP_DATA_DIR": str(tmp / f"data{n}"), "COMPETENCY_GAP_CONFIG_DIR": str(tmp / f"config{n}"),
           "COMPETENCY_GAP_LOG_DIR": str(tmp / f"logs{n}"), "PATH": "/usr/bin:/bin", "HOME": str(tmp)}
    return subprocess.Popen([sys.executable, "-m", "app.cli", "--db", url, "frameworks"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1])


def test_three_copies_starting_at_once_on_an_empty_postgresql_database_all_succeed(pg_database, tmp_path):
    url = pg_database()
    copies = [_start(url, tmp_path, n) for n in range(3)]
    results = [(p.wait(timeout=180), *p.communicate()) for p in copies]
    for code, out, err in results:
        assert code == 0 and "btp-02-2023" in out, err
        assert "Traceback" not in err and "UniqueViolation" not in err
    from app.bootstrap import open_database

    db, _ = open_database(url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
            codes = conn.execute(text("SELECT code, count(*) FROM frameworks GROUP BY code HAVING count(*) > 1")).all()
            assert codes == []
    finally:
        db.dispose()


def test_a_connection_url_is_never_shown_or_logged_with_its_password(capsys, pg_admin_url, tmp_path):
    import os

    from sqlalchemy.engine import make_url

    from app.database import masked

    real = make_url(pg_admin_url)
    wrong = real.set(password="Sai-Mat-Khau-2026").render_as_string(hide_password=False)
    urls = [wrong,  # refused by the server
            wrong.replace(f":{real.port}/", f":{real.port}:9/"),  # a port that is not a number
            wrong.replace("127.0.0.1", "khong-co-may-nay.invalid"),  # no such host
            wrong.replace("postgresql+psycopg", "postgres")]  # a driver name SQLAlchemy does not know
    for url in urls:
        for command in (["where"], ["staff"], ["init"]):
            code = main(["--db", url, *command])
            out, err = capsys.readouterr()
            assert "Sai-Mat-Khau-2026" not in out + err, (url, command)
            assert "Traceback" not in err and (code == 0 or err.startswith("Lỗi: ")), err
    logs = Path(os.environ["COMPETENCY_GAP_LOG_DIR"])
    assert not any("Sai-Mat-Khau-2026" in p.read_text(errors="replace") for p in logs.rglob("*") if p.is_file())
    assert masked("postgresql://an:bi@mat@may-chu:5x/db") == "postgresql://an:***@may-chu:5x/db"


def test_migrations_both_ways_on_an_empty_postgresql_database_match_the_models(pg_database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app import migrate
    from app.database import Database
    from app.models import Base

    db = Database(pg_database())
    try:
        assert migrate.upgrade(db.engine) is True and migrate.upgrade(db.engine) is False
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        migrate.downgrade(db.engine, "0001")
        assert migrate.current_revision(db.engine) == "0001"
        migrate.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert migrate.current_revision(db.engine) == migrate.LATEST_REVISION
    finally:
        db.dispose()

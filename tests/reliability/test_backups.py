"""Backups and restores: a round trip gives everything back, a backup taken under load is consistent,
the daily backup is daily, the rotation keeps the 10 newest good ones, and a restore refuses what it
must not put in place (leaving the current database as it was) and brings back a lost one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only("backups and restores of the SQLite file; a shared PostgreSQL database is backed up with pg_dump")

from app import backup
from app.actor import local_user
from app.bootstrap import WRITE, open_database
from app.errors import StorageError, UserError
from app.services import assessments as svc
from tests.reliability import kill_harness

PERIOD = "Năm 2026"


def fingerprint(path: Path) -> str:
    """Every table's rows (as any SQLite program reads the file), hashed."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        digest = hashlib.sha256()
        for table in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def change_things(db) -> None:
    actor = local_user()
    form = next(a for a in svc.list_assessments(db, actor, PERIOD) if a.status == "draft")
    for r in form.ratings[:5]:
        svc.set_rating(db, actor, form.id, r.competency_code, score=(r.score or 0) % 5 + 1, reason="thay đổi")
    svc.add_period(db, actor, "Kỳ thử khôi phục", None, None)


def test_restore_round_trip_gives_everything_back_and_keeps_what_it_replaced(demo_db):
    original = fingerprint(demo_db.path)
    saved = backup.backup(demo_db)
    change_things(demo_db)
    changed = fingerprint(demo_db.path)
    assert changed != original
    kept = backup.restore(demo_db, saved)
    assert fingerprint(demo_db.path) == original
    assert kept is not None and kept != saved and backup.check_file(kept) is None
    assert fingerprint(kept) == changed  # the state before the restore is a backup of its own
    assert kept in [b.path for b in backup.list_backups(demo_db)]
    assert backup.list_backups(demo_db)[0].reason == "restore"
    # the same open Database goes on working on the restored content
    assert all(p.name != "Kỳ thử khôi phục" for p in svc.list_periods(demo_db, local_user()))
    assert backup.integrity_problem(demo_db) is None


def test_backup_while_two_processes_write_is_whole_and_consistent(demo_url, tmp_path):
    """Two processes save scores without pause; backups taken meanwhile open, pass integrity_check, and hold a
    consistent state: each cell's score is the new value of its last audit entry (both are one transaction)."""
    db, _ = open_database(demo_url)
    forms = [a for a in svc.list_assessments(db, local_user(), PERIOD) if a.status == "draft"][:2]
    codes = [[r.competency_code for r in f.ratings[:4]] for f in forms]
    workers = [kill_harness.start(["save", demo_url, str(f.id), *c]) for f, c in zip(forms, codes)]
    try:
        for proc, run, _got, state in workers:
            assert kill_harness.wait_marker(state, "ready", proc)
        deadline = time.monotonic() + 20
        while min(sum(l.startswith("ack ") for l in w[1].lines) for w in workers) < 5 and time.monotonic() < deadline:
            time.sleep(0.01)
        acks_before = [sum(l.startswith("ack ") for l in w[1].lines) for w in workers]
        taken = []
        for n in range(5):
            taken.append(backup.backup(db, target=tmp_path / f"under-load-{n}.sqlite3"))
            time.sleep(0.2)
        acks_during = [sum(l.startswith("ack ") for l in w[1].lines) for w in workers]
    finally:
        for proc, run, _got, state in workers:
            kill_harness.finish(proc, run, state, kill=True)
    db.dispose()
    # both writing when the backups began, and saves made while they were taken (SQLite does not share its write
    # lock fairly: under load one writer may get most of the turns, which is not what this test is about)
    assert min(acks_before) >= 5 and sum(acks_during) - sum(acks_before) >= 10, (
        f"the writers were not writing during the backups: {acks_before} → {acks_during}")
    in_backups = []
    for path in taken:
        assert backup.check_file(path) is None
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
            for form, cs in zip(forms, codes):
                for code in cs:
                    score = conn.execute("SELECT score FROM ratings WHERE assessment_id=? AND competency_code=?",
                                         (form.id, code)).fetchone()[0]
                    last = conn.execute(
                        "SELECT new_value FROM audit_log WHERE assessment_id=? AND item=? AND field='score' "
                        "ORDER BY id DESC LIMIT 1", (form.id, code)).fetchone()
                    assert last is not None and str(score) == str(last[0]), (path.name, form.id, code, score, last)
            in_backups.append(conn.execute("SELECT count(*) FROM audit_log WHERE reason LIKE 'crash-%'").fetchone()[0])
        finally:
            conn.close()
    assert in_backups == sorted(in_backups) and in_backups[-1] > in_backups[0], in_backups
    print(f"\n  5 backups under 2 writers: {in_backups} saves in them; {acks_during} acknowledged by then")


def test_daily_backup_once_a_day(db_url):
    db, start = open_database(db_url, WRITE)
    db.dispose()
    assert len(start.backups) == 1 and backup.list_backups(db)[0].reason == "daily"
    for _ in range(2):  # the same day: no more
        db, start = open_database(db_url, WRITE)
        db.dispose()
        assert start.backups == []
    daily = backup.list_backups(db)
    assert len(daily) == 1
    yesterday = (dt.datetime.now() - dt.timedelta(days=1)).strftime("%Y%m%d-%H%M%S")
    old = daily[0].path
    old.rename(old.with_name(f"{db.path.stem}-{yesterday}-hang-ngay.sqlite3"))
    db, start = open_database(db_url, WRITE)  # the next day: one more
    db.dispose()
    assert len(start.backups) == 1 and len(backup.list_backups(db)) == 2
    db, start = open_database(db_url, "read")  # a read-only command takes none
    db.dispose()
    assert start.backups == []


def test_rotation_keeps_the_ten_newest_and_a_failed_backup_pushes_out_none(demo_db):
    made = []
    for n in range(13):  # several in the same second: the -2, -3 … names must still sort in order
        made.append(backup.backup(demo_db))
    kept = [b.path for b in backup.list_backups(demo_db)]
    assert len(kept) == backup.KEEP
    assert kept == list(reversed(made[-backup.KEEP:])), "the rotation did not keep the 10 newest, newest first"
    # the database gets damaged: its backups fail, and the 10 good ones stay
    demo_db.dispose()
    conn = sqlite3.connect(demo_db.path, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages, size = conn.execute("PRAGMA page_count").fetchone()[0], conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(demo_db.path, "r+b") as f:
        f.seek((pages // 2 - 1) * size + 8)
        f.write(b"\x5a" * (size - 16))
    for _ in range(3):
        with pytest.raises(StorageError, match="không toàn vẹn"):
            backup.backup(demo_db)
    for b in backup.list_backups(demo_db):  # as if they were all from yesterday: the daily backup tries, and fails
        yesterday = (b.taken_at - dt.timedelta(days=1)).strftime("%Y%m%d-%H%M%S")
        b.path.rename(b.path.with_name(b.path.name.replace(b.taken_at.strftime("%Y%m%d-%H%M%S"), yesterday)))
    kept = [b.path for b in backup.list_backups(demo_db)]
    made = [p for p in kept]
    with pytest.raises(backup.DamagedCopy):  # the daily copy is the daily full check: a damaged database says so
        backup.daily_backup(demo_db)
    assert [b.path for b in backup.list_backups(demo_db)] == kept
    assert all(backup.check_file(p) is None for p in kept)
    assert backup.latest_good_backup(demo_db).path == made[0]
    leftovers = [p.name for p in backup.backups_dir(demo_db.path).iterdir() if p.name.startswith(".")]
    assert not leftovers, leftovers


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 50)


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()


def _newer(template: Path):
    def make(path: Path) -> None:
        shutil.copy(template, path)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num='0099'")
        conn.commit()
        conn.close()
    return make


def _damaged(template: Path):
    def make(path: Path) -> None:
        shutil.copy(template, path)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("VACUUM")
        pages, size = conn.execute("PRAGMA page_count").fetchone()[0], conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        with open(path, "r+b") as f:
            f.seek((pages // 2 - 1) * size + 8)
            f.write(b"\x5a" * (size - 16))
    return make


@pytest.mark.parametrize("kind, why", [("not a database", "không phải cơ sở dữ liệu SQLite"),
                                       ("foreign", "không phải cơ sở dữ liệu của chương trình này"),
                                       ("newer", "phiên bản mới hơn"), ("damaged", "bị hỏng")])
def test_restore_refuses_and_leaves_the_database_unchanged(demo_url, _template_dbs, tmp_path, kind, why):
    makers = {"not a database": _not_a_database, "foreign": _foreign, "newer": _newer(_template_dbs["demo"]),
              "damaged": _damaged(_template_dbs["demo"])}
    bad = tmp_path / f"bad-{kind.replace(' ', '-')}.sqlite3"
    makers[kind](bad)
    bad_before = bad.read_bytes()
    db, _ = open_database(demo_url)
    before = fingerprint(db.path)
    backups_before = [b.path for b in backup.list_backups(db)]
    with pytest.raises(UserError) as refused:
        backup.restore(db, bad)
    assert why in str(refused.value) and "không thay đổi" in str(refused.value), refused.value
    assert [b.path for b in backup.list_backups(db)] == backups_before  # not even a backup was needed
    db.dispose()
    assert fingerprint(db.path) == before and bad.read_bytes() == bad_before
    # the command line says the same, once
    result = kill_harness.run_to_end(["cli", "--db", demo_url, "restore", str(bad)])
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2 and len(errors) == 1 and errors[0].startswith("Lỗi: ") and why in errors[0], \
        result.output()
    assert "Đã khôi phục" not in result.output() and "Traceback" not in result.output()
    assert fingerprint(db.path) == before


def test_restore_brings_back_a_database_lost_from_disk(demo_url, tmp_path):
    db, _ = open_database(demo_url)
    (tmp_path / "usb").mkdir()
    saved = backup.backup(db, target=tmp_path / "usb" / "sao-luu.sqlite3")
    path = db.path
    db.dispose()
    expected = fingerprint(saved)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    lost = kill_harness.run_to_end(["cli", "--db", demo_url, "staff"])  # known here: never a new empty one
    assert lost.returncode == 2 and "Không thấy cơ sở dữ liệu" in lost.stderr and not path.exists(), lost.output()
    result = kill_harness.run_to_end(["cli", "--db", demo_url, "restore", str(saved)])
    assert result.returncode == 0 and "Đã khôi phục" in result.output(), result.output()
    assert path.exists() and fingerprint(path) == expected
    db, start = open_database(demo_url, WRITE)
    try:
        assert backup.integrity_problem(db) is None and not start.created
        assert len(svc.list_periods(db, local_user())) >= 1
    finally:
        db.dispose()
    assert os.path.exists(saved)  # the backup itself stays where it was

"""Accounts that hold against a determined colleague: guessing in parallel, probing names by timing or by
message, weak passwords, revoked accounts in open sessions, secrets in the log, files others can read, and an
employee's own forms."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import stat
import threading
import time

import pytest
from sqlalchemy import select, update

from app import accounts, logs, passwords, remembered
from app.actor import local_user
from app.bootstrap import open_database
from app.cli import main
from app.errors import PermissionDenied, UserError
from app.models import Account, AuditEntry, Rating
from app.services import assessments as svc
from app.services import staff
from tests.conftest import PASSWORD

SIX = ["password", "matkhau1", "aaaaaaaa", "qwertyui", "Abc12345", "12345678a"]


def _failures(db, name):
    with db.session() as s:
        return s.execute(select(Account.failed_attempts, Account.locked_until).where(Account.username == name)).one()


# ------------------------------------------------------------ guessing


def test_forty_parallel_wrong_passwords_lock_the_account(demo_url, demo_db, people, monkeypatch):
    """40 threads, each with its own connection to the database file, try a wrong password at the same moment:
    each attempt counts, only MAX_FAILURES passwords are actually checked, the account ends locked."""
    real_checks = []
    verify = accounts._verify

    def counting(stored, password):
        if stored != accounts._dummy_hash():
            real_checks.append(password)
        return verify(stored, password)

    monkeypatch.setattr(accounts, "_verify", counting)
    databases = [open_database(demo_url)[0] for _ in range(40)]
    barrier = threading.Barrier(40)
    outcomes = []

    def attempt(db, n):
        barrier.wait()
        try:
            accounts.login(db, "congchuc", f"Sai-mat-khau-{n}")
        except PermissionDenied as exc:
            outcomes.append(str(exc))
        else:
            outcomes.append("logged in")

    threads = [threading.Thread(target=attempt, args=(db, n)) for n, db in enumerate(databases)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for db in databases:
        db.dispose()
    assert len(outcomes) == 40 and set(outcomes) == {accounts.REFUSED}
    assert len(real_checks) == accounts.MAX_FAILURES  # the other 35 never reached the password
    _count, locked_until = _failures(demo_db, "congchuc")
    assert locked_until is not None
    with pytest.raises(PermissionDenied, match="tạm khóa"):
        accounts.login(demo_db, "congchuc", PASSWORD)  # even the right password, while locked


def test_every_attempt_counts_and_one_message_for_every_refusal(demo_db, people):
    for n in range(1, accounts.MAX_FAILURES):
        with pytest.raises(PermissionDenied) as wrong:
            accounts.login(demo_db, "congchuc", "Sai-mat-khau")
        assert _failures(demo_db, "congchuc")[0] == n
    with pytest.raises(PermissionDenied) as unknown:
        accounts.login(demo_db, "khongco", "Sai-mat-khau")
    accounts.disable_account(demo_db, people["hr"], "truongphong")
    with pytest.raises(PermissionDenied) as disabled:
        accounts.login(demo_db, "truongphong", PASSWORD)
    assert str(wrong.value) == str(unknown.value) == str(disabled.value) == accounts.REFUSED
    assert accounts.login(demo_db, "congchuc", PASSWORD).username == "congchuc"
    assert _failures(demo_db, "congchuc") == (0, None)  # a good login starts the count again


def test_unknown_and_known_names_take_the_same_time(demo_db, people, monkeypatch):
    """Production hash costs (argon2id m=64 MiB, t=3, p=4); median of 20 logins each, interleaved."""
    from argon2 import PasswordHasher

    production = PasswordHasher()
    monkeypatch.setattr(accounts, "_hasher", lambda: production)
    with demo_db.session() as s:
        s.execute(update(Account).where(Account.username == "congchuc")
                  .values(password_hash=production.hash(PASSWORD)))
    times = {"unknown": [], "known": []}
    for n in range(21):
        with demo_db.session() as s:  # the known name's wrong password each time, not its lockout
            s.execute(update(Account).values(failed_attempts=0, locked_until=None))
        for kind, name in (("unknown", f"khongco{n}"), ("known", "congchuc")):
            start = time.perf_counter()
            with pytest.raises(PermissionDenied):
                accounts.login(demo_db, name, "Sai-mat-khau")
            if n:  # the first round warms caches
                times[kind].append(time.perf_counter() - start)
    unknown, known = statistics.median(times["unknown"]), statistics.median(times["known"])
    print(f"median login: unknown name {unknown * 1000:.0f} ms, known name {known * 1000:.0f} ms")
    assert abs(known - unknown) <= 0.2 * max(known, unknown)
    assert min(known, unknown) > 0.05  # both really ran argon2 with production costs


def test_dummy_hash_has_the_production_costs():
    from argon2 import PasswordHasher

    assert not PasswordHasher().check_needs_rehash(accounts.DUMMY_HASH)


# ------------------------------------------------------------ passwords


@pytest.mark.parametrize("password", SIX)
def test_shipped_list_refuses_the_six(password):
    assert password.lower() in passwords.common_passwords()
    with pytest.raises(UserError, match="Mật khẩu tốt"):
        passwords.check(password, "nguoidung")


@pytest.mark.parametrize("password", ["qwertyui", "aaaaaaaa", "Abc12345", "12345678a", "1qaz2wsx", "zxcvbnm12",
                                      "987654321z", "abcdabcd", "Xy7!Xy7!"])
def test_keyboard_runs_sequences_and_repeats_refused_without_the_list(password, monkeypatch):
    monkeypatch.setattr(passwords, "common_passwords", lambda: frozenset())
    reason = passwords.weakness(password, "nguoidung")
    assert reason and ("liên tiếp" in reason or "lặp lại" in reason)


@pytest.mark.parametrize("password", ["nguyenvanan1990", "Lan@1985", "TranThiHoa2000!", "HoangMinh1234"])
def test_a_name_with_a_year_is_refused(password, monkeypatch):
    assert passwords.weakness(password, "nguoidung") is not None
    monkeypatch.setattr(passwords, "common_passwords", lambda: frozenset())
    assert "tên người" in passwords.weakness(password, "nguoidung")  # a rule, not only the list


@pytest.mark.parametrize("password", ["An1990@le!", "AnLe#1990"])
def test_own_name_with_digits_refused(password):
    assert passwords.weakness(password, "cc.an", "Lê Văn An") is not None


@pytest.mark.parametrize("password", [PASSWORD, "Moi@2026abc", "Cà phê sáng 3 muỗng!", "kx82!mQz", "Tuyet!Hoa7x",
                                      "hoa mai no muon 2026"])
def test_good_passwords_pass(password):
    assert passwords.weakness(password, "nguoidung") is None


def test_common_list_is_shipped_and_large():
    assert len(passwords.common_passwords()) > 3000
    assert {"123456a", "iloveyou", "anhyeuem", "matkhau", "nguyenan"} <= passwords.common_passwords()


def test_weak_password_refused_with_reason_and_advice(demo_db, people):
    with pytest.raises(UserError) as refused:
        accounts.add_account(demo_db, people["hr"], "moi", "matkhau123", "employee", employee="MAU0040")
    text = str(refused.value)
    assert "danh sách mật khẩu" in text and "12 ký tự" in text
    with pytest.raises(UserError, match="tên người"):  # the person's own name and year of birth
        name = staff.get_employee(demo_db, local_user(), "MAU0040").name
        given = name.split()[-1]
        accounts.add_account(demo_db, people["hr"], "moi", given + "@1987", "employee", employee="MAU0040")


# ------------------------------------------------------------ changing one's password


def test_own_password_change_needs_the_current_one(demo_db, people):
    employee = people["employee"]
    with pytest.raises(UserError, match="hiện tại"):
        accounts.change_password(demo_db, employee, "congchuc", "Moi@2026abc")
    with pytest.raises(PermissionDenied, match="hiện tại không đúng"):
        accounts.change_password(demo_db, employee, "congchuc", "Moi@2026abc", current="Sai-mat-khau")
    assert _failures(demo_db, "congchuc")[0] == 1  # a wrong current password counts like a wrong login
    renewed = accounts.change_password(demo_db, employee, "congchuc", "Moi@2026abc", current=PASSWORD)
    assert renewed.username == "congchuc"
    assert accounts.login(demo_db, "congchuc", "Moi@2026abc").username == "congchuc"
    assert accounts.change_password(demo_db, people["hr"], "congchuc", "Khac#2026xyz") is None  # HR resets


# ------------------------------------------------------------ revoked accounts in open sessions


def _first(db, code="MAU0005"):
    return svc.preview_assessment(db, local_user(), code, None, "Năm 2026", "assessor").ratings[0].competency_code


def test_disabled_account_refused_at_its_next_action(demo_url, demo_db, people):
    """The head's open session (its own Database, as on its own computer) saves a score; HR disables the
    account elsewhere; the head's next save is refused and nothing is written or audited under the account."""
    head_db, _ = open_database(demo_url)
    head = accounts.login(head_db, "truongphong", PASSWORD)
    accounts.watch(head_db, head)
    code = _first(head_db)
    saved = svc.rate(head_db, head, "MAU0005", None, "Năm 2026", "assessor", {code: (3, svc.KEEP)})
    accounts.disable_account(demo_db, people["hr"], "truongphong")
    with demo_db.session() as s:
        trail = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    with pytest.raises(accounts.SessionEnded, match="đã bị khóa"):
        svc.rate(head_db, head, "MAU0005", None, "Năm 2026", "assessor", {code: (5, svc.KEEP)})
    with pytest.raises(accounts.SessionEnded):
        staff.list_employees(head_db, head)  # reading too
    with demo_db.session() as s:
        assert s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) == trail
        assert s.scalar(select(Rating.score).where(Rating.assessment_id == saved.id,
                                                   Rating.competency_code == code)) == 3
    head_db.dispose()


def test_removed_role_and_new_password_end_open_sessions(demo_url, demo_db, people):
    accounts.grant_role(demo_db, people["hr"], "congchuc", "head", unit="MAU-ATTT")
    both_db, _ = open_database(demo_url)
    both = accounts.login(both_db, "congchuc", PASSWORD)
    accounts.watch(both_db, both)
    assert staff.get_employee(both_db, both, "MAU0040").code == "MAU0040"
    accounts.revoke_role(demo_db, people["hr"], "congchuc", "head")
    with pytest.raises(accounts.SessionEnded, match="vai trò"):
        staff.get_employee(both_db, both, "MAU0040")
    accounts.watch(both_db, None)  # as the window does before asking for the login again
    again = accounts.login(both_db, "congchuc", PASSWORD)  # logging in again: what the account now holds
    accounts.watch(both_db, again)
    assert again.roles == {"employee"}
    accounts.change_password(demo_db, people["hr"], "congchuc", "Moi@2026abc")
    with pytest.raises(accounts.SessionEnded, match="mật khẩu mới"):
        staff.get_employee(both_db, again, "MAU0005")
    both_db.dispose()


def test_command_line_refused_at_the_next_step(demo_url, demo_db, people, monkeypatch, capsys):
    """A command whose account is disabled just after it logged in (as by HR at that moment) stops at its next
    step with one line; the next command is refused at login."""
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    watch = accounts.watch

    def disabled_meanwhile(db, actor, on_ended=None):
        watch(db, actor, on_ended)
        accounts.disable_account(demo_db, people["hr"], actor.username)

    monkeypatch.setattr(accounts, "watch", disabled_meanwhile)
    code = _first(demo_db)
    assert main(["--db", demo_url, "--user", "truongphong", "rate", "MAU0005", "--period", "Năm 2026",
                 "--kind", "assessor", f"{code}=4"]) == 2
    err = capsys.readouterr().err
    assert "đã bị khóa" in err and err.count("\n") == 1
    monkeypatch.setattr(accounts, "watch", watch)
    assert main(["--db", demo_url, "--user", "truongphong", "staff"]) == 2
    assert "Sai tên đăng nhập" in capsys.readouterr().err


def test_revoke_role_on_the_command_line(demo_url, people, monkeypatch, capsys):
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    assert main(["--db", demo_url, "--user", "admin", "user", "grant", "congchuc", "--role", "head",
                 "--unit", "MAU-ATTT"]) == 0
    assert main(["--db", demo_url, "--user", "admin", "user", "revoke", "congchuc", "--role", "head"]) == 0
    assert capsys.readouterr().out.strip().endswith("congchuc: employee.")
    assert main(["--db", demo_url, "--user", "admin", "user", "revoke", "congchuc", "--role", "employee"]) == 2
    assert "duy nhất" in capsys.readouterr().err


# ------------------------------------------------------------ probing codes


def test_unknown_code_and_code_outside_scope_refused_alike(demo_db, demo_url, people, monkeypatch, capsys):
    head = people["head"]
    messages = {}
    for code in ("MAU0040", "KHONGCO1"):  # another unit's employee; a code no one has
        with pytest.raises(PermissionDenied) as refused:
            staff.get_employee(demo_db, head, code)
        messages[code] = str(refused.value).replace(code, "X")
        with pytest.raises(PermissionDenied) as refused:
            svc.rate(demo_db, head, code, None, "Năm 2026", "assessor", {"NLC1": (3, svc.KEEP)})
        assert str(refused.value).replace(code, "X") == messages[code]
    assert messages["MAU0040"] == messages["KHONGCO1"]
    assert "trong phạm vi của bạn" in messages["MAU0040"]
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    results = []
    for code in ("MAU0040", "KHONGCO1"):
        results.append((main(["--db", demo_url, "--user", "truongphong", "gap", code]),
                        capsys.readouterr().err.replace(code, "X")))
    assert results[0] == results[1] and results[0][0] == 2
    with pytest.raises(UserError, match="Không có công chức mã 'KHONGCO1'.$"):
        staff.get_employee(demo_db, people["hr"], "KHONGCO1")  # HR sees everyone: told plainly


# ------------------------------------------------------------ secrets in the log


def test_nothing_typed_is_logged_when_a_login_fails(demo_db, people, monkeypatch, tmp_path):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "log"))
    logs.setup()
    typed = ["Bi-Mat-Go-Nham-O-Ten", "Sai@Matkhau1", "Khong-Phai-Ai-9"]
    for name, password in ((typed[0], "x"), ("congchuc", typed[1]), (typed[2], typed[1])):
        with pytest.raises(PermissionDenied):
            accounts.login(demo_db, name, password)
    with pytest.raises(PermissionDenied):
        accounts.change_password(demo_db, people["employee"], "congchuc", "Moi@2026abc", current=typed[1])
    for handler in logs.log.handlers:
        handler.flush()
    text = (tmp_path / "log" / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "tên đăng nhập không có trong cơ sở dữ liệu" in text and "sai mật khẩu: 'congchuc'" in text
    for secret in [*typed, PASSWORD, "Moi@2026abc"]:
        assert secret not in text


# ------------------------------------------------------------ files


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_new_database_and_its_wal_readable_by_its_user_only(tmp_path, fast_hashes):
    old = os.umask(0o022)
    try:
        db, _ = open_database(f"sqlite:///{tmp_path / 'moi.sqlite3'}", new=True)
        accounts.add_account(db, None, "admin", PASSWORD, "hr")
        with db.session() as s:  # keep the WAL and shared-memory files open
            s.execute(select(Account.id)).all()
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()
                     if p.name.startswith("moi.sqlite3")}
        db.dispose()
    finally:
        os.umask(old)
    assert modes["moi.sqlite3"] == 0o600
    assert {"moi.sqlite3-wal", "moi.sqlite3-shm"} <= set(modes) and set(modes.values()) == {0o600}


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
@pytest.mark.sqlite_only(reason="modes of the SQLite file's backups; a PostgreSQL server keeps its own files")
def test_backups_and_restored_databases_readable_by_their_user_only(demo_db, tmp_path):
    from app import backup

    old = os.umask(0o022)
    try:
        backup.copy_database(demo_db.path, tmp_path / "ban-sao.sqlite3")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "ban-sao.sqlite3").stat().st_mode) == 0o600


def _qsettings(path):
    from PySide6.QtCore import QSettings

    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_copied_settings_file_does_not_log_in_as_another_os_user(demo_db, people, tmp_path, monkeypatch):
    """No OS keyring here: the token is bound to the OS user id and machine id. Another OS user is simulated
    by changing what remembered.os_binding returns (a monkeypatch, not a real second account)."""
    from app.ui.login import remembered_actor, remembered_key

    monkeypatch.setenv(remembered.ENV_NO_KEYRING, "1")
    settings = _qsettings(tmp_path / "settings.ini")
    settings.setValue("language", "vi")
    settings.sync()
    os.chmod(tmp_path / "settings.ini", 0o644)
    token = accounts.remember(demo_db, people["employee"])
    assert remembered.store(settings, remembered_key(demo_db), token) == "bound"
    assert stat.S_IMODE(os.stat(tmp_path / "settings.ini").st_mode) == 0o600
    assert token not in (tmp_path / "settings.ini").read_text()
    copy = tmp_path / "copied.ini"
    shutil.copy(tmp_path / "settings.ini", copy)
    assert remembered_actor(demo_db, _qsettings(copy)).username == "congchuc"  # same OS user: works
    real = remembered.os_binding()
    monkeypatch.setattr(remembered, "os_binding", lambda: real.replace(f"uid:{os.getuid()}", "uid:4242"))
    shutil.copy(tmp_path / "settings.ini", copy)
    assert remembered_actor(demo_db, _qsettings(copy)) is None  # another OS user: logs no one in
    monkeypatch.setattr(remembered, "os_binding", lambda: real.replace("machine:", "machine:khac-"))
    shutil.copy(tmp_path / "settings.ini", copy)
    assert remembered_actor(demo_db, _qsettings(copy)) is None  # another computer


def test_with_a_keyring_the_settings_file_holds_no_token(demo_db, people, tmp_path, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    from app.ui.login import forget_here, remembered_actor, remembered_key

    class Memory(KeyringBackend):
        priority = 10
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    monkeypatch.delenv(remembered.ENV_NO_KEYRING, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        settings = _qsettings(tmp_path / "settings.ini")
        token = accounts.remember(demo_db, people["employee"])
        assert remembered.store(settings, remembered_key(demo_db), token) == "keyring"
        settings.sync()
        assert token not in (tmp_path / "settings.ini").read_text()
        assert remembered_actor(demo_db, settings).username == "congchuc"
        Memory.store.clear()  # the file copied to an OS user whose keyring does not hold the token
        assert remembered_actor(demo_db, _qsettings(tmp_path / "settings.ini")) is None
        forget_here(demo_db, settings)
    finally:
        keyring.set_keyring(previous)


def test_a_token_kept_in_clear_by_an_older_version_is_forgotten(demo_db, people, tmp_path):
    from app.ui.login import remembered_actor, remembered_key

    settings = _qsettings(tmp_path / "settings.ini")
    token = accounts.remember(demo_db, people["employee"])
    settings.setValue(remembered_key(demo_db), token)
    assert remembered_actor(demo_db, settings) is None
    assert accounts.login_with_token(demo_db, token) is None and not settings.value(remembered_key(demo_db))


# ------------------------------------------------------------ an employee's own forms


def test_employee_sees_own_self_assessment_while_the_assessor_form_is_a_draft(demo_db, demo_url, people,
                                                                             monkeypatch, capsys, tmp_path):
    code = _first(demo_db)
    svc.rate(demo_db, local_user(), "MAU0005", None, "Năm 2026", "self", {code: (4, svc.KEEP)})
    boss = svc.rate(demo_db, local_user(), "MAU0005", None, "Năm 2026", "assessor", {code: (2, svc.KEEP)})
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    base = ["--db", demo_url, "--user", "congchuc"]
    assert main([*base, "gap", "MAU0005", "--period", "Năm 2026", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["kind"] == "self" and any(i["score"] == 4 for i in shown["items"])
    assert main([*base, "export", "person", "MAU0005", "--period", "Năm 2026", "-o", str(tmp_path / "p.xlsx")]) == 0
    assert main([*base, "report", "MAU0005", "--period", "Năm 2026", "-o", str(tmp_path / "p.pdf")]) == 0
    capsys.readouterr()
    assert (tmp_path / "p.xlsx").stat().st_size > 0 and (tmp_path / "p.pdf").stat().st_size > 0
    assert main([*base, "gap", "MAU0005", "--period", "Năm 2026", "--kind", "assessor"]) == 2
    assert "không có quyền" in capsys.readouterr().err  # asked for by name: still not theirs until approved
    svc.submit(demo_db, local_user(), boss.id)
    svc.approve(demo_db, local_user(), boss.id)
    assert main([*base, "gap", "MAU0005", "--period", "Năm 2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "assessor"
    view = svc.find_assessment(demo_db, people["hr"], "MAU0005", None, "Năm 2026", None)
    assert view.kind == "assessor"


def test_the_remembered_login_key_does_not_depend_on_the_database_password():
    """The settings file holds no digest of the database password (one could test guesses against it): two URLs
    that differ only in the password give the same key, two databases two keys."""
    from types import SimpleNamespace

    from app.ui.login import remembered_key

    def key(url):
        return remembered_key(SimpleNamespace(url=url))

    assert key("postgresql://cg_app:secret1@db.example:5432/nang_luc") == \
        key("postgresql://cg_app:other-pass@db.example:5432/nang_luc")
    assert key("postgresql://cg_app:secret1@db.example:5432/nang_luc") != \
        key("postgresql://cg_app:secret1@db.example:5432/ho_so")

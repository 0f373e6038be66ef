"""Damaged surroundings: a locked, read-only, full, damaged, foreign, newer, missing or deleted database,
and outputs into folders that cannot take them.

Each case runs the real command line in a subprocess (`python -m app.cli`) and expects one Vietnamese
`Lỗi:` line on stderr saying what happened and what to do, exit code 2, no "Traceback" anywhere, no
"Đã lưu"/"Đã ghi"/"Đã sao lưu" for what was not written, and no new empty database where there was
none. The window cases (pytest-qt) expect the start-up dialog with the right ways out, or, for a
save, the not-saved message and the cell marked unsaved.

A read-only place and a full disk are made with a tmpfs mount (remounted read-only, or filled) where
mounting is allowed (root with CAP_SYS_ADMIN, as on this project's machines and CI). Elsewhere (or
with RELIABILITY_NO_MOUNT=1) the test falls back: the command runs as user nobody on a file or
folder it may not write; a full database is SQLite's `max_page_count` set to the file's size by the
worker (crash_workers.py, CRASH_MAX_PAGE_COUNT); a full disk for an output file is RLIMIT_FSIZE.
Each test prints which way it ran (pytest -s) and says it in its assertion messages.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability import kill_harness

ROOT = Path(__file__).resolve().parents[2]
NOT_WRITTEN = ("Đã lưu", "Đã ghi", "Đã sao lưu", "Đã nhập", "Đã khôi phục", "Đã tạo")
EMPLOYEE = "MAU0002"  # has a draft assessor form in the sample organisation
RATE = ["rate", EMPLOYEE, "--kind", "assessor", "NLC1=1"]


# ---------------------------------------------------------------- running the command line


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    how: str = ""

    def __str__(self) -> str:
        return f"[{self.how}] exit {self.returncode}\nstdout: {self.stdout}\nstderr: {self.stderr}"


@dataclass
class Place:
    """Folders for one test, reachable by user nobody (the fallback), with the program's env."""

    root: Path
    env: dict

    def db(self, template: Path, name: str = "data.sqlite3", folder: Path | None = None) -> Path:
        target = (folder or self.root) / name
        shutil.copy(template, target)
        os.chmod(target, 0o666)
        return target


@pytest.fixture
def place():
    root = Path(tempfile.mkdtemp(prefix="cg-surroundings-"))
    os.chmod(root, 0o777)
    env = {}
    for key, sub in (("COMPETENCY_GAP_DATA_DIR", "data"), ("COMPETENCY_GAP_CONFIG_DIR", "config"),
                     ("COMPETENCY_GAP_LOG_DIR", "logs")):
        (root / sub).mkdir()
        os.chmod(root / sub, 0o777)
        env[key] = str(root / sub)
    yield Place(root, env)
    for mount in reversed(_mounted):
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    _mounted.clear()
    shutil.rmtree(root, ignore_errors=True)


def cli(place: Place, *args: str, user: str | None = None, how: str = "", extra_env: dict | None = None,
        worker: bool = False, preexec=None, timeout: float = 120) -> Result:
    env = kill_harness.child_env({**place.env, **(extra_env or {})})
    command = (kill_harness.WORKER + ["cli"]) if worker else [sys.executable, "-m", "app.cli"]
    if user:  # a home of its own (matplotlib, Qt write there), reachable by that user
        home = place.root / "home"
        home.mkdir(exist_ok=True)
        os.chmod(home, 0o777)
        env.update(HOME=str(home), MPLCONFIGDIR=str(home / "mpl"), XDG_RUNTIME_DIR=str(home))
        command = ["setpriv", f"--reuid={user}", "--regid=nogroup", "--clear-groups"] + command
    done = subprocess.run(command + list(args), cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, preexec_fn=preexec)
    out = "\n".join(line for line in done.stdout.splitlines() if not line.startswith("@ "))
    return Result(done.returncode, out, done.stderr, how)


def assert_refused(result: Result, *fragments: str) -> str:
    """Exit 2, one `Lỗi:` line holding the fragments (any of them when several are given as a tuple),
    no traceback, nothing claimed written."""
    text = str(result)
    assert result.returncode == 2, text
    assert "Traceback" not in result.stdout + result.stderr, text
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("Lỗi: "), text
    for fragment in fragments:
        options = fragment if isinstance(fragment, tuple) else (fragment,)
        assert any(o.lower() in errors[0].lower() for o in options), f"expected {options!r} in: {text}"
    for claim in NOT_WRITTEN:
        assert claim not in result.stdout, text
    return errors[0]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_score(path: Path, employee: str = EMPLOYEE, code: str = "NLC1"):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT r.score FROM ratings r JOIN assessments a ON a.id = r.assessment_id JOIN employees e ON "
            "e.id = a.employee_id WHERE e.code = ? AND a.kind = 'assessor' AND r.competency_code = ?",
            (employee, code)).fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------- mounts, or the fallback

_mounted: list[Path] = []
_can_mount: list[bool] = []


def can_mount() -> bool:
    if os.environ.get("RELIABILITY_NO_MOUNT"):
        return False
    if not _can_mount:
        probe = Path(tempfile.mkdtemp(prefix="cg-mount-probe-"))
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)], capture_output=True)
        if ok.returncode == 0:
            subprocess.run(["umount", str(probe)], capture_output=True)
        probe.rmdir()
        _can_mount.append(ok.returncode == 0)
    return _can_mount[0]


def tmpfs(folder: Path, size: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)], check=True)
    _mounted.append(folder)
    return folder


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Write zeros until the disk is full (then no byte is left)."""
    with open(folder / "filler.bin", "wb", buffering=0) as f:
        block = b"\0" * 4096
        try:
            while True:
                f.write(block)
        except OSError:
            pass
    with open(folder / "filler-small.bin", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 512)
        except OSError:
            pass


def file_size_limit(limit: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return apply


def say_how(how: str) -> None:
    print(f"\n  (ran with: {how})")


# ---------------------------------------------------------------- locked


def test_locked_database_waits_then_says_busy(place, _template_dbs):
    path = place.db(_template_dbs["demo"])
    before = stored_score(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = cli(place, "--db", f"sqlite:///{path}", *RATE, extra_env={"COMPETENCY_GAP_BUSY_TIMEOUT_MS": "700"})
        waited = time.monotonic() - started
        reading = cli(place, "--db", f"sqlite:///{path}", "gap", EMPLOYEE)  # readers are not blocked (WAL)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_refused(result, "đang bận", "Chưa lưu")
    assert waited >= 1.4, f"the save gave up after {waited:.1f} s, before its two waits of 0.7 s"
    assert reading.returncode == 0 and "Kết luận" in reading.stdout, reading
    assert stored_score(path) == before


@pytest.mark.slow
def test_locked_database_with_the_real_timeout_gives_up_after_about_20_seconds(place, _template_dbs):
    path = place.db(_template_dbs["demo"])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = cli(place, "--db", f"sqlite:///{path}", *RATE)
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_refused(result, "đang bận", "20 giây")
    assert 19 <= waited <= 40, waited


# ---------------------------------------------------------------- read-only, full


def test_read_only_database_file(place, _template_dbs):
    if can_mount():
        how = "tmpfs remounted read-only"
        folder = tmpfs(place.root / "ro", "8m")
        path = place.db(_template_dbs["demo"], folder=folder)
        remount_read_only(folder)
        user = None
    else:
        how = "run as nobody, file and folder not writable by nobody"
        folder = place.root / "ro"
        folder.mkdir()
        path = place.db(_template_dbs["demo"], folder=folder)
        os.chmod(path, 0o444)
        os.chmod(folder, 0o755)
        user = "nobody"
    say_how(how)
    before = file_hash(path)
    for args in (RATE, ["init"], ["period", "add", "Kỳ mới"]):
        result = cli(place, "--db", f"sqlite:///{path}", *args, user=user, how=how)
        assert_refused(result, "chỉ cho phép đọc")
    assert file_hash(path) == before


def test_full_disk_under_the_database(place, _template_dbs):
    results = []
    if can_mount():
        how = "tmpfs of 2 MB holding the database, filled"
        for with_shm in (False, True):  # closed since the disk filled up, or in use (its -shm already there)
            folder = tmpfs(place.root / f"full-{with_shm}", "2m")
            path = place.db(_template_dbs["demo"], folder=folder)
            holder = sqlite3.connect(path) if with_shm else None
            if holder:
                holder.execute("SELECT count(*) FROM ratings").fetchone()
            fill(folder)
            before = file_hash(path)
            for args in (RATE, ["period", "add", "Kỳ mới"]):
                results.append((cli(place, "--db", f"sqlite:///{path}", *args, how=how), path, before))
            if holder:
                holder.close()
    else:
        how = "SQLite max_page_count set to the file's size (no tmpfs)"
        path = place.db(_template_dbs["empty"])
        before = file_hash(path)
        results.append((cli(place, "--db", f"sqlite:///{path}", "demo", worker=True, how=how,
                            extra_env={"CRASH_MAX_PAGE_COUNT": "1"}), path, None))
    say_how(how)
    for result, path, before in results:
        assert_refused(result, "đầy")
        if before:
            assert file_hash(path) == before


# ---------------------------------------------------------------- damaged, foreign, newer


def corrupt_page(path: Path, which: str) -> int:
    """Overwrite one page in use (the last one, or one in the middle) with garbage; returns its number."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("VACUUM")  # no free pages: every page is in use
        conn.execute("PRAGMA journal_mode=DELETE")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    page = pages if which == "last" else pages // 2
    with open(path, "r+b") as f:
        f.seek((page - 1) * size + 8)
        f.write(bytes([0x5A]) * (size - 16))
    return page


@pytest.mark.parametrize("which", ["last", "middle"])
def test_damaged_page_check_fails_and_names_the_latest_good_backup(place, _template_dbs, which):
    path = place.db(_template_dbs["demo"])
    url = f"sqlite:///{path}"
    taken = cli(place, "--db", url, "backup")
    assert taken.returncode == 0, taken
    corrupt_page(path, which)
    result = cli(place, "--db", url, "check")
    line = assert_refused(result, "bị hỏng", "Bản sao lưu tốt gần nhất", "restore --latest")
    backups = sorted((Path(place.env["COMPETENCY_GAP_DATA_DIR"]) / "backups").glob("*/*.sqlite3"))
    assert backups and str(backups[-1]) in line, line
    init = cli(place, "--db", url, "init")  # init's quick check: an error too, not a line among others
    assert_refused(init, "bị hỏng", "backup --list")
    restored = cli(place, "--db", url, "restore", "--latest")
    assert restored.returncode == 0 and "Đã khôi phục" in restored.stdout, restored
    assert cli(place, "--db", url, "check").returncode == 0


def test_not_a_database(place):
    path = place.root / "notes.sqlite3"
    path.write_text("Danh sách công chức\n" * 100, encoding="utf-8")
    before = file_hash(path)
    for args in (["init"], ["gap", EMPLOYEE], RATE, ["check"]):
        assert_refused(cli(place, "--db", f"sqlite:///{path}", *args), "không phải cơ sở dữ liệu")
    assert file_hash(path) == before


def test_corrupted_header(place, _template_dbs):
    path = place.db(_template_dbs["demo"])
    with open(path, "r+b") as f:  # the magic string stays, the rest of the header is garbage
        f.seek(16)
        f.write(b"\xff" * 84)
    before = file_hash(path)
    for args in (["init"], ["gap", EMPLOYEE], RATE):
        assert_refused(cli(place, "--db", f"sqlite:///{path}", *args), ("không phải cơ sở dữ liệu", "bị hỏng"))
    assert file_hash(path) == before


def test_database_of_a_newer_version(place, _template_dbs):
    path = place.db(_template_dbs["demo"])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    before = file_hash(path)
    for args in (["init"], ["gap", EMPLOYEE], RATE):
        assert_refused(cli(place, "--db", f"sqlite:///{path}", *args), "phiên bản mới hơn", "0099")
    assert file_hash(path) == before


def test_foreign_sqlite_file(place):
    path = place.root / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = file_hash(path)
    assert_refused(cli(place, "--db", f"sqlite:///{path}", "init"), "chương trình khác")
    assert file_hash(path) == before


def test_path_under_a_file(place):
    blocker = place.root / "a-file.txt"
    blocker.write_text("x")
    for args in (["init"], ["gap", EMPLOYEE]):
        assert_refused(cli(place, "--db", f"sqlite:///{blocker}/sub/db.sqlite3", *args), "là một tệp")
    assert blocker.read_text() == "x"


# ---------------------------------------------------------------- missing, deleted


def test_missing_data_folder_of_a_known_database_never_makes_an_empty_one(place):
    """The default database lives in the data folder; the folder disappears (a roaming profile not
    synchronised, a USB drive): the program says so and creates nothing, until `init --new`."""
    data = Path(place.env["COMPETENCY_GAP_DATA_DIR"])
    created = cli(place, "init")
    assert created.returncode == 0 and "Đã tạo cơ sở dữ liệu mới" in created.stdout, created
    database = data / "competency-gap.sqlite3"
    assert database.exists()
    shutil.rmtree(data)
    for args in (["init"], ["staff"], ["period", "add", "Kỳ mới"], ["check"]):
        assert_refused(cli(place, *args), "Không thấy cơ sở dữ liệu", "init --new")
        assert not data.exists(), f"'{' '.join(args)}' recreated the data folder"
    again = cli(place, "init", "--new")
    assert again.returncode == 0 and "Đã tạo cơ sở dữ liệu mới" in again.stdout, again
    assert database.exists()


def test_database_deleted_while_the_program_saves(place, _template_dbs):
    """A long-running process saving scores; the file is deleted: no acknowledgement afterwards, every
    later save refused with the reason."""
    path = place.db(_template_dbs["demo"])
    proc, run, _got, state = kill_harness.start(["save", f"sqlite:///{path}", "8", "NLC1", "NLC2", "NLC3"],
                                                env=place.env)
    try:
        assert kill_harness.wait_marker(state, "ready", proc)
        deadline = time.monotonic() + 20
        while sum(line.startswith("ack ") for line in run.lines) < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        started_before = {line.split()[1] for line in list(run.lines) if line.startswith("saving ")}
        os.remove(path)
        time.sleep(1.5)
    finally:
        kill_harness.finish(proc, run, state, kill=True)
    acks = {line.split()[1] for line in run.lines if line.startswith("ack ")}
    after = [line.split()[1] for line in run.lines if line.startswith("saving ") and line.split()[1] not in started_before]
    refused = [line for line in run.lines if line.startswith("refused ")]
    assert len(acks) >= 20
    assert after, "no save was tried after the deletion"
    assert not acks & set(after), f"acknowledged after the deletion: {sorted(acks & set(after))}"
    assert len(refused) >= len(after) - 1 and all("StorageError" in r for r in refused), refused[:3]
    assert all("đã bị xóa" in r or "Không mở được" in r for r in refused), refused[:3]
    assert "Traceback" not in run.output()
    assert not path.exists(), "a save recreated the deleted file"


# ---------------------------------------------------------------- outputs


OUTPUTS = {
    "report": (["report", EMPLOYEE, "-o"], "phieu.pdf"),
    "export gaps": (["export", "gaps", "--period", "Năm 2026", "-o"], "tong-hop.xlsx"),
    "backup": (["backup", "-o"], "sao-luu.sqlite3"),
}


def output_case(place: Place, template: Path, where: str):
    """(database path, output folder, how, user, preexec) for an output into a read-only, missing or full folder."""
    db = place.db(template)
    if where == "missing":
        return db, place.root / "khong-co" / "thu-muc", "a folder that does not exist", None, None
    if where == "read-only":
        if can_mount():
            folder = tmpfs(place.root / "ro-out", "8m")
            remount_read_only(folder)
            return db, folder, "tmpfs remounted read-only", None, None
        folder = place.root / "ro-out"
        folder.mkdir()
        os.chmod(folder, 0o755)
        return db, folder, "run as nobody, folder not writable by nobody", "nobody", None
    if can_mount():
        folder = tmpfs(place.root / "full-out", "1m")
        fill(folder)
        return db, folder, "tmpfs of 1 MB, filled", None, None
    folder = place.root / "full-out"
    folder.mkdir()
    return db, folder, "RLIMIT_FSIZE 40 kB (no tmpfs)", None, file_size_limit(40_000)


@pytest.mark.parametrize("where", ["read-only", "missing", "full"])
@pytest.mark.parametrize("what", list(OUTPUTS))
def test_output_that_cannot_be_written(place, _template_dbs, what, where):
    db, folder, how, user, preexec = output_case(place, _template_dbs["demo"], where)
    say_how(f"{what} -o into {how}")
    if preexec is not None and what == "report":
        pytest.skip("the form's PDF is smaller than the file size limit the database's -shm needs: needs a tmpfs")
    args, name = OUTPUTS[what]
    before = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else None
    result = cli(place, "--db", f"sqlite:///{db}", *args, str(folder / name), user=user, preexec=preexec, how=how)
    expected = {"read-only": "chỉ cho phép đọc", "missing": "thư mục", "full": ("đầy", "không đủ chỗ trống")}[where]
    if preexec is not None and what == "backup":  # SQLite reports the file size limit as an I/O error
        expected = ("đầy", "không đủ chỗ trống", "lỗi đọc/ghi ổ đĩa")
    assert_refused(result, expected)
    assert not (folder / name).exists(), str(result)
    if before is not None:  # nothing left behind, not even a temporary file
        assert sorted(p.name for p in folder.iterdir()) == before, str(result)
    if where == "missing":
        assert not folder.exists() and not folder.parent.exists(), "a missing folder was created"


# ---------------------------------------------------------------- the window

CODE = "NLC1"


@pytest.fixture
def window_for(qtbot, tmp_path):
    """A window on a URL, with the start-up dialog answering from a list (then "Thoát") and recording what it
    was asked."""
    from app.ui.database_actions import StartupProblemDialog
    from app.ui.launcher import create_window

    made, asked = [], []

    def make(url, answers=(), monkeypatch=None):
        queue = list(answers)

        def ask(cls, parent, message, can_restore, can_create):
            asked.append({"message": message, "can_restore": can_restore, "can_create": can_create})
            return queue.pop(0) if queue else StartupProblemDialog.QUIT

        monkeypatch.setattr(StartupProblemDialog, "ask", classmethod(ask))
        window = create_window(url, str(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        made.append(window)
        qtbot.waitUntil(lambda: window.ctx is not None or not window.isVisible(), timeout=20000)
        return window

    yield make, asked
    for w in made:
        if w.ctx:
            w.ctx.db.dispose()


def _damage(path: Path) -> None:
    corrupt_page(path, "middle")


@pytest.mark.parametrize("case", ["not a database", "newer version", "damaged", "foreign"])
def test_window_start_up_offers_the_ways_out(window_for, tmp_path, _template_dbs, monkeypatch, case):
    """The start-up dialog, once, with the reason and the right choices; "Thoát" closes the window
    (never left on "Đang mở cơ sở dữ liệu…"); the file is not changed."""
    make, asked = window_for
    path = tmp_path / "data.sqlite3"
    if case == "not a database":
        path.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
        fragment = "không phải cơ sở dữ liệu"
    elif case == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
        fragment = "chương trình khác"
    else:
        shutil.copy(_template_dbs["demo"], path)
        if case == "newer version":
            conn = sqlite3.connect(path)
            conn.execute("UPDATE alembic_version SET version_num = '0099'")
            conn.commit()
            conn.close()
            fragment = "phiên bản mới hơn"
        else:
            _damage(path)
            fragment = "bị hỏng"
    before = file_hash(path)
    window = make(f"sqlite:///{path}", monkeypatch=monkeypatch)
    assert len(asked) == 1, asked
    assert fragment in asked[0]["message"], asked[0]["message"]
    assert asked[0]["can_restore"] and not asked[0]["can_create"]
    assert window.ctx is None and not window.isVisible()
    assert file_hash(path) == before


def test_window_restores_a_damaged_database_at_start_up(window_for, tmp_path, _template_dbs, monkeypatch):
    """Damaged at start-up → "Khôi phục từ bản sao lưu…" → the latest good backup → the window opens on it."""
    from PySide6.QtWidgets import QMessageBox

    from app import backup
    from app.bootstrap import open_database
    from app.ui import database_actions
    from app.ui.database_actions import RestoreDialog, StartupProblemDialog

    make, asked = window_for
    path = tmp_path / "data.sqlite3"
    shutil.copy(_template_dbs["demo"], path)
    db, _ = open_database(f"sqlite:///{path}")
    good = backup.backup(db)
    db.dispose()
    _damage(path)
    offered = []
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, parent, backups: offered.append(backups) or good))
    monkeypatch.setattr(database_actions, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[1:]}"))
    window = make(f"sqlite:///{path}", answers=[StartupProblemDialog.RESTORE], monkeypatch=monkeypatch)
    assert len(asked) == 1 and "bị hỏng" in asked[0]["message"]
    assert offered and offered[0][0].path == good  # the newest backup comes first
    assert window.ctx is not None and window.isVisible()
    assert backup.integrity_problem(window.ctx.db) is None


def test_window_missing_known_database_offers_a_new_empty_one(window_for, tmp_path, _template_dbs, monkeypatch):
    from app.bootstrap import open_database, remember
    from app.ui.database_actions import StartupProblemDialog

    make, asked = window_for
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "data.sqlite3"
    shutil.copy(_template_dbs["demo"], path)
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()
    remember(path)
    shutil.rmtree(folder)
    window = make(f"sqlite:///{path}", monkeypatch=monkeypatch)  # "Thoát": nothing created
    assert len(asked) == 1 and "Không thấy cơ sở dữ liệu" in asked[0]["message"]
    assert asked[0]["can_create"] and not window.isVisible() and not path.exists() and not folder.exists()
    asked.clear()
    window = make(f"sqlite:///{path}", answers=[StartupProblemDialog.NEW_EMPTY], monkeypatch=monkeypatch)
    assert len(asked) == 1 and window.ctx is not None and path.exists()


@pytest.fixture
def not_saved(monkeypatch):
    from app.ui.save_dialogs import NotSavedMessage

    seen = []
    monkeypatch.setattr(NotSavedMessage, "tell", classmethod(lambda cls, parent, reason: seen.append(reason)))
    return seen


def _pick(qtbot, window, code):
    from PySide6.QtCore import Qt

    page = window.assessment
    page.picker.search.clear()
    qtbot.keyClicks(page.picker.search, code)
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert page.employee_code == code
    return page


def _assert_unsaved(page, value, fragment):
    from PySide6.QtCore import Qt

    from app.ui.table_models import RatingTableModel

    assert page.model.unsaved(CODE, "score") is not None, "the cell is not marked unsaved"
    assert page.model.unsaved(CODE, "score")[0] == value
    index = page.model.index(page.model.row_of(CODE), RatingTableModel.SCORE)
    assert index.data() == value
    assert fragment in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Đã lưu" not in page.save_status.text() and page.save_status.text().startswith("Chưa lưu")
    assert "Đã lưu" not in page.window().statusBar().currentMessage()
    assert page.undo_stack.count() == 0


def test_window_save_after_the_file_was_deleted(qtbot, window_for, tmp_path, _template_dbs, monkeypatch, not_saved):
    make, _asked = window_for
    path = tmp_path / "data.sqlite3"
    shutil.copy(_template_dbs["demo"], path)
    window = make(f"sqlite:///{path}", monkeypatch=monkeypatch)
    page = _pick(qtbot, window, "MAU0005")
    current = next(r.score for r in page.view.ratings if r.competency_code == CODE)
    value = 1 if current != 1 else 2
    os.remove(path)
    assert page.set_score(CODE, value) is False
    assert len(not_saved) == 1 and "đã bị xóa" in not_saved[0], not_saved
    _assert_unsaved(page, value, "đã bị xóa")
    assert not path.exists(), "the save recreated the deleted file"


def test_window_save_on_a_full_disk(qtbot, window_for, place, _template_dbs, monkeypatch, not_saved):
    if not can_mount():
        pytest.skip("needs a tmpfs to fill (mount not permitted here); the command line test covers the fallback")
    say_how("tmpfs of 2 MB holding the database, filled while the window is open")
    make, _asked = window_for
    folder = tmpfs(place.root / "full-window", "2m")
    path = place.db(_template_dbs["demo"], folder=folder)
    window = make(f"sqlite:///{path}", monkeypatch=monkeypatch)
    page = _pick(qtbot, window, "MAU0005")
    current = next(r.score for r in page.view.ratings if r.competency_code == CODE)
    value = 1 if current != 1 else 2
    fill(folder)
    assert page.set_score(CODE, value) is False
    assert len(not_saved) == 1 and "đầy" in not_saved[0], not_saved
    _assert_unsaved(page, value, "đầy")
    view = page.view
    window.ctx.db.dispose()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        stored = conn.execute(
            "SELECT r.score FROM ratings r JOIN assessments a ON a.id = r.assessment_id JOIN employees e ON "
            "e.id = a.employee_id JOIN assessment_periods p ON p.id = a.period_id WHERE e.code = ? AND a.kind = ? "
            "AND a.frozen_position_key = ? AND p.name = ? AND r.competency_code = ?",
            (view.employee_code, view.kind, view.position_key, view.period, CODE)).fetchone()
    finally:
        conn.close()
    assert stored is None or stored[0] == current  # a new form is not even created

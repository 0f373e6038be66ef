"""Backups of a SQLite database, taken online with SQLite's backup API, checked, and restored.

- Automatic backups go to the user's data folder (backups/<database>-<hash>/), the newest KEEP kept:
  once a day at start-up, before every schema upgrade, import, framework revision and restore.
- A backup is a single self-contained file (no -wal), written beside its final name and renamed in
  place only once `integrity_check` passed, so a killed backup leaves no half file under a backup's name
  and a damaged database never pushes a good backup out of the rotation.
- A restore checks the file (a database of this program, not from a newer version, intact), backs up
  what it replaces, then copies the file into the live database inside one SQLite transaction: a
  crash leaves the old content or the new, and other open windows see the restored data.
PostgreSQL databases are backed up with pg_dump (README); these functions refuse them with that advice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.config import data_dir
from app.database import SQLITE_MAGIC, Database, connect_sqlite, sqlite3_uri_path
from app.errors import StorageError, UserError
from app.logs import log

KEEP = 10
REASONS = {
    "daily": "hang-ngay",
    "upgrade": "truoc-cap-nhat",
    "import": "truoc-nhap",
    "framework": "truoc-sua-khung",
    "restore": "truoc-khoi-phuc",
    "manual": "thu-cong",
}
REASON_LABELS = {
    "daily": "hằng ngày",
    "upgrade": "trước khi cập nhật cấu trúc",
    "import": "trước khi nhập tệp",
    "framework": "trước khi sửa khung năng lực",
    "restore": "trước khi khôi phục",
    "manual": "do người dùng",
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z-]+)\.sqlite3$")
PG_ADVICE = "Cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump và khôi phục bằng pg_restore (xem README)."


class DamagedCopy(StorageError):
    """The consistent copy of a database failed SQLite's integrity check: the database itself is damaged."""

    def __init__(self, source: Path, problem: str):
        super().__init__(f"Bản sao của {source} không toàn vẹn ({problem}): cơ sở dữ liệu có thể đã hỏng. "
                         "Chưa ghi bản sao lưu mới; các bản sao lưu cũ vẫn giữ nguyên.")
        self.problem = problem


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str  # a key of REASONS, or "" when unknown

    @property
    def label(self) -> str:
        return REASON_LABELS.get(self.reason, "")


def backups_dir(db_path: Path) -> Path:
    """The folder of automatic backups of one database file."""
    digest = hashlib.sha1(str(db_path).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{db_path.stem}-{digest}"


def list_backups(db: Database) -> list[BackupInfo]:
    """The automatic backups of this database, newest first."""
    if db.path is None:
        return []
    folder = backups_dir(db.path)
    if not folder.is_dir():
        return []
    codes = {v: k for k, v in REASONS.items()}
    found = []
    for p in folder.glob("*.sqlite3"):
        m = _NAME.match(p.name)
        if not m:
            continue
        try:
            when = dt.datetime.strptime(m["stamp"][:15], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        # several backups in one second (before a restore, then a daily one …): the order they were written in,
        # not their names (-10 sorts before -2, and a name freed by the rotation is used again)
        try:
            written = p.stat().st_mtime_ns
        except OSError:
            continue
        found.append((when, written, int(m["stamp"][16:] or 1), BackupInfo(p, when, codes.get(m["reason"], ""))))
    return [f[-1] for f in sorted(found, key=lambda f: f[:3], reverse=True)]


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise UserError(PG_ADVICE)
    return db.path


def copy_database(source: Path, target: Path) -> None:
    """An online, consistent copy of `source` as a single-file database at `target`, checked.

    Written to a temporary file beside `target`, made durable, then renamed: never a half file."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    _check_room(source, target.parent)
    try:
        src = connect_sqlite(source)
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # copies, like the database itself,
            os.chmod(tmp, 0o600)  # are readable by this user only
            dest = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                src.backup(dest)  # one step: a consistent snapshot even while others write (WAL)
                dest.execute("PRAGMA journal_mode=DELETE")
                problem = _integrity(dest)
            finally:
                dest.close()
        finally:
            src.close()
        if problem:
            raise DamagedCopy(source, problem)
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except sqlite3.DatabaseError as exc:
        raise _as_storage_error(exc, source) from None
    except OSError as exc:
        raise _os_error(exc, target) from None
    finally:
        tmp.unlink(missing_ok=True)


def backup(db: Database, reason: str = "manual", target: Path | None = None) -> Path:
    """Back the database up (to `target`, else into its backups folder, keeping the newest KEEP)."""
    source = _require_sqlite(db)
    if target is None:
        folder = backups_dir(source)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _os_error(exc, folder) from None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{source.stem}-{stamp}-{REASONS[reason]}.sqlite3"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{source.stem}-{stamp}-{n}-{REASONS[reason]}.sqlite3"
    copy_database(source, Path(target))
    log.info("sao lưu (%s): %s", reason, target)
    if target.parent == backups_dir(source):
        prune(db)
    return Path(target)


def automatic_backup(db: Database, reason: str) -> Path | None:
    """A backup before a risky change; None for PostgreSQL (pg_dump is the agency's job)."""
    if db.path is None or not db.path.exists():
        return None
    return backup(db, reason)


def daily_backup(db: Database) -> Path | None:
    """A backup at start-up when there is none from today. A failure is logged and does not stop the
    program, except a damaged database (DamagedCopy): that is the once-a-day full check of every start."""
    if db.path is None:
        return None
    newest = next(iter(list_backups(db)), None)
    if newest is not None and newest.taken_at.date() == dt.date.today():
        return None
    try:
        return backup(db, "daily")
    except DamagedCopy:
        raise
    except UserError as exc:
        log.warning("không sao lưu hằng ngày được: %s", exc)
        return None


def prune(db: Database, keep: int = KEEP) -> None:
    for old in list_backups(db)[keep:]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.warning("không xóa được bản sao lưu cũ %s: %s", old.path, exc)
    _remove_leftovers(backups_dir(db.path))


_LEFTOVER = re.compile(r"^\..+\.tmp-(?P<pid>\d+)(?:-journal|-wal|-shm)?$")
LEFTOVER_AGE = 24 * 3600  # seconds; where a process cannot be asked whether it still runs


def _remove_leftovers(folder: Path) -> None:
    """Delete the temporary files of backups whose process was killed half way (never a backup: they
    only take room, as large as the database each time)."""
    import time

    for p in folder.glob(".*.tmp-*"):
        m = _LEFTOVER.match(p.name)
        if not m or int(m["pid"]) == os.getpid():
            continue
        try:
            if _process_gone(int(m["pid"])) or time.time() - p.stat().st_mtime > LEFTOVER_AGE:
                p.unlink()
        except OSError:
            pass


def _process_gone(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows: rely on the age
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


# ---------------------------------------------------------------- checking a file


def check_file(path: Path) -> str | None:
    """Why `path` cannot be restored (a Vietnamese reason), or None if it is a good database of ours."""
    from app import migrate

    path = Path(path)
    if not path.is_file():
        return f"không tìm thấy tệp {path}."
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return f"không đọc được tệp {path} ({exc.strerror})."
    if head != SQLITE_MAGIC:
        return f"tệp {path} không phải cơ sở dữ liệu SQLite (có thể là tệp khác đổi đuôi)."
    try:
        conn = sqlite3.connect(f"file:{sqlite3_uri_path(path.absolute())}?mode=ro", uri=True)
        try:
            problem = _integrity(conn)
            if problem:
                return f"tệp {path} bị hỏng ({problem})."
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if migrate.VERSION_TABLE not in tables or "assessments" not in tables:
                return f"tệp {path} không phải cơ sở dữ liệu của chương trình này."
            revision = conn.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"tệp {path} không đọc được như một cơ sở dữ liệu ({exc})."
    revision = revision[0] if revision else None
    if revision not in migrate.known_revisions():
        return (f"tệp {path} do phiên bản mới hơn của chương trình tạo ra (cấu trúc {revision}); "
                "hãy cài phiên bản mới hơn để dùng nó.")
    return None


def integrity_problem(db: Database, quick: bool = False) -> str | None:
    """None when SQLite's integrity check passes, else its first lines (SQLite only)."""
    path = _require_sqlite(db)
    try:
        conn = connect_sqlite(path)
        try:
            return _integrity(conn, quick)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _integrity(conn: sqlite3.Connection, quick: bool = False) -> str | None:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        if not quick and conn.execute("PRAGMA foreign_key_check").fetchone():
            return "có dòng tham chiếu tới dữ liệu không còn (foreign key)"
        return None
    text = "; ".join(" ".join(str(r).split()) for r in rows[:3])  # one line (SQLite's rows hold line breaks)
    return text if len(text) <= 160 else text[:157] + "…"  # the first findings say enough; the log has the check


def latest_good_backup(db: Database) -> BackupInfo | None:
    for b in list_backups(db):
        if check_file(b.path) is None:
            return b
    return None


# ---------------------------------------------------------------- restoring


def restore(db: Database, source: Path) -> Path | None:
    """Replace the database's content by the backup file; returns the backup taken of what was replaced."""
    from app import migrate

    target = _require_sqlite(db)
    source = Path(source).absolute()
    problem = check_file(source)
    if problem:
        raise UserError(f"Không khôi phục: {problem} Cơ sở dữ liệu hiện tại không thay đổi.")
    if source == target:
        raise UserError("Tệp cần khôi phục chính là cơ sở dữ liệu đang dùng.")
    if not target.exists():  # the database was lost: the backup takes its place
        _replace_file(source, target)
        db.adopt_file()
        _remember(target)
        log.info("khôi phục %s (tệp đã mất) từ %s", target, source)
        return None
    saved = _backup_before_restore(db)
    try:
        src = sqlite3.connect(f"file:{sqlite3_uri_path(source)}?mode=ro", uri=True)
        try:
            dest = connect_sqlite(target)
            try:
                src.backup(dest)  # one transaction on the live database: all of it or nothing
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        if not _damaged(exc):
            raise _as_storage_error(exc, target) from None
        db.dispose()  # a file too damaged to be written through SQLite: put it aside, put the backup in its place
        _replace_file(source, target)
        db.adopt_file()
    log.info("khôi phục %s từ %s (bản trước đó: %s)", target, source, saved)
    if migrate.schema_state(db.engine).kind == "older":
        migrate.upgrade(db.engine)
    return saved


def _remember(path: Path) -> None:
    from app.bootstrap import remember

    remember(path)


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _replace_file(source: Path, target: Path) -> None:
    """Move a damaged database (and its -wal, -shm) aside and put a copy of `source` in its place."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    fresh = target.with_name(f".{target.name}.restore-{os.getpid()}")
    copy_database(source, fresh)
    try:
        for suffix in ("-wal", "-shm", ""):
            part = target.with_name(target.name + suffix)
            if part.exists():
                os.replace(part, target.with_name(f"{target.name}.hong-{stamp}{suffix}"))
        conn = sqlite3.connect(str(fresh), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
        os.replace(fresh, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise _os_error(exc, target) from None
    finally:
        fresh.unlink(missing_ok=True)
    log.warning("tệp hỏng %s được đổi tên thành %s.hong-%s; đã đặt bản sao lưu vào chỗ của nó", target, target.name, stamp)


def _backup_before_restore(db: Database) -> Path | None:
    """A checked backup of what is about to be replaced; for a damaged database, a plain copy of its files."""
    try:
        return automatic_backup(db, "restore")
    except StorageError:
        folder = backups_dir(db.path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        damaged = folder / f"{db.path.stem}-{stamp}-hong.sqlite3.bak"
        try:
            shutil.copyfile(db.path, damaged)
            wal = db.path.with_name(db.path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, damaged.with_name(damaged.name + "-wal"))
        except OSError as exc:
            raise _os_error(exc, damaged) from None
        log.warning("cơ sở dữ liệu hỏng, đã chép nguyên trạng sang %s trước khi khôi phục", damaged)
        return damaged


# ---------------------------------------------------------------- helpers


def _check_room(source: Path, folder: Path) -> None:
    try:
        need = source.stat().st_size + _size(source.with_name(source.name + "-wal"))
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < need + 1_000_000:
        raise StorageError(f"Không đủ chỗ trống trên ổ chứa {folder} để sao lưu (cần khoảng {need // 1_000_000 + 1} MB). "
                           "Hãy xóa bớt tệp rồi thử lại.")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _as_storage_error(exc: sqlite3.DatabaseError, where: Path) -> UserError:
    from app.database import storage_error

    return storage_error(exc, path=where)


def _os_error(exc: OSError, where: Path) -> StorageError:
    from app.outputs import describe_os_error

    return StorageError(describe_os_error(exc, where))

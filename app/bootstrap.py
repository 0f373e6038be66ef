"""Opening the database: create, check, back up, migrate and load the built-in frameworks.

Rules (each refusal is one StorageError saying what and what to do; nothing is changed):
- a SQLite file this computer used before and that is now missing (deleted, moved, a network drive
  not mounted) is never silently replaced by a new empty database: MissingDatabase;
- a file that is not a SQLite database, or a SQLite database of another program: refused;
- a database written by a newer version of the program: refused;
- an older schema is upgraded only by commands that may write (and the window), after a backup;
  a read-only command refuses and says how to upgrade;
- the window and `init` run SQLite's quick check; a damaged file is DamagedDatabase;
- once a day at start-up (window, writing commands) a backup is taken.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from app import migrate
from app.config import config_dir, resolve_database_url
from app.database import SQLITE_MAGIC, Database, sqlite_path, storage_error
from app.errors import StorageError, UserError
from app.framework_loader import LoadResult, builtin_files, load_builtin
from app.logs import log

READ, WRITE, WINDOW = "read", "write", "window"
KNOWN_FILE = "databases.json"


@dataclass(frozen=True)
class StartResult:
    migrated: bool
    frameworks: list[LoadResult]
    upgraded_from: str | None = None
    backups: list[Path] = field(default_factory=list)
    created: bool = False


class MissingDatabase(StorageError):
    """A database file used on this computer before is not where it was."""

    def __init__(self, path: Path):
        super().__init__(
            f"Không thấy cơ sở dữ liệu {path}, nơi chương trình vẫn dùng trước đây: tệp có thể đã bị xóa, đổi tên, "
            "hoặc ổ đĩa mạng/USB chưa được gắn. Chưa tạo gì mới. Hãy đặt tệp về chỗ cũ, hoặc khôi phục bản sao lưu "
            "('competency-gap restore TỆP'), hoặc tạo cơ sở dữ liệu mới trống ('competency-gap init --new').")
        self.path = path
        self.summary = (f"Không thấy cơ sở dữ liệu {path}, nơi chương trình vẫn dùng trước đây: tệp có thể đã bị xóa, "
                        "đổi tên, hoặc ổ đĩa mạng/USB chưa được gắn. Chưa tạo gì mới.\n\nHãy đặt tệp về chỗ cũ rồi mở "
                        "lại chương trình, hoặc chọn một cách dưới đây.")


class DamagedDatabase(StorageError):
    """SQLite's integrity check failed."""

    def __init__(self, path: Path, problem: str):
        super().__init__(
            f"Cơ sở dữ liệu {path} bị hỏng ({problem}). Hãy khôi phục bản sao lưu tốt gần nhất "
            "(Tệp → Khôi phục từ bản sao lưu…, hoặc 'competency-gap restore TỆP'; 'competency-gap backup --list' "
            "liệt kê các bản sao lưu).")
        self.path = path
        self.summary = (f"Cơ sở dữ liệu {path} bị hỏng ({problem}).\n\nHãy khôi phục bản sao lưu tốt gần nhất; "
                        "dữ liệu hỏng được giữ lại bên cạnh để có thể nhờ kỹ thuật xem.")


# ---------------------------------------------------------------- databases this computer knows


def _known_file() -> Path:
    return config_dir() / KNOWN_FILE


def known_databases() -> list[str]:
    try:
        data = json.loads(_known_file().read_text(encoding="utf-8"))
        return [str(p) for p in data.get("known", []) if isinstance(p, str)]
    except (OSError, ValueError, AttributeError):
        return []


def _write_known(paths: list[str]) -> None:
    target = _known_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # one per process: two starts never mix
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps({"known": paths, "last": paths[-1] if paths else None}, ensure_ascii=False, indent=1))
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    except OSError as exc:  # remembering is a help, not a condition for working
        log.warning("không ghi được danh sách cơ sở dữ liệu %s: %s", target, exc)


def remember(path: Path) -> None:
    paths = [p for p in known_databases() if p != str(path)] + [str(path)]
    _write_known(paths[-50:])


def forget(path: Path) -> None:
    _write_known([p for p in known_databases() if p != str(path)])


# ---------------------------------------------------------------- opening


def _check_sqlite_file(path: Path, purpose: str, new: bool) -> bool:
    """True when the file must be created. Raises when it must not be opened."""
    if path.is_dir():
        raise StorageError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.")
    if path.exists():
        try:
            with open(path, "rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            from app.outputs import describe_os_error

            raise StorageError(describe_os_error(exc, path).replace("ghi", "đọc", 1)) from None
        if head and head != SQLITE_MAGIC:
            raise StorageError(
                f"Tệp {path} không phải cơ sở dữ liệu của chương trình (hoặc phần đầu tệp đã hỏng). Chưa thay đổi gì. "
                "Hãy chọn đúng tệp, hoặc khôi phục bản sao lưu ('competency-gap restore TỆP').")
        return False
    if str(path) in known_databases() and not new:
        raise MissingDatabase(path)
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise StorageError(f"Không tạo được cơ sở dữ liệu {path}: '{parent}' là một tệp, không phải thư mục.")
            break
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from app.outputs import describe_os_error

        raise StorageError(describe_os_error(exc, path)) from None
    return True


def open_database(url: str | None = None, purpose: str = WRITE, new: bool = False) -> tuple[Database, StartResult]:
    """The ready-to-use database for the URL (or the default): checked, backed up, migrated, seeded.

    purpose: READ (never upgrades), WRITE or WINDOW (upgrade after a backup; WINDOW also checks integrity).
    new: create an empty database even where a known one is missing (`init --new`)."""
    url = resolve_database_url(url)
    path = sqlite_path(url)
    create = _check_sqlite_file(path, purpose, new) if path is not None else False
    db = Database(url, create=create)
    try:
        with _startup_lock(db):
            result = _prepare(db, purpose, created=create)
    except DBAPIError as exc:
        db.dispose()
        error = storage_error(exc, db)
        log.error("không mở được cơ sở dữ liệu %s: %s", db.describe(), error)
        raise error from None
    except BaseException:
        db.dispose()
        raise
    if path is not None:
        remember(path)
    db.reads_only = purpose == READ
    log.info("cơ sở dữ liệu %s%s", db.describe(),
             f" (đã cập nhật cấu trúc từ {result.upgraded_from})" if result.upgraded_from else "")
    return db, result


# PostgreSQL advisory lock keys (any two 64-bit numbers of this program's own): one start-up at a time per
# database, so several copies opening an empty or older shared database never create or upgrade it twice
STARTUP_LOCK = 0x436F6D7047617001


@contextmanager
def _startup_lock(db: Database):
    """On PostgreSQL, the checks, migrations and built-in frameworks of one copy at a time (SQLite: its write lock)."""
    if db.is_sqlite:
        yield
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({STARTUP_LOCK})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({STARTUP_LOCK})")
            conn.commit()


def _prepare(db: Database, purpose: str, created: bool) -> StartResult:
    from app import backup, planner_stats

    state = migrate.schema_state(db.engine)
    where = db.path or db.describe()
    if state.kind == "foreign":
        raise StorageError(f"{where} là cơ sở dữ liệu của một chương trình khác, không phải của chương trình này. "
                           "Chưa thay đổi gì. Hãy chọn đúng tệp.")
    if state.kind == "newer":
        raise StorageError(
            f"Cơ sở dữ liệu {where} do phiên bản mới hơn của chương trình tạo ra (cấu trúc {state.revision}; "
            f"phiên bản này dùng đến {migrate.LATEST_REVISION}). Chưa thay đổi gì. Hãy cài phiên bản mới hơn của chương trình.")
    if state.kind in ("older", "empty") and not db.is_sqlite:  # the application role may not (app.pg_roles)
        from app.pg_roles import require_migrator

        require_migrator(db, state)
    taken: list[Path] = []
    upgraded_from = None
    if state.kind == "older":
        if purpose == READ:
            raise StorageError(
                f"Cơ sở dữ liệu {where} có cấu trúc cũ ({state.revision}); lệnh chỉ đọc không tự cập nhật. "
                "Hãy chạy 'competency-gap init' (tự sao lưu trước khi cập nhật) hoặc mở chương trình.")
        saved = backup.automatic_backup(db, "upgrade")
        if saved:
            taken.append(saved)
        upgraded_from = state.revision
    migrated = False
    if state.kind in ("older", "empty"):
        migrated = migrate.upgrade(db.engine)
        if migrated:  # new indexes have no statistics yet (SQLite)
            planner_stats.analyze(db)
    if purpose == WINDOW and db.path is not None and not created:
        problem = backup.integrity_problem(db, quick=True)
        if problem:
            raise DamagedDatabase(db.path, problem)
    if purpose in (WRITE, WINDOW):  # the append-only triggers, put back (and recorded) if someone dropped them
        from app.audit_chain import restore_triggers

        restored = restore_triggers(db)
        if restored:
            log.warning("trigger chống sửa nhật ký bị thiếu, đã tạo lại: %s", ", ".join(restored))
    loaded = _load_frameworks(db, purpose, created or state.kind == "empty")
    if purpose in (WRITE, WINDOW) and not created and not upgraded_from:
        try:
            daily = backup.daily_backup(db)
        except backup.DamagedCopy as exc:  # the daily copy is also the daily full integrity check
            raise DamagedDatabase(db.path, exc.problem) from None
        if daily:
            taken.append(daily)
            planner_stats.analyze(db)  # once a day, with the daily copy and its full integrity check
    return StartResult(migrated, loaded, upgraded_from, taken, created)


def _load_frameworks(db: Database, purpose: str, fresh: bool) -> list[LoadResult]:
    if purpose == READ and not fresh:  # a read-only command writes nothing, unless a built-in one is missing
        from app.models import Framework

        with db.read_session() as s:
            present = set(s.scalars(select(Framework.code)))
        if all(p.stem in present for p in builtin_files()):
            return []
    try:
        with db.session() as s:
            return load_builtin(s)
    except UserError:
        raise
    except (KeyError, ValueError, OSError) as exc:  # a damaged data file shipped with the program
        raise StorageError(f"Không nạp được khung năng lực có sẵn: {exc}") from None


def database_for_restore(url: str | None = None) -> Database:
    """The database at the URL without any check, to restore a backup into (it may be damaged or missing)."""
    url = resolve_database_url(url)
    path = sqlite_path(url)
    if path is None:
        raise UserError("Cơ sở dữ liệu PostgreSQL được khôi phục bằng pg_restore (xem README).")
    if path.is_dir():
        raise StorageError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from app.outputs import describe_os_error

        raise StorageError(describe_os_error(exc, path)) from None
    return Database(url)  # a missing file is not created here: the restore puts the backup in its place

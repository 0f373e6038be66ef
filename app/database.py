"""Engine and sessions: SQLite (foreign keys on, WAL, durable commits) or PostgreSQL, one session per action.

SQLite rules that keep every acknowledged change:
- the file is opened read-write only (`mode=rw`): a pooled connection never creates a new empty
  database where the real one was deleted or moved;
- every transaction, schema changes included, is a real `BEGIN` … `COMMIT` (pysqlite's implicit
  transactions leave DDL in autocommit, which is how a killed upgrade used to leave half a schema);
  write sessions take the write lock at once (`BEGIN IMMEDIATE`) and wait for it, so a busy database
  makes a save wait instead of failing half way;
- `synchronous=FULL`: a commit reported done survives a power cut, not only a killed process;
- before each commit the file must still be the one opened (same device and inode), else the save
  is refused rather than written into a deleted file.
Every driver error leaving a session becomes a StorageError (or a Conflict) with a Vietnamese message.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import Conflict, StorageError, UserError


def _busy_timeout_ms() -> int:
    """10 s; COMPETENCY_GAP_BUSY_TIMEOUT_MS (read once, at import) shortens it for tests of a locked database."""
    try:
        return max(0, int(os.environ.get("COMPETENCY_GAP_BUSY_TIMEOUT_MS", "")))
    except ValueError:
        return 10_000


BUSY_TIMEOUT_MS = _busy_timeout_ms()  # how long a save waits for a colleague's write before one retry
BEGIN_ATTEMPTS = 2  # the wait above, then one retry, then a clear message
DERIVED_WAIT_MS = 200  # how long derived data kept by a reader waits for a colleague's write (Database.derived_session)
SQLITE_MAGIC = b"SQLite format 3\x00"


def masked(url: str) -> str:
    """The URL as it may be shown or logged: its password replaced by ***, even when the URL cannot be parsed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        import re

        return re.sub(r"(://[^/:@]*:).*@", r"\1***@", str(url))  # up to the last @


def _invalid(url: str) -> UserError:
    return UserError(f"Địa chỉ cơ sở dữ liệu không hợp lệ: '{masked(url)}'. Hãy viết theo mẫu "
                     "sqlite:///đường/dẫn/tệp.sqlite3 hoặc postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu.")


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL or an in-memory database)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # a port that is not a number
        raise _invalid(url) from None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().absolute()


def connect_sqlite(path: Path, create: bool = False) -> sqlite3.Connection:
    """A raw connection to the file: read-write only, unless asked to create it."""
    mode = "rwc" if create else "rw"
    uri = "file:" + sqlite3_uri_path(path) + f"?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    return conn


def sqlite3_uri_path(path: Path) -> str:
    """The path part of a SQLite URI for the file: '//' + an absolute path with '/' separators,
    percent-encoded ('?', '#', '%', spaces), so 'file:' + it works on Linux and Windows (file:///C:/…)."""
    from urllib.parse import quote

    posix = Path(path).absolute().as_posix()
    if not posix.startswith("/"):  # C:/Users/… on Windows
        posix = "/" + posix
    return "//" + quote(posix, safe="/:")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    tables, ours = cursor.execute(
        "SELECT count(*), count(CASE WHEN name = 'alembic_version' THEN 1 END) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()
    if ours or not tables:  # WAL is written into the file: never into another program's database before it is refused
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(conn) -> None:
    """BEGIN IMMEDIATE for sessions that may write, plain BEGIN for read sessions; one retry when busy."""
    deferred = conn.get_execution_options().get("sqlite_begin") == "DEFERRED"
    statement = "BEGIN" if deferred else "BEGIN IMMEDIATE"
    for attempt in range(BEGIN_ATTEMPTS):
        try:
            conn.exec_driver_sql(statement)
            return
        except DBAPIError as exc:
            if "readonly" in str(exc.orig).lower():  # a read-only file can still be read; a write says why not
                conn.exec_driver_sql("BEGIN")
                return
            if attempt + 1 == BEGIN_ATTEMPTS or not _is_busy(exc):
                raise


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def make_engine(url: str) -> Engine:
    """An engine for the URL. A SQLite file must exist (see Database(create=True))."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise _invalid(url) from None
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is None:  # in-memory: tests and tools only
            engine = create_engine(parsed)
        else:
            engine = create_engine(parsed, creator=lambda: connect_sqlite(path))
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except Exception as exc:  # unknown dialect or driver missing
        raise UserError(f"Không dùng được cơ sở dữ liệu '{masked(url)}': {exc}") from None


class Database:
    """The engine and a session factory; services open one session per user action."""

    def __init__(self, url: str, create: bool = False):
        self.url = url
        self.path = sqlite_path(url)
        if self.path is not None and create and not self.path.exists():
            create_sqlite_file(self.path)
        self._identity = file_identity(self.path) if self.path is not None else None
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # a read is one snapshot: SQLite's read transaction is; PostgreSQL's must be REPEATABLE READ, where each
        # statement of a READ COMMITTED transaction sees the commits made since the one before (a report of several
        # statements would mix two moments)
        reads = {"sqlite_begin": "DEFERRED"} if self.engine.dialect.name == "sqlite" else {
            "isolation_level": "REPEATABLE READ"}
        self._read_sessions = sessionmaker(self.engine.execution_options(**reads), expire_on_commit=False)
        # a command that only reads (app.bootstrap READ): its sessions never take the write lock, so another
        # program holding it (a long import, a SQLite browser with unsaved edits) does not block a report
        self.reads_only = False
        # the logged-in account, checked at the start of every session (app.accounts.watch); None: no check
        self.account_guard = None
        from app import audit_chain, text_rules

        text_rules.install()  # lengths and characters checked alike on both engines (app.text_rules)
        text_rules.watch_engine(self.engine)
        audit_chain.install()  # every audit entry sealed, every account change digested (app.audit_chain)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success (only if the file is still there),
        rolled back on any error; driver errors become one clear StorageError."""
        try:
            with (self._read_sessions if self.reads_only else self._sessions).begin() as session:
                if not self.reads_only and self.engine.dialect.name == "postgresql":
                    # writers one at a time, in the order they began (as SQLite's BEGIN IMMEDIATE does): every
                    # write ends in the audit trail's chain, whose lock taken late would deadlock against row locks
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITERS_LOCK_KEY})
                if self.account_guard is not None:
                    self.account_guard(session)
                yield session
                session.flush()
                self.check_file()
        except DBAPIError as exc:
            raise storage_error(exc, self) from None
        except StaleDataError:  # a row changed or removed by a colleague between reading and writing it
            raise Conflict(CHANGED_MEANWHILE) from None

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only, one snapshot of the database: never waits for a writer, always rolled
        back."""
        session = self._read_sessions()
        try:
            if self.account_guard is not None:
                self.account_guard(session)
            yield session
        except DBAPIError as exc:
            raise storage_error(exc, self) from None
        finally:
            session.close()  # ends the transaction without expiring what was read (a rollback would)

    @contextmanager
    def derived_session(self, wait_ms: int = DERIVED_WAIT_MS) -> Iterator[Session]:
        """A short transaction for derived data that a reader keeps (summary_store): it gives up, with a
        StorageError, rather than wait more than about wait_ms for a colleague's write (SQLite's write lock, a row
        PostgreSQL has locked), so a report never waits for a save or holds one up; on PostgreSQL it does not
        queue with the writers (it writes no audit entry) and never takes the audit trail's lock."""
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # the pragma outside any transaction (before BEGIN IMMEDIATE)
            if self.is_sqlite:
                raw.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
            try:
                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    if not self.is_sqlite:
                        session.execute(text(f"SET LOCAL lock_timeout = {int(wait_ms)}"))
                    yield session
                    session.flush()
            except DBAPIError as exc:
                raise storage_error(exc, self) from None
            finally:
                if self.is_sqlite:
                    raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @contextmanager
    def scratch_session(self) -> Iterator[Session]:
        """A session whose changes are always rolled back (to preview what would be created)."""
        session = self._sessions()
        try:
            if self.account_guard is not None:
                self.account_guard(session)
            yield session
        except DBAPIError as exc:
            raise storage_error(exc, self) from None
        finally:
            session.rollback()
            session.close()

    def check_file(self) -> None:
        """Refuse to acknowledge anything if the database file was deleted, moved or replaced."""
        if self.path is None:
            return
        now = file_identity(self.path)
        if now is None:
            raise StorageError(
                f"Tệp cơ sở dữ liệu {self.path} đã bị xóa hoặc di chuyển trong khi chương trình đang chạy. "
                "Thay đổi vừa rồi CHƯA được lưu. Hãy đóng chương trình, đặt tệp về chỗ cũ (hoặc khôi phục "
                "bản sao lưu) rồi mở lại.")
        if now != self._identity:
            raise StorageError(
                f"Tệp cơ sở dữ liệu {self.path} đã bị thay bằng một tệp khác trong khi chương trình đang chạy. "
                "Thay đổi vừa rồi CHƯA được lưu. Hãy đóng chương trình rồi mở lại.")

    def adopt_file(self) -> None:
        """The file at the path was replaced on purpose (a restore): from now on it is the database."""
        self._identity = file_identity(self.path) if self.path is not None else None

    def describe(self) -> str:
        """The URL without its password, for messages."""
        return masked(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def create_sqlite_file(path: Path) -> None:
    """A new empty SQLite database in WAL mode (its folder must exist), readable by this user only (0600; SQLite
    gives its -wal and -shm files the mode of the database file)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = connect_sqlite(path, create=True)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


# ---------------------------------------------------------------- errors, in words


def _surroundings(path: Path) -> str:
    """'no space' when the disk holding the database is (nearly) full, 'readonly' when the file or its folder
    cannot be written (a read-only disk, or no permission), else ''."""
    import shutil

    try:
        if path.parent.is_dir() and shutil.disk_usage(path.parent).free < 256 * 1024:
            return "no space"
        if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return "readonly"
    except OSError:
        pass
    return ""


# PostgreSQL: the advisory lock every writing transaction takes first (the audit trail's chain takes it too)
WRITERS_LOCK_KEY = 0x41554449545F4C
CHANGED_MEANWHILE = "Một người khác vừa ghi cùng dữ liệu này; chưa lưu. Hãy tải lại rồi thử lại."
# PostgreSQL's answers when two transactions write the same rows at once: serialization failure, deadlock,
# a lock not granted in time (SQLSTATE 40001, 40P01, 55P03)
CONCURRENT_STATES = {"40001", "40P01", "55P03"}


def storage_error(exc: BaseException, db: Database | None = None, path: Path | None = None) -> UserError:
    """A driver error as one Vietnamese message: what happened, that nothing was saved, what to do."""
    orig = getattr(exc, "orig", exc)
    reason = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    low = reason.lower()
    if path is None and db is not None:
        path = db.path
    where = str(path) if path is not None else (db.describe() if db else "")
    if getattr(orig, "sqlstate", None) in CONCURRENT_STATES or "deadlock" in low or "could not serialize" in low:
        return Conflict(CHANGED_MEANWHILE)
    if "value too long for type character varying(" in low:  # PostgreSQL; the program checks first (text_rules)
        limit = low.split("varying(", 1)[1].split(")", 1)[0]
        return StorageError(f"Một giá trị dài quá giới hạn {limit} ký tự của cơ sở dữ liệu; chưa lưu gì. "
                            "Hãy rút gọn rồi thử lại.")
    if isinstance(exc, IntegrityError):
        if "unique" in low or "duplicate" in low:
            return Conflict(CHANGED_MEANWHILE)
        return StorageError(f"Dữ liệu không hợp lệ với cơ sở dữ liệu ({reason}); chưa lưu gì.")
    if "locked" in low or "busy" in low:
        seconds = BUSY_TIMEOUT_MS * BEGIN_ATTEMPTS // 1000
        return StorageError(
            f"Cơ sở dữ liệu đang bận: một người hoặc chương trình khác đang ghi (đã chờ {seconds} giây). "
            "Chưa lưu. Hãy thử lại sau ít phút.")
    if ("unable to open" in low or "disk i/o" in low) and path is not None:
        low += " " + _surroundings(path)  # SQLite says only that it could not open or write its -shm/-wal file
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StorageError(
            f"Không ghi được: tệp cơ sở dữ liệu {where} (hoặc thư mục chứa nó) chỉ cho phép đọc. Chưa lưu. "
            "Hãy nhờ người quản trị máy cấp quyền ghi, hoặc chép tệp sang một thư mục của mình.")
    if "disk is full" in low or "no space" in low:
        return StorageError(
            f"Ổ đĩa chứa cơ sở dữ liệu {where} đã đầy. Chưa lưu. Hãy xóa bớt tệp để có chỗ trống rồi thử lại.")
    if "malformed" in low or "corrupt" in low:
        return StorageError(
            f"Tệp cơ sở dữ liệu {where} bị hỏng. Chưa lưu. Hãy khôi phục bản sao lưu gần nhất "
            "(Tệp → Khôi phục từ bản sao lưu…, hoặc lệnh 'competency-gap restore').")
    if "not a database" in low or "file is encrypted" in low:
        return StorageError(f"Tệp {where} không phải cơ sở dữ liệu của chương trình, hoặc phần đầu tệp đã hỏng.")
    if "unable to open" in low:
        return StorageError(f"Không mở được tệp cơ sở dữ liệu {where}: tệp hoặc thư mục không còn, hoặc không có quyền.")
    if "disk i/o" in low:
        return StorageError(f"Lỗi đọc/ghi ổ đĩa với cơ sở dữ liệu {where} ({reason}). Chưa lưu.")
    if db is not None and not db.is_sqlite and ("connect" in low or "server" in low or "timeout" in low):
        from app.db_url import explain_connect_error  # wrong password, no server, database missing, TLS…

        return StorageError(explain_connect_error(exc, db.url))
    return StorageError(f"Lỗi cơ sở dữ liệu {where}: {reason}. Chưa lưu.")

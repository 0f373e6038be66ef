"""Database URLs: shown without their password, TLS settings checked, the password kept in the keyring.

- safe_url(url): the URL as it may be printed or logged (password replaced by ***).
- A PostgreSQL connection's password is kept in the operating system's keyring (app.remembered.keyring_backend),
  under the URL without its password; settings files hold only that URL. prepare(url) puts the kept password
  back into a URL that has none (the window's saved connection, or `--db postgresql://user@host/db`); libpq's
  own PGPASSWORD and ~/.pgpass still work when nothing is kept.
- sslmode (disable, allow, prefer, require, verify-ca, verify-full) and sslrootcert (the CA file) are passed to
  libpq; prepare refuses an unknown mode or a CA file that is not there, in one Vietnamese line.
- explain_connect_error(exc): why a connection failed, in one Vietnamese line (wrong password, no server,
  database missing, TLS required or refused, certificate).
This module never imports Qt.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.database import masked
from app.errors import UserError

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SSL_LABELS = {
    "disable": "không mã hóa",
    "allow": "mã hóa nếu máy chủ yêu cầu",
    "prefer": "mã hóa nếu máy chủ hỗ trợ",
    "require": "luôn mã hóa (không kiểm tra chứng chỉ)",
    "verify-ca": "luôn mã hóa, kiểm tra chứng chỉ theo tệp CA",
    "verify-full": "luôn mã hóa, kiểm tra chứng chỉ và tên máy chủ",
}
KEYRING_PREFIX = "database:"  # keyring entry name: KEYRING_PREFIX + URL without password
DEFAULT_PORT = 5432


def parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise UserError("Địa chỉ cơ sở dữ liệu không hợp lệ (dạng đúng: postgresql://người_dùng@máy_chủ:5432/tên_csdl "
                        "hoặc sqlite:///đường/dẫn/tệp.sqlite3).") from None


def safe_url(url: str) -> str:
    """The URL with its password replaced by ***: for every message, log line and printout."""
    return masked(url)


def is_postgres(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except (ArgumentError, ValueError):
        return False


def without_password(url: str) -> str:
    """The URL to keep in settings: everything but the password."""
    return parse(url)._replace(password=None).render_as_string(hide_password=False)  # set(password=None) keeps it


def build_url(host: str, port: int | None, database: str, user: str, password: str | None = None,
              sslmode: str = "prefer", ca_file: str | None = None) -> str:
    """A PostgreSQL URL from the connection dialog's fields (psycopg driver)."""
    query = {}
    if sslmode and sslmode != "prefer":
        query["sslmode"] = sslmode
    if ca_file and sslmode in ("verify-ca", "verify-full"):
        query["sslrootcert"] = ca_file
    return URL.create("postgresql+psycopg", username=user or None, password=password or None, host=host or None,
                      port=port or None, database=database or None, query=query).render_as_string(hide_password=False)


def fields(url: str) -> dict:
    """The dialog's fields of a PostgreSQL URL (the password left out)."""
    u = parse(url)
    return {"host": u.host or "", "port": u.port or DEFAULT_PORT, "database": u.database or "",
            "user": u.username or "", "sslmode": u.query.get("sslmode", "prefer"),
            "ca_file": u.query.get("sslrootcert", "")}


def check_ssl(url: str) -> None:
    """Refuse an unknown sslmode, or a verify mode whose CA file is missing."""
    u = parse(url)
    mode = u.query.get("sslmode")
    if isinstance(mode, tuple):
        mode = mode[-1]
    if mode is None:
        return
    if mode not in SSL_MODES:
        raise UserError(f"sslmode '{mode}' không hợp lệ; hãy dùng một trong: {', '.join(SSL_MODES)}.")
    ca = u.query.get("sslrootcert")
    if mode in ("verify-ca", "verify-full") and ca and ca != "system" and not Path(ca).expanduser().is_file():
        raise UserError(f"Không thấy tệp chứng chỉ CA '{ca}' (sslrootcert) để kiểm tra máy chủ ({mode}). "
                        "Hãy chọn đúng tệp CA do bộ phận CNTT cung cấp.")


# ------------------------------------------------------------------ the password in the keyring


def keyring_name(url: str) -> str:
    u = parse(url)
    return f"{KEYRING_PREFIX}{u.username or ''}@{u.host or ''}:{u.port or DEFAULT_PORT}/{u.database or ''}"


def _keyring():
    from app.remembered import keyring_backend

    return keyring_backend()


def stored_password(url: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    from app.remembered import KEYRING_SERVICE

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(url))
    except Exception:  # noqa: BLE001 - a locked or broken keyring keeps nothing
        return None


def store_password(url: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is no usable keyring (then it is not kept at all)."""
    keyring = _keyring()
    if keyring is None:
        return False
    from app.remembered import KEYRING_SERVICE

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(url), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(url: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    from app.remembered import KEYRING_SERVICE

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_name(url))
    except Exception:  # noqa: BLE001 - nothing kept
        pass


def prepare(url: str) -> str:
    """The URL ready to connect: TLS settings checked, the kept password added to a PostgreSQL URL without one."""
    if not is_postgres(url):
        return url
    check_ssl(url)
    u = parse(url)
    if u.password:
        return url
    password = stored_password(url)
    return u.set(password=password).render_as_string(hide_password=False) if password else url


# ------------------------------------------------------------------ why a connection failed


def explain_connect_error(exc: BaseException, url: str) -> str:
    """One Vietnamese line: what went wrong connecting to the server, and what to do."""
    u = parse(url)
    reason = str(getattr(exc, "orig", exc) or exc).strip()
    low = reason.lower()
    server = f"{u.host or 'máy này'}:{u.port or DEFAULT_PORT}"
    if "no password supplied" in low or "password is required" in low:
        return (f"Máy chủ {server} cần mật khẩu của '{u.username}'. Hãy nhập mật khẩu (Tệp → Kết nối cơ sở dữ liệu "
                "dùng chung…), hoặc đặt biến PGPASSWORD hay tệp ~/.pgpass khi dùng dòng lệnh.")
    if "password authentication failed" in low:
        return f"Sai mật khẩu (hoặc tên đăng nhập '{u.username}') của máy chủ {server}. Hãy nhập lại mật khẩu."
    if "role" in low and "does not exist" in low:
        return f"Máy chủ {server} không có người dùng '{u.username}'. Hãy kiểm tra tên đăng nhập."
    if "database" in low and "does not exist" in low:
        return f"Máy chủ {server} không có cơ sở dữ liệu '{u.database}'. Hãy kiểm tra tên cơ sở dữ liệu."
    if "server does not support ssl" in low or "ssl was required" in low:
        return f"Máy chủ {server} không hỗ trợ kết nối mã hóa (TLS). Hãy chọn sslmode khác hoặc nhờ CNTT bật TLS."
    if "no encryption" in low or ("pg_hba.conf" in low and "ssl off" in low):
        return f"Máy chủ {server} chỉ nhận kết nối mã hóa (TLS). Hãy chọn sslmode 'require' hoặc 'verify-full'."
    if "pg_hba.conf" in low:
        return (f"Máy chủ {server} không cho máy này kết nối vào '{u.database}' bằng '{u.username}' (pg_hba.conf). "
                "Hãy nhờ CNTT cho phép.")
    if "does not match host name" in low:
        return (f"Không xác minh được chứng chỉ TLS của máy chủ {server}: chứng chỉ không cấp cho tên '{u.host}'. Hãy "
                "nhập tên máy chủ đúng như trong chứng chỉ (verify-full kiểm tra cả tên).")
    if "certificate verify failed" in low:
        return (f"Không xác minh được chứng chỉ TLS của máy chủ {server}: chứng chỉ không do tệp CA đã chọn cấp. "
                "Hãy chọn đúng tệp CA do bộ phận CNTT cung cấp.")
    if "certificate" in low or "root.crt" in low or "sslrootcert" in low:
        return f"Không xác minh được chứng chỉ TLS của máy chủ {server}: {reason.splitlines()[-1]}. Hãy chọn đúng tệp CA."
    if "could not translate host name" in low or "name or service not known" in low or "nodename" in low:
        return f"Không tìm thấy máy chủ '{u.host}'. Hãy kiểm tra tên máy chủ."
    if "timeout" in low or "timed out" in low:
        return f"Máy chủ {server} không trả lời (hết thời gian chờ). Hãy kiểm tra mạng, tường lửa và cổng."
    if "connection refused" in low or "could not connect" in low or "no such file" in low or "is the server running" in low:
        return f"Không có máy chủ PostgreSQL nào đang chạy ở {server}. Hãy kiểm tra tên máy chủ, cổng và mạng."
    first = reason.splitlines()[0] if reason else type(exc).__name__
    return f"Không kết nối được máy chủ {server}: {first}."


def try_connect(url: str, timeout: int = 5) -> tuple[bool, str]:
    """Connect once and say what happened, in one Vietnamese line (the dialog's Kiểm tra kết nối)."""
    from sqlalchemy import create_engine, text

    try:
        check_ssl(url)
        u = parse(url)
        if u.drivername == "postgresql":
            u = u.set(drivername="postgresql+psycopg")
        engine = create_engine(u, connect_args={"connect_timeout": timeout}, poolclass=__import__(
            "sqlalchemy.pool", fromlist=["NullPool"]).NullPool)
    except UserError as exc:
        return False, str(exc)
    except Exception as exc:  # noqa: BLE001 - driver missing
        return False, f"Không dùng được địa chỉ {safe_url(url)}: {exc}"
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            tls = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
            has_version = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if has_version else None
            owner = has_version and conn.execute(text(
                "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                "WHERE schemaname = current_schema() AND tablename = 'alembic_version'")).scalar()
    except Exception as exc:  # noqa: BLE001 - every failure is said in one line
        return False, explain_connect_error(exc, url)
    finally:
        engine.dispose()
    from app import migrate

    secure = "có mã hóa TLS" if tls else "không mã hóa"
    if revision is None:
        state = "chưa có cấu trúc dữ liệu (CNTT cần chạy 'init --admin-url')"
    elif revision == migrate.LATEST_REVISION:
        state = f"cấu trúc {revision}, mới nhất"
    elif revision in migrate.known_revisions():
        state = f"cấu trúc cũ {revision} (CNTT cần chạy 'init --admin-url')"
    else:
        state = f"cấu trúc {revision} của phiên bản mới hơn"
    warning = (" Lưu ý: đây là tài khoản chủ sở hữu các bảng; máy trạm nên dùng tài khoản ứng dụng "
               "(README, mục Cơ sở dữ liệu dùng chung).") if owner else ""
    return True, f"Kết nối được: PostgreSQL {version}, cơ sở dữ liệu '{u.database}', {secure}, {state}.{warning}"

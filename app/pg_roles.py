"""Least privilege on a shared PostgreSQL database: the owner role and the application role.

- The OWNER role (e.g. cg_owner) owns the schema's tables, sequences, functions and triggers; it alone runs
  migrations, through `competency-gap --db APP_URL init --admin-url OWNER_URL`.
- The APPLICATION role (e.g. cg_app) is what every PC connects as. It may SELECT, INSERT, UPDATE and DELETE the
  data tables and use their sequences; on the audit trail (audit_log) only SELECT and INSERT; on Alembic's
  version table only SELECT. Not being an owner, it cannot ALTER or DROP a table, DROP or DISABLE a trigger, and
  it has no TRUNCATE privilege. The chain of the trail needs nothing more: a transaction-level advisory lock
  (any role) and reading the last entry's hash (SELECT).
- Default privileges make the tables and sequences a later migration creates (run by the owner) granted the
  same way; `init --admin-url` applies every grant again after migrating, so the audit trail's narrower
  grant is always current.

Every statement of the grants is here (GRANT_STATEMENTS), nowhere else. This module never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from app.errors import StorageError, UserError

APPEND_ONLY = ("audit_log",)  # SELECT and INSERT only
READ_ONLY = ("alembic_version",)  # SELECT only: the program reads its schema revision, never stamps it
DATA_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE"

# {app}, {owner}, {schema}, {database}: quoted identifiers
GRANT_STATEMENTS = (
    "REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
    "GRANT CONNECT ON DATABASE {database} TO {app}",
    "GRANT USAGE ON SCHEMA {schema} TO {app}",
    "REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {app}",
    f"GRANT {DATA_PRIVILEGES} ON ALL TABLES IN SCHEMA {{schema}} TO {{app}}",
    *(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {{schema}}.{t} FROM {{app}}" for t in READ_ONLY),
    *(f"REVOKE UPDATE, DELETE, TRUNCATE ON {{schema}}.{t} FROM {{app}}" for t in APPEND_ONLY),
    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {app}",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {app}",
    f"ALTER DEFAULT PRIVILEGES FOR ROLE {{owner}} IN SCHEMA {{schema}} GRANT {DATA_PRIVILEGES} ON TABLES TO {{app}}",
    "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {app}",
)


@dataclass(frozen=True)
class GrantResult:
    app_role: str
    owner: str
    tables: int
    sequences: int

    def lines(self) -> list[str]:
        return [
            f"Đã cấp quyền cho vai trò ứng dụng '{self.app_role}' trên {self.tables} bảng và {self.sequences} "
            "bộ đếm: đọc, thêm, sửa, xóa dữ liệu; nhật ký thay đổi chỉ đọc và thêm; không được sửa cấu trúc, "
            "xóa hay tắt trigger, xóa sạch bảng (TRUNCATE).",
            f"Bảng tạo bởi các lần cập nhật cấu trúc sau (do '{self.owner}' chạy) cũng được cấp quyền như vậy.",
        ]


def _quote(conn, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def current_role(conn) -> str:
    return conn.execute(text("SELECT current_user")).scalar()


def role_exists(conn, role: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None


def _check_roles(conn, app_role: str, owner: str) -> None:
    """Refuse a setup that would give the application role the owner's powers."""
    if not role_exists(conn, app_role):
        raise UserError(
            f"Trên máy chủ chưa có vai trò '{app_role}'. Chưa cấp quyền gì. Hãy tạo vai trò ứng dụng trước "
            f"(CREATE ROLE {app_role} LOGIN PASSWORD '…'; xem README, mục Cơ sở dữ liệu dùng chung).")
    if app_role == owner:
        raise UserError(
            f"Vai trò ứng dụng '{app_role}' trùng với vai trò chủ sở hữu dùng để cập nhật cấu trúc. Chưa cấp quyền gì. "
            "Hãy dùng hai vai trò khác nhau: một vai trò chủ sở hữu (--admin-url) và một vai trò ứng dụng (--db).")
    row = conn.execute(text(
        "SELECT rolsuper, rolbypassrls, pg_has_role(:a, :o, 'USAGE') AS acts_as_owner FROM pg_roles WHERE rolname = :a"),
        {"a": app_role, "o": owner}).one()
    if row.rolsuper or row.acts_as_owner:
        why = "là superuser" if row.rolsuper else f"là thành viên của vai trò chủ sở hữu '{owner}'"
        raise UserError(
            f"Vai trò ứng dụng '{app_role}' {why}, nên có toàn quyền sửa cấu trúc và nhật ký. Chưa cấp quyền gì. "
            f"Hãy dùng một vai trò ứng dụng thường (ALTER ROLE {app_role} NOSUPERUSER; REVOKE {owner} FROM {app_role}).")


def foreign_owned(conn) -> list[str]:
    """Tables of the schema owned by a role the current role cannot act as (it could not grant on them)."""
    return [r[0] for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND NOT pg_has_role(current_user, tableowner, 'USAGE') ORDER BY tablename"))]


def apply_grants(conn, app_role: str) -> GrantResult:
    """Grant the application role what the program needs and nothing more (run as the owner, after migrating)."""
    owner = current_role(conn)
    _check_roles(conn, app_role, owner)
    others = foreign_owned(conn)
    if others:
        raise UserError(
            f"Vai trò '{owner}' không phải chủ sở hữu của {len(others)} bảng ({', '.join(others[:5])}…), nên không "
            "cấp quyền được. Hãy chạy bằng vai trò chủ sở hữu các bảng, hoặc nhờ quản trị máy chủ chuyển quyền sở "
            f"hữu (REASSIGN OWNED BY vai_tro_cu TO {owner}).")
    names = {
        "app": _quote(conn, app_role),
        "owner": _quote(conn, owner),
        "schema": _quote(conn, conn.execute(text("SELECT current_schema()")).scalar()),
        "database": _quote(conn, conn.execute(text("SELECT current_database()")).scalar()),
    }
    for statement in GRANT_STATEMENTS:
        if statement.startswith("REVOKE CREATE ON SCHEMA"):  # only the schema's owner may; PostgreSQL 15 already does
            if not conn.execute(text("SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
                                     "WHERE nspname = current_schema()")).scalar():
                continue
        conn.execute(text(statement.format(**names)))
    tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).scalar()
    sequences = conn.execute(text(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'S' AND n.nspname = current_schema()")).scalar()
    return GrantResult(app_role, owner, tables, sequences)


def privileges(conn, role: str, table: str) -> set[str]:
    """The table privileges the role holds (for checks and tests)."""
    kinds = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
    return {k for k in kinds if conn.execute(text("SELECT has_table_privilege(:r, :t, :k)"),
                                             {"r": role, "t": table, "k": k}).scalar()}


# ------------------------------------------------------------------ the application role meets an older schema


def may_migrate(conn, empty: bool) -> bool:
    """Whether the connected role can create the schema (empty) or upgrade it (owner of the version table)."""
    if empty:
        return bool(conn.execute(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar())
    owner = conn.execute(text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                              "AND tablename = 'alembic_version'")).scalar()
    return owner is not None and bool(conn.execute(text("SELECT pg_has_role(current_user, :o, 'USAGE')"),
                                                   {"o": owner}).scalar())


def require_migrator(db, state) -> None:
    """Before migrating a PostgreSQL database: refuse, saying who must do it, when the connected role may not."""
    from app import migrate

    with db.engine.connect() as conn:
        if may_migrate(conn, state.kind == "empty"):
            return
        user = current_role(conn)
    from app.db_url import without_password

    where = db.describe()
    command = (f"competency-gap --db {without_password(db.url)} init --admin-url "
               "postgresql://VAI_TRÒ_CHỦ_SỞ_HỮU@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU")
    if state.kind == "empty":
        what = f"Cơ sở dữ liệu dùng chung {where} chưa có cấu trúc dữ liệu"
    else:
        what = (f"Cơ sở dữ liệu dùng chung {where} có cấu trúc cũ ({state.revision}); phiên bản này của chương "
                f"trình cần cấu trúc {migrate.LATEST_REVISION}")
    error = StorageError(
        f"{what}. Tài khoản kết nối '{user}' chỉ được đọc và ghi dữ liệu, không được sửa cấu trúc (đúng theo phân "
        f"quyền). Chưa thay đổi gì. Hãy báo bộ phận CNTT của phòng Tổ chức cán bộ chạy lệnh: {command} "
        "(README, mục Cơ sở dữ liệu dùng chung).")
    error.summary = (f"{what}.\n\nTài khoản '{user}' chỉ được đọc và ghi dữ liệu, không được sửa cấu trúc. Chưa thay "
                     f"đổi gì.\n\nHãy báo bộ phận CNTT của phòng Tổ chức cán bộ chạy lệnh:\n{command}")
    raise error

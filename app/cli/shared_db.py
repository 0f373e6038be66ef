"""The shared PostgreSQL database from the command line: `init --admin-url` (schema and grants, as the owner)
and `migrate-data --from SQLITE_URL --to POSTGRES_URL` (a unit's file into the shared database)."""

from __future__ import annotations

from app.config import resolve_database_url
from app.errors import UserError


def add_init_options(c) -> None:
    c.add_argument("--admin-url", metavar="OWNER_URL",
                   help="cơ sở dữ liệu dùng chung: địa chỉ của vai trò chủ sở hữu, để tạo/cập nhật cấu trúc rồi cấp "
                        "quyền cho vai trò ứng dụng (người dùng trong --db)")
    c.add_argument("--app-role", metavar="NAME", help="vai trò ứng dụng được cấp quyền (mặc định: người dùng trong --db)")


def add_parsers(sub) -> None:
    c = sub.add_parser("migrate-data", help="chép toàn bộ dữ liệu của một đơn vị từ tệp SQLite vào cơ sở dữ liệu "
                                            "dùng chung PostgreSQL (chạy lại an toàn: chỉ chép phần chưa có)")
    c.add_argument("--from", dest="source", required=True, metavar="SQLITE_URL",
                   help="tệp của đơn vị, ví dụ sqlite:///D:/du-lieu/don-vi.sqlite3 (chỉ đọc)")
    c.add_argument("--to", dest="target", required=True, metavar="POSTGRES_URL",
                   help="cơ sở dữ liệu dùng chung, ví dụ postgresql://cg_app@may-chu/nang_luc")
    c.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và cho biết sẽ chép gì")


def app_role_of(args) -> str:
    """The application role to grant: --app-role, else the user of the --db PostgreSQL URL."""
    if args.app_role:
        return args.app_role
    from app.db_url import is_postgres, parse

    if args.db and is_postgres(args.db) and parse(args.db).username:
        return parse(args.db).username
    raise UserError("Cần cho biết vai trò ứng dụng được cấp quyền: --db postgresql://VAI_TRÒ_ỨNG_DỤNG@máy_chủ/csdl "
                    "hoặc --app-role TÊN.")


def _same_database(admin_url: str, app_url: str | None) -> None:
    from app.db_url import is_postgres, parse, safe_url

    if not app_url or not is_postgres(app_url):
        return
    a, b = parse(admin_url), parse(app_url)
    if (a.host or "", a.port or 5432, a.database) != (b.host or "", b.port or 5432, b.database):
        raise UserError(f"--admin-url ({safe_url(admin_url)}) và --db ({safe_url(app_url)}) chỉ đến hai cơ sở dữ "
                        "liệu khác nhau. Chưa thay đổi gì.")


def cmd_admin_init(args) -> None:
    """As the owner: create or upgrade the schema, load the built-in frameworks, grant the application role."""
    from app.bootstrap import WRITE, open_database
    from app.cli import cmd_init
    from app.db_url import is_postgres, safe_url
    from app.pg_roles import apply_grants

    admin_url = resolve_database_url(args.admin_url)
    if not is_postgres(admin_url):
        raise UserError("--admin-url chỉ dùng cho cơ sở dữ liệu dùng chung PostgreSQL (postgresql://CHỦ_SỞ_HỮU@máy_chủ/csdl).")
    app_role = app_role_of(args)
    _same_database(admin_url, args.db)
    db, start = open_database(admin_url, WRITE)
    try:
        print(f"Chạy với vai trò chủ sở hữu: {safe_url(admin_url)}")
        cmd_init(args, db, None, start)
        with db.session() as s:
            result = apply_grants(s.connection(), app_role)
        for line in result.lines():
            print(line)
    finally:
        db.dispose()


def cmd_migrate_data(args) -> None:
    from app.data_copy import copy_database

    def say(line: str) -> None:
        print(line, flush=True)

    report = copy_database(args.source, resolve_database_url(args.target), dry_run=args.dry_run, progress=say)
    for line in report.lines():
        print(line)


def run(args) -> bool:
    """Run the command when it is one of this module's; False otherwise."""
    if args.command == "init" and getattr(args, "admin_url", None):
        cmd_admin_init(args)
        return True
    if args.command == "migrate-data":
        cmd_migrate_data(args)
        return True
    return False


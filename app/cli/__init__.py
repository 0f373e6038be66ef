"""Command line: `competency-gap COMMAND`; with no command, the desktop window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.actor import Actor, local_user
from app.cli import accounts, audit, catalog, grades, maintenance, scoring, staff, workflow
from app.cli.accounts import acting_user
from app.cli.parser import EXIT_USER_ERROR, build_parser
from app.config import resolve_database_url
from app.database import Database
from app.errors import UserError

EXIT_UNEXPECTED = 1


def cmd_where(args, db: Database, actor: Actor) -> None:
    print(db.describe())


def cmd_init(args, db: Database, actor: Actor, start=None) -> None:
    print(f"Cơ sở dữ liệu: {db.describe()}")
    if start.created:
        print("Đã tạo cơ sở dữ liệu mới.")
    for saved in start.backups:
        print(f"Đã sao lưu vào {saved}.")
    if start.upgraded_from:
        print(f"Đã cập nhật cấu trúc dữ liệu từ {start.upgraded_from}.")
    elif start.migrated and not start.created:
        print("Đã tạo cấu trúc dữ liệu.")
    elif not start.created:
        print("Cấu trúc dữ liệu đã mới nhất.")
    from app import backup

    if db.path is not None:
        problem = backup.integrity_problem(db, quick=True)
        if problem:  # a damaged database is an error (exit 2), as in the window, not a line among others
            from app.bootstrap import DamagedDatabase

            raise DamagedDatabase(db.path, problem)
        print("Kiểm tra nhanh toàn vẹn: đạt.")
    for r in start.frameworks:
        state = "đã nạp" if r.loaded else "đã có sẵn"
        print(f"Khung năng lực {r.code}: {r.positions} vị trí việc làm, {state}.")


COMMANDS = {
    "where": cmd_where,
    "init": cmd_init,
    "frameworks": catalog.cmd_frameworks,
    "positions": catalog.cmd_positions,
    "position": catalog.cmd_position,
    "framework": catalog.cmd_framework,
    "demo": staff.cmd_demo,
    "staff": staff.cmd_staff,
    "readiness": staff.cmd_readiness,
    "unit": staff.cmd_unit,
    "rate": scoring.cmd_rate,
    "gap": scoring.cmd_gap,
    "report": scoring.cmd_report,
    "export": scoring.cmd_export,
    "scores": scoring.cmd_scores,
    "period": scoring.cmd_period,
    "progress": scoring.cmd_progress,
    "user": accounts.cmd_user,
    **workflow.COMMANDS,
    **grades.COMMANDS,
    **audit.COMMANDS,
    **maintenance.COMMANDS,
}

# Commands that only read: they never upgrade a database (they say how to) and take no daily backup.
READ_ONLY = {"frameworks", "positions", "position", "gap", "report", "export", "progress", "readiness", "audit",
             "check", "backup"}
READ_ONLY_ACTIONS = {"staff": {"list", "template", "export"}, "framework": {"export", "template"}, "scores": {"template"},
                     "period": {"list"}, "unit": {"list"}, "user": {"list"}, "grade": {"list"}}


def _has_schema(db: Database) -> bool:
    """Whether the database can say who may restore it (a damaged or empty file cannot)."""
    from app import migrate

    try:
        return migrate.schema_state(db.engine).kind == "current"
    except Exception:
        return False


def purpose_of(args) -> str:
    """READ for commands that change nothing, else WRITE (see app.bootstrap)."""
    from app.bootstrap import READ, WRITE

    if args.command in READ_ONLY or getattr(args, "action", None) in READ_ONLY_ACTIONS.get(args.command, ()):
        return READ
    return WRITE


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _quiet_unraisable(unraisable) -> None:
    """An error while Python cleans an object up (a writer's half file closed on a full disk): logged, never
    printed as a traceback after the one `Lỗi:` line."""
    try:
        from app.logs import log

        log.warning("lỗi khi dọn dẹp %s: %s", type(unraisable.object).__name__, unraisable.exc_value)
    except Exception:  # noqa: BLE001 - at clean-up time there is nowhere left to say it
        pass


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_stdio()
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    # scores may follow options (rate X --kind self NLC1=3): argparse leaves them over
    if args.command == "rate" and not any(x.startswith("-") for x in extra):
        args.scores += extra
    elif extra:
        parser.error(f"không hiểu tham số: {' '.join(extra)}")
    if args.command is None:
        from app.ui.launcher import launch_gui

        return launch_gui(args.db)
    if args.command == "where":
        try:
            print(Database(resolve_database_url(args.db)).describe())  # opens nothing, creates nothing
        except UserError as exc:
            print(f"Lỗi: {exc}", file=sys.stderr)
            return EXIT_USER_ERROR
        return 0
    from app.logs import log, log_dir, setup

    setup()
    sys.unraisablehook = _quiet_unraisable
    log.info("lệnh: %s", args.command)
    db = None
    try:
        from app.bootstrap import open_database
        from app.cli import shared_db

        if shared_db.run(args):  # init --admin-url, migrate-data: their own connections
            return 0
        if args.command == "restore":  # into a database that may be damaged or lost: no checks before
            from app.bootstrap import database_for_restore

            db = database_for_restore(args.db)
            maintenance.cmd_restore(args, db, acting_user(args, db) if _has_schema(db) else local_user())
            return 0
        db, start = open_database(args.db, purpose_of(args), new=getattr(args, "new", False))
        if args.command == "init":
            cmd_init(args, db, None, start)
        else:
            for saved in start.backups:
                if start.upgraded_from:
                    print(f"Đã sao lưu vào {saved} rồi cập nhật cấu trúc dữ liệu từ {start.upgraded_from}.",
                          file=sys.stderr)
            COMMANDS[args.command](args, db, acting_user(args, db))
        return 0
    except UserError as exc:
        log.info("lệnh %s không thực hiện: %s", args.command, exc)
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("Lỗi: đã dừng theo yêu cầu (Ctrl+C); thay đổi dở dang không được lưu.", file=sys.stderr)
        return 130
    except SystemExit:
        raise
    except BaseException:  # a fault of the program, native readers' panics included: logged, one line
        log.exception("lệnh %s: lỗi không mong đợi", args.command)
        print(f"Lỗi: lỗi không mong đợi của chương trình; thay đổi dở dang không được lưu. Chi tiết đã ghi vào "
              f"nhật ký {log_dir()}.", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        if db is not None:
            db.dispose()

__all__ = ["main", "build_parser", "COMMANDS"]


"""Command line: `competency-gap COMMAND`; with no command, the desktop window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.actor import Actor
from app.cli import accounts, audit, catalog, scoring, staff, workflow
from app.cli.accounts import acting_user
from app.cli.parser import EXIT_USER_ERROR, build_parser
from app.config import resolve_database_url
from app.database import Database
from app.errors import UserError


def cmd_where(args, db: Database, actor: Actor) -> None:
    print(db.describe())


def cmd_init(args, db: Database, actor: Actor, start=None) -> None:
    print(f"Cơ sở dữ liệu: {db.describe()}")
    print("Đã cập nhật cấu trúc dữ liệu." if start.migrated else "Cấu trúc dữ liệu đã mới nhất.")
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
    **audit.COMMANDS,
}


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


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
        print(Database(resolve_database_url(args.db)).describe())
        return 0
    from app.logs import log, setup

    setup()
    log.info("lệnh: %s", args.command)
    db = None
    try:
        from app.bootstrap import open_database

        db, start = open_database(args.db)
        if args.command == "init":
            cmd_init(args, db, None, start)
        else:
            COMMANDS[args.command](args, db, acting_user(args, db))
        return 0
    except UserError as exc:
        log.info("lệnh %s không thực hiện: %s", args.command, exc)
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("lệnh %s: lỗi không mong đợi", args.command)
        raise
    finally:
        if db is not None:
            db.dispose()


__all__ = ["main", "build_parser", "COMMANDS"]


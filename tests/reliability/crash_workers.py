"""Processes the crash tests kill with SIGKILL: the real command line, or a loop of saves.

    python -m tests.reliability.crash_workers cli ARGS…    app.cli.main(ARGS), printing markers
    python -m tests.reliability.crash_workers save URL ASSESSMENT_ID CODE…   saves until killed

Markers are lines `@ NAME-start <monotonic>` and `@ NAME-end <monotonic>` around the phases a kill
should land in (upgrade, import, backup copy, restore), printed and flushed at once, so the test
knows, after the kill, whether the process died inside the phase (start seen, end not seen).
A save prints `saving N CODE VALUE` before the call and `ack N` after set_rating returned: an
acknowledgement is what a window shows as "Đã lưu".
"""

from __future__ import annotations

import functools
import os
import sys
import time

MARKER = "@"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _mark(name: str, function):
    @functools.wraps(function)
    def marked(*args, **kwargs):
        say(f"{MARKER} {name}-start {time.monotonic():.6f}")
        result = function(*args, **kwargs)
        say(f"{MARKER} {name}-end {time.monotonic():.6f}")
        return result

    return marked


def install_markers() -> None:
    from app import backup, migrate
    from app.services import assessments

    migrate._run = _mark("upgrade", migrate._run)
    try:  # the import's own transaction (after its automatic backup), where the service has one
        from app.services import score_import

        score_import.write = _mark("import", score_import.write)
    except (ImportError, AttributeError):
        assessments.import_scores = _mark("import", assessments.import_scores)
    backup.copy_database = _mark("copy", backup.copy_database)
    backup.restore = _mark("restore", backup.restore)


def limit_pages() -> None:
    """CRASH_MAX_PAGE_COUNT set: every connection may not grow the file (a full disk, where no tmpfs can be mounted)."""
    if not os.environ.get("CRASH_MAX_PAGE_COUNT"):
        return
    from sqlalchemy import Engine, event

    @event.listens_for(Engine, "connect")
    def _limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={max(pages, 1)}")


def run_cli(args: list[str]) -> int:
    from app import cli

    install_markers()
    limit_pages()
    say(f"{MARKER} ready {time.monotonic():.6f}")
    return cli.main(args)


def run_saves(url: str, assessment_id: int, codes: list[str]) -> None:
    """Save scores one by one (each in its own transaction) until killed; every visit of a cell
    writes a value different from the one before."""
    from app.actor import local_user
    from app.database import Database
    from app.errors import UserError
    from app.services.assessments import set_rating

    db = Database(url)
    actor = local_user()
    say(f"{MARKER} ready {time.monotonic():.6f}")
    n = 0
    limit = int(os.environ.get("CRASH_SAVES", "100000"))
    while n < limit:
        code = codes[n % len(codes)]
        value = 1 + (n // len(codes)) % 5
        say(f"saving {n} {code} {value}")
        try:
            set_rating(db, actor, assessment_id, code, score=value, reason=f"crash-{n}")
        except UserError as exc:
            say(f"refused {n} {type(exc).__name__}: {exc}")
            time.sleep(0.05)
        else:
            say(f"ack {n}")
        n += 1
    db.dispose()


def main() -> int:
    kind, *rest = sys.argv[1:]
    if kind == "cli":
        return run_cli(rest)
    if kind == "save":
        run_saves(rest[0], int(rest[1]), rest[2:])
        return 0
    raise SystemExit(f"unknown worker {kind}")


if __name__ == "__main__":
    sys.exit(main())

"""Command line: backups (`backup`, `restore`) and the integrity check (`check`)."""

from __future__ import annotations

from pathlib import Path

from app.actor import Actor
from app.cli.output import table
from app.database import Database
from app.errors import StorageError, UserError


def add_parsers(sub) -> None:
    c = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (đang dùng vẫn sao lưu được): backup -o TỆP.sqlite3; "
                       "backup (vào thư mục sao lưu tự động); backup --list")
    c.add_argument("-o", "--output", metavar="FILE.sqlite3", help="tệp sao lưu cần ghi (ví dụ trên USB)")
    c.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu tự động")
    c = sub.add_parser("restore", help="khôi phục từ một bản sao lưu: restore TỆP.sqlite3 (kiểm tra tệp trước, "
                       "và tự sao lưu dữ liệu đang có); restore --latest (bản sao lưu tốt gần nhất)")
    c.add_argument("file", nargs="?", metavar="FILE.sqlite3")
    c.add_argument("--latest", action="store_true", help="bản sao lưu tự động tốt gần nhất")
    sub.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu (đầy đủ)")


def cmd_backup(args, db: Database, actor: Actor) -> None:
    from app import backup
    from app.permissions import Action, require

    require(actor, Action.BACKUP)
    if db.path is None:
        raise UserError(backup.PG_ADVICE)
    if args.list:
        rows = backup.list_backups(db)
        if db.path is not None:
            print(f"Thư mục sao lưu: {backup.backups_dir(db.path)}")
        table([(b.taken_at.strftime("%d/%m/%Y %H:%M:%S"), b.label, f"{b.path.stat().st_size / 1e6:.1f} MB", b.path.name)
               for b in rows], ["Thời điểm", "Lý do", "Cỡ", "Tệp"])
        print(f"({len(rows)} bản sao lưu)")
        return
    target = None
    if args.output:
        target = Path(args.output)
        if target.suffix.lower() not in (".sqlite3", ".sqlite", ".db"):
            raise UserError(f"Tệp sao lưu '{args.output}' nên có đuôi .sqlite3.")
        from app.outputs import check_writable_folder

        check_writable_folder(target)
    written = backup.backup(db, "manual", target)
    print(f"Đã sao lưu vào {written} (đã kiểm tra toàn vẹn).")


def cmd_restore(args, db: Database, actor: Actor) -> None:
    from app import backup
    from app.permissions import Action, require

    require(actor, Action.RESTORE)
    if args.latest:
        good = backup.latest_good_backup(db)
        if good is None:
            raise UserError("Không có bản sao lưu tự động nào dùng được cho cơ sở dữ liệu này.")
        source = good.path
    elif args.file:
        source = Path(args.file)
    else:
        raise UserError("Cần tên tệp: restore TỆP.sqlite3 (hoặc restore --latest).")
    saved = backup.restore(db, source)
    print(f"Đã khôi phục từ {source}.")
    if saved:
        print(f"Dữ liệu trước khi khôi phục được giữ ở {saved}.")


def cmd_check(args, db: Database, actor: Actor) -> None:
    from app import backup

    if db.path is None:
        print("PostgreSQL tự kiểm tra toàn vẹn; hãy dùng pg_dump định kỳ để sao lưu (xem README).")
        return
    problem = backup.integrity_problem(db)
    if problem:
        good = backup.latest_good_backup(db)
        hint = (f" Bản sao lưu tốt gần nhất: {good.path} ({good.taken_at:%d/%m/%Y %H:%M}); khôi phục bằng "
                f"'competency-gap restore --latest'." if good else " Không có bản sao lưu tự động nào dùng được.")
        raise StorageError(f"Cơ sở dữ liệu {db.path} bị hỏng: {problem}.{hint}")
    print(f"Cơ sở dữ liệu {db.path}: toàn vẹn (integrity_check, foreign_key_check đều đạt).")


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}

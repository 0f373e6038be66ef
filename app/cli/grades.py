"""Command line: the grade catalogue (`grade list | add | change`)."""

from __future__ import annotations

from app.actor import Actor
from app.cli.output import print_json, table
from app.database import Database
from app.errors import UserError


def add_parsers(sub) -> None:
    c = sub.add_parser("grade", help="ngạch, hạng chức danh nghề nghiệp: grade list | add MÃ TÊN --kind ngach|hang "
                       "--rank N [--default 2-3] | change MÃ [--name TÊN] [--kind …] [--rank N] [--default 2-3]")
    c.add_argument("action", choices=["list", "add", "change"])
    c.add_argument("code", nargs="?", metavar="CODE", help="mã, tối đa 32 ký tự (ví dụ V.07.05.14)")
    c.add_argument("name", nargs="?", metavar="NAME", help="tên đầy đủ, in trên phiếu")
    c.add_argument("--name", dest="new_name", metavar="NAME", help="tên mới (grade change)")
    c.add_argument("--kind", choices=["ngach", "hang"], help="ngach: ngạch công chức; hang: hạng chức danh nghề nghiệp")
    c.add_argument("--rank", metavar="N", help="thứ bậc, số lớn hơn là bậc cao hơn (0–99)")
    c.add_argument("--default", metavar="MIN-MAX", help="cấp độ yêu cầu khi văn bản không quy định, ví dụ 2-3 "
                   "(grade change: ghi - để bỏ)")
    c.add_argument("--json", action="store_true")


def cmd_grade(args, db: Database, actor: Actor) -> None:
    from app.services import grades

    if args.action == "list":
        rows = grades.list_grades(db, actor)
        if args.json:
            print_json([{"code": g.code, "name": g.name, "kind": g.kind, "rank": g.rank,
                         "default_min": g.default_min, "default_max": g.default_max} for g in rows])
            return
        table([(g.code, g.name, g.kind_label, g.rank, g.default_label) for g in rows],
              ["Mã", "Tên", "Loại", "Thứ bậc", "Mặc định"])
        return
    if not args.code:
        raise UserError(f"Cần mã: grade {args.action} MÃ")
    if args.action == "add":
        if not args.name or args.kind is None or args.rank is None:
            raise UserError("Cần đủ: grade add MÃ TÊN --kind ngach|hang --rank N [--default 2-3]")
        g = grades.add_grade(db, actor, args.code, args.name, args.kind, args.rank, args.default)
    else:
        now = grades.grade_catalogue(db, actor).get(args.code)
        if now is None:
            raise UserError(f"Không có ngạch, hạng mã '{args.code}'.")
        default = now.default_range if args.default is None else (None if args.default.strip() == "-" else args.default)
        g = grades.change_grade(db, actor, now.code, args.new_name or args.name or now.name, args.kind or now.kind,
                                now.rank if args.rank is None else args.rank, default)
    print(f"Đã lưu {g.kind_label.lower()} {g.code}: {g.name}"
          + (f" (mặc định {g.default_label})." if g.default_label else "."))


COMMANDS = {"grade": cmd_grade}

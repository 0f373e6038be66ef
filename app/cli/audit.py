"""Command line: the audit trail (`audit`) and HR's change of a required level (`requirement`)."""

from __future__ import annotations

from app.actor import Actor
from app.outputs import write_output
from app.cli.output import output_path, print_json, table
from app.database import Database
from app.errors import UserError
from app.vntext import parse_date


def add_parsers(sub) -> None:
    c = sub.add_parser("audit", help="nhật ký thay đổi: của một phiếu (--employee MÃ hoặc --assessment SỐ) "
                       "hoặc của cả cơ quan (quản trị); -o TỆP.xlsx để xuất Excel; "
                       "'audit verify': kiểm tra nhật ký có bị sửa, xóa, chèn ngoài chương trình không")
    c.add_argument("verify", nargs="?", choices=["verify"], default=None,
                   help="kiểm tra chuỗi niêm phong, trigger và tài khoản; in mã đầu chuỗi")
    c.add_argument("--employee", metavar="CODE", help="phiếu của công chức này (cùng --period, --kind, --position)")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("--kind", choices=["self", "assessor"], default="assessor")
    c.add_argument("--position", metavar="KEY")
    c.add_argument("--assessment", type=int, metavar="ID", help="số phiếu đánh giá")
    c.add_argument("--entity", choices=["assessment", "position", "employee", "unit", "period", "framework",
                                        "account"], help="chỉ một loại đối tượng (nhật ký cả cơ quan)")
    c.add_argument("--key", metavar="KEY", help="chỉ một đối tượng: mã công chức, mã vị trí, tên tài khoản…")
    c.add_argument("--since", metavar="dd/mm/yyyy")
    c.add_argument("--limit", type=int, metavar="N")
    c.add_argument("-o", "--output", metavar="FILE.xlsx")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("requirement", help="sửa cấp độ yêu cầu của một năng lực trong một vị trí: "
                       "requirement VỊ_TRÍ MÃ_NĂNG_LỰC 2-3 --reason \"…\" (ghi vào nhật ký)")
    c.add_argument("position", metavar="KEY")
    c.add_argument("competency", metavar="CODE")
    c.add_argument("range", metavar="MIN-MAX", help="ví dụ 3-4, hoặc 3")
    c.add_argument("--reason", required=True, metavar="TEXT")


def _range(text: str) -> tuple[int, int]:
    parts = text.replace("–", "-").split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        raise UserError(f"Cấp độ '{text}' không hợp lệ: ghi dạng 3-4 hoặc 3.") from None
    if len(numbers) == 1:
        return numbers[0], numbers[0]
    if len(numbers) == 2:
        return numbers[0], numbers[1]
    raise UserError(f"Cấp độ '{text}' không hợp lệ: ghi dạng 3-4 hoặc 3.")


def _trail(args, db: Database, actor: Actor):
    """(rows, title, subtitle, agency, unit) for the chosen assessment, or the agency's trail."""
    from app import audit
    from app.services import staff
    from app.services.assessments import KIND_LABELS, find_assessment, get_assessment

    if args.assessment is not None or args.employee:
        if args.assessment is not None:
            view = get_assessment(db, actor, args.assessment)
        else:
            view = find_assessment(db, actor, args.employee, args.position, args.period, args.kind)
            if view is None:
                raise UserError(f"Công chức {args.employee} chưa có phiếu {KIND_LABELS[args.kind].lower()} "
                                "cho vị trí và kỳ này.")
        rows = audit.assessment_trail(db, actor, view.id)
        subtitle = (f"{view.employee_name} ({view.employee_code}) · {KIND_LABELS[view.kind]} · {view.position_name}"
                    f" · Kỳ đánh giá: {view.period}")
        agency = staff.agency_name(db, actor, view.employee_code)
        return rows, "Nhật ký thay đổi phiếu đánh giá", subtitle, agency, view.unit_name
    since = parse_date(args.since) if args.since else None
    rows = list(reversed(audit.search_trail(db, actor, args.entity, args.key, since, args.limit)))
    agency = staff.agency_of(staff.list_units(db, actor))
    subtitle = "Toàn bộ thay đổi" if not (args.entity or args.key or since) else "Đã lọc: " + ", ".join(
        x for x in (args.entity, args.key, args.since) if x)
    return rows, "Nhật ký thay đổi", subtitle, agency, agency


def cmd_audit(args, db: Database, actor: Actor) -> None:
    from app.excel.audit_io import local_time, subject, write_audit

    if args.verify:
        from app.audit_chain import verify

        result = verify(db, actor)
        if args.json:
            print_json({"ok": result.ok, "entries": result.entries, "head": result.head, "broken": result.broken,
                        "broken_id": result.broken_id, "triggers_missing": result.triggers_missing,
                        "accounts": result.accounts, "restored": result.restored})
        else:
            print("\n".join(result.lines()))
        if not result.ok:
            raise SystemExit(1)
        return
    try:
        rows, title, subtitle, agency, unit = _trail(args, db, actor)
    except ValueError as exc:  # a badly written --since date
        raise UserError(str(exc)) from None
    if args.output:
        target = write_output(output_path(args.output, ".xlsx"),
                              lambda tmp: write_audit(rows, tmp, agency, unit, title, subtitle))
        print(f"Đã ghi {target}: {len(rows)} thay đổi.")
        return
    if args.json:
        print_json([{"at": r.at.isoformat(), "actor": r.actor, "action": r.action, "entity": r.entity,
                     "key": r.entity_key, "item": r.item, "field": r.field, "old": r.old_value, "new": r.new_value,
                     "reason": r.reason} for r in rows])
        return
    print(subtitle)
    table([(local_time(r.at), r.who, r.action_label, subject(r), r.what, r.old_shown, r.new_shown, r.reason)
           for r in rows], ["Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Nội dung", "Cũ", "Mới", "Lý do"])
    print(f"({len(rows)} thay đổi)")


def cmd_requirement(args, db: Database, actor: Actor) -> None:
    from app.services.catalog import ORIGIN_LABELS, set_requirement

    low, high = _range(args.range)
    info = set_requirement(db, actor, args.position, args.competency, low, high, args.reason)
    print(f"{args.position} · {info.code} {info.competency}: {info.label} ({ORIGIN_LABELS[info.origin]})")


COMMANDS = {"audit": cmd_audit, "requirement": cmd_requirement}

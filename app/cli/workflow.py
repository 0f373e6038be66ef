"""Command line: the workflow of a form (`submit`, `approve`, `reopen`)."""

from __future__ import annotations

from app.actor import Actor
from app.database import Database
from app.errors import UserError


def add_parsers(sub) -> None:
    for name, text in (("submit", "gửi phiếu đánh giá (khóa điểm)"),
                       ("approve", "phê duyệt phiếu của người đánh giá đã gửi"),
                       ("reopen", "mở lại phiếu đã gửi hoặc đã phê duyệt (cần --reason)")):
        c = sub.add_parser(name, help=text)
        c.add_argument("employee", metavar="EMPLOYEE_CODE")
        c.add_argument("--position", metavar="KEY", help="vị trí đánh giá (mặc định: vị trí hiện tại)")
        c.add_argument("--period", metavar="NAME", help="kỳ đánh giá (mặc định: kỳ đang mở mới nhất)")
        c.add_argument("--kind", choices=["self", "assessor"], default="self" if name == "submit" else "assessor",
                       help="mặc định: " + ("self" if name == "submit" else "assessor"))
        if name == "reopen":
            c.add_argument("--reason", required=True, metavar="TEXT")


def cmd_workflow(args, db: Database, actor: Actor) -> None:
    from app.services import assessments as svc

    view = svc.find_assessment(db, actor, args.employee, args.position, args.period, args.kind)
    if view is None:
        raise UserError(f"Công chức {args.employee} chưa có phiếu {svc.KIND_LABELS[args.kind].lower()} "
                        "cho vị trí và kỳ này.")
    if args.command == "submit":
        view = svc.submit(db, actor, view.id)
    elif args.command == "approve":
        view = svc.approve(db, actor, view.id)
    else:
        view = svc.reopen(db, actor, view.id, args.reason)
    print(f"{view.employee_name} ({view.employee_code}) · {svc.KIND_LABELS[view.kind]} · {view.period}: "
          f"{svc.STATUS_LABELS[view.status]}")


COMMANDS = {"submit": cmd_workflow, "approve": cmd_workflow, "reopen": cmd_workflow}

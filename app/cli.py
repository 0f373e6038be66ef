"""Command line: `competency-gap COMMAND`; with no command, the desktop window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from app import cli_audit, cli_workflow, gap
from app.actor import Actor, local_user
from app.config import ENV_DB, resolve_database_url
from app.database import Database
from app.errors import UserError
from app.cli_output import output_path as _output_path
from app.cli_output import print_json as _print_json
from app.cli_output import table as _table
from app.vntext import format_percent

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own usage errors, as one Vietnamese line
        self.exit(EXIT_USER_ERROR, f"Lỗi: {message}. Xem '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="competency-gap", description="Đánh giá khoảng cách năng lực công chức theo vị trí việc làm.")
    p.add_argument("--user", metavar="NAME", help="tài khoản (khi cơ sở dữ liệu có tài khoản); mật khẩu: biến "
                   "COMPETENCY_GAP_PASSWORD, nếu không có thì được hỏi")
    p.add_argument("--db", metavar="URL", help=f"địa chỉ cơ sở dữ liệu (mặc định: biến {ENV_DB}, nếu không có thì tệp SQLite trong thư mục dữ liệu người dùng)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("where", help="cho biết cơ sở dữ liệu đang dùng ở đâu")
    sub.add_parser("init", help="tạo, cập nhật cơ sở dữ liệu và nạp các khung năng lực có sẵn")

    c = sub.add_parser("frameworks", help="liệt kê các khung năng lực")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("positions", help="liệt kê vị trí việc làm")
    c.add_argument("--framework", metavar="CODE")
    c.add_argument("--grade", metavar="CODE", help="CVCC, CVC, CV, CS hoặc NV")
    c.add_argument("--search", metavar="TEXT", help="tìm theo tên, không phân biệt dấu và hoa thường")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("position", help="toàn bộ một vị trí việc làm và khung năng lực của nó")
    c.add_argument("key", metavar="KEY", help="mã vị trí, ví dụ btttt-09-2023:42")
    c.add_argument("--json", action="store_true")

    sub.add_parser("demo", help="nạp một tổ chức mẫu (dữ liệu mẫu, có ghi rõ) để dùng thử")

    c = sub.add_parser("staff", help="danh sách công chức; staff template|export -o TỆP.xlsx; staff import TỆP.xlsx")
    c.add_argument("action", nargs="?", choices=["list", "template", "export", "import"], default="list")
    c.add_argument("file", nargs="?", metavar="FILE.xlsx", help="tệp cần nhập (staff import)")
    c.add_argument("-o", "--output", metavar="FILE.xlsx", help="tệp cần ghi (staff template, staff export)")
    c.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và cho biết sẽ thay đổi gì")
    c.add_argument("--unit", metavar="CODE", help="chỉ đơn vị này và các đơn vị trực thuộc")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("rate", help="chấm điểm năng lực: MÃ_HOẶC_TÊN=1..5 (để trống sau dấu = để xóa điểm)")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY", help="vị trí đánh giá (mặc định: vị trí hiện tại)")
    c.add_argument("--period", metavar="NAME", help="kỳ đánh giá (mặc định: kỳ đang mở mới nhất)")
    c.add_argument("--kind", required=True, choices=["self", "assessor"])
    c.add_argument("--from", dest="from_file", metavar="FILE.json", help="đọc điểm từ tệp JSON")
    c.add_argument("scores", nargs="*", metavar="SCORE")

    c = sub.add_parser("gap", help="khoảng cách năng lực của một công chức")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("--kind", choices=["self", "assessor"], help="mặc định: người đánh giá nếu có, nếu không thì tự đánh giá")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("export", help="xuất Excel: tổng hợp khoảng cách năng lực (gaps) hoặc phiếu của một người (person)")
    what = c.add_subparsers(dest="what", metavar="gaps|person", parser_class=_Parser, required=True)
    g = what.add_parser("gaps", help="tổng hợp của một kỳ: Tổng hợp, Chi tiết, Theo năng lực, Nhu cầu đào tạo")
    g.add_argument("--period", required=True, metavar="NAME")
    g.add_argument("--unit", metavar="CODE")
    g.add_argument("--position", metavar="KEY")
    g.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    g = what.add_parser("person", help="phiếu của một công chức, kèm biểu đồ radar của Excel")
    g.add_argument("employee", metavar="EMPLOYEE_CODE")
    g.add_argument("--position", metavar="KEY")
    g.add_argument("--period", metavar="NAME")
    g.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    c = sub.add_parser("scores", help="điểm từ phiếu giấy: scores template -o TỆP.xlsx; scores import TỆP.xlsx")
    c.add_argument("action", choices=["template", "import"])
    c.add_argument("file", nargs="?", metavar="FILE.xlsx")
    c.add_argument("-o", "--output", metavar="FILE.xlsx")
    c.add_argument("--dry-run", action="store_true")

    c = sub.add_parser("period", help="kỳ đánh giá: period list | add TÊN [--from dd/mm/yyyy --to dd/mm/yyyy] | close TÊN | open TÊN")
    c.add_argument("action", choices=["list", "add", "close", "open"])
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("--from", dest="starts", metavar="dd/mm/yyyy")
    c.add_argument("--to", dest="ends", metavar="dd/mm/yyyy")

    c = sub.add_parser("progress", help="tiến độ đánh giá của từng công chức trong một kỳ")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("--unit", metavar="CODE")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("readiness", help="điều kiện theo quy định (bằng cấp, chứng chỉ, thâm niên) cho một vị trí")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY", help="mặc định: vị trí hiện tại")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("framework", help="khung năng lực qua Excel: framework export MÃ -o TỆP.xlsx; framework import TỆP.xlsx")
    c.add_argument("action", choices=["export", "import"])
    c.add_argument("target", metavar="CODE|FILE.xlsx")
    c.add_argument("-o", "--output", metavar="FILE.xlsx")
    c.add_argument("--dry-run", action="store_true")

    c = sub.add_parser("unit", help="đơn vị: unit list | add MÃ TÊN [--parent MÃ] | rename MÃ TÊN | move MÃ [--parent MÃ] | delete MÃ")
    c.add_argument("action", choices=["list", "add", "rename", "move", "delete"])
    c.add_argument("code", nargs="?", metavar="CODE")
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("--parent", metavar="CODE")

    c = sub.add_parser("user", help="tài khoản: user list | add TÊN --role hr|head|employee [--employee MÃ] [--unit MÃ] "
                       "| grant TÊN --role … (thêm vai trò) "
                       "| disable TÊN | passwd TÊN (mật khẩu mới: biến COMPETENCY_GAP_NEW_PASSWORD hoặc được hỏi)")
    c.add_argument("action", choices=["list", "add", "grant", "disable", "passwd"])
    c.add_argument("name", nargs="?", metavar="NAME")
    c.add_argument("--role", choices=["hr", "head", "employee"])
    c.add_argument("--employee", metavar="CODE")
    c.add_argument("--unit", metavar="CODE")

    c = sub.add_parser("report", help="in phiếu đánh giá của một công chức ra tệp PDF (khổ A4)")
    c.add_argument("employee", metavar="EMPLOYEE_CODE")
    c.add_argument("--position", metavar="KEY")
    c.add_argument("--period", metavar="NAME")
    c.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    cli_workflow.add_parsers(sub)
    cli_audit.add_parsers(sub)
    return p


# ---------------------------------------------------------------- commands


def cmd_where(args, db: Database, actor: Actor) -> None:
    print(db.describe())


def cmd_init(args, db: Database, actor: Actor, start=None) -> None:
    print(f"Cơ sở dữ liệu: {db.describe()}")
    print("Đã cập nhật cấu trúc dữ liệu." if start.migrated else "Cấu trúc dữ liệu đã mới nhất.")
    for r in start.frameworks:
        state = "đã nạp" if r.loaded else "đã có sẵn"
        print(f"Khung năng lực {r.code}: {r.positions} vị trí việc làm, {state}.")


def cmd_frameworks(args, db: Database, actor: Actor) -> None:
    from app.services.catalog import list_frameworks

    rows = list_frameworks(db, actor)
    if args.json:
        _print_json([{"code": f.code, "title": f.title, "positions": f.positions, "number": f.number,
                      "issuer": f.issuer, "issued_on": f.issued_on.isoformat() if f.issued_on else None}
                     for f in rows])
        return
    _table([(f.code, f.number, f.positions, f.title) for f in rows], ["Mã", "Số hiệu", "Số VTVL", "Tên"])


def cmd_positions(args, db: Database, actor: Actor) -> None:
    from app.services.catalog import list_positions

    rows = list_positions(db, actor, args.framework, args.grade, args.search)
    if args.json:
        _print_json([{"key": p.key, "framework": p.framework, "number": p.number, "name": p.name,
                      "grade": p.grade, "specialty": p.specialty, "specialty_name": p.specialty_name}
                     for p in rows])
        return
    _table([(p.key, p.grade, p.name) for p in rows], ["Mã vị trí", "Ngạch", "Tên vị trí việc làm"])
    print(f"({len(rows)} vị trí)")


def position_json(d) -> dict:
    s = d.summary
    return {
        "key": s.key, "framework": s.framework, "number": s.number, "name": s.name, "grade": s.grade,
        "specialty": s.specialty, "specialty_name": s.specialty_name, "objective": d.objective,
        "tasks": [{"number": g.number, "name": g.name, "tasks": g.tasks, "criteria": g.criteria} for g in d.tasks],
        "relationships": d.relationships, "authorities": d.authorities,
        "qualifications": d.qualifications, "qualification_rules": d.qualification_rule,
        "requirements": [{"competency": r.competency, "code": r.code, "group": r.group, "min": r.min,
                          "max": r.max, "text": r.text, "origin": r.origin} for r in d.requirements],
        "warnings": d.warnings,
    }


def cmd_position(args, db: Database, actor: Actor) -> None:
    from app.services.catalog import ORIGIN_LABELS, QUALIFICATION_LABELS, get_position

    d = get_position(db, actor, args.key)
    if args.json:
        _print_json(position_json(d))
        return
    s = d.summary
    print(f"{s.key} — {s.name} (ngạch {s.grade})")
    if s.specialty_name:
        print(s.specialty_name)
    for w in d.warnings:
        print(f"Lưu ý: {w}")
    print(f"\nMục tiêu: {d.objective}\n\nCông việc:")
    for g in d.tasks:
        print(f"  {g.number or '-'} {g.name}")
        for t in g.tasks:
            print(f"      {t['number'] or t['marker'] or '·'} {t['text']}")
    print("\nYêu cầu về trình độ:")
    for category, texts in d.qualifications.items():
        print(f"  {QUALIFICATION_LABELS.get(category, category)}:")
        for t in texts:
            print(f"      · {t}")
    print("\nKhung năng lực:")
    _table([(r.code, r.group_name, r.competency, _requirement_label(r), ORIGIN_LABELS[r.origin]) for r in d.requirements],
           ["Mã", "Nhóm", "Năng lực", "Cấp độ yêu cầu", "Nguồn"])


def _requirement_label(r) -> str:  # noqa: N802 - reads as a column
    return r.label if r.min is not None else "(văn bản) " + (r.text or "")


def cmd_demo(args, db: Database, actor: Actor) -> None:
    from app.demo import load_demo

    result = load_demo(db, actor)
    if not result.loaded:
        print("Dữ liệu mẫu đã có trong cơ sở dữ liệu; không thay đổi gì.")
        return
    print(f"Đã nạp dữ liệu mẫu: {result.units} đơn vị, {result.employees} công chức, {result.assessments} phiếu đánh giá.")
    print("Các đơn vị mẫu có chữ '(mẫu)' trong tên, mã bắt đầu bằng MAU.")


def cmd_staff(args, db: Database, actor: Actor) -> None:
    from app.services.staff import list_employees

    if args.action in ("template", "export"):
        _staff_write(args, db, actor)
        return
    if args.action == "import":
        _staff_import(args, db, actor)
        return
    rows = list_employees(db, actor, unit=args.unit)
    if args.json:
        _print_json([{"code": e.code, "name": e.name, "unit": e.unit, "unit_name": e.unit_name,
                      "position": e.position, "grade": e.grade} for e in rows])
        return
    _table([(e.code, e.name, e.grade, e.position, e.unit_name) for e in rows],
           ["Mã", "Họ và tên", "Ngạch", "Vị trí", "Đơn vị"])
    print(f"({len(rows)} công chức)")


def _stop_on_problems(problems) -> None:
    """Every problem of an import file on its own line, then stop: nothing has been written."""
    if problems:
        for problem in problems:
            print(f"Lỗi: {problem}", file=sys.stderr)
        raise UserError(f"Tệp có {len(problems)} lỗi; chưa nhập gì.")


def _staff_write(args, db: Database, actor: Actor) -> None:
    from app.excel.staff_io import write_staff
    from app.services.catalog import list_positions
    from app.services.staff import list_employees, list_units

    if not args.output:
        raise UserError(f"Cần -o TỆP.xlsx cho 'staff {args.action}'.")
    target = _output_path(args.output, ".xlsx")
    employees = list_employees(db, actor, unit=args.unit) if args.action == "export" else []
    write_staff(target, employees, list_units(db, actor), list_positions(db, actor))
    print(f"Đã ghi {target}" + (f": {len(employees)} công chức." if employees else " (tệp mẫu)."))


def _staff_import(args, db: Database, actor: Actor) -> None:
    from app.excel.staff_io import plan_staff_import
    from app.services.catalog import list_positions
    from app.services.staff import import_employees, list_employees, list_units

    if not args.file:
        raise UserError("Cần tên tệp: staff import TỆP.xlsx")
    plan = plan_staff_import(args.file, list_employees(db, actor, include_inactive=True), list_units(db, actor),
                             list_positions(db, actor))
    _stop_on_problems(plan.problems)
    print(f"Thêm mới {len(plan.new)}, cập nhật {len(plan.updated)}, không đổi {len(plan.unchanged)} công chức.")
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa ghi gì.")
        return
    import_employees(db, actor, plan.rows)
    print(f"Đã nhập {len(plan.rows)} dòng.")


def cmd_scores(args, db: Database, actor: Actor) -> None:
    from app.excel import scores_io
    from app.services.assessments import import_scores, scores_import_context

    if args.action == "template":
        if not args.output:
            raise UserError("Cần -o TỆP.xlsx cho 'scores template'.")
        print(f"Đã ghi {scores_io.write_template(_output_path(args.output, '.xlsx'))} (tệp mẫu).")
        return
    if not args.file:
        raise UserError("Cần tên tệp: scores import TỆP.xlsx")
    plan = scores_io.plan_scores_import(args.file, scores_import_context(db, actor))
    _stop_on_problems(plan.problems)
    print(f"{plan.rows} điểm cho {len(plan.changes)} phiếu đánh giá.")
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa ghi gì.")
        return
    import_scores(db, actor, plan.changes)
    print(f"Đã nhập {plan.rows} điểm.")


def cmd_period(args, db: Database, actor: Actor) -> None:
    from app.services import assessments as svc
    from app.vntext import format_date, parse_date

    if args.action == "list":
        _table([(p.name, svc.PERIOD_STATUS_LABELS[p.status].lower(), format_date(p.starts_on),
                 format_date(p.ends_on)) for p in svc.list_periods(db, actor)],
               ["Kỳ đánh giá", "Trạng thái", "Từ ngày", "Đến ngày"])
        return
    if not args.name:
        raise UserError(f"Cần tên kỳ đánh giá: period {args.action} TÊN")
    if args.action == "add":
        try:
            starts, ends = parse_date(args.starts), parse_date(args.ends)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        svc.add_period(db, actor, args.name, starts, ends)
        print(f"Đã tạo kỳ đánh giá '{args.name}' (đang mở).")
        return
    svc.set_period_status(db, actor, args.name, "closed" if args.action == "close" else "open")
    print(f"Kỳ đánh giá '{args.name}' {'đã đóng: chỉ để xem' if args.action == 'close' else 'đang mở'}.")


PROGRESS_LABELS = {None: "chưa làm", "draft": "đang soạn", "submitted": "đã gửi", "approved": "đã phê duyệt"}


def cmd_progress(args, db: Database, actor: Actor) -> None:
    from app.services.reporting import progress_board

    rows = progress_board(db, actor, args.period, args.unit)
    if args.json:
        _print_json([{"code": r.employee_code, "name": r.name, "unit": r.unit_name, "position": r.position_key,
                      "self": r.self_status, "assessor": r.assessor_status} for r in rows])
        return
    _table([(r.employee_code, r.name, PROGRESS_LABELS[r.self_status], PROGRESS_LABELS[r.assessor_status], r.unit_name)
            for r in rows], ["Mã", "Họ và tên", "Tự đánh giá", "Người đánh giá", "Đơn vị"])
    done = sum(1 for r in rows if r.assessor_status == "approved")
    print(f"({len(rows)} công chức; {done} đã phê duyệt)")


def cmd_readiness(args, db: Database, actor: Actor) -> None:
    from app.services.staff import get_employee, statutory_readiness

    employee = get_employee(db, actor, args.employee)
    key = args.position or employee.position
    if not key:
        raise UserError(f"Công chức {employee.code} chưa có vị trí việc làm: hãy ghi --position.")
    checks = statutory_readiness(db, actor, employee.code, key)
    if args.json:
        _print_json([{"requirement": c.requirement, "actual": c.actual, "met": c.met} for c in checks])
        return
    marks = {True: "đạt", False: "chưa đạt", None: "chưa rõ"}
    print(f"{employee.name} ({employee.code}) — vị trí {key}")
    _table([(marks[c.met], c.requirement, c.actual) for c in checks], ["Kết quả", "Yêu cầu", "Hồ sơ"])


def cmd_framework(args, db: Database, actor: Actor) -> None:
    from app.excel.framework_io import read_framework, write_framework
    from app.services.catalog import framework_data, import_framework

    if args.action == "export":
        if not args.output:
            raise UserError("Cần -o TỆP.xlsx cho 'framework export'.")
        data = framework_data(db, actor, args.target)
        print(f"Đã ghi {write_framework(data, _output_path(args.output, '.xlsx'))}: {len(data['positions'])} vị trí.")
        return
    data, problems = read_framework(args.target)
    _stop_on_problems(problems)
    print(f"Khung {data['code']}: {len(data['competencies'])} năng lực, {len(data['positions'])} vị trí việc làm.")
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa ghi gì.")
        return
    outcome = import_framework(db, actor, data)
    print("Đã thay khung cũ cùng mã." if outcome == "replaced" else "Đã thêm khung mới.")


def cmd_unit(args, db: Database, actor: Actor) -> None:
    from app.services import staff

    if args.action == "list":
        for u in staff.list_units(db, actor):
            print(f"{'    ' * u.depth}{u.code}  {u.name}")
        return
    if not args.code:
        raise UserError(f"Cần mã đơn vị: unit {args.action} MÃ")
    if args.action in ("add", "rename") and not args.name:
        raise UserError(f"Cần tên đơn vị: unit {args.action} MÃ TÊN")
    if args.action == "add":
        staff.add_unit(db, actor, args.code, args.name, args.parent)
    elif args.action == "rename":
        staff.rename_unit(db, actor, args.code, args.name)
    elif args.action == "move":
        staff.move_unit(db, actor, args.code, args.parent)
    else:
        staff.delete_unit(db, actor, args.code)
    print("Đã lưu.")


ENV_PASSWORD = "COMPETENCY_GAP_PASSWORD"
ENV_NEW_PASSWORD = "COMPETENCY_GAP_NEW_PASSWORD"


def _secret(env: str, prompt: str, confirm: bool = False) -> str:
    """A password from the environment, else typed (never echoed, never printed)."""
    import getpass
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"Cần mật khẩu: đặt biến {env} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nhập lại mật khẩu: ") != value:
        raise UserError("Hai lần nhập mật khẩu không khớp.")
    return value


def acting_user(args, db: Database) -> Actor | None:
    """The local user while the database has no accounts; else the logged-in account (--user)."""
    from app.accounts import has_accounts, login

    if not has_accounts(db):
        return None if args.command == "user" else local_user()
    import os

    username = args.user or os.environ.get("COMPETENCY_GAP_USER")
    if not username:
        raise UserError("Cơ sở dữ liệu có tài khoản: hãy dùng --user TÊN (mật khẩu: biến COMPETENCY_GAP_PASSWORD).")
    return login(db, username, _secret(ENV_PASSWORD, f"Mật khẩu của {username}: "))


def cmd_user(args, db: Database, actor: Actor | None) -> None:
    from app import accounts

    if args.action == "list":
        rows = accounts.list_accounts(db, actor)
        _table([(a.username, a.display_name, ", ".join(r + (f"@{u}" if u else "") for r, u in a.roles),
                 a.employee or "", "" if a.active else "đã khóa") for a in rows],
               ["Tài khoản", "Họ và tên", "Vai trò", "Công chức", "Trạng thái"])
        return
    if not args.name:
        raise UserError(f"Cần tên tài khoản: user {args.action} TÊN")
    if args.action == "add":
        if not args.role:
            raise UserError("Cần vai trò: --role hr|head|employee")
        password = _secret(ENV_NEW_PASSWORD, "Mật khẩu mới: ", confirm=True)
        info = accounts.add_account(db, actor, args.name, password, args.role, args.employee, args.unit)
        print(f"Đã tạo tài khoản {info.username} ({accounts.ROLES[args.role]}).")
    elif args.action == "grant":
        if not args.role:
            raise UserError("Cần vai trò: --role hr|head|employee")
        info = accounts.grant_role(db, actor, args.name, args.role, args.unit, args.employee)
        roles = ", ".join(r + (f"@{u}" if u else "") for r, u in info.roles)
        print(f"Tài khoản {info.username}: {roles}.")
    elif args.action == "disable":
        accounts.disable_account(db, actor, args.name)
        print(f"Đã khóa tài khoản {args.name}.")
    else:
        if actor is None:
            raise UserError("Chưa có tài khoản nào.")
        accounts.change_password(db, actor, args.name, _secret(ENV_NEW_PASSWORD, "Mật khẩu mới: ", confirm=True))
        print(f"Đã đổi mật khẩu của {args.name}.")


def parse_score_arg(text: str) -> tuple[str, int | None]:
    """'NLC1=3' → ('NLC1', 3); 'NLC1=' clears the score."""
    name, sep, value = text.rpartition("=")
    if not sep or not name.strip():
        raise UserError(f"Điểm '{text}' không đúng dạng MÃ=điểm (ví dụ NLC1=3).")
    return name.strip(), _score_value(value.strip(), name.strip())


def _score_value(value: object, where: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.isdigit():
        number = int(value)
    else:
        raise UserError(f"Điểm '{value}' của '{where}' không hợp lệ: phải là số nguyên từ 1 đến 5.")
    if not 1 <= number <= 5:
        raise UserError(f"Điểm {number} của '{where}' không hợp lệ: phải là số nguyên từ 1 đến 5.")
    return number


def read_scores_file(path: str) -> dict[str, tuple[object, object]]:
    """Scores from JSON: {"NLC1": 3, ...} or [{"competency": "NLC1", "score": 3, "note": "…"}]."""
    from app.services.assessments import KEEP

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp '{path}'.") from None
    except UnicodeDecodeError:
        raise UserError(f"Tệp '{path}' không phải văn bản UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"Tệp '{path}' không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno}.") from None
    changes: dict[str, tuple[object, object]] = {}
    if isinstance(data, dict):
        for name, value in data.items():
            changes[name] = (_score_value(value, f"{path}: {name}"), KEEP)
    elif isinstance(data, list):
        for n, item in enumerate(data, start=1):
            if not isinstance(item, dict) or "competency" not in item:
                raise UserError(f"Tệp '{path}', mục thứ {n}: cần có trường 'competency'.")
            score = _score_value(item.get("score"), f"{path}: mục {n}") if "score" in item else KEEP
            note = item["note"] if "note" in item else KEEP
            changes[str(item["competency"])] = (score, note)
    else:
        raise UserError(f"Tệp '{path}': cần một đối tượng {{mã: điểm}} hoặc một danh sách các mục.")
    return changes


def cmd_rate(args, db: Database, actor: Actor) -> None:
    from app.services.assessments import KEEP, rate

    changes = read_scores_file(args.from_file) if args.from_file else {}
    for text in args.scores:
        name, score = parse_score_arg(text)
        changes[name] = (score, KEEP)
    if not changes:
        raise UserError("Chưa có điểm nào: ghi MÃ=điểm (ví dụ NLC1=3) hoặc dùng --from TỆP.json.")
    view = rate(db, actor, args.employee, args.position, args.period, args.kind, changes)
    summary = view.report().summary
    print(f"Đã lưu {len(changes)} điểm: {view.employee_name} ({view.employee_code}), {view.position_key}, "
          f"kỳ {view.period}, {'tự đánh giá' if view.kind == 'self' else 'người đánh giá'}.")
    print(f"Kết luận hiện tại: {gap.VERDICT_LABELS[summary.verdict]}.")


def gap_json(view, report: gap.GapReport) -> dict:
    s = report.summary
    return {
        "employee": {"code": view.employee_code, "name": view.employee_name},
        "position": {"key": view.position_key, "name": view.position_name, "grade": view.position_grade},
        "period": view.period,
        "kind": view.kind,
        "status": view.status,
        "items": [
            {"competency": i.name, "code": i.code, "group": i.group, "required_min": i.required_min,
             "required_max": i.required_max, "requirement_text": i.requirement_text, "score": i.score,
             "status": i.status.value, "shortfall": i.shortfall, "surplus": i.surplus}
            for i in report.items
        ],
        "summary": {"within": s.within, "above": s.above, "below": s.below, "not_rated": s.not_rated,
                    "unspecified": s.unspecified, "met_ratio": s.met_ratio, "total_shortfall": s.total_shortfall,
                    "verdict": s.verdict.value},
    }


def cmd_gap(args, db: Database, actor: Actor) -> None:
    from app.services.assessments import find_assessment

    kinds = [args.kind] if args.kind else ["assessor", "self"]
    view = None
    for kind in kinds:
        view = find_assessment(db, actor, args.employee, args.position, args.period, kind)
        if view:
            break
    if view is None:
        raise UserError(f"Công chức {args.employee} chưa có phiếu đánh giá cho vị trí và kỳ này.")
    report = view.report()
    if args.json:
        _print_json(gap_json(view, report))
        return
    s = report.summary
    print(f"{view.employee_name} ({view.employee_code}) — {view.unit_name}")
    print(f"Vị trí: {view.position_key} {view.position_name} (ngạch {view.position_grade})")
    print(f"Kỳ {view.period} · {'Tự đánh giá' if view.kind == 'self' else 'Người đánh giá'}\n")
    _table(
        [(n, i.code, i.name[:60], _required(i), i.score or "", gap.STATUS_LABELS[i.status], i.shortfall or "")
         for n, i in enumerate(report.items, start=1)],
        ["STT", "Mã", "Năng lực", "Yêu cầu", "Điểm", "Trạng thái", "Thiếu"],
    )
    ratio = format_percent(s.met_ratio) if s.met_ratio is not None else "–"
    print(f"\nKết luận: {gap.VERDICT_LABELS[s.verdict]} · đạt {s.met}/{s.numeric} ({ratio}) · "
          f"tổng thiếu hụt {s.total_shortfall}")


def cmd_report(args, db: Database, actor: Actor) -> None:
    import os

    from app.services.assessments import counterpart, find_assessment
    from app.services.staff import agency_name

    view = find_assessment(db, actor, args.employee, args.position, args.period, "assessor")
    view = view or find_assessment(db, actor, args.employee, args.position, args.period, "self")
    if view is None:
        raise UserError(f"Công chức {args.employee} chưa có phiếu đánh giá cho vị trí và kỳ này.")
    other = counterpart(db, actor, view)
    target = Path(args.output)
    if not target.parent.is_dir():
        raise UserError(f"Không có thư mục '{target.parent}' để ghi tệp PDF.")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.printing import ensure_application, write_pdf

    ensure_application()
    write_pdf(view, other, agency_name(db, actor, view.employee_code), target)
    print(f"Đã ghi {target}")


def cmd_export(args, db: Database, actor: Actor) -> None:
    from app.services import staff
    from app.services.assessments import counterpart, find_assessment

    target = _output_path(args.output, ".xlsx")
    if args.what == "gaps":
        from app.excel.gap_summary import write_gap_summary
        from app.services.reporting import person_gaps
        from app.services.assessments import list_periods

        if args.period not in {p.name for p in list_periods(db, actor)}:
            raise UserError(f"Không có kỳ đánh giá '{args.period}'.")
        rows = person_gaps(db, actor, args.period, args.unit, args.position)
        units = staff.list_units(db, actor)
        agency = staff.agency_of(units, args.unit)
        unit_name = next(u.name for u in units if u.code == args.unit) if args.unit else agency
        write_gap_summary(rows, target, agency, unit_name, args.period)
        print(f"Đã ghi {target}: {len(rows)} công chức.")
        return
    from app.excel.person import write_person

    view = find_assessment(db, actor, args.employee, args.position, args.period, "assessor")
    view = view or find_assessment(db, actor, args.employee, args.position, args.period, "self")
    if view is None:
        raise UserError(f"Công chức {args.employee} chưa có phiếu đánh giá cho vị trí và kỳ này.")
    write_person(view, counterpart(db, actor, view), staff.agency_name(db, actor, view.employee_code), target)
    print(f"Đã ghi {target}")


def _required(i: gap.ItemGap) -> str:
    if i.required_min is None:
        return "(văn bản)"
    return f"{i.required_min}–{i.required_max}"


COMMANDS = {
    "where": cmd_where,
    "init": cmd_init,
    "frameworks": cmd_frameworks,
    "positions": cmd_positions,
    "position": cmd_position,
    "demo": cmd_demo,
    "staff": cmd_staff,
    "rate": cmd_rate,
    "gap": cmd_gap,
    "report": cmd_report,
    "export": cmd_export,
    "scores": cmd_scores,
    "period": cmd_period,
    "progress": cmd_progress,
    "readiness": cmd_readiness,
    "framework": cmd_framework,
    "unit": cmd_unit,
    "user": cmd_user,
    **cli_workflow.COMMANDS,
    **cli_audit.COMMANDS,
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


if __name__ == "__main__":
    sys.exit(main())

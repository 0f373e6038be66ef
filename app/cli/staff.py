"""Command line: the sample organisation, staff, units and statutory readiness."""

from __future__ import annotations

from app.actor import Actor
from app.database import Database
from app.errors import UserError
from app.outputs import write_output
from app.cli.output import output_path, print_json, stop_on_problems, table


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
        print_json([{"code": e.code, "name": e.name, "unit": e.unit, "unit_name": e.unit_name,
                      "position": e.position, "grade": e.grade} for e in rows])
        return
    table([(e.code, e.name, e.grade, e.position, e.unit_name) for e in rows],
           ["Mã", "Họ và tên", "Ngạch", "Vị trí", "Đơn vị"])
    print(f"({len(rows)} công chức)")


def _staff_write(args, db: Database, actor: Actor) -> None:
    from app.excel.staff_io import write_staff
    from app.services.catalog import list_positions
    from app.services.grades import grade_catalogue
    from app.services.staff import list_employees, list_units

    if not args.output:
        raise UserError(f"Cần -o TỆP.xlsx cho 'staff {args.action}'.")
    target = output_path(args.output, ".xlsx")
    employees = list_employees(db, actor, unit=args.unit) if args.action == "export" else []
    units, positions, grades = list_units(db, actor), list_positions(db, actor), grade_catalogue(db, actor)
    write_output(target, lambda tmp: write_staff(tmp, employees, units, positions, grades))
    print(f"Đã ghi {target}" + (f": {len(employees)} công chức." if employees else " (tệp mẫu)."))


def _staff_import(args, db: Database, actor: Actor) -> None:
    from app.excel.staff_io import plan_staff_import
    from app.services.catalog import list_positions
    from app.services.grades import grade_catalogue
    from app.services.staff import import_employees, list_employees, list_units

    if not args.file:
        raise UserError("Cần tên tệp: staff import TỆP.xlsx")
    plan = plan_staff_import(args.file, lambda codes: list_employees(db, actor, include_inactive=True, codes=codes),
                             list_units(db, actor),
                             list_positions(db, actor), grade_catalogue(db, actor))
    stop_on_problems(plan.problems)
    print(f"Thêm mới {len(plan.new)}, cập nhật {len(plan.updated)}, không đổi {len(plan.unchanged)} công chức.")
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa ghi gì.")
        return
    import_employees(db, actor, plan.rows)
    print(f"Đã nhập {len(plan.rows)} dòng.")



def cmd_readiness(args, db: Database, actor: Actor) -> None:
    from app.services.staff import get_employee, statutory_readiness

    employee = get_employee(db, actor, args.employee)
    key = args.position or employee.position
    if not key:
        raise UserError(f"Công chức {employee.code} chưa có vị trí việc làm: hãy ghi --position.")
    checks = statutory_readiness(db, actor, employee.code, key)
    if args.json:
        print_json([{"requirement": c.requirement, "actual": c.actual, "met": c.met, "missing": c.missing or None,
                     "source": c.source or None} for c in checks])
        return
    marks = {True: "đạt", False: "chưa đạt", None: "chưa rõ"}
    print(f"{employee.name} ({employee.code}) — vị trí {key}")
    _print_record(employee)
    if not checks:
        print("Vị trí này không có điều kiện về trình độ, chứng chỉ, thâm niên để kiểm tra.")
    for n, c in enumerate(checks, start=1):  # one block per condition: the conditions are whole sentences
        print(f"\n{n}. [{marks[c.met]}] {c.requirement}")
        print(f"   Hồ sơ: {c.actual or '–'}")
        if c.met is None and c.missing:
            print(f"   Cần thêm để kết luận: {c.missing}")



def _print_record(e) -> None:
    """The record's facts readiness reads: political theory, the agency's finding, and the lists."""
    from app import employee_record as er

    theory = " · ".join(x for x in (er.THEORY_LEVELS.get(e.political_theory, e.political_theory),
                                    er.THEORY_KINDS.get(e.political_theory_kind, "")) if x)
    lines = [("Lý luận chính trị", theory), ("Ngành đào tạo phù hợp lĩnh vực", er.YES_NO[e.major_fits_field]),
             ("Bằng cấp", er.list_text(e.degrees, er.degree_text)),
             ("Chứng chỉ", er.list_text(e.certificate_list, er.certificate_text)),
             ("Quá trình giữ ngạch", er.list_text(e.grade_periods, er.period_text)),
             ("Văn bản đã chủ trì, tham gia", er.list_text(e.works, er.work_text))]
    print("Hồ sơ:" + ("" if e.history_complete else " (quá trình công tác chưa xác nhận đã kê khai đủ)"))
    for label, value in lines:
        print(f"   {label}: {value or '–'}")


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

"""Command line: frameworks, positions and framework workbooks."""

from __future__ import annotations

from app.actor import Actor
from app.database import Database
from app.errors import UserError
from app.outputs import write_output
from app.cli.output import output_path, print_json, stop_on_problems, table


def cmd_frameworks(args, db: Database, actor: Actor) -> None:
    from app.services.catalog import list_frameworks

    rows = list_frameworks(db, actor)
    if args.json:
        print_json([{"code": f.code, "title": f.title, "positions": f.positions, "number": f.number,
                      "issuer": f.issuer, "issued_on": f.issued_on.isoformat() if f.issued_on else None}
                     for f in rows])
        return
    table([(f.code, f.number, f.positions, f.title) for f in rows], ["Mã", "Số hiệu", "Số VTVL", "Tên"])


def cmd_positions(args, db: Database, actor: Actor) -> None:
    from app.services.catalog import list_positions

    rows = list_positions(db, actor, args.framework, args.grade, args.search)
    if args.json:
        print_json([{"key": p.key, "framework": p.framework, "number": p.number, "name": p.name,
                      "grade": p.grade, "specialty": p.specialty, "specialty_name": p.specialty_name}
                     for p in rows])
        return
    table([(p.key, p.grade, p.name) for p in rows], ["Mã vị trí", "Ngạch", "Tên vị trí việc làm"])
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
        print_json(position_json(d))
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
    table([(r.code, r.group_name, r.competency, _requirement_label(r), ORIGIN_LABELS[r.origin]) for r in d.requirements],
           ["Mã", "Nhóm", "Năng lực", "Cấp độ yêu cầu", "Nguồn"])


def _requirement_label(r) -> str:  # noqa: N802 - reads as a column
    return r.label if r.min is not None else "(văn bản) " + (r.text or "")



def cmd_framework(args, db: Database, actor: Actor) -> None:
    """framework export CODE -o F | template -o F | import F [--dry-run] [--basis …] | copy CODE NEW_CODE."""
    from app.excel.framework_check import check_framework_file
    from app.excel.framework_io import write_framework, write_template
    from app.services.catalog import framework_data

    if args.action in ("export", "template"):
        if not args.output:
            raise UserError(f"Cần -o TỆP.xlsx cho 'framework {args.action}'.")
        grades = _grades(db, actor)
        if args.action == "template":
            target = write_output(output_path(args.output, ".xlsx"), lambda tmp: write_template(tmp, grades))
            print(f"Đã ghi {target}: tệp mẫu khung năng lực (đọc trang 'Hướng dẫn' trước khi điền).")
            return
        if not args.target:
            raise UserError("Cần mã khung: framework export MÃ -o TỆP.xlsx.")
        data = framework_data(db, actor, args.target)
        target = write_output(output_path(args.output, ".xlsx"), lambda tmp: write_framework(data, tmp, grades))
        print(f"Đã ghi {target}: {len(data['positions'])} vị trí.")
        return
    if args.action == "copy":
        from app.services.frameworks import copy_framework

        if not args.target or not args.new_code:
            raise UserError("Cần mã khung và mã mới: framework copy MÃ MÃ_MỚI [--title \"Tên\"].")
        code = copy_framework(db, actor, args.target, args.new_code, args.title)
        print(f"Đã chép khung {args.target} thành khung {code}; hãy sửa khung {code} (khung gốc giữ nguyên).")
        return
    if not args.target:
        raise UserError("Cần tệp: framework import TỆP.xlsx [--dry-run] [--basis \"Quyết định … ngày …\"].")
    check = check_framework_file(db, actor, args.target, args.basis or "")
    stop_on_problems(check.problems)
    data, diff = check.data, check.diff
    print(f"Khung {data['code']}: {len(data['competencies'])} năng lực, {len(data['positions'])} vị trí việc làm.")
    for line in diff.lines():
        print(line)
    if args.dry_run:
        print("Chạy thử (--dry-run): chưa ghi gì.")
        return
    from app.excel.framework_check import located
    from app.framework_rules import FrameworkRejected
    from app.services.frameworks import save_framework

    try:
        outcome = save_framework(db, actor, data, args.basis or "")
    except FrameworkRejected as exc:  # changed in the database since the check: the same lines, then stop
        stop_on_problems(located(args.target, data, exc))
        raise
    print({"added": "Đã thêm khung mới.", "revised": "Đã sửa đổi khung (giữ nguyên vị trí của công chức và các phiếu "
                                                      "đã lập).",
           "unchanged": "Khung không có gì thay đổi; không ghi gì."}[outcome])


def _grades(db: Database, actor: Actor) -> dict[str, str]:
    from app.services.grades import grade_catalogue

    return {g.code: g.name for g in grade_catalogue(db, actor)}

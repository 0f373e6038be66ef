"""Command line: periods, scores, gaps, printed forms and Excel exports."""

from __future__ import annotations

import json
from pathlib import Path

from app import gap
from app.actor import Actor
from app.database import Database
from app.errors import UserError
from app.outputs import write_output
from app.cli.output import output_path, print_json, stop_on_problems, table
from app.vntext import format_percent


def cmd_scores(args, db: Database, actor: Actor) -> None:
    from app.excel import scores_io
    from app.services.assessments import import_scores, scores_import_context

    if args.action == "template":
        if not args.output:
            raise UserError("Cần -o TỆP.xlsx cho 'scores template'.")
        print(f"Đã ghi {write_output(output_path(args.output, '.xlsx'), scores_io.write_template)} (tệp mẫu).")
        return
    if not args.file:
        raise UserError("Cần tên tệp: scores import TỆP.xlsx")
    plan = scores_io.plan_scores_import(args.file, scores_import_context(db, actor))
    stop_on_problems(plan.problems)
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
        table([(p.name, svc.PERIOD_STATUS_LABELS[p.status].lower(), format_date(p.starts_on),
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
        print_json([{"code": r.employee_code, "name": r.name, "unit": r.unit_name, "position": r.position_key,
                      "self": r.self_status, "assessor": r.assessor_status} for r in rows])
        return
    table([(r.employee_code, r.name, PROGRESS_LABELS[r.self_status], PROGRESS_LABELS[r.assessor_status], r.unit_name)
            for r in rows], ["Mã", "Họ và tên", "Tự đánh giá", "Người đánh giá", "Đơn vị"])
    done = sum(1 for r in rows if r.assessor_status == "approved")
    print(f"({len(rows)} công chức; {done} đã phê duyệt)")



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
    elif isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 7:  # not "²", "３"
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
    except IsADirectoryError:
        raise UserError(f"'{path}' là một thư mục, không phải tệp JSON.") from None
    except OSError as exc:
        raise UserError(f"Không đọc được tệp '{path}' ({exc.strerror or 'lỗi đọc đĩa'}).") from None
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
    from app.services.person_forms import form_label

    view = rate(db, actor, args.employee, args.position, args.period, args.kind, changes)
    summary = view.report().summary
    print(f"Đã lưu {len(changes)} điểm: {view.employee_name} ({view.employee_code}), phiếu "
          f"{'tự đánh giá' if view.kind == 'self' else 'người đánh giá'} kỳ {view.period}, vị trí {form_label(view)}.")
    print(f"Kết luận hiện tại: {gap.VERDICT_LABELS[summary.verdict]}.")


def gap_json(view, report: gap.GapReport) -> dict:
    s = report.summary
    origin = {r.competency_code: r.origin for r in view.ratings}  # frozen on the form when it was made
    return {
        "employee": {"code": view.employee_code, "name": view.employee_name},
        "position": {"key": view.position_key, "name": view.position_name, "grade": view.position_grade},
        "period": view.period,
        "kind": view.kind,
        "status": view.status,
        "items": [
            {"competency": i.name, "code": i.code, "group": i.group, "required_min": i.required_min,
             "required_max": i.required_max, "requirement_text": i.requirement_text, "score": i.score,
             "requirement_origin": origin.get(i.code, "document"),
             "status": i.status.value, "shortfall": i.shortfall, "surplus": i.surplus}
            for i in report.items
        ],
        "summary": {"within": s.within, "above": s.above, "below": s.below, "not_rated": s.not_rated,
                    "unspecified": s.unspecified, "met_ratio": s.met_ratio, "total_shortfall": s.total_shortfall,
                    "verdict": s.verdict.value},
    }


def _chosen(args, db: Database, actor: Actor, kind: str | None = None):
    """The form the command means (app.services.person_forms) and, when others exist, the line that says which
    one it is and how to name the others (printed with the command's own output; stderr is for errors only)."""
    from app.services.person_forms import choose_form

    choice = choose_form(db, actor, args.employee, args.position, args.period, kind)
    return choice.view, choice.note


def cmd_gap(args, db: Database, actor: Actor) -> None:
    from app.services.person_forms import form_label

    # without --kind: the assessor's form when the actor may read it, else the self-assessment
    view, note = _chosen(args, db, actor, args.kind or None)
    report = view.report()
    if args.json:
        print_json({**gap_json(view, report), "note": note or None})
        return
    if note:
        print(note + "\n")
    s = report.summary
    print(f"{view.employee_name} ({view.employee_code}) — {view.unit_name}")
    print(f"Vị trí: {form_label(view)}, ngạch {view.position_grade}")
    print(f"Kỳ {view.period} · {'Tự đánh giá' if view.kind == 'self' else 'Người đánh giá'}\n")
    defaults = {r.competency_code for r in view.ratings if r.origin == "grade_default"}
    table(
        [(n, i.code, i.name[:60], _required(i) + (" *" if i.code in defaults else ""), i.score or "",
          gap.STATUS_LABELS[i.status], i.shortfall or "")
         for n, i in enumerate(report.items, start=1)],
        ["STT", "Mã", "Năng lực", "Yêu cầu", "Điểm", "Trạng thái", "Thiếu"],
    )
    if defaults:
        from app.services.catalog import GRADE_DEFAULT_NOTE

        print(f"\n* {GRADE_DEFAULT_NOTE}")
    ratio = format_percent(s.met_ratio) if s.met_ratio is not None else "–"
    print(f"\nKết luận: {gap.VERDICT_LABELS[s.verdict]} · đạt {s.met}/{s.numeric} ({ratio}) · "
          f"tổng thiếu hụt {s.total_shortfall}")


def cmd_report(args, db: Database, actor: Actor) -> None:
    import os

    from app.services.assessments import counterpart
    from app.services.staff import agency_name

    view, note = _chosen(args, db, actor)  # the form to show
    other = counterpart(db, actor, view)
    target = Path(args.output)
    if not target.parent.is_dir():
        raise UserError(f"Không có thư mục '{target.parent}' để ghi tệp PDF.")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.printing import ensure_application, write_pdf

    ensure_application()
    agency = agency_name(db, actor, view.employee_code)
    from app.services.grades import grade_catalogue

    grades = grade_catalogue(db, actor)
    write_output(target, lambda tmp: write_pdf(view, other, agency, tmp, grades=grades))
    print(f"Đã ghi {target}: {view.employee_name} ({view.employee_code}), vị trí {_short_label(view)}.")
    if note:
        print(note)


def _short_label(view) -> str:
    from app.services.person_forms import form_label

    return form_label(view)


def cmd_export(args, db: Database, actor: Actor) -> None:
    from app.services import staff
    from app.services.assessments import counterpart

    target = output_path(args.output, ".xlsx")
    if args.what == "gaps":
        from app.excel.gap_summary import export_gap_summary
        from app.services.reporting import people_count, readiness_rows, report_scope
        from app.services.assessments import list_periods

        if args.period not in {p.name for p in list_periods(db, actor)}:
            raise UserError(f"Không có kỳ đánh giá '{args.period}'.")
        scope = report_scope(db, actor, args.period, args.unit, args.position)  # each person once, own position
        ready = readiness_rows(db, actor, args.period, args.unit, args.position)
        units = staff.list_units(db, actor)
        agency = staff.agency_of(units, args.unit)
        unit_name = next(u.name for u in units if u.code == args.unit) if args.unit else agency
        written = []  # streamed from the database a few units at a time
        write_output(target, lambda tmp: written.append(export_gap_summary(db, scope, tmp, agency, unit_name,
                                                                           readiness=ready)))
        extra = (f"; {len(ready)} phiếu sẵn sàng cho vị trí khác ({people_count([r.person for r in ready])} người)"
                 if ready else "")
        print(f"Đã ghi {target}: {written[0].people} công chức được đánh giá theo vị trí hiện tại{extra}.")
        return
    from app.excel.person import write_person

    view, note = _chosen(args, db, actor)  # the form to show
    other, agency = counterpart(db, actor, view), staff.agency_name(db, actor, view.employee_code)
    from app.services.grades import grade_catalogue

    grades = grade_catalogue(db, actor)
    write_output(target, lambda tmp: write_person(view, other, agency, tmp, grades=grades))
    print(f"Đã ghi {target}: {view.employee_name} ({view.employee_code}), vị trí {_short_label(view)}.")
    if note:
        print(note)


def _required(i: gap.ItemGap) -> str:
    if i.required_min is None:
        return "(văn bản)"
    return f"{i.required_min}–{i.required_max}"

"""The staff list in Excel: the template HR fills, its validation, and export in the same layout."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

from app import employee_record as er
from app.excel.layout import BORDER, HEADER_FILL, font, new_workbook, printable, put_text
from app.excel.reading import MAX_CELL_CHARS, Problem, WorkbookError, number_text, open_workbook
from app.grades import GradeCatalogue
from app.services.catalog import PositionSummary
from app.services.staff import RECORD_LISTS, EmployeeInfo, EmployeeInput, UnitInfo, employee_input
from app.vntext import check_text, clean, clean_code, code_key, format_date, parse_date

SHEET = "Danh sách công chức"
GUIDE = "Hướng dẫn"
COLUMNS = [
    ("code", "Mã công chức", 14),
    ("name", "Họ và tên", 28),
    ("birth_date", "Ngày sinh", 12),
    ("gender", "Giới tính", 9),
    ("unit", "Đơn vị", 16),
    ("position", "Vị trí việc làm", 20),
    ("grade", "Ngạch", 8),
    ("grade_since", "Ngày giữ ngạch", 14),
    ("education", "Trình độ đào tạo", 28),
    ("certificates", "Chứng chỉ", 36),
    # the record for statutory readiness (optional columns: a workbook without them leaves what is stored)
    ("political_theory", "Lý luận chính trị", 12),
    ("political_theory_kind", "Loại bằng LLCT", 22),
    ("major_fits_field", "Ngành đào tạo phù hợp lĩnh vực", 14),
    ("history_complete", "Đã kê khai đủ quá trình công tác", 14),
]
REQUIRED = {"code", "name", "unit"}
CODE_TITLE = "Mã công chức"
# the record's lists, one sheet each, a row per item keyed by the employee code: (list, [(key, title, width)])
LIST_SHEETS = {
    "Bằng cấp": ("degrees", [("level", "Trình độ", 12), ("major", "Ngành, chuyên ngành", 30),
                             ("institution", "Cơ sở đào tạo", 30), ("year", "Năm tốt nghiệp", 10)]),
    "Quá trình giữ ngạch": ("grade_periods", [("grade", "Ngạch, hạng", 12), ("starts_on", "Từ ngày", 12),
                                              ("ends_on", "Đến ngày", 12)]),
    "Văn bản đã chủ trì, tham gia": ("works", [
        ("title", "Tên văn bản, đề án", 40), ("role", "Vai trò", 10), ("kind", "Loại", 22), ("level", "Cấp", 14),
        ("adopted", "Đã ban hành, nghiệm thu", 12), ("agency_led", "Cơ quan được giao chủ trì", 12),
        ("done_on", "Ngày ban hành, nghiệm thu", 12)]),
    "Chứng chỉ": ("certificate_list", [("kind", "Loại chứng chỉ", 18), ("name", "Tên chứng chỉ", 30),
                                       ("level", "Ngạch, trình độ", 16), ("issued_on", "Ngày cấp", 12)]),
}
LIST_DATES = {"starts_on", "ends_on", "done_on", "issued_on"}
LIST_CHOICES = {("degrees", "level"): er.DEGREE_LEVELS, ("works", "role"): er.ROLES,
                ("works", "kind"): er.WORK_KIND_LABELS, ("works", "level"): er.WORK_LEVELS,
                ("works", "adopted"): er.YES_NO, ("works", "agency_led"): er.YES_NO,
                ("certificate_list", "kind"): er.CERTIFICATE_KINDS}
DATE_FIELDS = {"birth_date", "grade_since"}
GENDERS = {"": "", "nam": "Nam", "nữ": "Nữ", "nu": "Nữ"}


def write_staff(path: str | Path, employees: list[EmployeeInfo], units: list[UnitInfo],
                positions: list[PositionSummary], grades: GradeCatalogue | None = None) -> Path:
    """The template (no employees) or an export of the staff list, in the same importable layout."""
    grades = grades or GradeCatalogue.builtin()
    wb = new_workbook()
    ws = wb.active
    ws.title = SHEET
    for column, (_key, title, width) in enumerate(COLUMNS, start=1):
        put_text(ws, 1, column, title, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER,
                 alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
        ws.column_dimensions[ws.cell(1, column).column_letter].width = width
    for row, e in enumerate(employees, start=2):
        values = [e.code, e.name, e.birth_date, e.gender, e.unit, e.position or "", e.grade or "", e.grade_since,
                  e.education, e.certificates, er.THEORY_LEVELS.get(e.political_theory, e.political_theory),
                  er.THEORY_KINDS.get(e.political_theory_kind, ""), er.YES_NO[e.major_fits_field],
                  "Có" if e.history_complete else ""]
        for column, value in enumerate(values, start=1):
            put_text(ws, row, column, value, font=font(11))
            if isinstance(value, dt.date):
                ws.cell(row, column).number_format = "DD/MM/YYYY"
    ws.freeze_panes = "A2"
    last = max(len(employees) + 1, 500)
    gender = DataValidation(type="list", formula1='"Nam,Nữ"', allow_blank=True)
    # the catalogue's codes, listed on the guide sheet (a list typed into the rule holds 255 characters at most);
    # a name typed instead of a code is accepted too, so the list only helps
    grade = DataValidation(type="list", formula1=f"'{GUIDE}'!$E$8:$E${7 + max(1, len(grades))}", allow_blank=True,
                           showErrorMessage=False)
    ws.add_data_validation(gender)
    ws.add_data_validation(grade)
    gender.add(f"D2:D{last}")
    grade.add(f"G2:G{last}")
    for column in (3, 8):
        for row in range(len(employees) + 2, last + 1):
            ws.cell(row, column).number_format = "DD/MM/YYYY"

    yes_no = DataValidation(type="list", formula1='"Có,Không"', allow_blank=True)
    theory = DataValidation(type="list", formula1='"Sơ cấp,Trung cấp,Cao cấp"', allow_blank=True)
    kinds = DataValidation(type="list", formula1='"' + ",".join(v for v in er.THEORY_KINDS.values() if v) + '"',
                           allow_blank=True)
    for rule, cells in ((theory, f"K2:K{last}"), (kinds, f"L2:L{last}"), (yes_no, f"M2:N{last}")):
        ws.add_data_validation(rule)
        rule.add(cells)
    _write_lists(wb, employees, last)

    guide = wb.create_sheet(GUIDE)
    lines = [
        "Mỗi dòng một công chức. Mã công chức, Họ và tên, Đơn vị là bắt buộc.",
        ("Ngày ghi dạng dd/mm/yyyy. Ngạch: mã hoặc tên một ngạch, hạng ở bảng bên phải (để trống thì lấy theo "
         "vị trí việc làm)."),
        "Đơn vị ghi mã đơn vị; Vị trí việc làm ghi mã vị trí (ví dụ btttt-09-2023:42) — xem hai bảng dưới.",
        ("Nhập lại tệp: công chức đã có (theo mã) được cập nhật, chưa có thì được thêm. Trang Bằng cấp, Quá trình giữ "
         "ngạch, Văn bản đã chủ trì, tham gia, Chứng chỉ: mỗi dòng một mục, ghi Mã công chức; có trang nào thì danh "
         "sách ấy của mọi công chức trong tệp được thay bằng các dòng của trang, không có trang thì giữ nguyên."),
        "",
        "Mã đơn vị", "Tên đơn vị",
    ]
    for row, text in enumerate(lines[:5], start=1):
        put_text(guide, row, 1, text, font=font(11))
    put_text(guide, 7, 1, "Mã đơn vị", font=font(11, bold=True))
    put_text(guide, 7, 2, "Tên đơn vị", font=font(11, bold=True))
    for row, u in enumerate(units, start=8):
        put_text(guide, row, 1, u.code, font=font(11))
        put_text(guide, row, 2, "    " * u.depth + u.name, font=font(11))
    start = 9 + len(units)
    put_text(guide, start, 1, "Mã vị trí", font=font(11, bold=True))
    put_text(guide, start, 2, "Tên vị trí việc làm", font=font(11, bold=True))
    put_text(guide, start, 3, "Ngạch", font=font(11, bold=True))
    for row, p in enumerate(positions, start=start + 1):
        put_text(guide, row, 1, p.key, font=font(11))
        put_text(guide, row, 2, p.name, font=font(11))
        put_text(guide, row, 3, p.grade, font=font(11))
    put_text(guide, 7, 5, "Mã ngạch, hạng", font=font(11, bold=True))
    put_text(guide, 7, 6, "Tên", font=font(11, bold=True))
    put_text(guide, 7, 7, "Loại", font=font(11, bold=True))
    for row, g in enumerate(grades, start=8):
        put_text(guide, row, 5, g.code, font=font(11))
        put_text(guide, row, 6, g.name, font=font(11))
        put_text(guide, row, 7, g.kind_label, font=font(11))
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 90
    guide.column_dimensions["E"].width = 14
    guide.column_dimensions["F"].width = 40
    guide.column_dimensions["G"].width = 26
    printable(wb)
    path = Path(path)
    wb.save(path)
    return path


def _list_values(name: str, item) -> list:
    if name == "degrees":
        return [er.DEGREE_LEVELS[item.level], item.major, item.institution, item.year]
    if name == "grade_periods":
        return [item.grade, item.starts_on, item.ends_on]
    if name == "works":
        return [item.title, er.ROLES[item.role], er.WORK_KIND_LABELS[item.kind], er.WORK_LEVELS[item.level],
                er.YES_NO[item.adopted], er.YES_NO[item.agency_led], item.done_on]
    return [er.CERTIFICATE_KINDS[item.kind], item.name, item.level, item.issued_on]


def _write_lists(wb, employees: list[EmployeeInfo], last: int) -> None:
    """One sheet per list of the record, every item on a row with its employee's code."""
    for title, (name, columns) in LIST_SHEETS.items():
        ws = wb.create_sheet(title)
        for column, (_key, header, width) in enumerate([("code", CODE_TITLE, 14), *columns], start=1):
            put_text(ws, 1, column, header, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER,
                     alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
            ws.column_dimensions[ws.cell(1, column).column_letter].width = width
        row = 2
        for e in employees:
            for item in getattr(e, name):
                for column, value in enumerate([e.code, *_list_values(name, item)], start=1):
                    put_text(ws, row, column, value, font=font(11))
                    if isinstance(value, dt.date):
                        ws.cell(row, column).number_format = "DD/MM/YYYY"
                row += 1
        end = max(last, row)
        for column, (key, _header, _width) in enumerate(columns, start=2):
            letter = ws.cell(1, column).column_letter
            if labels := LIST_CHOICES.get((name, key)):
                rule = DataValidation(type="list", formula1='"' + ",".join(v for v in labels.values() if v) + '"',
                                      allow_blank=True)
                ws.add_data_validation(rule)
                rule.add(f"{letter}2:{letter}{end}")
            if key in LIST_DATES:
                for r in range(row, end + 1):
                    ws.cell(r, column).number_format = "DD/MM/YYYY"
        ws.freeze_panes = "B2"


@dataclass
class StaffPlan:
    """What an import would do: rows to write, and every problem found (nothing is written if any)."""

    rows: list[EmployeeInput] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


CODE_FIELDS = {"code", "unit", "position"}  # cleaned with clean_code and matched with case ignored


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return number_text(value)
    return clean(str(value))


def _file_codes(rows, column: int | None) -> set[str]:
    """The employee codes of the code column as clean_code reads them (unreadable ones are refused later)."""
    codes = set()
    for raw in rows if column is not None else ():
        value = raw[column] if column < len(raw) else None
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            continue
        try:
            code = clean_code(value)
        except ValueError:
            continue
        if code:
            codes.add(code)
    return codes


def plan_staff_import(path: str | Path, existing, units: list[UnitInfo],
                      positions: list[PositionSummary], grades: GradeCatalogue | None = None) -> StaffPlan:
    """Validate the whole file; list every problem with sheet, row and column; compare with the database.

    existing: the employees to compare with (list of EmployeeInfo), or a function of the file's codes
    giving those employees only (staff.list_employees(..., codes=...)): an agency is not read whole.
    A grade is a catalogue grade given by code or by name (case and accents ignored)."""
    label = Path(path).name
    grades = grades or GradeCatalogue.builtin()
    plan = StaffPlan()
    try:
        sheets = open_workbook(path, [SHEET, *LIST_SHEETS])
    except WorkbookError as exc:
        plan.problems.append(exc.problem)
        return plan
    sheet = sheets.get(SHEET)
    if sheet is None:
        plan.problems.append(Problem(label, None, None, None, None,
                                     f"không có trang '{SHEET}' (hãy dùng tệp mẫu của chương trình)."))
        return plan

    def problem(row, column, message):
        header = COLUMNS[column - 1][1] if column and column <= len(COLUMNS) else None
        plan.problems.append(Problem(label, SHEET, row, column, header, message))

    if not sheet.rows or not any(_cell_text(v) for v in sheet.rows[0]):
        problem(1, None, "không có dòng tiêu đề; hãy dùng tệp mẫu của chương trình.")
        return plan
    headers = [_cell_text(v) for v in sheet.rows[0]]
    columns: dict[str, int] = {}
    for key, title, _width in COLUMNS:
        if title in headers:
            columns[key] = headers.index(title)
        elif key in REQUIRED:
            problem(1, None, f"thiếu cột '{title}' (tiêu đề phải đúng như tệp mẫu).")
    for n, title in enumerate(headers, start=1):
        if title and title not in {t for _k, t, _w in COLUMNS}:
            problem(1, n, f"cột '{title}' không có trong tệp mẫu.")
    if plan.problems:
        return plan
    lists, listed = _read_lists(sheets, label, grades, plan.problems)
    titles = {index + 1: title for title, index in ((COLUMNS[[k for k, _t, _w in COLUMNS].index(key)][1], i)
                                                      for key, i in columns.items())}
    plan.problems.extend(replace(p, header=titles.get(p.column)) if p.column in titles else p for p in sheet.problems)
    for ref in sheet.merged:
        problem(None, None, f"có ô gộp {ref}; hãy bỏ gộp ô trước khi nhập.")
    for (row, column), ref in sorted(sheet.formulas.items()):
        if row > 1:
            problem(row, column, f"ô {ref} chứa công thức; hãy dán giá trị (Paste Values) thay cho công thức.")

    unit_codes = {code_key(u.code): u.code for u in units}
    unit_by_name = {clean(u.name).casefold(): u.code for u in units}
    position_keys = {code_key(p.key): p.key for p in positions}
    if callable(existing):
        existing = existing(_file_codes(sheet.rows[1:], columns.get("code")))
    current = {code_key(e.code): e for e in existing}
    seen: dict[str, int] = {}
    for index, raw in enumerate(sheet.rows[1:], start=2):
        if index in sheet.bad_rows or not any(_cell_text(v) for v in raw):
            continue
        values: dict[str, object] = {}
        failed: set[str] = set()
        bad = False
        for key, title, _width in COLUMNS:
            if key not in columns:
                values[key] = None
                continue
            column = columns[key] + 1
            cell = raw[columns[key]] if columns[key] < len(raw) else None
            text = _cell_text(cell)
            if key in CODE_FIELDS and not (key == "unit" and isinstance(cell, str) and " " in clean(cell)):
                try:
                    text = clean_code(cell)
                except ValueError as exc:
                    problem(index, column, f"{exc}.")
                    bad = True
                    failed.add(key)
                    continue
            if len(text) > MAX_CELL_CHARS:
                problem(index, column, f"nội dung dài {len(text):,} ký tự, quá giới hạn {MAX_CELL_CHARS:,}."
                        .replace(",", "."))
                bad = True
                failed.add(key)
                continue
            try:
                text = check_text(text)
            except ValueError as exc:
                problem(index, column, f"{exc}.")
                bad = True
                failed.add(key)
                continue
            if key in DATE_FIELDS:
                if isinstance(cell, dt.datetime):
                    values[key] = cell.date()
                elif isinstance(cell, dt.date):
                    values[key] = cell
                elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    problem(index, column, f"'{text}' không phải ngày; hãy ghi dạng dd/mm/yyyy.")
                    bad = True
                else:
                    try:
                        values[key] = parse_date(text)
                    except ValueError as exc:
                        problem(index, column, f"{exc}.")
                        bad = True
                continue
            values[key] = text
        code = values.get("code") or ""
        for key in REQUIRED:
            if key in columns and not values.get(key) and key not in failed:
                problem(index, columns[key] + 1, "không được để trống.")
                bad = True
        if code and len(code) > 32:
            problem(index, columns["code"] + 1, f"mã '{code[:40]}…' dài {len(code)} ký tự, quá 32 ký tự.")
            bad = True
        if code_key(code) in seen:
            problem(index, columns["code"] + 1,
                    f"mã '{code}' trùng với dòng {seen[code_key(code)]} (mã không phân biệt chữ hoa, chữ thường): "
                    "hãy xóa một trong hai dòng.")
            bad = True
        elif code:
            seen[code_key(code)] = index
            for keys in listed.values():
                keys.pop(code_key(code), None)
            if code_key(code) in current:
                code = current[code_key(code)].code  # the stored spelling: 'mau0001' updates MAU0001
        unit = values.get("unit") or ""
        if unit:
            if code_key(unit) in unit_codes:
                values["unit"] = unit_codes[code_key(unit)]
            elif clean(unit).casefold() in unit_by_name:
                values["unit"] = unit_by_name[clean(unit).casefold()]
            else:
                problem(index, columns["unit"] + 1, f"đơn vị '{unit}' không có (ghi mã đơn vị, xem trang '{GUIDE}').")
                bad = True
        position = values.get("position") or ""
        if position:
            if code_key(position) in position_keys:
                position = position_keys[code_key(position)]
            else:
                problem(index, columns["position"] + 1,
                        f"vị trí '{position}' không có (ghi mã vị trí như btttt-09-2023:42, xem trang '{GUIDE}').")
                bad = True
        grade = values.get("grade") or ""
        if grade:
            found = grades.find(grade)
            if found is None:
                problem(index, columns["grade"] + 1, f"ngạch, hạng '{grade[:40]}' không có; hãy ghi "
                        f"{grades.allowed_text()} (xem trang '{GUIDE}').")
                bad = True
            else:
                grade = found.code
        gender = (values.get("gender") or "").lower()
        if gender not in GENDERS:
            problem(index, columns["gender"] + 1, f"giới tính '{values['gender']}' phải là Nam hoặc Nữ.")
            bad = True
        birth, since = values.get("birth_date"), values.get("grade_since")
        if birth and not dt.date(1900, 1, 1) < birth < dt.date.today():
            problem(index, columns["birth_date"] + 1, f"ngày sinh {format_date(birth)} không hợp lệ.")
            bad = True
        if since and since < dt.date(1900, 1, 1):
            problem(index, columns["grade_since"] + 1, f"ngày giữ ngạch {format_date(since)} không hợp lệ.")
            bad = True
        if since and since > dt.date.today():
            problem(index, columns["grade_since"] + 1, f"ngày giữ ngạch {format_date(since)} sau ngày hôm nay.")
            bad = True
        if bad:
            continue
        record = {}
        for key, read in (("political_theory", er.theory_level),
                          ("political_theory_kind", lambda v: er.choice(v, er.THEORY_KINDS, "loại bằng")),
                          ("major_fits_field", lambda v: er.YES_NO[er.yes_no(v, "giá trị")]),
                          ("history_complete", lambda v: bool(er.yes_no(v, "giá trị")))):
            if key in columns and key not in failed:
                try:
                    record[key] = read(values.get(key) or "")
                except ValueError as exc:
                    problem(index, columns[key] + 1, f"{exc}.")
                    bad = True
        if bad:
            continue
        row = EmployeeInput(
            code=code, name=values["name"], unit=values["unit"], position=position or None,
            grade=grade or None, grade_since=since, birth_date=birth, gender=GENDERS[gender],
            education=values.get("education") or "", certificates=values.get("certificates") or "", **record,
            **{name: lists[name].get(code_key(code), []) for name in lists},
        )
        if code_key(code) in current:
            before = employee_input(current[code_key(code)])
            row = _keeping(row, before)
            if row.grade is None:
                row.grade = before.grade if position == (before.position or "") else None
            (plan.unchanged if before == row else plan.updated).append(code)
        else:
            plan.new.append(code)
        plan.rows.append(row)
    if not plan.rows and not plan.problems:
        problem(None, None, "không có dòng dữ liệu nào dưới dòng tiêu đề.")
    for title, keys in listed.items():
        for key, rows in keys.items():
            if key not in seen:
                plan.problems.append(Problem(label, title, rows[0], 1, CODE_TITLE,
                                             f"mã '{rows[1]}' không có ở trang '{SHEET}'."))
    return plan


def _keeping(row: EmployeeInput, before: EmployeeInput) -> EmployeeInput:
    """The row with what the workbook leaves (None) taken from the record, to compare and to write."""
    kept = {name: getattr(before, name) for name in ("political_theory", "political_theory_kind", "major_fits_field",
                                                      "history_complete", *RECORD_LISTS) if getattr(row, name) is None}
    return replace(row, **kept)


def _read_lists(sheets: dict, label: str, grades: GradeCatalogue, problems: list[Problem]
                ) -> tuple[dict[str, dict[str, list]], dict[str, dict[str, tuple[int, str]]]]:
    """The list sheets present: {list: {code key: items}}, and {sheet: {code key: (first row, code)}}; every cell
    checked, every problem with sheet, row and column."""
    lists: dict[str, dict[str, list]] = {}
    where: dict[str, dict[str, tuple[int, str]]] = {}
    for title, (name, spec) in LIST_SHEETS.items():
        sheet = sheets.get(title)
        if sheet is None:
            continue
        columns = [("code", CODE_TITLE, 14), *spec]

        def problem(row, column, message, title=title, columns=columns):
            header = columns[column - 1][1] if column and column <= len(columns) else None
            problems.append(Problem(label, title, row, column, header, message))

        lists[name], where[title] = {}, {}
        headers = [_cell_text(v) for v in sheet.rows[0]] if sheet.rows else []
        wanted = [t for _k, t, _w in columns]
        if headers[:len(wanted)] != wanted or any(headers[len(wanted):]):
            problem(1, None, f"tiêu đề phải là {', '.join(wanted)} (như tệp mẫu).")
            continue
        problems.extend(replace(p, header=wanted[p.column - 1] if p.column and p.column <= len(wanted) else None)
                        for p in sheet.problems)
        for ref in sheet.merged:
            problem(None, None, f"có ô gộp {ref}; hãy bỏ gộp ô trước khi nhập.")
        for (row, column), ref in sorted(sheet.formulas.items()):
            if row > 1:
                problem(row, column, f"ô {ref} chứa công thức; hãy dán giá trị (Paste Values) thay cho công thức.")
        for index, raw in enumerate(sheet.rows[1:], start=2):
            if index in sheet.bad_rows or not any(_cell_text(v) for v in raw):
                continue
            values, bad = {}, False
            for n, (key, _title, _width) in enumerate(columns):
                cell = raw[n] if n < len(raw) else None
                try:
                    values[key] = _list_cell(name, key, cell, grades)
                except ValueError as exc:
                    problem(index, n + 1, f"{exc}.")
                    bad = True
            if bad:
                continue
            if not values["code"]:
                problem(index, 1, "không được để trống.")
                continue
            try:
                item = _list_item(name, values)
            except ValueError as exc:
                problem(index, None, f"{exc}.")
                continue
            lists[name].setdefault(code_key(values["code"]), []).append(item)
            where[title].setdefault(code_key(values["code"]), (index, values["code"]))
    return lists, where


def _list_cell(name: str, key: str, cell, grades: GradeCatalogue):
    """One cell of a list sheet, checked; ValueError with the message."""
    if key == "code":
        return clean_code(cell)
    text = _cell_text(cell)
    if len(text) > MAX_CELL_CHARS:
        raise ValueError(f"nội dung dài {len(text):,} ký tự, quá giới hạn {MAX_CELL_CHARS:,}".replace(",", "."))
    text = check_text(text)
    if key in LIST_DATES:
        if isinstance(cell, dt.datetime):
            return cell.date()
        if isinstance(cell, dt.date):
            return cell
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            raise ValueError(f"'{text}' không phải ngày; hãy ghi dạng dd/mm/yyyy")
        day = parse_date(text)
        if day and not dt.date(1900, 1, 1) < day <= dt.date.today():
            raise ValueError(f"ngày {format_date(day)} không hợp lệ (trước 1900 hoặc sau hôm nay)")
        return day
    if (name, key) == ("degrees", "level"):
        return er.degree_level(text) if text else ""
    if key == "year":
        return er.year(cell if isinstance(cell, (int, float)) and not isinstance(cell, bool) else text)
    if key == "grade":
        found = grades.find(text) if text else None
        if text and found is None:
            raise ValueError(f"ngạch, hạng '{text[:40]}' không có; hãy ghi {grades.allowed_text()} (xem trang '{GUIDE}')")
        return found.code if found else ""
    if key in ("adopted", "agency_led"):
        return er.yes_no(text, "giá trị")
    if labels := LIST_CHOICES.get((name, key)):
        return er.choice(text, labels, {"role": "vai trò", "kind": "loại", "level": "cấp"}.get(key, key)) if text else ""
    most = er.LEVEL_MAX if (name, key) == ("certificate_list", "level") else 10_000 if key == "title" else er.NAME_MAX
    return er.limited(text, "nội dung", most)


def _list_item(name: str, v: dict):
    """A row of a list sheet as an item; ValueError naming the empty required cell."""
    def need(key: str, what: str):
        if v[key] in ("", None):
            raise ValueError(f"thiếu {what}")
        return v[key]

    if name == "degrees":
        return er.Degree(need("level", "trình độ"), v["major"], v["institution"], v["year"])
    if name == "grade_periods":
        starts = need("starts_on", "ngày bắt đầu (Từ ngày)")
        if v["ends_on"] and v["ends_on"] < starts:
            raise ValueError("Đến ngày trước Từ ngày")
        return er.GradePeriod(need("grade", "ngạch, hạng"), starts, v["ends_on"])
    if name == "works":
        return er.WorkItem(need("role", "vai trò"), need("kind", "loại"), v["level"], v["adopted"], v["agency_led"],
                           v["done_on"], v["title"])
    return er.CertificateItem(need("kind", "loại chứng chỉ"), v["name"], v["level"], v["issued_on"])

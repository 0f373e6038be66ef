"""A competency framework written as a workbook: the export HR adapts, and the empty template with its
*Hướng dẫn* sheet, drop-down lists and a comment on each header (read back by app.excel.framework_io)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment

from app import framework_rules as rules
from app.excel.layout import BORDER, HEADER_FILL, font, new_workbook, printable, put_text
from app.framework_rules import RULE_FIELDS

INFO = rules.INFO
GUIDE = "Hướng dẫn"
FIELDS = rules.FIELDS
SHEETS = rules.COLUMNS
OLD_HEADERS = {rules.RULES: ["Số vị trí", *RULE_FIELDS]}  # workbooks of earlier versions: English rule names
KINDS = rules.ENUMS["task_kind"]
ORIGINS = set(rules.ENUMS["origin"])


def _label(part: str, header: str, value, grades=None):
    kind = rules.COLUMN_ENUMS.get((part, header))
    if kind is None or value in (None, ""):
        return value
    if kind == "scope":
        return ", ".join(str(rules.enum_label("scope", v)) for v in value) or None
    return rules.enum_label(kind, value, grades)


def _row_values(part: str, ctx: dict) -> list:
    """One item as the cells of its row (enumerations as codes; _rows shows their labels)."""
    item, p = ctx["item"], ctx.get("position") or {}
    n = p.get("number")
    if part in (rules.GROUPS, rules.SPECIALTIES):
        return [item.get("code"), item.get("name")]
    if part == rules.COMPETENCIES:
        descriptors = list(item.get("levels") or []) + [""] * 5
        return [item.get("code"), item.get("group"), item.get("name"), item.get("grade"), *descriptors[:5],
                item.get("level_origin")]
    if part == rules.POSITIONS:
        return [n, item.get("specialty"), item.get("name"), item.get("grade"), item.get("objective", ""),
                "\n".join(item.get("warnings", []))]
    if part == rules.TASKS:
        g = ctx["group"]
        return [n, g.get("number"), g.get("name"), ctx["kind"], item.get("number"), item.get("marker", ""),
                item.get("level") or 0, item.get("text"), item.get("scope") or []]
    if part == rules.RELATIONSHIPS:
        return [n, item.get("kind"), item.get("party"), item.get("nature")]
    if part == rules.AUTHORITIES:
        return [n, item.get("number", ""), item.get("text")]
    if part == rules.QUALIFICATIONS:
        return [n, ctx["category"], item]
    if part == rules.RULES:
        return [n, *(item.get(k) for k in RULE_FIELDS)]
    return [n, item.get("competency"), item.get("min"), item.get("max"), item.get("text"),
            item.get("origin", "document")]


def _rows(data: dict, grades=None) -> dict[str, list[list]]:
    """The rows of each sheet in framework_rules.walk order (the order FrameworkIssue.index counts);
    enumerated values as their Vietnamese labels."""
    out: dict[str, list[list]] = {name: [] for name in SHEETS}
    for part, ctx in rules.walk(rules.canonical(data, grades)):
        values = _row_values(part, ctx)
        out[part].append([_label(part, h, v, grades) for h, v in zip(SHEETS[part], values)])
    return out


HELP = {
    (INFO, "Mã khung"): "Mã của khung, không dấu cách, ví dụ stp-2026. Không dùng mã của khung có sẵn "
                        "(btp-02-2023, btttt-09-2023): hãy đặt mã mới.",
    (INFO, "Tên"): "Tên khung năng lực, như trong văn bản.",
    (INFO, "Ngày ban hành"): "Ngày ban hành văn bản, dạng dd/mm/yyyy.",
    (rules.GROUPS, "Mã nhóm"): "Mã nhóm năng lực, không dấu cách, ví dụ chung, chuyen_mon, quan_ly.",
    (rules.GROUPS, "Tên nhóm"): "Tên nhóm năng lực, ví dụ Nhóm năng lực chung.",
    (rules.COMPETENCIES, "Mã"): "Mã năng lực, duy nhất trong khung. Ô định dạng Text để Excel không đổi 1.10 "
                                "thành 1.1.",
    (rules.COMPETENCIES, "Mã nhóm"): "Một mã có ở trang 'Nhóm năng lực'.",
    (rules.COMPETENCIES, "Ngạch"): "Để trống, hoặc ngạch, hạng mà năng lực này dành riêng (chọn trong danh sách).",
    (rules.SPECIALTIES, "Mã"): "Mã chuyên ngành, ví dụ I, II.",
    (rules.POSITIONS, "Số"): "Số thứ tự của vị trí trong văn bản (số nguyên). Giữ nguyên số khi sửa đổi: công "
                             "chức và phiếu đánh giá gắn với số này.",
    (rules.POSITIONS, "Chuyên ngành"): "Để trống, hoặc một mã có ở trang 'Chuyên ngành'.",
    (rules.POSITIONS, "Ngạch"): "Ngạch, hạng của vị trí (chọn trong danh sách).",
    (rules.TASKS, "Cấp"): "Mức thụt lề: 0, 1 hoặc 2 (chỉ ghi số).",
    (rules.TASKS, "Phạm vi"): "Để trống nếu áp dụng chung; Cấp tỉnh hoặc Cấp huyện (nhiều giá trị: cách nhau "
                              "bằng dấu phẩy).",
    (rules.REQUIREMENTS, "Mã năng lực"): "Một mã có ở trang 'Năng lực' của khung này; mỗi năng lực một dòng "
                                         "cho một vị trí.",
    (rules.REQUIREMENTS, "Tối thiểu"): "Cấp độ tối thiểu, số từ 1 đến 5.",
    (rules.REQUIREMENTS, "Tối đa"): "Cấp độ tối đa, số từ 1 đến 5, không nhỏ hơn tối thiểu.",
    (rules.REQUIREMENTS, "Yêu cầu bằng lời"): "Chỉ khi văn bản không ghi cấp độ (để trống Tối thiểu và Tối đa).",
}


def _help(part: str, header: str, grades=None) -> str:
    text = HELP.get((part, header))
    kind = rules.COLUMN_ENUMS.get((part, header))
    if kind and not text:
        labels = list(rules.enum_values(kind, grades).values())
        text = "Chọn trong danh sách: " + ", ".join(labels[:8]) + ("…" if len(labels) > 8 else "") + "."
    if not text and header == "Số vị trí":
        text = "Số của vị trí ở trang 'Vị trí'."
    limit = rules.LIMITS.get(part, {}).get(header)
    if limit and limit < rules.TEXT:
        text = (text or f"{header}.") + f" Tối đa {limit} ký tự."
    return text or f"{header}."


GUIDE_LINES = [
    "HƯỚNG DẪN ĐIỀN KHUNG NĂNG LỰC",
    "1. Trang 'Khung': mã, tên, cơ quan ban hành, số hiệu, ngày ban hành của văn bản.",
    "2. Trang 'Nhóm năng lực' rồi 'Năng lực': mỗi năng lực một dòng, mã không trùng, 5 mô tả cấp độ.",
    "3. Trang 'Vị trí': mỗi vị trí việc làm một dòng, số không trùng; các trang sau ghi 'Số vị trí' để gắn với vị trí.",
    "4. Trang 'Yêu cầu': cấp độ yêu cầu (1–5) của từng năng lực cho từng vị trí, mỗi năng lực một lần cho một vị trí.",
    ("5. Ô có danh sách chọn: chọn trong danh sách (chương trình cũng nhận mã ở cột B, chữ hoa hay thường, có dấu "
    "hay không dấu)."),
    ("6. Mã (khung, nhóm, năng lực, chuyên ngành): không dấu cách; ô định dạng Text để Excel không đổi 1.10 thành 1.1 "
    "hay 01 thành 1."),
    "7. Không gộp ô, không dùng công thức, không ẩn dòng. Di chuột lên tiêu đề cột để xem cần ghi gì.",
    "8. Sửa đổi khung đang dùng: giữ nguyên số vị trí và mã năng lực; khi nhập, ghi căn cứ (số và ngày văn bản).",
    ("9. Khung có sẵn theo văn bản (btp-02-2023, btttt-09-2023) không ghi đè được: đổi 'Mã khung' để nhập thành "
    "khung mới."),
    "",
    "DANH SÁCH GIÁ TRỊ (cột A: tên hiển thị; cột B: mã, cũng được chấp nhận)",
]
GUIDE_LISTS = {"grade": "Ngạch, hạng", "level_origin": "Nguồn mô tả cấp độ", "origin": "Nguồn của yêu cầu",
               "task_kind": "Loại (trang Công việc)", "relationship": "Loại quan hệ công việc",
               "qualification": "Loại yêu cầu trình độ", "education": "Trình độ đào tạo tối thiểu",
               "theory": "Lý luận chính trị", "role": "Vai trò xây dựng văn bản", "scope": "Phạm vi"}


def _guide(wb, grades=None) -> dict[str, str]:
    """The 'Hướng dẫn' sheet: how to fill the workbook and the lists the drop-downs offer; their ranges."""
    ws = wb.create_sheet(GUIDE, 0)
    for row, text in enumerate(GUIDE_LINES, start=1):
        put_text(ws, row, 1, text, font=font(12 if row == 1 else 11, bold=row in (1, len(GUIDE_LINES))))
    ranges: dict[str, str] = {}
    row = len(GUIDE_LINES) + 2
    for kind, title in GUIDE_LISTS.items():
        put_text(ws, row, 1, title, font=font(11, bold=True))
        first = row + 1
        for code, label in rules.enum_values(kind, grades).items():
            row += 1
            put_text(ws, row, 1, label, font=font(11))
            put_text(ws, row, 2, code, font=font(11))
        ranges[kind] = f"'{GUIDE}'!$A${first}:$A${row}"
        row += 2
    ws.column_dimensions["A"].width = 110
    ws.column_dimensions["B"].width = 24
    return ranges


def _drop_down(ws, kind: str, ranges: dict[str, str], cells: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="list", formula1=ranges[kind], allow_blank=True, showErrorMessage=kind != "scope",
                        errorStyle="warning", errorTitle="Giá trị ngoài danh sách",
                        error="Hãy chọn một giá trị trong danh sách (xem trang Hướng dẫn).")
    dv.add(cells)
    ws.add_data_validation(dv)


def write_framework(data: dict, path: str | Path, grades=None) -> Path:
    """The framework as a workbook (empty data: the template) with a 'Hướng dẫn' sheet, a comment on each
    header, drop-down lists on enumerated columns and code columns formatted as text."""
    from openpyxl.comments import Comment

    data = rules.canonical(data, grades)
    wb = new_workbook()
    ws = wb.active
    ws.title = INFO
    ranges = _guide(wb, grades)
    for row, (key, label) in enumerate(FIELDS, start=1):
        value = data.get(key) if key != "level_origin" else rules.enum_label(
            "level_origin", data.get("level_descriptors", {}).get("origin"))
        if key == "notes":
            value = "\n".join(data.get("notes", []))
        if key == "issued_on" and value:
            value = dt.date.fromisoformat(value)
        put_text(ws, row, 1, label, font=font(11, bold=True))
        put_text(ws, row, 2, value, font=font(11), alignment=Alignment(wrap_text=True, vertical="top"))
        ws.cell(row, 1).comment = Comment(_help(INFO, label, grades), "Chương trình")
        if isinstance(value, dt.date):
            ws.cell(row, 2).number_format = "DD/MM/YYYY"
        if key == "code":
            ws.cell(row, 2).number_format = "@"
        if key == "level_origin":
            _drop_down(ws, "level_origin", ranges, f"B{row}")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    for name, rows in _rows(data, grades).items():
        sheet = wb.create_sheet(name)
        headers = SHEETS[name]
        for column, title in enumerate(headers, start=1):
            put_text(sheet, 1, column, title, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER)
            sheet.column_dimensions[sheet.cell(1, column).column_letter].width = WIDTHS.get(title, 14)
            comment = Comment(_help(name, title, grades), "Chương trình")
            comment.width, comment.height = 320, 110
            sheet.cell(1, column).comment = comment
        for row in rows:
            sheet.append([None] * len(headers))
            r = sheet.max_row
            for column, value in enumerate(row, start=1):
                put_text(sheet, r, column, value, font=font(11))
        last = len(rows) + 500
        for column, title in enumerate(headers, start=1):
            letter = sheet.cell(1, column).column_letter
            kind = rules.COLUMN_ENUMS.get((name, title))
            if kind:
                _drop_down(sheet, kind, ranges, f"{letter}2:{letter}{last}")
            if title in CODE_HEADERS.get(name, ()):  # codes stay text when HR types 1.10 or 01
                for r in range(2, last + 1):
                    sheet.cell(r, column).number_format = "@"
        sheet.freeze_panes = "A2"
    wb.active = 1
    printable(wb)
    path = Path(path)
    wb.save(path)
    return path


# columns as wide as what they hold, so a printed sheet fitted to the page width stays legible
WIDTHS = {"Tên nhóm": 50, "Tên năng lực": 30, "Tên chuyên ngành": 50, "Tên vị trí việc làm": 36, "Mục tiêu": 50,
          "Lưu ý": 36, "Tên mục": 30, "Nội dung": 60, "Đối tượng": 30, "Yêu cầu bằng lời": 50, "Loại": 16,
          "Nguồn mô tả": 16, "Nguồn": 16, "Ngạch": 16, "Phạm vi": 16,
          **{f"Cấp độ {n}": 32 for n in range(1, 6)}}
CODE_HEADERS = {rules.GROUPS: ("Mã nhóm",), rules.COMPETENCIES: ("Mã", "Mã nhóm"), rules.SPECIALTIES: ("Mã",),
                rules.POSITIONS: ("Chuyên ngành",), rules.REQUIREMENTS: ("Mã năng lực",)}


def write_template(path: str | Path, grades=None) -> Path:
    """An empty framework workbook to fill in: every sheet and header, the guide, the drop-down lists."""
    return write_framework({"code": "", "title": "", "groups": [], "competencies": [], "specialties": [],
                            "positions": []}, path, grades)



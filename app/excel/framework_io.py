"""A competency framework as a workbook: HR exports a framework, adapts it, imports it back.

One sheet per part, one row per item; the workbook maps one-to-one onto the data-file shape
(resources/frameworks/*.json), so export → import reproduces the framework exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from app.excel.layout import BORDER, HEADER_FILL, font, put_text
from app.excel.reading import MAX_CELL_CHARS, Problem, WorkbookError, open_workbook
from app.framework_loader import RULE_FIELDS
from app.vntext import nfc

INFO = "Khung"
FIELDS = [("code", "Mã khung"), ("title", "Tên"), ("issuer", "Cơ quan ban hành"), ("number", "Số hiệu"),
          ("issued_on", "Ngày ban hành"), ("source", "Nguồn"), ("level_origin", "Nguồn mô tả cấp độ"),
          ("notes", "Ghi chú")]
SHEETS = {
    "Nhóm năng lực": ["Mã nhóm", "Tên nhóm"],
    "Năng lực": ["Mã", "Mã nhóm", "Tên năng lực", "Ngạch", "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4",
                 "Cấp độ 5", "Nguồn mô tả"],
    "Chuyên ngành": ["Mã", "Tên chuyên ngành"],
    "Vị trí": ["Số", "Chuyên ngành", "Tên vị trí việc làm", "Ngạch", "Mục tiêu", "Lưu ý"],
    "Công việc": ["Số vị trí", "Mục", "Tên mục", "Loại", "Số", "Ký hiệu", "Cấp", "Nội dung", "Phạm vi"],
    "Quan hệ công việc": ["Số vị trí", "Loại", "Đối tượng", "Nội dung"],
    "Quyền hạn": ["Số vị trí", "Số", "Nội dung"],
    "Trình độ": ["Số vị trí", "Loại", "Nội dung"],
    "Điều kiện": ["Số vị trí", *RULE_FIELDS],
    "Yêu cầu": ["Số vị trí", "Mã năng lực", "Tối thiểu", "Tối đa", "Yêu cầu bằng lời", "Nguồn"],
}
KINDS = {"task": "Nhiệm vụ", "criterion": "Tiêu chí"}
ORIGINS = {"document", "grade_default", "custom"}


def _rows(data: dict) -> dict[str, list[list]]:
    out: dict[str, list[list]] = {name: [] for name in SHEETS}
    out["Nhóm năng lực"] = [[g["code"], g["name"]] for g in data["groups"]]
    levels = data.get("level_descriptors", {})
    for c in data["competencies"]:
        descriptors = (c.get("levels") or levels.get("levels") or []) + [""] * 5
        out["Năng lực"].append([c["code"], c["group"], c["name"], c.get("grade"), *descriptors[:5],
                                c.get("level_origin", levels.get("origin", "generic"))])
    out["Chuyên ngành"] = [[s["code"], s["name"]] for s in data.get("specialties", [])]
    for p in data["positions"]:
        n = p["number"]
        out["Vị trí"].append([n, p.get("specialty"), p["name"], p["grade"], p.get("objective", ""),
                              "\n".join(p.get("warnings", []))])
        for g in p.get("task_groups", []):
            for kind, items in (("task", g.get("tasks", [])), ("criterion", g.get("criteria", []))):
                for i in items:
                    out["Công việc"].append([n, g.get("number"), g["name"], KINDS[kind], i.get("number"),
                                             i.get("marker", ""), i.get("level", 0), i["text"],
                                             ",".join(i.get("scope", []))])
        out["Quan hệ công việc"] += [[n, r["kind"], r["party"], r["nature"]] for r in p.get("relationships", [])]
        out["Quyền hạn"] += [[n, a.get("number", ""), a["text"]] for a in p.get("authorities", [])]
        out["Trình độ"] += [[n, cat, t] for cat, texts in p.get("qualifications", {}).items() for t in texts]
        if p.get("qualification_rules"):
            out["Điều kiện"].append([n, *(p["qualification_rules"].get(k) for k in RULE_FIELDS)])
        out["Yêu cầu"] += [[n, r["competency"], r.get("min"), r.get("max"), r.get("text"), r.get("origin", "document")]
                           for r in p.get("requirements", [])]
    return out


def write_framework(data: dict, path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = INFO
    for row, (key, label) in enumerate(FIELDS, start=1):
        value = data.get(key) if key != "level_origin" else data.get("level_descriptors", {}).get("origin")
        if key == "notes":
            value = "\n".join(data.get("notes", []))
        if key == "issued_on" and value:
            value = dt.date.fromisoformat(value)
        put_text(ws, row, 1, label, font=font(11, bold=True))
        put_text(ws, row, 2, value, font=font(11), alignment=Alignment(wrap_text=True, vertical="top"))
        if isinstance(value, dt.date):
            ws.cell(row, 2).number_format = "DD/MM/YYYY"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    for name, rows in _rows(data).items():
        sheet = wb.create_sheet(name)
        for column, title in enumerate(SHEETS[name], start=1):
            put_text(sheet, 1, column, title, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER)
            sheet.column_dimensions[sheet.cell(1, column).column_letter].width = 60 if column > 2 else 14
        for row in rows:
            sheet.append([None] * len(SHEETS[name]))
            r = sheet.max_row
            for column, value in enumerate(row, start=1):
                put_text(sheet, r, column, value, font=font(11))
        sheet.freeze_panes = "A2"
    path = Path(path)
    wb.save(path)
    return path


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = nfc(str(value)).strip()
    return text or None


def _int(value) -> int | None:
    text = _text(value)
    return int(text) if text is not None else None


def read_framework(path: str | Path) -> tuple[dict | None, list[Problem]]:
    """The framework in data-file shape, or every problem found (sheet, row, column)."""
    label = Path(path).name
    try:
        sheets = open_workbook(path, [INFO, *SHEETS])
    except WorkbookError as exc:
        return None, [exc.problem]
    problems: list[Problem] = []
    for name in [INFO, *SHEETS]:
        if name not in sheets:
            problems.append(Problem(label, None, None, None, None, f"thiếu trang '{name}' (hãy xuất một khung để có tệp mẫu)."))
    if problems:
        return None, problems
    for name, sheet in sheets.items():
        for ref in sheet.merged:
            problems.append(Problem(label, name, None, None, None, f"có ô gộp {ref}; hãy bỏ gộp ô trước khi nhập."))
        for (row, column), ref in sorted(sheet.formulas.items()):
            problems.append(Problem(label, name, row, column, None, f"ô {ref} chứa công thức; hãy dán giá trị."))
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if isinstance(value, str) and len(value) > 20 * MAX_CELL_CHARS:
                    problems.append(Problem(label, name, r, c, None, "nội dung quá dài."))
    tables = {}
    for name, headers in SHEETS.items():
        rows = sheets[name].rows
        got = [_text(v) for v in rows[0][: len(headers)]] if rows else []
        if got != headers:
            problems.append(Problem(label, name, 1, None, None, "dòng tiêu đề phải là: " + ", ".join(headers) + "."))
            continue
        tables[name] = [list(r) + [None] * (len(headers) - len(r)) for r in rows[1:] if any(_text(v) for v in r)]
    if problems:
        return None, problems

    info = {(_text(r[0]) if r else None): (r[1] if len(r) > 1 else None) for r in sheets[INFO].rows}
    by_label = {label_: key for key, label_ in FIELDS}
    meta = {by_label[k]: v for k, v in info.items() if k in by_label}
    code = _text(meta.get("code"))
    if not code:
        problems.append(Problem(label, INFO, 1, 2, "Mã khung", "không được để trống."))
    issued = meta.get("issued_on")
    if isinstance(issued, dt.datetime):
        issued = issued.date()
    data = {
        "format": 1, "code": code, "title": _text(meta.get("title")) or "", "issuer": _text(meta.get("issuer")) or "",
        "number": _text(meta.get("number")) or "",
        "issued_on": issued.isoformat() if isinstance(issued, dt.date) else None,
        "source": _text(meta.get("source")) or "", "notes": (_text(meta.get("notes")) or "").split("\n"),
        "level_descriptors": {"origin": _text(meta.get("level_origin")) or "generic", "levels": []},
        "groups": [{"code": _text(r[0]), "name": _text(r[1])} for r in tables["Nhóm năng lực"]],
        "specialties": [{"code": _text(r[0]), "name": _text(r[1])} for r in tables["Chuyên ngành"]],
        "competencies": [],
        "positions": [],
    }
    data["notes"] = [n for n in data["notes"] if n]
    groups = {g["code"] for g in data["groups"]}
    for n, r in enumerate(tables["Năng lực"], start=2):
        if _text(r[1]) not in groups:
            problems.append(Problem(label, "Năng lực", n, 2, "Mã nhóm", f"nhóm '{_text(r[1])}' không có ở trang 'Nhóm năng lực'."))
        data["competencies"].append({"code": _text(r[0]), "group": _text(r[1]), "name": _text(r[2]), "grade": _text(r[3]),
                                     "levels": [_text(v) or "" for v in r[4:9]], "level_origin": _text(r[9]) or "generic"})
    competencies = {c["code"] for c in data["competencies"]}
    positions: dict[int, dict] = {}
    for n, r in enumerate(tables["Vị trí"], start=2):
        try:
            number = _int(r[0])
        except ValueError:
            problems.append(Problem(label, "Vị trí", n, 1, "Số", f"'{r[0]}' không phải số."))
            continue
        if number in positions:
            problems.append(Problem(label, "Vị trí", n, 1, "Số", f"số vị trí {number} bị trùng."))
            continue
        if _text(r[3]) not in {"CVCC", "CVC", "CV", "CS", "NV"}:
            problems.append(Problem(label, "Vị trí", n, 4, "Ngạch", f"ngạch '{_text(r[3])}' không hợp lệ."))
        positions[number] = {"number": number, "specialty": _text(r[1]), "name": _text(r[2]), "grade": _text(r[3]),
                             "objective": _text(r[4]) or "", "task_groups": [], "relationships": [], "authorities": [],
                             "qualifications": {}, "qualification_rules": None, "requirements": [],
                             "warnings": (_text(r[5]) or "").split("\n") if _text(r[5]) else []}

    def owner(sheet: str, n: int, value) -> dict | None:
        try:
            p = positions.get(_int(value))
        except ValueError:
            p = None
        if p is None:
            problems.append(Problem(label, sheet, n, 1, "Số vị trí", f"vị trí số '{_text(value)}' không có ở trang 'Vị trí'."))
        return p

    for n, r in enumerate(tables["Công việc"], start=2):
        p = owner("Công việc", n, r[0])
        if p is None:
            continue
        groups_of = p["task_groups"]
        if not groups_of or (groups_of[-1]["number"], groups_of[-1]["name"]) != (_text(r[1]), _text(r[2])):
            groups_of.append({"number": _text(r[1]), "name": _text(r[2]), "tasks": [], "criteria": []})
        kind = {v: k for k, v in KINDS.items()}.get(_text(r[3]))
        if kind is None:
            problems.append(Problem(label, "Công việc", n, 4, "Loại", "phải là 'Nhiệm vụ' hoặc 'Tiêu chí'."))
            continue
        groups_of[-1]["tasks" if kind == "task" else "criteria"].append(
            {"number": _text(r[4]), "marker": _text(r[5]) or "", "level": _int(r[6]) or 0, "text": _text(r[7]) or "",
             "scope": [x for x in (_text(r[8]) or "").split(",") if x]})
    for n, r in enumerate(tables["Quan hệ công việc"], start=2):
        if (p := owner("Quan hệ công việc", n, r[0])) is not None:
            p["relationships"].append({"kind": _text(r[1]), "party": _text(r[2]) or "", "nature": _text(r[3]) or ""})
    for n, r in enumerate(tables["Quyền hạn"], start=2):
        if (p := owner("Quyền hạn", n, r[0])) is not None:
            p["authorities"].append({"number": _text(r[1]) or "", "text": _text(r[2]) or ""})
    for n, r in enumerate(tables["Trình độ"], start=2):
        if (p := owner("Trình độ", n, r[0])) is not None:
            p["qualifications"].setdefault(_text(r[1]), []).append(_text(r[2]) or "")
    for n, r in enumerate(tables["Điều kiện"], start=2):
        if (p := owner("Điều kiện", n, r[0])) is not None:
            rule = dict(zip(RULE_FIELDS, (_text(v) for v in r[1:])))
            for key in ("years_in_lower_grade", "min_years_actually_in_lower_grade", "documents_led_min"):
                rule[key] = int(rule[key]) if rule[key] is not None else None
            p["qualification_rules"] = rule
    for n, r in enumerate(tables["Yêu cầu"], start=2):
        p = owner("Yêu cầu", n, r[0])
        if p is None:
            continue
        code_ = _text(r[1])
        if code_ not in competencies:
            problems.append(Problem(label, "Yêu cầu", n, 2, "Mã năng lực", f"năng lực '{code_}' không có ở trang 'Năng lực'."))
            continue
        try:
            low, high = _int(r[2]), _int(r[3])
        except ValueError:
            problems.append(Problem(label, "Yêu cầu", n, 3, "Tối thiểu", "cấp độ phải là số 1–5."))
            continue
        text = _text(r[4])
        if (low is None) != (high is None) or (low is not None and not 1 <= low <= high <= 5):
            problems.append(Problem(label, "Yêu cầu", n, 3, "Tối thiểu",
                                    f"cần 1 ≤ tối thiểu ≤ tối đa ≤ 5 (đang là {low}–{high})."))
            continue
        if low is None and not text:
            problems.append(Problem(label, "Yêu cầu", n, 5, "Yêu cầu bằng lời", "cần cấp độ hoặc yêu cầu bằng lời."))
            continue
        origin = _text(r[5]) or "custom"
        if origin not in ORIGINS:
            problems.append(Problem(label, "Yêu cầu", n, 6, "Nguồn", "phải là document, grade_default hoặc custom."))
            continue
        requirement = {"competency": code_, "min": low, "max": high, "origin": origin}
        if text:
            requirement["text"] = text
        p["requirements"].append(requirement)
    data["positions"] = list(positions.values())
    return (None, problems) if problems else (data, [])

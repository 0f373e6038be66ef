"""check_framework: every rule a framework must obey, each problem a FrameworkIssue with what to type."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from app.vntext import clean_code, code_key

from app.framework_rules.shape import (  # noqa: I001
    AUTHORITIES, COMPETENCIES, DEFAULT_GRADES, FrameworkIssue, GROUPS, INFO, LIMITS, MAX_POSITION_NUMBER,
    POSITIONS, QUALIFICATIONS, RELATIONSHIPS, REQUIREMENTS, RULES, RULE_ENUMS, RULE_FIELDS, RULE_HEADERS,
    RULE_NUMBERS, SPECIALTIES, TASKS, TEXT, allowed_text, canonical, enum_values, indexed,
)


def _shown(value) -> str:
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _whole_number(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def number_hint(value) -> str:
    digits = re.findall(r"\d+", str(value))
    return f"hãy chỉ ghi số, ví dụ {int(digits[0])}" if len(digits) == 1 else "hãy chỉ ghi một số nguyên"


class _Checker:
    def __init__(self, grades: Mapping[str, str] | None):
        self.grades = dict(grades or DEFAULT_GRADES)
        self.issues: list[FrameworkIssue] = []

    def add(self, part, index, field_, message) -> None:
        self.issues.append(FrameworkIssue(part, index, field_, message))

    def length(self, part, index, field_, value, what: str) -> bool:
        limit = LIMITS.get(part, {}).get(field_)
        if isinstance(value, str) and limit and len(value) > limit:
            self.add(part, index, field_, f"{what} dài {len(value):,} ký tự, quá giới hạn {limit:,} ký tự; "
                     "hãy rút gọn.".replace(",", "."))
            return False
        return True

    def text(self, part, index, field_, value, what: str, required=False) -> str | None:
        if value is not None and not isinstance(value, str):
            value = str(value)
        if not value:
            if required:
                self.add(part, index, field_, f"{what} không được để trống; hãy ghi {what}.")
            return None
        self.length(part, index, field_, value, what)
        return value

    def code(self, part, index, field_, value, what: str, seen: dict[str, str] | None, owner: str = "") -> str | None:
        if value is None or value == "":
            self.add(part, index, field_, f"{what} không được để trống; hãy ghi {what} (chữ, số, dấu chấm, gạch "
                                          "nối, không dấu cách).")
            return None
        if not isinstance(value, str):
            self.add(part, index, field_, f"{what} '{_shown(value)}' là số; hãy định dạng ô là Text rồi gõ lại mã.")
            return None
        try:
            if clean_code(value) != value:
                raise ValueError(f"{what} '{_shown(value)}' có dấu cách hoặc ký tự ẩn ở đầu, cuối")
        except ValueError as exc:
            self.add(part, index, field_, f"{exc}.")
            return None
        if not self.length(part, index, field_, value, f"{what} '{_shown(value)}'"):
            return None
        if seen is not None:
            key = code_key(value)
            if key in seen:
                self.add(part, index, field_, f"{what} '{value}' trùng với {seen[key]} (mã không phân biệt chữ hoa, "
                                              "chữ thường; Excel có thể đã đổi 1.10 thành 1.1); hãy đặt mã khác.")
                return None
            seen[key] = owner or f"'{value}'"
        return value

    def enum(self, part, index, field_, value, kind: str, what: str, required=False) -> str | None:
        if value is None or value == "":
            if required:
                self.add(part, index, field_, f"{what} không được để trống; {allowed_text(kind, self.grades, False)}.")
            return None
        if isinstance(value, str) and value in enum_values(kind, self.grades):
            return value
        self.add(part, index, field_, f"{what} '{_shown(value)}' không hợp lệ; "
                                      f"{allowed_text(kind, self.grades, not required)}.")
        return None

    def number(self, part, index, field_, value, low: int, high: int, what: str, required=False) -> int | None:
        if value is None or value == "":
            if required:
                self.add(part, index, field_, f"{what} không được để trống; hãy ghi số từ {low} đến {high}.")
            return None
        number = _whole_number(value)
        if number is None:
            self.add(part, index, field_, f"{what} '{_shown(value)}' không phải số nguyên; {number_hint(value)} "
                                          f"(từ {low} đến {high}).")
            return None
        if not low <= number <= high:
            self.add(part, index, field_, f"{what} {number} nằm ngoài khoảng {low}–{high}; hãy ghi số từ {low} "
                                          f"đến {high}.")
            return None
        return number


def check_framework(data: dict, grades: Mapping[str, str] | None = None) -> list[FrameworkIssue]:
    """Every problem of a framework in data-file shape; [] when it may be saved.

    grades: the grade catalogue {code: name} (default: CVCC, CVC, CV, CS, NV). Labels of enumerated values
    are accepted (the data is read through `canonical`)."""
    data = canonical(data, grades)
    k = _Checker(grades)
    # the framework itself
    code = data["code"]
    k.code(INFO, None, "Mã khung", code, "mã khung", None)
    k.text(INFO, None, "Tên", data["title"], "tên khung", required=True)
    k.text(INFO, None, "Cơ quan ban hành", data["issuer"], "cơ quan ban hành")
    k.text(INFO, None, "Số hiệu", data["number"], "số hiệu")
    k.text(INFO, None, "Nguồn", data["source"], "nguồn")
    if data["issued_on"] is not None:
        try:
            dt.date.fromisoformat(str(data["issued_on"]))
        except ValueError:
            k.add(INFO, None, "Ngày ban hành", f"ngày '{_shown(data['issued_on'])}' không đúng; hãy ghi dạng "
                                               "dd/mm/yyyy, ví dụ 29/06/2023.")
    k.enum(INFO, None, "Nguồn mô tả cấp độ", data["level_descriptors"]["origin"], "level_origin", "nguồn mô tả cấp độ")
    if len("\n".join(data["notes"])) > TEXT:
        k.add(INFO, None, "Ghi chú", f"ghi chú quá {TEXT:,} ký tự; hãy rút gọn.".replace(",", "."))

    groups: dict[str, str] = {}
    competencies: dict[str, str] = {}
    specialties: dict[str, str] = {}
    positions: dict[int, str] = {}
    required: dict[tuple[int, str], int] = {}
    rules_of: set[int] = set()
    for part, index, ctx in indexed(data):
        item = ctx["item"]
        if part == GROUPS:
            name = k.text(part, index, "Tên nhóm", item["name"], "tên nhóm", required=True)
            k.code(part, index, "Mã nhóm", item["code"], "mã nhóm", groups, f"nhóm '{name or item['code']}'")
        elif part == COMPETENCIES:
            name = k.text(part, index, "Tên năng lực", item["name"], "tên năng lực", required=True)
            k.code(part, index, "Mã", item["code"], "mã năng lực", competencies,
                   f"năng lực '{_shown(name or item['code'])}'")
            if item["group"] is None:
                k.add(part, index, "Mã nhóm", "mã nhóm không được để trống; hãy ghi một mã ở trang 'Nhóm năng lực'"
                                              + _listing(groups) + ".")
            elif not isinstance(item["group"], str) or code_key(item["group"]) not in groups:
                k.add(part, index, "Mã nhóm", f"nhóm '{_shown(item['group'])}' không có ở trang 'Nhóm năng lực'; "
                                              "hãy ghi một mã nhóm có ở đó" + _listing(groups) + ".")
            k.enum(part, index, "Ngạch", item["grade"], "grade", "ngạch")
            levels = item["levels"]
            if len(levels) > 5:
                k.add(part, index, "Cấp độ 5", f"có {len(levels)} mô tả cấp độ; mỗi năng lực có đúng 5 cấp độ.")
            for i, text in enumerate(levels[:5], start=1):
                k.text(part, index, f"Cấp độ {i}", text, f"mô tả cấp độ {i}")
            k.enum(part, index, "Nguồn mô tả", item["level_origin"], "level_origin", "nguồn mô tả")
        elif part == SPECIALTIES:
            name = k.text(part, index, "Tên chuyên ngành", item["name"], "tên chuyên ngành", required=True)
            k.code(part, index, "Mã", item["code"], "mã chuyên ngành", specialties,
                   f"chuyên ngành '{_shown(name or item['code'])}'")
        elif part == POSITIONS:
            number = k.number(part, index, "Số", item["number"], 1, MAX_POSITION_NUMBER, "số vị trí", required=True)
            if number is not None:
                if number in positions:
                    k.add(part, index, "Số", f"số vị trí {number} đã dùng cho vị trí '{_shown(positions[number])}'; "
                                             "mỗi vị trí một số riêng.")
                else:
                    positions[number] = item["name"] or str(number)
            spec = item["specialty"]
            if spec is not None and (not isinstance(spec, str) or code_key(spec) not in specialties):
                k.add(part, index, "Chuyên ngành", f"chuyên ngành '{_shown(spec)}' không có ở trang 'Chuyên ngành'; "
                                                   "hãy ghi một mã có ở đó" + _listing(specialties) + " hoặc để trống.")
            elif spec is not None:
                k.length(part, index, "Chuyên ngành", spec, "mã chuyên ngành")
            k.text(part, index, "Tên vị trí việc làm", item["name"], "tên vị trí việc làm", required=True)
            k.enum(part, index, "Ngạch", item["grade"], "grade", "ngạch", required=True)
            k.text(part, index, "Mục tiêu", item["objective"], "mục tiêu")
            k.text(part, index, "Lưu ý", "\n".join(item["warnings"]), "lưu ý")
        elif part == TASKS:
            group = ctx["group"]
            k.text(part, index, "Mục", group["number"], "số mục")
            k.text(part, index, "Tên mục", group["name"], "tên mục", required=True)
            k.text(part, index, "Số", item["number"], "số")
            k.text(part, index, "Ký hiệu", item["marker"], "ký hiệu")
            k.number(part, index, "Cấp", item["level"], 0, 9, "cấp (mức thụt lề)")
            k.text(part, index, "Nội dung", item["text"], "nội dung", required=True)
            for tag in item["scope"]:
                k.enum(part, index, "Phạm vi", tag, "scope", "phạm vi")
            k.length(part, index, "Phạm vi", ",".join(map(str, item["scope"])), "phạm vi")
        elif part == RELATIONSHIPS:
            k.enum(part, index, "Loại", item["kind"], "relationship", "loại quan hệ", required=True)
            k.text(part, index, "Đối tượng", item["party"], "đối tượng")
            k.text(part, index, "Nội dung", item["nature"], "nội dung")
        elif part == AUTHORITIES:
            k.text(part, index, "Số", item["number"], "số")
            k.text(part, index, "Nội dung", item["text"], "nội dung quyền hạn", required=True)
        elif part == QUALIFICATIONS:
            k.enum(part, index, "Loại", ctx["category"], "qualification", "loại yêu cầu trình độ", required=True)
            k.text(part, index, "Nội dung", item, "nội dung", required=True)
        elif part == RULES:
            number = ctx["position"]["number"]
            if number in rules_of:
                k.add(part, index, "Số vị trí", f"vị trí số {number} đã có một dòng điều kiện; mỗi vị trí một dòng.")
            rules_of.add(number)
            for key in RULE_FIELDS:
                header = RULE_HEADERS[key]
                if key in RULE_ENUMS:
                    k.enum(part, index, header, item[key], RULE_ENUMS[key], header.lower())
                else:
                    k.number(part, index, header, item[key], 0, RULE_NUMBERS[key], header.lower())
        elif part == REQUIREMENTS:
            position = ctx["position"]
            comp = item["competency"]
            if comp is None:
                k.add(part, index, "Mã năng lực", "mã năng lực không được để trống; hãy ghi một mã ở trang 'Năng lực'.")
            elif not isinstance(comp, str) or code_key(comp) not in competencies:
                k.add(part, index, "Mã năng lực", f"năng lực '{_shown(comp)}' không có ở trang 'Năng lực' của khung "
                                                  "này; hãy ghi một mã năng lực có ở đó (yêu cầu chỉ dùng năng lực của "
                                                  "chính khung).")
            else:
                key = (position.get("number"), code_key(comp))
                if key in required:
                    k.add(part, index, "Mã năng lực", f"vị trí số {position.get('number')} đã có yêu cầu năng lực "
                                                      f"'{comp}'; mỗi năng lực chỉ ghi một lần cho một vị trí, hãy xóa "
                                                      "dòng thừa.")
                required[key] = index
            low = k.number(part, index, "Tối thiểu", item["min"], 1, 5, "cấp độ tối thiểu")
            high = k.number(part, index, "Tối đa", item["max"], 1, 5, "cấp độ tối đa")
            low_given, high_given = item["min"] not in (None, ""), item["max"] not in (None, "")
            if low_given and not high_given:
                k.add(part, index, "Tối đa", "có cấp độ tối thiểu mà thiếu tối đa; hãy ghi cấp độ tối đa (1–5), "
                                             "bằng tối thiểu nếu chỉ yêu cầu một cấp.")
            elif high_given and not low_given:
                k.add(part, index, "Tối thiểu", "có cấp độ tối đa mà thiếu tối thiểu; hãy ghi cấp độ tối thiểu (1–5).")
            elif low is not None and high is not None and low > high:
                k.add(part, index, "Tối đa", f"cấp độ tối đa {high} nhỏ hơn tối thiểu {low}; hãy ghi tối đa từ "
                                             f"{low} đến 5.")
            if not low_given and not high_given and not item["text"]:
                k.add(part, index, "Yêu cầu bằng lời", "chưa có cấp độ yêu cầu; hãy ghi Tối thiểu và Tối đa (1–5), "
                                                       "hoặc ghi yêu cầu bằng lời.")
            k.text(part, index, "Yêu cầu bằng lời", item["text"], "yêu cầu bằng lời")
            k.enum(part, index, "Nguồn", item["origin"], "origin", "nguồn", required=True)
    return k.issues


def _listing(codes: dict[str, str], most: int = 8) -> str:
    if not codes:
        return ""
    values = [v.split("'")[1] if "'" in v else v for v in codes.values()]
    return " (" + ", ".join(values[:most]) + (", …" if len(values) > most else "") + ")"


def framework_warnings(data: dict) -> list[str]:
    """What is allowed but worth a look (shown in the preview): gaps in position numbering."""
    numbers = sorted({p["number"] for p in canonical(data)["positions"] if _whole_number(p["number"]) is not None
                      and not isinstance(p["number"], bool)})
    if not numbers:
        return []
    missing = [n for n in range(1, numbers[-1] + 1) if n not in set(numbers)]
    if not missing:
        return []
    shown = ", ".join(map(str, missing[:10])) + (", …" if len(missing) > 10 else "")
    return [(f"Lưu ý: không có vị trí số {shown} (số vị trí giữ nguyên theo văn bản, không đánh lại); nếu là "
             "sót, hãy thêm dòng ở trang 'Vị trí'.")]


# ------------------------------------------------------------------------------------------ differences

"""diff_frameworks: what a revision adds, changes and removes, in lines a person reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.vntext import code_key

from app.framework_rules.checks import framework_warnings
from app.framework_rules.shape import (
    COMPETENCIES, ENUMS, FIELDS, GROUPS, RULE_FIELDS, RULE_HEADERS, SPECIALTIES, comparable,
)


@dataclass(frozen=True)
class Change:
    kind: str  # "add", "change", "remove"
    what: str  # e.g. "năng lực NLC1", "vị trí số 2", "yêu cầu NLC1 của vị trí số 2"
    field: str = ""  # for a change: what changed (e.g. "tên", "mô tả cấp độ 3")
    old: str | None = None
    new: str | None = None

    def line(self) -> str:
        if self.kind == "add":
            return f"Thêm {self.what}" + (f": {self.new}" if self.new else "")
        if self.kind == "remove":
            return f"Bỏ {self.what}" + (f": {self.old}" if self.old else "")
        return f"Sửa {self.what}, {self.field}: {_quote(self.old)} → {_quote(self.new)}"


def _quote(value: str | None) -> str:
    if value in (None, ""):
        return "(trống)"
    text = str(value).replace("\n", " ")
    return f"“{text if len(text) <= 60 else text[:59] + '…'}”"


@dataclass(frozen=True)
class FrameworkDiff:
    code: str
    is_new: bool
    changes: tuple[Change, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.changes

    def lines(self) -> list[str]:
        if self.is_new:
            head = [f"Khung mới '{self.code}'."]
        elif self.empty:
            head = [f"Khung '{self.code}' không có gì thay đổi."]
        else:
            head = [f"Khung '{self.code}': {len(self.changes)} thay đổi."]
        return head + [c.line() for c in self.changes] + list(self.warnings)


def _requirement_label(r: dict) -> str:
    if r.get("min") is None or r.get("max") is None:
        value = r.get("text") or ""
    else:
        value = f"{r['min']}–{r['max']}" if r["min"] != r["max"] else str(r["min"])
    return f"{value} ({ENUMS['origin'].get(r.get('origin'), r.get('origin'))})"


def _by(items: list[dict], key) -> dict:
    out = {}
    for item in items:
        k = key(item)
        if k is not None and k not in out:
            out[k] = item
    return out


def _ck(value):
    return code_key(value) if isinstance(value, str) else value


def _multiset(old: list, new: list, label, what: str, out: list[Change]) -> None:
    """Lines for items of a list compared as a whole (tasks, relationships…): removed, then added."""
    left, right = Counter(map(label, old)), Counter(map(label, new))
    for text in (left - right).elements():
        out.append(Change("remove", what, old=text))
    for text in (right - left).elements():
        out.append(Change("add", what, new=text))


def diff_frameworks(old: dict | None, new: dict) -> FrameworkDiff:
    """What saving `new` over `old` adds, changes and removes (old None: everything is new)."""
    b = comparable(new)
    code = str(b.get("code") or "")
    warnings = tuple(framework_warnings(b))
    if old is None:
        a = comparable({**b, "groups": [], "competencies": [], "specialties": [], "positions": []})
        is_new = True
    else:
        a = comparable(old)
        is_new = False
    out: list[Change] = []
    if not is_new:
        for key, label in FIELDS:
            if key in ("code",):
                continue
            if key == "level_origin":
                va, vb = a["level_descriptors"]["origin"], b["level_descriptors"]["origin"]
            elif key == "notes":
                va, vb = "\n".join(a["notes"]), "\n".join(b["notes"])
            else:
                va, vb = a.get(key), b.get(key)
            if va != vb:
                out.append(Change("change", "khung", label.lower(), _text(va), _text(vb)))
    # groups, competencies, specialties
    for part, items, what, fields_ in (
        (GROUPS, "groups", "nhóm năng lực", (("name", "tên"),)),
        (COMPETENCIES, "competencies", "năng lực",
         (("group", "nhóm"), ("name", "tên"), ("grade", "ngạch"), ("level_origin", "nguồn mô tả"))),
        (SPECIALTIES, "specialties", "chuyên ngành", (("name", "tên"),)),
    ):
        ma, mb = _by(a[items], lambda x: _ck(x["code"])), _by(b[items], lambda x: _ck(x["code"]))
        for key, item in mb.items():
            if key not in ma:
                out.append(Change("add", f"{what} {item['code']}", new=_text(item["name"])))
                continue
            before = ma[key]
            if before["code"] != item["code"]:
                out.append(Change("change", f"{what} {before['code']}", "mã", before["code"], item["code"]))
            for f, label in fields_:
                if before.get(f) != item.get(f):
                    out.append(Change("change", f"{what} {item['code']}", label, _text(before.get(f)),
                                      _text(item.get(f))))
            if items == "competencies":
                la, lb = before["levels"] + [""] * 5, item["levels"] + [""] * 5
                for i in range(max(5, len(before["levels"]), len(item["levels"]))):
                    if la[i] != lb[i]:
                        out.append(Change("change", f"năng lực {item['code']}", f"mô tả cấp độ {i + 1}", la[i], lb[i]))
        for key, item in ma.items():
            if key not in mb:
                out.append(Change("remove", f"{what} {item['code']}", old=_text(item["name"])))
        order_a = [_ck(x["code"]) for x in a[items] if _ck(x["code"]) in mb]
        order_b = [_ck(x["code"]) for x in b[items] if _ck(x["code"]) in ma]
        if order_a != order_b:
            out.append(Change("change", f"thứ tự {what}", "thứ tự", ", ".join(str(x["code"]) for x in a[items]),
                              ", ".join(str(x["code"]) for x in b[items])))
    # positions
    pa, pb = _by(a["positions"], lambda p: p["number"]), _by(b["positions"], lambda p: p["number"])
    for number, p in pb.items():
        what = f"vị trí số {number}"
        if number not in pa:
            out.append(Change("add", what, new=_text(p["name"])))
            continue
        q = pa[number]
        for f, label in (("name", "tên"), ("specialty", "chuyên ngành"), ("grade", "ngạch"), ("objective", "mục tiêu")):
            if q.get(f) != p.get(f):
                out.append(Change("change", what, label, _text(q.get(f)), _text(p.get(f))))
        if q["warnings"] != p["warnings"]:
            out.append(Change("change", what, "lưu ý", "\n".join(q["warnings"]), "\n".join(p["warnings"])))
        _multiset(_tasks(q), _tasks(p), lambda t: t, f"công việc của {what}", out)
        if _tasks(q) == _tasks(p) and q["task_groups"] != p["task_groups"]:
            out.append(Change("change", what, "cách chia mục công việc", None, None))
        _multiset(q["relationships"], p["relationships"],
                  lambda r: f"{ENUMS['relationship'].get(r['kind'], r['kind'])}: {r['party']} – {r['nature']}",
                  f"quan hệ công việc của {what}", out)
        _multiset(q["authorities"], p["authorities"], lambda r: f"{r['number']} {r['text']}".strip(),
                  f"quyền hạn của {what}", out)
        _multiset([(c, t) for c, ts in q["qualifications"].items() for t in ts],
                  [(c, t) for c, ts in p["qualifications"].items() for t in ts],
                  lambda x: f"{ENUMS['qualification'].get(x[0], x[0])}: {x[1]}", f"yêu cầu trình độ của {what}", out)
        ra, rb = q["qualification_rules"] or {}, p["qualification_rules"] or {}
        for key in RULE_FIELDS:
            if ra.get(key) != rb.get(key):
                out.append(Change("change", f"điều kiện của {what}", RULE_HEADERS[key].lower(), _text(ra.get(key)),
                                  _text(rb.get(key))))
        qa = _by(q["requirements"], lambda r: _ck(r["competency"]))
        qb = _by(p["requirements"], lambda r: _ck(r["competency"]))
        for key, r in qb.items():
            if key not in qa:
                out.append(Change("add", f"yêu cầu năng lực {r['competency']} của {what}", new=_requirement_label(r)))
            elif _requirement_label(qa[key]) != _requirement_label(r):
                out.append(Change("change", f"yêu cầu năng lực {r['competency']} của {what}", "cấp độ yêu cầu",
                                  _requirement_label(qa[key]), _requirement_label(r)))
        for key, r in qa.items():
            if key not in qb:
                out.append(Change("remove", f"yêu cầu năng lực {r['competency']} của {what}",
                                  old=_requirement_label(r)))
        if [_ck(r["competency"]) for r in q["requirements"] if _ck(r["competency"]) in qb] != \
                [_ck(r["competency"]) for r in p["requirements"] if _ck(r["competency"]) in qa]:
            out.append(Change("change", what, "thứ tự yêu cầu năng lực", None, None))
    for number, q in pa.items():
        if number not in pb:
            out.append(Change("remove", f"vị trí số {number}", old=_text(q["name"])))
    if not is_new and not out and a != b:  # a difference no line above names (safety net): still a change
        out.append(Change("change", "khung", "chi tiết khác (thứ tự, định dạng)", None, None))
    if is_new:
        out = [Change("add", f"khung {code}", new=_text(b["title"])),
               *(c for c in out)]
    return FrameworkDiff(code, is_new, tuple(out), warnings)


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _tasks(p: dict) -> list[str]:
    out = []
    for g in p["task_groups"]:
        for kind, key in (("task", "tasks"), ("criterion", "criteria")):
            for i in g[key]:
                number = " ".join(x for x in (g["number"] or "", i["number"] or i["marker"] or "") if x)
                scope = f" [{', '.join(ENUMS['scope'].get(t, str(t)) for t in i['scope'])}]" if i["scope"] else ""
                out.append(f"{ENUMS['task_kind'][kind].lower()} {number}: {i['text']}{scope}".replace("  ", " "))
    return out

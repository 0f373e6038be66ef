"""HTML of the gap report panel and of the printed form (Nghị định 30/2020 layout). No Qt.

The window shows the same HTML it prints, so screen and paper never disagree.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from app import gap
from app.grades import KIND_LABELS, KIND_WORDS, GradeCatalogue
from app.services.assessments import STATUS_LABELS, AssessmentView
from app.vntext import format_percent

STATUS_COLOURS, VERDICT_COLOURS = gap.STATUS_COLOURS, gap.VERDICT_COLOURS  # defined beside the rules
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
FORM_TITLE = "PHIẾU ĐÁNH GIÁ KHOẢNG CÁCH NĂNG LỰC THEO VỊ TRÍ VIỆC LÀM"


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def required_label(item: gap.ItemGap) -> str:
    if item.required_min is None or item.required_max is None:
        return item.requirement_text or ""
    return f"{item.required_min}–{item.required_max}" if item.required_min != item.required_max else str(item.required_min)


def _grade_defaults(view: AssessmentView) -> set[str]:
    """Competencies whose required range is the grade's default, as frozen on the form."""
    return {r.competency_code for r in view.ratings if r.origin == "grade_default"}


def _grade_default_note() -> str:
    from app.services.catalog import GRADE_DEFAULT_NOTE

    return GRADE_DEFAULT_NOTE


def report_html(view: AssessmentView, other: AssessmentView | None = None, tr=lambda s: s) -> str:
    """The gap report panel: verdict, met ratio, per group, gaps largest first, discrepancies."""
    report = view.report()
    s = report.summary
    colour = VERDICT_COLOURS[s.verdict]
    ratio = format_percent(s.met_ratio) if s.met_ratio is not None else "–"
    parts = [
        f"<h3 style='color:{colour};margin:0'>{_e(tr(gap.VERDICT_LABELS[s.verdict]))}</h3>",
        f"<p>{_e(tr('Đạt yêu cầu'))}: <b>{s.met}/{s.numeric}</b> ({ratio}) · "
        f"{_e(tr('Chưa đạt'))}: <b>{s.below}</b> · {_e(tr('Chưa đánh giá'))}: <b>{s.not_rated}</b> · "
        f"{_e(tr('Tổng mức thiếu hụt'))}: <b>{s.total_shortfall}</b></p>",
        f"<p><b>{_e(tr('Theo nhóm năng lực'))}</b></p><table cellspacing='0' cellpadding='3' border='1' "
        "style='border-collapse:collapse'>",
        f"<tr><th>{_e(tr('Nhóm'))}</th><th>{_e(tr('Đạt'))}</th><th>{_e(tr('Chưa đạt'))}</th>"
        f"<th>{_e(tr('Thiếu hụt'))}</th><th>{_e(tr('Kết luận'))}</th></tr>",
    ]
    group_names = {r.group: r.group_name for r in view.ratings}
    for code, g in report.groups.items():
        parts.append(
            f"<tr><td>{_e(group_names.get(code, code))}</td><td align='center'>{g.met}/{g.numeric}</td>"
            f"<td align='center'>{g.below}</td><td align='center'>{g.total_shortfall}</td>"
            f"<td style='color:{VERDICT_COLOURS[g.verdict]}'>{_e(tr(gap.VERDICT_LABELS[g.verdict]))}</td></tr>"
        )
    parts.append("</table>")
    if report.gaps:
        defaults = _grade_defaults(view)
        parts.append(f"<p><b>{_e(tr('Năng lực chưa đạt (thiếu nhiều nhất trước)'))}</b></p><ol>")
        for item in report.gaps:
            mark = " *" if item.code in defaults else ""
            parts.append(f"<li>{_e(item.name)} — {_e(tr('yêu cầu'))} {_e(required_label(item))}{mark}, "
                         f"{_e(tr('điểm'))} {item.score}, <b>{_e(tr('thiếu'))} {item.shortfall}</b></li>")
        parts.append("</ol>")
        if any(item.code in defaults for item in report.gaps):
            parts.append(f"<p style='color:#666'><small>* {_e(tr(_grade_default_note()))}</small></p>")
    if other is not None:
        own, boss = (view, other) if view.kind == "self" else (other, view)
        names = {r.competency_code: r.competency for r in view.ratings}
        found = gap.discrepancies(own.scores(), boss.scores(), names)
        if found:
            parts.append(f"<p><b>{_e(tr('Chênh lệch tự đánh giá và người đánh giá từ 2 điểm'))}</b></p><ul>")
            for d in found:
                parts.append(f"<li>{_e(d.name)}: {_e(tr('tự đánh giá'))} {d.self_score}, "
                             f"{_e(tr('người đánh giá'))} {d.assessor_score}</li>")
            parts.append("</ul>")
    parts.append(f"<p style='color:#666'><i>{_e(tr('Kết quả này dùng để xác định nhu cầu đào tạo, bồi dưỡng; không phải xếp loại chất lượng.'))}</i></p>")
    return "".join(parts)


def form_html(
    view: AssessmentView,
    other: AssessmentView | None,
    agency: str,
    chart_src: str | None,
    place: str = "……",
    today: dt.date | None = None,
    grades: GradeCatalogue | None = None,
) -> str:
    """The printable form: title block, employee block, table, chart, summary, signatures.

    Grades by their full names, under 'Ngạch' or 'Hạng chức danh nghề nghiệp' as fits each (NĐ 30: no codes)."""
    grades = grades or GradeCatalogue.builtin()
    position_grade = grades.get(view.position_grade)
    position_grade_text = (f"{KIND_WORDS[position_grade.kind]} {position_grade.name}" if position_grade
                           else view.position_grade)
    own = view if view.kind == "self" else other
    boss = view if view.kind == "assessor" else other
    report = (boss or view).report()
    items = {i.code: i for i in report.items}
    own_scores = own.scores() if own else {}
    boss_scores = boss.scores() if boss else {}
    notes = {r.competency_code: r.note for r in (boss or view).ratings}
    s = report.summary
    font = "font-family:'Times New Roman','Liberation Serif',serif;"
    rows = []
    footnotes: list[str] = []
    for n, r in enumerate((boss or view).ratings, start=1):
        item = items[r.competency_code]
        required = _e(required_label(item))
        if r.origin == "grade_default" and item.required_min is not None:
            required += " *"  # the document gives no level: the grade's default range, see the note under the table
        words = (r.required_text or "").strip()
        if words:  # the requirement in words, or the text beside its levels: a numbered note under the table
            if words not in footnotes:
                footnotes.append(words)
            mark = f"({footnotes.index(words) + 1})"
            required = mark if item.required_min is None else f"{required} {mark}"
        rows.append(
            f"<tr><td align='center'>{n}</td><td>{_e(r.competency)}</td><td align='center'>{required}</td>"
            f"<td align='center'>{_e(own_scores.get(r.competency_code))}</td>"
            f"<td align='center'>{_e(boss_scores.get(r.competency_code))}</td>"
            f"<td align='center'>{_e(gap.STATUS_LABELS[item.status])}</td><td>{_e(notes.get(r.competency_code))}</td></tr>"
        )
    date_line = _date_line(place, today)
    chart = f"<p align='center'><img src='{_e(chart_src)}' width='380'></p>" if chart_src else ""
    ratio = format_percent(s.met_ratio) if s.met_ratio is not None else "–"
    status = STATUS_LABELS[(boss or view).status]
    return f"""
<html><body style="{font} font-size:12pt">
{_nd30_header(agency, view.unit_name)}
<p align="center" style="font-size:14pt"><b>{FORM_TITLE}</b><br><i>Kỳ đánh giá: {_e(view.period)}</i></p>
<table width="100%" cellspacing="0" cellpadding="2">
<tr><td width="30%">Họ và tên:</td><td><b>{_e(view.employee_name)}</b> (mã {_e(view.employee_code)})</td></tr>
<tr><td>Đơn vị:</td><td>{_e(view.unit_name)}</td></tr>
<tr><td>{_e(grades.kind_label(view.grade))}:</td><td>{_e(grades.name(view.grade))}</td></tr>
<tr><td>Vị trí việc làm đánh giá:</td><td>{_e(view.position_name)} ({_e(position_grade_text)})</td></tr>
<tr><td>Trạng thái phiếu:</td><td>{_e(status)}</td></tr>
</table>
<br>
<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:11pt">
<tr><th width="6%">STT</th><th>Năng lực</th><th width="11%">Cấp độ yêu cầu</th><th width="9%">Tự đánh giá</th>
<th width="9%">Người đánh giá</th><th width="10%">Kết quả</th><th width="18%">Ghi chú</th></tr>
{''.join(rows)}
</table>
{''.join(f"<p style='font-size:10pt'><i>({k + 1}) {_e(t)}</i></p>" for k, t in enumerate(footnotes))}
{f"<p style='font-size:10pt'><i>* {_e(_grade_default_note())}</i></p>" if _grade_defaults(boss or view) else ""}
{chart}
<p><b>Tổng hợp:</b> {_e(gap.VERDICT_LABELS[s.verdict])}; đạt {s.met}/{s.numeric} năng lực có định mức ({ratio});
chưa đạt {s.below}; tổng mức thiếu hụt {s.total_shortfall}. Kết quả dùng để xác định nhu cầu đào tạo, bồi dưỡng,
không phải xếp loại chất lượng.</p>
<p align="right"><i>{date_line}</i></p>
<table width="100%" cellspacing="0" cellpadding="2"><tr>
<td width="33%" align="center"><b>NGƯỜI TỰ ĐÁNH GIÁ</b><br><i>(Ký, ghi rõ họ tên)</i><br><br><br><br><br>{_e(view.employee_name)}</td>
<td width="33%" align="center"><b>NGƯỜI ĐÁNH GIÁ</b><br><i>(Ký, ghi rõ họ tên)</i></td>
<td width="34%" align="center"><b>THỦ TRƯỞNG ĐƠN VỊ</b><br><i>(Ký, ghi rõ họ tên)</i></td>
</tr></table>
</body></html>"""


def _task_groups_html(detail, tr) -> list[str]:
    scope_names = {"tinh": tr("cấp tỉnh"), "huyen": tr("cấp huyện")}
    parts = []
    for g in detail.tasks:
        parts.append(f"<p><b>{_e(g.number or '')} {_e(g.name)}</b></p><ul>")
        for t in g.tasks:
            scope = ", ".join(scope_names.get(x, x) for x in t["scope"])
            tag = f" <i>[{_e(scope)}]</i>" if scope else ""
            marker = t["number"] or ("" if t["marker"] == "-" else t["marker"])  # the list bullet is the "-"
            indent = " style='margin-left:18px'" if t["level"] == 2 else ""
            parts.append(f"<li{indent}>{_e(marker)} {_e(t['text'])}{tag}</li>")
        parts.append("</ul>")
        if g.criteria:
            parts.append(f"<p><i>{_e(tr('Tiêu chí'))}:</i></p><ul>")
            for c in g.criteria:
                scope = ", ".join(scope_names.get(x, x) for x in c["scope"])
                tag = f" <i>[{_e(scope)}]</i>" if scope else ""
                parts.append(f"<li>{_e(c['number'] or '')} {_e(c['text'])}{tag}</li>")
            parts.append("</ul>")
    return parts


def _relationships_html(detail, tr) -> list[str]:
    """Quan hệ công việc as the position description lays it out: within the agency, then outside it."""
    kinds = {"internal": tr("Trong cơ quan"), "external": tr("Ngoài cơ quan")}
    parts = []
    for kind in [*kinds, *sorted({r["kind"] for r in detail.relationships} - set(kinds))]:
        rows = [r for r in detail.relationships if r["kind"] == kind]
        if not rows:
            continue
        parts.append(f"<p><b><i>{_e(kinds.get(kind, kind))}</i></b></p>"
                     "<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>")
        parts.extend(f"<tr><td width='50%'>{_lines(r['party'])}</td><td>{_lines(r['nature'])}</td></tr>" for r in rows)
        parts.append("</table>")
    return parts


def _authorities_html(detail) -> list[str]:
    return ["<ul>", *(f"<li>{_e(a['number'] or '')} {_lines(a['text'])}</li>" for a in detail.authorities), "</ul>"]


def _lines(value: object) -> str:
    """Text of several lines (a cell of the document's table), each line kept."""
    return "<br>".join(_e(line) for line in str(value or "").split("\n"))


def _qualifications_html(detail, tr) -> list[str]:
    from app.services.catalog import QUALIFICATION_LABELS

    parts = []
    for category, texts in detail.qualifications.items():
        parts.append(f"<p><b>{_e(tr(QUALIFICATION_LABELS.get(category, category)))}</b></p><ul>")
        parts.extend(f"<li>{_e(t)}</li>" for t in texts)
        parts.append("</ul>")
    return parts


def position_html(detail, tr=lambda s: s) -> str:
    """A position as the browser shows it: objective, tasks and criteria, relationships, authorities,
    qualifications, requirements with the text beside their levels."""
    from app.services.catalog import ORIGIN_LABELS

    s = detail.summary
    kind = KIND_LABELS.get(s.grade_kind, KIND_LABELS["ngach"])
    parts = [f"<h3>{_e(s.name)}</h3><p>{_e(tr('Mã'))}: {_e(s.key)} · {_e(tr(kind))}: <b>{_e(s.grade_label)}</b>"]
    if s.specialty_name:
        parts.append(f" · {_e(s.specialty_name)}")
    parts.append("</p>")
    for w in detail.warnings:
        parts.append(f"<p style='color:#9a7d0a'>⚠ {_e(w)}</p>")
    parts.append(f"<h4>{_e(tr('Mục tiêu vị trí việc làm'))}</h4><p>{_e(detail.objective)}</p>")
    parts.append(f"<h4>{_e(tr('Công việc và tiêu chí đánh giá'))}</h4>")
    parts += _task_groups_html(detail, tr)
    if detail.relationships:
        parts.append(f"<h4>{_e(tr('Quan hệ công việc'))}</h4>")
        parts += _relationships_html(detail, tr)
    if detail.authorities:
        parts.append(f"<h4>{_e(tr('Phạm vi quyền hạn'))}</h4>")
        parts += _authorities_html(detail)
    if detail.qualifications:
        parts.append(f"<h4>{_e(tr('Yêu cầu về trình độ'))}</h4>")
        parts += _qualifications_html(detail, tr)
    parts.append(f"<h4>{_e(tr('Khung năng lực'))}</h4><table border='1' cellspacing='0' cellpadding='3'>"
                 f"<tr><th>{_e(tr('Nhóm'))}</th><th>{_e(tr('Năng lực'))}</th><th>{_e(tr('Cấp độ yêu cầu'))}</th>"
                 f"<th>{_e(tr('Nguồn'))}</th></tr>")
    for r in detail.requirements:
        level = _e(r.label if r.min is not None else r.text)
        if r.min is not None and (r.text or "").strip():  # the text beside the levels: method, evidence…
            level += f"<br><i style='color:#555'>{_e(r.text.strip())}</i>"
        origin = tr(ORIGIN_LABELS[r.origin])
        if r.origin == "grade_default":
            origin = f"<i style='color:#9a7d0a'>{_e(origin)}</i>"
        else:
            origin = _e(origin)
        parts.append(f"<tr><td>{_e(r.group_name)}</td><td>{_e(r.competency)}</td><td align='center'>{level}</td>"
                     f"<td>{origin}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def framework_html(data: dict, tr=lambda s: s) -> str:
    """A framework as the browser shows it when chosen: its document, notes, and each competency with its
    group and level descriptors (where they come from too)."""
    origins = {"generic": tr("thang chung (mặc định)"), "document": tr("theo văn bản"),
               "custom": tr("do đơn vị quy định")}
    issued = data.get("issued_on")
    if issued:
        issued = dt.date.fromisoformat(issued).strftime("%d/%m/%Y")
    facts = [(tr("Số hiệu"), data.get("number")), (tr("Cơ quan ban hành"), data.get("issuer")),
             (tr("Ngày ban hành"), issued), (tr("Nguồn"), data.get("source")),
             (tr("Vị trí việc làm"), len(data["positions"])), (tr("Năng lực"), len(data["competencies"]))]
    parts = [f"<h3>{_e(data.get('title'))}</h3><table cellspacing='0' cellpadding='2'>"]
    parts += [f"<tr><td>{_e(label)}:</td><td><b>{_e(value)}</b></td></tr>" for label, value in facts if value]
    parts.append("</table>")
    if data.get("notes"):
        parts.append(f"<h4>{_e(tr('Ghi chú'))}</h4><ul>" + "".join(f"<li>{_e(n)}</li>" for n in data["notes"])
                     + "</ul>")
    groups = {g["code"]: g["name"] for g in data["groups"]}
    parts.append(f"<h4>{_e(tr('Năng lực và mô tả cấp độ'))}</h4>")
    for group in data["groups"]:
        members = [c for c in data["competencies"] if c["group"] == group["code"]]
        if not members:
            continue
        parts.append(f"<p><b>{_e(groups[group['code']])}</b></p>")
        for c in members:
            origin = origins.get(c.get("level_origin"), c.get("level_origin") or "")
            parts.append(f"<p style='margin-left:12px'><b>{_e(c['name'])}</b>"
                         + (f" <i style='color:#555'>({_e(tr('mô tả cấp độ'))}: {_e(origin)})</i>" if origin else "")
                         + "</p><ul style='margin-top:0;list-style-type:none'>"  # descriptors name their level
                         + "".join(f"<li>{_e(level)}</li>" for level in c.get("levels") or [])
                         + "</ul>")
    return "".join(parts)


POSITION_TITLE = "BẢN MÔ TẢ VỊ TRÍ VIỆC LÀM"


def _nd30_header(agency: str, unit: str | None) -> str:
    """Top of a page by Nghị định 30: the agency (and unit) left, the national title and motto right."""
    left = f"<b>{_e(agency.upper())}</b>" + (f"<br><b>{_e(unit)}</b>" if unit else "") + "<br>———"
    return ("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='42%' align='center' valign='top'>{left}</td>"
            f"<td width='58%' align='center' valign='top'><b>{NATIONAL_TITLE}</b><br><b><u>{NATIONAL_MOTTO}</u></b></td>"
            "</tr></table>")


def _date_line(place: str, today: dt.date | None) -> str:
    if today:
        return f"{_e(place)}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
    return f"{_e(place)}, ngày … tháng … năm …"


def position_print_html(detail, agency: str, document: str = "", place: str = "……",
                        today: dt.date | None = None) -> str:
    """The position description to print (Nghị định 30 frame): the whole position, its relationships and
    authorities, and its competency requirements with the text beside the levels as numbered notes.

    document: the framework's document ('Thông tư 02/2023/TT-BTP …'); no internal keys are printed."""
    from app.services.catalog import GRADE_DEFAULT_NOTE

    s = detail.summary
    kind = KIND_LABELS.get(s.grade_kind, KIND_LABELS["ngach"])
    font = "font-family:'Times New Roman','Liberation Serif',serif;"
    rows, notes = [], []
    for n, r in enumerate(detail.requirements, start=1):
        required = _e(r.label) if r.min is not None else ""
        if r.origin == "grade_default" and r.min is not None:
            required += " *"
        words = (r.text or "").strip()
        if words:
            if words not in notes:
                notes.append(words)
            mark = f"({notes.index(words) + 1})"
            required = f"{required} {mark}" if required else mark
        rows.append(f"<tr><td align='center'>{n}</td><td>{_e(r.group_name)}</td><td>{_e(r.competency)}</td>"
                    f"<td align='center'>{required}</td></tr>")
    section = 0

    def heading(text: str) -> str:
        nonlocal section
        section += 1
        return f"<p style='margin-top:10px'><b>{section}. {_e(text)}</b></p>"

    body = [heading("Mục tiêu vị trí việc làm"), f"<p>{_e(detail.objective)}</p>",
            heading("Các công việc và tiêu chí đánh giá"), *_task_groups_html(detail, lambda x: x)]
    if detail.relationships:
        body += [heading("Các mối quan hệ công việc"), *_relationships_html(detail, lambda x: x)]
    if detail.authorities:
        body += [heading("Phạm vi quyền hạn"), *_authorities_html(detail)]
    if detail.qualifications:
        body += [heading("Yêu cầu về trình độ, năng lực"), *_qualifications_html(detail, lambda x: x)]
    body += [heading("Khung năng lực"),
             ("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>"
              "<tr><th width='7%'>STT</th><th width='24%'>Nhóm năng lực</th><th>Năng lực</th>"
              "<th width='16%'>Cấp độ yêu cầu</th></tr>"), *rows, "</table>"]
    body += [f"<p style='font-size:11pt'><i>({k + 1}) {_e(t)}</i></p>" for k, t in enumerate(notes)]
    if any(r.origin == "grade_default" and r.min is not None for r in detail.requirements):
        body.append(f"<p style='font-size:11pt'><i>* {_e(GRADE_DEFAULT_NOTE)}</i></p>")
    info = [("Tên vị trí việc làm:", f"<b>{_e(s.name)}</b>"), (f"{kind}:", _e(s.grade_label))]
    if s.specialty_name:
        info.append(("Chuyên ngành:", _e(s.specialty_name)))
    if document:
        info.append(("Căn cứ:", f"vị trí số {s.number}, {_e(document)}"))
    info_rows = "".join(f"<tr><td width='30%'>{_e(label)}</td><td>{value}</td></tr>" for label, value in info)
    return f"""
<html><body style="{font} font-size:13pt">
{_nd30_header(agency, None)}
<p align="center" style="font-size:14pt"><b>{POSITION_TITLE}</b></p>
<table width="100%" cellspacing="0" cellpadding="2">{info_rows}</table>
{''.join(body)}
<p align="right"><i>{_date_line(place, today)}</i></p>
<table width="100%" cellspacing="0" cellpadding="2"><tr>
<td width="50%" align="center"><b>NGƯỜI LẬP</b><br><i>(Ký, ghi rõ họ tên)</i></td>
<td width="50%" align="center"><b>THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ</b><br><i>(Ký, ghi rõ họ tên)</i></td>
</tr></table>
</body></html>"""


def readiness_html(checks, tr=lambda s: s) -> str:
    """The statutory conditions of the target position, met or not, beside the competency gap."""
    if not checks:
        return ""
    marks = {True: ("✔", "#1e8449"), False: ("✘", "#c0392b"), None: ("?", "#7f8c8d")}
    rows = "".join(
        f"<tr><td style='color:{marks[c.met][1]}' align='center'><b>{marks[c.met][0]}</b></td>"
        f"<td>{_e(c.requirement)}</td><td>{_e(c.actual)}"
        + (f"<br><i style='color:#7f8c8d'>{_e(tr('Cần thêm để kết luận:'))} {_e(c.missing)}</i>"
           if c.met is None and getattr(c, "missing", "") else "")
        + "</td></tr>"
        for c in checks
    )
    return (f"<p><b>{_e(tr('Điều kiện theo quy định của vị trí'))}</b></p>"
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            f"<tr><th></th><th>{_e(tr('Yêu cầu'))}</th><th>{_e(tr('Hồ sơ'))}</th></tr>{rows}</table>")

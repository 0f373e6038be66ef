"""The printed assessment form as data (Nghị định 30/2020, Phụ lục I): what goes where, in which words.

No Qt: app/ui/form_painter.py lays it out on A4 pages (rows never split, the header row on every page).
Every string is NFC; no internal keys and no grade codes appear.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import gap
from app.grades import KIND_WORDS, GradeCatalogue
from app.services.assessments import STATUS_LABELS, AssessmentView
from app.vntext import format_percent, nfc

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
FORM_TITLE = "PHIẾU ĐÁNH GIÁ KHOẢNG CÁCH NĂNG LỰC THEO VỊ TRÍ VIỆC LÀM"
DRAFT_MARK = "DỰ THẢO"
SIGN_HINT = "(Ký, ghi rõ họ tên)"
NOT_A_RATING = ("Kết quả dùng để xác định nhu cầu đào tạo, bồi dưỡng, không phải xếp loại chất lượng.")


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the text width
    align: str = "center"  # left | center


@dataclass(frozen=True)
class Signature:
    title: str
    name: str = ""


@dataclass(frozen=True)
class RadarData:
    labels: tuple[str, ...]
    required: tuple[tuple[int | None, int | None], ...]
    scores: tuple[int | None, ...]
    other: tuple[int | None, ...] | None
    score_label: str
    other_label: str


@dataclass(frozen=True)
class PrintedForm:
    parent_agency: str  # cơ quan chủ quản: regular capitals ("" when the unit is the agency itself)
    issuing_body: str  # the body that issues the form: bold capitals, a short rule under it
    title: str
    subtitle: str
    title_lines: tuple[str, ...]  # the title as it breaks on paper
    draft: bool  # not approved: "DỰ THẢO" in a frame on every page
    info: tuple[tuple[str, str], ...]
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]
    summary: str
    chart: RadarData | None
    date_line: str
    signatures: tuple[Signature, ...]


def _required(item: gap.ItemGap) -> str:
    if item.required_min is None or item.required_max is None:
        return ""
    return f"{item.required_min}–{item.required_max}" if item.required_min != item.required_max else str(item.required_min)


def date_line(place: str = "……", today: dt.date | None = None) -> str:
    if today:
        return f"{place}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
    return f"{place}, ngày … tháng … năm …"


def _n(value: object) -> str:
    return nfc("" if value is None else str(value))


def build_form(view: AssessmentView, other: AssessmentView | None, agency: str, place: str = "……",
               today: dt.date | None = None, grades: GradeCatalogue | None = None) -> PrintedForm:
    """The form of a person's assessment (and its counterpart beside it), ready to lay out."""
    from app.services.catalog import GRADE_DEFAULT_NOTE

    grades = grades or GradeCatalogue.builtin()
    own = view if view.kind == "self" else other
    boss = view if view.kind == "assessor" else other
    base = boss or view
    report = base.report()
    items = {i.code: i for i in report.items}
    own_scores = own.scores() if own else {}
    boss_scores = boss.scores() if boss else {}
    rows, notes = [], []
    defaults = False
    for n, r in enumerate(base.ratings, start=1):
        item = items[r.competency_code]
        required = _required(item)
        if r.origin == "grade_default" and item.required_min is not None:
            required += " *"
            defaults = True
        words = (r.required_text or "").strip()
        if words:  # the requirement in words, or the text beside its levels: a numbered note under the table
            if words not in notes:
                notes.append(words)
            mark = f"({notes.index(words) + 1})"
            required = f"{required} {mark}" if required else mark
        rows.append(tuple(_n(x) for x in (
            n, r.competency, required, own_scores.get(r.competency_code), boss_scores.get(r.competency_code),
            gap.STATUS_LABELS[item.status], r.note)))
    notes_text = [f"({k + 1}) {t}" for k, t in enumerate(notes)]
    if defaults:
        notes_text.append(f"* {GRADE_DEFAULT_NOTE}")
    s = report.summary
    ratio = format_percent(s.met_ratio) if s.met_ratio is not None else "–"
    position_grade = grades.get(view.position_grade)
    position_grade_text = (f"{KIND_WORDS[position_grade.kind]} {position_grade.name}" if position_grade
                           else "")
    position = view.position_name + (f" ({position_grade_text})" if position_grade_text else "")
    info = (
        ("Họ và tên:", view.employee_name),
        ("Đơn vị:", view.unit_name),
        (f"{grades.kind_label(view.grade)}:", grades.name(view.grade) if view.grade else ""),
        ("Vị trí việc làm đánh giá:", position),
        ("Trạng thái phiếu:", STATUS_LABELS[base.status]),
    )
    chart = RadarData(
        labels=tuple(_n(r.competency) for r in base.ratings),
        required=tuple((r.required_min, r.required_max) for r in base.ratings),
        scores=tuple(r.score for r in base.ratings),
        other=tuple(own_scores.get(r.competency_code) for r in base.ratings) if own and boss else None,
        score_label="Người đánh giá" if boss else "Tự đánh giá",
        other_label="Tự đánh giá",
    ) if base.ratings else None
    agency, unit = _n(agency).strip(), _n(view.unit_name).strip()
    parent, body = (agency, unit) if unit and unit.casefold() != agency.casefold() else ("", agency)
    return PrintedForm(
        parent_agency=parent.upper(),
        issuing_body=body.upper(),
        title=FORM_TITLE,
        title_lines=("PHIẾU ĐÁNH GIÁ KHOẢNG CÁCH NĂNG LỰC", "THEO VỊ TRÍ VIỆC LÀM"),
        subtitle=_n(f"Kỳ đánh giá: {view.period}"),
        draft=base.status != "approved",  # the form that counts: the assessor's, else the person's own
        info=tuple((_n(a), _n(b)) for a, b in info),
        columns=(
            Column("STT", 0.07), Column("Năng lực", 0.37, "left"), Column("Cấp độ yêu cầu", 0.11),
            Column("Tự đánh giá", 0.10), Column("Người đánh giá", 0.10), Column("Kết quả", 0.10),
            Column("Ghi chú", 0.15, "left"),
        ),
        rows=tuple(rows),
        notes=tuple(_n(t) for t in notes_text),
        summary=_n(f"Tổng hợp: {gap.VERDICT_LABELS[s.verdict]}; đạt {s.met}/{s.numeric} năng lực có định mức "
                   f"({ratio}); chưa đạt {s.below}; tổng mức thiếu hụt {s.total_shortfall}. {NOT_A_RATING}"),
        chart=chart,
        date_line=_n(date_line(place, today)),
        signatures=(Signature("NGƯỜI TỰ ĐÁNH GIÁ", _n(view.employee_name)), Signature("NGƯỜI ĐÁNH GIÁ"),
                    Signature("THỦ TRƯỞNG ĐƠN VỊ")),
    )

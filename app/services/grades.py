"""The grade catalogue: read by everyone, extended and edited by HR (audited)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, UserError
from app.grades import (
    CODE_MAX,
    KIND_WORDS,
    NAME_MAX,
    GradeCatalogue,
    GradeInfo,
    parse_range,
)
from app.models import Grade
from app.permissions import Action, require
from app.vntext import check_text, clean, clean_code, code_key, search_key

KIND_INPUTS = {"ngach": "ngach", "hang": "hang", "hang chuc danh nghe nghiep": "hang", "hang cdnn": "hang"}


def _info(g: Grade) -> GradeInfo:
    return GradeInfo(g.code, g.name, g.kind, g.rank, g.default_min, g.default_max)


def list_grades(db: Database, actor: Actor) -> list[GradeInfo]:
    """Every grade in display order (ngạch, then hạng; senior first)."""
    return list(grade_catalogue(db, actor))


def grade_catalogue(db: Database, actor: Actor) -> GradeCatalogue:
    """The catalogue, to check and name grades (not personal data: everyone may read it)."""
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        return catalogue_of(s)


def catalogue_of(s: Session) -> GradeCatalogue:
    """The catalogue read inside an operation already checked."""
    return GradeCatalogue(_info(g) for g in s.scalars(select(Grade)))


def _kind(kind: str) -> str:
    value = KIND_INPUTS.get(search_key(kind))
    if value is None:
        raise UserError(f"Loại '{kind}' không hợp lệ: ngach (ngạch công chức) hoặc hang (hạng chức danh nghề nghiệp).")
    return value


def _checked(s, code: str, name: str, kind: str, rank: object, default: object, exclude: str | None = None) -> dict:
    """Field values of a grade, or UserError naming the first bad one."""
    try:
        name = check_text(clean(name))
    except ValueError as exc:
        raise UserError(f"Tên ngạch, hạng {exc}.") from None
    if not name:
        raise UserError("Tên ngạch, hạng không được để trống.")
    if len(name) > NAME_MAX:
        raise UserError(f"Tên ngạch, hạng dài {len(name)} ký tự, quá {NAME_MAX} ký tự.")
    if isinstance(rank, bool) or not isinstance(rank, int):
        try:
            rank = int(clean(str(rank)))
        except ValueError:
            raise UserError(f"Thứ bậc '{rank}' không phải số nguyên.") from None
    if not 0 <= rank <= 99:
        raise UserError(f"Thứ bậc {rank} nằm ngoài khoảng 0–99 (số lớn hơn là bậc cao hơn).")
    if default is None or isinstance(default, str):
        try:
            default = parse_range(default)
        except ValueError as exc:
            raise UserError(f"Cấp độ yêu cầu mặc định: {exc}.") from None
    low, high = default if default else (None, None)
    if default and not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high <= 5):
        raise UserError(f"Cấp độ yêu cầu mặc định {low}–{high} cần 1 ≤ tối thiểu ≤ tối đa ≤ 5.")
    for other in s.scalars(select(Grade)):
        if other.code == exclude:
            continue
        if search_key(other.name) == search_key(name):
            raise UserError(f"Tên '{name}' trùng với {KIND_WORDS.get(other.kind, 'ngạch')} {other.code} "
                            "(tên không phân biệt dấu, chữ hoa, chữ thường).")
        if search_key(other.name) == search_key(code) or search_key(other.code) == search_key(name):
            raise UserError(f"Mã '{code}' hoặc tên '{name}' lẫn với {other.code} ({other.name}).")
    return {"name": name, "kind": _kind(kind), "rank": rank, "default_min": low, "default_max": high}


def add_grade(db: Database, actor: Actor, code: str, name: str, kind: str, rank: int | str,
              default: tuple[int, int] | str | None = None) -> GradeInfo:
    """A new ngạch or hạng in the catalogue (HR); code at most 32 characters, unique with case ignored."""
    require(actor, Action.EDIT_FRAMEWORK)
    try:
        code = clean_code(code, what="mã ngạch, hạng")
    except ValueError as exc:
        raise UserError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
    if not code:
        raise UserError("Mã ngạch, hạng không được để trống.")
    if len(code) > CODE_MAX:
        raise UserError(f"Mã '{code[:40]}' dài {len(code)} ký tự, quá {CODE_MAX} ký tự.")
    with db.session() as s:
        existing = next((g for g in s.scalars(select(Grade)) if code_key(g.code) == code_key(code)), None)
        if existing is not None:
            raise UserError(f"Mã '{code}' đã có: {existing.name}.")
        values = _checked(s, code, name, kind, rank, default)
        grade = Grade(code=code, **values)
        s.add(grade)
        s.flush()
        info = _info(grade)
        audit.record(s, actor, "grade", code, "record", None, _summary(info), action="add")
        return info


def change_grade(db: Database, actor: Actor, code: str, name: str, kind: str, rank: int | str,
                 default: tuple[int, int] | str | None = None) -> GradeInfo:
    """New name, kind, order or default range of a grade (HR); each changed field is audited.

    Positions keep the requirements they hold: a new default range applies to frameworks imported later."""
    require(actor, Action.EDIT_FRAMEWORK)
    with db.session() as s:
        grade = next((g for g in s.scalars(select(Grade)) if code_key(g.code) == code_key(clean(code))), None)
        if grade is None:
            raise NotFound(f"Không có ngạch, hạng mã '{code}'.")
        before = _audited(_info(grade))
        for key, value in _checked(s, grade.code, name, kind, rank, default, exclude=grade.code).items():
            setattr(grade, key, value)
        s.flush()
        info = _info(grade)
        audit.record_many(s, audit.changes(actor, "grade", grade.code, before, _audited(info)))
        return info


def _audited(g: GradeInfo) -> dict:
    return {"name": g.name, "kind": KIND_WORDS[g.kind], "rank": g.rank, "default_range": g.default_label or None}


def _summary(g: GradeInfo) -> str:
    default = f" · mặc định {g.default_label}" if g.default_label else ""
    return f"{g.name} · {KIND_WORDS[g.kind]} · thứ bậc {g.rank}{default}"


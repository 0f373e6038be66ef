"""Grades as data: công chức ngạch and viên chức hạng chức danh nghề nghiệp, with their labels and the
rule for a position's default required range. No Qt, no database: the catalogue is plain values.

A grade has a code (at most CODE_MAX characters, e.g. CV, 04.025, V.07.05.14), a full name, a kind
('ngach' or 'hang'), a rank (higher is more senior; it orders lists) and the range of levels a
position of that grade requires when its document gives none (DESIGN.md: CVCC 4-5, CVC 3-4, CV 2-3,
NV 1-2, the TT 02 pattern).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.vntext import clean, code_key, search_key

CODE_MAX = 32
NAME_MAX = 200
KINDS = ("ngach", "hang")
KIND_LABELS = {"ngach": "Ngạch", "hang": "Hạng chức danh nghề nghiệp"}
# in a sentence ("không có ngạch, hạng nào ...") and as a column that holds both kinds
KIND_WORDS = {"ngach": "ngạch", "hang": "hạng chức danh nghề nghiệp"}
MIXED_LABEL = "Ngạch, hạng chức danh nghề nghiệp"


@dataclass(frozen=True)
class GradeInfo:
    code: str
    name: str
    kind: str = "ngach"
    rank: int = 0
    default_min: int | None = None
    default_max: int | None = None

    @property
    def kind_label(self) -> str:
        """'Ngạch' or 'Hạng chức danh nghề nghiệp'."""
        return KIND_LABELS.get(self.kind, KIND_LABELS["ngach"])

    @property
    def default_range(self) -> tuple[int, int] | None:
        if self.default_min is None or self.default_max is None:
            return None
        return self.default_min, self.default_max

    @property
    def default_label(self) -> str:
        """'2–3', '3' or '' (no default)."""
        r = self.default_range
        if r is None:
            return ""
        return str(r[0]) if r[0] == r[1] else f"{r[0]}–{r[1]}"


def _ngach(code, name, rank, low, high) -> GradeInfo:
    return GradeInfo(code, name, "ngach", rank, low, high)


def _hang(code, name, rank, low, high) -> GradeInfo:
    return GradeInfo(code, name, "hang", rank, low, high)


# What a new database holds (migration 0006 seeds a frozen copy of this list; a test keeps them equal).
# Official codes: ngạch by Quyết định 78/2004/QĐ-BNV; teachers by Thông tư 01–04/2021/TT-BGDĐT;
# doctors by Thông tư liên tịch 10/2015/TTLT-BYT-BNV. HR adds the other codes their agency uses.
BUILTIN: tuple[GradeInfo, ...] = (
    _ngach("CVCC", "Chuyên viên cao cấp", 5, 4, 5),
    _ngach("CVC", "Chuyên viên chính", 4, 3, 4),
    _ngach("CV", "Chuyên viên", 3, 2, 3),
    _ngach("CS", "Cán sự", 2, 1, 2),
    _ngach("NV", "Nhân viên", 1, 1, 2),
    _ngach("04.023", "Thanh tra viên cao cấp", 5, 4, 5),
    _ngach("04.024", "Thanh tra viên chính", 4, 3, 4),
    _ngach("04.025", "Thanh tra viên", 3, 2, 3),
    _ngach("06.029", "Kế toán viên cao cấp", 5, 4, 5),
    _ngach("06.030", "Kế toán viên chính", 4, 3, 4),
    _ngach("06.031", "Kế toán viên", 3, 2, 3),
    _ngach("06.032", "Kế toán viên trung cấp", 2, 1, 2),
    _hang("HANG-I", "Viên chức hạng I", 5, 4, 5),
    _hang("HANG-II", "Viên chức hạng II", 4, 3, 4),
    _hang("HANG-III", "Viên chức hạng III", 3, 2, 3),
    _hang("HANG-IV", "Viên chức hạng IV", 2, 1, 2),
    _hang("V.07.01.01", "Giảng viên cao cấp (hạng I)", 5, 4, 5),
    _hang("V.07.01.02", "Giảng viên chính (hạng II)", 4, 3, 4),
    _hang("V.07.01.03", "Giảng viên (hạng III)", 3, 2, 3),
    _hang("V.07.02.24", "Giáo viên mầm non hạng I", 5, 4, 5),
    _hang("V.07.02.25", "Giáo viên mầm non hạng II", 4, 3, 4),
    _hang("V.07.02.26", "Giáo viên mầm non hạng III", 3, 2, 3),
    _hang("V.07.03.27", "Giáo viên tiểu học hạng I", 5, 4, 5),
    _hang("V.07.03.28", "Giáo viên tiểu học hạng II", 4, 3, 4),
    _hang("V.07.03.29", "Giáo viên tiểu học hạng III", 3, 2, 3),
    _hang("V.07.04.30", "Giáo viên trung học cơ sở hạng I", 5, 4, 5),
    _hang("V.07.04.31", "Giáo viên trung học cơ sở hạng II", 4, 3, 4),
    _hang("V.07.04.32", "Giáo viên trung học cơ sở hạng III", 3, 2, 3),
    _hang("V.07.05.13", "Giáo viên trung học phổ thông hạng I", 5, 4, 5),
    _hang("V.07.05.14", "Giáo viên trung học phổ thông hạng II", 4, 3, 4),
    _hang("V.07.05.15", "Giáo viên trung học phổ thông hạng III", 3, 2, 3),
    _hang("V.08.01.01", "Bác sĩ cao cấp (hạng I)", 5, 4, 5),
    _hang("V.08.01.02", "Bác sĩ chính (hạng II)", 4, 3, 4),
    _hang("V.08.01.03", "Bác sĩ (hạng III)", 3, 2, 3),
    _hang("V.08.03.07", "Y sĩ hạng IV", 2, 1, 2),
)


def kinds_heading(kinds: Iterable[str | None]) -> str:
    """The heading of a column holding grades of these kinds: 'Ngạch', 'Hạng chức danh nghề nghiệp', or both."""
    found = {k for k in kinds if k in KIND_LABELS}
    if len(found) == 1:
        return KIND_LABELS[found.pop()]
    return MIXED_LABEL if found else KIND_LABELS["ngach"]


def parse_range(text: str | None) -> tuple[int, int] | None:
    """'2-3', '2–3' or '3' as (2, 3) / (3, 3); None for empty; ValueError (Vietnamese) otherwise."""
    text = clean(text).replace("–", "-").replace(" ", "")
    if not text:
        return None
    parts = text.split("-")
    if len(parts) > 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"khoảng cấp độ '{text}' không hợp lệ; hãy ghi dạng 2-3")
    low, high = int(parts[0]), int(parts[-1])
    if not 1 <= low <= high <= 5:
        raise ValueError(f"khoảng cấp độ '{text}' cần 1 ≤ tối thiểu ≤ tối đa ≤ 5")
    return low, high


def _family(code: str) -> str:
    """Grades listed together: an official code's series ('V.07.05' of V.07.05.14), or '' (listed first)."""
    return code.rsplit(".", 1)[0] if "." in code else ""


class GradeCatalogue:
    """The grades an agency uses, in display order: ngạch, then hạng; by series, senior first."""

    def __init__(self, grades: Iterable[GradeInfo]):
        self.grades = sorted(grades, key=lambda g: (KINDS.index(g.kind) if g.kind in KINDS else 9, _family(g.code),
                                                    -g.rank, search_key(g.name), g.code))
        self._by_code = {code_key(g.code): g for g in self.grades}
        self._by_name = {search_key(g.name): g for g in self.grades}

    @classmethod
    def builtin(cls) -> GradeCatalogue:
        return cls(BUILTIN)

    def __iter__(self):
        return iter(self.grades)

    def __len__(self) -> int:
        return len(self.grades)

    def get(self, code: str | None) -> GradeInfo | None:
        """The grade of this code (case ignored)."""
        return self._by_code.get(code_key(clean(code))) if code else None

    def find(self, text: str | None) -> GradeInfo | None:
        """The grade a user means: its code or its full name, case and accents ignored."""
        if not clean(text):
            return None
        return self.get(text) or self._by_name.get(search_key(text))

    def name(self, code: str | None) -> str:
        """The full name printed for a grade code ('' for none; the code itself if it is not catalogued)."""
        if not code:
            return ""
        grade = self.get(code)
        return grade.name if grade else code

    def kind_label(self, code: str | None) -> str:
        """'Ngạch' or 'Hạng chức danh nghề nghiệp' for this grade (Ngạch when unknown)."""
        grade = self.get(code)
        return grade.kind_label if grade else KIND_LABELS["ngach"]

    def column_label(self, codes: Iterable[str | None]) -> str:
        """The heading of a column of these grades: 'Ngạch', 'Hạng chức danh nghề nghiệp', or both."""
        return kinds_heading(self.get(c).kind if self.get(c) else "ngach" for c in codes if c)

    def allowed_text(self, limit: int = 40) -> str:
        """The codes a cell may hold, for a message: 'CVCC, CVC, …' (names are accepted too)."""
        codes = [g.code for g in self.grades]
        shown = ", ".join(codes[:limit]) + (f" và {len(codes) - limit} mã khác" if len(codes) > limit else "")
        return f"mã hoặc tên một ngạch, hạng trong danh mục: {shown}"

    def default_range(self, code: str | None) -> tuple[int, int] | None:
        """The range a position of this grade requires when its document gives none (the one place of the rule)."""
        grade = self.get(code)
        return grade.default_range if grade else None

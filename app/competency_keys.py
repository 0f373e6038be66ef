"""A competency is known by its framework and its code together: TT 02's NLC1 and an agency's own NLC1
are two competencies. Labels for showing that key where several frameworks meet (reports, exports)."""

from __future__ import annotations

import re

CompetencyKey = tuple[str, str]  # (framework code, competency code)

_NUMBER = re.compile(r"^\s*(\d+)/(\d{4})/([^\W\d_]+)", re.UNICODE)  # 02/2023/TT-BTP → TT 02/2023


def framework_short_label(code: str, number: str | None = "") -> str:
    """'TT 02/2023' for document number '02/2023/TT-BTP'; the number as written, or the code, otherwise."""
    number = (number or "").strip()
    m = _NUMBER.match(number)
    if m:
        return f"{m.group(3)} {m.group(1)}/{m.group(2)}"
    return number or code


def competency_label(framework_label: str, code: str, mixed: bool = True) -> str:
    """'TT 02/2023 · NLC1' where several frameworks are shown together, else the code alone."""
    return f"{framework_label} · {code}" if mixed and framework_label else code

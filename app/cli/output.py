"""Output helpers shared by the command-line modules: JSON, plain tables, output file checks."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def output_path(text: str, suffix: str) -> Path:
    target = Path(text)
    if target.suffix.lower() != suffix:
        raise UserError(f"Tệp '{text}' phải có đuôi {suffix}.")
    from app.outputs import check_writable_folder

    check_writable_folder(target)  # missing or read-only folder, a name too long: one message, before any work
    return target


def stop_on_problems(problems) -> None:
    """Every problem of an import file on its own line, then stop: nothing has been written."""
    if problems:
        for problem in problems:
            print(f"Lỗi: {problem}", file=sys.stderr)
        raise UserError(f"Tệp có {len(problems)} lỗi; chưa nhập gì.")


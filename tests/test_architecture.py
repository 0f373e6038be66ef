"""The core does not know Qt: only app/ui/ may import PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_pyside6_import_outside_ui():
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("app", "db", "tools", "bench")
        for p in (ROOT / folder).rglob("*.py")
        if "ui" not in p.relative_to(ROOT).parts[1:2] and "PySide6" in _imports(p)
    ]
    assert offenders == []


def test_core_modules_load_without_qt():
    core = [
        p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for p in (ROOT / "app").rglob("*.py")
        if p.relative_to(ROOT).parts[1] != "ui" and p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"

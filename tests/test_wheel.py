"""The wheel ships migrations and framework data: install it in a fresh venv and use it there."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_runs(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("competency_gap-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/db/versions/0001_initial_schema.py" in names and "app/db/env.py" in names
    assert "app/resources/frameworks/btttt-09-2023.json" in names
    assert "app/resources/passwords/common.txt" in names
    # the user guide (F1) and the icons with their licence
    shipped = {p.relative_to(ROOT).as_posix() for folder in ("app/help", "app/ui/icons") for p in (ROOT / folder).rglob("*")
               if p.is_file()}
    assert shipped and shipped <= set(names), sorted(shipped - set(names))
    missing = [init.relative_to(ROOT).as_posix() for init in (ROOT / "app").rglob("__init__.py")
               if init.relative_to(ROOT).as_posix() not in names]
    assert missing == [], f"packages missing from the wheel (pyproject [tool.setuptools] packages): {missing}"
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    for dep in ("PySide6-Essentials", "SQLAlchemy", "alembic", "openpyxl", "matplotlib"):
        assert f"Requires-Dist: {dep}" in metadata
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "[console_scripts]" in entry_points and "[gui_scripts]" in entry_points

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    pip = env_dir / "bin" / "pip"
    # the command line needs only the database libraries; Qt and charts are for the window
    subprocess.run([str(pip), "install", "--quiet", "--no-deps", str(wheel)], check=True, capture_output=True)
    subprocess.run([str(pip), "install", "--quiet", "SQLAlchemy>=2.0.25", "alembic>=1.13", "platformdirs>=4.0",
                    "argon2-cffi>=23.1"],
                   check=True, capture_output=True)
    exe = env_dir / "bin" / "competency-gap"
    url = f"sqlite:///{tmp_path / 'installed.sqlite3'}"
    init = subprocess.run([str(exe), "--db", url, "init"], capture_output=True, text=True, cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    listed = subprocess.run([str(exe), "--db", url, "positions", "--json"], capture_output=True, text=True,
                            cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 54

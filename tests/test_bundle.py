"""The one-folder bundle (`make bundle`, PyInstaller, packaging/competency-gap.spec) runs with no Python
and no source tree: it opens a database, writes a PDF form, starts its window offscreen and exits.

Building takes minutes: the bundle in dist/ is reused while it is newer than every file it is made from,
otherwise this test runs `make bundle` first."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "competency-gap"
PROGRAM = BUNDLE / "competency-gap"
SOURCES = ("app", "db", "resources", "packaging", "pyproject.toml")


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        newest = max([newest, *(f.stat().st_mtime for f in files)])
    return newest


@pytest.fixture(scope="module")
def program() -> Path:
    if not PROGRAM.is_file() or PROGRAM.stat().st_mtime < _newest_source():
        build = subprocess.run(["make", "-s", "bundle"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
        assert build.returncode == 0, build.stdout + build.stderr
    assert PROGRAM.is_file() and os.access(PROGRAM, os.X_OK)
    return PROGRAM


def _env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no virtualenv, no PYTHONPATH, a fresh home (settings, data, log)."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def _run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), "--db", f"sqlite:///{home}/bundle.sqlite3", *args], cwd=home,
                          env=_env(home), capture_output=True, text=True, timeout=300)


def test_the_bundle_ships_what_the_program_reads(program):
    shipped = program.parent / "_internal" / "app"
    for needed in ("db/env.py", "db/versions/0001_initial_schema.py", "resources/frameworks/btp-02-2023.json",
                   "resources/translations/competency_gap_en.qm", "resources/passwords/common.txt",
                   "resources/icon/competency-gap.png", "help"):
        assert (shipped / needed).exists(), needed


def test_the_bundle_opens_a_database_and_writes_a_pdf(program, tmp_path):
    init = _run(program, tmp_path, "init")
    assert init.returncode == 0, init.stderr
    assert "Đã tạo cơ sở dữ liệu mới." in init.stdout
    assert "btttt-09-2023: 51 vị trí việc làm" in init.stdout  # the frameworks shipped in the bundle
    demo = _run(program, tmp_path, "demo")
    assert demo.returncode == 0, demo.stderr
    pdf = tmp_path / "phieu.pdf"
    report = _run(program, tmp_path, "report", "MAU0005", "--period", "Năm 2026", "-o", str(pdf))
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "PHIẾU ĐÁNH GIÁ KHOẢNG CÁCH NĂNG LỰC" in text and "Lý Bích Thảo (mẫu)" in text


def test_the_bundle_starts_its_window_offscreen_and_exits(program, tmp_path):
    log = tmp_path / ".local" / "state" / "competency-gap" / "log" / "competency-gap.log"
    window = subprocess.Popen([str(program)], cwd=tmp_path, env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (log.is_file() and "sẵn sàng làm việc" in log.read_text(encoding="utf-8")):
            assert window.poll() is None, window.communicate()
            assert time.monotonic() < deadline, "the window did not open its database"
            time.sleep(0.2)
        window.send_signal(signal.SIGTERM)
        assert window.wait(60) == 0
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    text = log.read_text(encoding="utf-8")
    assert "cửa sổ chương trình đã hiện" in text and "đóng chương trình" in text
    assert str(tmp_path / ".local" / "share" / "competency-gap") in text  # a new database in the fresh home

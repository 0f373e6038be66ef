"""The program as a person starts it: Qt's real X11 platform (xcb) on a virtual X server, a clean
environment (no QT_QPA_PLATFORM, a fresh home with no settings, data or log), the main window waited
for and closed from the keyboard; and the one-line refusal when no window can open."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.ui.platform_check import debian_package, missing_library_message, platform_problem

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Đánh giá khoảng cách năng lực công chức"
needs_xvfb = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="Xvfb and xdotool are installed by `make test`")


@pytest.fixture
def display():
    """A virtual X server on a free display number (Xvfb picks it), stopped afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def clean_env(home: Path, display: str | None) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    if display:
        env["DISPLAY"] = display
    return env


def log_of(home: Path) -> Path:
    return home / ".local" / "state" / "competency-gap" / "log" / "competency-gap.log"


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def start(home: Path, display: str | None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app.cli"], cwd=ROOT, env=clean_env(home, display),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def window_ids(display: str) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", TITLE], env={"DISPLAY": display},
                           capture_output=True, text=True)
    return found.stdout.split()


def wait_ready(tmp_path):
    """The program's log, once it says the window and its database are ready."""
    log = log_of(tmp_path)
    wait_for(lambda: log.is_file() and "sẵn sàng làm việc" in log.read_text(encoding="utf-8"), 90,
             "the window with its database")
    return log


@needs_xvfb
def test_the_window_opens_on_x11_and_closes_with_ctrl_q(tmp_path, display):
    program = start(tmp_path, display)
    try:
        log = wait_ready(tmp_path)
        window = wait_for(lambda: window_ids(display), 20, "the main window on the X server")[0]
        text = log.read_text(encoding="utf-8")
        assert "cửa sổ chương trình đã hiện" in text
        # the database of a fresh home, created where the program keeps its data
        assert str(tmp_path / ".local" / "share") in text
        subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "ctrl+q"], env={"DISPLAY": display},
                       capture_output=True, timeout=20)
        assert program.wait(30) == 0
    finally:
        if program.poll() is None:
            program.kill()
            program.wait()
    out, err = program.communicate()
    assert err.strip() == "", err  # Qt's warnings go to the log, nothing to the terminal
    text = log.read_text(encoding="utf-8")
    assert "đóng chương trình" in text
    assert "CRITICAL" not in text, text
    assert (tmp_path / ".config" / "competency-gap").is_dir()  # the window's settings were saved on closing


@needs_xvfb
def test_the_session_ending_closes_the_window_cleanly(tmp_path, display):
    program = start(tmp_path, display)
    try:
        log = wait_ready(tmp_path)
        program.send_signal(signal.SIGTERM)
        assert program.wait(30) == 0
    finally:
        if program.poll() is None:
            program.kill()
            program.wait()
    assert "đóng chương trình" in log.read_text(encoding="utf-8")


def _refused(tmp_path: Path, display: str | None) -> tuple[str, str]:
    program = start(tmp_path, display)
    out, err = program.communicate(timeout=60)
    assert program.returncode == 3
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one line, no traceback, no Qt abort text
    assert lines[0].startswith("Lỗi: không mở được cửa sổ chương trình: ")
    assert str(log_of(tmp_path).parent) in lines[0]
    assert lines[0].split(": ", 2)[2].split(". Nhật ký")[0] in log_of(tmp_path).read_text(encoding="utf-8")
    return lines[0], out


def test_no_display_is_one_clear_line_and_in_the_log(tmp_path):
    line, _ = _refused(tmp_path, None)
    assert "không có màn hình đồ hoạ" in line


@needs_xvfb
def test_a_display_that_does_not_answer_is_one_clear_line(tmp_path, display):
    dead = f":{int(display[1:]) + 50}"
    line, _ = _refused(tmp_path, dead)
    assert f"không kết nối được màn hình {dead}" in line


def test_a_missing_library_names_the_debian_package():
    error = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    assert "libxcb-cursor.so.0" in missing_library_message(error)
    assert "sudo apt-get install libxcb-cursor0" in missing_library_message(error)
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"


def test_a_platform_plugin_that_does_not_load_is_named(tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    problem = platform_problem({"DISPLAY": ":0"}, plugin=broken)
    assert problem and "hãy cài lại chương trình" in problem
    assert platform_problem({"DISPLAY": ":0"}, plugin=tmp_path / "absent.so").startswith("thiếu tệp")
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None  # asked for by name: Qt's affair

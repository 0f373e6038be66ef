"""Before the window: can Qt's window-system plugin load here? If not, say why in one Vietnamese line.

Qt aborts the process when its platform plugin cannot load (no display, a missing system library such
as libxcb-cursor0), printing several English lines and leaving nothing in the program's log. The checks
below find the usual causes first, in a few milliseconds: the X11 display variable, the plugin's shared
libraries (loaded as Qt would load them, so a missing one is named) and a connection to the display.
Whatever else Qt finds fatal is caught by its message handler (`route_qt_messages`).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

_SONAME = re.compile(r"(lib[\w+.-]+?\.so(?:\.\d+)*)")


def debian_package(soname: str) -> str:
    """Debian's name for the package shipping a library: libxcb-cursor.so.0 → libxcb-cursor0,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0, libEGL.so.1 → libegl1."""
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so((?:\.\d+)*)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2).lstrip(".").split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_library_message(error: str) -> str:
    """The reason for a plugin that does not load, from the loader's error text."""
    found = _SONAME.search(error or "")
    if found and "cannot open shared object" in error:
        soname = found.group(1)
        package = debian_package(soname)
        return (f"máy thiếu thư viện hệ thống {soname} mà Qt cần để mở cửa sổ; hãy cài gói {package} "
                f"(sudo apt-get install {package}) hoặc chạy make run trong thư mục mã nguồn để tự cài")
    return f"Qt không nạp được phần hiển thị cửa sổ ({error.strip()}); hãy cài lại chương trình"


def _requested_platforms(environ: Mapping[str, str]) -> list[str]:
    value = environ.get("QT_QPA_PLATFORM", "")
    return [part.split(":")[0].strip() for part in value.split(";") if part.strip()]


def _xcb_plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def _display_error() -> str | None:
    """Why a connection to $DISPLAY fails, or None when it opens (libxcb, as Qt connects)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError as exc:
        return missing_library_message(str(exc))
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(None, None)
    try:
        failed = xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)
    display = os.environ.get("DISPLAY", "")
    return (f"không kết nối được màn hình {display} (máy chủ X không chạy hoặc không cho phép kết nối, mã "
            f"lỗi {failed})") if failed else None


def platform_problem(environ: Mapping[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """Why the window could not open on this machine (a Vietnamese clause), or None when it can."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    requested = _requested_platforms(environ)
    if requested and requested[0] != "xcb":
        return None  # offscreen, wayland, vnc…: asked for by name, Qt's own affair
    if not requested and environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return None  # Qt picks its Wayland plugin there
    if not environ.get("DISPLAY"):
        return ("không có màn hình đồ hoạ (biến DISPLAY trống); hãy mở chương trình trong phiên làm việc có màn "
                "hình, hoặc dùng các lệnh dòng lệnh (competency-gap --help)")
    plugin = plugin or _xcb_plugin()
    if not plugin.is_file():
        return f"thiếu tệp {plugin} của Qt; hãy cài lại chương trình"
    try:
        ctypes.CDLL(str(plugin))  # loads its libraries as Qt will: a missing one is named in the error
    except OSError as exc:
        return missing_library_message(str(exc))
    return _display_error()


def route_qt_messages(log, on_fatal) -> None:
    """Qt's warnings to the program's log, not the terminal; a fatal one is logged, then on_fatal(text)
    says it in one line and ends the process (Qt would abort with several English lines)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message) -> None:
        if kind == QtMsgType.QtFatalMsg:
            log.critical("Qt dừng chương trình: %s", message)
            on_fatal(message)
        elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtWarningMsg):
            log.warning("Qt: %s", message)

    qInstallMessageHandler(handler)

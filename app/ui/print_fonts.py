"""The printing font: Times New Roman, or its metric twin Liberation Serif, with every Vietnamese letter.

Debian and Ubuntu often install Liberation 1.x (fonts-liberation, no Vietnamese capitals with two marks
such as Ỉ, Ẫ, Ữ) beside Liberation 2.x (fonts-liberation2, complete) under the same family name; Qt then
takes one file per style, and may take the 1.x Bold, so a bold line borrows letters from DejaVu Serif Bold
and one word mixes two fonts. Before the QApplication exists, `hide_incomplete_print_fonts` gives Qt a
fontconfig setup that leaves out the files of the printing families that lack Vietnamese letters, when a
complete file of the same style exists. Nothing changes where fontconfig is not used (Windows, macOS).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PRINT_FAMILIES = ("Times New Roman", "Liberation Serif", "Tinos")
# Vietnamese letters outside Latin-1: ă đ ĩ ũ ơ ư and the block of letters with two marks
VIETNAMESE_CHARSET = "102-103 110-111 128-129 168-169 1a0-1a1 1af-1b0 1ea0-1ef9"
SYSTEM_CONFIG = Path("/etc/fonts/fonts.conf")
VIETNAMESE_SAMPLE = "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐƠƯăđĩũơư"


def _fc_list(pattern: str) -> list[tuple[str, str]]:
    out = subprocess.run(["fc-list", "-f", "%{style[0]}|%{file}\n", pattern], capture_output=True, text=True,
                         timeout=10, check=False).stdout
    return [tuple(line.split("|", 1)) for line in out.splitlines() if "|" in line]  # type: ignore[misc]


def incomplete_font_files() -> list[str]:
    """Files of the printing families that lack Vietnamese letters while a complete file of their style exists."""
    hidden = []
    for family in PRINT_FAMILIES:
        every = _fc_list(family)
        complete = _fc_list(f"{family}:charset={VIETNAMESE_CHARSET}")
        complete_styles = {style for style, _ in complete}
        complete_files = {file for _, file in complete}
        hidden += [file for style, file in every if file not in complete_files and style in complete_styles]
    return hidden


def hide_incomplete_print_fonts() -> Path | None:
    """Point fontconfig at the system setup less the incomplete files (call before the QApplication exists)."""
    if not sys.platform.startswith("linux") or os.environ.get("FONTCONFIG_FILE") or not SYSTEM_CONFIG.exists():
        return None
    if shutil.which("fc-list") is None:
        return None
    try:
        hidden = incomplete_font_files()
    except (OSError, subprocess.SubprocessError):
        return None
    if not hidden:
        return None
    from xml.sax.saxutils import escape

    globs = "".join(f"<glob>{escape(f)}</glob>" for f in hidden)
    text = ('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>'
            f'<include ignore_missing="yes">{SYSTEM_CONFIG}</include>'
            f"<selectfont><rejectfont>{globs}</rejectfont></selectfont></fontconfig>\n")
    import hashlib

    folder = Path(os.environ.get("XDG_RUNTIME_DIR") or Path(tempfile.gettempdir()) / f"competency-gap-{os.getuid()}")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid != os.getuid():
            return None
        path = folder / f"competency-gap-fonts-{hashlib.sha1(text.encode()).hexdigest()[:12]}.conf"
        if not path.exists():  # the same setup is written once and shared by later runs
            handle, name = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(name, path)
    except OSError:
        return None
    os.environ["FONTCONFIG_FILE"] = str(path)
    return path


def print_family() -> str:
    """The family to print in: Times New Roman where it is (Qt substitutes its metric twin otherwise)."""
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families())
    for family in PRINT_FAMILIES:
        if family in families:
            return family
    return PRINT_FAMILIES[0]


def missing_vietnamese(family: str) -> list[str]:
    """Styles of the family whose font lacks a Vietnamese letter (those would come from a fallback font)."""
    from PySide6.QtGui import QFont, QRawFont

    missing = []
    for bold in (False, True):
        for italic in (False, True):
            font = QFont(family, 13)
            font.setBold(bold)
            font.setItalic(italic)
            raw = QRawFont.fromFont(font)
            if not all(raw.supportsCharacter(ord(c)) for c in VIETNAMESE_SAMPLE):
                missing.append(f"{'bold ' if bold else ''}{'italic' if italic else 'regular'}".strip())
    return missing

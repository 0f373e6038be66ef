"""Render the program icon (resources/icon/competency-gap.svg) to PNG sizes and a Windows .ico.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py`; the outputs are kept in git.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON_DIR / "competency-gap.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    from PySide6.QtGui import QGuiApplication
    from PIL import Image

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it to paint
    pngs = {size: render(size) for size in SIZES}
    (ICON_DIR / "competency-gap.png").write_bytes(pngs[256])
    (ICON_DIR / "competency-gap-48.png").write_bytes(pngs[48])
    largest = Image.open(io.BytesIO(pngs[256]))
    largest.save(ICON_DIR / "competency-gap.ico", sizes=[(s, s) for s in SIZES])
    print(f"{ICON_DIR}: competency-gap.png, competency-gap-48.png, competency-gap.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())

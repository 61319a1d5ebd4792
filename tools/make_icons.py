"""Render resources/icons/companion.svg to the PNG sizes the platforms use (window, taskbar, .desktop,
installer, About): resources/icons/companion-<size>.png.

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from companion.ui.theme import ICON_SIZES

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = ROOT / "resources" / "icons"
    renderer = QSvgRenderer(str(folder / "companion.svg"))
    if not renderer.isValid():
        raise SystemExit("companion.svg could not be read")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = folder / f"companion-{size}.png"
        image.save(str(target), "PNG")
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

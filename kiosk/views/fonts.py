"""Load the shipped Noto Sans CJK subsets, so Chinese renders on a machine with no fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"


def load_fonts() -> set[str]:
    families: set[str] = set()
    for path in sorted(FONT_DIR.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"cannot load the font {path}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families

"""The shipped fonts draw every character the kiosk ships, in the right regional forms."""

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from kiosk.i18n import FONT_FAMILIES
from kiosk.text_coverage import shipped_text
from kiosk.views.fonts import FONT_DIR

FONTS = sorted(FONT_DIR.glob("*.otf"))


def test_fonts_are_shipped_with_their_licence():
    assert {path.name for path in FONTS} == {
        f"NotoSansCJK{face}-{weight}.subset.otf" for face in ("sc", "tc") for weight in ("Regular", "Bold")
    }
    assert "SIL OPEN FONT LICENSE" in (FONT_DIR / "LICENSE").read_text(encoding="utf-8").upper()


def test_shipped_text_is_what_people_read():
    text = shipped_text()
    assert "喝水" in text and "飲水" in text and "暂停使用" in text


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.name)
def test_every_shipped_character_is_in_the_font(path: Path):
    cmap = TTFont(path).getBestCmap()
    missing = sorted({ch for ch in shipped_text() if ord(ch) not in cmap})
    assert missing == [], f"run tools/subset_fonts.py: {''.join(missing)}"


def test_qt_draws_each_language_in_its_own_family(fonts_loaded, qapp):
    from PySide6.QtGui import QFont, QFontInfo

    assert {"Noto Sans CJK SC", "Noto Sans CJK TC"} <= fonts_loaded
    for lang, family in FONT_FAMILIES.items():
        assert QFontInfo(QFont(family)).family() == family, lang

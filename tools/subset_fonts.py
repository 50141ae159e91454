"""Cut the Noto Sans CJK subsets the kiosk ships (kiosk/assets/fonts/).

The subsets cover the shipped bundle and translations, and beyond them GB 2312's everyday
characters and their Traditional forms, so that content the centre publishes later still renders. Run after changing
content or translations (tests/test_fonts.py says when):

    apt-get install fonts-noto-cjk && pip install -e .[tools] && python tools/subset_fonts.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import zhconv
from fontTools import subset
from fontTools.ttLib import TTCollection

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kiosk.text_coverage import shipped_text  # noqa: E402

SOURCE = Path("/usr/share/fonts/opentype/noto")
OUT = Path(__file__).resolve().parents[1] / "kiosk" / "assets" / "fonts"
# Index of each face inside Debian's NotoSansCJK-*.ttc collections.
FACES = {"SC": 2, "TC": 3}
WEIGHTS = ("Regular", "Bold")


def gb2312() -> str:
    """GB 2312's symbols and its level-1 hanzi: the 3,755 characters of everyday text."""
    chars = []
    for high in [*range(0xA1, 0xAA), *range(0xB0, 0xD8)]:
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def wanted() -> str:
    base = gb2312()
    text = base + zhconv.convert(base, "zh-hant") + shipped_text()
    text += "".join(map(chr, range(0x20, 0x7F))) + "·—–‘’“”…、。，：；！？（）《》【】〔〕¥℃×÷≤≥←→↑↓●○■□★☆"
    return "".join(sorted(set(text)))


def main() -> None:
    chars = wanted()
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        collection = TTCollection(str(SOURCE / f"NotoSansCJK-{weight}.ttc"))
        for face, index in FACES.items():
            font = collection.fonts[index]
            options = subset.Options()
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=chars)
            subsetter.subset(font)
            target = OUT / f"NotoSansCJK{face.lower()}-{weight}.subset.otf"
            font.save(str(target))
            print(f"{target.name}: {len(chars)} characters, {target.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

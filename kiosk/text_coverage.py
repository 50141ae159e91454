"""Every character the kiosk ships for people to read: the default bundle and the translations.

The font subsets must cover this text; tools/subset_fonts.py cuts them from it and a test checks.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent
BUNDLE = ROOT / "assets" / "bundle"
I18N = ROOT.parent / "i18n"


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def shipped_text() -> str:
    parts = []
    for path in sorted(BUNDLE.glob("*.json")):
        parts += _strings(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted(I18N.glob("*.ts")):
        for element in ElementTree.parse(path).getroot().iter("translation"):
            parts.append(element.text or "")
    return re.sub(r"\s", "", "".join(parts))

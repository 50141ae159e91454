"""Refresh the Qt Linguist sources from the code and compile them.

    python tools/i18n.py            # pyside6-lupdate kiosk -> i18n/*.ts, then pyside6-lrelease -> .qm

New strings arrive in the .ts files as unfinished; translate them (Qt Linguist, or by hand) and
run this again. tests/test_translations.py fails while any is missing or loses a placeholder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kiosk.i18n import QM_STEMS  # noqa: E402

BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "kiosk").rglob("*.py"))


def main() -> None:
    for stem in QM_STEMS.values():
        ts = ROOT / "i18n" / f"{stem}.ts"
        subprocess.run([BIN / "pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none", "-ts", ts],
                       cwd=ROOT, check=True)
        subprocess.run([BIN / "pyside6-lrelease", ts, "-qm", ts.with_suffix(".qm")], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()

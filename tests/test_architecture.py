"""The core imports no Qt: views -> core -> storage/network, one direction."""

import ast
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[1] / "kiosk"
QT_MODULES = ("PySide6", "shiboken6", "qtawesome", "qasync", "qtpy")
# The wiring and entry modules may reach into views; nothing else outside views/ may.
ALLOWED = {"app.py", "__main__.py"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_modules() -> list[Path]:
    return [
        path
        for path in KIOSK.rglob("*.py")
        if "views" not in path.relative_to(KIOSK).parts and path.name not in ALLOWED
    ]


def test_core_modules_import_no_qt():
    offenders = {
        str(path.relative_to(KIOSK)): sorted(m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES)
        for path in core_modules()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_modules_do_not_import_views():
    offenders = [
        str(path.relative_to(KIOSK))
        for path in core_modules()
        if any(m.startswith("kiosk.views") for m in imported_modules(path))
    ]
    assert offenders == []


def test_the_scan_sees_the_core():
    names = {str(path.relative_to(KIOSK)) for path in core_modules()}
    assert {"content/bundle.py", "content/schema.py", "config.py"} <= names
    assert "views/shell.py" not in names

import json
import os
import shutil
from datetime import datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402

from kiosk.content.active import SHIPPED_BUNDLE  # noqa: E402
from kiosk.content.bundle import load_bundle, write_manifest  # noqa: E402

# A Wednesday morning, when the sample station is open.
WEDNESDAY_10AM = datetime(2026, 11, 25, 10, 0)


@pytest.fixture(scope="session")
def shipped():
    return load_bundle(SHIPPED_BUNDLE)


@pytest.fixture
def bundle_dir(tmp_path):
    """A writable copy of the shipped bundle."""
    target = tmp_path / "bundle"
    shutil.copytree(SHIPPED_BUNDLE, target)
    return target


def edit_part(bundle: Path, name: str, change) -> None:
    """Change one JSON file of a bundle and write a manifest that matches it again."""
    path = bundle / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    station_id = json.loads((bundle / "content.json").read_text(encoding="utf-8"))["station"]["id"]
    write_manifest(bundle, version=2, station_id=station_id)


def tap(qtbot, widget, **kwargs) -> None:
    """A finger's tap, then let Qt finish what it queued: new cards are shown and laid out over
    a couple of event-loop passes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.views.screenshot import settle

    qtbot.mouseClick(widget, Qt.LeftButton, **kwargs)
    settle(QApplication.instance())


@pytest.fixture(scope="session")
def fonts_loaded(qapp):
    from kiosk.views.fonts import load_fonts

    return load_fonts()


def release(window) -> None:
    """Let a test's kiosk window close at teardown (a visitor cannot)."""
    window.kiosk_mode = False


PIN = "2468"


@pytest.fixture(scope="session")
def pin_hash():
    from kiosk.pin import hash_pin

    return hash_pin(PIN)


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "data" / "kiosk.db"


@pytest.fixture
def make_window(qtbot, fonts_loaded, shipped, store_path, pin_hash):
    from kiosk.store_thread import StoreThread
    from kiosk.views.shell import KioskWindow, build_screens
    from kiosk.views.state import KioskState

    stores, windows = [], []

    def make(bundle=shipped, idle_timeout_ms=60_000, now=WEDNESDAY_10AM, size=(1920, 1080), map_app="amap", db=None):
        store = StoreThread(db or store_path)
        stores.append(store)
        state = KioskState(bundle, now=lambda: now, store=store, pin_hash=pin_hash)
        state.load_availability()
        window = KioskWindow(state, build_screens(state, map_app), idle_timeout_ms, kiosk_mode=True)
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    close_windows(windows)
    for store in stores:
        store.close()


def close_windows(windows) -> None:
    """Close and really delete a test's kiosk windows: pytest-qt's deleteLater is never carried
    out outside an event loop, and every window left alive slows each later language switch."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for window in windows:
        release(window)
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)

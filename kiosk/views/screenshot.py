"""Render every screen, in every language, size and orientation, to PNG files (headless)."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.config import Config
from kiosk.i18n import LANGUAGES

SIZES = ((1920, 1080), (1080, 1920))


def settle(app) -> None:
    """Let the layouts finish: a relaid grid posts a second layout pass after the first."""
    for _ in range(3):
        app.processEvents()


def settle_store(app, state) -> None:
    """Wait for the database work a page asked for, then for its answer to be shown."""
    state.store.call(lambda store: None).result()
    settle(app)


def sample_records(store) -> None:
    """A morning's worth of made-up check-ins and diary entries, so the attendant pages show data."""
    visits = [("delivery_rider", ["water", "charging"]), ("courier", ["rest"]), ("sanitation_worker", ["water", "heating"])]
    for n in range(9):
        occupation, services = visits[n % len(visits)]
        store.add("checkin", {"occupation": occupation, "services": services})
    store.add("diary", {"kind": "shift_open", "text": ""})
    store.add("diary", {"kind": "supplies", "text": "补充饮用水两箱、一次性纸杯一包。"})
    store.add("diary", {"kind": "request", "text": "骑手反映充电柜3号口不通电，已报修。"})


def render_all(config: Config, out_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    from kiosk.app import build_window

    app = QApplication.instance() or QApplication([])
    # Never the kiosk's own database: screenshots show sample records in a throwaway one.
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-screenshots-")
    window, _ = build_window(config.model_copy(update={"data_dir": Path(scratch.name)}), kiosk_mode=True)
    window.state.store.call(sample_records).result()
    window.idle.timer.stop()
    count = 0
    for width, height in SIZES:
        window.resize(width, height)
        window.show()
        for lang in LANGUAGES:
            window.state.set_language(lang)
            for large in (False, True):
                window.state.set_large(large)
                for key, screen in window.screens.items():
                    window.open(key)
                    settle_store(app, window.state)
                    folder = out_dir / f"{width}x{height}" / lang
                    folder.mkdir(parents=True, exist_ok=True)
                    suffix = "-large" if large else ""
                    window.grab().save(str(folder / f"{key}{suffix}.png"))
                    count += 1
                    scroll = screen.findChild(QScrollArea)
                    if scroll is not None and scroll.widget().height() > scroll.viewport().height():
                        scroll.widget().grab().save(str(folder / f"{key}{suffix}-whole.png"))
                        count += 1
                    for page, show_page in screen.sub_pages().items():
                        show_page()
                        settle_store(app, window.state)
                        window.grab().save(str(folder / f"{key}-{page}{suffix}.png"))
                        count += 1
                    screen.reset()
                    settle(app)
    # Delete the window while Python is still whole: left to interpreter shutdown, PySide may
    # destroy widgets whose Python overrides are already gone.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    window.state.store.close()
    scratch.cleanup()
    return count

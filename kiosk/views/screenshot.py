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


def render_all(config: Config, out_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    from kiosk.app import build_window

    app = QApplication.instance() or QApplication([])
    window, _ = build_window(config, kiosk_mode=True)
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
                    settle(app)
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
                        settle(app)
                        window.grab().save(str(folder / f"{key}-{page}{suffix}.png"))
                        count += 1
                    screen.reset()
                    settle(app)
    # Delete the window while Python is still whole: left to interpreter shutdown, PySide may
    # destroy widgets whose Python overrides are already gone.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    return count

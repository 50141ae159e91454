"""Notices when nobody has touched the screen for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.MouseButtonPress,
    QEvent.MouseMove,
    QEvent.TouchBegin,
    QEvent.TouchUpdate,
    QEvent.KeyPress,
    QEvent.Wheel,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without a touch, key or wheel anywhere in the app."""

    idle = Signal()

    def __init__(self, app: QObject, timeout_ms: int, parent: QObject):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.timer.start()
        return False

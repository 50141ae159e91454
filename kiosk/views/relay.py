"""Brings the outcome of work done on another thread back to the UI thread."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Callable

from PySide6.QtCore import QObject, Signal, Slot


class Relay(QObject):
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A slot of this object, which lives on the UI thread: an emit from a worker is queued.
        self._finished.connect(self._deliver)

    def when_done(self, future: Future, callback: Callable[[Future], None]) -> None:
        future.add_done_callback(lambda done: self._finished.emit(callback, done))

    @Slot(object, object)
    def _deliver(self, callback, future) -> None:
        callback(future)

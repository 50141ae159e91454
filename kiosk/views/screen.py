"""The base of every screen: refreshed from the state when shown, reset for the next visitor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.views.state import KioskState


class Screen(QWidget):
    navigate = Signal(str)

    def __init__(self, state: KioskState):
        super().__init__()
        self.state = state
        self._stale = True
        state.changed.connect(self._on_state_changed)

    def _on_state_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Set every text and value from the state; called when shown after a change."""
        self._stale = False
        self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def sub_pages(self) -> dict:
        """Pages inside this screen, by name, each with the call that opens it (for screenshots)."""
        return {}

    def reset(self) -> None:
        """Clear half-done input; screens that take input override this."""

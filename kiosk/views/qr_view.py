"""A QR code drawn crisp at any size: whole pixels per module, centred, on white."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.qr import qr_matrix


class QrCode(QWidget):
    def __init__(self, side: int = 360):
        super().__init__()
        self._matrix: list[list[bool]] = []
        self.text = ""
        self.setMinimumSize(side, side)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self._matrix = qr_matrix(text) if text else []
            self.update()

    def set_side(self, side: int) -> None:
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.white)
        if not self._matrix:
            return
        count = len(self._matrix)
        module = max(1, min(self.width(), self.height()) // count)
        left = (self.width() - module * count) // 2
        top = (self.height() - module * count) // 2
        dark = QColor("#000000")
        for y, row in enumerate(self._matrix):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(QRect(left + x * module, top + y * module, module, module), dark)

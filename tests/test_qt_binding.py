"""The pinned PySide6 must not leak references to None from QPainter calls.

PySide6 6.12.0 drops one reference to None on every void QPainter call; a kiosk that paints its
map for a few minutes then dies with "none_dealloc". This guards the pin against that release.
"""

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter


def test_painting_keeps_none_alive(qapp):
    image = QImage(64, 64, QImage.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.setBrush(QColor("#b93f0b"))
        painter.drawEllipse(QPointF(10, 10), 5, 5)
    after = sys.getrefcount(None)
    painter.end()
    assert before - after < 50

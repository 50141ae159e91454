"""The nearby-stations map, drawn by the kiosk itself from coordinates: no tiles, no network."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QPinchGesture, QWidget

from kiosk.geo import project
from kiosk.views import theme

MIN_SCALE, MAX_SCALE = 0.01, 2.0  # pixels per metre: from a whole city to a few streets
TAP_SLOP_PX = 12  # a finger moving less than this is a tap, not a drag
HIT_PX = 44  # a tap this close to a marker picks it


@dataclass(frozen=True)
class Marker:
    east: float
    north: float
    open: bool


@dataclass(frozen=True)
class Ring:
    radius_m: float
    caption: str


class MapView(QWidget):
    marker_tapped = Signal(int)

    def __init__(self):
        super().__init__()
        self.setObjectName("map")
        self.setMinimumSize(320, 320)
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.grabGesture(Qt.PinchGesture)
        self.origin = (0.0, 0.0)
        self.markers: list[Marker] = []
        self.rings: list[Ring] = []
        self.selected: int | None = None
        self.selected_caption = ""
        self.here_caption = ""
        self.center = QPointF(0, 0)  # metres east/north of the origin at the middle of the widget
        self.scale = 0.1
        # Until a finger moves or zooms the map, it keeps this radius fitted as its size changes.
        self.fit_radius: float | None = 1000.0
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragged = False

    def set_stations(self, origin: tuple[float, float], points: list[tuple[float, float, bool]]) -> None:
        """Origin (lat, lng) is "you are here"; points are (lat, lng, open now)."""
        self.origin = origin
        self.markers = [Marker(*project(lat, lng, *origin), is_open) for lat, lng, is_open in points]
        self.update()

    def set_rings(self, rings: list[Ring]) -> None:
        self.rings = rings
        self.update()

    def select(self, index: int | None, caption: str = "") -> None:
        self.selected, self.selected_caption = index, caption
        if index is not None:
            self.fit_radius = None
            marker = self.markers[index]
            self.center = QPointF(marker.east, marker.north)
        self.update()

    def fit(self, radius_m: float) -> None:
        """Centre on "you are here" with a circle of radius_m just inside the map."""
        self.fit_radius = radius_m
        self.center = QPointF(0, 0)
        side = max(1, min(self.width(), self.height()))
        self.scale = min(MAX_SCALE, max(MIN_SCALE, side * 0.46 / radius_m))
        self.update()

    def zoom(self, factor: float) -> None:
        self.fit_radius = None
        self.scale = min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_radius is not None:
            self.fit(self.fit_radius)

    def to_screen(self, east: float, north: float) -> QPointF:
        return QPointF(
            self.width() / 2 + (east - self.center.x()) * self.scale,
            self.height() / 2 - (north - self.center.y()) * self.scale,
        )

    def marker_at(self, point: QPointF) -> int | None:
        best, best_distance = None, HIT_PX
        for index, marker in enumerate(self.markers):
            spot = self.to_screen(marker.east, marker.north)
            distance = ((spot.x() - point.x()) ** 2 + (spot.y() - point.y()) ** 2) ** 0.5
            if distance < best_distance:
                best, best_distance = index, distance
        return best

    def event(self, event) -> bool:
        if event.type() == QEvent.Gesture:
            pinch = event.gesture(Qt.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom(pinch.scaleFactor())
                return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        self._press = self._last = event.position()
        self._dragged = False

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return
        here = event.position()
        if (here - self._press).manhattanLength() > TAP_SLOP_PX:
            self._dragged = True
        if self._dragged:
            self.fit_radius = None
            delta = here - self._last
            self.center = QPointF(self.center.x() - delta.x() / self.scale, self.center.y() + delta.y() / self.scale)
            self.update()
        self._last = here

    def mouseReleaseEvent(self, event) -> None:
        if self._press is not None and not self._dragged:
            index = self.marker_at(event.position())
            if index is not None:
                self.marker_tapped.emit(index)
        self._press = None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f3ede4"))
        self._paint_grid(painter)
        here = self.to_screen(0, 0)
        font = QFont(self.font())
        font.setPixelSize(22)
        painter.setFont(font)
        for ring in self.rings:
            radius = ring.radius_m * self.scale
            painter.setPen(QPen(QColor(theme.GREEN), 3, Qt.DashLine))
            painter.setBrush(QColor(39, 107, 67, 18))
            painter.drawEllipse(here, radius, radius)
            painter.setPen(QColor(theme.GREEN))
            painter.drawText(QPointF(here.x() + 8, here.y() - radius - 8), ring.caption)
        view = QRectF(self.rect()).adjusted(-20, -20, 20, 20)
        painter.setPen(QPen(QColor("white"), 2))
        for index, marker in enumerate(self.markers):
            spot = self.to_screen(marker.east, marker.north)
            if index == self.selected or not view.contains(spot):
                continue
            painter.setBrush(QColor(theme.ORANGE if marker.open else "#8a8f98"))
            painter.drawEllipse(spot, 11, 11)
        self._paint_pin(painter, here, theme.BAR, self.here_caption, above=False)
        if self.selected is not None:
            marker = self.markers[self.selected]
            self._paint_pin(painter, self.to_screen(marker.east, marker.north), theme.ORANGE, self.selected_caption)

    def _paint_pin(self, painter: QPainter, spot: QPointF, colour: str, caption: str, above: bool = True) -> None:
        painter.setPen(QPen(QColor("white"), 4))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(spot, 18, 18)
        if caption:
            metrics = painter.fontMetrics()
            # The selected station's name sits above its pin and "you are here" below its own,
            # so the two never cover each other when the station is close by.
            box = QRectF(spot.x() - 20, spot.y() + (-64 if above else 24), metrics.horizontalAdvance(caption) + 20, 40)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(QColor(theme.INK))
            painter.drawText(box, Qt.AlignCenter, caption)

    def _paint_grid(self, painter: QPainter) -> None:
        """A faint 1 km grid, so a drag visibly moves the map even where no station is."""
        step = 1000.0
        painter.setPen(QPen(QColor("#e4dacd"), 1))
        left = self.center.x() - self.width() / 2 / self.scale
        right = self.center.x() + self.width() / 2 / self.scale
        bottom = self.center.y() - self.height() / 2 / self.scale
        top = self.center.y() + self.height() / 2 / self.scale
        if (right - left) / step > 200:
            return
        east = (left // step) * step
        while east <= right:
            x = self.to_screen(east, 0).x()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            east += step
        north = (bottom // step) * step
        while north <= top:
            y = self.to_screen(0, north).y()
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            north += step

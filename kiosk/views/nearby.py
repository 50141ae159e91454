"""Nearby stations: a map drawn from coordinates, the nearest list with filters, details and a QR."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.hours import open_state
from kiosk.geo import RIDE_M_PER_MIN, WALK_M_PER_MIN, haversine_m, ride_minutes, ring_m, walk_minutes
from kiosk.navigation import navigation_url
from kiosk.nearby import FILTERS, Nearby, Row
from kiosk.views.formatting import distance, open_line, service_kind, travel, tr
from kiosk.views.map_view import MapView, Ring
from kiosk.views.qr_view import QrCode
from kiosk.views.screen import Screen
from kiosk.views.widgets import CardButton, ResponsiveGrid, Split, clear_layout, icon, label, list_page, set_role

RING_MINUTES = 15


def filter_label(name: str) -> str:
    labels = {
        "open_now": tr("Open now"),
        "open_24h": tr("24 hours"),
        "battery_swap": tr("Battery swap"),
        "microwave": tr("Microwave"),
    }
    return labels[name]


class StationRow(CardButton):
    """One station in the list: the whole card is the touch target."""

    def __init__(self, row: Row, state):
        super().__init__(f"station-{row.station.id}")
        self.row = row
        now = state.now()
        self.add(label(state.t(row.station.name), role="row-title"))
        self.add(label(f"{distance(row.metres)} · {travel(walk_minutes(row.metres), ride_minutes(row.metres))}"))
        self.add(label(open_line(row.state, now), role="status-open" if row.state.open else "status-closed"))
        self.add(label(tr(", ").join(service_kind(kind) for kind in row.station.services), role="muted"))


class NearbyScreen(Screen):
    station_opened = Signal(str)

    def __init__(self, state, map_app: str = "amap"):
        super().__init__(state)
        self.map_app = map_app
        self._nearby: Nearby | None = None
        self._bundle = None
        self.rows: list[Row] = []
        self.title = label(role="title")

        self.map = MapView()
        self.map.marker_tapped.connect(self.open_station)
        self.zoom_in = QPushButton(icon("plus"), "")
        self.zoom_in.setObjectName("zoom-in")
        self.zoom_in.clicked.connect(lambda: self.map.zoom(1.5))
        self.zoom_out = QPushButton(icon("minus"), "")
        self.zoom_out.setObjectName("zoom-out")
        self.zoom_out.clicked.connect(lambda: self.map.zoom(1 / 1.5))
        self.recentre = QPushButton(icon("crosshairs-gps"), "")
        self.recentre.setObjectName("recentre")
        self.recentre.clicked.connect(self.fit_map)
        zoom_row = QHBoxLayout()
        for button in (self.zoom_in, self.zoom_out, self.recentre):
            button.setIconSize(QSize(40, 40))
            button.setMinimumWidth(96)
            zoom_row.addWidget(button)
        zoom_row.addStretch(1)
        map_panel = QWidget()
        map_column = QVBoxLayout(map_panel)
        map_column.setContentsMargins(0, 0, 0, 0)
        map_column.addWidget(self.map, 1)
        map_column.addLayout(zoom_row)

        self.chips = {}
        for name in FILTERS:
            chip = QPushButton()
            chip.setObjectName(f"filter-{name}")
            chip.setCheckable(True)
            chip.setProperty("role", "chip")
            chip.toggled.connect(self.refill_list)
            self.chips[name] = chip
        self.chip_grid = ResponsiveGrid(column_width=190, max_columns=4, spacing=12)
        self.chip_grid.set_items(list(self.chips.values()))
        self.count = label(role="muted")
        stations_page, self.list = list_page(self.chip_grid, self.count)

        self.detail_name = label(role="title")
        self.detail_address = label(role="muted")
        self.detail_open = label()
        self.detail_distance = label()
        self.detail_services = label()
        self.qr = QrCode(300)
        self.qr.setObjectName("navigation-qr")
        self.qr_caption = label(role="muted")
        self.back_to_list = QPushButton(icon("format-list-bulleted"), "")
        self.back_to_list.setObjectName("back-to-list")
        self.back_to_list.setIconSize(QSize(40, 40))
        self.back_to_list.clicked.connect(self.show_list)
        detail, detail_column = list_page()
        for widget in (self.detail_name, self.detail_address, self.detail_open, self.detail_distance, self.detail_services):
            detail_column.addWidget(widget)
        detail_column.addWidget(self.qr, 0, Qt.AlignHCenter)
        detail_column.addWidget(self.qr_caption)
        detail_column.addWidget(self.back_to_list, 0, Qt.AlignLeft)

        self.pages = QStackedWidget()
        self.pages.addWidget(stations_page)
        self.pages.addWidget(detail)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 20, 40, 20)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(Split(map_panel, self.pages, (5, 4)), 1)
        self.fit_map()

    @property
    def nearby(self) -> Nearby:
        # Built once per bundle: the index over all stations is the costly part.
        if self._bundle is not self.state.bundle:
            self._bundle = self.state.bundle
            self._nearby = Nearby(self.state.bundle.stations, self.state.bundle.content.station.location)
        return self._nearby

    def fill(self) -> None:
        here = self.state.bundle.content.station.location
        now = self.state.now()
        self.map.set_stations(
            (here.lat, here.lng), [(s.lat, s.lng, open_state(s.hours, now).open) for s in self.nearby.stations]
        )
        self.map.here_caption = tr("You are here")
        self.map.set_rings(
            [
                Ring(ring_m(RING_MINUTES, WALK_M_PER_MIN), tr("15 min on foot")),
                Ring(ring_m(RING_MINUTES, RIDE_M_PER_MIN), tr("15 min by e-bike")),
            ]
        )
        self.title.setText(tr("Nearby stations"))
        for name, chip in self.chips.items():
            chip.setText(filter_label(name))
        self.chip_grid.set_column_width(max(chip.sizeHint().width() for chip in self.chips.values()) + 12)
        self.back_to_list.setText(tr("Back to the list"))
        self.refill_list()
        if self.pages.currentIndex() == 1 and self.map.selected is not None:
            self.open_station(self.map.selected)

    def refill_list(self) -> None:
        filters = {name for name, chip in self.chips.items() if chip.isChecked()}
        self.rows = self.nearby.nearest(filters, self.state.now())
        clear_layout(self.list)
        for row in self.rows:
            button = StationRow(row, self.state)
            button.clicked.connect(lambda _=False, index=row.index: self.open_station(index))
            self.list.addWidget(button)
        if self.rows:
            self.count.setText(tr("The %1 nearest stations").replace("%1", str(len(self.rows))))
        else:
            self.count.setText(tr("No station matches. Tap a filter again to turn it off."))

    def open_station(self, index: int) -> None:
        station = self.nearby.stations[index]
        here = self.state.bundle.content.station.location
        now = self.state.now()
        state = open_state(station.hours, now)
        metres = haversine_m(here.lat, here.lng, station.lat, station.lng)
        name = self.state.t(station.name)
        self.detail_name.setText(name)
        self.detail_address.setText(self.state.t(station.address))
        self.detail_open.setText(open_line(state, now))
        set_role(self.detail_open, "status-open" if state.open else "status-closed")
        self.detail_distance.setText(f"{distance(metres)} · {travel(walk_minutes(metres), ride_minutes(metres))}")
        self.detail_services.setText(tr(", ").join(service_kind(kind) for kind in station.services))
        self.qr.set_text(navigation_url(self.map_app, station.lat, station.lng, station.name.zh_hans, station.address.zh_hans))
        self.qr.set_side(self.state.scale.px(300))
        self.qr_caption.setText(
            tr("Scan to find the way in Amap") if self.map_app == "amap" else tr("Scan to find the way in Baidu Maps")
        )
        self.map.select(index, name)
        self.pages.setCurrentIndex(1)
        self.station_opened.emit(station.id)

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.map.select(None)

    def fit_map(self) -> None:
        self.map.fit(ring_m(RING_MINUTES, RIDE_M_PER_MIN))

    def sub_pages(self) -> dict:
        return {"detail": lambda: self.open_station(self.rows[0].index)}

    def reset(self) -> None:
        for chip in self.chips.values():
            chip.setChecked(False)
        self.show_list()
        self.fit_map()

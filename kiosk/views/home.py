"""Home: the station, whether it is open, and the big tiles to everything else."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.content.hours import open_state
from kiosk.views.formatting import open_line, tr
from kiosk.views.screen import Screen
from kiosk.views.widgets import ResponsiveGrid, Tile, label, set_role

# Screen key, icon and tile colour, in the order a visitor reads them.
TILES = (
    ("services", "cup-water", "tile"),
    ("nearby", "map-marker-radius", "tile"),
    ("handbook", "scale-balance", "tile"),
    ("membership", "account-group", "tile-green"),
    ("checkin", "hand-heart", "tile-green"),
    ("events", "calendar-star", "tile"),
)


def tile_label(key: str) -> str:
    labels = {
        "services": tr("Services"),
        "nearby": tr("Nearby stations"),
        "handbook": tr("Legal help"),
        "membership": tr("Join the union"),
        "checkin": tr("Check in"),
        "events": tr("Events"),
    }
    return labels[key]


class HomeScreen(Screen):
    def __init__(self, state):
        super().__init__(state)
        self.name = label(role="huge")
        self.open_line = label()
        self.address = label(role="muted")
        self.tiles = {}
        for key, icon_name, role in TILES:
            tile = Tile(icon_name, role)
            tile.setObjectName(f"tile-{key}")
            tile.clicked.connect(lambda _=False, key=key: self.navigate.emit(key))
            self.tiles[key] = tile
        self.grid = ResponsiveGrid(column_width=480, max_columns=3, spacing=24)
        self.grid.set_items(list(self.tiles.values()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(12)
        layout.addWidget(self.name)
        layout.addWidget(self.open_line)
        layout.addWidget(self.address)
        layout.addSpacing(16)
        layout.addWidget(self.grid, 1)

    def fill(self) -> None:
        station = self.state.bundle.content.station
        self.name.setText(self.state.t(station.name))
        self.address.setText(self.state.t(station.address))
        self.update_open_line()
        icon_px = self.state.scale.px(88)
        for key, tile in self.tiles.items():
            tile.setText(tile_label(key))
            tile.set_icon_px(icon_px)

    def update_open_line(self) -> None:
        now = self.state.now()
        status = open_state(self.state.bundle.content.station.hours, now)
        self.open_line.setText(open_line(status, now))
        set_role(self.open_line, "status-open" if status.open else "status-closed")

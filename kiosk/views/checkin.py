"""Check-in: who came and what they used, in three taps, anonymous; saved before "thank you"."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.checkin import OCCUPATIONS, checkin_payload
from kiosk.views import theme
from kiosk.views.formatting import tr
from kiosk.views.screen import Screen
from kiosk.views.widgets import ResponsiveGrid, Tile, add_to, drag_scroll, icon, label

# Long enough to read two lines, short enough that the next worker finds home.
THANKS_MS = 5000
SORRY_MS = 10000


def occupation_label(key: str) -> str:
    labels = {
        "delivery_rider": tr("Delivery rider"),
        "courier": tr("Courier"),
        "ride_hailing_driver": tr("Ride-hailing driver"),
        "truck_driver": tr("Truck driver"),
        "sanitation_worker": tr("Sanitation worker"),
        "other": tr("Other work"),
    }
    return labels[key]


def message_page(glyph: str, color: str) -> tuple[QWidget, QWidget, QWidget, QVBoxLayout]:
    """A centred page: a big icon, a title and a line under it; returns the page, both labels and
    its column."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(60, 40, 60, 40)
    column.addStretch(1)
    picture = label()
    picture.setAlignment(Qt.AlignCenter)
    picture.setPixmap(icon(glyph, color).pixmap(180, 180))
    title = label(role="huge")
    line = label()
    for widget in (picture, title, line):
        widget.setAlignment(Qt.AlignCenter)
        column.addWidget(widget)
    column.addStretch(2)
    return page, title, line, column


class CheckinScreen(Screen):
    def __init__(self, state):
        super().__init__(state)
        self.occupation: str | None = None
        self.draft_id: str | None = None
        self.saving = False

        self.pages = QStackedWidget()
        self.occupation_title = label(role="title")
        self.occupation_note = label(role="muted")
        self.occupation_tiles = {}
        for key, glyph in OCCUPATIONS.items():
            tile = Tile(glyph)
            # Job names run longer than the home tiles' words: a smaller size keeps two columns.
            tile.setProperty("compact", True)
            tile.setObjectName(f"occupation-{key}")
            tile.clicked.connect(lambda _=False, key=key: self.choose_occupation(key))
            self.occupation_tiles[key] = tile
        self.occupation_grid = ResponsiveGrid(column_width=420, max_columns=3, spacing=24)
        self.occupation_grid.set_items(list(self.occupation_tiles.values()))
        self.occupation_page = self._page((self.occupation_title, self.occupation_note), self.occupation_grid)

        self.services_title = label(role="title")
        self.chosen = label(role="status-open")
        self.change = QPushButton()
        self.change.setObjectName("change-occupation")
        self.change.setProperty("role", "chip")
        self.change.clicked.connect(lambda: self.pages.setCurrentWidget(self.occupation_page))
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.change)
        self.service_grid = ResponsiveGrid(column_width=300, max_columns=6, spacing=16)
        self.service_tiles: dict[str, Tile] = {}
        self.done = QPushButton(icon("check-bold"), "")
        self.done.setObjectName("done")
        self.done.setProperty("role", "big")
        self.done.setIconSize(QSize(48, 48))
        self.done.clicked.connect(self.save)
        # Many services and large text do not fit one screen: the tiles scroll, "done" stays in view.
        self.services_page = self._page((self.services_title, chosen_row), drag_scroll(self.service_grid), self.done)

        self.thanks_page, self.thanks_title, self.thanks_line, _ = message_page("check-circle", theme.GREEN)
        self.sorry_page, self.sorry_title, self.sorry_line, sorry_column = message_page("alert-circle", theme.RED)
        self.sorry_home = QPushButton()
        self.sorry_home.clicked.connect(lambda: self.navigate.emit("home"))
        sorry_column.insertWidget(sorry_column.count() - 1, self.sorry_home, 0, Qt.AlignCenter)
        for page in (self.occupation_page, self.services_page, self.thanks_page, self.sorry_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.leave = QTimer(self)
        self.leave.setSingleShot(True)
        self.leave.timeout.connect(lambda: self.navigate.emit("home"))

    @staticmethod
    def _page(headers: tuple, body: QWidget, *footers: QWidget) -> QWidget:
        """Headers on top, the body taking the height that is left, footers under it."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(40, 24, 40, 24)
        column.setSpacing(16)
        add_to(column, *headers)
        column.addWidget(body, 1)
        add_to(column, *footers)
        return page

    def fill(self) -> None:
        icon_px = self.state.scale.px(88)
        self.occupation_title.setText(tr("Welcome! What work do you do?"))
        self.occupation_note.setText(tr("Anonymous: no name, phone or ID. It helps the union plan what stations offer."))
        for key, tile in self.occupation_tiles.items():
            tile.setText(occupation_label(key))
            tile.set_icon_px(icon_px)
        self.services_title.setText(tr("What did you use today?"))
        self.change.setText(tr("Change"))
        self.done.setText(tr("Done"))
        self._fill_services()
        self._fill_occupation()
        self.thanks_title.setText(tr("Thank you! Your visit is counted."))
        self.thanks_line.setText(tr("Take a good rest, and stay safe on the road."))
        self.sorry_title.setText(tr("Sorry, your visit could not be saved just now."))
        self.sorry_line.setText(tr("Please tell the attendant. Everything else on this kiosk still works."))
        self.sorry_home.setText(tr("Back to home"))

    def _fill_services(self) -> None:
        chosen = {key for key, tile in self.service_tiles.items() if tile.isChecked()}
        self.service_tiles = {}
        for service in self.state.services():
            if not service.available:
                continue
            tile = Tile(service.icon, "tile-pick", color=theme.ORANGE, color_on="white")
            tile.setObjectName(f"used-{service.id}")
            tile.setCheckable(True)
            tile.setChecked(service.id in chosen)
            tile.setText(self.state.t(service.name))
            tile.set_icon_px(self.state.scale.px(56))
            tile.setMinimumHeight(self.state.scale.px(140))
            tile.toggled.connect(self._update_done)
            self.service_tiles[service.id] = tile
        self.service_grid.set_column_width(self.state.scale.px(300))
        self.service_grid.set_items(list(self.service_tiles.values()))
        self._update_done()

    def _fill_occupation(self) -> None:
        if self.occupation:
            self.chosen.setText(occupation_label(self.occupation))

    def _update_done(self) -> None:
        self.done.setEnabled(not self.saving and any(tile.isChecked() for tile in self.service_tiles.values()))

    def choose_occupation(self, key: str) -> None:
        self.occupation = key
        # One id per visit from here on: however often "done" arrives, the database keeps one.
        self.draft_id = str(uuid.uuid4())
        self._fill_occupation()
        self.pages.setCurrentWidget(self.services_page)

    def save(self) -> None:
        if self.saving or self.occupation is None:
            return
        used = [key for key, tile in self.service_tiles.items() if tile.isChecked()]
        payload = checkin_payload(self.occupation, used, set(self.service_tiles))
        self.saving = True
        self._update_done()
        draft_id = self.draft_id
        self.state.run(lambda store: store.add("checkin", payload, event_id=draft_id), self._saved)

    def _saved(self, future) -> None:
        self.saving = False
        failed = future.exception() is not None
        self.pages.setCurrentWidget(self.sorry_page if failed else self.thanks_page)
        self.leave.start(SORRY_MS if failed else THANKS_MS)

    def reset(self) -> None:
        self.leave.stop()
        self.occupation = None
        self.draft_id = None
        for tile in self.service_tiles.values():
            tile.setChecked(False)
        self.pages.setCurrentWidget(self.occupation_page)

    def showEvent(self, event) -> None:
        # Every visit starts at the first question; a save still running keeps its page.
        if not self.saving:
            self.reset()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.leave.stop()
        super().hideEvent(event)

    def sub_pages(self) -> dict:
        def services():
            self.choose_occupation("delivery_rider")
            for key in ("water", "charging"):
                if key in self.service_tiles:
                    self.service_tiles[key].setChecked(True)

        return {
            "services": services,
            "thanks": lambda: self.pages.setCurrentWidget(self.thanks_page),
            "sorry": lambda: self.pages.setCurrentWidget(self.sorry_page),
        }

"""A plain page for a tile whose screen is not built yet: it says so and leads home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from kiosk.views import theme
from kiosk.views.formatting import tr
from kiosk.views.home import tile_label
from kiosk.views.screen import Screen
from kiosk.views.widgets import icon, label


class ComingSoonScreen(Screen):
    def __init__(self, state, key: str, icon_name: str):
        super().__init__(state)
        self.key = key
        self.glyph = label()
        self.glyph.setAlignment(Qt.AlignCenter)
        self._icon = icon(icon_name, theme.ORANGE)
        self.title = label(role="huge")
        self.title.setAlignment(Qt.AlignCenter)
        self.message = label()
        self.message.setAlignment(Qt.AlignCenter)
        self.home = QPushButton()
        self.home.clicked.connect(lambda: self.navigate.emit("home"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        layout.addStretch(1)
        for widget in (self.glyph, self.title, self.message):
            layout.addWidget(widget)
        layout.addSpacing(24)
        layout.addWidget(self.home, 0, Qt.AlignCenter)
        layout.addStretch(2)

    def fill(self) -> None:
        px = self.state.scale.px(160)
        self.glyph.setPixmap(self._icon.pixmap(px, px))
        self.title.setText(tile_label(self.key))
        self.message.setText(tr("Coming soon. Ask the attendant in the meantime."))
        self.home.setText(tr("Back to home"))

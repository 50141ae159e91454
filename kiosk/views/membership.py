"""Join the union: the online join QR code for this station, the steps and the benefits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.views.formatting import tr
from kiosk.views.qr_view import QrCode
from kiosk.views.screen import Screen
from kiosk.views.widgets import Split, card, clear_layout, label, scrolling_screen


def numbered(layout: QVBoxLayout, lines: list[str], bullet: bool = False) -> None:
    clear_layout(layout)
    for number, line in enumerate(lines, start=1):
        layout.addWidget(label(f"{'•' if bullet else f'{number}.'} {line}"))


class MembershipScreen(Screen):
    def __init__(self, state):
        super().__init__(state)
        self.title = label(role="title")
        self.qr = QrCode(420)
        self.qr.setObjectName("join-qr")
        self.scan = label(role="status-open")
        self.scan.setAlignment(Qt.AlignCenter)
        self.hotline = label()
        self.hotline.setAlignment(Qt.AlignCenter)
        left = card()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(24, 24, 24, 24)
        left_column.addWidget(self.qr, 0, Qt.AlignHCenter)
        left_column.addWidget(self.scan)
        left_column.addWidget(self.hotline)
        left_column.addStretch(1)

        self.steps_title = label(role="title")
        self.steps = QVBoxLayout()
        self.benefits_title = label(role="title")
        self.benefits = QVBoxLayout()
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(12)
        right_column.addWidget(self.steps_title)
        right_column.addLayout(self.steps)
        right_column.addSpacing(16)
        right_column.addWidget(self.benefits_title)
        right_column.addLayout(self.benefits)
        right_column.addStretch(1)

        column = scrolling_screen(self)
        column.addWidget(self.title)
        column.addWidget(Split(left, right, (0, 1)), 1)

    def fill(self) -> None:
        content = self.state.bundle.content
        membership = content.membership
        self.title.setText(tr("Join the union"))
        self.qr.set_text(membership.join_url_for(content.station.code))
        self.qr.set_side(self.state.scale.px(420))
        self.scan.setText(tr("Scan with your phone to join online"))
        self.hotline.setText(tr("Union hotline: %1").replace("%1", membership.hotline))
        self.steps_title.setText(tr("How to join"))
        numbered(self.steps, [self.state.t(step) for step in membership.steps])
        self.benefits_title.setText(tr("What members get"))
        numbered(self.benefits, [self.state.t(benefit) for benefit in membership.benefits], bullet=True)

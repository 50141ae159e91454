"""Services: what this station offers, whether each works now, the pledge, and the events."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.views.cards import current_events, event_card, service_card
from kiosk.views.formatting import tr
from kiosk.views.screen import Screen
from kiosk.views.widgets import ResponsiveGrid, card, clear_layout, label, scrolling_screen


class ServicesScreen(Screen):
    def __init__(self, state):
        super().__init__(state)
        self.title = label(role="title")
        self.grid = ResponsiveGrid(column_width=620, max_columns=3)
        self.pledge_title = label(role="title")
        self.pledge_card = card()
        pledge_layout = QVBoxLayout(self.pledge_card)
        pledge_layout.setContentsMargins(24, 20, 24, 20)
        self.pledge = label()
        self.phone = label(role="status-open")
        self.phone.setObjectName("supervision-phone")
        self.operator = label(role="muted")
        for widget in (self.pledge, self.phone, self.operator):
            pledge_layout.addWidget(widget)
        self.events_title = label(role="title")
        self.events = QVBoxLayout()
        self.events.setSpacing(16)
        column = scrolling_screen(self)
        for widget in (self.title, self.grid, self.pledge_title, self.pledge_card, self.events_title):
            column.addWidget(widget)
        column.addLayout(self.events)
        column.addStretch(1)

    def fill(self) -> None:
        content = self.state.bundle.content
        station = content.station
        self.title.setText(tr("Services at this station"))
        self.grid.set_column_width(self.state.scale.px(600))
        self.grid.set_items([service_card(service, self.state) for service in self.state.services()])
        self.pledge_title.setText(tr("Our service pledge"))
        self.pledge.setText(self.state.t(station.pledge))
        self.phone.setText(tr("Supervision phone: %1").replace("%1", station.supervision_phone))
        builders = [self.state.t(station.operator)] + [self.state.t(b) for b in station.co_builders]
        self.operator.setText(tr("Run by %1").replace("%1", tr(", ").join(builders)))
        self.events_title.setText(tr("Events and notices"))
        fill_events(self.events, self.state)


def fill_events(layout: QVBoxLayout, state) -> None:
    clear_layout(layout)
    events = current_events(state.bundle.content.events, state.now())
    for event in events:
        layout.addWidget(event_card(event, state))
    if not events:
        layout.addWidget(label(tr("No events planned right now."), role="muted"))


class EventsScreen(Screen):
    def __init__(self, state):
        super().__init__(state)
        self.title = label(role="title")
        self.events = QVBoxLayout()
        self.events.setSpacing(16)
        column = scrolling_screen(self)
        column.addWidget(self.title)
        column.addLayout(self.events)
        column.addStretch(1)

    def fill(self) -> None:
        self.title.setText(tr("Events and notices"))
        fill_events(self.events, self.state)

"""Cards that show one service or one event."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.content.hours import schedule_state
from kiosk.content.schema import Event, Service
from kiosk.views import theme
from kiosk.views.formatting import slots, span, tr
from kiosk.views.state import KioskState
from kiosk.views.widgets import card, icon, label


def _icon_label(name: str, color: str, px: int) -> QLabel:
    widget = QLabel()
    widget.setPixmap(icon(name, color).pixmap(px, px))
    widget.setFixedSize(px, px)
    return widget


def service_card(service: Service, state: KioskState) -> QFrame:
    frame = card("card" if service.available else "card-off")
    frame.setObjectName(f"service-{service.id}")
    row = QHBoxLayout(frame)
    row.setContentsMargins(20, 16, 20, 16)
    row.setSpacing(18)
    color = theme.ORANGE if service.available else theme.MUTED
    row.addWidget(_icon_label(service.icon, color, state.scale.px(64)), 0, Qt.AlignTop)
    text = QVBoxLayout()
    text.setSpacing(4)
    name = label(state.t(service.name), role="title")
    text.addWidget(name)
    if service.official_name:
        text.addWidget(label(state.t(service.official_name), role="muted"))
    text.addWidget(label(state.t(service.description)))
    if service.schedule:
        running = schedule_state(service.schedule, state.now()).open
        when = slots(service.schedule) + ("  " + tr("(now)") if running else "")
        text.addWidget(label(when, role="status-open" if running else None))
    if service.schedule_note:
        text.addWidget(label(state.t(service.schedule_note), role="muted"))
    text.addStretch(1)
    row.addLayout(text, 1)
    if not service.available:
        badge = QHBoxLayout()
        badge.setSpacing(6)
        badge.addWidget(_icon_label("alert-circle", theme.RED, state.scale.px(36)))
        off = label(tr("Out of order"), role="badge-off", wrap=False)
        off.setObjectName("out-of-order")
        badge.addWidget(off)
        row.addLayout(badge)
        row.setAlignment(badge, Qt.AlignTop)
    return frame


def event_card(event: Event, state: KioskState) -> QFrame:
    frame = card()
    frame.setObjectName(f"event-{event.id}")
    row = QHBoxLayout(frame)
    row.setContentsMargins(20, 16, 20, 16)
    row.setSpacing(18)
    glyph = "calendar-star" if event.kind == "event" else "bullhorn"
    row.addWidget(_icon_label(glyph, theme.GREEN, state.scale.px(56)), 0, Qt.AlignTop)
    text = QVBoxLayout()
    text.setSpacing(4)
    text.addWidget(label(state.t(event.title), role="title"))
    when = span(event.start, event.end)
    if when:
        text.addWidget(label(when, role="status-open"))
    if event.place:
        text.addWidget(label(state.t(event.place), role="muted"))
    if event.description:
        text.addWidget(label(state.t(event.description)))
    text.addStretch(1)
    row.addLayout(text, 1)
    return frame


def current_events(events: list[Event], now: datetime) -> list[Event]:
    """Events not yet over and notices in force, soonest first."""

    def shown(event: Event) -> bool:
        if event.kind == "notice":
            return (event.start is None or event.start <= now) and (event.end is None or now <= event.end)
        if event.end is not None:
            return now <= event.end
        return now.date() <= event.start.date()

    return sorted(filter(shown, events), key=lambda event: event.start or datetime.min)

"""Open now, closes at, opens next: opening hours and service schedules against the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.content.schema import WEEKDAYS, Hours, ServiceSlot, TimeRange


@dataclass(frozen=True)
class OpenState:
    open: bool
    always: bool = False
    closes_at: datetime | None = None
    opens_at: datetime | None = None


def _spans(ranges_on, now: datetime) -> list[tuple[datetime, datetime]]:
    """Absolute (start, end) spans from yesterday to a week ahead, touching spans merged."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    spans: list[tuple[datetime, datetime]] = []
    for offset in range(-1, 8):
        day = midnight + timedelta(days=offset)
        for span in sorted(ranges_on(WEEKDAYS[day.weekday()])):
            start, end = day + timedelta(minutes=span.start), day + timedelta(minutes=span.end)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return spans


def _state(ranges_on, now: datetime) -> OpenState:
    spans = _spans(ranges_on, now)
    for start, end in spans:
        if start <= now < end:
            # A span that reaches the end of the window never closes within the week we look at.
            always = start <= now - timedelta(days=1) and end >= spans[-1][1] and len(spans) == 1
            return OpenState(True, always=always, closes_at=None if always else end)
    upcoming = [start for start, _ in spans if start > now]
    return OpenState(False, opens_at=upcoming[0] if upcoming else None)


def open_state(hours: Hours, now: datetime) -> OpenState:
    if hours.open_24h:
        return OpenState(True, always=True)
    return _state(lambda day: hours.weekly.get(day, []), now)


def schedule_state(schedule: list[ServiceSlot], now: datetime) -> OpenState:
    """Whether a scheduled service (a haircut on Fridays 14:00-17:00) is running now."""

    def ranges_on(day: str) -> list[TimeRange]:
        return [slot.time for slot in schedule if day in slot.days]

    return _state(ranges_on, now)

"""What the attendant's dashboard shows, read from the database in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.store import Event, OutboxStatus, Store

LAST_SYNC = "last_sync"


@dataclass(frozen=True)
class Snapshot:
    today: dict[str, dict[str, int]]
    week: dict[str, dict[str, int]]
    outbox: OutboxStatus
    rejected: list[Event]
    diary: list[Event]
    last_sync: str | None

    def total(self, period: str) -> int:
        return sum(getattr(self, period)["occupation"].values())


def collect(store: Store, today: date) -> Snapshot:
    """Counts for today and the week so far (from Monday), the outbox, the latest diary entries."""
    monday = today - timedelta(days=today.weekday())
    return Snapshot(
        today=store.counts(today.isoformat(), today.isoformat()),
        week=store.counts(monday.isoformat(), today.isoformat()),
        outbox=store.status(),
        rejected=store.rejected(limit=20),
        diary=store.recent(limit=10, types=("diary",)),
        last_sync=store.get(LAST_SYNC),
    )

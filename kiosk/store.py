"""The kiosk's SQLite file: the outbox of events for the centre, local visit counters, small state.

Every write is its own transaction, committed with synchronous=FULL in WAL mode, so an event that
a call returned is on disk and survives a kill -9 or a power cut. Use one Store from one thread
(see kiosk.store_thread): the UI never waits on the disk.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

EVENT_TYPES = ("checkin", "diary", "service_status")
# Events per upload: what the centre takes in one request (design §4).
MAX_BATCH = 500
SERVICE_AVAILABILITY = "service_availability"

# Index = the schema version each script leads to; a database is brought up to date on open.
MIGRATIONS = (
    """
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sent_at TEXT
    );
    CREATE INDEX events_by_state ON events (state, seq);
    CREATE TABLE counters (
        day TEXT NOT NULL,
        dimension TEXT NOT NULL,
        key TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, dimension, key)
    );
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A read or write that did not happen, with the cause in words an attendant can act on."""


def _cause(err: sqlite3.Error) -> str:
    code = getattr(err, "sqlite_errorcode", None)
    causes = {
        sqlite3.SQLITE_FULL: "the disk is full",
        sqlite3.SQLITE_READONLY: "the data directory is read-only",
        sqlite3.SQLITE_CANTOPEN: "the database file cannot be opened or created",
        sqlite3.SQLITE_IOERR: "the disk reported an I/O error",
        sqlite3.SQLITE_CORRUPT: "the database file is damaged",
        sqlite3.SQLITE_NOTADB: "the database file is not a SQLite database",
        sqlite3.SQLITE_BUSY: "another program holds the database",
    }
    return f"{causes.get(code & 0xFF if code else None, 'database error')} ({err})"


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    occurred_at: str
    payload: dict
    state: str = "pending"
    attempts: int = 0
    last_error: str | None = None

    def wire(self) -> dict:
        """The event as the centre's API takes it."""
        return {"id": self.id, "type": self.type, "occurred_at": self.occurred_at, "payload": self.payload}


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    rejected: int
    oldest_pending: str | None


def now_local() -> datetime:
    return datetime.now().astimezone()


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the data directory {self.path.parent}: {err.strerror}") from err
        try:
            # Autocommit off at the driver: every write below opens and commits its own transaction.
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=5)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {_cause(err)}") from err

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {version}, newer than this kiosk knows ({SCHEMA_VERSION})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                for statement in MIGRATIONS[target - 1].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={target}")

    def _transaction(self):
        return _Transaction(self.conn, self.path)

    def close(self) -> None:
        self.conn.close()

    def add(self, type: str, payload: dict, event_id: str | None = None, occurred_at: datetime | None = None) -> Event:
        """Commit one event (and, for a check-in, today's counters) and return it.

        Adding an id that is already stored changes nothing and returns the stored event: a
        screen that commits the same check-in twice still makes one.
        """
        if type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {type!r}")
        moment = occurred_at or now_local()
        event = Event(event_id or str(uuid.uuid4()), type, moment.isoformat(timespec="seconds"), payload)
        with self._transaction():
            inserted = self.conn.execute(
                "INSERT OR IGNORE INTO events (id, type, occurred_at, payload) VALUES (?, ?, ?, ?)",
                (event.id, event.type, event.occurred_at, json.dumps(payload, ensure_ascii=False)),
            ).rowcount
            if inserted and type == "checkin":
                self._count(moment.date().isoformat(), payload)
            if inserted and type == "service_status":
                availability = self.get(SERVICE_AVAILABILITY, {})
                availability[payload["service"]] = payload["available"]
                self._put(SERVICE_AVAILABILITY, availability)
        return event if inserted else self.event(event.id)

    def service_availability(self) -> dict[str, bool]:
        """What the attendant last set for each service, overriding the content's flag."""
        return self.get(SERVICE_AVAILABILITY, {})

    def _count(self, day: str, payload: dict) -> None:
        keys = [("occupation", payload["occupation"])] + [("service", s) for s in payload["services"]]
        self.conn.executemany(
            "INSERT INTO counters (day, dimension, key, n) VALUES (?, ?, ?, 1)"
            " ON CONFLICT (day, dimension, key) DO UPDATE SET n = n + 1",
            [(day, dimension, key) for dimension, key in keys],
        )

    def event(self, event_id: str) -> Event | None:
        found = self._events("WHERE id = ?", (event_id,))
        return found[0] if found else None

    def pending(self, limit: int = 500) -> list[Event]:
        """The oldest pending events, in the order they were made."""
        return self._events("WHERE state = 'pending' ORDER BY seq LIMIT ?", (limit,))

    def rejected(self, limit: int = 100) -> list[Event]:
        return self._events("WHERE state = 'rejected' ORDER BY seq DESC LIMIT ?", (limit,))

    def recent(self, limit: int = 20, types: tuple[str, ...] = EVENT_TYPES) -> list[Event]:
        """The newest events of these types, newest first, whatever their state."""
        marks = ",".join("?" * len(types))
        return self._events(f"WHERE type IN ({marks}) ORDER BY seq DESC LIMIT ?", (*types, limit))

    def _events(self, where: str, params: tuple) -> list[Event]:
        rows = self._read(f"SELECT id, type, occurred_at, payload, state, attempts, last_error FROM events {where}", params)
        return [_event(row) for row in rows]

    def mark_sent(self, ids: list[str], at: datetime | None = None) -> None:
        at_text = (at or now_local()).isoformat(timespec="seconds")
        with self._transaction():
            self.conn.executemany(
                "UPDATE events SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'",
                [(at_text, event_id) for event_id in ids],
            )

    def mark_rejected(self, rejections: dict[str, str]) -> None:
        """Events the centre refused for good, with its reason: kept and shown, never resent."""
        with self._transaction():
            self.conn.executemany(
                "UPDATE events SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'pending'",
                [(error, event_id) for event_id, error in rejections.items()],
            )

    def mark_failed(self, ids: list[str], error: str) -> None:
        """A send that did not get through: the events stay pending for the next try."""
        with self._transaction():
            self.conn.executemany(
                "UPDATE events SET attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'pending'",
                [(error, event_id) for event_id in ids],
            )

    def prune(self, retention: timedelta, now: datetime | None = None) -> int:
        """Delete sent events acknowledged longer ago than the retention; returns how many."""
        cutoff = ((now or now_local()) - retention).isoformat(timespec="seconds")
        with self._transaction():
            return self.conn.execute("DELETE FROM events WHERE state = 'sent' AND sent_at < ?", (cutoff,)).rowcount

    def status(self) -> OutboxStatus:
        counts = dict(self._read("SELECT state, COUNT(*) FROM events WHERE state != 'sent' GROUP BY state", ()))
        oldest = self._read("SELECT occurred_at FROM events WHERE state = 'pending' ORDER BY seq LIMIT 1", ())
        return OutboxStatus(counts.get("pending", 0), counts.get("rejected", 0), oldest[0][0] if oldest else None)

    def counts(self, first_day: str, last_day: str) -> dict[str, dict[str, int]]:
        """Check-ins between two ISO dates (inclusive), by occupation and by service used."""
        rows = self._read(
            "SELECT dimension, key, SUM(n) FROM counters WHERE day BETWEEN ? AND ? GROUP BY dimension, key",
            (first_day, last_day),
        )
        result: dict[str, dict[str, int]] = {"occupation": {}, "service": {}}
        for dimension, key, n in rows:
            result[dimension][key] = n
        return result

    def get(self, key: str, default=None):
        rows = self._read("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def put(self, key: str, value) -> None:
        with self._transaction():
            self._put(key, value)

    def _put(self, key: str, value) -> None:
        self.conn.execute(
            "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def integrity(self) -> str:
        return self._read("PRAGMA integrity_check", ())[0][0]

    def _read(self, sql: str, params: tuple) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {_cause(err)}") from err


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error, with SQLite errors told as StoreError."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    def __enter__(self):
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {_cause(err)}") from err

    def __exit__(self, kind, err, tb):
        if kind is None:
            try:
                self.conn.execute("COMMIT")
                return False
            except sqlite3.Error as commit_err:
                err = commit_err
        # SQLite has already rolled back after some errors (a full disk among them).
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(err, sqlite3.Error):
            raise StoreError(f"{self.path}: {_cause(err)}") from err
        return False


def _event(row: tuple) -> Event:
    event_id, type, occurred_at, payload, state, attempts, last_error = row
    return Event(event_id, type, occurred_at, json.loads(payload), state, attempts, last_error)

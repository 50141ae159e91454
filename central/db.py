"""The central's database: SQLite by default, PostgreSQL when given a postgresql:// URL.

Both speak the same SQL here (INSERT … ON CONFLICT DO NOTHING RETURNING); only the placeholder
differs. One connection behind a lock: simple, and a batch of 500 events is one transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS stations (
        id TEXT PRIMARY KEY,
        token_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY,
        station_id TEXT NOT NULL,
        type TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        received_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS events_by_station_day ON events (station_id, occurred_at)",
    """CREATE TABLE IF NOT EXISTS heartbeats (
        station_id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        app_version TEXT NOT NULL,
        content_version INTEGER,
        queue_depth INTEGER NOT NULL,
        oldest_pending TEXT,
        last_sync TEXT,
        last_content_error TEXT
    )""",
)


def token_digest(token: str) -> str:
    # Tokens are 256 random bits: a plain hash is enough to make a stolen database useless.
    return hashlib.sha256(token.encode()).hexdigest()


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StationRow:
    id: str
    last_heartbeat: str | None
    app_version: str | None
    content_version: int | None
    queue_depth: int | None
    oldest_pending: str | None
    last_content_error: str | None


class Database:
    def __init__(self, url: str):
        self.url = url
        self._lock = threading.Lock()
        if url.startswith(("postgresql://", "postgres://")):
            import psycopg

            self.conn = psycopg.connect(url, autocommit=False)
            self._mark = "%s"
        else:
            path = url.removeprefix("sqlite:///")
            self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self._mark = "?"
        with self._transaction() as cur:
            for statement in SCHEMA:
                cur.execute(statement)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self._mark)

    def _transaction(self):
        return _Transaction(self)

    def add_station(self, station_id: str) -> str:
        """Register a station and return its new token (only its hash is kept)."""
        token = secrets.token_urlsafe(32)
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT 1 FROM stations WHERE id = ?"), (station_id,))
            if cur.fetchone():
                raise ValueError(f"station {station_id} is already registered")
            cur.execute(
                self._sql("INSERT INTO stations (id, token_sha256, created_at) VALUES (?, ?, ?)"),
                (station_id, token_digest(token), utc_now()),
            )
        return token

    def token_matches(self, station_id: str, token: str) -> bool:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT token_sha256 FROM stations WHERE id = ?"), (station_id,))
            row = cur.fetchone()
        return row is not None and hmac.compare_digest(row[0], token_digest(token))

    def add_events(self, station_id: str, events: list[tuple[str, str, str, str]]) -> tuple[list[str], list[str]]:
        """Store (id, type, occurred_at, payload JSON) rows; returns (accepted ids, duplicate ids)."""
        if not events:
            return [], []
        received = utc_now()
        # One statement for the whole batch: a round trip per event made PostgreSQL 3x slower.
        rows = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(events))
        sql = self._sql(
            f"INSERT INTO events (id, station_id, type, occurred_at, payload, received_at) VALUES {rows}"
            " ON CONFLICT (id) DO NOTHING RETURNING id"
        )
        values = [v for event_id, type, at, payload in events for v in (event_id, station_id, type, at, payload, received)]
        with self._transaction() as cur:
            cur.execute(sql, values)
            inserted = {row[0] for row in cur.fetchall()}
        accepted, duplicates = [], []
        for event_id, *_ in events:
            # An id twice in one batch is stored once: the second is a duplicate of the first.
            (accepted if event_id in inserted else duplicates).append(event_id)
            inserted.discard(event_id)
        return accepted, duplicates

    def heartbeat(self, station_id: str, beat: dict) -> None:
        columns = ("app_version", "content_version", "queue_depth", "oldest_pending", "last_sync", "last_content_error")
        values = [beat.get(column) for column in columns]
        sql = self._sql(
            f"INSERT INTO heartbeats (station_id, received_at, {', '.join(columns)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            f" ON CONFLICT (station_id) DO UPDATE SET received_at = excluded.received_at, "
            + ", ".join(f"{column} = excluded.{column}" for column in columns)
        )
        with self._transaction() as cur:
            cur.execute(sql, (station_id, utc_now(), *values))

    def stats(self) -> list[tuple[str, str, str, int]]:
        """(station, day, event type, count), by station and day."""
        with self._transaction() as cur:
            cur.execute(
                "SELECT station_id, substr(occurred_at, 1, 10) AS day, type, COUNT(*) FROM events"
                " GROUP BY station_id, day, type ORDER BY station_id, day, type"
            )
            return [tuple(row) for row in cur.fetchall()]

    def stations(self) -> list[StationRow]:
        with self._transaction() as cur:
            cur.execute(
                "SELECT s.id, h.received_at, h.app_version, h.content_version, h.queue_depth, h.oldest_pending,"
                " h.last_content_error FROM stations s LEFT JOIN heartbeats h ON h.station_id = s.id ORDER BY s.id"
            )
            return [StationRow(*row) for row in cur.fetchall()]

    def event_ids(self, station_id: str) -> list[str]:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT id FROM events WHERE station_id = ?"), (station_id,))
            return [row[0] for row in cur.fetchall()]

    def close(self) -> None:
        self.conn.close()


class _Transaction:
    """One transaction at a time on the shared connection; committed on success, else rolled back."""

    def __init__(self, db: Database):
        self.db = db

    def __enter__(self):
        self.db._lock.acquire()
        if isinstance(self.db.conn, sqlite3.Connection):
            self.db.conn.execute("BEGIN IMMEDIATE")
        self.cursor = self.db.conn.cursor()
        return self.cursor

    def __exit__(self, kind, err, tb):
        try:
            # sqlite3's commit() and rollback() end the transaction BEGIN opened, as psycopg's do.
            if kind is None:
                self.db.conn.commit()
            else:
                self.db.conn.rollback()
        finally:
            self.cursor.close()
            self.db._lock.release()
        return False

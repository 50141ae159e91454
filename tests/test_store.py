"""The outbox: what is committed stays, in order, once; failures say why and harm nothing."""

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.store import SCHEMA_VERSION, Store, StoreError

CST = timezone(timedelta(hours=8))
CHECKIN = {"occupation": "courier", "services": ["water", "charging"]}


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "kiosk.db")
    yield store
    store.close()


def test_an_event_is_pending_in_order_until_sent(store):
    first = store.add("checkin", CHECKIN)
    second = store.add("diary", {"kind": "note", "text": "热水器已修好"})
    assert [e.id for e in store.pending()] == [first.id, second.id]
    assert store.pending()[1].payload["text"] == "热水器已修好"
    store.mark_sent([first.id])
    assert [e.id for e in store.pending()] == [second.id]
    assert store.status().pending == 1


def test_the_same_id_twice_is_one_event_and_one_count(store):
    one = store.add("checkin", CHECKIN, event_id="11111111-1111-4111-8111-111111111111")
    again = store.add("checkin", CHECKIN, event_id=one.id)
    assert again == one
    assert len(store.pending()) == 1
    today = datetime.now().date().isoformat()
    assert store.counts(today, today)["occupation"] == {"courier": 1}


def test_counts_by_day_occupation_and_service(store):
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    store.add("checkin", CHECKIN, occurred_at=monday)
    store.add("checkin", {"occupation": "delivery_rider", "services": ["water"]}, occurred_at=monday + timedelta(days=1))
    assert store.counts("2026-11-23", "2026-11-23") == {"occupation": {"courier": 1}, "service": {"water": 1, "charging": 1}}
    week = store.counts("2026-11-23", "2026-11-29")
    assert week["service"] == {"water": 2, "charging": 1}
    assert week["occupation"] == {"courier": 1, "delivery_rider": 1}


def test_rejected_events_are_kept_and_failed_ones_retried(store):
    bad, flaky = store.add("diary", {"kind": "note", "text": "x"}), store.add("checkin", CHECKIN)
    store.mark_rejected({bad.id: "payload.kind: unknown"})
    store.mark_failed([flaky.id], "connection refused")
    assert [e.id for e in store.pending()] == [flaky.id]
    assert store.pending()[0].attempts == 1 and store.pending()[0].last_error == "connection refused"
    assert [(e.id, e.last_error) for e in store.rejected()] == [(bad.id, "payload.kind: unknown")]
    assert store.status().rejected == 1
    # Rejected for good: a late acknowledgement does not turn it into "sent".
    store.mark_sent([bad.id])
    assert store.event(bad.id).state == "rejected"


def test_sent_events_are_pruned_after_the_retention_and_no_others(store):
    now = datetime(2026, 11, 23, 12, 0, tzinfo=CST)
    old, recent, pending = (store.add("diary", {"kind": "note", "text": t}) for t in ("old", "recent", "pending"))
    store.mark_sent([old.id], at=now - timedelta(days=40))
    store.mark_sent([recent.id], at=now - timedelta(days=2))
    assert store.prune(timedelta(days=30), now=now) == 1
    assert store.event(old.id) is None
    assert store.event(recent.id).state == "sent"
    assert store.event(pending.id).state == "pending"


def test_a_service_toggle_is_an_event_and_the_remembered_availability(store):
    store.add("service_status", {"service": "microwave", "available": True})
    store.add("service_status", {"service": "water", "available": False})
    assert store.service_availability() == {"microwave": True, "water": False}
    assert [e.type for e in store.pending()] == ["service_status", "service_status"]


def test_the_database_is_wal_with_a_schema_version(tmp_path):
    Store(tmp_path / "kiosk.db").close()
    conn = sqlite3.connect(tmp_path / "kiosk.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_database_from_a_newer_kiosk_is_refused_untouched(tmp_path):
    path = tmp_path / "kiosk.db"
    Store(path).close()
    sqlite3.connect(path).execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this kiosk knows"):
        Store(path)


def test_a_full_disk_refuses_the_write_and_keeps_what_was_committed(store):
    kept = store.add("checkin", CHECKIN)
    # SQLite's own page cap stands in for a full disk: the write fails with SQLITE_FULL.
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(StoreError, match="the disk is full"):
        for n in range(200):
            store.add("diary", {"kind": "note", "text": "满" * 400 + str(n)})
    assert store.event(kept.id).state == "pending"
    assert store.integrity() == "ok"


def test_a_data_directory_that_cannot_be_made_is_named(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    with pytest.raises(StoreError, match="cannot create the data directory"):
        Store(blocker / "data" / "kiosk.db")


def test_a_damaged_file_is_named(tmp_path):
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)

"""The sync engine against real servers on 127.0.0.1: the central, and a proxy that fails on
purpose. Whatever the faults, the central ends with each event exactly once and the outbox empty."""

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.store import Store
from tests.servers import Central, FaultyProxy, free_port
from tests.sync_runner import FAST, STATION, sync_until_empty

ROOT = Path(__file__).resolve().parents[1]
KILLS = 10


def fill(path: Path, count: int) -> list[str]:
    store = Store(path)
    ids = [store.add("checkin", {"occupation": "courier", "services": ["water"]}).id for _ in range(count)]
    store.close()
    return ids


@pytest.fixture
def central(tmp_path):
    with Central(tmp_path / "central.db") as server:
        server.token = server.db.add_station(STATION)
        yield server


def outbox(db: Path) -> Store:
    return Store(db)


def test_ten_thousand_events_through_every_fault_arrive_exactly_once(tmp_path, central):
    db = tmp_path / "kiosk.db"
    ids = fill(db, 10_000)
    script = ["ok", "500", "drop", "429", "reset", "ok", "slow", "drip", "down", "ok"]
    proxy = FaultyProxy(central.port, script, slow_s=0.8, drip_s=0.1)
    try:
        sync_until_empty(db, proxy.url, central.token, timeout=120)
    finally:
        proxy.close()
    held = central.db.event_ids(STATION)
    assert len(held) == len(set(held)) == 10_000
    assert set(held) == set(ids)
    store = outbox(db)
    assert store.status().pending == 0 and store.status().rejected == 0
    assert {fault for _, fault in proxy.served} == set(script)


def test_retry_after_is_honoured(tmp_path, central):
    db = tmp_path / "kiosk.db"
    fill(db, 10)
    proxy = FaultyProxy(central.port, ["429", "ok"], retry_after=1)
    try:
        sync_until_empty(db, proxy.url, central.token, timing=replace(FAST, heartbeat_s=3600))
    finally:
        proxy.close()
    uploads = proxy.requests_to("/events")
    refused = [at for at, fault in uploads if fault == "429"]
    assert refused, "the script never answered an upload with 429"
    for refused_at in refused:
        retried_at = next(at for at, _ in uploads if at > refused_at)
        assert retried_at - refused_at >= 1.0


def test_a_server_that_drips_cannot_hold_a_request_past_the_deadline(tmp_path, central):
    db = tmp_path / "kiosk.db"
    fill(db, 5)
    proxy = FaultyProxy(central.port, ["drip", "ok"], drip_s=1.0)
    try:
        sync_until_empty(db, proxy.url, central.token)
    finally:
        proxy.close()
    uploads = proxy.requests_to("/events")
    dripped_at = next(at for at, fault in uploads if fault == "drip")
    next_at = next(at for at, _ in uploads if at > dripped_at)
    assert next_at - dripped_at < FAST.deadline_s + 0.5
    assert outbox(db).status().pending == 0


def test_central_down_then_up(tmp_path):
    db = tmp_path / "kiosk.db"
    ids = fill(db, 50)
    port = free_port()
    statuses = []
    sync_until_empty(db, f"http://127.0.0.1:{port}", "no-token-yet", timeout=1, statuses=statuses)
    store = outbox(db)
    assert store.status().pending == 50
    assert store.pending(1)[0].attempts >= 1 and store.pending(1)[0].last_error
    assert statuses[-1].online is False and statuses[-1].offline_since is not None
    store.close()
    with Central(tmp_path / "central.db", port=port) as central:
        token = central.db.add_station(STATION)
        sync_until_empty(db, central.url, token)
        assert set(central.db.event_ids(STATION)) == set(ids)


def test_one_bad_event_is_rejected_and_the_others_go_through(tmp_path, central):
    db = tmp_path / "kiosk.db"
    good = fill(db, 3)
    store = Store(db)
    bad = store.add("checkin", {"occupation": "astronaut", "services": ["water"]}).id
    store.close()
    sync_until_empty(db, central.url, central.token)
    assert set(central.db.event_ids(STATION)) == set(good)
    store = outbox(db)
    [rejected] = store.rejected()
    assert rejected.id == bad and "payload.occupation" in rejected.last_error
    assert store.status().pending == 0


def test_a_wrong_token_stops_uploads_and_says_so(tmp_path, central):
    db = tmp_path / "kiosk.db"
    fill(db, 5)
    statuses = []
    proxy = FaultyProxy(central.port, ["ok"])
    try:
        sync_until_empty(db, proxy.url, "wrong-token", timeout=1, statuses=statuses)
    finally:
        proxy.close()
    assert statuses[-1].token_refused
    # One refused upload (and heartbeats), no retry storm.
    assert len(proxy.served) <= 8
    assert outbox(db).status().pending == 5
    assert central.db.event_ids(STATION) == []


def test_the_kiosk_killed_between_the_centres_answer_and_marking_sent_makes_no_duplicate(tmp_path, central):
    db = tmp_path / "kiosk.db"
    ids = fill(db, 2_000)
    proxy = FaultyProxy(central.port, ["ok"])
    child: subprocess.Popen | None = None
    kills = []

    def kill_after_answer(number: int) -> None:
        if len(kills) < KILLS and child is not None and child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills.append(number)

    proxy.on_answered = kill_after_answer
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        for _ in range(KILLS + 10):
            child = subprocess.Popen(
                [sys.executable, str(ROOT / "tests" / "sync_child.py"), str(db), proxy.url, central.token],
                env=env,
            )
            if child.wait(60) == 0:
                break
            assert child.returncode == -signal.SIGKILL
    finally:
        proxy.close()
    assert len(kills) == KILLS
    # Some kills landed after the centre committed a batch and before the kiosk marked it sent:
    # that batch went again (4 batches of 500 needed 4 uploads without them).
    assert len(proxy.requests_to("/events")) > 4
    held = central.db.event_ids(STATION)
    assert len(held) == len(set(held)) == 2_000 and set(held) == set(ids)
    assert outbox(db).status().pending == 0


def test_retry_after_is_read_as_seconds_or_a_date_and_junk_is_ignored():
    from datetime import datetime, timezone

    from kiosk.sync import retry_after_seconds

    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("Mon, 23 Nov 2026 12:01:30 GMT", now) == 90
    assert retry_after_seconds("Mon, 23 Nov 2026 11:00:00 GMT", now) == 0
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


def test_back_off_doubles_with_jitter_and_honours_retry_after_up_to_an_hour():
    import random

    from kiosk.sync import LONGEST_RETRY_AFTER_S, Timing, next_delay

    timing, rng = Timing(first_backoff_s=2, longest_backoff_s=300), random.Random(1)
    for failures, ceiling in ((1, 2), (2, 4), (3, 8), (10, 300)):
        delays = {next_delay(failures, None, timing, rng) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays) and len(delays) > 1
    assert next_delay(1, 30, timing, rng) == 30
    assert next_delay(1, 86_400, timing, rng) == LONGEST_RETRY_AFTER_S

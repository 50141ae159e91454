"""Runs a kiosk's sync engine until its outbox is empty: for the sync tests, in the test process
or (tests/sync_child.py) in a process of its own that the crash test kills."""

import asyncio
import time
from pathlib import Path

from kiosk.store_thread import StoreThread
from kiosk.sync import SyncEngine, Timing

STATION = "CQ-SPB-0001"
# Short time-outs and back-offs, so a test of many faults takes seconds.
FAST = Timing(
    connect_s=0.5, read_s=0.3, deadline_s=0.6, first_backoff_s=0.01, longest_backoff_s=0.05, idle_poll_s=0.05, heartbeat_s=0.2
)


def sync_until_empty(db: Path, url: str, token: str, timeout: float = 60, timing: Timing = FAST, statuses=None):
    """Run an engine until the outbox is empty (or the timeout passes); returns the engine."""

    async def go():
        store = StoreThread(db)
        engine = SyncEngine(store, url, STATION, token, timing=timing, on_status=statuses.append if statuses is not None else lambda status: None)
        task = asyncio.create_task(engine.run())
        deadline = time.monotonic() + timeout
        try:
            while (await asyncio.wrap_future(store.call(lambda s: s.status()))).pending:
                if time.monotonic() > deadline or task.done():
                    break
                await asyncio.sleep(0.02)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            store.close()
        return engine

    return asyncio.run(go())

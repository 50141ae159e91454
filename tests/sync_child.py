"""A kiosk's sync engine in a process of its own, for the crash test: it uploads until the outbox
is empty and exits 0 (unless it is killed first)."""

import asyncio
import sys

from kiosk.store_thread import StoreThread
from kiosk.sync import SyncEngine, Timing

TIMING = Timing(connect_s=1, read_s=2, deadline_s=4, first_backoff_s=0.01, longest_backoff_s=0.05, idle_poll_s=0.05)


async def main(db: str, url: str, station: str, token: str) -> None:
    store = StoreThread(db)
    engine = SyncEngine(store, url, station, token, timing=TIMING)
    task = asyncio.create_task(engine.run())
    while (await asyncio.wrap_future(store.call(lambda s: s.status()))).pending:
        await asyncio.sleep(0.02)
    task.cancel()
    store.close()


asyncio.run(main(*sys.argv[1:5]))

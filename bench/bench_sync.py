"""10,000 queued events sent to the central over loopback, with the kiosk's UI loop watched.
Run from the repo root:

    .venv/bin/python bench/bench_sync.py

The kiosk side runs as it does on a station: the sync engine on the qasync loop of a
QApplication (offscreen), the database on its own thread. A 10 ms Qt timer on the same loop
records the longest gap between its ticks: how long a tap could have waited. The central runs
in its own process. Budget: all sent within 5 s, no stall over 50 ms.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.servers import central_process  # noqa: E402
from kiosk.store import Store  # noqa: E402
from kiosk.store_thread import StoreThread  # noqa: E402
from kiosk.sync import SyncEngine  # noqa: E402

EVENTS = 10_000
STATION = "BENCH-0001"


def main(tmp: Path) -> None:
    store = Store(tmp / "kiosk.db")
    with store._transaction():
        for n in range(EVENTS):
            store.conn.execute(
                "INSERT INTO events (id, type, occurred_at, payload) VALUES (?, 'checkin', ?, ?)",
                (f"{n:08d}-0000-4000-8000-000000000000", "2026-11-23T09:30:00+08:00", '{"occupation": "courier", "services": ["water"]}'),
            )
    store.close()

    app = QApplication([])
    # As the kiosk does once it is up (kiosk/app.py): what start-up built is never collected again.
    gc.freeze()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    with central_process(str(tmp / "central.db"), STATION) as (url, token):
        kiosk_db = StoreThread(tmp / "kiosk.db")

        async def sync() -> float:
            engine = SyncEngine(kiosk_db, url, STATION, token)
            timer.start()
            start = time.perf_counter()
            task = asyncio.create_task(engine.run())
            while (await asyncio.wrap_future(kiosk_db.call(lambda s: s.status()))).pending:
                await asyncio.sleep(0.01)
            elapsed = time.perf_counter() - start
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            timer.stop()
            return elapsed

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            elapsed = loop.run_until_complete(sync())
        kiosk_db.close()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    print(f"{EVENTS} events synced in {elapsed:.2f} s ({EVENTS / elapsed:,.0f} events/s)")
    print(f"UI loop: longest gap between 10 ms ticks {max(gaps):.1f} ms over {len(gaps)} ticks")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        main(Path(tmp))

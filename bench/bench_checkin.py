"""How long does a check-in take to be committed? Run from the repo root:

    /work/venv/bin/python bench/bench_checkin.py [DATA_DIR]

Measures, on a database in DATA_DIR (default: a temporary directory on this machine's disk):
- commit: Store.add of one check-in (its own transaction, WAL, synchronous=FULL, fsync included),
  on a database already holding an outbox of 10,000 pending events;
- round trip: the same asked of the store thread and waited for, as the check-in screen does
  before it says "thank you".
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.store import Store  # noqa: E402
from kiosk.store_thread import StoreThread  # noqa: E402

BACKLOG = 10_000
RUNS = 1_000
CHECKIN = {"occupation": "delivery_rider", "services": ["charging", "water"]}


def report(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95)]
    print(f"{name:<12} median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   max {ms[-1]:6.2f} ms   ({len(ms)} runs)")


def main(data_dir: Path) -> None:
    path = data_dir / "bench.db"
    store = Store(path)
    with store._transaction():
        store.conn.executemany(
            "INSERT INTO events (id, type, occurred_at, payload) VALUES (?, 'checkin', '2026-11-23T09:00:00+08:00', '{}')",
            [(f"backlog-{n}",) for n in range(BACKLOG)],
        )
    commits = []
    for _ in range(RUNS):
        start = time.perf_counter()
        store.add("checkin", CHECKIN)
        commits.append(time.perf_counter() - start)
    store.close()
    report("commit", commits)

    thread = StoreThread(path)
    trips = []
    for _ in range(RUNS):
        start = time.perf_counter()
        thread.call(lambda store: store.add("checkin", CHECKIN)).result()
        trips.append(time.perf_counter() - start)
    thread.close()
    report("round trip", trips)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
            main(Path(tmp))

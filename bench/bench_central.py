"""How many events a second can one central take? Run from the repo root:

    .venv/bin/python bench/bench_central.py [DATABASE_URL]

Without an argument: a SQLite file in a temporary directory. With a postgresql:// URL: that
database (it must exist; the tables are created). The central runs in its own process under
uvicorn; this process posts batches of 500 check-ins over loopback, from CLIENTS connections at
once (as many stations would), and reports accepted events per second.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.servers import central_process  # noqa: E402

BATCH = 500
BATCHES = 100
CLIENTS = 4
STATION = "BENCH-0001"


def batch() -> dict:
    return {
        "events": [
            {
                "id": str(uuid.uuid4()),
                "type": "checkin",
                "occurred_at": "2026-11-23T09:30:00+08:00",
                "payload": {"occupation": "delivery_rider", "services": ["water", "charging"]},
            }
            for _ in range(BATCH)
        ]
    }


def main(db: str) -> None:
    bodies = [batch() for _ in range(BATCHES)]
    with central_process(db, STATION) as (url, token):
        endpoint = f"{url}/api/v1/stations/{STATION}/events"
        headers = {"Authorization": f"Bearer {token}"}
        latencies: list[float] = []

        def send(chunk: list[dict]) -> int:
            accepted = 0
            with httpx.Client(headers=headers, timeout=60) as client:
                for body in chunk:
                    start = time.perf_counter()
                    answer = client.post(endpoint, json=body).raise_for_status().json()
                    latencies.append(time.perf_counter() - start)
                    accepted += len(answer["accepted"])
            return accepted

        start = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            accepted = sum(pool.map(send, [bodies[i::CLIENTS] for i in range(CLIENTS)]))
        elapsed = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    print(f"{db.split('://')[0] if '://' in db else 'sqlite'}: {accepted} events in {elapsed:.2f} s = {accepted / elapsed:,.0f} events/s")
    print(f"batch of {BATCH}: median {statistics.median(ms):.1f} ms, p95 {ms[int(len(ms) * 0.95)]:.1f} ms, {CLIENTS} clients")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(str(Path(tmp) / "central.db"))

"""Start the reference central in a process of its own, as a deployment would run it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def central_process(db: str, station: str):
    """Yields (base URL, the station's token) of a central serving on a free loopback port."""
    central = [sys.executable, "-m", "central", "--db", db]
    added = subprocess.run([*central, "add-station", station], capture_output=True, text=True, check=True, cwd=ROOT)
    token = added.stdout.split()[-1]
    port = free_port()
    server = subprocess.Popen([*central, "serve", "--port", str(port)], cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("central did not start")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", token
    finally:
        server.terminate()
        server.wait(10)

"""Kill -9 at random moments: nothing a writer reported committed is lost, damaged or doubled."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLS = 200


def test_sigkill_at_random_moments_loses_no_committed_checkin(tmp_path):
    db = tmp_path / "kiosk.db"
    rng = random.Random(20261123)
    reported: list[str] = []
    # -S: no site packages needed, so each child starts in ~20 ms and the kills land in its writes.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-S", str(ROOT / "tests" / "checkin_writer.py"), str(db)],
            stdout=subprocess.PIPE,
            env=env,
        )
        time.sleep(rng.uniform(0.0, 0.12))  # a random moment to kill at, not a wait for anything
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        # A line cut short by the kill was never fully reported.
        reported += [line for line in out.decode().split("\n")[:-1]]

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()

    conn = sqlite3.connect(db)
    stored = [row[0] for row in conn.execute("SELECT id FROM events")]
    assert len(reported) > KILLS, "the children hardly wrote: the test would prove nothing"
    assert set(reported) <= set(stored)
    assert len(stored) == len(set(stored))
    # The counters moved in the same transactions as the events they count.
    counted = conn.execute("SELECT SUM(n) FROM counters WHERE dimension = 'occupation'").fetchone()[0]
    assert counted == len(stored)

"""The attendant's PIN: kept only as a salted scrypt hash, and a lock that slows guessing.

After FREE_TRIES wrong PINs in a row the pad locks, for longer after each further wrong PIN. The
count and the lock live in the kiosk's database, so a restart does not reset them.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass

log = logging.getLogger(__name__)

PIN_PATTERN = re.compile(r"\d{4,8}")
# scrypt with 16 MiB of memory per try: about 50 ms here, slow enough to make a stolen config
# useless for guessing a short PIN, quick enough for the attendant.
N, R, P = 2**14, 8, 1
FREE_TRIES = 5
FIRST_LOCK_S = 30
LONGEST_LOCK_S = 3600


def hash_pin(pin: str) -> str:
    if not PIN_PATTERN.fullmatch(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def check_hash_format(stored: str) -> str:
    parts = stored.split("$")
    hex_digits = set("0123456789abcdef")
    if (
        len(parts) != 6
        or parts[0] != "scrypt"
        or not all(p.isdigit() for p in parts[1:4])
        or not all(p and len(p) % 2 == 0 and set(p) <= hex_digits for p in parts[4:])
    ):
        raise ValueError("expected scrypt$N$r$p$salt$hash, as printed by `python -m kiosk pin-hash`")
    return stored


def verify_pin(pin: str, stored: str) -> bool:
    _, n, r, p, salt, digest = check_hash_format(stored).split("$")
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


def lock_seconds(failures: int) -> int:
    """How long the pad stays locked after this many wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_LOCK_S * 2 ** (failures - FREE_TRIES), LONGEST_LOCK_S)


@dataclass(frozen=True)
class PinResult:
    ok: bool
    failures: int = 0
    locked_until: float = 0.0


STATE_KEY = "attendant_pin"


def lock_state(store) -> PinResult:
    """Wrong PINs so far and the lock, as saved (for a pad that opens after a restart)."""
    record = store.get(STATE_KEY, {"failures": 0, "locked_until": 0.0})
    return PinResult(False, record["failures"], record["locked_until"])


def try_pin(store, stored_hash: str | None, pin: str, now: float) -> PinResult:
    """Check a PIN typed on the pad against the configured hash, counting and locking in `store`.

    `now` is a Unix time: the lock must outlast a restart, which a monotonic clock does not.
    """
    record = lock_state(store)
    if now < record.locked_until:
        return record
    if stored_hash is None:
        # No PIN set up: nothing to guess, nothing to count.
        return record
    if verify_pin(pin, stored_hash):
        if record.failures:
            store.put(STATE_KEY, {"failures": 0, "locked_until": 0.0})
        log.info("attendant PIN accepted")
        return PinResult(True)
    failures = record.failures + 1
    lock = lock_seconds(failures)
    locked_until = now + lock if lock else 0.0
    store.put(STATE_KEY, {"failures": failures, "locked_until": locked_until})
    log.warning("attendant PIN refused (%d wrong in a row%s)", failures, f", locked for {lock} s" if lock else "")
    return PinResult(False, failures, locked_until)

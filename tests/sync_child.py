"""A kiosk's sync engine in a process of its own, for the crash test: it uploads until the outbox
is empty and exits 0, unless it is killed first."""

import sys

from tests.sync_runner import sync_until_empty

sync_until_empty(*sys.argv[1:4], timeout=60)

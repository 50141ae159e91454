"""A child process for the crash test: commits check-ins as fast as it can and reports each id
on stdout only after add() has returned, i.e. after the commit."""

import sys

from kiosk.store import Store

store = Store(sys.argv[1])
services = ["water", "charging", "microwave"]
n = 0
while True:
    n += 1
    event = store.add("checkin", {"occupation": "courier", "services": services[: 1 + n % 3]})
    sys.stdout.write(event.id + "\n")
    sys.stdout.flush()

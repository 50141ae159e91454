"""The one thread that touches the kiosk's database, so the UI never waits on the disk.

Calls are queued in order and each returns a Future; while the database cannot be opened (read-only
or missing data directory, damaged file) every call fails with a StoreError and the kiosk keeps
running; each call tries to open it again.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from kiosk.store import Store, StoreError

log = logging.getLogger(__name__)


class StoreThread:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._store: Store | None = None
        self._open_error: StoreError | None = None
        self._memory = MemoryState()
        self._closed = False
        self._executor.submit(self._open)

    def _open(self) -> None:
        try:
            self._store = Store(self.path)
        except StoreError as err:
            log.error("event store unavailable: %s", err)
            self._open_error = err

    def call(self, work: Callable[[Store], object], in_memory_if_broken: bool = False) -> Future:
        """Run work(store) on the store's thread; the future holds its result or its error.

        With in_memory_if_broken, work that only needs get/put (the PIN lock) runs on a
        stand-in kept in memory while the database fails, so the attendant can still get in
        and see why.
        """
        return self._executor.submit(self._run, work, in_memory_if_broken)

    def _run(self, work: Callable[[Store], object], in_memory_if_broken: bool):
        try:
            if self._store is None:
                # Tried again on each call: a data directory made writable again is used at once.
                self._open()
            if self._store is None:
                raise self._open_error
            return work(self._store)
        except StoreError:
            if not in_memory_if_broken:
                raise
            return work(self._memory)

    def close(self) -> None:
        """Finish the queued work and close the database; later calls do nothing."""
        if self._closed:
            return
        self._closed = True
        self._executor.submit(lambda: self._store and self._store.close())
        self._executor.shutdown(wait=True)


class MemoryState:
    """The state part of a Store (get/put), for while the database cannot be used."""

    def __init__(self):
        self._values: dict = {}

    def get(self, key: str, default=None):
        return self._values.get(key, default)

    def put(self, key: str, value) -> None:
        self._values[key] = value

"""Sends the outbox to the centre and tells it the kiosk is alive: asyncio tasks, no Qt.

Uploads pending events in batches; every request has a connect and a read time-out and an overall
deadline, so a server that drips one byte a second cannot hold it. Failures back off
exponentially with jitter and honour Retry-After. The centre's answer sorts each event: accepted
or duplicate (both mean the centre has it: marked sent), or rejected (kept, shown to the
attendant, never resent). A wrong token stops uploading until the attendant asks again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Callable

import httpx

from kiosk import __version__
from kiosk.dashboard import LAST_SYNC
from kiosk.store import MAX_BATCH, Store, now_local
from kiosk.store_thread import StoreThread

log = logging.getLogger(__name__)

# A server may ask for a pause, but not for days: a wrong Retry-After must not silence a kiosk.
LONGEST_RETRY_AFTER_S = 3600.0


@dataclass(frozen=True)
class Timing:
    connect_s: float = 5.0
    read_s: float = 15.0
    deadline_s: float = 30.0
    first_backoff_s: float = 2.0
    longest_backoff_s: float = 300.0
    # How often an empty outbox is looked at again, and how often the centre hears from us.
    idle_poll_s: float = 10.0
    heartbeat_s: float = 300.0


@dataclass(frozen=True)
class SyncStatus:
    online: bool | None = None  # None: not tried yet
    offline_since: datetime | None = None
    last_sync: datetime | None = None
    last_error: str | None = None
    token_refused: bool = False


class Transient(Exception):
    """A send that may work later; carries how long the server asked us to wait, if it did."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class TokenRefused(Exception):
    pass


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds or as an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
    except (TypeError, ValueError):
        return None


def next_delay(failures: int, retry_after: float | None, timing: Timing, rng: random.Random) -> float:
    """Seconds to wait after this many failures in a row, at least what the server asked for."""
    # Jittered (half to all of a doubling ceiling): kiosks that lost the network together do not
    # all come back at the same second.
    ceiling = min(timing.longest_backoff_s, timing.first_backoff_s * 2 ** (failures - 1))
    return max(rng.uniform(ceiling / 2, ceiling), min(retry_after or 0.0, LONGEST_RETRY_AFTER_S))


class SyncEngine:
    def __init__(
        self,
        store: StoreThread,
        base_url: str,
        station_id: str,
        token: str,
        content_version: Callable[[], int | None] = lambda: None,
        timing: Timing = Timing(),
        on_status: Callable[[SyncStatus], None] = lambda status: None,
        retention: timedelta = timedelta(days=30),
    ):
        self.store = store
        self.url = base_url.rstrip("/") + f"/api/v1/stations/{station_id}"
        self.headers = {"Authorization": f"Bearer {token}"}
        self.content_version = content_version
        self.timing = timing
        self.on_status = on_status
        self.retention = retention
        self.rng = random.Random()
        self.status = SyncStatus()
        self.batch_size = MAX_BATCH
        self._failures = 0
        self._wake = asyncio.Event()
        self._client: httpx.AsyncClient | None = None

    # ---- the running tasks

    async def run(self) -> None:
        """Upload and send heartbeats until cancelled."""
        timeout = httpx.Timeout(self.timing.read_s, connect=self.timing.connect_s)
        tls = await asyncio.get_running_loop().run_in_executor(None, _load_http_stack)
        async with httpx.AsyncClient(timeout=timeout, headers=self.headers, verify=tls) as client:
            self._client = client
            heartbeats = asyncio.create_task(self._heartbeats())
            try:
                await self._uploads()
            finally:
                heartbeats.cancel()

    def sync_now(self) -> None:
        """Try at once (the attendant's button): also after a refused token, which may be fixed."""
        self._failures = 0
        self._set(token_refused=False)
        self._wake.set()

    async def _uploads(self) -> None:
        while True:
            if self.status.token_refused:
                await self._wait(None)
                continue
            try:
                more = await self.upload_once()
            except TokenRefused:
                log.error("the centre refused this kiosk's token; uploads stop until 'sync now'")
                self._set(online=True, token_refused=True, last_error="token refused")
                continue
            except Transient as err:
                self._failures += 1
                delay = next_delay(self._failures, err.retry_after, self.timing, self.rng)
                log.warning("sync failed (%s); next try in %.1f s", err, delay)
                self._went_offline(str(err))
                await self._wait(delay)
                continue
            self._failures = 0
            if not more:
                await self._wait(self.timing.idle_poll_s)

    async def _heartbeats(self) -> None:
        while True:
            try:
                await self.heartbeat()
            except (Transient, TokenRefused) as err:
                log.info("heartbeat not delivered: %s", err)
            await asyncio.sleep(self.timing.heartbeat_s)

    async def _wait(self, seconds: float | None) -> None:
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            pass
        # Cleared after, not before: "sync now" pressed during an upload still cuts the next wait.
        self._wake.clear()

    # ---- one step each

    async def upload_once(self) -> bool:
        """Send the oldest pending batch; True when more may be waiting."""
        # Read and encoded on the store's thread: 500 events of JSON is work the UI need not wait for.
        ids, body = await self._db(lambda store: _encoded_batch(store.pending(self.batch_size)))
        if not ids:
            return False
        try:
            response = await self._post("/events", body)
        except Transient as err:
            reason = str(err)
            await self._db(lambda store: store.mark_failed(ids, reason))
            raise
        if response.status_code == 413 and len(ids) > 1:
            # Too big for this server: smaller batches from now on.
            self.batch_size = max(1, len(ids) // 2)
            return True
        if response.status_code in (413, 422):
            # The one event left is refused as a whole: keep it, tell the attendant, go on.
            error = f"HTTP {response.status_code}: {response.text[:200]}"
            await self._db(lambda store: store.mark_rejected({ids[0]: error}))
            return True
        try:
            answer = response.json()
            delivered = [i for i in answer["accepted"] + answer["duplicates"] if i in set(ids)]
            rejected = {r["id"]: r["error"] for r in answer["rejected"] if r.get("id") in set(ids)}
        except (ValueError, KeyError, TypeError) as err:
            await self._db(lambda store: store.mark_failed(ids, "unreadable answer"))
            raise Transient(f"unreadable answer from the centre: {err}") from err
        synced_at = now_local()
        await self._db(lambda store: self._record(store, delivered, rejected, synced_at))
        self._set(online=True, offline_since=None, last_sync=synced_at, last_error=None)
        return len(ids) == self.batch_size

    def _record(self, store: Store, delivered: list[str], rejected: dict[str, str], at: datetime) -> None:
        store.mark_sent(delivered, at)
        if rejected:
            store.mark_rejected(rejected)
        store.put(LAST_SYNC, at.isoformat(timespec="seconds"))
        store.prune(self.retention, at)

    async def heartbeat(self) -> None:
        outbox = await self._db(lambda store: store.status())
        body = {
            "app_version": __version__,
            "content_version": self.content_version(),
            "queue_depth": outbox.pending,
            "oldest_pending": outbox.oldest_pending,
            "last_sync": self.status.last_sync.isoformat(timespec="seconds") if self.status.last_sync else None,
            "last_content_error": None,
        }
        await self._post("/heartbeat", json.dumps(body).encode())

    async def _post(self, path: str, body: bytes) -> httpx.Response:
        """POST within the overall deadline; 2xx and the 4xx the caller handles come back."""
        try:
            async with asyncio.timeout(self.timing.deadline_s):
                response = await self._client.post(
                    self.url + path, content=body, headers={"Content-Type": "application/json"}
                )
        except TimeoutError as err:
            raise Transient(f"no complete answer within {self.timing.deadline_s:g} s") from err
        except httpx.HTTPError as err:
            raise Transient(f"{type(err).__name__}: {err}" if str(err) else type(err).__name__) from err
        if response.status_code in (401, 403):
            raise TokenRefused(f"HTTP {response.status_code}")
        if response.status_code == 429 or response.status_code >= 500:
            wait = retry_after_seconds(response.headers.get("Retry-After"), datetime.now().astimezone())
            raise Transient(f"HTTP {response.status_code}", wait)
        if response.status_code >= 400 and response.status_code not in (413, 422):
            raise Transient(f"HTTP {response.status_code}")
        return response

    async def _db(self, work):
        return await asyncio.wrap_future(self.store.call(work))

    # ---- status

    def _went_offline(self, error: str) -> None:
        since = self.status.offline_since if self.status.online is False else now_local()
        self._set(online=False, offline_since=since, last_error=error)

    def _set(self, **changes) -> None:
        self.status = replace(self.status, **changes)
        self.on_status(self.status)


def _encoded_batch(events) -> tuple[list[str], bytes]:
    return [event.id for event in events], json.dumps({"events": [event.wire() for event in events]}).encode()


def _load_http_stack():
    """The CA certificates and the modules httpx loads on its first request: some 60 ms of work,
    done on a worker thread so the UI's loop never waits for it. Returns the TLS context."""
    import anyio._backends._asyncio  # noqa: F401
    import anyio.streams.tls  # noqa: F401
    import httpcore  # noqa: F401

    return httpx.create_ssl_context()

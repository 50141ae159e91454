"""Real servers on 127.0.0.1 for the sync tests and benchmarks: the project's central (on a thread,
or in a process of its own as a deployment runs it), and a proxy in front of it that misbehaves
on purpose, one fault per request from a script."""

from __future__ import annotations

import contextlib
import socket
import struct
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from central.app import create_app
from central.db import Database

ROOT = Path(__file__).resolve().parents[1]


class Central:
    """The reference central served by uvicorn on a thread; `port` 0 picks a free one."""

    def __init__(self, db_path: Path, port: int = 0):
        self.db = Database(str(db_path))
        config = uvicorn.Config(create_app(self.db), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Central:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("central did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.db.close()


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


def read_request(conn: socket.socket) -> bytes:
    """One whole HTTP request (headers and a Content-Length body) from a socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def forward(request: bytes, port: int) -> bytes:
    """Send a request to the central and return its whole response."""
    with socket.create_connection(("127.0.0.1", port)) as upstream:
        # One request per connection: the central closes it after answering.
        upstream.sendall(request.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1))
        chunks = []
        while chunk := upstream.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def reply(status: str, headers: str = "", body: bytes = b"") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{headers}\r\n".encode() + body


FAULTS = ("ok", "down", "slow", "500", "429", "reset", "drop", "drip")


class FaultyProxy:
    """Answers each request as the next entry of `script` says (cycling), mostly by passing it on
    to the central:

    ok      pass it on and relay the answer
    down    close the connection at once, before reading anything
    slow    wait `slow_s` before passing it on (past the client's time-out)
    500     answer 500 without passing it on
    429     answer 429 with Retry-After: `retry_after`
    reset   read half the request, then reset the connection
    drop    pass it on (the central commits), then close without answering
    drip    pass it on, then send the answer one byte every `drip_s`
    on_answered(request_no) is called after an "ok" answer is sent (the crash test kills there).
    """

    def __init__(self, central_port: int, script: list[str], slow_s: float = 2.0, drip_s: float = 0.2, retry_after: int = 1):
        unknown = set(script) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {unknown}")
        self.central_port = central_port
        self.script = script
        self.slow_s = slow_s
        self.drip_s = drip_s
        self.retry_after = retry_after
        self.on_answered = lambda number: None
        self.served: list[tuple[float, str]] = []  # (monotonic time, fault) per request
        self.paths: dict[int, str] = {}  # request number -> path, where the request was read
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _next(self) -> tuple[int, str]:
        with self._lock:
            number = len(self.served)
            fault = self.script[number % len(self.script)]
            self.served.append((time.monotonic(), fault))
            return number, fault

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.closing(conn):
            number, fault = self._next()
            try:
                self._act(conn, number, fault)
            except OSError:
                pass  # the client gave up first: that is what several faults are for

    def _act(self, conn: socket.socket, number: int, fault: str) -> None:
        if fault == "down":
            return
        if fault == "reset":
            conn.recv(64)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        request = read_request(conn)
        self.paths[number] = request.split(b" ", 2)[1].decode() if request.count(b" ") >= 2 else ""
        if fault == "500":
            conn.sendall(reply("500 Internal Server Error", body=b"boom"))
        elif fault == "429":
            conn.sendall(reply("429 Too Many Requests", f"Retry-After: {self.retry_after}\r\n"))
        elif fault == "slow":
            time.sleep(self.slow_s)
            conn.sendall(forward(request, self.central_port))
        elif fault == "drop":
            forward(request, self.central_port)
        elif fault == "drip":
            for byte in forward(request, self.central_port):
                conn.sendall(bytes([byte]))
                time.sleep(self.drip_s)
        else:
            conn.sendall(forward(request, self.central_port))
            self.on_answered(number)

    def requests_to(self, suffix: str) -> list[tuple[float, str]]:
        """(time, fault) of the requests whose path ends with `suffix`."""
        return [entry for number, entry in enumerate(self.served) if self.paths.get(number, "").endswith(suffix)]

    def close(self) -> None:
        self._closed = True
        self._listener.close()

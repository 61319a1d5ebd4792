"""Running the portal on 127.0.0.1 for tests and benchmarks, and a TCP proxy that breaks things."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class PortalServer:
    """uvicorn in a thread on a free port of 127.0.0.1."""

    def __init__(self, app, host: str = "127.0.0.1"):
        import uvicorn

        self.app = app
        self.config = uvicorn.Config(app, host=host, port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> "PortalServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the portal did not start")
            time.sleep(0.02)
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@contextmanager
def running_portal(data_dir: Path, *, course: Path | None = None, users: dict[str, str] | None = None,
                   faults=None, clock=None, shift_weeks: int = 0, database_url: str | None = None,
                   **settings) -> Iterator[PortalServer]:
    """``settings``: other PortalConfig fields (``limits``, ``token_ttl`` …). The schema is migrated at
    start, whatever the database."""
    from .app import PortalConfig, create_app

    settings.setdefault("migrate", True)

    config = PortalConfig(database_url=database_url or f"sqlite:///{data_dir / 'portal.sqlite3'}", data_dir=data_dir,
                          faults=faults, **settings)
    if clock is not None:
        config.clock = clock
    app = create_app(config)
    course_id = app.state.add_course(course, shift_weeks) if course is not None else None
    for login, password in (users or {}).items():  # on the course's roster
        app.state.add_participant(login, password, login.title(), "Asia/Seoul", [course_id] if course_id else [])
    server = PortalServer(app).start()
    try:
        yield server
    finally:
        server.stop()


class FaultProxy:
    """A TCP proxy on 127.0.0.1 in front of a server, whose behaviour a test can change:

    - "pass": forward both ways (optionally throttled to ``rate`` bytes/s each way);
    - "refuse": accept and close at once (a reset before anything is sent);
    - "drop_reply": forward requests; once one starts with ``match`` (e.g. b"PUT "), swallow the
      server's reply to it and close the connection (the portal stored the item, the client never heard);
    - "cut_after": forward, but close after ``cut_after`` bytes went downstream;
    - "stall_after": once a request starting with ``match`` is seen, forward ``cut_after`` bytes of its
      reply, then hold the connection open sending nothing (``stalled`` is set; ``stalled_body`` is how
      many bytes of the reply's body went through): a download frozen at a known byte, without timing.
    """

    def __init__(self, target_port: int, *, rate: float | None = None):
        self.target = ("127.0.0.1", target_port)
        self.mode = "pass"
        self.rate = rate
        self.cut_after: int | None = None
        self.match: bytes = b""
        self.downstream_bytes = 0
        self.upstream_bytes = 0
        self.connections = 0
        self.stalled = threading.Event()
        self.stalled_body = 0
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        try:
            self._sock.close()
        except OSError:
            pass

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(client, self.mode), daemon=True).start()

    @property
    def _chunk(self) -> int:
        """Small reads when throttled, so the rate is even (twenty reads a second)."""
        return 65536 if not self.rate else max(1024, int(self.rate / 20))

    def _throttle(self, n: int) -> None:
        if self.rate:
            time.sleep(n / self.rate)

    def _serve(self, client: socket.socket, mode: str) -> None:
        if mode == "refuse":
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            client.close()
            return
        try:
            upstream = socket.create_connection(self.target, timeout=30)
        except OSError:
            client.close()
            return
        done = threading.Event()
        swallow = threading.Event()

        def up() -> None:
            try:
                while not done.is_set():
                    data = client.recv(self._chunk)
                    if not data:
                        break
                    if mode in ("drop_reply", "stall_after") and data.startswith(self.match):
                        swallow.set()
                    upstream.sendall(data)
                    self.upstream_bytes += len(data)
                    self._throttle(len(data))
            except OSError:
                pass
            finally:
                done.set()

        threading.Thread(target=up, daemon=True).start()
        sent = 0
        reply = b""
        try:
            upstream.settimeout(30)
            while not done.is_set():
                data = upstream.recv(self._chunk)
                if not data:
                    break
                if swallow.is_set() and mode == "drop_reply":
                    break  # the server answered the matched request: close without passing it on
                if mode == "cut_after" and self.cut_after is not None and sent + len(data) > self.cut_after:
                    client.sendall(data[: max(0, self.cut_after - sent)])
                    break
                if mode == "stall_after" and swallow.is_set() and self.cut_after is not None:
                    reply += data
                    if len(reply) >= self.cut_after:
                        client.sendall(data[: len(data) - (len(reply) - self.cut_after)])
                        head = reply.find(b"\r\n\r\n")
                        self.stalled_body = self.cut_after - (head + 4 if head >= 0 else 0)
                        self.stalled.set()
                        self._stop.wait()  # hold the line open, silent, until the proxy closes
                        break
                client.sendall(data)
                sent += len(data)
                self.downstream_bytes += len(data)
                self._throttle(len(data))
        except OSError:
            pass
        finally:
            done.set()
            for s in (client, upstream):
                try:  # shutdown first: close() alone does not wake the other thread's recv nor send FIN
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                try:
                    s.close()
                except OSError:
                    pass

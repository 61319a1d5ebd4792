"""A real static file server on 127.0.0.1 for update repositories, with hostile variants.

``serve(folder)`` is Python's own ``http.server`` serving the folder as any static host would. A test
makes it lie by setting ``server.hooks[path] = fn``: ``fn(handler)`` answers that path instead (endless
data, a trickle, another file's bytes, a stall). Every request path is recorded in ``server.paths``.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path


class _Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        self.server.paths.append(path)
        hook = self.server.hooks.get(path)
        if hook is not None:
            try:
                hook(self)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        file = Path(self.directory) / path.lstrip("/")
        if self.server.rate and file.is_file():
            throttled(Path(self.directory), self.server.rate)(self)
            return
        wanted = self.headers.get("Range", "")
        if self.server.ranges and wanted.startswith("bytes=") and wanted.endswith("-") and file.is_file():
            # "bytes=N-", as nginx and every CDN answer it (http.server itself ignores Range)
            data = file.read_bytes()
            start = int(wanted[6:-1])
            if start < len(data):
                self.server.ranged.append(path)
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.send_header("Content-Length", str(len(data) - start))
                self.end_headers()
                self.wfile.write(data[start:])
                return
        super().do_GET()


class RepoServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path):
        super().__init__(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
        self.hooks: dict[str, Callable[[_Handler], None]] = {}
        self.paths: list[str] = []
        self.rate: float | None = None  # bytes per second for every file (a slow link), None: full speed
        self.ranges = True  # answer "Range: bytes=N-" with 206 (False: always the whole file, 200)
        self.ranged: list[str] = []  # paths answered with 206

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/"


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[RepoServer]:
    server = RepoServer(folder)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# ---- hostile answers ----

def endless(handler) -> None:
    """200 with no length, then bytes for as long as the client reads."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/octet-stream")
    handler.send_header("Connection", "close")
    handler.end_headers()
    block = b"{" * 65536
    for _ in range(10_000):  # 655 MB at most, in case a client never stops
        handler.wfile.write(block)


def trickle(data: bytes, every: float, step: int = 1) -> Callable:
    """The right bytes, ``step`` at a time, one step every ``every`` seconds (a slow-retrieval attack)."""
    def answer(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        for i in range(0, len(data), step):
            handler.wfile.write(data[i:i + step])
            handler.wfile.flush()
            time.sleep(every)
    return answer


def stall(seconds: float) -> Callable:
    """Headers, then nothing for ``seconds``."""
    def answer(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        handler.wfile.flush()
        time.sleep(seconds)
    return answer


def cut_after(data: bytes, count: int) -> Callable:
    """The right headers and the first ``count`` bytes, then the connection drops (a link that fails)."""
    def answer(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data[:count])
        handler.wfile.flush()
        handler.connection.shutdown(2)
    return answer


def bytes_of(data: bytes) -> Callable:
    """Other bytes than the file on disk (a replayed or mixed metadata file, a tampered target)."""
    def answer(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
    return answer


def throttled(folder: Path, bytes_per_second: float) -> Callable:
    """The file on disk at a fixed rate (a 256 kbit/s link is 32 000 B/s)."""
    def answer(handler) -> None:
        path = folder / handler.path.split("?", 1)[0].lstrip("/")
        data = path.read_bytes()
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        step = max(512, int(bytes_per_second / 20))
        start = time.monotonic()
        for i in range(0, len(data), step):
            handler.wfile.write(data[i:i + step])
            due = start + (i + step) / bytes_per_second
            if (wait := due - time.monotonic()) > 0:
                time.sleep(wait)
    return answer

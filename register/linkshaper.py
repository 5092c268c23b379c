"""A loopback TCP relay that throttles and counts bytes: a slow link in a test or benchmark.

It listens on 127.0.0.1 only and forwards to one target; TLS passes through untouched,
so what it counts is exactly the bytes on the wire. Bounded: a fixed number of
connections, short socket timeouts, everything closed by :meth:`LinkShaper.stop`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

_CHUNK = 8192
_BUFFER = 65536  # small socket buffers, so the throttle is not hidden by kernel queues


class TokenBucket:
    """Lets *rate* bytes per second through, with a small burst."""

    def __init__(self, rate: float | None, burst: int = 16384) -> None:
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def take(self, count: int) -> None:
        """Block until *count* bytes may pass."""
        if self.rate is None:
            return
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
                self._last = now
                if self._tokens >= count or self._tokens >= self.burst:
                    self._tokens -= count
                    wait = 0.0
                else:
                    wait = (count - self._tokens) / self.rate
            if wait <= 0:
                return
            time.sleep(min(wait, 0.05))


class LinkShaper:
    """127.0.0.1:<port> → target, at *rate* bytes per second each way (None: unthrottled)."""

    def __init__(
        self,
        target_port: int,
        rate: float | None = None,
        *,
        target_host: str = "127.0.0.1",
        max_connections: int = 256,
    ) -> None:
        self.target = (target_host, target_port)
        self.up = TokenBucket(rate)
        self.down = TokenBucket(rate)
        self.max_connections = max_connections
        self.bytes_up = 0  # station → register
        self.bytes_down = 0
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _BUFFER)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._thread = threading.Thread(target=self._accept, name="link-shaper", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The HTTPS address through the relay."""
        return f"https://127.0.0.1:{self.port}"

    def set_rate(self, rate: float | None) -> None:
        """Change the throttle (both directions)."""
        self.up.rate = rate
        self.down.rate = rate

    def cut_all(self) -> None:
        """Drop every open connection, as a link going down would."""
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def stop(self) -> None:
        """Stop listening and close everything."""
        self._stop.set()
        self.cut_all()
        self._thread.join(5)
        with contextlib.suppress(OSError):
            self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                full = len(self._sockets) >= 2 * self.max_connections
            if full:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _BUFFER)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                sock.settimeout(None)
            with self._lock:
                self._sockets.update((client, upstream))
            pair = _Pair(client, upstream)
            for args in (
                (pair, client, upstream, self.up, True),
                (pair, upstream, client, self.down, False),
            ):
                threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _pump(
        self,
        pair: _Pair,
        src: socket.socket,
        dst: socket.socket,
        bucket: TokenBucket,
        up: bool,
    ) -> None:
        try:
            while not self._stop.is_set():
                data = src.recv(_CHUNK)
                if not data:
                    break
                bucket.take(len(data))
                dst.sendall(data)
                with self._lock:
                    if up:
                        self.bytes_up += len(data)
                    else:
                        self.bytes_down += len(data)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)
        if pair.one_done():  # the second pump of the connection closes both sockets
            with self._lock:
                self._sockets.discard(pair.client)
                self._sockets.discard(pair.upstream)
            for sock in (pair.client, pair.upstream):
                with contextlib.suppress(OSError):
                    sock.close()


class _Pair:
    """The two sockets of one relayed connection and how many pumps have finished."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self._done = 0
        self._lock = threading.Lock()

    def one_done(self) -> bool:
        """Count a finished pump; True for the second."""
        with self._lock:
            self._done += 1
            return self._done == 2

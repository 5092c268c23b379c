"""The outermost ASGI layer: the server time on every answer, and fault injection for tests.

Fault injection is off unless the register is started with ``--fault-injection``; then
``POST /_faults`` arms a fault (JSON: mode, path prefix, times, delay, status) and
``DELETE /_faults`` clears them. Modes:

- ``drop_before_commit``: read the request, then cut the connection; nothing is stored.
- ``drop_after_commit``: handle the request (it commits), then cut the connection.
- ``kill``: kill the register process while the upload body is still arriving.
- ``kill_after_commit``: handle the request, then kill the process before answering.
- ``delay``: wait ``delay`` seconds, then handle the request normally.
- ``status``: answer ``status`` (500, 503, ...) without handling the request.
- ``truncate``: handle the request, send the headers and half the body, then cut.
- ``disk_full``: the next ``times`` database writes fail as on a full disk.

Cutting the connection reaches uvicorn's transport through its ``send`` callable, so
this layer must be the outermost application (no middleware may wrap ``send`` before it).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass
from typing import Any

from register.db import RegisterDatabase
from station.sync.contract import SERVER_TIME_HEADER, ErrorCode, format_time

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MODES = frozenset(
    {
        "drop_before_commit",
        "drop_after_commit",
        "kill",
        "kill_after_commit",
        "delay",
        "status",
        "truncate",
        "disk_full",
    }
)
CONTROL_PATH = "/_faults"


@dataclass
class Fault:
    """One armed fault."""

    mode: str
    path: str = "/v1/batches"
    times: int = 1
    delay: float = 0.0
    status: int = 503


class RegisterEdge:
    """Stamps the server time on every answer and, in test mode, injects faults."""

    def __init__(self, app: ASGIApp, db: RegisterDatabase, clock: Any, faults: bool) -> None:
        self.app = app
        self.db = db
        self.clock = clock
        self.enabled = faults
        self.armed: list[Fault] = []
        self.fired = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        stamped = self._stamping(send)
        if self.enabled and scope["path"] == CONTROL_PATH:
            await self._control(scope, receive, stamped)
            return
        fault = self._take(scope["path"]) if self.enabled else None
        if fault is None:
            await self.app(scope, receive, stamped)
            return
        self.fired += 1
        await self._inject(fault, scope, receive, send, stamped)

    def _stamping(self, send: Send) -> Send:
        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((SERVER_TIME_HEADER.encode(), format_time(self.clock()).encode()))
                message = {**message, "headers": headers}
            await send(message)

        return stamped

    def _take(self, path: str) -> Fault | None:
        for fault in self.armed:
            if fault.mode != "disk_full" and path.startswith(fault.path):
                fault.times -= 1
                if fault.times <= 0:
                    self.armed.remove(fault)
                return fault
        return None

    async def _inject(
        self, fault: Fault, scope: Scope, receive: Receive, raw_send: Send, send: Send
    ) -> None:
        mode = fault.mode
        if mode == "delay":
            await asyncio.sleep(fault.delay)
            await self.app(scope, receive, send)
        elif mode == "status":
            await _drain(receive)
            await _json(send, fault.status, _error_body(fault.status, self.clock()), retry=True)
        elif mode == "drop_before_commit":
            await _drain(receive)
            await _cut(raw_send)
        elif mode == "kill":
            await receive()  # the first part of the body has arrived: die mid-upload
            os.kill(os.getpid(), signal.SIGKILL)
        else:
            captured: list[Message] = []

            async def capture(message: Message) -> None:
                captured.append(message)

            await self.app(scope, receive, self._stamping(capture))
            if mode == "kill_after_commit":
                os.kill(os.getpid(), signal.SIGKILL)
            if mode == "truncate" and captured:
                body = b"".join(m.get("body", b"") for m in captured[1:])
                await raw_send(captured[0])  # headers (with the full Content-Length)
                await raw_send(
                    {
                        "type": "http.response.body",
                        "body": body[: len(body) // 2],
                        "more_body": True,
                    }
                )
            await _cut(raw_send)

    async def _control(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _drain(receive)
        method = scope["method"]
        if method == "POST":
            try:
                fault = Fault(**json.loads(body))
                if fault.mode not in MODES:
                    raise ValueError(fault.mode)
            except (TypeError, ValueError) as exc:
                await _json(send, 400, {"error": str(exc)})
                return
            if fault.mode == "disk_full":
                self.db.disk_full_writes += fault.times
            else:
                self.armed.append(fault)
        elif method == "DELETE":
            self.armed.clear()
            self.db.disk_full_writes = 0
        answer = {
            "armed": [asdict(f) for f in self.armed],
            "disk_full_writes": self.db.disk_full_writes,
            "fired": self.fired,
        }
        await _json(send, 200, answer)


async def _drain(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(parts)


async def _cut(raw_send: Send) -> None:
    """Abort the TCP connection without an answer (uvicorn's transport, via its send)."""
    transport = getattr(getattr(raw_send, "__self__", None), "transport", None)
    if transport is None:
        raise RuntimeError("fault injection needs uvicorn's own send callable")
    transport.abort()
    # Let the server notice the lost connection, so it does not try to answer it.
    for _ in range(3):
        await asyncio.sleep(0)


async def _json(send: Send, status: int, doc: object, retry: bool = False) -> None:
    body = json.dumps(doc).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if retry and status == 503:
        headers.append((b"retry-after", b"1"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _error_body(status: int, now: Any) -> dict[str, object]:
    code = ErrorCode.UNAVAILABLE if status == 503 else ErrorCode.INTERNAL
    return {
        "error": {
            "code": code.value,
            "message_vi": "Cơ quan đăng ký tạm thời không xử lý được yêu cầu.",
            "message_en": "The register cannot handle the request right now.",
        },
        "server_time": format_time(now),
    }

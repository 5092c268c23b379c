"""The station's HTTPS client to the register: pinned CA, signed requests, typed answers."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.protect.envelope import sign
from station.sync import contract
from station.sync.contract import ErrorCode, ReceiptStatus, RegisterState
from station.sync.errors import (
    RegisterBusyError,
    RegisterCertificateError,
    RegisterProtocolError,
    RegisterUnreachableError,
    StationNotRecognisedError,
    SyncError,
)
from station.sync.tls import is_certificate_failure, pinned_context

Clock = Callable[[], dt.datetime]
SkewListener = Callable[[dt.timedelta], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClientTimeouts:
    """Seconds per network operation; a slow link keeps bytes flowing, so these hold."""

    connect: float = 10.0
    read: float = 60.0
    write: float = 60.0
    ping: float = 5.0


class BatchIdReusedError(SyncError):
    """The register holds another manifest under this batch id: re-plan with a new id."""

    def __init__(self, batch_id: str) -> None:
        super().__init__(
            "Lô hồ sơ cần được lập lại; trạm sẽ tự gửi lại.",
            "The batch must be rebuilt; the station resends it by itself.",
            f"batch id reused with another manifest: {batch_id}",
        )
        self.batch_id = batch_id


class BatchRefusedError(SyncError):
    """The register found the batch malformed or not matching the signed manifest."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Cơ quan đăng ký từ chối lô hồ sơ vì dữ liệu bị hỏng trên đường truyền. Trạm sẽ "
            "gửi lại; nếu lặp lại, gọi bộ phận kỹ thuật.",
            "The register refused the batch as damaged in transit. The station will resend "
            "it; if it keeps happening, call IT.",
            detail,
        )


@dataclass(frozen=True, slots=True)
class WireReceipt:
    """One application's answer in an upload response."""

    application_id: str
    application_number: str
    status: ReceiptStatus
    reason_code: str | None
    reason_text: str | None


@dataclass(frozen=True, slots=True)
class UploadResult:
    """The register's answer to one batch."""

    batch_id: str
    receipts: tuple[WireReceipt, ...]
    replayed: bool  # the register had this batch already and answered from its record
    seconds: float


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One change in the status feed."""

    seq: int
    application_id: str
    application_number: str
    status: RegisterState
    reason_code: str | None
    reason_text: str | None
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class StatusPage:
    """A page of the status feed and where to continue."""

    events: tuple[StatusEvent, ...]
    next_cursor: int
    more: bool


@dataclass(frozen=True, slots=True)
class MasterDataFile:
    """One file of the master data set."""

    name: str
    kind: str  # "refdata" or "csca"
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class MasterDataIndex:
    """The register's current master data version and its files."""

    version: str
    files: tuple[MasterDataFile, ...]


class RegisterClient:
    """One enrolled station's connection to the register (used from one thread)."""

    def __init__(
        self,
        base_url: str,
        ca_pem: str,
        *,
        station_id: str,
        signing_key: Ed25519PrivateKey,
        clock: Clock,
        timeouts: ClientTimeouts | None = None,
        on_skew: SkewListener | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._timeouts = timeouts or ClientTimeouts()
        t = self._timeouts
        context = pinned_context(ca_pem)
        if transport is None:
            # No Nagle delay between the request head and its body.
            transport = httpx.HTTPTransport(
                verify=context,
                limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
                socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            )
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            verify=context,
            timeout=httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.connect),
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment: the pinned register only
        )
        self._station_id = station_id
        self._signing_key = signing_key
        self._clock = clock
        self._on_skew = on_skew

    def close(self) -> None:
        """Close the connection."""
        self._http.close()

    def ping(self) -> dt.datetime:
        """The cheap connectivity check; returns the register's time."""
        body = self._json("GET", contract.PING, timeout=self._timeouts.ping, signed=False)
        return contract.parse_time(_field(body, "server_time", str))

    def upload(self, batch_id: str, body: bytes) -> UploadResult:
        """Send one batch container; the register answers per application."""
        started = time.monotonic()
        doc = self._json(
            "POST",
            f"{contract.BATCHES}/{batch_id}",
            content=body,
            headers={
                "Content-Type": contract.BATCH_MEDIA_TYPE,
                contract.STATION_ID_HEADER: self._station_id,
            },
            signed=False,  # the container carries the station's signature
        )
        seconds = time.monotonic() - started
        try:
            receipts = tuple(
                WireReceipt(
                    application_id=str(r["application_id"]),
                    application_number=str(r["application_number"]),
                    status=ReceiptStatus(r["status"]),
                    reason_code=r.get("reason_code"),
                    reason_text=r.get("reason_text"),
                )
                for r in doc["receipts"]
            )
            if doc["batch_id"] != batch_id:
                raise ValueError("batch id")
        except (KeyError, TypeError, ValueError) as exc:
            raise RegisterProtocolError(f"upload answer: {type(exc).__name__}") from None
        return UploadResult(batch_id, receipts, bool(doc.get("replayed")), seconds)

    def pull_status(self, cursor: int, limit: int = contract.STATUS_PAGE_LIMIT) -> StatusPage:
        """Status changes after *cursor*, oldest first."""
        doc = self._json("GET", f"{contract.STATUS}?cursor={cursor}&limit={limit}")
        try:
            events = tuple(
                StatusEvent(
                    seq=int(e["seq"]),
                    application_id=str(e["application_id"]),
                    application_number=str(e["application_number"]),
                    status=RegisterState(e["status"]),
                    reason_code=e.get("reason_code"),
                    reason_text=e.get("reason_text"),
                    at=contract.parse_time(e["at"]),
                )
                for e in doc["events"]
            )
            return StatusPage(events, int(doc["next_cursor"]), bool(doc["more"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise RegisterProtocolError(f"status answer: {type(exc).__name__}") from None

    def master_data_index(self) -> MasterDataIndex:
        """The master data version on offer and its files."""
        doc = self._json("GET", contract.MASTER_DATA)
        try:
            files = tuple(
                MasterDataFile(str(f["name"]), str(f["kind"]), str(f["sha256"]), int(f["size"]))
                for f in doc["files"]
            )
            return MasterDataIndex(str(doc["version"]), files)
        except (KeyError, TypeError, ValueError) as exc:
            raise RegisterProtocolError(f"master data answer: {type(exc).__name__}") from None

    def download(self, name: str) -> bytes:
        """One master data file's bytes."""
        response = self._send("GET", f"{contract.MASTER_DATA}/files/{name}")
        return response.content

    # ------------------------------------------------------------------ plumbing

    def _json(
        self,
        method: str,
        target: str,
        *,
        content: bytes = b"",
        headers: dict[str, str] | None = None,
        signed: bool = True,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        response = self._send(method, target, content, headers, signed, timeout)
        try:
            doc = response.json()
        except ValueError:
            raise RegisterProtocolError(f"{target}: answer is not JSON") from None
        if not isinstance(doc, dict):
            raise RegisterProtocolError(f"{target}: answer is not an object")
        return doc

    def _send(
        self,
        method: str,
        target: str,
        content: bytes = b"",
        headers: dict[str, str] | None = None,
        signed: bool = True,
        timeout: float | None = None,
    ) -> httpx.Response:
        all_headers = dict(headers or {})
        if signed:
            all_headers.update(self._signature_headers(method, target, content))
        sent_at = self._clock()
        try:
            response = self._http.request(
                method,
                target,
                content=content or None,
                headers=all_headers,
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
            response.read()
        except httpx.HTTPError as exc:
            if is_certificate_failure(exc):
                raise RegisterCertificateError(
                    f"{target}: certificate not from the pinned CA"
                ) from None
            raise RegisterUnreachableError(f"{target}: {type(exc).__name__}") from None
        self._observe_clock(response, sent_at)
        if response.status_code >= 400:
            raise _error_for(response, target)
        return response

    def _signature_headers(self, method: str, target: str, body: bytes) -> dict[str, str]:
        station_time = contract.format_time(self._clock())
        message = contract.request_message(method, target, station_time, body)
        signature = sign(self._signing_key, contract.REQUEST_SIGNING_CONTEXT, message)
        return {
            contract.STATION_ID_HEADER: self._station_id,
            contract.STATION_TIME_HEADER: station_time,
            contract.STATION_SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
        }

    def _observe_clock(self, response: httpx.Response, sent_at: dt.datetime) -> None:
        text = response.headers.get(contract.SERVER_TIME_HEADER)
        if text is None or self._on_skew is None:
            return
        try:
            server = contract.parse_time(text)
        except ValueError:
            return
        received_at = self._clock()
        # The register stamped its time somewhere during the exchange: the midpoint of our
        # own send and receive times is the best local estimate of that moment.
        local = sent_at + (received_at - sent_at) / 2
        self._on_skew(server - local)


def _error_for(response: httpx.Response, target: str) -> SyncError:
    status = response.status_code
    code = ""
    try:
        doc = response.json()
        code = str(doc.get("error", {}).get("code", "")) if isinstance(doc, dict) else ""
    except ValueError:
        pass
    detail = f"{target}: HTTP {status} {code}".strip()
    if code in (ErrorCode.UNKNOWN_STATION, ErrorCode.SIGNATURE_INVALID) or status in (401, 403):
        return StationNotRecognisedError(detail)
    if code == ErrorCode.BATCH_ID_REUSED:
        return BatchIdReusedError(target.rsplit("/", 1)[-1])
    if code == ErrorCode.BATCH_INVALID:
        return BatchRefusedError(detail)
    if status >= 500 or status == 429:
        return RegisterBusyError(detail, _retry_after(response))
    return RegisterProtocolError(detail)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, min(float(value), 3600.0))
    except ValueError:
        return None


def _field(doc: dict[str, Any], name: str, kind: type[Any]) -> Any:
    value = doc.get(name)
    if not isinstance(value, kind):
        raise RegisterProtocolError(f"answer lacks {name}")
    return value

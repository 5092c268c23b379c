"""The station ↔ register contract, version 1: paths, headers, statuses, time and signing.

Both sides import these names, so the station client and the reference register cannot
drift apart; register/openapi.yaml writes the same contract down for other implementers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum

API_VERSION = "1"
PREFIX = "/v1"

PING = f"{PREFIX}/ping"
CA = f"{PREFIX}/ca"
ENROLMENTS = f"{PREFIX}/enrolments"
BATCHES = f"{PREFIX}/batches"  # POST {BATCHES}/{batch_id}
STATUS = f"{PREFIX}/status"
MASTER_DATA = f"{PREFIX}/master-data"  # GET index; GET {MASTER_DATA}/files/{name}

BATCH_MEDIA_TYPE = "application/vnd.intake-station.batch"

# Every response carries the register's clock, errors and injected faults included.
SERVER_TIME_HEADER = "X-Server-Time"
# Station requests other than ping, CA, enrolment and batch upload (whose body is signed
# itself) carry a signature over method, path, time and body.
STATION_ID_HEADER = "X-Station-Id"
STATION_TIME_HEADER = "X-Station-Time"
STATION_SIGNATURE_HEADER = "X-Station-Signature"
REQUEST_SIGNING_CONTEXT = b"intake-station/request/v1"

MAX_BATCH_BYTES = 16 * 1024 * 1024  # the register refuses larger upload bodies (413)
STATUS_PAGE_LIMIT = 500


class ReceiptStatus(StrEnum):
    """The register's answer for one application of a batch."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"  # the same hash was already held: counts as accepted
    CONFLICT = "conflict"  # the same number or id with another hash: to investigate
    REJECTED = "rejected"  # with a reason code and text


class RegisterState(StrEnum):
    """Statuses the status feed reports; the first four mirror the receipts."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    REVIEW_REJECTED = "review_rejected"  # accepted, then refused by a reviewer
    CARD_PRODUCED = "card_produced"


class ErrorCode(StrEnum):
    """Machine-readable error codes of non-2xx answers."""

    BATCH_INVALID = "batch_invalid"  # malformed, or not what the station signed
    BATCH_ID_REUSED = "batch_id_reused"  # the same batch id with another manifest
    BATCH_TOO_LARGE = "batch_too_large"
    UNKNOWN_STATION = "unknown_station"
    SIGNATURE_INVALID = "signature_invalid"
    ENROLMENT_TOKEN_INVALID = "enrolment_token_invalid"
    NOT_FOUND = "not_found"
    STORAGE_FULL = "storage_full"
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal"


class RejectReason(StrEnum):
    """Reason codes of a rejected application."""

    ENVELOPE_UNREADABLE = "envelope_unreadable"
    SIGNATURE_INVALID = "signature_invalid"
    PAYLOAD_MALFORMED = "payload_malformed"
    IDENTITY_MISMATCH = "identity_mismatch"
    VALIDATION_FAILED = "validation_failed"
    CONFLICT = "conflict"


def format_time(moment: dt.datetime, timespec: str = "milliseconds") -> str:
    """ISO 8601 in UTC: the only time format on the wire (sealing times in microseconds)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime on the wire")
    return moment.astimezone(dt.UTC).isoformat(timespec=timespec)


def parse_time(text: str) -> dt.datetime:
    """Read :func:`format_time` output; raises ValueError on anything else."""
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("time without a zone")
    return moment.astimezone(dt.UTC)


def request_message(method: str, target: str, station_time: str, body: bytes) -> bytes:
    """What a station signs for a request: method, path with query, its time, body hash."""
    digest = hashlib.sha256(body).hexdigest()
    return "\n".join((method.upper(), target, station_time, digest)).encode()

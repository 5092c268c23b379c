"""Enrolment: a one-time token from IT makes this station known to the register.

The token (``IST1-<secret>-<CA fingerprint>``, printed by ``register enroll``) carries
the first 128 bits of the register CA's SHA-256 fingerprint. The station fetches the CA
over an unverified connection, checks it against the token, and from then on trusts that
CA alone: a man in the middle cannot enrol the station with his own CA.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from station.protect.keystore import StationSecrets
from station.sync import contract
from station.sync.errors import EnrolmentError, RegisterUnreachableError
from station.sync.state import Enrolment, SyncStateStore
from station.sync.tls import ca_fingerprint, is_certificate_failure, pinned_context

Clock = Callable[[], dt.datetime]

_TOKEN = re.compile(r"IST1-([0-9a-f]{32})-([0-9a-f]{32})")
TIMEOUT = httpx.Timeout(15.0)


@dataclass(frozen=True, slots=True)
class EnrolmentToken:
    """The one-time secret and the CA fingerprint prefix it vouches for."""

    secret: str
    ca_fingerprint_prefix: str

    def __str__(self) -> str:
        return f"IST1-{self.secret}-{self.ca_fingerprint_prefix}"

    @classmethod
    def parse(cls, text: str) -> EnrolmentToken:
        """Read a token as IT typed or pasted it; raises :class:`EnrolmentError`."""
        match = _TOKEN.fullmatch(text.strip().lower().replace("ist1-", "IST1-", 1))
        if match is None:
            raise _bad_token("token malformed")
        return cls(match.group(1), match.group(2))


def enrol_station(
    register_url: str,
    token_text: str,
    station_code: str,
    secrets: StationSecrets,
    state: SyncStateStore,
    clock: Clock,
    *,
    transport: httpx.BaseTransport | None = None,
) -> Enrolment:
    """Enrol with the register and store the result; raises EnrolmentError or network errors."""
    token = EnrolmentToken.parse(token_text)
    url = register_url.rstrip("/")
    ca_pem = _fetch_ca(url, transport)
    try:
        fingerprint = ca_fingerprint(ca_pem)
    except ValueError:
        fingerprint = ""
    if not fingerprint or not fingerprint.startswith(token.ca_fingerprint_prefix):
        raise EnrolmentError(
            "Máy chủ này không phải cơ quan đăng ký đã cấp mã đăng ký (chứng thư không khớp).",
            "This server is not the register that issued the token (certificate mismatch).",
            "CA fingerprint does not match the token",
        )
    request = {
        "token": str(token),
        "station_code": station_code,
        "signing_public": base64.b64encode(secrets.signing_public()).decode("ascii"),
        "exchange_public": base64.b64encode(secrets.exchange_public()).decode("ascii"),
    }
    try:
        with httpx.Client(
            base_url=url,
            verify=pinned_context(ca_pem),
            timeout=TIMEOUT,
            transport=transport,
            trust_env=False,
        ) as client:
            response = client.post(contract.ENROLMENTS, json=request)
    except httpx.HTTPError as exc:
        raise RegisterUnreachableError(f"enrolment: {type(exc).__name__}") from None
    if response.status_code in (400, 403, 409):
        raise _bad_token(f"register refused the token: HTTP {response.status_code}")
    if response.status_code != 201:
        raise RegisterUnreachableError(f"enrolment: HTTP {response.status_code}")
    try:
        doc = response.json()
        enrolment = Enrolment(
            station_id=str(doc["station_id"]),
            station_code=station_code,
            register_url=url,
            ca_pem=ca_pem,
            register_exchange_public=base64.b64decode(doc["register_exchange_public"]),
            register_signing_public=base64.b64decode(doc["register_signing_public"]),
            enrolled_at=clock(),
        )
        enrolment.register_key()
        enrolment.register_signing_key()
    except (KeyError, TypeError, ValueError) as exc:
        raise EnrolmentError(
            "Cơ quan đăng ký trả lời không đúng định dạng khi đăng ký trạm.",
            "The register's answer to the enrolment was malformed.",
            f"enrolment answer: {type(exc).__name__}",
        ) from None
    state.save_enrolment(enrolment)
    return enrolment


def _fetch_ca(url: str, transport: httpx.BaseTransport | None) -> str:
    # Unverified on purpose: the CA is checked against the token's fingerprint next.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with httpx.Client(
            base_url=url, verify=context, timeout=TIMEOUT, transport=transport, trust_env=False
        ) as client:
            response = client.get(contract.CA)
            response.raise_for_status()
            ca_pem = response.json()["ca_pem"]
    except httpx.HTTPStatusError as exc:
        raise RegisterUnreachableError(f"CA: HTTP {exc.response.status_code}") from None
    except httpx.HTTPError as exc:
        if is_certificate_failure(exc):
            raise RegisterUnreachableError("CA: TLS failure") from None
        raise RegisterUnreachableError(f"CA: {type(exc).__name__}") from None
    except (KeyError, TypeError, ValueError):
        raise EnrolmentError(
            "Không đọc được chứng thư của cơ quan đăng ký.",
            "The register's certificate could not be read.",
            "CA answer malformed",
        ) from None
    if not isinstance(ca_pem, str):
        raise EnrolmentError(
            "Không đọc được chứng thư của cơ quan đăng ký.",
            "The register's certificate could not be read.",
            "CA answer malformed",
        )
    return ca_pem


def _bad_token(detail: str) -> EnrolmentError:
    return EnrolmentError(
        "Mã đăng ký trạm không hợp lệ, đã dùng hoặc đã hết hạn. Xin mã mới từ cơ quan đăng ký.",
        "The enrolment token is invalid, used or expired. Ask the register for a new one.",
        detail,
    )

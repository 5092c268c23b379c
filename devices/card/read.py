"""A complete chip read: BAC, the files EF.COM lists, parsing, passive and active authentication.

read_chip either returns a ChipRead holding every file it needs, parsed and checked, or
raises a CardError: there is no partial result that could reach the form as complete.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from devices.card.access_key import BacKey
from devices.card.active_auth import (
    ActiveAuthOutcome,
    ActiveAuthResult,
    parse_dg15,
    verify_active_auth,
)
from devices.card.atr import announces_extended_length
from devices.card.bac import BacKeys
from devices.card.channel import CardChannel
from devices.card.dg1 import parse_dg1
from devices.card.dg2 import FaceImage, parse_dg2
from devices.card.dg13 import Dg13Data, parse_dg13
from devices.card.errors import MalformedDataError, UnsupportedCardError
from devices.card.lds import (
    FID_COM,
    FID_SOD,
    READ_DATA_GROUPS,
    REQUIRED_DATA_GROUPS,
    EfCom,
    fid_of,
    parse_ef_com,
)
from devices.card.mrz import Td1Mrz
from devices.card.passive_auth import PassiveAuthResult, passive_authentication
from devices.card.session import ChipSession, SessionPolicy
from devices.card.sod import parse_sod
from devices.card.transport import CardTransport
from devices.card.trust_store import CscaTrustStore


class ExtendedLength(StrEnum):
    """When to use extended-length APDUs (fewer, larger READ BINARY chunks)."""

    AUTO = "auto"  # when the card announces it in its ATR
    NEVER = "never"
    ALWAYS = "always"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits and choices of one read (from the station configuration)."""

    apdu_timeout: float = 3.0  # seconds for one exchange
    read_timeout: float = 30.0  # seconds for the whole read
    extended_length: ExtendedLength = ExtendedLength.AUTO
    policy: SessionPolicy = field(default_factory=SessionPolicy)
    read_portrait: bool = True
    active_authentication: bool = True


class ReadStage(StrEnum):
    """Where a read is, for the progress display."""

    CONNECTING = "connecting"
    AUTHENTICATING = "authenticating"
    READING = "reading"
    VERIFYING = "verifying"


ProgressSink = Callable[[ReadStage, float], None]  # stage, fraction done 0..1


@dataclass(frozen=True, slots=True)
class ChipRead:
    """Everything read from one chip, parsed and authenticated."""

    com: EfCom
    mrz: Td1Mrz
    dg13: Dg13Data
    face: FaceImage | None
    files: MappingProxyType[int, bytes]  # data group number -> raw file as read
    com_raw: bytes
    sod_raw: bytes
    passive_auth: PassiveAuthResult
    active_auth: ActiveAuthResult
    apdu_count: int
    read_at: dt.datetime
    duration_s: float

    def __repr__(self) -> str:
        return (
            f"ChipRead(groups={sorted(self.files)}, pa={self.passive_auth.outcome.value}, "
            f"aa={self.active_auth.outcome.value}, apdus={self.apdu_count})"
        )

    @property
    def dg14_present(self) -> bool:
        """True when the chip holds DG14 (chip authentication / PACE infos)."""
        return 14 in self.com.data_groups

    @property
    def dg15_present(self) -> bool:
        """True when the chip holds DG15 (Active Authentication key)."""
        return 15 in self.com.data_groups

    def raw_bundle(self) -> bytes:
        """The raw files as one blob to keep with the application (FID, length, bytes)."""
        parts = [(FID_COM, self.com_raw), (FID_SOD, self.sod_raw)]
        parts += [(fid_of(n), raw) for n, raw in sorted(self.files.items())]
        return b"".join(
            fid.to_bytes(2, "big") + len(raw).to_bytes(4, "big") + raw for fid, raw in parts
        )

    def sha256(self) -> str:
        """Hex SHA-256 of raw_bundle(), recorded in the application's ChipReadRef."""
        return hashlib.sha256(self.raw_bundle()).hexdigest()


def _use_extended(transport: CardTransport, options: ReadOptions) -> bool:
    if options.extended_length is ExtendedLength.ALWAYS:
        return True
    if options.extended_length is ExtendedLength.NEVER:
        return False
    return announces_extended_length(transport.atr)


def read_chip(
    transport: CardTransport,
    key: BacKey,
    *,
    trust_store: CscaTrustStore | None,
    options: ReadOptions | None = None,
    progress: ProgressSink | None = None,
    random_bytes: Callable[[int], bytes] = os.urandom,
) -> ChipRead:
    """Read and check the whole chip over *transport*; raises a CardError on any failure."""
    opts = options or ReadOptions()
    started = time.monotonic()
    report = progress or (lambda stage, fraction: None)
    channel = CardChannel(
        transport,
        apdu_timeout=opts.apdu_timeout,
        deadline=started + opts.read_timeout,
        extended=_use_extended(transport, opts),
    )
    session = ChipSession(channel, BacKeys.from_key(key), opts.policy, random_bytes)
    report(ReadStage.AUTHENTICATING, 0.0)
    session.open()
    report(ReadStage.READING, 0.05)
    com_raw = _required(session, FID_COM, "EF.COM")
    com = parse_ef_com(com_raw)
    missing = REQUIRED_DATA_GROUPS - set(com.data_groups)
    if missing:
        raise UnsupportedCardError(
            "EF.COM lacks data groups " + ",".join(map(str, sorted(missing)))
        )
    wanted = [
        dg for dg in READ_DATA_GROUPS if dg in com.data_groups and (dg != 2 or opts.read_portrait)
    ]
    files: dict[int, bytes] = {}
    for index, dg in enumerate(wanted):
        base = 0.05 + 0.8 * index / (len(wanted) + 1)
        step = 0.8 / (len(wanted) + 1)

        def on_bytes(done: int, total: int, base: float = base, step: float = step) -> None:
            report(ReadStage.READING, base + step * done / max(total, 1))

        files[dg] = _required(session, fid_of(dg), f"DG{dg}", on_bytes)
    sod_raw = _required(session, FID_SOD, "EF.SOD")
    report(ReadStage.VERIFYING, 0.9)
    sod = parse_sod(sod_raw)
    passive = passive_authentication(files, sod, trust_store)
    mrz = parse_dg1(files[1])
    dg13 = parse_dg13(files[13])
    face = parse_dg2(files[2]) if 2 in files else None
    active = _active_auth(session, files.get(15), opts, random_bytes)
    report(ReadStage.VERIFYING, 1.0)
    return ChipRead(
        com=com,
        mrz=mrz,
        dg13=dg13,
        face=face,
        files=MappingProxyType(files),
        com_raw=com_raw,
        sod_raw=sod_raw,
        passive_auth=passive,
        active_auth=active,
        apdu_count=channel.apdu_count,
        read_at=dt.datetime.now(dt.UTC),
        duration_s=time.monotonic() - started,
    )


def _required(
    session: ChipSession,
    fid: int,
    name: str,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    data = session.read_file(fid, progress)
    if data is None:
        # The chip listed it (or the standard requires it) but cannot find it.
        raise MalformedDataError(f"{name} ({fid:04X}) not found on the chip")
    return data


def _active_auth(
    session: ChipSession,
    dg15: bytes | None,
    options: ReadOptions,
    random_bytes: Callable[[int], bytes],
) -> ActiveAuthResult:
    if dg15 is None:
        return ActiveAuthResult(ActiveAuthOutcome.NOT_SUPPORTED, "no DG15")
    if not options.active_authentication:
        return ActiveAuthResult(ActiveAuthOutcome.NOT_CHECKED, "switched off")
    key = parse_dg15(dg15)
    challenge = random_bytes(8)
    try:
        signature = session.internal_authenticate(challenge)
    except UnsupportedCardError as exc:
        return ActiveAuthResult(ActiveAuthOutcome.NOT_CHECKED, exc.detail)
    return verify_active_auth(key, challenge, signature)

"""The project's CCCD chip emulator: eMRTD application, BAC, secure messaging, AA, faults.

It answers APDUs as a chip would. The vpcd link (emulator_vpcd) puts it behind a real
pcscd for tests and the benchmark; the simulated reader (simulated) puts it in-process
for demo mode. Faults make it misbehave the ways real cards do.
"""

from __future__ import annotations

import hmac
import os
import threading
import time
from dataclasses import dataclass, field

from devices.card import tdes
from devices.card.access_key import BacKey
from devices.card.active_auth import sign_rsa_iso9796
from devices.card.apdu import (
    INS_EXTERNAL_AUTHENTICATE,
    INS_GET_CHALLENGE,
    INS_INTERNAL_AUTHENTICATE,
    INS_READ_BINARY,
    INS_SELECT,
    SW_AUTH_FAILED,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_END_OF_FILE_WARNING,
    SW_FILE_NOT_FOUND,
    SW_INS_NOT_SUPPORTED,
    SW_OK,
    SW_SECURITY_NOT_SATISFIED,
    SW_SM_DATA_INCORRECT,
    SW_WRONG_LENGTH,
    SW_WRONG_P1P2,
    CommandApdu,
    ResponseApdu,
    parse_command,
)
from devices.card.atr import contactless_atr
from devices.card.bac import BacKeys
from devices.card.emulator_files import CardFiles
from devices.card.errors import MalformedDataError, SecureMessagingError
from devices.card.lds import MRTD_AID, fid_of
from devices.card.secure_messaging import SSC_MODULUS
from devices.card.tlv import encode_tlv, iter_tlvs

_HISTORICAL_EXTENDED = bytes.fromhex("8073000040")  # card capabilities: extended Lc/Le
_HISTORICAL_SHORT = bytes.fromhex("8073000000")


class CardPulled(Exception):
    """Raised by the emulator when a fault says the card leaves the field now."""


@dataclass(slots=True)
class EmulatorFaults:
    """Ways to misbehave; APDU numbers count every APDU since power-on, from 1."""

    wrong_mac_from: int | None = None  # every protected response from this APDU on
    wrong_mac_at: frozenset[int] = frozenset()  # only these APDUs
    truncate_fid: int | None = None  # this file is shorter than its TLV header says
    pull_after: int | None = None  # the card leaves after this many APDUs
    delay_s: float = 0.0  # a slow card: wait before each answer
    garble_at: frozenset[int] = frozenset()  # answer one byte instead of a response
    refuse_aa: bool = False  # INTERNAL AUTHENTICATE answers 6D00
    bad_aa: bool = False  # INTERNAL AUTHENTICATE answers a wrong signature
    tamper_dg: int | None = None  # change one byte of this data group after signing
    refuse_extended: bool = False  # announce extended length in the ATR, then refuse it


@dataclass(slots=True)
class _Session:
    ks_enc: bytes
    ks_mac: bytes
    ssc: int


@dataclass(slots=True)
class _State:
    applet: bool = False
    challenge: bytes | None = None
    session: _Session | None = None
    file: int | None = None
    count: int = 0
    extra: dict[str, object] = field(default_factory=dict)


class CccdEmulator:
    """One emulated card. Thread-safe: calls are serialised."""

    def __init__(
        self,
        files: CardFiles,
        keys: BacKeys,
        *,
        faults: EmulatorFaults | None = None,
        extended_length: bool = True,
    ) -> None:
        self._files = dict(files.files)
        self._aa_key = files.aa_key
        self._keys = keys
        self.faults = faults or EmulatorFaults()
        self.atr = contactless_atr(_HISTORICAL_EXTENDED if extended_length else _HISTORICAL_SHORT)
        self._extended = extended_length
        self._state = _State()
        self._lock = threading.Lock()
        self._apply_static_faults()

    @classmethod
    def for_card(
        cls,
        files: CardFiles,
        key: BacKey,
        faults: EmulatorFaults | None = None,
        *,
        extended_length: bool = True,
    ) -> CccdEmulator:
        """An emulator opened by the access key printed on the card."""
        return cls(files, BacKeys.from_key(key), faults=faults, extended_length=extended_length)

    def _apply_static_faults(self) -> None:
        if self.faults.tamper_dg is not None:
            fid = fid_of(self.faults.tamper_dg)
            tampered = bytearray(self._files[fid])
            tampered[-1] ^= 0x01
            self._files[fid] = bytes(tampered)
        if self.faults.truncate_fid is not None:
            content = self._files[self.faults.truncate_fid]
            self._files[self.faults.truncate_fid] = content[: max(8, len(content) // 2)]

    @property
    def apdu_count(self) -> int:
        """APDUs answered since power-on."""
        return self._state.count

    def power_on(self) -> None:
        """Cold start: nothing selected, no session."""
        with self._lock:
            self._state = _State()

    def reset(self) -> None:
        """Warm reset (same as power on for this card)."""
        self.power_on()

    def process(self, raw: bytes) -> bytes:
        """Answer one APDU. Raises CardPulled when the pull fault fires."""
        with self._lock:
            state = self._state
            state.count += 1
            faults = self.faults
            if faults.pull_after is not None and state.count > faults.pull_after:
                raise CardPulled(f"pulled after {faults.pull_after} APDUs")
            if faults.delay_s:
                time.sleep(faults.delay_s)
            if state.count in faults.garble_at:
                return b"\x6f"
            try:
                command = parse_command(raw)
            except ValueError:
                return SW_WRONG_LENGTH.to_bytes(2, "big")
            if command.cla & 0x0C == 0x0C:
                return self._secure(command)
            # A plain command ends any secure-messaging session, as on a real chip.
            state.session = None
            return self._execute(command, secure=False).to_bytes()

    # -- secure messaging, card side ----------------------------------------------------

    def _secure(self, command: CommandApdu) -> bytes:
        state = self._state
        session = state.session
        if session is None:
            return SW_CONDITIONS_NOT_SATISFIED.to_bytes(2, "big")
        session.ssc = (session.ssc + 1) % SSC_MODULUS
        ssc = session.ssc.to_bytes(8, "big")
        try:
            objects = list(iter_tlvs(command.data))
        except MalformedDataError:
            objects = []
        if not objects or objects[-1].tag != 0x8E:
            state.session = None
            return SW_SM_DATA_INCORRECT.to_bytes(2, "big")
        header = bytes((command.cla, command.ins, command.p1, command.p2))
        covered = command.data[: objects[-1].start]
        mac = tdes.retail_mac(session.ks_mac, ssc + tdes.pad(header) + covered)
        if not hmac.compare_digest(mac, objects[-1].value):
            state.session = None
            return SW_SM_DATA_INCORRECT.to_bytes(2, "big")
        data = b""
        le: int | None = None
        for item in objects[:-1]:
            if item.tag == 0x87:
                try:
                    data = tdes.unpad(tdes.decrypt(session.ks_enc, item.value[1:]))
                except SecureMessagingError:
                    state.session = None
                    return SW_SM_DATA_INCORRECT.to_bytes(2, "big")
            elif item.tag == 0x97:
                le = int.from_bytes(item.value, "big") or (256 if len(item.value) == 1 else 65536)
        inner = CommandApdu(
            command.cla & ~0x0C & 0xFF, command.ins, command.p1, command.p2, data, le
        )
        response = self._execute(inner, secure=True)
        return self._wrap(session, response)

    def _wrap(self, session: _Session, response: ResponseApdu) -> bytes:
        session.ssc = (session.ssc + 1) % SSC_MODULUS
        body = b""
        if response.data:
            cryptogram = tdes.encrypt(session.ks_enc, tdes.pad(response.data))
            body += encode_tlv(0x87, b"\x01" + cryptogram)
        body += encode_tlv(0x99, response.sw.to_bytes(2, "big"))
        mac = tdes.retail_mac(session.ks_mac, session.ssc.to_bytes(8, "big") + body)
        count = self._state.count
        faults = self.faults
        if count in faults.wrong_mac_at or (
            faults.wrong_mac_from is not None and count >= faults.wrong_mac_from
        ):
            mac = bytes(b ^ 0xFF for b in mac)
        return body + encode_tlv(0x8E, mac) + SW_OK.to_bytes(2, "big")

    # -- commands ---------------------------------------------------------------------------

    def _execute(self, command: CommandApdu, *, secure: bool) -> ResponseApdu:
        handlers = {
            INS_SELECT: self._select,
            INS_GET_CHALLENGE: self._get_challenge,
            INS_EXTERNAL_AUTHENTICATE: self._mutual_authenticate,
            INS_READ_BINARY: self._read_binary,
            INS_INTERNAL_AUTHENTICATE: self._internal_authenticate,
        }
        handler = handlers.get(command.ins)
        if handler is None:
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED)
        return handler(command, secure)

    def _select(self, command: CommandApdu, secure: bool) -> ResponseApdu:
        state = self._state
        if command.p1 == 0x04:
            if command.data != MRTD_AID:
                return ResponseApdu(b"", SW_FILE_NOT_FOUND)
            state.applet, state.session, state.file = True, None, None
            return ResponseApdu(b"", SW_OK)
        if command.p1 == 0x02 and len(command.data) == 2:
            if not state.applet:
                return ResponseApdu(b"", SW_FILE_NOT_FOUND)
            if not secure:
                return ResponseApdu(b"", SW_SECURITY_NOT_SATISFIED)
            fid = int.from_bytes(command.data, "big")
            if fid not in self._files:
                return ResponseApdu(b"", SW_FILE_NOT_FOUND)
            state.file = fid
            return ResponseApdu(b"", SW_OK)
        return ResponseApdu(b"", SW_WRONG_P1P2)

    def _get_challenge(self, command: CommandApdu, secure: bool) -> ResponseApdu:
        if not self._state.applet:
            return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
        self._state.challenge = os.urandom(8)
        return ResponseApdu(self._state.challenge, SW_OK)

    def _mutual_authenticate(self, command: CommandApdu, secure: bool) -> ResponseApdu:
        state = self._state
        rnd_ic, state.challenge = state.challenge, None
        if rnd_ic is None or len(command.data) != 40:
            return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
        cryptogram, mac = command.data[:32], command.data[32:]
        if not hmac.compare_digest(tdes.retail_mac(self._keys.k_mac, cryptogram), mac):
            return ResponseApdu(b"", SW_AUTH_FAILED)
        plain = tdes.decrypt(self._keys.k_enc, cryptogram)
        rnd_ifd, echoed, k_ifd = plain[:8], plain[8:16], plain[16:]
        if echoed != rnd_ic:
            return ResponseApdu(b"", SW_AUTH_FAILED)
        k_ic = os.urandom(16)
        answer = tdes.encrypt(self._keys.k_enc, rnd_ic + rnd_ifd + k_ic)
        answer += tdes.retail_mac(self._keys.k_mac, answer)
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        state.session = _Session(
            tdes.derive_key(seed, tdes.KEY_ENC),
            tdes.derive_key(seed, tdes.KEY_MAC),
            int.from_bytes(rnd_ic[-4:] + rnd_ifd[-4:], "big"),
        )
        return ResponseApdu(answer, SW_OK)

    def _read_binary(self, command: CommandApdu, secure: bool) -> ResponseApdu:
        state = self._state
        if not secure:
            return ResponseApdu(b"", SW_SECURITY_NOT_SATISFIED)
        if state.file is None:
            return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
        if command.p1 & 0x80:
            return ResponseApdu(b"", SW_WRONG_P1P2)  # short file identifier: not offered
        offset = (command.p1 << 8) | command.p2
        content = self._files[state.file]
        if offset >= len(content):
            return ResponseApdu(b"", SW_WRONG_P1P2)
        wanted = command.le or 256
        if wanted > 256 and (not self._extended or self.faults.refuse_extended):
            return ResponseApdu(b"", SW_WRONG_LENGTH)
        part = content[offset : offset + wanted]
        return ResponseApdu(part, SW_OK if len(part) == wanted else SW_END_OF_FILE_WARNING)

    def _internal_authenticate(self, command: CommandApdu, secure: bool) -> ResponseApdu:
        if self.faults.refuse_aa or self._aa_key is None:
            return ResponseApdu(b"", SW_INS_NOT_SUPPORTED)
        if len(command.data) != 8:
            return ResponseApdu(b"", SW_WRONG_LENGTH)
        challenge = command.data
        if self.faults.bad_aa:
            challenge = bytes(8)
        return ResponseApdu(sign_rsa_iso9796(self._aa_key, challenge, os.urandom(128)), SW_OK)

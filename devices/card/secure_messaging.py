"""BAC secure messaging (ICAO 9303-11 §9.8): 3DES encryption, retail MAC, sequence counter."""

from __future__ import annotations

import hmac

from devices.card import tdes
from devices.card.apdu import (
    EXTENDED_MAX_LE,
    SHORT_MAX_DATA,
    SHORT_MAX_LE,
    CommandApdu,
    ResponseApdu,
)
from devices.card.errors import MalformedDataError, SecureMessagingError
from devices.card.tlv import encode_tlv, iter_tlvs

SM_CLA = 0x0C
TAG_ENCRYPTED = 0x87  # padding-content indicator + cryptogram
TAG_LE = 0x97
TAG_STATUS = 0x99
TAG_MAC = 0x8E
PADDING_INDICATOR = 0x01
MAC_LENGTH = 8
SSC_MODULUS = 1 << 64


class SecureMessaging:
    """One secure-messaging session: session keys and the send sequence counter (SSC).

    The SSC is incremented before protecting each command and again before checking each
    response, so every exchange consumes two values.
    """

    def __init__(self, ks_enc: bytes, ks_mac: bytes, ssc: bytes) -> None:
        if len(ks_enc) != 16 or len(ks_mac) != 16 or len(ssc) != 8:
            raise ValueError("3DES session keys have 16 bytes and the SSC 8")
        self._ks_enc = ks_enc
        self._ks_mac = ks_mac
        self._ssc = int.from_bytes(ssc, "big")

    def __repr__(self) -> str:
        return "SecureMessaging(<session keys>)"

    @property
    def ssc(self) -> bytes:
        """The current send sequence counter."""
        return self._ssc.to_bytes(8, "big")

    def _next_ssc(self) -> bytes:
        self._ssc = (self._ssc + 1) % SSC_MODULUS
        return self.ssc

    def protect(self, command: CommandApdu, *, extended: bool = False) -> bytes:
        """The protected form of *command*; *extended* allows extended-length encoding."""
        header = bytes((command.cla | SM_CLA, command.ins, command.p1, command.p2))
        body = b""
        if command.data:
            cryptogram = tdes.encrypt(self._ks_enc, tdes.pad(command.data))
            body += encode_tlv(TAG_ENCRYPTED, bytes((PADDING_INDICATOR,)) + cryptogram)
        if command.le is not None:
            body += encode_tlv(TAG_LE, _encode_le(command.le, extended))
        mac = tdes.retail_mac(self._ks_mac, self._next_ssc() + tdes.pad(header) + body)
        body += encode_tlv(TAG_MAC, mac)
        use_extended = extended and (len(body) > SHORT_MAX_DATA or (command.le or 0) > SHORT_MAX_LE)
        outer_le = EXTENDED_MAX_LE if use_extended else SHORT_MAX_LE
        protected = CommandApdu(header[0], header[1], header[2], header[3], body, outer_le)
        return protected.to_bytes(extended=use_extended)

    def unprotect(self, raw: bytes) -> ResponseApdu:
        """Check the MAC of a protected response and decrypt its data.

        A plain error status without data is returned as is (the chip closes the session
        on errors), except 6987/6988 which mean the chip could not verify our MAC.
        """
        response = ResponseApdu.from_bytes(raw)
        ssc = self._next_ssc()
        if not response.data:
            if response.sw in (0x6987, 0x6988):
                raise SecureMessagingError(
                    f"chip rejected the protected command: {response.sw:04X}"
                )
            if response.ok:
                raise SecureMessagingError("protected response without secure-messaging objects")
            return response
        try:
            objects = list(iter_tlvs(response.data))
        except MalformedDataError as exc:
            raise SecureMessagingError(f"response objects malformed: {exc.detail}") from exc
        if not objects or objects[-1].tag != TAG_MAC or len(objects[-1].value) != MAC_LENGTH:
            raise SecureMessagingError("response without a MAC object")
        covered = response.data[: objects[-1].start]
        expected = tdes.retail_mac(self._ks_mac, ssc + covered)
        if not hmac.compare_digest(expected, objects[-1].value):
            raise SecureMessagingError("response MAC mismatch")
        data = b""
        status = response.sw
        for item in objects[:-1]:
            if item.tag == TAG_ENCRYPTED:
                data = self._decrypt(item.value)
            elif item.tag == TAG_STATUS:
                if len(item.value) != 2:
                    raise SecureMessagingError("status object of the wrong length")
                status = int.from_bytes(item.value, "big")
            else:
                raise SecureMessagingError(f"unexpected object {item.tag:X} in response")
        return ResponseApdu(data, status)

    def _decrypt(self, value: bytes) -> bytes:
        if len(value) < 1 + tdes.BLOCK or value[0] != PADDING_INDICATOR:
            raise SecureMessagingError("encrypted object without padding indicator")
        return tdes.unpad(tdes.decrypt(self._ks_enc, value[1:]))


def _encode_le(le: int, extended: bool) -> bytes:
    """Le inside DO'97: one byte (00 = 256) or two bytes (0000 = 65536) when extended."""
    if le > SHORT_MAX_LE and extended:
        return (le % EXTENDED_MAX_LE).to_bytes(2, "big")
    return bytes((le % SHORT_MAX_LE,))

"""Command and response APDUs (ISO 7816-4), short and extended length."""

from __future__ import annotations

from dataclasses import dataclass

from devices.card.errors import CardCommunicationError

SHORT_MAX_DATA = 255
SHORT_MAX_LE = 256  # encoded as 00
EXTENDED_MAX_DATA = 65535
EXTENDED_MAX_LE = 65536  # encoded as 0000

# Status words the reader reacts to.
SW_OK = 0x9000
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_METHOD_BLOCKED = 0x6983
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_SM_DATA_MISSING = 0x6987
SW_SM_DATA_INCORRECT = 0x6988
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_P1P2 = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00
SW_NO_INFORMATION = 0x6F00
SW_END_OF_FILE_WARNING = 0x6282
SW_AUTH_FAILED = 0x6300

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_CHALLENGE = 0x84
INS_EXTERNAL_AUTHENTICATE = 0x82  # MUTUAL AUTHENTICATE in BAC
INS_INTERNAL_AUTHENTICATE = 0x88


@dataclass(frozen=True, slots=True)
class CommandApdu:
    """A command: header, optional data and optional expected length (256/65536 = all)."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def needs_extended(self) -> bool:
        """True when the data or Le does not fit a short APDU."""
        return len(self.data) > SHORT_MAX_DATA or (self.le is not None and self.le > SHORT_MAX_LE)

    def to_bytes(self, extended: bool | None = None) -> bytes:
        """The encoded APDU; extended length is used when asked for or when needed."""
        use_extended = self.needs_extended() if extended is None else extended
        if use_extended and (
            len(self.data) > EXTENDED_MAX_DATA
            or (self.le is not None and self.le > EXTENDED_MAX_LE)
        ):
            raise ValueError("APDU too long even for extended length")
        if not use_extended and self.needs_extended():
            raise ValueError("APDU needs extended length")
        out = bytearray((self.cla, self.ins, self.p1, self.p2))
        if use_extended:
            if self.data:
                out += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                if not self.data:
                    out += b"\x00"
                out += (self.le % EXTENDED_MAX_LE).to_bytes(2, "big")
        else:
            if self.data:
                out += bytes((len(self.data),)) + self.data
            if self.le is not None:
                out += bytes((self.le % SHORT_MAX_LE,))
        return bytes(out)

    @property
    def header(self) -> bytes:
        """CLA INS P1 P2."""
        return bytes((self.cla, self.ins, self.p1, self.p2))


@dataclass(frozen=True, slots=True)
class ResponseApdu:
    """A response: data and the two status bytes."""

    data: bytes
    sw: int

    @classmethod
    def from_bytes(cls, raw: bytes) -> ResponseApdu:
        """Split a raw response; fewer than two bytes is a transmission error."""
        if len(raw) < 2:
            raise CardCommunicationError(f"response of {len(raw)} bytes")
        return cls(bytes(raw[:-2]), int.from_bytes(raw[-2:], "big"))

    def to_bytes(self) -> bytes:
        """Data followed by SW1 SW2."""
        return self.data + self.sw.to_bytes(2, "big")

    @property
    def ok(self) -> bool:
        """True for 9000."""
        return self.sw == SW_OK


def parse_command(raw: bytes) -> CommandApdu:
    """Decode a command APDU (the emulator's side); ValueError when it is not well formed."""
    if len(raw) < 4:
        raise ValueError("APDU shorter than its header")
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    if not body:
        return CommandApdu(cla, ins, p1, p2)
    if len(body) == 1:
        return CommandApdu(cla, ins, p1, p2, le=body[0] or SHORT_MAX_LE)
    if body[0] == 0 and len(body) >= 3:
        return _parse_extended(cla, ins, p1, p2, body)
    lc = body[0]
    if lc == 0:
        raise ValueError("short Lc of zero")
    if len(body) == 1 + lc:
        return CommandApdu(cla, ins, p1, p2, bytes(body[1:]))
    if len(body) == 2 + lc:
        return CommandApdu(cla, ins, p1, p2, bytes(body[1:-1]), body[-1] or SHORT_MAX_LE)
    raise ValueError("short APDU length mismatch")


def _parse_extended(cla: int, ins: int, p1: int, p2: int, body: bytes) -> CommandApdu:
    if len(body) == 3:
        le = int.from_bytes(body[1:3], "big") or EXTENDED_MAX_LE
        return CommandApdu(cla, ins, p1, p2, le=le)
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise ValueError("extended Lc of zero")
    if len(body) == 3 + lc:
        return CommandApdu(cla, ins, p1, p2, bytes(body[3:]))
    if len(body) == 5 + lc:
        le = int.from_bytes(body[-2:], "big") or EXTENDED_MAX_LE
        return CommandApdu(cla, ins, p1, p2, bytes(body[3:-2]), le)
    raise ValueError("extended APDU length mismatch")

"""The APDU channel of one read: plain or secure messaging, APDU count, time limits."""

from __future__ import annotations

import time

from devices.card.apdu import CommandApdu, ResponseApdu
from devices.card.errors import CardTimeoutError
from devices.card.secure_messaging import SecureMessaging
from devices.card.transport import CardTransport

_GET_RESPONSE = 0xC0


class CardChannel:
    """Sends commands to the card, under secure messaging once a session is set.

    Every exchange is bounded by the per-APDU timeout and by the deadline of the whole
    read, so a slow card turns into CardTimeoutError instead of a hang.
    """

    def __init__(
        self,
        transport: CardTransport,
        *,
        apdu_timeout: float,
        deadline: float,
        extended: bool = False,
    ) -> None:
        self.transport = transport
        self.apdu_timeout = apdu_timeout
        self.deadline = deadline  # time.monotonic() value
        self.extended = extended
        self.sm: SecureMessaging | None = None
        self.apdu_count = 0

    def _exchange(self, raw: bytes) -> bytes:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise CardTimeoutError("read deadline passed")
        self.apdu_count += 1
        return self.transport.transmit(raw, min(self.apdu_timeout, remaining))

    def send_plain(self, command: CommandApdu) -> ResponseApdu:
        """Send without secure messaging (SELECT application, BAC)."""
        response = ResponseApdu.from_bytes(self._exchange(command.to_bytes()))
        sw1 = response.sw >> 8
        if sw1 == 0x6C and command.le is not None:
            # Wrong Le: the card tells the right one; send again (T=0 style behaviour).
            fixed = CommandApdu(
                command.cla,
                command.ins,
                command.p1,
                command.p2,
                command.data,
                (response.sw & 0xFF) or 256,
            )
            response = ResponseApdu.from_bytes(self._exchange(fixed.to_bytes()))
        data = response.data
        while response.sw >> 8 == 0x61:
            more = CommandApdu(0x00, _GET_RESPONSE, 0, 0, le=(response.sw & 0xFF) or 256)
            response = ResponseApdu.from_bytes(self._exchange(more.to_bytes()))
            data += response.data
        return ResponseApdu(data, response.sw)

    def send(self, command: CommandApdu) -> ResponseApdu:
        """Send under secure messaging when a session is set, else plain."""
        if self.sm is None:
            return self.send_plain(command)
        return self.sm.unprotect(self._exchange(self.sm.protect(command, extended=self.extended)))

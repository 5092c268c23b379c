"""One access session with the chip: select the application, BAC, read files, authenticate."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from devices.card import bac
from devices.card.apdu import (
    INS_INTERNAL_AUTHENTICATE,
    INS_READ_BINARY,
    INS_SELECT,
    SW_END_OF_FILE_WARNING,
    SW_FILE_NOT_FOUND,
    SW_OK,
    SW_WRONG_LENGTH,
    CommandApdu,
)
from devices.card.bac import BacKeys
from devices.card.channel import CardChannel
from devices.card.errors import (
    CardCommunicationError,
    CardRemovedError,
    ImpossibleLengthError,
    MalformedDataError,
    SecureMessagingError,
    UnsupportedCardError,
)
from devices.card.lds import DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE, MRTD_AID
from devices.card.tlv import header_total_length

HEAD_LENGTH = 8  # enough for any tag (<= 3 bytes) and length (<= 5 bytes) of an LDS file
# Under 3DES secure messaging a short response holds at most 231 plain bytes; 0xDF (223)
# is the customary chunk that every chip accepts.
SHORT_CHUNK = 0xDF
MAX_OFFSET = 0x7FFF

ProgressCallback = Callable[[int, int], None]  # bytes read so far, total bytes of the file


@dataclass(frozen=True, slots=True)
class SessionPolicy:
    """Chunk sizes and retry behaviour of one session."""

    extended_chunk: int = 0x0400
    retries: int = 2
    retry_backoff: float = 0.25  # seconds, doubled at each retry


class ChipSession:
    """Reads LDS files over BAC secure messaging, re-establishing it after transient errors.

    A transmission error or a bad response MAC leaves the send sequence counters of the
    chip and ours out of step, so a retry runs BAC again, selects the file again and
    continues from the offset reached.
    """

    def __init__(
        self,
        channel: CardChannel,
        keys: BacKeys,
        policy: SessionPolicy = SessionPolicy(),
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self.channel = channel
        self._keys = keys
        self._policy = policy
        self._random = random_bytes

    # -- establishing ------------------------------------------------------------------

    def select_application(self) -> None:
        """SELECT the eMRTD application by its AID (plain)."""
        self.channel.sm = None
        command = CommandApdu(0x00, INS_SELECT, 0x04, 0x0C, MRTD_AID)
        response = self.channel.send_plain(command)
        if not response.ok:
            raise UnsupportedCardError(f"SELECT eMRTD application answered {response.sw:04X}")

    def open(self) -> None:
        """Select the application and run BAC; WrongAccessKeyError if the key is refused."""
        self.select_application()
        self.channel.sm = bac.establish(self.channel.send_plain, self._keys, self._random)

    def _recover(self, attempt: int) -> None:
        """Wait, make sure the card is still there, and open a fresh session."""
        time.sleep(self._policy.retry_backoff * (2 ** (attempt - 1)))
        if not self.channel.transport.card_present():
            raise CardRemovedError("card gone before a retry")
        self.open()

    # -- files -------------------------------------------------------------------------

    def _select_file(self, fid: int) -> bool:
        command = CommandApdu(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))
        response = self.channel.send(command)
        if response.sw == SW_FILE_NOT_FOUND:
            return False
        if not response.ok:
            raise UnsupportedCardError(f"SELECT {fid:04X} answered {response.sw:04X}")
        return True

    def _read_binary(self, offset: int, length: int) -> bytes:
        command = CommandApdu(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length)
        response = self.channel.send(command)
        if response.sw not in (SW_OK, SW_END_OF_FILE_WARNING):
            if response.sw == SW_WRONG_LENGTH and length > SHORT_CHUNK:
                # The card announced extended length but the chip or the reader refuses
                # it: fall back to short APDUs for the rest of the session and retry.
                self.channel.extended = False
                raise CardCommunicationError("extended length refused; using short APDUs")
            if response.sw == SW_WRONG_LENGTH or response.sw >> 8 == 0x6B:
                raise MalformedDataError(
                    f"READ BINARY at {offset} answered {response.sw:04X}: file truncated"
                )
            raise UnsupportedCardError(f"READ BINARY answered {response.sw:04X}")
        if len(response.data) > length:
            raise ImpossibleLengthError(f"chip returned {len(response.data)} of {length} bytes")
        return response.data

    def _chunk(self) -> int:
        if self.channel.extended:
            return max(SHORT_CHUNK, self._policy.extended_chunk)
        return SHORT_CHUNK

    def read_file(self, fid: int, progress: ProgressCallback | None = None) -> bytes | None:
        """The whole file *fid*, its length taken from its first bytes; None if absent.

        Transmission errors and bad MACs are retried (policy.retries times) with a new
        BAC session from the offset reached; a card that left meanwhile is reported as
        removed rather than as a communication error.
        """
        attempt = 0
        data = b""
        total: int | None = None
        while True:
            try:
                if attempt:
                    self._recover(attempt)
                if not self._select_file(fid):
                    return None
                data, total = self._continue(fid, data, total, progress)
                return data
            except (CardCommunicationError, SecureMessagingError) as exc:
                if attempt >= self._policy.retries:
                    if not self.channel.transport.card_present():
                        raise CardRemovedError(f"card gone: {exc.detail}") from exc
                    raise
                attempt += 1

    def _continue(
        self, fid: int, data: bytes, total: int | None, progress: ProgressCallback | None
    ) -> tuple[bytes, int]:
        limit = MAX_FILE_SIZE.get(fid, DEFAULT_MAX_FILE_SIZE)
        if total is None:
            head = self._read_binary(0, HEAD_LENGTH)
            total = header_total_length(head)
            if total is None:
                raise MalformedDataError(f"file {fid:04X} shorter than its own header")
            if total > limit:
                raise ImpossibleLengthError(f"file {fid:04X} announces {total} bytes")
            data = head[:total]
        chunk = self._chunk()
        while len(data) < total:
            if len(data) > MAX_OFFSET:
                raise ImpossibleLengthError(f"offset {len(data)} beyond READ BINARY range")
            part = self._read_binary(len(data), min(chunk, total - len(data)))
            if not part:
                raise MalformedDataError(f"file {fid:04X} truncated at {len(data)} of {total}")
            data += part
            if progress is not None:
                progress(len(data), total)
        return data, total

    # -- active authentication ---------------------------------------------------------

    def internal_authenticate(self, challenge: bytes, expected: int = 256) -> bytes:
        """INTERNAL AUTHENTICATE with an 8-byte challenge; the chip's signature."""
        command = CommandApdu(0x00, INS_INTERNAL_AUTHENTICATE, 0, 0, challenge, le=expected)
        response = self.channel.send(command)
        if not response.ok:
            raise UnsupportedCardError(f"INTERNAL AUTHENTICATE answered {response.sw:04X}")
        return response.data

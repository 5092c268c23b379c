"""What the reader service needs from a card-reader system (PC/SC or the simulated one)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from devices.card.transport import CardTransport


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    """One reader as the system sees it."""

    card_present: bool
    atr: bytes = b""
    exclusive: bool = False  # another program holds the card


class ReaderBackend(Protocol):
    """A card-reader system: readers, their state changes, connections to cards."""

    def statuses(self) -> dict[str, ReaderStatus]:
        """Every reader and its state now. Raises PcscUnavailableError."""
        ...

    def wait_for_change(
        self, known: Mapping[str, ReaderStatus], timeout: float
    ) -> dict[str, ReaderStatus]:
        """Block until the readers or their cards differ from *known*, or *timeout* passes;
        return the statuses then. Raises PcscUnavailableError."""
        ...

    def cancel_wait(self) -> None:
        """Wake a thread blocked in wait_for_change (callable from any thread)."""
        ...

    def connect(self, reader: str, timeout: float) -> CardTransport:
        """Connect to the card on *reader*. Raises NoReaderError, NoCardError, ..."""
        ...

    def close(self) -> None:
        """Release the system's resources."""
        ...

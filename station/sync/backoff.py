"""Exponential backoff with jitter, so a hundred stations do not retry in step."""

from __future__ import annotations

import random


class Backoff:
    """Delays of base·2ⁿ seconds up to *cap*, each drawn from its upper half at random."""

    def __init__(
        self, base: float = 2.0, cap: float = 300.0, rng: random.Random | None = None
    ) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self, at_least: float = 0.0) -> float:
        """Count one more failure and return how long to wait before the next try.

        *at_least* is the register's own ``Retry-After``: it is honoured even above the cap.
        """
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 32))
        # "Equal jitter": never less than half the ceiling, so the backoff still grows.
        delay = self._rng.uniform(ceiling / 2, ceiling)
        return max(delay, at_least)

    def reset(self) -> None:
        """A success: start again from the base delay next time."""
        self.failures = 0

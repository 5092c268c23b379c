"""An event-loop lag probe: how long the GUI thread was unable to run a timer.

A precise timer fires every *interval* ms; each firing records how late it came. The
longest lateness is the longest stall of the GUI thread (anything the officer would feel
as a frozen window), independent of what caused it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class LagProbe(QObject):
    """Measures the GUI thread's stalls while it runs."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self.stalls: list[float] = []
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring (forgets earlier figures)."""
        self.stalls.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        """Stop measuring."""
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, now - self._last - self.interval))
        self._last = now

    @property
    def longest_ms(self) -> float:
        """The longest stall seen, in milliseconds."""
        return max(self.stalls, default=0.0) * 1000

    def percentile_ms(self, q: float) -> float:
        """The *q* quantile of the stalls, in milliseconds."""
        if not self.stalls:
            return 0.0
        ordered = sorted(self.stalls)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

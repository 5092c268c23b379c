"""Recognises black, blank and frozen streams from cheap statistics of each frame."""

from __future__ import annotations

from enum import StrEnum

import numpy as np

from devices.camera.config import GrabberConfig
from devices.camera.frames import Image

# Every 8th pixel in each direction: 160×90 samples of a 720p frame, a few µs, and plenty to
# tell a black or flat frame from a picture.
_STRIDE = 8


class FrameProblem(StrEnum):
    """What is wrong with the stream, if anything."""

    NONE = "none"
    BLACK = "black"
    BLANK = "blank"
    FROZEN = "frozen"


def sample(image: Image) -> Image:
    """A sparse copy of *image* for the statistics."""
    return np.ascontiguousarray(image[::_STRIDE, ::_STRIDE])


class FrameHealth:
    """Follows the stream frame by frame; reports a problem only once it persists."""

    def __init__(self, config: GrabberConfig, repeats_frames: bool) -> None:
        self._config = config
        self._check_frozen = not repeats_frames
        self._bad_run = 0
        self._bad_kind = FrameProblem.NONE
        self._previous: Image | None = None
        self._same_since: float | None = None

    def reset(self) -> None:
        """Forget the history (after a reopen)."""
        self._bad_run = 0
        self._bad_kind = FrameProblem.NONE
        self._previous = None
        self._same_since = None

    def update(self, image: Image, now: float) -> FrameProblem:
        """Take the next frame (arrived at monotonic time *now*); the stream's problem."""
        small = sample(image)
        kind = self._flat_kind(small)
        if kind is FrameProblem.NONE:
            self._bad_run = 0
        else:
            self._bad_run = self._bad_run + 1 if kind is self._bad_kind else 1
        self._bad_kind = kind
        if kind is not FrameProblem.NONE and self._bad_run >= self._config.bad_frames_to_report:
            self._previous = small
            return kind
        if self._check_frozen:
            if self._previous is not None and np.array_equal(self._previous, small):
                if self._same_since is None:
                    self._same_since = now
                elif now - self._same_since >= self._config.frozen_after_s:
                    return FrameProblem.FROZEN
            else:
                self._same_since = None
        self._previous = small
        return FrameProblem.NONE

    def _flat_kind(self, small: Image) -> FrameProblem:
        mean = float(small.mean())
        if mean <= self._config.black_level:
            return FrameProblem.BLACK
        if float(small.std()) <= self._config.blank_std:
            return FrameProblem.BLANK
        return FrameProblem.NONE

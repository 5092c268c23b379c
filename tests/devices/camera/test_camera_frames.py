"""The one-slot latest-frame holder and the black/blank/frozen stream detector."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from devices.camera.config import GrabberConfig
from devices.camera.frames import Image
from devices.camera.health import FrameHealth, FrameProblem
from devices.camera.latest import LatestSlot


def test_the_slot_keeps_only_the_newest_item() -> None:
    slot: LatestSlot[int] = LatestSlot()
    assert slot.latest() is None
    for item in range(1000):
        slot.put(item)
    assert slot.latest() == 999
    assert slot.version == 1000


def test_wait_newer_returns_at_once_when_something_newer_is_there() -> None:
    slot: LatestSlot[str] = LatestSlot()
    slot.put("a")
    slot.put("b")
    version, item = slot.wait_newer(0, timeout_s=5)
    assert (version, item) == (2, "b")  # "a" was dropped: never queued


def test_wait_newer_times_out_without_a_change() -> None:
    slot: LatestSlot[str] = LatestSlot()
    slot.put("a")
    started = time.monotonic()
    assert slot.wait_newer(1, timeout_s=0.05) == (1, "a")
    assert time.monotonic() - started >= 0.04


def test_wait_newer_wakes_for_a_put_from_another_thread() -> None:
    slot: LatestSlot[str] = LatestSlot()
    timer = threading.Timer(0.05, slot.put, args=("late",))
    timer.start()
    try:
        assert slot.wait_newer(0, timeout_s=5) == (1, "late")
    finally:
        timer.join()


def test_clear_is_a_change_with_nothing_in_it() -> None:
    slot: LatestSlot[str] = LatestSlot()
    slot.put("a")
    slot.clear()
    assert slot.latest() is None
    assert slot.wait_newer(1, timeout_s=1) == (2, None)


def run_health(
    frames: list[Image], config: GrabberConfig, repeats: bool = False, fps: float = 30.0
) -> list[FrameProblem]:
    health = FrameHealth(config, repeats_frames=repeats)
    return [health.update(frame, index / fps) for index, frame in enumerate(frames)]


def test_black_and_blank_streams_are_reported_once_they_persist(
    make_flat: Callable[..., Image], make_pattern: Callable[..., Image]
) -> None:
    config = GrabberConfig(bad_frames_to_report=5)
    black = run_health([make_flat(3)] * 6, config)
    assert black[:4] == [FrameProblem.NONE] * 4 and black[4:] == [FrameProblem.BLACK] * 2
    grey = run_health([make_flat(128)] * 6, config)
    assert grey[-1] is FrameProblem.BLANK
    # One dark frame in a live stream (a hand passing the lens) is not reported.
    mixed = (
        [make_pattern(i) for i in range(3)] + [make_flat(0)] + [make_pattern(i) for i in range(3)]
    )
    assert set(run_health(mixed, config)) == {FrameProblem.NONE}


def test_identical_frames_are_frozen_after_the_configured_time(
    make_pattern: Callable[..., Image],
) -> None:
    config = GrabberConfig(frozen_after_s=1.0)
    frame = make_pattern(1)
    problems = run_health([frame] * 40, config, fps=30.0)
    first_frozen = problems.index(FrameProblem.FROZEN)
    assert 29 <= first_frozen <= 32
    moving = run_health([make_pattern(i) for i in range(60)], config)
    assert set(moving) == {FrameProblem.NONE}


def test_still_image_sources_are_never_frozen(make_pattern: Callable[..., Image]) -> None:
    problems = run_health([make_pattern(1)] * 100, GrabberConfig(frozen_after_s=0.5), repeats=True)
    assert set(problems) == {FrameProblem.NONE}


def test_reset_forgets_the_history(make_flat: Callable[..., Image]) -> None:
    config = GrabberConfig(bad_frames_to_report=3)
    health = FrameHealth(config, repeats_frames=False)
    for i in range(3):
        health.update(make_flat(0), i)
    health.reset()
    assert health.update(make_flat(0), 4) is FrameProblem.NONE


def test_sampling_keeps_the_statistics_cheap() -> None:
    from devices.camera.health import sample

    frame = np.zeros((720, 1280, 3), dtype=np.uint8)
    assert sample(frame).shape == (90, 160, 3)

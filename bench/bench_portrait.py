"""Benchmark: live portrait quality checks, the preview pipeline, crop + encode, memory.

Targets (issue 5): analysis of one 1280×720 frame p50 <= 15 ms and p99 <= 30 ms on one
core; simulated camera -> analysis -> display image sustained >= 25 frames/s; memory flat
over 10 minutes of preview (``--preview-seconds 600``; the default run is shorter).
OpenCV is held to one thread throughout. The face is skimage's astronaut portrait when
scikit-image is installed (a test-only dependency), else the test pattern (no face: every
frame then pays for a whole-frame search). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2
import numpy as np

from devices.camera.config import GrabberConfig
from devices.camera.frames import Image, Resolution, as_image
from devices.camera.grabber import FrameGrabber
from devices.camera.simulated import SimulatedCamera
from devices.portrait.analysis import QualityAnalyser
from devices.portrait.autocapture import AutoCapture
from devices.portrait.capture import CaptureMode, PortraitMaker
from devices.portrait.config import AutoCaptureConfig
from devices.portrait.live import LivePortrait

SIZE = Resolution(1280, 720)


def _material() -> tuple[str, list[Image]]:
    """Ten slightly different frames (a few pixels of sway, sensor noise), like a camera's."""
    try:
        from skimage import data
    except ImportError:
        camera = SimulatedCamera(pattern=True, size=SIZE)
        camera.open()
        base = camera.read()
        assert base is not None
        name = "test pattern (no face)"
    else:
        rgb = np.asarray(data.astronaut(), dtype=np.uint8)
        bgr = cv2.cvtColor(rgb[0:288, 0:512], cv2.COLOR_RGB2BGR)
        base = as_image(cv2.resize(bgr, SIZE, interpolation=cv2.INTER_CUBIC))
        name = "skimage astronaut portrait"
    rng = np.random.default_rng(0)
    frames = []
    for index in range(10):
        shift = np.float32([[1, 0, (index % 5) - 2], [0, 1, (index % 3) - 1]])
        moved = cv2.warpAffine(base, shift, SIZE, borderMode=cv2.BORDER_REPLICATE)
        noisy = moved.astype(np.int16) + rng.normal(0, 2, moved.shape).astype(np.int16)
        frames.append(as_image(np.clip(noisy, 0, 255).astype(np.uint8)))
    return name, frames


def _quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 1000) - 1]


def _analysis(frames: list[Image], rounds: int) -> dict[str, float]:
    analyser = QualityAnalyser()
    for frame in frames * 3:  # warm-up: caches, first full search
        analyser.analyse(frame)
    timings = []
    passed = 0
    for index in range(rounds):
        frame = frames[index % len(frames)]
        start = time.perf_counter_ns()
        report = analyser.analyse(frame)
        timings.append((time.perf_counter_ns() - start) / 1e6)
        passed += report.passed
    return {
        "analysis_p50_ms": round(statistics.median(timings), 2),
        "analysis_p99_ms": round(_quantile(timings, 0.99), 2),
        "analysis_max_ms": round(max(timings), 2),
        "analysis_frames_passing": round(passed / rounds, 3),
    }


def _crop_encode(frames: list[Image], rounds: int) -> dict[str, float]:
    report = QualityAnalyser().analyse(frames[0], track=False)
    maker = PortraitMaker()
    timings, sizes = [], []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        portrait = maker.make(frames[0], report, CaptureMode.AUTO)
        timings.append((time.perf_counter_ns() - start) / 1e6)
        sizes.append(len(portrait.jpeg))
    return {
        "crop_encode_recheck_p50_ms": round(statistics.median(timings), 2),
        "crop_encode_recheck_max_ms": round(max(timings), 2),
        "jpeg_bytes": int(statistics.median(sizes)),
    }


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # peak, not current, outside Linux

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pipeline(
    frames: list[Image], fps: float, seconds: float, sample_memory: bool
) -> dict[str, float]:
    camera = SimulatedCamera(images=frames, fps=fps, seconds_per_image=1 / fps, size=SIZE)
    grabber = FrameGrabber(camera, GrabberConfig())
    # Auto-capture off: the preview itself is measured, not the one-off capture.
    live = LivePortrait(grabber, autocapture=AutoCapture(AutoCaptureConfig(enabled=False)))
    live.start()
    deadline = time.monotonic() + 10
    while live.latest() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(1.0)  # warm-up
    memory: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(1.0):
            memory.append(_rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        memory.append(_rss_mb())
        sampler.start()
    analysed0, read0, skipped0 = live.frames_analysed, grabber.frames_read, live.frames_skipped
    started = time.monotonic()
    time.sleep(seconds)
    elapsed = time.monotonic() - started
    analysed = live.frames_analysed - analysed0
    read = grabber.frames_read - read0
    skipped = live.frames_skipped - skipped0
    stop.set()
    if sample_memory:
        sampler.join()
    live.stop()
    figures = {
        "camera_fps": round(read / elapsed, 1),
        "pipeline_fps": round(analysed / elapsed, 1),
        "frames_dropped": skipped,
    }
    if sample_memory and len(memory) >= 2:
        half = len(memory) // 2
        figures.update(
            {
                "rss_start_mb": round(memory[0], 1),
                "rss_end_mb": round(memory[-1], 1),
                "rss_peak_mb": round(max(memory), 1),
                # Mean of the second half minus the first: a leak or a queue shows as growth.
                "rss_growth_mb": round(
                    statistics.fmean(memory[half:]) - statistics.fmean(memory[:half]), 1
                ),
                "preview_seconds": round(elapsed),
            }
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=600, help="frames analysed for timings")
    parser.add_argument("--preview-seconds", type=float, default=60.0, help="memory run length")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    material, frames = _material()
    figures: dict[str, object] = {"bench": "portrait", "material": material, "frame": "1280x720"}
    figures["cores"] = os.cpu_count()
    figures.update(_analysis(frames, args.rounds))
    figures.update(_crop_encode(frames, 30))
    camera = _pipeline(frames, fps=30, seconds=10, sample_memory=False)
    figures["pipeline_fps_camera_30"] = camera["pipeline_fps"]
    flat_out = _pipeline(frames, fps=1000, seconds=10, sample_memory=False)
    figures["pipeline_fps_unthrottled"] = flat_out["pipeline_fps"]
    figures["camera_fps_unthrottled"] = flat_out["camera_fps"]
    figures["frames_dropped_unthrottled"] = flat_out["frames_dropped"]
    # The memory run feeds the pipeline faster than it analyses, so frames are dropped all
    # the time: memory stays flat only if nothing queues them.
    long_run = _pipeline(frames, fps=120, seconds=args.preview_seconds, sample_memory=True)
    figures.update({k: v for k, v in long_run.items() if k.startswith(("rss", "preview"))})
    figures["frames_dropped_memory_run"] = long_run["frames_dropped"]
    figures["targets"] = {"analysis_p50_ms": 15, "analysis_p99_ms": 30, "pipeline_fps": 25}
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()

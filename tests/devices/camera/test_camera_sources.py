"""The simulated camera and the real OpenCV camera (through what can run without a camera)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.camera import opencv_source
from devices.camera.config import CameraConfig
from devices.camera.errors import CameraNotFoundError, CameraOpenError, SimulatedSourceError
from devices.camera.frames import Image, Resolution
from devices.camera.opencv_source import OpenCvCamera, backend_for, enumerate_cameras, probe
from devices.camera.simulated import SimulatedCamera, fit_to

# -- simulated camera ----------------------------------------------------------------------


def test_still_images_are_played_in_turn_and_looped(make_pattern: Callable[..., Image]) -> None:
    images = [make_pattern(1), make_pattern(2)]
    camera = SimulatedCamera(images=images, fps=200, size=None, seconds_per_image=0.01)
    assert camera.open() == Resolution(320, 240)
    frames = [camera.read() for _ in range(8)]
    assert all(frame is not None and not frame.flags.writeable for frame in frames)
    order = [0 if np.array_equal(f, images[0]) else 1 for f in frames if f is not None]
    assert order == [0, 0, 1, 1, 0, 0, 1, 1]
    assert camera.repeats_frames
    camera.close()
    assert camera.read() is None


def test_stills_are_scaled_to_the_configured_size(make_pattern: Callable[..., Image]) -> None:
    camera = SimulatedCamera(images=[make_pattern(0)], size=Resolution(1280, 720))
    assert camera.open() == Resolution(1280, 720)
    frame = camera.read()
    assert frame is not None and frame.shape == (720, 1280, 3)


def test_frames_are_paced_at_the_set_rate(make_pattern: Callable[..., Image]) -> None:
    camera = SimulatedCamera(images=[make_pattern(0)], fps=50, size=None)
    camera.open()
    started = time.monotonic()
    for _ in range(11):
        camera.read()
    elapsed = time.monotonic() - started
    assert 0.17 <= elapsed <= 0.6  # 10 periods of 20 ms, generous for a loaded machine


def test_a_late_reader_is_not_given_a_burst(make_pattern: Callable[..., Image]) -> None:
    now = [0.0]
    slept: list[float] = []
    camera = SimulatedCamera(
        images=[make_pattern(0)],
        fps=10,
        size=None,
        clock=lambda: now[0],
        sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)),
    )
    camera.open()
    camera.read()
    now[0] += 5.0  # the consumer stalled for 5 s
    camera.read()
    camera.read()
    assert slept == [pytest.approx(0.1)]  # one normal wait, not 50 frames at once


def test_a_video_file_loops(
    write_video: Callable[..., Path], make_pattern: Callable[..., Image]
) -> None:
    path = write_video([make_pattern(i) for i in range(5)])
    camera = SimulatedCamera(video=path, fps=500, size=Resolution(640, 480))
    assert camera.open() == Resolution(640, 480)
    frames = [camera.read() for _ in range(12)]
    assert all(frame is not None and frame.shape == (480, 640, 3) for frame in frames)
    assert not camera.repeats_frames
    assert "clip.avi" in camera.description


def test_a_video_that_ends_without_loop_stops(
    write_video: Callable[..., Path], make_pattern: Callable[..., Image]
) -> None:
    path = write_video([make_pattern(i) for i in range(3)])
    camera = SimulatedCamera(video=path, fps=500, size=None, loop=False)
    camera.open()
    frames = [camera.read() for _ in range(5)]
    assert [frame is not None for frame in frames] == [True, True, True, False, False]


def test_the_test_pattern_moves() -> None:
    camera = SimulatedCamera(pattern=True, fps=500)
    assert camera.open() == Resolution(1280, 720)
    first, second = camera.read(), camera.read()
    assert first is not None and second is not None and not np.array_equal(first, second)


def test_damaged_material_is_a_clear_error(tmp_path: Path) -> None:
    broken_image = tmp_path / "broken.png"
    broken_image.write_bytes(b"\x89PNG\r\n\x1a\n but not really")
    with pytest.raises(SimulatedSourceError) as raised:
        SimulatedCamera(images=[broken_image]).open()
    assert "broken.png" in raised.value.detail
    assert raised.value.message("vi").startswith("Nguồn ảnh mô phỏng")

    broken_video = tmp_path / "broken.avi"
    broken_video.write_bytes(b"RIFF" + bytes(2000))
    with pytest.raises(SimulatedSourceError):
        SimulatedCamera(video=broken_video).open()
    with pytest.raises(SimulatedSourceError):
        SimulatedCamera(video=tmp_path / "missing.avi").open()
    with pytest.raises(SimulatedSourceError):
        SimulatedCamera(images=[np.zeros((0, 0, 3), dtype=np.uint8)]).open()


def test_the_constructor_wants_exactly_one_material(make_pattern: Callable[..., Image]) -> None:
    with pytest.raises(ValueError):
        SimulatedCamera()
    with pytest.raises(ValueError):
        SimulatedCamera(images=[make_pattern(0)], pattern=True)
    with pytest.raises(ValueError):
        SimulatedCamera(pattern=True, fps=0)


def test_unplugging_fails_reads_and_opens_until_replugged(
    make_pattern: Callable[..., Image],
) -> None:
    camera = SimulatedCamera(images=[make_pattern(0)], fps=500, size=None)
    camera.open()
    camera.unplug()
    assert camera.read() is None
    with pytest.raises(CameraNotFoundError):
        camera.open()
    camera.replug()
    camera.open()
    assert camera.read() is not None


def test_fit_to_covers_and_centre_cuts(make_pattern: Callable[..., Image]) -> None:
    square = np.zeros((100, 100, 3), dtype=np.uint8)
    square[:, 45:55] = 255
    wide = fit_to(square, Resolution(160, 90))
    assert wide.shape == (90, 160, 3)
    assert wide[45, 80].tolist() == [255, 255, 255]  # the centre stays the centre


# -- the real camera: its failure paths, and its success path on a video file -----------------

no_camera_here = pytest.mark.skipif(
    Path("/dev/video0").exists(), reason="a camera is attached: the no-camera path cannot run"
)


@no_camera_here
def test_no_camera_is_reported_as_not_found() -> None:
    camera = OpenCvCamera(CameraConfig(device=0, open_timeout_s=5))
    with pytest.raises(CameraNotFoundError) as raised:
        camera.open()
    assert "Không tìm thấy máy ảnh" in raised.value.message("vi")
    assert camera.read() is None
    camera.close()


def test_a_device_node_that_is_no_camera_is_not_found(tmp_path: Path) -> None:
    fake_node = tmp_path / "video7"
    fake_node.write_bytes(b"")
    camera = OpenCvCamera(CameraConfig(device=str(fake_node), backend="v4l2"))
    with pytest.raises(CameraNotFoundError):
        camera.open()


def test_the_real_camera_class_reads_a_video_and_reports_the_actual_size(
    write_video: Callable[..., Path], make_pattern: Callable[..., Image]
) -> None:
    # A file goes through the same VideoCapture open/set/read calls as a camera; its size
    # cannot be changed, which is the "wrong resolution" case.
    path = write_video([make_pattern(i) for i in range(4)])
    camera = OpenCvCamera(CameraConfig(device=str(path), width=1280, height=720))
    assert camera.requested_resolution == Resolution(1280, 720)
    assert camera.open() == Resolution(320, 240)
    frames = [camera.read() for _ in range(6)]
    assert [frame is not None for frame in frames] == [True] * 4 + [False] * 2
    assert frames[0] is not None and not frames[0].flags.writeable
    assert not camera.repeats_frames
    camera.close()
    camera.close()


def test_a_hanging_open_is_abandoned_after_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # A driver that never returns cannot be produced without one; this stand-in for the
    # open call just blocks, which is all the timeout logic sees.
    release = []

    class Capture:
        def release(self) -> None:
            release.append(True)

    def hang(device: object, api: int, config: object) -> tuple[Capture, Image]:
        time.sleep(0.3)
        return Capture(), np.zeros((2, 2, 3), dtype=np.uint8)

    monkeypatch.setattr(opencv_source, "_open_capture", hang)
    with pytest.raises(CameraOpenError) as raised:
        opencv_source.open_with_timeout(0, cv2.CAP_ANY, None, timeout_s=0.05)
    assert "longer than" in raised.value.detail
    time.sleep(0.5)
    assert release == [True]  # the late capture was released, not left holding the camera


def test_an_unexpected_failure_while_opening_becomes_an_open_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(device: object, api: int, config: object) -> None:
        raise cv2.error("driver said no")

    monkeypatch.setattr(opencv_source, "_open_capture", explode)
    with pytest.raises(CameraOpenError) as raised:
        opencv_source.open_with_timeout(0, cv2.CAP_ANY, None, timeout_s=2)
    assert "error" in raised.value.detail


def test_backends_are_chosen_per_platform() -> None:
    assert backend_for(0, platform="linux") == cv2.CAP_V4L2
    assert backend_for(0, platform="win32") == cv2.CAP_MSMF
    assert backend_for(0, "dshow", platform="win32") == cv2.CAP_DSHOW
    assert backend_for(0, platform="darwin") == cv2.CAP_AVFOUNDATION
    assert backend_for("/dev/video2", platform="linux") == cv2.CAP_V4L2
    assert backend_for("rtsp://camera.local/stream", platform="linux") == cv2.CAP_ANY
    with pytest.raises(ValueError):
        backend_for(0, "firewire")


def test_enumeration_on_linux_lists_video_nodes_with_their_names(tmp_path: Path) -> None:
    dev, sysfs = tmp_path / "dev", tmp_path / "sys"
    for number in (0, 1, 10):
        (dev).mkdir(exist_ok=True)
        (dev / f"video{number}").write_bytes(b"")
    (dev / "videodev-not-a-node").write_bytes(b"")
    (sysfs / "video0").mkdir(parents=True)
    (sysfs / "video0" / "name").write_text("HD Pro Webcam C920\n", encoding="utf-8")
    found = enumerate_cameras(platform="linux", dev_dir=dev, sys_dir=sysfs, probe_timeout_s=2)
    assert [info.device for info in found] == [str(dev / f"video{n}") for n in (0, 1, 10)]
    assert found[0].name == "HD Pro Webcam C920" and found[1].name == "video1"
    # Plain files are no cameras: listed, not usable, with the reason.
    assert not any(info.usable for info in found) and all(info.problem for info in found)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux device nodes")
def test_enumeration_of_this_machine_does_not_hang() -> None:
    started = time.monotonic()
    found = enumerate_cameras(probe_timeout_s=2)
    assert time.monotonic() - started < 30
    assert all(info.usable or info.problem for info in found)


def test_enumeration_elsewhere_probes_indexes_until_two_misses() -> None:
    asked: list[int | str] = []

    def prober(device: int | str, api: int, timeout_s: float) -> tuple[Resolution | None, str]:
        asked.append(device)
        return (Resolution(640, 480), "") if device in (0, 1, 3) else (None, "nothing")

    found = enumerate_cameras(platform="win32", prober=prober)
    assert [info.device for info in found] == [0, 1, 3]
    assert asked == [0, 1, 2, 3, 4, 5]
    assert found[0].name == "Camera 0" and found[0].resolution == Resolution(640, 480)


def test_probing_a_missing_camera_says_why(tmp_path: Path) -> None:
    resolution, problem = probe(str(tmp_path / "video9"), cv2.CAP_V4L2, 2.0)
    assert resolution is None and problem

"""The output photo: 2:3 crop, re-check, sRGB JPEG with its ICC profile, the stored record."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct

import cv2
import numpy as np
import pytest

from devices.camera.frames import Image
from devices.portrait.analysis import QualityAnalyser
from devices.portrait.capture import CaptureMode, PortraitMaker, PortraitRecord
from devices.portrait.checks import CheckId, CheckStatus, FaceGeometry
from devices.portrait.config import PortraitOutput
from devices.portrait.crop import cut_portrait, plan_crop
from devices.portrait.encode import embedded_icc_profile, encode_jpeg, icc_segment
from devices.portrait.srgb import srgb_icc_profile

OUTPUT = PortraitOutput()
FIXED_NOW = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)


def geometry(cx: float, crown: float, chin: float) -> FaceGeometry:
    width = (chin - crown) / 1.35
    return FaceGeometry(
        (round(cx - width / 2), round(crown + 0.4 * width), round(width), round(width)),
        crown,
        chin,
        (),
    )


def test_the_crop_puts_the_head_at_the_target_fraction_and_margin() -> None:
    crop = plan_crop(geometry(640, 100, 480), 1280, 720, OUTPUT)
    assert crop.height == round(380 / OUTPUT.head_fraction)
    assert crop.width * 3 == pytest.approx(crop.height * 2, abs=3)
    assert crop.y == round(100 - OUTPUT.top_margin * crop.height)
    assert crop.x + crop.width / 2 == pytest.approx(640, abs=1)
    assert crop.centred_on_face and not crop.shifted


def test_a_crop_past_the_edge_is_moved_back_into_the_frame() -> None:
    crop = plan_crop(geometry(150, 40, 380), 1280, 720, OUTPUT)
    assert crop.x == 0 and crop.y == 0 and crop.shifted


def test_a_crop_larger_than_the_frame_is_shrunk_to_fit() -> None:
    crop = plan_crop(geometry(640, 20, 700), 1280, 720, OUTPUT)
    assert crop.height == 720 and crop.width == 480 and crop.shifted


def test_without_a_face_the_frame_centre_is_cut() -> None:
    crop = plan_crop(None, 1280, 720, OUTPUT)
    assert (crop.x, crop.y, crop.width, crop.height) == (400, 0, 480, 720)
    assert not crop.centred_on_face


def test_the_cut_has_the_configured_size() -> None:
    frame = np.zeros((720, 1280, 3), dtype=np.uint8)
    photo = cut_portrait(frame, plan_crop(None, 1280, 720, OUTPUT), OUTPUT)
    assert photo.shape == (720, 480, 3)
    small = PortraitOutput(width=240, height=360)
    assert cut_portrait(frame, plan_crop(None, 1280, 720, small), small).shape == (360, 240, 3)


@pytest.mark.parametrize(
    "settings",
    [
        {"width": 480, "height": 640},
        {"jpeg_quality": 0},
        {"head_fraction": 0.9},
        {"width": 0, "height": 0},
    ],
)
def test_bad_output_settings_are_refused(settings: dict[str, int | float]) -> None:
    with pytest.raises(ValueError):
        PortraitOutput(**settings)  # type: ignore[arg-type]


def test_the_jpeg_carries_the_srgb_profile_and_the_print_density() -> None:
    rng = np.random.default_rng(3)
    photo = rng.integers(0, 255, (720, 480, 3), dtype=np.uint8)
    jpeg = encode_jpeg(photo, OUTPUT)
    assert jpeg[:4] == b"\xff\xd8\xff\xe0" and jpeg[6:11] == b"JFIF\0"
    # JFIF density: dots per inch, 480 px over 20 mm.
    assert jpeg[13] == 1 and struct.unpack(">HH", jpeg[14:18]) == (610, 610)
    assert embedded_icc_profile(jpeg) == srgb_icc_profile()
    decoded = cv2.imdecode(np.frombuffer(jpeg, dtype=np.uint8), cv2.IMREAD_COLOR)
    assert decoded.shape == photo.shape


def test_the_profile_is_a_wellformed_icc_v2_display_profile() -> None:
    profile = srgb_icc_profile()
    assert struct.unpack(">I", profile[:4])[0] == len(profile)
    assert profile[12:24] == b"mntrRGB XYZ " and profile[36:40] == b"acsp"
    assert profile[8] == 2  # version 2
    tags = {
        profile[132 + 12 * i : 136 + 12 * i]
        for i in range(struct.unpack(">I", profile[128:132])[0])
    }
    assert tags == {b"desc", b"cprt", b"wtpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC"}
    assert srgb_icc_profile() is profile  # built once


def test_littlecms_reads_the_profile_as_srgb() -> None:
    """An independent colour engine (LittleCMS via Pillow, test-only) accepts the profile and
    maps it onto its own built-in sRGB as the identity."""
    image_cms = pytest.importorskip("PIL.ImageCms")
    pil_image = pytest.importorskip("PIL.Image")
    rng = np.random.default_rng(5)
    photo = rng.integers(0, 255, (90, 60, 3), dtype=np.uint8)
    jpeg = encode_jpeg(photo, PortraitOutput(width=60, height=90, jpeg_quality=100))
    opened = pil_image.open(io.BytesIO(jpeg))
    assert opened.info["icc_profile"] == srgb_icc_profile()
    assert opened.info["dpi"] == (76, 76)
    ours = image_cms.getOpenProfile(io.BytesIO(opened.info["icc_profile"]))
    assert "sRGB" in image_cms.getProfileDescription(ours)
    transform = image_cms.buildTransform(
        ours, image_cms.createProfile("sRGB"), "RGB", "RGB", renderingIntent=1
    )
    rgb = opened.convert("RGB")
    mapped = np.asarray(image_cms.applyTransform(rgb, transform), dtype=int)
    assert np.abs(mapped - np.asarray(rgb, dtype=int)).max() <= 1


def test_an_oversized_profile_is_refused() -> None:
    with pytest.raises(ValueError):
        icc_segment(bytes(70_000))


def maker() -> PortraitMaker:
    return PortraitMaker(now=lambda: FIXED_NOW)


def test_the_portrait_of_the_astronaut_passes_the_crop_recheck(portrait_frame: Image) -> None:
    report = QualityAnalyser().analyse(portrait_frame, track=False)
    portrait = maker().make(portrait_frame, report, CaptureMode.AUTO, frames_considered=6)
    assert portrait.image.shape == (720, 480, 3)
    check = portrait.record.crop_check
    assert check.check is CheckId.CROP_HEAD_SIZE
    assert check.status is CheckStatus.PASSED, check.value
    assert check.value == pytest.approx(OUTPUT.head_fraction, abs=0.08)
    assert portrait.passed and portrait.warnings == ()
    assert portrait.record.acknowledged == ()
    assert portrait.record.jpeg_sha256 == hashlib.sha256(portrait.jpeg).hexdigest()
    assert embedded_icc_profile(portrait.jpeg) == srgb_icc_profile()
    # The crop comes from the full-resolution frame. At 720p a head half the frame high
    # gives a ~590 px crop, so the 720 px photo is upscaled a little, and says so.
    assert portrait.record.crop.height >= 500
    assert portrait.record.upscaled == (portrait.record.crop.height < 720)


def test_the_record_round_trips_through_json(portrait_frame: Image) -> None:
    report = QualityAnalyser().analyse(portrait_frame, track=False)
    record = maker().make(portrait_frame, report, CaptureMode.AUTO, 6).record
    text = record.to_json()
    assert "Tiến" not in text or "\\u" not in text  # Vietnamese kept readable
    assert PortraitRecord.from_json(text) == record
    with pytest.raises(ValueError):
        PortraitRecord.from_json(text.replace('"schema":1', '"schema":99'))


def test_a_manual_capture_records_the_failed_checks_as_acknowledged(degrade: object) -> None:
    frame = degrade.darken()  # type: ignore[attr-defined]
    report = QualityAnalyser().analyse(frame, track=False)
    portrait = maker().make(frame, report, CaptureMode.MANUAL)
    assert portrait.record.acknowledged == (CheckId.BRIGHTNESS,)
    ref = portrait.portrait_ref("photo-1")
    assert ref.photo_id == "photo-1"
    assert ref.sha256 == portrait.record.jpeg_sha256
    assert ref.captured_at == FIXED_NOW
    assert ref.acknowledged_checks == ("brightness",)


def test_a_manual_capture_without_a_face_cuts_the_centre_and_says_so() -> None:
    frame = np.full((720, 1280, 3), 180, dtype=np.uint8)
    report = QualityAnalyser().analyse(frame, track=False)
    portrait = maker().make(frame, report, CaptureMode.MANUAL)
    assert not portrait.record.crop.centred_on_face
    crop_check = portrait.record.crop_check
    assert crop_check.status is CheckStatus.NOT_MEASURED
    assert crop_check.hint is not None and crop_check.hint.code == "crop_no_face"
    assert CheckId.FACE_COUNT in portrait.record.acknowledged
    assert CheckId.CROP_HEAD_SIZE in portrait.record.acknowledged


def test_a_head_too_large_for_the_crop_fails_the_recheck(portrait_frame: Image) -> None:
    # Zoom in so the head fills the frame: the 2:3 crop must shrink and the head overflows.
    zoomed = cv2.resize(portrait_frame[60:440, 300:976], (1280, 720), interpolation=cv2.INTER_CUBIC)
    report = QualityAnalyser().analyse(zoomed, track=False)
    assert report.face is not None
    portrait = maker().make(zoomed, report, CaptureMode.MANUAL)
    assert portrait.record.crop.shifted
    check = portrait.record.crop_check
    assert check.status is not CheckStatus.PASSED
    assert CheckId.CROP_HEAD_SIZE in portrait.record.acknowledged

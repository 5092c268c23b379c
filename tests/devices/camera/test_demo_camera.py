"""Demo mode's camera: the astronaut frame, read without scikit-image's image stack."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.camera import demo
from devices.camera.frames import Image


def test_the_demo_frame_is_the_astronaut_the_portrait_tests_use(portrait_frame: Image) -> None:
    frame = demo.demo_portrait_frame()
    assert frame is not None
    np.testing.assert_array_equal(frame, portrait_frame)


def test_a_scikit_image_without_the_file_inside_still_gives_the_astronaut(
    monkeypatch: pytest.MonkeyPatch, portrait_frame: Image
) -> None:
    monkeypatch.setattr(cv2, "imread", lambda path: None)
    frame = demo.demo_portrait_frame()
    assert frame is not None
    np.testing.assert_array_equal(frame, portrait_frame)


def test_the_demo_frame_loads_no_image_library_beyond_opencv() -> None:
    pytest.importorskip("skimage")
    # A fresh interpreter: imageio, Pillow and SciPy would stay loaded for the whole run.
    script = textwrap.dedent(
        """
        import sys
        from devices.camera.demo import demo_portrait_frame
        assert demo_portrait_frame() is not None
        print(sorted({"imageio", "PIL", "scipy"} & set(sys.modules)))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[3],  # this checkout's packages
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == "[]"


def test_without_scikit_image_the_demo_camera_plays_a_test_card(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: None)
    assert demo.demo_portrait_frame() is None
    assert "test" in demo.demo_camera().description.lower()

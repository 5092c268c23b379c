"""Finding faces and eyes: the detector interface and its Haar-cascade implementation.

The quality checks only see a FaceObservation, so a better detector (or a test's injected
observation) can replace the Haar cascades without touching them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from devices.camera.frames import Image, as_image
from devices.portrait.config import FaceFinderConfig


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face rectangle in frame pixels (roughly eyebrows to chin, as Haar cascades mark it)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[float, float]:
        """The box centre (x, y)."""
        return self.x + self.width / 2, self.y + self.height / 2

    @property
    def area(self) -> int:
        """Width × height."""
        return self.width * self.height

    def scaled(self, factor: float, dx: float = 0.0, dy: float = 0.0) -> FaceBox:
        """The box scaled by *factor*, then shifted by (dx, dy)."""
        return FaceBox(
            round(self.x * factor + dx),
            round(self.y * factor + dy),
            round(self.width * factor),
            round(self.height * factor),
        )


@dataclass(frozen=True, slots=True)
class EyeFinding:
    """Eyes found in the primary face: centres in frame pixels, image-left one first.

    *glasses_eyes* counts eyes found only by the cascade trained with eyeglasses, when the
    plain eye cascade missed: a hint that glasses (or closed eyes) are in the way.
    """

    centres: tuple[tuple[float, float], ...] = ()
    glasses_eyes: int = 0

    @property
    def both(self) -> bool:
        """True when one eye was found on each side of the face."""
        return len(self.centres) == 2

    @property
    def roll_deg(self) -> float | None:
        """Angle of the eye line against the horizontal, or None without both eyes."""
        if not self.both:
            return None
        (lx, ly), (rx, ry) = self.centres
        return math.degrees(math.atan2(ry - ly, rx - lx))


@dataclass(frozen=True, slots=True)
class FaceObservation:
    """What the detector saw in one frame: faces (the primary first) and its eyes."""

    faces: tuple[FaceBox, ...] = ()
    eyes: EyeFinding = EyeFinding()
    # True when the other faces come from a search of every size over the whole frame: in
    # this frame, or spread over the last few while a face is tracked.
    full_scan: bool = True

    @property
    def primary(self) -> FaceBox | None:
        """The face the checks are about: the largest (the person nearest the camera)."""
        return self.faces[0] if self.faces else None


class FaceFinder(Protocol):
    """Finds faces and the primary face's eyes in a grey frame."""

    def find(self, grey: Image, *, track: bool = True) -> FaceObservation:
        """Search *grey*; with *track*, the search may reuse the previous frame's face."""
        ...


def _cascade(name: str) -> cv2.CascadeClassifier:
    # cv2.data.haarcascades is this folder; its module has no type stubs, the path does.
    path = Path(cv2.__file__).parent / "data" / name
    cascade = cv2.CascadeClassifier(str(path))
    if cascade.empty():
        raise RuntimeError(f"OpenCV cascade {name} is missing: reinstall opencv-python-headless")
    return cascade


def _boxes(found: Sequence[Sequence[int]]) -> list[FaceBox]:
    return [FaceBox(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


def _overlap(a: FaceBox, b: FaceBox) -> float:
    """Intersection over the smaller box: 1 when one box lies inside the other."""
    dx = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    dy = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    if dx <= 0 or dy <= 0:
        return 0.0
    return dx * dy / min(a.area, b.area)


def _distinct(boxes: list[FaceBox]) -> list[FaceBox]:
    """One box per face: scan phases that share a size may both report it."""
    kept: list[FaceBox] = []
    for box in sorted(boxes, key=lambda b: b.area, reverse=True):
        if all(_overlap(box, other) < 0.5 for other in kept):
            kept.append(box)
    return kept


class HaarFaceFinder:
    """Faces with haarcascade_frontalface_default, eyes with haarcascade_eye (and
    haarcascade_eye_tree_eyeglasses when the plain one misses), all shipped with OpenCV.

    Stateful: while a face is tracked, each frame refines it in a small window and searches
    the whole frame for one band of face sizes only (see FaceFinderConfig.scan_phases). Use
    one finder per camera stream.
    """

    def __init__(self, config: FaceFinderConfig | None = None) -> None:
        self._config = config or FaceFinderConfig()
        self._faces = _cascade("haarcascade_frontalface_default.xml")
        self._eyes = _cascade("haarcascade_eye.xml")
        self._eyes_glasses = _cascade("haarcascade_eye_tree_eyeglasses.xml")
        window = self._faces.getOriginalWindowSize()
        self._window = int(window[0]) if window and window[0] > 0 else 24
        self._previous: FaceBox | None = None
        self._phase_faces: dict[int, tuple[FaceBox, ...]] = {}
        self._next_phase = 0

    def reset(self) -> None:
        """Forget the tracked face: the next call searches the whole frame."""
        self._previous = None
        self._phase_faces = {}
        self._next_phase = 0

    def find(self, grey: Image, *, track: bool = True) -> FaceObservation:
        """Faces in *grey* (the largest first) and the eyes of the largest."""
        primary = None
        if track and self._previous is not None:
            primary = self._refine(grey, self._previous)
        if primary is None:
            # Nothing tracked (or lost): search every size now.
            found = sorted(self._scan(grey), key=lambda box: box.area, reverse=True)
            others = tuple(found[1:])
            # Each phase's part of this search stands until that phase runs again.
            self._phase_faces = dict.fromkeys(range(self._config.scan_phases), others)
            self._next_phase = 0
            if not found:
                self._previous = None
                return FaceObservation((), EyeFinding(), True)
            primary = self._refine(grey, found[0]) or found[0]
            complete = True
        else:
            phase = self._next_phase
            self._next_phase = (phase + 1) % self._config.scan_phases
            self._phase_faces[phase] = tuple(self._scan(grey, phase))
            seen = [box for boxes in self._phase_faces.values() for box in boxes]
            others = tuple(_distinct([box for box in seen if _overlap(box, primary) < 0.3]))
            complete = len(self._phase_faces) == self._config.scan_phases
        self._previous = primary
        eyes = self._find_eyes(grey, primary)
        return FaceObservation((primary, *others), eyes, complete)

    def _scan(self, grey: Image, phase: int | None = None) -> list[FaceBox]:
        """Search the whole frame, for every face size or for one *phase*'s band of sizes."""
        config = self._config
        scale = min(1.0, config.detection_height / grey.shape[0])
        small = as_image(cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
        # Equalised: detection then barely depends on exposure, which has its own check.
        small = as_image(cv2.equalizeHist(small))
        low, high = config.min_face_px, 0
        if phase is not None:
            low, high = self._phase_sizes(small.shape[1], small.shape[0])[phase]
        found = self._faces.detectMultiScale(
            small,
            scaleFactor=config.scan_scale_factor,
            minNeighbors=config.scan_min_neighbors,
            minSize=(low, low),
            maxSize=(high, high),
        )
        return [box.scaled(1 / scale) for box in _boxes(found)]

    def _phase_sizes(self, width: int, height: int) -> list[tuple[int, int]]:
        """(min, max) face sizes of each scan phase, splitting the search work evenly.

        The cascade tries window sizes window·f^k; the work of one size is about the number
        of window positions. Neighbouring phases share one size, because a face is confirmed
        by detections at neighbouring sizes too.
        """
        config = self._config
        sizes: list[float] = []
        size = float(self._window)
        while size <= min(width, height):
            if size >= config.min_face_px:
                sizes.append(size)
            size *= config.scan_scale_factor
        if not sizes:
            return [(config.min_face_px, 0)] * config.scan_phases
        phases = min(config.scan_phases, len(sizes))
        work = [(width - s) * (height - s) / (s / self._window) ** 2 for s in sizes]
        total, done = sum(work), 0.0
        cuts = [0]
        for index, amount in enumerate(work):
            done += amount
            if len(cuts) < phases and done >= total * len(cuts) / phases:
                # Each phase gets at least one size of its own.
                cuts.append(min(max(index, cuts[-1] + 1), len(sizes) - 1))
        cuts += [len(sizes) - 1] * (phases + 1 - len(cuts))
        bounds = [
            (math.floor(sizes[cuts[k]] * 0.98), math.ceil(sizes[cuts[k + 1]] * 1.02))
            for k in range(phases)
        ]
        bounds[-1] = (bounds[-1][0], 0)  # the last phase has no upper limit
        # Fewer sizes than phases: the spare phases repeat the last band.
        return bounds + [bounds[-1]] * (config.scan_phases - phases)

    def _refine(self, grey: Image, guess: FaceBox) -> FaceBox | None:
        """Search a window around *guess* with fine scale steps: a stable size and position."""
        config = self._config
        margin = round(0.4 * guess.width)
        height, width = grey.shape[:2]
        x0, y0 = max(0, guess.x - margin), max(0, guess.y - margin)
        x1 = min(width, guess.x + guess.width + margin)
        y1 = min(height, guess.y + guess.height + margin)
        scale = config.refine_face_px / guess.width
        window = as_image(
            cv2.resize(grey[y0:y1, x0:x1], None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        )
        window = as_image(cv2.equalizeHist(window))
        low, high = round(config.refine_face_px * 0.75), round(config.refine_face_px * 1.35)
        if min(window.shape[:2]) < low:
            return None
        # Within this window a face is expected (it was there a moment ago): take the
        # strongest group even with few neighbours, rather than lose the track and pay
        # for a whole-frame search.
        boxes, counts = self._faces.detectMultiScale2(
            window,
            scaleFactor=config.refine_scale_factor,
            minNeighbors=config.refine_min_neighbors,
            minSize=(low, low),
            maxSize=(high, high),
        )
        found = _boxes(boxes)
        if not found:
            return None
        best = max(zip(found, counts, strict=True), key=lambda item: (item[1], item[0].area))[0]
        return best.scaled(1 / scale, x0, y0)

    def _find_eyes(self, grey: Image, face: FaceBox) -> EyeFinding:
        # Eyes sit at 20–55 % of the Haar face box height: below the eyebrows, above the
        # nostrils (which the eye cascade likes to take for eyes).
        top = face.y + round(0.20 * face.height)
        bottom = face.y + round(0.55 * face.height)
        region = grey[max(0, top) : max(0, bottom), max(0, face.x) : face.x + face.width]
        if region.size == 0:
            return EyeFinding()
        scale = self._config.eye_face_width / face.width
        small = as_image(cv2.resize(region, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
        small = as_image(cv2.equalizeHist(small))
        plain = self._eye_pair(self._eyes, small)
        # Back to frame pixels, then to the pupil: the Haar eye box also takes in the brow
        # and its size jitters, so its centre alone puts several degrees of noise on the roll.
        boxes = [box.scaled(1 / scale, face.x, top) for box in plain]
        centres = tuple(_pupil(grey, box) for box in boxes)
        if len(plain) == 2:
            return EyeFinding(centres)
        return EyeFinding(centres, len(self._eye_pair(self._eyes_glasses, small)))

    def _eye_pair(self, cascade: cv2.CascadeClassifier, small: Image) -> list[FaceBox]:
        """The best eye box on each half of the face (image-left first); fewer if not found."""
        width = small.shape[1]
        low, high = round(width * 0.12), round(width * 0.45)
        found = _boxes(
            cascade.detectMultiScale(
                small, scaleFactor=1.1, minNeighbors=3, minSize=(low, low), maxSize=(high, high)
            )
        )
        pair: list[FaceBox] = []
        for side in (0, 1):
            expected_x = width * (0.3 if side == 0 else 0.7)
            candidates = [box for box in found if (box.centre[0] < width / 2) == (side == 0)]
            if candidates:
                pair.append(min(candidates, key=lambda box: abs(box.centre[0] - expected_x)))
        return pair


def _pupil(grey: Image, eye: FaceBox) -> tuple[float, float]:
    """The darkest blob (iris and pupil) in the lower part of an eye box, brow left out."""
    x0, x1 = eye.x + round(0.15 * eye.width), eye.x + round(0.85 * eye.width)
    y0, y1 = eye.y + round(0.35 * eye.height), eye.y + round(0.9 * eye.height)
    patch = grey[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)]
    if patch.size == 0:
        return eye.centre
    sigma = max(1.0, 0.06 * eye.width)
    blurred = np.asarray(cv2.GaussianBlur(patch, (0, 0), sigma), dtype=np.float32)
    # Centroid of the darkest tenth: steadier than the single darkest pixel.
    dark = blurred <= np.percentile(blurred, 10)
    ys, xs = np.nonzero(dark)
    return max(0, x0) + float(xs.mean()), max(0, y0) + float(ys.mean())

"""Cutting the 2:3 card portrait around the head from the full-resolution frame."""

from __future__ import annotations

from dataclasses import dataclass

import cv2

from devices.camera.frames import Image, as_image
from devices.portrait.checks import FaceGeometry
from devices.portrait.config import PortraitOutput


@dataclass(frozen=True, slots=True)
class PortraitCrop:
    """The rectangle cut from the frame (frame pixels) and how it was placed."""

    x: int
    y: int
    width: int
    height: int
    centred_on_face: bool  # False: no face known, the frame's centre was taken
    shifted: bool  # the ideal rectangle left the frame and was moved (or shrunk) back in

    def as_list(self) -> list[int]:
        """[x, y, width, height] for JSON."""
        return [self.x, self.y, self.width, self.height]


def plan_crop(
    face: FaceGeometry | None, frame_width: int, frame_height: int, output: PortraitOutput
) -> PortraitCrop:
    """The 2:3 rectangle that puts the head at *output*'s size and margin, kept in the frame.

    When the ideal rectangle is larger than the frame it is shrunk (the head then fills
    more of the photo: the re-check on the crop reports it); when it overflows an edge it
    is moved back inside (the head is then off-centre: also visible in the re-check).
    """
    aspect = output.width / output.height
    if face is None:
        height = min(frame_height, frame_width / aspect)
        width = height * aspect
        x = (frame_width - width) / 2
        y = (frame_height - height) / 2
        return PortraitCrop(round(x), round(y), round(width), round(height), False, False)
    height = face.head_height / output.head_fraction
    width = height * aspect
    shrunk = False
    if height > frame_height or width > frame_width:
        height = min(frame_height, frame_width / aspect)
        width = height * aspect
        shrunk = True
    x = face.centre_x - width / 2
    y = face.crown_y - output.top_margin * height
    clamped_x = min(max(x, 0.0), frame_width - width)
    clamped_y = min(max(y, 0.0), frame_height - height)
    moved = shrunk or abs(clamped_x - x) > 0.5 or abs(clamped_y - y) > 0.5
    return PortraitCrop(
        round(clamped_x),
        round(clamped_y),
        min(frame_width, round(width)),
        min(frame_height, round(height)),
        True,
        moved,
    )


def cut_portrait(image: Image, crop: PortraitCrop, output: PortraitOutput) -> Image:
    """The crop scaled to the output size (area averaging down, cubic up)."""
    region = image[crop.y : crop.y + crop.height, crop.x : crop.x + crop.width]
    interpolation = cv2.INTER_AREA if crop.height >= output.height else cv2.INTER_CUBIC
    return as_image(cv2.resize(region, (output.width, output.height), interpolation=interpolation))

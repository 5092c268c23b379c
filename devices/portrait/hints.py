"""What to tell the citizen (or the officer) when a check fails, in Vietnamese and English.

Directions are from the citizen's point of view and assume the camera image is not
mirrored (webcams deliver it unmirrored; the GUI may mirror its preview).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hint:
    """One short instruction in both languages."""

    code: str  # stable identifier, e.g. "move_closer"
    vi: str
    en: str

    def message(self, language: str) -> str:
        """The hint in *language* ("en" for English, Vietnamese otherwise)."""
        return self.en if language == "en" else self.vi


NO_FACE = Hint(
    "no_face",
    "Ngồi vào giữa khung hình và nhìn thẳng vào máy ảnh.",
    "Sit in the middle of the picture and look straight at the camera.",
)
SEVERAL_FACES = Hint(
    "several_faces",
    "Chỉ một người được ở trong khung hình.",
    "Only one person may be in the picture.",
)
MOVE_CLOSER = Hint("move_closer", "Tiến lại gần máy ảnh hơn.", "Move closer to the camera.")
MOVE_BACK = Hint("move_back", "Lùi ra xa máy ảnh một chút.", "Move back a little.")
MOVE_TO_YOUR_LEFT = Hint(
    "move_left", "Dịch sang bên trái của bạn một chút.", "Move a little to your left."
)
MOVE_TO_YOUR_RIGHT = Hint(
    "move_right", "Dịch sang bên phải của bạn một chút.", "Move a little to your right."
)
FACE_TOO_HIGH = Hint(
    "face_too_high",
    "Mặt quá cao trong khung hình: nâng máy ảnh lên hoặc hạ ghế xuống.",
    "Face too high in the picture: raise the camera or lower the seat.",
)
FACE_TOO_LOW = Hint(
    "face_too_low",
    "Mặt quá thấp trong khung hình: hạ máy ảnh xuống hoặc nâng ghế lên.",
    "Face too low in the picture: lower the camera or raise the seat.",
)
HEAD_STRAIGHT = Hint(
    "head_straight",
    "Giữ đầu thẳng, không nghiêng sang bên.",
    "Keep your head straight, do not tilt it.",
)
EYES_NOT_SEEN = Hint(
    "eyes_not_seen",
    "Mở mắt và nhìn thẳng vào máy ảnh; bỏ kính nếu đang đeo.",
    "Open your eyes and look straight at the camera; take off your glasses.",
)
TAKE_OFF_GLASSES = Hint("glasses", "Vui lòng bỏ kính ra.", "Please take off your glasses.")
TOO_DARK = Hint("too_dark", "Quá tối: bật thêm đèn chiếu vào mặt.", "Too dark: add light.")
TOO_BRIGHT = Hint("too_bright", "Quá sáng: giảm bớt đèn.", "Too bright: reduce the light.")
GLARE = Hint(
    "glare",
    "Mặt bị lóa sáng: tránh đèn chiếu thẳng, lau mồ hôi trên mặt.",
    "Glare on the face: avoid direct light, wipe off shine.",
)
UNEVEN_LIGHT = Hint(
    "uneven_light",
    "Ánh sáng không đều hai bên mặt: chỉnh đèn hoặc xoay ghế về phía đèn.",
    "Uneven light on the two sides of the face: adjust the lamps.",
)
HOLD_STILL = Hint(
    "hold_still",
    "Ảnh bị mờ: giữ yên, không cử động.",
    "Blurred: hold still.",
)
PLAIN_BACKGROUND = Hint(
    "plain_background",
    "Phông nền phải trơn, một màu: dọn đồ vật phía sau.",
    "The background must be plain: clear things from behind the person.",
)
LIGHT_BACKGROUND = Hint(
    "light_background",
    "Phông nền phải sáng màu: dùng phông trắng hoặc xanh nhạt.",
    "The background must be light: use a white or light-blue backdrop.",
)
HEAD_SIZE_ON_PHOTO = Hint(
    "crop_head_size",
    "Cỡ đầu trên ảnh chưa đúng quy định: chụp lại.",
    "The head size on the photo is out of range: take the picture again.",
)
FACE_NOT_ON_PHOTO = Hint(
    "crop_no_face",
    "Không thấy mặt trên ảnh đã cắt: chụp lại.",
    "No face found on the cropped photo: take the picture again.",
)

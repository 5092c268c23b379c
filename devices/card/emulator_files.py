"""The files of the emulated CCCD chip, built from a fictional citizen (no real person)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card.access_key import BacKey, key_from_fields
from devices.card.active_auth import build_dg15
from devices.card.dg1 import build_dg1
from devices.card.dg2 import build_dg2
from devices.card.dg13 import build_dg13
from devices.card.emulator_pki import TestPki, build_sod
from devices.card.lds import FID_COM, FID_SOD, build_ef_com, fid_of
from devices.card.mrz import build_td1, yymmdd
from devices.card.tlv import encode_tlv

# DG14 with one ChipAuthenticationInfo-like entry: present, parsed by nobody here.
_DG14_BODY = encode_tlv(
    0x31,
    encode_tlv(
        0x30,
        encode_tlv(0x06, bytes.fromhex("04007F00070202030201")) + encode_tlv(0x02, b"\x01"),
    ),
)


@dataclass(frozen=True, slots=True)
class CardProfile:
    """A fictional citizen and card. The ID number follows the real structure only."""

    id_number: str = "079085631742"
    surname_mrz: str = "TRAN"
    given_names_mrz: str = "VAN BINH"
    full_name: str = "Trần Văn Bình"
    date_of_birth: dt.date = dt.date(1985, 6, 14)
    sex: str = "Nam"
    nationality: str = "Việt Nam"
    ethnicity: str = "Kinh"
    religion: str = "Không"
    place_of_origin: str = "Xã Tân Phú, Huyện Đức Hòa, Long An"
    place_of_residence: str = "Số 18 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh"
    identifying_marks: str = "Sẹo chấm cách 1 cm dưới mắt phải"
    issue_date: dt.date = dt.date(2021, 5, 10)
    expiry_date: dt.date = dt.date(2025, 6, 14)
    father: str = "Trần Văn Hùng"
    mother: str = "Nguyễn Thị Lan"
    spouse: str = "Lê Thị Mai"
    old_id_number: str = "025123987"
    extra_fields: dict[int, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return "CardProfile(<fictional citizen>)"

    @property
    def access_key(self) -> BacKey:
        """The key printed on this card (ID number, DOB, expiry)."""
        return key_from_fields(self.id_number, self.date_of_birth, self.expiry_date)

    def td1(self) -> str:
        """The card's MRZ."""
        return build_td1(
            document_number=self.id_number[-9:],
            id_number=self.id_number,
            birth=yymmdd(self.date_of_birth),
            sex="M" if self.sex == "Nam" else "F",
            expiry=yymmdd(self.expiry_date),
            surname=self.surname_mrz,
            given_names=self.given_names_mrz,
        )

    def dg13_fields(self) -> dict[int, str | tuple[str, ...]]:
        """DG13 fields by number (DOMAIN §8)."""
        fields: dict[int, str | tuple[str, ...]] = {
            1: self.id_number,
            2: self.full_name,
            3: self.date_of_birth.strftime("%d/%m/%Y"),
            4: self.sex,
            5: self.nationality,
            6: self.ethnicity,
            7: self.religion,
            8: self.place_of_origin,
            9: self.place_of_residence,
            10: self.identifying_marks,
            11: self.issue_date.strftime("%d/%m/%Y"),
            12: self.expiry_date.strftime("%d/%m/%Y"),
            13: (self.father, self.mother),
            15: self.old_id_number,
        }
        if self.spouse:
            fields[14] = (self.spouse,)
        fields.update(self.extra_fields)
        return fields


def synthetic_portrait(target_bytes: int = 12_000, width: int = 240, height: int = 320) -> bytes:
    """A drawn face (no real person) as JPEG, with texture to approach *target_bytes*."""
    rng = np.random.default_rng(20240701)
    image = np.full((height, width, 3), 235, dtype=np.uint8)
    noise = rng.normal(0, 1, (height, width, 3))
    cx, cy = width // 2, height * 9 // 20
    cv2.ellipse(image, (cx, cy), (width // 4, height // 4), 0, 0, 360, (150, 180, 215), -1)
    cv2.ellipse(image, (cx, height), (width // 2, height // 5), 0, 180, 360, (90, 60, 40), -1)
    for dx in (-width // 10, width // 10):
        cv2.circle(image, (cx + dx, cy - height // 20), max(3, width // 40), (40, 30, 30), -1)
    cv2.ellipse(
        image, (cx, cy + height // 10), (width // 12, height // 40), 0, 0, 180, (60, 60, 150), 2
    )

    def encode(sigma: float) -> bytes:
        textured = np.clip(image + noise * sigma, 0, 255).astype(np.uint8)
        ok, encoded = cv2.imencode(".jpg", textured, [cv2.IMWRITE_JPEG_QUALITY, 90])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        return bytes(np.asarray(encoded).tobytes())

    # Noise makes the JPEG larger; bisect its strength to land just under the target.
    low, high = 0.0, 64.0
    best = encode(low)
    for _ in range(12):
        middle = (low + high) / 2
        data = encode(middle)
        if len(data) <= target_bytes:
            best, low = data, middle
        else:
            high = middle
    return best


@dataclass(frozen=True, slots=True)
class CardFiles:
    """File identifier -> content of the emulated chip, and the AA private key."""

    files: dict[int, bytes]
    aa_key: rsa.RSAPrivateKey | None


def build_card_files(
    profile: CardProfile,
    pki: TestPki,
    *,
    portrait: bytes | None = None,
    with_dg15: bool = True,
    pss: bool = False,
) -> CardFiles:
    """EF.COM, DG1, DG2, DG13, DG14, DG15 and an EF.SOD signed by *pki*'s DSC."""
    image = portrait if portrait is not None else synthetic_portrait()
    decoded: Any = cv2.imdecode(np.frombuffer(image, dtype=np.uint8), cv2.IMREAD_COLOR)
    height, width = (decoded.shape[0], decoded.shape[1]) if decoded is not None else (0, 0)
    groups: dict[int, bytes] = {
        1: build_dg1(profile.td1()),
        2: build_dg2(image, width, height),
        13: build_dg13(profile.dg13_fields()),
        14: encode_tlv(0x6E, _DG14_BODY),
    }
    aa_key: rsa.RSAPrivateKey | None = None
    if with_dg15:
        aa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        groups[15] = build_dg15(aa_key.public_key())
    files = {fid_of(n): raw for n, raw in groups.items()}
    files[FID_COM] = build_ef_com(tuple(sorted(groups)))
    files[FID_SOD] = build_sod(groups, pki, pss=pss)
    return CardFiles(files, aa_key)

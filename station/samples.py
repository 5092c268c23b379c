"""A fictional, complete application for demo mode, tests and benchmarks (no real person)."""

from __future__ import annotations

import datetime as dt
import hashlib

from station.record import (
    Address,
    Applicant,
    ApplicationKind,
    ApplicationReason,
    ApplicationRecord,
    Biometrics,
    CodedValue,
    Contact,
    Family,
    FingerprintStatus,
    IntakeMeta,
    PartialDate,
    PortraitRef,
    PreviousCard,
    PreviousCardType,
    Relative,
    Sex,
)
from station.validation.context import ReferenceLookup

SAMPLE_APPLICATION_ID = "7d1c8a52-4f7e-4a0b-9a51-2f0c6f3e9b11"


def sample_record(refdata: ReferenceLookup, now: dt.datetime) -> ApplicationRecord:
    """A complete exchange application that passes validation on *now*'s date.

    The person is invented; the ID number follows the real structure (Hà Nội, female,
    born 1990) with a serial that is not a test pattern.
    """
    version = refdata.admin_units_version
    kinh = refdata.ethnicity("01")
    no_religion = refdata.religion("00")
    if kinh is None or no_religion is None:
        raise LookupError("the code lists lack Kinh (01) or no religion (00)")

    def hanoi(commune: str, detail: str) -> Address:
        return Address("01", commune, detail, version)

    applicant = Applicant(
        full_name="Nguyễn Thị Hoà",
        id_number="001190372915",
        date_of_birth=PartialDate(1990, 3, 15),
        sex=Sex.FEMALE,
        nationality="VN",
        ethnicity=CodedValue(kinh.list_id, kinh.code, kinh.name_vi),
        religion=CodedValue(no_religion.list_id, no_religion.code, no_religion.name_vi),
        occupation="Giáo viên",
        identifying_marks="Nốt ruồi cách 2 cm trên đuôi mắt trái",
        place_of_birth_registration=hanoi("00004", ""),
        place_of_origin=hanoi("00004", ""),
        permanent_residence=hanoi("00097", "Số 12 ngõ 34 phố Hàng Bạc"),
    )
    photo = b"sample portrait placeholder"
    return ApplicationRecord(
        meta=IntakeMeta(
            application_id=SAMPLE_APPLICATION_ID,
            station_code="HN0001",
            officer_id="officer-demo",
            created_at=now,
            updated_at=now,
        ),
        kind=ApplicationKind.EXCHANGE,
        reason=ApplicationReason.ADMIN_UNIT_CHANGED,
        applicant=applicant,
        family=Family(
            father=Relative("Nguyễn Văn An", "001060418273"),
            mother=Relative("Trần Thị Bình", "001162593741"),
        ),
        contact=Contact(phone="0912 468 357"),
        previous_card=PreviousCard(
            card_type=PreviousCardType.CCCD_CHIP,
            number="001190372915",
            issue_date=dt.date(2021, 4, 10),
            expiry_date=dt.date(2030, 3, 15),
            place_of_issue="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        ),
        portrait=PortraitRef(
            photo_id="photo-demo",
            sha256=hashlib.sha256(photo).hexdigest(),
            captured_at=now,
        ),
        biometrics=Biometrics(fingerprints=FingerprintStatus.CAPTURED),
    )

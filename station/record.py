"""The application record: everything the officer takes down for one card application."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Sex(StrEnum):
    """Sex as printed on the card."""

    MALE = "male"
    FEMALE = "female"


class ApplicationKind(StrEnum):
    """The procedure requested on the DC02 form."""

    FIRST_ISSUE = "first_issue"  # cấp mới
    EXCHANGE = "exchange"  # cấp đổi
    REISSUE = "reissue"  # cấp lại


class ApplicationReason(StrEnum):
    """Why the citizen came; each reason belongs to exactly one kind (see REASON_KIND)."""

    FIRST_ISSUE = "first_issue"
    AGE_MILESTONE = "age_milestone"  # 14, 25, 40 or 60 years
    WORN_CARD = "worn_card"
    DATA_CHANGED = "data_changed"  # personal data or ID number changed
    ADMIN_UNIT_CHANGED = "admin_unit_changed"
    HOLDER_REQUEST = "holder_request"
    CARD_ERROR = "card_error"  # a mistake printed on the card
    LOST_CARD = "lost_card"
    DAMAGED_CARD = "damaged_card"


REASON_KIND: dict[ApplicationReason, ApplicationKind] = {
    ApplicationReason.FIRST_ISSUE: ApplicationKind.FIRST_ISSUE,
    ApplicationReason.AGE_MILESTONE: ApplicationKind.EXCHANGE,
    ApplicationReason.WORN_CARD: ApplicationKind.EXCHANGE,
    ApplicationReason.DATA_CHANGED: ApplicationKind.EXCHANGE,
    ApplicationReason.ADMIN_UNIT_CHANGED: ApplicationKind.EXCHANGE,
    ApplicationReason.HOLDER_REQUEST: ApplicationKind.EXCHANGE,
    ApplicationReason.CARD_ERROR: ApplicationKind.EXCHANGE,
    ApplicationReason.LOST_CARD: ApplicationKind.REISSUE,
    ApplicationReason.DAMAGED_CARD: ApplicationKind.REISSUE,
}


class BloodType(StrEnum):
    """ABO/Rh blood type; recorded only when the citizen asks for it (voluntary data)."""

    O_POS = "O+"
    O_NEG = "O-"
    A_POS = "A+"
    A_NEG = "A-"
    B_POS = "B+"
    B_NEG = "B-"
    AB_POS = "AB+"
    AB_NEG = "AB-"


class PreviousCardType(StrEnum):
    """Which document the citizen held before."""

    CMND_9 = "cmnd9"  # 9-digit identity card
    CMND_12 = "cmnd12"  # 12-digit identity card (no chip)
    CCCD_BARCODE = "cccd_barcode"  # citizen identity card with barcode
    CCCD_CHIP = "cccd_chip"  # citizen identity card with chip (2021-2024)
    CAN_CUOC = "can_cuoc"  # identity card under the 2023 law (from 1 Jul 2024)


class RepresentativeRole(StrEnum):
    """How the representative is related to the applicant."""

    FATHER = "father"
    MOTHER = "mother"
    GUARDIAN = "guardian"
    OTHER = "other"


class FingerprintStatus(StrEnum):
    """Fingerprints are taken on an external device; the record says what happened."""

    CAPTURED = "captured"
    NOT_CAPTURED = "not_captured"
    EXEMPT = "exempt"  # e.g. missing fingers; the reason goes in fingerprint_note


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date that may lack its day or month: the elderly often know only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        """A complete partial date from a calendar date."""
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        """True when day, month and year are all known."""
        return self.month is not None and self.day is not None

    def is_valid(self) -> bool:
        """True when the known parts form a real calendar date (day without month is not)."""
        if not 1 <= self.year <= 9999:
            return False
        if self.month is None:
            return self.day is None
        if not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        return 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]

    def as_date(self) -> dt.date | None:
        """The calendar date when complete and valid."""
        if self.month is None or self.day is None or not self.is_valid():
            return None
        return dt.date(self.year, self.month, self.day)

    def earliest(self) -> dt.date:
        """The first day the partial date can stand for (call only when valid)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the partial date can stand for (call only when valid)."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"


@dataclass(frozen=True, slots=True)
class Address:
    """A structured address on the current two-tier list, or a legacy text as read.

    ``province_code``/``commune_code`` come from the admin-unit list whose version is
    ``code_list_version``; ``detail`` is the house number, street, hamlet. An address
    read from an old card keeps its text in ``legacy_text`` until the officer converts it.
    """

    province_code: str | None = None
    commune_code: str | None = None
    detail: str = ""
    code_list_version: str | None = None
    legacy_text: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was entered."""
        return not (self.province_code or self.commune_code or self.detail or self.legacy_text)

    @property
    def is_structured(self) -> bool:
        """True when the address is coded on an admin-unit list."""
        return self.province_code is not None


@dataclass(frozen=True, slots=True)
class CodedValue:
    """A value from a code list, stored with the list it came from and the name shown."""

    list_id: str  # e.g. "ethnicity/121-TCTK": lists order their codes differently
    code: str
    name: str  # as shown when entered, so the record stays readable if lists change


@dataclass(frozen=True, slots=True)
class Relative:
    """Father, mother or spouse: name and ID number, as on the population record."""

    full_name: str = ""
    id_number: str = ""


@dataclass(frozen=True, slots=True)
class Representative:
    """The legal representative of a minor or of someone who needs one (DC02)."""

    full_name: str = ""
    id_number: str = ""
    role: RepresentativeRole = RepresentativeRole.OTHER
    date_of_birth: PartialDate | None = None
    sex: Sex | None = None
    residence: Address = field(default_factory=Address)


@dataclass(frozen=True, slots=True)
class Contact:
    """How to reach the citizen, and where to deliver the card if not collected."""

    phone: str = ""
    email: str = ""
    delivery_address: Address | None = None


@dataclass(frozen=True, slots=True)
class PreviousCard:
    """The card or identity document the citizen held before this application."""

    card_type: PreviousCardType
    number: str
    issue_date: dt.date | None = None
    expiry_date: dt.date | None = None  # None with has_expiry False: valid for life
    has_expiry: bool = True
    place_of_issue: str = ""


@dataclass(frozen=True, slots=True)
class PortraitRef:
    """Points at the captured portrait; the image bytes are stored encrypted elsewhere."""

    photo_id: str
    sha256: str
    captured_at: dt.datetime
    acknowledged_checks: tuple[str, ...] = ()  # quality checks that failed and were accepted


@dataclass(frozen=True, slots=True)
class ChipReadRef:
    """Points at the raw chip read (DG files, SOD) kept elsewhere, and what came from it."""

    read_id: str
    sha256: str
    read_at: dt.datetime
    passive_auth: str  # outcome name from the card reader (valid, data_altered, ...)
    chip_fields: frozenset[str] = frozenset()  # record field paths filled from the chip


@dataclass(frozen=True, slots=True)
class Applicant:
    """The citizen the card is for (Law on Identification 2023, art. 9)."""

    full_name: str = ""
    other_names: str = ""
    id_number: str = ""
    old_id_number: str = ""  # 9-digit CMND, when the citizen had one
    date_of_birth: PartialDate | None = None
    sex: Sex | None = None
    nationality: str = "VN"  # ISO 3166-1 alpha-2
    ethnicity: CodedValue | None = None
    religion: CodedValue | None = None
    blood_type: BloodType | None = None
    occupation: str = ""
    identifying_marks: str = ""
    place_of_birth_registration: Address = field(default_factory=Address)
    place_of_origin: Address = field(default_factory=Address)
    permanent_residence: Address = field(default_factory=Address)
    temporary_residence: Address | None = None
    current_residence: Address | None = None  # None: same as permanent residence


@dataclass(frozen=True, slots=True)
class Family:
    """Relatives recorded on the population record."""

    father: Relative | None = None
    mother: Relative | None = None
    spouse: Relative | None = None


@dataclass(frozen=True, slots=True)
class Biometrics:
    """What was captured besides the portrait (on devices outside this application)."""

    fingerprints: FingerprintStatus = FingerprintStatus.NOT_CAPTURED
    fingerprint_note: str = ""
    iris_captured: bool = False


@dataclass(frozen=True, slots=True)
class Consent:
    """The citizen's consent for voluntary data (blood type), as the data law requires."""

    voluntary_data: bool = False
    recorded_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class IntakeMeta:
    """Who took the application, where and when; the number is given at sealing."""

    application_id: str  # UUID, stable from the first draft on
    station_code: str
    officer_id: str
    created_at: dt.datetime  # timezone-aware
    updated_at: dt.datetime
    application_number: str | None = None


@dataclass(frozen=True, slots=True)
class ApplicationRecord:
    """One application for a chip identity card, from draft to sealing."""

    meta: IntakeMeta
    kind: ApplicationKind = ApplicationKind.FIRST_ISSUE
    reason: ApplicationReason = ApplicationReason.FIRST_ISSUE
    reason_note: str = ""
    applicant: Applicant = field(default_factory=Applicant)
    representative: Representative | None = None
    family: Family = field(default_factory=Family)
    contact: Contact = field(default_factory=Contact)
    previous_card: PreviousCard | None = None
    portrait: PortraitRef | None = None
    chip_read: ChipReadRef | None = None
    biometrics: Biometrics = field(default_factory=Biometrics)
    consent: Consent = field(default_factory=Consent)

    @property
    def effective_current_residence(self) -> Address:
        """Where the citizen lives now: the current residence, else the permanent one."""
        return self.applicant.current_residence or self.applicant.permanent_residence


def age_on(date_of_birth: PartialDate, day: dt.date) -> int:
    """Completed years on *day*, counting a partial DOB from its earliest possible date.

    Using the earliest date gives the highest possible age, which is the safe side for
    rules like "a representative is required under 14" only if callers also check the
    latest date; :func:`age_range_on` gives both ends.
    """
    return _years_between(date_of_birth.earliest(), day)


def age_range_on(date_of_birth: PartialDate, day: dt.date) -> tuple[int, int]:
    """The lowest and highest age a (possibly partial) DOB allows on *day*."""
    return (
        _years_between(date_of_birth.latest(), day),
        _years_between(date_of_birth.earliest(), day),
    )


def _years_between(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years

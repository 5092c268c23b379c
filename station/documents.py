"""What the printed documents say: the appointment slip (CC02) and the intake sheet (CC01).

Qt-free: the painters in ui/printing only lay out what this module decides. The intake
sheet carries personal data: it is only ever printed or rendered to in-memory bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Protocol

from station.record import (
    Address,
    ApplicationKind,
    ApplicationReason,
    ApplicationRecord,
    FingerprintStatus,
    PartialDate,
    PreviousCardType,
    Relative,
    RepresentativeRole,
    Sex,
)
from station.refdata.model import Commune, Country, Province
from station.sealing import SealReceipt

# Law on Identification 2023 art. 26: a card is issued within 7 working days at the
# commune/provincial level (longer in remote areas: the caller can ask for more days).
DEFAULT_WORKING_DAYS = 7

# Fixed-date public holidays (Labour Code 2019 art. 112), as (month, day).
FIXED_HOLIDAYS: tuple[tuple[int, int], ...] = ((1, 1), (4, 30), (5, 1), (9, 2))
# National Day has a second day off, the day before or after 2 Sep, chosen each year by the
# Prime Minister. Both neighbours count as off: the slip may then name a day one later than
# needed, never one too early (a citizen who comes too early finds no card).
NATIONAL_DAY_NEIGHBOURS: tuple[tuple[int, int], ...] = ((9, 1), (9, 3))


def _weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


def fixed_holidays(year: int) -> frozenset[dt.date]:
    """The fixed-date days off of *year*, with the compensating days for those on a weekend.

    A holiday on a Saturday or Sunday is made up on the next working day (Labour Code 2019
    art. 111(3)). The neighbours of 2 Sep get no compensation: the government picks a
    working day for that second day off.
    """
    holidays = [dt.date(year, month, day) for month, day in FIXED_HOLIDAYS]
    off = set(holidays)
    off.update(dt.date(year, month, day) for month, day in NATIONAL_DAY_NEIGHBOURS)
    for holiday in holidays:
        if _weekend(holiday):
            substitute = holiday + dt.timedelta(days=1)
            while _weekend(substitute) or substitute in off:
                substitute += dt.timedelta(days=1)
            off.add(substitute)
    return frozenset(off)


def is_working_day(day: dt.date, extra_holidays: Collection[dt.date] = ()) -> bool:
    """True on a weekday that is not a fixed-date holiday nor one of *extra_holidays*."""
    return not _weekend(day) and day not in extra_holidays and day not in fixed_holidays(day.year)


def add_working_days(
    start: dt.date, working_days: int, extra_holidays: Collection[dt.date] = ()
) -> dt.date:
    """The day *working_days* working days after *start* (*start* itself is not counted).

    Saturdays, Sundays and the fixed-date holidays (1 Jan, 30 Apr, 1 May, 2 Sep and its
    neighbour, plus compensating days) are skipped. The lunar holidays (Tết, the Hùng Kings'
    day) cannot be computed without a lunar calendar, and the government moves working
    days around them every year: pass the announced days off as *extra_holidays*.
    """
    if working_days < 0:
        raise ValueError("working_days must not be negative")
    day = start
    counted = 0
    while counted < working_days:
        day += dt.timedelta(days=1)
        if is_working_day(day, extra_holidays):
            counted += 1
    return day


# ------------------------------------------------------------------ the appointment slip


@dataclass(frozen=True, slots=True)
class AppointmentSlip:
    """The CC02-like slip: which application, when and where to collect the card."""

    application_number: str
    sealed_at: dt.datetime
    collect_on: dt.date
    place: str
    station_name: str


def appointment_slip(
    record: ApplicationRecord,
    receipt: SealReceipt,
    station_name: str,
    place: str,
    *,
    working_days: int = DEFAULT_WORKING_DAYS,
    extra_holidays: Collection[dt.date] = (),
    tz: dt.tzinfo | None = None,
) -> AppointmentSlip:
    """The slip of a sealed application.

    The card can be collected *working_days* working days after the sealing day (see
    :func:`add_working_days`; lunar holidays only through *extra_holidays*). The sealing
    day is taken in *tz* (None: the station computer's local time zone).
    """
    if receipt.application_id != record.meta.application_id:
        raise ValueError("the receipt belongs to another application")
    sealed_day = receipt.sealed_at.astimezone(tz).date()
    return AppointmentSlip(
        application_number=receipt.application_number,
        sealed_at=receipt.sealed_at,
        collect_on=add_working_days(sealed_day, working_days, extra_holidays),
        place=place or station_name,
        station_name=station_name,
    )


# ------------------------------------------------------------------ the intake sheet


# Every coded value a sheet row can carry (the printer needs a translation for each).
VALUE_KEYS: frozenset[str] = frozenset(
    {"draft", "yes", "no", "same_as_permanent", "no_expiry", "not_taken"}
    | {f"kind.{value}" for value in ApplicationKind}
    | {f"reason.{value}" for value in ApplicationReason}
    | {f"sex.{value}" for value in Sex}
    | {f"role.{value}" for value in RepresentativeRole}
    | {f"card_type.{value}" for value in PreviousCardType}
    | {f"fingerprints.{value}" for value in FingerprintStatus}
)


class UnitNames(Protocol):
    """The names behind a record's codes (station.refdata.ReferenceData fits)."""

    def province(self, code: str) -> Province | None: ...

    def commune(self, code: str) -> Commune | None: ...

    def country(self, alpha2: str) -> Country | None: ...


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One printed line: a label key the printer translates, and the value as printed."""

    label: str  # e.g. "applicant.full_name"
    value: str = ""  # the record's own words: names, numbers, dd/mm/yyyy dates
    value_key: str = ""  # a coded value the printer translates instead, e.g. "sex.female"
    value_en: str = ""  # the English form, where the data has one (country names)

    def value_in(self, language: str) -> str:
        """The data value in *language* (coded values are the printer's to translate)."""
        return self.value_en if language == "en" and self.value_en else self.value


@dataclass(frozen=True, slots=True)
class SheetSection:
    """A titled group of rows."""

    title: str  # a key, e.g. "section.applicant"
    rows: tuple[SheetRow, ...]


def _date(value: dt.date | PartialDate | None) -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return str(value)
    return value.strftime("%d/%m/%Y")


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def address_text(address: Address | None, names: UnitNames | None) -> str:
    """An address as one printed line: detail, commune, province (codes when unnamed)."""
    if address is None or address.is_empty:
        return ""
    if not address.is_structured:
        return address.legacy_text or address.detail
    commune = names.commune(address.commune_code) if names and address.commune_code else None
    province = names.province(address.province_code or "") if names else None
    parts = [
        address.detail,
        commune.name if commune else address.commune_code or "",
        province.name if province else address.province_code or "",
    ]
    return ", ".join(part for part in parts if part)


def _coded(label: str, prefix: str, value: str | None) -> SheetRow:
    return SheetRow(label, value_key=f"{prefix}.{value}" if value else "")


def _flag(label: str, flag: bool) -> SheetRow:
    return SheetRow(label, value_key="yes" if flag else "no")


def _relative(label: str, relative: Relative | None) -> Iterator[SheetRow]:
    yield SheetRow(label, relative.full_name.upper() if relative else "")
    yield SheetRow(label + "_id", relative.id_number if relative else "")


@dataclass(frozen=True, slots=True)
class IntakeSheet:
    """The CC01-like intake sheet the citizen checks and signs: every field of the record."""

    record: ApplicationRecord
    portrait_jpeg: bytes | None
    station_name: str
    printed_at: dt.datetime
    names: UnitNames | None = None  # to print unit and country names instead of codes

    @property
    def application_number(self) -> str | None:
        """The number once sealed; None on a draft (the sheet then says "draft")."""
        return self.record.meta.application_number

    def sections(self) -> tuple[SheetSection, ...]:
        """The printable rows, grouped; optional groups appear only when filled."""
        record = self.record
        sections = [
            SheetSection("section.application", tuple(self._application_rows())),
            SheetSection("section.applicant", tuple(self._applicant_rows())),
            SheetSection(
                "section.family",
                (
                    *_relative("family.father", record.family.father),
                    *_relative("family.mother", record.family.mother),
                    *_relative("family.spouse", record.family.spouse),
                ),
            ),
        ]
        if record.representative is not None:
            sections.append(SheetSection("section.representative", self._representative_rows()))
        contact = record.contact
        sections.append(
            SheetSection(
                "section.contact",
                (
                    SheetRow("contact.phone", contact.phone),
                    SheetRow("contact.email", contact.email),
                    SheetRow(
                        "contact.delivery_address",
                        address_text(contact.delivery_address, self.names),
                    ),
                ),
            )
        )
        if record.previous_card is not None:
            sections.append(SheetSection("section.previous_card", self._previous_card_rows()))
        sections.append(SheetSection("section.biometrics", tuple(self._biometric_rows())))
        return tuple(sections)

    def _application_rows(self) -> Iterator[SheetRow]:
        record = self.record
        number = self.application_number
        yield SheetRow("application.number", number or "", "" if number else "draft")
        yield _coded("application.kind", "kind", record.kind.value)
        yield _coded("application.reason", "reason", record.reason.value)
        if record.reason_note:
            yield SheetRow("application.reason_note", record.reason_note)
        yield SheetRow("application.station", self.station_name)
        yield SheetRow("application.created_at", _local(record.meta.created_at))

    def _applicant_rows(self) -> Iterator[SheetRow]:
        applicant = self.record.applicant
        names = self.names
        yield SheetRow("applicant.full_name", applicant.full_name.upper())
        yield SheetRow("applicant.other_names", applicant.other_names)
        yield SheetRow("applicant.id_number", applicant.id_number)
        yield SheetRow("applicant.old_id_number", applicant.old_id_number)
        yield SheetRow("applicant.date_of_birth", _date(applicant.date_of_birth))
        yield _coded("applicant.sex", "sex", applicant.sex.value if applicant.sex else None)
        country = names.country(applicant.nationality) if names else None
        yield SheetRow(
            "applicant.nationality",
            country.name_vi if country else applicant.nationality,
            value_en=country.name_en if country else "",
        )
        yield SheetRow(
            "applicant.ethnicity", applicant.ethnicity.name if applicant.ethnicity else ""
        )
        yield SheetRow("applicant.religion", applicant.religion.name if applicant.religion else "")
        yield SheetRow(
            "applicant.blood_type", applicant.blood_type.value if applicant.blood_type else ""
        )
        yield SheetRow("applicant.occupation", applicant.occupation)
        yield SheetRow("applicant.identifying_marks", applicant.identifying_marks)
        for label, address in (
            ("applicant.place_of_birth_registration", applicant.place_of_birth_registration),
            ("applicant.place_of_origin", applicant.place_of_origin),
            ("applicant.permanent_residence", applicant.permanent_residence),
            ("applicant.temporary_residence", applicant.temporary_residence),
        ):
            yield SheetRow(label, address_text(address, names))
        if applicant.current_residence is None:
            yield SheetRow("applicant.current_residence", value_key="same_as_permanent")
        else:
            yield SheetRow(
                "applicant.current_residence", address_text(applicant.current_residence, names)
            )

    def _representative_rows(self) -> tuple[SheetRow, ...]:
        rep = self.record.representative
        assert rep is not None
        return (
            SheetRow("representative.full_name", rep.full_name.upper()),
            SheetRow("representative.id_number", rep.id_number),
            _coded("representative.role", "role", rep.role.value),
            SheetRow("representative.date_of_birth", _date(rep.date_of_birth)),
            _coded("representative.sex", "sex", rep.sex.value if rep.sex else None),
            SheetRow("representative.residence", address_text(rep.residence, self.names)),
        )

    def _previous_card_rows(self) -> tuple[SheetRow, ...]:
        card = self.record.previous_card
        assert card is not None
        if card.has_expiry:
            expiry = SheetRow("previous_card.expiry_date", _date(card.expiry_date))
        else:
            expiry = SheetRow("previous_card.expiry_date", value_key="no_expiry")
        return (
            _coded("previous_card.type", "card_type", card.card_type.value),
            SheetRow("previous_card.number", card.number),
            SheetRow("previous_card.issue_date", _date(card.issue_date)),
            expiry,
            SheetRow("previous_card.place_of_issue", card.place_of_issue),
        )

    def _biometric_rows(self) -> Iterator[SheetRow]:
        record = self.record
        biometrics = record.biometrics
        yield _coded("biometrics.fingerprints", "fingerprints", biometrics.fingerprints.value)
        if biometrics.fingerprint_note:
            yield SheetRow("biometrics.fingerprint_note", biometrics.fingerprint_note)
        yield _flag("biometrics.iris", biometrics.iris_captured)
        if record.portrait is None:
            yield SheetRow("biometrics.portrait", value_key="not_taken")
        else:
            yield SheetRow("biometrics.portrait", _local(record.portrait.captured_at))
        yield _flag("biometrics.chip_read", record.chip_read is not None)
        yield _flag("consent.voluntary_data", record.consent.voluntary_data)


def intake_sheet(
    record: ApplicationRecord,
    portrait_jpeg: bytes | None,
    station_name: str,
    printed_at: dt.datetime,
    names: UnitNames | None = None,
) -> IntakeSheet:
    """The intake sheet of *record* (a draft prints as "draft", a sealed one with its number)."""
    return IntakeSheet(record, portrait_jpeg, station_name, printed_at, names)

"""Rules for personal ID numbers: structure, decoding and cross-checks with the record."""

from __future__ import annotations

from collections.abc import Iterator

from station.idnumber import (
    OLD_ID_NUMBER_LENGTH,
    decode_id_number,
    is_well_formed,
    looks_fabricated,
)
from station.record import Address, ApplicationRecord, PartialDate, Sex
from station.validation.context import ValidationContext
from station.validation.findings import Bilingual, Finding, finding

SEX_NAMES = {Sex.MALE: Bilingual("Nam", "male"), Sex.FEMALE: Bilingual("Nữ", "female")}


def check_id_number(
    value: str,
    field: str,
    ctx: ValidationContext,
    *,
    required: bool,
    date_of_birth: PartialDate | None = None,
    sex: Sex | None = None,
    birth_place: Address | None = None,
) -> Iterator[Finding]:
    """Check one ID number; cross-check with DOB, sex and birth place when given."""
    if not value:
        if required:
            yield finding("id_number.missing", field)
        return
    if not is_well_formed(value):
        yield finding("id_number.format", field, length=len(value))
        return
    if len(set(value)) == 1:
        yield finding("id_number.repeated_digits", field)
        return
    decoded = decode_id_number(value)
    assert decoded is not None
    if decoded.registered_abroad:
        yield finding("id_number.registered_abroad", field, prefix=decoded.prefix)
    else:
        legacy = ctx.refdata.legacy_province_for_id_prefix(decoded.prefix)
        if legacy is None:
            yield finding("id_number.province_unknown", field, prefix=decoded.prefix)
        elif (
            birth_place is not None
            and birth_place.province_code is not None
            and legacy.successor_code != birth_place.province_code
        ):
            yield finding(
                "id_number.birth_place_mismatch",
                field,
                prefix=decoded.prefix,
                province=legacy.short_name,
            )
    if decoded.birth_year is None:
        yield finding("id_number.century_invalid", field, digit=decoded.century_sex_digit)
        return
    if looks_fabricated(value):
        yield finding("id_number.suspicious_serial", field, serial=decoded.serial)
    if (
        date_of_birth is not None
        and 1900 <= date_of_birth.year <= 2199
        and decoded.birth_year != date_of_birth.year
    ):
        yield finding(
            "id_number.year_mismatch",
            field,
            id_year=decoded.birth_year,
            dob_year=date_of_birth.year,
        )
    if sex is not None and decoded.sex is not None and decoded.sex is not sex:
        yield finding(
            "id_number.sex_mismatch",
            field,
            id_sex=SEX_NAMES[decoded.sex],
            record_sex=SEX_NAMES[sex],
        )


def check_identity_numbers(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """The applicant's numbers, and those of relatives and the representative."""
    applicant = record.applicant
    yield from check_id_number(
        applicant.id_number,
        "applicant.id_number",
        ctx,
        required=True,
        date_of_birth=applicant.date_of_birth,
        sex=applicant.sex,
        birth_place=applicant.place_of_birth_registration,
    )
    old = applicant.old_id_number
    if old and not (len(old) == OLD_ID_NUMBER_LENGTH and old.isascii() and old.isdigit()):
        yield finding("old_id_number.format", "applicant.old_id_number")

    others = [
        ("family.father", record.family.father),
        ("family.mother", record.family.mother),
        ("family.spouse", record.family.spouse),
        ("representative", record.representative),
    ]
    for path, person in others:
        if person is None:
            continue
        field = f"{path}.id_number"
        yield from check_id_number(person.id_number, field, ctx, required=False)
        if person.id_number and person.id_number == applicant.id_number:
            yield finding("id_number.same_as_applicant", field)
        if person.id_number and not person.full_name:
            yield finding("relative.name_missing", f"{path}.full_name")

"""Rules for addresses: current admin units, code-list version, legacy text."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

from station.record import Address, ApplicationRecord
from station.validation.context import ValidationContext
from station.validation.findings import Finding, finding
from station.validation.rules_text import check_text


class AddressUse(Enum):
    """How strict an address field is: residences must be coded down to the commune."""

    RESIDENCE = "residence"
    BIRTH_REGISTRATION = "birth_registration"
    ORIGIN = "origin"


def check_address(
    address: Address | None, field: str, ctx: ValidationContext, use: AddressUse, *, required: bool
) -> Iterator[Finding]:
    """One address against the current admin-unit list."""
    if address is None or address.is_empty:
        if required:
            code = "address.origin_missing" if use is AddressUse.ORIGIN else "address.missing"
            yield finding(code, field)
        return
    yield from check_text(address.detail, f"{field}.detail", ctx)
    if not address.is_structured:
        code = "address.legacy_origin" if use is AddressUse.ORIGIN else "address.legacy_unconverted"
        yield finding(code, field)
        return
    refdata = ctx.refdata
    assert address.province_code is not None
    province = refdata.province(address.province_code)
    if province is None:
        yield finding(
            "address.province_unknown", f"{field}.province_code", code=address.province_code
        )
        return
    if address.commune_code is None:
        if use is AddressUse.RESIDENCE:
            yield finding("address.commune_missing", f"{field}.commune_code")
    else:
        commune = refdata.commune(address.commune_code)
        if commune is None:
            yield finding(
                "address.commune_unknown", f"{field}.commune_code", code=address.commune_code
            )
            return
        if commune.province_code != province.code:
            yield finding(
                "address.commune_province_mismatch", f"{field}.commune_code", commune=commune.name
            )
            return
    current = refdata.admin_units_version
    if address.code_list_version != current:
        yield finding(
            "address.old_code_list",
            f"{field}.code_list_version",
            version=address.code_list_version or "?",
            current=current,
        )


def check_addresses(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """Every address of the record, each with the strictness its use calls for."""
    applicant = record.applicant
    residence = AddressUse.RESIDENCE
    checks: list[tuple[Address | None, str, AddressUse, bool]] = [
        (applicant.permanent_residence, "applicant.permanent_residence", residence, True),
        (applicant.temporary_residence, "applicant.temporary_residence", residence, False),
        (applicant.current_residence, "applicant.current_residence", residence, False),
        (
            applicant.place_of_birth_registration,
            "applicant.place_of_birth_registration",
            AddressUse.BIRTH_REGISTRATION,
            True,
        ),
        (applicant.place_of_origin, "applicant.place_of_origin", AddressUse.ORIGIN, True),
        (record.contact.delivery_address, "contact.delivery_address", residence, False),
    ]
    if record.representative is not None:
        checks.append(
            (record.representative.residence, "representative.residence", residence, False)
        )
    for address, field, use, required in checks:
        yield from check_address(address, field, ctx, use, required=required)

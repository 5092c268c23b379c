"""Chip data onto the application record, marking every field that came from the chip.

DG13 carries the data with diacritics; DG1 (MRZ) is the fallback for what DG13 lacks.
Addresses on the chip are free text of the old three-tier units: they go into
Address.legacy_text, and a conversion to the current units is only *offered*.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from devices.card.dg13 import DEFAULT_FIELD_NAMES
from devices.card.mrz import parse_yymmdd
from devices.card.read import ChipRead
from station.idnumber import decode_id_number, is_well_formed
from station.record import (
    Address,
    Applicant,
    ApplicationRecord,
    ChipReadRef,
    CodedValue,
    Family,
    PartialDate,
    PreviousCard,
    PreviousCardType,
    Relative,
    Sex,
)
from station.refdata import CodeEntry, LegacyConversion
from station.text import clean_text, search_key

CAN_CUOC_FROM = dt.date(2024, 7, 1)  # cards issued from then on are "thẻ căn cước"
_VIETNAM_NAMES = frozenset({"viet nam", "vietnam", "vnm", "vn"})


class CodeLists(Protocol):
    """The code lists the mapping matches chip names against (ReferenceData fits)."""

    def ethnicities(self) -> Sequence[CodeEntry]: ...

    def religions(self) -> Sequence[CodeEntry]: ...


@dataclass(frozen=True, slots=True)
class ChipMapping:
    """What the chip gives the record, and what the officer must still look at."""

    applicant: Applicant
    family: Family
    previous_card: PreviousCard | None
    chip_read: ChipReadRef
    unmatched: tuple[str, ...]  # record paths whose chip text matched no code or date
    warnings: tuple[str, ...]  # codes such as "mrz_dg13_id_mismatch" (no personal data)
    address_conversions: MappingProxyType[str, LegacyConversion]

    def __repr__(self) -> str:
        return f"ChipMapping(fields={sorted(self.chip_read.chip_fields)})"


def parse_chip_date(text: str) -> PartialDate | None:
    """dd/mm/yyyy as DG13 writes it; 00 or blank day/month (elderly citizens) are partial."""
    parts = [p.strip() for p in clean_text(text).replace("-", "/").split("/")]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4:
        return PartialDate(int(parts[0]))
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    day = int(parts[0]) if parts[0].isdigit() else 0
    month = int(parts[1]) if parts[1].isdigit() else 0
    date = PartialDate(int(parts[2]), month or None, (day or None) if month else None)
    return date if date.is_valid() else None


def _match_code(entries: Sequence[CodeEntry], text: str) -> CodedValue | None:
    wanted = search_key(text)
    for entry in entries:
        if search_key(entry.name_vi) == wanted or search_key(entry.name_en) == wanted:
            return CodedValue(entry.list_id, entry.code, entry.name_vi)
    return None


def _sex(text: str, mrz_sex: str) -> Sex | None:
    key = search_key(text)
    if key == "nam":
        return Sex.MALE
    if key == "nu":
        return Sex.FEMALE
    return {"M": Sex.MALE, "F": Sex.FEMALE}.get(mrz_sex)


def _mrz_birth(read: ChipRead, id_number: str) -> PartialDate | None:
    decoded = decode_id_number(id_number)
    birth = parse_yymmdd(read.mrz.birth_yymmdd, pivot=None, future=False)
    if birth is None:
        return None
    if decoded is not None and decoded.birth_year is not None:
        # The ID number fixes the century the two-digit MRZ year leaves open.
        try:
            birth = birth.replace(year=decoded.birth_year)
        except ValueError:
            return None
    return PartialDate.of(birth)


class _Builder:
    """Collects values and the record paths they were written to."""

    def __init__(self, read: ChipRead, names: Mapping[int, str]) -> None:
        self.read = read
        self.number = {name: number for number, name in names.items()}
        self.fields: set[str] = set()
        self.unmatched: list[str] = []

    def text(self, name: str) -> str:
        number = self.number.get(name)
        return self.read.dg13.text(number) if number is not None else ""

    def values(self, name: str) -> tuple[str, ...]:
        number = self.number.get(name)
        return self.read.dg13.values(number) if number is not None else ()

    def mark(self, path: str, present: bool) -> bool:
        if present:
            self.fields.add(path)
        return present


def map_chip_read(
    read: ChipRead,
    base: Applicant | None = None,
    *,
    codes: CodeLists | None = None,
    convert_address: Callable[[str], LegacyConversion] | None = None,
    field_names: Mapping[int, str] = DEFAULT_FIELD_NAMES,
    read_id: str | None = None,
) -> ChipMapping:
    """Map *read* onto *base* (or an empty applicant); nothing is invented."""
    b = _Builder(read, field_names)
    applicant = base or Applicant()
    warnings: list[str] = []
    id_number = b.text("id_number") or read.mrz.id_number or ""
    if read.mrz.id_number and b.text("id_number") and read.mrz.id_number != b.text("id_number"):
        warnings.append("mrz_dg13_id_mismatch")
    if read.mrz.check_failures:
        warnings.append("mrz_check_digits")
    changes: dict[str, object] = {}
    if b.mark("applicant.id_number", is_well_formed(id_number)):
        changes["id_number"] = id_number
    name = b.text("full_name") or read.mrz.name
    if b.mark("applicant.full_name", bool(name)):
        changes["full_name"] = name
    birth = parse_chip_date(b.text("date_of_birth")) or _mrz_birth(read, id_number)
    if b.mark("applicant.date_of_birth", birth is not None):
        changes["date_of_birth"] = birth
    elif b.text("date_of_birth"):
        b.unmatched.append("applicant.date_of_birth")
    sex = _sex(b.text("sex"), read.mrz.sex)
    if b.mark("applicant.sex", sex is not None):
        changes["sex"] = sex
    nationality = b.text("nationality") or read.mrz.nationality
    if search_key(nationality) in _VIETNAM_NAMES:
        b.mark("applicant.nationality", True)
        changes["nationality"] = "VN"
    elif nationality:
        b.unmatched.append("applicant.nationality")
    for attr, lister in (("ethnicity", "ethnicities"), ("religion", "religions")):
        text = b.text(attr)
        if not text:
            continue
        coded = _match_code(getattr(codes, lister)(), text) if codes is not None else None
        if b.mark(f"applicant.{attr}", coded is not None):
            changes[attr] = coded
        else:
            b.unmatched.append(f"applicant.{attr}")
    marks = b.text("identifying_marks")
    if b.mark("applicant.identifying_marks", bool(marks)):
        changes["identifying_marks"] = marks
    old = b.text("old_id_number").replace(" ", "")
    if b.mark("applicant.old_id_number", old.isdigit()):
        changes["old_id_number"] = old
    conversions: dict[str, LegacyConversion] = {}
    for attr, name_key in (
        ("place_of_origin", "place_of_origin"),
        ("permanent_residence", "place_of_residence"),
    ):
        text = b.text(name_key)
        if b.mark(f"applicant.{attr}", bool(text)):
            changes[attr] = Address(legacy_text=text)
            if convert_address is not None:
                conversions[f"applicant.{attr}"] = convert_address(text)
    family = _family(b)
    previous = _previous_card(b, read, id_number)
    ref = ChipReadRef(
        read_id=read_id or uuid.uuid4().hex,
        sha256=read.sha256(),
        read_at=read.read_at,
        passive_auth=read.passive_auth.outcome.value,
        chip_fields=frozenset(b.fields),
    )
    return ChipMapping(
        applicant=dataclasses.replace(applicant, **changes),  # type: ignore[arg-type]
        family=family,
        previous_card=previous,
        chip_read=ref,
        unmatched=tuple(b.unmatched),
        warnings=tuple(warnings),
        address_conversions=MappingProxyType(conversions),
    )


def _family(b: _Builder) -> Family:
    parents = b.values("parents")
    spouse = b.values("spouse")
    father = parents[0] if len(parents) > 0 and parents[0] else ""
    mother = parents[1] if len(parents) > 1 and parents[1] else ""
    partner = spouse[0] if spouse and spouse[0] else ""
    b.mark("family.father.full_name", bool(father))
    b.mark("family.mother.full_name", bool(mother))
    b.mark("family.spouse.full_name", bool(partner))
    return Family(
        father=Relative(full_name=father) if father else None,
        mother=Relative(full_name=mother) if mother else None,
        spouse=Relative(full_name=partner) if partner else None,
    )


def _previous_card(b: _Builder, read: ChipRead, id_number: str) -> PreviousCard | None:
    """The card just read is the citizen's previous card for this application."""
    if not is_well_formed(id_number):
        return None
    issued = parse_chip_date(b.text("issue_date"))
    issue_date = issued.as_date() if issued else None
    expiry_text = b.text("expiry_date")
    expiry = parse_chip_date(expiry_text)
    expiry_date = expiry.as_date() if expiry else None
    if expiry_date is None and not expiry_text:
        expiry_date = parse_yymmdd(read.mrz.expiry_yymmdd, pivot=None, future=True)
    # A text that is no date (e.g. "Không thời hạn") means valid for life.
    has_expiry = expiry_date is not None or not expiry_text
    kind = (
        PreviousCardType.CAN_CUOC
        if issue_date is not None and issue_date >= CAN_CUOC_FROM
        else PreviousCardType.CCCD_CHIP
    )
    b.mark("previous_card", True)
    return PreviousCard(
        card_type=kind,
        number=id_number,
        issue_date=issue_date,
        expiry_date=expiry_date,
        has_expiry=has_expiry,
    )


def _merge(existing: Relative | None, chip: Relative | None) -> Relative | None:
    """The chip gives only names: keep an ID number the officer already typed."""
    if chip is None:
        return existing
    if existing is None:
        return chip
    return dataclasses.replace(existing, full_name=chip.full_name)


def apply_to_record(record: ApplicationRecord, mapping: ChipMapping) -> ApplicationRecord:
    """The record with the chip's applicant, family and previous card, and the read ref."""
    family = Family(
        father=_merge(record.family.father, mapping.family.father),
        mother=_merge(record.family.mother, mapping.family.mother),
        spouse=_merge(record.family.spouse, mapping.family.spouse),
    )
    return dataclasses.replace(
        record,
        applicant=mapping.applicant,
        family=family,
        previous_card=mapping.previous_card or record.previous_card,
        chip_read=mapping.chip_read,
    )

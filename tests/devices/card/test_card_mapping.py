"""Chip data onto the application record, with the fields from the chip marked."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from devices.card.emulator import CccdEmulator
from devices.card.emulator_files import CardProfile, build_card_files
from devices.card.emulator_pki import TestPki
from devices.card.mapping import apply_to_record, map_chip_read, parse_chip_date
from devices.card.read import ChipRead, read_chip
from devices.card.simulated import SimulatedBackend
from devices.card.trust_store import CscaTrustStore
from station.record import (
    Address,
    ApplicationRecord,
    Family,
    IntakeMeta,
    PartialDate,
    PreviousCardType,
    Relative,
    Sex,
)
from station.refdata import ConversionStatus, ReferenceData, load_reference_data


@pytest.fixture(scope="module")
def refdata() -> ReferenceData:
    return load_reference_data()


def chip_read(pki: TestPki, profile: CardProfile, trust: CscaTrustStore | None = None) -> ChipRead:
    backend = SimulatedBackend()
    files = build_card_files(profile, pki, with_dg15=False)
    backend.insert_card(CccdEmulator.for_card(files, profile.access_key))
    transport = backend.connect(backend.reader, 1.0)
    try:
        return read_chip(transport, profile.access_key, trust_store=trust)
    finally:
        transport.close()


@pytest.fixture(scope="module")
def default_read(pki: TestPki, profile: CardProfile, trust: CscaTrustStore) -> ChipRead:
    return chip_read(pki, profile, trust)


def test_every_chip_field_lands_in_the_record(
    default_read: ChipRead, profile: CardProfile, refdata: ReferenceData
) -> None:
    mapping = map_chip_read(
        default_read, codes=refdata, convert_address=refdata.convert_legacy_address
    )
    a = mapping.applicant
    assert a.full_name == "Trần Văn Bình" and a.id_number == profile.id_number
    assert a.date_of_birth == PartialDate(1985, 6, 14) and a.sex is Sex.MALE
    assert a.nationality == "VN"
    assert a.ethnicity is not None and (a.ethnicity.code, a.ethnicity.name) == ("01", "Kinh")
    assert a.religion is not None and a.religion.code == "00"
    assert a.place_of_origin == Address(legacy_text=profile.place_of_origin)
    assert a.permanent_residence == Address(legacy_text=profile.place_of_residence)
    assert a.identifying_marks == profile.identifying_marks
    assert a.old_id_number == profile.old_id_number
    assert mapping.family.father == Relative(full_name=profile.father)
    assert mapping.family.mother == Relative(full_name=profile.mother)
    assert mapping.family.spouse == Relative(full_name=profile.spouse)
    card = mapping.previous_card
    assert card is not None and card.card_type is PreviousCardType.CCCD_CHIP
    assert (card.number, card.issue_date, card.expiry_date, card.has_expiry) == (
        profile.id_number,
        dt.date(2021, 5, 10),
        dt.date(2025, 6, 14),
        True,
    )
    ref = mapping.chip_read
    assert ref.passive_auth == "valid" and ref.sha256 == default_read.sha256()
    assert ref.chip_fields == {
        "applicant.id_number",
        "applicant.full_name",
        "applicant.date_of_birth",
        "applicant.sex",
        "applicant.nationality",
        "applicant.ethnicity",
        "applicant.religion",
        "applicant.identifying_marks",
        "applicant.old_id_number",
        "applicant.place_of_origin",
        "applicant.permanent_residence",
        "family.father.full_name",
        "family.mother.full_name",
        "family.spouse.full_name",
        "previous_card",
    }
    assert mapping.unmatched == () and mapping.warnings == ()
    origin = mapping.address_conversions["applicant.place_of_origin"]
    assert origin.status is ConversionStatus.EXACT  # offered, not applied
    assert "Bình" not in repr(mapping)


def test_without_code_lists_the_codes_are_left_to_the_officer(default_read: ChipRead) -> None:
    mapping = map_chip_read(default_read, read_id="r1")
    assert mapping.applicant.ethnicity is None
    assert mapping.unmatched == ("applicant.ethnicity", "applicant.religion")
    assert "applicant.ethnicity" not in mapping.chip_read.chip_fields
    assert mapping.chip_read.read_id == "r1"
    assert mapping.address_conversions == {}


def test_sparse_dg13_falls_back_to_the_mrz(pki: TestPki, refdata: ReferenceData) -> None:
    sparse = dataclasses.replace(
        CardProfile(),
        full_name="",
        extra_fields={1: "", 3: "", 4: "", 5: "Lào", 6: "Không rõ", 12: "Không thời hạn"},
        spouse="",
        father="",
        old_id_number="",
    )
    mapping = map_chip_read(chip_read(pki, sparse), codes=refdata)
    a = mapping.applicant
    assert a.id_number == sparse.id_number  # from the MRZ optional data
    assert a.full_name == "TRAN VAN BINH"  # MRZ name, without diacritics
    assert a.date_of_birth == PartialDate(1985, 6, 14)  # century from the ID number
    assert a.sex is Sex.MALE
    assert set(mapping.unmatched) == {"applicant.nationality", "applicant.ethnicity"}
    assert mapping.family.father is None and mapping.family.spouse is None
    assert mapping.family.mother == Relative(full_name=sparse.mother)
    card = mapping.previous_card
    assert card is not None and card.expiry_date is None and not card.has_expiry


def test_mismatching_id_numbers_are_flagged(pki: TestPki) -> None:
    odd = dataclasses.replace(CardProfile(), extra_fields={1: "079085631743"})
    mapping = map_chip_read(chip_read(pki, odd))
    assert mapping.warnings == ("mrz_dg13_id_mismatch",)


def test_card_issued_under_the_2023_law(pki: TestPki) -> None:
    new = dataclasses.replace(CardProfile(), issue_date=dt.date(2024, 8, 1))
    card = map_chip_read(chip_read(pki, new)).previous_card
    assert card is not None and card.card_type is PreviousCardType.CAN_CUOC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/06/1985", PartialDate(1985, 6, 14)),
        ("14-06-1985", PartialDate(1985, 6, 14)),
        ("00/00/1950", PartialDate(1950)),
        ("00/03/1950", PartialDate(1950, 3)),
        ("1950", PartialDate(1950)),
        ("31/02/1985", None),
        ("", None),
        ("ngày 14", None),
    ],
)
def test_parse_chip_date(text: str, expected: PartialDate | None) -> None:
    assert parse_chip_date(text) == expected


def test_apply_keeps_typed_relative_ids_and_the_rest(default_read: ChipRead) -> None:
    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    record = ApplicationRecord(
        meta=IntakeMeta("app-1", "ST01", "officer-1", now, now),
        family=Family(father=Relative("Old", "079055000111")),
        reason_note="kept",
    )
    updated = apply_to_record(record, map_chip_read(default_read))
    assert updated.family.father == Relative(CardProfile().father, "079055000111")
    assert updated.family.mother == Relative(CardProfile().mother)
    assert updated.reason_note == "kept" and updated.meta == record.meta
    assert updated.chip_read is not None and updated.previous_card is not None

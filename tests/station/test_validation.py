"""Validation rules: each rule on a record that is otherwise complete and valid."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from typing import Any

import pytest

from station.record import (
    Address,
    ApplicationKind,
    ApplicationReason,
    ApplicationRecord,
    BloodType,
    CodedValue,
    Consent,
    FingerprintStatus,
    PartialDate,
    PreviousCard,
    PreviousCardType,
    Relative,
    Representative,
    Sex,
)
from station.validation import MESSAGES, Finding, Severity, ValidationContext, blocking, validate


def applicant(record: ApplicationRecord, **changes: Any) -> ApplicationRecord:
    return dataclasses.replace(record, applicant=dataclasses.replace(record.applicant, **changes))


def codes(findings: list[Finding]) -> dict[str, Severity]:
    return {f.code: f.severity for f in findings}


def test_the_sample_record_is_clean(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    assert validate(sample, ctx) == []


def test_every_finding_has_both_languages_and_a_field(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    record = applicant(sample, id_number="abc", full_name="", date_of_birth=None, sex=None)
    findings = validate(record, ctx)
    assert {"id_number.format", "name.missing", "dob.missing", "sex.missing"} <= set(
        codes(findings)
    )
    for f in findings:
        assert f.field
        assert f.message("vi") != f.message("en")
        assert f.code in MESSAGES
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda s: s is not Severity.ERROR)


def test_catalogue_messages_format_without_leftover_braces() -> None:
    for code, (severity, vi, en) in MESSAGES.items():
        assert severity in ("error", "warning"), code
        assert vi.count("{") == vi.count("}") and en.count("{") == en.count("}"), code


# --- ID number ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "code", "severity"),
    [
        ("", "id_number.missing", Severity.ERROR),
        ("00119037291", "id_number.format", Severity.ERROR),
        ("001 190 372 915", "id_number.format", Severity.ERROR),
        ("0011903729１5", "id_number.format", Severity.ERROR),
        ("001790372915", "id_number.century_invalid", Severity.ERROR),
        ("003190372915", "id_number.province_unknown", Severity.ERROR),
        ("000190372915", "id_number.province_unknown", Severity.ERROR),
        ("101190372915", "id_number.registered_abroad", Severity.WARNING),
        ("001191372915", "id_number.year_mismatch", Severity.WARNING),
        ("001390372915", "id_number.year_mismatch", Severity.WARNING),
        ("001090372915", "id_number.sex_mismatch", Severity.WARNING),
        ("079190372915", "id_number.birth_place_mismatch", Severity.WARNING),
        ("111111111111", "id_number.repeated_digits", Severity.ERROR),
        ("001190123456", "id_number.suspicious_serial", Severity.WARNING),
    ],
)
def test_applicant_id_number(
    sample: ApplicationRecord, ctx: ValidationContext, number: str, code: str, severity: Severity
) -> None:
    # Keep the previous card out of the way: its number would differ too.
    record = dataclasses.replace(applicant(sample, id_number=number), previous_card=None)
    record = dataclasses.replace(record, kind=ApplicationKind.FIRST_ISSUE)
    record = dataclasses.replace(record, reason=ApplicationReason.FIRST_ISSUE)
    found = codes(validate(record, ctx))
    assert found.get(code) is severity, found


def test_sex_mismatch_message_names_both_sexes(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    record = applicant(sample, sex=Sex.MALE)
    (f,) = [f for f in validate(record, ctx) if f.code == "id_number.sex_mismatch"]
    assert "Nữ" in f.message_vi and "Nam" in f.message_vi
    assert "female" in f.message_en and "male" in f.message_en


def test_province_prefix_decodes_with_the_frozen_table(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    # 002 (Hà Giang) merged into Tuyên Quang (08); the birth place says Hà Nội (01).
    record = applicant(sample, id_number="002190372915")
    (f,) = [f for f in validate(record, ctx) if f.code == "id_number.birth_place_mismatch"]
    assert "Hà Giang" in f.message_vi


def test_old_cmnd_number(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    assert validate(applicant(sample, old_id_number="012345678"), ctx) == []
    found = codes(validate(applicant(sample, old_id_number="12345678"), ctx))
    assert found["old_id_number.format"] is Severity.ERROR


def test_relatives_numbers_follow_the_same_rules(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    family = dataclasses.replace(
        sample.family,
        father=Relative("Nguyễn Văn An", "00106041827"),
        mother=Relative("", "001162593741"),
        spouse=Relative("Lê Văn Cường", sample.applicant.id_number),
    )
    findings = validate(dataclasses.replace(sample, family=family), ctx)
    by_field = {(f.field, f.code) for f in findings}
    assert ("family.father.id_number", "id_number.format") in by_field
    assert ("family.mother.full_name", "relative.name_missing") in by_field
    assert ("family.spouse.id_number", "id_number.same_as_applicant") in by_field


def test_relatives_without_numbers_are_fine(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    family = dataclasses.replace(sample.family, father=Relative("Nguyễn Văn An", ""))
    assert validate(dataclasses.replace(sample, family=family), ctx) == []


# --- Names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Hoà", "Nguyễn Thị Hòa", "H'Hen Niê", "Lò Văn Páo", "Nguyễn Văn A", "Ksor Y-Đức"],
)
def test_good_names(sample: ApplicationRecord, ctx: ValidationContext, name: str) -> None:
    record = applicant(sample, full_name=name)
    assert [f for f in validate(record, ctx) if f.field == "applicant.full_name"] == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "name.missing"),
        (unicodedata.normalize("NFD", "Nguyễn Thị Hoà"), "name.not_normalized"),
        ("Nguyễn  Thị Hoà", "name.not_normalized"),
        (" Nguyễn Thị Hoà", "name.not_normalized"),
        ("Nguyễn Thị Hoà2", "name.invalid_characters"),
        ("Nguyễn Thị Hoà!", "name.invalid_characters"),
        ("Nguyễn Thị Hoà\u200b", "name.invalid_characters"),
        ("Нгуен Тхи", "name.invalid_characters"),
        ("Nguyễn " + "A" * 100, "name.too_long"),
        ("A", "name.too_short"),
        ("Hoà", "name.single_word"),
    ],
)
def test_bad_names(sample: ApplicationRecord, ctx: ValidationContext, name: str, code: str) -> None:
    found = codes(validate(applicant(sample, full_name=name), ctx))
    assert code in found, found


def test_invalid_characters_are_shown(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    record = applicant(sample, full_name="Nguyễn Thị\u200bHoà")
    (f,) = [f for f in validate(record, ctx) if f.code == "name.invalid_characters"]
    assert "U+200B" in f.message_en


def test_free_text_rules(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    findings = validate(applicant(sample, occupation="x" * 201, identifying_marks="Sẹo\x07"), ctx)
    by_field = {(f.field, f.code) for f in findings}
    assert ("applicant.occupation", "text.too_long") in by_field
    assert ("applicant.identifying_marks", "text.control_characters") in by_field


# --- Dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dob", "code", "severity"),
    [
        (None, "dob.missing", Severity.ERROR),
        (PartialDate(1990, 2, 30), "dob.invalid", Severity.ERROR),
        (PartialDate(1990, 13), "dob.invalid", Severity.ERROR),
        (PartialDate(1990, None, 5), "dob.invalid", Severity.ERROR),
        (PartialDate(2026, 11, 24), "dob.future", Severity.ERROR),
        (PartialDate(1896, 11, 22), "dob.too_old", Severity.ERROR),
        (PartialDate(1990), "dob.partial_not_allowed", Severity.ERROR),
        (PartialDate(1990, 3), "dob.partial_not_allowed", Severity.ERROR),
    ],
)
def test_date_of_birth(
    sample: ApplicationRecord,
    ctx: ValidationContext,
    dob: PartialDate | None,
    code: str,
    severity: Severity,
) -> None:
    found = codes(validate(applicant(sample, date_of_birth=dob), ctx))
    assert found.get(code) is severity, found


def test_partial_dob_for_the_elderly_is_a_warning(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    record = applicant(sample, id_number="001140372915", date_of_birth=PartialDate(1940))
    record = dataclasses.replace(record, previous_card=None, kind=ApplicationKind.FIRST_ISSUE)
    record = dataclasses.replace(record, reason=ApplicationReason.FIRST_ISSUE)
    findings = validate(record, ctx)
    assert codes(findings) == {"dob.partial": Severity.WARNING}
    assert "1940" in findings[0].message_vi
    assert blocking(findings) == []


def test_oldest_allowed_birth_date(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    record = applicant(sample, date_of_birth=PartialDate(1896, 11, 23))
    assert "dob.too_old" not in codes(validate(record, ctx))


def test_previous_card_expiry_checked_against_exchange_ages(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    assert sample.previous_card is not None
    wrong = dataclasses.replace(sample.previous_card, expiry_date=dt.date(2035, 3, 15))
    findings = validate(dataclasses.replace(sample, previous_card=wrong), ctx)
    (f,) = findings
    assert f.code == "previous_card.expiry_mismatch"
    assert "15/03/2030" in f.message_vi and "15/03/2035" in f.message_vi


def test_previous_card_without_expiry(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    assert sample.previous_card is not None
    lifelong = dataclasses.replace(sample.previous_card, expiry_date=None, has_expiry=False)
    (f,) = validate(dataclasses.replace(sample, previous_card=lifelong), ctx)
    assert f.code == "previous_card.expiry_mismatch"
    assert "no expiry" in f.message_en


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"issue_date": dt.date(2027, 1, 1)}, "previous_card.issue_future"),
        ({"issue_date": dt.date(1989, 1, 1)}, "previous_card.issue_before_birth"),
        ({"expiry_date": dt.date(2020, 1, 1)}, "previous_card.expiry_before_issue"),
        ({"number": "00119037291"}, "previous_card.number_format"),
        ({"number": "001190372916"}, "previous_card.number_differs"),
        ({"card_type": PreviousCardType.CMND_9}, "previous_card.number_format"),
    ],
)
def test_previous_card(
    sample: ApplicationRecord, ctx: ValidationContext, changes: dict[str, Any], code: str
) -> None:
    assert sample.previous_card is not None
    card = dataclasses.replace(sample.previous_card, **changes)
    assert code in codes(validate(dataclasses.replace(sample, previous_card=card), ctx))


def test_old_cmnd_as_previous_card(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    card = PreviousCard(PreviousCardType.CMND_9, "012345678", dt.date(2008, 5, 1), None, False)
    assert validate(dataclasses.replace(sample, previous_card=card), ctx) == []


# --- Code lists and personal data ----------------------------------------------------------


def test_code_lists(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    assert sample.applicant.ethnicity is not None
    list_id = sample.applicant.ethnicity.list_id
    cases = {
        "code.missing": applicant(sample, ethnicity=None),
        "code.unknown": applicant(sample, ethnicity=CodedValue(list_id, "99", "?")),
        "code.other_list": applicant(sample, religion=CodedValue("religion/other", "01", "x")),
    }
    for code, record in cases.items():
        assert code in codes(validate(record, ctx)), code


def test_ethnicity_message_names_the_list(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    (f,) = validate(applicant(sample, ethnicity=None), ctx)
    assert f.message_vi == "Chưa chọn dân tộc."
    assert f.message_en == "The ethnic group is not selected."


def test_nationality(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    assert "nationality.unknown" in codes(validate(applicant(sample, nationality="XX"), ctx))
    (f,) = validate(applicant(sample, nationality="FR"), ctx)
    assert f.code == "nationality.not_vietnamese"
    assert "France" in f.message_en


def test_blood_type_needs_consent(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    record = applicant(sample, blood_type=BloodType.O_POS)
    assert codes(validate(record, ctx)) == {"blood_type.no_consent": Severity.ERROR}
    consented = dataclasses.replace(record, consent=Consent(True, sample.meta.created_at))
    assert validate(consented, ctx) == []


# --- Addresses ---------------------------------------------------------------------------


def test_addresses(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    version = ctx.refdata.admin_units_version
    hcm_commune = ctx.refdata.communes("79")[0].code
    cases = {
        "address.missing": Address(),
        "address.province_unknown": Address("99", None, "", version),
        "address.commune_missing": Address("01", None, "", version),
        "address.commune_unknown": Address("01", "99999", "", version),
        "address.commune_province_mismatch": Address("01", hcm_commune, "", version),
        "address.legacy_unconverted": Address(legacy_text="Phường Phúc Xá, Quận Ba Đình, Hà Nội"),
        "address.old_code_list": Address("01", "00097", "", "2025-01"),
    }
    for code, address in cases.items():
        found = validate(applicant(sample, permanent_residence=address), ctx)
        assert any(
            f.code == code and f.field.startswith("applicant.permanent_residence") for f in found
        ), (code, found)


def test_place_of_origin_is_lenient(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    legacy = Address(legacy_text="Xã Tân Thành, Huyện Thới Lai, Cần Thơ")
    assert codes(validate(applicant(sample, place_of_origin=legacy), ctx)) == {
        "address.legacy_origin": Severity.WARNING
    }
    assert codes(validate(applicant(sample, place_of_origin=Address()), ctx)) == {
        "address.origin_missing": Severity.WARNING
    }
    province_only = Address("01", None, "", ctx.refdata.admin_units_version)
    assert validate(applicant(sample, place_of_origin=province_only), ctx) == []


# --- Contact -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone", ["0912468357", "0912 468 357", "+84 912 468 357", "091.246.8357", "02438234567"]
)
def test_good_phones(sample: ApplicationRecord, ctx: ValidationContext, phone: str) -> None:
    record = dataclasses.replace(sample, contact=dataclasses.replace(sample.contact, phone=phone))
    assert validate(record, ctx) == []


@pytest.mark.parametrize(
    "phone", ["091246835", "0112468357", "12345", "+1 415 555 0100", "09124683577"]
)
def test_bad_phones(sample: ApplicationRecord, ctx: ValidationContext, phone: str) -> None:
    record = dataclasses.replace(sample, contact=dataclasses.replace(sample.contact, phone=phone))
    assert codes(validate(record, ctx)) == {"phone.invalid": Severity.ERROR}


@pytest.mark.parametrize(
    ("email", "valid"),
    [
        ("hoa.nguyen@example.vn", True),
        ("a+b@mail.co", True),
        ("hoa@", False),
        ("hoa@vn", False),
        ("h oa@x.vn", False),
    ],
)
def test_email(sample: ApplicationRecord, ctx: ValidationContext, email: str, valid: bool) -> None:
    record = dataclasses.replace(sample, contact=dataclasses.replace(sample.contact, email=email))
    assert (validate(record, ctx) == []) is valid


# --- Age-dependent and application-level rules -------------------------------------------


def child(sample: ApplicationRecord, dob: PartialDate, number: str) -> ApplicationRecord:
    record = applicant(sample, date_of_birth=dob, id_number=number)
    return dataclasses.replace(
        record,
        kind=ApplicationKind.FIRST_ISSUE,
        reason=ApplicationReason.FIRST_ISSUE,
        previous_card=None,
        family=dataclasses.replace(sample.family),
    )


def test_representative_required_under_14(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    record = child(sample, PartialDate(2016, 5, 1), "001316372915")
    assert codes(validate(record, ctx)) == {"representative.required": Severity.ERROR}
    rep = Representative("Nguyễn Văn An", "001060418273")
    assert validate(dataclasses.replace(record, representative=rep), ctx) == []
    no_id = Representative("Nguyễn Văn An", "")
    assert codes(validate(dataclasses.replace(record, representative=no_id), ctx)) == {
        "representative.id_missing": Severity.WARNING
    }


def test_no_representative_needed_from_14(
    sample: ApplicationRecord, ctx: ValidationContext
) -> None:
    record = child(sample, PartialDate(2012, 11, 23), "001312372915")
    assert validate(record, ctx) == []


def test_fingerprints_by_age(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    rep = Representative("Nguyễn Văn An", "001060418273")
    toddler = dataclasses.replace(
        child(sample, PartialDate(2022, 1, 1), "001322372915"), representative=rep
    )
    assert codes(validate(toddler, ctx)) == {"fingerprints.not_expected": Severity.WARNING}
    none_taken = dataclasses.replace(
        toddler,
        biometrics=dataclasses.replace(
            toddler.biometrics, fingerprints=FingerprintStatus.NOT_CAPTURED
        ),
    )
    assert validate(none_taken, ctx) == []
    adult = dataclasses.replace(
        sample,
        biometrics=dataclasses.replace(
            sample.biometrics, fingerprints=FingerprintStatus.NOT_CAPTURED
        ),
    )
    assert codes(validate(adult, ctx)) == {"fingerprints.missing": Severity.WARNING}
    exempt = dataclasses.replace(
        sample,
        biometrics=dataclasses.replace(sample.biometrics, fingerprints=FingerprintStatus.EXEMPT),
    )
    assert codes(validate(exempt, ctx)) == {"fingerprints.exempt_reason_missing": Severity.ERROR}


def test_spouse_of_a_minor(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    record = child(sample, PartialDate(2010, 1, 1), "001310372915")
    record = dataclasses.replace(
        record, family=dataclasses.replace(record.family, spouse=Relative("Lê Văn Cường", ""))
    )
    assert codes(validate(record, ctx)) == {"spouse.underage": Severity.WARNING}


def test_kind_and_reason(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    mismatch = dataclasses.replace(sample, reason=ApplicationReason.LOST_CARD)
    assert codes(validate(mismatch, ctx)) == {"reason.kind_mismatch": Severity.ERROR}
    lost = dataclasses.replace(
        sample, kind=ApplicationKind.REISSUE, reason=ApplicationReason.LOST_CARD
    )
    assert validate(lost, ctx) == []
    no_card = dataclasses.replace(lost, previous_card=None)
    assert codes(validate(no_card, ctx)) == {"previous_card.expected": Severity.WARNING}
    first_with_card = dataclasses.replace(
        sample, kind=ApplicationKind.FIRST_ISSUE, reason=ApplicationReason.FIRST_ISSUE
    )
    assert codes(validate(first_with_card, ctx)) == {"previous_card.unexpected": Severity.WARNING}
    data_changed = dataclasses.replace(sample, reason=ApplicationReason.DATA_CHANGED)
    assert codes(validate(data_changed, ctx)) == {"reason.note_missing": Severity.WARNING}


def test_age_milestone_reason(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    # Born 15/03/1990: 36 years old, four years before 40.
    early = dataclasses.replace(sample, reason=ApplicationReason.AGE_MILESTONE)
    assert codes(validate(early, ctx)) == {"reason.age_milestone_not_due": Severity.WARNING}
    due = ValidationContext(ctx.refdata, dt.date(2029, 6, 1))
    assert sample.previous_card is not None
    assert "reason.age_milestone_not_due" not in codes(validate(early, due))


def test_portrait_and_meta(sample: ApplicationRecord, ctx: ValidationContext) -> None:
    record = dataclasses.replace(
        sample,
        portrait=None,
        meta=dataclasses.replace(sample.meta, station_code="", officer_id=""),
    )
    assert codes(validate(record, ctx)) == {
        "portrait.missing": Severity.ERROR,
        "meta.station_missing": Severity.ERROR,
        "meta.officer_missing": Severity.ERROR,
    }

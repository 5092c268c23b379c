"""The printed documents' content: the date to collect, and the intake sheet's rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from station.documents import (
    VALUE_KEYS,
    AppointmentSlip,
    SheetRow,
    SheetSection,
    add_working_days,
    address_text,
    appointment_slip,
    fixed_holidays,
    intake_sheet,
    is_working_day,
)
from station.record import (
    Address,
    ApplicationRecord,
    PartialDate,
    Representative,
    RepresentativeRole,
    Sex,
)
from station.refdata import ReferenceData
from station.sealing import SealReceipt

VN = dt.timezone(dt.timedelta(hours=7))
D = dt.date


def receipt_for(record: ApplicationRecord, sealed_at: dt.datetime) -> SealReceipt:
    return SealReceipt(
        record.meta.application_id, "HN0001-261123-00042-K", sealed_at, "ab" * 32, 1234
    )


# ------------------------------------------------------------------ working days


def test_weekends_are_skipped() -> None:
    monday = D(2026, 11, 23)
    assert add_working_days(monday, 7) == D(2026, 12, 2)  # Mon + 7 working days = Wed
    assert add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Fri → Mon
    assert add_working_days(D(2026, 11, 28), 1) == D(2026, 11, 30)  # from a Saturday
    assert add_working_days(monday, 0) == monday
    with pytest.raises(ValueError):
        add_working_days(monday, -1)


def test_national_day_and_its_neighbours_are_off() -> None:
    # 2026: 2 Sep is a Wednesday; 1 and 3 Sep both count (the PM picks one of them).
    assert not is_working_day(D(2026, 9, 1))
    assert not is_working_day(D(2026, 9, 2))
    assert not is_working_day(D(2026, 9, 3))
    assert add_working_days(D(2026, 8, 28), 2) == D(2026, 9, 4)  # Fri → Mon 31 Aug, Fri 4 Sep


def test_reunification_and_labour_day_are_off() -> None:
    # 2026: 30 Apr Thursday, 1 May Friday.
    assert add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)
    assert is_working_day(D(2026, 5, 4))


def test_a_holiday_on_a_weekend_is_made_up_on_the_next_working_day() -> None:
    # 2022: 30 Apr Saturday, 1 May Sunday → Monday 2 and Tuesday 3 May off.
    assert {D(2022, 5, 2), D(2022, 5, 3)} <= fixed_holidays(2022)
    assert add_working_days(D(2022, 4, 29), 1) == D(2022, 5, 4)
    # 2028: 1 Jan Saturday → Monday 3 Jan off.
    assert add_working_days(D(2027, 12, 31), 1) == D(2028, 1, 4)
    # 2023: 2 Sep Saturday → Monday 4 Sep off (as the government announced).
    assert D(2023, 9, 4) in fixed_holidays(2023)


def test_extra_holidays_cover_the_lunar_new_year() -> None:
    tet_2027 = {D(2027, 2, 4) + dt.timedelta(days=n) for n in range(7)}  # Thu 4 – Wed 10 Feb
    assert add_working_days(D(2027, 2, 3), 1) == D(2027, 2, 4)
    assert add_working_days(D(2027, 2, 3), 1, tet_2027) == D(2027, 2, 11)


# ------------------------------------------------------------------ the slip


def test_the_slip_counts_from_the_local_sealing_day(sample: ApplicationRecord) -> None:
    sealed = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)  # Monday 09:30 in Hà Nội
    slip = appointment_slip(
        sample, receipt_for(sample, sealed), "Công an phường Ba Đình", "", tz=VN
    )
    assert slip == AppointmentSlip(
        "HN0001-261123-00042-K",
        sealed,
        D(2026, 12, 2),
        "Công an phường Ba Đình",
        "Công an phường Ba Đình",
    )
    # 20:00 UTC on Friday is already Saturday in Hà Nội: the count starts from Saturday.
    late = dt.datetime(2026, 11, 27, 20, 0, tzinfo=dt.UTC)
    slip = appointment_slip(sample, receipt_for(sample, late), "Trạm", "Phòng 2", tz=VN)
    assert slip.collect_on == D(2026, 12, 8) and slip.place == "Phòng 2"
    slow = appointment_slip(
        sample, receipt_for(sample, sealed), "Trạm", "P", tz=VN, working_days=20
    )
    assert slow.collect_on == D(2026, 12, 21)


def test_a_receipt_of_another_application_is_refused(sample: ApplicationRecord) -> None:
    other = dataclasses.replace(
        receipt_for(sample, dt.datetime(2026, 11, 23, tzinfo=dt.UTC)), application_id="x"
    )
    with pytest.raises(ValueError):
        appointment_slip(sample, other, "Trạm", "")


# ------------------------------------------------------------------ the intake sheet


def rows_of(sheet_sections: tuple[SheetSection, ...]) -> dict[str, SheetRow]:
    return {row.label: row for section in sheet_sections for row in section.rows}


def test_the_sheet_prints_every_field_with_names(
    sample: ApplicationRecord, refdata: ReferenceData
) -> None:
    printed = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
    sheet = intake_sheet(sample, b"jpeg", "Công an phường Ba Đình", printed, refdata)
    sections = sheet.sections()
    assert [s.title for s in sections] == [
        "section.application",
        "section.applicant",
        "section.family",
        "section.contact",
        "section.previous_card",
        "section.biometrics",
    ]
    rows = rows_of(sections)
    assert rows["application.number"].value_key == "draft" and sheet.application_number is None
    assert rows["applicant.full_name"].value == "NGUYỄN THỊ HOÀ"
    assert rows["applicant.id_number"].value == "001190372915"
    assert rows["applicant.date_of_birth"].value == "15/03/1990"
    assert rows["applicant.sex"].value_key == "sex.female"
    nationality = rows["applicant.nationality"]
    assert nationality.value_in("vi") == "Việt Nam" and nationality.value_in("en") == "Viet Nam"
    residence = rows["applicant.permanent_residence"].value
    assert residence.startswith("Số 12 ngõ 34 phố Hàng Bạc, Phường ") and "Hà Nội" in residence
    assert rows["applicant.current_residence"].value_key == "same_as_permanent"
    assert rows["family.father"].value == "NGUYỄN VĂN AN"
    assert rows["family.father_id"].value == "001060418273"
    assert rows["family.spouse"].value == ""
    assert rows["previous_card.issue_date"].value == "10/04/2021"
    assert rows["biometrics.fingerprints"].value_key == "fingerprints.captured"
    used = {row.value_key for section in sections for row in section.rows if row.value_key}
    assert used <= VALUE_KEYS


def test_optional_groups_and_the_number(sample: ApplicationRecord) -> None:
    minor = dataclasses.replace(
        sample,
        meta=dataclasses.replace(sample.meta, application_number="HN0001-261123-00042-K"),
        representative=Representative(
            "Nguyễn Văn An", "001060418273", RepresentativeRole.FATHER, PartialDate(1960), Sex.MALE
        ),
        previous_card=None,
        portrait=None,
    )
    sheet = intake_sheet(minor, None, "Trạm", dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
    titles = [s.title for s in sheet.sections()]
    assert "section.representative" in titles and "section.previous_card" not in titles
    rows = rows_of(sheet.sections())
    assert rows["application.number"].value == "HN0001-261123-00042-K"
    assert rows["representative.role"].value_key == "role.father"
    assert rows["representative.date_of_birth"].value == "1960"
    assert rows["biometrics.portrait"].value_key == "not_taken"
    # Without reference data the codes are printed.
    assert rows["applicant.permanent_residence"].value == "Số 12 ngõ 34 phố Hàng Bạc, 00097, 01"
    assert rows["applicant.nationality"].value == "VN"


def test_address_lines() -> None:
    assert address_text(None, None) == ""
    assert address_text(Address(), None) == ""
    assert address_text(Address(legacy_text="Xã Cũ, Huyện Cũ, Tỉnh Cũ"), None) == (
        "Xã Cũ, Huyện Cũ, Tỉnh Cũ"
    )

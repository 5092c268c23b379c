"""Rules for the applicant's coded personal data: sex, nationality, ethnicity, religion."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from station.record import ApplicationRecord, CodedValue
from station.refdata.model import CodeEntry
from station.validation.context import ValidationContext
from station.validation.findings import Bilingual, Finding, finding

VIETNAM = "VN"


def check_coded(
    value: CodedValue | None,
    field: str,
    label: Bilingual,
    lookup: Callable[[str], CodeEntry | None],
    entries: Sequence[CodeEntry],
) -> Iterator[Finding]:
    """A value from a code list: present, on the current list, with a known code."""
    if value is None:
        yield finding("code.missing", field, list=label)
        return
    current_list = entries[0].list_id if entries else value.list_id
    if value.list_id != current_list:
        # Another list may give the same code to another group: the code says nothing here.
        yield finding("code.other_list", field, list=label, list_id=value.list_id)
        return
    if lookup(value.code) is None:
        yield finding("code.unknown", field, list=label, code=value.code)


def check_personal(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """Sex, nationality, ethnicity, religion, and consent for voluntary data."""
    applicant = record.applicant
    refdata = ctx.refdata
    if applicant.sex is None:
        yield finding("sex.missing", "applicant.sex")
    country = refdata.country(applicant.nationality)
    if country is None:
        yield finding("nationality.unknown", "applicant.nationality", code=applicant.nationality)
    elif country.alpha2 != VIETNAM:
        yield finding(
            "nationality.not_vietnamese",
            "applicant.nationality",
            name=Bilingual(country.name_vi, country.name_en),
        )
    yield from check_coded(
        applicant.ethnicity,
        "applicant.ethnicity",
        Bilingual("dân tộc", "ethnic group"),
        refdata.ethnicity,
        refdata.ethnicities(),
    )
    yield from check_coded(
        applicant.religion,
        "applicant.religion",
        Bilingual("tôn giáo", "religion"),
        refdata.religion,
        refdata.religions(),
    )
    if applicant.blood_type is not None and not record.consent.voluntary_data:
        yield finding("blood_type.no_consent", "applicant.blood_type")

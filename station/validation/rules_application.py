"""Rules on the application as a whole: kind and reason, age-dependent requirements."""

from __future__ import annotations

from collections.abc import Iterator

from station.card_validity import birthday_at
from station.record import (
    REASON_KIND,
    ApplicationKind,
    ApplicationReason,
    ApplicationRecord,
    FingerprintStatus,
    PreviousCardType,
    age_range_on,
)
from station.validation.context import ValidationContext
from station.validation.findings import Finding, finding
from station.validation.rules_dates import usable_dob

_REASONS_NEEDING_NOTE = frozenset({ApplicationReason.DATA_CHANGED, ApplicationReason.CARD_ERROR})
_CHIP_ERA_CARDS = frozenset(
    {PreviousCardType.CCCD_BARCODE, PreviousCardType.CCCD_CHIP, PreviousCardType.CAN_CUOC}
)


def check_application(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """Kind and reason, previous card presence, representative, fingerprints, portrait."""
    if not record.meta.station_code:
        yield finding("meta.station_missing", "meta.station_code")
    if not record.meta.officer_id:
        yield finding("meta.officer_missing", "meta.officer_id")
    if REASON_KIND[record.reason] is not record.kind:
        yield finding("reason.kind_mismatch", "reason")
    if record.reason in _REASONS_NEEDING_NOTE and not record.reason_note:
        yield finding("reason.note_missing", "reason_note")
    if record.kind is ApplicationKind.FIRST_ISSUE:
        card = record.previous_card
        if card is not None and card.card_type in _CHIP_ERA_CARDS:
            yield finding("previous_card.unexpected", "previous_card")
    elif record.previous_card is None:
        yield finding("previous_card.expected", "previous_card")
    if ctx.policy.require_portrait and record.portrait is None:
        yield finding("portrait.missing", "portrait")
    yield from _check_age_rules(record, ctx)


def _check_age_rules(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    policy = ctx.policy
    dob = usable_dob(record.applicant.date_of_birth, ctx.today, policy.max_age_years)
    biometrics = record.biometrics
    if biometrics.fingerprints is FingerprintStatus.EXEMPT and not biometrics.fingerprint_note:
        yield finding("fingerprints.exempt_reason_missing", "biometrics.fingerprint_note")
    if dob is None:
        return  # the DOB rules already report why; no age can be relied on
    youngest, oldest = age_range_on(dob, ctx.today)

    if oldest < policy.representative_below_age and record.representative is None:
        yield finding(
            "representative.required", "representative", age=policy.representative_below_age
        )
    rep = record.representative
    if rep is not None:
        if not rep.id_number:
            yield finding("representative.id_missing", "representative.id_number")
        rep_dob = usable_dob(rep.date_of_birth, ctx.today, policy.max_age_years)
        if rep_dob is not None and age_range_on(rep_dob, ctx.today)[1] < 18:
            yield finding("representative.underage", "representative.date_of_birth")

    if record.family.spouse is not None and oldest < policy.marriage_min_age:
        yield finding("spouse.underage", "family.spouse")

    if oldest < policy.fingerprints_from_age:
        if biometrics.fingerprints is FingerprintStatus.CAPTURED:
            yield finding(
                "fingerprints.not_expected",
                "biometrics.fingerprints",
                age=policy.fingerprints_from_age,
            )
    elif (
        policy.require_fingerprints
        and youngest >= policy.fingerprints_from_age
        and biometrics.fingerprints is FingerprintStatus.NOT_CAPTURED
    ):
        yield finding("fingerprints.missing", "biometrics.fingerprints")

    if record.reason is ApplicationReason.AGE_MILESTONE and not _near_milestone(record, ctx):
        yield finding("reason.age_milestone_not_due", "reason", age=oldest)


def _near_milestone(record: ApplicationRecord, ctx: ValidationContext) -> bool:
    """True from two years before an exchange age until one year after it."""
    dob = record.applicant.date_of_birth
    assert dob is not None
    born = dob.earliest()
    for age in ctx.policy.exchange_ages:
        start = birthday_at(born, age - 2)
        end = birthday_at(born, age + 1)
        if start <= ctx.today <= end:
            return True
    return False

"""Rules for dates: date of birth and the previous card's issue and expiry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from station.card_validity import birthday_at, expected_expiry
from station.record import ApplicationRecord, PartialDate, PreviousCardType, age_range_on
from station.validation.context import ValidationContext
from station.validation.findings import Bilingual, Finding, finding

_TWELVE_DIGIT_CARDS = frozenset(
    {
        PreviousCardType.CMND_12,
        PreviousCardType.CCCD_BARCODE,
        PreviousCardType.CCCD_CHIP,
        PreviousCardType.CAN_CUOC,
    }
)
# Cards whose number is the personal ID number itself.
_ID_NUMBER_CARDS = frozenset(
    {PreviousCardType.CCCD_BARCODE, PreviousCardType.CCCD_CHIP, PreviousCardType.CAN_CUOC}
)


def usable_dob(dob: PartialDate | None, today: dt.date, max_age: int) -> PartialDate | None:
    """The DOB when it is valid and plausible, so that age rules can rely on it."""
    if dob is None or not dob.is_valid():
        return None
    if dob.earliest() > today or dob.latest().year < today.year - max_age:
        return None
    return dob


def check_date_of_birth(
    dob: PartialDate | None, field: str, ctx: ValidationContext, *, required: bool
) -> Iterator[Finding]:
    """A DOB: real, not in the future, not too long ago; partial only for the elderly."""
    if dob is None:
        if required:
            yield finding("dob.missing", field)
        return
    if not dob.is_valid():
        yield finding("dob.invalid", field, value=_raw(dob))
        return
    policy = ctx.policy
    if dob.earliest() > ctx.today:
        yield finding("dob.future", field)
        return
    if dob.latest() < birthday_at(ctx.today, -policy.max_age_years):
        yield finding("dob.too_old", field, max_age=policy.max_age_years)
        return
    if not dob.is_complete:
        _, oldest = age_range_on(dob, ctx.today)
        if oldest < policy.partial_dob_min_age:
            yield finding("dob.partial_not_allowed", field, min_age=policy.partial_dob_min_age)
        else:
            yield finding("dob.partial", field, value=str(dob))


def _raw(dob: PartialDate) -> str:
    parts = [str(dob.day) if dob.day is not None else "", str(dob.month or ""), str(dob.year)]
    return "/".join(p for p in parts if p)


def check_previous_card(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """The previous card's number and dates, against the DOB and the exchange ages."""
    card = record.previous_card
    if card is None:
        return
    length = 9 if card.card_type is PreviousCardType.CMND_9 else 12
    if card.card_type in _TWELVE_DIGIT_CARDS or card.card_type is PreviousCardType.CMND_9:
        if not (len(card.number) == length and card.number.isascii() and card.number.isdigit()):
            yield finding("previous_card.number_format", "previous_card.number", length=length)
        elif (
            card.card_type in _ID_NUMBER_CARDS
            and record.applicant.id_number
            and card.number != record.applicant.id_number
        ):
            yield finding("previous_card.number_differs", "previous_card.number")
    if card.issue_date is None:
        return
    if card.issue_date > ctx.today:
        yield finding("previous_card.issue_future", "previous_card.issue_date")
        return
    dob = usable_dob(record.applicant.date_of_birth, ctx.today, ctx.policy.max_age_years)
    if dob is not None and card.issue_date < dob.earliest():
        yield finding("previous_card.issue_before_birth", "previous_card.issue_date")
        return
    if card.expiry_date is not None and card.expiry_date < card.issue_date:
        yield finding("previous_card.expiry_before_issue", "previous_card.expiry_date")
        return
    born = dob.as_date() if dob is not None else None
    if born is None or card.card_type not in _ID_NUMBER_CARDS:
        return
    expected = expected_expiry(born, card.issue_date, ctx.policy.exchange_ages)
    actual = card.expiry_date if card.has_expiry else None
    if expected != actual:
        yield finding(
            "previous_card.expiry_mismatch",
            "previous_card.expiry_date",
            actual=_shown_expiry(actual),
            expected=_shown_expiry(expected),
        )


def _shown_expiry(value: dt.date | None) -> object:
    return value if value is not None else Bilingual("không thời hạn", "no expiry")

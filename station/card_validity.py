"""When an identity card expires: the exchange ages of the Law on Identification."""

from __future__ import annotations

import datetime as dt

# A card is valid until the holder's birthday at one of these ages; from the last one on
# it never expires.
EXCHANGE_AGES: tuple[int, ...] = (14, 25, 40, 60)
# A card issued within this many years before an exchange age stays valid until the next.
GRACE_YEARS = 2


def birthday_at(date_of_birth: dt.date, age: int) -> dt.date:
    """The holder's birthday at *age*; 29 February falls on 1 March in common years."""
    year = date_of_birth.year + age
    try:
        return date_of_birth.replace(year=year)
    except ValueError:
        return dt.date(year, 3, 1)


def expected_expiry(
    date_of_birth: dt.date, issue_date: dt.date, ages: tuple[int, ...] = EXCHANGE_AGES
) -> dt.date | None:
    """The expiry a card issued on *issue_date* should carry; None means no expiry.

    The officer can always correct the result: how a no-expiry card encodes its expiry
    on the chip is not confirmed.
    """
    for age in ages:
        milestone = birthday_at(date_of_birth, age)
        if age == ages[-1]:
            # From the last age on there is no expiry; within the grace period before it,
            # the card already runs to the end.
            if issue_date >= birthday_at(date_of_birth, age - GRACE_YEARS):
                return None
            return milestone
        if issue_date < birthday_at(date_of_birth, age - GRACE_YEARS):
            return milestone
    return None

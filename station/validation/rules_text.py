"""Rules for names and free text: normalisation, allowed letters, lengths."""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterator

from station.record import ApplicationRecord
from station.text import is_clean
from station.validation.context import ValidationContext
from station.validation.findings import Finding, finding


def _vietnamese_letters() -> frozenset[str]:
    vowels = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    letters = set(string.ascii_letters) | {"đ", "Đ"}
    for vowel in vowels:
        for tone in tones:
            composed = unicodedata.normalize("NFC", vowel + tone)
            letters.update({composed, composed.upper()})
    return frozenset(letters)


VIETNAMESE_LETTERS = _vietnamese_letters()
NAME_PUNCTUATION = frozenset(" -'.")


def check_name(
    value: str, field: str, ctx: ValidationContext, *, required: bool
) -> Iterator[Finding]:
    """A person's name: NFC and clean, Vietnamese letters only, within the length limits."""
    if not value:
        if required:
            yield finding("name.missing", field)
        return
    if not is_clean(value):
        yield finding("name.not_normalized", field)
        return
    bad = sorted({ch for ch in value if ch not in VIETNAMESE_LETTERS | NAME_PUNCTUATION})
    if bad:
        yield finding("name.invalid_characters", field, chars=" ".join(_visible(c) for c in bad))
    policy = ctx.policy
    if len(value) > policy.name_max_length:
        yield finding("name.too_long", field, max=policy.name_max_length)
    elif sum(ch in VIETNAMESE_LETTERS for ch in value) < policy.name_min_length:
        yield finding("name.too_short", field)
    elif " " not in value and required:
        yield finding("name.single_word", field)


def check_text(value: str, field: str, ctx: ValidationContext) -> Iterator[Finding]:
    """Free text (occupation, marks, address detail): clean, printable, not too long."""
    if not value:
        return
    if not is_clean(value):
        yield finding("text.not_normalized", field)
        return
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in value):
        yield finding("text.control_characters", field)
    if len(value) > ctx.policy.text_max_length:
        yield finding("text.too_long", field, max=ctx.policy.text_max_length)


def _visible(ch: str) -> str:
    """Show invisible or confusable characters by code point."""
    if ch.isprintable() and not ch.isspace():
        return f"«{ch}»"
    return f"U+{ord(ch):04X}"


def check_names_and_text(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """Every name and free-text field of the record."""
    applicant = record.applicant
    yield from check_name(applicant.full_name, "applicant.full_name", ctx, required=True)
    yield from check_name(applicant.other_names, "applicant.other_names", ctx, required=False)
    for path, person in (
        ("family.father", record.family.father),
        ("family.mother", record.family.mother),
        ("family.spouse", record.family.spouse),
    ):
        if person is not None:
            yield from check_name(person.full_name, f"{path}.full_name", ctx, required=False)
    if record.representative is not None:
        yield from check_name(
            record.representative.full_name, "representative.full_name", ctx, required=True
        )
    texts = {
        "applicant.occupation": applicant.occupation,
        "applicant.identifying_marks": applicant.identifying_marks,
        "reason_note": record.reason_note,
        "biometrics.fingerprint_note": record.biometrics.fingerprint_note,
    }
    if record.previous_card is not None:
        texts["previous_card.place_of_issue"] = record.previous_card.place_of_issue
    for field, value in texts.items():
        yield from check_text(value, field, ctx)

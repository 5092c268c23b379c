"""Validation of an application record: a list of findings for the officer."""

from __future__ import annotations

from station.record import ApplicationRecord
from station.validation.context import ReferenceLookup, ValidationContext, ValidationPolicy
from station.validation.findings import Bilingual, Finding, Severity, finding
from station.validation.messages import MESSAGES
from station.validation.rules_addresses import check_addresses
from station.validation.rules_application import check_application
from station.validation.rules_contact import check_contact
from station.validation.rules_dates import check_date_of_birth, check_previous_card
from station.validation.rules_identity import check_identity_numbers
from station.validation.rules_personal import check_personal
from station.validation.rules_text import check_names_and_text

__all__ = [
    "MESSAGES",
    "Bilingual",
    "Finding",
    "ReferenceLookup",
    "Severity",
    "ValidationContext",
    "ValidationPolicy",
    "blocking",
    "finding",
    "validate",
]


def validate(record: ApplicationRecord, ctx: ValidationContext) -> list[Finding]:
    """All findings for *record*, errors first, each group in field order of the form."""
    findings = [
        *check_application(record, ctx),
        *check_identity_numbers(record, ctx),
        *check_names_and_text(record, ctx),
        *check_date_of_birth(
            record.applicant.date_of_birth, "applicant.date_of_birth", ctx, required=True
        ),
        *check_personal(record, ctx),
        *check_addresses(record, ctx),
        *check_contact(record, ctx),
        *check_previous_card(record, ctx),
    ]
    if record.representative is not None and record.representative.date_of_birth is not None:
        findings.extend(
            check_date_of_birth(
                record.representative.date_of_birth,
                "representative.date_of_birth",
                ctx,
                required=False,
            )
        )
    # Stable order: errors before warnings, otherwise as produced (form order).
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def blocking(findings: list[Finding]) -> list[Finding]:
    """The findings that block sealing."""
    return [f for f in findings if f.blocks_sealing]

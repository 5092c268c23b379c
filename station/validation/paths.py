"""Which form field a finding belongs to, and which fields came from the chip (dotted paths)."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def owning_path(path: str, fields: Sequence[str]) -> str | None:
    """The field of *fields* that shows a finding on *path*, or None when none does.

    The field itself when present; else the closest enclosing field (a finding on
    "applicant.permanent_residence.code_list_version" belongs to the address editor
    "applicant.permanent_residence"); else the first field inside it, in the order of
    *fields* (a finding on "family.spouse" goes to "family.spouse.full_name").
    """
    if path in fields:
        return path
    best: str | None = None
    for field in fields:
        if path.startswith(field + ".") and (best is None or len(field) > len(best)):
            best = field
    if best is not None:
        return best
    inner = path + "."
    return next((field for field in fields if field.startswith(inner)), None)


def from_chip(path: str, chip_fields: Collection[str]) -> bool:
    """True when *path* or a path enclosing it was filled from the chip."""
    if path in chip_fields:
        return True
    parts = path.split(".")
    return any(".".join(parts[:end]) in chip_fields for end in range(1, len(parts)))

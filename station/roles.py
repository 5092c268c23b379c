"""What an account may do: the roles, apart from the schema so the login window loads fast."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What an account may do."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

"""Officer accounts: local logins with lockout, idle-lock unlock, password rules, admin tasks."""

from station.accounts.base import AccountInfo, Clock, LoginResult
from station.accounts.errors import (
    AccountDisabledError,
    AccountError,
    AccountExistsError,
    AccountLockedError,
    AccountNotFoundError,
    AdminExistsError,
    InvalidDisplayNameError,
    InvalidOfficerIdError,
    LoginFailedError,
    PermissionDeniedError,
    SelfChangeError,
    WrongCurrentPasswordError,
)
from station.accounts.policy import (
    COMMON_PASSWORDS,
    AccountPolicy,
    PasswordProblem,
    PasswordRuleError,
    check_password,
    password_problems,
)
from station.accounts.service import UNKNOWN_ACTOR, AccountService

__all__ = [
    "COMMON_PASSWORDS",
    "UNKNOWN_ACTOR",
    "AccountDisabledError",
    "AccountError",
    "AccountExistsError",
    "AccountInfo",
    "AccountLockedError",
    "AccountNotFoundError",
    "AccountPolicy",
    "AccountService",
    "AdminExistsError",
    "Clock",
    "InvalidDisplayNameError",
    "InvalidOfficerIdError",
    "LoginFailedError",
    "LoginResult",
    "PasswordProblem",
    "PasswordRuleError",
    "PermissionDeniedError",
    "SelfChangeError",
    "WrongCurrentPasswordError",
    "check_password",
    "password_problems",
]

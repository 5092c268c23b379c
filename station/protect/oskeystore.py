"""The OS keystore through `keyring`: Credential Manager, Keychain, Secret Service."""

from __future__ import annotations

import base64

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from station.protect.keystore import KeystoreError

SERVICE = "intake-station"


class SystemKeystore:
    """Keeps the random key that opens the station key file in the OS keystore."""

    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend

    @property
    def name(self) -> str:
        """The backend's name, for the diagnostics report."""
        return type(self._backend).__name__

    def load(self, name: str) -> bytes | None:
        """The stored secret, or None when absent or the keystore cannot be read now."""
        try:
            text = self._backend.get_password(SERVICE, name)
        except KeyringError:
            return None
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def store(self, name: str, secret: bytes) -> None:
        """Store *secret* under *name*; a refusal is a clear error (the passphrase still works)."""
        try:
            self._backend.set_password(SERVICE, name, base64.b64encode(secret).decode("ascii"))
        except KeyringError as exc:
            raise KeystoreError(
                "Không lưu được khóa vào kho khóa của hệ điều hành; dùng mật khẩu trạm.",
                "Could not store the key in the operating system's keystore; use the station "
                "passphrase.",
                f"keyring refused: {type(exc).__name__}",
            ) from None


def system_keystore(backend: KeyringBackend | None = None) -> SystemKeystore | None:
    """The OS keystore when a usable one exists (none on a headless Linux box)."""
    chosen = backend or keyring.get_keyring()
    if chosen.priority <= 0:  # keyring's "fail" and "null" backends: nothing to store in
        return None
    return SystemKeystore(chosen)

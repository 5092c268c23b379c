"""The station's secret keys on disk, sealed by a passphrase (Argon2id) or the OS keystore.

The key file holds the secrets twice at most: once wrapped by a key derived from the
station passphrase, and optionally once wrapped by a random key kept in the OS keystore
(Windows Credential Manager, macOS Keychain, Secret Service). Either unlocks the station.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from station.errors import StationError
from station.protect import aead
from station.storage.files import write_atomically

FORMAT = 1
_AAD = b"intake-station/keys/v1"
MIN_PASSPHRASE_LENGTH = 12


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost; the defaults follow RFC 9106's second recommendation (64 MiB)."""

    time_cost: int = 3
    memory_cost_kib: int = 65536
    parallelism: int = 2


class KeystoreError(StationError):
    """The key file is missing, damaged or cannot be unlocked."""


class WrongPassphraseError(KeystoreError):
    """The passphrase does not open the key file; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(
            "Sai mật khẩu trạm. Không có dữ liệu nào bị thay đổi.",
            "Wrong station passphrase. Nothing was changed.",
            "passphrase did not authenticate the key file",
        )


class OsKeystore(Protocol):
    """The part of an OS keystore the station uses (see :mod:`station.protect.oskeystore`)."""

    def load(self, name: str) -> bytes | None: ...

    def store(self, name: str, secret: bytes) -> None: ...


@dataclass(frozen=True)
class StationSecrets:
    """The unlocked keys: never written anywhere in this form."""

    storage_key: bytes  # wraps the per-application data keys and the drafts
    signing_key: Ed25519PrivateKey  # signs sealed applications and uploads
    exchange_key: X25519PrivateKey  # receives data encrypted for this station

    def derived(self, purpose: str) -> bytes:
        """A 256-bit key for one purpose (e.g. the audit chain MAC), bound to the storage key."""
        hkdf = HKDF(SHA256(), 32, salt=None, info=f"intake-station/{purpose}".encode())
        return hkdf.derive(self.storage_key)

    def signing_public(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        return self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def exchange_public(self) -> bytes:
        """The raw 32-byte X25519 public key."""
        return self.exchange_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def _to_bytes(self) -> bytes:
        raw = {
            "storage": _b64(self.storage_key),
            "signing": _b64(
                self.signing_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            ),
            "exchange": _b64(
                self.exchange_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            ),
        }
        return json.dumps(raw, sort_keys=True).encode()

    @classmethod
    def _from_bytes(cls, data: bytes) -> StationSecrets:
        raw = json.loads(data)
        return cls(
            storage_key=_unb64(raw["storage"]),
            signing_key=Ed25519PrivateKey.from_private_bytes(_unb64(raw["signing"])),
            exchange_key=X25519PrivateKey.from_private_bytes(_unb64(raw["exchange"])),
        )

    @classmethod
    def generate(cls) -> StationSecrets:
        """Fresh keys for a new station."""
        return cls(aead.new_key(), Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


class Keystore:
    """The key file of one station."""

    def __init__(self, path: Path, kdf: KdfParams | None = None) -> None:
        self.path = path
        self.kdf = kdf or KdfParams()

    def exists(self) -> bool:
        """True once the station has keys."""
        return self.path.exists()

    def create(self, passphrase: str, os_keystore: OsKeystore | None = None) -> StationSecrets:
        """Generate keys and write them sealed by *passphrase* (and the OS keystore if given)."""
        if self.exists():
            raise KeystoreError(
                "Trạm đã có khóa; không tạo lại để tránh mất dữ liệu.",
                "The station already has keys; they are not recreated, to avoid losing data.",
                f"key file exists: {self.path.name}",
            )
        check_passphrase(passphrase)
        station_secrets = StationSecrets.generate()
        self._write(station_secrets, passphrase, os_keystore)
        return station_secrets

    def unlock(self, passphrase: str) -> StationSecrets:
        """Open the key file with the passphrase."""
        doc = self._read()
        kdf = doc["kdf"]
        key = _derive(passphrase, _unb64(kdf["salt"]), _kdf_from(kdf))
        try:
            return StationSecrets._from_bytes(aead.decrypt(key, _unb64(doc["passphrase"]), _AAD))
        except aead.DecryptionError:
            raise WrongPassphraseError() from None

    def unlock_with_os(self, os_keystore: OsKeystore) -> StationSecrets | None:
        """Open the key file with the OS keystore; None when it holds no key for us."""
        doc = self._read()
        wrapped = doc.get("os_keystore")
        if wrapped is None:
            return None
        key = os_keystore.load(wrapped["name"])
        if key is None:
            return None
        try:
            return StationSecrets._from_bytes(aead.decrypt(key, _unb64(wrapped["blob"]), _AAD))
        except aead.DecryptionError:
            return None  # a stale entry: the passphrase still works

    def change_passphrase(self, old: str, new: str, os_keystore: OsKeystore | None = None) -> None:
        """Re-seal the keys under a new passphrase; the old file stays until the new is written."""
        check_passphrase(new)
        station_secrets = self.unlock(old)
        self._write(station_secrets, new, os_keystore)

    def _write(
        self, station_secrets: StationSecrets, passphrase: str, os_keystore: OsKeystore | None
    ) -> None:
        salt = secrets.token_bytes(16)
        kdf = self.kdf
        doc: dict[str, object] = {
            "format": FORMAT,
            "kdf": {
                "name": "argon2id",
                "salt": _b64(salt),
                "time_cost": kdf.time_cost,
                "memory_cost_kib": kdf.memory_cost_kib,
                "parallelism": kdf.parallelism,
            },
            "passphrase": _b64(
                aead.encrypt(_derive(passphrase, salt, kdf), station_secrets._to_bytes(), _AAD)
            ),
            "public": {
                "signing": _b64(station_secrets.signing_public()),
                "exchange": _b64(station_secrets.exchange_public()),
            },
        }
        if os_keystore is not None:
            name = f"station-key-{secrets.token_hex(8)}"
            os_key = aead.new_key()
            os_keystore.store(name, os_key)
            doc["os_keystore"] = {
                "name": name,
                "blob": _b64(aead.encrypt(os_key, station_secrets._to_bytes(), _AAD)),
            }
        write_atomically(self.path, json.dumps(doc, indent=1).encode())

    def _read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            raise KeystoreError(
                "Không tìm thấy tệp khóa của trạm.",
                "The station key file is missing.",
                f"missing: {self.path.name}",
            ) from None
        except (OSError, ValueError) as exc:
            raise _damaged(f"unreadable: {type(exc).__name__}") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise _damaged("unknown format")
        for key in ("kdf", "passphrase", "public"):
            if key not in doc:
                raise _damaged(f"missing {key}")
        return doc


def check_passphrase(passphrase: str) -> None:
    """Reject passphrases a thief could guess offline."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH or len(set(passphrase)) < 5:
        raise KeystoreError(
            f"Mật khẩu trạm phải có ít nhất {MIN_PASSPHRASE_LENGTH} ký tự và đủ đa dạng.",
            f"The station passphrase needs at least {MIN_PASSPHRASE_LENGTH} varied characters.",
            "passphrase too weak",
        )


def _damaged(detail: str) -> KeystoreError:
    return KeystoreError(
        "Tệp khóa của trạm bị hỏng. Gọi bộ phận kỹ thuật; không xóa tệp.",
        "The station key file is damaged. Call IT; do not delete the file.",
        detail,
    )


def _kdf_from(raw: object) -> KdfParams:
    if not isinstance(raw, dict) or raw.get("name") != "argon2id":
        raise _damaged("unknown kdf")
    return KdfParams(int(raw["time_cost"]), int(raw["memory_cost_kib"]), int(raw["parallelism"]))


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise _damaged("expected base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise _damaged("bad base64") from None

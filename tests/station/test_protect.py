"""Encryption primitives and the station key file."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backends.fail
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError

from station.protect import aead
from station.protect.envelope import SignatureError, decrypt_with, encrypt_for, sign, verify
from station.protect.keystore import (
    KdfParams,
    Keystore,
    KeystoreError,
    StationSecrets,
    WrongPassphraseError,
)
from station.protect.oskeystore import system_keystore

FAST = KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
PASSPHRASE = "correct horse battery staple"


class MemoryOsKeystore:
    """An OS keystore stand-in: no keyring service runs on a headless test machine."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def load(self, name: str) -> bytes | None:
        return self.items.get(name)

    def store(self, name: str, secret: bytes) -> None:
        self.items[name] = secret


def test_aead_round_trip_and_binding() -> None:
    key = aead.new_key()
    blob = aead.encrypt(key, b"secret", b"row-1")
    assert aead.decrypt(key, blob, b"row-1") == b"secret"
    with pytest.raises(aead.DecryptionError):
        aead.decrypt(key, blob, b"row-2")  # moved to another row
    with pytest.raises(aead.DecryptionError):
        aead.decrypt(aead.new_key(), blob, b"row-1")
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(aead.DecryptionError):
        aead.decrypt(key, bytes(tampered), b"row-1")
    for broken in (b"", b"\x01", b"\x02" + blob[1:]):
        with pytest.raises(aead.DecryptionError):
            aead.decrypt(key, broken, b"row-1")


def test_envelope_opens_only_with_the_recipient_key() -> None:
    register = X25519PrivateKey.generate()
    envelope = encrypt_for(register.public_key(), b"payload", b"aad")
    assert decrypt_with(register, envelope, b"aad") == b"payload"
    with pytest.raises(aead.DecryptionError):
        decrypt_with(X25519PrivateKey.generate(), envelope, b"aad")
    with pytest.raises(aead.DecryptionError):
        decrypt_with(register, envelope, b"other")
    with pytest.raises(aead.DecryptionError):
        decrypt_with(register, envelope[:20], b"aad")


def test_signature_bound_to_context() -> None:
    key = Ed25519PrivateKey.generate()
    signature = sign(key, b"ctx", b"message")
    verify(key.public_key(), signature, b"ctx", b"message")
    with pytest.raises(SignatureError):
        verify(key.public_key(), signature, b"other", b"message")
    with pytest.raises(SignatureError):
        verify(key.public_key(), signature, b"ctx", b"messagE")


def test_keystore_create_unlock_and_wrong_passphrase(tmp_path: Path) -> None:
    store = Keystore(tmp_path / "station.keys", FAST)
    created = store.create(PASSPHRASE)
    before = store.path.read_bytes()
    unlocked = store.unlock(PASSPHRASE)
    assert unlocked.storage_key == created.storage_key
    assert unlocked.signing_public() == created.signing_public()
    with pytest.raises(WrongPassphraseError) as caught:
        store.unlock("wrong passphrase here")
    assert "Sai mật khẩu" in caught.value.message("vi")
    assert store.path.read_bytes() == before  # nothing overwritten
    assert created.storage_key not in before


def test_keystore_never_recreated_over_existing_keys(tmp_path: Path) -> None:
    store = Keystore(tmp_path / "station.keys", FAST)
    store.create(PASSPHRASE)
    with pytest.raises(KeystoreError):
        store.create(PASSPHRASE)


def test_weak_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(KeystoreError):
        Keystore(tmp_path / "k", FAST).create("short")
    with pytest.raises(KeystoreError):
        Keystore(tmp_path / "k", FAST).create("aaaaaaaaaaaaaaaa")


def test_os_keystore_unlocks_without_passphrase(tmp_path: Path) -> None:
    os_store = MemoryOsKeystore()
    store = Keystore(tmp_path / "station.keys", FAST)
    created = store.create(PASSPHRASE, os_store)
    unlocked = store.unlock_with_os(os_store)
    assert unlocked is not None
    assert unlocked.storage_key == created.storage_key
    assert store.unlock_with_os(MemoryOsKeystore()) is None  # entry gone: use the passphrase


def test_change_passphrase(tmp_path: Path) -> None:
    store = Keystore(tmp_path / "station.keys", FAST)
    created = store.create(PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        store.change_passphrase("not the passphrase", "another long passphrase 1")
    store.change_passphrase(PASSPHRASE, "another long passphrase 1")
    assert store.unlock("another long passphrase 1").storage_key == created.storage_key
    with pytest.raises(WrongPassphraseError):
        store.unlock(PASSPHRASE)


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"[]", json.dumps({"format": 9}).encode(), b'{"format": 1}']
)
def test_damaged_key_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "station.keys"
    path.write_bytes(content)
    with pytest.raises(KeystoreError) as caught:
        Keystore(path, FAST).unlock(PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphraseError)
    assert path.read_bytes() == content


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeystoreError):
        Keystore(tmp_path / "absent", FAST).unlock(PASSPHRASE)


def test_derived_keys_differ_by_purpose() -> None:
    secrets = StationSecrets.generate()
    assert secrets.derived("audit") != secrets.derived("other")
    assert len(secrets.derived("audit")) == 32


class InMemoryKeyring(KeyringBackend):
    """A keyring backend for tests: no OS keystore service runs on a headless machine."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class RefusingKeyring(InMemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("locked")


def test_system_keystore_through_keyring(tmp_path: Path) -> None:
    backend = InMemoryKeyring()
    os_store = system_keystore(backend)
    assert os_store is not None
    store = Keystore(tmp_path / "station.keys", FAST)
    created = store.create(PASSPHRASE, os_store)
    assert all(service == "intake-station" for service, _ in backend.items)
    unlocked = store.unlock_with_os(os_store)
    assert unlocked is not None and unlocked.storage_key == created.storage_key
    # The secret in the keystore is not the station key itself.
    assert created.storage_key.hex() not in str(backend.items)


def test_no_usable_keyring_means_passphrase_only() -> None:
    assert system_keystore(keyring.backends.fail.Keyring()) is None


def test_keyring_refusal_is_a_clear_error(tmp_path: Path) -> None:
    os_store = system_keystore(RefusingKeyring())
    assert os_store is not None
    with pytest.raises(KeystoreError) as caught:
        Keystore(tmp_path / "station.keys", FAST).create(PASSPHRASE, os_store)
    assert "keystore" in caught.value.message("en")

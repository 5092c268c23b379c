"""Passive authentication outcomes, the CSCA trust store and Active Authentication."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from devices.card.active_auth import (
    ActiveAuthOutcome,
    sign_rsa_iso9796,
    verify_active_auth,
    verify_ecdsa_plain,
)
from devices.card.emulator_pki import KeyKind, TestPki, build_sod, make_test_pki
from devices.card.errors import TrustStoreError
from devices.card.passive_auth import PassiveAuthOutcome, passive_authentication
from devices.card.sod import SodContent, parse_sod
from devices.card.trust_store import CscaTrustStore

GROUPS = {1: b"\x61\x03abc", 2: b"\x75\x02xy", 13: b"\x6d\x01z"}


@pytest.fixture(scope="module", params=["rsa", "ec"])
def any_pki(request: pytest.FixtureRequest) -> TestPki:
    kind: KeyKind = request.param
    return make_test_pki(kind)


def outcome(
    sod: SodContent, trust: CscaTrustStore | None, groups: dict[int, bytes] = GROUPS
) -> PassiveAuthOutcome:
    return passive_authentication(groups, sod, trust).outcome


def test_valid_chain(any_pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, any_pki))
    result = passive_authentication(GROUPS, sod, CscaTrustStore([any_pki.csca_cert]))
    assert result.outcome is PassiveAuthOutcome.VALID
    assert result.sod_signature_valid and result.chain == "trusted" and not result.dsc_expired
    assert result.message_vi and result.message_en


def test_rsa_pss_signature(pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, pki, pss=True))
    assert sod.signature_algorithm == "rsassa_pss"
    assert outcome(sod, CscaTrustStore([pki.csca_cert])) is PassiveAuthOutcome.VALID


@pytest.mark.parametrize("hash_name", ["sha1", "sha384", "sha512"])
def test_other_hashes(pki: TestPki, hash_name: str) -> None:
    sod = parse_sod(build_sod(GROUPS, pki, hash_name=hash_name))
    assert outcome(sod, CscaTrustStore([pki.csca_cert])) is PassiveAuthOutcome.VALID


def test_data_altered_wins_over_everything(pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, pki))
    altered = {**GROUPS, 13: b"\x6d\x01Z"}
    result = passive_authentication(altered, sod, None)
    assert result.outcome is PassiveAuthOutcome.DATA_ALTERED and result.altered_groups == (13,)
    extra = {**GROUPS, 15: b"\x6f\x00"}  # read but not covered by the SOD
    assert passive_authentication(extra, sod, None).altered_groups == (15,)


def test_signature_invalid_when_sod_signature_breaks(pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, pki))
    forged = SodContent(**{**_fields(sod), "signature": bytes(len(sod.signature))})
    assert outcome(forged, CscaTrustStore([pki.csca_cert])) is PassiveAuthOutcome.SIGNATURE_INVALID
    tampered_digest = SodContent(**{**_fields(sod), "message_digest": bytes(32)})
    assert outcome(tampered_digest, None) is PassiveAuthOutcome.SIGNATURE_INVALID


def test_signature_invalid_when_csca_did_not_sign_the_dsc(pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, pki))
    impostor = make_test_pki("ec")  # same subject name, another key
    assert (
        outcome(sod, CscaTrustStore([impostor.csca_cert])) is PassiveAuthOutcome.SIGNATURE_INVALID
    )


def test_not_verifiable_without_anchor(pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, pki))
    assert outcome(sod, None) is PassiveAuthOutcome.NOT_VERIFIABLE
    assert outcome(sod, CscaTrustStore([])) is PassiveAuthOutcome.NOT_VERIFIABLE
    result = passive_authentication(GROUPS, sod, CscaTrustStore([pki.dsc_cert]))
    assert result.outcome is PassiveAuthOutcome.NOT_VERIFIABLE and result.chain == "no_anchor"
    no_dsc = SodContent(**{**_fields(sod), "signer_certificate": None})
    assert passive_authentication(GROUPS, no_dsc, None).chain == "no_dsc"


def test_expired_dsc_is_reported(pki: TestPki) -> None:
    sod = parse_sod(build_sod(GROUPS, pki))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4000)
    result = passive_authentication(GROUPS, sod, CscaTrustStore([pki.csca_cert]), now=later)
    assert result.dsc_expired and result.outcome is PassiveAuthOutcome.VALID


def _fields(sod: SodContent) -> dict[str, object]:
    return {name: getattr(sod, name) for name in SodContent.__slots__}


def test_trust_store_folder(tmp_path: Path, pki: TestPki) -> None:
    other = make_test_pki("ec")
    pki.write_trust_store(tmp_path / "csca")
    other.write_trust_store(tmp_path / "csca-der", pem=False)
    (tmp_path / "csca" / "broken.pem").write_text("-----BEGIN CERTIFICATE-----\nnope\n")
    (tmp_path / "csca" / "notes.txt").write_text("ignored")
    (tmp_path / "csca" / "garbage.der").write_bytes(b"\x30\x03\x02\x01\x00")
    der = (tmp_path / "csca-der" / "test-csca.der").read_bytes()
    (tmp_path / "csca" / "other.cer").write_bytes(der)
    store = CscaTrustStore.load_folder(tmp_path / "csca")
    assert len(store) == 2
    assert sorted(store.skipped) == ["broken.pem", "garbage.der"]
    assert store.issuers_of(pki.dsc_cert) and "2 certificates" in repr(store)
    assert len(CscaTrustStore.load_folder(tmp_path / "missing")) == 0


def test_unreadable_trust_store_folder(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "csca.pem"
    not_a_folder.write_text("")
    with pytest.raises(TrustStoreError):
        CscaTrustStore.load_folder(not_a_folder)


def test_active_authentication_rsa_iso9796() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    challenge = os.urandom(8)
    signature = sign_rsa_iso9796(key, challenge, os.urandom(128))
    assert (
        verify_active_auth(key.public_key(), challenge, signature).outcome
        is ActiveAuthOutcome.VALID
    )
    wrong = verify_active_auth(key.public_key(), bytes(8), signature)
    assert wrong.outcome is ActiveAuthOutcome.FAILED
    too_big = (key.public_key().public_numbers().n + 1).to_bytes(129, "big")
    assert (
        verify_active_auth(key.public_key(), challenge, too_big).outcome is ActiveAuthOutcome.FAILED
    )


def test_active_authentication_ecdsa_plain() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    key = ec.generate_private_key(ec.SECP256R1())
    challenge = os.urandom(8)
    r, s = decode_dss_signature(key.sign(challenge, ec.ECDSA(hashes.SHA256())))
    plain = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    assert verify_active_auth(key.public_key(), challenge, plain).outcome is ActiveAuthOutcome.VALID
    assert not verify_ecdsa_plain(key.public_key(), bytes(8), plain)
    assert not verify_ecdsa_plain(key.public_key(), challenge, plain[:-1])

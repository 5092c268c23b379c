"""Basic Access Control (ICAO 9303-11 §4.3): document keys, mutual authentication, session keys."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

from devices.card import tdes
from devices.card.access_key import BacKey
from devices.card.apdu import (
    INS_EXTERNAL_AUTHENTICATE,
    INS_GET_CHALLENGE,
    SW_AUTH_FAILED,
    SW_SECURITY_NOT_SATISFIED,
    CommandApdu,
    ResponseApdu,
)
from devices.card.errors import UnsupportedCardError, WrongAccessKeyError
from devices.card.secure_messaging import SecureMessaging

NONCE = 8
KEY_HALF = 16
AUTH_DATA = 40  # 32-byte cryptogram + 8-byte MAC


@dataclass(frozen=True, slots=True)
class BacKeys:
    """K_enc and K_mac derived from the MRZ information (the document basic access keys)."""

    k_enc: bytes
    k_mac: bytes

    @classmethod
    def from_mrz_information(cls, mrz_information: str) -> BacKeys:
        """Kseed = first 16 bytes of SHA-1(MRZ_information); then the ICAO KDF."""
        seed = key_seed(mrz_information)
        return cls(tdes.derive_key(seed, tdes.KEY_ENC), tdes.derive_key(seed, tdes.KEY_MAC))

    @classmethod
    def from_key(cls, key: BacKey) -> BacKeys:
        """The keys for an access key."""
        return cls.from_mrz_information(key.mrz_information())

    def __repr__(self) -> str:
        return "BacKeys(<keys>)"


def key_seed(mrz_information: str) -> bytes:
    """Kseed of the MRZ information."""
    # SHA-1 is what ICAO 9303-11 prescribes here.
    return hashlib.sha1(mrz_information.encode("ascii")).digest()[:KEY_HALF]


@dataclass(frozen=True, slots=True)
class TerminalChallenge:
    """The inspection system's side of one mutual authentication."""

    rnd_ifd: bytes
    k_ifd: bytes
    rnd_ic: bytes

    def __repr__(self) -> str:
        return "TerminalChallenge(<nonces>)"

    def command_data(self, keys: BacKeys) -> bytes:
        """E_IFD || M_IFD for MUTUAL AUTHENTICATE."""
        cryptogram = tdes.encrypt(keys.k_enc, self.rnd_ifd + self.rnd_ic + self.k_ifd)
        return cryptogram + tdes.retail_mac(keys.k_mac, cryptogram)

    def session(self, keys: BacKeys, response: bytes) -> SecureMessaging:
        """Check the chip's answer and derive the session keys and the initial SSC.

        A MAC or nonce mismatch means the chip used other keys, i.e. the access key is
        wrong (the chip would normally answer 6300 itself).
        """
        if len(response) != AUTH_DATA:
            raise WrongAccessKeyError(f"MUTUAL AUTHENTICATE answer of {len(response)} bytes")
        cryptogram, mac = response[:32], response[32:]
        if not hmac.compare_digest(tdes.retail_mac(keys.k_mac, cryptogram), mac):
            raise WrongAccessKeyError("MAC of the chip's authentication answer mismatch")
        plain = tdes.decrypt(keys.k_enc, cryptogram)
        if plain[:NONCE] != self.rnd_ic or plain[NONCE : 2 * NONCE] != self.rnd_ifd:
            raise WrongAccessKeyError("nonces in the chip's authentication answer mismatch")
        k_ic = plain[2 * NONCE :]
        seed = bytes(a ^ b for a, b in zip(self.k_ifd, k_ic, strict=True))
        ssc = self.rnd_ic[-4:] + self.rnd_ifd[-4:]
        return SecureMessaging(
            tdes.derive_key(seed, tdes.KEY_ENC), tdes.derive_key(seed, tdes.KEY_MAC), ssc
        )


def get_challenge_command() -> CommandApdu:
    """GET CHALLENGE for an 8-byte nonce."""
    return CommandApdu(0x00, INS_GET_CHALLENGE, 0x00, 0x00, le=NONCE)


def mutual_authenticate_command(data: bytes) -> CommandApdu:
    """MUTUAL AUTHENTICATE (EXTERNAL AUTHENTICATE with a 40-byte answer)."""
    return CommandApdu(0x00, INS_EXTERNAL_AUTHENTICATE, 0x00, 0x00, data, le=AUTH_DATA)


def establish(
    send: Callable[[CommandApdu], ResponseApdu],
    keys: BacKeys,
    random_bytes: Callable[[int], bytes] = os.urandom,
) -> SecureMessaging:
    """Run BAC over the plain channel *send* and return the secure-messaging session."""
    challenge = send(get_challenge_command())
    if not challenge.ok or len(challenge.data) != NONCE:
        raise UnsupportedCardError(
            f"GET CHALLENGE answered {challenge.sw:04X} with {len(challenge.data)} bytes"
        )
    terminal = TerminalChallenge(random_bytes(NONCE), random_bytes(KEY_HALF), challenge.data)
    answer = send(mutual_authenticate_command(terminal.command_data(keys)))
    if answer.sw in (SW_AUTH_FAILED, SW_SECURITY_NOT_SATISFIED) or (answer.sw >> 8) == 0x63:
        raise WrongAccessKeyError(f"MUTUAL AUTHENTICATE answered {answer.sw:04X}")
    if not answer.ok:
        raise UnsupportedCardError(f"MUTUAL AUTHENTICATE answered {answer.sw:04X}")
    return terminal.session(keys, answer.data)

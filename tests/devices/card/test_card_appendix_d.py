"""ICAO 9303 Part 11 Appendix D worked example: keys, BAC, session keys, protected APDUs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.card import bac, tdes
from devices.card.access_key import BacKey
from devices.card.apdu import CommandApdu, ResponseApdu
from devices.card.bac import BacKeys, TerminalChallenge, key_seed
from devices.card.errors import SecureMessagingError, WrongAccessKeyError
from devices.card.secure_messaging import SecureMessaging

H = bytes.fromhex
MRZ_INFORMATION = "L898902C<369080619406236"
K_ENC = H("AB94FDECF2674FDFB9B391F85D7F76F2")
K_MAC = H("7962D9ECE03D1ACD4C76089DCE131543")
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
CMD_DATA = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7")
RESP_DATA = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = H("887022120C06C226")


def test_mrz_information_from_key() -> None:
    key = BacKey("L898902C", "690806", "940623")
    assert key.mrz_information() == MRZ_INFORMATION


def test_document_basic_access_keys() -> None:
    assert key_seed(MRZ_INFORMATION) == H("239AB9CB282DAF66231DC5A4DF6BFBAE")
    keys = BacKeys.from_mrz_information(MRZ_INFORMATION)
    assert keys.k_enc == K_ENC
    assert keys.k_mac == K_MAC


def test_mutual_authenticate_data_and_session_keys() -> None:
    keys = BacKeys(K_ENC, K_MAC)
    terminal = TerminalChallenge(RND_IFD, K_IFD, RND_IC)
    assert terminal.command_data(keys) == CMD_DATA
    assert tdes.retail_mac(K_MAC, CMD_DATA[:32]) == H("5F1448EEA8AD90A7")
    session = terminal.session(keys, RESP_DATA)
    assert session.ssc == SSC
    assert session.protect(CommandApdu(0, 0xA4, 2, 0x0C, H("011E"))).hex().upper() == (
        "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"
    )


def test_session_keys_from_key_seed() -> None:
    seed = bytes(a ^ b for a, b in zip(K_IFD, H("0B4F80323EB3191CB04970CB4052790B"), strict=True))
    assert seed == H("0036D272F5C350ACAC50C3F572D23600")
    assert tdes.derive_key(seed, tdes.KEY_ENC) == KS_ENC
    assert tdes.derive_key(seed, tdes.KEY_MAC) == KS_MAC


def test_wrong_key_answer_is_wrong_access_key() -> None:
    other = BacKeys.from_mrz_information("L898902C<369080619406237")
    with pytest.raises(WrongAccessKeyError):
        TerminalChallenge(RND_IFD, K_IFD, RND_IC).session(other, RESP_DATA)


def test_secure_messaging_exchanges_of_appendix_d() -> None:
    sm = SecureMessaging(KS_ENC, KS_MAC, SSC)
    select = sm.protect(CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    assert select == H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
    assert sm.unprotect(H("990290008E08FA855A5D4C50A8ED9000")) == ResponseApdu(b"", 0x9000)
    assert sm.ssc == H("887022120C06C228")

    read_head = sm.protect(CommandApdu(0x00, 0xB0, 0x00, 0x00, le=4))
    assert read_head == H("0CB000000D9701048E08ED6705417E96BA5500")
    head = sm.unprotect(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))
    assert head == ResponseApdu(H("60145F01"), 0x9000)

    read_rest = sm.protect(CommandApdu(0x00, 0xB0, 0x00, 0x04, le=0x12))
    assert read_rest == H("0CB000040D9701128E082EA28A70F3C7B53500")
    rest = sm.unprotect(
        H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000")
    )
    assert rest.data == H("04303130365F36063034303030305C026175")
    assert sm.ssc == H("887022120C06C22C")


def test_response_with_a_bad_mac_is_rejected() -> None:
    sm = SecureMessaging(KS_ENC, KS_MAC, SSC)
    sm.protect(CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    with pytest.raises(SecureMessagingError):
        sm.unprotect(H("990290008E08FA855A5D4C50A8EE9000"))


def test_response_without_mac_is_rejected() -> None:
    sm = SecureMessaging(KS_ENC, KS_MAC, SSC)
    sm.protect(CommandApdu(0x00, 0xB0, 0x00, 0x00, le=4))
    with pytest.raises(SecureMessagingError):
        sm.unprotect(H("8709019FF0EC34F9922651990290009000"))


def test_plain_error_status_passes_and_sm_errors_raise() -> None:
    sm = SecureMessaging(KS_ENC, KS_MAC, SSC)
    assert sm.unprotect(H("6A82")).sw == 0x6A82
    with pytest.raises(SecureMessagingError):
        sm.unprotect(H("6988"))


def test_establish_sends_the_appendix_d_commands() -> None:
    """The whole BAC run against the recorded chip answers, with the spec's nonces."""
    answers: Iterator[bytes] = iter([RND_IC + H("9000"), RESP_DATA + H("9000")])
    sent: list[bytes] = []

    def send(command: CommandApdu) -> ResponseApdu:
        sent.append(command.to_bytes())
        return ResponseApdu.from_bytes(next(answers))

    nonces = iter([RND_IFD, K_IFD])
    session = bac.establish(send, BacKeys(K_ENC, K_MAC), lambda n: next(nonces))
    assert sent == [H("0084000008"), H("0082000028") + CMD_DATA + H("28")]
    assert session.ssc == SSC


def test_establish_maps_6300_to_wrong_access_key() -> None:
    answers = iter([RND_IC + H("9000"), H("6300")])

    def send(command: CommandApdu) -> ResponseApdu:
        return ResponseApdu.from_bytes(next(answers))

    with pytest.raises(WrongAccessKeyError):
        bac.establish(send, BacKeys(K_ENC, K_MAC))

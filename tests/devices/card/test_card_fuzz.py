"""Property tests: arbitrary or mutated bytes give a typed CardError, never another exception."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.card.access_key import key_from_mrz, parse_qr
from devices.card.active_auth import parse_dg15
from devices.card.dg1 import build_dg1, parse_dg1
from devices.card.dg2 import build_dg2, parse_dg2
from devices.card.dg13 import build_dg13, parse_dg13
from devices.card.emulator_files import CardFiles, CardProfile
from devices.card.errors import CardError
from devices.card.lds import FID_SOD, build_ef_com, fid_of, parse_ef_com
from devices.card.secure_messaging import SecureMessaging
from devices.card.sod import parse_sod
from devices.card.tlv import encode_tlv, header_total_length, iter_tlvs, read_tlv

Parser = Callable[[bytes], object]
PARSERS: dict[str, Parser] = {
    "tlv": read_tlv,
    "tlv_list": lambda data: list(iter_tlvs(data)),
    "header": header_total_length,
    "ef_com": parse_ef_com,
    "dg1": parse_dg1,
    "dg2": parse_dg2,
    "dg13": parse_dg13,
    "dg15": parse_dg15,
    "sod": parse_sod,
}
FUZZ = settings(max_examples=250, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def only_typed_errors(parser: Parser, data: bytes) -> None:
    with contextlib.suppress(CardError):
        parser(data)


@pytest.mark.parametrize("name", sorted(PARSERS))
@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes(name: str, data: bytes) -> None:
    only_typed_errors(PARSERS[name], data)


# Bytes that start like the real file get much deeper into each parser.
TAGS = {"ef_com": 0x60, "dg1": 0x61, "dg2": 0x75, "dg13": 0x6D, "dg15": 0x6F, "sod": 0x77}


@pytest.mark.parametrize("name", sorted(TAGS))
@FUZZ
@given(body=st.binary(max_size=400))
def test_well_wrapped_garbage(name: str, body: bytes) -> None:
    only_typed_errors(PARSERS[name], encode_tlv(TAGS[name], body))


def _mutate(data: bytes, flips: list[tuple[int, int]], cut: int) -> bytes:
    buffer = bytearray(data)
    for position, value in flips:
        buffer[position % len(buffer)] = value
    return bytes(buffer[: max(0, len(buffer) - cut)])


MUTATIONS = st.tuples(
    st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=4),
    st.integers(0, 40),
)


@FUZZ
@given(mutation=MUTATIONS)
def test_mutated_sod(card_files: CardFiles, mutation: tuple[list[tuple[int, int]], int]) -> None:
    only_typed_errors(parse_sod, _mutate(card_files.files[FID_SOD], *mutation))


@FUZZ
@given(mutation=MUTATIONS)
def test_mutated_dg13(profile: CardProfile, mutation: tuple[list[tuple[int, int]], int]) -> None:
    only_typed_errors(parse_dg13, _mutate(build_dg13(profile.dg13_fields()), *mutation))


@FUZZ
@given(mutation=MUTATIONS)
def test_mutated_dg1_and_com(
    profile: CardProfile, mutation: tuple[list[tuple[int, int]], int]
) -> None:
    only_typed_errors(parse_dg1, _mutate(build_dg1(profile.td1()), *mutation))
    only_typed_errors(parse_ef_com, _mutate(build_ef_com((1, 2, 13)), *mutation))


@FUZZ
@given(mutation=MUTATIONS)
def test_mutated_dg2_and_dg15(
    card_files: CardFiles, mutation: tuple[list[tuple[int, int]], int]
) -> None:
    only_typed_errors(parse_dg2, _mutate(build_dg2(b"\xff\xd8\xff" + bytes(60), 2, 3), *mutation))
    only_typed_errors(parse_dg15, _mutate(card_files.files[fid_of(15)], *mutation))


@FUZZ
@given(data=st.binary(max_size=300))
def test_secure_messaging_responses(data: bytes) -> None:
    sm = SecureMessaging(bytes(16), bytes(range(16)), bytes(8))
    only_typed_errors(sm.unprotect, data)


@FUZZ
@given(text=st.text(max_size=120))
def test_typed_and_scanned_text(text: str) -> None:
    only_typed_errors(lambda t: key_from_mrz(t.decode()), text.encode())
    only_typed_errors(lambda t: parse_qr(t.decode()), text.encode())


@FUZZ
@given(fields=st.lists(st.text(alphabet="0123456789|/ Namữ", max_size=14), min_size=7, max_size=8))
def test_qr_like_text(fields: list[str]) -> None:
    only_typed_errors(lambda t: parse_qr(t.decode()), "|".join(fields).encode())

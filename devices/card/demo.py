"""Demo mode's card: a fictional citizen's emulated chip lying on the simulated reader."""

from __future__ import annotations

from dataclasses import dataclass

from devices.card.emulator import CccdEmulator
from devices.card.emulator_files import CardProfile, build_card_files
from devices.card.emulator_pki import make_test_pki
from devices.card.simulated import SimulatedBackend
from devices.card.trust_store import CscaTrustStore


@dataclass(frozen=True, slots=True)
class DemoCard:
    """Everything demo mode needs to show a complete, genuine-looking read."""

    backend: SimulatedBackend
    emulator: CccdEmulator
    profile: CardProfile
    trust_store: CscaTrustStore  # the test CSCA: the demo read verifies as "valid"
    qr_text: str  # what scanning the card's front QR code gives
    mrz_text: str  # the three MRZ lines on the back, joined by newlines

    def __repr__(self) -> str:
        return "DemoCard(<fictional citizen>)"


def make_demo_card(*, inserted: bool = True) -> DemoCard:
    """A fresh test PKI, the default fictional card, and the simulated reader holding it."""
    pki = make_test_pki("ec")  # EC keys: generated in milliseconds at start-up
    profile = CardProfile()
    emulator = CccdEmulator.for_card(build_card_files(profile, pki), profile.access_key)
    backend = SimulatedBackend()
    if inserted:
        backend.insert_card(emulator)
    zone = profile.td1()
    qr = "|".join(
        (
            profile.id_number,
            profile.old_id_number,
            profile.full_name,
            profile.date_of_birth.strftime("%d%m%Y"),
            profile.sex,
            profile.place_of_residence,
            profile.issue_date.strftime("%d%m%Y"),
        )
    )
    return DemoCard(
        backend=backend,
        emulator=emulator,
        profile=profile,
        trust_store=CscaTrustStore([pki.csca_cert]),
        qr_text=qr,
        mrz_text="\n".join((zone[:30], zone[30:60], zone[60:])),
    )

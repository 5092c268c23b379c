"""The emulator as a virtual card of vsmartcard's vpcd reader (the vicc side of its protocol).

vpcd speaks over TCP: each message is a 2-byte big-endian length and a payload; a 1-byte
payload is a control code (0 power off, 1 power on, 2 reset, 4 send the ATR), anything
longer is an APDU to answer. Connecting is inserting the card; closing is removing it.

Run as a program it serves the default fictional card until stopped (the benchmark runs
it in its own process so that its CPU time is not counted as the reader's).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import sys
import threading
from pathlib import Path
from types import FrameType

from devices.card.emulator import CardPulled, CccdEmulator

CTRL_OFF = 0
CTRL_ON = 1
CTRL_RESET = 2
CTRL_ATR = 4


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        try:
            chunk = sock.recv(size - len(data))
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    return data


class VpcdCardLink:
    """Inserts an emulator into a vpcd reader listening on 127.0.0.1:*port*."""

    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        self.port = port
        self.host = host
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.emulator: CccdEmulator | None = None
        self.pulled = threading.Event()

    @property
    def inserted(self) -> bool:
        """True while the card is connected to vpcd."""
        return self._sock is not None

    def insert(self, emulator: CccdEmulator, timeout: float = 5.0) -> None:
        """Connect *emulator* to vpcd (pcscd sees a card within its polling interval)."""
        self.remove()
        self.pulled.clear()
        sock = socket.create_connection((self.host, self.port), timeout=timeout)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self.emulator = emulator
        emulator.power_on()
        self._thread = threading.Thread(
            target=self._serve, args=(sock, emulator), name="vicc", daemon=True
        )
        self._thread.start()

    def remove(self) -> None:
        """Take the card away (close the connection)."""
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(5.0)

    def _serve(self, sock: socket.socket, emulator: CccdEmulator) -> None:
        while True:
            header = _recv_exact(sock, 2)
            if header is None:
                break
            payload = _recv_exact(sock, int.from_bytes(header, "big"))
            if payload is None:
                break
            if len(payload) == 1:
                if payload[0] in (CTRL_ON, CTRL_RESET, CTRL_OFF):
                    emulator.power_on()
                    continue
                answer = emulator.atr if payload[0] == CTRL_ATR else b""
            else:
                try:
                    answer = emulator.process(payload)
                except CardPulled:
                    self.pulled.set()
                    break
            try:
                sock.sendall(len(answer).to_bytes(2, "big") + answer)
            except OSError:
                break
        if self._sock is sock:
            self._sock = None
            sock.close()


def main(argv: list[str] | None = None) -> int:
    """Serve the default fictional card on vpcd's port until SIGTERM or stdin closes."""
    from devices.card.bac import BacKeys
    from devices.card.emulator_files import CardProfile, build_card_files, synthetic_portrait
    from devices.card.emulator_pki import make_test_pki

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True, help="vpcd port on 127.0.0.1")
    parser.add_argument("--trust-dir", type=Path, required=True, help="where to write the CSCA")
    parser.add_argument("--portrait-bytes", type=int, default=20_000)
    parser.add_argument("--short-only", action="store_true", help="no extended length")
    args = parser.parse_args(argv)
    pki = make_test_pki()
    pki.write_trust_store(args.trust_dir)
    profile = CardProfile()
    files = build_card_files(profile, pki, portrait=synthetic_portrait(args.portrait_bytes))
    emulator = CccdEmulator(
        files, BacKeys.from_key(profile.access_key), extended_length=not args.short_only
    )
    link = VpcdCardLink(args.port)
    link.insert(emulator)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)

    def watch_stdin() -> None:
        sys.stdin.read()  # returns when the parent closes our stdin (or dies)
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    print("ready", flush=True)
    stop.wait()
    link.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

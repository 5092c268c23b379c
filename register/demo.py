"""Demo mode's register: the reference register as a local process, and a token to enrol."""

from __future__ import annotations

from pathlib import Path

from register.harness import RegisterProcess


class DemoRegister:
    """The reference register on 127.0.0.1 in a folder of its own, for one demo session."""

    def __init__(self, folder: Path) -> None:
        self._process = RegisterProcess(folder, fault_injection=False)

    def start(self) -> tuple[str, str]:
        """Start it and return its URL and a fresh enrolment token."""
        self._process.start()
        return self._process.url, self._process.tokens(1)[0]

    def kill(self) -> None:
        """Kill the process abruptly (the register or the link going down)."""
        self._process.kill()

    def restart(self) -> None:
        """Start it again on the same address."""
        self._process.restart()

    def stop(self) -> None:
        """Stop the process (at the end of the demo)."""
        self._process.stop()

"""The reference register as a real child process on 127.0.0.1, for tests and benchmarks.

Start it, arm faults over its test-only control endpoint, kill or restart it, and read
what it holds straight from its database to compare with a station's outbox.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from register.db import open_register_database
from register.faults import CONTROL_PATH
from register.keys import load_or_create_keys
from register.store import Holding, RegisterStore
from station.sync.enrolment import EnrolmentToken
from station.sync.tls import pinned_context

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT = 60.0


class RegisterProcess:
    """``python -m register serve`` in a child process, on a fixed port once started."""

    def __init__(
        self,
        data_dir: Path,
        *,
        master_data: Path | None = None,
        fault_injection: bool = True,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.data_dir = data_dir
        self.master_data = master_data
        self.fault_injection = fault_injection
        self.extra_args = extra_args
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        data_dir.mkdir(parents=True, exist_ok=True)
        load_or_create_keys(data_dir, ("127.0.0.1", "localhost"))  # before the first start

    @property
    def url(self) -> str:
        """The register's HTTPS address."""
        return f"https://127.0.0.1:{self.port}"

    @property
    def ca_pem(self) -> str:
        """The register's CA certificate."""
        return (self.data_dir / "keys" / "ca.pem").read_text()

    def start(self) -> RegisterProcess:
        """Start and wait until it listens (on the same port as before, after a restart)."""
        args = [
            sys.executable,
            "-m",
            "register",
            "serve",
            "--data-dir",
            str(self.data_dir),
            "--port",
            str(self.port),
        ]
        if self.master_data is not None:
            args += ["--master-data", str(self.master_data)]
        if self.fault_injection:
            args.append("--fault-injection")
        args += list(self.extra_args)
        out = self.data_dir / "serve.out"
        out.write_bytes(b"")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        with out.open("ab") as stdout, (self.data_dir / "serve.log").open("ab") as stderr:
            self.process = subprocess.Popen(args, stdout=stdout, stderr=stderr, cwd=REPO, env=env)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            text = out.read_text()
            if "LISTENING" in text:
                self.port = int(text.split("LISTENING", 1)[1].split()[0].rsplit(":", 1)[1])
                self._wait_ready(deadline)
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"register exited: {self._log_tail()}")
            time.sleep(0.05)
        self.kill()
        raise RuntimeError("register did not start in time")

    def _wait_ready(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if self._control("GET", "/v1/ping").status_code == 200:
                    return
            time.sleep(0.05)
        raise RuntimeError("register not answering")

    def stop(self) -> None:
        """Graceful stop (SIGTERM), then a kill if it lingers."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def kill(self) -> None:
        """SIGKILL: the abrupt end of a crash or power cut."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        self.process = None

    def wait_exit(self, timeout: float) -> int | None:
        """Wait for the process to end by itself (e.g. a "kill" fault); its exit code."""
        if self.process is None:
            return None
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self.process = None
        return code

    def restart(self) -> RegisterProcess:
        """Stop (if running) and start again on the same port and data."""
        self.stop()
        return self.start()

    # ------------------------------------------------------------------ faults

    def arm(self, mode: str, **options: Any) -> None:
        """Arm one fault (see register.faults)."""
        response = self._control("POST", CONTROL_PATH, json={"mode": mode, **options})
        response.raise_for_status()

    def clear_faults(self) -> dict[str, Any]:
        """Disarm every fault; returns the control state (with the count fired)."""
        response = self._control("DELETE", CONTROL_PATH)
        response.raise_for_status()
        doc: dict[str, Any] = response.json()
        return doc

    def _control(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        with httpx.Client(verify=pinned_context(self.ca_pem), timeout=10, trust_env=False) as c:
            return c.request(method, self.url + path, **kwargs)

    # ------------------------------------------------------------------ records

    def tokens(self, count: int = 1) -> list[str]:
        """Fresh enrolment tokens, as ``register enroll`` prints them."""
        keys = load_or_create_keys(self.data_dir)
        store, db = self._store()
        try:
            secrets = store.issue_tokens(count, dt.timedelta(hours=1))
        finally:
            db.dispose()
        return [str(EnrolmentToken(s, keys.ca_fingerprint()[:32])) for s in secrets]

    def holdings(self, station_id: str | None = None) -> list[Holding]:
        """What the register holds (of one station)."""
        store, db = self._store()
        try:
            return store.holdings(station_id)
        finally:
            db.dispose()

    def store(self) -> RegisterStore:
        """A store on the register's database (dispose ``store.db`` when done)."""
        return self._store()[0]

    def _store(self) -> tuple[RegisterStore, Any]:
        db = open_register_database(f"sqlite:///{self.data_dir / 'register.db'}")
        return RegisterStore(db, lambda: dt.datetime.now(dt.UTC)), db

    def _log_tail(self) -> str:
        path = self.data_dir / "serve.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

"""The register's command line and HTTPS service as real processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from cryptography import x509

from register.harness import REPO, RegisterProcess
from station.sync import contract
from station.sync.enrolment import EnrolmentToken
from station.sync.tls import ca_fingerprint, pinned_context

pytestmark = pytest.mark.register


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "register", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_keys_and_enroll_print_what_it_needs(tmp_path: Path) -> None:
    keys = _cli("keys", "--data-dir", str(tmp_path))
    assert keys.returncode == 0, keys.stderr
    shown = json.loads(keys.stdout)
    assert len(bytes.fromhex(shown["exchange_public"])) == 32
    ca_pem = (tmp_path / "keys" / "ca.pem").read_text()
    assert shown["ca_sha256"] == ca_fingerprint(ca_pem)
    assert oct((tmp_path / "keys" / "register-keys.json").stat().st_mode & 0o777) == "0o600"

    enroll = _cli("enroll", "--data-dir", str(tmp_path), "--count", "3")
    assert enroll.returncode == 0, enroll.stderr
    tokens = enroll.stdout.split()
    assert len(set(tokens)) == 3
    for token in tokens:
        parsed = EnrolmentToken.parse(token)
        assert shown["ca_sha256"].startswith(parsed.ca_fingerprint_prefix)
    # The CA is kept across runs (stations pin it).
    assert _cli("keys", "--data-dir", str(tmp_path)).stdout == keys.stdout


def test_serve_binds_loopback_with_tls_from_its_own_ca(tmp_path: Path) -> None:
    process = RegisterProcess(tmp_path, fault_injection=False).start()
    try:
        assert re.fullmatch(r"https://127\.0\.0\.1:\d+", process.url)
        with httpx.Client(verify=pinned_context(process.ca_pem), trust_env=False) as client:
            ping = client.get(process.url + contract.PING)
            assert ping.status_code == 200 and ping.json()["api_version"] == "1"
            assert contract.SERVER_TIME_HEADER in ping.headers
            # Fault injection is off unless asked for.
            assert client.post(process.url + "/_faults", json={"mode": "delay"}).status_code == 404
        server = x509.load_pem_x509_certificate((tmp_path / "keys" / "server.pem").read_bytes())
        names = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        assert {str(n.value) for n in names} == {"127.0.0.1", "localhost"}
        with pytest.raises(httpx.ConnectError), httpx.Client(trust_env=False) as system_trust:
            system_trust.get(process.url + contract.PING)  # no public CA vouches for it
    finally:
        process.stop()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = _cli("import", "--data-dir", str(tmp_path))
    assert result.returncode == 2


def test_import_of_a_missing_file_fails_clearly(tmp_path: Path) -> None:
    result = _cli("import", str(tmp_path / "nope.isb"), "--data-dir", str(tmp_path))
    assert result.returncode == 1 and "Cannot read the file" in result.stdout

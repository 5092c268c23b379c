"""A private pcscd with one vpcd virtual reader, for tests, the benchmark and card-fixture.

Never used by the station itself. Two things keep it private and off the network:

* vpcd 3.3 can only run reliably as a TCP *server* (its "connect to host:port" mode aborts
  pcscd with FD_SET(-1) as soon as the card side disconnects), and that server binds
  0.0.0.0. A tiny LD_PRELOAD shim, compiled here with the system C compiler, turns that
  bind into 127.0.0.1.
* vpcd sends each message in two writes; the shim sets TCP_NODELAY on its connection so
  that Nagle's algorithm does not add 40 ms to every APDU.
* pcscd dies with the process that started it (PR_SET_PDEATHSIG), so a test run killed
  hard leaves no daemon behind; start the rig from a thread that lives as long as it.
* pcscd 1.9 hard-codes /run/pcscd for its socket and pid file. The shim moves those paths
  into our own directory, and hides the USB driver folder so that this pcscd never grabs a
  real reader from the system's pcscd. Clients find the socket through
  PCSCLITE_CSOCK_NAME, which libpcsclite reads once per process, before its first call.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

READER_NAME = "Intake Test PCD"
FIRST_SLOT = f"{READER_NAME} 00 00"
SOCKET_ENV = "PCSCLITE_CSOCK_NAME"
_DRIVER_CANDIDATES = (
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/lib/x86_64-linux-gnu/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so",
)
_SHIM_SOURCE = r"""
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

/* A test run killed hard must not leave this pcscd behind: it dies with its parent. */
__attribute__((constructor)) static void die_with_parent(void)
{
    if (getenv("INTAKE_PCSCD_RUN_DIR"))
        prctl(PR_SET_PDEATHSIG, SIGTERM);
}

static const char RUN_DIR[] = "/run/pcscd";
static const char DRIVER_DIR[] = "/usr/lib/pcsc/drivers";

static const char *moved(const char *path, char *buf, size_t size)
{
    const char *dir = getenv("INTAKE_PCSCD_RUN_DIR");
    size_t n = sizeof RUN_DIR - 1;
    if (!dir || strncmp(path, RUN_DIR, n) != 0 || (path[n] && path[n] != '/'))
        return path;
    snprintf(buf, size, "%s%s", dir, path + n);
    return buf;
}

#define REAL(name) static __typeof__(name) *real; if (!real) real = dlsym(RTLD_NEXT, #name)

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
    REAL(bind);
    if (addr->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        struct sockaddr_in in;
        memcpy(&in, addr, sizeof in);
        if (in.sin_addr.s_addr == htonl(INADDR_ANY))
            in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return real(fd, (const struct sockaddr *) &in, sizeof in);
    }
    if (addr->sa_family == AF_UNIX && len <= sizeof(struct sockaddr_un)) {
        struct sockaddr_un un;
        char buf[sizeof un.sun_path];
        memset(&un, 0, sizeof un);
        memcpy(&un, addr, len);
        const char *path = moved(un.sun_path, buf, sizeof buf);
        if (path == buf) {
            memcpy(un.sun_path, buf, sizeof un.sun_path);
            un.sun_path[sizeof un.sun_path - 1] = '\0';
            return real(fd, (const struct sockaddr *) &un, sizeof un);
        }
    }
    return real(fd, addr, len);
}

int open(const char *path, int flags, ...)
{
    REAL(open);
    char buf[4096];
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    return real(moved(path, buf, sizeof buf), flags, mode);
}

int mkdir(const char *p, mode_t m)
{ REAL(mkdir); char b[4096]; return real(moved(p, b, sizeof b), m); }
int chmod(const char *p, mode_t m)
{ REAL(chmod); char b[4096]; return real(moved(p, b, sizeof b), m); }
int remove(const char *p) { REAL(remove); char b[4096]; return real(moved(p, b, sizeof b)); }
int stat(const char *restrict p, struct stat *restrict s)
{ REAL(stat); char b[4096]; return real(moved(p, b, sizeof b), s); }
int lstat(const char *restrict p, struct stat *restrict s)
{ REAL(lstat); char b[4096]; return real(moved(p, b, sizeof b), s); }

/* vpcd writes the 2-byte length and the payload separately: without TCP_NODELAY, Nagle
 * and delayed ACKs add 40 ms to every APDU. */
int accept(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
    REAL(accept);
    int client = real(fd, addr, len);
    if (client >= 0) {
        int one = 1;
        setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return client;
}

DIR *opendir(const char *path)
{
    REAL(opendir);
    const char *empty = getenv("INTAKE_PCSCD_DRIVER_DIR");
    if (empty && strcmp(path, DRIVER_DIR) == 0)
        return real(empty);
    return real(path);
}
"""


class RigError(RuntimeError):
    """The private pcscd cannot be started (missing package, compiler, ...)."""


@dataclass(frozen=True, slots=True)
class RigTools:
    """The system programs the rig needs."""

    pcscd: str
    vpcd_driver: str
    compiler: str


def find_tools() -> RigTools:
    """Locate pcscd, the vpcd driver and a C compiler; RigError naming what is missing."""
    pcscd = shutil.which("pcscd") or next(
        (p for p in ("/usr/sbin/pcscd", "/sbin/pcscd") if os.access(p, os.X_OK)), None
    )
    driver = next((p for p in _DRIVER_CANDIDATES if os.path.exists(p)), None)
    compiler = shutil.which("cc") or shutil.which("gcc")
    missing = [
        name
        for name, found in (
            ("pcscd (Debian package pcscd)", pcscd),
            ("the vpcd driver (Debian package vsmartcard-vpcd)", driver),
            ("a C compiler (Debian package gcc)", compiler),
        )
        if found is None
    ]
    if missing or pcscd is None or driver is None or compiler is None:
        raise RigError("the card tests need " + ", ".join(missing) + "; run scripts/setup as root")
    return RigTools(pcscd, driver, compiler)


def build_shim(directory: Path, compiler: str) -> Path:
    """Compile the LD_PRELOAD shim into *directory* (reused when the source is unchanged)."""
    digest = hashlib.sha256(_SHIM_SOURCE.encode()).hexdigest()[:12]
    target = directory / f"pcscd-shim-{digest}.so"
    if target.exists():
        return target
    source = directory / "pcscd-shim.c"
    source.write_text(_SHIM_SOURCE)
    result = subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-o", str(target), str(source), "-ldl"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RigError("cannot compile the pcscd shim: " + result.stderr.strip()[-500:])
    return target


def _port_pair_free(port: int) -> bool:
    for candidate in (port, port + 1):  # vpcd opens one port per slot, two slots
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", candidate))
            except OSError:
                return False
    return True


def free_port_pair() -> int:
    """A port P on 127.0.0.1 with P and P+1 free now."""
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20000, 60000)
        if _port_pair_free(port):
            return port
    raise RigError("no free port pair on 127.0.0.1")


def listening_addresses(port: int) -> list[str]:
    """Local IPv4 addresses (dotted) with a TCP listener on *port* (from /proc/net/tcp)."""
    out = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, state = fields[1], fields[3]
        address, port_hex = local.split(":")
        if state == "0A" and int(port_hex, 16) == port:
            raw = bytes.fromhex(address)[::-1]
            out.append(".".join(str(b) for b in raw))
    return out


@dataclass
class PcscRig:
    """A running private pcscd with the vpcd reader on 127.0.0.1:port."""

    directory: Path
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def socket_path(self) -> Path:
        """The pcscd socket: put it in PCSCLITE_CSOCK_NAME before any PC/SC call."""
        return self.directory / "run" / "pcscd.comm"

    @property
    def reader_name(self) -> str:
        """The reader the emulator appears in."""
        return FIRST_SLOT

    def log(self) -> str:
        """pcscd's output so far (for failure messages)."""
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        """Stop pcscd (TERM, then KILL after five seconds)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def start_rig(directory: Path, *, timeout: float = 10.0, debug: bool = False) -> PcscRig:
    """Start pcscd in the foreground with a private config, socket and vpcd port."""
    tools = find_tools()
    directory.mkdir(parents=True, exist_ok=True)
    shim = build_shim(directory, tools.compiler)
    for sub in ("run", "conf", "no-usb-drivers"):
        (directory / sub).mkdir(exist_ok=True)
    port = free_port_pair()
    (directory / "conf" / "vpcd").write_text(
        f'FRIENDLYNAME "{READER_NAME}"\n'
        f"DEVICENAME   /dev/null:{port}\n"
        f"LIBPATH      {tools.vpcd_driver}\n"
        f"CHANNELID    {port}\n"
    )
    env = dict(os.environ)
    env.update(
        LD_PRELOAD=str(shim),
        INTAKE_PCSCD_RUN_DIR=str(directory / "run"),
        INTAKE_PCSCD_DRIVER_DIR=str(directory / "no-usb-drivers"),
    )
    log_path = directory / "pcscd.log"
    args = [tools.pcscd, "--foreground", "--config", str(directory / "conf")]
    if debug:
        args.append("--debug")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            args, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    rig = PcscRig(directory, port, process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RigError(f"pcscd exited with {process.returncode}: {rig.log()[-1000:]}")
        if rig.socket_path.exists() and listening_addresses(port):
            return rig
        time.sleep(0.05)
    rig.stop()
    raise RigError(f"pcscd did not get ready in {timeout} s: {rig.log()[-1000:]}")


def main(argv: list[str] | None = None) -> int:
    """Run the rig with the default fictional card inserted until Ctrl-C (scripts/card-fixture)."""
    import argparse
    import tempfile
    import threading

    from devices.card.emulator import CccdEmulator
    from devices.card.emulator_files import CardProfile, build_card_files
    from devices.card.emulator_pki import make_test_pki
    from devices.card.emulator_vpcd import VpcdCardLink

    parser = argparse.ArgumentParser(description="A private pcscd with an emulated CCCD card.")
    parser.add_argument("--dir", type=Path, help="working folder (default: a new temporary one)")
    args = parser.parse_args(argv)
    directory = args.dir or Path(tempfile.mkdtemp(prefix="card-fixture-"))
    rig = start_rig(directory)
    pki = make_test_pki()
    trust = pki.write_trust_store(directory / "csca").parent
    profile = CardProfile()
    link = VpcdCardLink(rig.port)
    link.insert(CccdEmulator.for_card(build_card_files(profile, pki), profile.access_key))
    print(f"export {SOCKET_ENV}={rig.socket_path}")
    print(f"# reader: {rig.reader_name}   CSCA folder: {trust}")
    print(
        f"# access key: ID {profile.id_number}, born {profile.date_of_birth:%d/%m/%Y}, "
        f"expires {profile.expiry_date:%d/%m/%Y} (fictional citizen)"
    )
    print("# Ctrl-C stops pcscd", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        link.remove()
        rig.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

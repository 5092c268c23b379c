"""Benchmark: the officer's application — start-up, the queue view, GUI stalls, memory.

Figures (targets):
- cold start to the login window from source, median of N runs, in demo mode and for an
  installed station unlocked by passphrase (<= 1.0 s); the officer can type from then on,
  and the time until the station is open (key, database, devices) is reported beside it;
- opening the queue view on 100,000 sealed applications (<= 300 ms);
- the longest GUI-thread stall, measured by an event-loop lag probe, during a card read,
  a sync of 500 applications to a real register process, and a minute of live preview
  (<= 50 ms each);
- RSS after 500 simulated intakes through the wizard's state and the sealing path,
  sampled every 100 (<= 300 MB, not growing).
Prints one JSON line. ``--quick`` runs every part small (a smoke run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark station passphrase"


def _startup_once(args: list[str], env: dict[str, str], mark: Path) -> tuple[float, float]:
    mark.unlink(missing_ok=True)
    # An installed program runs from compiled bytecode: let Python keep its .pyc files
    # even where the shell forbids writing them (the first, warm-up run writes them).
    child_env = {**os.environ, **env, "STATION_STARTUP_MARK": str(mark)}
    child_env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args, "--quit-after", "1"],
        cwd=REPO,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or not mark.exists():
        raise RuntimeError(f"start-up failed ({result.returncode}): {result.stderr[-2000:]}")
    # The program writes its monotonic clock when the login window shows, then again when
    # the station is open (key unlocked, database open, devices ready).
    shown, opened = (float(line) for line in mark.read_text().split())
    return shown - started, opened - started


def _installed_station(folder: Path) -> dict[str, str]:
    """A set-up station (default Argon2 cost) the start-up can unlock by passphrase."""
    from station.config import load_config
    from station.paths import KEYS_FILE
    from station.protect.keystore import Keystore
    from station.refdata import load_reference_data
    from station.services import open_station_core

    env = {
        "STATION_STATION_DATA_DIR": str(folder),
        "STATION_STATION_CODE": "HN0001",
        "STATION_PASSPHRASE": PASSPHRASE,
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_STATE_HOME": str(folder / "state"),
        "XDG_CACHE_HOME": str(folder / "cache"),
    }
    if not (folder / KEYS_FILE).exists():
        folder.mkdir(parents=True, exist_ok=True)
        secrets = Keystore(folder / KEYS_FILE).create(PASSPHRASE)
        config = load_config([], {k: v for k, v in env.items() if k.startswith("STATION_")})
        core = open_station_core(folder, secrets, config, load_reference_data())
        core.accounts.create_first_admin("admin", "Quản trị", "Quan-tri-2026")
        core.close()
    return env


def bench_startup(runs: int, scratch: Path) -> dict[str, float]:
    """Seconds from process start to the login window shown, and to the station open."""
    mark = scratch / "startup.mark"
    figures: dict[str, float] = {}
    installed = _installed_station(scratch / "installed")
    for name, args, env in (("demo", ["--demo"], {}), ("installed", [], installed)):
        _startup_once(args, env, mark)  # warm-up: bytecode compiled, files in the OS cache
        times = [_startup_once(args, env, mark) for _ in range(runs)]
        shown = [t[0] for t in times]
        opened = [t[1] for t in times]
        figures[f"startup_{name}_median_s"] = round(statistics.median(shown), 3)
        figures[f"startup_{name}_max_s"] = round(max(shown), 3)
        figures[f"station_open_{name}_median_s"] = round(statistics.median(opened), 3)
    return figures


# ---------------------------------------------------------------------- in-process parts


def _wait(app: object, condition: Callable[[], bool], timeout: float) -> None:
    """Run the Qt event loop until *condition* holds (the benchmark's own loop, not the app's)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(5)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise RuntimeError("benchmark condition not reached in time")


def _context(core: Any, demo_card: Any = None) -> Any:
    """The screens' context around *core*, as main.py builds it (simulated devices)."""
    from devices.camera.demo import demo_camera
    from devices.card.demo import make_demo_card
    from devices.card.readers import ReaderConfig, ReaderService
    from ui.bridges import ReaderBridge, SyncBridge
    from ui.context import StationDevices, UiContext
    from ui.notifications import NotificationArea
    from ui.session import OfficerSession
    from ui.tasks import TaskRunner

    card = demo_card or make_demo_card()
    notices = NotificationArea("vi")
    events = ReaderBridge()
    reader = ReaderService(card.backend, ReaderConfig(), on_change=events.listener)
    devices = StationDevices(reader, card.trust_store, demo_camera, demo_card=card)
    session = OfficerSession(60)
    return UiContext(
        TaskRunner(notices.error),
        notices,
        session,
        "vi",
        sync_events=SyncBridge(),
        reader_events=events,
        demo=True,
        core=core,
        devices=devices,
    )


def _fake_enrolment(state: Any, code: str) -> None:
    import datetime as dt

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from station.sync.state import Enrolment

    state.save_enrolment(
        Enrolment(
            station_id="bench",
            station_code=code,
            register_url="https://127.0.0.1:9",
            ca_pem="",
            register_exchange_public=X25519PrivateKey.generate().public_key().public_bytes_raw(),
            register_signing_public=Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
            enrolled_at=dt.datetime.now(dt.UTC),
        )
    )


def bench_queue(app: Any, rows: int, folder: Path) -> dict[str, float]:
    """Open the queue screen on *rows* sealed applications: until its first page shows."""
    from register.simstation import FAST_KDF, SimulatedStation
    from register.simstation import PASSPHRASE as SIM_PASSPHRASE
    from station.config import load_config
    from station.paths import KEYS_FILE
    from station.protect.keystore import Keystore
    from station.refdata import load_reference_data
    from station.services import open_station_core
    from ui.queue.page import QueuePage

    refdata = load_reference_data()
    # Application numbers hold a daily sequence of 5 digits: fill one earlier day at a time.
    per_day = 90_000
    while True:
        probe = SimulatedStation(folder, "HN0001", refdata=refdata)
        if probe.state.enrolment() is None:
            _fake_enrolment(probe.state, "HN0001")
        have = sum(probe.outbox.counts().values())
        probe.close()
        if have >= rows:
            break
        day = dt.datetime.now(dt.UTC) - dt.timedelta(days=1 + have // per_day)
        station = SimulatedStation(folder, "HN0001", refdata=refdata, clock=lambda day=day: day)
        station.seal_fast(min(rows - have, per_day - have % per_day), photo_bytes=200, chunk=1000)
        station.close()
    secrets = Keystore(folder / KEYS_FILE, FAST_KDF).unlock(SIM_PASSPHRASE)
    config = load_config([], {"STATION_STATION_CODE": "HN0001"})
    core = open_station_core(folder, secrets, config, refdata)
    ctx = _context(core)
    ctx.session.log_in(_supervisor())
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        page = QueuePage(ctx)
        page.resize(1366, 700)
        page.show()
        _wait(app, lambda page=page: page.model.rowCount() > 0, 30)  # type: ignore[misc]
        timings.append(time.perf_counter() - started)
        page.close()
        page.deleteLater()
    ctx.tasks.shutdown()
    ctx.session.log_out()
    core.close()
    return {
        "queue_rows": rows,
        "queue_open_median_ms": round(statistics.median(timings) * 1000, 1),
        "queue_open_max_ms": round(max(timings) * 1000, 1),
    }


def _supervisor() -> Any:
    from station.accounts.base import LoginResult
    from station.storage.schema import Role

    return LoginResult("bench", "Bench", Role.SUPERVISOR, must_change_password=False)


def _demo_launcher(app: Any) -> Any:
    """The demo station exactly as main.py starts it, logged in, register enrolled."""
    from main import StationLauncher
    from station.config import load_config
    from station.demo import DEMO_OFFICER, DEMO_PASSWORD

    launcher = StationLauncher(app, load_config([], {}), "vi", demo=True)
    if not launcher.start():
        raise RuntimeError("the demo station did not start")
    _wait(app, lambda: launcher.core is not None, 120)
    core = launcher.core
    _wait(app, lambda: core.sync_state.enrolment() is not None, 120)
    officer = core.accounts.login(DEMO_OFFICER, DEMO_PASSWORD)
    launcher.ctx.session.log_in(officer)
    launcher.window.show_home()
    return launcher


def bench_stalls(app: Any, sync_count: int, preview_seconds: float) -> dict[str, float]:
    """The longest GUI-thread stall during card reads, a sync, and the live preview."""
    from bench.lagprobe import LagProbe

    launcher = _demo_launcher(app)
    ctx, core, window = launcher.ctx, launcher.core, launcher.window
    probe = LagProbe()
    figures: dict[str, float] = {}
    try:
        # Card reads through the identify step, ten times.
        window.new_application()
        wizard = window.screens.wizard
        _wait(app, lambda: wizard.state is not None, 30)
        wizard.next()
        identify = wizard.current_page()
        identify.key_tabs.setCurrentIndex(2)
        identify.demo_button.click()
        probe.start()
        for _ in range(10):
            wizard.state.set_chip(None)
            identify.read_button.click()
            _wait(app, lambda: wizard.state.chip is not None, 30)
        probe.stop()
        figures["stall_card_read_max_ms"] = round(probe.longest_ms, 1)

        # A sync of N applications while the queue screen shows it.
        core.sync.stop()
        _seal_many(core, sync_count)
        window.show_queue()
        probe.start()
        core.sync.start()
        core.sync.wake()
        _wait(app, lambda: core.outbox.counts()[_accepted()] >= sync_count, 600)
        probe.stop()
        figures["stall_sync_max_ms"] = round(probe.longest_ms, 1)
        figures["sync_applications"] = sync_count

        # The live preview (the portrait step), without auto-capture ending it.
        figures.update(_preview(app, ctx, probe, preview_seconds))
    finally:
        window.close()
        launcher.shutdown()
    return figures


def _accepted() -> Any:
    from station.storage.schema import OutboxState

    return OutboxState.ACCEPTED


def _seal_many(core: Any, count: int) -> None:
    """Seal *count* complete applications the officer's way (draft, photo, seal)."""
    import dataclasses
    import os as _os

    from station.record import PortraitRef
    from station.samples import sample_record

    for _ in range(count):
        draft = core.drafts.start("demo", core.station_code)
        app_id = draft.meta.application_id
        digest = core.drafts.put_attachment(app_id, "portrait", _os.urandom(40_000))
        record = dataclasses.replace(
            sample_record(core.refdata, core.clock()),
            meta=draft.meta,
            portrait=PortraitRef("portrait", digest, core.clock()),
        )
        core.drafts.save(record)
        core.sealer().seal(app_id, "demo")


def _preview(app: Any, ctx: Any, probe: Any, seconds: float) -> dict[str, float]:
    from devices.camera.grabber import FrameGrabber
    from devices.portrait.autocapture import AutoCapture, AutoCaptureConfig
    from devices.portrait.live import LivePortrait
    from ui.widgets.camera_view import CameraView

    view = CameraView()
    view.resize(800, 600)
    view.show()
    live = LivePortrait(
        FrameGrabber(ctx.devices.open_camera()),
        autocapture=AutoCapture(AutoCaptureConfig(enabled=False)),
    )
    live.start()
    view.set_live(live)
    probe.start()
    ends = time.monotonic() + seconds
    _wait(app, lambda: time.monotonic() > ends, seconds + 30)
    probe.stop()
    shown = view.frames_shown
    view.set_live(None)
    live.stop()
    view.close()
    return {
        "stall_preview_max_ms": round(probe.longest_ms, 1),
        "preview_seconds": seconds,
        "preview_frames_shown": shown,
    }


def _rss_mb() -> float:
    """This process's resident set size (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_memory(app: Any, intakes: int) -> dict[str, object]:
    """RSS while the wizard takes *intakes* applications: draft, edits, photo, seal, next."""
    import dataclasses
    import gc

    from station.record import PortraitRef
    from station.samples import sample_record

    launcher = _demo_launcher(app)
    core, window = launcher.core, launcher.window
    wizard = window.screens.wizard
    photo = _demo_jpeg()
    step = max(1, intakes // 5)
    samples: list[float] = []
    try:
        for n in range(1, intakes + 1):
            window.new_application()
            _wait(app, lambda: wizard.state is not None and not wizard.state.is_sealed, 30)
            state = wizard.state
            record = sample_record(core.refdata, core.clock())
            state.update(dataclasses.replace(record, meta=state.record.meta))
            digest = core.drafts.put_attachment(state.application_id, "portrait", photo)
            state.update(
                dataclasses.replace(
                    state.record, portrait=PortraitRef("portrait", digest, core.clock())
                )
            )
            state.save_now()
            _wait(app, lambda state=state: not state.dirty, 30)  # type: ignore[misc]
            receipt = core.sealer().seal(state.application_id, "demo")
            state.mark_sealed(receipt)
            if n % step == 0:
                gc.collect()
                samples.append(round(_rss_mb(), 1))
        _wait(app, lambda: core.outbox.counts()[_accepted()] >= intakes, 600)
    finally:
        window.close()
        launcher.shutdown()
    return {
        "intakes": intakes,
        "rss_mb_samples": samples,
        "rss_mb_final": samples[-1],
        "rss_growth_last_half_mb": round(samples[-1] - samples[len(samples) // 2], 1),
    }


def _demo_jpeg() -> bytes:
    """A portrait JPEG like the camera's (the demo astronaut, cropped and encoded)."""
    import cv2

    from devices.camera.demo import demo_portrait_frame

    frame = demo_portrait_frame()
    assert frame is not None
    ok, data = cv2.imencode(".jpg", frame[0:720, 320:960], [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return bytes(data)


def main() -> None:
    """Run the parts asked for and print one JSON line of figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument(
        "--parts", default="startup,queue,stalls,memory", help="comma-separated parts to run"
    )
    parser.add_argument("--queue-dir", help="keep the 100,000-application station here (reused)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    figures: dict[str, object] = {"benchmark": "gui", "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        scratch = Path(tmp)
        if "startup" in parts:
            figures.update(bench_startup(3 if args.quick else 11, scratch))
        if parts & {"queue", "stalls", "memory"}:
            from PySide6.QtWidgets import QApplication

            from ui.qt_messages import route_qt_messages_to_logging

            route_qt_messages_to_logging()  # as main.py does: known offscreen noise dropped
            app = QApplication.instance() or QApplication(sys.argv[:1])
            if "queue" in parts:
                folder = Path(args.queue_dir) if args.queue_dir else scratch / "queue"
                figures.update(bench_queue(app, 2_000 if args.quick else 100_000, folder))
            if "stalls" in parts:
                figures.update(
                    bench_stalls(app, 50 if args.quick else 500, 5 if args.quick else 60)
                )
            if "memory" in parts:
                figures.update(bench_memory(app, 30 if args.quick else 500))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

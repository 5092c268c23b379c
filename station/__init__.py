"""The intake station's core: records, validation, reference data, storage, sync (no Qt)."""

import sys

# httpx (station.sync) imports its command-line client, and with it click, rich and
# pygments, whenever those happen to be installed (the development tools bring them):
# about 3 MB for the whole run and 40 ms at start-up, for a client the station never runs.
# httpx expects that import to fail when they are missing; a None entry makes it fail.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

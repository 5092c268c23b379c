"""The station's Qt user interface: windows, pages, models and workers; imported by main only."""

from ui.source_scan import stop_source_caching

# First thing in ui/, before the screens and the libraries they load are imported: PySide6
# would keep the source of each of them in memory for the whole run (see ui/source_scan.py).
stop_source_caching()

"""Settings shared by every test: Qt runs offscreen, before any Qt module is loaded."""

from __future__ import annotations

import os

# Set before pytest-qt creates the QApplication, so no test ever needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

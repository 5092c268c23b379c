"""Compile every translation: ``python -m ui.i18n`` (packaging runs this before freezing)."""

from ui.i18n import compile_all

for path in compile_all():
    print(path)

"""Reusable input widgets of the screens: pickers, dates, addresses, the camera view."""

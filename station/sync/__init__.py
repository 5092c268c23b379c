"""Sync to the central register: contract, batch container, client, engine, USB export.

No Qt here: the GUI follows the engine through plain callbacks (station.sync.progress).
"""

"""The application being taken: one object the wizard's pages read and change.

Every change replaces the (frozen) record and schedules an autosave: the draft is written
through the single database writer on a worker a moment after the last keystroke, so a
crash loses at most that moment. Pages never write the database themselves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from devices.card.read import ChipRead
from devices.portrait.capture import CapturedPortrait
from station.record import ApplicationRecord
from station.sealing import SealReceipt
from ui.context import UiContext

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400


class IntakeState(QObject):
    """The draft record and what came with it (chip read, portrait, acknowledged warnings)."""

    record_changed = Signal()  # the record was replaced (any field)
    chip_changed = Signal()  # a chip read arrived or was cleared
    portrait_changed = Signal()  # a portrait was captured or cleared
    sealed = Signal(object)  # the SealReceipt
    saved = Signal()  # an autosave finished

    def __init__(self, ctx: UiContext, record: ApplicationRecord, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._record = record
        self.chip: ChipRead | None = None
        self.portrait: CapturedPortrait | None = None
        self.acknowledged: set[str] = set()  # warning keys "field:code" the officer accepted
        self.receipt: SealReceipt | None = None
        self._dirty = False
        self._saving = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)

    @property
    def record(self) -> ApplicationRecord:
        """The record as it stands."""
        return self._record

    @property
    def application_id(self) -> str:
        """The draft's stable id."""
        return self._record.meta.application_id

    @property
    def is_sealed(self) -> bool:
        """True once sealed: nothing may change any more."""
        return self.receipt is not None

    def update(self, record: ApplicationRecord) -> None:
        """Replace the record (a page changed a field) and autosave shortly."""
        if self.is_sealed or record == self._record:
            return
        self._record = record
        self._dirty = True
        self._autosave.start()
        self.record_changed.emit()

    def set_chip(self, chip: ChipRead | None) -> None:
        """Keep the chip read of this application (the form maps it into the record)."""
        self.chip = chip
        self.chip_changed.emit()

    def set_portrait(self, portrait: CapturedPortrait | None) -> None:
        """Keep the captured portrait (the portrait page stores it as an attachment)."""
        self.portrait = portrait
        self.portrait_changed.emit()

    @property
    def dirty(self) -> bool:
        """True while a change has not reached the database yet."""
        return self._dirty or self._saving

    def save_now(self) -> None:
        """Write the draft on a worker now (Next, Back, lock, close all call this)."""
        self._autosave.stop()
        if not self._dirty or self.is_sealed:
            return
        if self._saving:  # one save at a time; the next starts when this one ends
            self._autosave.start()
            return
        record = self._record
        self._dirty = False
        self._saving = True
        drafts = self._ctx.core.drafts
        self._ctx.tasks.run(lambda: drafts.save(record), self._saved, self._save_failed)

    def _saved(self, _: object) -> None:
        self._saving = False
        self.saved.emit()
        if self._dirty:
            self._autosave.start()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._dirty = True  # keep the change; the next edit or Next tries again
        self._ctx.notices.error(error, self.tr("Save again"), self.save_now)

    def mark_sealed(self, receipt: SealReceipt) -> None:
        """The application is sealed: the wizard moves on to the slip."""
        self.receipt = receipt
        self._autosave.stop()
        self._dirty = False
        self.sealed.emit(receipt)

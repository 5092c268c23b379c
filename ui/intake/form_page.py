"""Step 3 of the wizard: the application form, validated inline as the officer types.

Every edit builds the new frozen record and hands it to the IntakeState (which autosaves);
validation runs shortly after the last keystroke and puts each finding next to its field.
Findings on fields of other steps (portrait, kind and reason, station data) are left to
those steps and the review.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from station.validation import Finding, validate
from ui.context import UiContext
from ui.intake.form_addresses import AddressesSection
from ui.intake.form_applicant import ApplicantSection
from ui.intake.form_card import BiometricsSection, PreviousCardSection
from ui.intake.form_contact import ContactSection
from ui.intake.form_family import FamilySection, RepresentativeSection
from ui.intake.form_fields import ERROR_COLOUR, FieldRegistry, FieldSlot, FormSection
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState
from ui.widgets.pickers import SearchField

VALIDATION_DELAY_MS = 150


class FormPage(WizardPage):
    """The whole application record as a form: applicant, addresses, family, contact, cards."""

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.setObjectName("formPage")
        self.registry = FieldRegistry()
        self._findings: list[Finding] = []
        self._pushing = False  # our own update is on its way through the state
        self._requested: str | None = None  # focus_field() before the page was shown

        self.summary = QLabel(self)
        self.summary.setObjectName("formSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 0, 8, 0)
        content = QWidget()
        content.setObjectName("formContent")
        content.setMaximumWidth(1180)  # long lines are hard to read on a wide screen
        column = QVBoxLayout(content)
        self.sections: list[FormSection] = [
            ApplicantSection(ctx, self.registry, content),
            AddressesSection(ctx, self.registry, content),
            FamilySection(ctx, self.registry, content),
            RepresentativeSection(ctx, self.registry, content),
            ContactSection(ctx, self.registry, content),
            PreviousCardSection(ctx, self.registry, content),
            BiometricsSection(ctx, self.registry, content),
        ]
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("formScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(content)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroller, 1)

        self._validation = QTimer(self)
        self._validation.setSingleShot(True)
        self._validation.setInterval(VALIDATION_DELAY_MS)
        self._connect_signals()
        # The old-unit list is parsed on first use (ID prefixes, conversions): do it now,
        # off the GUI thread, rather than on the officer's first keystroke.
        refdata = ctx.core.refdata
        ctx.tasks.run(refdata.preload_legacy)

    def _connect_signals(self) -> None:
        for section in self.sections:
            section.edited.connect(partial(self._section_edited, section))
        self._validation.timeout.connect(self.validate_now)
        self.state.record_changed.connect(self._record_changed)

    # -- the wizard's contract --------------------------------------------------------

    def title(self) -> str:
        """The step's name in the step list."""
        return self.tr("Form")

    def enter(self) -> None:
        """Show the record as it stands (the chip may have filled it) and its findings."""
        self._load()
        self.validate_now()
        requested, self._requested = self._requested, None
        if requested is not None:
            self.focus_field(requested)
            return
        first = self.registry.first_error() or self.registry.slots()[0]
        self._focus_slot(first)

    def can_leave(self) -> bool:
        """False, with the first error of this page focused, while an error stands here."""
        for field in self.findChildren(SearchField):
            field.commit()  # a unit typed in full but not picked yet is taken now
        self.validate_now()
        first = self.registry.first_error()
        if first is None:
            return True
        self._focus_slot(first)
        return False

    def leave(self) -> None:
        """Nothing is held back: every edit already went into the state."""
        self._validation.stop()

    def owns_field(self, path: str) -> bool:
        """True for the record paths edited on this page (the wizard routes focus by it)."""
        return self.registry.resolve(path) is not None

    def focus_field(self, path: str) -> None:
        """Scroll to the field of *path* (a record path, as in findings) and focus it."""
        slot = self.registry.resolve(path)
        if slot is None:
            return
        if not self.isVisible():
            self._requested = path  # enter() focuses it once the page shows
        self._focus_slot(slot)

    # -- findings ---------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """The last validation's findings that this page shows."""
        return [f for f in self._findings if self.registry.resolve(f.field) is not None]

    def validate_now(self) -> None:
        """Validate the record now and show the findings next to their fields."""
        self._validation.stop()
        today = self.ctx.core.clock().astimezone().date()
        self._findings = validate(self.state.record, self.ctx.core.validation_context(today))
        local: dict[str, str] = {}
        for section in self.sections:
            local.update(section.local_problems())
        self.registry.show(self._findings, local, self.ctx.language)
        self._show_summary()

    def _show_summary(self) -> None:
        slots = self.registry.slots()
        errors = len({id(s.message) for s in slots if s.errors})
        warnings = len({id(s.message) for s in slots if s.warnings and not s.errors})
        if not errors and not warnings:
            self.summary.setText(self.tr("No problems found on this page."))
            self.summary.setStyleSheet("")
            return
        parts = []
        if errors:
            parts.append(self.tr("%n field(s) to correct", "", errors))
        if warnings:
            parts.append(self.tr("%n warning(s) to check on the review step", "", warnings))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};" if errors else "")

    # -- record in, record out --------------------------------------------------------

    def _load(self) -> None:
        record = self.state.record
        for section in self.sections:
            section.load(record)
        chip = record.chip_read
        self.registry.mark_chip(chip.chip_fields if chip is not None else frozenset())

    def _section_edited(self, section: FormSection) -> None:
        record = section.apply(self.state.record)
        self._pushing = True
        try:
            self.state.update(record)
        finally:
            self._pushing = False
        self._validation.start()

    def _record_changed(self) -> None:
        """The record was replaced elsewhere (a chip read, another step): show it."""
        if self._pushing or not self.isVisible():
            return  # our own edit, or enter() will load it
        self._load()
        self._validation.start()

    def _focus_slot(self, slot: FieldSlot) -> None:
        widget = slot.target()
        self.scroller.ensureWidgetVisible(widget, 40, 80)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

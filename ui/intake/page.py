"""The contract between the wizard and each of its steps."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import UiContext
from ui.intake.state import IntakeState


class WizardPage(QWidget):
    """One step of the wizard: enter() when it shows, leave() before the wizard moves on."""

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state

    def title(self) -> str:
        """The step's name in the step list (translated)."""
        raise NotImplementedError

    def enter(self) -> None:
        """The step is shown: refresh from the state, put focus on the first field."""

    def can_leave(self) -> bool:
        """Going forward is allowed (Back always is); show why not and focus the problem."""
        return True

    def leave(self) -> None:
        """The step is left (forward or back): stop devices, push edits into the state."""

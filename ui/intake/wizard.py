"""The new-application wizard: the step list, the pages, Back/Next, discarding and the next citizen.

The wizard owns one :class:`IntakeState` at a time, builds its pages around it, moves between
them, and starts, loads and discards drafts on workers. A page is entered when it shows on
screen and left when the wizard moves away or is hidden (lock screen, home).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.memory import release_free_memory
from station.record import ApplicationRecord
from station.sealing import SealReceipt
from ui.context import UiContext
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState

PageFactory = Callable[[UiContext, IntakeState, QWidget | None], WizardPage]
Action = Callable[[], None]

# The six steps, imported when the first wizard is built (tests pass stand-ins instead).
_DEFAULT_PAGES = (
    ("ui.intake.kind_page", "KindPage"),
    ("ui.intake.identify_page", "IdentifyPage"),
    ("ui.intake.form_page", "FormPage"),
    ("ui.intake.portrait_page", "PortraitPage"),
    ("ui.intake.review_page", "ReviewPage"),
    ("ui.intake.seal_page", "SealPage"),
)
# Record paths that belong to a step other than the form (which takes every other path).
_FIELD_STEPS = {"portrait": "PortraitPage"}


def default_pages() -> list[PageFactory]:
    """The page classes of the six steps, in order."""
    return [getattr(importlib.import_module(mod), name) for mod, name in _DEFAULT_PAGES]


class AfterSave(QObject):
    """Runs a callback once the state's last change is stored (sealing and discarding work on
    the stored draft); an edit while waiting cancels it: the officer is still working."""

    def __init__(self, state: IntakeState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._callback: Action | None = None
        self._on_cancel: Action | None = None
        state.saved.connect(self._saved)
        state.record_changed.connect(self._edited)

    def run(self, callback: Action, on_cancel: Action | None = None) -> None:
        """Call *callback* now if nothing is unsaved, else after the save this starts."""
        if not self._state.dirty:
            self._callback = self._on_cancel = None
            callback()
            return
        self._callback, self._on_cancel = callback, on_cancel
        self._state.save_now()

    def cancel(self) -> None:
        """Forget the waiting callback (and its on_cancel)."""
        self._callback = self._on_cancel = None

    def _edited(self) -> None:
        on_cancel = self._on_cancel
        self.cancel()
        if on_cancel is not None:
            on_cancel()

    def _saved(self) -> None:
        if self._callback is not None and not self._state.dirty:
            callback = self._callback
            self._callback = self._on_cancel = None
            callback()


class IntakeWizard(QWidget):
    """The steps of one application, from kind and reason to the appointment slip."""

    finished = Signal()  # the officer leaves the wizard (back to home)
    sealed = Signal(object)  # SealReceipt

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        pages: Sequence[PageFactory] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.ctx = ctx
        self._factories = list(pages) if pages is not None else None
        self._state: IntakeState | None = None
        self._after_save: AfterSave | None = None
        self._pages: list[WizardPage] = []
        self._current = -1
        self._furthest = -1
        self._entered = False  # the current page was entered and not left since
        self._busy = False  # a draft is being started, loaded or discarded
        # A closed application's state and pages wait until no task can call back into them.
        self._retired: list[QObject] = []

        self.step_list = QListWidget(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Steps of the application"))
        # Keyboard users jump with Ctrl+1…; a focusable list would also eat Enter.
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.setFixedWidth(220)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("stepTitle")
        self.title_label.setStyleSheet("QLabel#stepTitle { font-size: 16pt; font-weight: bold; }")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self.placeholder = QLabel(self.tr("Starting a new application…"), self.stack)
        self.placeholder.setObjectName("wizardPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)

        self.discard_button = self._button(self.tr("D&iscard draft…"), "discardButton")
        self.close_button = self._button(self.tr("Sa&ve and close"), "closeButton")
        self.back_button = self._button(self.tr("&Back"), "backButton")
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button = self._button(self.tr("&Next"), "nextButton")
        self.next_button.setToolTip(self.tr("Next step (Enter or Alt+Right)"))
        self.next_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.step_list)
        layout.addLayout(right, 1)

        self._back_shortcut = self._shortcut("Alt+Left")
        self._next_shortcut = self._shortcut("Alt+Right")
        self._step_shortcuts = [self._shortcut(f"Ctrl+{n}") for n in range(1, 10)]
        self._connect_signals()
        self._refresh_nav()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _shortcut(self, keys: str) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        # Only while the wizard (or a page in it) has focus: no clash with the menus.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return shortcut

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.close_wizard)
        self.step_list.itemClicked.connect(self._step_clicked)
        self._back_shortcut.activated.connect(self.back)
        self._next_shortcut.activated.connect(self.next)
        for index, shortcut in enumerate(self._step_shortcuts):
            shortcut.activated.connect(lambda index=index: self.go_to(index))
        self.ctx.tasks.busy_changed.connect(self._drop_retired)

    # ------------------------------------------------------------------ public API

    @property
    def state(self) -> IntakeState | None:
        """The application being taken, or None before the first draft is ready."""
        return self._state

    @property
    def current_index(self) -> int:
        """The step shown (0-based), -1 without an application."""
        return self._current

    def current_page(self) -> WizardPage | None:
        """The page shown, if any."""
        return self._pages[self._current] if 0 <= self._current < len(self._pages) else None

    def start_new(self) -> None:
        """Start a new draft on a worker (refused with the disk message when it is full)."""
        if self._busy:
            return
        officer_id = self.ctx.session.officer_id
        drafts, station = self.ctx.core.drafts, self.ctx.core.station_code
        self._set_busy(True, self.tr("Starting a new application…"))
        self.ctx.tasks.run(lambda: drafts.start(officer_id, station), self._open, self._open_failed)

    def resume(self, application_id: str) -> None:
        """Open a saved draft on a worker (after a crash, or from the queue)."""
        state = self._state
        if self._busy or (state and not state.is_sealed and state.application_id == application_id):
            return
        drafts = self.ctx.core.drafts
        self._set_busy(True, self.tr("Opening the draft…"))
        self.ctx.tasks.run(lambda: drafts.load(application_id), self._open, self._open_failed)

    def save_now(self) -> None:
        """Write the draft now (the window calls this before locking or closing)."""
        if self._state is not None:
            self._state.save_now()

    def back(self) -> bool:
        """Go one step back (always allowed before sealing)."""
        return self.go_to(self._current - 1)

    def next(self) -> bool:
        """Go one step forward if the page allows it."""
        return self.go_to(self._current + 1)

    def go_to(self, index: int) -> bool:
        """Show step *index*: any visited step, or the next one if the page may be left."""
        page = self.current_page()
        if page is None or self._busy or index == self._current:
            return False
        if not 0 <= index < len(self._pages) or not self._reachable(index, jump=False):
            return False
        if index > self._current and not page.can_leave():
            return False
        self._leave_current()
        self._show(index)
        return True

    def go_to_field(self, path: str) -> None:
        """Show the step that edits record field *path* and put the focus on it."""
        target = self._page_for_field(path)
        if target is None:
            return
        index = self._pages.index(target)
        if index != self._current and not self.go_to(index):
            return
        focus_field = getattr(target, "focus_field", None)
        if callable(focus_field):
            focus_field(path)

    def next_citizen(self) -> None:
        """After sealing: a new draft on step 1."""
        state = self._state
        if state is None or state.is_sealed:
            self.start_new()

    def discard(self) -> None:
        """Ask, then drop the draft for good."""
        state = self._state
        if state is None or state.is_sealed or self._busy:
            return
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        text = self.tr("Discard this application? Everything entered is deleted for good.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard draft"), text, buttons, self)
        box.setObjectName("discardConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._discard_answered(box))
        box.open()

    def close_wizard(self) -> None:
        """Keep the draft and go back to home (a sealed one is closed for good)."""
        self._leave_current()
        self.save_now()
        if self._state is not None and self._state.is_sealed:
            self._tear_down()  # nothing of the citizen stays on screen or in memory
            self._refresh_nav()
        self.finished.emit()

    # ------------------------------------------------------------------ drafts

    def _open(self, record: ApplicationRecord) -> None:
        self._busy = False
        self._install(IntakeState(self.ctx, record, self))

    def _open_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ctx.notices.error(error)
        if self._state is None:
            self.finished.emit()  # nothing to show here: home says what to do next

    def _discard_answered(self, box: QMessageBox) -> None:
        box.deleteLater()
        state, after_save = self._state, self._after_save
        discarded = box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)
        if not discarded or state is None or after_save is None or state.is_sealed:
            return
        self._leave_current()
        after_save.run(lambda: self._discard_saved(state), on_cancel=self._enter_current)

    def _discard_saved(self, state: IntakeState) -> None:
        drafts, officer_id = self.ctx.core.drafts, self.ctx.session.officer_id
        application_id = state.application_id
        self._set_busy(True, self.tr("Discarding the draft…"))
        self.ctx.tasks.run(
            lambda: drafts.discard(application_id, officer_id),
            lambda _: self._discarded(state),
            self._discard_failed,
        )

    def _discarded(self, state: IntakeState) -> None:
        if self._state is state:
            self._tear_down()
        self._set_busy(False)
        self.ctx.notices.info(self.tr("The draft was discarded."))
        self.finished.emit()

    def _discard_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ctx.notices.error(error, self.tr("Try again"), self.discard)
        self._enter_current()

    # ------------------------------------------------------------------ pages

    def _install(self, state: IntakeState) -> None:
        """Replace the application shown by *state*, with fresh pages on step 1."""
        self._tear_down()
        self._state = state
        self._after_save = AfterSave(state, self)
        state.sealed.connect(self._on_sealed)
        self._factories = factories = self._factories or default_pages()
        self._pages = [factory(self.ctx, state, self.stack) for factory in factories]
        for number, page in enumerate(self._pages, start=1):
            page.setObjectName(page.objectName() or f"wizardStep{number}")
            self.stack.addWidget(page)
            self.step_list.addItem(QListWidgetItem(f"{number}. {page.title()}"))
            self._connect_page(page)
        self._furthest = 0
        self._show(0)

    def _connect_page(self, page: WizardPage) -> None:
        # Optional page signals, wired by name so stand-in pages need none of them.
        for signal_name, slot in (
            ("field_requested", self.go_to_field),
            ("back_requested", self.back),
            ("next_citizen_requested", self.next_citizen),
        ):
            signal = getattr(page, signal_name, None)
            if signal is not None:
                signal.connect(slot)

    def _tear_down(self) -> None:
        self._leave_current()
        old = self._state
        if old is not None:
            old.sealed.disconnect(self._on_sealed)
            old.save_now()  # an unsealed draft stays open for later; its save still lands
            self._retired.append(old)
        if self._after_save is not None:
            self._after_save.cancel()
            self._after_save.deleteLater()
            self._after_save = None
        for page in self._pages:
            self.stack.removeWidget(page)  # hidden, still a child of the stack
        self._retired += self._pages
        self._pages = []
        self._drop_retired(self.ctx.tasks.running)
        self._state = None
        self._current = self._furthest = -1
        self.step_list.clear()
        self.stack.setCurrentWidget(self.placeholder)

    def _drop_retired(self, running: int) -> None:
        if running == 0:  # emitted before the last callback runs: deleteLater waits for it
            for retired in self._retired:
                retired.deleteLater()
            self._retired = []

    def _show(self, index: int) -> None:
        if self._state is not None:
            self._state.save_now()
        self._current = index
        self._furthest = max(self._furthest, index)
        self.stack.setCurrentWidget(self._pages[index])
        self._refresh_nav()
        self._enter_current()

    def _enter_current(self) -> None:
        page = self.current_page()
        if page is not None and not self._entered and self.isVisible():
            self._entered = True
            page.enter()

    def _leave_current(self) -> None:
        page = self.current_page()
        if page is not None and self._entered:
            self._entered = False
            page.leave()

    def _page_for_field(self, path: str) -> WizardPage | None:
        """The page that says it owns *path*, else the form (a page that focuses any field)."""
        owner = _FIELD_STEPS.get(path.split(".", 1)[0])
        form = None
        for page in self._pages:
            owns = getattr(page, "owns_field", None)
            if (callable(owns) and owns(path)) or type(page).__name__ == owner:
                return page
            if form is None and not callable(owns) and hasattr(page, "focus_field"):
                form = page
        return form if owner is None else None

    def _reachable(self, index: int, *, jump: bool) -> bool:
        state = self._state
        if state is not None and state.is_sealed:
            return index == len(self._pages) - 1
        return index <= self._furthest or (not jump and index == self._current + 1)

    def _step_clicked(self, item: QListWidgetItem) -> None:
        index = self.step_list.row(item)
        if self._reachable(index, jump=True):
            self.go_to(index)
        self._refresh_nav()  # keep the highlight on the step actually shown

    def _on_sealed(self, receipt: SealReceipt) -> None:
        self._furthest = len(self._pages) - 1
        self._refresh_nav()
        self.sealed.emit(receipt)
        # The previous application's pages and this one's photo and payload buffers are
        # freed by now: hand their pages back, or the C heap keeps each day's high mark.
        release_free_memory()

    # ------------------------------------------------------------------ chrome

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy and text:
            self.placeholder.setText(text)
            if self._state is None:
                self.stack.setCurrentWidget(self.placeholder)
        self._refresh_nav()

    def _refresh_nav(self) -> None:
        pages, current, state = self._pages, self._current, self._state
        sealed = state is not None and state.is_sealed
        for index in range(self.step_list.count()):
            item = self.step_list.item(index)
            flags = Qt.ItemFlag.ItemIsSelectable
            if self._reachable(index, jump=True):
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        if 0 <= current < self.step_list.count():
            self.step_list.setCurrentRow(current)
        idle = not self._busy and bool(pages)
        self.back_button.setEnabled(idle and current > 0 and not sealed)
        self.next_button.setEnabled(idle and current < len(pages) - 1 and not sealed)
        self.discard_button.setEnabled(idle and not sealed)
        self.close_button.setText(self.tr("C&lose") if sealed else self.tr("Sa&ve and close"))
        page = self.current_page()
        self.title_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(current + 1))
            .replace("%2", str(len(pages)))
            .replace("%3", page.title())
            if page is not None
            else self.tr("New application")
        )

    # ------------------------------------------------------------------ events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter advances (when no field used it); Ctrl+N starts the next citizen."""
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        # Ctrl+N is no QShortcut: the window's "New application" action owns it when the
        # wizard sits in the window (and starts the next citizen the same way).
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.next()
        elif key == Qt.Key.Key_N and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.next_citizen()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (after home or the lock screen): the page takes up its devices."""
        super().showEvent(event)
        self._enter_current()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (home, lock screen): the page lets go of its devices and pushes its edits."""
        if not event.spontaneous():  # a minimised window keeps its page as it is
            self._leave_current()
        super().hideEvent(event)

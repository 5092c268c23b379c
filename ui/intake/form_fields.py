"""The form's field plumbing: labelled rows, inline findings, chip marks, and the field registry.

Every input of the form is registered under the record path validation uses for it
("applicant.full_name", "applicant.permanent_residence.commune_code"), in form order, so
that findings land next to their field and the review step can focus any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from station.record import ApplicationRecord
from station.validation import Finding, Severity
from station.validation.paths import from_chip, owning_path

ERROR_COLOUR = "#b3261e"
LABEL_WIDTH = 170
WARNING_COLOUR = "#8a5300"


def not_on_list(text: str) -> str:
    """The local problem of a picker whose text names no entry."""
    return QCoreApplication.translate(
        "FormFields", "“%1” is not on the list: pick one of the suggestions."
    ).replace("%1", text)


class ChipBadge(QLabel):
    """A small mark beside a field whose value came from the card's chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("chip"), parent)
        self.setObjectName("chipBadge")
        self.setToolTip(self.tr("Filled from the chip"))
        self.setStyleSheet(
            "QLabel#chipBadge { background: #dbe8fb; color: #17407a; border: 1px solid #9dbbe6;"
            " border-radius: 3px; padding: 0 4px; }"
        )
        self.hide()

    def note(self) -> str:
        """What a screen reader says about the mark."""
        return self.tr("Filled from the chip.")


class FieldMessage(QWidget):
    """The findings of one field, under it: errors in red, warnings in amber, with an icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.severity: Severity | None = None
        self._shown: tuple[list[str], list[str]] = ([], [])
        self.hide()

    def text(self) -> str:
        """The messages shown, one per line ("" when none)."""
        return self.label.text() if self.severity is not None else ""

    def show_messages(self, errors: list[str], warnings: list[str]) -> None:
        """Show *errors* and *warnings* (the worst sets the colour), or hide when none."""
        if (errors, warnings) == self._shown:
            return  # validation runs after every keystroke: restyle only on a change
        self._shown = (errors, warnings)
        if not errors and not warnings:
            self.severity = None
            self.label.clear()
            self.hide()
            return
        self.severity = Severity.ERROR if errors else Severity.WARNING
        colour = ERROR_COLOUR if errors else WARNING_COLOUR
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if errors
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(16, 16))
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setText("\n".join(errors + warnings))
        self.show()


@dataclass
class FieldSlot:
    """One registered field: its path, what to focus, where its findings and chip mark go."""

    path: str
    widget: QWidget  # described to screen readers
    target: Callable[[], QWidget]  # focused by focus_field (may depend on the state)
    message: FieldMessage
    chip: ChipBadge | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class FieldRegistry:
    """The form's fields by record path, in form order."""

    def __init__(self) -> None:
        self._slots: dict[str, FieldSlot] = {}

    def add(self, slot: FieldSlot) -> None:
        """Register *slot* (after those before it in the form)."""
        self._slots[slot.path] = slot

    def slots(self) -> list[FieldSlot]:
        """Every field, in form order."""
        return list(self._slots.values())

    def slot(self, path: str) -> FieldSlot:
        """The field registered under exactly *path*."""
        return self._slots[path]

    def resolve(self, path: str) -> FieldSlot | None:
        """The field that shows findings on *path*, or None when it is not on this page."""
        owner = owning_path(path, list(self._slots))
        return self._slots[owner] if owner is not None else None

    def show(self, findings: Iterable[Finding], local: dict[str, str], language: str) -> None:
        """Put each finding next to its field; a local problem replaces the field's findings."""
        for slot in self._slots.values():
            slot.errors, slot.warnings = [], []
        replaced: set[str] = set()
        for path, problem in local.items():
            owner = self.resolve(path)
            if owner is not None and problem:
                owner.errors.append(problem)
                replaced.add(owner.path)
        for item in findings:
            owner = self.resolve(item.field)
            if owner is None or owner.path in replaced:
                continue
            bucket = owner.errors if item.severity is Severity.ERROR else owner.warnings
            bucket.append(item.message(language))
        for message, slots in self._by_message():
            errors = [text for slot in slots for text in slot.errors]
            warnings = [text for slot in slots for text in slot.warnings]
            message.show_messages(_unique(errors), _unique(warnings))
            for slot in slots:
                notes = [slot.chip.note()] if slot.chip and not slot.chip.isHidden() else []
                slot.widget.setAccessibleDescription(" ".join(notes + errors + warnings))

    def first_error(self) -> FieldSlot | None:
        """The first field in form order with an error standing on it."""
        return next((slot for slot in self._slots.values() if slot.errors), None)

    def mark_chip(self, chip_fields: frozenset[str]) -> None:
        """Show the chip mark on the fields filled from the chip."""
        for slot in self._slots.values():
            if slot.chip is not None:
                slot.chip.setVisible(from_chip(slot.path, chip_fields))

    def _by_message(self) -> Iterator[tuple[FieldMessage, list[FieldSlot]]]:
        groups: dict[int, tuple[FieldMessage, list[FieldSlot]]] = {}
        for slot in self._slots.values():
            groups.setdefault(id(slot.message), (slot.message, []))[1].append(slot)
        yield from groups.values()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


class FormSection(QGroupBox):
    """A titled group of the form: loads its part of the record and builds it back.

    Subclasses add their rows with add_field() in form order, emit edited through
    changed() from every input's change signal, and implement show_record()/apply().
    """

    edited = Signal()  # the officer changed something in this section

    def __init__(self, title: str, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.registry = registry
        self._loading = False
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def add_field(
        self,
        path: str,
        label: str,
        widget: QWidget | QLayout,
        *,
        focus: QWidget | Callable[[], QWidget] | None = None,
        parts: dict[str, QWidget | Callable[[], QWidget]] | None = None,
        chip: bool = True,
    ) -> QWidget:
        """Add a labelled row for *path*; *parts* registers more paths sharing its message.

        Returns the row's field cell (to hide the row with the form's setRowVisible()).
        """
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        if isinstance(widget, QLayout):
            line.addLayout(widget, 1)
        else:
            line.addWidget(widget, 1)
        # Every row keeps the badge's room, so that the inputs of all rows line up.
        badge = ChipBadge(cell)
        policy = badge.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        badge.setSizePolicy(policy)
        line.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(line)
        message = FieldMessage(cell)
        column.addWidget(message)
        main = _target(focus if focus is not None else widget)
        described = main()
        if label:
            caption = QLabel(label, self)
            caption.setBuddy(described)
            caption.setWordWrap(True)
        else:
            caption = QLabel(self)
        caption.setFixedWidth(LABEL_WIDTH)  # one label column down all the sections
        self.form.addRow(caption, cell)
        self.registry.add(FieldSlot(path, described, main, message, badge if chip else None))
        for part, part_widget in (parts or {}).items():
            target = _target(part_widget)
            self.registry.add(FieldSlot(part, target(), target, message))
        return cell

    def changed(self, *_: object) -> None:
        """Slot for every input's change signal: report an edit unless loading."""
        if not self._loading:
            self.edited.emit()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Changes made inside are the record being shown, not the officer's edits."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def load(self, record: ApplicationRecord) -> None:
        """Show the section's part of *record* without reporting edits."""
        with self.loading():
            self.show_record(record)

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the inputs from *record* (subclasses)."""
        raise NotImplementedError

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """*record* with this section's inputs written into it (subclasses)."""
        raise NotImplementedError

    def local_problems(self) -> dict[str, str]:
        """Input that cannot be stored (a date not typed as a date), by path."""
        return {}


def _target(widget: QWidget | QLayout | Callable[[], QWidget]) -> Callable[[], QWidget]:
    if isinstance(widget, QWidget):
        return lambda: widget
    if isinstance(widget, QLayout):
        item = widget.itemAt(0)
        first = item.widget() if item is not None else None
        assert first is not None, "a row's layout must start with its input"
        return lambda: first
    return widget

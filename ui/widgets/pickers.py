"""Keyboard-driven text entry: NFC text fields, and pickers with accent-insensitive search.

Each picker is a line edit: typing shows the best matches of the reference data's search
("ha noi", "hoà" and "hoa" all find their units) in a list under the field, the best one
highlighted; Enter, Tab or a click takes the highlighted one, Down or F4 opens the list.
Text left that matches nothing is reported by pending(), never guessed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QListView, QWidget

from station.record import CodedValue
from station.refdata import CodeEntry, ReferenceData, UnitLevel
from station.text import clean_text, search_key

CodeList = Literal["ethnicity", "religion"]
SEARCH_LIMIT = 20
_CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Choice


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry a picker offers: what it stands for and how it is shown."""

    key: object  # what the picker returns (a code, a CodeEntry, ...)
    text: str  # put into the field once chosen
    label: str  # the line in the list
    names: tuple[str, ...] = field(default=())  # typed in full, these pick it on leaving


class ChoiceListModel(QAbstractListModel):
    """The current suggestions of a picker, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Replace the suggestions."""
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> Choice | None:
        """The choice on *row*, if any."""
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of suggestions (a flat list: children have none)."""
        return 0 if parent.isValid() else len(self._choices)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The label to show, the text to complete with, or the Choice itself."""
        if not index.isValid() or index.column() != 0:
            return None
        choice = self.choice(index.row())
        if choice is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return choice.label
        if role == Qt.ItemDataRole.EditRole:
            return choice.text
        if role == _CHOICE_ROLE:
            return choice
        return None


class NfcLineEdit(QLineEdit):
    """A text field whose text is always NFC: decomposed input (some keyboards, pasted
    files) is composed as it arrives; blanks are tidied when the officer leaves it.

    Only textEdited is watched, after the input method has committed its text, so
    composing Vietnamese through the system input method is never interrupted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connect_text_signals()

    def _connect_text_signals(self) -> None:
        # Named apart from subclasses' _connect_signals(): this runs first, from __init__.
        self.textEdited.connect(self._compose)
        self.editingFinished.connect(self._tidy)

    def clean_text(self) -> str:
        """The text as the record stores it: NFC, without surrounding or repeated blanks."""
        return clean_text(self.text())

    def set_clean_text(self, value: str) -> None:
        """Show *value* unless the field already says the same (keeps the cursor)."""
        if self.clean_text() != value:
            self.setText(value)

    def _compose(self, text: str) -> None:
        composed = unicodedata.normalize("NFC", text)
        if composed != text:
            cursor = len(unicodedata.normalize("NFC", text[: self.cursorPosition()]))
            self.setText(composed)
            self.setCursorPosition(cursor)

    def _tidy(self) -> None:
        if self.text() != self.clean_text():
            self.setText(self.clean_text())


class SearchField(NfcLineEdit):
    """A line edit that offers the results of *search* as the officer types."""

    chosen = Signal()  # the chosen value changed: picked, cleared, or matched on leaving

    def __init__(
        self, search: Callable[[str], Sequence[Choice]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._choice: Choice | None = None
        self._model = ChoiceListModel(self)
        self._completer = QCompleter(self)
        self._completer.setModel(self._model)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self._popup = QListView()
        self._popup.setObjectName("searchPopup")
        self._completer.setPopup(self._popup)  # the completer owns it from here on
        # Attached with setWidget(), not setCompleter(): the field's text changes only
        # when the officer picks, never while moving through the list.
        self._completer.setWidget(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textEdited.connect(self._suggest)
        self.editingFinished.connect(self.commit)
        self._completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    @property
    def model(self) -> ChoiceListModel:
        """The suggestions model (for tests and the model tester)."""
        return self._model

    def popup_visible(self) -> bool:
        """True while the list of suggestions is open."""
        return self._popup.isVisible()

    def choice(self) -> Choice | None:
        """The entry chosen, or None."""
        return self._choice

    def set_choice(self, choice: Choice | None) -> None:
        """Show *choice* (from the record); emits nothing."""
        self._choice = choice
        self._popup.hide()
        text = choice.text if choice is not None else ""
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)  # long names show their beginning

    def pending(self) -> str:
        """Text typed but not matched to an entry ("" when there is none)."""
        text = self.text().strip()
        return text if text and (self._choice is None or self._choice.text != text) else ""

    def open_list(self) -> None:
        """Show the suggestions for the text as it is (everything when it is empty)."""
        self._suggest(self.text())

    def commit(self) -> None:
        """Leaving the field: an empty text clears, a text naming one entry in full picks it."""
        if self.popup_visible():
            return  # still choosing: focus went to the list, not away
        text = self.text().strip()
        if self._choice is not None and text == self._choice.text:
            return
        if not text:
            self._take(None)
            return
        self._take(self._exact(text), keep_text=True)

    def _exact(self, text: str) -> Choice | None:
        key = search_key(text)
        hits = [
            choice
            for choice in self._search(text)
            if key in {search_key(name) for name in (choice.text, choice.label, *choice.names)}
        ]
        return hits[0] if len(hits) == 1 else None

    def _take(self, choice: Choice | None, *, keep_text: bool = False) -> None:
        changed = choice != self._choice
        self._choice = choice
        self._popup.hide()
        if choice is not None and self.text() != choice.text:
            self.setText(choice.text)
            self.setCursorPosition(0)
        elif choice is None and not keep_text:
            self.clear()
        if changed:
            self.chosen.emit()

    def _suggest(self, text: str) -> None:
        choices = self._search(text)
        self._model.set_choices(choices)
        popup = self._popup
        if not choices or not self.hasFocus():
            popup.hide()
            return
        rect = self.rect()
        width = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8
        rect.setWidth(max(rect.width(), width))
        self._completer.complete(rect)
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        choice = index.data(_CHOICE_ROLE)
        if isinstance(choice, Choice):
            self._take(choice)

    def _take_highlighted(self) -> None:
        index = self._popup.currentIndex()
        choice = index.data(_CHOICE_ROLE) if index.isValid() else None
        if isinstance(choice, Choice):
            self._take(choice)
        else:
            self._popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the highlighted entry; Down or F4 opens the list. Text keys pass on."""
        key = event.key()
        if self.popup_visible():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._take_highlighted()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:  # the list closes; the typed text stays
                self._popup.hide()
                event.accept()
                return
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # reaches here only when sent directly
                popup = self._popup
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(popup.currentIndex().row() + step, self._model.rowCount() - 1))
                popup.setCurrentIndex(self._completer.completionModel().index(row, 0))
                event.accept()
                return
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_F4):
            self.open_list()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab away with the list open takes the highlighted entry, like Enter."""
        if self.popup_visible():
            self._take_highlighted()
        return super().focusNextPrevChild(next)


class CodeListPicker(SearchField):
    """Ethnic group or religion: a CodedValue stored with the list it came from."""

    def __init__(
        self,
        refdata: ReferenceData,
        list_name: CodeList,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._find, parent)
        self._refdata = refdata
        self._list = list_name
        self._language = language

    def _entries(self) -> Sequence[CodeEntry]:
        if self._list == "ethnicity":
            return self._refdata.ethnicities()
        return self._refdata.religions()

    def _find(self, query: str) -> list[Choice]:
        if not query.strip():
            return [self._choice_of(entry) for entry in self._entries()]
        found = self._refdata.search_codes(self._list, query, SEARCH_LIMIT)
        return [self._choice_of(entry) for entry in found]

    def _choice_of(self, entry: CodeEntry) -> Choice:
        name = entry.name_en if self._language == "en" else entry.name_vi
        return Choice(
            entry, name, f"{entry.code}  {name}", (entry.name_vi, entry.name_en, entry.code)
        )

    def value(self) -> CodedValue | None:
        """The value for the record, or None."""
        choice = self.choice()
        if choice is None:
            return None
        if isinstance(choice.key, CodedValue):
            return choice.key  # as loaded, from a list or code this station does not know
        assert isinstance(choice.key, CodeEntry)
        entry = choice.key
        return CodedValue(entry.list_id, entry.code, entry.name_vi)

    def set_value(self, value: CodedValue | None) -> None:
        """Show the record's value; emits nothing."""
        if value == self.value() and not self.pending():
            return
        if value is None:
            self.set_choice(None)
            return
        entry = next(
            (e for e in self._entries() if e.code == value.code and e.list_id == value.list_id),
            None,
        )
        if entry is not None and entry.name_vi == value.name:
            self.set_choice(self._choice_of(entry))
        else:
            self.set_choice(Choice(value, value.name, value.name))


class CountryPicker(SearchField):
    """A country (nationality) by its ISO alpha-2 code."""

    def __init__(
        self, refdata: ReferenceData, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self._find, parent)
        self._refdata = refdata
        self._language = language

    def _find(self, query: str) -> list[Choice]:
        if not query.strip():
            return [self._choice_of(c.alpha2) for c in self._refdata.countries()]
        return [
            self._choice_of(c.alpha2) for c in self._refdata.search_countries(query, SEARCH_LIMIT)
        ]

    def _choice_of(self, alpha2: str) -> Choice:
        country = self._refdata.country(alpha2)
        if country is None:
            return Choice(alpha2, alpha2, alpha2, (alpha2,))
        name = country.name_en if self._language == "en" else country.name_vi
        names = (country.name_vi, country.name_en, country.alpha2, country.alpha3)
        return Choice(country.alpha2, name, f"{name} ({country.alpha2})", names)

    def value(self) -> str | None:
        """The alpha-2 code, or None."""
        choice = self.choice()
        return str(choice.key) if choice is not None else None

    def set_value(self, alpha2: str | None) -> None:
        """Show the record's country; emits nothing."""
        if alpha2 != self.value() or self.pending():
            self.set_choice(self._choice_of(alpha2) if alpha2 else None)


class AdminUnitPicker(QWidget):
    """Province, then commune, on the current admin-unit list.

    Typing a commune without a province searches every province, and picking one fills
    its province; changing the province clears a commune that is not in it.
    """

    changed = Signal()  # the province or commune chosen changed

    def __init__(self, refdata: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refdata = refdata
        self.province = SearchField(self._find_provinces, self)
        self.province.setObjectName("provinceField")
        self.province.setPlaceholderText(self.tr("Type to search, e.g. ha noi"))
        self.province.setAccessibleName(self.tr("Province or city"))
        self.commune = SearchField(self._find_communes, self)
        self.commune.setObjectName("communeField")
        self.commune.setPlaceholderText(self.tr("Type to search, e.g. ba dinh"))
        self.commune.setAccessibleName(self.tr("Commune, ward or special zone"))
        province_label = QLabel(self.tr("Province/city:"), self)
        province_label.setBuddy(self.province)
        commune_label = QLabel(self.tr("Commune/ward:"), self)
        commune_label.setBuddy(self.commune)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(province_label)
        layout.addWidget(self.province, 2)
        layout.addWidget(commune_label)
        layout.addWidget(self.commune, 3)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.province.chosen.connect(self._province_chosen)
        self.commune.chosen.connect(self._commune_chosen)

    def value(self) -> tuple[str | None, str | None]:
        """(province code, commune code); either may be None."""
        province, commune = self.province.choice(), self.commune.choice()
        return (
            str(province.key) if province is not None else None,
            str(commune.key) if commune is not None else None,
        )

    def set_value(self, province_code: str | None, commune_code: str | None) -> None:
        """Show the record's units; emits nothing."""
        if (province_code, commune_code) == self.value() and not self.pending():
            return
        self.province.set_choice(self._province_choice(province_code) if province_code else None)
        self.commune.set_choice(self._commune_choice(commune_code) if commune_code else None)

    def pending(self) -> str:
        """Text typed in either field that names no unit ("" when none)."""
        return self.province.pending() or self.commune.pending()

    def _province_choice(self, code: str) -> Choice:
        province = self._refdata.province(code)
        if province is None:
            return Choice(code, code, code)
        return Choice(code, province.name, province.name, (province.short_name,))

    def _commune_choice(self, code: str) -> Choice:
        commune = self._refdata.commune(code)
        if commune is None:
            return Choice(code, code, code)
        return Choice(code, commune.name, commune.name, (commune.short_name,))

    def _find_provinces(self, query: str) -> list[Choice]:
        if not query.strip():
            return [self._province_choice(p.code) for p in self._refdata.provinces()]
        hits = self._refdata.search_units(query, level=UnitLevel.PROVINCE, limit=SEARCH_LIMIT)
        return [self._province_choice(hit.code) for hit in hits]

    def _find_communes(self, query: str) -> list[Choice]:
        province = self.value()[0]
        if not query.strip():
            if province is None:
                return []
            return [self._commune_choice(c.code) for c in self._refdata.communes(province)]
        hits = self._refdata.search_units(
            query, province_code=province, level=UnitLevel.COMMUNE, limit=SEARCH_LIMIT
        )
        if province is not None:
            return [self._commune_choice(hit.code) for hit in hits]
        # Across provinces the list shows which province each commune is in.
        return [
            Choice(hit.code, c.text, hit.label, c.names)
            for hit in hits
            for c in [self._commune_choice(hit.code)]
        ]

    def _province_chosen(self) -> None:
        province, commune = self.value()
        unit = self._refdata.commune(commune) if commune else None
        if commune is not None and (unit is None or unit.province_code != province):
            self.commune.set_choice(None)
        self.changed.emit()

    def _commune_chosen(self) -> None:
        province, commune = self.value()
        unit = self._refdata.commune(commune) if commune else None
        if unit is not None and unit.province_code != province:
            self.province.set_choice(self._province_choice(unit.province_code))
        self.changed.emit()

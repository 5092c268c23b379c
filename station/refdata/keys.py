"""Search keys for reference data: words folded with station.text.search_key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from station.text import search_key, tone_placement_key

# Apostrophes inside names ("Cư M'gar", "Baha'i") are dropped rather than split on, so
# "cu mgar" and "cu m'gar" fold alike; every other non-letter separates words, which makes
# "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu" and "Khơ-me"/"Khơ me" compare equal.
_APOSTROPHE_CHARS = "'’ʼ‘`´"
_APOSTROPHES = str.maketrans("", "", _APOSTROPHE_CHARS)
_WORD = re.compile(r"[^\W_]+")  # letters and digits: exactly the characters str.isalnum()
_SPAN = re.compile(rf"[^\W_]+(?:[{_APOSTROPHE_CHARS}]+[^\W_]+)*")
_TONE_SUFFIX = re.compile(r"[1-5]*\Z")
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")
_LINE = "\n"
_TABLE_LIMIT = 20000


class _CharTable(dict[int, str]):
    """A str.translate table filled on demand from a per-character function.

    Folding a text is then one C-level translate() instead of a Python loop over its
    characters: this is what keeps start-up (about 10,000 names) and keystrokes fast.
    search_key and tone_placement_key treat each character of NFC text on its own (a
    diacritic belongs to one base letter), so per character gives the same result.
    """

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, code: int) -> str:
        value = self._convert(chr(code))
        if len(self) < _TABLE_LIMIT:  # arbitrary input must not grow it without bound
            self[code] = value
        return value


def _fold_char(char: str) -> str:
    """A letter or digit folds with search_key, an apostrophe vanishes, the rest separates
    words (a line break is kept for fold_many)."""
    if char in _APOSTROPHE_CHARS:
        return ""
    if char.isalnum():
        return search_key(char).replace(" ", "")
    return _LINE if char == _LINE else " "


def _letters_and_tone(char: str) -> tuple[str, str]:
    """tone_placement_key of one character, split into the letter and its tone digit."""
    key = tone_placement_key(char)
    if char.isdigit():
        return key, ""
    tone = _TONE_SUFFIX.search(key)
    cut = tone.start() if tone is not None else len(key)
    return key[:cut], key[cut:]


_FOLD = _CharTable(_fold_char)
_LETTERS = _CharTable(lambda char: _letters_and_tone(char)[0])
_TONES = _CharTable(lambda char: _letters_and_tone(char)[1])


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _words(text: str) -> list[str]:
    return _WORD.findall(_nfc(text).translate(_APOSTROPHES))


def fold(text: str) -> str:
    """The search key of *text*: its words folded by search_key, joined by single spaces.

    "Phường Hồng Hà" -> "phuong hong ha"; "Bà Rịa - Vũng Tàu" -> "ba ria vung tau".
    """
    return " ".join(_nfc(text).translate(_FOLD).split())


def fold_many(texts: Sequence[str]) -> list[str]:
    """fold() of many texts with one translate() for all (start-up folds ~7,000 names)."""
    big = _LINE.join(texts)
    if big.count(_LINE) != max(len(texts) - 1, 0):
        return [fold(text) for text in texts]  # a text has its own line break
    return [" ".join(line.split()) for line in _nfc(big).translate(_FOLD).split(_LINE)]


def token_form(word: str) -> str:
    """One word with its diacritics, tone placement folded: the tone digit (0 for none)
    first, then the letters with their vowel marks: "Hoà" and "Hòa" -> "1hoa".

    Tone first, so a half-typed last word ("1ho") is still a prefix of the whole word.
    """
    return (word.translate(_TONES) or "0") + word.translate(_LETTERS)


def analyse(text: str) -> tuple[str, str]:
    """(search key, diacritic forms) of *text*, word for word: "Hoà Bình" gives
    ("hoa binh", "1hoa 1binh"). Words that fold to nothing are dropped from both."""
    keys = []
    forms = []
    for word in _words(text):
        key = word.translate(_FOLD)
        if key:
            keys.append(key)
            forms.append(token_form(word))
    return " ".join(keys), " ".join(forms)


def forms(text: str) -> list[str]:
    """The diacritic form of each word of *text* (see token_form)."""
    return [token_form(word) for word in _words(text) if word.translate(_FOLD)]


def compact_keys(keys: list[str]) -> str:
    """Folded words joined without spaces, leading zeros of numbers dropped ("p01" = "p1")."""
    return _LEADING_ZEROS.sub("", "".join(keys))


def spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, folded word) of each word of *text* (already NFC), so that a
    caller can cut the text at a word; words folding to nothing are dropped."""
    out = []
    for match in _SPAN.finditer(text):
        word = match.group().translate(_APOSTROPHES)
        key = word.translate(_FOLD)
        if key:
            out.append((match.start(), match.end(), word, key))
    return out

"""Vietnamese text handling: NFC normalisation, search keys and printed capitals."""

from __future__ import annotations

import re
import unicodedata

# The five Vietnamese tone marks as combining characters (NFD). Other combining marks
# (circumflex, breve, horn) belong to the letter, not the tone.
_TONE_MARKS: dict[str, int] = {
    "\u0300": 1,  # huyền (grave)
    "\u0301": 2,  # sắc (acute)
    "\u0309": 3,  # hỏi (hook above)
    "\u0303": 4,  # ngã (tilde)
    "\u0323": 5,  # nặng (dot below)
}
_SPACES = re.compile(r"\s+")
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


def clean_text(value: str) -> str:
    """Return *value* in NFC with surrounding blanks removed and inner runs collapsed.

    Applied at every input boundary (keyboard, chip, QR, import) so that the same name
    typed on two keyboards is stored identically.
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def is_clean(value: str) -> bool:
    """True when *value* is already what :func:`clean_text` would make of it."""
    return clean_text(value) == value


def search_key(value: str) -> str:
    """Fold case, diacritics, tone marks and đ so that "Hoà", "hòa" and "hoa" compare equal.

    i and y are kept apart on purpose: they are different letters in names.
    """
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def tone_placement_key(value: str) -> str:
    """Fold only where the tone mark sits in a syllable ("Hoà" == "Hòa", but != "Hoa").

    Each word keeps its letters with their vowel marks and gets its tone as a suffix
    digit, so old-style and new-style tone placement compare equal while a different
    tone or a missing diacritic still differs.
    """
    words = []
    for word in clean_text(value).lower().split(" "):
        decomposed = unicodedata.normalize("NFD", word)
        tones = [_TONE_MARKS[ch] for ch in decomposed if ch in _TONE_MARKS]
        letters = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
        suffix = "".join(str(t) for t in tones)
        words.append(unicodedata.normalize("NFC", letters) + suffix)
    return " ".join(words)


def printed_capitals(value: str) -> str:
    """Capitals with diacritics as printed on forms and the card ("Nguyễn" -> "NGUYỄN")."""
    return unicodedata.normalize("NFC", clean_text(value).upper())

"""Finds legacy units at the end of a free-text three-tier address, as printed on old cards."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from station.refdata.keys import compact_keys, fold_many, forms

# How each kind is written on cards and in typed addresses, as compact keys. A name that
# is only a number ("Quận 1", "Phường 12") is matched only with its kind, so a house
# number is never taken for a unit.
PROVINCE_KINDS: Mapping[str, tuple[str, ...]] = {"Tỉnh": ("tinh",), "Thành phố": ("thanhpho", "tp")}
DISTRICT_KINDS: Mapping[str, tuple[str, ...]] = {
    "Quận": ("quan", "q"),
    "Huyện": ("huyen", "h"),
    "Thị xã": ("thixa", "tx"),
    "Thành phố": ("thanhpho", "tp"),
}
WARD_KINDS: Mapping[str, tuple[str, ...]] = {
    "Phường": ("phuong", "p"),
    "Xã": ("xa", "x"),
    "Thị trấn": ("thitran", "tt"),
}
OWN, ALIAS = 0, 1  # how a spelling names its unit: its own name, or a former name


class Token(NamedTuple):
    """A word of the address: where it sits in the text and its folded form."""

    start: int
    end: int
    word: str
    key: str


class Names:
    """All the spellings of the units of one scope (all provinces, one province's districts,
    one district's wards): compact key -> the units it spells, each as OWN or ALIAS.

    Most keys are the own name of one unit: those map to its code alone, the others to
    {unit code: OWN or ALIAS}. A dict for each of the ~70,000 keys would cost 7 MB.
    """

    __slots__ = ("by_key", "max_words", "short_names")

    def __init__(self, max_words: int) -> None:
        self.by_key: dict[str, str | dict[str, int]] = {}
        self.max_words = max_words  # how many words a spelling may span
        self.short_names: dict[str, str] = {}

    def put(self, key: str, code: str, how: int) -> None:
        """Record that *key* spells unit *code*; its own name wins over an alias."""
        codes = self.by_key.get(key)
        if codes is None:
            self.by_key[key] = code if how == OWN else {code: how}
        elif isinstance(codes, str):  # one unit's own name so far
            if codes != code:
                self.by_key[key] = {codes: OWN, code: how}
        elif codes.get(code, ALIAS) >= how:
            codes[code] = how

    def units(self, key: str) -> list[tuple[str, int]]:
        """The units *key* spells, as (code, OWN or ALIAS); empty when none."""
        codes = self.by_key.get(key)
        if codes is None:
            return []
        if isinstance(codes, str):
            return [(codes, OWN)]
        return list(codes.items())


def scopes(
    units: Sequence[tuple[str, str, str, str, Sequence[str]]], kinds: Mapping[str, tuple[str, ...]]
) -> dict[str, Names]:
    """Spelling indexes of (code, scope, name, short name, aliases), one per scope.

    Each unit is found by its name without its kind ("Phúc Xá"), with the kind in full or
    abbreviated ("phuongphucxa", "pphucxa"), by its full name and by its former names.
    Keys are computed with one fold_many() per column: this runs once for 10,000 wards.
    """
    found = [
        next((k for k in kinds if name.startswith(k + " ")), None) for _, _, name, _, _ in units
    ]
    # The base is the name without its kind: the source's short names keep the kind of
    # numbered units ("Quận 3"), which "Q.3" must still find.
    bases = fold_many(
        [
            name[len(kind) + 1 :] if kind else short
            for (_, _, name, short, _), kind in zip(units, found, strict=True)
        ]
    )
    fulls = fold_many([name for _, _, name, _, _ in units])
    max_words = max((name.count(" ") for _, _, name, _, _ in units), default=0) + 3
    out: dict[str, Names] = {}
    for (code, scope, _, short, aliases), kind, base, full in zip(
        units, found, bases, fulls, strict=True
    ):
        names = out.get(scope)
        if names is None:
            names = out[scope] = Names(max_words)
        names.short_names[code] = short
        base = _squeeze(base)
        if not base:
            continue
        if not base.isdigit():
            names.put(base, code, OWN)
        if kind is not None:
            for prefix in kinds[kind]:
                names.put(prefix + base, code, OWN)
        names.put(_squeeze(full), code, OWN)
        if aliases:
            for alias in fold_many(aliases):
                names.max_words = max(names.max_words, alias.count(" ") + 3)
                alias = _squeeze(alias)
                if alias and not alias.isdigit():
                    names.put(alias, code, ALIAS)
    return out


def _squeeze(key: str) -> str:
    key = key.replace(" ", "")
    return compact_keys([key]) if "0" in key else key


class Hit(NamedTuple):
    """Units matched by the words tokens[start:end]; several when the text cannot decide."""

    start: int
    codes: tuple[str, ...]
    alias: bool


def find(scopes: Sequence[Names], tokens: Sequence[Token], end: int) -> Hit | None:
    """The longest unit name ending right before tokens[end], best candidates only."""
    if end <= 0 or not scopes:
        return None
    reach = max(scope.max_words for scope in scopes)
    keys = [token.key for token in tokens]
    for start in range(max(0, end - reach), end):
        key = compact_keys(keys[start:end])
        found = [(scope, code, how) for scope in scopes for code, how in scope.units(key)]
        if found:
            return _narrow(found, tokens, start, end)
    return None


def _narrow(
    found: list[tuple[Names, str, int]], tokens: Sequence[Token], start: int, end: int
) -> Hit:
    """Prefer a unit's own name to a former name, then exact diacritics ("Văn Lang" over
    "Văn Lăng" when typed so); leave the rest for the officer."""
    own = [entry for entry in found if entry[2] == OWN]
    chosen = own or found
    codes = list(dict.fromkeys(code for _, code, _ in chosen))
    if len(codes) > 1:
        typed = [form for token in tokens[start:end] for form in forms(token.word)]
        exact = [
            code for scope, code, _ in chosen if _ends_with(typed, forms(scope.short_names[code]))
        ]
        if len(set(exact)) == 1:
            codes = exact[:1]
    return Hit(start, tuple(codes), alias=not own)


def _ends_with(typed: list[str], name: list[str]) -> bool:
    return bool(name) and len(typed) >= len(name) and typed[len(typed) - len(name) :] == name

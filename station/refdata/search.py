"""Accent- and tone-placement-insensitive ranked search over names, keys built at load."""

from __future__ import annotations

from collections.abc import Sequence

from station.refdata.keys import analyse, fold_many

# Separates the names of one item inside a haystack; a query never contains it, so a hit
# cannot span two names.
_SEP = "\x00"


class TextIndex:
    """Ranked search over a fixed list of items; results are the caller's positions.

    Ranks, best first: exact name (short, full or alias), prefix of a short name or alias,
    word prefix in a name, substring of a name, then word prefix and substring in the
    context (e.g. the province part of a commune's label), then a match ignoring spaces
    in a name and finally in the context ("hochiminh", "vietnam"). Ties go to
    items whose diacritics agree with what was typed (tone placement ignored), then by
    name. Items are stored sorted by name so that every filter pass yields name order,
    and each pass is one C-level substring test per item: a keystroke over 3,355 units
    costs well under a millisecond.

    Columns, one row per item, keys made by keys.fold: *names* (exact, word-prefix and
    substring matches), *prefix_names* (those whose prefix ranks as PREFIX: short names,
    aliases), *contexts* (the label; must contain every name), *raw_names* (the names as
    written, for the diacritics tie-break) and *orders* (how ties sort after diacritics).
    """

    def __init__(
        self,
        names: Sequence[Sequence[str]],
        prefix_names: Sequence[Sequence[str]],
        contexts: Sequence[str],
        raw_names: Sequence[Sequence[str]],
        orders: Sequence[str],
    ) -> None:
        # A stable sort of positions keeps equal orders in the caller's order.
        order = sorted(range(len(orders)), key=orders.__getitem__)
        self._external = order  # internal position -> caller's position
        self._internal = [0] * len(order)
        for inner, outer in enumerate(order):
            self._internal[outer] = inner
        self._exact: dict[str, list[int]] = {}
        for inner, outer in enumerate(order):
            for key in set(names[outer]):
                self._exact.setdefault(key, []).append(inner)
        # Haystacks, one string per item (comprehensions: this runs at start-up).
        self._prefix = [_SEP + _SEP.join(prefix_names[o]) for o in order]  # "\0short\0alias"
        self._words = [" " + (_SEP + " ").join(names[o]) for o in order]  # " short\0 full"
        self._context = [" " + contexts[o] for o in order]  # " label"
        self._compact = [contexts[o].replace(" ", "") for o in order]  # label, no spaces
        self._raw = [raw_names[o] for o in order]
        # Filled on demand: most items never reach these ranks or a tie-break.
        self._compact_names: list[str | None] = [None] * len(order)
        self._dia: list[str | None] = [None] * len(order)

    @classmethod
    def of(cls, items: Sequence[Sequence[str]]) -> TextIndex:
        """An index of a small list whose names are all short names (codes, countries)."""
        names = [fold_many(item) for item in items]
        contexts = [" ".join(keys) for keys in names]
        return cls(
            names,
            names,
            contexts,
            items,
            [
                f"{keys[0] if keys else ''}{_SEP}{ctx}"
                for keys, ctx in zip(names, contexts, strict=True)
            ],
        )

    def pool(self, positions: Sequence[int]) -> list[int]:
        """Caller positions as an internal, name-ordered pool for search()."""
        return sorted(self._internal[pos] for pos in positions)

    def search(self, query: str, limit: int, pool: Sequence[int] | None = None) -> list[int]:
        """Caller positions of the best *limit* items for *query*, best first.

        *pool* (from pool()) restricts the search, e.g. to the communes of one province.
        """
        if limit <= 0:
            return []
        q, q_dia = analyse(query)
        if not q:
            return []
        qc = q.replace(" ", "")
        compact = self._compact
        candidates = range(len(compact)) if pool is None else pool
        rest = [i for i in candidates if qc in compact[i]]
        if not rest:
            return []
        exact = sorted(self._exact.get(q, ()))
        if exact and pool is not None:
            # An exact hit always passes the compact test, so `rest` holds the pool's.
            allowed = set(rest)
            exact = [i for i in exact if i in allowed]
        out: list[int] = []
        # Diacritics must agree where the rank says the query matched: a whole name, the
        # start of a name, or the start of any word.
        self._add(out, exact, _SEP + " " + q_dia + _SEP, limit)
        if exact:
            taken = set(exact)
            rest = [i for i in rest if i not in taken]
        word_dia = " " + q_dia
        passes = (
            (self._prefix, _SEP + q, _SEP + word_dia),
            (self._words, " " + q, word_dia),
            (self._words, q, word_dia),
            (self._context, " " + q, word_dia),
            (self._context, q, word_dia),
            (None, qc, word_dia),
        )
        for haystacks, needle, dia_needle in passes:
            if len(out) >= limit or not rest:
                break
            if haystacks is None:
                found = [i for i in rest if needle in self._compact_name(i)]
            else:
                found = [i for i in rest if needle in haystacks[i]]
            if found:
                self._add(out, found, dia_needle, limit)
                hit = set(found)
                rest = [i for i in rest if i not in hit]
        if len(out) < limit:
            self._add(out, rest, word_dia, limit)  # only the label, without spaces
        return [self._external[i] for i in out[:limit]]

    def _add(self, out: list[int], found: list[int], dia_needle: str, limit: int) -> None:
        """Append one rank, already in name order: exact diacritics first."""
        if len(out) >= limit or not found:
            return
        dia = self._dia
        agree = [i for i in found if dia_needle in (dia[i] or self._dia_of(i))]
        if agree:
            out.extend(agree[: limit - len(out)])
            if len(out) >= limit:
                return
            agreed = set(agree)
            found = [i for i in found if i not in agreed]
        out.extend(found[: limit - len(out)])

    def _compact_name(self, inner: int) -> str:
        value = self._compact_names[inner]
        if value is None:
            value = self._compact_names[inner] = _SEP.join(
                self._words[inner][1:].split(_SEP + " ")
            ).replace(" ", "")
        return value

    def _dia_of(self, inner: int) -> str:
        """ "\0 form\0 form\0": the diacritic forms of the item's names (keys.analyse)."""
        forms = [form for key, form in map(analyse, self._raw[inner]) if key]
        value = self._dia[inner] = _SEP + " " + (_SEP + " ").join(forms) + _SEP
        return value

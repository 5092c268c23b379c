"""Search indexes over current admin units, code lists and countries, built at load."""

from __future__ import annotations

from collections.abc import Sequence

from station.refdata.keys import fold, fold_many
from station.refdata.model import CodeEntry, Country, UnitLevel, UnitMatch
from station.refdata.parse import AdminTables, CodeTable, CountryTable
from station.refdata.search import TextIndex

# Sorts before any letter: ties order by short name, then provinces before communes.
_TIE = "\x01"


class UnitIndex:
    """Provinces and communes searchable by short name, full name and label."""

    def __init__(self, admin: AdminTables) -> None:
        provinces, communes = admin.provinces, admin.communes
        # Built column by column with comprehensions and one fold_many() per column:
        # this is most of the start-up time, so per-item Python work is kept minimal.
        p_raw = [(p.short_name, p.name, *admin.province_aliases.get(p.code, ())) for p in provinces]
        p_names = [fold_many(raw) for raw in p_raw]
        p_contexts = [" ".join(keys[1:]) for keys in p_names]  # full name and aliases
        p_key = {p.code: keys[1] for p, keys in zip(provinces, p_names, strict=True)}
        p_label = {p.code: p.name for p in provinces}
        shorts = fold_many([c.short_name for c in communes])
        kinds = dict(
            zip(
                {c.kind for c in communes}, fold_many(list({c.kind for c in communes})), strict=True
            )
        )
        # Most names are "<kind> <short name>" and fold() works word by word, so the full
        # name's key is the kind's plus the short name's.
        fulls = [
            f"{kinds[c.kind]} {short}" if c.name == f"{c.kind} {c.short_name}" else fold(c.name)
            for c, short in zip(communes, shorts, strict=True)
        ]
        c_contexts = [
            f"{full} {p_key[c.province_code]}" for c, full in zip(communes, fulls, strict=True)
        ]
        names: list[Sequence[str]] = [
            *p_names,
            *(list(pair) for pair in zip(shorts, fulls, strict=True)),
        ]
        prefix_names: list[Sequence[str]] = [[keys[0], *keys[2:]] for keys in p_names]
        prefix_names += [[short] for short in shorts]
        contexts = p_contexts + [
            ctx if short in full else f"{short} {ctx}"
            for short, full, ctx in zip(shorts, fulls, c_contexts, strict=True)
        ]
        raw_names: list[Sequence[str]] = [*p_raw, *((c.short_name, c.name) for c in communes)]
        orders = [
            f"{keys[0]}{_TIE}0{_TIE}{ctx}" for keys, ctx in zip(p_names, p_contexts, strict=True)
        ]
        orders += [
            f"{short}{_TIE}1{_TIE}{ctx}" for short, ctx in zip(shorts, c_contexts, strict=True)
        ]
        # Parallel arrays rather than UnitMatch objects: those are made for hits only.
        self._codes = [p.code for p in provinces] + [c.code for c in communes]
        self._labels = [p.name for p in provinces] + [
            f"{c.name}, {p_label[c.province_code]}" for c in communes
        ]
        self._province_of = [p.code for p in provinces] + [c.province_code for c in communes]
        self._n_provinces = len(provinces)
        self._known_provinces = set(p_key)
        self._index = TextIndex(names, prefix_names, contexts, raw_names, orders)
        self._pools: dict[tuple[str | None, UnitLevel | None], list[int]] = {}

    def search(
        self, query: str, province_code: str | None, level: UnitLevel | None, limit: int
    ) -> list[UnitMatch]:
        """Best units for *query*, optionally within one province and/or one tier."""
        if level is not None:
            try:
                level = UnitLevel(level)  # also accept the plain value "commune"
            except ValueError:
                return []
        pool = None
        if province_code is not None or level is not None:
            pool = self._pools.get((province_code, level))
            if pool is None:
                want_province = level is UnitLevel.PROVINCE
                pool = self._index.pool(
                    [
                        pos
                        for pos, code in enumerate(self._province_of)
                        if (province_code is None or code == province_code)
                        and (level is None or (pos < self._n_provinces) == want_province)
                    ]
                )
                if province_code is None or province_code in self._known_provinces:
                    self._pools[(province_code, level)] = pool  # bounded: known keys only
        return [self._match(pos) for pos in self._index.search(query, limit, pool)]

    def _match(self, pos: int) -> UnitMatch:
        level = UnitLevel.PROVINCE if pos < self._n_provinces else UnitLevel.COMMUNE
        return UnitMatch(level, self._codes[pos], self._labels[pos], self._province_of[pos])


class CodeIndex:
    """A code list searchable by Vietnamese and English name; a typed code comes first."""

    def __init__(self, table: CodeTable) -> None:
        self._entries = table.entries
        self._codes = {e.code: i for i, e in enumerate(table.entries)}
        self._index = TextIndex.of([(e.name_vi, e.name_en) for e in table.entries])

    def search(self, query: str, limit: int) -> list[CodeEntry]:
        """Best entries for *query*."""
        if limit <= 0:
            return []
        positions = self._index.search(query, limit)
        code = self._codes.get(query.strip())
        if code is not None:
            positions = [code, *(p for p in positions if p != code)][:limit]
        return [self._entries[p] for p in positions]


class CountryIndex:
    """Countries searchable by Vietnamese and English name, other names and ISO codes."""

    def __init__(self, table: CountryTable) -> None:
        self._countries: Sequence[Country] = table.countries
        self._index = TextIndex.of(
            [
                (c.name_vi, c.name_en, *table.aliases.get(c.alpha2, ()), c.alpha2, c.alpha3)
                for c in table.countries
            ]
        )

    def search(self, query: str, limit: int) -> list[Country]:
        """Best countries for *query*."""
        return [self._countries[p] for p in self._index.search(query, limit)]

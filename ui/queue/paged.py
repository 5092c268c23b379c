"""A table model that loads its rows a page at a time on a worker (keyset paging, newest first).

Nothing is counted and nothing is loaded beyond what the view scrolls to, so a table
over 100,000 rows opens as fast as over 100. A refresh reloads the rows already shown
and applies the difference (changed rows, new rows on top) so selection and scrolling
survive; only a reordering falls back to a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from ui.queue.guard import run_for
from ui.table_model import HeaderedTableModel
from ui.tasks import TaskRunner

PAGE_SIZE = 200
REFRESH_LIMIT = 5000  # a refresh reloads at most this many rows; more load again on scroll

Index = QModelIndex | QPersistentModelIndex
Query = Callable[[Any, int], Sequence[Any]]  # (key of the last row or None, limit) -> rows


class PagedTableModel(HeaderedTableModel):
    """Rows from a keyset-paged query; subclasses give the columns, the key and the identity."""

    loading_changed = Signal(bool)
    loaded = Signal()  # a page or a refresh arrived
    failed = Signal(object)  # the exception of a failed load

    def __init__(self, tasks: TaskRunner, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.page_size = page_size
        self._rows: list[Any] = []
        self._query: Query | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0  # bumped by every load: late answers of older ones are dropped

    # ------------------------------------------------------------------ for subclasses

    def row_key(self, item: Any) -> Any:
        """The keyset position of *item* (passed back to the query for the next page)."""
        raise NotImplementedError

    def row_identity(self, item: Any) -> Hashable:
        """What makes two versions of a row the same row (default: its key)."""
        key: Hashable = self.row_key(item)
        return key

    # ------------------------------------------------------------------ API

    @property
    def is_loading(self) -> bool:
        """A page or a refresh is on its way."""
        return self._loading

    @property
    def exhausted(self) -> bool:
        """Every row the query has is loaded."""
        return self._exhausted

    def item(self, row: int) -> Any:
        """The row object at *row*."""
        return self._rows[row]

    def items(self) -> list[Any]:
        """The loaded row objects (a copy)."""
        return list(self._rows)

    def set_query(self, query: Query) -> None:
        """Show *query*'s rows instead (new filters): empty the table, load the first page."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._query = query
        self._exhausted = False
        self._set_loading(False)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Reload the rows shown (at least a page) and apply what changed."""
        query = self._query
        if query is None:
            return
        limit = min(max(self.page_size, len(self._rows)), REFRESH_LIMIT)
        # One row more than shown tells whether more remain, without counting them.
        self._start(lambda: list(query(None, limit + 1)), lambda rows: self._replace(rows, limit))

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not (parent.isValid() or self._exhausted or self._loading or self._query is None)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        query = self._query
        assert query is not None
        after = self.row_key(self._rows[-1]) if self._rows else None
        size = self.page_size
        self._start(lambda: list(query(after, size + 1)), self._append)

    # ------------------------------------------------------------------ loading

    def _start(self, work: Callable[[], list[Any]], apply: Callable[[list[Any]], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._set_loading(True)

        def arrived(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            # Still "loading" while the rows go in: a view (or the model tester) asking for
            # more from a rowsAboutToBeInserted handler must not fetch the same page again.
            apply(rows)
            self._set_loading(False)
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_loading(False)
            self.failed.emit(error)

        run_for(self, self._tasks, work, arrived, failed)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _append(self, rows: list[Any]) -> None:
        self._exhausted = len(rows) <= self.page_size
        rows = rows[: self.page_size]
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _replace(self, rows: list[Any], limit: int) -> None:
        self._exhausted = len(rows) <= limit
        rows = rows[:limit]
        old_ids = [self.row_identity(r) for r in self._rows]
        new_ids = [self.row_identity(r) for r in rows]
        added = _rows_added_on_top(old_ids, new_ids)
        if added is None:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        kept = len(rows) - added  # old rows still within the reloaded range
        if kept < len(self._rows):
            # Pushed past the reloaded range by new rows: they load again on scroll.
            self.beginRemoveRows(QModelIndex(), kept, len(self._rows) - 1)
            del self._rows[kept:]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self._rows[0:0] = rows[:added]
            self.endInsertRows()
        changed = [i for i in range(added, len(rows)) if rows[i] != self._rows[i]]
        self._rows = list(rows)
        if changed:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last_column))


def _rows_added_on_top(old: list[Hashable], new: list[Hashable]) -> int | None:
    """How many rows *new* has on top of *old* (whose head it keeps), or None if reordered."""
    if not old:
        return None if new else 0
    if not new:
        return None
    try:
        added = new.index(old[0])
    except ValueError:
        return None
    tail = new[added:]
    return added if tail == old[: len(tail)] else None

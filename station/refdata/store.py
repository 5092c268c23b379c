"""Reference-data files: the bundled ones, newer overrides, and installing new versions."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from station.refdata.errors import ReferenceDataError
from station.refdata.model import DataSetInfo
from station.refdata.parse import (
    DATA_SETS,
    AdminTables,
    LegacyTables,
    SchemaError,
    legacy_dangling,
    parse_admin,
    parse_codes,
    parse_countries,
    parse_header,
    parse_legacy,
    version_key,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# A pushed file larger than this is refused before parsing (the bundled total is < 1 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024
_PEEK_BYTES = 8192

PARSERS: Mapping[str, Callable[[Mapping[str, Any]], object]] = {
    "admin_units": parse_admin,
    "legacy_units": parse_legacy,
    "ethnicities": parse_codes,
    "religions": parse_codes,
    "countries": parse_countries,
}


def bundled_dir() -> Traversable | Path:
    """The data shipped inside the package.

    A plain folder next to this module in a normal install and in a PyInstaller bundle
    (which must collect station/refdata/data); importlib.resources otherwise, e.g. from
    a zip. The folder is tried first because importing importlib.resources costs ~8 ms.
    """
    folder = Path(__file__).resolve().parent / "data"
    if folder.is_dir():
        return folder
    from importlib import resources

    return resources.files("station.refdata").joinpath("data")


class DataFile(NamedTuple):
    """One data file at a known place; *label* names it in messages without a path."""

    name: str
    label: str
    location: Traversable | Path

    def read(self) -> bytes:
        """The file's bytes, or ReferenceDataError when unreadable or too big."""
        try:
            if isinstance(self.location, Path) and self.location.stat().st_size > MAX_FILE_BYTES:
                raise ReferenceDataError.bad_file(self.label, "the file is too large")
            return self.location.read_bytes()
        except OSError as exc:
            raise ReferenceDataError.bad_file(
                self.label, f"it cannot be read ({type(exc).__name__})"
            ) from None

    def load(self) -> tuple[DataSetInfo, object]:
        """Header and parsed tables; ReferenceDataError for any problem."""
        return self.parse(self.read())

    def parse(self, data: bytes) -> tuple[DataSetInfo, object]:
        """Header and parsed tables of *data*, this file's content."""
        doc = self._decode(data)
        info = self._header(doc)
        try:
            return info, PARSERS[self.name](doc)
        except SchemaError as exc:
            raise ReferenceDataError.bad_file(self.label, f"wrong structure: {exc}") from None

    def peek_header(self) -> DataSetInfo:
        """The header without parsing the tables when it comes first in the file.

        Used for the large legacy file, whose tables are parsed on first use only.
        """
        data = self.read()
        head = data[:_PEEK_BYTES].decode("utf-8", errors="ignore")
        at = head.find('"header"')
        colon = head.find(":", at) if at >= 0 else -1
        if colon >= 0:
            try:
                value, _ = json.JSONDecoder().raw_decode(head, colon + 1 + _blank(head, colon + 1))
                return self._header({"header": value})
            except (ValueError, ReferenceDataError):
                pass  # not at the start after all: fall back to the full parse
        return self._header(self._decode(data))

    def _decode(self, data: bytes) -> Any:
        try:
            return json.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise ReferenceDataError.bad_file(self.label, "it is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise ReferenceDataError.bad_file(
                self.label, f"it is not valid JSON (line {exc.lineno})"
            ) from None
        except RecursionError:
            raise ReferenceDataError.bad_file(self.label, "it is nested too deeply") from None

    def _header(self, doc: object) -> DataSetInfo:
        try:
            return parse_header(doc, self.name)
        except SchemaError as exc:
            raise ReferenceDataError.bad_file(self.label, f"wrong header: {exc}") from None


def _blank(text: str, at: int) -> int:
    return len(text[at:]) - len(text[at:].lstrip())


def bundled_file(name: str, base: Traversable | Path | None = None) -> DataFile:
    """The bundled file of data set *name* (or the one under *base*, for tests)."""
    root = bundled_dir() if base is None else base
    return DataFile(name, f"bundled {name}.json", root.joinpath(f"{name}.json"))


def override_file(name: str, override_dir: Path) -> DataFile | None:
    """The override file of data set *name*, when one exists."""
    path = override_dir / f"{name}.json"
    # os.path.isfile never raises (Path.is_file does on a permission error): a station
    # must start whatever state the override folder is in.
    return DataFile(name, f"override {name}.json", path) if os.path.isfile(path) else None


def newer(candidate: DataSetInfo, than: DataSetInfo) -> bool:
    """Whether *candidate* is a later version of the same data set."""
    return version_key(candidate.version) > version_key(than.version)


def install_reference_data(
    source_dir: Path, override_dir: Path, *, _bundled: Traversable | Path | None = None
) -> list[DataSetInfo]:
    """Validate the data files in *source_dir* and copy them atomically into *override_dir*.

    Every file present (named <data set>.json) must be complete, well-formed and newer
    than the bundled version; otherwise ReferenceDataError is raised and nothing in
    *override_dir* changes. The next load_reference_data(override_dir) uses them.
    """
    found = {
        name: DataFile(name, f"new {name}.json", source_dir / f"{name}.json")
        for name in DATA_SETS
        if os.path.isfile(source_dir / f"{name}.json")
    }
    if not found:
        raise ReferenceDataError(
            "Không tìm thấy tệp danh mục nào để cài đặt.",
            "No reference data files were found to install.",
            f"none of {', '.join(n + '.json' for n in DATA_SETS)} in the source folder",
        )
    loaded: dict[str, tuple[DataSetInfo, object, bytes]] = {}
    for name, file in found.items():
        data = file.read()
        info, tables = file.parse(data)
        base = bundled_file(name, _bundled).peek_header()
        if not newer(info, base):
            raise ReferenceDataError.bad_file(
                file.label, f"version {info.version} is not newer than the bundled {base.version}"
            )
        loaded[name] = (info, tables, data)
    _check_legacy(loaded, override_dir, _bundled)
    try:
        override_dir.mkdir(parents=True, exist_ok=True)
        for name, (_, _, data) in loaded.items():
            _replace_atomically(override_dir / f"{name}.json", data)
    except OSError as exc:
        raise ReferenceDataError(
            "Không ghi được tệp danh mục mới vào thư mục dữ liệu.",
            "The new reference data could not be written to the data folder.",
            f"install failed: {type(exc).__name__}",
        ) from None
    return [info for info, _, _ in loaded.values()]


def _check_legacy(
    loaded: Mapping[str, tuple[DataSetInfo, object, bytes]],
    override_dir: Path,
    bundled: Traversable | Path | None,
) -> None:
    """A new legacy mapping must point at units of the current list it will be used with."""
    if "legacy_units" not in loaded:
        return
    if "admin_units" in loaded:
        admin = cast(AdminTables, loaded["admin_units"][1])
    else:
        admin = effective_admin(override_dir, bundled)
    legacy = cast(LegacyTables, loaded["legacy_units"][1])
    if missing := legacy_dangling(legacy, admin):
        raise ReferenceDataError.bad_file(
            "new legacy_units.json",
            f"successors missing from the current list: {', '.join(missing[:5])}"
            + (" …" if len(missing) > 5 else ""),
        )


def effective_admin(override_dir: Path, bundled: Traversable | Path | None) -> AdminTables:
    """The current-unit list that a load would use now."""
    base_info, tables = bundled_file("admin_units", bundled).load()
    override = override_file("admin_units", override_dir)
    if override is not None:
        try:
            info, candidate = override.load()
            if newer(info, base_info):
                tables = candidate
        except ReferenceDataError:
            pass  # an unusable override is ignored at load too
    return cast(AdminTables, tables)


def _replace_atomically(target: Path, data: bytes) -> None:
    """Write next to the target and rename over it: readers see the old or the new file."""
    import tempfile  # only installs need it; start-up does not

    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

"""Application record to and from plain JSON-ready data, cleaning text on the way in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union

from station.errors import StationError
from station.record import ApplicationRecord
from station.text import clean_text

T = TypeVar("T")

FORMAT_VERSION = 1


class RecordFormatError(StationError):
    """Stored or received record data does not have the expected shape."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(
            "Dữ liệu hồ sơ bị hỏng hoặc không đúng định dạng.",
            "The application data is damaged or not in the expected format.",
            f"{path or '<record>'}: {problem}",
        )
        self.path = path


def record_to_dict(record: ApplicationRecord) -> dict[str, Any]:
    """A plain dict of the record (str/int/bool/None/list/dict only), tagged with its version."""
    data = _encode(record)
    assert isinstance(data, dict)
    return {"format": FORMAT_VERSION, "record": data}


def record_from_dict(data: object) -> ApplicationRecord:
    """Rebuild a record from :func:`record_to_dict` output; text is NFC-cleaned.

    Raises :class:`RecordFormatError` naming the first bad field path.
    """
    if not isinstance(data, dict):
        raise RecordFormatError("", "not an object")
    if data.get("format") != FORMAT_VERSION:
        raise RecordFormatError("format", f"unsupported format {data.get('format')!r}")
    record = _decode(ApplicationRecord, data.get("record"), "")
    assert isinstance(record, ApplicationRecord)
    return record


def canonical_json(record: ApplicationRecord) -> bytes:
    """The canonical byte form used for hashing and signing: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        record_to_dict(record), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise RecordFormatError("", "naive datetime in record")
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(_encode(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, raw: object, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = typing.get_args(tp)
        if raw is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _decode(inner, raw, path)
    if dataclasses.is_dataclass(tp):
        if not isinstance(raw, dict):
            raise RecordFormatError(path, "expected an object")
        assert isinstance(tp, type)
        hints = _hints(tp)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(tp):
            sub = f"{path}.{f.name}" if path else f.name
            if f.name in raw:
                kwargs[f.name] = _decode(hints[f.name], raw[f.name], sub)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise RecordFormatError(sub, "missing")
        unknown = set(raw) - {f.name for f in dataclasses.fields(tp)}
        if unknown:
            raise RecordFormatError(path, f"unknown fields {sorted(unknown)}")
        return tp(**kwargs)
    if origin in (tuple, frozenset):
        if not isinstance(raw, list):
            raise RecordFormatError(path, "expected a list")
        inner = typing.get_args(tp)[0]
        items = [_decode(inner, v, f"{path}[{i}]") for i, v in enumerate(raw)]
        return origin(items)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(raw)
        except ValueError:
            raise RecordFormatError(path, f"unknown value {raw!r}") from None
    if tp is str:
        if not isinstance(raw, str):
            raise RecordFormatError(path, "expected text")
        return clean_text(raw)
    if tp is bool:
        if not isinstance(raw, bool):
            raise RecordFormatError(path, "expected true/false")
        return raw
    if tp is int:
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise RecordFormatError(path, "expected an integer")
        return raw
    if tp is dt.datetime:
        return _parse_datetime(raw, path)
    if tp is dt.date:
        if not isinstance(raw, str):
            raise RecordFormatError(path, "expected a date")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise RecordFormatError(path, "invalid date") from None
    raise RecordFormatError(path, f"unsupported type {tp!r}")


def _parse_datetime(raw: object, path: str) -> dt.datetime:
    if not isinstance(raw, str):
        raise RecordFormatError(path, "expected a timestamp")
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise RecordFormatError(path, "invalid timestamp") from None
    if value.tzinfo is None:
        raise RecordFormatError(path, "timestamp without time zone")
    return value

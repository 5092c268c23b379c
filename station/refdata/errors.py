"""The error raised when a reference-data file cannot be used."""

from __future__ import annotations

from station.errors import StationError


class ReferenceDataError(StationError):
    """A reference-data file is missing, unreadable or of the wrong shape.

    The message names the file and the problem; reference data carries no personal data,
    so the detail is safe for the log.
    """

    @classmethod
    def bad_file(cls, label: str, problem: str) -> ReferenceDataError:
        """The file *label* cannot be used because of *problem* (a short English text)."""
        return cls(
            f"Tệp danh mục {label} không dùng được: {problem}.",
            f"Reference data file {label} cannot be used: {problem}.",
            f"{label}: {problem}",
        )

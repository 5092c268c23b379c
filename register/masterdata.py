"""Master data the register offers: reference data lists and CSCA certificates.

The folder holds ``<data set>.json`` files (the format station.refdata installs) and a
``csca/`` folder of certificates. Its version is the text of ``VERSION`` if present,
otherwise derived from the files' hashes, so any change gives a new version.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from station.refdata.parse import DATA_SETS

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_CSCA_SUFFIXES = (".pem", ".der", ".cer", ".crt")


@dataclass(frozen=True, slots=True)
class OfferedFile:
    """One file on offer."""

    name: str
    kind: str
    sha256: str
    size: int
    path: Path


class MasterDataSource:
    """Reads the master data folder (re-hashing a file only when it changed)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._cache: dict[Path, tuple[float, int, str]] = {}

    def files(self) -> list[OfferedFile]:
        """Every file on offer, in name order."""
        if self.folder is None or not self.folder.is_dir():
            return []
        found: list[tuple[str, Path]] = [
            ("refdata", self.folder / f"{name}.json")
            for name in DATA_SETS
            if (self.folder / f"{name}.json").is_file()
        ]
        csca = self.folder / "csca"
        if csca.is_dir():
            found += [
                ("csca", p)
                for p in sorted(csca.iterdir())
                if p.is_file()
                and p.suffix.lower() in _CSCA_SUFFIXES
                and _SAFE_NAME.fullmatch(p.name)
            ]
        return [OfferedFile(p.name, kind, *self._digest(p), p) for kind, p in found]

    def version(self, files: list[OfferedFile]) -> str:
        """The version of the set."""
        if self.folder is not None and (self.folder / "VERSION").is_file():
            return (self.folder / "VERSION").read_text().strip()[:64] or "0"
        if not files:
            return "0"
        digest = hashlib.sha256()
        for f in files:
            digest.update(f"{f.kind}/{f.name}:{f.sha256}\n".encode())
        return digest.hexdigest()[:16]

    def find(self, name: str) -> OfferedFile | None:
        """The file called *name*, or None."""
        return next((f for f in self.files() if f.name == name), None)

    def _digest(self, path: Path) -> tuple[str, int]:
        stat = path.stat()
        cached = self._cache.get(path)
        if cached is not None and cached[:2] == (stat.st_mtime, stat.st_size):
            return cached[2], stat.st_size
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        self._cache[path] = (stat.st_mtime, stat.st_size, sha256)
        return sha256, stat.st_size

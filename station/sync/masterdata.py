"""Master data from the register: code lists and admin units, and CSCA certificates.

Files are downloaded to a staging folder, checked against the index (size, SHA-256),
then installed: the reference data through station.refdata (which validates each list
and replaces it atomically), the CSCA certificates by swapping the whole folder.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.errors import StationError
from station.refdata import install_reference_data, load_reference_data
from station.refdata.parse import DATA_SETS, version_key
from station.storage.files import fsync_directory, write_atomically
from station.sync.client import MasterDataFile, MasterDataIndex, RegisterClient

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_CSCA_SUFFIXES = (".pem", ".der", ".cer", ".crt")
MAX_FILE_BYTES = 64 * 1024 * 1024


class MasterDataError(StationError):
    """The master data offered by the register could not be installed; the old stays."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Không cập nhật được danh mục từ cơ quan đăng ký; trạm tiếp tục dùng danh mục "
            "hiện có. Gọi bộ phận kỹ thuật nếu lỗi lặp lại.",
            "The master data from the register could not be installed; the station keeps "
            "using its current lists. Call IT if this keeps happening.",
            detail,
        )


@dataclass(frozen=True, slots=True)
class MasterDataInstalled:
    """What an update installed (for the GUI to reload its lists and tell the officer)."""

    version: str
    refdata: tuple[str, ...]  # data set names replaced
    csca_certificates: int


class MasterDataUpdater:
    """Installs the register's master data when its version differs from ours."""

    def __init__(
        self,
        refdata_dir: Path,
        csca_dir: Path,
        staging_dir: Path,
        on_installed: Callable[[MasterDataInstalled], None] | None = None,
    ) -> None:
        self.refdata_dir = refdata_dir
        self.csca_dir = csca_dir
        self.staging_dir = staging_dir
        self._on_installed = on_installed

    def update(self, client: RegisterClient, current: str | None) -> MasterDataInstalled | None:
        """Install the register's version if it is not *current*; None when up to date."""
        index = client.master_data_index()
        if index.version == current:
            return None
        for item in index.files:
            if not _SAFE_NAME.fullmatch(item.name) or item.kind not in ("refdata", "csca"):
                raise MasterDataError(f"unexpected file in the index: {item.kind}")
            if item.size > MAX_FILE_BYTES:
                raise MasterDataError("file too large")
        staging = self.staging_dir / "download"
        shutil.rmtree(staging, ignore_errors=True)
        try:
            files = {item.name: self._fetch(client, item, staging) for item in index.files}
            installed = self._install(index, files)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        if self._on_installed is not None:
            self._on_installed(installed)
        return installed

    def _fetch(self, client: RegisterClient, item: MasterDataFile, staging: Path) -> Path:
        data = client.download(item.name)
        if len(data) != item.size or hashlib.sha256(data).hexdigest() != item.sha256:
            raise MasterDataError(f"{item.kind} file does not match the index")
        folder = staging / item.kind
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / item.name
        path.write_bytes(data)
        return path

    def _install(self, index: MasterDataIndex, files: dict[str, Path]) -> MasterDataInstalled:
        refdata_names = self._newer_refdata(index, files)
        if refdata_names:
            source = self.staging_dir / "download" / "refdata-newer"
            source.mkdir(parents=True, exist_ok=True)
            for name in refdata_names:
                shutil.copyfile(files[f"{name}.json"], source / f"{name}.json")
            install_reference_data(source, self.refdata_dir)
        certificates = [i for i in index.files if i.kind == "csca"]
        if certificates:
            self._replace_csca({i.name: files[i.name].read_bytes() for i in certificates})
        return MasterDataInstalled(index.version, tuple(refdata_names), len(certificates))

    def _newer_refdata(self, index: MasterDataIndex, files: dict[str, Path]) -> list[str]:
        """Data sets offered in a newer version than the station uses (others are skipped)."""
        offered = [i for i in index.files if i.kind == "refdata"]
        if not offered:
            return []
        current = load_reference_data(self.refdata_dir).info
        newer = []
        for item in offered:
            name = item.name.removesuffix(".json")
            if name not in DATA_SETS or item.name != f"{name}.json":
                raise MasterDataError("unknown reference data set")
            try:
                header = json.loads(files[item.name].read_bytes())["header"]
                version = version_key(str(header["version"]))
            except (ValueError, KeyError, TypeError):
                raise MasterDataError("reference data file without a readable header") from None
            if version > version_key(current[name].version):
                newer.append(name)
        return sorted(newer)

    def _replace_csca(self, certificates: dict[str, bytes]) -> None:
        """Swap in the new certificate folder; a crash leaves the old or the new one whole."""
        for name in certificates:
            if not name.lower().endswith(_CSCA_SUFFIXES):
                raise MasterDataError("CSCA file of an unknown type")
        fresh = self.csca_dir.with_name(self.csca_dir.name + ".new")
        old = self.csca_dir.with_name(self.csca_dir.name + ".old")
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        for name, data in certificates.items():
            write_atomically(fresh / name, data)
        if self.csca_dir.exists():
            self.csca_dir.rename(old)
        fresh.rename(self.csca_dir)
        fsync_directory(self.csca_dir.parent)
        shutil.rmtree(old, ignore_errors=True)

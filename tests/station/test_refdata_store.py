"""Bundled files, newer overrides, corrupt files and installing pushed data."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import station.refdata as refdata_package
from station.refdata import (
    ReferenceDataError,
    install_reference_data,
    load_reference_data,
)
from station.refdata.errors import ReferenceDataError as ErrorsModuleError

DATA_DIR = Path(refdata_package.__file__).parent / "data"
NAMES = ("admin_units", "legacy_units", "ethnicities", "religions", "countries")


def bundled(name: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA_DIR / f"{name}.json").read_text("utf-8"))
    return doc


def write(folder: Path, name: str, doc: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def newer_admin(version: str = "2026.05.01") -> dict[str, Any]:
    """The bundled list with one commune renamed, as a register push might carry."""
    doc = bundled("admin_units")
    doc["header"]["version"] = version
    doc["header"]["effective_date"] = "2026-05-01"
    for row in doc["communes"]:
        if row[0] == "00097":
            row[1], row[2] = "Phường Hồng Hà Mới", "Hồng Hà Mới"
    return doc


@pytest.fixture
def bundle_copy(tmp_path: Path) -> Path:
    """A copy of the bundled folder that a test may damage."""
    folder = tmp_path / "bundled"
    shutil.copytree(DATA_DIR, folder)
    return folder


def test_error_is_a_station_error_with_both_languages() -> None:
    error = ReferenceDataError.bad_file("bundled x.json", "it is broken")
    assert ReferenceDataError is ErrorsModuleError
    assert "x.json" in error.message("vi") and "x.json" in error.message("en")
    assert error.message("en") != error.message("vi")


def test_no_override_dir_and_empty_override_dir(tmp_path: Path) -> None:
    plain = load_reference_data()
    empty = load_reference_data(tmp_path / "missing")
    assert plain.problems == empty.problems == []
    assert plain.info == empty.info


def test_newer_override_is_used(tmp_path: Path) -> None:
    write(tmp_path, "admin_units", newer_admin())
    data = load_reference_data(tmp_path)
    assert data.admin_units_version == "2026.05.01"
    commune = data.commune("00097")
    assert commune is not None and commune.name == "Phường Hồng Hà Mới"
    assert data.search_units("hong ha moi")[0].code == "00097"
    assert data.problems == []
    # The other data sets stay bundled.
    assert data.info["ethnicities"] == load_reference_data().info["ethnicities"]


def test_older_or_equal_override_is_ignored(tmp_path: Path) -> None:
    for version in ("2026.04.30", "2025.12.31", "2026.4"):
        write(tmp_path, "admin_units", newer_admin(version))
        data = load_reference_data(tmp_path)
        assert data.admin_units_version == "2026.04.30"
        commune = data.commune("00097")
        assert commune is not None and commune.name == "Phường Hồng Hà"
        assert data.problems == []


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"header": {"name": "admin_units"}}',
        b'{"header": {"name": "countries", "schema": 1, "version": "9", "effective_date":'
        b' "2030-01-01", "source": "s", "licence": "l"}, "countries": []}',
    ],
)
def test_corrupt_override_is_ignored_and_reported(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "admin_units.json").write_bytes(content)
    data = load_reference_data(tmp_path)
    assert data.admin_units_version == "2026.04.30"
    assert len(data.communes()) == 3321
    assert len(data.problems) == 1
    assert data.problems[0].startswith("override admin_units.json: ")
    assert data.problems[0].endswith("ignored, the bundled list is used")
    assert str(tmp_path) not in data.problems[0]  # no paths (user names) in messages


def test_override_of_wrong_schema_is_reported(tmp_path: Path) -> None:
    doc = newer_admin()
    doc["communes"][5] = ["00005", "Phường X", "X", "Phường", "77"]  # unknown province
    write(tmp_path, "admin_units", doc)
    bad_header = bundled("religions")
    bad_header["header"]["schema"] = 2
    bad_header["header"]["version"] = "2099.1.1"
    write(tmp_path, "religions", bad_header)
    data = load_reference_data(tmp_path)
    assert data.admin_units_version == "2026.04.30"
    assert data.info["religions"].version == "2024.07.01"
    assert len(data.problems) == 2
    assert any("province 77 is unknown" in p for p in data.problems)
    assert any("schema" in p for p in data.problems)


def test_legacy_override_newer_used_and_corrupt_reported_on_first_use(tmp_path: Path) -> None:
    doc = bundled("legacy_units")
    doc["header"]["version"] = "2025.07.01"
    for row in doc["wards"]:
        if row[0] == "00001":
            row[1] = "Phường Phúc Xá Cũ"
    write(tmp_path, "legacy_units", doc)
    data = load_reference_data(tmp_path)
    assert data.info["legacy_units"].version == "2025.07.01"
    ward = data.legacy_ward("00001")
    assert ward is not None and ward.name == "Phường Phúc Xá Cũ"
    assert data.problems == []
    # Header fine, tables broken: found when the legacy list is first used.
    doc["wards"][3] = ["00010", "Phường Y", "Y", "999", ["00097"]]
    write(tmp_path, "legacy_units", doc)
    data = load_reference_data(tmp_path)
    assert data.problems == []
    assert data.convert_legacy_ward("00001").commune_code == "00097"
    assert data.info["legacy_units"].version == "2025.06.30"
    assert len(data.problems) == 1
    assert data.problems[0].startswith("override legacy_units.json: wrong structure")
    # Header broken: reported at load.
    (tmp_path / "legacy_units.json").write_text("{}", "utf-8")
    data = load_reference_data(tmp_path)
    assert len(data.problems) == 1 and data.info["legacy_units"].version == "2025.06.30"


def test_legacy_mapping_outdated_by_new_admin_list(tmp_path: Path) -> None:
    doc = newer_admin()
    doc["communes"] = [row for row in doc["communes"] if row[0] != "00097"]
    write(tmp_path, "admin_units", doc)
    data = load_reference_data(tmp_path)
    result = data.convert_legacy_ward("00001")  # went to 00097, now gone
    assert result.status.value == "province_only" and result.province_code == "01"
    assert any("successor codes are not in admin_units" in p for p in data.problems)


@pytest.mark.parametrize("name", NAMES)
def test_corrupt_bundled_file_raises(bundle_copy: Path, name: str) -> None:
    (bundle_copy / f"{name}.json").write_text('{"header": {"name": "', "utf-8")

    def load_everything() -> None:
        load_reference_data(_bundled=bundle_copy).preload_legacy()

    with pytest.raises(ReferenceDataError) as caught:
        load_everything()
    assert f"{name}.json" in caught.value.message_en
    assert f"{name}.json" in caught.value.message_vi


def test_bundled_legacy_with_bad_tables_raises_on_first_use(bundle_copy: Path) -> None:
    doc = bundled("legacy_units")
    doc["wards"][0][4] = []
    write(bundle_copy, "legacy_units", doc)
    data = load_reference_data(_bundled=bundle_copy)
    with pytest.raises(ReferenceDataError, match="successor"):
        data.legacy_ward("00001")


def test_missing_bundled_file_raises(bundle_copy: Path) -> None:
    (bundle_copy / "countries.json").unlink()
    with pytest.raises(ReferenceDataError, match="cannot be read"):
        load_reference_data(_bundled=bundle_copy)


def test_install_valid_files_then_load_uses_them(tmp_path: Path) -> None:
    source, target = tmp_path / "push", tmp_path / "override"
    write(source, "admin_units", newer_admin())
    religions = bundled("religions")
    religions["header"]["version"] = "2026.1.1"
    religions["entries"].append(["15", "Tôn giáo mới", "New religion"])
    write(source, "religions", religions)
    installed = install_reference_data(source, target)
    assert {i.name for i in installed} == {"admin_units", "religions"}
    assert sorted(p.name for p in target.iterdir()) == ["admin_units.json", "religions.json"]
    data = load_reference_data(target)
    assert data.admin_units_version == "2026.05.01"
    assert data.religion("15") is not None
    assert data.search_codes("religion", "ton giao moi")[0].code == "15"
    assert data.problems == []


def _existing_override(target: Path) -> bytes:
    write(target, "admin_units", newer_admin("2026.05.01"))
    return (target / "admin_units.json").read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        "older",
        "empty",
        "duplicate",
        "orphan commune",
        "bad code",
        "wrong name",
    ],
)
def test_install_rejects_invalid_input_and_keeps_override(tmp_path: Path, damage: str) -> None:
    source, target = tmp_path / "push", tmp_path / "override"
    before = _existing_override(target)
    doc = newer_admin("2026.06.01")
    if damage == "older":
        doc["header"]["version"] = "2026.04.30"
    elif damage == "empty":
        doc["communes"] = []
    elif damage == "duplicate":
        doc["communes"].append(doc["communes"][0])
    elif damage == "orphan commune":
        doc["communes"][0][4] = "03"
    elif damage == "bad code":
        doc["communes"][0][0] = "97"
    elif damage == "wrong name":
        doc["header"]["name"] = "religions"
    write(source, "admin_units", doc)
    if damage == "not json":
        (source / "admin_units.json").write_text("{", "utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        install_reference_data(source, target)
    assert "admin_units.json" in caught.value.message_en
    assert (target / "admin_units.json").read_bytes() == before
    assert sorted(p.name for p in target.iterdir()) == ["admin_units.json"]


def test_install_checks_legacy_successors(tmp_path: Path) -> None:
    source, target = tmp_path / "push", tmp_path / "override"
    legacy = bundled("legacy_units")
    legacy["header"]["version"] = "2026.1.1"
    legacy["wards"][0][4] = ["99999"]
    write(source, "legacy_units", legacy)
    with pytest.raises(ReferenceDataError, match="99999"):
        install_reference_data(source, target)
    assert not target.exists()
    # Valid together with an admin list that has the unit.
    admin = newer_admin()
    admin["communes"].append(["99999", "Xã Mới", "Mới", "Xã", "01"])
    write(source, "admin_units", admin)
    installed = install_reference_data(source, target)
    assert {i.name for i in installed} == {"admin_units", "legacy_units"}
    data = load_reference_data(target)
    assert data.convert_legacy_ward(legacy["wards"][0][0]).commune_code == "99999"


def test_one_bad_file_installs_nothing(tmp_path: Path) -> None:
    source, target = tmp_path / "push", tmp_path / "override"
    write(source, "admin_units", newer_admin())
    broken = bundled("countries")
    broken["header"]["version"] = "2030.1.1"
    broken["countries"][1][0] = broken["countries"][0][0]
    write(source, "countries", broken)
    with pytest.raises(ReferenceDataError, match=r"countries\.json"):
        install_reference_data(source, target)
    assert not target.exists()


def test_install_without_files_raises(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("x", "utf-8")
    with pytest.raises(ReferenceDataError):
        install_reference_data(tmp_path, tmp_path / "override")


def test_install_is_atomic_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "push", tmp_path / "override"
    before = _existing_override(target)
    write(source, "admin_units", newer_admin("2026.07.01"))

    def failing_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ReferenceDataError):
        install_reference_data(source, target)
    monkeypatch.undo()
    # The old file is intact and no temporary file is left behind.
    assert (target / "admin_units.json").read_bytes() == before
    assert sorted(p.name for p in target.iterdir()) == ["admin_units.json"]
    assert install_reference_data(source, target)[0].version == "2026.07.01"
    assert load_reference_data(target).admin_units_version == "2026.07.01"

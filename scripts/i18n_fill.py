"""Fill Qt Linguist files: English from the source texts, Vietnamese from a reviewed table.

    python scripts/i18n_fill.py english                 # complete station_en.ts
    python scripts/i18n_fill.py missing vi out.json     # list untranslated entries
    python scripts/i18n_fill.py apply vi table.json     # write translations from a table

The table maps "context\\u241fsource" to a translation (a list of forms for plurals;
Vietnamese has one). Run scripts/update-translations first so every tr() string is listed.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "ui" / "i18n"
SEP = "\u241f"


def _ts(language: str) -> Path:
    return I18N / f"station_{language}.ts"


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
    return translation.get("type") == "unfinished" or not all(forms)


def _set(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')


def english() -> int:
    """English translations are the source texts; plural forms spelled out."""
    path = _ts("en")
    tree = ET.parse(path)
    for _, message in _messages(tree):
        if not _unfinished(message):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            one = source.replace("(s)", "").replace("(es)", "")
            many = source.replace("(s)", "s").replace("(es)", "es")
            _set(message, [one, many])
        else:
            _set(message, [source])
    _write(tree, path)
    return 0


def missing(language: str, out: Path) -> int:
    """Write the untranslated entries of *language* as a table to fill."""
    tree = ET.parse(_ts(language))
    table = {
        f"{context}{SEP}{message.findtext('source')}": ""
        for context, message in _messages(tree)
        if _unfinished(message)
    }
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1))
    print(f"{len(table)} entries to translate -> {out}")
    return 0


def apply(language: str, table_path: Path) -> int:
    """Write the table's translations into the .ts of *language*."""
    table = json.loads(table_path.read_text())
    path = _ts(language)
    tree = ET.parse(path)
    done = 0
    for context, message in _messages(tree):
        key = f"{context}{SEP}{message.findtext('source')}"
        value = table.get(key)
        if not value:
            continue
        _set(message, value if isinstance(value, list) else [value])
        done += 1
    _write(tree, path)
    print(f"{done} translations written to {path.name}")
    return 0


def main(argv: list[str]) -> int:
    """Command-line entry."""
    if argv[:1] == ["english"]:
        return english()
    if argv[:1] == ["missing"] and len(argv) == 3:
        return missing(argv[1], Path(argv[2]))
    if argv[:1] == ["apply"] and len(argv) == 3:
        return apply(argv[1], Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

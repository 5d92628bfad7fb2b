"""Bring the translation catalogs in line with the code: `python scripts/update_translations.py`.

Runs pyside6-lupdate over the client packages (dropping strings the code no longer has), then fills the
Chinese translation of every string that moved to another context (a class renamed, a message moved to
`app/error_text.py`) from the translation it had before, and lists what still needs a translator. The
English catalog stays untranslated: English is the source language.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGS = REPO / "resources" / "translations"
SCANNED = ("app", "widgets", "maps")
CHINESE = CATALOGS / "sandtable_zh_CN.ts"
ENGLISH = CATALOGS / "sandtable_en.ts"


def translations_by_source(ts_file: Path) -> dict[str, str]:
    """Every finished translation in `ts_file`, by source text (whatever its context)."""
    known: dict[str, str] = {}
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if source and translation is not None and translation.text and translation.get("type") != "unfinished":
            known.setdefault(source, translation.text)
    return known


def run_lupdate() -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", "-extensions", "py", *(str(REPO / d) for d in SCANNED),
                    "-ts", str(CHINESE), str(ENGLISH)], check=True, capture_output=True)


def fill_moved(ts_file: Path, known: dict[str, str]) -> list[tuple[str, str]]:
    """Give moved strings their earlier translation; return (context, source) of those still missing."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or (translation.text and translation.get("type") != "unfinished"):
                continue
            if source in known:
                translation.text = known[source]
                translation.attrib.pop("type", None)
            else:
                missing.append((name, source))
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def main() -> int:
    known = translations_by_source(CHINESE)
    run_lupdate()
    missing = fill_moved(CHINESE, known)
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{len(missing)} string(s) need a Chinese translation in {CHINESE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

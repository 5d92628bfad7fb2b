"""Loading translations: pick the language, compile stale .qm files, install the translators.

The .qm files are build output (not committed), so a fresh clone compiles them here on first start
with pyside6-lrelease. Without lrelease the UI falls back to the English source strings.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
SUPPORTED_LANGUAGES = ("zh_CN", "en")
CATALOG = "sandtable"


def default_language() -> str:
    """zh_CN on a Chinese system, English everywhere else."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def find_lrelease() -> str | None:
    """pyside6-lrelease next to the running interpreter (a venv) or on PATH."""
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).with_name(name)
        if beside.exists():
            return str(beside)
        found = shutil.which(name)
        if found:
            return found
    return None


def ensure_compiled(ts_file: Path) -> Path | None:
    """The .qm next to ``ts_file``, compiled if missing or older than the source; None if impossible."""
    qm_file = ts_file.with_suffix(".qm")
    if not ts_file.exists():
        log.warning("translation source %s is missing: the UI stays in English", ts_file)
        return qm_file if qm_file.exists() else None
    if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
        return qm_file
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("pyside6-lrelease not found: cannot compile %s, the UI stays in English", ts_file.name)
        return qm_file if qm_file.exists() else None
    result = subprocess.run([lrelease, str(ts_file), "-qm", str(qm_file)], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0 or not qm_file.exists():
        log.warning("lrelease failed for %s: %s", ts_file.name, result.stderr.strip())
        return None
    return qm_file


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalog and Qt's own (dialog buttons etc.) for ``language``.

    Returns the installed translators (children of ``app``, so they live as long as it does).
    """
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}")
    installed: list[QTranslator] = []
    qm_file = ensure_compiled(TRANSLATIONS_DIR / f"{CATALOG}_{language}.ts")
    if qm_file is not None:
        ours = QTranslator(app)
        if ours.load(str(qm_file)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("could not load %s", qm_file)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalog = QTranslator(app)
    if language != "en" and qt_catalog.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_catalog)
        installed.append(qt_catalog)
    QLocale.setDefault(QLocale(language))
    return installed

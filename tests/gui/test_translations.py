"""The Chinese catalog covers every UI string and actually translates the running UI."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app import i18n
from domain.enums import ProjectStatus, RiskLevel
from widgets.labels import label

REPO = Path(__file__).resolve().parents[2]
CATALOGS = REPO / "resources" / "translations"
SCANNED = ("app", "widgets", "maps")
DROPPED = {"vanished", "obsolete"}  # kept by lupdate for history, not part of the UI


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in DROPPED:
                continue
            messages[(name, message.findtext("source"))] = translation
    return messages


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Source strings as lupdate finds them in the code right now."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run([str(lupdate), "-extensions", "py", *(str(REPO / d) for d in SCANNED), "-ts", str(fresh)],
                   check=True, capture_output=True)
    sources = set(_messages(fresh))
    assert len(sources) > 50
    return sources


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_catalog_matches_code(current_sources, language):
    committed = _messages(CATALOGS / f"sandtable_{language}.ts")
    assert set(committed) == current_sources, "run pyside6-lupdate (see README) and translate new strings"


def test_every_string_has_a_context(current_sources):
    """A string lupdate files under no context (a `tr` alias it cannot follow) never translates at run
    time, where the code asks for it under a named context."""
    assert [source for context, source in current_sources if not context] == []


def test_zh_cn_has_no_unfinished_translation():
    unfinished = [key for key, translation in _messages(CATALOGS / "sandtable_zh_CN.ts").items()
                  if translation is None or translation.get("type") == "unfinished" or not translation.text]
    assert unfinished == []


def test_zh_cn_catalog_compiles_and_translates(qapp, tmp_path, monkeypatch):
    shutil.copy(CATALOGS / "sandtable_zh_CN.ts", tmp_path / "sandtable_zh_CN.ts")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert (tmp_path / "sandtable_zh_CN.qm").exists()  # compiled on demand from a fresh checkout
        assert label(ProjectStatus.UNDER_CONSTRUCTION) == "在建"
        assert label(RiskLevel.MAJOR) == "重大"
        assert QCoreApplication.translate("ProjectTableModel", "Permit no.") == "施工许可证号"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
    assert label(ProjectStatus.UNDER_CONSTRUCTION) == "Under construction"


def test_missing_lrelease_falls_back_to_english(qapp, tmp_path, monkeypatch):
    shutil.copy(CATALOGS / "sandtable_zh_CN.ts", tmp_path / "sandtable_zh_CN.ts")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert not (tmp_path / "sandtable_zh_CN.qm").exists()
        assert label(ProjectStatus.UNDER_CONSTRUCTION) == "Under construction"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))

"""Shared test set-up. Qt runs offscreen; QtWebEngine must be imported before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede QApplication creation)

pytest_plugins = ["tests.support.databases", "tests.support.case_world", "tests.support.monitoring",
                  "tests.support.scoped_world"]

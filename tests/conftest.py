"""Shared test set-up. Qt runs offscreen; QtWebEngine must be imported before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede QApplication creation)

pytest_plugins = ["tests.support.databases", "tests.support.case_world", "tests.support.monitoring",
                  "tests.support.scoped_world"]


import pytest  # noqa: E402  (after the environment and QtWebEngine set-up above)

from server.http import refusal_log  # noqa: E402


@pytest.fixture(autouse=True)
def full_refusal_log_budget() -> None:
    """Each test starts with the whole refusal-log budget: an earlier test's flood of 4xx (schemathesis,
    the AuthZ matrix) must not hold back a refusal line a later test looks for."""
    refusal_log.install().refill()

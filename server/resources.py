"""Where shipped resources (checklists, agency names, threshold profiles, translations) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"

"""`QT_TRANSLATE_NOOP` typed as what it returns (PySide6 declares `object`): marks a source string for
lupdate, which finds the call by its name, and hands the string back untranslated."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context  # only lupdate reads it, from the source text
    return source

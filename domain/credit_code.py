"""Unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters: registration authority (1), organisation type (1), administrative division (6),
organisation code (9), check character (1). The alphabet has 31 symbols (no I, O, Z, S, V).
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


class InvalidCreditCode(ValueError):
    """The code is not a valid GB 32100-2015 unified social credit code; the message says why."""


def check_character(first17: str) -> str:
    """The 18th character for the given first 17 characters."""
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(code: str) -> str:
    """Return the normalised (upper-case, stripped) code or raise InvalidCreditCode."""
    normalised = code.strip().upper()
    if len(normalised) != 18:
        raise InvalidCreditCode(f"credit code must have 18 characters, got {len(normalised)}")
    bad = sorted({ch for ch in normalised if ch not in _VALUE})
    if bad:
        raise InvalidCreditCode(f"credit code contains characters not allowed by GB 32100: {''.join(bad)}")
    if not normalised[2:8].isdigit():
        raise InvalidCreditCode("characters 3-8 of a credit code must be an administrative division code")
    expected = check_character(normalised[:17])
    if normalised[17] != expected:
        raise InvalidCreditCode(f"check character is {normalised[17]}, expected {expected}: the code has a typo")
    return normalised


def make_credit_code(first17: str) -> str:
    """Complete 17 characters into a valid code (used by the demo data generator)."""
    return first17 + check_character(first17)

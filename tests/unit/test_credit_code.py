import pytest

from domain.credit_code import InvalidCreditCode, check_character, make_credit_code, validate_credit_code

# Published example codes (check characters computed by the issuing authorities).
KNOWN_VALID = ["91350100M000100Y43", "91110000802100433B", "91440300708461136T"]


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_known_codes_are_valid(code: str) -> None:
    assert validate_credit_code(code) == code


def test_lower_case_and_whitespace_are_normalised() -> None:
    assert validate_credit_code("  91350100m000100y43 ") == "91350100M000100Y43"


def test_typo_in_any_position_is_caught() -> None:
    code = KNOWN_VALID[0]
    for i in range(17):
        replacement = "1" if code[i] != "1" else "2"
        mutated = code[:i] + replacement + code[i + 1:]
        with pytest.raises(InvalidCreditCode):
            validate_credit_code(mutated)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("9135010", "18 characters"),
        ("91350100M000100I43", "not allowed"),  # I is not in the GB 32100 alphabet
        ("913501O0M000100Y43", "not allowed"),
        ("91A50100M000100Y43", "administrative division"),
        ("91350100M000100Y44", "expected 3"),
    ],
)
def test_invalid_codes_say_why(code: str, message: str) -> None:
    with pytest.raises(InvalidCreditCode, match=message):
        validate_credit_code(code)


def test_made_codes_validate() -> None:
    code = make_credit_code("91440106MA5CXY123")
    assert validate_credit_code(code) == code
    assert code[-1] == check_character(code[:17])

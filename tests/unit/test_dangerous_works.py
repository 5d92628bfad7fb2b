"""Classification of dangerous sub-projects under 建办质〔2018〕31号, at every threshold: just below,
exactly at and just above each one (thresholds are inclusive, "… 及以上")."""

from __future__ import annotations

import pytest

from domain.dangerous_works import DangerLevel, DangerousWorkType, InvalidParameters, classify

T = DangerousWorkType
NOT, DANGEROUS, BEYOND = DangerLevel.NOT_DANGEROUS, DangerLevel.DANGEROUS, DangerLevel.BEYOND_SCALE
EPS = 0.01

# (type, parameter, dangerous threshold or None, beyond-scale threshold or None, level below any threshold)
THRESHOLDS = [
    (T.FOUNDATION_PIT, "depth_m", 3, 5, NOT),
    (T.FORMWORK, "height_m", 5, 8, NOT),
    (T.FORMWORK, "span_m", 10, 18, NOT),
    (T.FORMWORK, "load_kn_m2", 10, 15, NOT),
    (T.FORMWORK, "line_load_kn_m", 15, 20, NOT),
    (T.LIFTING_NON_STANDARD, "load_kn", 10, 100, NOT),
    (T.SCAFFOLDING, "height_m", 24, 50, NOT),
    (T.CRANE_INSTALLATION, "capacity_kn", None, 300, DANGEROUS),
    (T.CRANE_INSTALLATION, "height_m", None, 200, DANGEROUS),
    (T.ATTACHED_LIFTING_SCAFFOLD, "lift_height_m", None, 150, DANGEROUS),
    (T.CANTILEVER_SCAFFOLD, "height_m", None, 20, DANGEROUS),
    (T.CURTAIN_WALL, "height_m", None, 50, DANGEROUS),
    (T.MANUAL_DUG_PILE, "depth_m", None, 16, DANGEROUS),
]


def _cases() -> list[tuple[T, dict[str, float], DangerLevel]]:
    cases = []
    for work_type, parameter, dangerous, beyond, floor in THRESHOLDS:
        if dangerous is not None:
            cases += [(work_type, {parameter: dangerous - EPS}, floor), (work_type, {parameter: dangerous}, DANGEROUS),
                      (work_type, {parameter: dangerous + EPS}, DANGEROUS)]
        below_beyond = DANGEROUS if dangerous is not None else floor
        cases += [(work_type, {parameter: beyond - EPS}, below_beyond), (work_type, {parameter: beyond}, BEYOND),
                  (work_type, {parameter: beyond + EPS}, BEYOND)]
    return cases


@pytest.mark.parametrize(("work_type", "parameters", "expected"), _cases(),
                         ids=lambda v: v.value if isinstance(v, T | DangerLevel) else str(v))
def test_every_threshold(work_type: T, parameters: dict[str, float], expected: DangerLevel) -> None:
    result = classify(work_type, parameters)
    assert result.level is expected
    assert result.needs_expert_review is (expected is BEYOND)
    if expected is not NOT and parameters:
        assert result.reasons  # a supervisor sees why


@pytest.mark.parametrize(("work_type", "expected"), [
    (T.SUSPENDED_PLATFORM, DANGEROUS), (T.DEMOLITION, DANGEROUS), (T.TOOL_FORMWORK, BEYOND),
    (T.UNDERGROUND_EXCAVATION, BEYOND), (T.CRANE_INSTALLATION, DANGEROUS), (T.CURTAIN_WALL, DANGEROUS),
])
def test_types_dangerous_by_themselves(work_type: T, expected: DangerLevel) -> None:
    assert classify(work_type, {}).level is expected


def test_demolition_of_special_structures_is_beyond_scale() -> None:
    assert classify(T.DEMOLITION, {"special_structure": True}).level is BEYOND
    assert classify(T.DEMOLITION, {"special_structure": False}).level is DANGEROUS
    with pytest.raises(InvalidParameters, match="true or false"):
        classify(T.DEMOLITION, {"special_structure": 1})


def test_highest_formwork_parameter_wins() -> None:
    result = classify(T.FORMWORK, {"height_m": 6, "span_m": 18.0, "load_kn_m2": 3})
    assert result.level is BEYOND
    assert any("搭设跨度" in r for r in result.reasons) and any("搭设高度" in r for r in result.reasons)


@pytest.mark.parametrize(("work_type", "parameters", "message"), [
    (T.FOUNDATION_PIT, {}, "needs at least one"),
    (T.FOUNDATION_PIT, {"height_m": 4}, "takes no parameter"),
    (T.FOUNDATION_PIT, {"depth_m": -1}, "non-negative"),
    (T.SCAFFOLDING, {"height_m": True}, "non-negative"),
    (T.SCAFFOLDING, {"height_m": float("inf")}, "finite"),
    (T.SUSPENDED_PLATFORM, {"height_m": 10}, "takes no parameter"),
])
def test_invalid_parameters(work_type: T, parameters: dict, message: str) -> None:
    with pytest.raises(InvalidParameters, match=message):
        classify(work_type, parameters)


def test_a_type_that_is_dangerous_by_itself_says_so_in_chinese() -> None:
    result = classify(DangerousWorkType.SUSPENDED_PLATFORM, {})
    assert result.level is DangerLevel.DANGEROUS
    assert result.reasons == ("高处作业吊篮均属危险性较大的分部分项工程",)

"""Dangerous sub-projects (危大工程) and their classification under 建办质〔2018〕31号.

A work is `dangerous` (危大) when it reaches the thresholds of annex 1 and `beyond_scale`
(超过一定规模, annex 2: the special plan needs an expert review) when it reaches those of annex 2.
Every threshold is inclusive ("… m 及以上"). Pure functions only: the server stores the result and the
reasons, so a supervisor sees why a work was classified as it was.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class DangerousWorkType(StrEnum):
    FOUNDATION_PIT = "foundation_pit"  # 基坑工程: depth_m
    FORMWORK = "formwork"  # 混凝土模板支撑工程: height_m, span_m, load_kn_m2, line_load_kn_m
    TOOL_FORMWORK = "tool_formwork"  # 工具式模板 (滑模、爬模、飞模): always beyond scale
    LIFTING_NON_STANDARD = "lifting_non_standard"  # 非常规起重吊装: load_kn
    CRANE_INSTALLATION = "crane_installation"  # 起重机械安装拆卸: capacity_kn, height_m
    SCAFFOLDING = "scaffolding"  # 落地式钢管脚手架: height_m
    ATTACHED_LIFTING_SCAFFOLD = "attached_lifting_scaffold"  # 附着式升降脚手架: lift_height_m
    CANTILEVER_SCAFFOLD = "cantilever_scaffold"  # 悬挑式脚手架: height_m (of one segment)
    SUSPENDED_PLATFORM = "suspended_platform"  # 高处作业吊篮
    DEMOLITION = "demolition"  # 拆除工程: special_structure
    UNDERGROUND_EXCAVATION = "underground_excavation"  # 暗挖 (矿山法、盾构法、顶管法)
    CURTAIN_WALL = "curtain_wall"  # 建筑幕墙安装: height_m
    MANUAL_DUG_PILE = "manual_dug_pile"  # 人工挖孔桩: depth_m


class DangerLevel(StrEnum):
    NOT_DANGEROUS = "not_dangerous"
    DANGEROUS = "dangerous"  # 危大工程
    BEYOND_SCALE = "beyond_scale"  # 超过一定规模的危大工程


# The names 住建办质〔2018〕31号 uses, for reasons stored with a classification (shown as written).
TYPE_NAMES = {
    DangerousWorkType.FOUNDATION_PIT: "基坑工程", DangerousWorkType.FORMWORK: "混凝土模板支撑工程",
    DangerousWorkType.TOOL_FORMWORK: "工具式模板工程", DangerousWorkType.LIFTING_NON_STANDARD: "非常规起重吊装工程",
    DangerousWorkType.CRANE_INSTALLATION: "起重机械安装拆卸工程", DangerousWorkType.SCAFFOLDING: "落地式钢管脚手架工程",
    DangerousWorkType.ATTACHED_LIFTING_SCAFFOLD: "附着式升降脚手架工程",
    DangerousWorkType.CANTILEVER_SCAFFOLD: "悬挑式脚手架工程", DangerousWorkType.SUSPENDED_PLATFORM: "高处作业吊篮",
    DangerousWorkType.DEMOLITION: "拆除工程", DangerousWorkType.UNDERGROUND_EXCAVATION: "暗挖工程",
    DangerousWorkType.CURTAIN_WALL: "建筑幕墙安装工程", DangerousWorkType.MANUAL_DUG_PILE: "人工挖孔桩工程",
}
LEVEL_NAMES = {DangerLevel.DANGEROUS: "危险性较大的分部分项工程", DangerLevel.BEYOND_SCALE: "超过一定规模的危险性较大的分部分项工程"}

_RANK = {DangerLevel.NOT_DANGEROUS: 0, DangerLevel.DANGEROUS: 1, DangerLevel.BEYOND_SCALE: 2}


@dataclass(frozen=True)
class Threshold:
    parameter: str
    label: str
    unit: str
    dangerous: float | None  # None: the type is dangerous whatever the value
    beyond_scale: float | None  # None: this parameter never makes the work beyond scale


@dataclass(frozen=True)
class Rule:
    thresholds: tuple[Threshold, ...] = ()
    always: DangerLevel = DangerLevel.NOT_DANGEROUS  # the level the type has by itself
    flag: str | None = None  # a yes/no parameter that makes the work beyond scale
    flag_label: str = ""


RULES: dict[DangerousWorkType, Rule] = {
    DangerousWorkType.FOUNDATION_PIT: Rule((Threshold("depth_m", "开挖深度", "m", 3, 5),)),
    DangerousWorkType.FORMWORK: Rule((
        Threshold("height_m", "搭设高度", "m", 5, 8),
        Threshold("span_m", "搭设跨度", "m", 10, 18),
        Threshold("load_kn_m2", "施工总荷载", "kN/m²", 10, 15),
        Threshold("line_load_kn_m", "集中线荷载", "kN/m", 15, 20),
    )),
    DangerousWorkType.TOOL_FORMWORK: Rule(always=DangerLevel.BEYOND_SCALE),
    DangerousWorkType.LIFTING_NON_STANDARD: Rule((Threshold("load_kn", "单件起吊重量", "kN", 10, 100),)),
    DangerousWorkType.CRANE_INSTALLATION: Rule((
        Threshold("capacity_kn", "起重量", "kN", None, 300),
        Threshold("height_m", "搭设总高度", "m", None, 200),
    ), always=DangerLevel.DANGEROUS),
    DangerousWorkType.SCAFFOLDING: Rule((Threshold("height_m", "搭设高度", "m", 24, 50),)),
    DangerousWorkType.ATTACHED_LIFTING_SCAFFOLD: Rule((Threshold("lift_height_m", "提升高度", "m", None, 150),),
                                                      always=DangerLevel.DANGEROUS),
    DangerousWorkType.CANTILEVER_SCAFFOLD: Rule((Threshold("height_m", "分段架体搭设高度", "m", None, 20),),
                                                always=DangerLevel.DANGEROUS),
    DangerousWorkType.SUSPENDED_PLATFORM: Rule(always=DangerLevel.DANGEROUS),
    DangerousWorkType.DEMOLITION: Rule(always=DangerLevel.DANGEROUS, flag="special_structure",
                                       flag_label="桥梁、高架、烟囱、水塔或易燃易爆等特殊建构筑物"),
    # 31号 lists mined, shield and pipe-jacking tunnels in both annexes: they are always beyond scale.
    DangerousWorkType.UNDERGROUND_EXCAVATION: Rule(always=DangerLevel.BEYOND_SCALE),
    DangerousWorkType.CURTAIN_WALL: Rule((Threshold("height_m", "施工高度", "m", None, 50),),
                                         always=DangerLevel.DANGEROUS),
    DangerousWorkType.MANUAL_DUG_PILE: Rule((Threshold("depth_m", "开挖深度", "m", None, 16),),
                                            always=DangerLevel.DANGEROUS),
}


class InvalidParameters(ValueError):
    """The parameters do not describe a work of this type; the message says what is missing or wrong."""


@dataclass(frozen=True)
class Classification:
    level: DangerLevel
    reasons: tuple[str, ...]

    @property
    def needs_expert_review(self) -> bool:
        return self.level is DangerLevel.BEYOND_SCALE


def _number(parameters: Mapping[str, float | bool], name: str) -> float | None:
    value = parameters.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InvalidParameters(f"{name} must be a finite non-negative number")
    return float(value)


def classify(work_type: DangerousWorkType, parameters: Mapping[str, float | bool]) -> Classification:
    """The level a work reaches with these scale parameters, and the thresholds that put it there."""
    rule = RULES[work_type]
    known = {t.parameter for t in rule.thresholds} | ({rule.flag} if rule.flag else set())
    if unknown := sorted(set(parameters) - known):
        raise InvalidParameters(f"{work_type.value} takes no parameter(s) {', '.join(unknown)}"
                                + (f"; it takes {', '.join(sorted(known))}" if known else ""))
    values = {t.parameter: _number(parameters, t.parameter) for t in rule.thresholds}
    measured = [t for t in rule.thresholds if values[t.parameter] is not None]
    if rule.always is DangerLevel.NOT_DANGEROUS and not measured:
        raise InvalidParameters(f"{work_type.value} needs at least one of "
                                f"{', '.join(t.parameter for t in rule.thresholds)}")
    level = rule.always
    reasons = [] if level is DangerLevel.NOT_DANGEROUS else [f"{TYPE_NAMES[work_type]}均属{LEVEL_NAMES[level]}"]
    for t in measured:
        value = values[t.parameter]
        assert value is not None
        for limit, reached in ((t.beyond_scale, DangerLevel.BEYOND_SCALE), (t.dangerous, DangerLevel.DANGEROUS)):
            if limit is not None and value >= limit:
                reasons.append(f"{t.label} {value:g} {t.unit} ≥ {limit:g} {t.unit}")
                if _RANK[reached] > _RANK[level]:
                    level = reached
                break
    if rule.flag and not isinstance(parameters.get(rule.flag, False), bool):
        raise InvalidParameters(f"{rule.flag} must be true or false")
    if rule.flag and parameters.get(rule.flag) is True:
        reasons.append(rule.flag_label)
        level = DangerLevel.BEYOND_SCALE
    return Classification(level, tuple(reasons))

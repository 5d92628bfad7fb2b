"""The deduction catalogue shipped in resources/deduction_catalogue.json."""

from __future__ import annotations

import functools
import json

from domain.case_schemas import DeductionItemOut
from server.resources import RESOURCES_DIR


@functools.cache
def catalogue() -> dict[str, DeductionItemOut]:
    data = json.loads((RESOURCES_DIR / "deduction_catalogue.json").read_text(encoding="utf-8"))
    return {i["code"]: DeductionItemOut.model_validate(i) for i in data["items"]}


def items_for(trigger: str, target: str) -> list[DeductionItemOut]:
    return [i for i in catalogue().values() if i.trigger == trigger and i.target == target]

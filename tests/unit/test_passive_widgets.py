"""Views are passive (issue 13): no widget takes a client, a runner or a worker, and none submits work.
import-linter already keeps `services` out of `widgets`; this closes the duck-typed way round it (a
client or a job runner handed in as a constructor argument and called without importing anything)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WIDGETS = Path(__file__).resolve().parents[2] / "widgets"
FORBIDDEN_PARAMETERS = {"runner", "worker", "client", "api", "cases", "reporting", "monitoring"}
WIDGET_FILES = sorted(WIDGETS.rglob("*.py"))


def _parameters(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            for arg in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs):
                if arg.arg in FORBIDDEN_PARAMETERS:
                    found.append((node.lineno, arg.arg))
    return found


def _submissions(tree: ast.AST) -> list[int]:
    """Lines calling `<something other than self>.submit(...)`: handing a job to a worker or pool."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "submit":
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                lines.append(node.lineno)
    return lines


def test_the_widgets_package_is_scanned() -> None:
    assert len(WIDGET_FILES) > 30


@pytest.mark.parametrize("path", WIDGET_FILES, ids=lambda p: str(p.relative_to(WIDGETS)))
def test_widget_takes_no_client_or_runner_and_submits_nothing(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert _parameters(tree) == [], "a view gets data through show_* setters, not a client or a runner"
    assert _submissions(tree) == [], "a view asks by signal; its controller submits the work"


def test_the_scan_catches_what_it_forbids() -> None:
    offending = ast.parse("class V:\n    def __init__(self, client, runner):\n"
                          "        runner.submit(client.load, self.show, self.fail)\n")
    assert _parameters(offending) == [(2, "client"), (2, "runner")]
    assert _submissions(offending) == [3]

"""Command-line options of `python main.py`."""

from __future__ import annotations

import pytest

from app.cli import parse_args


def test_the_monitoring_tab_needs_a_project_to_show(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--screenshot", "out.png", "--show-monitoring", "tab"])
    assert exit_info.value.code == 2 and "--open-project" in capsys.readouterr().err
    options = parse_args(["--screenshot", "out.png", "--show-monitoring", "tab", "--open-project", "9"])
    assert options.open_project == 9 and options.show_monitoring == "tab"
    assert parse_args(["--screenshot", "out.png", "--show-monitoring", "wall"]).open_project is None

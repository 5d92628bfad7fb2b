"""The demo data is deterministic, valid and realistic (positions inside the right district)."""

from __future__ import annotations

from pathlib import Path

import shapely

from domain.credit_code import validate_credit_code
from domain.schemas import PERMIT_NO_PATTERN
from server.app import prepare_database
from server.config import Settings
from server.db.engine import Database
from server.demo.generator import generate
from server.regions.service import RegionCatalog


def _catalog(tmp_path: Path) -> tuple[Database, RegionCatalog]:
    database = Database(f"sqlite:///{tmp_path / 'gen.db'}")
    return database, prepare_database(database, Settings(db_url=database.url))


def test_generation_is_deterministic_and_valid(tmp_path: Path) -> None:
    database, catalog = _catalog(tmp_path)
    with database.read_session() as session:
        first = generate(session, catalog, projects=600, seed=42)
        second = generate(session, catalog, projects=600, seed=42)
        other = generate(session, catalog, projects=600, seed=43)
        assert first.projects == second.projects and first.units == second.units
        assert first.projects != other.projects
        assert len(first.projects) == 600
        assert len({p["city_adcode"] for p in first.projects}) == 21
        for unit in first.units:
            validate_credit_code(unit["credit_code"])
        assert len({u["credit_code"] for u in first.units}) == len(first.units)
        for project in first.projects:
            boundary = catalog.boundary(session, project["district_adcode"])
            assert shapely.contains_xy(boundary, project["lon"], project["lat"]), project["name"]
            if project["permit_no"]:
                assert PERMIT_NO_PATTERN.match(project["permit_no"])
        assert len({p["name"] for p in first.projects}) == 600
        assert len({p["project_code"] for p in first.projects}) == 600
    database.dispose()

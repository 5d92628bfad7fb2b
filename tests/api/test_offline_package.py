"""The offline package of an inspection round (issue 15): a valid GeoPackage with the round's projects,
districts and history, minimised (no secrets, masked identifiers), audited, and only for the plan's readers."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import tempfile
from pathlib import Path

import geopandas as gpd
import pytest
import sqlalchemy as sa
from PIL import Image
from shapely.geometry import Point

from server.security.models import AuditEntry
from tests.support.accounts import PASSWORD
from tests.support.case_world import World, act, draft
from tests.support.monitoring import device_headers, now, reading, register
from tests.support.photos import exif_jpeg
from tests.support.projects import TIANHE_WGS84, project_body

GPKG_APPLICATION_ID = 0x47504B47  # 'GPKG'
GUANGDONG_BBOX = (109.6, 20.2, 117.4, 25.6)
PHONE = "13812345678"
CERTIFICATE = "粤144060199001011234"  # embeds an ID-card-like number


def _round(w: World) -> tuple[int, int, str]:
    """Two Tianhe projects (one with key personnel), an issued notice, a crane warning, a progress photo;
    returns the plan id, the second project and the crane's credentials."""
    second = w.client.post("/api/v1/projects", headers=w.gz, json=project_body(
        name="天河软件园二期", project_code="2501-440106-04-01-000002", permit_no="440106202503010002",
        lon=TIANHE_WGS84[0] + 0.01, units=[{"unit_id": w.contractor_id, "role": "general_contractor"}],
        personnel=[{"name": "陈建国", "role": "project_manager", "unit_id": w.contractor_id,
                    "certificate_no": CERTIFICATE, "phone": PHONE}]))
    assert second.status_code == 201, second.text
    notice = draft(w)
    assert act(w, w.gz, notice["id"], "issue").status_code == 200
    crane = register(w.client, w.contractor, w.project_id, "tower_crane")
    sent = w.client.post("/api/v1/ingest/readings", headers=device_headers(crane),
                         json={"readings": [reading("moment_pct", 101.0, now() - dt.timedelta(minutes=1))]})
    assert sent.status_code == 200, sent.text
    photo = w.client.post(f"/api/v1/reporting/projects/{w.project_id}/progress/2026-10/photos", headers=w.contractor,
                          files={"file": ("p.jpg", exif_jpeg(taken_at=dt.datetime(2026, 10, 12, 9), lon=TIANHE_WGS84[0],
                                                             lat=TIANHE_WGS84[1], size=(1600, 1200)), "image/jpeg")})
    assert photo.status_code == 201, photo.text
    plan = w.client.post("/api/v1/inspection-plans", headers=w.gz, json={
        "name": "天河区12月安全检查", "inspection_type": "safety", "region_adcode": "440106",
        "starts_on": "2026-12-01", "ends_on": "2026-12-15", "project_ids": [second.json()["id"], w.project_id]})
    assert plan.status_code == 201, plan.text
    return plan.json()["id"], second.json()["id"], crane["http_authorization"]


def _text_values(db: sqlite3.Connection) -> str:
    """Every text value of every table, one string to search."""
    found = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in db.execute(f'SELECT * FROM "{table}"'):
            found += [v for v in row if isinstance(v, str)]
    return "\n".join(found)


def test_package_is_a_geopackage_of_the_round(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world
    plan_id, second_id, device_secret = _round(w)
    building = tmp_path / "building"
    building.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(building))
    response = w.client.get(f"/api/v1/inspection-plans/{plan_id}/package", headers=w.gz)
    assert response.status_code == 200, response.text
    assert list(building.iterdir()) == []  # the file was built there and removed once sent
    assert response.headers["content-type"] == "application/geopackage+sqlite3"
    assert f'filename="round-{plan_id}-2026-11-25.gpkg"' in response.headers["content-disposition"]
    path = tmp_path / "round.gpkg"
    path.write_bytes(response.content)

    projects = gpd.read_file(path, layer="projects")
    assert projects.crs.to_epsg() == 4326
    assert list(projects["id"]) == [second_id, w.project_id]  # in the plan's order
    west, south, east, north = GUANGDONG_BBOX
    assert all(west < p.x < east and south < p.y < north for p in projects.geometry)
    first = projects.set_index("id").loc[w.project_id]
    assert first["open_notices_count"] == 1 and len(json.loads(first["open_notices"])[0]["items"]) == 2
    assert json.loads(first["risk_breakdown"])["open_major_findings"] > 0
    assert {f["severity"] for f in json.loads(first["recent_findings"])} == {"serious", "major"}
    assert [a["type"] for a in json.loads(first["active_warnings"])] == ["crane_moment"]
    [device] = json.loads(first["devices"])
    assert device["latest"]["moment_pct"]["value"] == 101.0 and "secret" not in device
    [person] = json.loads(projects.set_index("id").loc[second_id]["key_personnel"])
    assert person["name"] == "陈建国" and person["phone"] == "138****5678"
    assert person["certificate_no"] == "粤1" + "*" * (len(CERTIFICATE) - 4) + "34"

    districts = gpd.read_file(path, layer="districts")
    assert list(districts["adcode"]) == ["440106"] and districts.crs.to_epsg() == 4326
    assert districts.geometry.iloc[0].contains(Point(*TIANHE_WGS84))

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == GPKG_APPLICATION_ID
        contents = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
        assert contents == {"projects": "features", "districts": "features", "checklists": "attributes",
                            "previous_inspections": "attributes", "notice_timelines": "attributes",
                            "package_info": "attributes", "photos": "attributes"}
        geometry = {t: (kind, srs) for t, kind, srs in db.execute(
            "SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")}
        assert geometry == {"projects": ("POINT", 4326), "districts": ("MULTIPOLYGON", 4326)}
        db.row_factory = sqlite3.Row
        [info] = db.execute("SELECT * FROM package_info").fetchall()
        assert info["plan_id"] == plan_id and info["exported_by"] == "gz" and info["format_version"] == 1
        assert response.headers["x-package-id"] == info["package_id"]
        exported, expires = dt.datetime.fromisoformat(info["exported_at"]), dt.datetime.fromisoformat(info["expires_at"])
        assert exported.utcoffset() == dt.timedelta(0) and expires - exported == dt.timedelta(days=14)
        assert db.execute("SELECT count(*) FROM checklists").fetchone()[0] >= 1
        assert [r["project_id"] for r in db.execute("SELECT project_id FROM previous_inspections")] == [w.project_id]
        assert {r["to_status"] for r in db.execute("SELECT to_status FROM notice_timelines")} == {"draft", "issued"}
        [photo] = db.execute("SELECT project_id, jpeg FROM photos").fetchall()
        with Image.open(io.BytesIO(photo["jpeg"])) as thumbnail:
            assert photo["project_id"] == w.project_id and thumbnail.format == "JPEG"
            assert max(thumbnail.size) <= 320
        db.row_factory = None
        text = _text_values(db)
    secrets = [PASSWORD, device_secret.split(":")[-1], w.gz["Authorization"].split()[-1], PHONE, CERTIFICATE,
               "$argon2"]
    assert not [s for s in secrets if s in text]

    with w.client.app.state.database.read_session() as session:
        [entry] = session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "inspection_plan.package"))
    assert (entry.username, entry.entity, entry.entity_id) == ("gz", "inspection_plan", str(plan_id))
    assert json.loads(entry.changes)["package_id"] == info["package_id"]


def test_package_is_for_the_plans_supervisors_only(world: World) -> None:
    w = world
    plan_id, _, _ = _round(w)
    foreign = w.client.get(f"/api/v1/inspection-plans/{plan_id}/package", headers=w.sz)
    missing = w.client.get("/api/v1/inspection-plans/987654321/package", headers=w.sz)
    assert foreign.status_code == missing.status_code == 404
    assert foreign.json() == missing.json() == w.client.get(f"/api/v1/inspection-plans/{plan_id}",
                                                             headers=w.sz).json()
    assert w.client.get(f"/api/v1/inspection-plans/{plan_id}/package", headers=w.contractor).status_code == 403
    assert w.client.get(f"/api/v1/inspection-plans/{plan_id}/package").status_code == 401
    with w.client.app.state.database.read_session() as session:
        exports = session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.action == "inspection_plan.package"))
    assert exports == 0

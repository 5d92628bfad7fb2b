"""Device registry, HTTP ingest, warnings, transmission reports, history and retention (both backends)."""

from __future__ import annotations

import datetime as dt
import logging

import orjson
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from server.db.base import utcnow
from server.monitoring import service
from server.monitoring.models import Device, Reading, ReadingHour, ReadingMinute
from server.push import service as push_log
from server.push.models import StreamEvent
from server.security.models import AuditEntry
from tests.support.monitoring import bearer, device_headers, first_project, now, reading, register

INGEST = "/api/v1/ingest/readings"


@pytest.fixture(scope="module")
def tokens(mon_client: TestClient) -> dict[str, dict[str, str]]:
    users = ["demo-province", "demo-guangzhou", "demo-shenzhen", "demo-enterprise", "demo-wall", "demo-admin"]
    return {user: bearer(mon_client, user) for user in users}


@pytest.fixture(scope="module")
def projects(mon_client: TestClient, tokens: dict) -> dict[str, int]:
    return {"gz": first_project(mon_client, tokens["demo-guangzhou"]),
            "sz": first_project(mon_client, tokens["demo-shenzhen"]),
            "enterprise": first_project(mon_client, tokens["demo-enterprise"])}


def test_enterprise_registers_on_its_own_projects_only(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    device = register(mon_client, tokens["demo-enterprise"], projects["enterprise"], "tower_crane")
    assert device["secret"] and device["http_authorization"] == f"Device {device['code']}:{device['secret']}"
    detail = mon_client.get(f"/api/v1/devices/{device['id']}", headers=tokens["demo-enterprise"]).json()
    assert "secret" not in detail and detail["crane_registration_no"] == "粤A-T0001"  # the secret is shown once
    foreign = {p for p in (projects["gz"], projects["sz"]) if p != projects["enterprise"]}
    mine = {p["id"] for p in mon_client.get("/api/v1/projects", headers=tokens["demo-enterprise"],
                                            params={"page_size": 500}).json()["items"]}
    for project_id in foreign - mine:
        response = mon_client.post("/api/v1/devices", headers=tokens["demo-enterprise"], json={
            "project_id": project_id, "kind": "deep_pit", "code": f"X-{project_id}-pit", "name": "越权登记",
            "monitored_item": "settlement"})
        assert response.status_code == 404 and response.json()["code"] == "not_found"
    supervisor = mon_client.post("/api/v1/devices", headers=tokens["demo-guangzhou"], json={
        "project_id": projects["gz"], "kind": "deep_pit", "code": "GZ-SUP-1", "name": "监督员登记",
        "monitored_item": "settlement"})
    assert supervisor.status_code == 403
    duplicate = mon_client.post("/api/v1/devices", headers=tokens["demo-enterprise"], json={
        "project_id": projects["enterprise"], "kind": "deep_pit", "code": device["code"], "name": "重复编号",
        "monitored_item": "settlement"})
    assert duplicate.status_code == 409


def test_registration_does_not_confirm_whose_device_holds_a_code_or_mn(mon_client: TestClient, tokens: dict,
                                                                       projects: dict) -> None:
    """Issue 12, finding 10: `device_code_taken`/`device_mn_taken` confirmed other companies' devices."""
    enterprise = tokens["demo-enterprise"]
    mine = {p["id"] for p in mon_client.get("/api/v1/projects", headers=enterprise,
                                            params={"page_size": 500}).json()["items"]}
    elsewhere = next(p for p in (projects["gz"], projects["sz"]) if p not in mine)
    foreign = register(mon_client, tokens["demo-admin"], elsewhere, "dust_noise")  # another company's monitor
    own = register(mon_client, enterprise, projects["enterprise"], "dust_noise")

    def attempt(code: str, mn: str) -> dict:
        response = mon_client.post("/api/v1/devices", headers=enterprise, json={
            "project_id": projects["enterprise"], "kind": "dust_noise", "code": code, "name": "撞号测试",
            "particulate_unit": "ug/m3", "mn": mn})
        assert response.status_code == 409, response.text
        return response.json()

    fresh_code, fresh_mn = f"F-{own['id']}-X", f"{own['mn'][:-4]}FFFF"
    by_code, by_mn = attempt(foreign["code"], fresh_mn), attempt(fresh_code, foreign["mn"])
    assert by_code == by_mn and by_code["code"] == "device_identifier_unavailable"  # which one, and whose: unsaid
    for secret in (foreign["code"], foreign["mn"], str(foreign["id"]), str(elsewhere)):
        assert secret not in by_code["detail"]
    assert attempt(own["code"], fresh_mn)["code"] == "device_code_taken"  # its own devices are named plainly
    assert attempt(fresh_code, own["mn"])["code"] == "device_mn_taken"
    assert mon_client.get(f"/api/v1/devices/{foreign['id']}", headers=enterprise).status_code == 404


def test_registration_validates_kind_fields(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    base = {"project_id": projects["enterprise"], "code": "BAD-0001", "name": "缺字段"}
    for body in ({**base, "kind": "dust_noise", "particulate_unit": "ug/m3"},  # no MN
                 {**base, "kind": "dust_noise", "mn": "ABC123"},  # no unit
                 {**base, "kind": "tower_crane"},  # no registration / rated load
                 {**base, "kind": "deep_pit", "monitored_item": "s", "prewarning_ratio": 1.5}):
        response = mon_client.post("/api/v1/devices", headers=tokens["demo-enterprise"], json=body)
        assert response.status_code == 422, body


def test_device_lists_are_scoped(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    admin = tokens["demo-admin"]
    gz = register(mon_client, admin, projects["gz"], "deep_pit")
    sz = register(mon_client, admin, projects["sz"], "deep_pit")
    gz_ids = {d["id"] for d in mon_client.get("/api/v1/devices", headers=tokens["demo-guangzhou"]).json()}
    assert gz["id"] in gz_ids and sz["id"] not in gz_ids
    for path in (f"/api/v1/devices/{sz['id']}", f"/api/v1/devices/{sz['id']}/transmission"):
        response = mon_client.get(path, headers=tokens["demo-guangzhou"])
        assert response.json() == {"detail": "device not found", "code": "not_found"}
    enterprise_ids = {d["id"] for d in mon_client.get("/api/v1/devices", headers=tokens["demo-enterprise"]).json()}
    assert gz["id"] not in enterprise_ids or projects["gz"] == projects["enterprise"]
    province = {d["id"] for d in mon_client.get("/api/v1/devices", headers=tokens["demo-province"],
                                                params={"limit": 2000}).json()}
    assert {gz["id"], sz["id"]} <= province


def test_http_batch_keeps_good_items_and_reports_bad_ones(mon_client: TestClient, tokens: dict,
                                                          projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "tower_crane")
    t = now() - dt.timedelta(minutes=5)
    items = [reading("load_t", 3.2, t), reading("moment_pct", 40.0, t),
             {"metric": "moment_pct", "ts": t.isoformat(), "value": "high"},
             {"metric": "Bad Metric", "ts": t.isoformat(), "value": 1},
             {"metric": "load_t", "ts": "2026-11-25T10:00:00", "value": 1.0},
             {"metric": "load_t", "ts": (now() + dt.timedelta(hours=1)).isoformat(), "value": 1.0},
             {"metric": "load_t", "value": 1.0}, 17,
             reading("wind_speed", 6.5, t + dt.timedelta(seconds=1))]
    response = mon_client.post(INGEST, headers=device_headers(device), json={"readings": items})
    assert response.status_code == 207, response.text
    body = response.json()
    assert body["accepted"] == 3 and body["duplicates"] == 0
    assert [r["index"] for r in body["rejected"]] == [2, 3, 4, 5, 6, 7]
    assert "finite number" in body["rejected"][0]["reason"] and "offset" in body["rejected"][2]["reason"]
    again = mon_client.post(INGEST, headers=device_headers(device), json={"readings": items[:2]})
    assert again.status_code == 200 and again.json() == {"accepted": 0, "duplicates": 2, "rejected": []}
    with mon_client.app.state.database.read_session() as session:
        stored = session.scalar(sa.select(sa.func.count()).select_from(Reading).where(Reading.device_id == device["id"]))
        assert stored == 3
        audit = session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "readings.ingest",
                                                            AuditEntry.entity_id == device["code"])).all()
        assert len(audit) == 2 and {a.source.value for a in audit} == {"device"}  # one entry per batch


def test_bad_batches_and_credentials(mon_client: TestClient, tokens: dict, projects: dict,
                                     caplog: pytest.LogCaptureFixture) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "deep_pit")
    good = {"readings": [reading("cumulative", 1.0, now())]}
    with caplog.at_level(logging.WARNING, logger="sandtable.ingest"):
        for header in ({}, {"Authorization": "Bearer abc"}, {"Authorization": f"Device {device['code']}:wrong"},
                       {"Authorization": "Device NOPE-0000:secret"}):
            response = mon_client.post(INGEST, headers=header, json=good)
            assert response.status_code == 401 and response.json()["code"] == "invalid_device_credentials"
    assert sum("rejected" in r.getMessage() for r in caplog.records) == 4
    headers = device_headers(device)
    assert mon_client.post(INGEST, headers=headers, content=b"{not json").status_code == 422
    assert mon_client.post(INGEST, headers=headers, json=[1, 2]).json()["code"] == "invalid_batch"
    too_many = {"readings": [reading("cumulative", 1.0, now() - dt.timedelta(seconds=i)) for i in range(10_001)]}
    assert mon_client.post(INGEST, headers=headers, json=too_many).status_code == 413


def test_particulates_in_mg_are_stored_in_ug(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "dust_noise", particulate_unit="mg/m3")
    t = now() - dt.timedelta(minutes=1)
    response = mon_client.post(INGEST, headers=device_headers(device),
                               json={"readings": [reading("pm10", 0.085, t), reading("noise", 61.0, t)]})
    assert response.status_code == 200
    history = mon_client.get(f"/api/v1/devices/{device['id']}/readings", headers=tokens["demo-guangzhou"],
                             params={"metric": "pm10", "start": (t - dt.timedelta(minutes=5)).isoformat()}).json()
    assert history["unit"] == "ug/m3" and history["points"][0]["value"] == pytest.approx(85.0)


def test_warning_lifecycle_with_hysteresis_and_acknowledgement(mon_client: TestClient, tokens: dict,
                                                               projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "tower_crane")
    headers = device_headers(device)
    gz = tokens["demo-guangzhou"]
    t = now() - dt.timedelta(minutes=2)

    def send(value: float, seconds: int) -> None:
        r = mon_client.post(INGEST, headers=headers,
                            json={"readings": [reading("moment_pct", value, t + dt.timedelta(seconds=seconds))]})
        assert r.status_code == 200, r.text

    def warnings() -> list[dict]:
        return mon_client.get("/api/v1/warnings", headers=gz, params={"device_id": device["id"]}).json()

    send(50, 0)
    assert warnings() == []
    send(93, 1)
    (w,) = warnings()
    assert (w["type"], w["severity"], w["state"], w["count"]) == ("crane_moment", "warning", "active_unack", 1)
    send(101, 2)  # repeat: same warning, escalated, counted
    (w,) = warnings()
    assert (w["severity"], w["count"], w["peak"], w["value"]) == ("critical", 2, 101, 101)
    send(88, 3)  # under 90 but above the clearing level (85): still active, not counted
    (w,) = warnings()
    assert (w["state"], w["count"], w["value"]) == ("active_unack", 2, 88)
    ack = mon_client.post(f"/api/v1/warnings/{w['id']}/acknowledge", headers=gz, json={"comment": "已通知项目部降载"})
    assert ack.status_code == 200 and ack.json()["state"] == "active_ack" and ack.json()["acked_by"] == "demo-guangzhou"
    again = mon_client.post(f"/api/v1/warnings/{w['id']}/acknowledge", headers=gz, json={"comment": "再次确认"})
    assert again.status_code == 409
    send(80, 4)  # below 85: cleared
    (w,) = warnings()
    assert w["state"] == "cleared_ack" and w["cleared_at"]
    send(95, 5)  # a new exceedance opens a new warning
    states = sorted(x["state"] for x in warnings())
    assert states == ["active_unack", "cleared_ack"]
    with mon_client.app.state.database.read_session() as session:
        entry = session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "warning.acknowledge",
                                                            AuditEntry.entity_id == str(w["id"]))).one()
        assert entry.username == "demo-guangzhou" and entry.source.value == "supervisor" and "降载" in entry.changes
    wall = mon_client.post(f"/api/v1/warnings/{w['id']}/acknowledge", headers=tokens["demo-wall"],
                           json={"comment": "大屏不能确认"})
    assert wall.status_code == 403
    shenzhen = mon_client.post(f"/api/v1/warnings/{w['id']}/acknowledge", headers=tokens["demo-shenzhen"],
                               json={"comment": "越权确认"})
    assert shenzhen.status_code == 404


def test_shenzhen_warnings_never_reach_guangzhou(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    sz = register(mon_client, tokens["demo-admin"], projects["sz"], "dust_noise")
    mon_client.post(INGEST, headers=device_headers(sz), json={"readings": [reading("noise", 88.0, now())]})
    assert mon_client.get("/api/v1/warnings", headers=tokens["demo-shenzhen"],
                          params={"device_id": sz["id"]}).json()
    assert mon_client.get("/api/v1/warnings", headers=tokens["demo-guangzhou"],
                          params={"device_id": sz["id"]}).json() == []
    assert all(w["project_id"] != projects["sz"]
               for w in mon_client.get("/api/v1/warnings", headers=tokens["demo-guangzhou"]).json())


def test_offline_warning_raised_by_sweep_and_cleared_by_data(mon_client: TestClient, tokens: dict,
                                                             projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "high_formwork")
    app = mon_client.app
    database = app.state.database
    with database.write_session() as session:
        session.execute(sa.update(Device).where(Device.id == device["id"])
                        .values(last_seen_at=utcnow() - dt.timedelta(minutes=11)))
        session.commit()
    with database.write_session() as session:
        service.sweep_offline(session, profiles=app.state.monitoring.profiles, now=utcnow())
        service.sweep_offline(session, profiles=app.state.monitoring.profiles, now=utcnow())  # no second one
        session.commit()
    gz = tokens["demo-guangzhou"]
    (w,) = mon_client.get("/api/v1/warnings", headers=gz, params={"device_id": device["id"]}).json()
    assert (w["type"], w["state"]) == ("offline", "active_unack")
    mon_client.post(INGEST, headers=device_headers(device), json={"readings": [reading("cumulative", 1.0, now())]})
    (w,) = mon_client.get("/api/v1/warnings", headers=gz, params={"device_id": device["id"]}).json()
    assert w["state"] == "cleared_unack"


def test_transmission_report_finds_gaps(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "deep_pit")
    end = now().replace(second=0)
    minutes = [m for m in range(60) if not 20 <= m < 45]  # a 25-minute silence
    items = [reading("cumulative", 1.0 + m / 100, end - dt.timedelta(minutes=60 - m)) for m in minutes]
    items += [reading("rate", 0.2, end - dt.timedelta(minutes=60 - m)) for m in minutes]
    assert mon_client.post(INGEST, headers=device_headers(device), json={"readings": items}).status_code == 200
    report = mon_client.get(f"/api/v1/devices/{device['id']}/transmission", headers=tokens["demo-guangzhou"],
                            params={"hours": 2, "gap_minutes": 15}).json()
    assert report["readings"] == len(items) and report["metrics"] == ["cumulative", "rate"]
    assert report["minutes_with_data"] == len(minutes) and report["transmitting"] is True
    assert [g["minutes"] for g in report["gaps"]] == [59, 25]  # the 2 h window before the first reading; the silence


def test_history_resolution_follows_the_span(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "tower_crane")
    start = now() - dt.timedelta(hours=3)
    items = [reading("moment_pct", float(i % 50), start + dt.timedelta(seconds=30 * i)) for i in range(300)]
    assert mon_client.post(INGEST, headers=device_headers(device), json={"readings": items}).json()["accepted"] == 300
    url = f"/api/v1/devices/{device['id']}/readings"
    gz = tokens["demo-guangzhou"]
    raw = mon_client.get(url, headers=gz, params={"metric": "moment_pct", "start": start.isoformat()}).json()
    assert raw["resolution"] == "raw" and len(raw["points"]) == 300
    day = mon_client.get(url, headers=gz, params={"metric": "moment_pct",
                                                  "start": (start - dt.timedelta(days=1)).isoformat()}).json()
    assert day["resolution"] == "minute" and sum(p["count"] for p in day["points"]) == 300
    month = mon_client.get(url, headers=gz, params={"metric": "moment_pct",
                                                    "start": (start - dt.timedelta(days=30)).isoformat()}).json()
    assert month["resolution"] == "hour" and sum(p["count"] for p in month["points"]) == 300
    assert all(p["min"] <= p["value"] <= p["max"] for p in month["points"])
    bad = mon_client.get(url, headers=gz, params={"metric": "moment_pct", "start": "2026-11-25T10:00:00"})
    assert bad.status_code == 422


def test_purge_drops_only_readings_past_retention(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "deep_pit")
    t = now()
    items = [reading("cumulative", 5.0, t - dt.timedelta(days=d)) for d in (1, 100, 170)]
    mon_client.post(INGEST, headers=device_headers(device), json={"readings": items})
    database = mon_client.app.state.database
    with database.write_session() as session:  # as if 190 days passed: only the 1-day-old reading is kept
        removed = service.purge_expired(session, now=t + dt.timedelta(days=10), retention=dt.timedelta(days=100))
        session.commit()
    assert removed["readings"] >= 2
    with database.read_session() as session:
        kept = session.scalars(sa.select(Reading.ts).where(Reading.device_id == device["id"])).all()
        assert kept == [t - dt.timedelta(days=1)]
        minutes = session.scalar(sa.select(sa.func.count()).select_from(ReadingMinute)
                                 .where(ReadingMinute.device_id == device["id"]))
        hours = session.scalar(sa.select(sa.func.count()).select_from(ReadingHour)
                               .where(ReadingHour.device_id == device["id"]))
        assert (minutes, hours) == (1, 3)  # hour rollups stay for long charts



def test_push_events_are_kept_two_days(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "deep_pit")
    mon_client.post(INGEST, headers=device_headers(device), json={"readings": [reading("cumulative", 5.0, now())]})
    database = mon_client.app.state.database
    mine = sa.select(sa.func.count()).select_from(StreamEvent).where(StreamEvent.device_id == device["id"])
    with database.write_session() as session:
        assert push_log.purge_events(session, now=utcnow() + dt.timedelta(days=1)) == 0
        assert session.scalar(mine) == 1  # a day old: a reconnecting client may still resume from it
        push_log.purge_events(session, now=utcnow() + dt.timedelta(days=3))
        session.commit()
    with database.read_session() as session:
        assert session.scalar(mine) == 0
        purged = session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "stream_events.purge")
                                .order_by(AuditEntry.id.desc()).limit(1))
        assert purged is not None and orjson.loads(purged.changes)["stream_events"] >= 1

def test_openapi_documents_device_credentials_and_push(mon_client: TestClient) -> None:
    spec = mon_client.get("/api/v1/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["DeviceCredentials"]
    assert scheme["in"] == "header" and "Device <device_code>:<secret>" in scheme["description"]
    ingest = spec["paths"][INGEST]["post"]
    assert {"207", "401", "413", "422"} <= set(ingest["responses"])
    assert ingest["requestBody"]["content"]["application/json"]["schema"]["required"] == ["readings"]
    assert "text/event-stream" in str(spec["paths"]["/api/v1/stream"]["get"]["responses"]["200"])
    for path in ("/api/v1/devices", "/api/v1/devices/{device_id}/transmission", "/api/v1/devices/{device_id}/readings",
                 "/api/v1/warnings", "/api/v1/warnings/{warning_id}/acknowledge"):
        assert path in spec["paths"], path


def test_thresholds_of_a_device_in_its_own_units(mon_client: TestClient, tokens: dict, projects: dict) -> None:
    gz = tokens["demo-enterprise"]  # enterprises register their devices
    crane = register(mon_client, gz, projects["enterprise"], "tower_crane", rated_load_t=8.0, wind_limit_ms=18.0)
    city = mon_client.get(f"/api/v1/projects/{projects['enterprise']}", headers=gz).json()["city_adcode"]
    body = mon_client.get(f"/api/v1/devices/{crane['id']}/thresholds", headers=gz).json()
    assert body["profile_region"] == ("440300" if city == "440300" else "440000")  # Shenzhen has its own
    lines = {(line["metric"], line["severity"]): line["level"] for line in body["lines"]}
    assert lines == {("moment_pct", "warning"): 90.0, ("moment_pct", "critical"): 100.0,
                     ("load_t", "warning"): 7.2, ("load_t", "critical"): 8.0,  # 90 % / 100 % of 8 t
                     ("wind_speed", "warning"): 16.2, ("wind_speed", "critical"): 18.0}  # of its 18 m/s limit
    monitor = register(mon_client, gz, projects["enterprise"], "dust_noise")
    noise = [line for line in mon_client.get(f"/api/v1/devices/{monitor['id']}/thresholds", headers=gz).json()["lines"]
             if line["metric"] == "noise"]
    assert [(n["period"], n["level"], n["severity"]) for n in noise] == [
        ("day", 70.0, "minor"), ("night", 55.0, "minor"), ("night", 70.0, "major")]  # GB 12523-2011
    pit = register(mon_client, gz, projects["enterprise"], "deep_pit", alarm_cumulative=30.0, alarm_rate=3.0)
    pit_lines = mon_client.get(f"/api/v1/devices/{pit['id']}/thresholds", headers=gz).json()["lines"]
    assert {(p["metric"], p["level"], p["symmetric"]) for p in pit_lines} >= {("cumulative", 21.0, True),
                                                                               ("cumulative", 30.0, True)}
    city = mon_client.get(f"/api/v1/projects/{projects['enterprise']}", headers=gz).json()["city_adcode"]
    stranger = tokens["demo-shenzhen" if city != "440300" else "demo-guangzhou"]
    assert mon_client.get(f"/api/v1/devices/{crane['id']}/thresholds", headers=stranger).status_code == 404
    assert mon_client.get(f"/api/v1/devices/{crane['id']}/thresholds", headers=tokens["demo-province"]).status_code == 200


def test_a_spike_inside_a_batch_is_not_lost_behind_a_calm_newest_reading(mon_client: TestClient, tokens: dict,
                                                                         projects: dict) -> None:
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "tower_crane")
    t = now() - dt.timedelta(minutes=3)
    batch = [reading("moment_pct", 40.0, t), reading("moment_pct", 97.0, t + dt.timedelta(seconds=10)),
             reading("moment_pct", 30.0, t + dt.timedelta(seconds=20))]  # a vendor gateway's 30 s backlog
    assert mon_client.post(INGEST, headers=device_headers(device), json={"readings": batch}).status_code == 200
    warnings = mon_client.get("/api/v1/warnings", headers=tokens["demo-admin"],
                              params={"device_id": device["id"]}).json()
    assert [(w["type"], w["state"], w["peak"]) for w in warnings] == [("crane_moment", "cleared_unack", 97.0)]


def test_a_resent_backlog_with_new_readings_counts_and_judges_only_the_new(mon_client: TestClient, tokens: dict,
                                                                            projects: dict) -> None:
    """A gateway resends what it was not sure of together with new readings: the stored ones are skipped,
    and the rollups, the warning and the push event are those of the new readings alone."""
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "tower_crane")
    minute = now().replace(second=0) - dt.timedelta(minutes=10)
    first = [reading("moment_pct", 40.0 + i, minute + dt.timedelta(seconds=5 * i)) for i in range(3)]
    headers = device_headers(device)
    assert mon_client.post(INGEST, headers=headers, json={"readings": first}).json()["accepted"] == 3
    new = [reading("moment_pct", 96.0, minute + dt.timedelta(seconds=20)),
           reading("moment_pct", 50.0, minute + dt.timedelta(seconds=25))]
    body = mon_client.post(INGEST, headers=headers, json={"readings": first[::-1] + new}).json()
    assert body == {"accepted": 2, "duplicates": 3, "rejected": []}
    with mon_client.app.state.database.read_session() as session:
        rollup = session.execute(sa.select(ReadingMinute.count, ReadingMinute.total, ReadingMinute.max)
                                 .where(ReadingMinute.device_id == device["id"])).one()
        assert tuple(rollup) == (5, pytest.approx(40 + 41 + 42 + 96 + 50), 96.0)
        hour = session.scalar(sa.select(ReadingHour.count).where(ReadingHour.device_id == device["id"]))
        assert hour == 5
    warnings = mon_client.get("/api/v1/warnings", headers=tokens["demo-admin"],
                              params={"device_id": device["id"]}).json()
    assert [(w["type"], w["state"], w["peak"]) for w in warnings] == [("crane_moment", "cleared_unack", 96.0)]
    with mon_client.app.state.database.read_session() as session:
        payload = session.scalars(sa.select(StreamEvent.payload).where(
            StreamEvent.device_id == device["id"], StreamEvent.kind == "readings").order_by(StreamEvent.id)).all()[-1]
    assert [(r["value"]) for r in orjson.loads(payload)["readings"]] == [96.0, 50.0]


def test_a_spike_is_judged_even_beside_a_larger_negative_glitch(mon_client: TestClient, tokens: dict,
                                                                projects: dict) -> None:
    """The crane rules watch the value, not its magnitude: a sensor glitch of -120 % must not hide 97 %."""
    device = register(mon_client, tokens["demo-admin"], projects["gz"], "tower_crane")
    t = now() - dt.timedelta(minutes=3)
    batch = [reading("moment_pct", -120.0, t), reading("moment_pct", 97.0, t + dt.timedelta(seconds=10)),
             reading("moment_pct", 30.0, t + dt.timedelta(seconds=20))]
    assert mon_client.post(INGEST, headers=device_headers(device), json={"readings": batch}).json()["accepted"] == 3
    warnings = mon_client.get("/api/v1/warnings", headers=tokens["demo-admin"],
                              params={"device_id": device["id"]}).json()
    assert [(w["type"], w["state"], w["peak"]) for w in warnings] == [("crane_moment", "cleared_unack", 97.0)]

"""Demo monitoring devices for a subset of the demo projects under construction.

Every dust/noise project site gets an HJ 212 monitor; some also a tower-crane monitor, a deep-pit
point and a high-formwork point. Device secrets are derived, not random, so the simulator can
authenticate without reading them from anywhere: `demo_device_secret(code, seed)` is
HMAC-SHA256(key="sandtable-demo-device:<seed>", message=<device code>), first 32 hex digits — the same
seed as the demo data (`--seed`, default 20261125). Demo data only: real devices get random secrets.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import ProjectStatus
from domain.monitoring import DeviceKind, ParticulateUnit
from server.db.base import table_of, utcnow
from server.demo.credentials import DEMO_REGISTRAR
from server.monitoring.credentials import hash_secret
from server.monitoring.models import Device
from server.projects.models import Project, ProjectUnit
from server.security import audit
from server.security.actor import Actor

SITES_PER_CITY = {"440100": 5, "440300": 5}  # the two big cities get more; every other city gets one
DEFAULT_SITES = 1
ENTERPRISE_SITES = 4  # projects of the demo enterprise (unit 1), so its account sees devices too
DEMO_ENTERPRISE_UNIT = 1


def demo_device_secret(code: str, seed: int) -> str:
    return hmac.new(f"sandtable-demo-device:{seed}".encode(), code.encode(), hashlib.sha256).hexdigest()[:32]


def _sites(session: Session) -> list[tuple[int, str, str, float, float]]:
    rows = session.execute(
        sa.select(Project.id, Project.city_adcode, Project.district_adcode, Project.lon, Project.lat)
        .where(Project.status == ProjectStatus.UNDER_CONSTRUCTION).order_by(Project.id)).all()
    enterprise = set(session.scalars(sa.select(ProjectUnit.project_id)
                                     .where(ProjectUnit.unit_id == DEMO_ENTERPRISE_UNIT)))
    taken: dict[str, int] = {}
    chosen = []
    enterprise_taken = 0
    for project_id, city, district, lon, lat in rows:
        if project_id in enterprise and enterprise_taken < ENTERPRISE_SITES:
            enterprise_taken += 1
        elif taken.get(city, 0) >= SITES_PER_CITY.get(city, DEFAULT_SITES):
            continue
        taken[city] = taken.get(city, 0) + 1
        chosen.append((project_id, city, district, lon, lat))
    return chosen


def _device(seed: int, project_id: int, lon: float, lat: float, dx: float, **fields: object) -> dict[str, Any]:
    code = str(fields["code"])
    return dict(project_id=project_id, registered_by=DEMO_REGISTRAR, created_at=utcnow(), vendor="演示设备",
                lon=round(lon + dx, 6), lat=round(lat + dx / 2, 6),
                secret_hash=hash_secret(demo_device_secret(code, seed)), **fields)


def demo_devices(session: Session, *, seed: int) -> list[dict[str, Any]]:
    rows = []
    for n, (pid, _city, district, lon, lat) in enumerate(_sites(session)):
        rows.append(_device(seed, pid, lon, lat, 0.0004, kind=DeviceKind.DUST_NOISE, code=f"YC-{pid:06d}",
                            name="扬尘噪声在线监测仪", install_position="主入口围挡内侧",
                            mn=f"{district}{pid:08d}0001",
                            particulate_unit=ParticulateUnit.MG_M3 if n % 5 == 4 else ParticulateUnit.UG_M3))
        if n % 2 == 0:
            rows.append(_device(seed, pid, lon, lat, -0.0003, kind=DeviceKind.TOWER_CRANE, code=f"TC-{pid:06d}",
                                name="1号塔吊安全监控", install_position="1号塔吊（基础中心）",
                                crane_registration_no=f"粤{district[2:4]}-T{pid:05d}", rated_load_t=8.0,
                                rated_moment_knm=1600.0, wind_limit_ms=20.0))
        if n % 3 == 0:
            rows.append(_device(seed, pid, lon, lat, 0.0002, kind=DeviceKind.DEEP_PIT, code=f"JK-{pid:06d}",
                                name="基坑顶部水平位移 S1", install_position="基坑北侧冠梁 S1",
                                monitored_item="crest_horizontal_displacement", alarm_cumulative=30.0,
                                alarm_rate=3.0, prewarning_ratio=0.7))
        if n % 4 == 1:
            rows.append(_device(seed, pid, lon, lat, -0.0002, kind=DeviceKind.HIGH_FORMWORK, code=f"GZM-{pid:06d}",
                                name="高支模沉降 M1", install_position="3层大堂高支模区 M1",
                                monitored_item="settlement", alarm_cumulative=10.0, alarm_rate=2.0,
                                prewarning_ratio=0.7))
    return rows


def seed_demo_devices(session: Session, *, seed: int) -> int:
    """Insert the demo devices once (a database that has any device is left alone); the caller commits."""
    if session.scalar(sa.select(sa.func.count()).select_from(Device)):
        return 0
    rows = demo_devices(session, seed=seed)
    if rows:
        table = table_of(Device)
        columns = {c.name for c in table.columns}
        session.execute(sa.insert(table), [{k: row.get(k) for k in columns if k != "id"} for row in rows])
        audit.record(session, Actor.system("demo-generator"), action="demo.devices", entity="database",
                     entity_id="demo", changes={"devices": len(rows), "seed": seed})
    return len(rows)

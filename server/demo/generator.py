"""Deterministic demo data: realistic projects across all 21 Guangdong cities.

The same (N, seed) always gives the same data. Positions are sampled around each district's interior
point and kept only if inside the district's WGS-84 polygon. Rows are written with Core bulk inserts
(one executemany per table) so 50,000 projects load in seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import shapely
import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.adcodes import city_of
from domain.credit_code import ALPHABET, make_credit_code
from domain.enums import PersonnelRole, ProjectStatus, ProjectType, RiskLevel, Role, UnitKind
from server.accounts.service import create_active_user
from server.demo import vocabulary as vocab
from server.demo.cases import generate_case_history
from server.demo.common import china_time, insert_rows, move_id_sequences
from server.demo.credentials import DEMO_ACCOUNTS, DEMO_ENTERPRISE, DEMO_PASSWORD
from server.demo.devices import seed_demo_devices
from server.demo.reporting import generate_reporting_history
from server.documents.storage import BlobStore
from server.projects.models import Personnel, Project, ProjectStatusChange, ProjectUnit
from server.projects.service import search_text
from server.regions.service import RegionCatalog
from server.security import audit
from server.security.actor import Actor
from server.security.models import User
from server.units.models import Unit

_STATUS_MIX = ((ProjectStatus.UNDER_CONSTRUCTION, 55), (ProjectStatus.PLANNED, 10), (ProjectStatus.SUSPENDED, 5),
               (ProjectStatus.COMPLETED, 15), (ProjectStatus.ACCEPTED, 15))
_RISK_MIX = ((RiskLevel.LOW, 55), (RiskLevel.GENERAL, 30), (RiskLevel.HIGH, 12), (RiskLevel.MAJOR, 3))
_TODAY = dt.date(2026, 11, 25)  # fixed so that the same seed gives the same dates on any day


def _registered_at(day: dt.date) -> dt.datetime:
    return china_time(day, 17, 30)  # 09:30 UTC, as the registry's nightly import stamps them


@dataclass
class DemoData:
    units: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    project_units: list[dict[str, Any]] = field(default_factory=list)
    personnel: list[dict[str, Any]] = field(default_factory=list)
    status_changes: list[dict[str, Any]] = field(default_factory=list)


def _org_code(rng: random.Random) -> str:
    """A 9-character organisation code with its GB 11714 check character."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


class _Generator:
    def __init__(self, session: Session, catalog: RegionCatalog, seed: int) -> None:
        self.session = session
        self.catalog = catalog
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.data = DemoData()
        self._names: set[str] = set()
        self._codes: set[str] = set()
        self.districts = {
            city: [d for d in catalog.children.get(city, [])] or [city] for city in vocab.CITY_WEIGHTS
        }

    # --- units -----------------------------------------------------------------------------------

    def _unique(self, make: Callable[[], str]) -> str:
        """A name not used before; after a few collisions it gets a plot/branch tag, as real names do."""
        for attempt in range(1000):
            name = make().replace("工程工程", "工程")
            if attempt >= 20:
                tag = f"{self.rng.choice('ABCDEFGHJK')}{self.rng.choice('ABCDEFGHJK')}{self.rng.randint(100, 9999)}"
                name = f"{name}（{tag}地块）" if name.endswith(("项目", "工程", "期", "）")) or "公司" not in name \
                    else f"{name}{self.rng.choice(('第一', '第二', '第三', '第五', '华南', '粤东', '粤西'))}分公司"
            if name not in self._names:
                self._names.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def _credit_code(self, city: str) -> str:
        while True:
            code = make_credit_code("91" + city + _org_code(self.rng))
            if code not in self._codes and all(ch in ALPHABET for ch in code):
                self._codes.add(code)
                return code

    def _unit(self, kind: UnitKind, name: str, city: str) -> int:
        unit_id = len(self.data.units) + 1
        road = self.rng.choice(vocab.ROADS)
        self.data.units.append(dict(
            id=unit_id, name=name, credit_code=self._credit_code(city), kind=kind,
            address=f"{self.catalog.name(city)}{self.catalog.name(self.rng.choice(self.districts[city]))}"
                    f"{road}{self.rng.randint(1, 999)}号",
            contact_phone=f"020-{self.rng.randint(30000000, 89999999)}",
            created_at=_registered_at(_TODAY - dt.timedelta(days=self.rng.randint(400, 3000))),
        ))
        return unit_id

    def _pool(self, kind: UnitKind, size: int, naming: Callable[[str], str]) -> list[int]:
        cities = list(vocab.CITY_WEIGHTS)
        weights = list(vocab.CITY_WEIGHTS.values())
        pool = []
        for _ in range(size):
            city = self.rng.choices(cities, weights)[0]
            pool.append(self._unit(kind, self._unique(partial(naming, city)), city))
        return pool

    def _place(self, city: str) -> str:
        return self.catalog.name(city).removesuffix("市")

    def build_units(self, n_projects: int) -> None:
        rng = self.rng
        v = vocab
        self.contractors = self._pool(UnitKind.GENERAL_CONTRACTOR, max(12, n_projects // 40), lambda c: (
            rng.choice([*v.UNIT_PLACES, self._place(c)]) + rng.choice(v.CONTRACTOR_CORES) + rng.choice(v.CONTRACTOR_SUFFIXES)))
        self.developers = self._pool(UnitKind.CONSTRUCTION, max(20, n_projects // 8), lambda c: (
            self._place(c) + rng.choice(v.DEVELOPER_WORDS) + rng.choice(v.DEVELOPER_WORDS) + rng.choice(v.DEVELOPER_SUFFIXES)))
        self.public_owners = self._pool(UnitKind.CONSTRUCTION, max(10, n_projects // 50), lambda c: (
            self.catalog.name(c) + rng.choice(["", self._place(c)[:1] + "城", "湾区", "新区"]) + rng.choice(v.PUBLIC_OWNERS)))
        self.supervisors = self._pool(UnitKind.SUPERVISION, max(10, n_projects // 60), lambda c: (
            rng.choice([*v.UNIT_PLACES, self._place(c)]) + rng.choice(["诚信", "建科", "华审", "正方", "中信", "联合"])
            + rng.choice(v.SUPERVISION_SUFFIXES)))
        self.surveyors = self._pool(UnitKind.SURVEY, max(6, n_projects // 200), lambda c: (
            rng.choice([*v.UNIT_PLACES, self._place(c)]) + rng.choice(v.SURVEY_SUFFIXES)))
        self.designers = self._pool(UnitKind.DESIGN, max(6, n_projects // 150), lambda c: (
            rng.choice([*v.UNIT_PLACES, self._place(c)]) + rng.choice(["", "华筑", "城建", "设计"]) + rng.choice(v.DESIGN_SUFFIXES)))
        self.testers = self._pool(UnitKind.TESTING, max(6, n_projects // 200), lambda c: (
            rng.choice([*v.UNIT_PLACES, self._place(c)]) + rng.choice(["", "建科", "质检"]) + rng.choice(v.TESTING_SUFFIXES)))

    # --- positions -------------------------------------------------------------------------------

    def positions(self, district: str, count: int) -> Iterator[tuple[float, float]]:
        """`count` points inside the district, clustered around its interior point like real urban sites."""
        boundary = self.catalog.boundary(self.session, district)
        info = self.catalog.regions[district]
        minx, miny, maxx, maxy = boundary.bounds
        sigma_x, sigma_y = (maxx - minx) / 5, (maxy - miny) / 5
        found: list[tuple[float, float]] = []
        while len(found) < count:
            xs = self.np_rng.normal(info.center_lon, sigma_x, count * 3)
            ys = self.np_rng.normal(info.center_lat, sigma_y, count * 3)
            inside = shapely.contains_xy(boundary, xs, ys)
            found.extend(zip(xs[inside].round(6).tolist(), ys[inside].round(6).tolist(), strict=True))
        return iter(found[:count])

    # --- projects --------------------------------------------------------------------------------

    def _person(self) -> str:
        return self.rng.choice(vocab.SURNAMES) + "".join(self.rng.choices(vocab.GIVEN_CHARS, k=self.rng.choice((1, 2, 2))))

    def _project_name(self, city: str, district: str, project_type: ProjectType) -> str:
        rng, v = self.rng, vocab
        place = self.catalog.name(district).removesuffix("区").removesuffix("市").removesuffix("县")
        n, road, river, phase = rng.randint(1, 28), rng.choice(v.ROADS), rng.choice(v.RIVERS), rng.choice(v.PHASES)
        fill = dict(place=place, city=self._place(city), n=n, road=road, river=river, phase=phase)
        if project_type is ProjectType.MUNICIPAL:
            return rng.choice(v.MUNICIPAL_TEMPLATES).format(**fill)
        if rng.random() < 0.6:
            return place + rng.choice(v.HOUSING_ADJECTIVES) + rng.choice(v.HOUSING_PRODUCTS) + phase
        return rng.choice(v.BUILDING_TEMPLATES).format(**fill)

    def build_projects(self, n: int) -> None:
        rng = self.rng
        cities = list(vocab.CITY_WEIGHTS)
        per_city = dict.fromkeys(cities, 1)  # every city gets at least one project
        for city in rng.choices(cities, list(vocab.CITY_WEIGHTS.values()), k=max(0, n - len(cities))):
            per_city[city] += 1
        if n < len(cities):
            per_city = {c: 1 for c in cities[:n]}
        for city, count in per_city.items():
            districts = self.districts[city]
            weights = [rng.uniform(1, 3) for _ in districts]
            per_district: dict[str, int] = {}
            for d in rng.choices(districts, weights, k=count):
                per_district[d] = per_district.get(d, 0) + 1
            for district, k in sorted(per_district.items()):
                for lon, lat in self.positions(district, k):
                    self._project(city, district, lon, lat)

    def _project(self, city: str, district: str, lon: float, lat: float) -> None:
        rng, v = self.rng, vocab
        project_id = len(self.data.projects) + 1
        project_type = ProjectType.HOUSING if rng.random() < 0.72 else ProjectType.MUNICIPAL
        status = rng.choices([s for s, _ in _STATUS_MIX], [w for _, w in _STATUS_MIX])[0]
        name = self._unique(lambda: self._project_name(city, district, project_type))
        started = status is not ProjectStatus.PLANNED
        duration = dt.timedelta(days=rng.randint(360, 1440))
        if started:
            planned_start = _TODAY - dt.timedelta(days=rng.randint(60, 1800))
        else:
            planned_start = _TODAY + dt.timedelta(days=rng.randint(20, 240))
        planned_end = planned_start + duration
        actual_start = planned_start + dt.timedelta(days=rng.randint(0, 45)) if started else None
        actual_end = None
        if status in (ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED):
            assert actual_start is not None
            actual_end = min(actual_start + duration + dt.timedelta(days=rng.randint(-30, 120)),
                             _TODAY - dt.timedelta(days=rng.randint(1, 60)))
            actual_end = max(actual_end, actual_start + dt.timedelta(days=90))
        if project_type is ProjectType.HOUSING:
            area = round(float(min(600_000, max(3_000, rng.lognormvariate(10.6, 0.8)))), 1)
            cost = round(area * rng.uniform(0.28, 0.65), 1)
        else:
            area = 0.0 if rng.random() < 0.7 else round(rng.uniform(2_000, 60_000), 1)
            cost = round(float(min(900_000, rng.lognormvariate(9.6, 1.1))), 1)
        permit = f"{district}{actual_start or planned_start:%Y%m%d}{project_id % 10000:04d}" if started else None
        code = f"{planned_start:%y%m}-{district}-{rng.choice(['04', '47', '48'])}-{rng.choice(['01', '02', '03'])}-{project_id:06d}"
        road = rng.choice(v.ROADS)
        address = f"{self.catalog.name(city)}{self.catalog.name(district) if district != city else ''}{road}{rng.randint(1, 999)}号"
        at_risk = status in (ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED)
        risk = rng.choices([r for r, _ in _RISK_MIX], [w for _, w in _RISK_MIX])[0] if at_risk else RiskLevel.LOW

        owner = rng.choice(self.developers if project_type is ProjectType.HOUSING and rng.random() < 0.85
                           else self.public_owners)
        # The demo enterprise (contractor #1) builds about 2 % of projects, spread over many cities.
        contractor = self.contractors[0] if rng.random() < 0.02 else rng.choice(self.contractors)
        units = [(owner, UnitKind.CONSTRUCTION), (contractor, UnitKind.GENERAL_CONTRACTOR),
                 (rng.choice(self.supervisors), UnitKind.SUPERVISION), (rng.choice(self.surveyors), UnitKind.SURVEY),
                 (rng.choice(self.designers), UnitKind.DESIGN), (rng.choice(self.testers), UnitKind.TESTING)]
        unit_names = [self.data.units[u - 1]["name"] for u, _ in units]
        registered = _registered_at(planned_start - dt.timedelta(days=90))
        self.data.projects.append(dict(
            id=project_id, name=name, project_code=code, permit_no=permit, address=address,
            district_adcode=district, city_adcode=city_of(district), lon=lon, lat=lat, project_type=project_type,
            floor_area_m2=area, cost_10k_yuan=cost, status=status, risk_level=risk, risk_grade=risk, planned_start=planned_start,
            planned_end=planned_end, actual_start=actual_start, actual_end=actual_end,
            search_text=search_text(name, code, permit, address, unit_names), created_at=registered,
            updated_at=registered,
        ))
        self.data.project_units.extend(dict(project_id=project_id, unit_id=u, role=r) for u, r in units)
        self._personnel(project_id, contractor, units[2][0], actual_start or planned_start)
        self._history(project_id, status, planned_start, actual_start, actual_end)

    def _personnel(self, project_id: int, contractor: int, supervisor: int, start: dt.date) -> None:
        rng = self.rng
        staff = [(PersonnelRole.PROJECT_MANAGER, contractor,
                  f"粤1{44}{rng.randint(2008, 2023)}{rng.randint(2008, 2024)}{rng.randint(10000, 99999)}"),
                 (PersonnelRole.CHIEF_SUPERVISING_ENGINEER, supervisor, f"44{rng.randint(1000000, 9999999)}")]
        staff += [(PersonnelRole.SAFETY_OFFICER, contractor,
                   f"粤建安C({rng.randint(2012, start.year)}){rng.randint(1000000, 9999999)}")
                  for _ in range(rng.randint(1, 3))]
        for role, unit, certificate in staff:
            self.data.personnel.append(dict(
                id=len(self.data.personnel) + 1, project_id=project_id, unit_id=unit, name=self._person(), role=role,
                certificate_no=certificate, phone=f"13{rng.randint(100000000, 999999999)}"))

    def _history(self, project_id: int, status: ProjectStatus, planned_start: dt.date, actual_start: dt.date | None,
                 actual_end: dt.date | None) -> None:
        steps = [(ProjectStatus.PLANNED, planned_start - dt.timedelta(days=90), "项目登记")]
        if actual_start:
            steps.append((ProjectStatus.UNDER_CONSTRUCTION, actual_start, "取得施工许可，开工"))
        if status is ProjectStatus.SUSPENDED and actual_start:
            steps.append((ProjectStatus.SUSPENDED, min(_TODAY, actual_start + dt.timedelta(days=120)), "资金原因停工"))
        if actual_end:
            steps.append((ProjectStatus.COMPLETED, actual_end, "竣工"))
            if status is ProjectStatus.ACCEPTED:
                steps.append((ProjectStatus.ACCEPTED, min(_TODAY, actual_end + dt.timedelta(days=45)), "竣工验收备案"))
        for step_status, day, note in steps:
            self.data.status_changes.append(dict(project_id=project_id, status=step_status, changed_at=_registered_at(day),
                                                 changed_by="demo-generator", note=note))


def generate(session: Session, catalog: RegionCatalog, *, projects: int, seed: int) -> DemoData:
    gen = _Generator(session, catalog, seed)
    gen.build_units(projects)
    gen.build_projects(projects)
    return gen.data


def seed_demo(session: Session, catalog: RegionCatalog, store: BlobStore, *, projects: int, seed: int) -> bool:
    """Load demo data and accounts into an empty database; a database with projects is left alone."""
    if session.scalar(sa.select(sa.func.count()).select_from(Project)):
        if seed_demo_devices(session, seed=seed):  # demo databases made before monitoring existed
            session.commit()
        return False
    data = generate(session, catalog, projects=projects, seed=seed)
    insert_rows(session, Unit, data.units)
    insert_rows(session, Project, data.projects)
    insert_rows(session, ProjectUnit, data.project_units)
    insert_rows(session, Personnel, data.personnel)
    insert_rows(session, ProjectStatusChange, data.status_changes)
    move_id_sequences(session, ("units", "projects", "personnel"))
    existing = set(session.scalars(sa.select(User.username)))
    for username, display_name, role, region in DEMO_ACCOUNTS:
        if username not in existing:
            create_active_user(session, username=username, password=DEMO_PASSWORD, display_name=display_name,
                               role=role, region_adcode=region)
    if DEMO_ENTERPRISE not in existing:
        create_active_user(session, username=DEMO_ENTERPRISE, password=DEMO_PASSWORD, display_name="企业管理员",
                           role=Role.ENTERPRISE_ADMIN, unit_id=data.units[0]["id"])
    seed_demo_devices(session, seed=seed)
    session.flush()
    cases = generate_case_history(session, catalog, store, findings_total=len(data.projects), seed=seed, today=_TODAY)
    reporting = generate_reporting_history(session, store, seed=seed, today=_TODAY)
    audit.record(session, Actor.system("demo-generator"), action="demo.seed", entity="database", entity_id="demo",
                 changes={"seed": seed, "projects": len(data.projects), "units": len(data.units),
                          "personnel": len(data.personnel), "case_history": cases, "reporting_history": reporting})
    session.commit()
    return True


__all__ = ["DEMO_ACCOUNTS", "DEMO_ENTERPRISE", "DEMO_PASSWORD", "generate", "seed_demo"]

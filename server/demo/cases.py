"""Deterministic case history for demo and benchmark databases: inspections with findings drawn
from the shipped checklists, the notices that followed (with their timelines and gapless numbers per
agency and year), and the deductions confirmed after closing. Older notices are mostly closed; recent
ones are open, some overdue, so every queue has work in it."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.cases import FindingSeverity, InspectionType, NoticeAction, NoticeStatus, notice_number
from server.accounts.models import User
from server.cases.agencies import agency_for
from server.cases.checklists import template_items
from server.cases.models import Finding, Inspection, Notice, NoticeEvent, NoticeItem, NoticeSequence
from server.credit.catalogue import items_for
from server.credit.models import Deduction, DeductionStatus
from server.projects.models import Project, ProjectUnit
from server.regions.service import RegionCatalog

_TEMPLATES = {"JGJ59-SAFETY": InspectionType.SAFETY, "DANGEROUS-WORKS": InspectionType.DANGEROUS_WORKS,
              "GB50300-QUALITY": InspectionType.QUALITY, "LIFTING": InspectionType.LIFTING_MACHINERY,
              "DUST-NOISE": InspectionType.DUST_NOISE}
_SIDES = ("东侧", "西侧", "南侧", "北侧", "中部")
_INSPECTORS = ("林志明", "黄安", "陈卫东", "李晓峰", "张慧敏", "刘建华", "吴国强", "周颖", "郑伟", "梁嘉欣")
_CHUNK = 20_000


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=dt.UTC)


def generate_case_history(session: Session, catalog: RegionCatalog, *, findings_total: int, seed: int,
                          today: dt.date) -> dict[str, int]:
    """Insert about `findings_total` findings and everything that follows from them; returns counts."""
    rng = random.Random(seed)
    checklists = {code: list(template_items(session, code).values()) for code in _TEMPLATES}
    projects = session.execute(sa.select(Project.id, Project.city_adcode).where(Project.status != "planned")
                               .order_by(Project.id)).all()
    contractors = dict(session.execute(sa.select(ProjectUnit.project_id, ProjectUnit.unit_id)
                                       .where(ProjectUnit.role == "general_contractor")).all())
    supervisors = {region: (uid, name) for region, uid, name in session.execute(
        sa.select(User.region_adcode, User.id, User.username).where(User.role.in_(["city_supervisor",
                                                                                   "province_supervisor"])))}
    fallback = supervisors.get("440000") or next(iter(supervisors.values()))
    rows: dict[str, list[dict]] = defaultdict(list)
    issued: list[tuple[dt.date, int, str]] = []  # (issue day, notice id, prefix) to number in order
    finding_id = notice_id = 0
    while finding_id < findings_total and projects:
        project_id, city = rng.choice(projects)
        code = rng.choice(list(_TEMPLATES))
        day = today - dt.timedelta(days=int(rng.triangular(1, 720, 30)))
        user_id, username = supervisors.get(city, fallback)
        inspection_id = len(rows["inspections"]) + 1
        rows["inspections"].append(dict(
            id=inspection_id, project_id=project_id, inspection_type=_TEMPLATES[code], inspected_on=day,
            inspectors_json=json.dumps(rng.sample(_INSPECTORS, 2), ensure_ascii=False),
            summary="日常监督检查" if rng.random() < 0.7 else "专项检查", template_code=code,
            created_by_user_id=user_id, created_at=_at(day, 17)))
        batch = []
        for item in rng.sample(checklists[code], k=min(len(checklists[code]), rng.randint(1, 4))):
            finding_id += 1
            where = f"{rng.randint(1, 12)}号楼{rng.randint(1, 32)}层{rng.choice(_SIDES)}"
            batch.append(dict(id=finding_id, inspection_id=inspection_id, project_id=project_id,
                              checklist_item_code=item.code, description=f"{where}：{item.title}",
                              severity=item.default_severity, lon=None, lat=None, photo_document_ids="[]",
                              found_on=day, _basis=item.legal_basis))
        rows["findings"] += batch
        contractor = contractors.get(project_id)
        if contractor is None or rng.random() > 0.45:
            continue
        notice_id += 1
        agency = agency_for(city, catalog)
        deadline = day + dt.timedelta(days=rng.choice((7, 10, 15, 30)))
        age = (today - day).days
        if age > 60:
            status = NoticeStatus.CLOSED if rng.random() < 0.93 else NoticeStatus.RETURNED
        else:
            status = rng.choices([NoticeStatus.ISSUED, NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.RETURNED,
                                  NoticeStatus.CLOSED, NoticeStatus.DRAFT], (35, 20, 10, 25, 10))[0]
        stop_work = any(f["severity"] is FindingSeverity.MAJOR for f in batch) and rng.random() < 0.4
        rows["notices"].append(dict(
            id=notice_id, number=None, verification_code=None, project_id=project_id, inspection_id=inspection_id,
            target_unit_id=contractor, status=status, deadline=deadline, stop_work=stop_work,
            agency_name=agency.name, agency_prefix=agency.prefix, created_by_user_id=user_id, created_at=_at(day, 18),
            issued_at=None, closed_at=None, updated_at=_at(day, 18)))
        rows["notice_items"] += [dict(notice_id=notice_id, finding_id=f["id"], position=i, description=f["description"],
                                      legal_basis=f["_basis"], severity=f["severity"]) for i, f in enumerate(batch, 1)]
        events = [(None, None, NoticeStatus.DRAFT, day, "")]
        if status is not NoticeStatus.DRAFT:
            issue_day = day + dt.timedelta(days=1)
            issued.append((issue_day, notice_id, agency.prefix))
            events.append((NoticeAction.ISSUE, NoticeStatus.DRAFT, NoticeStatus.ISSUED, issue_day, ""))
            if status in (NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.RETURNED, NoticeStatus.CLOSED):
                fed = min(today, deadline - dt.timedelta(days=rng.randint(0, 5)))
                events.append((NoticeAction.SUBMIT_FEEDBACK, NoticeStatus.ISSUED, NoticeStatus.FEEDBACK_SUBMITTED,
                               fed, "已按要求整改完毕，附整改前后照片"))
                if status is NoticeStatus.RETURNED:
                    events.append((NoticeAction.RETURN, NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.RETURNED,
                                   min(today, fed + dt.timedelta(days=2)), "复查发现仍有问题未整改到位"))
                if status is NoticeStatus.CLOSED:
                    closed = min(today, fed + dt.timedelta(days=rng.randint(1, 5)))
                    events.append((NoticeAction.CLOSE, NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.CLOSED, closed,
                                   "复查合格"))
                    rows["notices"][-1]["closed_at"] = _at(closed, 15)
                    worst = max((f["severity"] for f in batch), key=list(FindingSeverity).index)
                    trigger = "notice_closed_major" if stop_work else f"notice_closed_{worst.value}"
                    for item in items_for(trigger, "unit"):
                        rows["deductions"].append(dict(
                            item_code=item.code, points=item.points, basis=item.basis, reason="整改通知书已闭环",
                            unit_id=contractor, personnel_id=None, project_id=project_id, origin_kind="notice",
                            origin_id=notice_id, status=DeductionStatus.CONFIRMED, occurred_on=closed,
                            proposed_at=_at(closed, 16), decided_by_user_id=user_id, decided_at=_at(closed, 17),
                            comment="属实"))
        for action, source, target, when, comment in events:
            rows["notice_events"].append(dict(notice_id=notice_id, at=_at(when, 11), action=action, from_status=source,
                                              to_status=target, user_id=user_id, username=username,
                                              role="city_supervisor", comment=comment, document_ids="[]"))
    _number(rows["notices"], issued)
    for finding in rows["findings"]:
        del finding["_basis"]
    for model, key in ((Inspection, "inspections"), (Finding, "findings"), (Notice, "notices"),
                       (NoticeItem, "notice_items"), (NoticeEvent, "notice_events"), (Deduction, "deductions")):
        for start in range(0, len(rows[key]), _CHUNK):
            session.execute(sa.insert(model), rows[key][start:start + _CHUNK])
    sequences: dict[tuple[str, int], int] = defaultdict(int)
    for notice in rows["notices"]:
        if notice["number"]:
            key = (notice["agency_prefix"], notice["issued_at"].year)
            sequences[key] += 1
    if sequences:
        session.execute(sa.insert(NoticeSequence),
                        [dict(prefix=p, year=y, last_value=n) for (p, y), n in sequences.items()])
    if session.get_bind().dialect.name == "postgresql":
        for table in ("inspections", "findings", "notices"):
            session.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
    return {key: len(value) for key, value in rows.items()}


def _number(notices: list[dict], issued: list[tuple[dt.date, int, str]]) -> None:
    """Number issued notices in issue order per agency and year, as the live numbering would have."""
    by_id = {n["id"]: n for n in notices}
    counters: dict[tuple[str, int], int] = defaultdict(int)
    rng = random.Random(len(issued))  # verification codes from a seeded generator: demo data is reproducible
    for day, notice_id, prefix in sorted(issued):
        counters[(prefix, day.year)] += 1
        notice = by_id[notice_id]
        notice["number"] = notice_number(prefix, day.year, counters[(prefix, day.year)])
        notice["issued_at"] = _at(day, 9)
        notice["verification_code"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))

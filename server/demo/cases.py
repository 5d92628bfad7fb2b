"""Deterministic case history for demo and benchmark databases: inspections with findings drawn
from the shipped checklists, the notices that followed (with their timelines and gapless numbers per
agency and year), and the deductions confirmed after closing. Older notices are mostly closed; recent
ones are open, some overdue, so every queue has work in it."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.adcodes import GUANGDONG
from domain.cases import (
    DeductionStatus,
    DocumentKind,
    FindingSeverity,
    InspectionType,
    NoticeAction,
    NoticeStatus,
    notice_number,
)
from domain.enums import PersonnelRole
from server.cases.agencies import agency_for
from server.cases.checklists import template_items
from server.cases.models import Finding, Inspection, Notice, NoticeEvent, NoticeItem, NoticeSequence
from server.cases.notices import VERIFICATION_ALPHABET
from server.credit.catalogue import items_for
from server.credit.models import Deduction, target_key
from server.demo.accounts import enterprise_accounts
from server.demo.common import china_time, move_id_sequences, supervisor_accounts
from server.demo.images import evidence_photos
from server.documents.models import Document
from server.documents.storage import BlobStore
from server.projects.models import Personnel, Project, ProjectUnit
from server.regions.service import RegionCatalog

_TEMPLATES = {"JGJ59-SAFETY": InspectionType.SAFETY, "DANGEROUS-WORKS": InspectionType.DANGEROUS_WORKS,
              "GB50300-QUALITY": InspectionType.QUALITY, "LIFTING": InspectionType.LIFTING_MACHINERY,
              "DUST-NOISE": InspectionType.DUST_NOISE}
_SIDES = ("东侧", "西侧", "南侧", "北侧", "中部")
_INSPECTORS = ("林志明", "黄安", "陈卫东", "李晓峰", "张慧敏", "刘建华", "吴国强", "周颖", "郑伟", "梁嘉欣")
_CHUNK = 20_000



def generate_case_history(session: Session, catalog: RegionCatalog, store: BlobStore, *, findings_total: int,
                          seed: int, today: dt.date) -> dict[str, int]:
    """Insert about `findings_total` findings and everything that follows from them; returns counts.
    Feedback is given under the contractor's account with evidence photos (kept in `store`)."""
    rng = random.Random(seed)
    checklists = {code: list(template_items(session, code).values()) for code in _TEMPLATES}
    projects = session.execute(sa.select(Project.id, Project.city_adcode).where(Project.status != "planned")
                               .order_by(Project.id)).all()
    contractors = dict(session.execute(sa.select(ProjectUnit.project_id, ProjectUnit.unit_id)
                                       .where(ProjectUnit.role == "general_contractor")).all())
    supervisors = supervisor_accounts(session)
    fallback = supervisors[GUANGDONG]
    managers = dict(session.execute(sa.select(Personnel.project_id, Personnel.id)
                                    .where(Personnel.role == PersonnelRole.PROJECT_MANAGER).order_by(Personnel.id)).all())
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    issued: list[tuple[dt.date, int, str]] = []  # (issue day, notice id, prefix) to number in order
    # Append after whatever is there (a demo database already has a history; benchmarks add more).
    inspection_base = session.execute(sa.select(sa.func.coalesce(sa.func.max(Inspection.id), 0))).scalar_one()
    finding_id = session.execute(sa.select(sa.func.coalesce(sa.func.max(Finding.id), 0))).scalar_one()
    notice_id = session.execute(sa.select(sa.func.coalesce(sa.func.max(Notice.id), 0))).scalar_one()
    document_base = session.execute(sa.select(sa.func.coalesce(sa.func.max(Document.id), 0))).scalar_one()
    contractor_accounts = enterprise_accounts(session, set(contractors.values()))
    evidence_rng = random.Random(seed + 1)  # its own stream: the history stays what it was before evidence
    findings_goal = finding_id + findings_total
    sequences = {(p, y): n for p, y, n in session.execute(
        sa.select(NoticeSequence.prefix, NoticeSequence.year, NoticeSequence.last_value))}
    known_sequences = set(sequences)
    while finding_id < findings_goal and projects:
        project_id, city = rng.choice(projects)
        code = rng.choice(list(_TEMPLATES))
        day = today - dt.timedelta(days=int(rng.triangular(1, 720, 30)))
        user_id, username, role = supervisors.get(city, fallback)
        region = city if city in supervisors else "440000"
        inspection_id = inspection_base + len(rows["inspections"]) + 1
        rows["inspections"].append(dict(
            id=inspection_id, project_id=project_id, inspection_type=_TEMPLATES[code], inspected_on=day,
            inspectors_json=json.dumps(rng.sample(_INSPECTORS, 2), ensure_ascii=False),
            summary="日常监督检查" if rng.random() < 0.7 else "专项检查", template_code=code,
            created_by_user_id=user_id, created_at=china_time(day)))
        batch: list[dict[str, Any]] = []
        for item in rng.sample(checklists[code], k=min(len(checklists[code]), rng.randint(1, 4))):
            finding_id += 1
            where = f"{rng.randint(1, 12)}号楼{rng.randint(1, 32)}层{rng.choice(_SIDES)}"
            batch.append(dict(id=finding_id, inspection_id=inspection_id, project_id=project_id,
                              checklist_item_code=item.code, description=f"{where}：{item.title}",
                              severity=item.default_severity, legal_basis=item.legal_basis, lon=None, lat=None,
                              photo_document_ids="[]", found_on=day))
        rows["findings"] += batch
        contractor = contractors.get(project_id)
        if contractor is None or rng.random() > 0.45:
            continue
        notice_id += 1
        agency = agency_for(region, catalog)  # the acting supervisor's agency, as live drafting does
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
            agency_name=agency.name, agency_prefix=agency.prefix, created_by_user_id=user_id, created_at=china_time(day),
            issued_at=None, closed_at=None, updated_at=china_time(day)))
        rows["notice_items"] += [dict(notice_id=notice_id, finding_id=f["id"], position=i, description=f["description"],
                                      legal_basis=f["legal_basis"], severity=f["severity"])
                                 for i, f in enumerate(batch, 1)]
        events: list[tuple[NoticeAction | None, NoticeStatus | None, NoticeStatus, dt.date, str]] = [
            (None, None, NoticeStatus.DRAFT, day, "")]
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
                    rows["notices"][-1]["closed_at"] = china_time(closed)
                    worst = max((f["severity"] for f in batch), key=list(FindingSeverity).index)
                    trigger = "notice_closed_major" if stop_work else f"notice_closed_{worst.value}"
                    targets: list[tuple[str, int | None, int | None]] = [("unit", contractor, None)]
                    if project_id in managers:
                        targets.append(("personnel", None, managers[project_id]))
                    for kind, unit_id, personnel_id in targets:
                        for deduction in items_for(trigger, kind):
                            rows["deductions"].append(dict(
                                item_code=deduction.code, points=deduction.points, basis=deduction.basis,
                                reason="整改通知书已闭环",
                                unit_id=unit_id, personnel_id=personnel_id,
                                target_key=target_key(unit_id, personnel_id), project_id=project_id,
                                origin_kind="notice", origin_id=notice_id, status=DeductionStatus.CONFIRMED,
                                occurred_on=closed, proposed_at=china_time(closed), decided_by_user_id=user_id,
                                decided_at=china_time(closed), comment="属实"))
        for action, source, target, when, comment in events:
            actor, documents = (user_id, username, role), "[]"
            if action is NoticeAction.SUBMIT_FEEDBACK:
                actor = contractor_accounts[contractor]
                documents = _evidence(rows["documents"], evidence_rng, document_base, project_id, contractor, actor[0], when)
            rows["notice_events"].append(dict(notice_id=notice_id, at=china_time(when), action=action, from_status=source,
                                              to_status=target, user_id=actor[0], username=actor[1], role=actor[2],
                                              comment=comment, document_ids=documents))
    _number(rows["notices"], issued, sequences)
    store.put_many(evidence_photos())
    for model, key in ((Inspection, "inspections"), (Finding, "findings"), (Notice, "notices"),
                       (NoticeItem, "notice_items"), (Document, "documents"), (NoticeEvent, "notice_events"),
                       (Deduction, "deductions")):
        for start in range(0, len(rows[key]), _CHUNK):
            session.execute(sa.insert(model), rows[key][start:start + _CHUNK])
    new = [dict(prefix=p, year=y, last_value=n) for (p, y), n in sequences.items() if (p, y) not in known_sequences]
    if new:
        session.execute(sa.insert(NoticeSequence), new)
    for (prefix, year), last in sequences.items():
        if (prefix, year) in known_sequences:
            session.execute(sa.update(NoticeSequence).where(NoticeSequence.prefix == prefix, NoticeSequence.year == year)
                            .values(last_value=last))
    move_id_sequences(session, ("inspections", "findings", "notices", "documents"))
    return {key: len(value) for key, value in rows.items()}


def _evidence(documents: list[dict[str, Any]], rng: random.Random, base: int, project_id: int, unit_id: int, user_id: int,
              day: dt.date) -> str:
    """One or two evidence photos uploaded with the feedback; returns the event's document ids (JSON)."""
    ids = []
    photos = evidence_photos()
    for index in range(rng.choice((1, 1, 2))):
        data = photos[rng.randrange(len(photos))]
        ids.append(base + len(documents) + 1)
        documents.append(dict(id=ids[-1], sha256=BlobStore.digest(data), content_type="image/jpeg", size=len(data),
                              original_name=f"整改后照片{index + 1}.jpg", kind=DocumentKind.EVIDENCE_PHOTO,
                              project_id=project_id, uploaded_by_user_id=user_id, uploaded_by_unit_id=unit_id,
                              uploaded_at=china_time(day)))
    return json.dumps(ids)


def _number(notices: list[dict[str, Any]], issued: list[tuple[dt.date, int, str]], counters: dict[tuple[str, int], int]) -> None:
    """Number issued notices in issue order per agency and year, continuing `counters` (updated in place)."""
    by_id = {n["id"]: n for n in notices}
    rng = random.Random(len(issued))  # verification codes from a seeded generator: demo data is reproducible
    for day, notice_id, prefix in sorted(issued):
        counters[(prefix, day.year)] = counters.get((prefix, day.year), 0) + 1
        notice = by_id[notice_id]
        notice["number"] = notice_number(prefix, day.year, counters[(prefix, day.year)])
        notice["issued_at"] = china_time(day)
        notice["verification_code"] = "".join(rng.choice(VERIFICATION_ALPHABET) for _ in range(10))

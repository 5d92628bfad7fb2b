"""Deterministic reporting history for demo databases, so the enterprise workspace, the verification
queue and the compliance scan start from a believable state instead of an empty one:

- monthly progress photos of every project under construction for the last two months — real JPEGs
  whose EXIF holds the capture time and position, checked with the same rules as an upload (a few
  were taken outside the month or away from the site, as happens); a few projects missed last month;
- dangerous sub-projects classified by `domain.dangerous_works`, with their special plans (one-page
  PDFs) and, for beyond-scale ones, the expert review; periods planned around today;
- lifting machinery with inspection certificates, some running out;
- the submissions around them: most verified by the city's supervisor, some waiting, some returned
  with a comment.

Rows are inserted in bulk (one audit record for the whole seed, written by the caller), like the
case history. Reports are made under each general contractor's account (server.demo.accounts)."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections import defaultdict
from functools import cache
from typing import Any

import sqlalchemy as sa
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from domain.adcodes import GUANGDONG
from domain.dangerous_works import DangerLevel, DangerousWorkType, classify
from domain.enums import ProjectStatus, UnitKind
from domain.reporting import (
    PENDING,
    EquipmentType,
    SubmissionAction,
    SubmissionKind,
    SubmissionStatus,
    check_photo,
    month_bounds,
    month_of,
    previous_month,
)
from domain.reporting_schemas import BasicInfoIn
from domain.schemas import PersonnelIn, ProjectUnitIn
from server.db.base import Base, table_of
from server.demo.accounts import enterprise_accounts
from server.demo.common import Account, china_time, insert_rows, move_id_sequences, supervisor_accounts
from server.demo.images import STAGES, scene_thumbnail, site_scenes, with_exif
from server.documents.storage import BlobStore
from server.projects.models import Personnel, Project, ProjectUnit
from server.reporting.models import (
    DangerousWork,
    DangerousWorkPlan,
    Equipment,
    ProgressPhoto,
    ProgressReport,
    ProjectVersion,
    Submission,
    SubmissionEvent,
)

_BLOB_BATCH = 2_000
_RETURN_COMMENTS = ("照片未反映主体结构进度，请补充全景照片", "照片拍摄时间不在本月，请重新上传",
                    "参数与现场不符，请核对后重新报送")
_EXPERTS = ("王建国", "陈立新", "刘海涛", "赵敏", "孙志强", "何晓东", "马卫华")
# (type, name, parameters drawn per work) — the parameters decide the level, not this table
_WORKS: tuple[tuple[DangerousWorkType, str, tuple[tuple[str, float, float], ...]], ...] = (
    (DangerousWorkType.FOUNDATION_PIT, "基坑支护与土方开挖", (("depth_m", 3.0, 14.0),)),
    (DangerousWorkType.FORMWORK, "高支模（梁板模板支撑）", (("height_m", 4.0, 12.0), ("span_m", 6.0, 22.0),
                                                     ("load_kn_m2", 6.0, 18.0), ("line_load_kn_m", 8.0, 24.0))),
    (DangerousWorkType.CRANE_INSTALLATION, "塔式起重机安装拆卸", (("capacity_kn", 60.0, 400.0),
                                                       ("height_m", 40.0, 220.0))),
    (DangerousWorkType.SCAFFOLDING, "落地式钢管脚手架", (("height_m", 18.0, 60.0),)),
    (DangerousWorkType.CANTILEVER_SCAFFOLD, "悬挑式脚手架", (("height_m", 12.0, 24.0),)),
    (DangerousWorkType.ATTACHED_LIFTING_SCAFFOLD, "附着式升降脚手架", (("lift_height_m", 60.0, 180.0),)),
)
_MANUFACTURERS = ("中联重科股份有限公司", "徐州建机工程机械有限公司", "广西建工集团建筑机械制造有限责任公司",
                  "四川建设机械（集团）股份有限公司")



@cache
def _plan_pdf(work_name: str, level: DangerLevel) -> bytes:
    """A one-page cover of a plan template per work and level (the demo stands in for the enterprise's
    document; one file per template keeps seeding fast)."""
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setFont("STSong-Light", 20)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 200, f"{work_name}专项施工方案")
    canvas.setFont("STSong-Light", 13)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 240,
                             "超过一定规模的危险性较大的分部分项工程" if level is DangerLevel.BEYOND_SCALE
                             else "危险性较大的分部分项工程")
    canvas.drawCentredString(A4[0] / 2, A4[1] - 270, "（演示数据：方案模板）")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class _Rows:
    """Bulk rows with ids handed out here (tables are empty when the demo is seeded)."""

    def __init__(self, store: BlobStore) -> None:
        self.rows: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)
        self.store = store
        self.blobs: dict[str, bytes] = {}

    def blob(self, data: bytes) -> str:
        """The blob's SHA-256; the bytes are written in batches (memory stays flat for large demos)."""
        digest = BlobStore.digest(data)
        self.blobs[digest] = data
        if len(self.blobs) >= _BLOB_BATCH:
            self.store.put_many(self.blobs.values())
            self.blobs.clear()
        return digest

    def add(self, model: type[Base], /, **values: Any) -> int:
        rows = self.rows[model]
        rows.append({"id": len(rows) + 1, **values})
        return len(rows)

    def insert(self, session: Session) -> None:
        self.store.put_many(self.blobs.values())
        self.blobs.clear()
        for model in (ProjectVersion, ProgressReport, ProgressPhoto, DangerousWork, DangerousWorkPlan, Equipment, Submission,
                      SubmissionEvent):
            insert_rows(session, model, self.rows.get(model, []))
        move_id_sequences(session, (table_of(model).name for model in self.rows))


class _Reporter:
    def __init__(self, session: Session, rows: _Rows, rng: random.Random, today: dt.date,
                 accounts: dict[int, Account]) -> None:
        self.rows, self.rng, self.today, self.accounts = rows, rng, today, accounts
        self.supervisors = supervisor_accounts(session)

    def submit(self, *, project: Any, unit_id: int, kind: SubmissionKind, record_id: int, summary: str,
               day: dt.date, status: SubmissionStatus, hour: int = 10) -> None:
        """A submission and its events, ending in `status` (decided by the city's supervisor)."""
        user_id, username, role = self.accounts[unit_id]
        supervisor = self.supervisors.get(project.city_adcode) or self.supervisors[GUANGDONG]
        decided = min(self.today, day + dt.timedelta(days=self.rng.randint(1, 6)))
        decided_at = max(china_time(decided, 15), china_time(day, hour + 1))
        settled = status not in PENDING
        submission_id = self.rows.add(
            Submission, project_id=project.id, kind=kind, record_id=record_id, status=status, summary=summary[:300],
            submitted_by_user_id=user_id, submitted_by_unit_id=unit_id, submitted_at=china_time(day, hour),
            decided_by_user_id=supervisor[0] if settled else None, decided_at=decided_at if settled else None,
            comment="" if status is not SubmissionStatus.RETURNED else self.rng.choice(_RETURN_COMMENTS),
            updated_at=decided_at if settled else china_time(day, hour))
        events: list[tuple[SubmissionAction | None, SubmissionStatus, dt.datetime, str, str, str]] = [
            (None, SubmissionStatus.SUBMITTED, china_time(day, hour), username, role, "")]
        if status is SubmissionStatus.VERIFIED:
            events.append((SubmissionAction.VERIFY, status, decided_at, supervisor[1], supervisor[2], "核查属实"))
        elif status is SubmissionStatus.RETURNED:
            events.append((SubmissionAction.RETURN, status, decided_at, supervisor[1], supervisor[2],
                           self.rows.rows[Submission][-1]["comment"]))
        for action, to_status, at, who, who_role, comment in events:
            self.rows.add(SubmissionEvent, submission_id=submission_id, at=at, action=action, to_status=to_status,
                          username=who, role=who_role, comment=comment)

    def status(self, *, settled_share: float = 0.85, returned_share: float = 0.05) -> SubmissionStatus:
        draw = self.rng.random()
        if draw < settled_share:
            return SubmissionStatus.VERIFIED
        return SubmissionStatus.RETURNED if draw < settled_share + returned_share else SubmissionStatus.SUBMITTED


def _progress(reporter: _Reporter, project: Any, unit_id: int, stage: int) -> int:
    """Last month (mostly verified; a few projects missed it) and this month so far (waiting)."""
    rng, today = reporter.rng, reporter.today
    photos = 0
    scene = site_scenes()[stage]
    thumbnail = reporter.rows.blob(scene_thumbnail(stage))
    for month, share in ((previous_month(today), 0.93), (month_of(today), 0.45)):
        first, last = month_bounds(month)
        if (project.actual_start is not None and project.actual_start > last) or rng.random() >= share:
            continue
        last = min(last, today)
        report_id = reporter.rows.add(ProgressReport, project_id=project.id, month=month)
        count = rng.choice((1, 1, 1, 2))
        uploaded = last - dt.timedelta(days=rng.randint(0, min(3, (last - first).days)))
        for index in range(count):
            taken_day = first + dt.timedelta(days=rng.randint(0, (uploaded - first).days))
            lon, lat = project.lon + rng.uniform(-0.002, 0.002), project.lat + rng.uniform(-0.002, 0.002)
            if rng.random() < 0.04:  # an old photo reused
                taken_day = first - dt.timedelta(days=rng.randint(5, 40))
            if rng.random() < 0.03:  # taken at the company office
                lon, lat = lon + rng.choice((-1, 1)) * rng.uniform(0.02, 0.08), lat + rng.uniform(-0.05, 0.05)
            taken_at = china_time(taken_day, rng.randint(8, 16))
            data = with_exif(scene, taken_at, lon, lat)
            check = check_photo(month=month, taken_at=taken_at, lon=lon, lat=lat, site_lon=project.lon,
                                site_lat=project.lat)
            reporter.rows.add(
                ProgressPhoto, report_id=report_id, sha256=reporter.rows.blob(data), thumbnail_sha256=thumbnail,
                content_type="image/jpeg", size=len(data), original_name=f"IMG_{taken_day:%Y%m%d}_{index + 1:03d}.jpg",
                caption=f"{STAGES[stage]}形象进度", taken_at=taken_at, lon=round(lon, 7), lat=round(lat, 7),
                distance_km=check.distance_km, flags=[f.value for f in check.flags], uploaded_at=china_time(uploaded, 17))  # submitted at 18:00
            photos += 1
        status = (reporter.status(settled_share=0.88, returned_share=0.04) if month != month_of(today)
                  else SubmissionStatus.SUBMITTED)
        reporter.submit(project=project, unit_id=unit_id, kind=SubmissionKind.PROGRESS, record_id=report_id,
                        summary=f"{month} 月度形象进度", day=uploaded, status=status, hour=18)
    return photos


def _dangerous_works(reporter: _Reporter, project: Any, unit_id: int) -> int:
    rng, today = reporter.rng, reporter.today
    made = 0
    for work_type, name, ranges in rng.sample(_WORKS, rng.choice((1, 1, 2, 3))):
        parameters = {key: round(rng.uniform(low, high), 1) for key, low, high in ranges}
        classification = classify(work_type, parameters)
        level = classification.level
        if level is DangerLevel.NOT_DANGEROUS:
            continue
        planned_start = today + dt.timedelta(days=rng.randint(-120, 45))
        planned_end = planned_start + dt.timedelta(days=rng.randint(20, 150))
        started = planned_start <= today
        actual_start = planned_start + dt.timedelta(days=rng.randint(0, 6)) if started else None
        if actual_start is not None and actual_start > today:
            actual_start = today
        actual_end = None
        if actual_start is not None and planned_end < today - dt.timedelta(days=10):
            actual_end = min(today, planned_end + dt.timedelta(days=rng.randint(-5, 8)))
        work_id = reporter.rows.add(
            DangerousWork, project_id=project.id, name=name, work_type=work_type, parameters=parameters, level=level,
            reasons=list(classification.reasons), location=rng.choice(("1#楼", "2#楼", "地下室", "裙楼")),
            planned_start=planned_start, planned_end=planned_end, actual_start=actual_start, actual_end=actual_end)
        registered = planned_start - dt.timedelta(days=rng.randint(20, 40))
        work_status = SubmissionStatus.VERIFIED if started else reporter.status(settled_share=0.6)
        reporter.submit(project=project, unit_id=unit_id, kind=SubmissionKind.DANGEROUS_WORK, record_id=work_id,
                        summary=f"危大工程登记：{name}", day=min(today, registered), status=work_status)
        # a work under way has its approved plan (else the scan would rightly chase it); a coming one may not yet
        if started or rng.random() < 0.6:
            pdf = _plan_pdf(name, level)
            reviewed = level is DangerLevel.BEYOND_SCALE
            plan_day = min(today, registered + dt.timedelta(days=7))
            plan_id = reporter.rows.add(
                DangerousWorkPlan, work_id=work_id, title=f"{name}专项施工方案", sha256=reporter.rows.blob(pdf),
                content_type="application/pdf", size=len(pdf), uploaded_at=china_time(plan_day),
                expert_reviewed_on=min(today, plan_day + dt.timedelta(days=3)) if reviewed else None,
                expert_names=rng.sample(_EXPERTS, 5) if reviewed else None,
                expert_conclusion="pass_with_changes" if reviewed else None,
                expert_comment="按专家意见修改完善后实施" if reviewed else "")
            plan_status = SubmissionStatus.VERIFIED if started else reporter.status(settled_share=0.5)
            if plan_status is SubmissionStatus.VERIFIED and work_status is not SubmissionStatus.VERIFIED:
                plan_status = SubmissionStatus.SUBMITTED  # a plan is approved only for a verified registration
            reporter.submit(project=project, unit_id=unit_id, kind=SubmissionKind.DANGEROUS_WORK_PLAN, record_id=plan_id,
                            summary=f"专项施工方案：{name}", day=plan_day, status=plan_status)
        made += 1
    return made


def _machinery(reporter: _Reporter, project: Any, unit_id: int) -> int:
    rng, today = reporter.rng, reporter.today
    count = rng.choice((1, 1, 2))
    for index in range(count):
        crane = rng.random() < 0.8
        expires = today + dt.timedelta(days=rng.randint(-10, 330) if rng.random() < 0.1 else rng.randint(31, 330))
        equipment_id = reporter.rows.add(
            Equipment, project_id=project.id,
            equipment_type=EquipmentType.TOWER_CRANE if crane else EquipmentType.CONSTRUCTION_HOIST,
            model=rng.choice(("QTZ80(6010)", "QTZ125(6015)", "QTZ160(6516)")) if crane else "SC200/200",
            registration_no=f"粤{'A' if project.city_adcode == '440100' else 'B'}-{'T' if crane else 'S'}{project.id:05d}{index}",
            record_no=f"粤建机登{project.id:06d}{index}", rated_capacity_kn=rng.choice((60.0, 80.0, 100.0)) if crane else 20.0,
            manufacturer=rng.choice(_MANUFACTURERS), inspection_cert_no=f"GDJJ{project.id:06d}{index}",
            inspection_expires_on=expires, device_code=None)
        reporter.submit(project=project, unit_id=unit_id, kind=SubmissionKind.EQUIPMENT, record_id=equipment_id,
                        summary=f"起重机械登记：{'塔式起重机' if crane else '施工升降机'}",
                        day=today - dt.timedelta(days=rng.randint(3, 300)), status=reporter.status(settled_share=0.9))
    return count


def _basic_info(session: Session, reporter: _Reporter, contractors: dict[int, int], rng: random.Random) -> int:
    """Version 1 of every started project's basic data, confirmed by its contractor: mostly verified,
    some still waiting; a few projects also have a change (version 2, a later planned end) waiting."""
    today = reporter.today
    units: dict[int, list[ProjectUnitIn]] = defaultdict(list)
    for project_id, member_id, role in session.execute(sa.select(ProjectUnit.project_id, ProjectUnit.unit_id, ProjectUnit.role)
                                                       .order_by(ProjectUnit.project_id, ProjectUnit.role, ProjectUnit.unit_id)):
        units[project_id].append(ProjectUnitIn(unit_id=member_id, role=role))
    people: dict[int, list[PersonnelIn]] = defaultdict(list)
    for person in session.scalars(sa.select(Personnel).order_by(Personnel.id)):
        people[person.project_id].append(PersonnelIn(name=person.name, role=person.role, unit_id=person.unit_id,
                                                     certificate_no=person.certificate_no, phone=person.phone))
    made = 0
    for project in session.execute(sa.select(Project).where(Project.status != ProjectStatus.PLANNED)
                                   .order_by(Project.id)).scalars():
        unit_id = contractors.get(project.id)
        draw = rng.random()
        if unit_id is None or draw < 0.04:  # a few have not confirmed theirs yet
            continue
        data = BasicInfoIn(name=project.name, address=project.address, floor_area_m2=project.floor_area_m2,
                           cost_10k_yuan=project.cost_10k_yuan, planned_start=project.planned_start,
                           planned_end=project.planned_end, units=units[project.id], personnel=people[project.id])
        confirmed = min(today, (project.actual_start or today) - dt.timedelta(days=rng.randint(0, 20)))
        version_id = reporter.rows.add(ProjectVersion, project_id=project.id, version=1,
                                       data=data.model_dump(mode="json"), created_at=china_time(confirmed))
        reporter.submit(project=project, unit_id=unit_id, kind=SubmissionKind.BASIC_INFO, record_id=version_id,
                        summary="基本信息第 1 版（确认）", day=confirmed,
                        status=SubmissionStatus.SUBMITTED if draw < 0.08 else SubmissionStatus.VERIFIED)
        made += 1
        if draw > 0.96 and project.planned_end is not None and project.status is ProjectStatus.UNDER_CONSTRUCTION:
            later = data.model_copy(update={"planned_end": project.planned_end + dt.timedelta(days=rng.choice((30, 60, 90)))})
            changed_on = today - dt.timedelta(days=rng.randint(0, 6))
            version_id = reporter.rows.add(ProjectVersion, project_id=project.id, version=2,
                                           data=later.model_dump(mode="json"), created_at=china_time(changed_on))
            reporter.submit(project=project, unit_id=unit_id, kind=SubmissionKind.BASIC_INFO, record_id=version_id,
                            summary="基本信息第 2 版（变更：planned_end）", day=changed_on,
                            status=SubmissionStatus.SUBMITTED)
    return made


def generate_reporting_history(session: Session, store: BlobStore, *, seed: int, today: dt.date) -> dict[str, int]:
    """Insert the reporting history of the demo projects (basic data of every started project; progress,
    dangerous works and machinery of those under construction); returns counts."""
    rng = random.Random(seed)
    rows = _Rows(store)
    contractors = dict(session.execute(sa.select(ProjectUnit.project_id, sa.func.min(ProjectUnit.unit_id))
                                       .where(ProjectUnit.role == UnitKind.GENERAL_CONTRACTOR)
                                       .group_by(ProjectUnit.project_id)).all())
    reporter = _Reporter(session, rows, rng, today, enterprise_accounts(session, set(contractors.values())))
    projects = session.execute(sa.select(Project.id, Project.name, Project.city_adcode, Project.lon, Project.lat,
                                         Project.actual_start)
                               .where(Project.status == ProjectStatus.UNDER_CONSTRUCTION).order_by(Project.id)).all()
    counts = {"photos": 0, "dangerous_works": 0, "equipment": 0}
    for project in projects:
        unit_id = contractors.get(project.id)
        if unit_id is None:
            continue
        months = 0 if project.actual_start is None else (today - project.actual_start).days // 30
        stage = min(len(STAGES) - 1, months // 6)
        counts["photos"] += _progress(reporter, project, unit_id, stage)
        if rng.random() < 0.35:
            counts["dangerous_works"] += _dangerous_works(reporter, project, unit_id)
        if rng.random() < 0.3:
            counts["equipment"] += _machinery(reporter, project, unit_id)
    counts["basic_info_versions"] = _basic_info(session, reporter, contractors, random.Random(seed + 2))
    rows.insert(session)
    counts["submissions"] = len(rows.rows[Submission])
    return counts

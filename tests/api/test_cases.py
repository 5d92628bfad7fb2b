"""Case management through the API: inspections, the rectification-notice lifecycle, numbering,
PDF, verification and uploads — as supervisor and enterprise, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient
from pypdf import PdfReader

from domain.cases import NoticeAction
from domain.enums import Role
from server.app import create_app
from server.cases import notices
from server.config import Settings
from server.deps import Principal
from server.errors import DomainError
from server.security.models import User
from tests.support.accounts import PASSWORD, make_user
from tests.support.case_world import TODAY, World, act, draft, inspect, upload
from tests.support.databases import login
from tests.support.files import tiny_png
from tests.support.projects import project_body


def test_shipped_checklists_and_admin_edit(world: World) -> None:
    templates = {t["code"]: t for t in world.client.get("/api/v1/checklists", headers=world.gz).json()}
    assert {"JGJ59-SAFETY", "DANGEROUS-WORKS", "GB50300-QUALITY", "LIFTING", "DUST-NOISE"} <= templates.keys()
    safety = templates["JGJ59-SAFETY"]
    edit = {"name": safety["name"], "items": [*safety["items"], {"code": "S-11", "title": "安全帽佩戴不规范",
                                                                  "legal_basis": "JGJ 59-2011 第3.13条"}]}
    assert world.client.put("/api/v1/checklists/JGJ59-SAFETY", headers=world.gz, json=edit).status_code == 403
    updated = world.client.put("/api/v1/checklists/JGJ59-SAFETY", headers=world.admin, json=edit).json()
    assert updated["version"] == 2 and updated["items"][-1]["code"] == "S-11"
    duplicate = world.client.put("/api/v1/checklists/JGJ59-SAFETY", headers=world.admin,
                                 json={"name": "x" * 3, "items": [safety["items"][0], safety["items"][0]]})
    assert duplicate.status_code == 422


def test_inspection_validation(world: World) -> None:
    inspection = inspect(world)
    assert [f["severity"] for f in inspection["findings"]] == ["serious", "major"]
    unknown = world.client.post("/api/v1/inspections", headers=world.gz, json={
        "project_id": world.project_id, "inspection_type": "safety", "inspected_on": "2026-11-24",
        "inspectors": ["林志明"], "template_code": "JGJ59-SAFETY",
        "findings": [{"checklist_item_code": "Q-01", "description": "钢筋未复试", "severity": "general"}]})
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_checklist_item"
    far = world.client.post("/api/v1/inspections", headers=world.gz, json={
        "project_id": world.project_id, "inspection_type": "safety", "inspected_on": "2026-11-24",
        "inspectors": ["林志明"], "findings": [{"description": "基坑边堆载", "severity": "serious",
                                              "lon": 114.0579, "lat": 22.5431}]})
    assert far.status_code == 422 and far.json()["code"] == "outside_district"
    by_enterprise = world.client.post("/api/v1/inspections", headers=world.contractor, json={
        "project_id": world.project_id, "inspection_type": "safety", "inspected_on": "2026-11-24",
        "inspectors": ["自查"]})
    assert by_enterprise.status_code == 403
    assert world.client.get("/api/v1/inspections", headers=world.sz,
                            params={"project_id": world.project_id}).status_code == 404


def test_full_notice_lifecycle_with_return(world: World) -> None:
    w = world
    notice = draft(w)
    assert notice["status"] == "draft" and notice["number"] is None
    assert notice["target_unit_name"] == "广州某建工集团有限公司"
    assert notice["items"][0]["legal_basis"].startswith("JGJ 80-2016")  # inherited from the checklist
    assert w.client.get(f"/api/v1/notices/{notice['id']}", headers=w.contractor).status_code == 404  # drafts are internal

    issued = act(w, w.gz, notice["id"], "issue").json()
    assert issued["number"] == "穗建质安改〔2026〕0001号"
    assert len(issued["verification_code"]) == 10
    to_answer = w.client.get("/api/v1/notices", headers=w.contractor, params={"queue": "to_answer"}).json()
    assert [n["id"] for n in to_answer["items"]] == [notice["id"]]

    no_evidence = act(w, w.contractor, notice["id"], "submit_feedback", comment="已整改")
    assert no_evidence.status_code == 422 and no_evidence.json()["code"] == "evidence_required"
    photo = upload(w, w.contractor_staff, tiny_png()).json()
    submitted = act(w, w.contractor_staff, notice["id"], "submit_feedback", comment="已恢复临边防护",
                    document_ids=[photo["id"]])
    assert submitted.status_code == 200 and submitted.json()["status"] == "feedback_submitted"
    review = w.client.get("/api/v1/notices", headers=w.gz, params={"queue": "review"}).json()
    assert [n["id"] for n in review["items"]] == [notice["id"]]

    assert act(w, w.gz, notice["id"], "return").json()["code"] == "comment_required"
    returned = act(w, w.gz, notice["id"], "return", comment="配电箱漏电保护器仍未安装").json()
    assert returned["status"] == "returned"
    act(w, w.contractor, notice["id"], "submit_feedback", comment="已安装", document_ids=[photo["id"]])
    closed = act(w, w.gz, notice["id"], "close", comment="复查合格").json()
    assert closed["status"] == "closed" and closed["closed_at"]
    assert [(e["action"], e["to_status"]) for e in closed["events"]] == [
        (None, "draft"), ("issue", "issued"), ("submit_feedback", "feedback_submitted"), ("return", "returned"),
        ("submit_feedback", "feedback_submitted"), ("close", "closed")]
    assert closed["events"][2]["username"] == "ent-staff" and closed["events"][2]["document_ids"] == [photo["id"]]

    again = act(w, w.gz, notice["id"], "close")
    assert again.status_code == 409 and again.json() == {
        "code": "invalid_transition", "detail": "cannot close a notice that is closed; the notice is closed"}
    entries = w.client.get("/api/v1/audit", headers=w.admin, params={"entity": "notice",
                                                                     "entity_id": str(notice["id"])}).json()
    assert [e["action"] for e in reversed(entries)] == [
        "notice.draft", "notice.issue", "notice.submit_feedback", "notice.return", "notice.submit_feedback",
        "notice.close"]


def test_parties_and_scopes(world: World) -> None:
    w = world
    notice = draft(w)
    hidden = act(w, w.contractor, notice["id"], "issue")
    assert hidden.status_code == 404  # a draft is not even detectable by the enterprise
    act(w, w.gz, notice["id"], "issue")
    wrong_party = act(w, w.gz, notice["id"], "submit_feedback", comment="代为反馈", document_ids=[])
    assert wrong_party.status_code == 403 and wrong_party.json()["code"] == "wrong_party"
    early_close = act(w, w.contractor, notice["id"], "close")  # not allowed from "issued" for anyone
    assert early_close.status_code == 409 and "allowed now: submit_feedback" in early_close.json()["detail"]
    staff_close = act(w, w.contractor_staff, notice["id"], "close")
    assert staff_close.status_code == 403
    # Another city's supervisor and an enterprise the notice is not addressed to see nothing.
    for outsider in (w.sz, w.outsider):
        assert w.client.get(f"/api/v1/notices/{notice['id']}", headers=outsider).status_code == 404
        assert act(w, outsider, notice["id"], "return", comment="x").status_code == 404
        assert w.client.get("/api/v1/notices", headers=outsider).json()["total"] == 0
    assert w.client.get(f"/api/v1/notices/{notice['id']}/pdf", headers=w.sz).status_code == 404


def test_overdue_is_derived_and_escalates(world: World) -> None:
    w = world
    notice = draft(w, deadline="2026-11-30")
    act(w, w.gz, notice["id"], "issue")
    assert w.client.get("/api/v1/notices", headers=w.gz, params={"queue": "overdue"}).json()["total"] == 0
    w.client.app.state.clock = lambda: dt.date(2026, 12, 10)  # ten days past the deadline
    overdue = w.client.get("/api/v1/notices", headers=w.gz, params={"queue": "overdue"}).json()["items"]
    assert [(n["id"], n["overdue_days"], n["escalation_level"]) for n in overdue] == [(notice["id"], 10, 2)]
    mine = w.client.get("/api/v1/notices", headers=w.contractor, params={"queue": "overdue"}).json()
    assert mine["total"] == 1


def test_deadline_and_items_are_validated(world: World) -> None:
    w = world
    past = w.client.post("/api/v1/notices", headers=w.gz, json={
        "project_id": w.project_id, "deadline": "2026-11-01",
        "items": [{"description": "塔吊附着不符合要求", "legal_basis": "JGJ 196-2010 第3.4条", "severity": "serious"}]})
    assert past.status_code == 422 and past.json()["code"] == "deadline_in_past"
    incomplete = w.client.post("/api/v1/notices", headers=w.gz, json={
        "project_id": w.project_id, "deadline": "2026-12-01", "items": [{"description": "缺少依据"}]})
    assert incomplete.json()["code"] == "incomplete_item"


def test_pdf_contains_chinese_text_number_and_verification(world: World) -> None:
    w = world
    notice = draft(w, stop_work=True)
    draft_pdf = w.client.get(f"/api/v1/notices/{notice['id']}/pdf", headers=w.gz)
    assert draft_pdf.headers["content-type"] == "application/pdf"
    draft_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(draft_pdf.content)).pages)
    assert "草稿" in draft_text and "签发时生成" in draft_text
    issued = act(w, w.gz, notice["id"], "issue").json()
    pdf = w.client.get(f"/api/v1/notices/{notice['id']}/pdf", headers=w.contractor)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    compact = re.sub(r"\s+", "", text)
    for expected in ("责令停工整改通知书", "广州市建设工程质量安全监督站", issued["number"], "广州某建工集团有限公司",
                     "立即停止施工", "3号楼12层东侧临边防护栏杆缺失", issued["verification_code"], "较大隐患"):
        assert expected in compact, expected
    valid = w.client.get("/api/v1/notices/verify", params={"number": issued["number"],
                                                            "code": issued["verification_code"].lower()}).json()
    assert valid["valid"] is True and valid["agency_name"] == "广州市建设工程质量安全监督站"
    forged = w.client.get("/api/v1/notices/verify", params={"number": issued["number"], "code": "AAAAAAAAAA"})
    assert forged.json() == {"valid": False, "number": None, "agency_name": None, "issued_on": None, "status": None}


def test_concurrent_issuing_gives_gapless_unique_numbers(world: World) -> None:
    w = world
    inspection = inspect(w)
    ids = [w.client.post("/api/v1/notices", headers=w.gz, json={
        "project_id": w.project_id, "deadline": "2026-12-20",
        "items": [{"finding_id": inspection["findings"][0]["id"]}]}).json()["id"] for _ in range(24)]
    database = w.client.app.state.database
    with database.read_session() as session:
        user = session.scalar(sa.select(User).where(User.username == "gz"))
        principal = Principal.of(user, token_id=0)

    def issue(notice_id: int) -> str:
        with database.write_session() as session:
            return notices.act(session, principal, w.client.app.state.regions, notice_id=notice_id,
                               action=NoticeAction.ISSUE, comment="", document_ids=[], today=TODAY).number

    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(issue, ids))
    assert len(set(numbers)) == 24
    sequences = sorted(int(re.search(r"〕(\d{4})号", n).group(1)) for n in numbers)
    assert sequences == list(range(1, 25))


def test_the_same_draft_issued_twice_at_once_gets_one_number(world: World) -> None:
    w = world
    notice = draft(w)
    database = w.client.app.state.database
    with database.read_session() as session:
        principal = Principal.of(session.scalar(sa.select(User).where(User.username == "gz")), token_id=0)

    def issue() -> str:
        with database.write_session() as session:
            try:
                return notices.act(session, principal, w.client.app.state.regions, notice_id=notice["id"],
                                   action=NoticeAction.ISSUE, comment="", document_ids=[], today=TODAY).number
            except DomainError as exc:
                return exc.code

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(lambda _: issue(), range(2)))
    assert outcomes == ["invalid_transition", "穗建质安改〔2026〕0001号"]
    second = draft(w)
    assert act(w, w.gz, second["id"], "issue").json()["number"] == "穗建质安改〔2026〕0002号"  # no gap


def test_a_stale_draft_cannot_be_issued_after_its_deadline(world: World) -> None:
    w = world
    notice = draft(w, deadline="2026-11-28")
    w.client.app.state.clock = lambda: dt.date(2026, 12, 1)
    late = act(w, w.gz, notice["id"], "issue")
    assert late.status_code == 422 and late.json()["code"] == "deadline_in_past"


def test_only_the_drafting_agency_moves_a_notice(world: World) -> None:
    w = world
    make_user(w.client, "province", Role.PROVINCE_SUPERVISOR, region="440000")
    province = login(w.client, "province", PASSWORD)
    notice = draft(w)
    assert act(w, province, notice["id"], "issue").status_code == 403
    assert act(w, w.admin, notice["id"], "issue").status_code == 200  # the agency admin may step in


def test_bad_numbers_and_codes_are_4xx(world: World) -> None:
    w = world
    assert w.client.get(f"/api/v1/notices/{2**70}", headers=w.gz).status_code == 422
    assert w.client.get("/api/v1/notices", headers=w.gz, params={"page": 10**18}).status_code == 422
    odd = w.client.get("/api/v1/notices/verify", params={"number": "穗建质安改〔2026〕0001号", "code": "核验码核验码"})
    assert odd.status_code == 200 and odd.json()["valid"] is False


def test_enterprise_sees_and_cites_only_its_own_uploads(world: World) -> None:
    w = world
    agency_photo = upload(w, w.gz, tiny_png((10, 10, 200)), kind="inspection_photo").json()
    assert w.client.get(f"/api/v1/documents/{agency_photo['id']}", headers=w.contractor).status_code == 404
    notice = draft(w)
    act(w, w.gz, notice["id"], "issue")
    borrowed = act(w, w.contractor, notice["id"], "submit_feedback", comment="已整改", document_ids=[agency_photo["id"]])
    assert borrowed.status_code == 422 and borrowed.json()["code"] == "unknown_document"


def test_upload_rejections_lose_nothing(db_url: str, tmp_path: Path) -> None:
    settings = Settings(db_url=db_url, data_dir=tmp_path / "data", max_upload_bytes=64 * 1024)
    with TestClient(create_app(settings)) as client:
        make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
        gz = login(client, "gz", PASSWORD)
        project_id = client.post("/api/v1/projects", headers=gz, json=project_body()).json()["id"]

        def send(data: bytes, name: str = "photo.png", pid: int = project_id):  # type: ignore[no-untyped-def]
            return client.post("/api/v1/documents", headers=gz, files={"file": (name, data, "image/png")},
                               data={"project_id": str(pid), "kind": "inspection_photo"})

        good = send(tiny_png(), name="../../etc/passwd")
        assert good.status_code == 201, good.text
        assert good.json()["content_type"] == "image/png"
        stored = list((tmp_path / "data" / "documents").rglob("*"))
        assert [p.name for p in stored if p.is_file()] == [good.json()["sha256"]]  # stored by hash, not by name
        disguised = send(b"#!/bin/sh\nrm -rf /\n" * 10)
        assert disguised.status_code == 415 and disguised.json()["code"] == "unsupported_type"
        big = send(tiny_png() + b"\0" * (64 * 1024))
        assert big.status_code == 413 and big.json()["code"] == "file_too_large"
        assert send(b"").json()["code"] == "empty_file"
        assert send(tiny_png(), pid=999_999).status_code == 404
        content = client.get(f"/api/v1/documents/{good.json()['id']}/content", headers=gz)
        assert content.content == tiny_png()
        with client.app.state.database.read_session() as session:
            assert session.execute(sa.text("SELECT count(*) FROM documents")).scalar() == 1
        make_user(client, "sz", Role.CITY_SUPERVISOR, region="440300")
        sz = login(client, "sz", PASSWORD)
        assert client.get(f"/api/v1/documents/{good.json()['id']}/content", headers=sz).status_code == 404

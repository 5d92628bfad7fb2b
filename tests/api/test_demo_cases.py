"""The demo case history is reproducible, consistent, and live numbering continues after it."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from server.app import create_app, prepare_database
from server.config import Settings
from server.db.engine import Database
from server.demo.cases import generate_case_history
from server.documents.storage import BlobStore
from tests.support.databases import login

TODAY = dt.date(2026, 11, 25)


def _seeded(path: Path) -> tuple[Database, dict[str, int]]:
    database = Database(f"sqlite:///{path}")
    catalog = prepare_database(database, Settings(db_url=database.url, demo_projects=300, demo_seed=3,
                                                  data_dir=path.parent))
    with database.write_session() as session:
        counts = generate_case_history(session, catalog, BlobStore(path.parent / "documents"), findings_total=900,
                                       seed=11, today=TODAY)
        session.commit()
    return database, counts


def _dump(database: Database) -> list[tuple]:
    with database.read_session() as session:
        return session.execute(sa.text(
            "SELECT id, number, status, deadline, verification_code FROM notices ORDER BY id")).all()


def test_history_is_reproducible_and_numbered_without_gaps(tmp_path: Path) -> None:
    first, counts = _seeded(tmp_path / "a.db")
    second, _ = _seeded(tmp_path / "b.db")
    assert counts["findings"] >= 900 and counts["notices"] > 50 and counts["deductions"] > 0
    assert _dump(first) == _dump(second)
    numbers: dict[tuple[str, str], list[int]] = defaultdict(list)
    statuses = set()
    for _, number, status, _, _ in _dump(first):
        statuses.add(status)
        if number:
            prefix, year, seq = re.fullmatch(r"(.+)改〔(\d{4})〕(\d{4})号", number).groups()
            numbers[(prefix, year)].append(int(seq))
    assert statuses == {"draft", "issued", "feedback_submitted", "returned", "closed"}
    for sequence in numbers.values():
        assert sorted(sequence) == list(range(1, len(sequence) + 1))
    with first.read_session() as session:
        stored = dict(((p, str(y)), n) for p, y, n in session.execute(
            sa.text("SELECT prefix, year, last_value FROM notice_sequences")))
    assert stored == {key: len(seq) for key, seq in numbers.items()}
    first.dispose()
    second.dispose()


def test_new_notices_continue_the_demo_numbering(tmp_path: Path) -> None:
    database, _ = _seeded(tmp_path / "c.db")
    with database.read_session() as session:
        issued_before = session.execute(sa.text(
            "SELECT count(*) FROM notices WHERE number LIKE '穗建质安改〔2026〕%'")).scalar_one()
    database.dispose()
    with TestClient(create_app(Settings(db_url=f"sqlite:///{tmp_path / 'c.db'}", data_dir=tmp_path,
                                        demo_mode=True))) as client:
        client.app.state.clock = lambda: TODAY
        gz = login(client, "demo-guangzhou")
        project = client.get("/api/v1/projects", headers=gz, params={"status": "under_construction"}).json()["items"][0]
        draft = client.post("/api/v1/notices", headers=gz, json={
            "project_id": project["id"], "deadline": "2026-12-10",
            "items": [{"description": "塔吊附着杆件锈蚀", "legal_basis": "JGJ 196-2010 第3.4条", "severity": "serious"}]})
        assert draft.status_code == 201, draft.text
        issued = client.post(f"/api/v1/notices/{draft.json()['id']}/issue", headers=gz, json={}).json()
        assert issued["number"] == f"穗建质安改〔2026〕{issued_before + 1:04d}号"
        overdue = client.get("/api/v1/notices", headers=gz, params={"queue": "overdue"}).json()
        assert overdue["total"] > 0 and all(n["city_adcode"] == "440100" for n in overdue["items"])


def test_feedback_is_given_by_the_enterprise_with_evidence(tmp_path: Path) -> None:
    database, _ = _seeded(tmp_path / "d.db")
    with database.read_session() as session:
        feedback = session.execute(sa.text(
            "SELECT e.role, e.document_ids, u.unit_id, n.target_unit_id, n.project_id FROM notice_events e "
            "JOIN users u ON u.id = e.user_id JOIN notices n ON n.id = e.notice_id "
            "WHERE e.action = 'submit_feedback'")).all()
        documents = {d.id: d for d in session.execute(sa.text(
            "SELECT id, kind, project_id, uploaded_by_unit_id, sha256 FROM documents"))}
    database.dispose()
    assert len(feedback) > 50
    for role, document_ids, unit_id, target_unit_id, project_id in feedback:
        assert role in ("enterprise_admin", "enterprise_staff") and unit_id == target_unit_id
        evidence = [documents[i] for i in json.loads(document_ids)]
        assert evidence and all(d.kind == "evidence_photo" and d.project_id == project_id
                                and d.uploaded_by_unit_id == unit_id for d in evidence)
    stored = BlobStore(tmp_path / "documents")
    assert all(stored.get(d.sha256).startswith(b"\xff\xd8") for d in documents.values())

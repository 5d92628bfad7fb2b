"""Checklist templates: shipped as JSON in resources/checklists, loaded once, then edited by admins."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import ChecklistItem, ChecklistTemplateOut, ChecklistTemplateUpdate
from domain.cases import InspectionType
from server.cases.models import ChecklistTemplate
from server.db.base import utcnow
from server.errors import not_found
from server.resources import RESOURCES_DIR
from server.security import audit
from server.security.actor import Actor


def seed_checklists(session: Session) -> int:
    """Insert the shipped templates that are not in the database yet (admins' edits are kept)."""
    existing = set(session.scalars(sa.select(ChecklistTemplate.code)))
    added = 0
    for path in sorted((RESOURCES_DIR / "checklists").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["code"] in existing:
            continue
        items = [ChecklistItem.model_validate(i) for i in data["items"]]
        session.add(ChecklistTemplate(
            code=data["code"], name=data["name"], inspection_type=InspectionType(data["inspection_type"]), version=1,
            items_json=json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False),
            updated_at=utcnow(), updated_by="shipped"))
        added += 1
    session.commit()
    return added


def _out(template: ChecklistTemplate) -> ChecklistTemplateOut:
    return ChecklistTemplateOut(code=template.code, name=template.name, inspection_type=template.inspection_type,
                                version=template.version, items=json.loads(template.items_json))


def list_templates(session: Session) -> list[ChecklistTemplateOut]:
    return [_out(t) for t in session.scalars(sa.select(ChecklistTemplate).order_by(ChecklistTemplate.code))]


def get_template(session: Session, code: str) -> ChecklistTemplate:
    template = session.get(ChecklistTemplate, code)
    if template is None:
        raise not_found("checklist template")
    return template


def template_items(session: Session, code: str) -> dict[str, ChecklistItem]:
    return {i["code"]: ChecklistItem.model_validate(i) for i in json.loads(get_template(session, code).items_json)}


def update_template(session: Session, *, code: str, data: ChecklistTemplateUpdate, actor: Actor) -> ChecklistTemplateOut:
    template = get_template(session, code)
    old_codes = [i["code"] for i in json.loads(template.items_json)]
    template.name = data.name
    template.items_json = json.dumps([i.model_dump(mode="json") for i in data.items], ensure_ascii=False)
    template.version += 1
    template.updated_at = utcnow()
    template.updated_by = actor.username
    audit.record(session, actor, action="checklist.update", entity="checklist_template", entity_id=code,
                 changes={"version": template.version, "items_before": old_codes,
                          "items_after": [i.code for i in data.items]})
    session.commit()
    return _out(template)

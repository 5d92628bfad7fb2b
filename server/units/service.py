"""Participating units: registration with a validated credit code, scoped listing."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import UnitKind
from domain.schemas import UnitCreate
from server.errors import conflict, not_found
from server.projects.models import Project, ProjectUnit
from server.security import audit
from server.security.actor import Actor
from server.security.scopes import DataScope
from server.units.models import Unit


def create_unit(session: Session, *, data: UnitCreate, actor: Actor) -> Unit:
    existing = session.scalar(sa.select(Unit.id).where(Unit.credit_code == data.credit_code))
    if existing is not None:
        raise conflict("duplicate_credit_code", f"a unit with credit code {data.credit_code} is already registered")
    unit = Unit(**data.model_dump())
    session.add(unit)
    session.flush()
    audit.record(session, actor, action="unit.create", entity="unit", entity_id=unit.id,
                 changes=data.model_dump(mode="json"))
    session.commit()
    return unit


def _visible_units(scope: DataScope) -> sa.Select[Unit]:
    """Units on at least one project in scope (an enterprise also always sees itself)."""
    on_scoped_projects = sa.select(ProjectUnit.unit_id).join(Project, Project.id == ProjectUnit.project_id).where(
        Project.in_scope(scope)
    )
    condition: sa.ColumnElement[bool] = Unit.id.in_(on_scoped_projects)
    if scope.unit_id is not None:
        condition = condition | (Unit.id == scope.unit_id)
    return sa.select(Unit).where(condition)


def list_units(session: Session, *, scope: DataScope, q: str | None, kind: UnitKind | None, limit: int) -> list[Unit]:
    query = _visible_units(scope)
    if q:
        query = query.where(Unit.name.contains(q, autoescape=True) | (Unit.credit_code == q.upper()))
    if kind is not None:
        query = query.where(Unit.kind == kind)
    return list(session.scalars(query.order_by(Unit.name).limit(limit)))


def get_unit(session: Session, *, scope: DataScope, unit_id: int) -> Unit:
    unit = session.scalar(_visible_units(scope).where(Unit.id == unit_id))
    if unit is None:
        raise not_found("unit")
    return unit

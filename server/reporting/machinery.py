"""Lifting machinery: equipment records and their operation plans (installation, wall attachment,
jacking, lowering, dismantling), each verified (approved) by a supervisor."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.reporting import SubmissionKind, certificate_state
from domain.reporting_schemas import EquipmentIn, EquipmentOut, OperationIn, OperationOut
from server.deps import Principal
from server.errors import conflict
from server.reporting.models import Equipment, EquipmentOperation, Submission
from server.reporting.queue import (
    add_record,
    record_out,
    records_with_state,
    reporting_project,
    require_reporter,
    scoped_record,
    visible_project,
)


def register_equipment(session: Session, principal: Principal, *, project_id: int,
                       data: EquipmentIn) -> tuple[Equipment, Submission]:
    project = reporting_project(session, principal, project_id)
    if session.scalar(sa.select(Equipment.id).where(Equipment.project_id == project.id,
                                                    Equipment.registration_no == data.registration_no)):
        raise conflict("duplicate_equipment", f"equipment {data.registration_no} is already registered on this project")
    equipment = Equipment(project_id=project.id, **data.model_dump())
    submission = add_record(session, principal, project_id=project.id, kind=SubmissionKind.EQUIPMENT, record=equipment,
                            summary=f"起重机械 {data.equipment_type.value} {data.registration_no}",
                            changes=data.model_dump(mode="json"))
    return equipment, submission


def equipment_out(equipment: Equipment, submission: Submission, today: dt.date) -> EquipmentOut:
    return record_out(EquipmentOut, equipment, submission,
                      certificate_state=certificate_state(equipment.inspection_expires_on, today).value)


def list_equipment(session: Session, principal: Principal, *, project_id: int) -> list[tuple[Equipment, Submission]]:
    project = visible_project(session, principal, project_id)
    return records_with_state(session, principal, Equipment, SubmissionKind.EQUIPMENT,
                              where=[Equipment.project_id == project.id], order_by=[Equipment.id])


def scoped_equipment(session: Session, principal: Principal, equipment_id: int) -> tuple[Equipment, Submission]:
    return scoped_record(session, principal, Equipment, SubmissionKind.EQUIPMENT, equipment_id, "equipment")


def plan_operation(session: Session, principal: Principal, *, equipment_id: int,
                   data: OperationIn) -> tuple[EquipmentOperation, Submission]:
    require_reporter(principal)
    equipment, _ = scoped_equipment(session, principal, equipment_id)
    operation = EquipmentOperation(equipment_id=equipment.id, project_id=equipment.project_id,
                                   operation=data.operation, starts_on=data.starts_on, ends_on=data.ends_on,
                                   crew=[m.model_dump() for m in data.crew], note=data.note)
    submission = add_record(session, principal, project_id=equipment.project_id,
                            kind=SubmissionKind.EQUIPMENT_OPERATION, record=operation,
                            summary=f"{equipment.registration_no} {data.operation.value} {data.starts_on}–{data.ends_on}",
                            changes={"equipment_id": equipment.id, **data.model_dump(mode="json")})
    return operation, submission


def operation_out(operation: EquipmentOperation, submission: Submission) -> OperationOut:
    return record_out(OperationOut, operation, submission)


def list_operations(session: Session, principal: Principal, *,
                    equipment_id: int) -> list[tuple[EquipmentOperation, Submission]]:
    equipment, _ = scoped_equipment(session, principal, equipment_id)
    return records_with_state(session, principal, EquipmentOperation, SubmissionKind.EQUIPMENT_OPERATION,
                              where=[EquipmentOperation.equipment_id == equipment.id],
                              order_by=[EquipmentOperation.starts_on, EquipmentOperation.id])

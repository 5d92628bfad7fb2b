"""Imports every model so that `metadata` is complete (Alembic autogenerate and tests use it)."""

from server.accounts.models import User
from server.cases.models import (
    ChecklistTemplate,
    Finding,
    Inspection,
    Notice,
    NoticeEvent,
    NoticeItem,
    NoticeSequence,
)
from server.credit.models import Deduction, Punishment
from server.db.base import Base
from server.documents.models import Document
from server.projects.models import Personnel, Project, ProjectStatusChange, ProjectUnit
from server.regions.models import Region
from server.security.models import ApiToken, AuditEntry
from server.units.models import Unit

metadata = Base.metadata

__all__ = [
    "Deduction", "Punishment",
    "ApiToken",
    "AuditEntry",
    "ChecklistTemplate",
    "Document",
    "Finding",
    "Inspection",
    "Notice",
    "NoticeEvent",
    "NoticeItem",
    "NoticeSequence",
    "Personnel",
    "Project",
    "ProjectStatusChange",
    "ProjectUnit",
    "Region",
    "Unit",
    "User",
    "metadata",
]

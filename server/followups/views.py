from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from domain.case_schemas import CityFollowUpStats, FollowUpActionIn, FollowUpOut, FollowUpPage
from domain.followups import FollowUpAction, FollowUpSource, FollowUpStatus
from server.deps import CurrentPrincipal, ReadSession, Today, Writer, WriteSession
from server.followups import service
from server.regions.deps import Regions

router = APIRouter(prefix="/follow-ups", tags=["follow-ups"])


@router.get("", response_model=FollowUpPage)
def list_follow_ups(session: ReadSession, principal: CurrentPrincipal, today: Today,
                    status: FollowUpStatus | None = None, source: FollowUpSource | None = None,
                    overdue: bool = False, project_id: int | None = None,
                    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                    page_size: Annotated[int, Query(ge=1, le=200)] = 50) -> FollowUpPage:
    """Warnings being followed up in scope (an enterprise: those assigned to it), newest first."""
    return service.list_follow_ups(session, principal, today=today, status=status,
                                   source=source, overdue_only=overdue, project_id=project_id, page=page, page_size=page_size)


@router.get("/stats", response_model=list[CityFollowUpStats])
def stats(session: ReadSession, principal: CurrentPrincipal, catalog: Regions,
          today: Today) -> list[CityFollowUpStats]:
    """Each city's open and overdue follow-ups."""
    return service.city_stats(session, principal, catalog, today)


@router.get("/{follow_up_id}", response_model=FollowUpOut)
def get_follow_up(follow_up_id: int, session: ReadSession, principal: CurrentPrincipal,
                  today: Today) -> FollowUpOut:
    return service.get(session, principal, follow_up_id, today)


@router.post("/{follow_up_id}/{action}", response_model=FollowUpOut)
def follow_up_action(follow_up_id: int, action: FollowUpAction, data: FollowUpActionIn, session: WriteSession,
                     principal: Writer, today: Today) -> FollowUpOut:
    """urge (supervisor, with a deadline) / answer (enterprise) / close (supervisor)."""
    service.act(session, principal, follow_up_id=follow_up_id, action=action, comment=data.comment,
                deadline=data.deadline, document_ids=data.document_ids, today=today)
    return service.get(session, principal, follow_up_id, today)

"""What the case views share: which side of a case the signed-in user acts for, and the moves the
lifecycle offers that side (the server re-checks everything)."""

from __future__ import annotations

from domain.cases import NOTICE_LIFECYCLE, NoticeAction, NoticeStatus
from domain.enums import Role
from domain.lifecycle import Party
from domain.schemas import UserOut


def party_of(user: UserOut) -> Party | None:
    """The side of the case the user acts for; None for read-only accounts (wall display)."""
    if user.role.is_enterprise:
        return Party.ENTERPRISE
    if user.role.is_supervisor or user.role is Role.SYSTEM_ADMIN:
        return Party.SUPERVISOR
    return None


def allowed_actions(user: UserOut, status: NoticeStatus) -> list[NoticeAction]:
    """The moves the lifecycle offers this user's side from `status` (the server re-checks the agency)."""
    party = party_of(user)
    return [t.action for t in NOTICE_LIFECYCLE.transitions if t.source is status and t.party is party]

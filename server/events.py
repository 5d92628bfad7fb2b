"""Announcements between areas, in the style of Netflix Dispatch's flows: an area announces what happened
(`announce(session, NoticeClosed(...))`) and never calls another area's services for its side effects; the
`flows` module of each interested area subscribes and does its part. So cases need not know that closing a
notice proposes credit deductions and settles follow-ups, and the areas import each other in one direction.

Subscribers run synchronously, in the announcer's session and transaction, in the order they subscribed: a
refusal raised by one (a domain error) rolls the whole change back, exactly as before the split. What they
report (the ids they created, under a name) is merged and returned, so the announcer can record it in its
audit entry. Every process that writes installs the flows first (`server.flows.install`); announcing
before that raises instead of silently skipping other areas' side effects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

E = TypeVar("E")
Consequences = Mapping[str, Any] | None
Handler = Callable[[Session, Any], Consequences]

_subscribers: dict[type, list[Handler]] = {}
_installed = False


def subscribe(kind: type[E], handler: Callable[[Session, E], Consequences]) -> None:
    """Run `handler` for every announced `kind` (subscribing the same handler twice changes nothing)."""
    handlers = _subscribers.setdefault(kind, [])
    if handler not in handlers:
        handlers.append(handler)


def mark_installed() -> None:
    """Called by `server.flows.install` once every flow subscribed."""
    global _installed
    _installed = True


def announce(session: Session, event: object) -> dict[str, Any]:
    """Let the subscribers of `type(event)` act in `session`; their reports, merged."""
    if not _installed:
        raise RuntimeError(f"{type(event).__name__} announced before server.flows.install(): "
                           "the side effects other areas subscribe would be skipped")
    consequences: dict[str, Any] = {}
    for handler in _subscribers.get(type(event), ()):
        consequences.update(handler(session, event) or {})
    return consequences

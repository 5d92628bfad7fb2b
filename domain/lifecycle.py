"""Lifecycles as enums plus an explicit transition table (notices, warning follow-ups, ...).

Every allowed move is one row; anything else is refused with a reason that says what is allowed now.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

S = TypeVar("S", bound=StrEnum)
A = TypeVar("A", bound=StrEnum)


class Party(StrEnum):
    SUPERVISOR = "supervisor"
    ENTERPRISE = "enterprise"


class InvalidTransition(ValueError):
    """The action is not allowed from the current status."""


class WrongParty(InvalidTransition):
    """The action exists from this status, but the other party performs it."""


@dataclass(frozen=True)
class Transition(Generic[S, A]):
    source: S
    action: A
    target: S
    party: Party


class Lifecycle(Generic[S, A]):
    def __init__(self, noun: str, transitions: tuple[Transition[S, A], ...]) -> None:
        self.noun = noun
        self.transitions = transitions

    def next_status(self, current: S, action: A, party: Party) -> S:
        verb = action.value.replace("_", " ")
        for t in self.transitions:
            if t.source is current and t.action is action:
                if t.party is not party:
                    raise WrongParty(f"only the {t.party.value} may {verb} a {self.noun}")
                return t.target
        allowed = [t.action.value for t in self.transitions if t.source is current]
        hint = f"; allowed now: {', '.join(allowed)}" if allowed else f"; the {self.noun} is closed"
        raise InvalidTransition(f"cannot {verb} a {self.noun} that is {current.value}{hint}")

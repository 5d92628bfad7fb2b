"""Every cross-area flow of the server (`server.events`), subscribed once per process by `install`.

Each entry point that writes calls it before serving: the app factory and the HJ 212 worker processes.
Order matters only for which refusal wins when two would refuse; every subscriber runs in the announcer's
transaction either way.
"""

from __future__ import annotations

from server import events
from server.credit import flows as credit
from server.followups import flows as followups
from server.push import flows as push
from server.risk import flows as risk
from server.wall import flows as wall


def install() -> None:
    """Subscribe every area's flows (idempotent)."""
    for area in (risk, credit, followups, push, wall):
        area.subscribe()
    events.mark_installed()

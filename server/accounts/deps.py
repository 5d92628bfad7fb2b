"""The login guard as a dependency: one per app, counting failed logins in memory (`login_guard`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.accounts.login_guard import LoginGuard


def _login_guard(request: Request) -> LoginGuard:
    return request.app.state.login_guard


LoginGuardDep = Annotated[LoginGuard, Depends(_login_guard)]

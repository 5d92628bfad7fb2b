"""A session whose token the server revokes elsewhere ends plainly in the client (issue 12, finding 5): the
push stream's final `revoked` event takes the window back to the login dialog with a message, instead of a
stream that stops or retries a dead token in silence."""

from __future__ import annotations

import requests

from app.error_text import describe_error
from services.api_client import ApiClient
from services.errors import AuthenticationError
from tests.gui.conftest import LOAD_TIMEOUT_MS


def test_a_token_revoked_elsewhere_ends_the_session_with_a_message(qtbot, api: ApiClient, open_session) -> None:
    session = open_session("demo-tianhe")
    stream = session.controller.monitoring.stream
    qtbot.waitUntil(lambda: stream.is_connected, timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(session.controller.sig_session_ended, timeout=LOAD_TIMEOUT_MS) as ended:
        revoked = requests.post(f"{api.base_url}/api/v1/auth/logout", timeout=30,
                                headers={"Authorization": f"Bearer {session.token.access_token}"})
        assert revoked.status_code == 204
    assert ended.args == [describe_error(AuthenticationError(401, "token_revoked", ""))]
    assert not stream.is_running  # stopped for good: no reconnecting with the dead token

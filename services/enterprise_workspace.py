"""The enterprise's workspace, as the server computes it (GET /reporting/workspace): its projects with
their verification state, what falls due this month by the compliance rules (server/reporting/rules.py,
which the supervisor's scan follows too) and what supervisors returned.

One request for up to 500 projects; a larger enterprise takes one request per further 500.
"""

from __future__ import annotations

from collections.abc import Callable

from domain.enterprise_workspace import (
    WORKSPACE_PAGE_SIZE,
    WorkspaceOut,
    WorkspacePage,
    due_order,
    returned_order,
)
from services.reporting_client import ReportingClient


def load_workspace(client: ReportingClient, page_size: int = WORKSPACE_PAGE_SIZE) -> WorkspaceOut:
    """Everything the workspace shows, in one blocking call (run it in the worker)."""
    return join_pages(lambda page: client.workspace(page=page, page_size=page_size))


def join_pages(fetch: Callable[[int], WorkspacePage]) -> WorkspaceOut:
    """Every page of the enterprise's projects (`fetch(page)` for page 1, 2, … until all are in) joined:
    projects by name, due items soonest first, returned submissions latest decision first."""
    pages: list[WorkspacePage] = []
    while True:
        page = fetch(len(pages) + 1)
        pages.append(page)
        if not page.projects or sum(len(p.projects) for p in pages) >= page.total:
            break
    due = [d for p in pages for d in p.due]
    returned = [s for p in pages for s in p.returned]
    if len(pages) > 1:  # each page is ordered; the whole must be too
        due.sort(key=due_order)
        returned.sort(key=returned_order, reverse=True)
    return WorkspaceOut(today=pages[0].today, projects=[s for p in pages for s in p.projects], due=due,
                        returned=returned)

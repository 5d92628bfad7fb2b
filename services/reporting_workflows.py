"""Enterprise reporting workflows that take more than one request: what a material test form offers to
choose from, and a special plan with its expert review. Plain blocking functions (run them in the worker)."""

from __future__ import annotations

from pathlib import Path

from domain.enums import UnitKind
from domain.reporting_schemas import DangerousWorkPlanOut, ExpertReviewIn, MaterialEntryOut
from domain.schemas import UnitOut
from services.reporting_client import ReportingClient
from services.uploads import PDF, check_upload

AGENCIES_LISTED = 200  # registered units looked through for testing agencies


def testing_choices(client: ReportingClient, project_id: int) -> tuple[list[UnitOut], list[MaterialEntryOut]]:
    """The testing agencies to choose from (the project's own first, else every registered one) and the
    project's material entries a test may refer to."""
    project = client.api.project(project_id)
    agencies = [u.unit for u in project.units if u.unit.kind is UnitKind.TESTING]
    if not agencies:
        agencies = [u for u in client.api.units(limit=AGENCIES_LISTED) if u.kind is UnitKind.TESTING]
    return agencies, client.material_entries(project_id)


class ReviewNotRecorded(Exception):
    """The plan was stored but its expert review was refused or lost: retry the review alone."""

    def __init__(self, plan_id: int, work_id: int, error: Exception) -> None:
        super().__init__(f"plan {plan_id} stored, expert review not recorded: {error}")
        self.plan_id = plan_id
        self.work_id = work_id
        self.error = error


def upload_plan(client: ReportingClient, *, work_id: int, title: str, path: Path, review: ExpertReviewIn | None,
                stored_plan_id: int | None = None) -> DangerousWorkPlanOut:
    """The plan (read here, in the worker), then its expert review: two requests, one job, since the review
    needs the plan's id. With `stored_plan_id` the plan is already on the server and only its review is
    sent. A failed review leaves the stored plan to be reviewed by a retry (ReviewNotRecorded)."""
    plan_id = stored_plan_id
    if plan_id is None:
        data = path.read_bytes()
        check_upload(path.name, data, allowed={PDF})
        plan = client.upload_special_plan(work_id, title, path.name, data)
        if review is None:
            return plan
        plan_id = plan.id
    if review is None:
        raise ValueError("a stored plan is sent again only for its expert review")
    try:
        return client.record_expert_review(plan_id, review)
    except Exception as exc:
        raise ReviewNotRecorded(plan_id, work_id, exc) from exc

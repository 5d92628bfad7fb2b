"""What the supervisor-side reporting views load, each in one background job: a page of the
verification queue, and every list of a dossier tab (Quality, Safety, Progress) together, so a tab
fills at once and says once when something failed. Plain functions over `ReportingClient`, no Qt."""

from __future__ import annotations

from collections.abc import Iterable

from domain.reporting import SubmissionKind
from domain.reporting_lists import ProgressLists, QualityLists, SafetyLists
from domain.reporting_schemas import DangerousWorkPlanOut, SubmissionPage
from services.reporting_client import ReportingClient


def queue_page(client: ReportingClient, *, kind: SubmissionKind | None, page: int,
               page_size: int) -> SubmissionPage:
    """A page of the submissions waiting for the caller's verification, oldest first. When the queue
    shrank under the page asked for (decisions taken meanwhile), its last page instead."""
    answer = client.submissions(pending=True, kind=kind, page=max(1, page), page_size=page_size)
    if not answer.items and answer.total and answer.page > 1:
        last = -(-answer.total // answer.page_size)
        answer = client.submissions(pending=True, kind=kind, page=last, page_size=page_size)
    return answer


def quality_lists(client: ReportingClient, project_id: int) -> QualityLists:
    return QualityLists(tests=client.material_tests(project_id), entries=client.material_entries(project_id),
                        acceptances=client.acceptances(project_id))


def plans_by_work(plans: Iterable[DangerousWorkPlanOut]) -> dict[int, list[DangerousWorkPlanOut]]:
    """Special plans grouped by their dangerous work, oldest first (a returned plan stays beside its
    successor)."""
    grouped: dict[int, list[DangerousWorkPlanOut]] = {}
    for plan in sorted(plans, key=lambda p: p.id):
        grouped.setdefault(plan.work_id, []).append(plan)
    return grouped


def safety_lists(client: ReportingClient, project_id: int) -> SafetyLists:
    """The Safety tab's lists; the special plans in one request for the whole project."""
    return SafetyLists(timeline=client.dangerous_works_timeline(project_id), works=client.dangerous_works(project_id),
                       plans=plans_by_work(client.special_plans(project_id)), equipment=client.equipment(project_id),
                       duties=client.safety_duties(project_id), assessments=client.safety_assessments(project_id))


def progress_lists(client: ReportingClient, project_id: int) -> ProgressLists:
    return ProgressLists(reports=client.progress_reports(project_id), facts=client.project_facts(project_id),
                         project=client.api.project(project_id), versions=client.basic_info_versions(project_id))

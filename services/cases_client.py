"""Typed calls of the case-management API: checklists, inspections, rectification notices, documents,
punishments and credit deductions, risk and inspection plans, early-warning follow-ups.

Builds on the generic calls of ``ApiClient``; every method blocks, so views run them in the worker.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from domain.case_schemas import (
    ChecklistTemplateOut,
    CreditScoreOut,
    DeductionDecisionIn,
    DeductionOut,
    DocumentOut,
    FollowUpActionIn,
    FollowUpOut,
    FollowUpPage,
    InspectionCreate,
    InspectionOut,
    InspectionPlanCreate,
    InspectionPlanOut,
    NoticeActionIn,
    NoticeCreate,
    NoticeOut,
    NoticePage,
    NoticeVerification,
    ProjectRiskOut,
    PunishmentCreate,
    PunishmentOut,
)
from domain.cases import DocumentKind, NoticeAction, NoticeStatus
from domain.followups import FollowUpAction, FollowUpSource, FollowUpStatus
from services.api_client import ApiClient, query_params
from services.uploads import check_upload


class NoticeQueue(StrEnum):
    REVIEW = "review"  # feedback waiting for a supervisor
    OVERDUE = "overdue"
    DRAFTS = "drafts"  # the caller's own drafts
    TO_ANSWER = "to_answer"  # waiting for the enterprise



class CasesClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    # --- checklists and inspections -----------------------------------------------------------

    def checklists(self) -> list[ChecklistTemplateOut]:
        return self.api.get_list(ChecklistTemplateOut, "/checklists")

    def create_inspection(self, data: InspectionCreate) -> InspectionOut:
        return self.api.post_model(InspectionOut, "/inspections", json=data.model_dump(mode="json"))

    def project_inspections(self, project_id: int) -> list[InspectionOut]:
        return self.api.get_list(InspectionOut, "/inspections", params={"project_id": int(project_id)})

    def inspection(self, inspection_id: int) -> InspectionOut:
        return self.api.get_model(InspectionOut, f"/inspections/{int(inspection_id)}")

    # --- notices ------------------------------------------------------------------------------

    def draft_notice(self, data: NoticeCreate) -> NoticeOut:
        return self.api.post_model(NoticeOut, "/notices", json=data.model_dump(mode="json"))

    def notices(self, *, queue: NoticeQueue | None = None, status: NoticeStatus | None = None,
                project_id: int | None = None, page: int = 1, page_size: int = 50) -> NoticePage:
        return self.api.get_model(NoticePage, "/notices", params=query_params(
            queue=queue, status=status, project_id=project_id, page=page, page_size=page_size))

    def notice(self, notice_id: int) -> NoticeOut:
        return self.api.get_model(NoticeOut, f"/notices/{int(notice_id)}")

    def act_on_notice(self, notice_id: int, action: NoticeAction, *, comment: str = "",
                      document_ids: list[int] | None = None) -> NoticeOut:
        body = NoticeActionIn(comment=comment, document_ids=document_ids or [])
        return self.api.post_model(NoticeOut, f"/notices/{int(notice_id)}/{NoticeAction(action).value}",
                                   json=body.model_dump(mode="json"))

    def notice_pdf(self, notice_id: int) -> bytes:
        return self.api.get_bytes(f"/notices/{int(notice_id)}/pdf")

    def verify_notice(self, number: str, code: str) -> NoticeVerification:
        return self.api.get_model(NoticeVerification, "/notices/verify", params={"number": number, "code": code})

    # --- documents ----------------------------------------------------------------------------

    def upload_document(self, project_id: int, filename: str, data: bytes,
                        kind: DocumentKind = DocumentKind.OTHER) -> DocumentOut:
        """Checked locally first (type and size), so an obviously wrong file costs no round trip."""
        content_type = check_upload(filename, data)
        return self.api.upload(DocumentOut, "/documents", filename=filename, data=data, content_type=content_type,
                               fields={"project_id": str(int(project_id)), "kind": DocumentKind(kind).value})

    def document(self, document_id: int) -> DocumentOut:
        return self.api.get_model(DocumentOut, f"/documents/{int(document_id)}")

    def document_content(self, document_id: int) -> bytes:
        return self.api.get_bytes(f"/documents/{int(document_id)}/content")

    # --- punishments and credit ---------------------------------------------------------------

    def record_punishment(self, data: PunishmentCreate) -> PunishmentOut:
        return self.api.post_model(PunishmentOut, "/punishments", json=data.model_dump(mode="json"))

    def project_punishments(self, project_id: int) -> list[PunishmentOut]:
        return self.api.get_list(PunishmentOut, "/punishments", params={"project_id": int(project_id)})

    def deductions(self, *, status: str | None = None, project_id: int | None = None,
                   limit: int = 200) -> list[DeductionOut]:
        return self.api.get_list(DeductionOut, "/deductions",
                                 params=query_params(status=status, project_id=project_id, limit=limit))

    def decide_deduction(self, deduction_id: int, *, confirm: bool, comment: str = "") -> DeductionOut:
        body = DeductionDecisionIn(confirm=confirm, comment=comment)
        return self.api.post_model(DeductionOut, f"/deductions/{int(deduction_id)}/decision",
                                   json=body.model_dump(mode="json"))

    def credit_rankings(self, city_adcode: str) -> list[CreditScoreOut]:
        return self.api.get_list(CreditScoreOut, "/credit/rankings", params={"city": city_adcode})

    # --- risk and inspection plans ------------------------------------------------------------

    def risk_ranking(self, *, region: str | None = None, limit: int = 100) -> list[ProjectRiskOut]:
        return self.api.get_list(ProjectRiskOut, "/risk/ranking", params=query_params(region=region, limit=limit))

    def project_risk(self, project_id: int) -> ProjectRiskOut:
        return self.api.get_model(ProjectRiskOut, f"/risk/projects/{int(project_id)}")

    def create_inspection_plan(self, data: InspectionPlanCreate) -> InspectionPlanOut:
        return self.api.post_model(InspectionPlanOut, "/inspection-plans", json=data.model_dump(mode="json"))

    def inspection_plans(self) -> list[InspectionPlanOut]:
        return self.api.get_list(InspectionPlanOut, "/inspection-plans")

    # --- early-warning follow-ups -------------------------------------------------------------

    def follow_ups(self, *, status: FollowUpStatus | None = None, source: FollowUpSource | None = None,
                   overdue: bool = False, project_id: int | None = None, page: int = 1,
                   page_size: int = 50) -> FollowUpPage:
        return self.api.get_model(FollowUpPage, "/follow-ups", params=query_params(
            status=status, source=source, overdue="true" if overdue else None, project_id=project_id,
            page=page, page_size=page_size))

    def follow_up(self, follow_up_id: int) -> FollowUpOut:
        return self.api.get_model(FollowUpOut, f"/follow-ups/{int(follow_up_id)}")

    def act_on_follow_up(self, follow_up_id: int, action: FollowUpAction, *, comment: str = "",
                         deadline: dt.date | None = None, document_ids: list[int] | None = None) -> FollowUpOut:
        body = FollowUpActionIn(comment=comment, deadline=deadline, document_ids=document_ids or [])
        return self.api.post_model(FollowUpOut, f"/follow-ups/{int(follow_up_id)}/{FollowUpAction(action).value}",
                                   json=body.model_dump(mode="json"))

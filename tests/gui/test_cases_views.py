"""The case views and the two lifecycle-detail panes on their own, without a server: they show what they
are given (`show_*`), check what they can before asking, and ask for everything else by signals. The
same views against a real server, through their controllers, are in test_cases.py and
test_reporting_supervisor.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.evidence_flow import bind_evidence, check_files
from domain.case_schemas import (
    ChecklistItem,
    ChecklistTemplateOut,
    DeductionDecisionIn,
    DeductionOut,
    FindingOut,
    FollowUpOut,
    InspectionCreate,
    InspectionOut,
    NoticeEventOut,
    NoticeItemOut,
    NoticeOut,
    NoticePage,
    NoticeSummary,
)
from domain.cases import FindingSeverity, InspectionType, NoticeAction, NoticeStatus
from domain.enums import AccountStatus, Role
from domain.followups import FollowUpAction, FollowUpSource, FollowUpStatus
from domain.reporting import PhotoFlag, SubmissionAction, SubmissionKind, SubmissionStatus
from domain.reporting_schemas import (
    MaterialEntryOut,
    ProgressPhotoOut,
    ProgressReportOut,
    SubmissionContextOut,
    SubmissionEventOut,
    SubmissionOut,
    VerificationOut,
)
from domain.schemas import UserOut
from services.uploads import PHOTO_TYPES, CheckedFile
from tests.support.files import tiny_pdf, tiny_png
from widgets.cases.follow_up_dialog import FollowUpDialog
from widgets.cases.forms import DeductionDecisionDialog, InspectionForm, PunishmentForm
from widgets.cases.notice_detail import NoticeDetail
from widgets.cases.supervision_tab import SupervisionTab
from widgets.cases.work_queue import WorkQueue
from widgets.common.evidence import EvidencePanel
from widgets.reporting.photo_strip import PhotoStrip
from widgets.reporting.submission_detail import SubmissionDetail

AT = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)
SUPERVISOR = UserOut(id=1, username="gz", display_name="广州监督", role=Role.CITY_SUPERVISOR,
                     status=AccountStatus.ACTIVE, region_adcode="440100", unit_id=None)
ENTERPRISE = UserOut(id=2, username="ent", display_name="施工单位", role=Role.ENTERPRISE_ADMIN,
                     status=AccountStatus.ACTIVE, region_adcode=None, unit_id=9)


def notice(status: NoticeStatus = NoticeStatus.ISSUED, documents: tuple[int, ...] = (11, 12)) -> NoticeOut:
    return NoticeOut(
        id=5, number="粤建改〔2026〕0005号", project_id=7, project_name="天河智慧城", city_adcode="440100",
        target_unit_id=9, target_unit_name="广州某建工集团", status=status, deadline=dt.date(2026, 12, 5),
        stop_work=False, issued_at=AT, overdue_days=0, escalation_level=0, agency_name="广东省住建厅",
        verification_code=None, closed_at=None,
        items=[NoticeItemOut(position=1, finding_id=3, description="临边防护缺失", legal_basis="JGJ 59 3.13",
                             severity=FindingSeverity.SERIOUS)],
        events=[NoticeEventOut(at=AT, action=None, from_status=None, to_status=NoticeStatus.DRAFT, username="gz",
                               role="city_supervisor", comment="", document_ids=[]),
                NoticeEventOut(at=AT, action=NoticeAction.ISSUE, from_status=NoticeStatus.DRAFT,
                               to_status=NoticeStatus.ISSUED, username="gz", role="city_supervisor",
                               comment="限期整改", document_ids=list(documents))])


def checked(name: str, data: bytes) -> CheckedFile:
    return CheckedFile(name, data, "image/png")


def test_notice_detail_shows_a_notice_and_asks_for_its_evidence(qtbot) -> None:  # type: ignore[no-untyped-def]
    detail = NoticeDetail(SUPERVISOR, 5)
    qtbot.addWidget(detail)
    assert not detail.action_buttons[NoticeAction.CLOSE].isEnabled()  # busy until the notice arrives
    with qtbot.waitSignal(detail.sig_thumbnails_wanted, timeout=1000) as wanted:
        detail.show_notice(notice())
    assert wanted.args == [[11, 12]]
    assert detail.windowTitle() == "粤建改〔2026〕0005号" and "限期整改" in detail.timeline.toPlainText()
    assert [a for a, b in detail.action_buttons.items() if not b.isHidden()] == []  # issued: the enterprise's turn

    with qtbot.waitSignal(detail.sig_thumbnails_loaded, timeout=1000):
        detail.show_thumbnails({11: tiny_png(), 12: "Not found, or outside your data scope."})
    assert detail.thumbnail_ids == [11]
    assert "doc:11" in detail.timeline.toHtml() and "Document 12 (not accessible)" in detail.timeline.toPlainText()
    with qtbot.waitSignal(detail.sig_thumbnails_loaded, timeout=1000), \
            qtbot.assertNotEmitted(detail.sig_thumbnails_wanted):
        detail.show_notice(notice())  # nothing new to fetch

    with qtbot.waitSignal(detail.sig_pdf_requested, timeout=1000) as asked:
        detail.pdf_button.click()
    assert asked.args == [5] and not detail.pdf_button.isEnabled()
    with qtbot.waitSignal(detail.sig_pdf_shown, timeout=1000) as shown:
        detail.show_pdf(tiny_pdf())
    assert shown.args[0].page_count == 1 and detail.pdf_button.isEnabled()
    shown.args[0].close()


def test_notice_actions_are_checked_before_they_are_asked_for(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    detail = NoticeDetail(ENTERPRISE, 5)
    qtbot.addWidget(detail)
    detail.show_notice(notice())
    feedback = detail.action_buttons[NoticeAction.SUBMIT_FEEDBACK]
    assert not feedback.isHidden() and detail.action_buttons[NoticeAction.CLOSE].isHidden()
    detail.comment_edit.setPlainText("已整改")
    with qtbot.assertNotEmitted(detail.sig_action_requested):
        feedback.click()  # no evidence yet
    assert "evidence" in detail.message_label.text() and feedback.isEnabled()

    with qtbot.waitSignal(detail.evidence.sig_files_added, timeout=1000) as added:
        detail.evidence.add_files([str(tmp_path / "a.png")])  # the panel only collects paths
    assert added.args == [[str(tmp_path / "a.png")]] and detail.evidence.files == []
    detail.evidence.add_checked([checked("a.png", tiny_png())])
    with qtbot.waitSignal(detail.sig_action_requested, timeout=1000) as asked:
        feedback.click()
    assert asked.args == [notice(), NoticeAction.SUBMIT_FEEDBACK, "已整改"] and not feedback.isEnabled()
    detail.show_upload_progress(0, 1)
    assert not detail.evidence.progress.isHidden()
    detail.show_upload_failed("a.png cannot be uploaded: the file is empty.")
    assert detail.evidence.error_label.text() == detail.message_label.text() and feedback.isEnabled()

    with qtbot.waitSignal(detail.sig_notice_changed, timeout=1000) as changed:
        detail.show_acted(NoticeAction.SUBMIT_FEEDBACK, notice(NoticeStatus.FEEDBACK_SUBMITTED))
    assert changed.args == [5] and detail.evidence.files == [] and detail.comment_edit.toPlainText() == ""
    assert detail.message_label.text().startswith("Done:") and detail.action_box.isHidden()

    supervisor = NoticeDetail(SUPERVISOR, 5)
    qtbot.addWidget(supervisor)
    supervisor.show_notice(notice(NoticeStatus.FEEDBACK_SUBMITTED))
    with qtbot.assertNotEmitted(supervisor.sig_action_requested):
        supervisor.action_buttons[NoticeAction.RETURN].click()  # a return needs a comment
    assert "before returning" in supervisor.message_label.text()


def test_the_evidence_picker_is_checked_by_its_controller(qtbot, worker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo, notes, missing = tmp_path / "ok.png", tmp_path / "notes.txt", tmp_path / "gone.jpg"
    photo.write_bytes(tiny_png())
    notes.write_text("已整改", encoding="utf-8")
    accepted, refusals = check_files([str(photo), str(notes), str(missing)])
    assert [f.name for f in accepted] == ["ok.png"] and len(refusals) == 2
    assert "notes.txt cannot be uploaded" in refusals[0] and refusals[1].startswith("gone.jpg cannot be read")
    assert check_files([str(tmp_path / "plan.pdf")], PHOTO_TYPES)[0] == []

    panel = EvidencePanel()
    qtbot.addWidget(panel)
    bind_evidence(worker, panel)
    panel.add_files([str(notes), str(photo)])  # read and checked in the worker
    qtbot.waitUntil(lambda: bool(panel.files), timeout=10_000)
    assert [f.name for f in panel.files] == ["ok.png"] and "notes.txt" in panel.error_label.text()


def submission(status: SubmissionStatus = SubmissionStatus.SUBMITTED, kind: SubmissionKind = SubmissionKind.MATERIAL_ENTRY,
               submission_id: int = 21) -> SubmissionOut:
    return SubmissionOut(id=submission_id, project_id=7, project_name="天河智慧城", kind=kind, record_id=4,
                         status=status, verified=status is SubmissionStatus.VERIFIED, summary="钢筋进场 B-1",
                         submitted_by_unit_id=9, submitted_by_unit_name="广州某建工集团", submitted_at=AT,
                         decided_at=None, comment="",
                         events=[SubmissionEventOut(at=AT, action=None, to_status=SubmissionStatus.SUBMITTED,
                                                    username="ent", role="enterprise_admin", comment="")])


def entry_context(submission_id: int = 21) -> SubmissionContextOut:
    state = VerificationOut(submission_id=submission_id, status=SubmissionStatus.SUBMITTED, verified=False, comment="",
                            submitted_at=AT, decided_at=None)
    record = MaterialEntryOut(id=4, project_id=7, material="热轧带肋钢筋", specification="HRB400E Φ25", batch_no="B-1",
                              quantity=42.5, unit="t", supplier="广州某钢材有限公司", certificate_nos=["ZB-1"],
                              entered_on=dt.date(2026, 11, 3), verification=state)
    return SubmissionContextOut(submission=submission(submission_id=submission_id), record=record)


def test_submission_detail_shows_a_context_and_asks_for_decisions(qtbot) -> None:  # type: ignore[no-untyped-def]
    detail = SubmissionDetail()
    qtbot.addWidget(detail)
    assert detail.action_box.isHidden() and detail.title_label.text() == "Select a submission to check it."
    with qtbot.waitSignal(detail.sig_submission_requested, timeout=1000) as asked:
        detail.request_submission(21)
    assert asked.args == [21] and not detail.verify_button.isEnabled()
    context = entry_context()
    with qtbot.waitSignal(detail.sig_loaded, timeout=1000):
        detail.show_context(context)
    assert {r.name: r.proposed for r in detail.proposal.rows}["Batch no."] == "B-1"
    assert "Unverified" in detail.status_badge.text() and "ent" in detail.history.toPlainText()
    assert not detail.action_box.isHidden() and detail.verify_button.isEnabled()

    with qtbot.assertNotEmitted(detail.sig_action_requested):
        detail.return_button.click()
    assert "before returning" in detail.message_label.text()
    with qtbot.waitSignal(detail.sig_action_requested, timeout=1000) as acted:
        detail.verify_button.click()
    assert acted.args == [context, SubmissionAction.VERIFY, ""]
    with qtbot.waitSignal(detail.sig_submission_changed, timeout=1000) as changed:
        detail.show_decided(context, SubmissionAction.VERIFY, submission(SubmissionStatus.VERIFIED))
    assert changed.args == [21, 7] and detail.action_box.isHidden() and detail.message_label.text().startswith("Verified")

    other = entry_context(22)  # the pane moved on: a late failure of 21 goes to the status bar only
    detail.show_context(other)
    with qtbot.waitSignal(detail.sig_error, timeout=1000) as error:
        detail.show_action_failed(context, "This submission has already been decided")
    assert error.args == ["This submission has already been decided"] and detail.submission.id == 22

    photos = [ProgressPhotoOut(id=i, month="2026-11", caption=f"照片{i}", original_name=f"{i}.jpg",
                               content_type="image/jpeg", size=10, taken_at=None, lon=None, lat=None, distance_km=None,
                               flags=[PhotoFlag.NO_TIME] if i == 2 else [], uploaded_at=AT) for i in (1, 2)]
    report = ProgressReportOut(id=4, project_id=7, month="2026-11", photos=photos, flagged=1,
                               verification=entry_context().record.verification)  # type: ignore[union-attr]
    with qtbot.waitSignal(detail.photos.sig_thumbnails_wanted, timeout=1000) as wanted:
        detail.show_context(SubmissionContextOut(submission=submission(kind=SubmissionKind.PROGRESS), record=report))
    assert wanted.args == [[1, 2]] and not detail.photos.isHidden() and detail.photos.flagged_ids() == [2]


def test_the_photo_strip_reports_failed_thumbnails_once_and_asks_for_a_photo(qtbot) -> None:  # type: ignore[no-untyped-def]
    photos = [ProgressPhotoOut.model_construct(id=i, caption=f"照片{i}", original_name=f"{i}.jpg", taken_at=None,
                                               distance_km=None, flags=[]) for i in (1, 2, 3)]
    strip = PhotoStrip()
    qtbot.addWidget(strip)
    with qtbot.waitSignal(strip.sig_thumbnails_wanted, timeout=1000) as wanted:
        strip.set_photos(photos)
    assert wanted.args == [[1, 2, 3]]
    with qtbot.waitSignal(strip.sig_error, timeout=1000) as error:
        strip.show_thumbnails({1: b"not an image", 2: "Not found, or outside your data scope.", 3: tiny_png()})
    assert error.args == ["2 of 3 thumbnails could not be loaded: the data is not an image"]
    assert set(strip.thumbnails) == {3}
    with qtbot.waitSignal(strip.sig_photo_open_requested, timeout=1000) as opened:
        strip.itemDoubleClicked.emit(strip.item(2))
    assert opened.args == [3, "照片3"]


def summary(notice_id: int, overdue: int = 0) -> NoticeSummary:
    return NoticeSummary(id=notice_id, number=f"N-{notice_id}", project_id=7, project_name="天河智慧城",
                         city_adcode="440100", target_unit_id=9, target_unit_name="广州某建工集团",
                         status=NoticeStatus.ISSUED, deadline=dt.date(2026, 12, 5), stop_work=False, issued_at=AT,
                         overdue_days=overdue, escalation_level=1 if overdue else 0)


def test_the_work_queue_asks_for_pages_and_shows_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    queue = WorkQueue(SUPERVISOR)
    qtbot.addWidget(queue)
    asked: list[tuple[str, int]] = []
    queue.sig_page_requested.connect(lambda key, page: asked.append((key, page)))
    queue.refresh()
    assert asked == [(s.key, 1) for s in queue.specs]
    with qtbot.waitSignal(queue.sig_queue_loaded, timeout=1000):
        queue.show_page("overdue", NoticePage(total=2, page=1, page_size=50, items=[summary(1, 3), summary(2, 1)]))
    assert queue.total("overdue") == 2 and queue.tabs.tabText(1) == "Overdue notices (2)"
    asked.clear()
    queue.show_page("overdue", NoticePage(total=2, page=3, page_size=50, items=[]))  # shrank under us
    assert asked == [("overdue", 1)]
    queue.select_queue("overdue")
    with qtbot.waitSignal(queue.sig_notice_open_requested, timeout=1000) as opened:
        queue.open_row(1)
    assert opened.args == [2]


def test_case_forms_check_their_fields_and_hand_over_the_payload(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = InspectionForm(7, "天河智慧城")
    qtbot.addWidget(form)
    assert form.message_label.text() == "Loading checklists…"
    form.set_templates([ChecklistTemplateOut(code="JGJ59-SAFETY", name="JGJ 59", inspection_type=InspectionType.SAFETY,
                                             version=1, items=[ChecklistItem(code="S-05", title="临边防护")])])
    form.items_list.item(0).setSelected(True)
    form.add_selected_items()
    with qtbot.assertNotEmitted(form.sig_form_submitted):
        assert not form.submit()
    assert "inspector" in form.field_error("inspectors")
    form.inspectors_edit.setText("林志明、黄安")
    with qtbot.waitSignal(form.sig_form_submitted, timeout=1000) as sent:
        assert form.submit()
    payload = sent.args[0]
    assert isinstance(payload, InspectionCreate) and payload.inspectors == ["林志明", "黄安"]
    assert [f.checklist_item_code for f in payload.findings] == ["S-05"] and form.sending
    form.show_refusal("", "The server refused (HTTP 422): unknown checklist item")
    assert not form.sending  # stays open and can be sent again
    assert "unknown checklist item" in form.message_label.text() and form.buttons.isEnabled()

    punishment = PunishmentForm(7, [(9, "广州某建工集团")], [summary(1)])
    qtbot.addWidget(punishment)
    assert not punishment.submit()
    assert all(punishment.field_error(k) for k in ("decision_no", "legal_basis", "target_unit_id"))

    deduction = DeductionOut.model_construct(id=3, points=2.0, item_code="C-06", unit_name="广州某建工集团",
                                             personnel_name=None, reason="未按期整改", basis="粤建规〔2025〕1号")
    decision = DeductionDecisionDialog(deduction)
    qtbot.addWidget(decision)
    with qtbot.assertNotEmitted(decision.sig_form_submitted):
        decision.reject_button.click()
    assert "why" in decision.field_error("comment")
    decision.comment_edit.setPlainText("证据不足")
    with qtbot.waitSignal(decision.sig_form_submitted, timeout=1000) as decided:
        decision.reject_button.click()
    assert decided.args == [DeductionDecisionIn(confirm=False, comment="证据不足")]


def test_the_supervision_tab_counts_what_arrived_and_asks_for_forms(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = SupervisionTab(SUPERVISOR, 7, "天河智慧城", [(9, "广州某建工集团")])
    qtbot.addWidget(tab)
    tab.begin_loading()
    with qtbot.assertNotEmitted(tab.sig_draft_form_requested):
        tab.draft_button.click()
    assert "inspection with findings" in tab.error_label.text()
    finding = FindingOut(id=3, checklist_item_code=None, description="塔吊附着松动", severity=FindingSeverity.MAJOR,
                         lon=None, lat=None, photo_document_ids=[], found_on=dt.date(2026, 11, 24))
    inspection = InspectionOut(id=8, project_id=7, project_name="天河智慧城", inspection_type=InspectionType.SAFETY,
                               inspected_on=dt.date(2026, 11, 24), inspectors=["林志明"], summary="", template_code=None,
                               findings=[finding])
    tab.begin_loading()
    with qtbot.waitSignal(tab.sig_loaded, timeout=1000):
        tab.show_failure("risk", "Cannot reach the server")
        for key in ("inspections", "notices", "punishments", "deductions", "follow_ups"):
            tab.show_rows(key, [inspection] if key == "inspections" else [])
    assert tab.lists.tabText(0) == "Inspections (1)" and tab.error_label.text() == "Cannot reach the server"
    with qtbot.waitSignal(tab.sig_draft_form_requested, timeout=1000) as asked:
        tab.draft_button.click()
    assert asked.args == [inspection]
    with qtbot.waitSignal(tab.sig_inspection_form_requested, timeout=1000):
        tab.new_inspection_button.click()


def test_a_follow_up_asks_for_its_next_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    follow_up = FollowUpOut(id=4, project_id=7, project_name="天河智慧城", city_adcode="440100",
                            source=FollowUpSource.QUALITY_TEST_FAILED, source_ref="12", title="混凝土强度不合格",
                            detail="C30 实测 27.4 MPa", status=FollowUpStatus.OPEN, assigned_unit_id=9,
                            assigned_unit_name="广州某建工集团", deadline=None, overdue_days=0, escalation_level=0,
                            created_at=AT)
    dialog = FollowUpDialog(ENTERPRISE, follow_up)
    qtbot.addWidget(dialog)
    assert not dialog.buttons[FollowUpAction.ANSWER].isHidden() and dialog.buttons[FollowUpAction.URGE].isHidden()
    with qtbot.assertNotEmitted(dialog.sig_action_requested):
        dialog.buttons[FollowUpAction.ANSWER].click()
    assert "what was done" in dialog.message_label.text()
    dialog.comment_edit.setPlainText("已回弹检测复核")
    with qtbot.waitSignal(dialog.sig_action_requested, timeout=1000) as asked:
        dialog.buttons[FollowUpAction.ANSWER].click()
    assert asked.args == [follow_up, FollowUpAction.ANSWER, "已回弹检测复核", None]
    assert not dialog.buttons[FollowUpAction.ANSWER].isEnabled()
    answered = follow_up.model_copy(update={"status": FollowUpStatus.ANSWERED})
    with qtbot.waitSignal(dialog.sig_follow_up_changed, timeout=1000):
        dialog.show_acted(answered)
    assert dialog.buttons[FollowUpAction.ANSWER].isHidden() and dialog.comment_edit.toPlainText() == ""

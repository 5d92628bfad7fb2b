"""The supervisor-side reporting views on their own, without a server: they show what they are given
(`show_*`) and ask for everything else by signals. The same views against a real server, through their
controllers, are in test_reporting_supervisor.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import ProjectStatus
from domain.reporting import (
    EquipmentType,
    OperationType,
    PhotoFlag,
    SubmissionKind,
    SubmissionStatus,
    TestItem,
)
from domain.reporting_lists import ProgressLists, QualityLists, SafetyLists
from domain.reporting_schemas import (
    DangerousWorkOut,
    DangerousWorkPlanOut,
    EquipmentOut,
    MaterialTestOut,
    MonthlyReviewIn,
    MonthlyReviewOut,
    OperationOut,
    PendingFact,
    ProgressPhotoOut,
    ProgressReportOut,
    ProjectFactsOut,
    ReviewItem,
    SubmissionOut,
    SubmissionPage,
    TimelineEntry,
    VerificationOut,
)
from domain.schemas import ProjectDetail, StatusChange
from widgets.reporting.common import ALERT_BACKGROUND
from widgets.reporting.monthly_review import MonthlyReviewDialog, ReviewRecord
from widgets.reporting.progress_tab import ProgressTab
from widgets.reporting.quality_tab import QualityTab
from widgets.reporting.safety_tab import SafetyTab
from widgets.reporting.submission_detail import SubmissionDetail
from widgets.reporting.verification_queue import VerificationQueue

AT = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 25)


def state(submission_id: int, status: SubmissionStatus = SubmissionStatus.SUBMITTED, comment: str = "") -> VerificationOut:
    return VerificationOut(submission_id=submission_id, status=status, verified=status is SubmissionStatus.VERIFIED,
                           comment=comment, submitted_at=AT, decided_at=None)


def material_test(test_id: int, result: float, verification: VerificationOut) -> MaterialTestOut:
    return MaterialTestOut(id=test_id, project_id=7, entry_id=None, sample_no=f"C-{test_id}",
                           test_item=TestItem.CONCRETE_STRENGTH, testing_unit_id=3, sampled_on=dt.date(2026, 10, 20),
                           tested_on=dt.date(2026, 11, 17), report_no=f"JC-{test_id}", design_value="C30",
                           result_value=result, result_text="", passed=result >= 30, verification=verification)


def test_a_dossier_tab_shows_its_lists_and_asks_to_open_what_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = QualityTab(7)
    qtbot.addWidget(tab)
    passed, failed = material_test(1, 34.2, state(11, SubmissionStatus.VERIFIED)), material_test(2, 27.4, state(12))
    with qtbot.waitSignal(tab.sig_loaded, timeout=1000):
        tab.show_lists(QualityLists(tests=[passed, failed], entries=[], acceptances=[]))
    model = tab.models["tests"]
    assert tab.lists.tabText(0) == "Material tests (2) · 1 unverified" and tab.lists.tabText(1) == "Material entries (0)"
    assert tab.failed_tests() == [failed] and model.index(1, 2).data() == "Failed"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND

    with qtbot.waitSignal(tab.sig_submission_open_requested, timeout=1000) as opened:
        tab.tables["tests"].doubleClicked.emit(model.index(1, 0))  # waiting for verification: open it
    assert opened.args == [12]
    with qtbot.assertNotEmitted(tab.sig_submission_open_requested):
        tab.tables["tests"].doubleClicked.emit(model.index(0, 0))  # verified: nothing to decide

    with qtbot.waitSignal(tab.sig_loaded, timeout=1000):
        tab.show_load_failed("Cannot reach the server.")
    assert tab.error_label.text() == "Cannot reach the server." and not tab.error_label.isHidden()
    assert len(model.rows) == 2  # what was shown stays
    tab.show_lists(QualityLists(tests=[passed], entries=[], acceptances=[]))
    assert tab.error_label.isHidden() and tab.lists.tabText(0) == "Material tests (1)"


def test_the_safety_tab_reads_plans_by_work_and_asks_for_a_machines_operations(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = SafetyTab(7)
    qtbot.addWidget(tab)
    work = DangerousWorkOut(id=5, project_id=7, name="3#楼深基坑", work_type=DangerousWorkType.FOUNDATION_PIT,
                            parameters={"depth_m": 6.5}, level=DangerLevel.BEYOND_SCALE, reasons=["开挖深度 6.5 m ≥ 5 m"],
                            needs_expert_review=True, location="3#楼", planned_start=dt.date(2026, 11, 1),
                            planned_end=dt.date(2027, 2, 28), actual_start=None, actual_end=None, plan_approved=True,
                            verification=state(21, SubmissionStatus.VERIFIED))
    plans = [DangerousWorkPlanOut(id=pid, work_id=5, title=title, content_type="application/pdf", size=1000,
                                  uploaded_at=AT, expert_reviewed_on=reviewed, expert_names=experts,
                                  expert_conclusion=conclusion, expert_comment="", verification=verification)
             for pid, title, reviewed, experts, conclusion, verification in (
                 (31, "初版方案", None, None, None, state(41, SubmissionStatus.RETURNED, "缺少监测方案")),
                 (32, "修订方案", dt.date(2026, 11, 10), ["王一", "李二", "张三", "赵四", "钱五"], "pass_with_changes",
                  state(42, SubmissionStatus.VERIFIED)))]
    crane = EquipmentOut(id=9, project_id=7, equipment_type=EquipmentType.TOWER_CRANE, model="QTZ80(TC6010)",
                         registration_no="粤AT-T000123", rated_capacity_kn=80, manufacturer="某机械有限公司",
                         inspection_cert_no="JY-2026-001", inspection_expires_on=dt.date(2026, 11, 30),
                         certificate_state="expiring", verification=state(51))
    entry = TimelineEntry(work_id=5, name=work.name, work_type=work.work_type, level=work.level,
                          planned_start=work.planned_start, planned_end=work.planned_end, actual_start=None,
                          actual_end=None, plan_status=SubmissionStatus.VERIFIED, in_progress=False, verified=True)
    with qtbot.waitSignal(tab.sig_loaded, timeout=1000):
        tab.show_lists(SafetyLists(timeline=[entry], works=[work], plans={5: plans}, equipment=[crane], duties=[],
                                   assessments=[]))
    assert [r.entry.work_id for r in tab.timeline.rows] == [5]
    assert tab.plan_text(work) == "《修订方案》 approved"  # the approved plan, not the latest returned one
    assert tab.expert_text(work) == "2026-11-10: passed with changes (5 experts)"

    with qtbot.waitSignal(tab.sig_operations_wanted, timeout=1000) as wanted:
        tab.tables["equipment"].selectRow(0)
    assert wanted.args == [9] and "粤AT-T000123" in tab.operations_label.text()
    operation = OperationOut(id=61, equipment_id=9, project_id=7, operation=OperationType.JACKING,
                             starts_on=dt.date(2026, 11, 26), ends_on=dt.date(2026, 11, 27),
                             crew=[{"name": "李师傅", "role": "安装拆卸工", "certificate_no": "建安C-0001"}],
                             verification=state(62))
    tab.show_operations([operation])
    assert tab.models["operations"].rows == [operation]
    tab.show_error("The operation plans could not be loaded.")
    assert not tab.error_label.isHidden()


def review(month: str, *, reviewed: bool = False) -> MonthlyReviewOut:
    return MonthlyReviewOut(project_id=5, month=month, reviewed=reviewed, comment="已核查" if reviewed else "",
                            reviewer_name="demo-shenzhen" if reviewed else None, reviewed_at=AT if reviewed else None,
                            items=[ReviewItem(code="progress", label="形象进度", ok=True, detail="12 photos"),
                                   ReviewItem(code="pending", label="待核验", ok=False, detail="2 waiting")])


def test_the_monthly_review_asks_for_months_and_sends_its_remark(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MonthlyReviewDialog(5, "深圳某项目", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.month == "2026-10" and not dialog.record_button.isEnabled()  # until its checklist is shown
    with qtbot.waitSignal(dialog.sig_month_chosen, timeout=1000) as chosen:
        dialog.month_combo.setCurrentIndex(dialog.month_combo.findData("2026-09"))
    assert chosen.args == ["2026-09"]
    dialog.show_review(review("2026-10"))  # the answer for the month chosen before: dropped
    assert dialog.review is None
    with qtbot.waitSignal(dialog.sig_review_loaded, timeout=1000):
        dialog.show_review(review("2026-09"))
    assert dialog.record_button.isEnabled() and dialog.model.index(1, 1).data() == "Needs attention"
    assert "1 item(s) need attention" in dialog.state_label.text()

    dialog.comment_edit.setPlainText("x" * 4001)
    with qtbot.assertNotEmitted(dialog.sig_form_submitted):
        assert not dialog.submit()
    assert dialog.field_error("comment")  # too long: said under the remark, nothing sent
    dialog.comment_edit.setPlainText(" 安全员带班记录不全 ")
    with qtbot.waitSignal(dialog.sig_form_submitted, timeout=1000) as submitted:
        dialog.record_button.click()
    assert submitted.args == [ReviewRecord("2026-09", MonthlyReviewIn(comment="安全员带班记录不全"))]
    assert dialog.sending and not dialog.buttons.button(QDialogButtonBox.StandardButton.Close).isEnabled()

    dialog.show_refusal("", "The monthly review of this project and month is already recorded.")
    assert "already recorded" in dialog.message_label.text() and dialog.record_button.isEnabled()
    assert dialog.submit()
    with qtbot.waitSignal(dialog.sig_review_recorded, timeout=1000) as recorded:
        dialog.show_sent(review("2026-09", reviewed=True))
    assert recorded.args == [5, "2026-09"]
    assert dialog.isVisible() and not dialog.record_button.isEnabled() and dialog.comment_edit.isHidden()
    assert dialog.message_label.text() == "Review of 2026-09 recorded." and "已核查" in dialog.state_label.text()


def submission(submission_id: int, status: SubmissionStatus = SubmissionStatus.SUBMITTED) -> SubmissionOut:
    return SubmissionOut(id=submission_id, project_id=7, project_name="深圳某项目", kind=SubmissionKind.MATERIAL_ENTRY,
                         record_id=submission_id * 10, status=status, verified=False, summary=f"进场材料 {submission_id}",
                         submitted_by_unit_id=3, submitted_by_unit_name="深圳某建工集团", submitted_at=AT,
                         decided_at=None, comment="")


def test_the_queue_asks_for_pages_and_submissions(qtbot) -> None:  # type: ignore[no-untyped-def]
    queue = VerificationQueue(SubmissionDetail())
    qtbot.addWidget(queue)
    with qtbot.waitSignal(queue.sig_page_requested, timeout=1000) as asked:
        queue.set_kind(SubmissionKind.MATERIAL_ENTRY)
    assert asked.args == [SubmissionKind.MATERIAL_ENTRY, 1]
    first, second = submission(1), submission(2, SubmissionStatus.RESUBMITTED)
    with qtbot.waitSignal(queue.sig_queue_loaded, timeout=1000) as loaded:
        queue.show_page(SubmissionPage(total=52, page=2, page_size=50, items=[first, second]))
    assert loaded.args == [52] and queue.page == 2 and queue.model.rows == [first, second]
    assert queue.model.index(1, 5).data() == "Resubmitted after a return"
    assert "52 submissions waiting" in queue.summary_label.text()

    with qtbot.waitSignal(queue.sig_submission_selected, timeout=1000) as selected:
        assert queue.select_submission(2)
    assert selected.args == [2]
    with qtbot.waitSignal(queue.sig_submission_selected, timeout=1000) as elsewhere:
        queue.open_submission(99)  # not on this page (a dossier row): the detail shows it all the same
    assert elsewhere.args == [99] and not queue.table.selectionModel().selectedRows()
    with qtbot.waitSignal(queue.sig_page_requested, timeout=1000) as again:
        queue.refresh_button.click()
    assert again.args == [SubmissionKind.MATERIAL_ENTRY, 2]
    queue.select_submission(1)
    with qtbot.waitSignal(queue.sig_project_open_requested, timeout=1000) as opened:
        queue.table.doubleClicked.emit(queue.model.index(0, 0))
    assert opened.args == [7]

    queue.show_error("Cannot reach the server.")
    assert not queue.error_label.isHidden() and queue.model.rows == [first, second]


def test_the_progress_tab_shows_reports_facts_and_history(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = ProgressTab(7)
    qtbot.addWidget(tab)
    photo = ProgressPhotoOut(id=71, month="2026-10", caption="主体结构", original_name="p.jpg", content_type="image/jpeg",
                             size=1000, taken_at=None, lon=None, lat=None, distance_km=None,
                             flags=[PhotoFlag.NO_TIME], uploaded_at=AT)
    report = ProgressReportOut(id=8, project_id=7, month="2026-10", photos=[photo], flagged=1, verification=state(81))
    waiting = PendingFact(kind=SubmissionKind.STATUS, submission_id=82, status=SubmissionStatus.SUBMITTED,
                          proposed={"action": "suspend", "effective_on": "2026-11-20", "reason": "台风停工"})
    facts = ProjectFactsOut(project_id=7, name="深圳某项目", permit_no=None, lon=114.05, lat=22.54,
                            status=ProjectStatus.UNDER_CONSTRUCTION, actual_start=None, actual_end=None,
                            verified_version=None, pending=[waiting])
    project = ProjectDetail.model_construct(status_history=[StatusChange(
        status=ProjectStatus.UNDER_CONSTRUCTION, changed_at=AT, changed_by="demo-shenzhen")])
    with qtbot.waitSignals([tab.sig_loaded, tab.photos.sig_thumbnails_wanted], timeout=1000):
        tab.show_lists(ProgressLists(reports=[report], facts=facts, project=project, versions=[]))
    assert [r.verified for r in tab.models["status"].rows] == [False, True]  # the waiting report on top
    assert tab.models["pending"].rows == [waiting] and "1 proposal(s) waiting" in tab.facts_label.text()
    with qtbot.waitSignal(tab.photos.sig_photo_open_requested, timeout=1000) as wanted:
        tab.photos.itemDoubleClicked.emit(tab.photos.item(0))
    assert wanted.args[0] == 71
    tab.photos.show_thumbnails({71: "Not found, or outside your data scope."})
    assert "1 of 1 thumbnails could not be loaded" in tab.error_label.text()

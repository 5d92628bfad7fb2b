"""Supervisor verification in the client against a real server process: enterprise submissions made
through the API reach the queue of the project's city supervisor, are returned (a comment is required,
checked before anything is sent) or verified through the widgets, the server's refusals read as
sentences; the dossier's Safety tab draws the registered dangerous works on its timeline, the Quality tab
highlights failed tests, the monthly review is recorded, and the main window wires it all."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from app.error_text import describe_error as describe_reporting_error
from app.monthly_review_controller import MonthlyReviewController
from app.reporting_tabs_controller import ReportingTabsController
from app.thumbnail_flow import bind_photo_strip
from app.verification_queue_controller import VerificationQueueController
from app.worker import Worker
from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import ProjectStatus
from domain.reporting import (
    PhotoFlag,
    SubmissionAction,
    SubmissionKind,
    SubmissionStatus,
    TestItem,
    previous_month,
)
from domain.reporting_schemas import (
    DangerousWorkIn,
    MaterialEntryIn,
    MaterialTestIn,
    MonthlyReviewIn,
    ProgressPhotoOut,
    SafetyAssessmentIn,
    SubmissionOut,
)
from domain.schemas import ProjectQuery, ProjectSummary
from services.api_client import ApiClient
from services.errors import ApiError
from services.reporting_client import ReportingClient
from tests.gui.conftest import DEMO_PASSWORD, LOAD_TIMEOUT_MS
from tests.support.files import tiny_pdf
from tests.support.server_process import ServerProcess
from widgets.reporting.common import ALERT_BACKGROUND
from widgets.reporting.monthly_review import MonthlyReviewDialog
from widgets.reporting.photo_strip import PhotoStrip
from widgets.reporting.verification_queue import VerificationQueue

ENTERPRISE = "demo-enterprise"
CITY_SUPERVISOR = "demo-shenzhen"  # the enterprise has projects in Shenzhen (440300)
OTHER_CITY = "demo-guangzhou"


def _client(server: ServerProcess, username: str) -> ReportingClient:
    api = ApiClient(server.url)
    api.login(username, DEMO_PASSWORD)
    return ReportingClient(api)


@pytest.fixture(scope="module")
def enterprise(server: ServerProcess) -> ReportingClient:
    return _client(server, ENTERPRISE)


@pytest.fixture(scope="module")
def supervisor(server: ServerProcess) -> ReportingClient:
    return _client(server, CITY_SUPERVISOR)


@pytest.fixture(scope="module")
def shenzhen_project(enterprise: ReportingClient) -> ProjectSummary:
    """One of the enterprise's projects under construction in Shenzhen."""
    page = enterprise.api.list_projects(ProjectQuery(region="440300", status=[ProjectStatus.UNDER_CONSTRUCTION],
                                                     page_size=100))
    return page.items[0]


def _material_entry(enterprise: ReportingClient, project_id: int, batch: str) -> SubmissionOut:
    entry = enterprise.record_material_entry(project_id, MaterialEntryIn(
        material="热轧带肋钢筋", specification="HRB400E Φ25", batch_no=batch, quantity=42.5, unit="t",
        supplier="深圳某钢材有限公司", certificate_nos=["ZB-2026-88921"], entered_on=dt.date(2026, 11, 3)))
    return enterprise.submission(entry.verification.submission_id)


def _queue(qtbot, client: ReportingClient, worker: Worker, kind: SubmissionKind) -> VerificationQueue:  # type: ignore[no-untyped-def]
    controller = VerificationQueueController(client, worker)
    queue = controller.queue
    qtbot.addWidget(queue)
    queue.set_kind(kind)  # asks for the kind's first page: superseded by the refresh
    with qtbot.waitSignal(queue.sig_queue_loaded, timeout=LOAD_TIMEOUT_MS):
        controller.refresh()
    return queue


def _reporting_tabs(qtbot, client: ReportingClient, worker: Worker, project_id: int) -> ReportingTabsController:  # type: ignore[no-untyped-def]
    """The three dossier tabs of a project, loaded through their controller."""
    controller = ReportingTabsController(client, worker, project_id)
    for tab in controller.tabs:
        qtbot.addWidget(tab)
    with qtbot.waitSignals([tab.sig_loaded for tab in controller.tabs], timeout=LOAD_TIMEOUT_MS):
        controller.load()
    return controller


def _select(qtbot, queue: VerificationQueue, submission_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(queue.detail.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        assert queue.select_submission(submission_id)


def test_return_and_verify_through_the_queue(qtbot, worker: Worker, enterprise: ReportingClient,
                                             supervisor: ReportingClient, server: ServerProcess,
                                             shenzhen_project: ProjectSummary) -> None:
    pid = shenzhen_project.id
    batch = f"B-{uuid.uuid4().hex[:8]}"
    to_return = _material_entry(enterprise, pid, batch)
    assessment = enterprise.record_safety_assessment(pid, SafetyAssessmentIn(
        assessed_on=dt.date(2026, 11, 15), score=78.5, assessor="深圳市建设工程安全监督站"))
    to_verify = assessment.verification.submission_id
    assert to_return.status is SubmissionStatus.SUBMITTED
    other_city = _client(server, OTHER_CITY)
    assert to_return.id not in [s.id for s in other_city.submissions(pending=True, page_size=200).items]

    queue = _queue(qtbot, supervisor, worker, SubmissionKind.MATERIAL_ENTRY)
    assert to_return.id in [s.id for s in queue.model.rows]
    assert {s.kind for s in queue.model.rows} == {SubmissionKind.MATERIAL_ENTRY}
    assert queue.total == supervisor.submissions(pending=True, kind=SubmissionKind.MATERIAL_ENTRY).total
    _select(qtbot, queue, to_return.id)
    detail = queue.detail
    assert detail.title_label.text().endswith(shenzhen_project.name)
    reported = {row.name: row.proposed for row in detail.proposal.rows}
    assert reported["Batch no."] == batch and reported["Material"] == "热轧带肋钢筋"
    assert "Unverified" in detail.status_badge.text()
    assert "demo-enterprise" in detail.history.toPlainText()

    detail.return_button.click()  # no comment: refused here, nothing sent
    assert not detail.message_label.isHidden()
    assert "before returning" in detail.message_label.text()
    assert supervisor.submission(to_return.id).status is SubmissionStatus.SUBMITTED
    assert len(supervisor.submission(to_return.id).events) == 1

    detail.comment_edit.setPlainText("缺少出厂质量证明书原件扫描件")
    with qtbot.waitSignal(queue.sig_queue_loaded, timeout=LOAD_TIMEOUT_MS), \
            qtbot.waitSignal(detail.sig_submission_changed, timeout=LOAD_TIMEOUT_MS):
        detail.return_button.click()
    on_server = supervisor.submission(to_return.id)
    assert on_server.status is SubmissionStatus.RETURNED and on_server.comment == "缺少出厂质量证明书原件扫描件"
    assert to_return.id in [s.id for s in enterprise.submissions(status=SubmissionStatus.RETURNED, page_size=200).items]
    assert to_return.id not in [s.id for s in queue.model.rows]
    assert detail.action_box.isHidden() and "缺少出厂质量证明书原件扫描件" in detail.history.toPlainText()

    queue.set_kind(SubmissionKind.SAFETY_ASSESSMENT)
    qtbot.waitUntil(lambda: to_verify in [s.id for s in queue.model.rows], timeout=LOAD_TIMEOUT_MS)
    _select(qtbot, queue, to_verify)
    assert {row.name: row.proposed for row in detail.proposal.rows}["Score"] == "78.5"
    with qtbot.waitSignal(queue.sig_queue_loaded, timeout=LOAD_TIMEOUT_MS):
        detail.verify_button.click()
    assert supervisor.submission(to_verify).status is SubmissionStatus.VERIFIED
    assert to_verify not in [s.id for s in queue.model.rows]
    assert to_verify not in [s.id for s in supervisor.submissions(pending=True, page_size=200).items]
    assert enterprise.safety_assessments(pid)[0].verification.verified


def test_a_decision_taken_elsewhere_reads_as_a_sentence(qtbot, worker: Worker, enterprise: ReportingClient,
                                                        supervisor: ReportingClient,
                                                        shenzhen_project: ProjectSummary) -> None:
    submission = _material_entry(enterprise, shenzhen_project.id, f"B-{uuid.uuid4().hex[:8]}")
    queue = _queue(qtbot, supervisor, worker, SubmissionKind.MATERIAL_ENTRY)
    _select(qtbot, queue, submission.id)
    supervisor.act_on_submission(submission.id, SubmissionAction.VERIFY)  # a colleague was quicker
    queue.detail.verify_button.click()
    qtbot.waitUntil(lambda: not queue.detail.message_label.isHidden(), timeout=LOAD_TIMEOUT_MS)
    text = queue.detail.message_label.text()
    assert text.startswith("This submission has already been decided") and "HTTP" not in text


def test_safety_tab_timeline_shows_the_registered_work(qtbot, worker: Worker, enterprise: ReportingClient,
                                                       supervisor: ReportingClient,
                                                       shenzhen_project: ProjectSummary) -> None:
    name = f"3#楼深基坑 {uuid.uuid4().hex[:6]}"
    start, end = dt.date(2027, 1, 10), dt.date(2027, 4, 30)
    work = enterprise.register_dangerous_work(shenzhen_project.id, DangerousWorkIn(
        name=name, work_type=DangerousWorkType.FOUNDATION_PIT, parameters={"depth_m": 6.5}, location="3#楼",
        planned_start=start, planned_end=end))
    assert work.level is DangerLevel.BEYOND_SCALE
    plan = enterprise.upload_special_plan(work.id, "深基坑专项施工方案", "plan.pdf", tiny_pdf())

    tab = _reporting_tabs(qtbot, supervisor, worker, shenzhen_project.id).safety
    assert tab.error_label.isHidden()
    [row] = [r for r in tab.timeline.rows if r.entry.work_id == work.id]
    assert row.planned == (start, end) and row.actual is None and not row.running
    assert row.entry.name == name and not row.entry.verified
    ticks = tab.timeline.ticks()
    assert dt.date(2027, 1, 1) in ticks and dt.date(2027, 4, 1) in ticks and tab.timeline.first <= start
    assert tab.timeline.first <= dt.date.today() <= tab.timeline.last  # the today line is on the chart
    assert "2027-01-10 – 2027-04-30" in tab.timeline.tooltip_text(row)
    works = tab.models["works"].rows
    assert work.id in [w.id for w in works]
    assert tab.expert_text(next(w for w in works if w.id == work.id)) == "required — none recorded"
    assert [p.id for p in tab.plans[work.id]] == [plan.id]  # the project's plans in one request
    assert tab.plan_text(next(w for w in works if w.id == work.id)) == "《深基坑专项施工方案》 awaiting approval"


def test_quality_tab_highlights_a_failed_test(qtbot, worker: Worker, enterprise: ReportingClient,
                                              supervisor: ReportingClient, shenzhen_project: ProjectSummary) -> None:
    lab = next(u for u in enterprise.api.units("检测", limit=30) if u.kind.value == "testing")
    failed = enterprise.record_material_test(shenzhen_project.id, MaterialTestIn(
        sample_no=f"C-{uuid.uuid4().hex[:6]}", test_item=TestItem.CONCRETE_STRENGTH, testing_unit_id=lab.id,
        sampled_on=dt.date(2026, 10, 20), tested_on=dt.date(2026, 11, 17), report_no="JC-2026-1177",
        design_value="C30", result_value=27.4))
    assert not failed.passed
    tab = _reporting_tabs(qtbot, supervisor, worker, shenzhen_project.id).quality
    model = tab.models["tests"]
    row = [t.id for t in model.rows].index(failed.id)
    assert failed.id in [t.id for t in tab.failed_tests()]
    assert model.index(row, 2).data() == "Failed"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()  # unverified


def test_monthly_review_is_recorded_once(qtbot, worker: Worker, supervisor: ReportingClient,
                                         shenzhen_project: ProjectSummary) -> None:
    dialog = MonthlyReviewDialog(shenzhen_project.id, shenzhen_project.name)
    qtbot.addWidget(dialog)
    assert dialog.month == previous_month(dt.date.today())
    with qtbot.waitSignal(dialog.sig_review_loaded, timeout=LOAD_TIMEOUT_MS):
        MonthlyReviewController(supervisor, worker, dialog).load()
    codes = [i.code for i in dialog.model.rows]
    assert {"progress", "pending", "dangerous_works", "machinery", "testing", "safety_duty"} <= set(codes)
    assert dialog.record_button.isEnabled() and not dialog.review.reviewed
    dialog.comment_edit.setPlainText("安全员带班记录不全，下月重点核查")
    with qtbot.waitSignal(dialog.sig_review_recorded, timeout=LOAD_TIMEOUT_MS):
        dialog.record_button.click()
    assert dialog.review.reviewed and not dialog.record_button.isEnabled()
    assert "安全员带班记录不全" in dialog.state_label.text()
    assert supervisor.monthly_review(shenzhen_project.id, dialog.month).reviewed

    dialog.comment_edit.setPlainText("再记录一次")  # a second attempt (e.g. from another window) is refused
    assert dialog.submit()
    qtbot.waitUntil(lambda: "already recorded" in dialog.message_label.text(), timeout=LOAD_TIMEOUT_MS)
    assert "再记录一次" not in supervisor.monthly_review(shenzhen_project.id, dialog.month).comment
    with pytest.raises(ApiError) as refused:
        supervisor.record_monthly_review(shenzhen_project.id, dialog.month, MonthlyReviewIn(comment="第三次"))
    assert refused.value.code == "already_reviewed"
    assert supervisor.monthly_review(shenzhen_project.id, dialog.month).comment == "安全员带班记录不全，下月重点核查"


def test_a_decision_answered_after_moving_on_leaves_the_new_selection_alone(
        qtbot, monkeypatch, worker: Worker, enterprise: ReportingClient, server: ServerProcess,
        shenzhen_project: ProjectSummary) -> None:
    client = _client(server, CITY_SUPERVISOR)
    first = _material_entry(enterprise, shenzhen_project.id, f"A-{uuid.uuid4().hex[:8]}")
    second_batch = f"B-{uuid.uuid4().hex[:8]}"
    second = _material_entry(enterprise, shenzhen_project.id, second_batch)
    answer_allowed = threading.Event()
    act = client.act_on_submission

    def held_act(*args, **kwargs):  # type: ignore[no-untyped-def]
        answer_allowed.wait(10)
        return act(*args, **kwargs)

    monkeypatch.setattr(client, "act_on_submission", held_act)
    queue = _queue(qtbot, client, worker, SubmissionKind.MATERIAL_ENTRY)
    detail = queue.detail
    _select(qtbot, queue, first.id)
    detail.verify_button.click()  # held on its way to the server
    _select(qtbot, queue, second.id)  # the supervisor moves on meanwhile
    with qtbot.waitSignal(detail.sig_submission_changed, timeout=LOAD_TIMEOUT_MS) as changed:
        answer_allowed.set()
    assert detail.submission is not None and detail.submission.id == second.id  # not A's answer with B's data
    assert f"submission no. {second.id}" in detail.facts_label.text()
    assert "Unverified" in detail.status_badge.text() and not detail.action_box.isHidden()
    assert {row.name: row.proposed for row in detail.proposal.rows}["Batch no."] == second_batch
    assert changed.args[0] == first.id and client.submission(first.id).status is SubmissionStatus.VERIFIED
    assert changed.args == [first.id, shenzhen_project.id]  # the dossier tabs of A's project reload


def test_thumbnails_that_fail_are_reported_once(qtbot, worker: Worker) -> None:
    class NoThumbnails:
        def progress_photo_content(self, photo_id: int, *, thumbnail: bool = False) -> bytes:
            if photo_id == 1:
                return b"not an image"
            raise ApiError(404, "not_found", f"photo {photo_id} is gone")

    photos = [ProgressPhotoOut.model_construct(id=i, caption=f"照片{i}", original_name=f"{i}.jpg", taken_at=None,
                                               distance_km=None, flags=[PhotoFlag.OUTSIDE_MONTH] if i == 3 else [])
              for i in (1, 2, 3)]
    strip = bind_photo_strip(worker, PhotoStrip(), NoThumbnails())
    qtbot.addWidget(strip)
    errors: list[str] = []
    strip.sig_error.connect(errors.append)
    with qtbot.waitSignal(strip.sig_thumbnails_loaded, timeout=LOAD_TIMEOUT_MS):
        strip.set_photos(photos)
    assert len(errors) == 1
    assert errors == ["3 of 3 thumbnails could not be loaded: the data is not an image"]  # once, readable
    assert strip.count() == 3 and strip.thumbnails == {}


def test_a_refusal_of_rights_reads_as_the_server_says_it() -> None:
    text = describe_reporting_error(ApiError(403, "forbidden", "this project is outside your region"))
    assert "outside your region" in text and "Only supervisors" not in text


def test_main_window_adds_the_queue_page_and_the_dossier_tabs(qtbot, open_session,
                                                              shenzhen_project: ProjectSummary) -> None:
    session = open_session(CITY_SUPERVISOR)
    window, verification = session.window, session.controller.verification
    dock = window.findChild(QDockWidget, "VerificationQueueDock")
    assert dock is not None and dock.widget() is verification.queue
    qtbot.waitUntil(lambda: verification.queue.total is not None, timeout=LOAD_TIMEOUT_MS)
    assert dock.windowTitle().endswith(f"({verification.queue.total})")

    with qtbot.waitSignal(verification.sig_reporting_tabs_added, timeout=LOAD_TIMEOUT_MS):
        verification.queue.sig_project_open_requested.emit(shenzhen_project.id)  # "open project dossier"
    dossier = session.controller.dossiers.dossier(shenzhen_project.id)
    titles = [dossier.tabText(i) for i in range(dossier.count())]
    assert {"Quality", "Safety", "Progress"} <= set(titles)
    progress = verification.reporting_tabs(shenzhen_project.id)[2]
    qtbot.waitUntil(lambda: progress.facts is not None, timeout=LOAD_TIMEOUT_MS)


def test_enterprise_sessions_have_no_queue_but_see_the_tabs(qtbot, open_session,
                                                           shenzhen_project: ProjectSummary) -> None:
    session = open_session(ENTERPRISE)
    verification = session.controller.verification
    assert verification.queue is None and session.window.findChild(QDockWidget, "VerificationQueueDock") is None
    with qtbot.waitSignal(verification.sig_reporting_tabs_added, timeout=LOAD_TIMEOUT_MS):
        session.controller.open_project(shenzhen_project.id)
    assert len(verification.reporting_tabs(shenzhen_project.id)) == 3

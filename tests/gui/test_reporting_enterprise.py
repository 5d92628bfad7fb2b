"""Enterprise reporting in the client against a real server process: forms that refuse bad values
inline without sending anything and send good ones as pending submissions, drag-and-drop progress
photos with real upload progress and the server's EXIF flags, the workspace's returned items after a
supervisor's return, and the workspace page wired into an enterprise session. Forms and the workspace are
driven through their controllers (app/report_forms_controller.py, app/workspace_controller.py); the
passive widgets alone are tested by feeding their `show_*` setters and watching their signals."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QDockWidget

from app.report_forms_controller import ReportFormsController
from app.worker import Worker
from app.workspace_controller import WorkspaceController
from domain.coords import from_wgs84, to_wgs84
from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enterprise_workspace import (
    DueItemOut,
    DueKind,
    VerificationState,
    WorkspaceOut,
    WorkspaceProjectOut,
)
from domain.enums import CoordSystem, ProjectStatus
from domain.reporting import (
    PhotoFlag,
    StatusAction,
    SubmissionAction,
    SubmissionKind,
    SubmissionStatus,
    month_of,
)
from domain.reporting_schemas import DangerousWorkIn, SafetyDutyIn, SubmissionOut
from domain.schemas import ProjectQuery, ProjectSummary
from services.api_client import ApiClient
from services.enterprise_workspace import load_workspace
from services.errors import ServerUnreachableError
from services.reporting_client import PhotoFile, ReportingClient
from services.uploads import MAX_UPLOAD_BYTES
from tests.gui.conftest import DEMO_PASSWORD, LOAD_TIMEOUT_MS
from tests.support.files import tiny_pdf
from tests.support.photos import exif_jpeg
from tests.support.server_process import ServerProcess
from widgets.labels import label
from widgets.locator_map import Ring
from widgets.reporting.photo_upload import PhotoUploadDialog
from widgets.reporting.project_forms import BasicInfoForm, PermitForm, PositionForm, StatusReportForm
from widgets.reporting.report_menu import FORM_FOR_DUE, FormKey
from widgets.reporting.works_forms import DangerousWorkForm, OperationPeriodForm, SpecialPlanForm
from widgets.reporting.workspace import DUE, PROJECTS, RETURNED, EnterpriseWorkspace

ENTERPRISE = "demo-enterprise"
SUPERVISOR = "demo-province"
TINY_PDF = tiny_pdf()
EXPERTS = "王工、李工、张工、赵工、陈工"


def _client(server: ServerProcess, username: str) -> ReportingClient:
    api = ApiClient(server.url)
    api.login(username, DEMO_PASSWORD)
    return ReportingClient(api)


@pytest.fixture
def enterprise(server: ServerProcess) -> ReportingClient:
    return _client(server, ENTERPRISE)


@pytest.fixture
def opened() -> Iterator[list[QDialog]]:
    """The forms a test opened: those still there at its end are closed (they delete themselves on close)."""
    forms: list[QDialog] = []
    yield forms
    for form in forms:
        if shiboken6.isValid(form):
            form.close()


def _forms(client: ReportingClient, worker: Worker, rings: list[Ring] | None = None) -> ReportFormsController:
    return ReportFormsController(client, worker, lambda _district: rings or [])


def _open(opened: list[QDialog], forms: ReportFormsController, key: FormKey,
          project: ProjectSummary):  # type: ignore[no-untyped-def]
    form = forms.open(key, project)
    opened.append(form)
    return form


def _building(client: ReportingClient, index: int) -> ProjectSummary:
    """One of the enterprise's projects under construction; each test takes its own, from the end, so
    tests sharing the session's server do not report on the same project."""
    page = client.api.list_projects(ProjectQuery(status=[ProjectStatus.UNDER_CONSTRUCTION], page_size=200,
                                                 sort="name"))
    return sorted(page.items, key=lambda p: p.id)[index]


def _pending(client: ReportingClient, project_id: int, kind: SubmissionKind) -> list[int]:
    page = client.submissions(pending=True, kind=kind, project_id=project_id, page_size=200)
    return [s.record_id for s in page.items]


def test_dangerous_work_form_refuses_inline_then_registers(qtbot, opened: list[QDialog],
                                                          enterprise: ReportingClient,
                                                          worker: Worker) -> None:
    project = _building(enterprise, -1)
    before = enterprise.dangerous_works(project.id)
    form = _open(opened, _forms(enterprise, worker), FormKey.DANGEROUS_WORK, project)
    assert isinstance(form, DangerousWorkForm)
    form.type_combo.setCurrentIndex(form.type_combo.findData(DangerousWorkType.FOUNDATION_PIT))
    assert set(form.parameter_inputs) == {"depth_m"}

    form.set_parameter("depth_m", 2.5)  # below the 3 m of annex 1
    assert label(DangerLevel.NOT_DANGEROUS) in form.classification_label.text()
    assert form.submit() is False
    assert form.field_error("name")  # no name either
    assert form.field_error("parameters")
    assert enterprise.dangerous_works(project.id) == before  # nothing was sent

    form.name_edit.setText("2#楼基坑支护与降水")
    form.set_parameter("depth_m", 4)
    assert label(DangerLevel.DANGEROUS) in form.classification_label.text()
    form.set_parameter("depth_m", 6.5)
    assert label(DangerLevel.BEYOND_SCALE) in form.classification_label.text()
    with qtbot.waitSignal(form.sig_sent, timeout=LOAD_TIMEOUT_MS) as sent:
        assert form.submit() is True
    work = sent.args[0]
    assert work.level is DangerLevel.BEYOND_SCALE and work.needs_expert_review
    assert work.verification.status is SubmissionStatus.SUBMITTED and not work.verification.verified
    assert work.id in _pending(enterprise, project.id, SubmissionKind.DANGEROUS_WORK)


def test_status_report_needs_a_reason_for_a_suspension(qtbot, opened: list[QDialog], enterprise: ReportingClient,
                                                       worker: Worker) -> None:
    project = _building(enterprise, -2)
    form = _open(opened, _forms(enterprise, worker), FormKey.STATUS, project)
    assert isinstance(form, StatusReportForm)
    qtbot.waitUntil(lambda: form.facts is not None, timeout=LOAD_TIMEOUT_MS)
    offered = [form.action_combo.itemData(i) for i in range(form.action_combo.count())]
    assert offered == [StatusAction.SUSPEND, StatusAction.COMPLETE]  # what the lifecycle allows from here

    form.action_combo.setCurrentIndex(offered.index(StatusAction.SUSPEND))
    assert form.submit() is False
    assert "reason" in form.field_error("reason")
    assert _pending(enterprise, project.id, SubmissionKind.STATUS) == []

    form.reason_edit.setPlainText("台风“桦加沙”预警，全面停工撤离")
    with qtbot.waitSignal(form.sig_sent, timeout=LOAD_TIMEOUT_MS) as sent:
        assert form.submit() is True
    submission = sent.args[0]
    assert submission.kind is SubmissionKind.STATUS and submission.status is SubmissionStatus.SUBMITTED
    assert submission.record_id in _pending(enterprise, project.id, SubmissionKind.STATUS)
    facts = enterprise.project_facts(project.id)
    assert facts.status is ProjectStatus.UNDER_CONSTRUCTION  # unverified: the sand table still shows the old status
    assert SubmissionKind.STATUS in [p.kind for p in facts.pending]  # (the demo may have other facts pending)


def test_permit_form_checks_the_format_and_shows_a_conflict(qtbot, opened: list[QDialog],
                                                            enterprise: ReportingClient,
                                                            worker: Worker) -> None:
    project, other = _building(enterprise, -3), _building(enterprise, -4)
    form = _open(opened, _forms(enterprise, worker), FormKey.PERMIT, project)
    assert isinstance(form, PermitForm)
    form.permit_edit.setText("44010620251301000")  # 17 digits
    assert form.submit() is False and "18" in form.field_error("permit_no")
    form.permit_edit.setText("440106202513010001")  # month 13
    assert form.submit() is False and "20251301" in form.field_error("permit_no")
    assert other.permit_no is not None
    form.permit_edit.setText(other.permit_no)  # already the other project's permit
    assert form.submit() is True
    qtbot.waitUntil(lambda: bool(form.field_error("permit_no")), timeout=LOAD_TIMEOUT_MS)
    assert "already bound to another project" in form.field_error("permit_no")
    assert form.result_value is None  # the form stayed open with the refusal, nothing accepted
    assert _pending(enterprise, project.id, SubmissionKind.PERMIT) == []


def test_progress_photos_dropped_uploaded_with_progress_and_flags(qtbot, opened: list[QDialog], tmp_path: Path,
                                                                  enterprise: ReportingClient,
                                                                  worker: Worker) -> None:
    project = _building(enterprise, -5)
    now = dt.datetime.now()
    last_month = now.replace(day=1) - dt.timedelta(days=3)
    files = {
        "on_site.jpg": exif_jpeg(taken_at=now, lon=project.lon, lat=project.lat, size=(1600, 1200)),
        "far_away.jpg": exif_jpeg(taken_at=now, lon=project.lon + 0.05, lat=project.lat, size=(1600, 1200)),
        "last_month.jpg": exif_jpeg(taken_at=last_month, lon=project.lon, lat=project.lat, size=(1600, 1200)),
        "notes.txt": b"not a photo",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    month = now.strftime("%Y-%m")

    def reported() -> tuple[int, int]:
        report = next((r for r in enterprise.progress_reports(project.id) if r.month == month), None)
        return (len(report.photos), report.flagged) if report else (0, 0)

    photos_before, flagged_before = reported()
    dialog = _open(opened, _forms(enterprise, worker), FormKey.PROGRESS_PHOTOS, project)
    assert isinstance(dialog, PhotoUploadDialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name)) for name in files])
    dialog.panel.list.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                     Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: bool(dialog.files), timeout=LOAD_TIMEOUT_MS)  # read and checked in the worker
    assert [f.name for f in dialog.files] == ["on_site.jpg", "far_away.jpg", "last_month.jpg"]
    assert "notes.txt" in dialog.panel.error_label.text() and "JPEG" in dialog.panel.error_label.text()  # refused before sending

    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.sig_uploaded, timeout=LOAD_TIMEOUT_MS) as uploaded:
        dialog.upload_button.click()
    results = uploaded.args[0]
    total = sum(len(files[name]) for name in ("on_site.jpg", "far_away.jpg", "last_month.jpg"))
    assert dialog.progress.maximum() == total and dialog.progress.value() == total  # 100 %
    assert len(set(seen)) >= 3 and seen == sorted(seen)  # it moved forward file by file, never back
    flags = {r.name: r.photo.flags for r in results}
    assert flags == {"on_site.jpg": [], "far_away.jpg": [PhotoFlag.FAR_FROM_SITE],
                     "last_month.jpg": [PhotoFlag.OUTSIDE_MONTH]}
    shown = {dialog.results_table.item(row, 0).text(): dialog.results_table.item(row, 5).text()
             for row in range(dialog.results_table.rowCount())}
    assert shown["far_away.jpg"] == label(PhotoFlag.FAR_FROM_SITE)
    assert shown["last_month.jpg"] == label(PhotoFlag.OUTSIDE_MONTH)
    assert dialog.results_table.item(0, 5).text() == dialog.tr("None")
    assert reported() == (photos_before + 3, flagged_before + 2)


def test_workspace_shows_what_a_supervisor_returned(qtbot, server: ServerProcess, enterprise: ReportingClient,
                                                    worker: Worker) -> None:
    project = _building(enterprise, -6)
    duty = enterprise.record_safety_duty(project.id, SafetyDutyIn(
        duty_date=dt.date.today(), person_name="黄志强", certificate_no="粤建安C(2021)0012345",
        post="专职安全生产管理人员"))
    supervisor = _client(server, SUPERVISOR)
    supervisor.act_on_submission(duty.verification.submission_id, SubmissionAction.RETURN,
                                 comment="带班记录缺少签字照片，请补充")

    controller = WorkspaceController(enterprise, worker, enterprise.api.me())
    workspace = controller.view
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        workspace.refresh()
    returned = workspace.models[RETURNED].rows
    mine = next(s for s in returned if s.id == duty.verification.submission_id)
    assert mine.comment == "带班记录缺少签字照片，请补充" and mine.kind is SubmissionKind.SAFETY_DUTY
    assert workspace.tabs.tabText(workspace.tabs.indexOf(workspace.tables[RETURNED])).endswith(f"({len(returned)})")
    state = next(s for s in workspace.models[PROJECTS].rows if s.project.id == project.id)
    assert state.returned >= 1 and "returned" in workspace.tables[PROJECTS].model().index(
        workspace.models[PROJECTS].rows.index(state), 4).data()
    assert workspace.count(DUE) > 0  # e.g. this month's progress photos of the other building sites

    row = returned.index(mine)
    shown = [workspace.models[RETURNED].index(row, column).data() for column in range(5)]
    assert shown[1:] == [project.name, label(SubmissionKind.SAFETY_DUTY), mine.summary, "带班记录缺少签字照片，请补充"]

    with qtbot.waitSignal(workspace.sig_project_open_requested) as opened:
        workspace.tables[RETURNED].doubleClicked.emit(workspace.models[RETURNED].index(row, 0))
    assert opened.args == [project.id]

    assert workspace.resubmit(mine.id, "  \n") is False  # what was corrected must be said
    assert "what you corrected" in workspace.status_label.text() and not workspace.status_label.isHidden()
    assert enterprise.submission(mine.id).status is SubmissionStatus.RETURNED
    with qtbot.waitSignal(workspace.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        workspace.resubmit(mine.id, "已补充签字照片")
    assert mine.id not in [s.id for s in workspace.models[RETURNED].rows]
    assert enterprise.submission(mine.id).status is SubmissionStatus.RESUBMITTED


def test_enterprise_session_raises_its_workspace_and_opens_forms(qtbot, open_session, api: ApiClient) -> None:
    session = open_session(ENTERPRISE)
    reporting = session.controller.reporting
    workspace = reporting.workspace
    assert workspace is not None
    dock = session.window.findChild(QDockWidget, "EnterpriseWorkspaceDock")
    assert dock is not None and dock.widget() is workspace
    qtbot.waitUntil(lambda: workspace.count(PROJECTS) > 0, timeout=LOAD_TIMEOUT_MS)
    assert workspace.count(PROJECTS) == api.list_projects(ProjectQuery(page_size=1)).total  # every project in scope
    project_id = workspace.models[PROJECTS].rows[0].project.id
    with qtbot.waitSignal(reporting.sig_form_opened, timeout=LOAD_TIMEOUT_MS) as opened:
        workspace.sig_report_requested.emit(project_id, FormKey.PERMIT.value)
    form = opened.args[0]
    assert isinstance(form, PermitForm) and form.project_id == project_id
    form.close()

    with qtbot.waitSignal(reporting.sig_report_button_added, timeout=LOAD_TIMEOUT_MS):
        session.controller.open_project(project_id)
    dossier = session.controller.dossiers.dossier(project_id)
    assert dossier.cornerWidget(Qt.Corner.TopRightCorner).menu().actions()


def test_position_picked_on_the_map_is_sent_in_the_chosen_system(qtbot, opened: list[QDialog],
                                                                   enterprise: ReportingClient,
                                                                   worker: Worker) -> None:
    project = _building(enterprise, 3)
    detail = enterprise.api.project(project.id)
    square = [[detail.lon - 0.05, detail.lat - 0.05], [detail.lon + 0.05, detail.lat - 0.05],
              [detail.lon + 0.05, detail.lat + 0.05], [detail.lon - 0.05, detail.lat + 0.05]]
    form = _open(opened, _forms(enterprise, worker, [square]), FormKey.POSITION, project)
    assert isinstance(form, PositionForm)
    form.resize(640, 720)
    form.show()
    qtbot.waitExposed(form)
    form.system_combo.setCurrentIndex(form.system_combo.findData(CoordSystem.GCJ02))
    qtbot.waitUntil(lambda: form.map.to_lonlat(0, 0) is not None, timeout=LOAD_TIMEOUT_MS)  # painted once
    target = QPoint(form.map.width() // 2 + 12, form.map.height() // 2 - 8)
    picked = form.map.to_lonlat(target.x(), target.y())
    assert picked is not None
    qtbot.mouseClick(form.map, Qt.MouseButton.LeftButton, pos=target)
    expected = from_wgs84(*picked, CoordSystem.GCJ02)
    assert (form.lon_spin.value(), form.lat_spin.value()) == pytest.approx(expected, abs=1e-6)
    sent = form.build()
    assert sent.coord_system is CoordSystem.GCJ02
    assert to_wgs84(sent.lon, sent.lat, CoordSystem.GCJ02) == pytest.approx(picked, abs=1e-5)  # back where clicked


def test_closing_a_form_and_the_photo_dialog_mid_request(qtbot, monkeypatch, tmp_path: Path, server: ServerProcess,
                                                         worker: Worker) -> None:
    """Closed while their request is in flight (they delete themselves on close, as the session opens
    them): no "C++ object already deleted", the form's answer still lands in it, every photo arrives."""
    client = _client(server, ENTERPRISE)
    project, other = _building(client, -7), _building(client, -4)
    answer_allowed = threading.Event()
    bind_permit = client.bind_permit

    def held_bind_permit(*args, **kwargs):  # type: ignore[no-untyped-def]
        answer_allowed.wait(10)
        return bind_permit(*args, **kwargs)

    monkeypatch.setattr(client, "bind_permit", held_bind_permit)
    upload_photo = client.upload_progress_photo
    dialog_closed = threading.Event()
    uploads_begun: list[str] = []

    def held_upload(project_id, month, photo, **kwargs):  # type: ignore[no-untyped-def]
        uploads_begun.append(photo.name)
        if len(uploads_begun) > 1:  # the first photo goes at once, the rest once the dialog is closed mid-batch
            dialog_closed.wait(10)
        return upload_photo(project_id, month, photo, **kwargs)

    monkeypatch.setattr(client, "upload_progress_photo", held_upload)
    month = month_of(dt.date.today())

    def photos_on_server() -> int:
        report = next((r for r in client.progress_reports(project.id) if r.month == month), None)
        return len(report.photos) if report else 0

    before = photos_on_server()
    forms = _forms(client, worker)
    with qtbot.captureExceptions() as exceptions:
        form = forms.open(FormKey.PERMIT, project)  # deleted on close, as the session opens it
        assert other.permit_no is not None
        form.permit_edit.setText(other.permit_no)  # refused by the server: the answer belongs in the form
        assert form.submit() is True
        form.close()
        form.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a deletion the close asked for: now
        assert shiboken6.isValid(form) and form.isVisible() and "Still sending" in form.message_label.text()
        answer_allowed.set()
        qtbot.waitUntil(lambda: bool(form.field_error("permit_no")), timeout=LOAD_TIMEOUT_MS)
        form.close()  # answered: now it closes (and is deleted)
        qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=LOAD_TIMEOUT_MS)

        dialog = forms.open(FormKey.PROGRESS_PHOTOS, project)
        assert isinstance(dialog, PhotoUploadDialog)
        paths = [tmp_path / name for name in ("a.jpg", "b.jpg", "c.jpg")]
        for path in paths:
            path.write_bytes(exif_jpeg(taken_at=dt.datetime.now(), lon=project.lon, lat=project.lat))
        dialog.panel.add_files([str(path) for path in paths])
        qtbot.waitUntil(lambda: len(dialog.panel.files) == 3, timeout=LOAD_TIMEOUT_MS)  # checked in the worker
        uploaded: list[list[object]] = []
        dialog.sig_uploaded.connect(uploaded.append)
        dialog.upload_button.click()
        qtbot.waitUntil(lambda: len(dialog.results) >= 1, timeout=LOAD_TIMEOUT_MS)
        dialog.close()  # mid-batch
        assert not dialog.isVisible() and len(dialog.results) == 1
        dialog_closed.set()
        qtbot.waitUntil(lambda: photos_on_server() == before + 3, timeout=LOAD_TIMEOUT_MS)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=LOAD_TIMEOUT_MS)  # closed once done
    assert exceptions == []
    assert [len(batch) for batch in uploaded] == [3]  # the workspace hears of the batch, closed dialog or not


def test_a_refusal_of_the_month_stops_the_batch_a_bad_file_does_not(monkeypatch, server: ServerProcess) -> None:
    client = _client(server, ENTERPRISE)
    project = _building(client, -8)
    sent: list[str] = []
    upload_photo = client.upload_progress_photo

    def counted(project_id, month, photo, **kwargs):  # type: ignore[no-untyped-def]
        sent.append(photo.name)
        return upload_photo(project_id, month, photo, **kwargs)

    monkeypatch.setattr(client, "upload_progress_photo", counted)
    good = exif_jpeg(taken_at=dt.datetime.now(), lon=project.lon, lat=project.lat)
    next_month = (dt.date.today().replace(day=28) + dt.timedelta(days=5)).strftime("%Y-%m")
    batch = [PhotoFile(name, good) for name in ("1.jpg", "2.jpg", "3.jpg")]
    results = client.upload_progress_photos(project.id, next_month, batch)
    assert sent == ["1.jpg"]  # month_not_started: the other two would be refused alike
    assert results[0].error is not None and results[0].error.code == "month_not_started" and results[0].sent
    assert [(r.sent, r.error.code if r.error else None) for r in results[1:]] == [(False, "month_not_started")] * 2

    sent.clear()
    broken = b"\xff\xd8\xff\xe0" + b"\x00" * 200  # a JPEG signature, no image
    results = client.upload_progress_photos(project.id, dt.date.today(),
                                            [PhotoFile("broken.jpg", broken), PhotoFile("good.jpg", good)])
    assert sent == ["broken.jpg", "good.jpg"]  # one unreadable photo does not stop the others
    assert results[0].error is not None and results[0].error.code == "unreadable_image"
    assert results[1].photo is not None


def test_special_plan_is_checked_by_size_and_a_failed_review_is_retried_alone(
        qtbot, opened: list[QDialog], monkeypatch, tmp_path: Path, server: ServerProcess, worker: Worker) -> None:
    client = _client(server, ENTERPRISE)
    project = _building(client, -9)
    work = client.register_dangerous_work(project.id, DangerousWorkIn(
        name="5#楼深基坑", work_type=DangerousWorkType.FOUNDATION_PIT, parameters={"depth_m": 7.5}, location="5#楼",
        planned_start=dt.date.today(), planned_end=dt.date.today() + dt.timedelta(days=60)))
    assert work.needs_expert_review

    def plans_sent() -> int:
        return client.submissions(kind=SubmissionKind.DANGEROUS_WORK_PLAN, project_id=project.id, page_size=200).total

    form = _open(opened, _forms(client, worker), FormKey.SPECIAL_PLAN, project)
    assert isinstance(form, SpecialPlanForm)
    qtbot.waitUntil(lambda: form.work() is not None, timeout=LOAD_TIMEOUT_MS)
    form.work_combo.setCurrentIndex(form.work_combo.findData(work.id))
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:  # sparse: its size is known without writing (or reading) 21 MB
        f.truncate(MAX_UPLOAD_BYTES + 1024 * 1024)
    form.file_edit.setText(str(huge))
    form.experts_edit.setText(EXPERTS)
    form.review_date.setDate(form.review_date.date().addDays(3))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read in the GUI thread"))
    assert form.submit() is False
    assert "21.0 MB" in form.field_error("file") and "at most 20 MB" in form.field_error("file")
    assert "in the future" in form.field_error("review")
    monkeypatch.undo()

    plan_file = tmp_path / "plan.pdf"
    plan_file.write_bytes(TINY_PDF)
    form.file_edit.setText(str(plan_file))
    form.review_date.setDate(form.review_date.date().addDays(-3))
    record_review = client.record_expert_review
    calls: list[int] = []

    def review_lost_once(plan_id, data):  # type: ignore[no-untyped-def]
        calls.append(plan_id)
        if len(calls) == 1:
            raise ServerUnreachableError("connection reset")
        return record_review(plan_id, data)

    monkeypatch.setattr(client, "record_expert_review", review_lost_once)
    before = plans_sent()
    assert form.submit() is True
    qtbot.waitUntil(lambda: bool(form.field_error("review")), timeout=LOAD_TIMEOUT_MS)
    assert "plan is stored" in form.field_error("review") and "review only" in form.field_error("review")
    assert plans_sent() == before + 1 and form.stored_plan is not None

    with qtbot.waitSignal(form.sig_sent, timeout=LOAD_TIMEOUT_MS) as sent:
        assert form.submit() is True
    plan = sent.args[0]
    assert plans_sent() == before + 1  # the retry recorded the review; it did not send the plan again
    assert calls == [plan.id, plan.id] and plan.expert_conclusion == "pass" and len(plan.expert_names) == 5


def test_basic_info_sends_unset_planned_dates_as_none(qtbot, enterprise: ReportingClient, worker: Worker) -> None:
    project = enterprise.api.project(_building(enterprise, 4).id)
    form = BasicInfoForm(project.id, project.name)  # passive: fed by hand, nothing loaded or sent
    qtbot.addWidget(form)
    form.show_project(project.model_copy(update={"planned_start": None, "planned_end": None}))
    sent = form.build()
    assert sent.planned_start is None and sent.planned_end is None
    form.show_project(project.model_copy(update={"planned_start": dt.date(2026, 3, 1), "planned_end": None}))
    sent = form.build()
    assert sent.planned_start == dt.date(2026, 3, 1) and sent.planned_end is None
    form.end_edit.set_value(dt.date(2026, 1, 1))
    assert form.submit() is False and "before the planned start" in form.field_error("planned_end")


def _workspace_of(project: ProjectSummary, returned: SubmissionOut) -> WorkspaceOut:
    due = [DueItemOut(project_id=project.id, project_name=project.name, kind=DueKind.CERTIFICATE_EXPIRED,
                      subject="粤AT-0001", due_on=dt.date(2026, 11, 3)),
           DueItemOut(project_id=project.id, project_name=project.name, kind=DueKind.WORK_STARTS,
                      subject="2#楼基坑", due_on=dt.date(2026, 11, 28), verified=False)]
    state = WorkspaceProjectOut(project=project, state=VerificationState.RETURNED, pending=0, returned=1,
                                verified_version=1)
    return WorkspaceOut(today=dt.date(2026, 11, 20), projects=[state], due=due, returned=[returned])


def test_the_workspace_view_only_shows_and_asks(qtbot, enterprise: ReportingClient) -> None:
    """Passive: what it is given is shown; what the user wants goes out as signals, nothing is sent."""
    project = _building(enterprise, 0)
    returned = SubmissionOut(id=41, project_id=project.id, project_name=project.name, kind=SubmissionKind.SAFETY_DUTY,
                             record_id=7, status=SubmissionStatus.RETURNED, verified=False, summary="带班记录",
                             submitted_by_unit_id=1, submitted_by_unit_name="某建工",
                             submitted_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC),
                             decided_at=dt.datetime(2026, 11, 4, tzinfo=dt.UTC), comment="缺少签字")
    workspace = EnterpriseWorkspace(enterprise.api.me())
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.sig_reload_requested):
        workspace.refresh()
    with qtbot.waitSignal(workspace.sig_loaded):
        workspace.show_workspace(_workspace_of(project, returned))
    assert [workspace.tabs.tabText(i).rsplit(" ", 1)[1] for i in range(3)] == ["(1)", "(2)", "(1)"]
    due_texts = [workspace.models[DUE].index(row, 2).data() for row in range(2)]
    assert due_texts == ["Inspection certificate of 粤AT-0001 has expired",
                         "Dangerous sub-project “2#楼基坑” is planned to start"]
    assert workspace.models[DUE].index(1, 3).data() == "Unverified"

    workspace.tabs.setCurrentWidget(workspace.tables[DUE])
    workspace.tables[DUE].selectRow(1)
    with qtbot.waitSignal(workspace.sig_report_requested) as asked:
        workspace.act_button.click()
    assert asked.args == [project.id, FORM_FOR_DUE[DueKind.WORK_STARTS].value]

    with qtbot.assertNotEmitted(workspace.sig_resubmit_requested):
        assert workspace.resubmit(41, " ") is False
    with qtbot.waitSignal(workspace.sig_resubmit_requested) as resubmitted:
        assert workspace.resubmit(41, " 已补充签字 ") is True
    assert resubmitted.args == [41, "已补充签字"]
    workspace.show_error("Cannot reach the server")
    assert workspace.status_label.text() == "Cannot reach the server" and workspace.count(PROJECTS) == 1


def test_a_report_form_hands_its_payload_over_and_shows_the_answer(qtbot) -> None:
    """Passive: a valid form emits its payload and waits; the answer, a refusal or the loaded choices
    come back through its setters."""
    form = PermitForm(7, "天河某项目")
    qtbot.addWidget(form)
    form.permit_edit.setText("440106202503010001")
    with qtbot.waitSignal(form.sig_form_submitted) as submitted:
        assert form.submit() is True
    assert submitted.args[0].permit_no == "440106202503010001" and form.sending
    form.show_refusal("permit_no", "This construction permit is already bound to another project")
    assert "another project" in form.field_error("permit_no") and not form.sending and form.isVisible() is False

    works = OperationPeriodForm(7, "天河某项目")
    qtbot.addWidget(works)
    assert not works.buttons.isEnabled() and "Loading" in works.message_label.text()
    works.show_works([])
    assert not works.buttons.isEnabled() and "Register the dangerous sub-project first" in works.message_label.text()
    works.show_error("Not found, or outside your data scope.")
    assert works.message_label.text() == "Not found, or outside your data scope."


def test_the_workspace_in_pages_is_the_whole_workspace(enterprise: ReportingClient) -> None:
    whole = load_workspace(enterprise)
    assert len(whole.projects) > 2  # so two projects a page takes several pages
    assert load_workspace(enterprise, page_size=2) == whole

"""Case management in the client against a real server process: the role-aware work queue, the
rectification review loop through the notice detail (evidence upload included), the notice PDF
preview, and the dossier's Supervision tab with its forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDockWidget

from app.notice_controller import NoticeController
from app.supervision_controller import SupervisionController
from app.work_queue_controller import WorkQueueController
from app.worker import Worker
from domain.cases import AWAITING_ENTERPRISE, FindingSeverity, NoticeAction, NoticeStatus
from services.api_client import ApiClient
from services.cases_client import CasesClient, NoticeQueue
from tests.gui.conftest import DEMO_PASSWORD, LOAD_TIMEOUT_MS
from tests.support.photos import exif_jpeg
from tests.support.server_process import ServerProcess
from widgets.cases.forms import DraftNoticeForm
from widgets.cases.notice_detail import NoticeDetail
from widgets.cases.work_queue import WorkQueue

SUPERVISOR = "demo-province"  # the enterprise's demo notices were drafted by the province agency
ENTERPRISE = "demo-enterprise"


def _client(server: ServerProcess, username: str) -> tuple[CasesClient, object]:
    api = ApiClient(server.url)
    user = api.login(username, DEMO_PASSWORD).user
    return CasesClient(api), user


def _loaded_queue(qtbot, cases: CasesClient, worker: Worker, user) -> WorkQueue:  # type: ignore[no-untyped-def]
    controller = WorkQueueController(cases, worker, user)
    queue = controller.queue
    qtbot.addWidget(queue)
    controller.refresh()
    qtbot.waitUntil(lambda: all(queue.total(s.key) is not None for s in queue.specs), timeout=LOAD_TIMEOUT_MS)
    return queue


def _opened(qtbot, cases: CasesClient, worker: Worker, user, notice_id: int) -> NoticeController:  # type: ignore[no-untyped-def]
    controller = NoticeController(cases, worker, user, notice_id)
    qtbot.addWidget(controller.detail)
    with qtbot.waitSignal(controller.detail.sig_notice_loaded, timeout=LOAD_TIMEOUT_MS):
        controller.load()
    return controller


def _detail(qtbot, cases: CasesClient, worker: Worker, user, notice_id: int) -> NoticeDetail:  # type: ignore[no-untyped-def]
    return _opened(qtbot, cases, worker, user, notice_id).detail


def test_queue_shows_each_role_its_own_work(qtbot, server: ServerProcess, worker: Worker) -> None:
    cases, user = _client(server, SUPERVISOR)
    queue = _loaded_queue(qtbot, cases, worker, user)
    assert [s.key for s in queue.specs] == ["review", "overdue", "drafts", "follow_ups", "answered",
                                            "follow_ups_overdue"]
    assert queue.total("review") == cases.notices(queue=NoticeQueue.REVIEW).total > 0
    assert {n.status for n in queue.model("review").rows} == {NoticeStatus.FEEDBACK_SUBMITTED}
    overdue = queue.model("overdue").rows
    assert overdue and all(n.overdue_days > 0 and n.escalation_level >= 1 for n in overdue)
    assert queue.tabs.tabText(1).endswith(f"({queue.total('overdue')})")
    assert queue.total("follow_ups") == cases.follow_ups(status="open").total

    ent_cases, ent = _client(server, ENTERPRISE)
    ent_queue = _loaded_queue(qtbot, ent_cases, worker, ent)
    assert [s.key for s in ent_queue.specs] == ["to_answer", "overdue", "follow_ups", "urged"]
    to_answer = ent_queue.model("to_answer").rows
    assert to_answer and all(n.status in AWAITING_ENTERPRISE and n.target_unit_id == ent.unit_id for n in to_answer)
    assert all(f.assigned_unit_id == ent.unit_id for f in ent_queue.model("follow_ups").rows)
    assert ent_queue.total("follow_ups") > 0


def test_feedback_return_and_close_through_the_widgets(qtbot, server: ServerProcess, worker: Worker,
                                                       tmp_path: Path) -> None:
    ent_cases, ent = _client(server, ENTERPRISE)
    sup_cases, sup = _client(server, SUPERVISOR)
    notice = next(n for n in ent_cases.notices(queue=NoticeQueue.TO_ANSWER, page_size=200).items
                  if n.number and n.number.startswith("粤"))
    photo = tmp_path / "rectified.jpg"
    photo.write_bytes(exif_jpeg(colour=(40, 160, 90)))
    not_a_photo = tmp_path / "notes.txt"
    not_a_photo.write_text("已整改", encoding="utf-8")

    def feedback(comment: str) -> NoticeDetail:
        detail = _detail(qtbot, ent_cases, worker, ent, notice.id)
        button = detail.action_buttons[NoticeAction.SUBMIT_FEEDBACK]
        assert not button.isHidden() and detail.action_buttons[NoticeAction.CLOSE].isHidden()
        detail.comment_edit.setPlainText(comment)
        button.click()  # no evidence yet: refused locally, nothing sent
        assert "evidence" in detail.message_label.text()
        detail.evidence.add_files([str(not_a_photo)])  # checked in the worker
        qtbot.waitUntil(lambda: "notes.txt" in detail.evidence.error_label.text(), timeout=LOAD_TIMEOUT_MS)
        assert not detail.evidence.error_label.isHidden()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo))])
        detail.evidence.list.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        qtbot.waitUntil(lambda: bool(detail.evidence.files), timeout=LOAD_TIMEOUT_MS)
        assert [f.name for f in detail.evidence.files] == ["rectified.jpg"]
        with qtbot.waitSignal(detail.sig_notice_changed, timeout=LOAD_TIMEOUT_MS):
            button.click()
        assert detail.notice.status is NoticeStatus.FEEDBACK_SUBMITTED
        last = detail.notice.events[-1]
        assert (last.username, last.comment, len(last.document_ids)) == (ENTERPRISE, comment, 1)
        qtbot.waitUntil(lambda: last.document_ids[0] in detail.thumbnail_ids, timeout=LOAD_TIMEOUT_MS)
        assert f"doc:{last.document_ids[0]}" in detail.timeline.toHtml()
        return detail

    feedback("临边防护已恢复，附整改后照片")

    queue = _loaded_queue(qtbot, sup_cases, worker, sup)
    assert notice.id in [n.id for n in queue.model("review").rows]
    queue.select_queue("review")
    with qtbot.waitSignal(queue.sig_notice_open_requested, timeout=1000) as opened:
        queue.open_row([n.id for n in queue.model("review").rows].index(notice.id))
    assert opened.args == [notice.id]

    reviewing = _opened(qtbot, sup_cases, worker, sup, notice.id)
    review = reviewing.detail
    assert review.action_buttons[NoticeAction.SUBMIT_FEEDBACK].isHidden()
    review.action_buttons[NoticeAction.RETURN].click()  # a return needs a comment
    assert not review.message_label.isHidden() and review.notice.status is NoticeStatus.FEEDBACK_SUBMITTED
    review.comment_edit.setPlainText("配电箱漏电保护器仍未安装")
    with qtbot.waitSignal(review.sig_notice_changed, timeout=LOAD_TIMEOUT_MS):
        review.action_buttons[NoticeAction.RETURN].click()
    assert review.notice.status is NoticeStatus.RETURNED
    assert review.notice.events[-1].comment == "配电箱漏电保护器仍未安装"
    assert "配电箱漏电保护器仍未安装" in review.timeline.toPlainText()

    feedback("漏电保护器已安装")
    with qtbot.waitSignal(review.sig_notice_loaded, timeout=LOAD_TIMEOUT_MS):
        reviewing.load()
    with qtbot.waitSignal(review.sig_notice_changed, timeout=LOAD_TIMEOUT_MS):
        review.action_buttons[NoticeAction.CLOSE].click()
    assert review.notice.status is NoticeStatus.CLOSED
    assert [e.action for e in review.notice.events[-4:]] == [NoticeAction.SUBMIT_FEEDBACK, NoticeAction.RETURN,
                                                             NoticeAction.SUBMIT_FEEDBACK, NoticeAction.CLOSE]
    assert review.action_box.isHidden()
    with qtbot.waitSignal(queue.sig_queue_loaded, timeout=LOAD_TIMEOUT_MS,
                          check_params_cb=lambda key: key == "review"):
        queue.refresh()  # asks its controller for every tab again
    assert notice.id not in [n.id for n in queue.model("review").rows]


def test_notice_pdf_preview_loads(qtbot, server: ServerProcess, worker: Worker, tmp_path: Path) -> None:
    cases, user = _client(server, SUPERVISOR)
    notice = cases.notices(queue=NoticeQueue.OVERDUE).items[0]
    detail = _detail(qtbot, cases, worker, user, notice.id)
    with qtbot.waitSignal(detail.sig_pdf_shown, timeout=LOAD_TIMEOUT_MS) as shown:
        detail.pdf_button.click()
    preview = shown.args[0]
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count >= 1 and preview.print_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what Print… does after the dialog
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.render_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    preview.close()


def test_supervision_tab_records_an_inspection_and_drafts_a_notice(qtbot, server: ServerProcess,
                                                                    worker: Worker) -> None:
    cases, user = _client(server, SUPERVISOR)
    notice = cases.notices(queue=NoticeQueue.OVERDUE).items[0]
    project_id = notice.project_id
    supervision = SupervisionController(cases, worker, user, project_id, notice.project_name,
                                        [(notice.target_unit_id, notice.target_unit_name)])
    tab = supervision.tab
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        supervision.load()
    assert notice.id in [n.id for n in tab.notices.rows]
    assert "Risk score" in tab.risk_label.text()
    before = len(tab.inspections.rows)

    form = supervision.open_inspection_form()
    qtbot.waitUntil(lambda: form.template_combo.count() >= 5, timeout=LOAD_TIMEOUT_MS)
    form.template_combo.setCurrentIndex(form.template_combo.findData("JGJ59-SAFETY"))
    assert form.items_list.count() >= 10  # the shipped JGJ 59 items
    form.items_list.item(4).setSelected(True)
    form.add_selected_items()
    form.add_finding(None, "塔吊附着装置松动", FindingSeverity.MAJOR)
    assert not form.submit()  # no inspector named: refused in the form, under the field
    assert "inspector" in form.field_error("inspectors")
    form.inspectors_edit.setText("林志明、黄安")
    with qtbot.waitSignal(tab.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        assert form.submit()
    assert len(tab.inspections.rows) == before + 1
    created = max(tab.inspections.rows, key=lambda i: i.id)
    assert [f.severity for f in created.findings] == [FindingSeverity.SERIOUS, FindingSeverity.MAJOR]

    tab.tables["inspections"].selectRow(tab.inspections.rows.index(created))
    with qtbot.waitSignal(tab.sig_draft_form_requested, timeout=1000) as asked:
        tab.draft_button.click()
    assert asked.args[0].id == created.id  # the selected inspection
    draft = tab.findChild(DraftNoticeForm)  # opened by the controller
    assert draft is not None and draft.stop_work_check.isChecked()  # a major hazard suggests stopping work
    assert not draft.submit()  # the finding outside the checklist has no legal basis yet
    assert "legal basis" in draft.message_label.text()
    draft.findings_table.item(1, 2).setText("《建筑起重机械安全监督管理规定》第十八条")
    with qtbot.waitSignal(tab.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        assert draft.submit()
    drafted = [n for n in tab.notices.rows if n.status is NoticeStatus.DRAFT and n.stop_work]
    assert drafted and cases.notice(drafted[-1].id).items[0].description == created.findings[0].description




def test_main_window_wires_the_queue_the_notice_detail_and_the_supervision_tab(qtbot, open_session) -> None:
    session = open_session(SUPERVISOR)
    window, cases = session.window, session.controller.cases
    dock = window.findChild(QDockWidget, "WorkQueueDock")
    assert dock is not None and dock.widget() is cases.queue
    assert window.view_menu.actions()[0] is dock.toggleViewAction()
    queue = cases.queue
    qtbot.waitUntil(lambda: all(queue.total(s.key) is not None for s in queue.specs), timeout=LOAD_TIMEOUT_MS)
    queue.select_queue("overdue")
    notice = queue.model("overdue").rows[0]
    with qtbot.waitSignal(cases.sig_notice_opened, timeout=LOAD_TIMEOUT_MS):
        queue.open_row(0)
    detail = cases.notice_detail(notice.id)
    qtbot.waitUntil(lambda: detail.notice is not None, timeout=LOAD_TIMEOUT_MS)
    assert detail.isWindow() and detail.notice.number == notice.number

    with qtbot.waitSignal(cases.sig_supervision_tab_added, timeout=LOAD_TIMEOUT_MS):
        session.controller.open_project(notice.project_id)
    tab = cases.supervision_tab(notice.project_id)
    dossier = session.controller.dossiers.dossier(notice.project_id)
    assert dossier.indexOf(tab) >= 0
    qtbot.waitUntil(lambda: notice.id in [n.id for n in tab.notices.rows], timeout=LOAD_TIMEOUT_MS)

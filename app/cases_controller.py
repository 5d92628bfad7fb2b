"""Case management in the session: places the "my work" queue, the notice detail windows, the follow-up
dialogs and the Supervision tab of every opened project dossier, and keeps them in step (a notice that
moved reloads the queue and its project's tab). Each view has its own small controller."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget

from app.dossier_controller import DossierController
from app.error_text import CASES, describe_error
from app.follow_up_controller import open_follow_up
from app.main_window import MainWindow
from app.notice_controller import NoticeController
from app.supervision_controller import SupervisionController
from app.work_queue_controller import WorkQueueController
from app.worker import Worker
from domain.case_schemas import FollowUpOut
from domain.enums import Role
from domain.schemas import UserOut
from services.api_client import ApiClient
from services.cases_client import CasesClient
from widgets.cases.notice_detail import NoticeDetail
from widgets.cases.supervision_tab import SupervisionTab
from widgets.cases.work_queue import WorkQueue

NOTICE_WINDOW_SIZE = (1000, 820)


class CasesController(QObject):
    sig_notice_opened = Signal(int)  # its detail window is showing
    sig_supervision_tab_added = Signal(int)  # project id

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow, user: UserOut,
                 dossiers: DossierController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cases = CasesClient(api)
        self._worker = worker
        self._window = window
        self._user = user
        self._dossiers = dossiers
        self._notices: dict[int, NoticeController] = {}
        self._tabs: dict[int, SupervisionController] = {}
        self._queue: WorkQueueController | None = None
        self.queue: WorkQueue | None = None
        self.queue_dock: QDockWidget | None = None
        if user.role is not Role.WALL_DISPLAY:  # a wall display has no work of its own
            self._queue = WorkQueueController(self.cases, worker, user, window)
            self.queue = self._queue.queue
            self.queue_dock = window.add_work_queue(self.queue, first=user.role.is_supervisor)
            self.queue.sig_notice_open_requested.connect(self.open_notice)
            self.queue.sig_follow_up_open_requested.connect(self.open_follow_up)
            self._queue.sig_error.connect(window.show_error)
        dossiers.sig_dossier_opened.connect(self._add_supervision_tab)

    def start(self) -> None:
        if self._queue is not None:
            self._queue.refresh()

    def refresh(self) -> None:
        self.start()
        for tab in self._tabs.values():
            tab.load()

    # --- notices and follow-ups ---------------------------------------------------------------------

    @Slot(int)
    def open_notice(self, notice_id: int) -> NoticeDetail:
        controller = self._notices.get(notice_id)
        if controller is None:
            controller = NoticeController(self.cases, self._worker, self._user, notice_id, self._window)
            detail = controller.detail
            detail.setWindowFlag(Qt.WindowType.Window)
            detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            detail.resize(*NOTICE_WINDOW_SIZE)
            detail.destroyed.connect(partial(self._forget_notice, notice_id))
            detail.sig_notice_changed.connect(self._on_notice_changed)
            controller.sig_error.connect(self._window.show_error)
            self._notices[notice_id] = controller
            controller.load()
        detail = controller.detail
        detail.show()
        detail.raise_()
        detail.activateWindow()
        self.sig_notice_opened.emit(notice_id)
        return detail

    def notice_detail(self, notice_id: int) -> NoticeDetail | None:
        controller = self._notices.get(notice_id)
        return controller.detail if controller is not None else None

    def _forget_notice(self, notice_id: int, *_args: object) -> None:
        self._notices.pop(notice_id, None)

    @Slot(int)
    def _on_notice_changed(self, notice_id: int) -> None:
        self.start()
        detail = self.notice_detail(notice_id)
        if detail is not None and detail.notice is not None and detail.notice.project_id in self._tabs:
            self._tabs[detail.notice.project_id].load()

    @Slot(int)
    def open_follow_up(self, follow_up_id: int) -> None:
        self._worker.submit(partial(self.cases.follow_up, follow_up_id), self._show_follow_up, self._on_failure,
                            channel="follow-up")

    def _show_follow_up(self, follow_up: FollowUpOut) -> None:
        dialog = open_follow_up(self.cases, self._worker, self._user, follow_up, self._window)
        dialog.sig_follow_up_changed.connect(self._on_follow_up_changed)

    @Slot(int)
    def _on_follow_up_changed(self, _follow_up_id: int) -> None:
        self.start()

    def _on_failure(self, error: Exception) -> None:
        self._window.show_error(describe_error(error, CASES))

    # --- the dossier's Supervision tab ---------------------------------------------------------------

    @Slot(int)
    def _add_supervision_tab(self, project_id: int) -> None:
        dossier = self._dossiers.dossier(project_id)
        if dossier is None or project_id in self._tabs:
            return
        project = dossier.project
        controller = SupervisionController(self.cases, self._worker, self._user, project.id, project.name,
                                           [(u.unit.id, u.unit.name) for u in project.units], dossier)
        tab = controller.tab
        dossier.addTab(tab, self.tr("Supervision"))
        tab.sig_notice_open_requested.connect(self.open_notice)
        controller.sig_changed.connect(self.start)
        tab.destroyed.connect(partial(self._forget_tab, project_id))
        self._tabs[project_id] = controller
        controller.load()
        self.sig_supervision_tab_added.emit(project_id)

    def supervision_tab(self, project_id: int) -> SupervisionTab | None:
        controller = self._tabs.get(project_id)
        return controller.tab if controller is not None else None

    def supervision(self, project_id: int) -> SupervisionController | None:
        return self._tabs.get(project_id)

    def _forget_tab(self, project_id: int, *_args: object) -> None:
        self._tabs.pop(project_id, None)

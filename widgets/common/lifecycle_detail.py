"""The layout every lifecycle record's detail shares (a rectification notice, an enterprise submission):
a header (title, status badge, facts), a body the subclass fills, the timeline of who did what (with
thumbnails of the documents it links), the actions the user may take now with a comment, and one
outcome line.

Passive: an action button checks what can be checked here (`check_action`) and emits
`sig_action_requested(record, action, comment)`; the thumbnails of linked documents are asked for with
`sig_thumbnails_wanted(ids)` and painted by `show_thumbnails`. A controller answers both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.enums import Role
from widgets.common.formatting import date_text, show_outcome
from widgets.common.image_preview import ImagePreview
from widgets.common.pdf_preview import PdfPreview
from widgets.labels import label

THUMB_HEIGHT = 72
TIMELINE_CSS = """
p.event { margin: 0 0 12px 0; }
.when { color: #5d6d7e; }
.who { font-weight: bold; }
.move { color: #1f4e79; }
.comment { color: #17202a; }
"""
INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"


def badge_css(colour: str) -> str:
    return f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;"


def role_text(role: str) -> str:
    """A role as the user reads it (unknown values as they are)."""
    try:
        return label(Role(role))
    except ValueError:
        return role


def event_html(at: Any, username: str, role: str, what: str, lines: Iterable[str] = (), comment: str = "") -> str:
    """One timeline entry: when · who (role) · what, then any further lines (already HTML), the comment."""
    parts = [f"<span class='when'>{escape(date_text(at))}</span> · <span class='who'>{escape(username)}</span> "
             f"({escape(role_text(role))}) · <b>{escape(what)}</b>", *lines]
    if comment:
        parts.append(f"{INDENT}<span class='comment'>“{escape(comment)}”</span>")
    return f"<p class='event'>{'<br/>'.join(parts)}</p>"


class LifecycleDetail(QWidget):
    sig_action_requested = Signal(object, object, str)  # the record shown, the action, the comment
    sig_thumbnails_wanted = Signal(list)  # ids of linked documents not fetched yet
    sig_thumbnails_loaded = Signal()  # the timeline shows every thumbnail it can

    def __init__(self, timeline_title: str, parent: QWidget | None = None) -> None:
        """`timeline_title` is rich text (the heading above the timeline)."""
        super().__init__(parent)
        self._documents: dict[int, bytes] = {}  # linked documents fetched (thumbnails, and opening them)
        self._unreadable: dict[int, str] = {}  # why a linked document could not be fetched
        self._stretches: list[int] = []
        self._header_buttons = 0

        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel(self)
        self.badges = QHBoxLayout()
        self.badges.addWidget(self.status_badge)
        self.badges.addStretch(1)
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.timeline = QTextBrowser(self)
        self.timeline.setOpenLinks(False)
        self.timeline.document().setDefaultStyleSheet(TIMELINE_CSS)
        self.timeline.anchorClicked.connect(self._open_document)
        timeline_box = QWidget(self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(QLabel(timeline_title, timeline_box))
        timeline_layout.addWidget(self.timeline)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(timeline_box)
        self._stretches.append(1)

        self.action_box = QWidget(self)
        self.comment_edit = QPlainTextEdit(self.action_box)
        self.action_buttons: dict[Any, QPushButton] = {}
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self.action_layout = QVBoxLayout(self.action_box)
        self.action_layout.setContentsMargins(0, 0, 0, 0)
        self.action_layout.addWidget(self.comment_edit)
        self.action_layout.addLayout(self._button_row)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.title_label)
        self.main_layout.addLayout(self.badges)
        self.main_layout.addWidget(self.facts_label)
        self.main_layout.addWidget(self.splitter, 1)
        self.main_layout.addWidget(self.action_box)
        self.main_layout.addWidget(self.message_label)

    # --- building (subclasses) ----------------------------------------------------------------------

    def add_badge(self, widget: QWidget) -> None:
        """Beside the status badge, left of the header buttons."""
        self.badges.insertWidget(self.badges.count() - 1 - self._header_buttons, widget)

    def add_header_button(self, button: QPushButton) -> None:
        """At the right end of the header."""
        self.badges.addWidget(button)
        self._header_buttons += 1

    def add_body(self, widget: QWidget, stretch: int) -> None:
        """A part of the body, above the timeline (in the order added)."""
        index = self.splitter.count() - 1
        self.splitter.insertWidget(index, widget)
        self._stretches.insert(index, stretch)
        for i, factor in enumerate(self._stretches):
            self.splitter.setStretchFactor(i, factor)

    def set_timeline_stretch(self, stretch: int) -> None:
        self._stretches[-1] = stretch
        self.splitter.setStretchFactor(len(self._stretches) - 1, stretch)

    def add_action(self, action: Any, text: str) -> QPushButton:
        button = QPushButton(text, self.action_box)
        button.clicked.connect(partial(self.request_action, action))
        self._button_row.addWidget(button)
        self.action_buttons[action] = button
        return button

    # --- what a subclass provides -------------------------------------------------------------------

    def record(self) -> Any:
        """The record shown (the subject of an action), or None before one is shown."""
        raise NotImplementedError(type(self).__name__)

    def check_action(self, action: Any, comment: str) -> str:
        """Why `action` cannot be asked for as it stands ("" when it can); checked before anything is sent."""
        return ""

    def timeline_html(self) -> str:
        raise NotImplementedError(type(self).__name__)

    # --- actions ------------------------------------------------------------------------------------

    @Slot()
    def request_action(self, action: Any) -> None:
        record = self.record()
        if record is None:
            return
        comment = self.comment_edit.toPlainText().strip()
        problem = self.check_action(action, comment)
        if problem:
            self.show_outcome(problem, error=True)
            self.comment_edit.setFocus()
            return
        self.set_busy(True)
        self.show_outcome("")
        self.sig_action_requested.emit(record, action, comment)

    def set_busy(self, busy: bool) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(not busy)

    def show_outcome(self, text: str, *, error: bool = False) -> None:
        show_outcome(self.message_label, text, error=error)

    def show_error(self, text: str) -> None:
        """A request failed: say so and let the user try again."""
        self.set_busy(False)
        self.show_outcome(text, error=True)

    def show_actions(self, allowed: Iterable[Any]) -> None:
        allowed = set(allowed)
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
        self.action_box.setVisible(bool(allowed))

    # --- timeline and its documents -------------------------------------------------------------------

    def render_timeline(self) -> None:
        self.timeline.setHtml(self.timeline_html())

    def want_documents(self, ids: Iterable[int]) -> None:
        """Ask for the linked documents not fetched yet (the timeline links them meanwhile)."""
        wanted = [d for d in dict.fromkeys(ids) if d not in self._documents and d not in self._unreadable]
        if wanted:
            self.sig_thumbnails_wanted.emit(wanted)
        else:
            self.sig_thumbnails_loaded.emit()

    def show_thumbnails(self, documents: Mapping[int, bytes | str]) -> None:
        """Fetched documents (bytes) or why one could not be fetched (a sentence): photos become thumbnails."""
        for doc_id, data in documents.items():
            if isinstance(data, str):
                self._unreadable[doc_id] = data
                continue
            self._documents[doc_id] = data
            image = QImage.fromData(data)
            if not image.isNull():
                thumb = image.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
                self.timeline.document().addResource(QTextDocument.ResourceType.ImageResource,
                                                     QUrl(f"doc:{doc_id}"), thumb)
        self.render_timeline()
        self.sig_thumbnails_loaded.emit()

    @property
    def thumbnail_ids(self) -> list[int]:
        return [d for d, data in self._documents.items() if not QImage.fromData(data).isNull()]

    def document_html(self, doc_id: int) -> str:
        """A thumbnail once it has arrived, else a link (or a note when it cannot be opened)."""
        url = f"doc:{doc_id}"
        if doc_id in self._documents and not QImage.fromData(self._documents[doc_id]).isNull():
            return f"<a href='{url}'><img src='{url}' height='{THUMB_HEIGHT}'/></a>&nbsp;"
        if doc_id in self._unreadable:
            hidden = QCoreApplication.translate("NoticeDetail", "Document {0} (not accessible)").format(doc_id)
            return f"<span title='{escape(self._unreadable[doc_id])}'>{escape(hidden)}</span>&nbsp; "
        name = QCoreApplication.translate("NoticeDetail", "Document {0}").format(doc_id)
        return f"<a href='{url}'>{escape(name)}</a>&nbsp; "

    @Slot(QUrl)
    def _open_document(self, url: QUrl) -> None:
        if url.scheme() != "doc":
            return
        doc_id = int(url.path())
        data = self._documents.get(doc_id)
        if data is None:
            return
        image = QImage.fromData(QByteArray(data))
        title = QCoreApplication.translate("NoticeDetail", "Document {0}").format(doc_id)
        if image.isNull():
            PdfPreview(title, data, f"document-{doc_id}.pdf", self).open()
        else:
            ImagePreview(title, image, self).open()

"""The passive form every "fill in and send" dialog builds on (case forms, enterprise reports).

A form lays out its fields, turns them into the request DTO in `build()` (raising `FormInvalid`
with per-field messages) and, when that succeeds, emits `sig_form_submitted(payload)`. It never
sends anything itself: a controller (see `app/form_flow.py`) sends the payload in the worker, then
calls `show_sent(answer)` (the form closes) or `show_refusal(field, text)` (the form stays open with
the message under the field it concerns). While a request is out the form cannot be closed: the
answer belongs in it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

T = TypeVar("T")
ERROR_STYLE = "color: #c0392b;"
GENERAL = ""  # the key of messages that belong to no single field


class FormInvalid(ValueError):
    """What is wrong with the form, per field key, in words for the user."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = dict(problems)


def validation_problems(error: ValidationError) -> dict[str, str]:
    """Pydantic's complaints keyed by the first element of their location (GENERAL when none)."""
    problems: dict[str, str] = {}
    for e in error.errors():
        key = str(e["loc"][0]) if e["loc"] else GENERAL
        problems[key] = f"{problems[key]}\n{e['msg']}" if key in problems else e["msg"]
    return problems


class FormDialog(QDialog):
    """Fields with inline messages, checked before anything leaves the form."""

    sig_form_submitted = Signal(object)  # the validated request payload: a controller sends it
    sig_sent = Signal(object)  # the server's answer, after the controller reported success

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._field_errors: dict[str, QLabel] = {}
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.result_value: Any = None
        self.sending = False

    def finish_layout(self) -> None:
        """Message and buttons go last, after whatever the subclass added below the form."""
        self.body.addWidget(self.message_label)
        self.body.addWidget(self.buttons)

    # --- fields and their messages ---------------------------------------------------------------

    def add_field(self, key: str, text: str, widget: QWidget | Any, hint: str = "") -> None:
        """A labelled row with an inline message below it (hidden until there is something to say)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QWidget):
            column.addWidget(widget)
        else:
            column.addLayout(widget)
        if hint:
            hint_label = QLabel(hint, box)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #566573;")
            column.addWidget(hint_label)
        error = QLabel(box)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self._field_errors[key] = error
        self.form.addRow(text, box)

    def field_error(self, key: str) -> str:
        label = self._field_errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Each message under its field; those without a field (or an unknown one) at the bottom."""
        general = []
        for key, text in problems.items():
            label = self._field_errors.get(key)
            if label is None:
                general.append(text)
            else:
                label.setText(text)
                label.show()
        self.show_message("\n".join(general))

    def clear_problems(self) -> None:
        for label in self._field_errors.values():
            label.clear()
            label.hide()
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def fill_choices(self, combo: QComboBox, items: Sequence[T], text: Callable[[T], str], item_id: Callable[[T], int],
                     missing: str) -> list[T]:
        """Put loaded records into a choice box; without any, say what is `missing` and keep OK off."""
        combo.clear()
        for record in items:
            combo.addItem(text(record), item_id(record))
        self.show_message("" if items else missing)
        self.buttons.setEnabled(bool(items))
        return list(items)

    # --- what a form provides -----------------------------------------------------------------------

    def build(self) -> Any:
        """The request payload from the fields, or FormInvalid naming every field that is wrong."""
        raise NotImplementedError(type(self).__name__)

    # --- the flow: the controller answers through show_sent / show_refusal ---------------------------

    @Slot()
    def submit(self) -> bool:
        """Check, then hand the payload to whoever sends it; False (and messages shown) when invalid."""
        self.clear_problems()
        try:
            data = self.build()
        except FormInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except ValidationError as exc:  # a rule the form does not check itself: still caught before sending
            self.show_problems(validation_problems(exc))
            return False
        self.set_sending(True)
        self.sig_form_submitted.emit(data)
        return True

    def set_sending(self, sending: bool) -> None:
        self.sending = sending
        self.buttons.setEnabled(not sending)
        self.show_message(self.tr("Sending…") if sending else "")

    def show_sent(self, value: Any) -> None:
        """The server accepted: keep its answer and close."""
        self.set_sending(False)
        self.result_value = value
        self.sig_sent.emit(value)
        self.accept()

    def show_refusal(self, field: str, text: str) -> None:
        """The server (or the network) refused: say so under `field` and stay open."""
        self.set_sending(False)
        self.show_problems({field: text})

    @Slot()
    def reject(self) -> None:
        if self.sending:
            self.show_message(self.tr("Still sending: the form closes when the server has answered."))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sending:
            self.reject()  # says why it stays open
            event.ignore()
            return
        super().closeEvent(event)

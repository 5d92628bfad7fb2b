"""Drive a passive form (widgets.common.form_dialog.FormDialog): send its payload in the worker and
answer the form with the outcome. Every "fill in and send" dialog is wired through `bind_form`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6

from app.error_text import field_refusal
from app.worker import Worker
from widgets.common.form_dialog import FormDialog

P = TypeVar("P")
R = TypeVar("R")


def bind_form(worker: Worker, form: FormDialog, send: Callable[[Any], Any],
              on_sent: Callable[[Any], None] | None = None,
              describe: Callable[[Exception], tuple[str, str]] = field_refusal) -> None:
    """When `form` emits a payload, run ``send(payload)`` in the worker; on success the form shows the
    answer and closes and `on_sent(answer)` runs; on failure the refusal shows in the form (under the
    field it concerns). A form deleted while its request is out simply loses the answer."""

    def sent(value: Any) -> None:
        if not shiboken6.isValid(form):  # its window (and whatever on_sent would refresh) is gone
            return
        form.show_sent(value)
        if on_sent is not None:
            on_sent(value)

    def failed(error: Exception) -> None:
        if shiboken6.isValid(form):
            form.show_refusal(*describe(error))

    def submitted(payload: Any) -> None:
        worker.submit(lambda: send(payload), sent, failed)

    form.sig_form_submitted.connect(submitted)

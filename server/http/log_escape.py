"""Control characters in logged values are written escaped (`\\n`, `\\x1b`), so a user name, path or device
code holding a line break cannot forge a log line, nor an escape sequence repaint a terminal.

Installed as the process's log record factory: it applies to every logger (ours, uvicorn's access and error
logs, libraries) whatever handlers and formatters are configured before or after, in `python -m server`
and in the server embedded in the desktop client alike. Tracebacks are added by formatters later and keep
their lines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

# C0 except tab, DEL, C1, and the Unicode line and paragraph separators some log viewers break lines at.
_LOG_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def escape_controls(text: str) -> str:
    return _LOG_CONTROLS.sub(lambda found: repr(found.group())[1:-1], text)


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return escape_controls(value) if _LOG_CONTROLS.search(value) else value
    if value is None or isinstance(value, int | float):
        return value  # keeps %d and %f working
    try:
        rendered = str(value)  # exceptions and objects whose text comes from outside
    except Exception:
        return value  # logging reports what cannot be formatted when it formats
    return escape_controls(rendered) if _LOG_CONTROLS.search(rendered) else value


def escape_record(record: logging.LogRecord) -> logging.LogRecord:
    """Escape the message and each argument in place; the arguments keep their number and order (uvicorn's
    access formatter unpacks them)."""
    record.msg = _escaped(record.msg)
    if isinstance(record.args, Mapping):
        record.args = {key: _escaped(value) for key, value in record.args.items()}
    elif record.args:
        record.args = tuple(_escaped(value) for value in record.args)
    return record


class _EscapingFactory:
    """The log record factory that escapes the records the factory it wraps makes."""

    def __init__(self, wrapped: Callable[..., logging.LogRecord]) -> None:
        self.wrapped = wrapped

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        return escape_record(self.wrapped(*args, **kwargs))


def install_log_escaping() -> None:
    """Wrap the current log record factory once per process (idempotent)."""
    current = logging.getLogRecordFactory()
    if not isinstance(current, _EscapingFactory):
        logging.setLogRecordFactory(_EscapingFactory(current))

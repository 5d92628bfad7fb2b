"""The one place where failures become sentences for the person at the screen.

Views never see exceptions: controllers describe them here and hand the text to a view's
``show_error``. Each area's server refusal codes have their own map below (the contexts keep the
existing translations); anything unknown reads the same way in every view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from domain.wall_config import WallConfigError
from services.errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ResponseFormatError,
    ServerUnreachableError,
    TooManyRequestsError,
)
from services.uploads import UploadRejected
from widgets.common.translate import QT_TRANSLATE_NOOP


def _upload_reasons() -> dict[str, str]:
    return {
        "unsupported_type": QCoreApplication.translate("CaseViews", "only photos (JPEG, PNG) and PDF documents are accepted"),
        "not_a_photo": QCoreApplication.translate("CaseViews", "only JPEG or PNG photos are accepted"),
        "not_a_pdf": QCoreApplication.translate("CaseViews", "only a PDF document is accepted"),
        "file_too_large": QCoreApplication.translate("CaseViews", "the file is larger than 20 MB"),
        "empty_file": QCoreApplication.translate("CaseViews", "the file is empty"),
        "unreadable_image": QCoreApplication.translate("CaseViews", "the photo cannot be opened: the file is damaged or not a complete JPEG or PNG"),
    }


def _reporting_refusals() -> dict[str, str]:
    """Enterprise reporting and verification: a `{0}` is filled with the server's detail."""
    return {
        "comment_required": QCoreApplication.translate("ReportingViews", "Say what is wrong or missing before returning the submission."),
        "invalid_transition": QCoreApplication.translate("ReportingViews", "This submission has already been decided or is not waiting for you: {0}"),
        "wrong_party": QCoreApplication.translate("ReportingViews", "This step is not yours to take: {0}"),
        "forbidden": QCoreApplication.translate("ReportingViews", "You are not allowed to do this: {0}"),
        "expert_review_required": QCoreApplication.translate("ReportingViews", "The work is beyond scale: its special plan needs an expert review "
                                     "record before it can be approved. {0}"),
        "expert_review_failed": QCoreApplication.translate("ReportingViews", "The expert review rejected this plan; return it for a new plan."),
        "permit_conflict": QCoreApplication.translate("ReportingViews", "The permit cannot be bound: {0}"),
        "personnel_has_records": QCoreApplication.translate("ReportingViews", "This version cannot be applied: {0}"),
        "invalid_dates": QCoreApplication.translate("ReportingViews", "The reported dates no longer fit the project: {0}"),
        "already_reviewed": QCoreApplication.translate("ReportingViews", "The monthly review of this project and month is already recorded."),
        "month_not_started": QCoreApplication.translate("ReportingViews", "That month has not started yet."),
    }


# Per-area maps of the server's refusal codes (403/409/422); add an area's map here, not in a view.
# Areas share codes (a notice and a submission both answer `invalid_transition`), so a view's controller
# names its area; without one every map is consulted.
REFUSAL_MAPS: dict[str, Callable[[], dict[str, str]]] = {"reporting": _reporting_refusals}
CASES = "cases"  # case management (inspections, notices, punishments, follow-ups): no sentences of its own yet
_REFUSAL_STATUSES = (403, 409, 422)


def describe_upload_refusal(error: UploadRejected) -> str:
    reason = _upload_reasons().get(error.reason, error.reason)
    return QCoreApplication.translate("CaseViews", "{0} cannot be uploaded: {1}.").format(error.filename, reason)


def describe_unreadable_file(name: str, error: OSError) -> str:
    """A picked file that cannot be read (gone, no permission)."""
    return QCoreApplication.translate("EvidencePanel", "{0} cannot be read: {1}").format(name, error.strerror or error)


def _known_refusal(error: ApiError, area: str | None) -> str | None:
    if error.status not in _REFUSAL_STATUSES:
        return None
    maps = REFUSAL_MAPS.values() if area is None else [REFUSAL_MAPS[area]] if area in REFUSAL_MAPS else []
    for refusals in (_upload_reasons, *maps):  # an upload refused by the server reads as one refused here
        sentence = refusals().get(error.code)
        if sentence is not None:
            return sentence.format(error.detail) if "{0}" in sentence else sentence
    return None


def describe_error(error: Exception, area: str | None = None) -> str:
    """A one-line explanation of any failure of a background call; `area` (a key of REFUSAL_MAPS, or
    CASES) limits the refusal sentences to that area's."""
    if isinstance(error, UploadRejected):
        return describe_upload_refusal(error)
    if isinstance(error, ServerUnreachableError):
        return QCoreApplication.translate("ErrorMessages", "Cannot reach the server at {0}. Check the network or the server address.").format(error.url)
    if isinstance(error, ApiError):
        known = _known_refusal(error, area)
        if known is not None:
            return known
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("ErrorMessages", "Your session has expired. Please log in again.")
    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate("ErrorMessages", "Access denied: {0}").format(error.detail)
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("ErrorMessages", "Not found, or outside your data scope.")
    if isinstance(error, ApiError) and error.status in _REFUSAL_STATUSES:
        return QCoreApplication.translate("ReportingViews", "The server refused (HTTP {0}): {1}").format(
            error.status, error.detail)
    if isinstance(error, ApiError):
        return QCoreApplication.translate("ErrorMessages", "The server reported an error (HTTP {0}, {1}): {2}").format(error.status, error.code, error.detail)
    if isinstance(error, ResponseFormatError):
        return QCoreApplication.translate("ErrorMessages", "The server sent an unexpected answer; client and server versions may not match.")
    return QCoreApplication.translate("ErrorMessages", "Unexpected error: {0}").format(error)


def describe_login_error(error: Exception) -> str:
    """Why a login attempt failed, phrased for the person at the keyboard."""
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("ErrorMessages", "Wrong user name or password.")
    if isinstance(error, TooManyRequestsError) and error.code == "sign_in_busy":
        return QCoreApplication.translate("ErrorMessages", "The server is busy with other sign-ins. Try again in a few seconds.")
    if isinstance(error, TooManyRequestsError):
        return QCoreApplication.translate("ErrorMessages", "Too many failed attempts. Wait a few minutes and try again, or ask an administrator for help.")
    if isinstance(error, PermissionDeniedError):
        account = {
            "account_pending": QCoreApplication.translate("ErrorMessages", "This account is waiting for approval by an administrator."),
            "account_disabled": QCoreApplication.translate("ErrorMessages", "This account has been disabled. Contact an administrator."),
            "account_rejected": QCoreApplication.translate("ErrorMessages", "The registration of this account was rejected."),
        }.get(error.code)
        if account is not None:
            return account
    return describe_error(error)


GENERAL_FIELD = ""  # a refusal that belongs to no single field of a form

# Refusals of an enterprise report that concern one field: (field key, lead sentence). The server's
# detail, which names the conflicting values, follows the sentence.
_FIELD_REFUSALS: dict[str, tuple[str, str]] = {
    "permit_conflict": ("permit_no", QT_TRANSLATE_NOOP("ReportForms", "This construction permit is already bound to another project")),
    "unchanged": ("permit_no", QT_TRANSLATE_NOOP("ReportForms", "This construction permit is already bound to this project")),
    "already_pending": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "A report of this kind is still waiting for verification")),
    "outside_district": ("lon", QT_TRANSLATE_NOOP("ReportForms", "The position is outside the project's district")),
    "invalid_coordinate": ("lon", QT_TRANSLATE_NOOP("ReportForms", "The coordinates are not valid")),
    "invalid_transition": ("action", QT_TRANSLATE_NOOP("ReportForms", "This status change is not possible from the project's current status")),
    "invalid_dates": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "The dates contradict each other")),
    "below_threshold": ("work_type", QT_TRANSLATE_NOOP("ReportForms", "Below the thresholds of a dangerous sub-project")),
    "invalid_parameters": ("work_type", QT_TRANSLATE_NOOP("ReportForms", "The scale parameters do not fit this type of work")),
    "duplicate_equipment": ("registration_no", QT_TRANSLATE_NOOP("ReportForms", "This machine is already registered")),
    "duplicate_duty": ("person_name", QT_TRANSLATE_NOOP("ReportForms", "This person is already recorded on duty that day")),
    "not_a_testing_agency": ("testing_unit", QT_TRANSLATE_NOOP("ReportForms", "The chosen unit is not a testing agency")),
    "inconsistent_verdict": ("passed", QT_TRANSLATE_NOOP("ReportForms", "The verdict does not match the result")),
    "invalid_grade": ("design_value", QT_TRANSLATE_NOOP("ReportForms", "Not a concrete strength grade such as C30")),
    "unknown_entry": ("entry", QT_TRANSLATE_NOOP("ReportForms", "The material entry is unknown")),
    "duplicate_certificate": ("personnel", QT_TRANSLATE_NOOP("ReportForms", "Two people have the same certificate number")),
    "duplicate_unit_role": ("units", QT_TRANSLATE_NOOP("ReportForms", "A unit is listed twice in the same role")),
    "personnel_unit": ("personnel", QT_TRANSLATE_NOOP("ReportForms", "A person belongs to a unit that is not on the project")),
    "reporter_not_on_project": ("units", QT_TRANSLATE_NOOP("ReportForms", "Your unit must stay on the project")),
    "month_verified": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "This month's progress report is already verified")),
    "month_not_started": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "This month has not started yet")),
    "unreadable_image": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "The photo cannot be decoded")),
    "plan_approved": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "The special plan is already approved")),
    "reported_by_other_unit": (GENERAL_FIELD, QT_TRANSLATE_NOOP("ReportForms", "Another unit reports this month's progress")),
}


def field_refusal(error: Exception) -> tuple[str, str]:
    """(field key or GENERAL_FIELD, readable sentence) for a failed form submission."""
    if isinstance(error, ApiError) and error.code in _FIELD_REFUSALS:
        key, lead = _FIELD_REFUSALS[error.code]
        return key, QCoreApplication.translate("ReportForms", "{0}. ({1})").format(
            QCoreApplication.translate("ReportForms", lead), error.detail)
    return GENERAL_FIELD, describe_error(error)


def case_refusal(error: Exception) -> tuple[str, str]:
    """A refused case form: the sentence belongs to the form as a whole (case forms check their own fields)."""
    return GENERAL_FIELD, describe_error(error, CASES)


# --- the control-room wall: nobody at a wall can answer a dialog, so each failure is a full-screen notice
# (title, detail) that says who can fix it; the wall retries by itself.

def describe_wall_config_error(error: WallConfigError, path: str) -> tuple[str, str]:
    """A bad wall configuration file, for the full-screen notice: what is wrong and where."""
    title = QCoreApplication.translate("WallMessages", "The wall's configuration cannot be used")
    reasons = {
        "no_file": QCoreApplication.translate("WallMessages", "No configuration file at {0}. An administrator issues a wall credential (python -m server admin issue-wall-credential) and saves the configuration it prints there."),
        "unreadable": QCoreApplication.translate("WallMessages", "The configuration file {0} cannot be read: {2}"),
        "not_toml": QCoreApplication.translate("WallMessages", "{0} is not a valid TOML file: {2}"),
        "too_large": QCoreApplication.translate("WallMessages", "{0} is too large for a wall configuration."),
        "missing": QCoreApplication.translate("WallMessages", "{0}: \"{1}\" is missing."),
        "wrong_type": QCoreApplication.translate("WallMessages", "{0}: \"{1}\" must be {2}."),
        "out_of_range": QCoreApplication.translate("WallMessages", "{0}: \"{1}\" = {2} is out of range (1 s to 24 h)."),
        "unknown_scene": QCoreApplication.translate("WallMessages", "{0}: \"{1}\" names an unknown scene \"{2}\" (known: overview, alarms, grid, cases)."),
        "bad_url": QCoreApplication.translate("WallMessages", "{0}: \"{1}\" is not an http(s) server address: {2}"),
        "unknown_key": QCoreApplication.translate("WallMessages", "{0}: unknown setting \"{1}\" (known here: {2})."),
    }
    template = reasons.get(error.code, QCoreApplication.translate("WallMessages", "{0}: {1} {2}"))
    return title, template.format(path, error.where, error.detail)


def describe_wall_session_error(error: Exception) -> tuple[str, str, bool]:
    """Why the wall has no session: (title, detail, retrying). `retrying` is False when only an
    administrator can help (a revoked or unknown credential): the wall then waits for a new configuration."""
    if isinstance(error, AuthenticationError) and error.code == "credential_revoked":
        return (QCoreApplication.translate("WallMessages", "Credential revoked — contact the administrator"),
                QCoreApplication.translate("WallMessages", "This wall's credential was revoked on the server. An administrator issues a new one; the wall starts by itself once its configuration file holds it."),
                False)
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return (QCoreApplication.translate("WallMessages", "Credential not accepted — contact the administrator"),
                QCoreApplication.translate("WallMessages", "The server does not know this wall's credential ({0}). Check the configuration file, or have an administrator issue a new credential.").format(error.code),
                False)
    if isinstance(error, ServerUnreachableError):
        return (QCoreApplication.translate("WallMessages", "Server unreachable"),
                QCoreApplication.translate("WallMessages", "Cannot reach the server at {0}. Check the network and the server.").format(error.url),
                True)
    return (QCoreApplication.translate("WallMessages", "The wall cannot start its session"), describe_error(error), True)

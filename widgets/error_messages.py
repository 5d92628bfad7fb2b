"""User-facing sentences for the typed client errors: one wording for every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ResponseFormatError,
    ServerUnreachableError,
    TooManyRequestsError,
)


def describe_login_error(error: Exception) -> str:
    """Why a login attempt failed, phrased for the person at the keyboard."""
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("ErrorMessages", "Wrong user name or password.")
    if isinstance(error, TooManyRequestsError):
        return QCoreApplication.translate("ErrorMessages", "Too many failed attempts. Wait a few minutes and try "
                                                           "again, or ask an administrator for help.")
    if isinstance(error, PermissionDeniedError):
        if error.code == "account_pending":
            return QCoreApplication.translate("ErrorMessages", "This account is waiting for approval by an administrator.")
        if error.code == "account_disabled":
            return QCoreApplication.translate("ErrorMessages", "This account has been disabled. Contact an administrator.")
        if error.code == "account_rejected":
            return QCoreApplication.translate("ErrorMessages", "The registration of this account was rejected.")
    return describe_error(error)


def describe_error(error: Exception) -> str:
    """A one-line explanation of any failure of a background call."""
    if isinstance(error, ServerUnreachableError):
        return QCoreApplication.translate("ErrorMessages", "Cannot reach the server at {0}. Check the network or the server address.").format(error.url)
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("ErrorMessages", "Your session has expired. Please log in again.")
    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate("ErrorMessages", "Access denied: {0}").format(error.detail)
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("ErrorMessages", "Not found, or outside your data scope.")
    if isinstance(error, ApiError):
        return QCoreApplication.translate("ErrorMessages", "The server reported an error (HTTP {0}, {1}): {2}").format(error.status, error.code,
                                                                               error.detail)
    if isinstance(error, ResponseFormatError):
        return QCoreApplication.translate("ErrorMessages", "The server sent an unexpected answer; client and server versions may not match.")
    return QCoreApplication.translate("ErrorMessages", "Unexpected error: {0}").format(error)

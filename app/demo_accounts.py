"""The demo accounts the server seeds with demo data: the one list the login combo offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.login_dialog import DemoCredential

DEMO_PASSWORD = "sandtable-demo"
DEFAULT_DEMO_USER = "demo-guangzhou"

# (username, untranslated description), in the order the combo shows them.
DEMO_ACCOUNTS: tuple[tuple[str, str], ...] = (
    ("demo-province", QT_TRANSLATE_NOOP("DemoAccounts", "Province supervisor, Guangdong")),
    ("demo-guangzhou", QT_TRANSLATE_NOOP("DemoAccounts", "City supervisor, Guangzhou")),
    ("demo-shenzhen", QT_TRANSLATE_NOOP("DemoAccounts", "City supervisor, Shenzhen")),
    ("demo-tianhe", QT_TRANSLATE_NOOP("DemoAccounts", "District supervisor, Tianhe")),
    ("demo-enterprise", QT_TRANSLATE_NOOP("DemoAccounts", "Enterprise administrator, general contractor")),
    ("demo-wall", QT_TRANSLATE_NOOP("DemoAccounts", "Wall display, whole province")),
    ("demo-admin", QT_TRANSLATE_NOOP("DemoAccounts", "System administrator")),
)


def demo_credentials() -> list[DemoCredential]:
    """The demo accounts with descriptions in the current UI language."""
    return [DemoCredential(QCoreApplication.translate("DemoAccounts", text), username, DEMO_PASSWORD)
            for username, text in DEMO_ACCOUNTS]

"""The demo's public credentials, and their refusal by a server that was not started for the demo.

The demo accounts share a password printed in the README, and demo device secrets derive from the demo
seed (public, with a default): anyone can use them. A server started without `--demo` therefore refuses
them, whatever its database holds (a demo database kept for production, or one seeded once with `--demo`).
Accounts and ingest ask the predicates below, so this module imports nothing of the server's (the demo
seeding around it imports everything); `server.demo.refusal` says at start what is refused.
"""

from __future__ import annotations

import re

from domain.enums import Role

DEMO_PASSWORD = "sandtable-demo"
DEMO_ACCOUNTS = (  # username, display name, role, region
    ("demo-province", "省住建厅监督员", Role.PROVINCE_SUPERVISOR, "440000"),
    ("demo-guangzhou", "广州市质安站监督员", Role.CITY_SUPERVISOR, "440100"),
    ("demo-shenzhen", "深圳市质安站监督员", Role.CITY_SUPERVISOR, "440300"),
    ("demo-tianhe", "天河区质安站监督员", Role.DISTRICT_SUPERVISOR, "440106"),
    ("demo-wall", "指挥中心大屏", Role.WALL_DISPLAY, "440000"),
    ("demo-admin", "平台管理员", Role.SYSTEM_ADMIN, "440000"),
)
DEMO_ENTERPRISE = "demo-enterprise"
DEMO_REGISTRAR = "demo-generator"  # `registered_by` of every demo device
_DEMO_NAMES = frozenset(name for name, *_ in DEMO_ACCOUNTS) | {DEMO_ENTERPRISE}
_DEMO_UNIT_ACCOUNT = re.compile(r"demo-u\d+")  # the staff accounts the demo history acts under


def is_demo_username(username: str) -> bool:
    return username in _DEMO_NAMES or _DEMO_UNIT_ACCOUNT.fullmatch(username) is not None


def is_demo_device(registered_by: str) -> bool:
    """Of a device, by who registered it."""
    return registered_by == DEMO_REGISTRAR

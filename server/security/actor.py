"""Who is acting and through which channel: the identity every audited write carries."""

from __future__ import annotations

from dataclasses import dataclass

from domain.enums import DataSource, Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str
    unit_id: int | None
    source: DataSource

    @classmethod
    def system(cls, name: str) -> Actor:
        return cls(user_id=None, username=name, role="system", unit_id=None, source=DataSource.SYSTEM)


def source_for_role(role: Role) -> DataSource:
    if role.is_enterprise:
        return DataSource.ENTERPRISE_REPORT
    if role.is_supervisor:
        return DataSource.SUPERVISOR
    return DataSource.SYSTEM

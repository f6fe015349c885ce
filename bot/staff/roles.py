"""Staff roles and the signed-in staff member, as plain data."""

from __future__ import annotations

from dataclasses import dataclass

ROLE_ADMIN = "admin"  # everything, plus accounts
ROLE_OFFICER = "officer"  # view and update cases
ROLE_VIEWER = "viewer"  # read only
ROLES: tuple[str, ...] = (ROLE_ADMIN, ROLE_OFFICER, ROLE_VIEWER)
ROLE_LABELS: dict[str, str] = {ROLE_ADMIN: "管理员", ROLE_OFFICER: "受理办理人员", ROLE_VIEWER: "只读"}


@dataclass(frozen=True)
class StaffUser:
    id: int
    username: str
    display_name: str
    role: str

    @property
    def can_update(self) -> bool:
        return self.role in (ROLE_ADMIN, ROLE_OFFICER)

    @property
    def can_admin(self) -> bool:
        return self.role == ROLE_ADMIN

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def require_update(user: StaffUser) -> None:
    """Raise PermissionError unless the user may change cases."""
    if not user.can_update:
        raise PermissionError("只读账号不能修改事项")


def require_admin(user: StaffUser) -> None:
    if not user.can_admin:
        raise PermissionError("只有管理员可以管理账号")

"""Signed-in staff as the staff actions see them (no account rows): one of each role."""

from __future__ import annotations

from bot.staff.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_VIEWER, StaffUser

OFFICER = StaffUser(1, "li.officer", "李接访", ROLE_OFFICER)
ADMIN = StaffUser(2, "wang.admin", "王管理", ROLE_ADMIN)
VIEWER = StaffUser(3, "zhao.viewer", "赵只读", ROLE_VIEWER)

"""Who may open the supervisor console: supervisors and administrators."""

from accounts.directory import UserRecord
from accounts.roles import Role

SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


def may_supervise(user: UserRecord | None) -> bool:
    return user is not None and user.active and user.role in SUPERVISING_ROLES

"""Who may open the supervisor console and run training sessions, decided without importing
either (both are imported when first opened)."""

from accounts.directory import UserRecord
from accounts.roles import Role

SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
TRAINING_ROLES = frozenset({Role.TRAINER, Role.SUPERVISOR, Role.ADMIN})


def may_supervise(user: UserRecord | None) -> bool:
    return user is not None and user.active and user.role in SUPERVISING_ROLES


def may_train(user: UserRecord | None) -> bool:
    """Trainers, supervisors and administrators run training sessions."""
    return user is not None and user.active and user.role in TRAINING_ROLES

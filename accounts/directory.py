"""Adding, listing and signing in users."""

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accounts.models import User
from accounts.passwords import WeakSecretError, hash_secret, verify_secret
from accounts.roles import Role
from store.sessions import transaction

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class AccountError(Exception):
    """A request about users that cannot be carried out; the message says why."""


class SignInError(AccountError):
    """The user exists but may not sign in as asked."""


class WrongPinError(SignInError):
    pass


class InactiveUserError(SignInError):
    pass


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: Role
    team: str | None
    started_on: date | None
    has_pin: bool
    active: bool

    def tenure_days(self, today: date) -> int | None:
        return None if self.started_on is None else (today - self.started_on).days

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "team": self.team,
            "started_on": self.started_on.isoformat() if self.started_on else None,
            "has_pin": self.has_pin,
            "active": self.active,
        }


class UserDirectory:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(
        self,
        username: str,
        role: Role,
        *,
        display_name: str | None = None,
        team: str | None = None,
        started_on: date | None = None,
        pin: str | None = None,
    ) -> UserRecord:
        if not USERNAME.fullmatch(username):
            raise AccountError(
                f"invalid user name {username!r}: use 1-64 letters, digits, '.', '_' or '-'"
            )
        user = User(
            username=username,
            display_name=(display_name or username).strip(),
            role=role.value,
            team=team.strip() if team else None,
            started_on=started_on,
            pin_hash=_hash(pin),
        )
        try:
            with transaction(self._engine, write=True) as session:
                session.add(user)
        except IntegrityError:
            raise AccountError(f"user {username!r} already exists") from None
        return _record(user)

    def list_users(self, *, include_inactive: bool = False) -> list[UserRecord]:
        query = select(User).order_by(User.display_name, User.username)
        if not include_inactive:
            query = query.where(User.active)
        with transaction(self._engine) as session:
            return [_record(user) for user in session.scalars(query)]

    def get(self, username: str) -> UserRecord:
        with transaction(self._engine) as session:
            return _record(_find(session, username))

    def exists(self, username: str) -> bool:
        with transaction(self._engine) as session:
            return session.scalar(select(User.id).where(User.username == username)) is not None

    def set_pin(self, username: str, pin: str | None) -> None:
        """Set a new PIN, or remove it with None."""
        pin_hash = _hash(pin)
        with transaction(self._engine, write=True) as session:
            _find(session, username).pin_hash = pin_hash

    def sign_in(self, username: str, pin: str | None) -> UserRecord:
        """The user, if they are active and the PIN matches (or they have none)."""
        with transaction(self._engine) as session:
            user = _find(session, username)
        if not user.active:
            raise InactiveUserError(f"user {username!r} is deactivated")
        if user.pin_hash is not None and not verify_secret(pin or "", user.pin_hash):
            raise WrongPinError("wrong PIN")
        return _record(user)


def _find(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no user named {username!r}")
    return user


def _hash(pin: str | None) -> str | None:
    if pin is None:
        return None
    try:
        return hash_secret(pin)
    except WeakSecretError as exc:
        raise AccountError(str(exc)) from None


def _record(user: User) -> UserRecord:
    return UserRecord(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        team=user.team,
        started_on=user.started_on,
        has_pin=user.pin_hash is not None,
        active=user.active,
    )

"""One open Frontline Desk: its settings, its database and the domain services over it."""

from dataclasses import dataclass, field
from functools import cached_property
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from accounts.directory import AccountError, UserDirectory, UserRecord
from customers.profile import Profiles
from customers.timeline import Timeline
from frontline.config import Settings, load_settings
from frontline.customer_links import CustomerFacts, GrantHistory
from frontline.schema import load_models
from knowledge.service import KnowledgeBase
from policies.audit import AuditLog
from policies.model import Policy
from policies.requests import Agent
from policies.service import Compensations
from policies.versions import NoPolicyError
from store.engine import DatabaseInfo, describe, open_engine
from store.types import utcnow


@dataclass
class AppContext:
    settings: Settings
    engine: Engine = field(init=False)

    def __post_init__(self) -> None:
        load_models()
        self.engine = open_engine(self.settings.database_url)

    @classmethod
    def from_environment(cls) -> "AppContext":
        return cls(load_settings())

    @cached_property
    def database(self) -> DatabaseInfo:
        return describe(self.settings.database_url)

    @cached_property
    def users(self) -> UserDirectory:
        return UserDirectory(self.engine)

    @cached_property
    def compensations(self) -> Compensations:
        return Compensations(self.engine, CustomerFacts(self.profiles, utcnow))

    @cached_property
    def grant_history(self) -> GrantHistory:
        return GrantHistory(self.engine, self._active_policy)

    @cached_property
    def profiles(self) -> Profiles:
        return Profiles(self.engine, self.grant_history, lambda: self.timezone)

    def _active_policy(self) -> Policy:
        return self.compensations.active_policy()

    @property
    def timezone(self) -> ZoneInfo:
        """The policy's time zone: days of budgets, of customer histories and of reports."""
        try:
            return ZoneInfo(self.compensations.active_policy().timezone)
        except NoPolicyError:
            return ZoneInfo("UTC")

    @cached_property
    def knowledge(self) -> KnowledgeBase:
        return KnowledgeBase(self.engine, self.settings.index_dir / "kb")

    @cached_property
    def timeline(self) -> Timeline:
        return Timeline(self.engine, self.grant_history)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.engine)

    def agent(self, username: str) -> Agent:
        """The policy's view of an active member of staff."""
        user = self.users.get(username)
        if not user.active:
            raise AccountError(f"{username} is deactivated and cannot grant or approve")
        return as_agent(user)

    def close(self) -> None:
        self.engine.dispose()


def as_agent(user: UserRecord) -> Agent:
    return Agent(user.username, str(user.role), user.team, user.tenure_days(utcnow().date()))

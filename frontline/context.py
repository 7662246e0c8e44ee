"""One open Frontline Desk: its settings, its database and the domain services over it."""

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Engine

from accounts.directory import AccountError, UserDirectory, UserRecord
from customers.timeline import Timeline
from frontline.config import Settings, load_settings
from frontline.customer_links import GrantHistory
from frontline.schema import load_models
from knowledge.service import KnowledgeBase
from policies.audit import AuditLog
from policies.requests import Agent, NoCustomerFacts
from policies.service import Compensations
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
        # Customer facts come with the case until the customers package supplies them.
        return Compensations(self.engine, NoCustomerFacts())

    @cached_property
    def knowledge(self) -> KnowledgeBase:
        return KnowledgeBase(self.engine, self.settings.index_dir / "kb")

    @cached_property
    def timeline(self) -> Timeline:
        return Timeline(self.engine, GrantHistory(self.engine))

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

"""One open Frontline Desk: its settings, its database and the domain services over it."""

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Engine

from accounts.directory import UserDirectory
from frontline.config import Settings, load_settings
from frontline.schema import load_models
from store.engine import DatabaseInfo, describe, open_engine


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

    def close(self) -> None:
        self.engine.dispose()

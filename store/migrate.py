"""Alembic, driven from code: upgrade to head and report the schema's state.

Reporting the state needs no Alembic: the app checks the schema at every start, and importing
Alembic would cost a tenth of a second of it. Revisions are numbered in order (0001, 0002…,
as `frontline.schema.new_revision` names them), so the head is the highest number.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def is_empty(self) -> bool:
        return self.current is None

    @property
    def is_current(self) -> bool:
        return self.current == self.head


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config  # noqa: PLC0415 (see the module's docstring)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    revisions = [path.name.split("_")[0] for path in (MIGRATIONS / "versions").glob("*.py")]
    assert revisions, "the migrations folder has no revision"
    return max(revisions)


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        current = current_revision(connection)
    return SchemaState(current=current, head=head_revision())


def upgrade(engine: Engine) -> SchemaState:
    """Bring the schema to head; a schema already at head is left as it is."""
    from alembic import command  # noqa: PLC0415 (see the module's docstring)

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return schema_state(engine)

"""The whole schema: every domain package's tables, and their migrations."""

import importlib
import sys
from tempfile import TemporaryDirectory

from sqlalchemy import Engine

from store.engine import open_engine
from store.migrate import MIGRATIONS, SchemaState, alembic_config, schema_state, upgrade

# Every domain package that owns tables; importing them registers the tables on store.base.Base.
MODEL_MODULES = (
    "accounts.models",
    "policies.models",
    "knowledge.models",
    "customers.models",
    "training.models",
)


class SchemaError(Exception):
    """The database's schema is missing or older than this version of Frontline Desk."""


def load_models() -> None:
    for module in MODEL_MODULES:
        importlib.import_module(module)


def init_database(engine: Engine) -> tuple[SchemaState, SchemaState]:
    """Create or upgrade the schema; returns the state before and after."""
    load_models()
    before = schema_state(engine)
    return before, upgrade(engine)


def require_current(engine: Engine) -> None:
    state = schema_state(engine)
    if state.is_empty:
        raise SchemaError("the database has no tables yet: run `frontline init`")
    if not state.is_current:
        raise SchemaError(
            f"the database schema is at {state.current}, this version needs {state.head}: "
            "run `frontline init` to upgrade it"
        )


def prepare_database(engine: Engine, *, create_if_empty: bool) -> None:
    """Check the schema before use; an empty embedded database may be created on the spot."""
    load_models()
    if create_if_empty and schema_state(engine).is_empty:
        upgrade(engine)
    require_current(engine)


def new_revision(message: str) -> None:
    """Write a migration for the difference between the models and head (for developers)."""
    from alembic import command  # noqa: PLC0415 (start-up checks the schema without Alembic)

    load_models()
    revision_id = f"{len(list(MIGRATIONS.glob('versions/*.py'))) + 1:04d}"
    with TemporaryDirectory() as scratch:
        engine = open_engine(f"sqlite:///{scratch}/scratch.db")
        with engine.begin() as connection:
            config = alembic_config(connection)
            command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=revision_id)
        engine.dispose()


if __name__ == "__main__":
    new_revision(" ".join(sys.argv[1:]) or "schema change")

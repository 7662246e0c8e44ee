"""The schema: migrations reach head on both databases and match the models exactly."""

import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from frontline.schema import (
    SchemaError,
    init_database,
    load_models,
    prepare_database,
    require_current,
)
from store.base import Base
from store.engine import open_engine
from store.migrate import alembic_config, head_revision, schema_state


def test_empty_database_migrates_to_head_and_matches_the_models(empty_database_url: str):
    engine = open_engine(empty_database_url)
    before, after = init_database(engine)
    assert before.is_empty
    assert after.current == head_revision()
    load_models()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_init_twice_changes_nothing(empty_database_url: str):
    engine = open_engine(empty_database_url)
    init_database(engine)
    tables = sorted(inspect(engine).get_table_names())
    before, after = init_database(engine)
    assert before == after
    assert sorted(inspect(engine).get_table_names()) == tables
    engine.dispose()


def test_the_app_creates_an_empty_embedded_database_but_not_a_shared_one(
    empty_database_url: str,
):
    engine = open_engine(empty_database_url)
    if engine.dialect.name == "sqlite":
        prepare_database(engine, create_if_empty=True)
        assert schema_state(engine).is_current
    else:
        with pytest.raises(SchemaError, match="run `frontline init`"):
            prepare_database(engine, create_if_empty=False)
        assert schema_state(engine).is_empty
    engine.dispose()


def test_an_older_schema_is_refused_until_upgraded(empty_database_url: str):
    engine = open_engine(empty_database_url)
    init_database(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    with pytest.raises(SchemaError, match=r"schema is at older.*run `frontline init`"):
        require_current(engine)
    engine.dispose()


def test_head_read_from_file_names_is_alembics_head():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()


def test_starting_the_app_checks_the_schema_without_importing_alembic(database_url: str):
    probe = (
        "import sys; from frontline.schema import prepare_database; "
        "from store.engine import open_engine; "
        f"prepare_database(open_engine({database_url!r}), create_if_empty=False); "
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'alembic'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

"""The schema: migrations reach head on both databases and match the models exactly."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from frontline.schema import init_database, load_models
from store.base import Base
from store.engine import open_engine
from store.migrate import head_revision


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

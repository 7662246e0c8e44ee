"""Shared fixtures: a private data folder per test, and real SQLite and PostgreSQL databases."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from frontline.config import load_settings
from frontline.context import AppContext
from frontline.schema import init_database
from store.engine import open_engine
from store.scratch import scratch_postgres

PG_URL = os.environ.get("FRONTLINE_TEST_PG_URL")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def frontline_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; the user's real one is never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("FRONTLINE_HOME", str(home))
    monkeypatch.delenv("FRONTLINE_DB_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head once, copied by each test that needs one."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = open_engine(f"sqlite:///{path}")
    init_database(engine)
    engine.dispose()
    return path


def scratch_postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("FRONTLINE_TEST_PG_URL must be set in CI")
        pytest.skip(
            "set FRONTLINE_TEST_PG_URL (postgresql://postgres@127.0.0.1:5432/test) "
            "to run the PostgreSQL tests"
        )
    with scratch_postgres(PG_URL, "frontline_test") as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind, with no schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
    else:
        yield from scratch_postgres_url()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_sqlite: Path
) -> Iterator[str]:
    """A database of each kind migrated to head."""
    if request.param == "sqlite":
        path = tmp_path / "frontline.db"
        shutil.copyfile(migrated_sqlite, path)
        yield f"sqlite:///{path}"
        return
    for url in scratch_postgres_url():
        engine = open_engine(url)
        init_database(engine)
        engine.dispose()
        yield url


@pytest.fixture
def context(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """Frontline Desk opened on a migrated database, as the CLI and the app open it."""
    monkeypatch.setenv("FRONTLINE_DB_URL", database_url)
    app_context = AppContext(load_settings())
    yield app_context
    app_context.close()


@pytest.fixture
def sqlite_context(
    tmp_path: Path, migrated_sqlite: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    """Frontline Desk on the default embedded database in FRONTLINE_HOME."""
    settings = load_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(migrated_sqlite, settings.home / "frontline.db")
    app_context = AppContext(settings)
    yield app_context
    app_context.close()


@pytest.fixture
def runner(qtbot: object) -> Iterator[object]:
    """The desktop's background runner, drained before the test's widgets go."""
    from desktop.tasks import TaskRunner  # noqa: PLC0415 - Qt only for the tests that use it

    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()

from pathlib import Path

import pytest

from frontline.config import ConfigError, load_settings


def test_defaults_live_in_frontline_home(frontline_home: Path):
    settings = load_settings()
    assert settings.home == frontline_home.resolve()
    assert settings.database_url == f"sqlite:///{frontline_home.resolve() / 'frontline.db'}"
    assert settings.index_dir == frontline_home.resolve() / "index"


def test_config_file_sets_the_database(frontline_home: Path):
    frontline_home.mkdir()
    (frontline_home / "config.toml").write_text(
        'database_url = "postgresql://desk@db.example/frontline"\n', encoding="utf-8"
    )
    assert load_settings().database_url == "postgresql://desk@db.example/frontline"


def test_environment_beats_config_file(frontline_home: Path, monkeypatch: pytest.MonkeyPatch):
    frontline_home.mkdir()
    (frontline_home / "config.toml").write_text('database_url = "sqlite:///a.db"\n')
    monkeypatch.setenv("FRONTLINE_DB_URL", "sqlite:///b.db")
    assert load_settings().database_url == "sqlite:///b.db"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('database_url = "unterminated\n', r"config\.toml: .*line 1"),
        ('databse_url = "sqlite:///x.db"\n', r"config\.toml: unknown setting 'databse_url'"),
        ("database_url = 5\n", r"config\.toml: database_url must be a non-empty string"),
    ],
)
def test_bad_config_file_names_file_and_problem(frontline_home: Path, content: str, expected: str):
    frontline_home.mkdir()
    (frontline_home / "config.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected):
        load_settings()

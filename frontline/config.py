"""Where Frontline Desk keeps its data and which database it uses.

Precedence: environment variables, then `config.toml` in the data folder, then defaults.
"""

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "frontline-desk"
CONFIG_FILE = "config.toml"
KNOWN_KEYS = frozenset({"database_url"})


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str

    @property
    def config_file(self) -> Path:
        return self.home / CONFIG_FILE

    @property
    def index_dir(self) -> Path:
        """The per-workstation knowledge index, rebuilt from the database when needed."""
        return self.home / "index"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "frontline.log"

    @property
    def ui_settings_file(self) -> Path:
        return self.home / "desktop.ini"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def load_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    home = Path(environ.get("FRONTLINE_HOME") or default_home()).expanduser().resolve()
    values = _read_config_file(home / CONFIG_FILE)
    database_url = (
        environ.get("FRONTLINE_DB_URL")
        or values.get("database_url")
        or f"sqlite:///{home / 'frontline.db'}"
    )
    return Settings(home=home, database_url=database_url)


def _read_config_file(path: Path) -> dict[str, str]:
    try:
        with path.open("rb") as handle:
            values = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    unknown = sorted(set(values) - KNOWN_KEYS)
    if unknown:
        known = ", ".join(sorted(KNOWN_KEYS))
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {known})")
    for key, value in values.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{path}: {key} must be a non-empty string")
    return values

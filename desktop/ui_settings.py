"""The desktop's own preferences, kept in an INI file in the data folder."""

from PySide6.QtCore import QByteArray, QSettings

from desktop.i18n import LANGUAGES, system_language
from frontline.config import Settings

LANGUAGE = "ui/language"
LAST_USER = "ui/last_user"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"


class UiSettings:
    def __init__(self, settings: Settings) -> None:
        self._store = QSettings(str(settings.ui_settings_file), QSettings.Format.IniFormat)

    def language(self) -> str:
        return self.language_choice() or system_language()

    def language_choice(self) -> str:
        """The saved choice: a language name, or empty for 'follow the system'."""
        chosen = str(self._store.value(LANGUAGE, ""))
        return chosen if chosen in LANGUAGES else ""

    def set_language_choice(self, language: str) -> None:
        self._store.setValue(LANGUAGE, language)

    def last_user(self) -> str:
        return str(self._store.value(LAST_USER, ""))

    def set_last_user(self, username: str) -> None:
        self._store.setValue(LAST_USER, username)

    def blob(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

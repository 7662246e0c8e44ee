"""Loading our translations and Qt's own, and switching language while the app runs."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from accounts.roles import Role
from resources import resource

# The languages the user can choose, by Qt locale name; the first is the source language.
LANGUAGES = ("en", "zh_CN")
FALLBACK = "en"


def system_language() -> str:
    """The supported language closest to the system locale."""
    for name in QLocale.system().uiLanguages():
        normalised = name.replace("-", "_")
        if normalised.startswith("zh"):
            return "zh_CN"
        if normalised.startswith("en"):
            return "en"
    return FALLBACK


def language_name(language: str) -> str:
    """A language's name in that language, so a user can always find their own."""
    return {"en": "English", "zh_CN": "简体中文"}[language]


class Translations:
    """The translators installed on the application; `switch` replaces them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = FALLBACK

    def switch(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = str(resource("translations"))
        for name, folder in ((f"qtbase_{language}", qt_folder), (f"frontline_{language}", ours)):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language


def role_label(role: Role) -> str:
    labels = {
        Role.AGENT: QCoreApplication.translate("Role", "Agent"),
        Role.SENIOR: QCoreApplication.translate("Role", "Senior agent"),
        Role.SUPERVISOR: QCoreApplication.translate("Role", "Supervisor"),
        Role.TRAINER: QCoreApplication.translate("Role", "Trainer"),
        Role.ADMIN: QCoreApplication.translate("Role", "Administrator"),
    }
    return labels[role]

"""The desktop session: sign in, the main window, sign out, preferences."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from desktop.i18n import Translations
from desktop.main_window import MainWindow
from desktop.preferences import PreferencesDialog
from desktop.sign_in import SignInDialog
from desktop.tasks import TaskRunner
from desktop.ui_settings import UiSettings
from frontline.context import AppContext


class DeskSession(QObject):
    def __init__(
        self,
        app: QApplication,
        context: AppContext,
        translations: Translations,
        settings: UiSettings,
    ) -> None:
        super().__init__()
        self._app = app
        self.context = context
        self.translations = translations
        self.settings = settings
        self.runner = TaskRunner(parent=self)
        self.window = MainWindow(context, self.runner, settings)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.preferences_requested.connect(self.edit_preferences)

    def sign_in_dialog(self) -> SignInDialog:
        return SignInDialog(self.context.users, self.runner, self.settings.last_user())

    def start(self) -> bool:
        """Ask who is working; show the workspace, or return False if they quit."""
        dialog = self.sign_in_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return False
        self.settings.set_last_user(dialog.user.username)
        self.window.set_user(dialog.user)
        self.window.show()
        return True

    def sign_out(self) -> None:
        self.window.save_layout()
        self.window.hide()
        self.window.set_user(None)
        if not self.start():
            self._app.quit()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings.language_choice(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.set_language_choice(dialog.language_choice())
            self.translations.switch(self.settings.language())

    def shut_down(self) -> None:
        self.runner.wait()
        self.context.close()

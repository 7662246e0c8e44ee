"""The main window: the agent's workspace, its menus and its status bar."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from accounts.directory import UserRecord
from desktop import ui_settings as keys
from desktop.status_bar import DeskStatusBar
from desktop.supervisor_access import may_supervise, may_train
from desktop.tasks import TaskRunner
from desktop.ui_settings import UiSettings
from desktop.workspace import Workspace
from frontline.context import AppContext

if TYPE_CHECKING:
    from desktop.supervisor_console import SupervisorConsole
    from desktop.training_launcher import TrainingLauncher
    from desktop.training_setup import TrainingSetupDialog


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    preferences_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._context, self._runner = context, runner
        self.user: UserRecord | None = None
        self.console: SupervisorConsole | None = None  # opened on demand
        self.training: TrainingLauncher | None = None  # made when first used

        self.splitter = Workspace(context, runner)
        self.customer_pane, self.knowledge_pane, self.compensation_pane = self.splitter.panes()
        self.setCentralWidget(self.splitter)
        self.status = DeskStatusBar(context, runner)
        self.setStatusBar(self.status)
        self._connect_panes()
        self._build_menus()
        self.retranslate()
        self._restore_layout()

    def _connect_panes(self) -> None:
        self.compensation_pane.granted.connect(self.status.refresh)
        self.splitter.chain_focus(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.sign_out_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.sign_out_action, self.quit_action])

        self.go_menu = bar.addMenu("")
        self.lookup_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.lookup_action.triggered.connect(self.customer_pane.focus_lookup)
        self.search_action = QAction(self, shortcut=QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.knowledge_pane.focus_search)
        self.case_action = QAction(self, shortcut=QKeySequence("Ctrl+J"))
        self.case_action.triggered.connect(self.compensation_pane.focus_case)
        self.grant_action = QAction(self, shortcut=QKeySequence("Ctrl+G"))
        self.grant_action.triggered.connect(self.compensation_pane.start_grant)
        self.go_menu.addActions(
            [self.lookup_action, self.search_action, self.case_action, self.grant_action]
        )

        self.tools_menu = bar.addMenu("")
        self.preferences_action = QAction(self, shortcut=QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.console_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+U"))
        self.console_action.triggered.connect(self.open_console)
        self.console_action.setVisible(False)
        self.training_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+T"))
        self.training_action.triggered.connect(self.open_training)
        self.training_action.setVisible(False)
        self.tools_menu.addActions(
            [self.console_action, self.training_action, self.preferences_action]
        )

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)

    def set_user(self, user: UserRecord | None) -> None:
        self.user = user
        if self.console is not None:
            self.console.close()
            self.console = None
        self.console_action.setVisible(may_supervise(user))
        self.training_action.setVisible(may_train(user))
        self.status.set_user(user)
        self.splitter.set_user(user)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.status.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("Frontline Desk")
        self.setWindowTitle(f"{title} — {self.user.display_name}" if self.user else title)
        self.file_menu.setTitle(self.tr("&File"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.console_action.setText(self.tr("Supervisor &console…"))
        self.training_action.setText(self.tr("&Training session…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Frontline Desk"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.lookup_action.setText(self.tr("Find a &customer"))
        self.search_action.setText(self.tr("Search the &knowledge base"))
        self.case_action.setText(self.tr("Describe the ca&se"))
        self.grant_action.setText(self.tr("&Grant compensation…"))

    def open_console(self) -> "SupervisorConsole | None":
        """The supervisor console, for supervisors and administrators; a refusal for others."""
        if self.user is None or not may_supervise(self.user):
            QMessageBox.information(
                self,
                self.tr("Supervisor console"),
                self.tr("Only supervisors and administrators can open the supervisor console."),
            )
            return None
        if self.console is None:
            # Imported when first opened: its pages and charts cost a fifth of a second of
            # every start, and most people who start the app never open it.
            from desktop.supervisor_console import SupervisorConsole  # noqa: PLC0415

            self.console = SupervisorConsole(self._context, self._runner, self.user)
        if self.console.isVisible():
            self.console.raise_()  # open already, perhaps behind the workspace
        else:
            self.console.show()
        self.console.activateWindow()
        return self.console

    def open_training(self) -> "TrainingSetupDialog | None":
        """Start a training session: for trainers, supervisors and administrators."""
        if not may_train(self.user):
            QMessageBox.information(
                self,
                self.tr("Training"),
                self.tr("Only trainers, supervisors and administrators run training sessions."),
            )
            return None
        # Imported when first used, like the console: sandboxes and scenarios cost start-up
        # time that most people who start the app never need.
        from desktop.training_launcher import TrainingLauncher  # noqa: PLC0415
        from desktop.training_setup import TrainingSetupDialog  # noqa: PLC0415

        if self.training is None:
            self.training = TrainingLauncher(self._context, self._runner, self)
        dialog = TrainingSetupDialog(self._context, self._runner, self)
        trainer, launcher = self.user.username, self.training
        dialog.chosen.connect(lambda choice: launcher.start(choice, trainer=trainer))
        dialog.open()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Frontline Desk"),
            self.tr(
                "<h3>Frontline Desk</h3><p>Knowledge, customer history and the authority to "
                "solve problems on the spot, in one window.</p>"
            ),
        )

    def _restore_layout(self) -> None:
        geometry = self._settings.blob(keys.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self._settings.blob(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.blob(keys.SPLITTER_STATE)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self._settings.set_blob(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set_blob(keys.WINDOW_STATE, self.saveState())
        self._settings.set_blob(keys.SPLITTER_STATE, self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.console is not None:
            self.console.close()
        self.save_layout()
        super().closeEvent(event)

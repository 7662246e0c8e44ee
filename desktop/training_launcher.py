"""Preparing a chosen training session's sandbox in the background, then opening its window."""

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.tasks import TaskRunner
from desktop.training_setup import SessionChoice
from desktop.training_window import TrainingWindow
from frontline.context import AppContext
from frontline.training import Sandbox, TrainingRun, create_sandbox
from store.types import utcnow

CHANNEL = "training/sandbox"
log = logging.getLogger(__name__)


class TrainingLauncher(QObject):
    def __init__(self, desk: AppContext, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._desk, self._runner, self._window = desk, runner, window
        self.session: TrainingWindow | None = None
        self._progress: QProgressDialog | None = None

    def start(self, choice: SessionChoice, *, trainer: str) -> None:
        progress = QProgressDialog(self._window)
        progress.setWindowTitle(self.tr("Training"))
        progress.setLabelText(
            self.tr("Preparing the sandbox: the customer, the policy and the articles…")
        )
        progress.setRange(0, 0)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        self._progress = progress
        self._runner.submit(
            CHANNEL,
            lambda: create_sandbox(self._desk, choice.scenario, choice.trainee, now=utcnow()),
            lambda sandbox: self._opened(choice, trainer, sandbox),
            self._failed,
        )

    def _done(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _opened(self, choice: SessionChoice, trainer: str, sandbox: Sandbox) -> None:
        self._done()
        run = TrainingRun(
            choice.scenario,
            sandbox.trainee.username,
            trainer,
            "live" if choice.live else "scripted",
            choice.language,
            kinds=sandbox.kinds,
        )
        self.session = TrainingWindow(self._desk, self._runner, sandbox, run)
        self.session.finished.connect(self._closed)
        self.session.show()

    def _closed(self) -> None:
        self.session = None

    def _failed(self, error: Exception) -> None:
        self._done()
        log.error("training sandbox not prepared", exc_info=error)
        QMessageBox.warning(
            self._window,
            self.tr("Training"),
            self.tr("The training sandbox could not be prepared: %1").replace("%1", str(error)),
        )

"""Preparing a chosen training session's sandbox in the background, then opening its window."""

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from accounts.directory import UserRecord
from desktop.tasks import TaskRunner
from desktop.training_setup import SessionChoice
from desktop.training_window import TrainingWindow
from frontline.context import AppContext
from frontline.training import Sandbox, TrainingRun, create_sandbox, kind_names
from store.types import utcnow
from training.scoring import KindNames

CHANNEL = "training/sandbox"
log = logging.getLogger(__name__)


class TrainingLauncher(QObject):
    def __init__(self, desk: AppContext, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._desk, self._runner, self._window = desk, runner, window
        self.session: TrainingWindow | None = None
        self._progress: QProgressDialog | None = None

    def start(self, choice: SessionChoice) -> None:
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
            lambda: _prepare(self._desk, choice),
            lambda sandbox: self._opened(choice, sandbox),
            self._failed,
        )

    def _done(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _opened(self, choice: SessionChoice, prepared: "_Prepared") -> None:
        self._done()
        sandbox, trainee = prepared.sandbox, prepared.trainee
        trainer = getattr(self._window, "user", None)
        run = TrainingRun(
            choice.scenario,
            trainee.username,
            trainer.username if isinstance(trainer, UserRecord) else "",
            "live" if choice.live else "scripted",
            choice.language,
            kinds=prepared.kinds,
        )
        self.session = TrainingWindow(self._desk, self._runner, sandbox, run, trainee=trainee)
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


@dataclass(frozen=True)
class _Prepared:
    sandbox: Sandbox
    trainee: UserRecord  # the trainee's account in the sandbox
    kinds: KindNames


def _prepare(desk: AppContext, choice: SessionChoice) -> _Prepared:
    """The sandbox, the trainee's account in it and its policy's kinds (in the background)."""
    sandbox = create_sandbox(desk, choice.scenario, choice.trainee, now=utcnow())
    trainee = sandbox.context.users.get(choice.trainee.username)
    return _Prepared(sandbox, trainee, kind_names(sandbox))

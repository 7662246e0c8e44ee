"""A page of the supervisor console: a heading, a note line, a refresh button and a body.

Each page loads its figures in the task runner when it is first shown and when asked
again; a failure shows as a sentence on the note line, and the page keeps what it had.
"""

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.tasks import TaskRunner
from frontline.context import AppContext

log = logging.getLogger(__name__)


class ConsoleTab(QWidget):
    def __init__(
        self, name: str, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context, self.runner = context, runner
        self.loaded_once = False
        self.heading = QLabel(objectName="consoleHeading")
        self.state_line = QLabel(objectName="consoleNote", wordWrap=True)
        self.refresh_button = QPushButton(objectName="consoleRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.state_line, 2)
        top.addWidget(self.refresh_button)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.addLayout(top)

    def refresh(self) -> None:
        """Load the page's figures again (in the background)."""
        raise NotImplementedError

    def showEvent(self, event: object) -> None:
        if not self.loaded_once:
            self.loaded_once = True
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def set_note(self, text: str) -> None:
        self.state_line.setText(text)

    def failed(self, error: Exception) -> None:
        self.set_note(self.explain(error))

    def explain(self, error: Exception) -> str:
        if isinstance(error, SQLAlchemyError):
            log.warning("%s: database error: %s", self.objectName(), error)
            return self.tr("The database cannot be reached. What is shown may be out of date.")
        log.error("%s: unexpected error", self.objectName(), exc_info=error)
        return self.tr("Something went wrong; the details are in the log file.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh this page"))

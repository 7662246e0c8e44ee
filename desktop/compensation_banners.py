"""The pane's two banners: what failed in the background, and how the last grant went."""

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.exc import SQLAlchemyError

from accounts.directory import AccountError
from desktop.compensation_labels import ui_text
from policies.requests import GrantResult
from policies.versions import NoPolicyError

log = logging.getLogger(__name__)


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ErrorBanner(QLabel):
    """One failed job at a time, by name; a later success of that job takes it away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="paneError", wordWrap=True)
        self.failure: tuple[str, Exception] | None = None
        self.hide()

    def fail(self, job: str, error: Exception) -> None:
        if isinstance(error, SQLAlchemyError):
            log.warning("compensation pane: %s failed: %s", job, error)
        elif not isinstance(error, NoPolicyError | AccountError):
            log.error("compensation pane: %s failed", job, exc_info=error)
        self.failure = (job, error)
        self.retranslate()

    def succeeded(self, job: str) -> None:
        if self.failure is not None and self.failure[0] == job:
            self.failure = None
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.failure is None:
            self.hide()
            return
        error = self.failure[1]
        if isinstance(error, NoPolicyError):
            text = self.tr(
                "No compensation policy is in force. An administrator loads one with: %1"
            ).replace("%1", "frontline policy load PATH")
        elif isinstance(error, AccountError):
            text = self.tr("Your account cannot grant compensation: %1").replace("%1", str(error))
        elif isinstance(error, SQLAlchemyError):
            text = self.tr(
                "Cannot reach the database; what you typed is kept. Try again in a moment."
            )
        else:
            text = self.tr("Something went wrong; the details are in the log.")
        self.setText(text)
        self.show()


class ResultBanner(QLabel):
    """The outcome of the last grant (granted, pending approval, refused), or a short notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="grantResult", wordWrap=True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result: GrantResult | None = None
        self.hide()

    def show_result(self, result: GrantResult | None) -> None:
        self.result = result
        if result is None:
            self.hide()
        else:
            self.say(ui_text(result.message), str(result.outcome))

    def say(self, text: str, state: str) -> None:
        self.setText(text)
        self.setProperty("state", state)
        _restyle(self)
        self.show()

    def dismiss(self) -> None:
        self.show_result(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.result is not None:
            self.show_result(self.result)  # the service's message, in the new language
        super().changeEvent(event)

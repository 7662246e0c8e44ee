"""The pane's error banner: what could not be read, in words, with a way to try again.

Each source (look-up, profile, timeline) has at most one message; a success of that source
takes its message away, and the banner hides when none is left.
"""

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from customers.timeline import TimelineError, UnknownCustomerError

log = logging.getLogger(__name__)


class ErrorBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="paneError")
        self._messages: dict[str, str] = {}
        self.text = QLabel(objectName="paneErrorText", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(objectName="paneErrorRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again"))

    def failed(self, source: str, error: Exception) -> None:
        self._messages[source] = self.explain(error)
        self._update()

    def clear(self, *sources: str) -> None:
        removed = [self._messages.pop(source, None) for source in sources]
        if any(message is not None for message in removed):
            self._update()

    def sources(self) -> set[str]:
        return set(self._messages)

    def message(self) -> str:
        return self.text.text() if self._messages else ""

    def explain(self, error: Exception) -> str:
        """A sentence for the agent; the details of the unexpected go to the log."""
        if isinstance(error, UnknownCustomerError):
            return self.tr("This customer is no longer on file.")
        if isinstance(error, TimelineError):
            return self.tr("The history cannot be read: %1").replace("%1", str(error))
        if isinstance(error, SQLAlchemyError):
            log.warning("customer pane: database error: %s", first_line(error))
            return self.tr("The database is not answering: %1").replace("%1", first_line(error))
        log.error("customer pane: unexpected error", exc_info=error)
        return self.tr("Something went wrong. The details were written to the log.")

    def _update(self) -> None:
        self.text.setText("\n".join(dict.fromkeys(self._messages.values())))
        self.setVisible(bool(self._messages))


def first_line(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__

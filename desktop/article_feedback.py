"""Helpful, not helpful or outdated: a reader's vote on an article, with an optional comment."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

VOTES = ("helpful", "not_helpful", "outdated")


class _CommentEdit(QLineEdit):
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class FeedbackBar(QFrame):
    """Three vote buttons; choosing one opens a one-line comment box with Send and Cancel."""

    submitted = Signal(str, str)  # vote, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleFeedback")
        self._signed_in = False
        self._sent = False
        self.question = QLabel(objectName="feedbackQuestion")
        self.buttons = {vote: QPushButton(objectName="vote", checkable=True) for vote in VOTES}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for vote, button in self.buttons.items():
            button.setProperty("vote", vote)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self._group.addButton(button)
            button.clicked.connect(lambda _checked=False, v=vote: self._choose(v))
        self.comment = _CommentEdit(objectName="feedbackComment", clearButtonEnabled=True)
        self.comment.setMaxLength(1000)
        self.send = QPushButton(objectName="feedbackSend", default=True)
        self.cancel = QPushButton(objectName="feedbackCancel", flat=True)
        self.message = QLabel(objectName="feedbackMessage", wordWrap=True)

        votes = QHBoxLayout()
        votes.setSpacing(6)
        votes.addWidget(self.question, 1)
        for button in self.buttons.values():
            votes.addWidget(button)
        self._editor = QWidget(objectName="feedbackEditor")
        editor = QHBoxLayout(self._editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.setSpacing(6)
        editor.addWidget(self.comment, 1)
        editor.addWidget(self.send)
        editor.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(votes)
        layout.addWidget(self._editor)
        layout.addWidget(self.message)

        self.comment.returnPressed.connect(self._submit)
        self.comment.cancelled.connect(self.reset)
        self.send.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reset)
        QWidget.setTabOrder(self.buttons["outdated"], self.comment)
        QWidget.setTabOrder(self.comment, self.send)
        QWidget.setTabOrder(self.send, self.cancel)
        self.retranslate()
        self.reset()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Was this article helpful?"))
        labels = {
            "helpful": self.tr("Helpful"),
            "not_helpful": self.tr("Not helpful"),
            "outdated": self.tr("Outdated"),
        }
        for vote, button in self.buttons.items():
            button.setText(labels[vote])
            button.setAccessibleName(self.tr("Rate the article: %1").replace("%1", labels[vote]))
        self.comment.setPlaceholderText(
            self.tr("Add a comment for the article's owners (optional)")
        )
        self.comment.setAccessibleName(self.tr("Feedback comment"))
        self.send.setText(self.tr("Send"))
        self.send.setAccessibleName(self.tr("Send feedback"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel feedback"))
        self._update_state()

    def set_signed_in(self, signed_in: bool) -> None:
        self._signed_in = signed_in
        if not signed_in:
            self.reset()
        self._update_state()

    def reset(self) -> None:
        """Ready for a vote on a newly shown article."""
        self._sent = False
        self._group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)
        self.comment.clear()
        self._editor.hide()
        self.message.clear()
        self._update_state()

    def chosen(self) -> str | None:
        button = self._group.checkedButton()
        return str(button.property("vote")) if button is not None else None

    def show_sent(self) -> None:
        self._sent = True
        self._editor.hide()
        self.message.setText(self.tr("Thank you. Your feedback goes to the article's owners."))
        self._update_state()

    def show_failed(self, text: str) -> None:
        self.message.setText(text)
        self._set_busy(False)

    def _choose(self, vote: str) -> None:
        self.message.clear()
        self._editor.show()
        self.comment.setFocus()
        self._update_state()

    def _submit(self) -> None:
        vote = self.chosen()
        if vote is None or not self._signed_in or self._sent:
            return
        self._set_busy(True)
        self.message.setText(self.tr("Sending…"))
        self.submitted.emit(vote, self.comment.text().strip())

    def _set_busy(self, busy: bool) -> None:
        self.send.setEnabled(not busy)
        self.comment.setEnabled(not busy)

    def _update_state(self) -> None:
        can_vote = self._signed_in and not self._sent
        for button in self.buttons.values():
            button.setEnabled(can_vote)
            button.setToolTip("" if self._signed_in else self.tr("Sign in to rate articles."))
        self._set_busy(False)
        if not self._signed_in:
            self.message.setText(self.tr("Sign in to rate articles."))
        elif self.message.text() == self.tr("Sign in to rate articles."):
            self.message.clear()

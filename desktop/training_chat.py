"""The training session's chat: the customer's messages, the trainee's replies and, when the
trainer plays the customer live, the trainer's own line with the script's suggestion."""

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.panes import Pane

_BUBBLES = {
    # who: (alignment, background, border)
    "customer": ("left", "#eef1f5", "#dde2ea"),
    "trainee": ("right", "#e3edff", "#c4d6fb"),
}


class ChatPane(Pane):
    reply_sent = Signal(str)  # the trainee wrote to the customer
    escalated = Signal(str)  # the trainee handed the case to a supervisor, with a note
    customer_typed = Signal(str)  # the trainer, playing the customer, wrote a line

    def __init__(self, customer_name: str, *, live: bool, parent: QWidget | None = None) -> None:
        super().__init__("chatPane", parent)
        self._customer_name = customer_name
        self.live = live
        self.transcript = QTextBrowser(objectName="chatTranscript", openLinks=False)
        self.reply = QPlainTextEdit(objectName="chatReply")
        self.reply.setFixedHeight(72)
        self.reply.installEventFilter(self)
        self.send_button = QPushButton(objectName="chatSend")
        self.send_button.clicked.connect(self.send)
        self.escalate_button = QPushButton(objectName="chatEscalate")
        self.escalate_button.clicked.connect(self.escalate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.escalate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.hint.hide()
        self.body.addWidget(self.transcript, 1)
        self.body.addWidget(self.reply)
        self.body.addLayout(buttons)
        self.trainer_box = QGroupBox(objectName="chatTrainer")
        self.suggestion = QLabel(objectName="chatSuggestion", wordWrap=True)
        self.customer_line = QLineEdit(objectName="chatCustomerLine", clearButtonEnabled=True)
        self.customer_line.returnPressed.connect(self.say_as_customer)
        self.say_button = QPushButton(objectName="chatSay")
        self.say_button.clicked.connect(self.say_as_customer)
        line = QHBoxLayout()
        line.addWidget(self.customer_line, 1)
        line.addWidget(self.say_button)
        trainer = QVBoxLayout(self.trainer_box)
        trainer.addWidget(self.suggestion)
        trainer.addLayout(line)
        self.body.addWidget(self.trainer_box)
        self.trainer_box.setVisible(live)
        self.suggestion.hide()
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.escalate)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.set_texts(self.tr("Conversation with %1").replace("%1", self._customer_name), "")
        self.reply.setPlaceholderText(self.tr("Write to the customer… (Ctrl+Enter sends)"))
        self.reply.setAccessibleName(self.tr("Reply to the customer"))
        self.send_button.setText(self.tr("Sen&d"))
        self.escalate_button.setText(self.tr("&Hand to a supervisor…"))
        self.escalate_button.setToolTip(self.tr("Ctrl+Shift+E"))
        self.transcript.setAccessibleName(self.tr("Conversation"))
        self.trainer_box.setTitle(self.tr("Trainer: you play the customer"))
        self.customer_line.setPlaceholderText(self.tr("What the customer says…"))
        self.customer_line.setAccessibleName(self.tr("The customer's line"))
        self.say_button.setText(self.tr("Say as &customer"))

    # --- the transcript

    def show_message(self, who: str, text: str, at: float) -> None:
        """Add a message: who is "customer" or "trainee"."""
        align, background, border = _BUBBLES[who]
        name = self._customer_name if who == "customer" else self.tr("You")
        stamp = f"{int(at) // 60:d}:{int(at) % 60:02d}"
        body = html.escape(text).replace("\n", "<br>")
        self.transcript.append(
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="{align}">'
            f'<table width="85%" align="{align}" cellpadding="8" '
            f'style="background:{background};border:1px solid {border}">'
            f'<tr><td><span style="color:#5b6b80;font-size:11px">{html.escape(name)} · '
            f"{stamp}</span><br>{body}</td></tr></table></td></tr></table>"
        )
        self._scroll_to_end()

    def show_note(self, text: str) -> None:
        """A line from the session itself (an action of the trainee, the end of the script)."""
        self.transcript.append(
            f'<p align="center" style="color:#7a8699;font-size:12px"><i>{html.escape(text)}</i></p>'
        )
        self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    # --- the trainee

    def send(self) -> None:
        text = self.reply.toPlainText().strip()
        if not text:
            self.reply.setFocus()
            return
        self.reply.clear()
        self.reply_sent.emit(text)

    def escalate(self) -> None:
        note, given = QInputDialog.getMultiLineText(
            self,
            self.tr("Hand to a supervisor"),
            self.tr("What should the supervisor know?"),
        )
        if given:
            self.escalated.emit(note.strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reply and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.send()
                return True
        return super().eventFilter(watched, event)

    # --- the trainer playing the customer

    def suggest(self, text: str) -> None:
        """Live mode: what the script would have the customer say next."""
        self.suggestion.setText(self.tr("The script suggests: %1").replace("%1", text))
        self.suggestion.show()
        if not self.customer_line.text():
            self.customer_line.setText(text)

    def say_as_customer(self) -> None:
        text = self.customer_line.text().strip()
        if not text:
            return
        self.customer_line.clear()
        self.suggestion.hide()
        self.customer_typed.emit(text)

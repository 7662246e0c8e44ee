"""A training session: the agent's workspace on a sandbox, the chat with the (scripted or
trainer-played) customer, and a banner that says none of it is real."""

import html
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.compensation_labels import amount_label, money, ui_language, ui_text
from desktop.status_bar import DeskStatusBar
from desktop.tasks import TaskRunner
from desktop.training_chat import ChatPane
from desktop.workspace import Workspace
from frontline.context import AppContext
from frontline.training import (
    Sandbox,
    TrainingRun,
    decide_request,
    grant_event,
    pending_request,
)
from policies.grant_log import RequestRecord
from policies.requests import GrantRequest, GrantResult
from training.events import Event, EventKind, GrantOutcome
from training.scenario import Turn

CUSTOMER_TYPING_MS = 900  # the scripted customer "types" before answering


class TrainingWindow(QMainWindow):
    finished = Signal()  # the session was ended (the debrief follows) or abandoned

    def __init__(
        self,
        desk: AppContext,
        runner: TaskRunner,
        sandbox: Sandbox,
        run: TrainingRun,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._desk, self._runner = desk, runner
        self.sandbox, self.run = sandbox, run
        self.debrief: QWidget | None = None
        self.banner = QLabel(objectName="trainingBanner", wordWrap=True)
        self.workspace = Workspace(sandbox.context, runner)
        self.workspace.set_user(sandbox.trainee)
        persona = run.scenario.persona
        self.chat = ChatPane(f"{persona.name} ({persona.ref})", live=run.live)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="trainingSplitter")
        self.splitter.addWidget(self.workspace)
        self.splitter.addWidget(self.chat)
        self.splitter.setStretchFactor(0, 10)
        self.splitter.setStretchFactor(1, 3)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status = DeskStatusBar(sandbox.context, runner)
        self.status.set_user(sandbox.trainee)
        self.setStatusBar(self.status)
        self._build_actions()
        self._connect()
        self.retranslate()
        self.resize(1500, 860)
        opening = run.events[0]
        self.chat.show_message("customer", opening.text, opening.at)

    def _build_actions(self) -> None:
        bar = QToolBar(objectName="trainingToolbar", movable=False)
        self.addToolBar(bar)
        self.briefing_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+B"))
        self.briefing_action.triggered.connect(self.show_briefing)
        self.decide_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+D"))
        self.decide_action.triggered.connect(self.decide_request)
        self.finish_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+F"))
        self.finish_action.triggered.connect(self.finish)
        bar.addAction(self.briefing_action)
        bar.addAction(self.decide_action)
        bar.addSeparator()
        bar.addAction(self.finish_action)

    def _connect(self) -> None:
        customer, knowledge, compensation = self.workspace.panes()
        customer.customer_changed.connect(self._customer_opened)
        knowledge.hits_shown.connect(self._hits_shown)
        knowledge.article_opened.connect(self._article_opened)
        compensation.grant_answered.connect(self._grant_answered)
        compensation.granted.connect(self.status.refresh)
        self.chat.reply_sent.connect(self._replied)
        self.chat.escalated.connect(self._escalated)
        self.chat.customer_typed.connect(self._trainer_spoke)
        self.workspace.chain_focus(self)
        self.setTabOrder(compensation, self.chat)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.status.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = ui_text(self.run.scenario.title)
        self.setWindowTitle(self.tr("Training — %1").replace("%1", title))
        mode = (
            self.tr("the trainer plays the customer")
            if self.run.live
            else self.tr("scripted customer")
        )
        self.banner.setText(
            self.tr(
                "<b>TRAINING</b> · %1 · %2 · A sandbox: nothing done here reaches real "
                "customers, the grant log or the audit log."
            )
            .replace("%1", title)
            .replace("%2", mode)
        )
        self.banner.setAccessibleName(self.tr("Training session"))
        self.briefing_action.setText(self.tr("Trainer's &briefing"))
        self.decide_action.setText(self.tr("&Approve or deny as supervisor…"))
        self.finish_action.setText(self.tr("&Finish and debrief"))

    # --- what the trainee does

    def _record(self, event: Event) -> None:
        if self.run.finished:
            return
        turn = self.run.record(event)
        if turn is not None:
            QTimer.singleShot(CUSTOMER_TYPING_MS, self, lambda: self._customer_answers(turn))
        elif self.run.live and self.run.suggestion is not None:
            self.chat.suggest(self.run.suggestion.says.get(self.run.language))

    def _customer_answers(self, turn: Turn) -> None:
        said = next(e for e in reversed(self.run.events) if e.turn == turn.id)
        self.chat.show_message("customer", said.text, said.at)
        if turn.ends:
            self.chat.show_note(
                self.tr("The customer has nothing more to say. Finish the session when ready.")
            )

    def _customer_opened(self, ref: str) -> None:
        if ref:
            self._record(Event(self.run.elapsed(), EventKind.CUSTOMER, ref=ref))

    def _hits_shown(self, query: str, ids: list[str]) -> None:
        self._record(Event(self.run.elapsed(), EventKind.SEARCH, text=query, found=tuple(ids)))

    def _article_opened(self, article_id: str) -> None:
        self._record(Event(self.run.elapsed(), EventKind.ARTICLE, ref=article_id))

    def _grant_answered(self, request: GrantRequest, result: GrantResult) -> None:
        if result.repeated:
            return  # the same grant again: nothing new happened
        event = grant_event(self.run.elapsed(), request.kind, request.amount, result)
        self.chat.show_note(self._grant_note(request, event.outcome or GrantOutcome.REFUSED))
        self._record(event)

    def _grant_note(self, request: GrantRequest, outcome: GrantOutcome) -> str:
        """What the trainee did, as they asked it: the kind by name, the amount in its unit."""
        texts = {
            GrantOutcome.GRANTED: self.tr("You granted %1 %2."),
            GrantOutcome.PENDING: self.tr("You asked a supervisor to approve %1 %2."),
            GrantOutcome.REFUSED: self.tr("The policy refused %1 %2."),
        }
        asked = request.amount or Decimal(0)
        decided = self.workspace.compensation_pane.decided  # the decision the grant came from
        kind = decided.policy.kinds.get(request.kind) if decided is not None else None
        shown = (
            amount_label(asked, kind.unit, decided.currency)
            if kind is not None and decided is not None
            else str(request.item or asked)
        )
        return texts[outcome].replace("%1", self._kind_name(request.kind)).replace("%2", shown)

    def _kind_name(self, kind_id: str) -> str:
        name = self.run.kinds.get(kind_id)
        return ui_text(name) if name is not None else kind_id

    def _replied(self, text: str) -> None:
        at = self.run.elapsed()
        self.chat.show_message("trainee", text, at)
        self._record(Event(at, EventKind.REPLY, text=text))

    def _escalated(self, note: str) -> None:
        self.chat.show_note(self.tr("You handed the case to a supervisor."))
        self._record(Event(self.run.elapsed(), EventKind.ESCALATE, text=note))

    def _trainer_spoke(self, text: str) -> None:
        self.run.customer_says(text)
        self.chat.show_message("customer", text, self.run.elapsed())

    # --- the trainer

    def show_briefing(self) -> None:
        scenario = self.run.scenario
        language = ui_language()
        QMessageBox.information(
            self,
            self.tr("Trainer's briefing"),
            f"<h3>{html.escape(ui_text(scenario.title))}</h3>"
            f"<p>{html.escape(ui_text(scenario.summary))}</p>"
            f"<p><b>{html.escape(scenario.persona.name)}</b>: "
            f"{html.escape(scenario.persona.briefing.get(language))}</p>",
        )

    def decide_request(self) -> None:
        """The trainer plays the supervisor: the trainee's newest waiting request."""
        self._runner.submit(
            "training/request",
            lambda: pending_request(self.sandbox),
            self._ask_decision,
            self._decision_failed,
        )

    def _ask_decision(self, request: RequestRecord | None) -> None:
        if request is None:
            QMessageBox.information(
                self, self.tr("Approval"), self.tr("No approval request is waiting.")
            )
            return
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Approval"),
            self.tr("%1 asks to give %2 %3: “%4”")
            .replace("%1", request.agent)
            .replace("%2", self._kind_name(request.kind))
            .replace("%3", money(request.value, request.currency))
            .replace("%4", request.reason),
            parent=self,
        )
        approve = asked.addButton(self.tr("&Approve"), QMessageBox.ButtonRole.AcceptRole)
        deny = asked.addButton(self.tr("&Deny"), QMessageBox.ButtonRole.RejectRole)
        asked.addButton(QMessageBox.StandardButton.Cancel)
        asked.exec()
        if asked.clickedButton() not in (approve, deny):
            return
        approved = asked.clickedButton() is approve
        note = self.tr("Decided by the trainer in the training session.")
        self._runner.submit(
            "training/request",
            lambda: decide_request(self.sandbox, request.id, approve=approved, note=note),
            lambda _done: self._decided(approved),
            self._decision_failed,
        )

    def _decided(self, approved: bool) -> None:
        self.chat.show_note(
            self.tr("The supervisor approved the request.")
            if approved
            else self.tr("The supervisor denied the request.")
        )
        self.workspace.compensation_pane.refresh_requests()
        self.workspace.customer_pane.refresh()

    def _decision_failed(self, error: Exception) -> None:
        QMessageBox.warning(
            self, self.tr("Approval"), self.tr("Not decided: %1").replace("%1", str(error))
        )

    def finish(self) -> None:
        """End the session and open the debrief."""
        if self.debrief is not None:
            self.debrief.show()
            return
        self.run.end()
        self.chat.setEnabled(False)
        self.workspace.setEnabled(False)
        # Imported on first use: most people who open the app never debrief a session.
        from desktop.debrief_dialog import DebriefDialog  # noqa: PLC0415

        dialog = DebriefDialog(self._desk, self._runner, self.run, self)
        dialog.finished.connect(self.close)
        self.debrief = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.run.finished:
            answer = QMessageBox.question(
                self,
                self.tr("Abandon the session?"),
                self.tr("The session is not finished. Close it without a debrief?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._runner.wait()  # jobs on the sandbox finish before its files go
        self.sandbox.discard()
        self.finished.emit()
        super().closeEvent(event)

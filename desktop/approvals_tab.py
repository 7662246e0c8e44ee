"""The console's approvals page: pending requests, each with its context, approved or denied.

The queue runs oldest first. Beside it, the selected request: what the agent asked for and
why, the customer at a glance, and the decision the agent saw; a note, then Approve or
Deny. Four eyes: a supervisor's own request is shown but cannot be decided by them (the
compensation service refuses it too). The queue refreshes itself every half minute.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from accounts.directory import UserRecord
from customers.profile import Profile
from desktop.approvals_work import (
    Queue,
    RequestContext,
    approve,
    deny,
    load_queue,
    load_request_context,
)
from desktop.compensation_labels import (
    category_label,
    money,
    request_title,
    role_name,
    segment_label,
    stage_label,
    tier_label,
    ui_text,
)
from desktop.console_tab import ConsoleTab
from desktop.customer_labels import moment_text
from desktop.decision_view import DecisionView
from desktop.tasks import TaskRunner
from desktop.two_line_delegate import DETAIL_ROLE, TwoLineDelegate
from frontline.context import AppContext
from policies.grant_log import RequestRecord
from policies.requests import CompensationError, GrantResult, Outcome

REFRESH_MS = 30_000
# approve or deny: (context, request id, approver, note) -> the grant's result, if any
Decision = Callable[[AppContext, int, str, str], GrantResult | None]
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class ApprovalsTab(ConsoleTab):
    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        user: UserRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("approvalsTab", context, runner, parent)
        self.user = user
        self.queue: Queue | None = None
        self.selected: RequestRecord | None = None
        self.profile: Profile | None = None
        self.list = QListWidget(objectName="approvalQueue")
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.currentRowChanged.connect(self._select)
        self.empty = QLabel(objectName="consoleEmpty", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.request_title = QLabel(objectName="approvalTitle", wordWrap=True)
        self.request_text = QLabel(objectName="approvalText", wordWrap=True)
        self.request_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_text = QLabel(objectName="approvalCustomer", wordWrap=True)
        self.decision = DecisionView("approvalDecision")
        self.note_label = QLabel(objectName="approvalNoteLabel")
        self.note = QPlainTextEdit(objectName="approvalNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note_label.setBuddy(self.note)
        self.approve_button = QPushButton(objectName="approveRequest")
        self.approve_button.clicked.connect(self._approve)
        self.deny_button = QPushButton(objectName="denyRequest")
        self.deny_button.clicked.connect(self._deny)
        self.outcome = QLabel(objectName="approvalOutcome", wordWrap=True)
        self._lay_out()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()

    def _lay_out(self) -> None:
        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.list, 1)
        queue_layout.addWidget(self.empty, 1)
        self.detail = QWidget(objectName="approvalDetail")
        detail = QVBoxLayout(self.detail)
        for widget in (self.request_title, self.request_text, self.customer_text):
            detail.addWidget(widget)
        detail.addWidget(self.decision, 1)
        detail.addWidget(self.note_label)
        detail.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome, 1)
        buttons.addWidget(self.deny_button)
        buttons.addWidget(self.approve_button)
        detail.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="approvalSplitter")
        splitter.addWidget(queue)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)
        QWidget.setTabOrder(self.list, self.note)
        QWidget.setTabOrder(self.note, self.deny_button)
        QWidget.setTabOrder(self.deny_button, self.approve_button)

    def refresh(self) -> None:
        self.runner.submit(
            "console/approvals", lambda: load_queue(self.context), self._loaded, self.failed
        )

    def _loaded(self, queue: Queue) -> None:
        self.queue = queue
        self.set_note(
            self.tr("%1 waiting").replace("%1", str(len(queue.requests))) if queue.requests else ""
        )
        keep = self.selected.id if self.selected else None
        self._fill(keep)

    def _fill(self, keep: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        requests = self.queue.requests if self.queue else []
        policy = self.queue.policy if self.queue else None
        for record in requests:
            item = QListWidgetItem(request_title(policy, record))
            item.setData(DETAIL_ROLE, self._queue_detail(record))
            item.setData(ID_ROLE, record.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [record.id for record in requests]
        self.list.setVisible(bool(requests))
        self.empty.setVisible(not requests)
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        if not ids:
            self._select(-1)

    def _queue_detail(self, record: RequestRecord) -> str:
        return " · ".join((record.agent, moment_text(record.created_at)))

    def _select(self, row: int) -> None:
        requests = self.queue.requests if self.queue else []
        record = requests[row] if 0 <= row < len(requests) else None
        changed = record is None or self.selected is None or record.id != self.selected.id
        self.selected = record
        if changed:  # the outcome line stays: it tells what became of the last request
            self.profile = None
            self.decision.show_decision(None, "")
            self.note.clear()
        self.detail.setEnabled(record is not None)
        self._show_request()
        if record is not None and changed:
            self.runner.submit(
                "console/approval-context",
                lambda: load_request_context(self.context, record),
                self._context_loaded,
                self.failed,
            )

    def _context_loaded(self, loaded: RequestContext) -> None:
        if self.selected is None or loaded.request_id != self.selected.id:
            return
        self.profile = loaded.profile
        self.decision.show_decision(loaded.decision, self.selected.currency)
        self._show_customer()

    def _own(self) -> bool:
        return self.selected is not None and self.selected.agent == self.user.username

    def _show_request(self) -> None:
        record, policy = self.selected, self.queue.policy if self.queue else None
        own = self._own()
        self.approve_button.setEnabled(record is not None and not own)
        self.deny_button.setEnabled(record is not None and not own)
        if record is None:
            self.request_title.setText(self.tr("No request selected"))
            self.request_text.setText("")
            self.customer_text.setText("")
            return
        self.request_title.setText(request_title(policy, record))
        lines = [
            self.tr("Asked by %1 on %2; needs a %3.")
            .replace("%1", record.agent)
            .replace("%2", moment_text(record.created_at))
            .replace("%3", role_name(policy, record.approver_role)),
            self.tr("Case: %1. Money it draws from budgets: %2.")
            .replace("%1", category_label(record.category) if record.category else "—")
            .replace("%2", money(record.value, record.currency)),
            self.tr("Reason: “%1”").replace("%1", record.reason),
        ]
        if own:
            lines.append(self.tr("This is your own request: another supervisor must decide it."))
        self.request_text.setText("\n".join(lines))
        self._show_customer()

    def _show_customer(self) -> None:
        record, profile = self.selected, self.profile
        if record is None:
            return
        if self.decision.decision is None:
            self.customer_text.setText(self.tr("Loading the customer and the decision…"))
            return
        if profile is None:
            self.customer_text.setText(self.tr("This customer is not on file."))
            return
        figures, currency = profile.figures, record.currency
        labels = [profile.customer.name, tier_label(profile.customer.tier)]
        if profile.segment is not None:
            labels.append(segment_label(str(profile.segment)))
        labels.append(stage_label(str(profile.lifecycle.stage)))
        history = (
            self.tr("%1 orders, %2 spent; %3 complaints in 90 days (%4 open).")
            .replace("%1", str(figures.orders))
            .replace("%2", money(figures.total_spend, currency))
            .replace("%3", str(profile.complaints_90d))
            .replace("%4", str(profile.open_complaints))
        )
        received = money(profile.compensation_30d, currency)
        if profile.compensation_cap is None:
            compensation = self.tr("Compensation in 30 days: %1.").replace("%1", received)
        else:
            compensation = (
                self.tr("Compensation in 30 days: %1 of the %2 cap.")
                .replace("%1", received)
                .replace("%2", money(profile.compensation_cap, currency))
            )
        self.customer_text.setText("\n".join((" · ".join(labels), history, compensation)))

    def _approve(self) -> None:
        self._decide(approve, self.tr("Approving…"))

    def _deny(self) -> None:
        if not self.note.toPlainText().strip():
            self.outcome.setText(self.tr("Say in the note why the request is denied."))
            self.note.setFocus()
            return
        self._decide(deny, self.tr("Denying…"))

    def _decide(self, action: Decision, busy: str) -> None:
        record = self.selected
        if record is None or self._own():
            return
        note, approver = self.note.toPlainText().strip(), self.user.username
        self.outcome.setText(busy)
        self.approve_button.setEnabled(False)
        self.deny_button.setEnabled(False)
        self.runner.submit(
            "console/approval-decide",
            lambda: action(self.context, record.id, approver, note),
            self._decided,
            self._decide_failed,
        )

    def _decided(self, result: GrantResult | None) -> None:
        if result is None:
            self.outcome.setText(self.tr("Denied. The agent sees your note."))
        elif result.outcome is Outcome.GRANTED:
            self.outcome.setText(self.tr("Approved: %1").replace("%1", ui_text(result.message)))
        else:
            self.outcome.setText(ui_text(result.message))
        self.selected = None
        self.refresh()

    def _decide_failed(self, error: Exception) -> None:
        if isinstance(error, CompensationError):
            self.outcome.setText(str(error))
            self.refresh()
            return
        self.outcome.setText(self.explain(error))
        self._show_request()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Approval requests"))
        self.list.setAccessibleName(self.tr("Pending approval requests"))
        self.empty.setText(self.tr("No request is waiting. Requests agents send appear here."))
        self.note_label.setText(self.tr("&Note to the agent (required to deny):"))
        self.note.setAccessibleName(self.tr("Note to the agent"))
        self.approve_button.setText(self.tr("&Approve"))
        self.deny_button.setText(self.tr("&Deny"))
        self._fill(self.selected.id if self.selected else None)

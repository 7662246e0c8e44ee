"""The compensation pane: the case, what the agent may give for it, granting, and requests.

Every read and write runs in the task runner; the pane re-decides (debounced) whenever the
case, the customer or the signed-in user changes, and after every grant.
"""

import itertools
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from accounts.directory import UserRecord
from desktop.compensation_banners import ErrorBanner, ResultBanner
from desktop.compensation_case import CaseEditor
from desktop.compensation_jobs import (
    CustomerCase,
    DecidedCase,
    agent_requests,
    decide,
    load_customer,
    while_alive,
)
from desktop.compensation_labels import money, segment_label, stage_label, tier_label
from desktop.compensation_requests import MyRequests
from desktop.compensation_rows import DecisionList
from desktop.compensation_style import STYLE
from desktop.grant_dialog import GrantDialog, GrantParties
from desktop.i18n import role_label
from desktop.panes import Pane
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from policies.grant_log import RequestRecord
from policies.model import Policy
from policies.requests import GrantResult, Outcome
from store.types import utcnow

__all__ = ["STYLE", "CompensationPane"]

DEBOUNCE_MS = 150
REQUESTS_REFRESH_MS = 30_000
T = TypeVar("T")


class CompensationPane(Pane):
    case_changed = Signal(str)  # the case category ("" for none), for knowledge suggestions
    granted = Signal()  # a grant or an approval request was recorded
    grant_answered = Signal(object, object)  # the GrantRequest and its GrantResult, refusals too

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("compensationPane", parent)
        self._context, self._runner = context, runner
        self.user: UserRecord | None = None
        self.customer_ref = ""
        self.customer: CustomerCase | None = None
        self.policy: Policy | None = None
        self.decided: DecidedCase | None = None
        self.grant_dialog: GrantDialog | None = None

        self._build()
        self._decide_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._decide_timer.timeout.connect(self._decide)
        self._requests_timer = QTimer(self, interval=REQUESTS_REFRESH_MS)
        self._requests_timer.timeout.connect(self.refresh_requests)
        self.editor.changed.connect(self._case_edited)
        self.editor.category_changed.connect(self.case_changed)
        self.rows.grant_requested.connect(self.open_grant)
        self.requests.refresh_requested.connect(self.refresh_requests)
        self.retranslate()
        self._show_state()
        self._load_policy()

    def _build(self) -> None:
        self.customer_line = QLabel(objectName="compensationCustomer", wordWrap=True)
        self.editor = CaseEditor()
        case_card = QFrame(objectName="caseCard")
        card_layout = QVBoxLayout(case_card)
        card_layout.setContentsMargins(12, 10, 12, 10)
        card_layout.addWidget(self.editor)
        self.error = ErrorBanner()
        self.result = ResultBanner()
        self.decision_heading = QLabel(objectName="sectionHeading")
        self.decision_state = QLabel(objectName="sectionState")
        heading = QHBoxLayout()
        heading.addWidget(self.decision_heading)
        heading.addStretch(1)
        heading.addWidget(self.decision_state)
        self.rows = DecisionList()
        self.decision_scroll = QScrollArea(objectName="decisionScroll", widgetResizable=True)
        self.decision_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.decision_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decision_scroll.setWidget(self.rows)
        self.requests = MyRequests()

        self.body.removeWidget(self.hint)
        self.body.setSpacing(10)
        self.body.addWidget(self.customer_line)
        self.body.addWidget(case_card)
        self.body.addWidget(self.error)
        self.body.addWidget(self.result)
        self.body.addLayout(heading)
        self.body.addWidget(self.decision_scroll, 1)
        self.body.addWidget(self.hint, 1)
        self.body.addWidget(self.requests)

    # --- public API

    def set_user(self, user: UserRecord | None) -> None:
        self.user = user
        self.decided = None
        self.requests.show_records([])
        self.requests.setVisible(user is not None)
        if user is None:
            self._requests_timer.stop()
        else:
            self._requests_timer.start()
            self.refresh_requests()
        self._schedule()

    def set_customer(self, ref: str) -> None:
        ref = ref.strip()
        if ref == self.customer_ref:
            self._schedule()  # the same customer, perhaps with a new history: decide again
            return
        self.customer_ref, self.customer, self.decided = ref, None, None
        self.result.dismiss()
        self.editor.set_customer(None)
        self._show_state()
        if ref:
            self._submit(
                "compensation/customer",
                lambda: load_customer(self._context, ref, utcnow()),
                self._customer_loaded,
                self._customer_failed,
            )

    def start_grant(self) -> None:
        """Open the grant dialog for the first kind that may be given (the grant shortcut)."""
        row = self.rows.first_actionable() if self.decided else None
        if row is None:
            self.result.say(
                self.tr("Nothing can be granted yet: choose the customer and the problem first.")
                if self.decided is None
                else self.tr("Nothing can be granted for this case."),
                "info",
            )
            return
        self.open_grant(row.kind_id)

    def focus_case(self) -> None:
        self.editor.focus()

    def refresh_requests(self) -> None:
        if self.user is None:
            return
        username = self.user.username
        self.requests.set_loading(True)
        self._submit(
            "compensation/requests",
            lambda: agent_requests(self._context, username),
            self._requests_loaded,
            lambda error: self.error.fail("requests", error),
        )

    # --- loading

    def _submit(
        self,
        channel: str,
        work: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run work in the background; its answer is dropped if the pane is gone by then."""
        self._runner.submit(
            channel, work, while_alive(self, on_result), while_alive(self, on_error)
        )

    def _load_policy(self) -> None:
        self._submit(
            "compensation/policy",
            self._context.compensations.active_policy,
            self._policy_loaded,
            lambda error: self.error.fail("policy", error),
        )

    def _policy_loaded(self, policy: Policy) -> None:
        if self.policy is not None and self.policy.version == policy.version:
            return
        self.policy = policy
        self.editor.set_policy(policy)
        self.requests.set_policy(policy)
        self.error.succeeded("policy")

    def _customer_loaded(self, customer: CustomerCase) -> None:
        if customer.ref.upper() != self.customer_ref.upper():
            return
        self.customer = customer
        self.error.succeeded("customer")
        self.editor.set_customer(customer)  # emits changed: decides
        self._show_state()

    def _customer_failed(self, error: Exception) -> None:
        self.error.fail("customer", error)
        self.customer = CustomerCase(self.customer_ref, name="")  # decide without the orders
        self.editor.set_customer(self.customer)

    def _requests_loaded(self, records: list[RequestRecord]) -> None:
        self.error.succeeded("requests")
        self.requests.show_records(records)

    # --- deciding

    def _case_edited(self) -> None:
        self._schedule()

    def _schedule(self) -> None:
        self._show_state()
        if self._ready():
            self.decision_state.setText(self.tr("Deciding…"))
            self._decide_timer.start()

    def _ready(self) -> bool:
        return bool(
            self.user is not None
            and self.customer is not None
            and self.customer.ref.upper() == self.customer_ref.upper()
            and self.editor.category_id()
        )

    def _decide(self) -> None:
        if not self._ready():
            return
        assert self.user is not None
        context, username, ref = self._context, self.user.username, self.customer_ref
        case = self.editor.case()
        self._submit(
            "compensation/decide",
            lambda: decide(context, username, ref, case),
            self._decided,
            self._decide_failed,
        )

    def _decided(self, decided: DecidedCase) -> None:
        self.decision_state.clear()
        current = self.user.username if self.user else None
        if decided.agent.username != current or decided.customer != self.customer_ref:
            return  # asked for someone else before the answer came
        self._policy_loaded(decided.policy)
        self.error.succeeded("decide")
        self.decided = decided
        self.rows.show_decided(decided)
        self._chain_tabs()
        self._show_state()

    def _chain_tabs(self) -> None:
        """The case, then each row's grant button, then the requests: top to bottom."""
        chain = [field for _name, field in self.editor.fields()]
        chain += self.rows.buttons()
        chain += [self.requests.refresh_button, self.requests.list]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _decide_failed(self, error: Exception) -> None:
        self.decision_state.clear()
        self.error.fail("decide", error)

    def _show_state(self) -> None:
        """The decision rows, or a hint that says what is missing."""
        hint = ""
        if self.user is None:
            hint = self.tr("Sign in to see what you may give.")
        elif not self.customer_ref:
            hint = self.tr("Choose a customer to see what you may give them.")
        elif self.customer is None:
            hint = self.tr("Loading the customer's orders…")
        elif not self.editor.category_id():
            hint = self.tr("Choose the customer's problem to see what you may give.")
        showing = not hint and self.decided is not None
        self.hint.setText(hint)
        self.hint.setVisible(not showing)
        self.decision_scroll.setVisible(showing)
        self.decision_heading.setVisible(showing)
        if hint:
            self.decision_state.clear()
        self._customer_text()

    def _customer_text(self) -> None:
        customer = self.customer
        if not self.customer_ref:
            self.customer_line.setText(self.tr("No customer selected"))
        elif customer is None:
            self.customer_line.setText(self.customer_ref)
        elif not customer.on_file:
            self.customer_line.setText(
                self.tr("%1 · not on file: the case facts decide").replace("%1", customer.ref)
            )
        else:
            parts = [customer.ref, customer.name or ""]
            if customer.tier:
                parts.append(tier_label(customer.tier))
            self.customer_line.setText(" · ".join(p for p in parts if p))

    # --- granting

    def open_grant(self, kind_id: str) -> None:
        decided = self.decided
        if decided is None or self.user is None:
            return
        if self.grant_dialog is not None:
            if self.grant_dialog.isVisible():
                self.grant_dialog.raise_()
                self.grant_dialog.activateWindow()
                return
            self.grant_dialog.deleteLater()
        dialog = GrantDialog(
            decided,
            kind_id,
            parties=self._parties(decided),
            compensations=self._context.compensations,
            runner=self._runner,
            parent=self,
        )
        dialog.outcome.connect(self._grant_outcome)
        self.grant_dialog = dialog
        dialog.open()

    def _parties(self, decided: DecidedCase) -> GrantParties:
        assert self.user is not None
        user = self.user
        agent = " · ".join(
            p
            for p in (f"{user.display_name} ({user.username})", role_label(user.role), user.team)
            if p
        )
        customer = self.customer
        if customer is not None and not customer.on_file:
            name = self.tr("not on file")
        else:
            name = customer.name if customer and customer.name else ""
        who = " · ".join(p for p in (decided.customer, name) if p)
        return GrantParties(
            agent, who, tuple(self.editor.describe(decided.case)), tuple(self._facts(decided))
        )

    def _facts(self, decided: DecidedCase) -> list[str]:
        facts = decided.decision.facts
        parts = []
        for fact, label in (
            ("customer.tier", tier_label),
            ("customer.lifecycle_stage", stage_label),
            ("customer.value_segment", segment_label),
        ):
            if fact in facts:
                parts.append(label(str(facts[fact])))
        if "customer.complaints_90d" in facts:
            parts.append(
                self.tr("%1 complaints in 90 days").replace(
                    "%1", str(facts["customer.complaints_90d"])
                )
            )
        received = facts.get("customer.compensation_30d")
        if isinstance(received, Decimal):
            parts.append(
                self.tr("%1 received in 30 days").replace("%1", money(received, decided.currency))
            )
        return parts

    def _grant_outcome(self, result: GrantResult) -> None:
        self.result.show_result(result)
        if self.grant_dialog is not None:
            self.grant_answered.emit(self.grant_dialog.request(), result)
        if result.outcome is Outcome.REFUSED:
            return
        self.granted.emit()
        self.refresh_requests()
        self._schedule()  # the budgets have moved

    # --- keyboard and words

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.result.isVisible():
            self.result.dismiss()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.set_texts(self.tr("Compensation"), self.hint.text())
        self.decision_heading.setText(self.tr("What you may give"))
        self._show_state()

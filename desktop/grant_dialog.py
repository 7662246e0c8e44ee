"""The grant dialog: how much and why, what will be recorded, and a confirmation.

The amount is checked against the decision as the agent types; the service checks it again,
with the budgets of that moment, when the grant is recorded. One idempotency key per dialog
means a double click, or a retry after a lost connection, never grants twice.
"""

import logging
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from html import escape
from uuid import uuid4

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop import compensation_amounts as amounts
from desktop.compensation_amounts import AmountCheck, Problem, Verdict
from desktop.compensation_jobs import DecidedCase, while_alive
from desktop.compensation_labels import amount_label, money, role_name, ui_text
from desktop.tasks import TaskRunner
from policies.decision import KindDecision
from policies.model import Unit
from policies.requests import MAX_REASON, CompensationError, GrantRequest, GrantResult, Outcome
from policies.service import Compensations

log = logging.getLogger(__name__)
CHANNEL = "compensation/grant"


@dataclass(frozen=True)
class GrantParties:
    """Who grants to whom, as people read it in the record."""

    agent: str  # e.g. "李娜 (li.na) · Agent · shanghai-1"
    customer: str  # e.g. "C1001 · 张子豪"
    case: tuple[str, ...]  # the case in a few words each
    facts: tuple[str, ...]  # the customer's facts the decision used


class GrantDialog(QDialog):
    """Emits `outcome` with every GrantResult; closes itself unless the grant was refused."""

    outcome = Signal(object)

    def __init__(
        self,
        decided: DecidedCase,
        kind_id: str,
        *,
        parties: GrantParties,
        compensations: Compensations,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("grantDialog")
        self.decided, self.parties = decided, parties
        self.kind = decided.kind(kind_id)
        self.verdict: KindDecision = decided.decision.kind(kind_id)
        self.idempotency_key = uuid4().hex
        self.busy = False
        self.submissions = 0
        self._compensations, self._runner = compensations, runner

        self.heading = QLabel(objectName="grantHeading")
        self.limits = QLabel(objectName="grantLimits", wordWrap=True)
        self.amount = QLineEdit(objectName="grantAmount", clearButtonEnabled=True)
        self.unit = QLabel(objectName="grantUnit")
        self.item = QComboBox(objectName="grantItem")
        self.check = QLabel(objectName="grantCheck", wordWrap=True)
        self.reason = QPlainTextEdit(objectName="grantReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        # One rich-text label: it wraps to the right height, which a form of labels does not.
        self.record = QLabel(objectName="grantRecord", wordWrap=True)
        self.record.setTextFormat(Qt.TextFormat.RichText)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(objectName="grantMessage", wordWrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton(objectName="grantConfirm", default=True, autoDefault=True)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self._amount_label, self._reason_label = QLabel(), QLabel()
        self._build()

        is_item = self.kind.unit is Unit.ITEM
        self.amount.setVisible(not is_item)
        self.unit.setVisible(not is_item)
        self.item.setVisible(is_item)
        if is_item:
            self._fill_items()
        elif self.verdict.suggested is not None:
            self.amount.setText(_plain(self.verdict.suggested))
            self.amount.selectAll()
        self.amount.textChanged.connect(self._update)
        self.item.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._reason_edited)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        self.retranslate()
        (self.item if is_item else self.amount).setFocus()

    def _build(self) -> None:
        amount_row = QHBoxLayout()
        amount_row.setSpacing(8)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.unit)
        amount_row.addWidget(self.item, 1)
        self._amount_label.setBuddy(self.item if self.kind.unit is Unit.ITEM else self.amount)
        self._reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.addRow(self._amount_label, amount_row)
        form.addRow("", self.check)
        form.addRow(self._reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.limits)
        layout.addLayout(form)
        layout.addWidget(self.record)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        QWidget.setTabOrder(self.amount, self.item)
        QWidget.setTabOrder(self.item, self.reason)
        QWidget.setTabOrder(self.reason, self.confirm)

    def _fill_items(self) -> None:
        items = sorted(self.kind.catalogue.values(), key=lambda item: item.value)
        for item in items:
            self.item.addItem("", item.id)
        ceiling = self.verdict.limit or Decimal(0)
        fitting = [row for row, item in enumerate(items) if item.value <= ceiling]
        self.item.setCurrentIndex(fitting[0] if fitting else 0)

    # --- checking as the agent types

    def amount_check(self) -> AmountCheck:
        if self.kind.unit is Unit.ITEM:
            chosen = self.kind.catalogue.get(str(self.item.currentData() or ""))
            if chosen is None:
                return AmountCheck(Verdict.EMPTY)
            return amounts.check(chosen.value, self.verdict)
        return amounts.check_text(self.amount.text(), self.verdict)

    def _update(self) -> None:
        result = self.amount_check()
        self.check.setText(self._check_text(result))
        self.check.setProperty("state", result.verdict.value)
        self.check.style().unpolish(self.check)
        self.check.style().polish(self.check)
        approval = result.verdict is Verdict.APPROVAL or (
            result.verdict is not Verdict.ALLOWED and self.verdict.limit is None
        )
        self.confirm.setText(self.tr("Send for approval") if approval else self.tr("Grant"))
        self.confirm.setAccessibleName(self.confirm.text())
        self.record.setText(self._record_html(result))
        self.confirm.setEnabled(not self.busy)

    def _check_text(self, result: AmountCheck) -> str:
        verdict, currency = self.verdict, self.decided.currency
        unit = self.kind.unit
        if result.verdict is Verdict.EMPTY:
            return (
                self.tr("Enter an amount.") if unit is not Unit.ITEM else self.tr("Choose an item.")
            )
        if result.verdict is Verdict.INVALID:
            return {
                Problem.NOT_A_NUMBER: self.tr("Not an amount: type a number such as 20 or 12.50."),
                Problem.NOT_POSITIVE: self.tr("The amount must be more than zero."),
                Problem.PLACES: self.tr("Too many decimal places."),
                Problem.OVER_WHOLE_ORDER: self.tr("A discount cannot be more than 100%."),
            }.get(result.problem, "")
        if result.verdict is Verdict.ALLOWED:
            assert verdict.limit is not None
            return self.tr("Within your limit of %1: it is granted at once.").replace(
                "%1", amount_label(verdict.limit, unit, currency)
            )
        approver = role_name(self.decided.policy, verdict.approver or "")
        if result.verdict is Verdict.APPROVAL:
            if verdict.limit is None:
                return self.tr(
                    "Nothing can be given on the spot: this becomes an approval request to a %1."
                ).replace("%1", approver)
            return (
                self.tr(
                    "Above your on-the-spot limit of %1: this becomes an approval request to a %2."
                )
                .replace("%1", amount_label(verdict.limit, unit, currency))
                .replace("%2", approver)
            )
        top = amounts.ceiling(verdict)
        return self.tr("Above the most that can be given here (%1). Lower the amount.").replace(
            "%1", amount_label(top or Decimal(0), unit, currency)
        )

    def _what(self, result: AmountCheck) -> str:
        name = ui_text(self.kind.name)
        if result.amount is None:
            return name
        currency = self.decided.currency
        if self.kind.unit is Unit.ITEM:
            item = self.kind.catalogue[str(self.item.currentData())]
            return f"{name}: {ui_text(item.name)} ({money(item.value, currency)})"
        shown = amount_label(result.amount, self.kind.unit, currency)
        order_value = self.decided.order_value()
        if self.kind.unit is Unit.PERCENT and order_value is not None:
            worth = (order_value * result.amount / 100).quantize(Decimal("0.01"), ROUND_DOWN)
            shown = (
                self.tr("%1 of the order (%2)")
                .replace("%1", shown)
                .replace("%2", money(worth, currency))
            )
        return f"{name} · {shown}"

    def _reason_edited(self) -> None:
        if self.message.property("state") == "reason" and self.reason.toPlainText().strip():
            self.message.hide()

    # --- recording

    def request(self) -> GrantRequest:
        """The request this dialog records, always with the dialog's own idempotency key."""
        result = self.amount_check()
        is_item = self.kind.unit is Unit.ITEM
        return GrantRequest(
            agent=self.decided.agent,
            customer=self.decided.customer,
            case=self.decided.case,
            kind=self.kind.id,
            reason=self.reason.toPlainText().strip(),
            amount=None if is_item else result.amount,
            item=str(self.item.currentData()) if is_item else None,
            idempotency_key=self.idempotency_key,
        )

    def submit(self) -> None:
        if self.busy:
            return
        result = self.amount_check()
        if not result.can_submit:
            self._say(self._check_text(result), "amount")
            (self.item if self.kind.unit is Unit.ITEM else self.amount).setFocus()
            return
        reason = self.reason.toPlainText().strip()
        if not reason:
            self._say(self.tr("Say why: the reason is recorded with the grant."), "reason")
            self.reason.setFocus()
            return
        if len(reason) > MAX_REASON:
            self._say(
                self.tr("The reason is too long: at most %1 characters.").replace(
                    "%1", str(MAX_REASON)
                ),
                "reason",
            )
            return
        request = self.request()
        self.busy = True
        self.submissions += 1
        self._say(self.tr("Recording…"), "busy")
        self._update()
        self._runner.submit(
            CHANNEL,
            lambda: self._compensations.grant(request),
            while_alive(self, self._recorded),
            while_alive(self, self._failed),
        )

    def _recorded(self, result: GrantResult) -> None:
        self.busy = False
        self._update()
        self.outcome.emit(result)
        if result.outcome is Outcome.REFUSED:
            self._say(ui_text(result.message), "refused")
            return
        self.message.hide()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._update()
        if isinstance(error, CompensationError):
            self._say(self.tr("Not recorded: %1").replace("%1", str(error)), "refused")
        elif isinstance(error, SQLAlchemyError):
            log.warning("grant not recorded: %s", error)
            self._say(
                self.tr(
                    "Cannot reach the database. Try again: the same grant is never recorded twice."
                ),
                "refused",
            )
        else:
            log.error("grant failed", exc_info=error)
            self._say(
                self.tr(
                    "Something went wrong; the grant may not be recorded. The details "
                    "are in the log."
                ),
                "refused",
            )

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        if self.message.isHidden():
            self.message.show()
            # A window's layout does not grow it for wrapped text; make room by hand.
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def reject(self) -> None:
        if not self.busy:  # a grant in flight finishes before the dialog may close
            super().reject()

    # --- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = ui_text(self.kind.name)
        self.setWindowTitle(self.tr("Grant compensation — Frontline Desk"))
        self.heading.setText(self.tr("Grant: %1").replace("%1", name))
        self.limits.setText(self._limits_text())
        self._amount_label.setText(
            self.tr("&Item") if self.kind.unit is Unit.ITEM else self.tr("&Amount")
        )
        self._reason_label.setText(self.tr("&Reason"))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.item.setAccessibleName(self.tr("Item"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("Why? It is recorded with the grant and shown to the approver.")
        )
        self.unit.setText("%" if self.kind.unit is Unit.PERCENT else self.decided.currency)
        top = amounts.ceiling(self.verdict)
        if top is not None:
            self.amount.setPlaceholderText(self.tr("up to %1").replace("%1", _plain(top)))
        self._item_texts()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self._update()

    def record_rows(self, result: AmountCheck) -> list[tuple[str, str]]:
        """What will be recorded, as (label, value) rows."""
        policy = self.decided.policy
        version = self.tr("%1, version %2").replace("%1", policy.name)
        return [
            (self.tr("Agent"), self.parties.agent),
            (self.tr("Customer"), self.parties.customer),
            (self.tr("Compensation"), self._what(result)),
            (self.tr("Case"), " · ".join(self.parties.case) or self.tr("No case facts")),
            (self.tr("Customer facts"), " · ".join(self.parties.facts) or self.tr("None on file")),
            (self.tr("Policy"), version.replace("%2", policy.version[:12])),
        ]

    def _record_html(self, result: AmountCheck) -> str:
        label_style = "color:#7a8699; padding:2px 14px 2px 0"
        rows = "".join(
            f"<tr><td valign='top' style='{label_style}'>{escape(label)}</td>"
            f"<td valign='top' style='padding:2px 0'>{escape(value)}</td></tr>"
            for label, value in self.record_rows(result)
        )
        heading = escape(self.tr("What will be recorded"))
        return f"<p style='font-weight:600; margin:0 0 4px 0'>{heading}</p><table>{rows}</table>"

    def _limits_text(self) -> str:
        verdict, unit, currency = self.verdict, self.kind.unit, self.decided.currency
        parts = []
        if verdict.limit is not None:
            parts.append(
                self.tr("On the spot: up to %1").replace(
                    "%1", amount_label(verdict.limit, unit, currency)
                )
            )
        if verdict.approval_limit is not None:
            parts.append(
                self.tr("with approval by a %1: up to %2")
                .replace("%1", role_name(self.decided.policy, verdict.approver or ""))
                .replace("%2", amount_label(verdict.approval_limit, unit, currency))
            )
        if verdict.suggested is not None:
            parts.append(
                self.tr("suggested: %1").replace(
                    "%1", amount_label(verdict.suggested, unit, currency)
                )
            )
        return " · ".join(parts)

    def _item_texts(self) -> None:
        currency = self.decided.currency
        for row in range(self.item.count()):
            item = self.kind.catalogue[str(self.item.itemData(row))]
            text = f"{ui_text(item.name)} — {money(item.value, currency)}"
            outcome = amounts.check(item.value, self.verdict).verdict
            if outcome is Verdict.APPROVAL:
                text += "  " + self.tr("(needs approval)")
            elif outcome is Verdict.TOO_MUCH:
                text += "  " + self.tr("(above the limit)")
            self.item.setItemText(row, text)


def _plain(amount: Decimal) -> str:
    return f"{amount.normalize():f}" if amount == amount.to_integral() else f"{amount:.2f}"

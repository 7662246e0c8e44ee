"""One row per compensation kind: may the agent give it, how much, by whose approval, and why."""

from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.compensation_jobs import DecidedCase
from desktop.compensation_labels import amount_label, join_names, money, role_name, ui_text
from policies.decision import BudgetLeft, KindDecision, Status
from policies.model import Kind, Scope, Unit

ACTIONABLE = (Status.ALLOWED, Status.NEEDS_APPROVAL)
_STATUS_ORDER = (Status.ALLOWED, Status.NEEDS_APPROVAL, Status.DENIED, Status.NOT_APPLICABLE)


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class DecisionRow(QFrame):
    """A kind's decision; its button asks to grant it."""

    grant_requested = Signal(str)

    def __init__(self, kind_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionRow")
        self.kind_id = kind_id
        self.verdict: KindDecision | None = None
        self._decided: DecidedCase | None = None
        self.name = QLabel(objectName="decisionName")
        self.badge = QLabel(objectName="decisionBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = _label("decisionHeadline")
        self.details = _label("decisionDetails")
        self.budget = _label("decisionBudget")
        self.explanation = _label("decisionExplanation")
        self.grant_button = QPushButton(objectName="grantButton")
        self.grant_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.grant_button.setAutoDefault(True)  # Enter presses it, as in a dialog
        self.grant_button.clicked.connect(lambda: self.grant_requested.emit(self.kind_id))
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.badge, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.headline, 1, 0, 1, 2)
        grid.addWidget(self.details, 2, 0, 1, 2)
        grid.addWidget(self.budget, 3, 0, 1, 2)
        grid.addWidget(self.explanation, 4, 0)
        bottom_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        grid.addWidget(self.grant_button, 4, 1, bottom_right)
        grid.setColumnStretch(0, 1)

    def show_decision(self, verdict: KindDecision, decided: DecidedCase) -> None:
        self.verdict, self._decided = verdict, decided
        # Set on every label too: a property selector on the row does not restyle its children.
        for widget in (self, self.badge, self.name, self.headline):
            widget.setProperty("status", str(verdict.status))
            _restyle(widget)
        self.retranslate()

    @property
    def actionable(self) -> bool:
        return self.verdict is not None and self.verdict.status in ACTIONABLE

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        verdict, decided = self.verdict, self._decided
        if verdict is None or decided is None:
            return
        kind = decided.kind(verdict.kind)
        self.name.setText(ui_text(verdict.name))
        self.badge.setText(self._badge_text(verdict.status))
        explanation = ui_text(verdict.explanation)
        if self.actionable:
            self.headline.setText(self._headline(verdict, kind, decided))
            self.details.setText(" · ".join(self._details(verdict, kind, decided)))
            self.budget.setText(self._budget_text(verdict, decided))
            self.explanation.setText(self._reason(verdict, decided))
        else:
            self.headline.setText(explanation)
            self.details.clear()
            self.budget.clear()
            self.explanation.clear()
        for label in (self.details, self.budget, self.explanation):
            label.setVisible(bool(label.text()))
        self.budget.setProperty("binding", verdict.binding is not None)
        _restyle(self.budget)
        self.setToolTip(self._tooltip(verdict, decided, explanation))
        self.grant_button.setVisible(self.actionable)
        approval = verdict.status is Status.NEEDS_APPROVAL
        self.grant_button.setText(self.tr("Ask approval…") if approval else self.tr("Grant…"))
        name = ui_text(verdict.name)
        self.grant_button.setAccessibleName(
            (self.tr("Ask approval for %1") if approval else self.tr("Grant %1")).replace(
                "%1", name
            )
        )
        self.setAccessibleName(f"{name}: {self.badge.text()}")

    def _badge_text(self, status: Status) -> str:
        return {
            Status.ALLOWED: self.tr("Allowed"),
            Status.NEEDS_APPROVAL: self.tr("Needs approval"),
            Status.DENIED: self.tr("Not allowed"),
            Status.NOT_APPLICABLE: self.tr("Not offered"),
        }[status]

    def _headline(self, verdict: KindDecision, kind: Kind, decided: DecidedCase) -> str:
        currency = decided.currency
        if verdict.status is Status.NEEDS_APPROVAL:
            assert verdict.approval_limit is not None
            return (
                self.tr("Up to %1 with approval by a %2")
                .replace("%1", self._amount(verdict.approval_limit, kind, decided))
                .replace("%2", role_name(decided.policy, verdict.approver or ""))
            )
        assert verdict.limit is not None
        if kind.unit is Unit.ITEM:
            return self.tr("A gift worth up to %1 now").replace(
                "%1", money(verdict.limit, currency)
            )
        return self.tr("Up to %1 now").replace("%1", self._amount(verdict.limit, kind, decided))

    def _details(self, verdict: KindDecision, kind: Kind, decided: DecidedCase) -> list[str]:
        parts = []
        if verdict.suggested is not None:
            suggested = self._amount(verdict.suggested, kind, decided)
            parts.append(self.tr("Suggested %1").replace("%1", suggested))
        approver = role_name(decided.policy, verdict.approver or "")
        if verdict.status is Status.NEEDS_APPROVAL:
            parts.append(self.tr("Nothing on the spot"))
        elif verdict.approval_limit is not None:
            more = self._amount(verdict.approval_limit, kind, decided)
            parts.append(
                self.tr("Up to %1 with approval by a %2")
                .replace("%1", more)
                .replace("%2", approver)
            )
        if kind.unit is Unit.ITEM and verdict.limit is not None:
            fits = [i for i in kind.catalogue.values() if i.value <= verdict.limit]
            names = join_names(ui_text(i.name) for i in sorted(fits, key=lambda i: i.value))
            if names:
                parts.append(self.tr("Choose from %1").replace("%1", names))
        return parts

    def _reason(self, verdict: KindDecision, decided: DecidedCase) -> str:
        """Why the deciding rule allows it: what the agent can tell the customer."""
        rules = {rule.id: rule for rule in decided.policy.rules}
        deciding = rules.get(verdict.rule_ids[0]) if verdict.rule_ids else None
        return ui_text(deciding.reason if deciding is not None else verdict.explanation)

    def _amount(self, amount: Decimal, kind: Kind, decided: DecidedCase) -> str:
        text = amount_label(amount, kind.unit, decided.currency)
        order_value = decided.order_value()
        if kind.unit is Unit.PERCENT and order_value is not None:
            worth = (order_value * amount / 100).quantize(Decimal("0.01"), ROUND_DOWN)
            return (
                self.tr("%1 of the order (%2)")
                .replace("%1", text)
                .replace("%2", money(worth, decided.currency))
            )
        return text

    def _budget_text(self, verdict: KindDecision, decided: DecidedCase) -> str:
        currency = decided.currency
        if verdict.binding is not None:
            return (
                self.tr("Held down by “%1”: %2 left")
                .replace("%1", ui_text(verdict.binding.name))
                .replace("%2", money(verdict.binding.remaining, currency))
            )
        # A per-grant ceiling is not used up; the budgets with a period say what is left.
        scopes = {budget.id: budget.scope for budget in decided.policy.budgets.values()}
        running = tuple(b for b in verdict.budgets if scopes.get(b.budget) is not Scope.GRANT)
        tightest = _tightest(running)
        if tightest is None:
            return ""
        return (
            self.tr("Left in “%1”: %2")
            .replace("%1", ui_text(tightest.name))
            .replace("%2", money(tightest.remaining, currency))
        )

    def _tooltip(self, verdict: KindDecision, decided: DecidedCase, explanation: str) -> str:
        lines = [explanation]
        if verdict.rule_ids:
            lines.append(self.tr("Rules: %1").replace("%1", ", ".join(verdict.rule_ids)))
        for budget in verdict.budgets:
            lines.append(
                self.tr("%1: %2 of %3 left")
                .replace("%1", ui_text(budget.name))
                .replace("%2", money(budget.remaining, decided.currency))
                .replace("%3", money(budget.limit, decided.currency))
            )
        lines.extend(ui_text(problem) for problem in verdict.problems)
        return "\n".join(lines)


def _tightest(budgets: tuple[BudgetLeft, ...]) -> BudgetLeft | None:
    return min(budgets, key=lambda budget: budget.remaining, default=None)


class DecisionList(QWidget):
    """The rows of a decision, in the policy's order of kinds so they stay where agents look."""

    grant_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionList")
        self.rows: dict[str, DecisionRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)

    def show_decided(self, decided: DecidedCase) -> None:
        # What may be given comes first; within each group, the policy's order of kinds.
        rank = {status: place for place, status in enumerate(_STATUS_ORDER)}
        verdicts = sorted(decided.decision.kinds, key=lambda verdict: rank[verdict.status])
        kinds = [verdict.kind for verdict in verdicts]
        if list(self.rows) != kinds:
            self.clear()
            for kind_id in kinds:
                row = DecisionRow(kind_id, self)
                row.grant_requested.connect(self.grant_requested)
                self._layout.insertWidget(self._layout.count() - 1, row)
                self.rows[kind_id] = row
        for verdict in verdicts:
            self.rows[verdict.kind].show_decision(verdict, decided)

    def clear(self) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()

    def first_actionable(self) -> DecisionRow | None:
        return next((row for row in self.rows.values() if row.actionable), None)

    def buttons(self) -> list[QPushButton]:
        return [row.grant_button for row in self.rows.values() if row.actionable]

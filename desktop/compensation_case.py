"""The case being handled: its category, severity, order and the other facts the policy asks.

The customer's recent orders are read in the background (`compensation_jobs`); choosing one fills
the order value and the days since purchase, which the agent may still correct.
"""

import itertools
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.compensation_jobs import CustomerCase, OrderChoice
from desktop.compensation_labels import (
    category_label,
    money,
    order_status_label,
    policy_categories,
    policy_tiers,
    severities,
    severity_label,
    tier_label,
    uses_fact,
)
from policies.model import Policy
from policies.requests import Case

UNKNOWN = -1  # the spin boxes' "not known" value
MAX_DAYS = 100_000
# Where each field sits in the editor's grid: row, column, columns spanned.
_PLACES = {
    "category": (0, 0, 2),
    "order": (1, 0, 2),
    "value": (2, 0, 1),
    "since": (2, 1, 1),
    "severity": (3, 0, 1),
    "late": (3, 1, 1),
    "tier": (4, 0, 2),
}


def _days_box() -> QSpinBox:
    box = QSpinBox(minimum=UNKNOWN, maximum=MAX_DAYS, value=UNKNOWN)
    box.setAccelerated(True)
    box.lineEdit().setTextMargins(6, 0, 0, 0)  # the style sheet's padding misses the edit
    return box


class CaseEditor(QWidget):
    """The case's facts; `changed` fires on every edit, `category_changed` on a new category."""

    changed = Signal()
    category_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self._policy: Policy | None = None
        self._customer: CustomerCase | None = None
        self._currency = ""
        self.category = QComboBox(objectName="caseCategory")
        self.severity = QComboBox(objectName="caseSeverity")
        self.order = QComboBox(objectName="caseOrder")
        self.order.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order.setMinimumContentsLength(12)
        self.order_value = QLineEdit(objectName="caseOrderValue", clearButtonEnabled=True)
        self.order_value.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}([.]\d{0,2})?"), self)
        )
        self.days_since = _days_box()
        self.days_late = _days_box()
        self.tier = QComboBox(objectName="caseTier")
        self._labels: dict[str, QLabel] = {}
        self._cells: dict[str, QWidget] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for name, field in self.fields():
            label = QLabel(objectName="fieldLabel")
            label.setBuddy(field)
            cell = QWidget(objectName="fieldCell")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(3)
            column.addWidget(label)
            column.addWidget(field)
            self._labels[name], self._cells[name] = label, cell
            row, col, span = _PLACES[name]
            grid.addWidget(cell, row, col, 1, span, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._cells["tier"].hide()
        fields = [field for _name, field in self.fields()]
        for first, second in itertools.pairwise(fields):
            QWidget.setTabOrder(first, second)
        self.category.currentIndexChanged.connect(self._category_edited)
        self.severity.currentIndexChanged.connect(self.changed)
        self.tier.currentIndexChanged.connect(self.changed)
        self.order.currentIndexChanged.connect(self._order_chosen)
        self.order_value.textChanged.connect(self.changed)
        self.days_since.valueChanged.connect(self.changed)
        self.days_late.valueChanged.connect(self.changed)
        self.retranslate()

    def fields(self) -> list[tuple[str, QWidget]]:
        """The editor's fields in tab order, by the name of their label."""
        return [
            ("category", self.category),
            ("severity", self.severity),
            ("order", self.order),
            ("value", self.order_value),
            ("since", self.days_since),
            ("late", self.days_late),
            ("tier", self.tier),
        ]

    # --- what the pane feeds in

    def set_policy(self, policy: Policy) -> None:
        """Offer the categories, severities and facts this policy asks about."""
        self._policy = policy
        self._currency = policy.currency
        self._fill(self.category, [("", "")] + [(c, c) for c in policy_categories(policy)])
        self._fill(self.severity, [("", "")] + [(s, s) for s in severities(policy)])
        self._fill(self.tier, [("", "")] + [(t, t) for t in policy_tiers(policy)])
        self._cells["severity"].setVisible(uses_fact(policy, "case.severity"))
        self._cells["since"].setVisible(uses_fact(policy, "case.days_since_purchase"))
        self._cells["late"].setVisible(uses_fact(policy, "case.days_late"))
        self._show_tier()
        self.retranslate()

    def set_customer(self, customer: CustomerCase | None) -> None:
        """A new customer: their orders to choose from; the order facts start empty."""
        self._customer = customer
        self.blockSignals(True)
        try:
            self.order.clear()
            self.order.addItem("", "")
            for choice in customer.orders if customer else ():
                self.order.addItem("", choice.ref)
                self.order.setItemData(
                    self.order.count() - 1, choice.items, Qt.ItemDataRole.ToolTipRole
                )
            self.order_value.clear()
            self.days_since.setValue(UNKNOWN)
            self.days_late.setValue(UNKNOWN)
            self.tier.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self._show_tier()
        self.retranslate()
        self.changed.emit()

    def _tier_needed(self) -> bool:
        # The records' tier outranks the case's; only a customer not on file needs one typed.
        return self._customer is not None and not self._customer.on_file

    def _show_tier(self) -> None:
        self._cells["tier"].setVisible(self._tier_needed() and self.tier.count() > 1)

    def _fill(self, box: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        try:
            box.clear()
            for text, data in entries:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)))
        finally:
            box.blockSignals(False)

    # --- what the agent does

    def _category_edited(self) -> None:
        self.category_changed.emit(self.category_id())
        self.changed.emit()

    def _order_chosen(self) -> None:
        choice = self.chosen_order()
        if choice is not None:
            self.blockSignals(True)
            try:
                self.order_value.setText(f"{choice.amount:.2f}")
                self.days_since.setValue(choice.days_since_purchase)
            finally:
                self.blockSignals(False)
        self.changed.emit()

    def focus(self) -> None:
        self.category.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- what the pane reads

    def category_id(self) -> str:
        return str(self.category.currentData() or "")

    def chosen_order(self) -> OrderChoice | None:
        ref = self.order.currentData()
        orders = self._customer.orders if self._customer else ()
        return next((choice for choice in orders if choice.ref == ref), None)

    def order_amount(self) -> Decimal | None:
        text = self.order_value.text().strip().rstrip(".")
        try:
            return Decimal(text).quantize(Decimal("0.01")) if text else None
        except InvalidOperation:
            return None

    def case(self) -> Case:
        tier = str(self.tier.currentData() or "")
        facts = {"customer.tier": tier} if tier and self._tier_needed() else {}
        return Case(
            category=self.category_id() or None,
            severity=str(self.severity.currentData() or "") or None,
            order_value=self.order_amount(),
            days_since_purchase=_days(self.days_since),
            days_late=_days(self.days_late),
            facts=facts,
        )

    def describe(self, case: Case) -> list[str]:
        """A case in a few words each, for the record of a grant."""
        parts = [category_label(case.category)] if case.category else []
        if case.severity:
            parts.append(self.tr("severity: %1").replace("%1", severity_label(case.severity)))
        order = self.chosen_order()
        if order is not None and order.amount == case.order_value:
            parts.append(self.tr("order %1").replace("%1", order.ref))
        if case.order_value is not None:
            parts.append(
                self.tr("order value %1").replace("%1", money(case.order_value, self._currency))
            )
        if case.days_since_purchase is not None:
            parts.append(
                self.tr("%1 days since purchase").replace("%1", str(case.days_since_purchase))
            )
        if case.days_late is not None:
            parts.append(self.tr("%1 days late").replace("%1", str(case.days_late)))
        if "customer.tier" in case.facts:
            parts.append(tier_label(str(case.facts["customer.tier"])))
        return parts

    # --- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, text in (
            ("category", self.tr("&Problem")),
            ("severity", self.tr("Se&verity")),
            ("order", self.tr("&Order")),
            ("value", self.tr("Order valu&e")),
            ("since", self.tr("Days &since purchase")),
            ("late", self.tr("Days &late")),
            ("tier", self.tr("Customer t&ier")),
        ):
            self._labels[name].setText(text)
        self.category.setAccessibleName(self.tr("Case category"))
        self.severity.setAccessibleName(self.tr("Severity"))
        self.order.setAccessibleName(self.tr("Order"))
        self.order_value.setAccessibleName(self.tr("Order value"))
        self.days_since.setAccessibleName(self.tr("Days since purchase"))
        self.days_late.setAccessibleName(self.tr("Days late"))
        self.tier.setAccessibleName(self.tr("Customer tier"))
        self.order_value.setPlaceholderText(
            self.tr("%1, not known").replace("%1", self._currency)
            if self._currency
            else self.tr("Not known")
        )
        for box in (self.days_since, self.days_late):
            box.setSpecialValueText(self.tr("Not known"))
        self.category.setItemText(0, self.tr("Choose the problem…"))
        for row in range(1, self.category.count()):
            self.category.setItemText(row, category_label(str(self.category.itemData(row))))
        self.severity.setItemText(0, self.tr("Not stated"))
        for row in range(1, self.severity.count()):
            self.severity.setItemText(row, severity_label(str(self.severity.itemData(row))))
        self.tier.setItemText(0, self.tr("Not known"))
        for row in range(1, self.tier.count()):
            self.tier.setItemText(row, tier_label(str(self.tier.itemData(row))))
        self._order_texts()

    def _order_texts(self) -> None:
        orders = self._customer.orders if self._customer else ()
        if self.order.count() == 0:
            self.order.addItem("", "")
        none = self.tr("No orders on file") if not orders else self.tr("Not about one order")
        self.order.setItemText(0, none)
        for row, choice in enumerate(orders, start=1):
            text = " · ".join(
                (
                    choice.ref,
                    choice.ordered_on.isoformat(),
                    money(choice.amount, choice.currency),
                    order_status_label(choice.status),
                )
            )
            self.order.setItemText(row, text)


def _days(box: QSpinBox) -> int | None:
    return None if box.value() == UNKNOWN else box.value()

"""The grant log's filter bar: period, people, kind, case, status, amounts, policy version.

Choices come from the database (staff, teams, policy versions) and the active policy
(kinds, categories), read in the background; `changed` fires a moment after the last edit,
and only for a filter that parses (a bad amount is marked, named and not applied).
"""

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from accounts.directory import UserRecord
from desktop.compensation_labels import category_label, policy_categories, ui_text
from frontline.context import AppContext
from policies.grant_log import GrantFilter
from policies.model import Policy
from policies.versions import PolicyLoadRecord
from store.types import utcnow

DEBOUNCE_MS = 300
PERIODS = (("today", 1), ("7", 7), ("30", 30), ("90", 90), ("all", 0), ("custom", -1))


@dataclass(frozen=True)
class FilterChoices:
    users: list[UserRecord]
    policy: Policy | None
    versions: list[PolicyLoadRecord]
    timezone: ZoneInfo


def load_choices(context: AppContext) -> FilterChoices:
    history = context.compensations.policies.history()
    policy = context.compensations.active_policy() if history else None
    users = context.users.list_users(include_inactive=True)
    return FilterChoices(users, policy, history, context.timezone)


class FilterInputError(ValueError):
    """A filter field that does not parse; the message names it."""


class GrantFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantFilters")
        self.choices: FilterChoices | None = None
        self.problem = ""
        self.period = QComboBox(objectName="grantPeriod")
        self.period.addItems([""] * len(PERIODS))
        self.period.setCurrentIndex(2)
        self.since = QDateEdit(objectName="grantSince", calendarPopup=True)
        self.until = QDateEdit(objectName="grantUntil", calendarPopup=True)
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-29))
        self.until.setDate(today)
        self.agent = QComboBox(objectName="grantAgent")
        self.team = QComboBox(objectName="grantTeam")
        self.kind = QComboBox(objectName="grantKind")
        self.category = QComboBox(objectName="grantCategory")
        self.status = QComboBox(objectName="grantStatus")
        self.version = QComboBox(objectName="grantVersion")
        self.customer = QLineEdit(objectName="grantCustomer", clearButtonEnabled=True)
        self.min_value = QLineEdit(objectName="grantMinValue", clearButtonEnabled=True)
        self.max_value = QLineEdit(objectName="grantMaxValue", clearButtonEnabled=True)
        self.labels: dict[QWidget, QLabel] = {}
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)
        self._lay_out()
        self._connect()
        self.retranslate()

    def _fields(self) -> list[QWidget]:
        return [
            self.period,
            self.since,
            self.until,
            self.agent,
            self.team,
            self.customer,
            self.kind,
            self.category,
            self.status,
            self.min_value,
            self.max_value,
            self.version,
        ]

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        # The dates share the period's cell, shown only for "between dates".
        period_cell = QWidget()
        period_row = QHBoxLayout(period_cell)
        period_row.setContentsMargins(0, 0, 0, 0)
        for field in (self.period, self.since, self.until):
            period_row.addWidget(field, 1)
        # (labelled field, what the grid holds, row, column, columns spanned)
        cells: list[tuple[QWidget, QWidget, int, int, int]] = [
            (self.period, period_cell, 0, 0, 2),
            (self.agent, self.agent, 0, 2, 1),
            (self.team, self.team, 0, 3, 1),
            (self.customer, self.customer, 0, 4, 1),
            (self.kind, self.kind, 0, 5, 1),
            (self.category, self.category, 1, 0, 1),
            (self.status, self.status, 1, 1, 1),
            (self.min_value, self.min_value, 1, 2, 1),
            (self.max_value, self.max_value, 1, 3, 1),
            (self.version, self.version, 1, 4, 2),
        ]
        for field, cell, row, column, span in cells:
            label = QLabel(buddy=field, objectName="grantFilterLabel")
            self.labels[field] = label
            grid.addWidget(label, 2 * row, column, 1, span)
            grid.addWidget(cell, 2 * row + 1, column, 1, span)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        for before, after in itertools.pairwise(self._fields()):
            QWidget.setTabOrder(before, after)

    def _connect(self) -> None:
        for combo in (self.agent, self.team, self.kind, self.category, self.status, self.version):
            combo.currentIndexChanged.connect(self._debounce.start)
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.customer, self.min_value, self.max_value):
            edit.textChanged.connect(self._debounce.start)
        for day in (self.since, self.until):
            day.dateChanged.connect(self._debounce.start)

    def set_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.retranslate()

    def grant_filter(self) -> GrantFilter:
        """The filter as the fields stand; raises FilterInputError for one that does not parse."""
        since, until = self._period()
        return GrantFilter(
            agent=self.agent.currentData(),
            team=self.team.currentData(),
            customer=self.customer.text().strip().upper() or None,
            kind=self.kind.currentData(),
            category=self.category.currentData(),
            status=self.status.currentData(),
            policy_version=self.version.currentData(),
            min_value=self._amount(self.min_value),
            max_value=self._amount(self.max_value),
            since=since,
            until=until,
        )

    def _period(self) -> tuple[datetime | None, datetime | None]:
        zone = self.choices.timezone if self.choices else ZoneInfo("UTC")
        key, days = PERIODS[self.period.currentIndex()]
        if key == "all":
            return None, None
        if key == "custom":
            first, last = self.since.date().toPython(), self.until.date().toPython()
            return _start(first, zone), _start(last + timedelta(days=1), zone)
        today = utcnow().astimezone(zone).date()
        return _start(today - timedelta(days=days - 1), zone), None

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            amount = Decimal(-1)
        if not amount.is_finite() or amount < 0:
            name = self.labels[edit].text().replace("&", "").rstrip(":：")
            raise FilterInputError(
                self.tr("%1 must be an amount such as 50 or 120.50.").replace("%1", name)
            )
        return amount

    def _period_changed(self) -> None:
        custom = PERIODS[self.period.currentIndex()][0] == "custom"
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self._debounce.start()

    def _apply(self) -> None:
        try:
            self.grant_filter()
        except FilterInputError as error:
            self.problem = str(error)
        else:
            self.problem = ""
        for edit in (self.min_value, self.max_value):
            edit.setProperty("invalid", bool(self.problem) and self._invalid(edit))
            edit.style().polish(edit)
        self.changed.emit()

    def _invalid(self, edit: QLineEdit) -> bool:
        try:
            self._amount(edit)
        except FilterInputError:
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("To"))
        texts = {
            self.period: self.tr("&Period"),
            self.agent: self.tr("A&gent"),
            self.team: self.tr("&Team"),
            self.customer: self.tr("C&ustomer"),
            self.kind: self.tr("&Kind"),
            self.category: self.tr("&Case"),
            self.status: self.tr("&Status"),
            self.min_value: self.tr("&Value from"),
            self.max_value: self.tr("Value t&o"),
            self.version: self.tr("Po&licy version"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
            field.setAccessibleName(text.replace("&", ""))
        periods = {
            "today": self.tr("Today"),
            "7": self.tr("Last 7 days"),
            "30": self.tr("Last 30 days"),
            "90": self.tr("Last 90 days"),
            "all": self.tr("All time"),
            "custom": self.tr("Between dates"),
        }
        for index, (key, _days) in enumerate(PERIODS):
            self.period.setItemText(index, periods[key])
        self.customer.setPlaceholderText(self.tr("Customer ID"))
        self._fill_choices()
        self._period_changed()
        self._debounce.stop()

    def _fill_choices(self) -> None:
        choices = self.choices
        users = choices.users if choices else []
        policy = choices.policy if choices else None
        agents = [(f"{user.display_name} ({user.username})", user.username) for user in users]
        teams = sorted({user.team for user in users if user.team})
        kinds = [
            (ui_text(kind.name), kind_id)
            for kind_id, kind in (policy.kinds.items() if policy else [])
        ]
        categories = [(category_label(c), c) for c in policy_categories(policy)] if policy else []
        versions = [
            (f"{load.version[:12]} · {load.name} · {load.loaded_at:%Y-%m-%d}", load.version)
            for load in (choices.versions if choices else [])
        ]
        _refill(self.agent, self.tr("All agents"), agents)
        _refill(self.team, self.tr("All teams"), [(team, team) for team in teams])
        _refill(self.kind, self.tr("All kinds"), kinds)
        _refill(self.category, self.tr("All cases"), categories)
        _refill(
            self.status,
            self.tr("Any status"),
            [
                (self.tr("Within the agent's authority"), "direct"),
                (self.tr("Approved on request"), "approved"),
            ],
        )
        _refill(self.version, self.tr("All versions"), versions)


def _refill(combo: QComboBox, everything: str, options: list[tuple[str, str]]) -> None:
    """Replace a combo's options, keeping the chosen one if it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in options:
        combo.addItem(text, value)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone)

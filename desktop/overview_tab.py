"""The console's overview: what was given in a period, per day and per kind; each agent
against their team's median, outliers first and marked; customers compensated repeatedly."""

from decimal import Decimal

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop.compensation_labels import money, ui_text
from desktop.console_tab import ConsoleTab
from desktop.console_tables import fill_table, read_only_table
from desktop.customer_labels import moment_text
from desktop.overview_charts import chart_view, day_labels, show_bars
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from frontline.supervision import recent_overview
from policies.model import Policy
from policies.overview import AgentFigures, GrantOverview

PERIOD_DAYS = (7, 30, 90)
OUTLIER_COLOUR = QColor("#b3261e")


def load(context: AppContext, days: int) -> tuple[GrantOverview, Policy]:
    return recent_overview(context, days), context.compensations.active_policy()


class OverviewTab(ConsoleTab):
    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("overviewTab", context, runner, parent)
        self.overview: GrantOverview | None = None
        self.policy: Policy | None = None
        self.period = QComboBox(objectName="overviewPeriod")
        self.period.addItems([""] * len(PERIOD_DAYS))
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.period_label = QLabel(objectName="overviewPeriodLabel", buddy=self.period)
        self.totals = QLabel(objectName="overviewTotals")
        self.days_chart = chart_view("overviewDays")
        self.kinds_chart = chart_view("overviewKinds")
        self.agents_label = QLabel(objectName="consoleSection")
        self.agents = read_only_table("overviewAgents")
        self.repeat_label = QLabel(objectName="consoleSection")
        self.repeat = read_only_table("overviewRepeatCustomers")
        grid = QGridLayout()
        grid.addWidget(self.period_label, 0, 0)
        grid.addWidget(self.period, 0, 1)
        grid.addWidget(self.totals, 0, 2, 1, 2)
        grid.addWidget(self.days_chart, 1, 0, 1, 3)
        grid.addWidget(self.kinds_chart, 1, 3)
        grid.addWidget(self.agents_label, 2, 0, 1, 3)
        grid.addWidget(self.repeat_label, 2, 3)
        grid.addWidget(self.agents, 3, 0, 1, 3)
        grid.addWidget(self.repeat, 3, 3)
        for column, stretch in enumerate((0, 1, 2, 2)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        self.body.addLayout(grid, 1)
        self.retranslate()

    def refresh(self) -> None:
        days = PERIOD_DAYS[self.period.currentIndex()]
        self.set_note(self.tr("Loading…"))
        self.runner.submit(
            "console/overview", lambda: load(self.context, days), self._loaded, self.failed
        )

    def _loaded(self, loaded: tuple[GrantOverview, Policy]) -> None:
        self.overview, self.policy = loaded
        self.set_note("")
        self._fill()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Overview"))
        self.period_label.setText(self.tr("&Period:"))
        for index, days in enumerate(PERIOD_DAYS):
            self.period.setItemText(index, self.tr("Last %1 days").replace("%1", str(days)))
        self.agents_label.setText(self.tr("Agents against their team's median"))
        self.repeat_label.setText(self.tr("Customers compensated repeatedly"))
        self.agents.setAccessibleName(self.agents_label.text())
        self.repeat.setAccessibleName(self.repeat_label.text())
        self.days_chart.setAccessibleName(self.tr("Money granted per day"))
        self.kinds_chart.setAccessibleName(self.tr("Money granted per kind"))
        self._fill()

    def _currency(self) -> str:
        return self.policy.currency if self.policy else ""

    def _fill(self) -> None:
        overview = self.overview
        if overview is None:
            self.totals.setText("")
            return
        currency = self._currency()
        self.totals.setText(
            self.tr("%1 grants, %2 in all")
            .replace("%1", f"{overview.total.count:,}")
            .replace("%2", money(overview.total.value, currency))
        )
        show_bars(
            self.days_chart,
            self.tr("Money granted per day (%1)").replace("%1", currency),
            day_labels([day.strftime("%m-%d") for day in overview.days]),
            [total.value for total in overview.days.values()],
        )
        kinds = self.policy.kinds if self.policy else {}
        show_bars(
            self.kinds_chart,
            self.tr("Per kind (%1)").replace("%1", currency),
            [ui_text(kinds[kind].name) if kind in kinds else kind for kind in overview.kinds],
            [total.value for total in overview.kinds.values()],
            horizontal=True,
        )
        self._fill_agents(overview.agents)
        fill_table(
            self.repeat,
            [self.tr("Customer"), self.tr("Grants"), self.tr("Value"), self.tr("Last")],
            [
                [c.customer, c.grants, money(c.value, currency), moment_text(c.last_grant_at)]
                for c in overview.repeat_customers
            ],
        )

    def _fill_agents(self, agents: list[AgentFigures]) -> None:
        currency = self._currency()
        fill_table(
            self.agents,
            [
                self.tr("Agent"),
                self.tr("Team"),
                self.tr("Grants"),
                self.tr("Value"),
                self.tr("Contacts"),
                self.tr("Per 100 contacts"),
                self.tr("Team median"),
                self.tr("Team median value"),
                self.tr("Outlier because"),
            ],
            [
                [
                    a.agent,
                    a.team or "—",
                    a.grants,
                    money(a.value, currency),
                    "—" if a.contacts is None else a.contacts,
                    _figure(a.rate),
                    _figure(a.team_median_rate),
                    "—" if a.team_median_value is None else money(a.team_median_value, currency),
                    " ".join(ui_text(outlier.reason) for outlier in a.outliers),
                ]
                for a in agents
            ],
        )
        for row, figures in enumerate(agents):
            if not figures.outliers:
                continue
            for column in range(self.agents.columnCount()):
                self.agents.item(row, column).setForeground(QBrush(OUTLIER_COLOUR))


def _figure(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}"

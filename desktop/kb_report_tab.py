"""The console's knowledge page: the knowledge owners' to-do list (`frontline kb report`).

Searches that found nothing, searches whose results nobody opened, and articles that agents
marked not helpful or outdated, over a chosen period.
"""

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop.console_tab import ConsoleTab
from desktop.console_tables import fill_table, read_only_table
from desktop.customer_labels import moment_text
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from knowledge.analytics import KbReport, report
from store.types import utcnow

PERIOD_DAYS = (7, 30, 90, 0)  # 0: all time


class KnowledgeReportTab(ConsoleTab):
    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("knowledgeReportTab", context, runner, parent)
        self.report: KbReport | None = None
        self.period = QComboBox(objectName="kbReportPeriod")
        self.period.addItems([""] * len(PERIOD_DAYS))
        self.period.setCurrentIndex(PERIOD_DAYS.index(30))
        self.period.currentIndexChanged.connect(self.refresh)
        self.period_label = QLabel(objectName="kbReportPeriodLabel", buddy=self.period)
        self.zero_label = QLabel(objectName="consoleSection")
        self.zero_table = read_only_table("kbZeroResults")
        self.unopened_label = QLabel(objectName="consoleSection")
        self.unopened_table = read_only_table("kbNeverOpened")
        self.feedback_label = QLabel(objectName="consoleSection")
        self.feedback_table = read_only_table("kbNegativeFeedback")
        grid = QGridLayout()
        grid.addWidget(self.period_label, 0, 0)
        grid.addWidget(self.period, 0, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.zero_label, 1, 0, 1, 2)
        grid.addWidget(self.unopened_label, 1, 2)
        grid.addWidget(self.zero_table, 2, 0, 1, 2)
        grid.addWidget(self.unopened_table, 2, 2)
        grid.addWidget(self.feedback_label, 3, 0, 1, 3)
        grid.addWidget(self.feedback_table, 4, 0, 1, 3)
        self.body.addLayout(grid, 1)
        self.retranslate()

    def refresh(self) -> None:
        days = PERIOD_DAYS[self.period.currentIndex()]
        since = utcnow() - timedelta(days=days) if days else None
        self.set_note(self.tr("Loading…"))
        self.runner.submit(
            "console/kb-report",
            lambda: report(self.context.engine, since=since),
            self._loaded,
            self.failed,
        )

    def _loaded(self, loaded: KbReport) -> None:
        self.report = loaded
        self.set_note("")
        self._fill()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Knowledge base"))
        self.period_label.setText(self.tr("&Period:"))
        for index, days in enumerate(PERIOD_DAYS):
            text = self.tr("Last %1 days").replace("%1", str(days)) if days else self.tr("All time")
            self.period.setItemText(index, text)
        self.zero_label.setText(self.tr("Searches that found nothing"))
        self.unopened_label.setText(self.tr("Searches whose results nobody opened"))
        self.feedback_label.setText(self.tr("Articles marked not helpful or outdated"))
        self.zero_table.setAccessibleName(self.zero_label.text())
        self.unopened_table.setAccessibleName(self.unopened_label.text())
        self.feedback_table.setAccessibleName(self.feedback_label.text())
        self._fill()

    def _fill(self) -> None:
        lines = self.report
        query_headers = [self.tr("Search"), self.tr("Times"), self.tr("Last")]
        for table, queries in (
            (self.zero_table, lines.zero_results if lines else ()),
            (self.unopened_table, lines.never_opened if lines else ()),
        ):
            rows = [[q.query, q.searches, moment_text(q.last)] for q in queries]
            fill_table(table, query_headers, rows)
        article_headers = [
            self.tr("Article"),
            self.tr("Title"),
            self.tr("Helpful"),
            self.tr("Not helpful"),
            self.tr("Outdated"),
            self.tr("Latest comments"),
        ]
        articles = lines.negative_feedback if lines else ()
        rows = [
            [a.id, a.title, a.helpful, a.not_helpful, a.outdated, " · ".join(a.comments)]
            for a in articles
        ]
        fill_table(self.feedback_table, article_headers, rows)

"""A trainee's progress: their finished sessions, the trend of both scores, and any
session's debrief exported again."""

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.compensation_jobs import while_alive
from desktop.compensation_labels import ui_language
from desktop.debrief_dialog import load_names, opened_articles
from desktop.debrief_pdf import ask_report_path, write_report
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from training.debrief import Debrief, Names
from training.debrief_html import band, date_text, mode_text
from training.records import SessionRecord, progress

log = logging.getLogger(__name__)
AUTOMATIC_COLOUR = QColor("#2f6fde")
RUBRIC_COLOUR = QColor("#d9822b")

STYLE = """
QLabel#progressTitle { font-size: 15px; font-weight: 600; color: #1d2b3a; }
QLabel#progressSummary, QLabel#progressMessage { color: #5b6b80; }
QTableWidget#progressSessions {
    background: #ffffff; border: 1px solid #dde2ea; border-radius: 6px;
    alternate-background-color: #f7f9fb; gridline-color: #eef1f5;
}
QTableWidget#progressSessions::item:selected { background: #2f6fde; color: #ffffff; }
QHeaderView::section {
    background: #f3f5f8; color: #5b6b80; border: none; border-bottom: 1px solid #dde2ea;
    padding: 5px 8px;
}
"""


@dataclass(frozen=True)
class _Loaded:
    records: list[SessionRecord]
    names: Names


def _load(desk: AppContext, trainee: str) -> _Loaded:
    records = progress(desk.engine, trainee)
    people = {trainee} | {record.trainer for record in records}
    articles = [ref for record in records for ref in opened_articles(record.events)]
    return _Loaded(records, load_names(desk, people, articles))


class TraineeProgress(QWidget):
    def __init__(
        self,
        desk: AppContext,
        runner: TaskRunner,
        trainee: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("traineeProgress")
        self.setStyleSheet(STYLE)
        self._desk, self._runner, self.trainee = desk, runner, trainee
        self._channel = f"training/progress/{id(self)}"
        self.records: list[SessionRecord] = []  # oldest first
        self.shown: list[SessionRecord] = []  # as the table lists them: the latest first
        self.names = Names()
        self.loaded = False
        self.heading = QLabel(objectName="progressTitle")
        self.summary = QLabel(objectName="progressSummary", wordWrap=True)
        self.table = QTableWidget(0, 5, objectName="progressSessions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.chart = QChartView(objectName="progressChart")
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(260)
        self.export_pdf_button = QPushButton(objectName="progressExportPdf", autoDefault=False)
        self.export_html_button = QPushButton(objectName="progressExportHtml", autoDefault=False)
        self.message = QLabel(objectName="progressMessage", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_pdf_button)
        buttons.addWidget(self.export_html_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.export("pdf"))
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_html_button.clicked.connect(lambda: self.export("html"))
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        desk, trainee = self._desk, self.trainee
        self.loaded = False
        self._runner.submit(
            self._channel,
            lambda: _load(desk, trainee),
            while_alive(self, self._loaded),
            while_alive(self, self._failed),
        )

    def _loaded(self, loaded: _Loaded) -> None:
        self.records, self.names, self.loaded = loaded.records, loaded.names, True
        self._show()

    def _failed(self, error: Exception) -> None:
        log.warning("training progress not loaded: %s", error)
        self.loaded = True
        self.message.setText(self.tr("The sessions could not be loaded. Try again later."))

    # --- exporting

    def selected(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def export(self, suffix: str, path: Path | None = None) -> Path | None:
        """The selected session's debrief as "pdf" or "html", to path or a file the user
        chooses."""
        record = self.selected()
        if record is None:
            return None
        debrief = Debrief.from_record(record, self.names)
        path = path or ask_report_path(self, debrief, suffix)
        if path is None:
            return None
        try:
            write_report(debrief, suffix, path)
        except OSError as error:
            log.warning("debrief not exported: %s", error)
            self.message.setText(self.tr("Not exported: %1").replace("%1", str(error)))
            return None
        self.message.setText(self.tr("Exported to %1").replace("%1", str(path)))
        return path

    # --- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Scenario"),
                self.tr("Customer"),
                self.tr("Automatic"),
                self.tr("Rubric"),
            ]
        )
        self.table.setAccessibleName(self.tr("Training sessions"))
        self.chart.setAccessibleName(self.tr("Scores across sessions"))
        self.export_pdf_button.setText(self.tr("Export debrief as &PDF…"))
        self.export_html_button.setText(self.tr("Export debrief as &HTML…"))
        for button in (self.export_pdf_button, self.export_html_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self._show()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.export_pdf_button.setEnabled(chosen)
        self.export_html_button.setEnabled(chosen)

    def _show(self) -> None:
        language = ui_language()
        person = self.names.person(self.trainee)
        self.heading.setText(self.tr("Training progress: %1").replace("%1", person))
        self._fill_table(language)
        self._update_buttons()
        self._show_chart()
        if not self.loaded:
            self.summary.setText(self.tr("Loading the sessions…"))
        elif not self.records:
            self.summary.setText(self.tr("No finished sessions yet."))
        else:
            first, last = self.records[0], self.records[-1]
            self.summary.setText(
                self.tr("%1 sessions · automatic score %2% (first) → %3% (latest)")
                .replace("%1", str(len(self.records)))
                .replace("%2", str(first.percent))
                .replace("%3", str(last.percent))
            )

    def _fill_table(self, language: str) -> None:
        chosen = self.selected()
        self.shown = list(reversed(self.records))
        self.table.setRowCount(len(self.shown))
        for row, record in enumerate(self.shown):
            rubric = "—" if record.rubric_percent is None else f"{record.rubric_percent}%"
            cells = (
                date_text(record.started_at),
                record.title.get(language),
                mode_text(record.mode, language),
                f"{record.percent}%",
                rubric,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    percent = record.percent if column == 3 else record.rubric_percent
                    item.setForeground(QColor(band(percent)[0]))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        ids = [record.id for record in self.shown]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))

    def _show_chart(self) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(self.tr("Scores across sessions"))
        automatic = _line(self.tr("Automatic checks"), AUTOMATIC_COLOUR)
        rubric = _line(self.tr("Trainer's rubric"), RUBRIC_COLOUR)
        for number, record in enumerate(self.records, start=1):
            automatic.append(QPointF(number, record.percent))
            if record.rubric_percent is not None:
                rubric.append(QPointF(number, record.rubric_percent))
        chart.addSeries(automatic)
        chart.addSeries(rubric)
        sessions = QValueAxis()
        sessions.setTitleText(self.tr("Session"))
        sessions.setLabelFormat("%d")
        count = max(len(self.records), 2)
        sessions.setRange(1, count)
        sessions.setTickCount(min(count, 11))
        scores = QValueAxis()
        scores.setRange(0, 100)
        scores.setTickCount(6)
        scores.setLabelFormat("%d%%")
        chart.addAxis(sessions, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(scores, Qt.AlignmentFlag.AlignLeft)
        for series in (automatic, rubric):
            series.attachAxis(sessions)
            series.attachAxis(scores)
        old = self.chart.chart()
        self.chart.setChart(chart)
        if old is not None:
            old.deleteLater()


def _line(name: str, colour: QColor) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setPointsVisible(True)
    pen = QPen(colour)
    pen.setWidth(2)
    series.setPen(pen)
    return series

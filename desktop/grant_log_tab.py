"""The console's grant log: every grant, filtered, fetched page by page as the table scrolls,
with the full decision of the selected one, and the current filter exported to CSV or Excel.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from desktop.console_tab import ConsoleTab
from desktop.grant_detail_view import GrantDetailView
from desktop.grant_filters import FilterChoices, FilterInputError, GrantFilterBar, load_choices
from desktop.grant_log_model import GrantLogModel
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from policies.grant_detail import GrantDetail, grant_detail
from policies.grant_export import export_csv, export_xlsx
from policies.grant_log import GrantFilter, count_grants

Exporter = Callable[..., int]


class GrantLogTab(ConsoleTab):
    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("grantLogTab", context, runner, parent)
        self.filters = GrantFilterBar()
        self.model = GrantLogModel(context, runner)
        self.table = QTableView(objectName="grantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = GrantDetailView()
        self.count = QLabel(objectName="grantCount")
        self.csv_button = QPushButton(objectName="exportCsv")
        self.xlsx_button = QPushButton(objectName="exportXlsx")
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self._lay_out()
        self.filters.changed.connect(self._filter_changed)
        self.model.failed.connect(self.failed)
        self.model.loading_changed.connect(self._show_loading)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.retranslate()

    def _lay_out(self) -> None:
        self.body.addWidget(self.filters)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="grantSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.body.addWidget(splitter, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.csv_button)
        footer.addWidget(self.xlsx_button)
        self.body.addLayout(footer)
        QWidget.setTabOrder(self.filters, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        QWidget.setTabOrder(self.detail, self.csv_button)
        QWidget.setTabOrder(self.csv_button, self.xlsx_button)

    def refresh(self) -> None:
        self.runner.submit(
            "console/grant-choices",
            lambda: load_choices(self.context),
            self._choices_loaded,
            self.failed,
        )

    def _choices_loaded(self, choices: FilterChoices) -> None:
        self.filters.set_choices(choices)
        self.model.set_policy(choices.policy)
        self._filter_changed()

    def _filter_changed(self) -> None:
        try:
            grant_filter = self.filters.grant_filter()
        except FilterInputError as error:
            self.set_note(str(error))
            return
        self.set_note("")
        self.detail.show_detail(None)
        self.model.set_filter(grant_filter)
        self.count.setText(self.tr("Counting…"))
        self.runner.submit(
            "console/grant-count",
            lambda: count_grants(self.context.engine, grant_filter),
            self._counted,
            self.failed,
        )

    def _fit_columns_to_first_page(self) -> None:
        """Size the columns once a filter's first page is in: only the rows loaded are
        measured, so this costs the same whatever the log's size."""
        if self.model.pages_fetched == 1:
            self.table.resizeColumnsToContents()

    def _counted(self, count: int) -> None:
        self.count.setText(
            self.tr("%1 grants match").replace("%1", f"{count:,}")
            if count != 1
            else self.tr("1 grant matches")
        )

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.set_note(self.tr("Loading…"))
            return
        self._fit_columns_to_first_page()
        if self.state_line.text() == self.tr("Loading…"):
            self.set_note("")

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        grant_id = self.model.rows[indexes[0].row()].id
        self.runner.submit(
            "console/grant-detail",
            lambda: grant_detail(self.context.engine, grant_id),
            self._detail_loaded,
            self.failed,
        )

    def _detail_loaded(self, detail: GrantDetail) -> None:
        self.detail.show_detail(detail)

    def _export(self, kind: str) -> None:
        grant_filter: GrantFilter = self.model.grant_filter
        suffix, exporter = (".csv", export_csv) if kind == "csv" else (".xlsx", export_xlsx)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the grant log"),
            str(Path.home() / f"grants{suffix}"),
            self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.export_to(Path(chosen).with_suffix(suffix), grant_filter, exporter)

    def export_to(self, path: Path, grant_filter: GrantFilter, exporter: Exporter) -> None:
        """Write the filtered grants to the file in the background; the note says how it went."""
        headers = list(self.model.headers)
        self.csv_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        self.set_note(self.tr("Exporting to %1…").replace("%1", path.name))
        self.runner.submit(
            "console/grant-export",
            lambda: exporter(self.context.engine, grant_filter, path, headers),
            lambda rows: self._exported(path, rows),
            self._export_failed,
        )

    def _exported(self, path: Path, rows: int) -> None:
        self._enable_export()
        self.set_note(
            self.tr("Exported %1 grants to %2").replace("%1", f"{rows:,}").replace("%2", str(path))
        )

    def _export_failed(self, error: Exception) -> None:
        self._enable_export()
        if isinstance(error, OSError):
            self.set_note(self.tr("Could not write the file: %1").replace("%1", str(error)))
            return
        self.failed(error)

    def _enable_export(self) -> None:
        self.csv_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Grant log"))
        self.table.setAccessibleName(self.tr("Grants"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.model.set_headers(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Agent"),
                self.tr("Team"),
                self.tr("Customer"),
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("Money drawn"),
                self.tr("Currency"),
                self.tr("Case"),
                self.tr("Status"),
                self.tr("Approved by"),
                self.tr("Policy version"),
                self.tr("Reason"),
            ]
        )

"""The grant log as a table model that fetches pages by keyset as the view scrolls.

It never holds more than the pages the supervisor has scrolled through: Qt asks
`canFetchMore`/`fetchMore` when the view nears the last loaded row, and the next page is
read in the task runner. A new filter empties the model and starts again from the newest
grant; a page of the old filter that arrives late is dropped by the runner.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.compensation_labels import amount_label, category_label, ui_text
from desktop.customer_labels import moment_text
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from policies.grant_log import GRANT_LOG_COLUMNS, GrantFilter, GrantLogRow, GrantPage, grant_page
from policies.model import Policy, Unit

PAGE_SIZE = 200
NUMERIC_COLUMNS = frozenset({"id", "amount", "value"})
Index = QModelIndex | QPersistentModelIndex


class GrantLogModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    failed = Signal(Exception)

    def __init__(self, context: AppContext, runner: TaskRunner) -> None:
        super().__init__()
        self._context, self._runner = context, runner
        self.grant_filter = GrantFilter()
        self.rows: list[GrantLogRow] = []
        self.headers: list[str] = list(GRANT_LOG_COLUMNS)
        self.pages_fetched = 0
        self._policy: Policy | None = None
        self._next_after: int | None = None
        self._exhausted = True
        self._loading = False

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_policy(self, policy: Policy | None) -> None:
        self._policy = policy
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def set_filter(self, grant_filter: GrantFilter) -> None:
        """Show the grants this filter admits, from the newest."""
        self.beginResetModel()
        self.grant_filter = grant_filter
        self.rows, self.pages_fetched = [], 0
        self._next_after, self._exhausted = None, False
        self.endResetModel()
        self._fetch(None)

    def is_loading(self) -> bool:
        return self._loading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GRANT_LOG_COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetch(self._next_after)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = GRANT_LOG_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(self.rows[index.row()], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == "reason":
            return self.rows[index.row()].reason
        return None

    def display(self, row: GrantLogRow, column: str) -> str:
        """A cell as the supervisor reads it: names for ids, money with its currency."""
        kind = self._policy.kinds.get(row.kind) if self._policy else None
        item = kind.catalogue.get(row.item) if kind is not None and row.item else None
        shown = {
            "created_at": lambda: moment_text(row.created_at),
            "kind": lambda: ui_text(kind.name) if kind else row.kind,
            "item": lambda: ui_text(item.name) if item else row.item or "",
            "amount": lambda: amount_label(
                row.amount, kind.unit if kind else Unit.MONEY, row.currency
            ),
            "value": lambda: f"{row.value:,.2f}",
            "category": lambda: category_label(row.category) if row.category else "",
            "policy_version": lambda: row.policy_version[:12],  # the whole hash in the detail
            "status": lambda: (
                self.tr("Approved") if row.status == "approved" else self.tr("Direct")
            ),
        }
        if column in shown:
            return shown[column]()
        value = getattr(row, column)
        return "" if value is None else str(value)

    def _fetch(self, after: int | None) -> None:
        self._set_loading(True)
        grant_filter = self.grant_filter
        self._runner.submit(
            "console/grant-page",
            lambda: grant_page(self._context.engine, grant_filter, after=after, limit=PAGE_SIZE),
            self._page_loaded,
            self._page_failed,
        )

    def _page_loaded(self, page: GrantPage) -> None:
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.pages_fetched += 1
        self._next_after = page.next_after
        self._exhausted = page.next_after is None
        self._set_loading(False)

    def _page_failed(self, error: Exception) -> None:
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)

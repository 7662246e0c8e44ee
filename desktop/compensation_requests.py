"""The agent's own approval requests, newest first, so they can follow what they asked for."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.compensation_labels import request_title, role_name
from desktop.two_line_delegate import DETAIL_ROLE, TwoLineDelegate
from policies.grant_log import RequestRecord
from policies.model import Policy

VISIBLE_ROWS = 2  # the list scrolls past these, leaving the decision the room
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class MyRequests(QFrame):
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myRequests")
        self.records: list[RequestRecord] = []
        self._policy: Policy | None = None
        self.heading = QLabel(objectName="sectionHeading")
        self.state = QLabel(objectName="sectionState")
        self.refresh_button = QPushButton(objectName="refreshRequests")
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.list = QListWidget(objectName="requestList")
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(objectName="sectionEmpty", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.state)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        QWidget.setTabOrder(self.refresh_button, self.list)
        self.retranslate()

    def set_policy(self, policy: Policy | None) -> None:
        self._policy = policy
        self._fill()

    def set_loading(self, loading: bool) -> None:
        self.state.setText(self.tr("Loading…") if loading else "")

    def show_records(self, records: list[RequestRecord]) -> None:
        self.records = records
        self.set_loading(False)
        self._fill()

    def pending(self) -> list[RequestRecord]:
        return [record for record in self.records if record.status == "pending"]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My approval requests"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh my approval requests"))
        self.list.setAccessibleName(self.tr("My approval requests"))
        self.empty.setText(
            self.tr("Requests you send above your on-the-spot limit appear here until decided.")
        )
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for record in self.records:
            item = QListWidgetItem(request_title(self._policy, record))
            item.setData(DETAIL_ROLE, self._status(record))
            item.setData(STATUS_ROLE, record.status)
            item.setToolTip(f"{self._status(record)}\n{record.reason}")
            self.list.addItem(item)
        self.list.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        rows = min(len(self.records), VISIBLE_ROWS)
        if rows:
            # The list's frame and the style sheet's padding, as the list has them now.
            chrome = max(self.list.height() - self.list.viewport().height(), 12)
            self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + chrome)

    def _status(self, record: RequestRecord) -> str:
        when = record.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        number = self.tr("request %1").replace("%1", str(record.id))
        if record.status == "pending":
            what = self.tr("Waiting for a %1").replace(
                "%1", role_name(self._policy, record.approver_role)
            )
        elif record.status == "approved":
            what = (
                self.tr("Approved by %1 (grant %2)")
                .replace("%1", record.decided_by or "")
                .replace("%2", str(record.grant_id))
            )
        elif record.status == "denied":
            what = (
                self.tr("Denied by %1: %2")
                .replace("%1", record.decided_by or "")
                .replace("%2", record.note or "")
            )
        else:
            what = self.tr("Withdrawn")
        return " · ".join((what, number, when))

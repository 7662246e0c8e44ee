"""The agent's three panes side by side, wired together: the main window's and a training
session's workspace."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from accounts.directory import UserRecord
from desktop.compensation_pane import CompensationPane
from desktop.customer_pane import CustomerPane
from desktop.knowledge_pane import KnowledgePane
from desktop.tasks import TaskRunner
from frontline.context import AppContext


class Workspace(QSplitter):
    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent, objectName="workspace")
        self.setChildrenCollapsible(False)
        self.customer_pane = CustomerPane(context, runner)
        self.knowledge_pane = KnowledgePane(context, runner)
        self.compensation_pane = CompensationPane(context, runner)
        for pane, stretch in (
            (self.customer_pane, 3),
            (self.knowledge_pane, 4),
            (self.compensation_pane, 3),
        ):
            self.addWidget(pane)
            self.setStretchFactor(self.indexOf(pane), stretch)
        self.customer_pane.customer_changed.connect(self.compensation_pane.set_customer)
        self.compensation_pane.case_changed.connect(self.knowledge_pane.suggest_for_category)
        self.compensation_pane.granted.connect(self.customer_pane.refresh)

    def panes(self) -> tuple[CustomerPane, KnowledgePane, CompensationPane]:
        return self.customer_pane, self.knowledge_pane, self.compensation_pane

    def set_user(self, user: UserRecord | None) -> None:
        for pane in self.panes():
            pane.set_user(user)

    def chain_focus(self, window: QWidget) -> None:
        """Tab from pane to pane, left to right."""
        window.setTabOrder(self.customer_pane, self.knowledge_pane)
        window.setTabOrder(self.knowledge_pane, self.compensation_pane)

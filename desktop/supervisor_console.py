"""The supervisor console: approvals, the grant log, the overview, the audit log and the
knowledge report, in a window of its own beside the workspace.

Only supervisors and administrators may open it; the workspace hides the menu entry from
everyone else, and the console refuses to be built for them.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from accounts.directory import UserRecord
from desktop.approvals_tab import ApprovalsTab
from desktop.audit_tab import AuditTab
from desktop.grant_log_tab import GrantLogTab
from desktop.kb_report_tab import KnowledgeReportTab
from desktop.overview_tab import OverviewTab
from desktop.supervisor_access import may_supervise
from desktop.tasks import TaskRunner
from frontline.context import AppContext


class NotASupervisorError(PermissionError):
    """Someone without a supervising role tried to open the console."""


class SupervisorConsole(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        user: UserRecord,
        parent: QWidget | None = None,
    ) -> None:
        if not may_supervise(user):
            raise NotASupervisorError(f"{user.username} is a {user.role}, not a supervisor")
        super().__init__(parent)
        self.setObjectName("supervisorConsole")
        self.user = user
        self.approvals = ApprovalsTab(context, runner, user)
        self.grant_log = GrantLogTab(context, runner)
        self.overview = OverviewTab(context, runner)
        self.audit = AuditTab(context, runner, user)
        self.knowledge = KnowledgeReportTab(context, runner)
        self.tabs = QTabWidget(objectName="consoleTabs")
        self.tabs.setDocumentMode(True)
        for tab in (self.approvals, self.grant_log, self.overview, self.audit, self.knowledge):
            self.tabs.addTab(tab, "")
        self.setCentralWidget(self.tabs)
        self.resize(1280, 800)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Supervisor console — %1").replace("%1", self.user.display_name)
        )
        for tab, title in (
            (self.approvals, self.tr("Approvals")),
            (self.grant_log, self.tr("Grant log")),
            (self.overview, self.tr("Overview")),
            (self.audit, self.tr("Audit")),
            (self.knowledge, self.tr("Knowledge")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(tab), title)

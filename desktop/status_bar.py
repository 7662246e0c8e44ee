"""The status bar: the database in use, the policy in force, and who is signed in."""

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from accounts.directory import UserRecord
from desktop.i18n import role_label
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from policies.model import Policy
from policies.versions import NoPolicyError

SHORT_VERSION = 12


class DeskStatusBar(QStatusBar):
    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._database = context.database
        self._user: UserRecord | None = None
        self._policy: Policy | None = None
        self._policy_state = "loading"  # loading, loaded, none or error
        self.database_label = QLabel(objectName="databaseStatus")
        self.policy_label = QLabel(objectName="policyStatus")
        self.user_label = QLabel(objectName="userStatus")
        for label in (self.database_label, self.policy_label, self.user_label):
            self.addPermanentWidget(label)
        self.retranslate()
        self.refresh()

    def set_user(self, user: UserRecord | None) -> None:
        self._user = user
        self.retranslate()

    def refresh(self) -> None:
        """Read the policy in force again (another workstation may have loaded a new one)."""
        self._runner.submit(
            "status.policy", self._context.compensations.active_policy, self._loaded, self._failed
        )

    def _loaded(self, policy: Policy) -> None:
        self._policy, self._policy_state = policy, "loaded"
        self.retranslate()

    def _failed(self, error: Exception) -> None:
        self._policy = None
        self._policy_state = "none" if isinstance(error, NoPolicyError) else "error"
        self.retranslate()

    def retranslate(self) -> None:
        shared = self._database.shared
        kind = self.tr("Shared database") if shared else self.tr("Embedded database")
        self.database_label.setText(f"{kind}: {self._database.location}")
        self.database_label.setToolTip(
            self.tr("Database in use: %1").replace("%1", self._database.location)
        )
        self._show_policy()
        if self._user is None:
            self.user_label.setText(self.tr("Not signed in"))
            return
        parts = (self._user.display_name, role_label(self._user.role), self._user.team)
        self.user_label.setText(" · ".join(p for p in parts if p))

    def _show_policy(self) -> None:
        if self._policy is not None:
            version = self._policy.version[:SHORT_VERSION]
            self.policy_label.setText(self.tr("Policy %1").replace("%1", version))
            self.policy_label.setToolTip(f"{self._policy.name}\n{self._policy.version}")
            return
        texts = {
            "loading": self.tr("Policy: loading…"),
            "none": self.tr("No policy in force"),
            "error": self.tr("Policy: cannot be read"),
        }
        self.policy_label.setText(texts[self._policy_state])
        self.policy_label.setToolTip("")

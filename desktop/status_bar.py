"""The status bar: which database is in use and who is signed in."""

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from accounts.directory import UserRecord
from desktop.i18n import role_label
from store.engine import DatabaseInfo


class DeskStatusBar(QStatusBar):
    def __init__(self, database: DatabaseInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._user: UserRecord | None = None
        self.database_label = QLabel(objectName="databaseStatus")
        self.user_label = QLabel(objectName="userStatus")
        self.addPermanentWidget(self.database_label)
        self.addPermanentWidget(self.user_label)
        self.retranslate()

    def set_user(self, user: UserRecord | None) -> None:
        self._user = user
        self.retranslate()

    def retranslate(self) -> None:
        shared = self._database.shared
        kind = self.tr("Shared database") if shared else self.tr("Embedded database")
        self.database_label.setText(f"{kind}: {self._database.location}")
        self.database_label.setToolTip(
            self.tr("Database in use: %1").replace("%1", self._database.location)
        )
        if self._user is None:
            self.user_label.setText(self.tr("Not signed in"))
            return
        parts = (self._user.display_name, role_label(self._user.role), self._user.team)
        self.user_label.setText(" · ".join(p for p in parts if p))

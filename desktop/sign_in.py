"""The sign-in dialog: pick your name, type your PIN if you have one."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accounts.directory import InactiveUserError, UserDirectory, UserRecord, WrongPinError
from desktop.i18n import role_label
from desktop.tasks import TaskRunner
from desktop.two_line_delegate import DETAIL_ROLE, TwoLineDelegate

USER_ROLE = Qt.ItemDataRole.UserRole


class SignInDialog(QDialog):
    def __init__(
        self,
        users: UserDirectory,
        runner: TaskRunner,
        last_user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signIn")
        self.user: UserRecord | None = None
        self._users = users
        self._runner = runner
        self._last_user = last_user
        self._records: list[UserRecord] = []

        self._heading = QLabel(objectName="heading")
        self._subtitle = QLabel(objectName="subtitle")
        self._filter = QLineEdit(clearButtonEnabled=True)
        self._list = QListWidget()
        self._list.setItemDelegate(TwoLineDelegate(self._list))
        self._pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self._message = QLabel(objectName="message", wordWrap=True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        for widget in (
            self._heading,
            self._subtitle,
            self._filter,
            self._list,
            self._pin,
            self._message,
            self._buttons,
        ):
            layout.addWidget(widget)

        self._filter.textChanged.connect(self._apply_filter)
        self._list.currentItemChanged.connect(self._selection_changed)
        self._list.itemActivated.connect(lambda _item: self._submit())
        self._buttons.accepted.connect(self._submit)
        self._buttons.rejected.connect(self.reject)
        self.resize(420, 520)
        self.retranslate()
        self._load_users()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Frontline Desk"))
        self._heading.setText(self.tr("Frontline Desk"))
        self._subtitle.setText(self.tr("Choose your name to start your shift."))
        self._filter.setPlaceholderText(self.tr("Find your name"))
        self._filter.setAccessibleName(self.tr("Find your name"))
        self._list.setAccessibleName(self.tr("Users"))
        self._pin.setAccessibleName(self.tr("PIN"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self._fill_list()
        self._selection_changed()

    def _load_users(self) -> None:
        self._message.setText(self.tr("Loading users…"))
        self._runner.submit(
            "sign-in/users", self._users.list_users, self._users_loaded, self._load_failed
        )

    def _users_loaded(self, records: list[UserRecord]) -> None:
        self._records = records
        self._message.clear()
        if not records:
            hint = "frontline users add NAME --role ROLE"
            self._message.setText(
                self.tr("No users yet. An administrator adds them with: %1").replace("%1", hint)
            )
        self._fill_list()
        self._apply_filter(self._filter.text())

    def _load_failed(self, error: Exception) -> None:
        self._message.setText(self.tr("Cannot read the user list: %1").replace("%1", str(error)))

    def _fill_list(self) -> None:
        current = self._selected()
        wanted = current.username if current else self._last_user
        self._list.clear()
        for record in self._records:
            details = " · ".join(filter(None, (role_label(record.role), record.team)))
            item = QListWidgetItem(record.display_name)
            item.setData(DETAIL_ROLE, details)
            item.setData(USER_ROLE, record)
            item.setToolTip(record.username)
            self._list.addItem(item)
            if record.username == wanted:
                self._list.setCurrentItem(item)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self._list.count()):
            item = self._list.item(row)
            record: UserRecord = item.data(USER_ROLE)
            haystack = f"{record.display_name} {record.username} {record.team or ''}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)
        current = self._list.currentItem()
        if current is None or current.isHidden():
            visible = [
                self._list.item(r)
                for r in range(self._list.count())
                if not self._list.item(r).isHidden()
            ]
            self._list.setCurrentItem(visible[0] if visible else None)

    def _selected(self) -> UserRecord | None:
        item = self._list.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        record = self._selected()
        needs_pin = record is not None and record.has_pin
        self._pin.setEnabled(needs_pin)
        self._pin.clear()
        self._pin.setPlaceholderText(self.tr("PIN") if needs_pin else self.tr("No PIN needed"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(record is not None)

    def _submit(self) -> None:
        record = self._selected()
        if record is None or self._runner.is_busy("sign-in/check"):
            return
        pin = self._pin.text()
        self._message.setText(self.tr("Signing in…"))
        self._runner.submit(
            "sign-in/check",
            lambda: self._users.sign_in(record.username, pin),
            self._signed_in,
            self._refused,
        )

    def _signed_in(self, record: UserRecord) -> None:
        self.user = record
        self.accept()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, WrongPinError):
            self._message.setText(self.tr("Wrong PIN. Try again."))
            self._pin.selectAll()
            self._pin.setFocus()
        elif isinstance(error, InactiveUserError):
            self._message.setText(self.tr("This account is deactivated. Ask a supervisor."))
        else:
            self._message.setText(self.tr("Cannot sign in: %1").replace("%1", str(error)))

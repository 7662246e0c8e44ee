"""The console's audit page: how far the grant log's hash chain was last verified, and a
"verify now" that walks the whole chain in the background with progress.

A failed verification is an alarm, not a note: a red panel naming the first bad entry,
which stays until a later verification passes.
"""

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accounts.directory import UserRecord
from desktop.console_tab import ConsoleTab
from desktop.console_tables import fill_table, read_only_table
from desktop.customer_labels import moment_text
from desktop.tasks import Progress, TaskRunner
from frontline.context import AppContext
from policies.audit import Head, VerifyReport
from policies.audit_checks import AuditCheck, recent_checks, record_check
from store.types import utcnow

HISTORY = 50
ALARM_COLOUR = QColor("#b3261e")


@dataclass(frozen=True)
class ChainState:
    head: Head
    checks: list[AuditCheck]  # newest first

    @property
    def last(self) -> AuditCheck | None:
        return self.checks[0] if self.checks else None


def read_state(context: AppContext) -> ChainState:
    return ChainState(context.audit.head(), recent_checks(context.engine, limit=HISTORY))


def verify_and_record(context: AppContext, by: str, progress: Progress) -> AuditCheck:
    """Walk the chain, then keep the outcome in the log of checks (runs in the background)."""
    total = context.audit.head().seq
    report: VerifyReport = context.audit.verify(progress=lambda done: progress.report(done, total))
    return record_check(context.engine, report, by=by, at=utcnow())


class AuditTab(ConsoleTab):
    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        user: UserRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("auditTab", context, runner, parent)
        self._user = user
        self.state: ChainState | None = None
        self.log_line = QLabel(objectName="auditLogLine", wordWrap=True)
        self.check_line = QLabel(objectName="auditCheckLine", wordWrap=True)
        self.alarm = QFrame(objectName="auditAlarm")
        self.alarm_title = QLabel(objectName="auditAlarmTitle")
        self.alarm_text = QLabel(objectName="auditAlarmText", wordWrap=True)
        alarm_layout = QVBoxLayout(self.alarm)
        alarm_layout.addWidget(self.alarm_title)
        alarm_layout.addWidget(self.alarm_text)
        self.alarm.hide()
        self.verify_button = QPushButton(objectName="auditVerify")
        self.verify_button.clicked.connect(self.verify_now)
        self.progress_bar = QProgressBar(objectName="auditProgress")
        self.progress_bar.hide()
        self._progress = Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.card = QFrame(objectName="auditCard")
        card = QVBoxLayout(self.card)
        card.addWidget(self.log_line)
        card.addWidget(self.check_line)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.progress_bar, 1)
        actions.addStretch(1)
        card.addLayout(actions)
        self.history_label = QLabel(objectName="consoleSection")
        self.history = read_only_table("auditHistory")
        for widget in (self.card, self.alarm, self.history_label):
            self.body.addWidget(widget)
        self.body.addWidget(self.history, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.runner.submit(
            "console/audit-state", lambda: read_state(self.context), self._state_read, self.failed
        )

    def verify_now(self) -> None:
        if self.runner.is_busy("console/audit-verify"):
            return
        self.verify_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.set_note(self.tr("Verifying every entry of the log…"))
        self.runner.submit(
            "console/audit-verify",
            lambda: verify_and_record(self.context, self._user.username, self._progress),
            self._verified,
            self._verify_failed,
        )

    def _state_read(self, state: ChainState) -> None:
        self.state = state
        self.set_note("")
        self.retranslate()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _verified(self, check: AuditCheck) -> None:
        self._finish_verify()
        self.set_note(
            self.tr("Verified just now.") if check.ok else self.tr("Verification failed.")
        )
        self.refresh()

    def _verify_failed(self, error: Exception) -> None:
        self._finish_verify()
        self.failed(error)

    def _finish_verify(self) -> None:
        self.verify_button.setEnabled(True)
        self.progress_bar.hide()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Audit log"))
        self.verify_button.setText(self.tr("Verify now"))
        self.verify_button.setAccessibleName(self.tr("Verify the whole audit log now"))
        self.progress_bar.setAccessibleName(self.tr("Verification progress"))
        self.history_label.setText(self.tr("Verifications"))
        self.history.setAccessibleName(self.tr("Verifications"))
        self._fill_history()
        self.alarm_title.setText(self.tr("The grant log does not verify"))
        if self.state is None:
            self.log_line.setText(self.tr("Reading the log…"))
            self.check_line.setText("")
            return
        head = self.state.head
        self.log_line.setText(
            self.tr("The log holds %1 entries. Head hash: %2")
            .replace("%1", f"{head.seq:,}")
            .replace("%2", head.hash)
        )
        self._show_check(self.state.last)

    def _show_check(self, check: AuditCheck | None) -> None:
        if check is None:
            self.check_line.setText(self.tr("The log has never been verified here."))
            self.alarm.hide()
            return
        when, who = moment_text(check.checked_at), check.checked_by
        if check.ok:
            text = self.tr("Verified up to entry %1 (head %2) on %3 by %4: intact.")
            self.check_line.setText(
                text.replace("%1", f"{check.head_seq:,}")
                .replace("%2", check.head_hash[:16])
                .replace("%3", when)
                .replace("%4", who)
            )
            self.alarm.hide()
            return
        self.check_line.setText(
            self.tr("Last verified on %1 by %2: FAILED.").replace("%1", when).replace("%2", who)
        )
        first_bad = (
            self.tr("First bad entry: %1.").replace("%1", str(check.bad_entry))
            if check.bad_entry is not None
            else ""
        )
        self.alarm_text.setText(f"{check.problem or ''}\n{first_bad}".strip())
        self.alarm.show()

    def _fill_history(self) -> None:
        checks = self.state.checks if self.state else []
        fill_table(
            self.history,
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Entries"),
                self.tr("Head"),
                self.tr("Result"),
            ],
            [
                [
                    moment_text(check.checked_at),
                    check.checked_by,
                    check.entries,
                    check.head_hash[:16],
                    self.tr("Intact") if check.ok else check.problem or self.tr("Failed"),
                ]
                for check in checks
            ],
        )
        for row, check in enumerate(checks):
            if not check.ok:
                self.history.item(row, 4).setForeground(QBrush(ALARM_COLOUR))

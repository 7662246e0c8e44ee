"""Starting a training session: the trainer picks a scenario, a trainee and who plays the
customer; the sandbox is prepared in the background and the session window opens."""

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from accounts.directory import UserRecord
from accounts.roles import Role
from desktop.compensation_labels import ui_language, ui_text
from desktop.i18n import role_label
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from frontline.training import scenarios_folder
from training.scenario import Difficulty, Scenario
from training.scenario_loader import load_scenarios

CHANNEL = "training/setup"
TRAINABLE_ROLES = frozenset({Role.AGENT, Role.SENIOR})


@dataclass(frozen=True)
class SessionChoice:
    scenario: Scenario
    trainee: UserRecord
    live: bool  # the trainer plays the customer
    language: str  # the language of the customer's messages: "en" or "zh"


@dataclass(frozen=True)
class _Choices:
    scenarios: list[Scenario]
    trainees: list[UserRecord]


def _load_choices(context: AppContext, folder: Path) -> _Choices:
    trainees = [u for u in context.users.list_users() if u.role in TRAINABLE_ROLES]
    return _Choices(load_scenarios(folder), trainees)


class TrainingSetupDialog(QDialog):
    chosen = Signal(object)  # a SessionChoice

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSetup")
        self._folder = folder or scenarios_folder()
        self.scenarios = QListWidget(objectName="trainingScenarios")
        self.scenarios.currentRowChanged.connect(self._show_scenario)
        self.details = QLabel(objectName="trainingDetails", wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumWidth(380)
        self.trainee = QComboBox(objectName="trainingTrainee")
        self.language = QComboBox(objectName="trainingLanguage")
        self.scripted = QRadioButton(objectName="trainingScripted", checked=True)
        self.live = QRadioButton(objectName="trainingLive")
        modes = QButtonGroup(self)
        modes.addButton(self.scripted)
        modes.addButton(self.live)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.progress_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.progress_button.clicked.connect(self.show_progress)
        self.progress: QDialog | None = None
        self._context, self._runner = context, runner
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.hide()
        self._lay_out()
        self.retranslate()
        self._scenario_list: list[Scenario] = []
        self._set_ready(False)
        runner.submit(
            CHANNEL, lambda: _load_choices(context, self._folder), self._loaded, self._failed
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scenarios, 1)
        top.addWidget(self.details, 1)
        self.form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        mode = QHBoxLayout()
        mode.addWidget(self.scripted)
        mode.addWidget(self.live)
        mode.addStretch(1)
        for label, field in zip(self.form_labels, (self.trainee, mode, self.language), strict=True):
            self.form.addRow(label, field)
        self.form_labels[0].setBuddy(self.trainee)
        self.form_labels[2].setBuddy(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(920, 560)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start a training session"))
        self.scenarios.setAccessibleName(self.tr("Scenarios"))
        labels = (self.tr("&Trainee:"), self.tr("The customer:"), self.tr("Customer spea&ks:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.trainee.setAccessibleName(self.tr("Trainee"))
        self.language.setAccessibleName(self.tr("The customer's language"))
        self.scripted.setText(self.tr("Follows the sc&ript"))
        self.live.setText(self.tr("&I play the customer"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start session"))
        self.progress_button.setText(self.tr("Trainee's &progress…"))
        languages = ((self.tr("Chinese"), "zh"), (self.tr("English"), "en"))
        current = self.language.currentData()
        self.language.clear()
        for text, code in languages:
            self.language.addItem(text, code)
        if current is not None:
            self.language.setCurrentIndex(self.language.findData(current))

    def _loaded(self, choices: _Choices) -> None:
        self._scenario_list = choices.scenarios
        for scenario in choices.scenarios:
            item = QListWidgetItem(ui_text(scenario.title))
            item.setToolTip(ui_text(scenario.summary))
            self.scenarios.addItem(item)
        for user in choices.trainees:
            self.trainee.addItem(f"{user.display_name} · {role_label(user.role)}", user)
        if not choices.scenarios:
            self._say(self.tr("No scenarios found in %1.").replace("%1", str(self._folder)))
            return
        self.scenarios.setCurrentRow(0)
        self._set_ready(bool(choices.trainees))
        if not choices.trainees:
            self._say(self.tr("There are no agents to train: add one with `frontline users add`."))

    def _failed(self, error: Exception) -> None:
        self._say(self.tr("Cannot read the scenarios or the users: %1").replace("%1", str(error)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_ready(self, ready: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.progress_button.setEnabled(ready)

    def _show_scenario(self, row: int) -> None:
        if not 0 <= row < len(self._scenario_list):
            return
        scenario = self._scenario_list[row]
        persona = scenario.persona
        difficulty = {
            Difficulty.BASIC: self.tr("Basic"),
            Difficulty.INTERMEDIATE: self.tr("Intermediate"),
            Difficulty.ADVANCED: self.tr("Advanced"),
        }[scenario.difficulty]
        facts = (
            self.tr("<b>Difficulty</b>: %1 · <b>Target</b>: %2 minutes")
            .replace("%1", difficulty)
            .replace("%2", str(scenario.expect.target_minutes))
        )
        customer = self.tr("<b>Customer</b>: %1").replace("%1", f"{persona.name} ({persona.ref})")
        self.details.setText(
            f"<h3>{html.escape(ui_text(scenario.title))}</h3>"
            f"<p>{html.escape(ui_text(scenario.summary))}</p><p>{facts}</p><p>{customer}</p>"
            f"<p style='color:#5b6b80'>{html.escape(persona.briefing.get(ui_language()))}</p>"
        )
        self.language.setCurrentIndex(self.language.findData(persona.language))

    def show_progress(self) -> None:
        """The chosen trainee's finished sessions and scores, in a window of their own."""
        trainee = self.trainee.currentData()
        if not isinstance(trainee, UserRecord):
            return
        # Imported on first use: charts cost start-up time.
        from desktop.training_progress import TraineeProgress  # noqa: PLC0415

        dialog = QDialog(self, objectName="trainingProgress")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Progress: %1").replace("%1", trainee.display_name))
        layout = QVBoxLayout(dialog)
        layout.addWidget(TraineeProgress(self._context, self._runner, trainee.username))
        dialog.resize(900, 620)
        dialog.show()
        self.progress = dialog

    def select_scenario(self, scenario_id: str) -> bool:
        """Show the scenario with this id; False when there is none."""
        for row, scenario in enumerate(self._scenario_list):
            if scenario.id == scenario_id:
                self.scenarios.setCurrentRow(row)
                return True
        return False

    def start(self) -> None:
        row = self.scenarios.currentRow()
        trainee = self.trainee.currentData()
        if not 0 <= row < len(self._scenario_list) or not isinstance(trainee, UserRecord):
            return
        self.chosen.emit(
            SessionChoice(
                self._scenario_list[row],
                trainee,
                self.live.isChecked(),
                str(self.language.currentData()),
            )
        )
        self.accept()

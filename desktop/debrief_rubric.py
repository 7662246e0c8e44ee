"""The trainer's rubric in the debrief: each criterion's score buttons and comment."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from training.rubric import TOP_SCORE, Criterion, RubricScore


class ScoreButtons(QWidget):
    """0 to TOP_SCORE as a row of buttons; none pressed until the trainer scores, and
    pressing the chosen one again takes the score back."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for value in range(TOP_SCORE + 1):
            button = QPushButton(str(value), objectName=f"score_{criterion.id}_{value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("score", True)
            self.group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def _clicked(self, value: int) -> None:
        if self.group.button(value).isChecked():
            for other in self.group.buttons():
                if other is not self.group.button(value):
                    other.setChecked(False)

    @property
    def score(self) -> int | None:
        return self.group.checkedId() if self.group.checkedId() >= 0 else None

    def set_score(self, value: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)


class RubricRow(QFrame):
    """One criterion: its name and question, the score buttons and a comment."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricCriterion")
        self.criterion = criterion
        self.name = QLabel(objectName="rubricName")
        self.question = QLabel(objectName="rubricQuestion", wordWrap=True)
        self.scores = ScoreButtons(criterion)
        self.comment = QLineEdit(objectName=f"rubricComment_{criterion.id}")
        self.comment.setClearButtonEnabled(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(6)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.scores, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.question, 1, 0, 1, 2)
        layout.addWidget(self.comment, 2, 0, 1, 2)
        self.scores.group.idClicked.connect(lambda _value: self._mark())

    def _mark(self) -> None:
        self.setProperty("scored", self.scores.score is not None)
        self.style().unpolish(self)
        self.style().polish(self)

    def retranslate(self, language: str) -> None:
        name = self.criterion.name.get(language)
        self.name.setText(name)
        self.question.setText(self.criterion.question.get(language))
        self.name.setToolTip(self.criterion.question.get(language))
        scale = (
            self.tr("0: not shown"),
            self.tr("1: rarely"),
            self.tr("2: sometimes"),
            self.tr("3: mostly"),
            self.tr("4: throughout, a model for others"),
        )
        for button in self.scores.group.buttons():
            value = self.scores.group.id(button)
            button.setToolTip(scale[value])
            button.setAccessibleName(
                self.tr("%1: score %2 of %3")
                .replace("%1", name)
                .replace("%2", str(value))
                .replace("%3", str(TOP_SCORE))
            )
        self.comment.setPlaceholderText(self.tr("A comment: what you saw, with an example"))
        self.comment.setAccessibleName(self.tr("Comment on %1").replace("%1", name))

    def value(self) -> RubricScore | None:
        score = self.scores.score
        if score is None:
            return None
        return RubricScore(self.criterion.id, score, self.comment.text().strip())

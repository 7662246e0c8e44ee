"""The debrief after a training session: the automatic score card, the trainer's rubric and
notes, the timeline; saved to the trainee's progress and exported as PDF or HTML.

The rubric is optional, as a trainer may debrief later from the report, but saving with
criteria unscored asks first. Once saved, the record is final: the editors lock, so that the
report exported afterwards is the one in the trainee's progress.
"""

import logging
from collections.abc import Iterable
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from accounts.directory import AccountError
from desktop.compensation_jobs import while_alive
from desktop.compensation_labels import ui_language
from desktop.debrief_pdf import ask_report_path, write_report
from desktop.debrief_rubric import RubricRow
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from frontline.training import TrainingRun
from knowledge.library import UnknownArticleError, get_article
from policies.versions import NoPolicyError
from training.debrief import Debrief, Names, Who
from training.debrief_html import band, date_text, duration_text, grade, mode_text
from training.events import Event, EventKind
from training.records import FinishedSession, record_session
from training.rubric import CRITERIA, Criterion, RubricScore

log = logging.getLogger(__name__)
CHECK_COLUMN_MAX = 220  # pixels

FAILED = (QColor("#8c1d18"), QColor("#fdecea"))
PARTIAL = (QColor("#7a4d00"), QColor("#fff4dc"))
PASSED = QColor("#1d5b2f")

STYLE = """
QLabel#debriefKicker { color: #2f6fde; font-size: 11px; font-weight: 600; }
QLabel#debriefHeading { font-size: 20px; font-weight: 600; color: #1d2b3a; }
QLabel#debriefMeta { color: #5b6b80; }
QLabel#debriefScore {
    border: 1px solid #dde2ea; border-radius: 8px; padding: 6px 14px; background: #f3f5f8;
    color: #5b6b80;
}
QLabel#debriefScore[band="good"] { background: #e6f4ea; color: #1d5b2f; border-color: #b9dcc3; }
QLabel#debriefScore[band="fair"] { background: #fff4dc; color: #7a4d00; border-color: #f0d9a8; }
QLabel#debriefScore[band="poor"] { background: #fdecea; color: #8c1d18; border-color: #f2c2bd; }
QLabel#debriefSection { font-size: 14px; font-weight: 600; color: #1d2b3a; padding-top: 6px; }
QLabel#debriefHint, QLabel#rubricQuestion { color: #5b6b80; }
QLabel#rubricName { font-weight: 600; color: #1d2b3a; }
QScrollArea#debriefRubricScroll, QWidget#debriefRubric { background: transparent; }
QFrame#rubricCriterion {
    background: #ffffff; border: 1px solid #dde2ea; border-radius: 8px;
}
QFrame#rubricCriterion[scored="true"] { border-color: #9fbdf2; }
QPushButton[score="true"] {
    min-width: 34px; max-width: 34px; padding: 5px 0; border-radius: 6px; font-weight: 600;
}
QPushButton[score="true"]:checked { background: #2f6fde; border-color: #2f6fde; color: #ffffff; }
QPushButton[score="true"]:disabled:checked { background: #8aa9e0; border-color: #8aa9e0; }
QTableWidget {
    background: #ffffff; border: 1px solid #dde2ea; border-radius: 6px;
    gridline-color: #eef1f5;
}
QHeaderView::section {
    background: #f3f5f8; color: #5b6b80; border: none; border-bottom: 1px solid #dde2ea;
    padding: 5px 8px;
}
QPlainTextEdit {
    border: 1px solid #c9d1dc; border-radius: 6px; background: #ffffff; padding: 4px;
}
QLabel#debriefMessage[state="saved"] { color: #1d5b2f; font-weight: 600; }
QLabel#debriefMessage[state="busy"] { color: #5b6b80; }
QLabel#debriefMessage[state="error"] { color: #b3261e; }
QPushButton#debriefSave {
    background: #2f6fde; color: #ffffff; border: none; border-radius: 6px; padding: 7px 20px;
    font-weight: 600;
}
QPushButton#debriefSave:disabled { background: #b8c6dd; color: #ffffff; }
"""


def load_names(desk: AppContext, people: Iterable[str], articles: Iterable[str]) -> Names:
    """People's display names, the policy's compensation kinds and the articles' titles, for
    the report; any the desk does not know keep their ids. Runs off the UI thread."""
    shown: dict[str, str] = {}
    for username in set(people):
        try:
            shown[username] = desk.users.get(username).display_name
        except AccountError:
            continue
    try:
        kinds = {kind.id: kind.name for kind in desk.compensations.active_policy().kinds.values()}
    except NoPolicyError:
        kinds = {}
    titles: dict[str, str] = {}
    for article in {a.upper() for a in articles}:
        try:
            titles[article] = get_article(desk.engine, article).title
        except UnknownArticleError:
            continue
    return Names(shown, kinds, titles)


def opened_articles(events: Iterable[Event]) -> list[str]:
    return [e.ref for e in events if e.kind is EventKind.ARTICLE and e.ref is not None]


class DebriefDialog(QDialog):
    """Opened by the training window when the session ends; `finished` when it closes."""

    def __init__(
        self,
        desk: AppContext,
        runner: TaskRunner,
        run: TrainingRun,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debriefDialog")
        self.setStyleSheet(STYLE)
        self._desk, self._runner, self.run = desk, runner, run
        self.session: FinishedSession = run.finished_session()  # ends the run if need be
        self.names = Names()
        self.saved_id: int | None = None
        self.busy = False
        self._channel = f"training/debrief/{id(self)}"

        self.kicker = QLabel(objectName="debriefKicker")
        self.heading = QLabel(objectName="debriefHeading", wordWrap=True)
        self.meta = QLabel(objectName="debriefMeta", wordWrap=True)
        self.auto_score = QLabel(objectName="debriefScore")
        self.rubric_score = QLabel(objectName="debriefScore")
        for label in (self.auto_score, self.rubric_score):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checks_title = QLabel(objectName="debriefSection")
        self.checks = _table("debriefChecks", 3)
        self.timeline_title = QLabel(objectName="debriefSection")
        self.timeline = _table("debriefTimeline", 3)
        self.rubric_title = QLabel(objectName="debriefSection")
        self.rubric_hint = QLabel(objectName="debriefHint", wordWrap=True)
        self.rubric_rows = [RubricRow(criterion) for criterion in CRITERIA]
        self.notes_title = QLabel(objectName="debriefSection")
        self.notes = QPlainTextEdit(objectName="debriefNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(72)
        # Its size hint is tall: it would give the rubric's column a scroll bar it never needs.
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.message = QLabel(objectName="debriefMessage", wordWrap=True)
        self.export_pdf_button = QPushButton(objectName="debriefExportPdf", autoDefault=False)
        self.export_html_button = QPushButton(objectName="debriefExportHtml", autoDefault=False)
        self.save_button = QPushButton(objectName="debriefSave", autoDefault=False)
        self.close_button = QPushButton(objectName="debriefClose", autoDefault=False)
        self._build()

        for row in self.rubric_rows:
            row.scores.group.idClicked.connect(lambda _value: self._show_scores())
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_html_button.clicked.connect(lambda: self.export("html"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.retranslate()
        self.resize(1240, 860)
        self._load_names()

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="debriefSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._facts())
        splitter.addWidget(self._rubric_editor())
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_pdf_button)
        buttons.addWidget(self.export_html_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _header(self) -> QHBoxLayout:
        title = QVBoxLayout()
        title.setSpacing(2)
        title.addWidget(self.kicker)
        title.addWidget(self.heading)
        title.addWidget(self.meta)
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addLayout(title, 1)
        header.addWidget(self.auto_score)
        header.addWidget(self.rubric_score)
        return header

    def _facts(self) -> QWidget:
        facts = QWidget(objectName="debriefFacts")
        column = QVBoxLayout(facts)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.checks_title)
        column.addWidget(self.checks, 2)
        column.addWidget(self.timeline_title)
        column.addWidget(self.timeline, 3)
        return facts

    def _rubric_editor(self) -> QScrollArea:
        rubric = QWidget(objectName="debriefRubric")
        column = QVBoxLayout(rubric)
        column.setContentsMargins(8, 0, 8, 0)
        column.setSpacing(8)
        column.addWidget(self.rubric_title)
        column.addWidget(self.rubric_hint)
        for row in self.rubric_rows:
            column.addWidget(row)
        column.addWidget(self.notes_title)
        column.addWidget(self.notes, 1)
        scroll = QScrollArea(objectName="debriefRubricScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rubric)
        return scroll

    # --- what the report holds

    def rubric(self) -> tuple[RubricScore, ...]:
        return tuple(score for row in self.rubric_rows if (score := row.value()) is not None)

    def finished_session(self) -> FinishedSession:
        """The session with the rubric and notes as they are now (as saved, once saved)."""
        if self.saved_id is not None:
            return self.session
        return replace(self.session, rubric=self.rubric(), notes=self.notes.toPlainText().strip())

    def debrief(self) -> Debrief:
        return Debrief.from_finished(self.finished_session(), self.names)

    def _load_names(self) -> None:
        desk, session = self._desk, self.session
        people = (session.trainee, session.trainer)
        articles = opened_articles(session.events)
        self._runner.submit(
            f"{self._channel}/names",
            lambda: load_names(desk, people, articles),
            while_alive(self, self._names_loaded),
            while_alive(self, self._names_failed),
        )

    def _names_loaded(self, names: Names) -> None:
        self.names = names
        self._show_report()

    def _names_failed(self, error: Exception) -> None:
        log.warning("debrief names not loaded: %s", error)  # the ids are shown instead

    # --- saving

    def save(self) -> None:
        if self.busy or self.saved_id is not None:
            return
        scored = {score.criterion for score in self.rubric()}
        missing = [c for c in CRITERIA if c.id not in scored]
        if missing and not self.confirm_unscored(missing):
            return
        finished = self.finished_session()
        engine = self._desk.engine
        self.busy = True
        self._say(self.tr("Saving…"), "busy")
        self._update_buttons()
        self._runner.submit(
            f"{self._channel}/save",
            lambda: record_session(engine, finished),
            while_alive(self, lambda saved_id: self._saved(finished, saved_id)),
            while_alive(self, self._save_failed),
        )

    def confirm_unscored(self, missing: list[Criterion]) -> bool:
        language = ui_language()
        names = ("、" if language == "zh" else ", ").join(c.name.get(language) for c in missing)
        if len(missing) == len(CRITERIA):
            text = self.tr("The rubric is not scored. Save the session without it?")
        else:
            text = self.tr("Not scored: %1. Save the session without these scores?").replace(
                "%1", names
            )
        answer = QMessageBox.question(
            self,
            self.tr("Save without a full rubric?"),
            text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _saved(self, finished: FinishedSession, saved_id: int) -> None:
        self.busy = False
        self.session, self.saved_id = finished, saved_id
        for row in self.rubric_rows:
            row.setEnabled(False)
        self.notes.setReadOnly(True)
        self._say(self._saved_text(), "saved")
        self._update_buttons()

    def _saved_text(self) -> str:
        trainee = self.names.people.get(self.session.trainee) or self.session.trainee
        return self.tr("Saved to %1's progress.").replace("%1", trainee)

    def _save_failed(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, SQLAlchemyError):
            log.warning("debrief not saved: %s", error)
            self._say(self.tr("Not saved: the database cannot be reached. Try again."), "error")
        else:
            log.error("debrief not saved", exc_info=error)
            self._say(
                self.tr("Not saved: something went wrong. The details are in the log."), "error"
            )
        self._update_buttons()

    # --- exporting

    def export(self, suffix: str, path: Path | None = None) -> Path | None:
        """Write the report as "pdf" or "html" to path, or to a file the user chooses."""
        debrief = self.debrief()
        path = path or ask_report_path(self, debrief, suffix)
        if path is None:
            return None
        try:
            write_report(debrief, suffix, path)
        except OSError as error:
            log.warning("debrief not exported: %s", error)
            self._say(self.tr("Not exported: %1").replace("%1", str(error)), "error")
            return None
        self._say(self.tr("Exported to %1").replace("%1", str(path)), "saved")
        return path

    # --- closing

    def reject(self) -> None:
        if self.busy:
            return  # the record being written finishes first
        if self.saved_id is None and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        trainee = self.names.people.get(self.session.trainee) or self.session.trainee
        answer = QMessageBox.question(
            self,
            self.tr("Close without saving?"),
            self.tr("The session is not saved: it will not appear in %1's progress.").replace(
                "%1", trainee
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = ui_language()
        self.setWindowTitle(
            self.tr("Debrief — %1").replace("%1", self.session.scenario.title.get(language))
        )
        self.kicker.setText(self.tr("TRAINING DEBRIEF"))
        self.checks_title.setText(self.tr("Automatic checks"))
        self.timeline_title.setText(self.tr("Timeline"))
        self.rubric_title.setText(self.tr("Trainer's rubric"))
        self.rubric_hint.setText(
            self.tr(
                "Score each habit from 0 (not shown) to 4 (a model for others); press a "
                "score again to take it back. A comment with an example helps the trainee most."
            )
        )
        self.notes_title.setText(self.tr("Overall notes"))
        self.notes.setPlaceholderText(self.tr("What went well, and the one thing to work on next"))
        self.notes.setAccessibleName(self.tr("Overall notes"))
        self.checks.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Points"), self.tr("Detail")]
        )
        self.checks.setAccessibleName(self.tr("Automatic checks"))
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("What happened")]
        )
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.auto_score.setAccessibleName(self.tr("Automatic score"))
        self.rubric_score.setAccessibleName(self.tr("Rubric score"))
        for row in self.rubric_rows:
            row.retranslate(language)
        self.export_pdf_button.setText(self.tr("Export &PDF…"))
        self.export_html_button.setText(self.tr("Export &HTML…"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.export_pdf_button, self.export_html_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
        if self.saved_id is not None:
            self._say(self._saved_text(), "saved")
        self._update_buttons()
        self._show_report()

    def _update_buttons(self) -> None:
        saved = self.saved_id is not None
        self.save_button.setText(self.tr("Saved") if saved else self.tr("&Save to progress"))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self.save_button.setEnabled(not saved and not self.busy)
        self.close_button.setEnabled(not self.busy)

    def _show_report(self) -> None:
        language = ui_language()
        debrief = self.debrief()
        self.heading.setText(debrief.title.get(language))
        self.meta.setText(
            " · ".join(
                (
                    self.tr("Trainee: %1").replace("%1", debrief.trainee),
                    self.tr("Trainer: %1").replace("%1", debrief.trainer),
                    date_text(debrief.started_at),
                    mode_text(debrief.mode, language),
                    duration_text(debrief.seconds, language),
                )
            )
        )
        self._fill_checks(debrief, language)
        self._fill_timeline(debrief, language)
        self._show_scores()

    def _show_scores(self) -> None:
        debrief = self.debrief()
        scored = [line.score for line in debrief.rubric if line.score is not None]
        _score_label(
            self.auto_score,
            self.tr("Automatic"),
            debrief.percent,
            self.tr("%1 of %2 points")
            .replace("%1", str(debrief.earned))
            .replace("%2", str(debrief.possible)),
        )
        _score_label(
            self.rubric_score,
            self.tr("Rubric"),
            debrief.rubric_percent,
            self.tr("%1 of %2 criteria scored")
            .replace("%1", str(len(scored)))
            .replace("%2", str(len(CRITERIA))),
        )

    def _fill_checks(self, debrief: Debrief, language: str) -> None:
        self.checks.setRowCount(len(debrief.checks))
        for row, check in enumerate(debrief.checks):
            cells = (
                _item(check.title.get(language)),
                _item(f"{check.earned} / {check.possible}", Qt.AlignmentFlag.AlignHCenter),
                _item(check.detail.get(language)),
            )
            colours = None if check.passed else FAILED if check.failed else PARTIAL
            for column, cell in enumerate(cells):
                if colours is not None:
                    cell.setForeground(colours[0])
                    cell.setBackground(colours[1])
                elif column == 1:
                    cell.setForeground(PASSED)
                self.checks.setItem(row, column, cell)
        # The check's name wraps rather than push the details out of sight.
        header = self.checks.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.checks.setColumnWidth(0, min(self.checks.sizeHintForColumn(0), CHECK_COLUMN_MAX))
        self.checks.resizeRowsToContents()

    def _fill_timeline(self, debrief: Debrief, language: str) -> None:
        who = {
            Who.CUSTOMER: self.tr("Customer"),
            Who.TRAINEE: self.tr("Trainee"),
            Who.SESSION: "—",
        }
        self.timeline.setRowCount(len(debrief.timeline))
        for row, entry in enumerate(debrief.timeline):
            cells = (
                _item(entry.time),
                _item(who[entry.who]),
                _item(entry.line(language)),
            )
            for column, cell in enumerate(cells):
                if entry.who is Who.CUSTOMER:
                    cell.setBackground(QColor("#f3f5f8"))
                elif column == 1 and entry.who is Who.TRAINEE:
                    cell.setForeground(QColor("#2f6fde"))
                self.timeline.setItem(row, column, cell)
        self.timeline.resizeRowsToContents()

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(columns - 1, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _item(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(text)
    return item


def _score_label(label: QLabel, title: str, percent: int | None, note: str) -> None:
    ink, _ = band(percent)
    figure = "—" if percent is None else f"{percent}%"
    label.setText(
        f"<div style='font-size:11px'>{escape(title)}</div>"
        f"<div style='font-size:24px; font-weight:700; color:{ink}'>{figure}</div>"
        f"<div style='font-size:11px'>{escape(note)}</div>"
    )
    label.setProperty("band", grade(percent))
    label.style().unpolish(label)
    label.style().polish(label)
    label.setAccessibleDescription(f"{figure} · {note}")

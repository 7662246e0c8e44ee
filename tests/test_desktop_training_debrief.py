"""The debrief dialog and a trainee's progress, on a real SQLite desk."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.debrief_dialog import DebriefDialog
from desktop.debrief_pdf import write_pdf
from desktop.training_progress import TraineeProgress
from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.training import TrainingRun
from tests.test_training import SCENARIO
from tests.test_training_debrief import NAMES, finished
from training.debrief import Debrief
from training.debrief_html import debrief_html
from training.events import Event, EventKind, GrantOutcome
from training.records import progress
from training.scenario_loader import load_scenario


@pytest.fixture
def desk(sqlite_context: AppContext) -> AppContext:
    load_demo(sqlite_context, customers=3)
    return sqlite_context


def session_run() -> TrainingRun:
    run = TrainingRun(load_scenario(SCENARIO), "wang.wei", "liu.yang", "scripted", "zh")
    run.record(Event(12, EventKind.SEARCH, text="配送 延迟", found=("DEL-003",)))
    run.record(Event(30, EventKind.ARTICLE, ref="DEL-003"))
    run.record(Event(50, EventKind.REPLY, text="非常抱歉 <script>alert(1)</script>"))
    run.record(
        Event(
            80,
            EventKind.GRANT,
            compensation="voucher",
            amount=Decimal(30),
            outcome=GrantOutcome.GRANTED,
        )
    )
    run.end(at=150)
    return run


@pytest.fixture
def dialog(qtbot, desk, runner):
    debrief = DebriefDialog(desk, runner, session_run())
    # An unsaved dialog asks before it closes, and pytest-qt closes it after each test.
    debrief.confirm_discard = lambda: True
    qtbot.addWidget(debrief)
    debrief.show()
    qtbot.waitUntil(lambda: "wang.wei" in debrief.names.people)
    return debrief


def score_all(dialog: DebriefDialog, scores: tuple[int, ...] = (3, 2, 4, 4)) -> None:
    for row, value in zip(dialog.rubric_rows, scores, strict=True):
        row.scores.group.button(value).click()
        row.comment.setText(f"{row.criterion.id} comment")


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_dialog_shows_the_score_card_and_timeline(dialog: DebriefDialog) -> None:
    assert dialog.heading.text() == "A loyal customer's late delivery"
    assert "王伟 (wang.wei)" in dialog.meta.text()
    checks = dialog.checks
    titles = [checks.item(row, 0).text() for row in range(checks.rowCount())]
    assert titles[0] == "Key article DEL-003"
    authority = titles.index("Within authority")
    assert checks.item(authority, 1).text() == "3 / 3"
    assert checks.item(authority, 0).background().style() == Qt.BrushStyle.NoBrush  # passed
    timeline = dialog.timeline
    lines = [timeline.item(row, 2).text() for row in range(timeline.rowCount())]
    assert lines[0] == "我的包裹晚了。"  # as the customer said it
    assert lines[-1] == "Session ended"
    assert "Granted a compensation: Voucher 30" in lines
    assert "Rubric" in dialog.rubric_score.text()
    assert "—" in dialog.rubric_score.text()  # nothing scored yet
    assert all(row.scores.score is None for row in dialog.rubric_rows)


def test_failed_checks_are_highlighted(qtbot, desk, runner, monkeypatch) -> None:
    run = TrainingRun(load_scenario(SCENARIO), "wang.wei", "liu.yang", "scripted", "en")
    run.record(Event(20, EventKind.REPLY, text="Your ticket is past the SLA."))
    run.end(at=900)
    debrief = DebriefDialog(desk, runner, run)
    qtbot.addWidget(debrief)
    checks = debrief.checks
    rows = {checks.item(row, 2).text(): row for row in range(checks.rowCount())}
    jargon = rows["Done 1 time(s): Internal jargon"]
    assert checks.item(jargon, 0).text() == "Forbidden action"
    assert checks.item(jargon, 1).text() == "0 / 2"
    assert checks.item(jargon, 0).background().color().name() == "#fdecea"
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    debrief.reject()


def test_a_score_pressed_again_is_taken_back(dialog: DebriefDialog) -> None:
    buttons = dialog.rubric_rows[0].scores.group
    buttons.button(2).click()
    buttons.button(3).click()
    assert dialog.rubric_rows[0].scores.score == 3
    assert not buttons.button(2).isChecked()
    buttons.button(3).click()
    assert dialog.rubric_rows[0].scores.score is None
    assert buttons.button(3).accessibleName() == "Empathy: score 3 of 4"


def test_saving_records_the_session_in_the_trainees_progress(
    qtbot, dialog: DebriefDialog, desk: AppContext
) -> None:
    assert progress(desk.engine, "wang.wei") == []
    score_all(dialog)
    dialog.notes.setPlainText("Good start; mind the jargon.")
    assert "81%" in dialog.rubric_score.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    (record,) = progress(desk.engine, "wang.wei")
    assert record.id == dialog.saved_id
    assert record.trainer == "liu.yang"
    assert record.rubric_percent == 81
    assert [(s.criterion, s.score, s.comment) for s in record.rubric] == [
        ("empathy", 3, "empathy comment"),
        ("listening", 2, "listening comment"),
        ("language", 4, "language comment"),
        ("ownership", 4, "ownership comment"),
    ]
    assert record.notes == "Good start; mind the jargon."
    assert record.events[-1].kind is EventKind.END
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text() == "Saved to 王伟's progress."
    assert not dialog.rubric_rows[0].isEnabled()
    assert dialog.notes.isReadOnly()
    dialog.save()  # a second save records nothing
    qtbot.wait(50)
    assert len(progress(desk.engine, "wang.wei")) == 1
    dialog.close()  # saved: closes without asking
    assert not dialog.isVisible()


def test_saving_without_a_full_rubric_asks_first(
    qtbot, dialog: DebriefDialog, desk: AppContext, monkeypatch
) -> None:
    dialog.rubric_rows[0].scores.group.button(4).click()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.save()
    assert "Active listening" in asked[0]
    assert dialog.saved_id is None
    assert not dialog.busy
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    (record,) = progress(desk.engine, "wang.wei")
    assert [s.criterion for s in record.rubric] == ["empathy"]
    assert record.rubric_percent == 100


def test_closing_unsaved_asks(qtbot, desk, runner, monkeypatch) -> None:
    debrief = DebriefDialog(desk, runner, session_run())
    qtbot.addWidget(debrief)
    debrief.show()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(debrief.close_button, Qt.MouseButton.LeftButton)
    assert debrief.isVisible()
    assert "will not appear in" in asked[0]
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(debrief.finished):
        debrief.close_button.click()
    assert not debrief.isVisible()
    assert progress(desk.engine, "wang.wei") == []


def test_exports_pdf_and_html(dialog: DebriefDialog, tmp_path: Path, monkeypatch) -> None:
    score_all(dialog)
    pdf = dialog.export("pdf", tmp_path / "debrief.pdf")
    assert pdf is not None
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5_000
    chosen = tmp_path / "chosen"  # the suffix is added when the user leaves it out
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "Web pages (*.html)")
    )
    dialog.export_html_button.click()
    html = (tmp_path / "chosen.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "A loyal customer&#x27;s late delivery" in html
    assert "非常抱歉 &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "empathy comment" in html
    assert "chosen.html" in dialog.message.text()


def test_a_cancelled_export_writes_nothing(dialog: DebriefDialog, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    assert dialog.export("pdf") is None
    assert dialog.message.text() == ""


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_pdf_is_written_in_both_languages(qapp, tmp_path: Path, language: str) -> None:
    path = tmp_path / f"debrief-{language}.pdf"
    write_pdf(debrief_html(Debrief.from_finished(finished(language), NAMES), language), path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5_000
    assert data.rstrip().endswith(b"%%EOF")


def test_progress_lists_the_saved_sessions(
    qtbot, dialog: DebriefDialog, desk: AppContext, runner, tmp_path: Path
) -> None:
    score_all(dialog)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    view = TraineeProgress(desk, runner, "wang.wei")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    assert view.table.rowCount() == 1
    row = [view.table.item(0, column).text() for column in range(5)]
    assert row[1:] == ["A loyal customer's late delivery", "Scripted", "100%", "81%"]
    assert "王伟 (wang.wei)" in view.heading.text()
    assert not view.export_pdf_button.isEnabled()
    assert view.export("pdf", tmp_path / "none.pdf") is None  # nothing chosen
    view.table.selectRow(0)
    assert view.export_pdf_button.isEnabled()
    pdf = view.export("pdf", tmp_path / "again.pdf")
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")
    html = view.export("html", tmp_path / "again.html")
    assert html is not None
    assert "ownership comment" in html.read_text(encoding="utf-8")
    series = view.chart.chart().series()
    assert [s.count() for s in series] == [1, 1]


def test_progress_of_a_trainee_without_sessions(qtbot, desk, runner) -> None:
    view = TraineeProgress(desk, runner, "li.na")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    assert view.table.rowCount() == 0
    assert view.summary.text() == "No finished sessions yet."

"""Training mode in the app: a trainer starts a session, the trainee works in a sandbox and
the scripted customer answers; the real desk is untouched."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from desktop.i18n import LANGUAGES, Translations
from desktop.main_window import MainWindow
from desktop.training_launcher import TrainingLauncher
from desktop.training_progress import TraineeProgress
from desktop.training_setup import SessionChoice, TrainingSetupDialog
from desktop.training_window import TrainingWindow
from desktop.ui_settings import UiSettings
from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.training import TrainingRun, grant_request, pending_request, scenario_case
from policies.models import Grant
from tests.test_desktop_compensation_pane import choose, fill, open_dialog, wait_decided
from tests.test_desktop_customer_pane import open_customer
from tests.test_training import SCENARIO, counts
from tests.test_translations import accelerators, clashes, widget_texts
from training.events import EventKind, GrantOutcome
from training.records import record_session
from training.scenario_loader import load_scenario

DATA = Path(__file__).parent / "data" / "training"


@pytest.fixture
def demo(sqlite_context: AppContext) -> AppContext:
    load_demo(sqlite_context, customers=3)
    return sqlite_context


@pytest.fixture
def window(qtbot, demo, runner) -> MainWindow:
    main = MainWindow(demo, runner, UiSettings(demo.settings))
    qtbot.addWidget(main)
    return main


def test_only_trainers_supervisors_and_admins_see_training(window, demo, monkeypatch) -> None:
    window.set_user(demo.users.get("li.na"))
    assert not window.training_action.isVisible()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    assert window.open_training() is None
    assert "Only trainers, supervisors and administrators" in shown[0]
    for trainer in ("liu.yang", "chen.jing", "admin"):
        window.set_user(demo.users.get(trainer))
        assert window.training_action.isVisible()


def test_setup_lists_scenarios_and_trainees(qtbot, demo, runner) -> None:
    dialog = TrainingSetupDialog(demo, runner, folder=DATA)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.scenarios.count() == 1)
    trainees = [dialog.trainee.itemData(i).username for i in range(dialog.trainee.count())]
    assert "li.na" in trainees
    assert "zhao.min" in trainees  # seniors train too
    assert "chen.jing" not in trainees  # supervisors are not trainees
    assert "周丽华" in dialog.details.text()
    assert dialog.language.currentData() == "zh"  # the customer's own language
    dialog.trainee.setCurrentIndex(trainees.index("wang.wei"))
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    choice = chosen.args[0]
    assert isinstance(choice, SessionChoice)
    assert (choice.scenario.id, choice.trainee.username, choice.live) == (
        "late-delivery-loyal",
        "wang.wei",
        False,
    )


def start(qtbot, window: MainWindow, demo: AppContext, *, live: bool = False) -> TrainingWindow:
    window.set_user(demo.users.get("liu.yang"))
    choice = SessionChoice(load_scenario(SCENARIO), demo.users.get("wang.wei"), live, "zh")
    window.training = TrainingLauncher(demo, window._runner, window)
    window.training.start(choice, trainer="liu.yang")
    qtbot.waitUntil(lambda: window.training.session is not None, timeout=20_000)
    session = window.training.session
    assert session is not None
    return session  # closed by each test: it deletes itself, taking its sandbox


def transcript(session: TrainingWindow) -> str:
    return session.chat.transcript.toPlainText()


def test_a_scripted_session_from_start_to_finish(qtbot, window, demo, monkeypatch) -> None:
    before = counts(demo)
    session = start(qtbot, window, demo)
    assert "TRAINING" in session.banner.text()
    assert "我的包裹晚了。" in transcript(session)
    assert session.status.database_label.text().endswith("sandbox.db")

    customer, knowledge, compensation = session.workspace.panes()
    compensation.set_user(session.sandbox.context.users.get("wang.wei"))
    open_customer(qtbot, customer, "T-2001")
    session.chat.reply.setPlainText("您好，非常抱歉让您久等了。")
    qtbot.keyClick(session.chat.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "然后呢？" in transcript(session), timeout=5_000)
    assert session.chat.reply.toPlainText() == ""

    knowledge.reader.open("DEL-003", None)
    qtbot.waitUntil(lambda: any(e.kind is EventKind.ARTICLE for e in session.run.events))
    kinds = [e.kind for e in session.run.events]
    assert kinds[:3] == [EventKind.CUSTOMER_SAYS, EventKind.CUSTOMER, EventKind.REPLY]

    # The customer opened in the customer pane is the compensation pane's too.
    qtbot.waitUntil(
        lambda: compensation.customer is not None and bool(compensation.customer.orders)
    )
    choose(compensation.editor.category, "late_delivery")
    choose(compensation.editor.order, "O-T2001-0031")
    compensation.editor.days_late.setValue(6)
    wait_decided(qtbot, compensation)
    dialog = open_dialog(qtbot, compensation, "voucher")
    fill(qtbot, dialog, "30", "Parcel six days late")
    dialog.submit()
    qtbot.waitUntil(lambda: "谢谢！" in transcript(session), timeout=5_000)
    assert "You granted Voucher CNY 30.00." in transcript(session)
    grant = next(e for e in session.run.events if e.kind is EventKind.GRANT)
    assert (grant.compensation, grant.amount, grant.outcome) == (
        "voucher",
        Decimal("30.00"),
        GrantOutcome.GRANTED,
    )
    with session.sandbox.context.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Grant)) == 1  # in the sandbox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    folder = session.sandbox.folder
    session.close()
    assert not folder.exists()  # the sandbox goes with the session
    assert window.training.session is None
    assert counts(demo) == before  # customers, grants, requests, audit log: as they were


def test_a_trainer_plays_the_customer_live(qtbot, window, demo) -> None:
    session = start(qtbot, window, demo, live=True)
    assert session.chat.trainer_box.isVisibleTo(session)
    session.chat.reply.setPlainText("您好！")
    session.chat.send()
    qtbot.waitUntil(lambda: session.chat.suggestion.isVisibleTo(session))
    assert session.chat.customer_line.text() == "然后呢？"  # the script's line, ready to send
    session.chat.customer_line.setText("我已经等了九天了。")
    session.chat.say_as_customer()
    assert "我已经等了九天了。" in transcript(session)
    assert "然后呢？" not in transcript(session)
    session.run.end()
    session.close()
    QApplication.processEvents()


def test_setup_opens_the_trainees_progress(qtbot, demo, runner) -> None:
    run = TrainingRun(load_scenario(SCENARIO), "wang.wei", "liu.yang", "scripted", "zh")
    run.end(at=200)
    record_session(demo.engine, run.finished_session())
    dialog = TrainingSetupDialog(demo, runner, folder=DATA)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.trainee.count() > 0)
    dialog.trainee.setCurrentIndex(dialog.trainee.findText("王伟", Qt.MatchFlag.MatchStartsWith))
    dialog.progress_button.click()
    assert dialog.progress is not None
    progress = dialog.progress.findChild(TraineeProgress)
    qtbot.waitUntil(lambda: progress.loaded)
    assert [r.scenario for r in progress.records] == ["late-delivery-loyal"]
    assert "王伟" in dialog.progress.windowTitle()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_training_controls_share_an_accelerator(qtbot, window, demo, language) -> None:
    translations = Translations(QApplication.instance())
    try:
        translations.switch(language)
        setup = TrainingSetupDialog(demo, window._runner, folder=DATA)
        qtbot.addWidget(setup)
        qtbot.waitUntil(lambda: setup.scenarios.count() == 1)
        assert clashes(accelerators(widget_texts(setup))) == []
        session = start(qtbot, window, demo)
        in_session = accelerators(widget_texts(session))
        assert len(in_session) >= 8  # the workspace's fields, the chat, the toolbar
        assert clashes(in_session) == [], sorted(in_session)
        session.finish()
        assert session.debrief is not None
        assert clashes(accelerators(widget_texts(session.debrief))) == []
        session.debrief.confirm_discard = lambda: True
        session.debrief.close()
        session.close()
    finally:
        translations.switch("en")


def test_the_trainer_approves_the_trainees_request(qtbot, window, demo, monkeypatch) -> None:
    session = start(qtbot, window, demo)
    scenario = session.run.scenario
    request = grant_request(
        session.sandbox,
        scenario,
        "wang.wei",
        kind="voucher",
        reason="Six days late",
        amount=Decimal("80.00"),
        item=None,
        case=scenario_case(scenario),
    )
    session.sandbox.context.compensations.grant(request)
    # The trainer presses Approve in the question that asks them.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0])
    session.decide_request()
    qtbot.waitUntil(lambda: "The supervisor approved the request." in transcript(session))
    assert pending_request(session.sandbox) is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    session.close()

"""`make screenshots`: the main screens in English and Chinese, on demo data, as PNG files."""

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.grant_dialog import GrantDialog
from desktop.i18n import Translations
from desktop.main import create_application
from desktop.main_window import MainWindow
from desktop.sign_in import SignInDialog
from desktop.tasks import TaskRunner
from desktop.ui_settings import UiSettings
from frontline.config import load_settings
from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.schema import init_database


def settle(msecs: int = 300) -> None:
    """Let pending background results and paint events arrive.

    A local event loop: quitting the application's own loop would close its windows.
    """
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


SEARCHES = {"en": "late delivery voucher", "zh_CN": "延迟 补偿"}
REASONS = {
    "en": "Parcel six days late; the customer had planned it as a gift.",
    "zh_CN": "包裹延迟六天，客户原本准备作为礼物。",
}


def work_a_case(window: MainWindow, search: str) -> None:
    """The demo's C1001, a late parcel: the case, the decision, and the articles for it."""
    window.customer_pane.select_customer("C1001")
    settle(1500)
    case = window.compensation_pane.editor
    case.category.setCurrentIndex(case.category.findData("late_delivery"))
    settle(300)
    if case.order.count() > 1:
        case.order.setCurrentIndex(1)
    case.days_late.setValue(6)
    window.knowledge_pane.search.setText(search)
    settle(4000)  # the first search builds this workstation's index
    QTest.keyClick(window.knowledge_pane.search, Qt.Key.Key_Return)
    settle(1000)


def grab_grant_dialog(window: MainWindow, path: Path, reason: str) -> None:
    """The grant dialog for the first kind on offer, filled in as an agent would."""
    window.compensation_pane.start_grant()
    settle()
    dialog = window.findChild(GrantDialog)
    if dialog is None:
        return
    dialog.reason.setPlainText(reason)
    settle()
    save(dialog, path)
    dialog.reject()


def grab_console(window: MainWindow, context: AppContext, out: Path, language: str) -> None:
    """The supervisor console's pages, as the demo supervisor sees them."""
    window.set_user(context.users.get("chen.jing"))
    console = window.open_console()
    assert console is not None
    console.resize(1600, 960)
    for tab, name in (
        (console.approvals, "approvals"),
        (console.grant_log, "grant-log"),
        (console.overview, "overview"),
        (console.audit, "audit"),
    ):
        console.tabs.setCurrentWidget(tab)
        settle(1500)
        if tab is console.grant_log:
            console.grant_log.table.selectRow(0)
        elif tab is console.audit:
            console.audit.verify_now()
        settle(1500)
        save(console, out / f"console-{name}-{language}.png")
    console.close()


# The scenario shown in each language, and the trainee's first reply in it.
TRAINING = {"en": "repeat-complaint-churn", "zh_CN": "late-delivery-loyal"}
TRAINEES = {"en": "emma.clarke", "zh_CN": "wang.wei"}
TRAINING_REPLIES = {
    "en": "I'm really sorry, Rachel: three problems in three months is not the service "
    "you've had from us for a year. Let me look at everything that happened first.",
    "zh_CN": "周女士您好，真的很抱歉，给您母亲的生日礼物还没到，您一定很着急。"
    "我马上帮您查一下包裹现在在哪里。",
}
RUBRIC = {"empathy": 4, "listening": 3, "language": 4, "ownership": 3}
RUBRIC_COMMENTS = {
    "en": "Named her frustration before explaining anything.",
    "zh_CN": "先回应了客户的担心，再查物流。",
}


def grab_training(window: MainWindow, context: AppContext, out: Path, language: str) -> None:
    """Training: the trainer's set-up, a session under way, and its debrief with a rubric."""
    window.set_user(context.users.get("liu.yang"))
    setup = window.open_training()
    assert setup is not None
    assert window.training is not None
    settle(800)
    setup.select_scenario(TRAINING[language])
    setup.trainee.setCurrentIndex(
        next(
            row
            for row in range(setup.trainee.count())
            if setup.trainee.itemData(row).username == TRAINEES[language]
        )
    )
    settle()
    save(setup, out / f"training-setup-{language}.png")
    setup.start()
    launcher = window.training
    for _ in range(40):
        settle(250)
        if launcher.session is not None:
            break
    session = launcher.session
    if session is None:
        return
    session.resize(1600, 960)
    persona = session.run.scenario.persona
    session.workspace.customer_pane.select_customer(persona.ref)
    settle(1500)
    session.chat.reply.setPlainText(TRAINING_REPLIES[language])
    session.chat.send()
    session.workspace.knowledge_pane.search.setText(SEARCHES[language])
    settle(3000)
    save(session, out / f"training-session-{language}.png")
    session.finish()
    settle(800)
    debrief = session.debrief
    if debrief is not None:
        for row in debrief.rubric_rows:
            row.scores.group.button(RUBRIC[row.criterion.id]).click()
        debrief.rubric_rows[0].comment.setText(RUBRIC_COMMENTS[language])
        debrief.save()
        settle(800)
        save(debrief, out / f"training-debrief-{language}.png")
        debrief.close()
    session.close()
    settle()


def take(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translations = Translations(app)
    context = AppContext(load_settings())
    init_database(context.engine)
    load_demo(context)
    runner = TaskRunner()
    settings = UiSettings(context.settings)
    for language in ("en", "zh_CN"):
        translations.switch(language)
        dialog = SignInDialog(context.users, runner, "chen.jing")
        dialog.show()
        settle()
        save(dialog, out / f"sign-in-{language}.png")
        dialog.close()

        window = MainWindow(context, runner, settings)
        window.set_user(context.users.get("li.na"))
        window.resize(1600, 960)
        window.show()
        settle()
        save(window, out / f"workspace-empty-{language}.png")
        work_a_case(window, SEARCHES[language])
        save(window, out / f"workspace-{language}.png")
        grab_grant_dialog(window, out / f"grant-{language}.png", REASONS[language])
        grab_console(window, context, out, language)
        grab_training(window, context, out, language)
        window.close()
    runner.wait()
    context.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    with tempfile.TemporaryDirectory() as home:
        os.environ["FRONTLINE_HOME"] = home
        os.environ.pop("FRONTLINE_DB_URL", None)
        take(out)


if __name__ == "__main__":
    main()

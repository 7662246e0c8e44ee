"""The desktop shell against a real database with the demo users."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from accounts.roles import Role
from desktop.main_window import MainWindow
from desktop.sign_in import SignInDialog
from desktop.tasks import TaskRunner
from desktop.ui_settings import UiSettings
from frontline.context import AppContext
from frontline.demo import load_demo


@pytest.fixture
def demo(sqlite_context: AppContext) -> AppContext:
    load_demo(sqlite_context)
    return sqlite_context



def open_sign_in(
    qtbot, context: AppContext, runner: TaskRunner, last_user: str = ""
) -> SignInDialog:
    dialog = SignInDialog(context.users, runner, last_user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._list.count() > 0)
    return dialog


def choose(qtbot, dialog: SignInDialog, typed: str, expected_name: str) -> None:
    qtbot.keyClicks(dialog._filter, typed)
    assert dialog._selected() is not None
    assert dialog._selected().display_name == expected_name


def test_sign_in_lists_users_and_lets_an_agent_in_without_pin(qtbot, demo, runner):
    dialog = open_sign_in(qtbot, demo, runner)
    names = [dialog._list.item(row).text() for row in range(dialog._list.count())]
    assert {"李娜", "Emma Clarke", "陈静"} <= set(names)
    choose(qtbot, dialog, "li.na", "李娜")
    assert not dialog._pin.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog._buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert dialog.user.username == "li.na"


def test_supervisor_needs_the_right_pin(qtbot, demo, runner):
    dialog = open_sign_in(qtbot, demo, runner)
    choose(qtbot, dialog, "chen", "陈静")
    assert dialog._pin.isEnabled()
    qtbot.keyClicks(dialog._pin, "1111")
    qtbot.keyClick(dialog._pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog._message.text() == "Wrong PIN. Try again.")
    assert dialog.isVisible()
    assert dialog.user is None
    dialog._pin.clear()
    qtbot.keyClicks(dialog._pin, "2468")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog._pin, Qt.Key.Key_Return)
    assert dialog.user.role is Role.SUPERVISOR


def test_last_user_is_preselected(qtbot, demo, runner):
    dialog = open_sign_in(qtbot, demo, runner, last_user="emma.clarke")
    assert dialog._selected().username == "emma.clarke"


def test_empty_database_explains_how_to_add_users(qtbot, sqlite_context, runner):
    dialog = SignInDialog(sqlite_context.users, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "frontline users add" in dialog._message.text())
    assert not dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_status_bar_shows_database_and_signed_in_user(qtbot, demo, runner):
    window = MainWindow(demo, runner, UiSettings(demo.settings))
    qtbot.addWidget(window)
    window.set_user(demo.users.get("zhao.min"))
    assert window.status.database_label.text() == (
        f"Embedded database: {demo.settings.home / 'frontline.db'}"
    )
    assert window.status.user_label.text() == "赵敏 · Senior agent · shanghai-1"
    version = demo.compensations.active_policy().version
    qtbot.waitUntil(lambda: window.status.policy_label.text() == f"Policy {version[:12]}")
    assert window.windowTitle() == "Frontline Desk — 赵敏"


def test_window_layout_is_remembered(qtbot, demo, runner):
    first = MainWindow(demo, runner, UiSettings(demo.settings))
    qtbot.addWidget(first)
    first.resize(760, 560)  # fits the offscreen platform's small virtual screen
    first.show()
    first.splitter.setSizes([400, 150, 150])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(demo, runner, UiSettings(demo.settings))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes

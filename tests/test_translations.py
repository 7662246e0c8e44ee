"""Every string a user sees is in English and Simplified Chinese, complete and current."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QWidget,
)

from accounts.directory import UserRecord
from accounts.roles import Role
from desktop.i18n import LANGUAGES, Translations
from desktop.main_window import MainWindow
from desktop.supervisor_console import SupervisorConsole
from desktop.tasks import TaskRunner
from desktop.ui_settings import UiSettings
from frontline.context import AppContext
from resources import resource

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_language_has_a_translation_file():
    assert [path.stem for path in TS_FILES] == [f"frontline_{lang}" for lang in LANGUAGES]


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_translation_file_is_complete_and_current(ts_file: Path, tmp_path: Path):
    fresh = tmp_path / ts_file.name
    shutil.copyfile(ts_file, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(path) for path in (ROOT / "desktop").glob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete", "-silent"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    current, committed = messages(fresh), messages(ts_file)
    assert set(current) == set(committed), "run `make translations` and translate the changes"
    untranslated = [
        source
        for (_, source), message in current.items()
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == []


def test_chinese_keeps_accelerators_and_placeholders():
    chinese = ROOT / "resources" / "translations" / "frontline_zh_CN.ts"
    for (_, source), message in messages(chinese).items():
        translation = message.findtext("translation") or ""
        for marker in ("%1", "%2"):
            assert (marker in source) == (marker in translation), source
        assert ("&" in source.replace("&amp;", "")) <= ("&" in translation), source


def test_switching_language_retranslates_the_open_window(qtbot, sqlite_context):
    assert resource("translations", "frontline_zh_CN.qm").is_file(), "run make (lrelease)"
    translations = Translations(QApplication.instance())
    runner = TaskRunner()
    window = MainWindow(sqlite_context, runner, UiSettings(sqlite_context.settings))
    qtbot.addWidget(window)
    try:
        translations.switch("zh_CN")
        qtbot.waitUntil(lambda: window.windowTitle() == "前线服务台")
        assert window.status.database_label.text().startswith("本机数据库")
        assert window.file_menu.title() == "文件(&F)"
    finally:
        translations.switch("en")
        runner.wait()
    qtbot.waitUntil(lambda: window.windowTitle() == "Frontline Desk")


def accelerators(texts: list[str]) -> list[tuple[str, str]]:
    """(key, text) of each text that has an Alt+letter."""
    keys = [(QKeySequence.mnemonic(text).toString(), text) for text in texts]
    return [(key, text) for key, text in keys if key]


def widget_texts(widget: QWidget) -> list[str]:
    """What a widget's labelled fields and buttons answer Alt+letter to."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
    return texts + [button.text() for button in widget.findChildren(QAbstractButton)]


def window_texts(window: QMainWindow) -> list[str]:
    """What the whole window answers Alt+letter to: menu titles, labelled fields, buttons."""
    return [action.text() for action in window.menuBar().actions()] + widget_texts(window)


def clashes(accelerators: list[tuple[str, str]]) -> list[list[str]]:
    texts_by_key: dict[str, list[str]] = {}
    for key, text in accelerators:
        texts_by_key.setdefault(key, []).append(text)
    return [texts for texts in texts_by_key.values() if len(texts) > 1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_controls_share_an_accelerator(language: str, qtbot, sqlite_context):
    translations = Translations(QApplication.instance())
    runner = TaskRunner()
    window = MainWindow(sqlite_context, runner, UiSettings(sqlite_context.settings))
    qtbot.addWidget(window)
    try:
        translations.switch(language)
        in_window = accelerators(window_texts(window))
        assert len(in_window) >= 10, in_window  # menus and the case editor's fields
        assert clashes(in_window) == []
        for menu in window.menuBar().findChildren(QMenu):
            in_menu = accelerators([action.text() for action in menu.actions()])
            assert clashes(in_menu) == [], menu.title()
    finally:
        translations.switch("en")
        runner.wait()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_controls_of_a_console_page_share_an_accelerator(
    language: str, qtbot, sqlite_context
):
    translations = Translations(QApplication.instance())
    runner = TaskRunner()
    console = SupervisorConsole(sqlite_context, runner, supervisor(sqlite_context))
    qtbot.addWidget(console)
    try:
        translations.switch(language)
        for index in range(console.tabs.count()):
            page = console.tabs.widget(index)
            assert clashes(accelerators(widget_texts(page))) == [], page.objectName()
        assert len(accelerators(widget_texts(console.grant_log))) >= 10
    finally:
        translations.switch("en")
        runner.wait()


def supervisor(context: AppContext) -> UserRecord:
    return context.users.add("boss", Role.SUPERVISOR, display_name="Boss", pin="2468")

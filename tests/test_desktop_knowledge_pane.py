"""The knowledge pane against a real database with the demo knowledge base."""

import logging
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QInputMethodEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextBrowser,
    QWidget,
)
from sqlalchemy import select

from desktop.knowledge_pane import KnowledgePane
from desktop.tasks import TaskRunner
from frontline.config import load_settings
from frontline.context import AppContext
from frontline.demo import load_demo
from knowledge.importer import import_folder
from knowledge.models import KbFeedback, KbOpen, KbQuery
from resources import resource
from store.sessions import transaction
from tests.kb_files import write_article

INDEX_BUILD_MS = 30_000  # the first search builds the index: a few seconds here


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path) -> Path:
    """The demo knowledge base's search index, built once for the tests to copy."""
    home = tmp_path_factory.mktemp("kb-index")
    shutil.copyfile(migrated_sqlite, home / "frontline.db")
    context = AppContext(load_settings({"FRONTLINE_HOME": str(home)}))
    try:
        import_folder(context.engine, Path(str(resource("kb"))))
        context.knowledge.update_index()
    finally:
        context.close()
    return context.settings.index_dir


@pytest.fixture
def demo(sqlite_context: AppContext) -> AppContext:
    """The demo data, and no search index yet: a workstation's first use."""
    load_demo(sqlite_context, customers=5)
    return sqlite_context


@pytest.fixture
def indexed(demo: AppContext, demo_index: Path) -> AppContext:
    """The demo data on a workstation that has searched before."""
    shutil.copytree(demo_index, demo.settings.index_dir)
    return demo



def open_pane(qtbot, context: AppContext, runner: TaskRunner) -> KnowledgePane:
    pane = KnowledgePane(context, runner)
    qtbot.addWidget(pane)
    pane.resize(520, 820)
    pane.show()
    return pane


@pytest.fixture
def pane(qtbot, indexed, runner) -> KnowledgePane:
    return open_pane(qtbot, indexed, runner)


def hit_ids(pane: KnowledgePane) -> list[str]:
    return [pane.results.hit(row).id for row in range(pane.results.results.rowCount())]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Latin letters as key presses, Chinese as an input method commits it, word by word."""
    for word in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if word.isascii():
            qtbot.keyClicks(widget, word)
        else:
            event = QInputMethodEvent()
            event.setCommitString(word)
            QApplication.sendEvent(widget, event)


def search(qtbot, pane: KnowledgePane, text: str, first: str) -> None:
    """Type a search as an agent does and wait until `first` heads the results."""
    pane.search.clear()
    type_text(qtbot, pane.search, text)
    qtbot.waitUntil(lambda: hit_ids(pane)[:1] == [first], timeout=INDEX_BUILD_MS)


def click_result(qtbot, pane: KnowledgePane, row: int) -> None:
    index = pane.results.results.index(row, 0)
    centre = pane.results.visualRect(index).center()
    qtbot.mouseClick(pane.results.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def shown_id(pane: KnowledgePane) -> str | None:
    current = pane.viewer.current()
    return current.id if current is not None and pane.viewer.isVisible() else None


def rows(context: AppContext, model: type) -> list:
    with transaction(context.engine) as session:
        found = list(session.scalars(select(model).order_by(model.id)))
        session.expunge_all()
        return found


def test_first_use_builds_the_index_with_progress_then_searches(qtbot, demo, runner):
    pane = open_pane(qtbot, demo, runner)
    type_text(qtbot, pane.search, "忘记密码")
    qtbot.waitUntil(pane.index_status.isVisible)
    assert "Building the search index" in pane.index_status.label.text()
    qtbot.waitUntil(lambda: hit_ids(pane)[:1] == ["ACC-001"], timeout=INDEX_BUILD_MS)
    assert not pane.index_status.isVisible()
    assert not pane.notice.isVisible()  # building on first use is no repair worth a notice


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("忘记密码", "ACC-001"),
        ("why is my refund less", "REF-002-EN"),
        ("12315 complaint", "CMP-003"),
    ],
    ids=["chinese", "english", "mixed"],
)
def test_search_as_you_type_puts_the_right_article_first(qtbot, pane, query, first):
    search(qtbot, pane, query, first)
    hit = pane.results.hit(0)
    assert "<mark" in hit.snippet_html
    assert pane.count.text().endswith("articles")
    assert pane.results.currentIndex().row() == 0


def test_filters_narrow_the_results(qtbot, pane):
    search(qtbot, pane, "refund", "REF-002-EN")
    pane.language.setCurrentIndex(pane.language.findData("zh"))
    qtbot.waitUntil(lambda: {pane.results.hit(0).language} == {"zh"})
    qtbot.waitUntil(lambda: {pane.results.hit(r).language for r in range(5)} == {"zh"})
    pane.language.setCurrentIndex(0)
    pane.audience.setCurrentIndex(pane.audience.findData("internal"))
    qtbot.waitUntil(
        lambda: {pane.results.hit(r).audience for r in range(len(hit_ids(pane)))} == {"internal"}
    )
    assert {pane.results.hit(r).language for r in range(len(hit_ids(pane)))} == {"en", "zh"}


def test_misspelt_search_shows_the_correction_and_offers_it(qtbot, pane):
    search(qtbot, pane, "refnd", "REF-002-EN")
    assert pane.correction.isVisible()
    assert "Showing results for" in pane.correction.text()
    pane.correction.linkActivated.emit("fix")
    assert pane.search.text() == "refund"


def test_open_follow_internal_link_back_and_forward(qtbot, pane):
    search(qtbot, pane, "damaged", "DMG-001-EN")
    with qtbot.waitSignal(pane.article_opened) as opened:
        click_result(qtbot, pane, 0)
    assert opened.args == ["DMG-001-EN"]
    viewer = pane.viewer
    assert viewer.title.text() == "My item arrived damaged"
    assert "DMG-001-EN" in viewer.meta.text()
    assert [badge.text() for badge in viewer.badges] == ["EN", "Customer"]
    image = viewer.browser.document().resource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("kbasset:DMG-001-EN/images/damage-photos.png"),
    )
    assert isinstance(image, QImage)
    assert not image.isNull()
    assert not viewer.back.isEnabled()

    with qtbot.waitSignal(pane.article_opened):
        viewer.browser.anchorClicked.emit(QUrl("kb:DMG-004-EN"))
    assert shown_id(pane) == "DMG-004-EN"
    assert viewer.back.isEnabled()
    assert not viewer.forward.isEnabled()
    qtbot.mouseClick(viewer.back, Qt.MouseButton.LeftButton)
    assert shown_id(pane) == "DMG-001-EN"
    assert viewer.forward.isEnabled()
    qtbot.mouseClick(viewer.forward, Qt.MouseButton.LeftButton)
    assert shown_id(pane) == "DMG-004-EN"
    assert viewer.title.text() == "Should I refuse a damaged box?"


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_outside_links_open_in_the_browser_and_nothing_else(qtbot, pane):
    search(qtbot, pane, "damaged", "DMG-001-EN")
    click_result(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shown_id(pane) == "DMG-001-EN")
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        pane.viewer.browser.anchorClicked.emit(QUrl("https://example.com/returns"))
        pane.viewer.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://example.com/returns"]
    assert shown_id(pane) == "DMG-001-EN"


def test_the_viewer_never_shows_a_script(qtbot, indexed, runner, tmp_path: Path):
    write_article(
        tmp_path / "kb" / "evil.md",
        "EVIL-001",
        "Harmless looking article",
        "Hello <script>alert('stolen')</script> there.\n\n"
        '<img src="x" onerror="alert(1)">\n\n'
        "[click me](javascript:alert(2)) and [back](kb:DMG-001-EN)",
    )
    import_folder(indexed.engine, tmp_path / "kb")
    pane = open_pane(qtbot, indexed, runner)
    search(qtbot, pane, "harmless looking", "EVIL-001")
    click_result(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shown_id(pane) == "EVIL-001")
    shown = pane.viewer.browser.toHtml()
    for danger in ("<script", "alert", "onerror", "javascript:"):
        assert danger not in shown
    assert "Hello" in pane.viewer.browser.toPlainText()


def test_copy_reply_puts_the_article_on_the_clipboard(qtbot, pane):
    search(qtbot, pane, "why is my refund less", "REF-002-EN")
    click_result(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shown_id(pane) == "REF-002-EN")
    viewer = pane.viewer
    assert viewer.copy_reply.isVisible()
    qtbot.mouseClick(viewer.copy_reply, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    text, html = clipboard.text(), clipboard.mimeData().html()
    clipboard.clear()  # PySide crashes at exit if the clipboard still owns data made in Python
    assert text.strip()
    assert "kb:" not in text
    assert text.splitlines()[0] in viewer.browser.toPlainText()
    assert "<p>" in html
    assert "kb:" not in html
    assert "copied" in viewer.notice.text().lower()


def test_internal_articles_cannot_be_copied_as_a_reply(qtbot, pane):
    pane.audience.setCurrentIndex(pane.audience.findData("internal"))
    search(qtbot, pane, "12315 complaint", "CMP-003")
    click_result(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shown_id(pane) == "CMP-003")
    assert not pane.viewer.copy_reply.isVisible()
    assert pane.viewer.internal_note.isVisible()


def test_feedback_needs_a_user_and_is_recorded(qtbot, indexed, pane):
    search(qtbot, pane, "damaged", "DMG-001-EN")
    click_result(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shown_id(pane) == "DMG-001-EN")
    feedback = pane.viewer.feedback
    assert not feedback.buttons["not_helpful"].isEnabled()

    pane.set_user(indexed.users.get("li.na"))
    qtbot.mouseClick(feedback.buttons["outdated"], Qt.MouseButton.LeftButton)
    assert feedback.comment.isVisible()
    qtbot.keyClicks(feedback.comment, "The postage refund limit changed")
    qtbot.keyClick(feedback.comment, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Thank you" in feedback.message.text())
    assert not feedback.buttons["helpful"].isEnabled()  # one vote per reading
    [vote] = rows(indexed, KbFeedback)
    assert (vote.article_id, vote.vote, vote.username) == ("DMG-001-EN", "outdated", "li.na")
    assert vote.comment == "The postage refund limit changed"


def test_a_settled_search_and_the_article_opened_from_it_are_linked(qtbot, indexed, pane):
    pane.set_user(indexed.users.get("zhao.min"))
    search(qtbot, pane, "忘记密码", "ACC-001")
    qtbot.waitUntil(lambda: len(rows(indexed, KbQuery)) == 1, timeout=5000)
    qtbot.wait(300)
    [query] = rows(indexed, KbQuery)  # the pause is recorded, not each keystroke
    assert (query.query, query.username) == ("忘记密码", "zhao.min")
    assert query.result_count > 0

    pane.search.clear()
    qtbot.keyClicks(pane.search, "why is my refund less")
    with qtbot.waitSignal(pane.article_opened, timeout=5000) as opened:
        qtbot.keyClick(pane.search, Qt.Key.Key_Return)  # before the results even arrive
    assert opened.args == ["REF-002-EN"]
    qtbot.waitUntil(lambda: len(rows(indexed, KbOpen)) == 1)
    [_settled, second] = rows(indexed, KbQuery)
    assert second.query == "why is my refund less"
    [opening] = rows(indexed, KbOpen)
    assert (opening.article_id, opening.query_id, opening.username) == (
        "REF-002-EN",
        second.id,
        "zhao.min",
    )


def test_keyboard_moves_through_results_opens_and_clears(qtbot, pane):
    search(qtbot, pane, "damaged", "DMG-001-EN")
    pane.focus_search()
    qtbot.waitUntil(pane.search.hasFocus)
    assert pane.search.selectedText() == "damaged"
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    assert pane.results.currentIndex().row() == 1
    second = pane.results.hit(1).id
    with qtbot.waitSignal(pane.article_opened) as opened:
        qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert opened.args == [second]
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == ""
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert not pane.viewer.isVisible()


def test_case_category_suggests_articles_until_the_agent_types(qtbot, pane):
    pane.suggest_for_category("damaged_item")
    qtbot.waitUntil(lambda: bool(hit_ids(pane)), timeout=INDEX_BUILD_MS)
    assert {"DMG-001", "DMG-001-EN"} & set(hit_ids(pane)[:4])
    assert pane.count.text() == "Suggested for: Damaged item"
    search(qtbot, pane, "忘记密码", "ACC-001")
    pane.suggest_for_category("late_delivery")
    assert hit_ids(pane)[0] == "ACC-001"  # what the agent typed wins
    pane.search.clear()
    qtbot.waitUntil(lambda: hit_ids(pane)[:1] == ["DEL-002-EN"])
    pane.suggest_for_category(None)
    assert hit_ids(pane) == []
    assert pane.hint.isVisible()


def test_a_corrupt_index_is_rebuilt_while_searching(qtbot, indexed, pane, caplog):
    search(qtbot, pane, "damaged", "DMG-001-EN")
    generation = indexed.knowledge.folder.current()
    for file in generation.iterdir():
        file.write_bytes(b"not an index file" * 64)
    with caplog.at_level(logging.ERROR):
        search(qtbot, pane, "忘记密码", "ACC-001")
    assert pane.notice.isVisible()
    assert "rebuilt" in pane.notice.text()
    assert not pane.error.isVisible()
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_an_index_damaged_before_the_pane_opens_is_rebuilt_with_a_notice(qtbot, indexed, runner):
    for file in indexed.knowledge.folder.current().iterdir():
        file.write_bytes(b"\0garbage" * 100)
    pane = open_pane(qtbot, indexed, runner)
    qtbot.waitUntil(pane.notice.isVisible, timeout=INDEX_BUILD_MS)
    assert "rebuilt" in pane.notice.text()
    search(qtbot, pane, "12315 complaint", "CMP-003")
    assert not pane.error.isVisible()


def test_a_lost_database_shows_a_message_and_keeps_the_search(qtbot, indexed, pane):
    search(qtbot, pane, "damaged", "DMG-001-EN")
    (indexed.settings.home / "frontline.db").unlink()
    indexed.engine.dispose()  # new connections find an empty database
    click_result(qtbot, pane, 1)
    qtbot.waitUntil(pane.error.isVisible)
    assert "database cannot be reached" in pane.error.text()
    assert pane.search.text() == "damaged"
    assert not pane.viewer.isVisible()


def part_of_qt_control(widget: QWidget) -> bool:
    """A line edit's clear button or a combo box's list: Qt names those itself."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QLineEdit | QComboBox):
            return True
        parent = parent.parent()
    return False


def test_every_control_has_an_accessible_name(qtbot, indexed, pane):
    pane.set_user(indexed.users.get("li.na"))
    search(qtbot, pane, "damaged", "DMG-001-EN")
    click_result(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shown_id(pane) == "DMG-001-EN")
    controls = pane.findChildren(QAbstractButton) + pane.findChildren(QLineEdit)
    controls += pane.findChildren(QComboBox) + pane.findChildren(QAbstractItemView)
    controls += pane.findChildren(QTextBrowser)
    unnamed = [
        control.objectName() or type(control).__name__
        for control in controls
        if not control.accessibleName() and not part_of_qt_control(control)
    ]
    assert unnamed == []


def test_switching_language_keeps_the_search_and_the_filters(qtbot, pane):
    pane.audience.setCurrentIndex(pane.audience.findData("customer"))
    search(qtbot, pane, "damaged", "DMG-001-EN")
    count = pane.count.text()
    QApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
    assert pane.audience.currentData() == "customer"
    assert pane.search.text() == "damaged"
    assert pane.count.text() == count
    assert hit_ids(pane)[0] == "DMG-001-EN"

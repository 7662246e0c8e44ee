"""The customer pane against a real database with the demo customers: look-up as you type,
the header, the timeline paging as the agent scrolls, filters, clearing, and errors."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from customers.timeline import EventType
from desktop.customer_pane import STYLE, CustomerPane
from desktop.customer_timeline import EVENT_ROLE, PAGE_SIZE
from frontline.context import AppContext
from frontline.demo import load_demo
from resources import resource
from store.types import utcnow


@pytest.fixture
def demo(sqlite_context: AppContext) -> AppContext:
    load_demo(sqlite_context)  # scores the customers too: segments need the quintiles
    return sqlite_context



@pytest.fixture
def pane(qtbot, demo, runner) -> CustomerPane:
    widget = CustomerPane(demo, runner)
    widget.setStyleSheet(resource("style", "app.qss").read_text("utf-8") + STYLE)
    qtbot.addWidget(widget)
    widget.resize(420, 820)
    widget.show()
    return widget


def candidates(pane: CustomerPane) -> list[str]:
    return [candidate.ref for candidate in pane.results.candidates()]


def look_up(qtbot, pane: CustomerPane, text: str, expected_ref: str) -> None:
    pane.focus_lookup()
    qtbot.keyClicks(pane.lookup, text)
    qtbot.waitUntil(lambda: expected_ref in candidates(pane))


def choose(qtbot, pane: CustomerPane, ref: str) -> None:
    """Up/Down to the customer's row, then Enter, as an agent does."""
    for _ in range(candidates(pane).index(ref)):
        qtbot.keyClick(pane.lookup, Qt.Key.Key_Down)
    assert pane.results.current_candidate().ref == ref
    with qtbot.waitSignal(pane.customer_changed) as changed:
        qtbot.keyClick(pane.lookup, Qt.Key.Key_Return)
    assert changed.args == [ref]


def open_customer(qtbot, pane: CustomerPane, ref: str) -> None:
    look_up(qtbot, pane, ref, ref)
    choose(qtbot, pane, ref)
    wait_for_profile(qtbot, pane, ref)


def wait_for_profile(qtbot, pane: CustomerPane, ref: str) -> None:
    qtbot.waitUntil(
        lambda: pane.header.profile is not None and pane.header.profile.customer.ref == ref
    )
    qtbot.waitUntil(lambda: not pane.timeline_model.loading)


def shown_types(pane: CustomerPane) -> set[EventType]:
    model = pane.timeline_model
    return {model.index(row).data(EVENT_ROLE).type for row in range(model.rowCount())}


def test_finds_a_customer_by_pinyin_and_selects_it(qtbot, pane):
    look_up(qtbot, pane, "zhangzihao", "C1001")
    row = pane.results.candidates()[candidates(pane).index("C1001")]
    assert (row.name, row.tier, row.matched_by.name) == ("张子豪", "gold", "PINYIN")
    choose(qtbot, pane, "C1001")
    assert pane.current_customer() == "C1001"
    assert not pane.results.isVisible()
    assert pane.lookup.text() == "zhangzihao"  # what the agent typed stays
    wait_for_profile(qtbot, pane, "C1001")
    assert pane.header.name.text() == "张子豪"


def test_finds_a_customer_by_phone_and_by_its_last_four_digits(qtbot, pane, demo):
    phone = demo.profiles.profile("C1001", now=utcnow()).customer.phones[0]
    look_up(qtbot, pane, phone, "C1001")
    assert pane.results.candidates()[0].matched_by.name == "PHONE"
    pane.lookup.clear()
    last_four = "".join(char for char in phone if char.isdigit())[-4:]
    look_up(qtbot, pane, last_four, "C1001")
    choose(qtbot, pane, "C1001")
    wait_for_profile(qtbot, pane, "C1001")


def test_enter_opens_a_single_exact_match_before_the_results_are_shown(qtbot, pane):
    pane.focus_lookup()
    with qtbot.waitSignal(pane.customer_changed) as changed:
        qtbot.keyClicks(pane.lookup, "c1004")
        qtbot.keyClick(pane.lookup, Qt.Key.Key_Return)  # within the debounce
    assert changed.args == ["C1004"]
    wait_for_profile(qtbot, pane, "C1004")


def test_no_match_says_so(qtbot, pane):
    pane.focus_lookup()
    qtbot.keyClicks(pane.lookup, "nobody-by-this-name")
    qtbot.waitUntil(lambda: "No customer matches" in pane.lookup_status.text())
    assert not pane.results.isVisible()
    assert pane.current_customer() is None


def test_header_shows_tier_segment_stage_and_alerts(qtbot, pane, demo):
    open_customer(qtbot, pane, "C1004")  # the showcase key customer gone quiet
    badges = pane.header.badge_texts()
    assert {"Tier: Gold", "Value: Key", "Stage: At risk"} <= set(badges)
    alerts = pane.header.alert_texts()
    assert alerts[0].startswith("High: Key customer buying far less often than usual")
    profile = demo.profiles.profile("C1004", now=utcnow())
    assert pane.header.figures["orders"].value.text() == str(profile.figures.orders)
    assert pane.header.figures["spend"].value.text() == f"¥{profile.figures.total_spend:,.2f}"

    open_customer_again(qtbot, pane, "C1001")  # loyal, gold, with an order late right now
    assert {"Tier: Gold", "Stage: Loyal"} <= set(pane.header.badge_texts())
    assert any(
        text.startswith("Medium: Order ") and text.endswith(" is late")
        for text in pane.header.alert_texts()
    )
    assert pane.header.figures["compensation"].note.text() == "30 days · cap ¥600.00"


def open_customer_again(qtbot, pane: CustomerPane, ref: str) -> None:
    pane.lookup.clear()
    open_customer(qtbot, pane, ref)


def test_timeline_loads_a_page_then_more_as_the_agent_scrolls(qtbot, pane, demo, qtmodeltester):
    total = count_events(demo, "C1001")
    assert total > 2 * PAGE_SIZE
    open_customer(qtbot, pane, "C1001")
    model = pane.timeline_model
    qtbot.wait(200)  # the view may ask for more only if it is not yet full
    assert model.rowCount() == PAGE_SIZE
    assert model.has_more
    assert pane.timeline_status.text() == f"{PAGE_SIZE} events shown; scroll for older ones"
    times = [model.index(row).data(EVENT_ROLE).at for row in range(model.rowCount())]
    assert times == sorted(times, reverse=True)

    pane.timeline.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 2 * PAGE_SIZE < total
    qtmodeltester.check(model)

    while model.rowCount() < total:
        rows = model.rowCount()
        pane.timeline.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows)
        qtbot.waitUntil(lambda: not model.loading)
    assert not model.has_more
    assert pane.timeline_status.text() == f"All {total} events shown"


def count_events(context: AppContext, ref: str) -> int:
    count, cursor = 0, None
    while True:
        page = context.timeline.page(ref, before=cursor, limit=200)
        count += len(page.events)
        if page.next_cursor is None:
            return count
        cursor = page.next_cursor


def test_type_filter_shows_only_the_chosen_types(qtbot, pane):
    open_customer(qtbot, pane, "C1002")  # the showcase complainer
    assert len(shown_types(pane)) > 1
    for kind, chip in pane.filters.chips.items():
        if kind is not EventType.COMPLAINT:
            chip.click()
    qtbot.waitUntil(lambda: not pane.timeline_model.loading)
    assert pane.timeline_model.rowCount() > 0
    assert shown_types(pane) == {EventType.COMPLAINT}
    complaint_chip = pane.filters.chips[EventType.COMPLAINT]
    complaint_chip.click()  # the last type shown cannot be switched off
    assert complaint_chip.isChecked()

    pane.filters.chips[EventType.ORDER].click()
    qtbot.waitUntil(lambda: not pane.timeline_model.loading)
    assert shown_types(pane) == {EventType.COMPLAINT, EventType.ORDER}


def test_clearing_the_customer(qtbot, pane):
    open_customer(qtbot, pane, "C1001")
    with qtbot.waitSignal(pane.customer_changed) as changed:
        qtbot.mouseClick(pane.header.clear_button, Qt.MouseButton.LeftButton)
    assert changed.args == [""]
    assert pane.current_customer() is None
    assert pane.timeline_model.rowCount() == 0
    assert pane.hint.isVisible()
    assert not pane.content.isVisible()


def test_escape_clears_the_look_up_then_the_customer(qtbot, pane):
    open_customer(qtbot, pane, "C1001")
    qtbot.keyClick(pane.lookup, Qt.Key.Key_Escape)
    assert pane.lookup.text() == ""
    assert pane.current_customer() == "C1001"
    with qtbot.waitSignal(pane.customer_changed) as changed:
        qtbot.keyClick(pane.lookup, Qt.Key.Key_Escape)
    assert changed.args == [""]


def test_signing_out_forgets_the_customer(qtbot, pane, demo):
    pane.set_user(demo.users.get("li.na"))
    open_customer(qtbot, pane, "C1001")
    pane.set_user(None)
    assert pane.current_customer() is None
    assert pane.lookup.text() == ""


def test_refresh_reads_the_profile_again(qtbot, pane):
    open_customer(qtbot, pane, "C1001")
    first = pane.header.profile
    pane.refresh()
    qtbot.waitUntil(lambda: pane.header.profile is not first and pane.header.profile is not None)
    qtbot.waitUntil(lambda: pane.timeline_model.rowCount() == PAGE_SIZE)


def test_a_broken_database_shows_a_message_in_the_pane(qtbot, pane, demo):
    open_customer(qtbot, pane, "C1001")
    demo.engine.dispose()  # which writes the WAL into the file
    path = Path(demo.engine.url.database)
    healthy = path.read_bytes()
    break_database(demo)
    pane.refresh()
    qtbot.waitUntil(lambda: "The database is not answering" in pane.error_message())
    assert pane.error_banner.isVisible()
    assert pane.current_customer() == "C1001"

    pane.lookup.clear()
    qtbot.keyClicks(pane.lookup, "zhang")
    qtbot.waitUntil(lambda: "lookup" in pane.error_banner.sources())
    assert pane.lookup.text() == "zhang"  # nothing the agent typed is lost
    assert pane.lookup_status.text() == ""
    assert "The database is not answering" in pane.error_message()
    # Still broken: trying again fails again, in words.
    qtbot.mouseClick(pane.error_banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.timeline_model.loading and pane.lookup_status.text() == "")
    assert pane.error_banner.isVisible()

    demo.engine.dispose()
    path.write_bytes(healthy)  # the database is back: trying again works
    qtbot.mouseClick(pane.error_banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.error_banner.isVisible())
    assert candidates(pane)
    qtbot.waitUntil(lambda: pane.timeline_model.rowCount() == PAGE_SIZE)


def break_database(context: AppContext) -> None:
    context.engine.dispose()
    path = Path(context.engine.url.database)
    path.write_bytes(b"this is not an SQLite database" * 1000)


CHINESE = {"en": "zh_CN", "At risk": "有流失风险", "Stage": "阶段", "High": "高"}


class ChineseForTest(QTranslator):
    """A few of the pane's strings in Chinese, as a translation file gives them."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in {"CustomerLabels", "CustomerHeader"}:
            return CHINESE.get(source, "")
        return ""

    def isEmpty(self):  # an empty translator would not announce the change of language
        return False


def test_alerts_and_labels_follow_the_interface_language(qtbot, pane):
    open_customer(qtbot, pane, "C1004")
    translator = ChineseForTest()
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "阶段: 有流失风险" in pane.header.badge_texts())
        assert pane.header.alert_texts()[0].startswith("高: 重点客户购买频率明显下降")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: "Stage: At risk" in pane.header.badge_texts())
    assert QCoreApplication.translate("CustomerLabels", "en") == "en"

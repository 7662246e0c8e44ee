"""The supervisor console against a real database: who may open it, approving and denying,
the grant log's filters, incremental fetching and exports, and the audit alarm."""

import csv
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.compensation_requests import MyRequests
from desktop.grant_log_model import PAGE_SIZE
from desktop.main_window import MainWindow
from desktop.supervisor_console import NotASupervisorError, SupervisorConsole
from desktop.ui_settings import UiSettings
from frontline.context import AppContext
from frontline.demo import load_demo
from policies.grant_export import export_csv
from policies.grant_log import GrantFilter, list_requests
from policies.loader import load_policy
from policies.models import ApprovalOutcome, Grant
from policies.requests import Case, GrantRequest, Outcome
from store.sessions import transaction
from store.types import utcnow
from tests.test_audit_tamper import tamper
from tests.test_decisions import SMALL_POLICY

LATE = Case(category="late_delivery", facts={"customer.tier": "gold"})


@pytest.fixture
def desk(sqlite_context: AppContext) -> AppContext:
    """The demo staff under the small test policy, with nothing granted yet."""
    load_demo(sqlite_context, customers=0)
    sqlite_context.compensations.load_policy(load_policy(SMALL_POLICY), by="admin", source="test")
    return sqlite_context


@pytest.fixture
def console(qtbot, desk: AppContext, runner) -> SupervisorConsole:
    window = SupervisorConsole(desk, runner, desk.users.get("chen.jing"))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def voucher(desk: AppContext, agent: str, customer: str, amount: str) -> GrantRequest:
    return GrantRequest(
        desk.agent(agent), customer, LATE, "voucher", "Parcel late", amount=Decimal(amount)
    )


def ask_for_approval(desk: AppContext, agent: str, customer: str, amount: str = "120.00") -> int:
    result = desk.compensations.grant(voucher(desk, agent, customer, amount))
    assert result.outcome is Outcome.PENDING
    assert result.request_id is not None
    return result.request_id


def granted_ids(desk: AppContext, grant_filter: GrantFilter) -> list[int]:
    query = select(Grant.id).where(*grant_filter.conditions()).order_by(Grant.id.desc())
    with transaction(desk.engine) as session:
        return list(session.scalars(query))


def test_an_agent_cannot_open_the_console(qtbot, desk, runner, monkeypatch):
    with pytest.raises(NotASupervisorError):
        SupervisorConsole(desk, runner, desk.users.get("li.na"))
    window = MainWindow(desk, runner, UiSettings(desk.settings))
    qtbot.addWidget(window)
    refusals: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: refusals.append(text)
    )
    window.set_user(desk.users.get("li.na"))
    assert not window.console_action.isVisible()
    assert window.open_console() is None
    assert refusals
    assert "supervisors" in refusals[0]
    window.set_user(desk.users.get("chen.jing"))
    assert window.console_action.isVisible()
    console = window.open_console()
    assert console is not None
    assert console.isVisible()
    window.set_user(desk.users.get("li.na"))  # signing out closes it
    assert window.console is None


def select_request(qtbot, console: SupervisorConsole, request_id: int) -> None:
    tab = console.approvals
    tab.refresh()  # as its timer would, half a minute later
    qtbot.waitUntil(lambda: tab.queue is not None and tab.list.count() > 0)
    ids = [record.id for record in tab.queue.requests]
    tab.list.setCurrentRow(ids.index(request_id))
    qtbot.waitUntil(lambda: tab.decision.decision is not None)
    assert "not on file" in tab.customer_text.text()  # the W… customers are walk-ins
    assert "voucher.agent" in tab.decision.toPlainText()


def test_a_supervisor_approves_one_request_and_denies_another(qtbot, desk, console, runner):
    approved_id = ask_for_approval(desk, "li.na", "W1001")
    denied_id = ask_for_approval(desk, "wang.wei", "W1002")
    tab = console.approvals

    select_request(qtbot, console, approved_id)
    assert "Parcel late" in tab.request_text.text()
    assert "li.na" in tab.request_text.text()
    qtbot.keyClicks(tab.note, "Fine this once")
    tab.approve_button.click()
    qtbot.waitUntil(lambda: tab.outcome.text().startswith("Approved"))
    qtbot.waitUntil(lambda: [r.id for r in tab.queue.requests] == [denied_id])

    select_request(qtbot, console, denied_id)
    tab.deny_button.click()  # no note yet: refused on the spot
    assert "why" in tab.outcome.text()
    qtbot.keyClicks(tab.note, "Already compensated by phone")
    tab.deny_button.click()
    qtbot.waitUntil(lambda: tab.outcome.text().startswith("Denied"))
    qtbot.waitUntil(lambda: tab.queue.requests == [] and tab.empty.isVisible())

    with transaction(desk.engine) as session:
        outcomes = dict(
            session.execute(select(ApprovalOutcome.request_id, ApprovalOutcome.outcome)).all()
        )
        grant = session.scalars(select(Grant).where(Grant.approval_id == approved_id)).one()
    assert outcomes == {approved_id: "approved", denied_id: "denied"}
    assert (grant.approved_by, grant.value) == ("chen.jing", Decimal("120.00"))
    assert desk.audit.verify().ok

    # The agent who asked sees the outcome in their own workspace.
    mine = MyRequests()
    qtbot.addWidget(mine)
    mine.show_records(list_requests(desk.engine, pending_only=False, agent="wang.wei"))
    assert "Denied by chen.jing: Already compensated by phone" in mine.list.item(0).toolTip()


def test_a_supervisor_cannot_decide_their_own_request(qtbot, desk, console):
    own_id = ask_for_approval(desk, "chen.jing", "W1003")
    select_request(qtbot, console, own_id)
    tab = console.approvals
    assert "your own request" in tab.request_text.text()
    assert not tab.approve_button.isEnabled()
    assert not tab.deny_button.isEnabled()


def some_grants(desk: AppContext) -> None:
    for agent, customer, amount in (
        ("li.na", "W2001", "20.00"),
        ("wang.wei", "W2002", "30.00"),
        ("li.na", "W2003", "45.00"),
        ("emma.clarke", "W2004", "25.00"),
        ("li.na", "W2005", "10.00"),
    ):
        assert desk.compensations.grant(voucher(desk, agent, customer, amount)).grant_id


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def shown_ids(console: SupervisorConsole) -> list[int]:
    return [row.id for row in console.grant_log.model.rows]


def test_grant_log_filters_show_what_the_database_holds(qtbot, desk, console):
    some_grants(desk)
    log = console.grant_log
    console.tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: len(shown_ids(console)) == 5)
    qtbot.waitUntil(lambda: log.count.text() == "5 grants match")

    choose(log.filters.agent, "li.na")
    qtbot.waitUntil(lambda: log.model.grant_filter.agent == "li.na" and not log.model.is_loading())
    assert shown_ids(console) == granted_ids(desk, GrantFilter(agent="li.na"))
    assert len(shown_ids(console)) == 3

    qtbot.keyClicks(log.filters.min_value, "20")
    qtbot.waitUntil(lambda: log.model.grant_filter.min_value == Decimal(20))
    qtbot.waitUntil(lambda: not log.model.is_loading())
    expected = granted_ids(desk, GrantFilter(agent="li.na", min_value=Decimal(20)))
    assert shown_ids(console) == expected
    assert len(expected) == 2

    qtbot.keyClicks(log.filters.max_value, "abc")
    qtbot.waitUntil(lambda: "amount" in log.state_line.text())
    assert shown_ids(console) == expected  # a bad amount does not throw the table away

    log.table.selectRow(0)
    qtbot.waitUntil(lambda: log.detail.detail is not None)
    shown = log.detail.toPlainText()
    assert "voucher.agent" in shown
    assert "Agent, per day" in shown


def bulk_grants(desk: AppContext, count: int) -> None:
    """Grant rows written straight into the log: the model's paging is under test, not granting."""
    start = utcnow() - timedelta(hours=1)
    snapshot = json.dumps({"at": start.isoformat(), "facts": {}, "used": {}, "decision": {}})
    with transaction(desk.engine) as session:
        session.add_all(
            Grant(
                idempotency_key=f"bulk-{n}",
                created_at=start + timedelta(seconds=n),
                agent="li.na",
                agent_role="agent",
                team="shanghai-1",
                customer=f"W{n:05d}",
                kind="voucher",
                amount=Decimal(10),
                value=Decimal(10),
                currency="CNY",
                category="late_delivery",
                reason="bulk",
                policy_version="test",
                rule_ids="voucher.agent",
                snapshot=snapshot,
            )
            for n in range(count)
        )


def test_the_grant_log_fetches_page_by_page_as_it_scrolls(qtbot, desk, console):
    bulk_grants(desk, 2 * PAGE_SIZE + 50)
    log = console.grant_log
    console.tabs.setCurrentWidget(log)
    model = log.model
    qtbot.waitUntil(lambda: model.pages_fetched >= 1 and not model.is_loading())
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(model.index(-1, -1))

    log.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE and not model.is_loading())
    log.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE + 50)
    assert not model.canFetchMore(model.index(-1, -1))
    ids = shown_ids(console)
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == len(ids)


def test_an_export_holds_the_filtered_rows_with_the_tables_columns(qtbot, desk, console, tmp_path):
    some_grants(desk)
    log = console.grant_log
    console.tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: log.filters.choices is not None)
    choose(log.filters.agent, "li.na")
    qtbot.waitUntil(lambda: log.model.grant_filter.agent == "li.na" and not log.model.is_loading())
    out = tmp_path / "grants.csv"
    log.export_to(out, log.model.grant_filter, export_csv)
    qtbot.waitUntil(lambda: "Exported 3 grants" in log.state_line.text())
    with out.open(encoding="utf-8-sig", newline="") as exported:
        rows = list(csv.reader(exported))
    assert rows[0] == log.model.headers
    assert [int(row[0]) for row in rows[1:]] == shown_ids(console)


def test_a_tampered_log_raises_the_alarm_naming_the_first_bad_entry(qtbot, desk, console):
    some_grants(desk)
    audit = console.audit
    console.tabs.setCurrentWidget(audit)
    audit.verify_now()
    qtbot.waitUntil(lambda: "intact" in audit.check_line.text(), timeout=10_000)
    assert not audit.alarm.isVisible()

    tamper(desk, "UPDATE grants SET value = 5000 WHERE id = 2")
    audit.verify_now()
    qtbot.waitUntil(audit.alarm.isVisible, timeout=10_000)
    assert "grant 2" in audit.alarm_text.text()
    assert "First bad entry" in audit.alarm_text.text()
    assert "FAILED" in audit.check_line.text()


def test_the_overview_and_knowledge_pages_show_their_figures(qtbot, desk, console):
    some_grants(desk)
    console.tabs.setCurrentWidget(console.overview)
    overview = console.overview
    qtbot.waitUntil(lambda: overview.overview is not None)
    assert overview.totals.text().startswith("5 grants")
    agents = [overview.agents.item(row, 0).text() for row in range(overview.agents.rowCount())]
    assert "li.na" in agents

    console.tabs.setCurrentWidget(console.knowledge)
    qtbot.waitUntil(lambda: console.knowledge.report is not None)


"""The compensation pane against a real database with the demo staff, customers and policy."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.compensation_pane import CompensationPane
from desktop.compensation_rows import DecisionRow
from desktop.grant_dialog import GrantDialog
from frontline.context import AppContext
from frontline.demo import load_demo
from policies.models import ApprovalRequest, AuditEntry, Grant
from policies.requests import Case, GrantRequest, Outcome
from store.sessions import transaction

# Not on file: the decision takes the customer's tier from the case, so it is predictable.
WALK_IN = "W9001"


@pytest.fixture
def demo(sqlite_context: AppContext) -> AppContext:
    load_demo(sqlite_context, customers=5)
    return sqlite_context



@pytest.fixture
def pane(qtbot, demo, runner) -> CompensationPane:
    widget = CompensationPane(demo, runner)
    qtbot.addWidget(widget)
    widget.resize(440, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.policy is not None)
    return widget


def choose(box, data: str) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def wait_decided(qtbot, pane: CompensationPane) -> None:
    qtbot.waitUntil(
        lambda: (
            pane.decided is not None
            and pane.decided.case == pane.editor.case()
            and pane.decided.customer == pane.customer_ref
            and not pane._decide_timer.isActive()
            and not pane.decision_state.text()
        )
    )


def lost_parcel(qtbot, pane: CompensationPane, demo: AppContext, user: str = "li.na") -> None:
    """A parcel of CNY 450 lost six days after purchase, for a standard customer not on file."""
    pane.set_user(demo.users.get(user))
    pane.set_customer(WALK_IN)
    qtbot.waitUntil(lambda: pane.customer is not None)
    editor = pane.editor
    assert editor.tier.isVisibleTo(pane)
    choose(editor.tier, "standard")
    choose(editor.category, "lost_parcel")
    qtbot.keyClicks(editor.order_value, "450")
    editor.days_since.setValue(6)
    wait_decided(qtbot, pane)


def row(pane: CompensationPane, kind: str) -> DecisionRow:
    return pane.rows.rows[kind]


def open_dialog(qtbot, pane: CompensationPane, kind: str) -> GrantDialog:
    qtbot.mouseClick(row(pane, kind).grant_button, Qt.MouseButton.LeftButton)
    dialog = pane.grant_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill(qtbot, dialog: GrantDialog, amount: str, reason: str = "Carrier lost the parcel") -> None:
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    dialog.reason.setPlainText(reason)


def count(demo: AppContext, model: type) -> int:
    with transaction(demo.engine) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_rows_show_what_the_policy_allows(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    refund = row(pane, "refund")
    assert refund.badge.text() == "Allowed"
    assert refund.headline.text() == "Up to CNY 200.00 now"
    assert "Up to CNY 450.00 with approval by a supervisor" in refund.details.text()
    assert "lost.refund.agent" in refund.toolTip()
    assert refund.grant_button.isVisibleTo(pane)
    voucher = row(pane, "voucher")
    assert voucher.headline.text() == "Up to CNY 30.00 now"
    assert "Suggested CNY 20.00" in voucher.details.text()
    assert "Customer, rolling 30 days" in voucher.budget.text()
    waiver = row(pane, "fee_waiver")
    assert waiver.badge.text() == "Not offered"
    assert not waiver.grant_button.isVisibleTo(pane)
    # What may be given comes first.
    statuses = [r.verdict.status for r in pane.rows.rows.values()]
    assert statuses.index("allowed") < statuses.index("not_applicable")

    with qtbot.waitSignal(pane.case_changed) as changed:
        choose(pane.editor.category, "payment_dispute")
    assert changed.args == ["payment_dispute"]
    wait_decided(qtbot, pane)
    refund = row(pane, "refund")
    assert refund.badge.text() == "Not allowed"
    assert "payment-dispute.deny" in refund.headline.text()
    assert not refund.grant_button.isVisibleTo(pane)
    pane.start_grant()  # nothing can be given: no dialog, a word why
    assert pane.grant_dialog is None
    assert pane.result.text() == "Nothing can be granted for this case."


def test_decision_follows_the_signed_in_user(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    assert row(pane, "refund").headline.text() == "Up to CNY 200.00 now"
    pane.set_user(demo.users.get("zhao.min"))  # a senior agent
    qtbot.waitUntil(lambda: pane.decided is not None and pane.decided.agent.role == "senior")
    assert row(pane, "refund").headline.text() == "Up to CNY 450.00 now"
    pane.set_user(None)
    assert pane.hint.isVisibleTo(pane)
    assert not pane.decision_scroll.isVisibleTo(pane)


def test_choosing_an_order_fills_its_facts(qtbot, pane, demo):
    pane.set_user(demo.users.get("li.na"))
    pane.set_customer("C1001")
    qtbot.waitUntil(lambda: pane.customer is not None)
    assert pane.customer.on_file
    assert pane.customer_line.text().startswith("C1001 · ")
    editor = pane.editor
    assert not editor.tier.isVisibleTo(pane)  # the records know the tier
    assert editor.order.count() > 1
    editor.order.setCurrentIndex(1)
    order = editor.chosen_order()
    assert order is not None
    assert editor.order_amount() == order.amount
    assert editor.days_since.value() == order.days_since_purchase
    choose(editor.category, "late_delivery")
    editor.days_late.setValue(3)
    wait_decided(qtbot, pane)
    assert pane.decided.decision.facts["case.order_value"] == order.amount
    assert pane.decided.decision.facts["customer.tier"] == pane.customer.tier
    pane.set_customer("")
    assert pane.customer_line.text() == "No customer selected"
    assert editor.order.count() == 1


def test_grant_within_the_limit_records_a_grant_and_an_audit_entry(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    dialog = open_dialog(qtbot, pane, "refund")
    fill(qtbot, dialog, "150")
    assert dialog.check.text() == "Within your limit of CNY 200.00: it is granted at once."
    assert dialog.confirm.text() == "Grant"
    recorded = dict(dialog.record_rows(dialog.amount_check()))
    assert recorded["Agent"] == "李娜 (li.na) · Agent · shanghai-1"
    assert recorded["Customer"] == f"{WALK_IN} · not on file"
    assert recorded["Compensation"] == "Partial refund · CNY 150.00"
    assert "Lost parcel" in recorded["Case"]
    assert "6 days since purchase" in recorded["Case"]
    assert pane.decided.policy.version[:12] in recorded["Policy"]
    with qtbot.waitSignal(pane.granted):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert pane.result.property("state") == "granted"
    assert pane.result.text().startswith("Granted: Partial refund worth CNY 150.00 (grant ")
    with transaction(demo.engine) as session:
        grant = session.scalars(select(Grant)).one()
        assert (grant.agent, grant.customer, grant.kind) == ("li.na", WALK_IN, "refund")
        assert grant.amount == Decimal("150.00")
        assert grant.reason == "Carrier lost the parcel"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "grant")).one()
        assert entry.subject == f"grant:{grant.id}"
        assert entry.actor == "li.na"


def test_grant_above_the_limit_becomes_a_request_the_agent_can_follow(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    dialog = open_dialog(qtbot, pane, "refund")
    fill(qtbot, dialog, "300")
    assert dialog.check.text() == (
        "Above your on-the-spot limit of CNY 200.00: this becomes an approval request "
        "to a supervisor."
    )
    assert dialog.confirm.text() == "Send for approval"
    with qtbot.waitSignal(pane.granted):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert pane.result.property("state") == "pending_approval"
    assert count(demo, Grant) == 0
    assert count(demo, ApprovalRequest) == 1
    requests = pane.requests
    qtbot.waitUntil(lambda: requests.list.count() == 1)
    item = requests.list.item(0)
    assert item.text() == f"Partial refund · CNY 300.00 · {WALK_IN}"
    assert requests.records[0].status == "pending"

    # A supervisor approves it; the agent refreshes and sees the outcome.
    supervisor = demo.agent("chen.jing")
    result = demo.compensations.approve(requests.records[0].id, supervisor)
    assert result.outcome is Outcome.GRANTED
    qtbot.mouseClick(requests.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: requests.records and requests.records[0].status == "approved")
    assert (
        requests.list.item(0)
        .data(Qt.ItemDataRole.UserRole + 1)
        .startswith(f"Approved by chen.jing (grant {result.grant_id})")
    )


def test_amount_above_the_approval_limit_is_refused_and_kept(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    dialog = open_dialog(qtbot, pane, "refund")
    fill(qtbot, dialog, "500")
    assert dialog.check.text() == (
        "Above the most that can be given here (CNY 450.00). Lower the amount."
    )
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == dialog.check.text()
    assert dialog.amount.text() == "500"
    assert dialog.reason.toPlainText() == "Carrier lost the parcel"
    assert dialog.submissions == 0
    assert count(demo, Grant) == count(demo, ApprovalRequest) == 0


def test_grant_refused_by_the_service_shows_why_and_records_nothing(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    dialog = open_dialog(qtbot, pane, "refund")
    fill(qtbot, dialog, "200")
    # Meanwhile the agent spends their day's budget elsewhere (another window, another desk).
    agent = demo.agent("li.na")
    case = Case(
        "lost_parcel",
        order_value=Decimal("450.00"),
        days_since_purchase=6,
        facts={"customer.tier": "standard"},
    )
    for number in range(4):
        spent = demo.compensations.grant(
            GrantRequest(agent, f"W80{number}", case, "refund", "Lost", amount=Decimal(200))
        )
        assert spent.outcome is Outcome.GRANTED
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.property("state") == "refused")
    assert dialog.isVisible()
    assert "Agent, per day" in dialog.message.text()
    assert dialog.amount.text() == "200"
    assert dialog.reason.toPlainText() == "Carrier lost the parcel"
    assert pane.result.property("state") == "refused"
    assert pane.result.text() == dialog.message.text()
    with transaction(demo.engine) as session:
        assert session.scalars(select(Grant.customer).where(Grant.customer == WALK_IN)).all() == []
    assert count(demo, ApprovalRequest) == 0


def test_dialog_checks_the_amount_and_requires_a_reason(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    dialog = open_dialog(qtbot, pane, "voucher")
    assert dialog.amount.text() == "20"  # the suggested amount
    for typed, says in (
        ("abc", "Not an amount: type a number such as 20 or 12.50."),
        ("12.345", "Too many decimal places."),
        ("0", "The amount must be more than zero."),
        ("", "Enter an amount."),
    ):
        dialog.amount.setText(typed)
        assert dialog.check.text() == says
        assert dialog.check.property("state") in {"invalid", "empty"}
    fill(qtbot, dialog, "25", reason="   ")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Say why: the reason is recorded with the grant."
    assert dialog.isVisible()
    assert dialog.submissions == 0
    assert count(demo, Grant) == 0
    dialog.reason.setPlainText("Apology for the lost parcel")
    assert dialog.message.isHidden()


def test_double_submission_grants_once(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    dialog = open_dialog(qtbot, pane, "voucher")
    fill(qtbot, dialog, "20")
    dialog.confirm.click()
    dialog.confirm.click()  # the second click while the first is recording
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.submissions == 1
    assert count(demo, Grant) == 1
    # A retry with the dialog's request, as after a lost connection, records nothing new.
    again = demo.compensations.grant(dialog.request())
    assert again.repeated
    assert count(demo, Grant) == 1


def test_grant_shortcut_opens_the_first_kind_that_may_be_given(qtbot, pane, demo):
    pane.start_grant()
    assert pane.grant_dialog is None
    assert "choose the customer and the problem" in pane.result.text()
    lost_parcel(qtbot, pane, demo)
    pane.start_grant()
    dialog = pane.grant_dialog
    assert dialog is not None
    assert dialog.kind.id == pane.rows.first_actionable().kind_id
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_without_a_policy_the_pane_says_what_to_do(qtbot, sqlite_context, runner):
    widget = CompensationPane(sqlite_context, runner)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.error.isHidden())
    assert widget.error.text() == (
        "No compensation policy is in force. An administrator loads one with: "
        "frontline policy load PATH"
    )


class ChineseTexts(QTranslator):
    """Says the interface is Chinese, as frontline_zh_CN.qm does, leaving the rest untranslated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return "zh" if (context, source) == ("CompensationLabels", "en") else None

    def isEmpty(self):  # Qt announces only a translator that has something in it
        return False


def test_policy_texts_follow_the_interface_language(qtbot, pane, demo):
    lost_parcel(qtbot, pane, demo)
    refund = row(pane, "refund")
    assert refund.name.text() == "Partial refund"
    translator = ChineseTexts()
    app = QApplication.instance()
    app.installTranslator(translator)  # sends every widget a LanguageChange
    try:
        qtbot.waitUntil(lambda: refund.name.text() == "部分退款")
        assert refund.explanation.text().startswith("包裹被承运商丢失")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: refund.name.text() == "Partial refund")

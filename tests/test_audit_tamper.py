"""Tampering with the ledger behind the application's back is always found by `audit verify`."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import Connection, text

from frontline.cli.main import main
from frontline.context import AppContext
from frontline.demo import load_demo
from policies.audit import GENESIS, canonical, entry_hash
from policies.loader import load_policy
from policies.models import AuditEntry
from policies.requests import Case, GrantRequest
from store.sessions import transaction
from store.types import utcnow
from tests.test_decisions import SMALL_POLICY

LATE = Case(category="late_delivery", facts={"customer.tier": "gold"})


@pytest.fixture
def ledger(context: AppContext) -> AppContext:
    """Two policy loads, three grants, a request and its denial: entries 1 to 7, grants 1 to 3."""
    load_demo(context, customers=0)  # staff and the policy are all these tests need
    desk = context.compensations
    desk.load_policy(load_policy(SMALL_POLICY), by="admin", source="test")
    for agent, amount in (("li.na", "20.00"), ("wang.wei", "30.00"), ("emma.clarke", "40.00")):
        request = GrantRequest(
            context.agent(agent), "C1001", LATE, "voucher", "Late", amount=Decimal(amount)
        )
        desk.grant(request)
    request = GrantRequest(
        context.agent("li.na"), "C2002", LATE, "voucher", "Late", amount=Decimal("99.00")
    )
    request_id = desk.grant(request).request_id
    assert request_id is not None
    desk.deny(request_id, context.agent("chen.jing"), "No")
    report = context.audit.verify()
    assert report.ok, report.problem
    assert (report.entries, report.grants) == (7, 3)
    return context


def tamper(context: AppContext, *statements: str) -> None:
    """Run statements with the append-only triggers out of the way, as an intruder would."""
    with context.engine.begin() as connection:
        _disable_triggers(connection)
        for statement in statements:
            connection.execute(text(statement))


def _disable_triggers(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        return
    names = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    for (name,) in names.all():
        connection.execute(text(f'DROP TRIGGER "{name}"'))


def _reforge(context: AppContext, seq: int, payload: str) -> str:
    """The hash entry seq would have with another payload: what a careful forger writes."""
    with transaction(context.engine) as session:
        entry = session.get_one(AuditEntry, seq)
        session.expunge(entry)
    entry.payload = payload
    return entry_hash(entry)


TAMPERING: dict[str, tuple[Callable[[AppContext], None], str]] = {
    "grant entry garbled": (
        lambda c: tamper(c, "UPDATE audit_log SET payload = '[]' WHERE seq = 3"),
        "entry 3 was changed",
    ),
    "payload changed": (
        lambda c: tamper(c, "UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3"),
        "entry 3 was changed",
    ),
    "payload changed, hash recomputed": (
        lambda c: tamper(
            c,
            "UPDATE audit_log SET payload = '{}', hash = '{}' WHERE seq = 2".format(
                '["forged"]', _reforge(c, 2, '["forged"]')
            ),
        ),
        "entry 3 does not follow entry 2",
    ),
    "entry deleted": (
        lambda c: tamper(c, "DELETE FROM audit_log WHERE seq = 4"),
        "entry 4 is missing",
    ),
    "entry inserted": (
        lambda c: tamper(
            c,
            "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 5",
            "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 105",
            "INSERT INTO audit_log (seq, at, action, actor, subject, payload, prev_hash, hash) "
            "SELECT 5, at, action, actor, subject, payload, prev_hash, hash "
            "FROM audit_log WHERE seq = 4",
        ),
        "entry 5 does not follow entry 4",
    ),
    "entries swapped": (
        lambda c: tamper(
            c,
            "UPDATE audit_log SET seq = 100 WHERE seq = 3",
            "UPDATE audit_log SET seq = 3 WHERE seq = 4",
            "UPDATE audit_log SET seq = 4 WHERE seq = 100",
        ),
        "entry 3 does not follow entry 2",
    ),
    "grant amount changed": (
        lambda c: tamper(c, "UPDATE grants SET value = 4000 WHERE id = 2"),
        "grant 2 (entry 4) was changed after it was recorded",
    ),
    "grant deleted": (
        lambda c: tamper(c, "DELETE FROM grants WHERE id = 2"),
        "grant 2 (entry 4) is missing from the grant log",
    ),
    "grant added directly": (
        lambda c: tamper(
            c,
            "INSERT INTO grants (id, idempotency_key, created_at, agent, agent_role, team, "
            "customer, kind, item, amount, value, currency, category, reason, policy_version, "
            "rule_ids, snapshot) SELECT 99, 'forged', created_at, agent, agent_role, team, "
            "customer, kind, item, amount, value, currency, category, reason, policy_version, "
            "rule_ids, snapshot FROM grants WHERE id = 1",
        ),
        "grant 99 has no audit entry",
    ),
}


@pytest.mark.parametrize("how", list(TAMPERING))
def test_tampering_is_reported_with_the_first_bad_entry(ledger: AppContext, how: str) -> None:
    change, problem = TAMPERING[how]

    change(ledger)
    report = ledger.audit.verify()

    assert not report.ok
    assert report.problem is not None
    assert problem in report.problem


def test_entries_cut_from_the_end_are_found_with_the_noted_head(ledger: AppContext) -> None:
    noted = ledger.audit.head()
    tamper(ledger, "DELETE FROM audit_log WHERE seq >= 6")

    assert ledger.audit.verify().ok  # what is left is a valid chain...
    report = ledger.audit.verify(expect_head=noted.hash)  # ...but the noted head is gone
    assert not report.ok
    assert "entries were removed from its end" in (report.problem or "")


def test_a_replaced_log_starting_afresh_is_found_with_the_noted_head(ledger: AppContext) -> None:
    noted = ledger.audit.head()
    forged = AuditEntry(
        seq=1,
        at=utcnow(),
        action="policy_load",
        actor="admin",
        subject="policy:forged",
        payload=canonical({}),
        prev_hash=GENESIS,
    )
    forged.hash = entry_hash(forged)
    tamper(ledger, "DELETE FROM audit_log", "DELETE FROM approval_outcomes", "DELETE FROM grants")
    with ledger.engine.begin() as connection:
        connection.execute(AuditEntry.__table__.insert(), [_row(forged)])

    assert ledger.audit.verify().ok
    assert not ledger.audit.verify(expect_head=noted.hash).ok


def test_the_command_line_reports_tampering_and_exits_1(
    ledger: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify"]) == 0
    assert "OK: 7 entries and 3 grants verified" in capsys.readouterr().out

    tamper(ledger, "UPDATE grants SET reason = 'edited' WHERE id = 1")

    assert main(["audit", "verify"]) == 1
    assert "FAILED: grant 1 (entry 3) was changed" in capsys.readouterr().err


def _row(entry: AuditEntry) -> dict[str, object]:
    return {column.name: getattr(entry, column.key) for column in AuditEntry.__table__.columns}

"""The record of audit verifications: each check is kept, the latest is read back, the
command line records its own, and the database refuses to change the record."""

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from frontline.cli.main import main
from frontline.context import AppContext
from policies.audit_checks import last_check, recent_checks, record_check
from store.sessions import transaction
from tests.test_audit_tamper import tamper
from tests.test_grant_log import build_ledger

AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def ledger(context: AppContext) -> AppContext:
    """The demo policy load and 32 grants, three of them on a request: 39 entries."""
    build_ledger(context)
    return context


def test_a_check_is_recorded_and_read_back(ledger: AppContext) -> None:
    assert last_check(ledger.engine) is None
    report = ledger.audit.verify()

    first = record_check(ledger.engine, report, by="chen.jing", at=AT)
    second = record_check(ledger.engine, report, by="sarah.mitchell", at=AT.replace(hour=10))

    assert last_check(ledger.engine) == second
    assert recent_checks(ledger.engine, limit=5) == [second, first]
    assert second.id > first.id
    assert (second.checked_by, second.checked_at, second.ok) == (
        "sarah.mitchell",
        AT.replace(hour=10),
        True,
    )
    assert (second.entries, second.head_seq, second.head_hash) == (39, 39, report.head.hash)
    assert (second.problem, second.bad_entry) == (None, None)


def test_a_failed_check_names_the_bad_entry(ledger: AppContext) -> None:
    tamper(ledger, "UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3")

    record_check(ledger.engine, ledger.audit.verify(), by="chen.jing", at=AT)

    check = last_check(ledger.engine)
    assert check is not None
    assert (check.ok, check.bad_entry, check.entries) == (False, 3, 2)
    assert check.problem is not None
    assert "entry 3 was changed" in check.problem
    assert check.as_dict()["checked_at"] == AT.isoformat()


def test_the_command_line_records_its_verification(
    ledger: AppContext,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["audit", "verify", "--by", "auditor", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)

    check = last_check(ledger.engine)
    assert check is not None
    assert (check.checked_by, check.ok, check.head_hash) == ("auditor", True, shown["head_hash"])


def test_the_record_of_checks_is_append_only(ledger: AppContext) -> None:
    record_check(ledger.engine, ledger.audit.verify(), by="chen.jing", at=AT)

    for statement in ("UPDATE audit_checks SET ok = false", "DELETE FROM audit_checks"):
        with pytest.raises(DBAPIError, match="append-only"), ledger.engine.begin() as connection:
            connection.execute(text(statement))
    with transaction(ledger.engine) as session:
        assert session.scalar(text("SELECT count(*) FROM audit_checks")) == 1

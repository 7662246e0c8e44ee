"""`frontline decide`, `grant`, `approvals`, `grants`, `audit` and `policy` as people use them."""

import csv
import json
from pathlib import Path

import pytest

from frontline.cli.main import main
from frontline.context import AppContext
from tests.test_cli import run
from tests.test_decisions import SMALL_POLICY

CASE = ["--customer", "C1001", "--category", "late_delivery", "--fact", "customer.tier=gold"]


@pytest.fixture
def desk(context: AppContext, capsys: pytest.CaptureFixture[str]) -> AppContext:
    """The demo staff with the small test policy in force."""
    assert main(["demo", "--customers", "0"]) == 0
    assert main(["policy", "load", str(SMALL_POLICY), "--by", "admin"]) == 0
    capsys.readouterr()
    return context


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def test_decide_shows_every_kind_with_limits_and_reasons(
    desk: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["decide", "--agent", "li.na", *CASE]) == 0
    text = out(capsys)
    voucher_row = next(line for line in text.splitlines() if line.startswith("voucher "))
    assert voucher_row.split() == [
        "voucher", "allowed", "CNY", "50.00", "CNY", "150.00", "(supervisor)", "CNY", "20.00",
        "voucher.agent",
    ]  # fmt: skip
    assert next(line for line in text.splitlines() if line.startswith("refund ")).split() == [
        "refund",
        "not_applicable",
    ]
    assert "voucher: You may give up to CNY 50.00 now (rule voucher.agent: Late delivery)" in text

    assert main(["decide", "--agent", "li.na", *CASE, "--lang", "zh"]) == 0
    assert "现在可给予最多 CNY 50.00" in out(capsys)

    assert main(["decide", "--agent", "li.na", *CASE, "--json"]) == 0
    decision = json.loads(out(capsys))
    voucher = next(k for k in decision["kinds"] if k["kind"] == "voucher")
    assert (voucher["status"], voucher["limit"], voucher["rule_ids"]) == (
        "allowed",
        "50.00",
        ["voucher.agent"],
    )
    assert decision["facts"]["customer.tier"] == "gold"


def test_grant_approve_list_export_and_verify(
    desk: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    grant = ["grant", "--agent", "li.na", *CASE, "--kind", "voucher", "--reason", "Late"]
    assert main([*grant, "--amount", "30.00", "--idempotency-key", "k-1"]) == 0
    assert "Granted: Voucher worth CNY 30.00 (grant 1)" in out(capsys)
    assert main([*grant, "--amount", "30.00", "--idempotency-key", "k-1", "--json"]) == 0
    assert json.loads(out(capsys))["repeated"] is True

    assert main([*grant, "--amount", "120.00", "--json"]) == 0
    pending = json.loads(out(capsys))
    assert pending["outcome"] == "pending_approval"
    assert main(["approvals", "list", "--json"]) == 0
    [listed] = json.loads(out(capsys))
    assert (listed["id"], listed["status"], listed["value"]) == (
        pending["request_id"],
        "pending",
        "120.00",
    )

    assert main(["approvals", "approve", str(listed["id"]), "--by", "li.na"]) == 1
    assert "is your own" in capsys.readouterr().err
    assert main(["approvals", "approve", str(listed["id"]), "--by", "chen.jing"]) == 0
    assert "Granted: Voucher worth CNY 120.00 (grant 2)" in out(capsys)

    assert main([*grant, "--amount", "500.00"]) == 1
    assert "Refused: CNY 500.00 is above the most" in out(capsys)

    assert main(["grants", "list", "--agent", "li.na", "--json"]) == 0
    rows = [json.loads(line) for line in out(capsys).splitlines()]
    assert [(r["id"], r["value"], r["approved_by"]) for r in rows] == [
        (1, "30.00", None),
        (2, "120.00", "chen.jing"),
    ]
    export = tmp_path / "grants.csv"
    assert main(["grants", "export", "--csv", str(export), "--customer", "C1001"]) == 0
    with export.open(encoding="utf-8-sig") as file:
        exported = list(csv.DictReader(file))
    assert [(r["id"], r["value"], r["reason"]) for r in exported] == [
        ("1", "30.00", "Late"),
        ("2", "120.00", "Late"),
    ]

    assert main(["audit", "head"]) == 0
    head = out(capsys).split()[1]
    assert main(["audit", "verify", "--expect-head", head, "--json"]) == 0
    assert json.loads(out(capsys))["grants"] == 2


def test_deny_and_withdraw_from_the_command_line(
    desk: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    grant = ["grant", "--agent", "li.na", *CASE, "--kind", "voucher", "--reason", "Late"]
    main([*grant, "--amount", "100.00"])
    main([*grant, "--amount", "90.00"])
    assert main(["approvals", "deny", "1", "--by", "chen.jing", "--reason", "Paid by phone"]) == 0
    assert main(["approvals", "withdraw", "2", "--by", "li.na"]) == 0
    capsys.readouterr()

    assert main(["approvals", "list"]) == 0
    assert "pending" not in out(capsys)
    assert main(["approvals", "list", "--all", "--json"]) == 0
    assert [(r["status"], r["note"]) for r in json.loads(out(capsys))] == [
        ("denied", "Paid by phone"),
        ("withdrawn", None),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["decide", "--agent", "nobody", *CASE], "no user"),
        (["decide", "--agent", "li.na", *CASE, "--fact", "customer.tier"], "write NAME=VALUE"),
        (["decide", "--agent", "li.na", *CASE, "--fact", "customer.mood=sad"], "unknown fact"),
        (
            ["decide", "--agent", "li.na", *CASE, "--fact", "customer.complaints_90d=many"],
            "expected a whole number",
        ),
        (
            [
                "grant",
                "--agent",
                "li.na",
                *CASE,
                "--kind",
                "cash",
                "--amount",
                "5",
                "--reason",
                "x",
            ],
            "not in the policy",
        ),
        (
            [
                "grant",
                "--agent",
                "li.na",
                *CASE,
                "--kind",
                "voucher",
                "--amount",
                "5",
                "--reason",
                " ",
            ],
            "reason",
        ),
        (["approvals", "approve", "99", "--by", "chen.jing"], "no approval request 99"),
    ],
)
def test_mistakes_get_one_line_and_exit_1(
    desk: AppContext, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 1
    error = capsys.readouterr().err
    assert error.startswith("frontline: error:")
    assert message in error
    assert "Traceback" not in error


def test_without_a_policy_in_force_decide_says_how_to_load_one(
    sqlite_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["users", "add", "a1", "--role", "agent"])
    capsys.readouterr()

    assert main(["decide", "--agent", "a1", *CASE]) == 1
    assert "frontline policy load PATH" in capsys.readouterr().err


def test_a_broken_policy_is_not_loaded_and_the_old_one_stays(
    desk: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "policy.toml"
    broken.write_text(
        (SMALL_POLICY / "matrix.toml").read_text("utf-8").replace('scope = "grant"', 'scope = "x"'),
        "utf-8",
    )

    assert main(["policy", "load", str(broken)]) == 1
    assert "policy.toml:" in capsys.readouterr().err
    assert main(["policy", "history", "--json"]) == 0
    history = json.loads(out(capsys))
    assert history[0]["source"] == str(SMALL_POLICY.resolve())


def test_the_demo_policy_passes_its_own_tests() -> None:
    result = run("policy", "test", "resources/policies")

    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 failed" in result.stdout
    passed = int(result.stdout.rsplit("tests:", 1)[1].split("passed")[0])
    assert passed >= 15


def test_policy_test_reports_failures_with_the_rules_involved(tmp_path: Path) -> None:
    folder = tmp_path / "policy"
    folder.mkdir()
    source = (SMALL_POLICY / "matrix.toml").read_text("utf-8")
    (folder / "matrix.toml").write_text(
        source
        + """
[[tests]]
name = "agents get vouchers for late parcels"
role = "agent"
facts = { "case.category" = "late_delivery", "customer.tier" = "gold" }
expect.voucher = { status = "allowed", limit = "50.00", suggested = "20.00" }

[[tests]]
name = "a wrong expectation"
role = "agent"
facts.case.category = "late_delivery"
facts.customer.tier = "gold"
expect.voucher = { status = "allowed", limit = "60.00" }

[[tests]]
name = "a role that is not a text"
role = 5
expect.voucher = "allowed"
""",
        "utf-8",
    )

    result = run("policy", "test", str(folder))

    assert result.returncode == 1
    assert "PASS  " in result.stdout
    assert "FAIL  " in result.stdout
    assert "matrix.toml:" in result.stdout
    assert "voucher: expected limit 60.00, got 50.00 (rules: voucher.agent;" in result.stdout
    assert "bad test: role:" in result.stdout
    assert "3 tests: 1 passed, 2 failed" in result.stdout

"""`frontline policy check`: every mistake in a policy file is named with its file and line."""

import json
import textwrap
from pathlib import Path

import pytest

from frontline.cli.main import main
from policies.loader import check_policy

ROOT = Path(__file__).resolve().parents[1]

BASE = textwrap.dedent("""\
    [policy]
    name = "Test matrix"
    currency = "CNY"

    [roles.agent]
    name = { en = "Agent", zh = "客服专员" }

    [roles.supervisor]
    inherits = ["agent"]
    approves = true

    [kinds.voucher]
    unit = "money"

    [budgets.agent_daily]
    scope = "agent"
    period = "day"
    limit = "800.00"

    [[rules]]
    id = "late.voucher"
    effect = "allow"
    roles = ["agent"]
    kinds = ["voucher"]
    when.case.category = "late_delivery"
    max = "30.00"
    approval_max = "100.00"
    approver = "supervisor"
    budgets = ["agent_daily"]
    """)

# (name, text to replace, replacement or text appended when the first is empty, line, message)
CASES = [
    ("toml-syntax", 'currency = "CNY"', 'currency = "CNY', 3, "TOML syntax"),
    ("unknown-section", "", "\n[rulez]\nx = 1\n", 31, "unknown section 'rulez'"),
    ("bad-currency", '"CNY"', '"yuan"', 3, "currency must be a code"),
    ("missing-policy-name", 'name = "Test matrix"\n', "", 1, "missing 'name'"),
    ("unknown-role-key", "approves = true", "approve = true", 10, "unknown key 'approve'"),
    ("inherits-unknown", 'inherits = ["agent"]', 'inherits = ["agnet"]', 8, "unknown role 'agnet'"),
    ("bad-unit", 'unit = "money"', 'unit = "cash"', 13, "unit must be one of"),
    ("item-without-catalogue", 'unit = "money"', 'unit = "item"', 12, "no catalogue"),
    ("bad-budget-period", 'period = "day"', 'period = "weekly"', 17, "period must be"),
    ("float-amount", 'limit = "800.00"', "limit = 800.5", 18, "write amounts as strings"),
    ("negative-amount", 'max = "30.00"', 'max = "-5"', 26, "zero or more"),
    ("three-decimals", 'max = "30.00"', 'max = "30.005"', 26, "at most 2 decimal places"),
    ("unknown-fact", "when.case.category", "when.case.colour", 25, "unknown fact 'case.colour'"),
    (
        "wrong-fact-value",
        'when.case.category = "late_delivery"',
        "when.case.days_late = 3",
        25,
        "takes a range",
    ),
    ("unknown-kind", 'kinds = ["voucher"]', 'kinds = ["vouchers"]', 24, "unknown kind 'vouchers'"),
    (
        "unknown-budget",
        'budgets = ["agent_daily"]',
        'budgets = ["daily"]',
        29,
        "unknown budget 'daily'",
    ),
    (
        "approver-cannot-approve",
        'approver = "supervisor"',
        'approver = "agent"',
        28,
        "approver role 'agent' cannot approve",
    ),
    (
        "approval-below-max",
        'approval_max = "100.00"',
        'approval_max = "10.00"',
        27,
        "approval_max is below max",
    ),
    (
        "approver-without-approval-max",
        'approval_max = "100.00"\n',
        "",
        27,
        "approval_max and approver go together",
    ),
    (
        "duplicate-rule-id",
        "",
        '\n[[rules]]\nid = "late.voucher"\neffect = "deny"\n'
        'roles = ["agent"]\nkinds = ["voucher"]\n',
        31,
        "duplicate rule id 'late.voucher'",
    ),
    (
        "shadowed-by-deny",
        "",
        '\n[[rules]]\nid = "no.vouchers"\neffect = "deny"\n'
        'roles = ["agent"]\nkinds = ["voucher"]\n',
        20,
        "can never apply: deny rule 'no.vouchers'",
    ),
    (
        "deny-with-max",
        "",
        '\n[[rules]]\nid = "d"\neffect = "deny"\nroles = ["agent"]\n'
        'kinds = ["voucher"]\nwhen.customer.tier = "x"\nmax = "5"\n',
        37,
        "a deny rule has no max",
    ),
    (
        "inheritance-cycle",
        "[roles.agent]\n",
        '[roles.agent]\ninherits = ["supervisor"]\n',
        5,
        "inherits from itself",
    ),
    (
        "unknown-rule-key",
        'effect = "allow"',
        'effect = "allow"\nmaxx = "3"',
        23,
        "unknown key 'maxx'",
    ),
]


def write_policy(folder: Path, old: str, new: str) -> Path:
    folder.mkdir()
    text = BASE.replace(old, new, 1) if old else BASE + new
    path = folder / "matrix.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_base_policy_and_the_demo_policy_are_valid():
    assert check_policy(ROOT / "resources" / "policies").errors == []


@pytest.mark.parametrize(
    ("old", "new", "line", "message"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_mistake_is_reported_at_its_line(  # noqa: PLR0917  (the parametrised case)
    tmp_path: Path, old: str, new: str, line: int, message: str, capsys: pytest.CaptureFixture[str]
):
    path = write_policy(tmp_path / "policy", old, new)
    assert main(["policy", "check", str(path.parent)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{line}: " in out
    located = next(text for text in out.splitlines() if text.startswith(f"{path}:{line}: "))
    assert message in located
    assert "Traceback" not in out


def test_there_are_at_least_twenty_malformed_policies():
    assert len(CASES) >= 20


def test_valid_policy_prints_ok_and_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = write_policy(tmp_path / "policy", "", "")
    assert main(["policy", "check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True
    assert len(report["version"]) == 64
    # The supervisor inherits the agent's rule; no role is left without one.
    assert report["problems"] == []


def test_the_version_follows_the_content(tmp_path: Path):
    first = check_policy(write_policy(tmp_path / "a", "", "")).policy
    same = check_policy(write_policy(tmp_path / "b", "", "")).policy
    changed = check_policy(write_policy(tmp_path / "c", '"30.00"', '"31.00"')).policy
    assert None not in (first, same, changed)
    assert first.version == same.version != changed.version


def test_invalid_utf8_is_reported_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = tmp_path / "policy"
    folder.mkdir()
    (folder / "matrix.toml").write_bytes(BASE.encode() + b"\n# caf\xe9\n")
    assert main(["policy", "check", str(folder)]) == 1
    assert f"{folder / 'matrix.toml'}:31: not valid UTF-8" in capsys.readouterr().out


def test_missing_policy_section_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = write_policy(
        tmp_path / "policy", '[policy]\nname = "Test matrix"\ncurrency = "CNY"\n', ""
    )
    assert main(["policy", "check", str(path)]) == 1
    assert f"{path}:1: missing [policy] section" in capsys.readouterr().out


def test_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["policy", "check", str(tmp_path)]) == 1
    assert "no policy files" in capsys.readouterr().out

"""Test cases written in policy files, run like `opa test`: facts in, expected outcome per kind.

[[tests]]
name = "An agent says sorry for a late parcel with a voucher"
role = "agent"
facts = { "case.category" = "late_delivery", "case.days_late" = 3 }
used = { customer_30d = "580.00" }      # money already drawn from budgets (optional)
expect.voucher = { status = "allowed", limit = "20.00" }
expect.refund = "not_applicable"
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from policies.decision import KindDecision, Status
from policies.engine import DecisionEngine
from policies.facts import FactError, FactValue, parse_fact
from policies.model import Policy
from policies.money import AmountError, parse_amount
from store.located_toml import Source

# Tests do not depend on the day they run; the clock only stamps the decision.
TEST_CLOCK = datetime(2026, 1, 1, tzinfo=UTC)
_EXPECTABLE = ("status", "limit", "approval_limit", "approver", "suggested", "rules")


@dataclass
class PolicyTestResult:
    name: str
    source: Source
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


class _BadTestError(ValueError):
    pass


def run_policy_tests(policy: Policy) -> list[PolicyTestResult]:
    engine = DecisionEngine(policy)
    results = []
    for index, test in enumerate(policy.tests, start=1):
        source = test["_source"]
        assert isinstance(source, Source)
        result = PolicyTestResult(str(test.get("name", f"test {index}")), source)
        try:
            _run(engine, test, result)
        except _BadTestError as exc:
            result.failures.append(f"bad test: {exc}")
        results.append(result)
    return results


def _run(engine: DecisionEngine, test: Mapping[str, object], result: PolicyTestResult) -> None:
    unknown = set(test) - {"_source", "name", "role", "facts", "used", "expect"}
    if unknown:
        raise _BadTestError(f"unknown key {sorted(unknown)[0]!r}")
    facts = _facts(test.get("facts", {}))
    if "role" in test:
        try:
            facts["agent.role"] = parse_fact("agent.role", test["role"])
        except FactError as exc:
            raise _BadTestError(f"role: {exc}") from None
    used = _used(engine.policy, test.get("used", {}))
    expect = test.get("expect")
    if not isinstance(expect, dict) or not expect:
        raise _BadTestError('expect one outcome or more, e.g. expect.voucher = "allowed"')
    decision = engine.decide(facts, used, TEST_CLOCK)
    for kind, expected in expect.items():
        if kind not in engine.policy.kinds:
            raise _BadTestError(f"unknown kind {kind!r} in expect")
        result.failures += _compare(decision.kind(kind), expected)


def _facts(raw: object, prefix: str = "") -> dict[str, FactValue]:
    if not isinstance(raw, dict):
        raise _BadTestError("facts must be a table")
    facts: dict[str, FactValue] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            facts.update(_facts(value, f"{name}."))
            continue
        try:
            facts[name] = parse_fact(name, value)
        except FactError as exc:
            raise _BadTestError(str(exc)) from None
    return facts


def _used(policy: Policy, raw: object) -> dict[str, Decimal]:
    if not isinstance(raw, dict):
        raise _BadTestError("used must be a table of budget ids and amounts")
    used = {}
    for budget, amount in raw.items():
        if budget not in policy.budgets:
            raise _BadTestError(f"unknown budget {budget!r} in used")
        used[budget] = _amount(f"used.{budget}", amount)
    return used


def _compare(actual: KindDecision, expected: object) -> list[str]:
    if isinstance(expected, str):
        expected = {"status": expected}
    if not isinstance(expected, dict) or "status" not in expected:
        raise _BadTestError(f"expect.{actual.kind} needs a status")
    unknown = set(expected) - set(_EXPECTABLE)
    if unknown:
        raise _BadTestError(f"expect.{actual.kind}: unknown key {sorted(unknown)[0]!r}")
    try:
        Status(expected["status"])
    except ValueError:
        choices = ", ".join(Status)
        raise _BadTestError(f"expect.{actual.kind}: status must be one of {choices}") from None
    shown = _observed(actual)
    failures = []
    for key, written in expected.items():
        want, got = written, shown[key]
        if key in ("limit", "approval_limit", "suggested"):
            want = _amount(f"expect.{actual.kind}.{key}", written)
        elif key == "rules":
            want = list(written) if isinstance(written, list) else [written]
        if want != got:
            failures.append(
                f"{actual.kind}: expected {key} {_show(want)}, got {_show(got)} "
                f"(rules: {', '.join(actual.rule_ids) or 'none'}; {actual.explanation.en})"
            )
    return failures


def _observed(decision: KindDecision) -> dict[str, object]:
    return {
        "status": str(decision.status),
        "limit": decision.limit,
        "approval_limit": decision.approval_limit,
        "approver": decision.approver,
        "suggested": decision.suggested,
        "rules": list(decision.rule_ids),
    }


def _amount(where: str, value: object) -> Decimal:
    try:
        return parse_amount(value, allow_percent_places=True)
    except AmountError as exc:
        raise _BadTestError(f"{where}: {exc}") from None


def _show(value: object) -> str:
    return "none" if value is None else str(value)

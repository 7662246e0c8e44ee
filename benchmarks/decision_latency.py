"""How long one decision takes: every compensation kind of one case, at 300 rules.

Writes a synthetic but realistic policy (4 roles with inheritance, 6 kinds, 4 budgets, 300
rules of 1-3 conditions, a few denies, fixed and percentage amounts) as TOML files, loads it
with the real loader, then times `DecisionEngine.decide` over thousands of varied cases.

    .venv/bin/python benchmarks/decision_latency.py [--rules 300] [--cases 3000]
"""

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from policies.engine import DecisionEngine
from policies.facts import FactValue
from policies.loader import check_policy
from policies.model import Effect, Policy

AT = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
TARGET_P95_MS = 1.0
# From ../shared/policy-engine-notes.md.
REFERENCES = (
    ("OPA guidance", "~1 ms per authorisation decision"),
    ("pycasbin, 1,100 RBAC rules", "0.85 ms per enforce() call (one kind, one request)"),
)

ROLES = {  # id: (inherits, approves)
    "agent": ((), False),
    "senior": (("agent",), False),
    "supervisor": (("senior",), True),
    "admin": (("supervisor",), True),
}
KINDS = {  # id: unit
    "refund": "money",
    "voucher": "money",
    "fee_waiver": "money",
    "points": "money",
    "gift": "item",
    "discount": "percent",
}
BUDGETS = {  # id: (scope, period, limit)
    "per_grant": ("grant", None, "500.00"),
    "agent_daily": ("agent", "day", "800.00"),
    "team_daily": ("team", "day", "5000.00"),
    "customer_30d": ("customer", "30d", "600.00"),
}
# Values that rules allow on; the deny-only values below are never among them, so no deny
# makes an allow rule unreachable (the loader rejects such a policy).
TEXT_FACTS = {
    "case.category": [
        "late_delivery",
        "damaged_item",
        "wrong_item",
        "missing_item",
        "billing_error",
        "rude_staff",
        "app_bug",
    ],
    "case.severity": ["low", "medium", "high", "critical"],
    "customer.tier": ["bronze", "silver", "gold", "platinum"],
    "customer.lifecycle_stage": ["new", "active", "loyal", "at_risk", "churned"],
    "customer.value_segment": ["low", "standard", "growth", "key"],
}
DENY_ONLY = {
    "customer.tier": "under_review",
    "case.category": "fraud_suspected",
    "customer.value_segment": "blocked",
    "customer.lifecycle_stage": "chargeback",
}
RANGE_FACTS = {  # fact: (low, high) of the bounds rules use
    "case.days_late": (1, 10),
    "case.order_value": (50, 2000),
    "case.days_since_purchase": (7, 90),
    "customer.complaints_90d": (1, 5),
    "agent.tenure_days": (30, 720),
}
APPROVERS = ("supervisor", "admin")


def policy_files(rng: random.Random, rules: int) -> dict[str, str]:
    """The policy as file name -> TOML text: a header file and a few rule files."""
    header = [
        "[policy]",
        'name = "Synthetic benchmark matrix"',
        'currency = "CNY"',
        'timezone = "Asia/Shanghai"',
        "",
    ]
    for role, (inherits, approves) in ROLES.items():
        header += [f"[roles.{role}]", f'name = "{role.title()}"']
        if inherits:
            header.append(f"inherits = {list(inherits)!r}".replace("'", '"'))
        if approves:
            header.append("approves = true")
        header.append("")
    for kind, unit in KINDS.items():
        header += [f"[kinds.{kind}]", f'unit = "{unit}"']
        if unit == "item":
            header += [
                'catalogue.mug = { name = "Mug", value = "39.00" }',
                'catalogue.tote = { name = "Tote bag", value = "59.00" }',
                'catalogue.lamp = { name = "Lamp", value = "129.00" }',
            ]
        header.append("")
    for budget, (scope, period, limit) in BUDGETS.items():
        header += [f"[budgets.{budget}]", f'scope = "{scope}"', f'limit = "{limit}"']
        if period:
            header.append(f'period = "{period}"')
        header.append("")
    files = {"00-header.toml": "\n".join(header)}
    denies = [_deny(n, fact, value) for n, (fact, value) in enumerate(DENY_ONLY.items())]
    denies.append(_deny(len(denies), "agent.tenure_days", None))  # a first week on the job
    body = denies + [_allow(rng, n) for n in range(rules - len(denies))]
    per_file = 100
    for start in range(0, len(body), per_file):
        files[f"{start // per_file + 1:02d}-rules.toml"] = "\n".join(body[start : start + per_file])
    return files


def _deny(number: int, fact: str, value: str | None) -> str:
    when = f'when.{fact} = "{value}"' if value is not None else f"when.{fact} = {{ max = 6 }}"
    return "\n".join(
        [
            "[[rules]]",
            f'id = "deny.{number}"',
            'effect = "deny"',
            'roles = ["agent"]',
            f"kinds = {_list(KINDS)}",
            when,
            'reason = "Not while this holds."',
            "",
        ]
    )


def _allow(rng: random.Random, number: int) -> str:
    kind_ids = rng.sample(sorted(KINDS), rng.choice((1, 1, 2)))
    percent_kind = "discount" in kind_ids
    if percent_kind:
        kind_ids = ["discount"]  # a percentage limit only makes sense for the percent kind
    role = rng.choices(list(ROLES), weights=(6, 3, 2, 1))[0]
    lines = [
        "[[rules]]",
        f'id = "allow.{number}"',
        'effect = "allow"',
        f'roles = ["{role}"]',
        f"kinds = {_list(kind_ids)}",
    ]
    facts = rng.sample(sorted(TEXT_FACTS) + sorted(RANGE_FACTS), rng.randint(1, 3))
    lines += [_condition(rng, fact) for fact in facts]
    top = rng.randint(1, 20) * 10  # the on-the-spot limit, in money or percent
    if percent_kind:
        top = min(top // 4, 40) or 5
        lines.append(f'max = "{top}"')
    elif rng.random() < 0.3:
        lines.append(f'max = {{ percent = "{rng.randint(5, 20)}", cap = "{top}.00" }}')
    else:
        lines.append(f'max = "{top}.00"')
    if rng.random() < 0.5:
        higher = top * rng.randint(2, 4)
        if percent_kind:
            lines.append(f'approval_max = "{min(higher, 100)}"')
        else:
            lines.append(f'approval_max = "{higher}.00"')
        lines.append(f'approver = "{rng.choice(APPROVERS)}"')
    if rng.random() < 0.3 and not percent_kind:
        lines.append(f'suggested = "{max(top // 2, 5)}.00"')
    budgets = rng.sample(sorted(BUDGETS), rng.randint(1, len(BUDGETS)))
    lines += [f"budgets = {_list(budgets)}", f'reason = "Synthetic rule {number}."', ""]
    return "\n".join(lines)


def _condition(rng: random.Random, fact: str) -> str:
    if fact in TEXT_FACTS:
        values = rng.sample(TEXT_FACTS[fact], rng.randint(1, 3))
        return f"when.{fact} = {_list(values)}"
    low, high = RANGE_FACTS[fact]
    bound = rng.randint(low, high)
    if fact == "case.days_since_purchase":
        return f"when.{fact} = {{ max = {bound} }}"
    if fact == "case.order_value" and rng.random() < 0.5:
        return f'when.{fact} = {{ min = "{bound}", max = "{bound * 4}" }}'
    return f"when.{fact} = {{ min = {bound} }}"


def _list(values: object) -> str:
    return "[" + ", ".join(f'"{value}"' for value in values) + "]"  # type: ignore[attr-defined]


def random_case(rng: random.Random) -> tuple[dict[str, FactValue], dict[str, Decimal]]:
    """Facts and budget usage of one contact; now and then a fact is missing or deny-only."""
    facts: dict[str, FactValue] = {
        "agent.role": rng.choices(list(ROLES), weights=(6, 3, 2, 1))[0],
        "agent.team": rng.choice(("shanghai-1", "shanghai-2", "online-en")),
        "agent.tenure_days": rng.randint(0, 2000),
        "case.days_late": rng.randint(0, 14),
        "case.order_value": Decimal(rng.randint(1000, 300_000)) / 100,
        "case.days_since_purchase": rng.randint(0, 120),
        "customer.complaints_90d": rng.choice((0, 0, 0, 1, 2, 3, 5)),
        "customer.compensation_30d": Decimal(rng.randint(0, 60_000)) / 100,
    }
    for fact, values in TEXT_FACTS.items():
        facts[fact] = rng.choice(values)
    for fact, value in DENY_ONLY.items():
        if rng.random() < 0.01:
            facts[fact] = value
    for fact in rng.sample(sorted(facts), rng.choice((0, 0, 0, 0, 1, 2))):
        if fact != "agent.role":
            del facts[fact]  # the engine must fail closed, and that costs time too
    used = {
        budget: Decimal(rng.randint(0, int(Decimal(limit)) * 100)) / 100
        for budget, (_scope, _period, limit) in BUDGETS.items()
        if rng.random() < 0.7
    }
    return facts, used


def load(files: dict[str, str]) -> Policy:
    with TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        result = check_policy(folder)
    if result.policy is None:
        sys.exit("the generated policy is invalid:\n" + "\n".join(map(str, result.errors)))
    return result.policy


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=int, default=300)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3, help="times each case is decided")
    parser.add_argument("--seed", type=int, default=20261124)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    policy = load(policy_files(rng, args.rules))
    effects = Counter(rule.effect for rule in policy.rules)
    cases = [random_case(rng) for _ in range(args.cases)]

    started = time.perf_counter()
    engine = DecisionEngine(policy)
    for role in ROLES:  # the first decision per role builds its rule index
        engine.decide({"agent.role": role}, {}, AT)
    first_ms = (time.perf_counter() - started) * 1000

    timings_ms: list[float] = []
    statuses: Counter[str] = Counter()
    for _ in range(args.rounds):
        for facts, used in cases:
            start = time.perf_counter_ns()
            decision = engine.decide(facts, used, AT)
            timings_ms.append((time.perf_counter_ns() - start) / 1e6)
            statuses.update(str(kind.status) for kind in decision.kinds)
    timings_ms.sort()
    p50, p95, p99 = (percentile(timings_ms, share) for share in (0.50, 0.95, 0.99))

    print(
        f"policy: {len(policy.rules)} rules ({effects[Effect.ALLOW]} allow, "
        f"{effects[Effect.DENY]} deny), {len(policy.roles)} roles with inheritance, "
        f"{len(policy.kinds)} kinds, {len(policy.budgets)} budgets, "
        f"{len(policy.contents)} files"
    )
    print(
        f"cases: {len(cases):,} varied cases x {args.rounds} rounds = {len(timings_ms):,} "
        f"decisions; one decision = all {len(policy.kinds)} kinds of one case"
    )
    total = sum(statuses.values())
    print(
        "kind outcomes: "
        + ", ".join(f"{status} {count / total:.0%}" for status, count in statuses.most_common())
    )
    print(f"rule index for {len(ROLES)} roles (first decisions): {first_ms:.1f} ms")
    print()
    print(f"{'':28}{'p50':>10}{'p95':>10}{'p99':>10}{'max':>10}{'mean':>10}")
    row = (p50, p95, p99, timings_ms[-1], statistics.fmean(timings_ms))
    print(f"{'decide(), all kinds (ms)':28}" + "".join(f"{value:10.3f}" for value in row))
    per_kind = [value / len(policy.kinds) for value in row]
    print(f"{'  per kind (ms)':28}" + "".join(f"{value:10.3f}" for value in per_kind))
    verdict = "met" if p95 < TARGET_P95_MS else "NOT met"
    print(f"\ntarget p95 < {TARGET_P95_MS:g} ms for all kinds of a case: {verdict}")
    print(f"throughput on one core: {1000 / statistics.fmean(timings_ms):,.0f} decisions/s")
    print("\nbaseline (reference figures, not measured here):")
    for name, figure in REFERENCES:
        print(f"  {name:28}{figure}")
    print(f"  {'this engine, ' + str(len(policy.rules)) + ' rules':28}p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()

"""A year of synthetic grants for the grant log benchmark, written in bulk.

Deterministic (one seed): 48 agents in 6 teams, one of whom grants three times as often as
the others; 100,000 customers, a fifth of the grants going to 2,000 of them; six kinds, nine
case categories, a new policy version every 46 days; 3 % of grants approved on a request
(its request and outcome rows are written too). Grants fall between 08:00 and 22:00 in
Shanghai, ids in time order, as the ledger writes them. No audit entries: the grant log's
queries never read them (benchmarks/audit_verify.py measures the chain).
"""

import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine

from policies.audit import canonical
from policies.models import ApprovalOutcome, ApprovalRequest, Grant

START = datetime(2025, 11, 25, tzinfo=UTC)
DAYS = 365
END = START + timedelta(days=DAYS)
TEAMS = tuple(f"team-{n}" for n in range(1, 7))
AGENTS = tuple(f"agent{n:02d}" for n in range(48))
OUTLIER = "agent03"  # grants three times as often as anyone else
CUSTOMERS = 100_000
HOT_CUSTOMERS = 2_000  # a fifth of all grants go to these
KINDS = ("voucher", "refund", "gift", "fee_waiver", "discount", "free_shipping")
KIND_WEIGHTS = (40, 20, 10, 12, 6, 12)
GIFTS = {"mug": "39.00", "tote": "59.00", "notebook": "29.00", "lamp": "99.00"}
CATEGORIES = (
    "late_delivery",
    "lost_parcel",
    "damaged_item",
    "wrong_item",
    "warranty",
    "return_outside_window",
    "service_failure",
    "price_drop",
    "payment_dispute",
)
VERSION_DAYS = 46
APPROVED_SHARE = 0.03
BATCH = 20_000
APPROVAL_COLUMNS = ("approval_id", "approved_by")  # a grant's, not its request's


def team_of(agent: str) -> str:
    return TEAMS[AGENTS.index(agent) % len(TEAMS)]


def policy_version(at: datetime) -> str:
    return f"{(at - START).days // VERSION_DAYS:02d}" + "c0ffee" * 10 + "00"


def build(engine: Engine, grants: int, seed: int = 7) -> None:
    """Insert `grants` grants (and the requests of the approved ones) into a migrated schema."""
    rows: list[dict[str, object]] = []
    requests: list[dict[str, object]] = []
    outcomes: list[dict[str, object]] = []
    request_id = 0
    with engine.connect() as connection:
        for grant_id, fields in enumerate(_grants(grants, random.Random(seed)), start=1):
            fields |= {"id": grant_id, "idempotency_key": f"bench-{grant_id}"}
            if fields.pop("approved"):
                request_id += 1
                asked = fields["created_at"] - timedelta(minutes=20)  # type: ignore[operator]
                requested = {k: v for k, v in fields.items() if k not in APPROVAL_COLUMNS}
                requests.append(
                    requested | {"id": request_id, "created_at": asked,
                                 "approver_role": "supervisor",
                                 "idempotency_key": f"bench-request-{request_id}"}
                )  # fmt: skip
                supervisor = f"supervisor-{fields['team']}"
                fields |= {"approval_id": request_id, "approved_by": supervisor}
                outcomes.append(
                    {"request_id": request_id, "outcome": "approved", "decided_by": supervisor,
                     "decided_at": fields["created_at"], "note": "Approved", "grant_id": grant_id}
                )  # fmt: skip
            rows.append(fields)
            if len(rows) == BATCH or grant_id == grants:
                with connection.begin():
                    if requests:
                        connection.execute(ApprovalRequest.__table__.insert(), requests)
                    connection.execute(Grant.__table__.insert(), rows)
                    if outcomes:
                        connection.execute(ApprovalOutcome.__table__.insert(), outcomes)
                rows, requests, outcomes = [], [], []
                if sys.stderr.isatty():
                    print(f"\r  building: {grant_id:,} grants", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _grants(count: int, rng: random.Random) -> Iterator[dict[str, object]]:
    weights = [3 if agent == OUTLIER else 1 for agent in AGENTS]
    made = 0
    for day in range(DAYS):
        today = count * (day + 1) // DAYS - made
        # 08:00 to 22:00 in Shanghai is 00:00 to 14:00 UTC.
        moments = sorted(rng.randrange(14 * 3600 * 1000) for _ in range(today))
        for millis in moments:
            at = START + timedelta(days=day, milliseconds=millis)
            yield _grant(rng, at, rng.choices(AGENTS, weights)[0])
        made += today


def _grant(rng: random.Random, at: datetime, agent: str) -> dict[str, object]:
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    item = rng.choice(list(GIFTS)) if kind == "gift" else None
    value = _value(rng, kind, item)
    amount = Decimal(rng.randrange(5, 31)) if kind == "discount" else value
    hot = rng.random() < 0.2
    customer = rng.randrange(HOT_CUSTOMERS if hot else CUSTOMERS)
    category = rng.choice(CATEGORIES)
    version = policy_version(at)
    rule = f"{category}.{kind}.agent"
    snapshot = canonical(
        {
            "policy_version": version,
            "at": at.isoformat(),
            "facts": {
                "agent.role": "agent",
                "agent.team": team_of(agent),
                "case.category": category,
                "customer.tier": rng.choice(("standard", "silver", "gold", "platinum")),
                "customer.compensation_30d": "45.00",
            },
            "used": {"agent_daily": "120.00", "customer_30d": "45.00"},
            "decision": {
                "kind": kind,
                "status": "allowed",
                "limit": "500.00",
                "rule_ids": [rule],
                "budgets": [
                    {"budget": "agent_daily", "name": {"en": "Agent, per day", "zh": "每日"},
                     "limit": "800.00", "remaining": "680.00"},
                ],
            },
        }
    )  # fmt: skip
    return {
        "created_at": at,
        "agent": agent,
        "agent_role": "agent",
        "team": team_of(agent),
        "customer": f"C{100_000 + customer}",
        "kind": kind,
        "item": item,
        "amount": amount,
        "value": value,
        "currency": "CNY",
        "category": category,
        "reason": f"{category.replace('_', ' ').capitalize()}: case {rng.randrange(10**6)}",
        "policy_version": version,
        "rule_ids": rule,
        "snapshot": snapshot,
        "approval_id": None,
        "approved_by": None,
        "approved": rng.random() < APPROVED_SHARE,
    }


def _value(rng: random.Random, kind: str, item: str | None) -> Decimal:
    if item is not None:
        return Decimal(GIFTS[item])
    if kind == "refund":  # log-uniform from 20 to 2,000
        return Decimal(round(20 * 100 ** rng.random(), 2)).quantize(Decimal("0.01"))
    if kind == "discount":
        return Decimal(rng.randrange(1000, 30000)) / 100
    top = {"voucher": 150, "fee_waiver": 40, "free_shipping": 20}[kind]
    return Decimal(rng.randrange(5, top + 1))

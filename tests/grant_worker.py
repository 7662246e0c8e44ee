"""A separate process granting compensation, for the concurrency and crash tests.

Run as `python -m tests.grant_worker URL --agent NAME ...` from the repository root. The worker
opens the database, prints a "ready" line and waits for a line on stdin, so that every worker
starts granting at the same moment. Then it prints one JSON line per attempt, flushed as soon
as `grant()` returns: what it reported has been committed, even if it is killed a moment later.
"""

import argparse
import json
import sys
from datetime import datetime
from decimal import Decimal

from frontline.schema import load_models
from policies.requests import Agent, Case, GrantRequest, NoCustomerFacts
from policies.service import Compensations
from store.engine import open_engine


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url", help="database URL, migrated, with a policy in force")
    parser.add_argument("--agent", required=True)
    parser.add_argument("--role", default="agent")
    parser.add_argument("--team", default=None)
    parser.add_argument("--customer", required=True, help="{attempt} is replaced")
    parser.add_argument("--kinds", default="voucher", help="comma-separated, used in turn")
    parser.add_argument("--amount", type=Decimal, required=True)
    parser.add_argument("--attempts", type=int, default=0, help="0: until killed")
    parser.add_argument("--key-prefix", required=True, help="idempotency keys: PREFIX-N")
    parser.add_argument("--at", type=datetime.fromisoformat, required=True, help="fixed clock")
    return parser.parse_args(argv)


def _say(line: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    load_models()
    engine = open_engine(args.url)
    at = args.at
    service = Compensations(engine, NoCustomerFacts(), clock=lambda: at)
    service.active_policy()  # connect and compile the policy before the start line
    agent = Agent(args.agent, args.role, args.team)
    kinds = args.kinds.split(",")
    _say({"ready": True})
    sys.stdin.readline()
    attempt = 0
    while args.attempts == 0 or attempt < args.attempts:
        key = f"{args.key_prefix}-{attempt}"
        request = GrantRequest(
            agent,
            args.customer.format(attempt=attempt),
            Case(category="late_delivery", days_late=3),
            kinds[attempt % len(kinds)],
            "Parcel late",
            amount=args.amount,
            idempotency_key=key,
        )
        try:
            result = service.grant(request)
        except Exception as exc:  # reported to the test, which fails on it
            _say({"attempt": attempt, "key": key, "outcome": "error", "error": repr(exc)})
        else:
            _say(
                {
                    "attempt": attempt,
                    "key": key,
                    "outcome": str(result.outcome),
                    "grant_id": result.grant_id,
                    "value": None if result.value is None else str(result.value),
                }
            )
        attempt += 1
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`frontline decide` and `frontline grant`: what may be given for a case, and giving it."""

import argparse
from decimal import Decimal

from frontline.cli.arguments import add_case_arguments, add_language_argument, amount, case_from
from frontline.cli.output import print_json, print_table
from frontline.context import AppContext
from policies.decision import Decision, KindDecision
from policies.explain import amount_text
from policies.requests import GrantRequest, Outcome
from store.bilingual import Text


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    decide = commands.add_parser("decide", help="what an agent may give for a case, and why")
    decide.add_argument("--agent", required=True, metavar="USER", help="who handles the case")
    decide.add_argument("--customer", required=True, metavar="ID")
    add_case_arguments(decide)
    add_language_argument(decide)
    decide.add_argument("--json", action="store_true", help="print the decision as JSON")
    decide.set_defaults(handler=run_decide)

    grant = commands.add_parser("grant", help="give a compensation (or ask for approval)")
    grant.add_argument("--agent", required=True, metavar="USER")
    grant.add_argument("--customer", required=True, metavar="ID")
    grant.add_argument("--kind", required=True, help="e.g. voucher, refund, gift")
    grant.add_argument("--amount", type=amount, metavar="N", help="in the kind's unit")
    grant.add_argument("--item", help="catalogue item, for kinds such as gift")
    grant.add_argument("--reason", required=True, help="why; recorded with the grant")
    grant.add_argument(
        "--idempotency-key", metavar="K", help="repeat a request safely: one key, one grant"
    )
    add_case_arguments(grant)
    add_language_argument(grant)
    grant.add_argument("--json", action="store_true", help="print the outcome as JSON")
    grant.set_defaults(handler=run_grant)


def run_decide(context: AppContext, args: argparse.Namespace) -> int:
    agent = context.agent(args.agent)
    decision = context.compensations.decide(agent, args.customer, case_from(args))
    if args.json:
        print_json(decision.as_dict())
        return 0
    print(
        f"{agent.username} ({agent.role}) · customer {args.customer} · "
        f"policy {decision.policy_version[:12]}"
    )
    print_table(
        ["KIND", "STATUS", "NOW", "WITH APPROVAL", "SUGGESTED", "RULES"],
        [_row(decision, kind) for kind in decision.kinds],
    )
    for kind in decision.kinds:
        print(f"\n{kind.kind}: {_say(kind.explanation, args.lang)}")
        for problem in kind.problems:
            if problem.en not in kind.explanation.en:  # not already the reason given
                print(f"  ! {_say(problem, args.lang)}")
    return 0


def run_grant(context: AppContext, args: argparse.Namespace) -> int:
    request = GrantRequest(
        agent=context.agent(args.agent),
        customer=args.customer,
        case=case_from(args),
        kind=args.kind,
        reason=args.reason,
        amount=args.amount,
        item=args.item,
        idempotency_key=args.idempotency_key,
    )
    result = context.compensations.grant(request)
    if args.json:
        print_json(result.as_dict())
    else:
        print(_say(result.message, args.lang))
    return 1 if result.outcome is Outcome.REFUSED else 0


def _row(decision: Decision, kind: KindDecision) -> list[object]:
    with_approval = None
    if kind.approval_limit is not None:
        with_approval = f"{_shown(decision, kind, kind.approval_limit)} ({kind.approver})"
    return [
        kind.kind,
        kind.status,
        _shown(decision, kind, kind.limit),
        with_approval,
        _shown(decision, kind, kind.suggested),
        ", ".join(kind.rule_ids),
    ]


def _shown(decision: Decision, kind: KindDecision, value: Decimal | None) -> str | None:
    return None if value is None else amount_text(value, kind.unit, decision.currency)


def _say(text: Text, language: str) -> str:
    return text.zh if language == "zh" else text.en
